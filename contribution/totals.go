package contribution

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// Filter selects entries. Zero fields do not filter; a slice field matches
// an entry whose value is any of the slice's elements.
type Filter struct {
	// Period keeps entries dated inside it (ends included).
	Period thidua.Period
	// Units keeps entries credited to these units. To take a unit and
	// everything under it, pass the IDs org.Store.Subtree returns.
	Units        []org.UnitID
	Contributors []Contributor
	Source       Source
	// Status keeps received or pledged entries. Totals need it set, or a
	// grouping by status, so promises and receipts are never added together.
	Status    Status
	Purposes  []string
	Movements []MovementID
	// Kinds keeps items entries of these kinds (money entries are left out).
	Kinds []string
}

// Match reports whether e passes f. An entry with shares passes the
// contributor and source tests if one of its shares does.
func (f *Filter) Match(e Entry) bool {
	if !f.matchWhole(e) {
		return false
	}
	if e.Shares == nil {
		return f.matchPart(e.Contributor, e.Source)
	}
	for _, sh := range e.Shares {
		if f.matchPart(sh.Contributor, sh.Source) {
			return true
		}
	}
	return false
}

// matchPart reports whether a contributor giving from a source passes
// the contributor and source tests of f.
func (f *Filter) matchPart(c Contributor, src Source) bool {
	switch {
	case f.Contributors != nil && !slices.ContainsFunc(f.Contributors, func(fc Contributor) bool {
		return fc.Canonical() == c
	}),
		f.Source != 0 && f.Source != src:
		return false
	}
	return true
}

// matchWhole reports whether e passes the tests of f other than
// contributor and source, which an entry's shares may split.
func (f *Filter) matchWhole(e Entry) bool {
	switch {
	case !f.Period.IsZero() && !f.Period.Contains(e.Date),
		f.Units != nil && !slices.Contains(f.Units, e.Unit),
		f.Status != 0 && f.Status != e.Status,
		f.Purposes != nil && !slices.Contains(f.Purposes, e.Purpose),
		f.Movements != nil && !slices.Contains(f.Movements, e.Movement),
		f.Kinds != nil && (e.Items.IsZero() || !slices.Contains(f.Kinds, e.Items.Kind)):
		return false
	}
	return true
}

func (f Filter) clone() Filter {
	f.Units = slices.Clone(f.Units)
	f.Contributors = slices.Clone(f.Contributors)
	f.Purposes = slices.Clone(f.Purposes)
	f.Movements = slices.Clone(f.Movements)
	f.Kinds = slices.Clone(f.Kinds)
	return f
}

// Dim is a dimension totals can be grouped by.
type Dim int

// Dimensions.
const (
	ByPurpose Dim = iota + 1
	BySource
	ByStatus
	ByYear
	ByUnit
	ByMovement
	ByKind // items by kind; money entries form the group with Kind ""
	ByContributor
)

// String returns the dimension's name, "purpose", "source"…
func (d Dim) String() string {
	switch d {
	case ByPurpose:
		return "purpose"
	case BySource:
		return "source"
	case ByStatus:
		return "status"
	case ByYear:
		return "year"
	case ByUnit:
		return "unit"
	case ByMovement:
		return "movement"
	case ByKind:
		return "kind"
	case ByContributor:
		return "contributor"
	}
	return fmt.Sprintf("Dim(%d)", int(d))
}

// GroupKey names a group of totals. Only the fields of the grouped
// dimensions are set; the others are zero.
type GroupKey struct {
	Year        int
	Unit        org.UnitID
	Movement    MovementID
	Purpose     string
	Source      Source
	Status      Status
	Kind        string
	Contributor Contributor
}

// ItemTotal is the count of one kind of item in a group.
type ItemTotal struct {
	Kind  string
	Count int64
	// Value is the sum of Count × ValuePerItem over the entries whose value
	// per item is known; Unvalued is how many of Count have no known value.
	Value    decimal.Decimal
	Unvalued int64
}

// Row is the total of one group: money and items side by side.
type Row struct {
	Key   GroupKey
	Money decimal.Decimal // in đồng, exact
	Items []ItemTotal     // by kind code
	// Entries is the number of entries counted, reversing entries
	// included. An entry with shares split over several rows counts once
	// in each; the grand total counts it once.
	Entries int
}

// Totals is the result of a totals query: one row per group that has at
// least one entry, sorted by the grouped dimensions in the order they were
// asked for (codes and IDs as strings, sources and statuses in the order of
// their constants, contributors by kind then ID or name), and the grand
// total, which is the sum of the rows.
type Totals struct {
	Filter Filter
	By     []Dim
	Rows   []Row
	Total  Row
}

// Validate reports whether f is a valid filter: a valid period (or none),
// a known source and status (or none). The error wraps thidua.ErrInvalid;
// List reports the same.
func (f Filter) Validate() error { return checkFilter("contribution: filter", f) }

// checkFilter validates a filter.
func checkFilter(op string, f Filter) error {
	if !f.Period.IsZero() {
		if err := f.Period.Validate(); err != nil {
			return thidua.E(op, "", "", "period", err)
		}
	}
	if f.Source != 0 && !f.Source.valid() {
		return thidua.Invalid(op, "", "", "source", "unknown source %d", int(f.Source))
	}
	if f.Status != 0 && !f.Status.valid() {
		return thidua.Invalid(op, "", "", "status", "unknown status %d", int(f.Status))
	}
	return nil
}

// checkTotals validates a totals query.
func checkTotals(op string, f Filter, by []Dim) error {
	if err := checkFilter(op, f); err != nil {
		return err
	}
	for _, d := range by {
		if d < ByPurpose || d > ByContributor {
			return thidua.Invalid(op, "", "", "by", "unknown dimension %d", int(d))
		}
	}
	if f.Status == 0 && !slices.Contains(by, ByStatus) {
		return thidua.Invalid(op, "", "", "status", "choose pledged or received, or group by status")
	}
	return nil
}

// keyOf returns the group of e under the dimensions in by.
func keyOf(e Entry, by []Dim) GroupKey {
	var k GroupKey
	for _, d := range by {
		switch d {
		case ByPurpose:
			k.Purpose = e.Purpose
		case BySource:
			k.Source = e.Source
		case ByStatus:
			k.Status = e.Status
		case ByYear:
			k.Year = e.Date.Year
		case ByUnit:
			k.Unit = e.Unit
		case ByMovement:
			k.Movement = e.Movement
		case ByKind:
			k.Kind = e.Items.Kind
		case ByContributor:
			k.Contributor = e.Contributor
		}
	}
	return k
}

// compareKeys orders group keys by the dimensions in by, in that order.
func compareKeys(a, b GroupKey, by []Dim) int {
	for _, d := range by {
		var c int
		switch d {
		case ByPurpose:
			c = cmp.Compare(a.Purpose, b.Purpose)
		case BySource:
			c = cmp.Compare(a.Source, b.Source)
		case ByStatus:
			c = cmp.Compare(a.Status, b.Status)
		case ByYear:
			c = cmp.Compare(a.Year, b.Year)
		case ByUnit:
			c = cmp.Compare(a.Unit, b.Unit)
		case ByMovement:
			c = cmp.Compare(a.Movement, b.Movement)
		case ByKind:
			c = cmp.Compare(a.Kind, b.Kind)
		case ByContributor:
			c = cmp.Or(
				cmp.Compare(a.Contributor.Kind, b.Contributor.Kind),
				cmp.Compare(a.Contributor.Unit, b.Contributor.Unit),
				cmp.Compare(a.Contributor.Person, b.Contributor.Person),
				cmp.Compare(a.Contributor.Name, b.Contributor.Name),
			)
		}
		if c != 0 {
			return c
		}
	}
	return 0
}

// itemAcc and rowAcc accumulate one group.
type itemAcc struct {
	count    int64
	value    moneySum
	unvalued int64
}

type rowAcc struct {
	key     GroupKey
	money   moneySum
	items   map[string]*itemAcc
	entries int
	last    int // the split entry last counted here (see splitter)
}

var errCountOverflow = fmt.Errorf("%w: item count overflows int64", thidua.ErrInvalid)

// item returns the accumulator of the kind, adding it.
func (r *rowAcc) item(kind string) *itemAcc {
	if r.items == nil {
		r.items = make(map[string]*itemAcc)
	}
	a := r.items[kind]
	if a == nil {
		a = &itemAcc{}
		r.items[kind] = a
	}
	return a
}

// addItemTotal adds count items of the kind worth value, of which unvalued
// have no known value.
func (r *rowAcc) addItemTotal(kind string, count int64, value moneySum, unvalued int64) error {
	a := r.item(kind)
	var ok1, ok2 bool
	a.count, ok1 = add64(a.count, count)
	a.unvalued, ok2 = add64(a.unvalued, unvalued)
	if !ok1 || !ok2 {
		return errCountOverflow
	}
	a.value.addSum(value)
	return nil
}

func (r *rowAcc) addItems(kind string, count int64, perItem decimal.Decimal) error {
	var value moneySum
	if perItem.IsZero() {
		return r.addItemTotal(kind, count, value, count)
	}
	value.addDec(perItem.Mul(decimal.NewFromInt(count)))
	return r.addItemTotal(kind, count, value, 0)
}

// addShare adds share sh of entry e, without counting the entry.
func (r *rowAcc) addShare(e Entry, sh Share) error {
	if e.Items.IsZero() {
		r.money.addDec(sh.Amount)
		return nil
	}
	var value moneySum
	var unvalued int64
	if e.Items.ValuePerItem.IsZero() {
		unvalued = sh.Count
	} else {
		value.addDec(sh.Amount)
	}
	return r.addItemTotal(e.Items.Kind, sh.Count, value, unvalued)
}

// splitter adds entries with shares, one share at a time, to the rows of
// their groups: each share to the row of its contributor and source, the
// entry counted once in each row its shares reach. dupes is how many
// times entries were counted beyond the first, so that the grand total
// counts each entry once.
type splitter struct {
	seq   int
	dupes int
}

// add adds the shares of e that pass f to the rows row returns for
// their keys; key is e's group with the entry's own contributor and
// source, which each share replaces when by groups by them.
func (s *splitter) add(e Entry, f *Filter, key GroupKey, by []Dim, row func(GroupKey) *rowAcc) error {
	s.seq++
	bySource, byContrib := slices.Contains(by, BySource), slices.Contains(by, ByContributor)
	hits := 0
	for _, sh := range e.Shares {
		if !f.matchPart(sh.Contributor, sh.Source) {
			continue
		}
		k := key
		if bySource {
			k.Source = sh.Source
		}
		if byContrib {
			k.Contributor = sh.Contributor
		}
		a := row(k)
		if a.last != s.seq {
			a.last = s.seq
			a.entries++
			hits++
		}
		if err := a.addShare(e, sh); err != nil {
			return err
		}
	}
	if hits > 1 {
		s.dupes += hits - 1
	}
	return nil
}

func (r *rowAcc) addEntry(e Entry) error {
	r.entries++
	if e.Items.IsZero() {
		r.money.addDec(e.Amount)
		return nil
	}
	return r.addItems(e.Items.Kind, e.Items.Count, e.Items.ValuePerItem)
}

// finish turns group accumulators into Totals; rows are sorted by key and
// the grand total is the sum of the rows, its entries less dupes, the
// counts of split entries beyond their first row.
func finish(op string, f Filter, by []Dim, accs []*rowAcc, dupes int) (Totals, error) {
	slices.SortFunc(accs, func(a, b *rowAcc) int { return compareKeys(a.key, b.key, by) })
	t := Totals{Filter: f.clone(), By: slices.Clone(by), Rows: make([]Row, 0, len(accs))}
	var total rowAcc
	for _, a := range accs {
		row := Row{Key: a.key, Money: a.money.value(), Entries: a.entries}
		total.money.addSum(a.money)
		total.entries += a.entries
		kinds := make([]string, 0, len(a.items))
		for k := range a.items {
			kinds = append(kinds, k)
		}
		slices.Sort(kinds)
		for _, k := range kinds {
			it := a.items[k]
			row.Items = append(row.Items, ItemTotal{Kind: k, Count: it.count, Value: it.value.value(), Unvalued: it.unvalued})
			if total.items == nil {
				total.items = make(map[string]*itemAcc)
			}
			ti := total.items[k]
			if ti == nil {
				ti = &itemAcc{}
				total.items[k] = ti
			}
			var ok1, ok2 bool
			ti.count, ok1 = add64(ti.count, it.count)
			ti.unvalued, ok2 = add64(ti.unvalued, it.unvalued)
			if !ok1 || !ok2 {
				return Totals{}, thidua.E(op, "", "", "", errCountOverflow)
			}
			ti.value.addSum(it.value)
		}
		t.Rows = append(t.Rows, row)
	}
	t.Total = Row{Money: total.money.value(), Entries: total.entries - dupes}
	kinds := make([]string, 0, len(total.items))
	for k := range total.items {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		it := total.items[k]
		t.Total.Items = append(t.Total.Items, ItemTotal{Kind: k, Count: it.count, Value: it.value.value(), Unvalued: it.unvalued})
	}
	return t, nil
}

// Aggregate is the reference aggregation: the totals of the entries that
// pass f, grouped by the dimensions in by (none: one row for everything).
// Reversing entries carry negated amounts and so net out their originals.
// It is a pure function; a store may use it or compute the same result its
// own way, and the conformance suite checks that the two agree. Errors wrap
// thidua.ErrInvalid: an invalid period, source or status, an unknown
// dimension, no status chosen, or an item count that overflows int64.
func Aggregate(entries []Entry, f Filter, by ...Dim) (Totals, error) {
	s, err := newSummer("contribution: aggregate", f, by)
	if err != nil {
		return Totals{}, err
	}
	for _, e := range entries {
		if err := s.Add(e); err != nil {
			return Totals{}, err
		}
	}
	return s.Totals()
}

// Summer adds up entries, or partial sums a database computed, into
// [Totals] exactly as [Aggregate] does: the same groups, the same exact
// money, the same order of rows. A SQL store groups in the database and
// feeds one partial sum per group and item kind to [Summer.AddMoney] and
// [Summer.AddItems]; entries it cannot sum there go to [Summer.Add]. The
// result equals Aggregate over the same entries provided no partial sum of
// item counts overflows int64 in Aggregate's order, which holds whenever
// the sum of the absolute counts of each group fits an int64.
type Summer struct {
	op     string
	f      Filter
	by     []Dim
	groups map[GroupKey]*rowAcc
	accs   []*rowAcc
	split  splitter
}

// NewSummer returns a Summer for the totals of f grouped by by. Errors
// wrap thidua.ErrInvalid as [Store.Totals] reports them.
func NewSummer(f Filter, by ...Dim) (*Summer, error) {
	return newSummer("contribution: totals", f, by)
}

func newSummer(op string, f Filter, by []Dim) (*Summer, error) {
	if err := checkTotals(op, f, by); err != nil {
		return nil, err
	}
	return &Summer{op: op, f: f.clone(), by: slices.Clone(by), groups: make(map[GroupKey]*rowAcc)}, nil
}

func (s *Summer) row(k GroupKey) *rowAcc {
	a := s.groups[k]
	if a == nil {
		a = &rowAcc{key: k}
		s.groups[k] = a
		s.accs = append(s.accs, a)
	}
	return a
}

// Key returns the group of e: the fields of the grouped dimensions.
func (s *Summer) Key(e Entry) GroupKey { return keyOf(e, s.by) }

// Add adds e if it passes the filter; an entry with shares adds each share
// that passes to the group of its contributor and source (see
// [Entry.Shares]).
func (s *Summer) Add(e Entry) error {
	if !s.f.Match(e) {
		return nil
	}
	var err error
	if e.Shares != nil {
		err = s.split.add(e, &s.f, keyOf(e, s.by), s.by, s.row)
	} else {
		err = s.row(keyOf(e, s.by)).addEntry(e)
	}
	if err != nil {
		return thidua.E(s.op, "entry", string(e.ID), "items.count", err)
	}
	return nil
}

// AddMoney adds the money of n money entries of group k, whose amounts sum
// to sum. k holds only the grouped dimensions, as [Summer.Key] gives it.
func (s *Summer) AddMoney(k GroupKey, n int, sum decimal.Decimal) {
	a := s.row(k)
	a.entries += n
	a.money.addDec(sum)
}

// AddItems adds n items entries of group k and of the item kind: count
// items in all, of which unvalued have no value per item, and value, the
// sum of Count × ValuePerItem over the others. Errors wrap
// thidua.ErrInvalid if a count overflows int64.
func (s *Summer) AddItems(k GroupKey, kind string, n int, count int64, value decimal.Decimal, unvalued int64) error {
	a := s.row(k)
	a.entries += n
	var v moneySum
	v.addDec(value)
	if err := a.addItemTotal(kind, count, v, unvalued); err != nil {
		return thidua.E(s.op, "", "", "items.count", err)
	}
	return nil
}

// Totals returns the totals added so far.
func (s *Summer) Totals() (Totals, error) {
	return finish(s.op, s.f, s.by, s.accs, s.split.dupes)
}
