package org

import (
	"context"
	"slices"

	"github.com/thidua-go/thidua"
)

// CopyBatch is the number of people Copy writes with one call
// (Store.AddPeople) and whose yearly records it reads with one call
// (YearFilter.People).
const CopyBatch = 1000

// Copy copies everything src holds into dst: the units (each parent before
// its children, with their former names), the successions, the people with
// all their assignments, the yearly records of people and of units, the
// disciplinary decisions, each as src lists it, and the history of
// corrections (Store.History, kept in dst with Store.AddHistory). This is how a unit moves its data from
// memory to SQLite, or from SQLite to a PostgreSQL server. It reads src
// with its listing methods (the yearly records CopyBatch people at a time)
// and writes with dst's Add methods, so dst checks every record with the
// same rules: copying into an empty store of the same kind never fails on
// what src accepted, but a dst with a scale (WithScale) refuses units whose
// levels do not follow it.
//
// Before it writes anything, Copy checks that dst holds none of src's
// units, people or decisions: a clashing ID is ErrConflict and nothing is
// written. Copy is not atomic across the two stores: if a write fails
// midway (a record dst refuses, a cancelled context, a database failure),
// the records copied so far stay in dst, and the error, a *thidua.Error
// with Op "org: copy", names the record that failed. Copy reads src at
// several times; do not write to src while it copies.
func Copy(ctx context.Context, dst, src Store) error {
	const op = "org: copy"
	if dst == nil || src == nil {
		return thidua.Invalid(op, "store", "", "", "nil store")
	}
	fail := func(kind, id string, err error) error {
		return thidua.E(op, kind, id, "", err)
	}
	units, err := src.Units(ctx, UnitFilter{})
	if err != nil {
		return fail(kindUnit, "", err)
	}
	people, err := src.People(ctx, PeopleFilter{})
	if err != nil {
		return fail(kindPerson, "", err)
	}
	discs, err := src.Disciplines(ctx, DisciplineFilter{})
	if err != nil {
		return fail(kindDiscipline, "", err)
	}
	succs, err := src.Successions(ctx, "")
	if err != nil {
		return fail(kindSuccession, "", err)
	}
	unitYears, err := src.UnitYears(ctx, UnitYearFilter{})
	if err != nil {
		return fail(kindUnitYear, "", err)
	}
	hist, err := src.History(ctx)
	if err != nil {
		return fail("history", "", err)
	}
	if err := checkDisjoint(ctx, op, dst, units, people, discs); err != nil {
		return err
	}

	for _, u := range sectorsFirst(parentsFirst(units)) {
		if err := dst.AddUnit(ctx, u); err != nil {
			return fail(kindUnit, string(u.ID), err)
		}
	}
	for _, sc := range succs {
		if err := dst.AddSuccession(ctx, sc); err != nil {
			return fail(kindSuccession, sc.label(), err)
		}
	}
	for start := 0; start < len(people); start += CopyBatch {
		batch := people[start:min(start+CopyBatch, len(people))]
		if err := dst.AddPeople(ctx, batch); err != nil {
			return fail(kindPerson, "", err)
		}
	}
	for start := 0; start < len(people); start += CopyBatch {
		batch := people[start:min(start+CopyBatch, len(people))]
		ids := make([]PersonID, len(batch))
		for i, p := range batch {
			ids[i] = p.ID
		}
		pys, err := src.PersonYears(ctx, YearFilter{People: ids})
		if err != nil {
			return fail(kindPersonYear, "", err)
		}
		if err := dst.AddPersonYears(ctx, pys); err != nil {
			return fail(kindPersonYear, "", err)
		}
	}
	for _, uy := range unitYears {
		if err := dst.AddUnitYear(ctx, uy); err != nil {
			return fail(kindUnitYear, uy.key(), err)
		}
	}
	for _, d := range discs {
		if err := dst.AddDiscipline(ctx, d); err != nil {
			return fail(kindDiscipline, d.ID, err)
		}
	}
	if len(hist.Units)+len(hist.PersonYears)+len(hist.UnitYears) > 0 {
		if err := dst.AddHistory(ctx, hist); err != nil {
			return fail("history", "", err)
		}
	}
	return nil
}

// checkDisjoint returns ErrConflict if dst holds a unit, a person or a
// decision with an ID among those given.
func checkDisjoint(ctx context.Context, op string, dst Store, units []Unit, people []Person, discs []Discipline) error {
	uids := make([]UnitID, len(units))
	for i, u := range units {
		uids[i] = u.ID
	}
	if got, err := dst.Units(ctx, UnitFilter{IDs: uids}); err != nil {
		return thidua.E(op, kindUnit, "", "", err)
	} else if len(got) > 0 {
		return thidua.Conflict(op, kindUnit, string(got[0].ID), "unit exists in the destination")
	}
	pids := make([]PersonID, len(people))
	for i, p := range people {
		pids[i] = p.ID
	}
	if got, err := dst.People(ctx, PeopleFilter{IDs: pids}); err != nil {
		return thidua.E(op, kindPerson, "", "", err)
	} else if len(got) > 0 {
		return thidua.Conflict(op, kindPerson, string(got[0].ID), "person exists in the destination")
	}
	if len(discs) == 0 {
		return nil
	}
	have, err := dst.Disciplines(ctx, DisciplineFilter{})
	if err != nil {
		return thidua.E(op, kindDiscipline, "", "", err)
	}
	ids := make(map[string]bool, len(have))
	for _, d := range have {
		ids[d.ID] = true
	}
	for _, d := range discs {
		if ids[d.ID] {
			return thidua.Conflict(op, kindDiscipline, d.ID, "decision exists in the destination")
		}
	}
	return nil
}

// sectorsFirst moves, in units ordered by parentsFirst, each unit after the
// unit guiding its sector (Unit.Sector) and that unit's own parents, keeping
// the order of the others. A Sở Tư pháp under a People's Committee whose ID
// sorts before the Bộ Tư pháp's then still comes after the Bộ.
func sectorsFirst(units []Unit) []Unit {
	byID := make(map[UnitID]Unit, len(units))
	has := false
	for _, u := range units {
		byID[u.ID] = u
		has = has || u.Sector != ""
	}
	if !has {
		return units
	}
	out := make([]Unit, 0, len(units))
	done := make(map[UnitID]bool, len(units))
	var visit func(u Unit, depth int)
	visit = func(u Unit, depth int) {
		if done[u.ID] || depth > maxLineDepth {
			return
		}
		done[u.ID] = true
		for _, up := range []UnitID{u.Parent, u.Sector} {
			if p, ok := byID[up]; ok {
				visit(p, depth+1)
			}
		}
		out = append(out, u)
	}
	for _, u := range units {
		visit(u, 0)
	}
	return out
}

// parentsFirst orders units so that each parent comes before its children:
// roots by ID, then depth first by ID. Units whose parent is not among
// them come first (a store never lists such a unit; dst then refuses it).
func parentsFirst(units []Unit) []Unit {
	byParent := make(map[UnitID][]Unit)
	known := make(map[UnitID]bool, len(units))
	for _, u := range units {
		known[u.ID] = true
	}
	var out []Unit
	for _, u := range units {
		if u.Parent == "" || !known[u.Parent] {
			out = append(out, u)
		} else {
			byParent[u.Parent] = append(byParent[u.Parent], u)
		}
	}
	sortUnits(out)
	var walk func(id UnitID)
	walk = func(id UnitID) {
		cs := byParent[id]
		sortUnits(cs)
		for _, c := range cs {
			out = append(out, c)
			walk(c.ID)
		}
	}
	for _, r := range slices.Clone(out) {
		walk(r.ID)
	}
	if len(out) != len(units) {
		// A parent cycle: no store lists one. Keep the rest in ID order.
		seen := make(map[UnitID]bool, len(out))
		for _, u := range out {
			seen[u.ID] = true
		}
		for _, u := range units {
			if !seen[u.ID] {
				out = append(out, u)
			}
		}
	}
	return out
}

// AddPersonYears adds the records in one step: all or none. See
// Store.AddPersonYears.
func (s *MemStore) AddPersonYears(ctx context.Context, pys []PersonYear) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	type added struct {
		person PersonID
		year   int
	}
	done := make([]added, 0, len(pys))
	undo := func() {
		for _, a := range slices.Backward(done) {
			rec := s.people[a.person]
			i, _ := slices.BinarySearchFunc(rec.years, a.year, func(r yearRec, y int) int { return int(r.year) - y })
			rec.years = slices.Delete(rec.years, i, i+1)
		}
	}
	for _, py := range pys {
		if err := s.putPersonYearLocked(ctx, py, false); err != nil {
			undo()
			return err
		}
		done = append(done, added{py.Person, py.Year})
	}
	return nil
}

// AddPeople adds the people in one step: all or none. See
// Store.AddPeople.
func (s *MemStore) AddPeople(ctx context.Context, ps []Person) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, p := range ps {
		if err := s.addPersonLocked(ctx, p); err != nil {
			for _, q := range slices.Backward(ps[:i]) {
				s.removePersonLocked(q.ID)
			}
			return err
		}
	}
	return nil
}
