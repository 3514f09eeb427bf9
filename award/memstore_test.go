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
	awardtest.RunStoreTests(t, func() award.Store { return award.NewMemStore() })
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
