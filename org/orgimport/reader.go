package orgimport

import (
	"context"
	"errors"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// overlay is the org.Reader the checks read: the store as it is, plus the
// records of the workbook already checked, so that each record is checked
// as the store will see it when it is written, in order.
type overlay struct {
	s       org.Store
	units   map[org.UnitID]org.Unit
	people  map[org.PersonID]org.Person
	years   map[yearKey]bool
	uyears  map[unitYearKey]bool
	discs   map[string]bool
	stored  map[string]bool // IDs of stored disciplines, read once
	readAll bool
	// Store answers, read once each (the store is not expected to change
	// during an import): a unit or person the store has, or not (found
	// false).
	sUnits  map[org.UnitID]found[org.Unit]
	sPeople map[org.PersonID]found[org.Person]
	sYears  map[org.PersonID]map[int]bool // years of a stored person's records
}

type found[T any] struct {
	v  T
	ok bool
}

type yearKey struct {
	p org.PersonID
	y int
}

type unitYearKey struct {
	u org.UnitID
	y int
}

func newOverlay(s org.Store) *overlay {
	return &overlay{s: s, units: map[org.UnitID]org.Unit{}, people: map[org.PersonID]org.Person{},
		years: map[yearKey]bool{}, uyears: map[unitYearKey]bool{}, discs: map[string]bool{},
		sUnits: map[org.UnitID]found[org.Unit]{}, sPeople: map[org.PersonID]found[org.Person]{},
		sYears: map[org.PersonID]map[int]bool{}}
}

var _ org.Reader = (*overlay)(nil)

func notFound(err error) bool { return errors.Is(err, thidua.ErrNotFound) }

func (o *overlay) FindUnit(ctx context.Context, id org.UnitID) (org.Unit, bool, error) {
	if u, ok := o.units[id]; ok {
		return u, true, nil
	}
	if f, ok := o.sUnits[id]; ok {
		return f.v, f.ok, nil
	}
	u, err := o.s.Unit(ctx, id)
	if notFound(err) {
		o.sUnits[id] = found[org.Unit]{}
		return org.Unit{}, false, nil
	}
	if err != nil {
		return org.Unit{}, false, err
	}
	o.sUnits[id] = found[org.Unit]{u, true}
	return u, true, nil
}

func (o *overlay) FindPerson(ctx context.Context, id org.PersonID) (org.Person, bool, error) {
	if p, ok := o.people[id]; ok {
		return p, true, nil
	}
	if f, ok := o.sPeople[id]; ok {
		return f.v, f.ok, nil
	}
	p, err := o.s.Person(ctx, id)
	if notFound(err) {
		o.sPeople[id] = found[org.Person]{}
		return org.Person{}, false, nil
	}
	if err != nil {
		return org.Person{}, false, err
	}
	o.sPeople[id] = found[org.Person]{p, true}
	return p, true, nil
}

// UnitDependents and SuccessionFrom serve updates and successions, which an
// import does not make.
func (o *overlay) UnitDependents(ctx context.Context, id org.UnitID) (org.Dependents, error) {
	return org.Dependents{}, nil
}

func (o *overlay) SuccessionFrom(ctx context.Context, id org.UnitID) (org.Succession, bool, error) {
	return org.Succession{}, false, nil
}

func (o *overlay) PersonYearsOf(ctx context.Context, person org.PersonID) ([]org.PersonYear, error) {
	if _, ok := o.people[person]; ok {
		return nil, nil // a new person has no stored records
	}
	pys, err := o.s.PersonYears(ctx, org.YearFilter{Person: person})
	if notFound(err) {
		return nil, nil
	}
	return pys, err
}

func (o *overlay) HasPersonYear(ctx context.Context, person org.PersonID, year int) (bool, error) {
	if o.years[yearKey{person, year}] {
		return true, nil
	}
	if _, ok := o.people[person]; ok {
		return false, nil
	}
	ys, ok := o.sYears[person]
	if !ok {
		pys, err := o.s.PersonYears(ctx, org.YearFilter{Person: person})
		if err != nil && !notFound(err) {
			return false, err
		}
		ys = make(map[int]bool, len(pys))
		for _, py := range pys {
			ys[py.Year] = true
		}
		o.sYears[person] = ys
	}
	return ys[year], nil
}

func (o *overlay) HasUnitYear(ctx context.Context, unit org.UnitID, year int) (bool, error) {
	if o.uyears[unitYearKey{unit, year}] {
		return true, nil
	}
	if _, ok := o.units[unit]; ok {
		return false, nil
	}
	_, err := o.s.UnitYear(ctx, unit, year)
	if notFound(err) {
		return false, nil
	}
	return err == nil, err
}

func (o *overlay) HasDiscipline(ctx context.Context, id string) (bool, error) {
	if o.discs[id] {
		return true, nil
	}
	if !o.readAll {
		ds, err := o.s.Disciplines(ctx, org.DisciplineFilter{})
		if err != nil {
			return false, err
		}
		o.stored = make(map[string]bool, len(ds))
		for _, d := range ds {
			o.stored[d.ID] = true
		}
		o.readAll = true
	}
	return o.stored[id], nil
}
