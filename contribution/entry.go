package contribution

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// EntryID identifies an entry within a store. Stores assign it.
type EntryID string

// MovementID identifies an emulation movement (phong trào thi đua) as the
// campaign package stores it. The contribution package does not look
// movements up itself; see [Movements].
type MovementID string

// Source says where the money or items came from.
type Source int

// Sources.
const (
	// Own is the unit's or person's own contribution (đóng góp).
	Own Source = iota + 1
	// Mobilised is money or items mobilised from others, such as
	// benefactors (vận động).
	Mobilised
)

// String returns "own" or "mobilised".
func (s Source) String() string {
	switch s {
	case Own:
		return "own"
	case Mobilised:
		return "mobilised"
	}
	return fmt.Sprintf("Source(%d)", int(s))
}

// Name returns the Vietnamese name: "Đóng góp" or "Vận động".
func (s Source) Name() string {
	switch s {
	case Own:
		return "Đóng góp"
	case Mobilised:
		return "Vận động"
	}
	return s.String()
}

func (s Source) valid() bool { return s == Own || s == Mobilised }

// Status says whether an entry records a promise or money or items actually
// handed over. Totals never mix them unless asked to group by status.
type Status int

// Statuses.
const (
	// Received means the money or items were handed over.
	Received Status = iota + 1
	// Pledged means they were promised (cam kết); the handing over is
	// recorded later as a separate Received entry.
	Pledged
)

// String returns "received" or "pledged".
func (s Status) String() string {
	switch s {
	case Received:
		return "received"
	case Pledged:
		return "pledged"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// Name returns the Vietnamese name: "Đã nhận" or "Cam kết".
func (s Status) Name() string {
	switch s {
	case Received:
		return "Đã nhận"
	case Pledged:
		return "Cam kết"
	}
	return s.String()
}

func (s Status) valid() bool { return s == Received || s == Pledged }

// ContributorKind says who gave.
type ContributorKind int

// Contributor kinds.
const (
	ContributorUnit       ContributorKind = iota + 1 // a unit of the organisation
	ContributorPerson                                // a member of staff
	ContributorBenefactor                            // a named outside benefactor (nhà hảo tâm)
)

// String returns "unit", "person" or "benefactor".
func (k ContributorKind) String() string {
	switch k {
	case ContributorUnit:
		return "unit"
	case ContributorPerson:
		return "person"
	case ContributorBenefactor:
		return "benefactor"
	}
	return fmt.Sprintf("ContributorKind(%d)", int(k))
}

// Contributor is who gave: a unit, a person, or a named outside benefactor.
// Set the field that matches Kind and leave the others empty.
type Contributor struct {
	Kind   ContributorKind `json:"kind"`
	Unit   org.UnitID      `json:"unit,omitempty"`
	Person org.PersonID    `json:"person,omitempty"`
	Name   string          `json:"name,omitempty"` // benefactor's name, stored in NFC with spaces folded
}

// Canonical returns c as stores keep it and filters compare it: the name
// in NFC with spaces folded.
func (c Contributor) Canonical() Contributor {
	c.Name = clean(c.Name)
	return c
}

// UnitContributor returns the contributor for unit u.
func UnitContributor(u org.UnitID) Contributor { return Contributor{Kind: ContributorUnit, Unit: u} }

// PersonContributor returns the contributor for person p.
func PersonContributor(p org.PersonID) Contributor {
	return Contributor{Kind: ContributorPerson, Person: p}
}

// Benefactor returns the contributor for an outside benefactor named name.
func Benefactor(name string) Contributor { return Contributor{Kind: ContributorBenefactor, Name: name} }

// Items records things given or built instead of money: a kind from the
// store's [ItemKinds], how many, and optionally what one of them is worth.
type Items struct {
	Kind  string `json:"kind"`
	Count int64  `json:"count"`
	// ValuePerItem is the value of ONE item in đồng; zero means unknown.
	// It is not a total: see [Items.Value].
	ValuePerItem decimal.Decimal `json:"value_per_item"`
	// Contents says what one item holds, as the source text says it:
	// "10 kg gạo và 1 thùng mì" for "mỗi phần gồm 10 kg gạo và 1 thùng
	// mì". Optional.
	Contents string `json:"contents,omitempty"`
	// StatedTotal is the total the source text states for the items
	// ("tổng kinh phí khoảng 500 triệu đồng"), recorded apart from what
	// the items add up to: totals never use it, a report shows it as
	// stated. Zero means none stated.
	StatedTotal decimal.Decimal `json:"stated_total"`
	// StatedBound is the word the text puts before StatedTotal, one of
	// [StatedBounds] ("khoảng", "hơn"…), or "" for a total stated exactly.
	StatedBound string `json:"stated_bound,omitempty"`
}

// StatedBounds are the words a text may put before a stated total: "khoảng
// 500 triệu đồng", "hơn 500 triệu đồng".
var StatedBounds = []string{"khoảng", "hơn", "gần", "trên", "xấp xỉ", "dưới"}

// IsZero reports whether no items are recorded (a money entry).
func (it Items) IsZero() bool {
	return it.Kind == "" && it.Count == 0 && it.ValuePerItem.IsZero() && it.Contents == "" &&
		it.StatedTotal.IsZero() && it.StatedBound == ""
}

// Value returns the total value Count × ValuePerItem, and false when the
// value per item is unknown.
func (it Items) Value() (decimal.Decimal, bool) {
	if it.ValuePerItem.IsZero() {
		return decimal.Decimal{}, false
	}
	return it.ValuePerItem.Mul(decimal.NewFromInt(it.Count)), true
}

// Entry is one line of the contribution account: money or items given on a
// date, by a contributor, credited to a unit, for a purpose, in a movement.
// Entries are never edited or deleted; a correction is a reversing entry
// (see [Store.Reverse]).
type Entry struct {
	ID  EntryID `json:"id"`  // assigned by the store
	Key string  `json:"key"` // the caller's idempotency key, unique in the store

	Date        thidua.Date `json:"date"`
	Contributor Contributor `json:"contributor"`
	Unit        org.UnitID  `json:"unit"` // the unit the entry is credited to
	Source      Source      `json:"source"`
	Status      Status      `json:"status"`
	Purpose     string      `json:"purpose"`               // code in the store's Purposes
	Beneficiary string      `json:"beneficiary,omitempty"` // a commune, a school, a household…
	Movement    MovementID  `json:"movement,omitempty"`    // "" when outside any movement

	// Amount is the money given, in đồng. It is zero for an items entry.
	Amount decimal.Decimal `json:"amount"`
	// Items are the things given; zero for a money entry.
	Items Items `json:"items"`

	// Shares, when set, say who funded the entry and how much each gave:
	// a house built with money of the unit, a lawyer and a company. Each
	// contributor is credited its share only — totals by contributor or
	// by source split the entry by its shares — while totals by any other
	// dimension count the entry once, whole. See [Share] for the rules.
	// Contributor then names who recorded or organised the entry; it is
	// not credited unless it holds a share itself.
	Shares []Share `json:"shares,omitempty"`

	// Fulfils is the pledge this received entry makes good, if any: an
	// entry of the same store with status Pledged that is not a reversal.
	// A pledge may be fulfilled by several entries.
	Fulfils EntryID `json:"fulfils,omitempty"`

	// Reverses is the entry this one cancels, for a reversing entry.
	Reverses EntryID `json:"reverses,omitempty"`
	Note     string  `json:"note,omitempty"`
}

// Share is what one contributor gave towards an entry funded by several
// (Entry.Shares). The shares of an entry name each contributor once and
// add up exactly to the entry:
//
//   - for a money entry, the amounts sum to Entry.Amount, each positive,
//     and no share has a count;
//   - for an items entry, the counts (how many of the items the share
//     paid for, zero or more) sum to Items.Count, and, when the value of
//     one item is known, the amounts sum to the items' value
//     (Count × ValuePerItem); when it is not, amounts are zero. Each share
//     has a positive amount or a positive count.
//
// A reversing entry carries its original's shares negated.
type Share struct {
	Contributor Contributor `json:"contributor"`
	// Source is where this share came from: the contributor's own money
	// ([Own]) or money it was mobilised for ([Mobilised]); zero means the
	// entry's Source, and the store keeps it filled in.
	Source Source `json:"source,omitempty"`
	// Amount is the share in đồng: of the money, or of the items' value.
	Amount decimal.Decimal `json:"amount"`
	// Count is how many of the entry's items the share paid for; zero for
	// a money entry.
	Count int64 `json:"count,omitempty"`
}

// MaxShares is the most shares one entry may have.
const MaxShares = 100

// sameShares reports whether a and b are the same shares in the same
// order, amounts compared by value.
func sameShares(a, b []Share) bool {
	return slices.EqualFunc(a, b, func(x, y Share) bool {
		return x.Contributor == y.Contributor && x.Source == y.Source && x.Amount.Equal(y.Amount) && x.Count == y.Count
	})
}

// IsItems reports whether e records items rather than money.
func (e Entry) IsItems() bool { return !e.Items.IsZero() }

// Reversal asks to cancel an entry. Key is the idempotency key of the
// reversing entry; Note says why (Vietnamese, for people).
type Reversal struct {
	Key  string  `json:"key"`
	Of   EntryID `json:"of"`
	Note string  `json:"note,omitempty"`
}

// clean is vntext.Clean with a shortcut for the common empty text.
func clean(s string) string {
	if s == "" {
		return s
	}
	return vntext.Clean(s)
}

// NewReversal returns the entry that cancels orig: the same date,
// contributor, unit, source, status, purpose, beneficiary and movement, so
// that it falls in every filter and group orig falls in, with the amount or
// item count negated. It is the one definition of a reversal that stores
// share.
func NewReversal(orig Entry, r Reversal) Entry {
	rev := orig
	rev.ID = ""
	rev.Key = r.Key
	rev.Reverses = orig.ID
	rev.Note = clean(r.Note)
	rev.Amount = orig.Amount.Neg()
	if !orig.Items.IsZero() {
		rev.Amount = decimal.Decimal{}
	}
	rev.Items.Count = -orig.Items.Count
	if orig.Shares != nil {
		rev.Shares = make([]Share, len(orig.Shares))
		for i, sh := range orig.Shares {
			sh.Amount = sh.Amount.Neg()
			sh.Count = -sh.Count
			rev.Shares[i] = sh
		}
	}
	return rev
}

// SameContent reports whether a and b record the same thing, ignoring their
// IDs; amounts compare by value (1.0 equals 1.00). Stores use it for
// idempotent posting.
func SameContent(a, b Entry) bool {
	return a.Key == b.Key && a.Date == b.Date && a.Contributor == b.Contributor &&
		a.Unit == b.Unit && a.Source == b.Source && a.Status == b.Status &&
		a.Purpose == b.Purpose && a.Beneficiary == b.Beneficiary && a.Movement == b.Movement &&
		a.Amount.Equal(b.Amount) && a.Items.Kind == b.Items.Kind && a.Items.Count == b.Items.Count &&
		a.Items.ValuePerItem.Equal(b.Items.ValuePerItem) && a.Items.Contents == b.Items.Contents &&
		a.Items.StatedTotal.Equal(b.Items.StatedTotal) && a.Items.StatedBound == b.Items.StatedBound && a.Fulfils == b.Fulfils && a.Reverses == b.Reverses && a.Note == b.Note &&
		sameShares(a.Shares, b.Shares)
}

// Movements looks up the period of a campaign movement. A campaign store can
// satisfy it with [MovementsFunc]. MovementPeriod returns an error wrapping
// thidua.ErrNotFound for an unknown movement.
type Movements interface {
	MovementPeriod(ctx context.Context, id string) (thidua.Period, error)
}

// MovementsFunc adapts a function to [Movements], as for a campaign store:
//
//	contribution.MovementsFunc(func(ctx context.Context, id string) (thidua.Period, error) {
//		m, err := movements.Movement(ctx, campaign.MovementID(id))
//		return m.Period, err
//	})
type MovementsFunc func(ctx context.Context, id string) (thidua.Period, error)

// MovementPeriod calls f.
func (f MovementsFunc) MovementPeriod(ctx context.Context, id string) (thidua.Period, error) {
	return f(ctx, id)
}

// Options configures the checks a store applies. A nil *Options means the
// defaults: the ready-made purposes and item kinds, whole đồng only, and NO
// movement check.
//
// Without [Options].Movements, the checks that need a movement lookup are
// skipped: an entry naming a movement that does not exist, or dated outside
// its movement's period, is accepted and stored as given. Production code
// should set Movements, adapting its campaign store with [MovementsFunc].
type Options struct {
	// Purposes and ItemKinds are the known codes; nil means [NewPurposes]
	// and [NewItemKinds]. A store copies them when it is created.
	Purposes  *Purposes
	ItemKinds *ItemKinds
	// Movements, if set, is asked for the period of an entry's movement:
	// an unknown movement or an entry dated outside its period is rejected
	// with thidua.ErrInvalid. Nil (the default) means neither is checked.
	Movements Movements
	// DongPlaces is how many decimal places of a đồng amounts may have.
	// Zero, the default, allows whole đồng only.
	DongPlaces int32
}

// withDefaults returns a copy of o with the registries copied and defaults
// filled in.
func (o *Options) withDefaults() Options {
	var c Options
	if o != nil {
		c = *o
	}
	if c.Purposes == nil {
		c.Purposes = NewPurposes()
	} else {
		c.Purposes = c.Purposes.Clone()
	}
	if c.ItemKinds == nil {
		c.ItemKinds = NewItemKinds()
	} else {
		c.ItemKinds = c.ItemKinds.Clone()
	}
	return c
}

// Check validates an entry to be posted and returns it cleaned (text in NFC
// with spaces folded). It is the one set of posting rules every store
// applies before storing. The error is an *thidua.Error wrapping
// thidua.ErrInvalid that names the field at fault. Check does not see other
// entries, so duplicates and reversals are the store's business.
func (o *Options) Check(ctx context.Context, e Entry) (Entry, error) {
	c := o
	if c == nil {
		d := o.withDefaults()
		c = &d
	}
	return c.check(ctx, "contribution: post", e)
}

// Bounds of one entry, checked when it is posted so that no later sum can
// overflow. Totals add item counts as int64: at most MaxItemCount an entry,
// a sum stays exact over more than 9×10⁹ entries (9.2×10¹⁸ / 10⁹), more
// than any store holds. Amounts are summed exactly (int64 while the sum
// fits, decimals beyond); MaxDong keeps every amount and every item value
// within an int64, orders of magnitude above any real entry.
const (
	// MaxItemCount is the most items one entry records: 10⁹.
	MaxItemCount = 1_000_000_000
	// MaxDong is the most one entry is worth, in đồng: its amount, its
	// value per item and its items' total value (Count × ValuePerItem),
	// each at most 10¹⁸ đồng (một tỷ tỷ đồng).
	MaxDong = 1_000_000_000_000_000_000
)

// maxDong is MaxDong as a decimal.
var maxDong = decimal.NewFromInt(MaxDong)

// checkEntryText applies the library's rules for IDs and text
// (thidua.CheckID, thidua.CheckText) to the fields of e.
func checkEntryText(op string, e Entry) error {
	key := e.Key
	if err := thidua.CheckID(op, "entry", key, "key", e.Key); err != nil {
		return err
	}
	ids := []struct {
		field, value string
		optional     bool
	}{
		{"unit", string(e.Unit), false},
		{"contributor.unit", string(e.Contributor.Unit), true},
		{"contributor.person", string(e.Contributor.Person), true},
		{"movement", string(e.Movement), true},
		{"fulfils", string(e.Fulfils), true},
		{"purpose", e.Purpose, true},
		{"items.kind", e.Items.Kind, true},
	}
	for _, id := range ids {
		if id.optional && id.value == "" {
			continue
		}
		if err := thidua.CheckID(op, "entry", key, id.field, id.value); err != nil {
			return err
		}
	}
	texts := []struct {
		field, value string
		max          int
	}{
		{"contributor.name", e.Contributor.Name, thidua.MaxNameLen},
		{"beneficiary", e.Beneficiary, thidua.MaxNameLen},
		{"note", e.Note, thidua.MaxNoteLen},
		{"items.contents", e.Items.Contents, thidua.MaxNoteLen},
	}
	for _, t := range texts {
		if err := thidua.CheckText(op, "entry", key, t.field, t.value, t.max); err != nil {
			return err
		}
	}
	for i, sh := range e.Shares[:min(len(e.Shares), MaxShares)] {
		f := "shares[" + strconv.Itoa(i) + "].contributor."
		for _, id := range []struct{ field, value string }{{"unit", string(sh.Contributor.Unit)}, {"person", string(sh.Contributor.Person)}} {
			if id.value == "" {
				continue
			}
			if err := thidua.CheckID(op, "entry", key, f+id.field, id.value); err != nil {
				return err
			}
		}
		if err := thidua.CheckText(op, "entry", key, f+"name", sh.Contributor.Name, thidua.MaxNameLen); err != nil {
			return err
		}
	}
	return nil
}

func (o *Options) check(ctx context.Context, op string, e Entry) (Entry, error) {
	bad := func(field, format string, args ...any) (Entry, error) {
		return Entry{}, thidua.Invalid(op, "entry", e.Key, field, format, args...)
	}
	if e.Key != "" && e.ID == "" {
		if err := checkEntryText(op, e); err != nil {
			return Entry{}, err
		}
	}
	purposes, kinds := o.Purposes, o.ItemKinds
	if purposes == nil {
		purposes = NewPurposes()
	}
	if kinds == nil {
		kinds = NewItemKinds()
	}
	e.Contributor = e.Contributor.Canonical()
	e.Beneficiary = clean(e.Beneficiary)
	e.Note = clean(e.Note)
	e.Items.Contents = clean(e.Items.Contents)
	e.Items.StatedBound = clean(e.Items.StatedBound)
	switch {
	case e.Key == "":
		return bad("key", "empty idempotency key")
	case e.ID != "":
		return bad("id", "the store assigns IDs")
	case e.Reverses != "":
		return bad("reverses", "post a correction with Reverse")
	case e.Fulfils != "" && e.Status != Received:
		return bad("fulfils", "only a received entry fulfils a pledge")
	}
	if err := e.Date.Validate(); err != nil {
		return Entry{}, thidua.E(op, "entry", e.Key, "date", err)
	}
	if !e.Contributor.valid() {
		return bad("contributor", "want exactly the unit, person or benefactor name matching the kind")
	}
	switch {
	case e.Unit == "":
		return bad("unit", "no unit to credit")
	case !e.Source.valid():
		return bad("source", "unknown source %d", int(e.Source))
	case !e.Status.valid():
		return bad("status", "unknown status %d", int(e.Status))
	}
	if _, ok := purposes.Lookup(e.Purpose); !ok {
		return bad("purpose", "unknown purpose %q", e.Purpose)
	}
	for _, a := range [...]struct {
		field string
		d     decimal.Decimal
	}{{"amount", e.Amount}, {"items.value_per_item", e.Items.ValuePerItem}, {"items.stated_total", e.Items.StatedTotal}} {
		if outOfScale(a.d) {
			return bad(a.field, "%s", scaleOf(a.d))
		}
	}
	if e.Items.IsZero() {
		if e.Amount.Sign() <= 0 {
			return bad("amount", "amount %s must be positive", e.Amount)
		}
		if p := places(e.Amount); p > o.DongPlaces {
			return bad("amount", "amount %s has %d decimal places, %d allowed", e.Amount, p, o.DongPlaces)
		}
		if e.Amount.GreaterThan(maxDong) {
			return bad("amount", "amount %s more than %d đồng", e.Amount, int64(MaxDong))
		}
	} else {
		it := e.Items
		switch {
		case !e.Amount.IsZero():
			return bad("amount", "an entry records money or items, not both")
		case it.Count <= 0:
			return bad("items.count", "item count %d must be positive", it.Count)
		case it.Count > MaxItemCount:
			return bad("items.count", "item count %d more than %d", it.Count, MaxItemCount)
		case it.ValuePerItem.GreaterThan(maxDong) || it.ValuePerItem.Mul(decimal.NewFromInt(it.Count)).GreaterThan(maxDong):
			return bad("items.value_per_item", "items worth more than %d đồng", int64(MaxDong))
		case it.ValuePerItem.Sign() < 0:
			return bad("items.value_per_item", "negative value %s", it.ValuePerItem)
		case places(it.ValuePerItem) > o.DongPlaces:
			return bad("items.value_per_item", "value %s has too many decimal places", it.ValuePerItem)
		case it.StatedTotal.Sign() < 0 || it.StatedTotal.GreaterThan(maxDong):
			return bad("items.stated_total", "stated total %s outside 0..%d đồng", it.StatedTotal, int64(MaxDong))
		case places(it.StatedTotal) > o.DongPlaces:
			return bad("items.stated_total", "stated total %s has too many decimal places", it.StatedTotal)
		case it.StatedBound != "" && it.StatedTotal.IsZero():
			return bad("items.stated_bound", "a bound %q with no stated total", it.StatedBound)
		case it.StatedBound != "" && !slices.Contains(StatedBounds, it.StatedBound):
			return bad("items.stated_bound", "unknown bound %q, want one of %v", it.StatedBound, StatedBounds)
		}
		if _, ok := kinds.Lookup(it.Kind); !ok {
			return bad("items.kind", "unknown item kind %q", it.Kind)
		}
	}
	if e.Shares != nil {
		shares, err := o.checkShares(op, e)
		if err != nil {
			return Entry{}, err
		}
		e.Shares = shares
	}
	if e.Movement != "" && o.Movements != nil {
		p, err := o.Movements.MovementPeriod(ctx, string(e.Movement))
		switch {
		case errors.Is(err, thidua.ErrNotFound):
			// Only ErrInvalid: the Store contract keeps ErrNotFound for the
			// record asked about, and the entry's movement is input.
			return bad("movement", "unknown movement %q: %v", e.Movement, err)
		case err != nil:
			return Entry{}, thidua.E(op, "entry", e.Key, "movement", err)
		}
		if !p.Contains(e.Date) {
			return bad("date", "date %s outside the period %s of movement %q", e.Date, p, e.Movement)
		}
	}
	return e, nil
}

// valid reports whether c names exactly the unit, person or benefactor
// its kind says.
func (c Contributor) valid() bool {
	switch {
	case c.Kind == ContributorUnit && c.Unit != "" && c.Person == "" && c.Name == "":
	case c.Kind == ContributorPerson && c.Person != "" && c.Unit == "" && c.Name == "":
	case c.Kind == ContributorBenefactor && c.Name != "" && c.Unit == "" && c.Person == "":
	default:
		return false
	}
	return true
}

// checkShares applies the rules of [Share] to e's shares, which
// checkEntryText has seen, and returns them cleaned: a copy, with names
// in NFC and every Source filled in.
func (o *Options) checkShares(op string, e Entry) ([]Share, error) {
	bad := func(field, format string, args ...any) ([]Share, error) {
		return nil, thidua.Invalid(op, "entry", e.Key, field, format, args...)
	}
	if len(e.Shares) == 0 {
		return nil, nil
	}
	if len(e.Shares) > MaxShares {
		return bad("shares", "%d shares, at most %d", len(e.Shares), MaxShares)
	}
	items := !e.Items.IsZero()
	value, valued := e.Items.Value()
	out := make([]Share, len(e.Shares))
	seen := make(map[Contributor]int, len(e.Shares))
	var sum decimal.Decimal
	var count int64
	for i, sh := range e.Shares {
		f := "shares[" + strconv.Itoa(i) + "]"
		sh.Contributor = sh.Contributor.Canonical()
		if sh.Source == 0 {
			sh.Source = e.Source
		}
		switch {
		case !sh.Contributor.valid():
			return bad(f+".contributor", "want exactly the unit, person or benefactor name matching the kind")
		case !sh.Source.valid():
			return bad(f+".source", "unknown source %d", int(sh.Source))
		case outOfScale(sh.Amount):
			return bad(f+".amount", "%s", scaleOf(sh.Amount))
		case sh.Amount.Sign() < 0:
			return bad(f+".amount", "amount %s must not be negative", sh.Amount)
		case sh.Amount.GreaterThan(maxDong):
			return bad(f+".amount", "amount %s more than %d đồng", sh.Amount, int64(MaxDong))
		case places(sh.Amount) > o.DongPlaces:
			return bad(f+".amount", "amount %s has %d decimal places, %d allowed", sh.Amount, places(sh.Amount), o.DongPlaces)
		case sh.Count < 0 || sh.Count > MaxItemCount:
			return bad(f+".count", "count %d outside 0..%d", sh.Count, MaxItemCount)
		case !items && sh.Count != 0:
			return bad(f+".count", "a share of money has no item count")
		case !items && sh.Amount.Sign() <= 0:
			return bad(f+".amount", "amount %s must be positive", sh.Amount)
		case items && !valued && !sh.Amount.IsZero():
			return bad(f+".amount", "the items have no value per item, so a share has no amount")
		case items && sh.Amount.IsZero() && sh.Count == 0:
			return bad(f, "a share with neither amount nor count")
		}
		if j, dup := seen[sh.Contributor]; dup {
			return bad(f+".contributor", "contributor already has share %d", j)
		}
		seen[sh.Contributor] = i
		sum = sum.Add(sh.Amount)
		count += sh.Count // bounded: at most MaxShares × MaxItemCount
		out[i] = sh
	}
	switch {
	case !items && !sum.Equal(e.Amount):
		return bad("shares", "shares sum to %s đồng, the entry's amount is %s", sum, e.Amount)
	case items && count != e.Items.Count:
		return bad("shares", "shares count %d items, the entry has %d", count, e.Items.Count)
	case items && valued && !sum.Equal(value):
		return bad("shares", "shares sum to %s đồng, the items are worth %s", sum, value)
	}
	return out, nil
}

// CheckFulfils checks that pledge, the entry e.Fulfils names, is one e may
// fulfil: a pledge that is not a reversal. Stores call it after finding the
// pledge; a store that does not find it reports thidua.ErrInvalid too. The
// error wraps thidua.ErrInvalid.
func CheckFulfils(e, pledge Entry) error {
	const op = "contribution: post"
	switch {
	case pledge.Status != Pledged:
		return thidua.Invalid(op, "entry", e.Key, "fulfils", "entry %s is not a pledge", pledge.ID)
	case pledge.Reverses != "":
		return thidua.Invalid(op, "entry", e.Key, "fulfils", "entry %s is a reversal", pledge.ID)
	}
	return nil
}
