package org_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// mapReader is the smallest org.Reader: what a new store would write over
// its own data. failWith, when set, is the error every lookup returns.
type mapReader struct {
	units    map[org.UnitID]org.Unit
	people   map[org.PersonID]org.Person
	years    map[org.PersonID][]org.PersonYear
	failWith error
}

func (r *mapReader) FindUnit(_ context.Context, id org.UnitID) (org.Unit, bool, error) {
	u, ok := r.units[id]
	return u, ok, r.failWith
}

func (r *mapReader) FindPerson(_ context.Context, id org.PersonID) (org.Person, bool, error) {
	p, ok := r.people[id]
	return p, ok, r.failWith
}

func (r *mapReader) UnitDependents(_ context.Context, id org.UnitID) (org.Dependents, error) {
	var d org.Dependents
	for _, u := range r.units {
		if u.Parent == id {
			d.Children = append(d.Children, u)
		}
	}
	for _, p := range r.people {
		for _, a := range p.Assignments {
			if a.Unit == id {
				d.Posts = append(d.Posts, org.PersonPost{Person: p.ID, Assignment: a})
			}
		}
	}
	return d, r.failWith
}

func (r *mapReader) SuccessionFrom(context.Context, org.UnitID) (org.Succession, bool, error) {
	return org.Succession{}, false, r.failWith
}

func (r *mapReader) PersonYearsOf(_ context.Context, id org.PersonID) ([]org.PersonYear, error) {
	return r.years[id], r.failWith
}

func (r *mapReader) HasPersonYear(_ context.Context, id org.PersonID, year int) (bool, error) {
	for _, py := range r.years[id] {
		if py.Year == year {
			return true, r.failWith
		}
	}
	return false, r.failWith
}

func (r *mapReader) HasUnitYear(context.Context, org.UnitID, int) (bool, error) {
	return false, r.failWith
}

func (r *mapReader) HasDiscipline(context.Context, string) (bool, error) { return false, r.failWith }

// TestChecksOverAnyReader: the checks hold the rules whatever store reads
// for them, and hand back the store's own errors untouched.
func TestChecksOverAnyReader(t *testing.T) {
	ctx := context.Background()
	d := thidua.MustDate
	r := &mapReader{
		units: map[org.UnitID]org.Unit{
			"bo": {ID: "bo", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: thidua.Since(d(1945, time.August, 28))},
			"dt": {ID: "dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Level: org.LevelCucTHADSTinh, Parent: "bo",
				Exists: thidua.Period{From: d(2009, time.October, 1), To: d(2025, time.June, 30)}},
		},
		people: map[org.PersonID]org.Person{
			"an": {ID: "an", FullName: "Nguyễn Văn An", Recruited: d(1990, time.May, 1), Assignments: []org.Assignment{
				{Unit: "dt", Position: "Cục trưởng", Period: thidua.Years(2012, 2020)}}},
		},
		years: map[org.PersonID][]org.PersonYear{"an": {{Person: "an", Year: 2019, Unit: "dt", DaysWorked: 250}}},
	}
	justice := org.JusticeScale()

	// A record is filled and checked against the person's posts.
	py, err := org.CheckPersonYear(ctx, r, org.PersonYear{Person: "an", Year: 2020, DaysWorked: 240}, false)
	if err != nil || py.Unit != "dt" {
		t.Errorf("CheckPersonYear = %+v, %v; want the unit dt filled", py, err)
	}
	for name, err := range map[string]error{
		"year stored":                errOnly(org.CheckPersonYear(ctx, r, org.PersonYear{Person: "an", Year: 2019}, false)),
		"year out of service":        errOnly(org.CheckPersonYear(ctx, r, org.PersonYear{Person: "an", Year: 2021}, false)),
		"unit under itself":          errOnly(org.CheckUpdateUnit(ctx, r, nil, org.Unit{ID: "bo", Name: "Bộ", Parent: "dt", Exists: thidua.Since(d(2010, 1, 1))})),
		"level above parent":         errOnly(org.CheckAddUnit(ctx, r, &justice, org.Unit{ID: "x", Name: "Bộ X", Level: org.LevelBo, Parent: "dt", Exists: thidua.Year(2020)})),
		"unit ends before its posts": errOnly(org.CheckEndUnit(ctx, r, nil, "dt", d(2019, time.December, 31))),
		"end leaves a record outside": func() error {
			_, _, err := org.CheckEndAssignment(ctx, r, "an", "dt", "Cục trưởng", d(2018, time.December, 31))
			return err
		}(),
	} {
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := org.CheckPersonYear(ctx, r, org.PersonYear{Person: "an", Year: 2019}, false); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("stored year: %v, want ErrConflict", err)
	}
	if _, err := org.CheckPersonYear(ctx, r, org.PersonYear{Person: "an", Year: 2021}, false); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("year out of service: %v, want ErrInvalid", err)
	}

	// The store's failures come back as they are.
	boom := errors.New("disk on fire")
	r.failWith = boom
	if _, err := org.CheckAddUnit(ctx, r, nil, org.Unit{ID: "y", Name: "Y", Exists: thidua.Year(2020)}); !errors.Is(err, boom) {
		t.Errorf("CheckAddUnit with a failing reader: %v, want the reader's error", err)
	}
	if _, err := org.CheckPersonYear(ctx, r, org.PersonYear{Person: "an", Year: 2020}, false); !errors.Is(err, boom) {
		t.Errorf("CheckPersonYear with a failing reader: %v, want the reader's error", err)
	}
}

func errOnly[T any](_ T, err error) error { return err }
