package orgtest

import (
	"slices"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// LineUnits returns units on two lines of authority: the People's
// Committee of Đồng Tháp and the Bộ Tư pháp as roots; the Sở Tư pháp,
// belonging to the Committee, its sector guided by the Bộ; a district
// Committee under the province, and its Phòng Tư pháp, whose sector the Sở
// guides, until the district level ended on 30/06/2025. The levels are
// those of org.JusticeLocalScale. Parents and sector units come first.
func LineUnits() []org.Unit {
	end := d(2025, 6, 30)
	return []org.Unit{
		{ID: "bo-tp", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: thidua.Since(d(2000, 1, 1))},
		{ID: "ubnd-dt", Name: "Ủy ban nhân dân tỉnh Đồng Tháp", ShortName: "UBND tỉnh Đồng Tháp", Level: org.LevelUBNDTinh,
			Exists: thidua.Since(d(1976, 1, 1))},
		{ID: "stp-dt", Name: "Sở Tư pháp tỉnh Đồng Tháp", Level: org.LevelSoTuPhap, Parent: "ubnd-dt", Sector: "bo-tp",
			Exists: thidua.Since(d(1990, 1, 1))},
		{ID: "ubnd-cl", Name: "Ủy ban nhân dân huyện Cao Lãnh", Level: org.LevelUBNDHuyen, Parent: "ubnd-dt",
			Exists: period(d(1980, 1, 1), end)},
		{ID: "ptp-cl", Name: "Phòng Tư pháp huyện Cao Lãnh", Level: org.LevelPhongTuPhap, Parent: "ubnd-cl", Sector: "stp-dt",
			Exists: period(d(1995, 1, 1), end)},
	}
}

// testLines checks units on two lines of authority: the sector unit is
// stored and read back, Unit.Above follows each line, Subtree follows the
// administrative one, and a sector unit that is unknown, the unit itself,
// never existing beside it, or closing a cycle on the sector line (through
// a sector unit or a parent) is refused with ErrInvalid, leaving the store
// unchanged.
func testLines(t *testing.T, s org.Store) {
	want := LineUnits()
	for _, u := range want {
		noErr(t, "AddUnit "+string(u.ID), s.AddUnit(bg, u))
	}
	got, err := s.Unit(bg, "stp-dt")
	noErr(t, "Unit", err)
	check(t, "the Sở as stored", want[2], got)
	if a, s := got.Above(org.Administrative), got.Above(org.Sector); a != "ubnd-dt" || s != "bo-tp" {
		t.Errorf("Sở above: administrative %q, sector %q; want ubnd-dt, bo-tp", a, s)
	}
	ptp, err := s.Unit(bg, "ptp-cl")
	noErr(t, "Unit", err)
	if a, s := ptp.Above(org.Administrative), ptp.Above(org.Sector); a != "ubnd-cl" || s != "stp-dt" {
		t.Errorf("Phòng above: administrative %q, sector %q; want ubnd-cl, stp-dt", a, s)
	}
	all, err := s.Units(bg, org.UnitFilter{})
	noErr(t, "Units", err)
	check(t, "units listed with their sector", fixtureSorted(want), all)
	sub, err := s.Subtree(bg, "bo-tp", thidua.Date{})
	noErr(t, "Subtree", err)
	check(t, "the Bộ's subtree (administrative line)", []org.UnitID{"bo-tp"}, unitIDs(sub))

	// A sector unit equal to the parent is one line: stored without it.
	one := org.Unit{ID: "vp", Name: "Văn phòng Sở", Level: org.LevelPhongTuPhap, Parent: "stp-dt", Sector: "stp-dt", Exists: thidua.Since(d(2000, 1, 1))}
	noErr(t, "AddUnit vp", s.AddUnit(bg, one))
	if u, err := s.Unit(bg, "vp"); err != nil || u.Sector != "" {
		t.Errorf("a sector unit equal to the parent: stored %q, %v; want none", u.Sector, err)
	}

	before, err := s.Units(bg, org.UnitFilter{})
	noErr(t, "Units", err)
	bad := []struct {
		name string
		op   func() error
	}{
		{"unknown sector unit", func() error {
			return s.AddUnit(bg, org.Unit{ID: "x", Name: "Sở Tư pháp tỉnh Sa Đéc", Level: org.LevelSoTuPhap, Parent: "ubnd-dt", Sector: "bo-xx", Exists: thidua.Since(d(2000, 1, 1))})
		}},
		{"own sector unit", func() error {
			return s.AddUnit(bg, org.Unit{ID: "x", Name: "Sở Tư pháp tỉnh Sa Đéc", Level: org.LevelSoTuPhap, Parent: "ubnd-dt", Sector: "x", Exists: thidua.Since(d(2000, 1, 1))})
		}},
		{"sector unit never existing beside it", func() error {
			return s.AddUnit(bg, org.Unit{ID: "x", Name: "Phòng Tư pháp thị xã Sa Đéc", Level: org.LevelPhongTuPhap, Parent: "ubnd-dt", Sector: "ubnd-cl",
				Exists: thidua.Since(d(2026, 1, 1))})
		}},
		{"sector cycle through sector units", func() error {
			return s.UpdateUnit(bg, unitIn(want, "stp-dt", func(u *org.Unit) { u.Sector = "ptp-cl" }))
		}},
		{"sector cycle through a parent", func() error {
			// The Bộ has no sector unit, so its sector line runs through
			// its parent: under the Sở, it would come back to itself.
			return s.UpdateUnit(bg, unitIn(want, "bo-tp", func(u *org.Unit) { u.Parent = "stp-dt" }))
		}},
		{"update to an unknown sector unit", func() error {
			return s.UpdateUnit(bg, unitIn(want, "ptp-cl", func(u *org.Unit) { u.Sector = "nowhere" }))
		}},
	}
	for _, tc := range bad {
		wantErr(t, tc.name, tc.op(), thidua.ErrInvalid)
	}
	after, err := s.Units(bg, org.UnitFilter{})
	noErr(t, "Units", err)
	check(t, "units after refused writes", before, after)

	// The sector unit changes by an update, and is dropped by one.
	noErr(t, "UpdateUnit", s.UpdateUnit(bg, unitIn(want, "ptp-cl", func(u *org.Unit) { u.Sector = "bo-tp" })))
	if u, _ := s.Unit(bg, "ptp-cl"); u.Sector != "bo-tp" {
		t.Errorf("sector after update = %q, want bo-tp", u.Sector)
	}
	noErr(t, "UpdateUnit", s.UpdateUnit(bg, unitIn(want, "ptp-cl", func(u *org.Unit) { u.Sector = "" })))
	if u, _ := s.Unit(bg, "ptp-cl"); u.Sector != "" {
		t.Errorf("sector after clearing = %q, want none", u.Sector)
	}
}

// testCopyLines checks that org.Copy carries the sector units, whatever
// the order of IDs: the Sở's ID sorts before the Bộ's.
func testCopyLines(t *testing.T, newStore func(*testing.T) org.Store) {
	src := newStore(t)
	for _, u := range LineUnits() {
		if u.ID == "bo-tp" {
			u.ID = "zz-bo-tp"
		}
		if u.Sector == "bo-tp" {
			u.Sector = "zz-bo-tp"
		}
		noErr(t, "AddUnit "+string(u.ID), src.AddUnit(bg, u))
	}
	dst := newStore(t)
	noErr(t, "Copy", org.Copy(bg, dst, src))
	want, err := src.Units(bg, org.UnitFilter{})
	noErr(t, "Units", err)
	got, err := dst.Units(bg, org.UnitFilter{})
	noErr(t, "Units", err)
	check(t, "units copied with their sector", want, got)
}

// testScaleLines checks the sector line against a scale: a unit ranks
// below its sector unit as below its parent.
func testScaleLines(newStore func(*testing.T, org.Scale) org.Store) func(*testing.T) {
	return func(t *testing.T) {
		s := newStore(t, org.JusticeLocalScale())
		for _, u := range LineUnits() {
			noErr(t, "AddUnit "+string(u.ID), s.AddUnit(bg, u))
		}
		// A Sở (rank 2) whose sector a Phòng (rank 3) would guide.
		err := s.AddUnit(bg, org.Unit{ID: "x", Name: "Sở Tư pháp tỉnh Sa Đéc", Level: org.LevelSoTuPhap, Parent: "ubnd-dt",
			Sector: "ptp-cl", Exists: period(d(2000, 1, 1), d(2020, 12, 31))})
		wantErr(t, "a sector unit ranked below the unit", err, thidua.ErrInvalid)
		// Two units of one rank: a Sở cannot guide another Sở.
		err = s.AddUnit(bg, org.Unit{ID: "x", Name: "Sở Tư pháp tỉnh Sa Đéc", Level: org.LevelSoTuPhap, Parent: "ubnd-dt",
			Sector: "stp-dt", Exists: thidua.Since(d(2000, 1, 1))})
		wantErr(t, "a sector unit of the same rank", err, thidua.ErrInvalid)
		if _, err := s.Unit(bg, "x"); err == nil {
			t.Error("a refused unit was stored")
		}
	}
}

// unitIn returns the unit id of us changed by f.
func unitIn(us []org.Unit, id org.UnitID, f func(*org.Unit)) org.Unit {
	for _, u := range us {
		if u.ID == id {
			f(&u)
			return u
		}
	}
	panic("orgtest: no unit " + string(id))
}

// fixtureSorted returns us sorted by ID, as Units lists them.
func fixtureSorted(us []org.Unit) []org.Unit {
	out := append([]org.Unit(nil), us...)
	slices.SortFunc(out, func(a, b org.Unit) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return out
}
