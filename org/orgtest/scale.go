package orgtest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// RunScaleTests runs the tests of level checking against stores made by
// newStore, which returns a fresh, empty store for the test t that checks
// unit levels against the scale it is given (the memory store:
// org.NewMemStore(org.WithScale(sc))).
// Level checking is optional: a store created without a scale accepts any
// level, and RunStoreTests does not test levels. With a scale, a unit's
// level must be a code of the scale and rank strictly below its parent's.
func RunScaleTests(t *testing.T, newStore func(t *testing.T, sc org.Scale) org.Store) {
	t.Run("Fixture", func(t *testing.T) {
		// The fixture follows the justice scale: Bộ → Cục THADS tỉnh →
		// Chi cục, and Bộ → THADS tỉnh → Phòng THADS khu vực.
		s := newStore(t, org.JusticeScale())
		load(t, s)
		got, err := s.Units(bg, org.UnitFilter{})
		noErr(t, "Units", err)
		check(t, "units stored", unitIDs(fixtureUnitsByID()), unitIDs(got))
	})
	t.Run("Accepted", testScaleAccepted(newStore))
	t.Run("Rejected", testScaleRejected(newStore))
	t.Run("SectorLine", testScaleLines(newStore))
	t.Run("EmptyScale", func(t *testing.T) {
		s := newStore(t, org.Scale{})
		u := fixtureUnits()[0]
		wantErr(t, "a scale without levels accepts no unit", s.AddUnit(bg, u), thidua.ErrInvalid)
		_, err := s.Unit(bg, u.ID)
		wantErr(t, "rejected unit stored", err, thidua.ErrNotFound)
	})
}

// fixtureUnitsByID returns the fixture units sorted by ID, as Units does.
func fixtureUnitsByID() []org.Unit {
	us := fixtureUnits()
	slices.SortFunc(us, func(a, b org.Unit) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return us
}

func testScaleAccepted(newStore func(*testing.T, org.Scale) org.Store) func(*testing.T) {
	return func(t *testing.T) {
		tests := []struct {
			name   string
			reason string
			op     op
		}{
			{"branch under province", "Chi cục (rank 3) under a Cục THADS tỉnh (rank 2)",
				addUnit(newUnit(func(*org.Unit) {}))},
			{"skipping a level", "a unit may sit more than one rank below its parent: a Chi cục directly under the Bộ",
				addUnit(newUnit(func(u *org.Unit) { u.Parent = "bo" }))},
			{"new structure", "Phòng THADS khu vực (rank 3) under THADS tỉnh (rank 2)",
				addUnit(newUnit(func(u *org.Unit) {
					u.Level, u.Parent, u.Exists = org.LevelPhongTHADSKhuVuc, "dtm", thidua.Since(merged)
				}))},
			{"old and new names side by side", "THADS tỉnh has the rank of Cục THADS tỉnh: a Chi cục under it is below",
				addUnit(newUnit(func(u *org.Unit) { u.Parent, u.Exists = "dtm", thidua.Since(merged) }))},
			{"root", "a root may have any level of the scale", addUnit(org.Unit{ID: "new", Name: "Cục Quản lý thi hành án dân sự",
				Level: org.LevelCucQuanLyTHADS, Exists: thidua.Since(merged)})},
			{"level padded", "the level code is trimmed before the check",
				addUnit(newUnit(func(u *org.Unit) { u.Level = " " + org.LevelChiCucTHADSHuyen + " " }))},
			{"update keeping ranks", "correcting a Cục's short name keeps its level",
				correctUnit(unitWith("dt", func(u *org.Unit) { u.ShortName = "Cục THADS tỉnh Đồng Tháp" }))},
			{"rename keeping ranks", "renaming a Cục keeps its level",
				renameUnit("dt", split, "Cục Thi hành án dân sự tỉnh Đồng Tháp (mới)", "")},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s := newStore(t, org.JusticeScale())
				load(t, s)
				if err := tt.op(bg, s); err != nil {
					t.Errorf("%s: unexpected error: %v", tt.reason, err)
				}
			})
		}
	}
}

func testScaleRejected(newStore func(*testing.T, org.Scale) org.Store) func(*testing.T) {
	return func(t *testing.T) {
		tests := []struct {
			name   string
			reason string
			op     op
		}{
			{"empty level", "with a scale every unit has a level",
				addUnit(newUnit(func(u *org.Unit) { u.Level = "" }))},
			{"blank level", "white space is no level",
				addUnit(newUnit(func(u *org.Unit) { u.Level = "  " }))},
			{"typo", "cuc-thads-tnh is not a code of the scale",
				addUnit(newUnit(func(u *org.Unit) { u.Level = "cuc-thads-tnh" }))},
			{"level name not code", "levels are given by code, not by name",
				addUnit(newUnit(func(u *org.Unit) { u.Level = "Chi cục Thi hành án dân sự cấp huyện" }))},
			{"ministry under province", "a Bộ (rank 0) cannot sit under a Cục THADS tỉnh (rank 2)",
				addUnit(newUnit(func(u *org.Unit) { u.Level = org.LevelBo }))},
			{"same rank", "a Cục THADS tỉnh under a Cục THADS tỉnh is not below it",
				addUnit(newUnit(func(u *org.Unit) { u.Level = org.LevelCucTHADSTinh }))},
			{"same rank other name", "THADS tỉnh has the rank of Cục THADS tỉnh",
				addUnit(newUnit(func(u *org.Unit) { u.Level = org.LevelTHADSTinh }))},
			{"update above parent", "a Chi cục cannot become a Bộ under its Cục",
				updateUnit(unitWith("dt-sadec", func(u *org.Unit) { u.Level = org.LevelBo }))},
			{"update to unknown level", "updates are checked as additions",
				updateUnit(unitWith("dt-sadec", func(u *org.Unit) { u.Level = "chi-cuc" }))},
			{"update below children", "a Cục turned Chi cục would rank with its own Chi cục",
				updateUnit(unitWith("dt", func(u *org.Unit) { u.Level = org.LevelChiCucTHADSHuyen }))},
			{"update moves under a peer", "Tiền Giang moved under Đồng Tháp: a Cục under a Cục",
				updateUnit(unitWith("tg", func(u *org.Unit) { u.Parent = "dt" }))},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s := newStore(t, org.JusticeScale())
				load(t, s)
				before := snapshot(t, s)
				wantErr(t, tt.reason, tt.op(context.Background(), s), thidua.ErrInvalid)
				check(t, "store after the failed call", before, snapshot(t, s))
			})
		}
	}
}
