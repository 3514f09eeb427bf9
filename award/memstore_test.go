package award_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardtest"
)

func TestMemStore(t *testing.T) {
	awardtest.RunStoreTests(t, func(*testing.T) award.Store { return award.NewMemStore() })
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
