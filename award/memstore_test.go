package award_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardtest"
	"github.com/thidua-go/thidua/org"
)

func TestMemStore(t *testing.T) {
	awardtest.RunStoreTests(t, func(*testing.T) award.Store { return award.NewMemStore() })
}

func TestMemStoreDirectory(t *testing.T) {
	awardtest.RunDirectoryTests(t, func(_ *testing.T, opts ...award.Option) award.Store { return award.NewMemStore(opts...) })
}

// TestMemStoreNilCatalogue checks that WithCatalogue(nil) keeps the default
// catalogue instead of panicking.
func TestMemStoreNilCatalogue(t *testing.T) {
	ctx := context.Background()
	s := award.NewMemStore(award.WithCatalogue(nil), nil)
	d := award.Decision{ID: "d1", Number: thidua.MustParseDocNumber("01/QĐ-CTHADS"), Date: day(2020, 1, 10), Issuer: "cuc",
		SignerTitle: "Cục trưởng", Grants: []award.Grant{{ID: "g1", Subject: award.Subject{Kind: award.LDTT, Recipient: award.PersonRecipient("p1"), Year: 2019}}}}
	if err := s.AddDecision(ctx, d); err != nil {
		t.Errorf("AddDecision with the default catalogue: %v", err)
	}
	if _, err := s.Kind(award.CSTDBo); err != nil {
		t.Errorf("Kind(CSTDBo): %v", err)
	}
}

// TestMemStoreConflictWording checks that a conflict with an approved
// nomination does not call it open.
func TestMemStoreConflictWording(t *testing.T) {
	ctx := context.Background()
	s := award.NewMemStore()
	n := apply(t, newNomination(award.LDTT, award.PersonRecipient("p1"), "cc1", "cuc"), act(award.Propose, "cc1", day(2020, 1, 5)))
	if err := s.AddNomination(ctx, n); err != nil {
		t.Fatal(err)
	}
	for _, tr := range []award.Transition{to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"), act(award.Approve, "cuc", day(2020, 1, 7))} {
		var err error
		if n, err = n.Apply(tr, testTree()); err != nil {
			t.Fatal(err)
		}
		if err := s.UpdateNomination(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	again := newNomination(award.LDTT, award.PersonRecipient("p1"), "cc1", "cuc")
	again.ID = "dn2"
	again = apply(t, again, act(award.Propose, "cc1", day(2020, 1, 8)))
	err := s.AddNomination(ctx, again)
	if !errors.Is(err, thidua.ErrConflict) || !strings.Contains(err.Error(), "approved and not yet granted") || strings.Contains(err.Error(), "open") {
		t.Errorf("AddNomination over an approved nomination = %v, want a conflict saying it is approved", err)
	}
}

// TestGrantMatchesNominationBasis checks that a grant gives what its
// nomination proposed: a nomination that does not state the basis of the
// commendation (Law 2022 art. 8) is given on any basis of the kind; a stated
// one must match, and the refusal names the bases and leaves an absent
// period as "-".
func TestGrantMatchesNominationBasis(t *testing.T) {
	ctx := context.Background()
	approvedBangKhen := func(t *testing.T, s *award.MemStore, basis award.Basis) {
		t.Helper()
		n := award.Nomination{ID: "dn1", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient("p1"), Year: 2019, Basis: basis},
			Proposer: "cc1", Authority: "bo"}
		if _, err := award.Start(ctx, s, newFakeOrg(), n, act(award.Propose, "cc1", day(2020, 1, 5))); err != nil {
			t.Fatal(err)
		}
		for _, tr := range []award.Transition{to(act(award.Submit, "cc1", day(2020, 1, 6)), "bo"), act(award.Approve, "bo", day(2020, 1, 7))} {
			if _, err := award.Advance(ctx, s, newFakeOrg(), "dn1", tr); err != nil {
				t.Fatal(err)
			}
		}
	}
	grantOn := func(basis award.Basis) award.Decision {
		return award.Decision{ID: "qd1", Number: thidua.MustParseDocNumber("12/QĐ-BTP"), Date: day(2020, 2, 1), Issuer: "bo",
			SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: []award.Grant{{ID: "g1", Nomination: "dn1",
				Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient("p1"), Year: 2019, Basis: basis}}}}
	}
	tests := []struct {
		name        string
		reason      string
		nom, grant  award.Basis
		ok          bool
		msgContains []string
	}{
		{"unstated, granted regular", "an unstated basis matches any basis the kind allows", 0, award.Regular, true, nil},
		{"unstated, granted unstated", "nothing stated on either side", 0, 0, true, nil},
		{"regular, granted regular", "the same basis", award.Regular, award.Regular, true, nil},
		{"regular, granted ad hoc", "a stated basis must match", award.Regular, award.AdHoc, false,
			[]string{"basis thường xuyên", "basis đột xuất", "period -", "movement -"}},
		{"regular, granted unstated", "a stated basis must match", award.Regular, 0, false, []string{"basis -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := award.NewMemStore()
			approvedBangKhen(t, s, tt.nom)
			err := s.AddDecision(ctx, grantOn(tt.grant))
			if tt.ok {
				if err != nil {
					t.Errorf("%s: AddDecision: %v", tt.reason, err)
				}
				return
			}
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("%s: AddDecision = %v, want ErrInvalid", tt.reason, err)
			}
			for _, m := range tt.msgContains {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("%s: error %q does not say %q", tt.reason, err, m)
				}
			}
			if strings.Contains(err.Error(), "period /") {
				t.Errorf("error %q prints an absent period as \"/\"", err)
			}
		})
	}
}

// TestGrantsReadPaths checks that Grants gives the same answer whether it
// scans every grant in ID order (many recipients) or sorts the grants of a
// few: against a filter written out by hand, over grants added in an order
// that is not the order of their IDs, some revoked.
func TestGrantsReadPaths(t *testing.T) {
	ctx := context.Background()
	s := award.NewMemStore()
	rng := rand.New(rand.NewPCG(1, 2))
	var all []award.Grant
	for d := range 40 {
		dec := award.Decision{ID: fmt.Sprintf("d%02d", d), Number: thidua.DocNumber{Number: d + 1, Symbol: "QĐ-BTP"},
			Date: day(2015+d%6, 3, 1), Issuer: "bo", SignerTitle: "Bộ trưởng"}
		for i := range 50 {
			id := fmt.Sprintf("g%05d", rng.IntN(100_000))
			r := award.PersonRecipient(org.PersonID(fmt.Sprintf("p%d", rng.IntN(300))))
			if i%7 == 0 {
				r = award.UnitRecipient(org.UnitID(fmt.Sprintf("u%d", rng.IntN(20))))
			}
			dec.Grants = append(dec.Grants, award.Grant{ID: id, Subject: award.Subject{Kind: award.GiayKhen, Recipient: r, Year: 2014 + d%6}})
		}
		if err := s.AddDecision(ctx, dec); err != nil {
			continue // a repeated random ID: the decision is refused whole
		}
		if d%3 == 0 {
			if err := s.Revoke(ctx, dec.Grants[0].ID, award.Revocation{Date: day(2022, 1, 1), Reason: "Sai phạm"}); err != nil {
				t.Fatal(err)
			}
		}
		// Reads between additions: the ID order is brought up to date.
		if _, err := s.Grants(ctx, award.GrantFilter{}); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Grants(ctx, award.GrantFilter{IncludeRevoked: true})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.IsSortedFunc(all, func(a, b award.Grant) int { return strings.Compare(a.ID, b.ID) }) || len(all) < 1000 {
		t.Fatalf("%d grants, sorted %v", len(all), slices.IsSortedFunc(all, func(a, b award.Grant) int { return strings.Compare(a.ID, b.ID) }))
	}
	for _, size := range []int{1, 3, 30, 300} {
		for range 10 {
			f := award.GrantFilter{IncludeRevoked: rng.IntN(2) == 0, Period: thidua.Year(2016 + rng.IntN(4))}
			want := map[award.Recipient]bool{}
			for range size {
				p := org.PersonID(fmt.Sprintf("p%d", rng.IntN(300)))
				u := org.UnitID(fmt.Sprintf("u%d", rng.IntN(20)))
				f.People, f.Units = append(f.People, p), append(f.Units, u)
				want[award.PersonRecipient(p)], want[award.UnitRecipient(u)] = true, true
			}
			expected := []award.Grant{}
			for _, g := range all {
				if want[g.Recipient] && (f.IncludeRevoked || !g.IsRevoked()) && g.Span().Overlaps(f.Period) {
					expected = append(expected, g)
				}
			}
			got, err := s.Grants(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(expected, append([]award.Grant{}, got...)); diff != "" {
				t.Fatalf("%d recipients: Grants differs from the filter by hand (-want +got):\n%s", 2*size, diff)
			}
		}
	}
}

// TestScanFactsSortedPeople checks the numbering of listed people when
// the list is in ID order, as reports give it (the store then walks its own
// index of people in order): each person is numbered by their first place
// in the list, whatever recipients were added between reads, and people
// never awarded are skipped.
func TestScanFactsSortedPeople(t *testing.T) {
	ctx := context.Background()
	s := award.NewMemStore()
	rng := rand.New(rand.NewPCG(3, 4))
	for d := range 30 {
		dec := award.Decision{ID: fmt.Sprintf("d%02d", d), Number: thidua.DocNumber{Number: d + 1, Symbol: "QĐ-BTP"},
			Date: day(2016, 3, 1), Issuer: "bo", SignerTitle: "Bộ trưởng"}
		for i := range 20 {
			r := award.PersonRecipient(org.PersonID(fmt.Sprintf("p%03d", rng.IntN(400))))
			if i%5 == 0 {
				r = award.UnitRecipient(org.UnitID(fmt.Sprintf("u%d", rng.IntN(10))))
			}
			dec.Grants = append(dec.Grants, award.Grant{ID: fmt.Sprintf("g%02d-%02d", d, i), Subject: award.Subject{Kind: award.GiayKhen, Recipient: r, Year: 2015}})
		}
		if err := s.AddDecision(ctx, dec); err != nil {
			t.Fatal(err)
		}
		// Read between additions: new recipients join the index.
		var people []org.PersonID
		for range 50 + rng.IntN(400) {
			people = append(people, org.PersonID(fmt.Sprintf("p%03d", rng.IntN(450)))) // some never awarded
		}
		slices.Sort(people) // duplicates kept: the first place counts
		f := award.GrantFilter{People: people, Units: []org.UnitID{"u3", "u1"}}
		want, err := s.Grants(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		err = award.ScanFacts(ctx, s, f, func(x award.GrantFacts, g func() award.Grant) error {
			gr := g()
			got = append(got, gr.ID)
			place := len(people) + slices.Index(f.Units, gr.Recipient.Unit)
			if p := gr.Recipient.Person; p != "" {
				place = slices.Index(people, p)
			}
			if x.Recipient != place {
				t.Errorf("after %d decisions: %s to %v numbered %d, want its first place %d", d+1, gr.ID, gr.Recipient, x.Recipient, place)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		wantIDs := make([]string, len(want))
		for i, g := range want {
			wantIDs[i] = g.ID
		}
		if len(want) == 0 || !slices.Equal(got, wantIDs) {
			t.Fatalf("after %d decisions: ScanFacts visits %v, Grants returns %v", d+1, got, wantIDs)
		}
	}
}
