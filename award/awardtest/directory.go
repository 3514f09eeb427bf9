package awardtest

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// Directory returns the organisation of the suite's fixtures as an
// org.Store, with the units' periods: the ministry and the department since
// 2000, the branch cc1 since 2010, the branch cc2 from 2015 to 2024 (ended
// by a restructuring), the branch cc3 only from 2026; people p1 (cc1), p2
// (cc2, until 2024) and p3 (cuc).
func Directory(t *testing.T) *org.MemStore {
	t.Helper()
	ctx := context.Background()
	s := org.NewMemStore()
	for _, u := range []org.Unit{
		{ID: "bo", Name: "Bộ Tư pháp", Exists: thidua.Since(day(2000, 1, 1))},
		{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Parent: "bo", Exists: thidua.Since(day(2000, 1, 1))},
		{ID: "cc1", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc", Exists: thidua.Since(day(2010, 1, 1))},
		{ID: "cc2", Name: "Chi cục Thi hành án dân sự huyện Tháp Mười", Parent: "cuc",
			Exists: thidua.Period{From: day(2015, 1, 1), To: day(2024, 12, 31)}},
		{ID: "cc3", Name: "Phòng Thi hành án dân sự khu vực 3", Parent: "cuc", Exists: thidua.Since(day(2026, 1, 1))},
	} {
		mustOK(t, s.AddUnit(ctx, u))
	}
	for _, p := range []org.Person{
		{ID: "p1", FullName: "Nguyễn Văn An", Assignments: []org.Assignment{{Unit: "cc1", Position: "Chấp hành viên", Period: thidua.Since(day(2010, 1, 1))}}},
		{ID: "p2", FullName: "Trần Thị Bình", Assignments: []org.Assignment{{Unit: "cc2", Position: "Chấp hành viên",
			Period: thidua.Period{From: day(2015, 1, 1), To: day(2024, 12, 31)}}}},
		{ID: "p3", FullName: "Lê Văn Cường", Assignments: []org.Assignment{{Unit: "cuc", Position: "Cục trưởng", Period: thidua.Since(day(2010, 1, 1))}}},
	} {
		mustOK(t, s.AddPerson(ctx, p))
	}
	return s
}

// RunDirectoryTests checks a store made with award.WithDirectory against
// the organisation of [Directory]: newStore must return a fresh, empty
// store made with opts (and award.DefaultCatalogue). A decision issued by a
// unit that does not exist, or not on its date, a grant to a person or a
// unit that does not exist, or to a unit that did not exist during the
// achievement, and a nomination proposed by a unit on a day it did not
// exist, are refused with thidua.ErrInvalid and leave the store unchanged;
// the same records naming existing parties are stored. It also checks
// award.Decide, the checked path, on a store made without a directory.
func RunDirectoryTests(t *testing.T, newStore func(t *testing.T, opts ...award.Option) award.Store) {
	t.Helper()
	ctx := context.Background()
	dir := Directory(t)
	decisions := []struct {
		name string
		d    award.Decision
	}{
		{"unknown issuer", decision("d1", "10/QĐ-BTP", day(2020, 3, 1), "bo-tp", grant("g1", award.LDTT, p1, 2019))},
		{"issuer not yet existing", decision("d1", "10/QĐ-CTHADS", day(2025, 12, 1), "cc3", grant("g1", award.LDTT, p1, 2024))},
		{"issuer no longer existing", decision("d1", "10/QĐ-CCTHADS", day(2025, 3, 1), "cc2", grant("g1", award.LDTT, p2, 2024))},
		{"unknown person", decision("d1", "10/QĐ-BTP", day(2020, 3, 1), "bo", grant("g1", award.LDTT, award.PersonRecipient("p9"), 2019))},
		{"unknown unit", decision("d1", "10/QĐ-BTP", day(2020, 3, 1), "bo", grant("g1", award.CoBo, award.UnitRecipient("cc9"), 2019))},
		{"unit not existing in the year", decision("d1", "10/QĐ-BTP", day(2015, 3, 1), "bo", grant("g1", award.CoBo, u2, 2014))},
		{"second grant bad", decision("d1", "10/QĐ-BTP", day(2020, 3, 1), "bo",
			grant("g1", award.LDTT, p1, 2019), grant("g2", award.LDTT, award.PersonRecipient("p9"), 2019))},
	}
	t.Run("RefusedDecisions", func(t *testing.T) {
		for _, tc := range decisions {
			t.Run(tc.name, func(t *testing.T) {
				s := newStore(t, award.WithDirectory(dir))
				before := snap(t, s)
				err := s.AddDecision(ctx, tc.d)
				if !errors.Is(err, thidua.ErrInvalid) {
					t.Fatalf("AddDecision: %v, want ErrInvalid", err)
				}
				if diff := cmp.Diff(before, snap(t, s)); diff != "" {
					t.Errorf("store changed by a refused decision (-before +after):\n%s", diff)
				}
				// The checked path refuses it the same way on a store
				// that checks nothing itself.
				plain := newStore(t)
				if _, err := award.Decide(ctx, plain, dir, tc.d); !errors.Is(err, thidua.ErrInvalid) {
					t.Errorf("Decide: %v, want ErrInvalid", err)
				}
				if _, err := plain.Decision(ctx, "d1"); !errors.Is(err, thidua.ErrNotFound) {
					t.Errorf("Decide stored a refused decision: %v", err)
				}
			})
		}
	})
	t.Run("AcceptedDecisions", func(t *testing.T) {
		s := newStore(t, award.WithDirectory(dir))
		ok := []award.Decision{
			decision("d1", "10/QĐ-BTP", day(2020, 3, 1), "bo", grant("g1", award.LDTT, p1, 2019), grant("g2", award.CoBo, u2, 2019)),
			// A unit ended since is rewarded for a year it existed.
			decision("d2", "11/QĐ-BTP", day(2025, 3, 1), "bo", grant("g3", award.CoBo, u2, 2024)),
			// An issuer outside the organisation, by name only.
			{ID: "d3", Number: thidua.MustParseDocNumber("12/QĐ-TTg"), Date: day(2020, 4, 1), IssuerName: "Thủ tướng Chính phủ",
				SignerTitle: "Thủ tướng Chính phủ", Grants: []award.Grant{grant("g4", award.BangKhenTTg, p3, 2019)}},
		}
		for _, d := range ok {
			mustOK(t, s.AddDecision(ctx, d))
		}
		plain := newStore(t)
		got, err := award.Decide(ctx, plain, dir, ok[0])
		mustOK(t, err)
		if got.ID != "d1" || len(got.Grants) != 2 || got.Grants[0].Decision != "d1" {
			t.Errorf("Decide returned %+v, want d1 with its two grants", got)
		}
		if _, err := award.Decide(ctx, plain, nil, ok[1]); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("Decide with no organisation: %v, want ErrInvalid", err)
		}
	})
	t.Run("Proposer", func(t *testing.T) {
		// The fixture tree knows no periods, so Apply lets these through;
		// the store's directory does not.
		bad := []award.Nomination{
			// Proposed on 2025-01-05; cc2 ended on 2024-12-31.
			proposed(t, "n1", award.LDTT, p2, 2024, "cc2", "cuc"),
			// Proposed on 2009-01-05; cc1 exists from 2010.
			proposed(t, "n2", award.TTLDXS, u1, 2008, "cc1", "bo"),
		}
		for _, n := range bad {
			s := newStore(t, award.WithDirectory(dir))
			if err := s.AddNomination(ctx, n); !errors.Is(err, thidua.ErrInvalid) {
				t.Errorf("AddNomination(%s): %v, want ErrInvalid", n.ID, err)
			}
			if _, err := s.Nomination(ctx, n.ID); !errors.Is(err, thidua.ErrNotFound) {
				t.Errorf("a refused nomination was stored: %v", err)
			}
		}
		s := newStore(t, award.WithDirectory(dir))
		mustOK(t, s.AddNomination(ctx, proposed(t, "n4", award.LDTT, p2, 2023, "cc2", "cuc")))
	})
}
