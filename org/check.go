package org

import (
	"context"
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
)

// Reader is the narrow view of a store that the write checks read (see
// CheckAddUnit and the other Check functions). Every store implements it
// over its own data and calls the checks before it writes, inside the same
// transaction (or under the same lock), so that what was checked is what is
// written: the rules of units, people and yearly records live in the
// checks, and a store implements persistence and atomicity only.
//
// The checks never modify what a Reader returns, so a store may hand out
// its own values. Errors other than "not there" are returned by the
// checks as they are.
type Reader interface {
	// FindUnit returns the stored unit with the ID, and false if there is
	// none.
	FindUnit(ctx context.Context, id UnitID) (Unit, bool, error)
	// FindPerson returns the stored person with the ID, with every
	// assignment (in the order Person.Normalize gives), and false if there
	// is none.
	FindPerson(ctx context.Context, id PersonID) (Person, bool, error)
	// UnitDependents returns what depends on the stored unit: its child
	// units, the assignments held in it, the years of its yearly records
	// and the successions naming it, in any order.
	UnitDependents(ctx context.Context, id UnitID) (Dependents, error)
	// SuccessionFrom returns a stored succession in which the unit is a
	// predecessor (in From), and false if there is none.
	SuccessionFrom(ctx context.Context, id UnitID) (Succession, bool, error)
	// PersonYearsOf returns every yearly record of the person, in any
	// order.
	PersonYearsOf(ctx context.Context, person PersonID) ([]PersonYear, error)
	// HasPersonYear reports whether the person has a record for the year.
	HasPersonYear(ctx context.Context, person PersonID, year int) (bool, error)
	// HasUnitYear reports whether the unit has a record for the year.
	HasUnitYear(ctx context.Context, unit UnitID, year int) (bool, error)
	// HasDiscipline reports whether a disciplinary decision with the ID is
	// stored.
	HasDiscipline(ctx context.Context, id string) (bool, error)
}

// Dependents is what must stay consistent with a unit when it changes (see
// Reader.UnitDependents).
type Dependents struct {
	Children    []Unit
	Posts       []PersonPost
	Years       []int // years of the unit's yearly records
	Successions []Succession
}

// PersonPost is an assignment with the person holding it.
type PersonPost struct {
	Person     PersonID
	Assignment Assignment
}

// Ops of the write methods, named in errors (thidua.Error.Op).
const (
	opAddUnit          = "org: add unit"
	opUpdateUnit       = "org: update unit"
	opEndUnit          = "org: end unit"
	opRenameUnit       = "org: rename unit"
	opCorrectUnit      = "org: correct unit"
	opAddHistory       = "org: add history"
	opHistory          = "org: history"
	opAddSuccession    = "org: add succession"
	opAddPerson        = "org: add person"
	opAddAssignment    = "org: add assignment"
	opEndAssignment    = "org: end assignment"
	opAddPersonYear    = "org: add person-year"
	opReplacePersonYr  = "org: replace person-year"
	opAddUnitYear      = "org: add unit-year"
	opReplaceUnitYear  = "org: replace unit-year"
	opAddDiscipline    = "org: add discipline"
	opUnits            = "org: units"
	opPeople           = "org: people"
	opPersonYears      = "org: person-years"
	opUnitYears        = "org: unit-years"
	opDisciplines      = "org: disciplines"
	opSubtree          = "org: subtree"
	opUnit             = "org: unit"
	opPerson           = "org: person"
	opFormerHolders    = "org: former holders"
	opPersonYearRead   = "org: person-year"
	opUnitYearRead     = "org: unit-year"
	opSuccessionsRead  = "org: successions"
	opPredecessorsRead = "org: predecessors"
	opSuccessorsRead   = "org: successors"
)

// CheckAddUnit checks that u may be added to the store r reads (see
// Store.AddUnit) and returns it normalised, ready to store. A nil scale
// checks no levels; otherwise the level must be in the scale and rank
// strictly below the parent's (see WithScale).
func CheckAddUnit(ctx context.Context, r Reader, scale *Scale, u Unit) (Unit, error) {
	const op = opAddUnit
	if err := ctx.Err(); err != nil {
		return Unit{}, err
	}
	u = u.Normalize()
	if err := u.validate(op); err != nil {
		return Unit{}, err
	}
	if _, ok, err := r.FindUnit(ctx, u.ID); err != nil {
		return Unit{}, err
	} else if ok {
		return Unit{}, thidua.Conflict(op, kindUnit, string(u.ID), "unit exists")
	}
	parent, err := checkParent(ctx, r, op, u)
	if err != nil {
		return Unit{}, err
	}
	if err := checkLevel(scale, op, u, parent, nil); err != nil {
		return Unit{}, err
	}
	if err := checkSector(ctx, r, scale, op, u); err != nil {
		return Unit{}, err
	}
	return u, nil
}

// CheckUpdateUnit checks that the stored unit with u's ID may be replaced
// by u (see Store.UpdateUnit) and returns u normalised, ready to store,
// with the stored former names. ErrConflict if u changes what is dated
// history: the names or the period.
func CheckUpdateUnit(ctx context.Context, r Reader, scale *Scale, u Unit) (Unit, error) {
	const op = opUpdateUnit
	if err := ctx.Err(); err != nil {
		return Unit{}, err
	}
	u = u.Normalize()
	old, ok, err := r.FindUnit(ctx, u.ID)
	if err != nil {
		return Unit{}, err
	}
	u.Former = old.Former // kept as stored: renames go through RenameUnit
	if err := u.validate(op); err != nil {
		return Unit{}, err
	}
	if !ok {
		return Unit{}, thidua.NotFound(op, kindUnit, string(u.ID))
	}
	switch {
	case u.Name != old.Name || u.ShortName != old.ShortName:
		return Unit{}, thidua.Conflict(op, kindUnit, string(u.ID),
			"update would rename the unit in place, for past periods too: use RenameUnit (from a date) or CorrectUnit (a mistaken entry)")
	case u.Exists != old.Exists:
		return Unit{}, thidua.Conflict(op, kindUnit, string(u.ID),
			"update would change the unit's period %s to %s: use EndUnit or CorrectUnit (a mistaken entry)", old.Exists, u.Exists)
	}
	if err := checkUpdate(ctx, r, scale, op, u); err != nil {
		return Unit{}, err
	}
	return u, nil
}

// CheckCorrectUnit checks that the stored unit with u's ID may be replaced
// by u as the correction c of a mistaken entry (see Store.CorrectUnit) and
// returns u normalised, ready to store, and the version it replaces, to
// keep.
func CheckCorrectUnit(ctx context.Context, r Reader, scale *Scale, u Unit, c thidua.Correction) (Unit, UnitCorrection, error) {
	const op = opCorrectUnit
	if err := ctx.Err(); err != nil {
		return Unit{}, UnitCorrection{}, err
	}
	u = u.Normalize()
	if err := u.validate(op); err != nil {
		return Unit{}, UnitCorrection{}, err
	}
	if err := c.Check(op, kindUnit, string(u.ID)); err != nil {
		return Unit{}, UnitCorrection{}, err
	}
	old, ok, err := r.FindUnit(ctx, u.ID)
	if err != nil {
		return Unit{}, UnitCorrection{}, err
	}
	if !ok {
		return Unit{}, UnitCorrection{}, thidua.NotFound(op, kindUnit, string(u.ID))
	}
	if err := checkUpdate(ctx, r, scale, op, u); err != nil {
		return Unit{}, UnitCorrection{}, err
	}
	return u, UnitCorrection{Old: old.Normalize(), Correction: c.Normalize()}, nil
}

// CheckRenameUnit checks that the stored unit id may take the names name
// and shortName on the day on (see Store.RenameUnit) and returns the unit
// to store: its names before on kept in Former, with note, the decision
// of the rename.
func CheckRenameUnit(ctx context.Context, r Reader, id UnitID, on thidua.Date, name, shortName, note string) (Unit, error) {
	const op = opRenameUnit
	if err := ctx.Err(); err != nil {
		return Unit{}, err
	}
	u, ok, err := r.FindUnit(ctx, id)
	if err != nil {
		return Unit{}, err
	}
	if !ok {
		return Unit{}, thidua.NotFound(op, kindUnit, string(id))
	}
	return u.rename(op, on, name, shortName, note)
}

// CheckEndUnit checks that the stored unit id may end on last (see
// Store.EndUnit) and returns the unit to store, with its new period.
func CheckEndUnit(ctx context.Context, r Reader, scale *Scale, id UnitID, last thidua.Date) (Unit, error) {
	const op = opEndUnit
	if err := ctx.Err(); err != nil {
		return Unit{}, err
	}
	if err := last.Validate(); err != nil {
		return Unit{}, thidua.E(op, kindUnit, string(id), "last", err)
	}
	u, ok, err := r.FindUnit(ctx, id)
	if err != nil {
		return Unit{}, err
	}
	if !ok {
		return Unit{}, thidua.NotFound(op, kindUnit, string(id))
	}
	if !u.Exists.IsOpen() && u.Exists.To != last {
		return Unit{}, thidua.Conflict(op, kindUnit, string(id),
			"unit ended on %s already: ending it on %s would rewrite its history (a mistaken end is corrected with CorrectUnit)", u.Exists.To, last)
	}
	u.Exists.To = last
	if err := u.validate(op); err != nil {
		return Unit{}, err
	}
	if err := checkUpdate(ctx, r, scale, op, u); err != nil {
		return Unit{}, err
	}
	return u, nil
}

// checkUpdate checks the stored unit may become u, valid on its own: its
// parent, its level, and everything that depends on it still fit.
func checkUpdate(ctx context.Context, r Reader, scale *Scale, op string, u Unit) error {
	id := string(u.ID)
	if _, ok, err := r.FindUnit(ctx, u.ID); err != nil {
		return err
	} else if !ok {
		return thidua.NotFound(op, kindUnit, id)
	}
	parent, err := checkParent(ctx, r, op, u)
	if err != nil {
		return err
	}
	deps, err := r.UnitDependents(ctx, u.ID)
	if err != nil {
		return err
	}
	children := slices.Clone(deps.Children)
	sortUnits(children)
	years := slices.Clone(deps.Years)
	slices.Sort(years)
	succs := slices.Clone(deps.Successions)
	slices.SortFunc(succs, func(a, b Succession) int { return compareSuccessions(&a, &b) })
	if err := checkLevel(scale, op, u, parent, children); err != nil {
		return err
	}
	if err := checkSector(ctx, r, scale, op, u); err != nil {
		return err
	}
	for _, c := range children {
		if !u.Exists.ContainsPeriod(c.Exists) {
			return thidua.Invalid(op, kindUnit, id, "exists", "child unit %q exists %s, outside %s", c.ID, c.Exists, u.Exists)
		}
	}
	for _, pp := range deps.Posts {
		if pp.Assignment.Unit == u.ID && !u.Exists.ContainsPeriod(pp.Assignment.Period) {
			return thidua.Invalid(op, kindUnit, id, "exists", "assignment of %q (%s) outside %s", pp.Person, pp.Assignment.Period, u.Exists)
		}
	}
	for _, y := range years {
		if !u.Exists.Overlaps(thidua.Year(y)) {
			return thidua.Invalid(op, kindUnit, id, "exists", "record for %d outside %s", y, u.Exists)
		}
	}
	for _, sc := range succs {
		var from, to []Unit
		if slices.Contains(sc.From, u.ID) {
			from = []Unit{u}
		} else {
			to = []Unit{u}
		}
		if err := sc.checkUnits(op, from, to); err != nil {
			return thidua.Invalid(op, kindUnit, id, "exists", "would break succession: %v", err)
		}
	}
	return nil
}

// checkParent checks u's parent exists, covers u's period and does not
// descend from u. It returns the parent, nil for a root.
func checkParent(ctx context.Context, r Reader, op string, u Unit) (*Unit, error) {
	if u.Parent == "" {
		return nil, nil
	}
	id := string(u.ID)
	p, ok, err := r.FindUnit(ctx, u.Parent)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, thidua.Invalid(op, kindUnit, id, "parent", "unknown parent %q", u.Parent)
	}
	for q := p; ; {
		if q.ID == u.ID {
			return nil, thidua.Invalid(op, kindUnit, id, "parent", "parent cycle through %q", u.Parent)
		}
		if q.Parent == "" {
			break
		}
		next, ok, err := r.FindUnit(ctx, q.Parent)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		q = next
	}
	if !p.Exists.ContainsPeriod(u.Exists) {
		return nil, thidua.Invalid(op, kindUnit, id, "exists",
			"unit exists %s, outside its parent %q (%s)", u.Exists, u.Parent, p.Exists)
	}
	return &p, nil
}

// checkSector checks u's sector line: its Sector unit exists and existed
// at some time while u exists, ranks above u in the scale (if any), and the
// sector line from u (see Unit.Above) does not come back to u, whether
// through Sector or through a parent.
func checkSector(ctx context.Context, r Reader, scale *Scale, op string, u Unit) error {
	id := string(u.ID)
	if u.Sector != "" {
		s, ok, err := r.FindUnit(ctx, u.Sector)
		if err != nil {
			return err
		}
		if !ok {
			return thidua.Invalid(op, kindUnit, id, "sector", "unknown sector unit %q", u.Sector)
		}
		if !s.Exists.Overlaps(u.Exists) {
			return thidua.Invalid(op, kindUnit, id, "sector", "unit exists %s; its sector unit %q never then (%s)", u.Exists, s.ID, s.Exists)
		}
		if scale != nil {
			l, _ := scale.Lookup(u.Level)
			if sl, ok := scale.Lookup(s.Level); ok && sl.Rank >= l.Rank {
				return thidua.Invalid(op, kindUnit, id, "level",
					"level %q (rank %d) not below its sector unit %q, level %q (rank %d)", u.Level, l.Rank, s.ID, sl.Code, sl.Rank)
			}
		}
	}
	next := u.Above(Sector)
	for range maxLineDepth {
		if next == "" {
			return nil
		}
		if next == u.ID {
			return thidua.Invalid(op, kindUnit, id, "sector", "cycle on the sector line through %q", u.Above(Sector))
		}
		q, ok, err := r.FindUnit(ctx, next)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		next = q.Above(Sector)
	}
	return thidua.Invalid(op, kindUnit, id, "sector", "sector line longer than %d units", maxLineDepth)
}

// maxLineDepth bounds walks up a line of authority.
const maxLineDepth = 1000

// checkLevel, with a scale, checks that u's level is in the scale and
// ranks strictly below its parent's and strictly above its children's.
func checkLevel(scale *Scale, op string, u Unit, parent *Unit, children []Unit) error {
	if scale == nil {
		return nil
	}
	id := string(u.ID)
	l, ok := scale.Lookup(u.Level)
	if !ok {
		return thidua.Invalid(op, kindUnit, id, "level", "level %q not in the store's scale", u.Level)
	}
	if parent != nil {
		if pl, ok := scale.Lookup(parent.Level); ok && pl.Rank >= l.Rank {
			return thidua.Invalid(op, kindUnit, id, "level",
				"level %q (rank %d) not below its parent %q, level %q (rank %d)", u.Level, l.Rank, parent.ID, pl.Code, pl.Rank)
		}
	}
	for _, c := range children {
		if cl, ok := scale.Lookup(c.Level); ok && cl.Rank <= l.Rank {
			return thidua.Invalid(op, kindUnit, id, "level",
				"level %q (rank %d) not above its child %q, level %q (rank %d)", u.Level, l.Rank, c.ID, cl.Code, cl.Rank)
		}
	}
	return nil
}

// CheckAddSuccession checks that sc may be recorded in the store r reads
// (see Store.AddSuccession) and returns it normalised, ready to store.
func CheckAddSuccession(ctx context.Context, r Reader, sc Succession) (Succession, error) {
	const op = opAddSuccession
	if err := ctx.Err(); err != nil {
		return Succession{}, err
	}
	sc = sc.Normalize()
	if err := sc.validate(op); err != nil {
		return Succession{}, err
	}
	lookup := func(ids []UnitID, field string) ([]Unit, error) {
		us := make([]Unit, len(ids))
		for i, id := range ids {
			u, ok, err := r.FindUnit(ctx, id)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, thidua.Invalid(op, kindSuccession, sc.label(), field, "unknown unit %q", id)
			}
			us[i] = u
		}
		return us, nil
	}
	from, err := lookup(sc.From, "from")
	if err != nil {
		return Succession{}, err
	}
	to, err := lookup(sc.To, "to")
	if err != nil {
		return Succession{}, err
	}
	if err := sc.checkUnits(op, from, to); err != nil {
		return Succession{}, err
	}
	for _, u := range from {
		old, ok, err := r.SuccessionFrom(ctx, u.ID)
		if err != nil {
			return Succession{}, err
		}
		if ok {
			return Succession{}, thidua.Conflict(op, kindSuccession, sc.label(), "unit %q already succeeded on %s", u.ID, old.Date)
		}
	}
	return sc, nil
}

// CheckAddPerson checks that p may be added to the store r reads (see
// Store.AddPerson) and returns it normalised, ready to store.
func CheckAddPerson(ctx context.Context, r Reader, p Person) (Person, error) {
	const op = opAddPerson
	if err := ctx.Err(); err != nil {
		return Person{}, err
	}
	p = p.Normalize()
	if err := p.validate(op); err != nil {
		return Person{}, err
	}
	if _, ok, err := r.FindPerson(ctx, p.ID); err != nil {
		return Person{}, err
	} else if ok {
		return Person{}, thidua.Conflict(op, kindPerson, string(p.ID), "person exists")
	}
	for _, a := range p.Assignments {
		if err := checkAssignmentUnit(ctx, r, op, p.ID, a); err != nil {
			return Person{}, err
		}
	}
	return p, nil
}

// checkAssignmentUnit checks the unit of an assignment exists throughout
// it.
func checkAssignmentUnit(ctx context.Context, r Reader, op string, person PersonID, a Assignment) error {
	u, ok, err := r.FindUnit(ctx, a.Unit)
	if err != nil {
		return err
	}
	if !ok {
		return thidua.Invalid(op, kindPerson, string(person), "assignments.unit", "unknown unit %q", a.Unit)
	}
	if !u.Exists.ContainsPeriod(a.Period) {
		return thidua.Invalid(op, kindPerson, string(person), "assignments.period",
			"assignment %s in %q outside the unit's existence %s", a.Period, a.Unit, u.Exists)
	}
	return nil
}

// CheckAddAssignment checks that the person may take the post a (see
// Store.AddAssignment) and returns the person with it, ready to store: its
// assignments a new slice, in the order Person.Normalize gives.
func CheckAddAssignment(ctx context.Context, r Reader, person PersonID, a Assignment) (Person, error) {
	const op = opAddAssignment
	if err := ctx.Err(); err != nil {
		return Person{}, err
	}
	a.Position = clean(a.Position)
	if err := a.validate(op, string(person)); err != nil {
		return Person{}, err
	}
	p, ok, err := r.FindPerson(ctx, person)
	if err != nil {
		return Person{}, err
	}
	if !ok {
		return Person{}, thidua.NotFound(op, kindPerson, string(person))
	}
	if err := checkAssignmentUnit(ctx, r, op, person, a); err != nil {
		return Person{}, err
	}
	if err := p.checkRecruited(op, a); err != nil {
		return Person{}, err
	}
	for _, b := range p.Assignments {
		if err := overlapping(op, string(person), a, b); err != nil {
			return Person{}, err
		}
	}
	p.Assignments = append(slices.Clip(slices.Clone(p.Assignments)), a)
	sortAssignments(p.Assignments)
	return p, nil
}

// CheckEndAssignment checks that the person's post in unit held on last
// may end on last (see Store.EndAssignment) and returns the person with it
// ended, ready to store, and the index of the ended post in its
// assignments.
func CheckEndAssignment(ctx context.Context, r Reader, person PersonID, unit UnitID, position string, last thidua.Date) (Person, int, error) {
	const op = opEndAssignment
	if err := ctx.Err(); err != nil {
		return Person{}, 0, err
	}
	if err := last.Validate(); err != nil {
		return Person{}, 0, thidua.E(op, kindAssignment, string(person), "last", err)
	}
	p, ok, err := r.FindPerson(ctx, person)
	if err != nil {
		return Person{}, 0, err
	}
	if !ok {
		return Person{}, 0, thidua.NotFound(op, kindPerson, string(person))
	}
	i := slices.IndexFunc(p.Assignments, func(a Assignment) bool {
		return a.Unit == unit && a.Period.Contains(last) && vntext.Equal(a.Position, position)
	})
	if i < 0 {
		return Person{}, 0, thidua.E(op, kindAssignment, string(person), "",
			wrapf(thidua.ErrNotFound, "no post %q in %q on %s", position, unit, last))
	}
	p = copyPerson(&p)
	p.Assignments[i].Period.To = last
	years, err := r.PersonYearsOf(ctx, person)
	if err != nil {
		return Person{}, 0, err
	}
	for _, py := range years {
		if err := p.checkYear(op, py); err != nil {
			return Person{}, 0, err
		}
	}
	return p, i, nil
}

// CheckPersonYear checks that py may be added to the store r reads, or
// with replace may replace the stored record of its person and year (see
// Store.AddPersonYear and Store.ReplacePersonYear), and returns it ready to
// store: an empty Unit filled with Person.RatingUnit.
func CheckPersonYear(ctx context.Context, r Reader, py PersonYear, replace bool) (PersonYear, error) {
	op := opAddPersonYear
	if replace {
		op = opReplacePersonYr
	}
	if err := ctx.Err(); err != nil {
		return PersonYear{}, err
	}
	if err := py.validate(op); err != nil {
		return PersonYear{}, err
	}
	p, ok, err := r.FindPerson(ctx, py.Person)
	if err != nil {
		return PersonYear{}, err
	}
	if !ok {
		if replace {
			return PersonYear{}, thidua.NotFound(op, kindPersonYear, py.key())
		}
		return PersonYear{}, thidua.Invalid(op, kindPersonYear, py.key(), "person", "unknown person %q", py.Person)
	}
	found, err := r.HasPersonYear(ctx, py.Person, py.Year)
	if err != nil {
		return PersonYear{}, err
	}
	if err := yearSlot(op, kindPersonYear, py.key, "ReplacePersonYear", found, replace); err != nil {
		return PersonYear{}, err
	}
	if py.Unit == "" {
		py.Unit, _ = p.RatingUnit(py.Year)
	}
	if err := p.checkYear(op, py); err != nil {
		return PersonYear{}, err
	}
	return py, nil
}

// CheckReplacePersonYear checks that py may replace the stored record of
// its person and year as the correction c (see Store.ReplacePersonYear)
// and returns it ready to store, with c normalised.
func CheckReplacePersonYear(ctx context.Context, r Reader, py PersonYear, c thidua.Correction) (PersonYear, thidua.Correction, error) {
	py, err := CheckPersonYear(ctx, r, py, true)
	if err != nil {
		return PersonYear{}, thidua.Correction{}, err
	}
	if err := c.Check(opReplacePersonYr, kindPersonYear, py.key()); err != nil {
		return PersonYear{}, thidua.Correction{}, err
	}
	return py, c.Normalize(), nil
}

// CheckReplaceUnitYear checks that uy may replace the stored record of its
// unit and year as the correction c (see Store.ReplaceUnitYear) and returns
// it ready to store, with c normalised.
func CheckReplaceUnitYear(ctx context.Context, r Reader, uy UnitYear, c thidua.Correction) (UnitYear, thidua.Correction, error) {
	uy, err := CheckUnitYear(ctx, r, uy, true)
	if err != nil {
		return UnitYear{}, thidua.Correction{}, err
	}
	if err := c.Check(opReplaceUnitYear, kindUnitYear, uy.key()); err != nil {
		return UnitYear{}, thidua.Correction{}, err
	}
	return uy, c.Normalize(), nil
}

// CheckAddHistory checks that the replaced versions in h may be kept in
// the store r reads (see Store.AddHistory) and returns h normalised: each
// correction valid, each old version valid on its own, and each naming a
// stored record (a unit, a person's or a unit's record for the year), else
// ErrInvalid.
func CheckAddHistory(ctx context.Context, r Reader, h History) (History, error) {
	const op = opAddHistory
	if err := ctx.Err(); err != nil {
		return History{}, err
	}
	var out History
	for _, uc := range h.Units {
		u := uc.Old.Normalize()
		id := string(u.ID)
		if err := u.validate(op); err != nil {
			return History{}, err
		}
		if err := uc.Correction.Check(op, kindUnit, id); err != nil {
			return History{}, err
		}
		if _, ok, err := r.FindUnit(ctx, u.ID); err != nil {
			return History{}, err
		} else if !ok {
			return History{}, thidua.Invalid(op, kindUnit, id, "old", "unknown unit %q", u.ID)
		}
		out.Units = append(out.Units, UnitCorrection{Old: u, Correction: uc.Correction.Normalize()})
	}
	for _, pc := range h.PersonYears {
		py := pc.Old.Normalize()
		if err := py.validate(op); err != nil {
			return History{}, err
		}
		if err := pc.Correction.Check(op, kindPersonYear, py.key()); err != nil {
			return History{}, err
		}
		if ok, err := r.HasPersonYear(ctx, py.Person, py.Year); err != nil {
			return History{}, err
		} else if !ok {
			return History{}, thidua.Invalid(op, kindPersonYear, py.key(), "old", "no stored record of %q for %d", py.Person, py.Year)
		}
		out.PersonYears = append(out.PersonYears, PersonYearCorrection{Old: py, Correction: pc.Correction.Normalize()})
	}
	for _, yc := range h.UnitYears {
		uy := yc.Old
		if err := uy.validate(op); err != nil {
			return History{}, err
		}
		if err := yc.Correction.Check(op, kindUnitYear, uy.key()); err != nil {
			return History{}, err
		}
		if ok, err := r.HasUnitYear(ctx, uy.Unit, uy.Year); err != nil {
			return History{}, err
		} else if !ok {
			return History{}, thidua.Invalid(op, kindUnitYear, uy.key(), "old", "no stored record of %q for %d", uy.Unit, uy.Year)
		}
		out.UnitYears = append(out.UnitYears, UnitYearCorrection{Old: uy, Correction: yc.Correction.Normalize()})
	}
	return out, nil
}

// yearSlot checks a yearly record may go where found says one is or is
// not: adding over an existing record is ErrConflict (corrections go
// through the Replace method named), replacing a missing one ErrNotFound.
func yearSlot(op, kind string, key func() string, replaceMethod string, found, replace bool) error {
	switch {
	case found && !replace:
		return thidua.Conflict(op, kind, key(), "record exists; use %s to correct it", replaceMethod)
	case !found && replace:
		return thidua.NotFound(op, kind, key())
	}
	return nil
}

// CheckUnitYear checks that uy may be added to the store r reads, or with
// replace may replace the stored record of its unit and year (see
// Store.AddUnitYear and Store.ReplaceUnitYear), and returns it ready to
// store.
func CheckUnitYear(ctx context.Context, r Reader, uy UnitYear, replace bool) (UnitYear, error) {
	op := opAddUnitYear
	if replace {
		op = opReplaceUnitYear
	}
	if err := ctx.Err(); err != nil {
		return UnitYear{}, err
	}
	if err := uy.validate(op); err != nil {
		return UnitYear{}, err
	}
	u, ok, err := r.FindUnit(ctx, uy.Unit)
	if err != nil {
		return UnitYear{}, err
	}
	if !ok {
		if replace {
			return UnitYear{}, thidua.NotFound(op, kindUnitYear, uy.key())
		}
		return UnitYear{}, thidua.Invalid(op, kindUnitYear, uy.key(), "unit", "unknown unit %q", uy.Unit)
	}
	found, err := r.HasUnitYear(ctx, uy.Unit, uy.Year)
	if err != nil {
		return UnitYear{}, err
	}
	if err := yearSlot(op, kindUnitYear, uy.key, "ReplaceUnitYear", found, replace); err != nil {
		return UnitYear{}, err
	}
	if !u.Exists.Overlaps(thidua.Year(uy.Year)) {
		return UnitYear{}, thidua.Invalid(op, kindUnitYear, uy.key(), "year", "unit does not exist in %d (%s)", uy.Year, u.Exists)
	}
	return uy, nil
}

// CheckAddDiscipline checks that d may be added to the store r reads (see
// Store.AddDiscipline) and returns it normalised, ready to store.
func CheckAddDiscipline(ctx context.Context, r Reader, d Discipline) (Discipline, error) {
	const op = opAddDiscipline
	if err := ctx.Err(); err != nil {
		return Discipline{}, err
	}
	d = d.Normalize()
	if err := d.validate(op); err != nil {
		return Discipline{}, err
	}
	if ok, err := r.HasDiscipline(ctx, d.ID); err != nil {
		return Discipline{}, err
	} else if ok {
		return Discipline{}, thidua.Conflict(op, kindDiscipline, d.ID, "decision exists")
	}
	if _, ok, err := r.FindPerson(ctx, d.Person); err != nil {
		return Discipline{}, err
	} else if !ok {
		return Discipline{}, thidua.Invalid(op, kindDiscipline, d.ID, "person", "unknown person %q", d.Person)
	}
	return d, nil
}
