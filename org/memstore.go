package org

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/sorted"
	"github.com/thidua-go/thidua/internal/vntext"
)

// MemStore is the in-memory Store, the embedded default. It is safe for
// concurrent use: one read-write mutex guards all data. Values are copied
// in and out, so a caller never shares a slice with the store. Lookups by
// ID are map lookups; each unit keeps its children, sorted by ID, and the
// store caches all units in depth-first order (rebuilt on the first read
// after a change to units), so a subtree is one contiguous copy.
type MemStore struct {
	// scale, when not nil, is the unit scale levels are checked against
	// (WithScale). Set once by NewMemStore, read-only afterwards.
	scale *Scale

	mu     sync.RWMutex
	units  map[UnitID]*unitRec
	people map[PersonID]*personRec
	// byUnit lists, for each unit, the people with at least one assignment
	// in it, each once, in the order they were added.
	byUnit map[UnitID][]PersonID
	// byID keeps every person in ID order (see peopleOrder).
	byID peopleOrder
	// succs holds every succession, by date then From units.
	succs []*Succession
	// discIDs holds the IDs of all disciplinary decisions.
	discIDs map[string]struct{}

	// order caches every unit in depth-first order, so that a subtree is
	// a contiguous run of values. Writers to units clear it (they hold mu
	// exclusively); the first reader after a write rebuilds it under
	// orderMu.
	order   atomic.Pointer[unitOrder]
	orderMu sync.Mutex
}

// unitOrder is every unit in depth-first order (roots by ID, children by
// ID), with the run of each unit's subtree.
type unitOrder struct {
	units []Unit
	span  map[UnitID]span
}

// span is the run [start, end) of a unit's subtree in unitOrder.units, with
// the days on which every unit of the subtree exists (From after To when
// there are none), so that Subtree on such a day copies the run without
// looking at each unit.
type span struct {
	start, end int
	all        thidua.Period
}

// unitOrder returns the cached order, building it if a write cleared it.
// Called with s.mu held for reading.
func (s *MemStore) unitOrder() *unitOrder {
	if o := s.order.Load(); o != nil {
		return o
	}
	s.orderMu.Lock()
	defer s.orderMu.Unlock()
	if o := s.order.Load(); o != nil {
		return o
	}
	o := &unitOrder{units: make([]Unit, 0, len(s.units)), span: make(map[UnitID]span, len(s.units))}
	var walk func(r *unitRec) thidua.Period
	walk = func(r *unitRec) thidua.Period {
		start := len(o.units)
		o.units = append(o.units, r.u)
		all := r.u.Exists
		for _, c := range r.children {
			// Children exist within their parent, so the intersection
			// only narrows; an empty one stays From after To.
			ca := walk(c)
			if ca.From.After(all.From) {
				all.From = ca.From
			}
			if ca.To.Before(all.To) {
				all.To = ca.To
			}
		}
		o.span[r.u.ID] = span{start: start, end: len(o.units), all: all}
		return all
	}
	var roots []*unitRec
	for _, r := range s.units {
		if r.u.Parent == "" {
			roots = append(roots, r)
		}
	}
	slices.SortFunc(roots, func(a, b *unitRec) int { return cmp.Compare(a.u.ID, b.u.ID) })
	for _, r := range roots {
		walk(r)
	}
	s.order.Store(o)
	return o
}

var (
	_ Store         = (*MemStore)(nil)
	_ PeopleScanner = (*MemStore)(nil)
)

// peopleOrder keeps every person in ID order, so that a read over many
// people walks them in order instead of collecting and sorting them.
// Writers, holding the store's lock exclusively, append the people they add
// to added; the first reader afterwards, holding it for reading, sorts those
// and merges them in under mu, in time linear in the store. A list handed
// out is never changed, only replaced.
type peopleOrder struct {
	mu     sync.Mutex
	sorted []*personRec
	added  []*personRec // added since the last merge, in any order
}

func comparePeople(a, b *personRec) int { return cmp.Compare(a.p.ID, b.p.ID) }

// add records a person just added. Called with the store's lock held
// exclusively.
func (o *peopleOrder) add(r *personRec) { o.added = append(o.added, r) }

// remove forgets a person just taken back. Called with the store's lock
// held exclusively.
func (o *peopleOrder) remove(r *personRec) {
	if i := slices.Index(o.added, r); i >= 0 {
		o.added = slices.Delete(o.added, i, i+1)
		return
	}
	if i, ok := slices.BinarySearchFunc(o.sorted, r, comparePeople); ok {
		o.sorted = slices.Delete(slices.Clone(o.sorted), i, i+1)
	}
}

// all returns every person, by ID. Called with the store's lock held for
// reading; the caller must not change the list.
func (o *peopleOrder) all() []*personRec {
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.added) == 0 {
		return o.sorted
	}
	o.sorted = sorted.Merge(o.sorted, o.added, comparePeople)
	o.added = nil
	return o.sorted
}

type unitRec struct {
	u         Unit
	nameKey   string // vntext.Fold(u.Name)
	shortKey  string // vntext.Fold(u.ShortName)
	children  []*unitRec
	succ      []*Succession // successions naming the unit, by date then From
	unitYears []UnitYear    // by year
	// history holds the versions of the unit replaced by corrections,
	// oldest first; yearHistory those of its yearly records, by year.
	history     []UnitCorrection
	yearHistory map[int][]UnitYearCorrection
}

type personRec struct {
	p       Person // Assignments owned by the store, sorted
	nameKey string // vntext.Fold(p.FullName)
	years   []yearRec
	discs   []Discipline // by decision date, then ID
	// yearHistory holds the versions of the yearly records replaced by
	// corrections, by year, oldest first; nil for most people.
	yearHistory map[int][]PersonYearCorrection
}

// yearRec is a PersonYear without its person, packed: the store holds
// millions of them.
type yearRec struct {
	unit     UnitID
	absences []Absence // nil when none
	year     int16
	days     int16
	rating   int8
}

func (r *yearRec) personYear(id PersonID) PersonYear {
	return PersonYear{
		Person:     id,
		Year:       int(r.year),
		Unit:       r.unit,
		Rating:     Rating(r.rating),
		DaysWorked: int(r.days),
		Absences:   slices.Clone(r.absences),
	}
}

func packYear(py PersonYear) yearRec {
	r := yearRec{unit: py.Unit, year: int16(py.Year), days: int16(py.DaysWorked), rating: int8(py.Rating)}
	if len(py.Absences) > 0 {
		r.absences = slices.Clip(slices.Clone(py.Absences))
	}
	return r
}

// Option configures a MemStore; see WithScale.
type Option func(*MemStore)

// WithScale makes the store check unit levels against sc: AddUnit and
// UpdateUnit reject, with ErrInvalid, a unit whose Level is not a code of
// sc (an empty level or a typo) and a unit whose level does not rank
// strictly below its parent's (a "bo" unit under a Cục THADS tỉnh, or two
// Cục at the same rank one under the other), and UpdateUnit also a level
// change that would leave a child unit at or above its parent's rank. A
// scale with no levels accepts no unit. Without WithScale levels are free
// text and not checked, so that callers whose hierarchies mix several
// scales (a government, a province, its departments) can store them.
func WithScale(sc Scale) Option {
	return func(s *MemStore) { s.scale = &sc }
}

// NewMemStore returns an empty in-memory store configured by opts.
// NewMemStore() checks no unit levels.
func NewMemStore(opts ...Option) *MemStore {
	s := &MemStore{
		units:   make(map[UnitID]*unitRec),
		people:  make(map[PersonID]*personRec),
		byUnit:  make(map[UnitID][]PersonID),
		discIDs: make(map[string]struct{}),
	}
	for _, opt := range opts {
		opt(s)
	}
	return s
}

func sortUnits(us []Unit) {
	slices.SortFunc(us, func(a, b Unit) int { return cmp.Compare(a.ID, b.ID) })
}

func compareSuccessions(a, b *Succession) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	return slices.Compare(a.From, b.From)
}

func copySuccession(s *Succession) Succession {
	c := *s
	c.From = slices.Clone(s.From)
	c.To = slices.Clone(s.To)
	return c
}

// cloneUnits gives each unit its own copy of its former names, so that a
// caller never shares a slice with the store.
func cloneUnits(us []Unit) []Unit {
	for i := range us {
		if us[i].Former != nil {
			us[i].Former = slices.Clone(us[i].Former)
		}
	}
	return us
}

func copyPerson(p *Person) Person {
	c := *p
	c.Assignments = slices.Clone(p.Assignments)
	return c
}

// ---- units ----

// AddUnit implements Store.
func (s *MemStore) AddUnit(ctx context.Context, u Unit) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, err := CheckAddUnit(ctx, memReader{s}, s.scale, u)
	if err != nil {
		return err
	}
	rec := &unitRec{u: u, nameKey: vntext.Fold(u.Name), shortKey: vntext.Fold(u.ShortName)}
	s.units[u.ID] = rec
	s.order.Store(nil)
	if parent := s.units[u.Parent]; parent != nil {
		parent.addChild(rec)
	}
	return nil
}

func (p *unitRec) addChild(c *unitRec) {
	i, _ := slices.BinarySearchFunc(p.children, c.u.ID, func(r *unitRec, id UnitID) int { return cmp.Compare(r.u.ID, id) })
	p.children = slices.Insert(p.children, i, c)
}

func (p *unitRec) removeChild(id UnitID) {
	p.children = slices.DeleteFunc(p.children, func(r *unitRec) bool { return r.u.ID == id })
}

// UpdateUnit implements Store.
func (s *MemStore) UpdateUnit(ctx context.Context, u Unit) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, err := CheckUpdateUnit(ctx, memReader{s}, s.scale, u)
	if err != nil {
		return err
	}
	s.replaceUnit(u)
	return nil
}

// EndUnit implements Store.
func (s *MemStore) EndUnit(ctx context.Context, id UnitID, last thidua.Date) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, err := CheckEndUnit(ctx, memReader{s}, s.scale, id, last)
	if err != nil {
		return err
	}
	s.replaceUnit(u)
	return nil
}

// RenameUnit implements Store.
func (s *MemStore) RenameUnit(ctx context.Context, id UnitID, on thidua.Date, name, shortName, note string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, err := CheckRenameUnit(ctx, memReader{s}, id, on, name, shortName, note)
	if err != nil {
		return err
	}
	s.replaceUnit(u)
	return nil
}

// CorrectUnit implements Store.
func (s *MemStore) CorrectUnit(ctx context.Context, u Unit, c thidua.Correction) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, old, err := CheckCorrectUnit(ctx, memReader{s}, s.scale, u, c)
	if err != nil {
		return err
	}
	rec := s.units[u.ID]
	rec.history = append(rec.history, old)
	s.replaceUnit(u)
	return nil
}

// UnitHistory implements Store.
func (s *MemStore) UnitHistory(ctx context.Context, id UnitID) ([]UnitCorrection, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	rec, ok := s.units[id]
	if !ok {
		return nil, thidua.NotFound(opHistory, kindUnit, string(id))
	}
	return cloneUnitCorrections(rec.history), nil
}

func cloneUnitCorrections(cs []UnitCorrection) []UnitCorrection {
	out := slices.Clone(cs)
	for i := range out {
		out[i].Old.Former = slices.Clone(out[i].Old.Former)
	}
	return out
}

func clonePersonYearCorrections(cs []PersonYearCorrection) []PersonYearCorrection {
	out := slices.Clone(cs)
	for i := range out {
		out[i].Old = out[i].Old.Normalize()
	}
	return out
}

// replaceUnit replaces the stored unit with u, checked. Called with s.mu
// held.
func (s *MemStore) replaceUnit(u Unit) {
	rec := s.units[u.ID]
	if rec.u.Parent != u.Parent {
		if old := s.units[rec.u.Parent]; old != nil {
			old.removeChild(u.ID)
		}
		if parent := s.units[u.Parent]; parent != nil {
			parent.addChild(rec)
		}
	}
	rec.u = u
	rec.nameKey, rec.shortKey = vntext.Fold(u.Name), vntext.Fold(u.ShortName)
	s.order.Store(nil)
}

// Unit implements Store.
func (s *MemStore) Unit(ctx context.Context, id UnitID) (Unit, error) {
	if err := ctx.Err(); err != nil {
		return Unit{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	rec, ok := s.units[id]
	if !ok {
		return Unit{}, thidua.NotFound(opUnit, kindUnit, string(id))
	}
	return cloneUnits([]Unit{rec.u})[0], nil
}

// Units implements Store.
func (s *MemStore) Units(ctx context.Context, f UnitFilter) ([]Unit, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	m := f.Matcher()
	s.mu.RLock()
	defer s.mu.RUnlock()
	var us []Unit
	match := func(rec *unitRec) {
		if m.Match(rec.u, rec.nameKey, rec.shortKey) {
			us = append(us, rec.u)
		}
	}
	if f.IDs != nil {
		for _, id := range uniqueIDs(f.IDs) {
			if rec, ok := s.units[id]; ok {
				match(rec)
			}
		}
		return cloneUnits(us), nil
	}
	for _, rec := range s.units {
		match(rec)
	}
	sortUnits(us)
	return cloneUnits(us), nil
}

// uniqueIDs returns the IDs sorted, each once, in a new slice.
func uniqueIDs[T ~string](ids []T) []T {
	out := slices.Clone(ids)
	slices.Sort(out)
	return slices.Compact(out)
}

// Subtree implements Store.
func (s *MemStore) Subtree(ctx context.Context, root UnitID, asOf thidua.Date) ([]Unit, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !asOf.IsZero() {
		if err := asOf.Validate(); err != nil {
			return nil, thidua.E(opSubtree, kindUnit, string(root), "as_of", err)
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	rec, ok := s.units[root]
	if !ok {
		return nil, thidua.NotFound(opSubtree, kindUnit, string(root))
	}
	if !asOf.IsZero() && !rec.u.Exists.Contains(asOf) {
		return nil, nil
	}
	o := s.unitOrder()
	sp := o.span[root]
	run := o.units[sp.start:sp.end]
	if asOf.IsZero() || sp.all.Contains(asOf) {
		return cloneUnits(slices.Clone(run)), nil // the whole subtree exists on asOf
	}
	// A unit's children exist within its period, so filtering each unit
	// by the date prunes whole branches as a walk would.
	us := make([]Unit, 0, len(run))
	for i := 0; i < len(run); {
		if !run[i].Exists.Contains(asOf) {
			i++
			continue
		}
		j := i + 1
		for j < len(run) && run[j].Exists.Contains(asOf) {
			j++
		}
		us = append(us, run[i:j]...) // one bulk copy per run of units in force
		i = j
	}
	return cloneUnits(us), nil
}

// unitSet returns the IDs of the unit id, with preds of its predecessors,
// and with all of every unit under those, whatever their dates. Called with
// s.mu held.
func (s *MemStore) unitSet(id UnitID, all, preds bool) map[UnitID]bool {
	set := map[UnitID]bool{id: true}
	roots := []*unitRec{s.units[id]}
	if preds {
		for _, r := range s.lineageLocked(id, true) {
			set[r.u.ID] = true
			roots = append(roots, r)
		}
	}
	if !all {
		return set
	}
	var walk func(r *unitRec)
	walk = func(r *unitRec) {
		for _, c := range r.children {
			set[c.u.ID] = true
			walk(c)
		}
	}
	for _, r := range roots {
		walk(r)
	}
	return set
}

// ---- successions ----

// AddSuccession implements Store.
func (s *MemStore) AddSuccession(ctx context.Context, sc Succession) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	sc, err := CheckAddSuccession(ctx, memReader{s}, sc)
	if err != nil {
		return err
	}
	p := &sc
	insert := func(list []*Succession) []*Succession {
		i, _ := slices.BinarySearchFunc(list, p, compareSuccessions)
		return slices.Insert(list, i, p)
	}
	s.succs = insert(s.succs)
	for _, id := range slices.Concat(sc.From, sc.To) {
		rec := s.units[id]
		rec.succ = insert(rec.succ)
	}
	return nil
}

// Successions implements Store.
func (s *MemStore) Successions(ctx context.Context, unit UnitID) ([]Succession, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	list := s.succs
	if unit != "" {
		rec, ok := s.units[unit]
		if !ok {
			return nil, thidua.NotFound(opSuccessionsRead, kindUnit, string(unit))
		}
		list = rec.succ
	}
	out := make([]Succession, len(list))
	for i, sc := range list {
		out[i] = copySuccession(sc)
	}
	return out, nil
}

// Predecessors implements Store.
func (s *MemStore) Predecessors(ctx context.Context, unit UnitID) ([]Unit, error) {
	us, err := s.lineage(ctx, opPredecessorsRead, unit, true)
	if err != nil {
		return nil, err
	}
	SortPredecessors(us)
	return us, nil
}

// Successors implements Store.
func (s *MemStore) Successors(ctx context.Context, unit UnitID) ([]Unit, error) {
	us, err := s.lineage(ctx, opSuccessorsRead, unit, false)
	if err != nil {
		return nil, err
	}
	SortSuccessors(us)
	return us, nil
}

// lineage walks the successions from unit, backwards (to predecessors) or
// forwards, and returns the units reached, unit itself excluded.
func (s *MemStore) lineage(ctx context.Context, op string, unit UnitID, back bool) ([]Unit, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if _, ok := s.units[unit]; !ok {
		return nil, thidua.NotFound(op, kindUnit, string(unit))
	}
	recs := s.lineageLocked(unit, back)
	us := make([]Unit, len(recs))
	for i, r := range recs {
		us[i] = r.u
	}
	return cloneUnits(us), nil
}

// lineageLocked is lineage for a known unit, called with s.mu held.
func (s *MemStore) lineageLocked(unit UnitID, back bool) []*unitRec {
	seen := map[UnitID]bool{unit: true}
	queue := []UnitID{unit}
	var recs []*unitRec
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, sc := range s.units[id].succ {
			here, next := sc.To, sc.From
			if !back {
				here, next = sc.From, sc.To
			}
			if !slices.Contains(here, id) {
				continue
			}
			for _, n := range next {
				if !seen[n] {
					seen[n] = true
					queue = append(queue, n)
					recs = append(recs, s.units[n])
				}
			}
		}
	}
	return recs
}

// ---- people ----

// AddPerson implements Store.
func (s *MemStore) AddPerson(ctx context.Context, p Person) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addPersonLocked(ctx, p)
}

// removePersonLocked takes back a person just added, who has no records.
// Called with s.mu held.
func (s *MemStore) removePersonLocked(id PersonID) {
	rec := s.people[id]
	delete(s.people, id)
	s.byID.remove(rec)
	for _, a := range rec.p.Assignments {
		ids := s.byUnit[a.Unit]
		if n := len(ids); n > 0 && ids[n-1] == id {
			s.byUnit[a.Unit] = ids[:n-1]
		}
	}
}

// addPersonLocked is AddPerson with s.mu held.
func (s *MemStore) addPersonLocked(ctx context.Context, p Person) error {
	p, err := CheckAddPerson(ctx, memReader{s}, p)
	if err != nil {
		return err
	}
	rec := &personRec{p: p, nameKey: vntext.Fold(p.FullName)}
	s.people[p.ID] = rec
	s.byID.add(rec)
	for i, a := range p.Assignments {
		if !slices.ContainsFunc(p.Assignments[:i], func(b Assignment) bool { return b.Unit == a.Unit }) {
			s.byUnit[a.Unit] = append(s.byUnit[a.Unit], p.ID)
		}
	}
	return nil
}

// Person implements Store.
func (s *MemStore) Person(ctx context.Context, id PersonID) (Person, error) {
	if err := ctx.Err(); err != nil {
		return Person{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	rec, ok := s.people[id]
	if !ok {
		return Person{}, thidua.NotFound(opPerson, kindPerson, string(id))
	}
	return copyPerson(&rec.p), nil
}

// candidates returns the people with an assignment in one of the units,
// each once, or every person if units is nil, by ID. Called with s.mu held
// for reading; the caller must not change the list.
func (s *MemStore) candidates(units map[UnitID]bool) []*personRec {
	if units != nil && s.walksAll(units) {
		posted := s.postedIn(units)
		all := s.byID.all()
		recs := make([]*personRec, 0, len(all))
		for _, r := range all {
			if posted(r) {
				recs = append(recs, r)
			}
		}
		return recs
	}
	return s.listedUnder(units)
}

// walksAll reports whether the people posted in units are better found by
// walking everyone in order (many of them) than by collecting those listed
// under the units and sorting them. Called with s.mu held for reading.
func (s *MemStore) walksAll(units map[UnitID]bool) bool {
	n := 0 // people listed under the units, some of them twice
	for u := range units {
		n += len(s.byUnit[u])
	}
	return n > 0 && n*4 >= len(s.byID.all())
}

// postedIn returns whether a person has an assignment in one of the units.
func (s *MemStore) postedIn(units map[UnitID]bool) func(r *personRec) bool {
	posted := func(a Assignment) bool { return units[a.Unit] }
	return func(r *personRec) bool { return slices.ContainsFunc(r.p.Assignments, posted) }
}

// listedUnder returns the people listed under the units (every person if
// units is nil), each once, by ID. Called with s.mu held for reading; the
// caller must not change the list.
func (s *MemStore) listedUnder(units map[UnitID]bool) []*personRec {
	if units == nil {
		return s.byID.all()
	}
	n := 0
	for u := range units {
		n += len(s.byUnit[u])
	}
	if n == 0 {
		return nil
	}
	recs := make([]*personRec, 0, n)
	seen := make(map[PersonID]bool, n)
	for u := range units {
		for _, id := range s.byUnit[u] {
			if !seen[id] {
				seen[id] = true
				recs = append(recs, s.people[id])
			}
		}
	}
	slices.SortFunc(recs, comparePeople)
	return recs
}

// copyPeople copies the people of recs for which keep is true (all, if
// keep is nil), their assignments in one allocation. Each record is read
// once, in order, and its assignments once more: a read of tens of
// thousands of people touches each only as often as it must.
func copyPeople(recs []*personRec, keep func(*personRec) bool) []Person {
	if len(recs) == 0 {
		return nil
	}
	ps := make([]Person, 0, len(recs))
	n := 0
	for _, r := range recs {
		if keep == nil || keep(r) {
			ps = append(ps, r.p)
			n += len(r.p.Assignments)
		}
	}
	if len(ps) == 0 {
		return nil
	}
	as := make([]Assignment, 0, n)
	for i := range ps {
		if a := ps[i].Assignments; a != nil {
			start := len(as)
			as = append(as, a...)
			ps[i].Assignments = as[start:len(as):len(as)]
		}
	}
	return ps
}

// People implements Store.
func (s *MemStore) People(ctx context.Context, f PeopleFilter) ([]Person, error) {
	var ps []Person
	err := s.selectPeople(ctx, f, func(recs []*personRec, keep func(*personRec) bool) error {
		ps = copyPeople(recs, keep)
		return nil
	})
	return ps, err
}

// ScanPeople implements [PeopleScanner]: fn gets the stored person itself,
// under the store's read lock, in the order of People; nothing is copied.
func (s *MemStore) ScanPeople(ctx context.Context, f PeopleFilter, fn func(p *Person) error) error {
	return s.selectPeople(ctx, f, func(recs []*personRec, keep func(*personRec) bool) error {
		for _, r := range recs {
			if keep == nil || keep(r) {
				if err := fn(&r.p); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// selectPeople calls use, under the read lock, with the records of the
// people f selects, by ID: those of recs for which keep is true (all, if
// keep is nil).
func (s *MemStore) selectPeople(ctx context.Context, f PeopleFilter, use func(recs []*personRec, keep func(*personRec) bool) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := f.Validate(); err != nil {
		return err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var units map[UnitID]bool
	var inUnits func(UnitID) bool
	if f.Unit != "" {
		if _, ok := s.units[f.Unit]; !ok {
			return thidua.NotFound(opPeople, kindUnit, string(f.Unit))
		}
		units = s.unitSet(f.Unit, f.Subtree, false)
		inUnits = func(id UnitID) bool { return units[id] }
	}
	m := f.Matcher(inUnits)
	if f.IDs == nil && f.Name == "" && f.Position == "" && f.On.IsZero() && f.During.IsZero() {
		// Those posted in the units: when walking everyone, each is
		// checked as it is read.
		if units != nil && s.walksAll(units) {
			return use(s.byID.all(), s.postedIn(units))
		}
		return use(s.listedUnder(units), nil)
	}
	var recs []*personRec
	if f.IDs != nil {
		for _, id := range uniqueIDs(f.IDs) {
			if rec, ok := s.people[id]; ok {
				recs = append(recs, rec)
			}
		}
	} else {
		recs = s.candidates(units)
	}
	return use(recs, func(rec *personRec) bool { return m.Match(&rec.p, rec.nameKey) })
}

// AddAssignment implements Store.
func (s *MemStore) AddAssignment(ctx context.Context, person PersonID, a Assignment) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, err := CheckAddAssignment(ctx, memReader{s}, person, a)
	if err != nil {
		return err
	}
	rec := s.people[person]
	newUnit := !slices.ContainsFunc(rec.p.Assignments, func(b Assignment) bool { return b.Unit == a.Unit })
	rec.p = p
	if newUnit {
		s.byUnit[a.Unit] = append(s.byUnit[a.Unit], person)
	}
	return nil
}

// EndAssignment implements Store.
func (s *MemStore) EndAssignment(ctx context.Context, person PersonID, unit UnitID, position string, last thidua.Date) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, _, err := CheckEndAssignment(ctx, memReader{s}, person, unit, position, last)
	if err != nil {
		return err
	}
	s.people[person].p = p
	return nil
}

// FormerHolders implements Store.
func (s *MemStore) FormerHolders(ctx context.Context, unit UnitID, position string, d thidua.Date) ([]Person, error) {
	const op = opFormerHolders
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := d.Validate(); err != nil {
		return nil, thidua.E(op, kindUnit, string(unit), "date", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if _, ok := s.units[unit]; !ok {
		return nil, thidua.NotFound(op, kindUnit, string(unit))
	}
	var ps []Person
	for _, rec := range s.candidates(map[UnitID]bool{unit: true}) {
		if _, ok := rec.p.FormerPost(unit, position, d); ok {
			ps = append(ps, copyPerson(&rec.p))
		}
	}
	return SortFormerHolders(ps, unit, position, d), nil
}

// ---- yearly records of people ----

// AddPersonYear implements Store.
func (s *MemStore) AddPersonYear(ctx context.Context, py PersonYear) error {
	return s.putPersonYear(ctx, py, false)
}

// ReplacePersonYear implements Store.
func (s *MemStore) ReplacePersonYear(ctx context.Context, py PersonYear, c thidua.Correction) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	py, c, err := CheckReplacePersonYear(ctx, memReader{s}, py, c)
	if err != nil {
		return err
	}
	rec := s.people[py.Person]
	i, _ := slices.BinarySearchFunc(rec.years, py.Year, func(r yearRec, y int) int { return cmp.Compare(int(r.year), y) })
	if rec.yearHistory == nil {
		rec.yearHistory = make(map[int][]PersonYearCorrection)
	}
	rec.yearHistory[py.Year] = append(rec.yearHistory[py.Year], PersonYearCorrection{Old: rec.years[i].personYear(py.Person), Correction: c})
	rec.years[i] = packYear(py)
	return nil
}

// PersonYearHistory implements Store.
func (s *MemStore) PersonYearHistory(ctx context.Context, person PersonID, year int) ([]PersonYearCorrection, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if ok, _ := (memReader{s}).HasPersonYear(ctx, person, year); !ok {
		return nil, thidua.NotFound(opHistory, kindPersonYear, PersonYear{Person: person, Year: year}.key())
	}
	return clonePersonYearCorrections(s.people[person].yearHistory[year]), nil
}

func (s *MemStore) putPersonYear(ctx context.Context, py PersonYear, replace bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.putPersonYearLocked(ctx, py, replace)
}

// putPersonYearLocked is putPersonYear with s.mu held.
func (s *MemStore) putPersonYearLocked(ctx context.Context, py PersonYear, replace bool) error {
	py, err := CheckPersonYear(ctx, memReader{s}, py, replace)
	if err != nil {
		return err
	}
	rec := s.people[py.Person]
	i, found := slices.BinarySearchFunc(rec.years, py.Year, func(r yearRec, y int) int { return cmp.Compare(int(r.year), y) })
	r := packYear(py)
	switch {
	case found:
		rec.years[i] = r
	case rec.years == nil:
		rec.years = make([]yearRec, 1, 8) // a career has many years
		rec.years[0] = r
	default:
		rec.years = slices.Insert(rec.years, i, r)
	}
	return nil
}

// PersonYear implements Store.
func (s *MemStore) PersonYear(ctx context.Context, person PersonID, year int) (PersonYear, error) {
	const op = opPersonYearRead
	if err := ctx.Err(); err != nil {
		return PersonYear{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	key := PersonYear{Person: person, Year: year}.key()
	rec, ok := s.people[person]
	if !ok {
		return PersonYear{}, thidua.NotFound(op, kindPersonYear, key)
	}
	i, found := slices.BinarySearchFunc(rec.years, year, func(r yearRec, y int) int { return cmp.Compare(int(r.year), y) })
	if !found {
		return PersonYear{}, thidua.NotFound(op, kindPersonYear, key)
	}
	return rec.years[i].personYear(person), nil
}

// PersonYears implements Store.
func (s *MemStore) PersonYears(ctx context.Context, f YearFilter) ([]PersonYear, error) {
	const op = opPersonYears
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var units map[UnitID]bool
	if f.Unit != "" {
		if _, ok := s.units[f.Unit]; !ok {
			return nil, thidua.NotFound(op, kindUnit, string(f.Unit))
		}
		units = s.unitSet(f.Unit, f.Subtree, f.Predecessors)
	}
	var recs []*personRec
	switch {
	case f.Person != "":
		rec, ok := s.people[f.Person]
		if !ok {
			return nil, thidua.NotFound(op, kindPerson, string(f.Person))
		}
		if f.People == nil || slices.Contains(f.People, f.Person) {
			recs = []*personRec{rec}
		}
	case f.People != nil:
		for _, id := range uniqueIDs(f.People) {
			if rec, ok := s.people[id]; ok {
				recs = append(recs, rec)
			}
		}
	default:
		recs = s.candidates(units)
	}
	var out []PersonYear
	for _, rec := range recs {
		for j := range rec.years {
			r := &rec.years[j]
			if !InYears(int(r.year), f.From, f.To) || (units != nil && !units[r.unit]) {
				continue
			}
			out = append(out, r.personYear(rec.p.ID))
		}
	}
	return out, nil
}

// ---- yearly records of units ----

// AddUnitYear implements Store.
func (s *MemStore) AddUnitYear(ctx context.Context, uy UnitYear) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	uy, err := CheckUnitYear(ctx, memReader{s}, uy, false)
	if err != nil {
		return err
	}
	rec := s.units[uy.Unit]
	i, _ := slices.BinarySearchFunc(rec.unitYears, uy.Year, func(r UnitYear, y int) int { return cmp.Compare(r.Year, y) })
	rec.unitYears = slices.Insert(rec.unitYears, i, uy)
	return nil
}

// ReplaceUnitYear implements Store.
func (s *MemStore) ReplaceUnitYear(ctx context.Context, uy UnitYear, c thidua.Correction) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	uy, c, err := CheckReplaceUnitYear(ctx, memReader{s}, uy, c)
	if err != nil {
		return err
	}
	rec := s.units[uy.Unit]
	i, _ := slices.BinarySearchFunc(rec.unitYears, uy.Year, func(r UnitYear, y int) int { return cmp.Compare(r.Year, y) })
	if rec.yearHistory == nil {
		rec.yearHistory = make(map[int][]UnitYearCorrection)
	}
	rec.yearHistory[uy.Year] = append(rec.yearHistory[uy.Year], UnitYearCorrection{Old: rec.unitYears[i], Correction: c})
	rec.unitYears[i] = uy
	return nil
}

// UnitYearHistory implements Store.
func (s *MemStore) UnitYearHistory(ctx context.Context, unit UnitID, year int) ([]UnitYearCorrection, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if ok, _ := (memReader{s}).HasUnitYear(ctx, unit, year); !ok {
		return nil, thidua.NotFound(opHistory, kindUnitYear, UnitYear{Unit: unit, Year: year}.key())
	}
	return slices.Clone(s.units[unit].yearHistory[year]), nil
}

// History implements Store.
func (s *MemStore) History(ctx context.Context) (History, error) {
	if err := ctx.Err(); err != nil {
		return History{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var h History
	uids := make([]UnitID, 0, len(s.units))
	for id := range s.units {
		uids = append(uids, id)
	}
	slices.Sort(uids)
	for _, id := range uids {
		h.Units = append(h.Units, cloneUnitCorrections(s.units[id].history)...)
	}
	for _, id := range uids {
		yh := s.units[id].yearHistory
		for _, y := range slices.Sorted(maps.Keys(yh)) {
			h.UnitYears = append(h.UnitYears, yh[y]...)
		}
	}
	for _, rec := range s.candidates(nil) {
		for _, y := range slices.Sorted(maps.Keys(rec.yearHistory)) {
			h.PersonYears = append(h.PersonYears, clonePersonYearCorrections(rec.yearHistory[y])...)
		}
	}
	return h, nil
}

// AddHistory implements Store.
func (s *MemStore) AddHistory(ctx context.Context, h History) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, err := CheckAddHistory(ctx, memReader{s}, h)
	if err != nil {
		return err
	}
	for _, uc := range h.Units {
		rec := s.units[uc.Old.ID]
		rec.history = append(rec.history, uc)
	}
	for _, pc := range h.PersonYears {
		rec := s.people[pc.Old.Person]
		if rec.yearHistory == nil {
			rec.yearHistory = make(map[int][]PersonYearCorrection)
		}
		rec.yearHistory[pc.Old.Year] = append(rec.yearHistory[pc.Old.Year], pc)
	}
	for _, yc := range h.UnitYears {
		rec := s.units[yc.Old.Unit]
		if rec.yearHistory == nil {
			rec.yearHistory = make(map[int][]UnitYearCorrection)
		}
		rec.yearHistory[yc.Old.Year] = append(rec.yearHistory[yc.Old.Year], yc)
	}
	return nil
}

// UnitYear implements Store.
func (s *MemStore) UnitYear(ctx context.Context, unit UnitID, year int) (UnitYear, error) {
	const op = opUnitYearRead
	if err := ctx.Err(); err != nil {
		return UnitYear{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	key := UnitYear{Unit: unit, Year: year}.key()
	rec, ok := s.units[unit]
	if !ok {
		return UnitYear{}, thidua.NotFound(op, kindUnitYear, key)
	}
	i, found := slices.BinarySearchFunc(rec.unitYears, year, func(r UnitYear, y int) int { return cmp.Compare(r.Year, y) })
	if !found {
		return UnitYear{}, thidua.NotFound(op, kindUnitYear, key)
	}
	return rec.unitYears[i], nil
}

// UnitYears implements Store.
func (s *MemStore) UnitYears(ctx context.Context, f UnitYearFilter) ([]UnitYear, error) {
	const op = opUnitYears
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var ids []UnitID
	if f.Unit != "" {
		if _, ok := s.units[f.Unit]; !ok {
			return nil, thidua.NotFound(op, kindUnit, string(f.Unit))
		}
		for id := range s.unitSet(f.Unit, f.Subtree, f.Predecessors) {
			ids = append(ids, id)
		}
	} else {
		for id := range s.units {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	var out []UnitYear
	for _, id := range ids {
		for _, uy := range s.units[id].unitYears {
			if InYears(uy.Year, f.From, f.To) {
				out = append(out, uy)
			}
		}
	}
	return out, nil
}

// ---- discipline ----

// AddDiscipline implements Store.
func (s *MemStore) AddDiscipline(ctx context.Context, d Discipline) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, err := CheckAddDiscipline(ctx, memReader{s}, d)
	if err != nil {
		return err
	}
	rec := s.people[d.Person]
	i, _ := slices.BinarySearchFunc(rec.discs, d, compareDisciplines)
	rec.discs = slices.Insert(rec.discs, i, d)
	s.discIDs[d.ID] = struct{}{}
	return nil
}

func compareDisciplines(a, b Discipline) int {
	if c := a.Decided.Compare(b.Decided); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// Disciplines implements Store.
func (s *MemStore) Disciplines(ctx context.Context, f DisciplineFilter) ([]Discipline, error) {
	const op = opDisciplines
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var recs []*personRec
	switch {
	case f.Person != "":
		rec, ok := s.people[f.Person]
		if !ok {
			return nil, thidua.NotFound(op, kindPerson, string(f.Person))
		}
		if f.People == nil || slices.Contains(f.People, f.Person) {
			recs = []*personRec{rec}
		}
	case f.People != nil:
		for _, id := range uniqueIDs(f.People) {
			if rec, ok := s.people[id]; ok {
				recs = append(recs, rec)
			}
		}
	default:
		recs = s.candidates(nil)
	}
	var out []Discipline
	for _, rec := range recs {
		for _, d := range rec.discs {
			if f.Year == 0 || d.InForceIn(f.Year) {
				out = append(out, d)
			}
		}
	}
	return out, nil
}

// memReader is the Reader of the checks over a MemStore's data. Its
// methods are called with s.mu held and return the store's own values,
// which the checks do not modify.
type memReader struct{ s *MemStore }

func (r memReader) FindUnit(_ context.Context, id UnitID) (Unit, bool, error) {
	rec, ok := r.s.units[id]
	if !ok {
		return Unit{}, false, nil
	}
	return rec.u, true, nil
}

func (r memReader) FindPerson(_ context.Context, id PersonID) (Person, bool, error) {
	rec, ok := r.s.people[id]
	if !ok {
		return Person{}, false, nil
	}
	return rec.p, true, nil
}

func (r memReader) UnitDependents(_ context.Context, id UnitID) (Dependents, error) {
	rec, ok := r.s.units[id]
	if !ok {
		return Dependents{}, nil
	}
	var d Dependents
	for _, c := range rec.children {
		d.Children = append(d.Children, c.u)
	}
	for _, pid := range r.s.byUnit[id] {
		for _, a := range r.s.people[pid].p.Assignments {
			if a.Unit == id {
				d.Posts = append(d.Posts, PersonPost{Person: pid, Assignment: a})
			}
		}
	}
	for _, uy := range rec.unitYears {
		d.Years = append(d.Years, uy.Year)
	}
	for _, sc := range rec.succ {
		d.Successions = append(d.Successions, *sc)
	}
	return d, nil
}

func (r memReader) SuccessionFrom(_ context.Context, id UnitID) (Succession, bool, error) {
	if rec, ok := r.s.units[id]; ok {
		for _, sc := range rec.succ {
			if slices.Contains(sc.From, id) {
				return *sc, true, nil
			}
		}
	}
	return Succession{}, false, nil
}

func (r memReader) PersonYearsOf(_ context.Context, person PersonID) ([]PersonYear, error) {
	rec, ok := r.s.people[person]
	if !ok {
		return nil, nil
	}
	out := make([]PersonYear, len(rec.years))
	for i := range rec.years {
		out[i] = rec.years[i].personYear(person)
	}
	return out, nil
}

func (r memReader) HasPersonYear(_ context.Context, person PersonID, year int) (bool, error) {
	rec, ok := r.s.people[person]
	if !ok {
		return false, nil
	}
	_, found := slices.BinarySearchFunc(rec.years, year, func(r yearRec, y int) int { return cmp.Compare(int(r.year), y) })
	return found, nil
}

func (r memReader) HasUnitYear(_ context.Context, unit UnitID, year int) (bool, error) {
	rec, ok := r.s.units[unit]
	if !ok {
		return false, nil
	}
	_, found := slices.BinarySearchFunc(rec.unitYears, year, func(r UnitYear, y int) int { return cmp.Compare(r.Year, y) })
	return found, nil
}

func (r memReader) HasDiscipline(_ context.Context, id string) (bool, error) {
	_, ok := r.s.discIDs[id]
	return ok, nil
}
