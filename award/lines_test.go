package award_test

import (
	"context"
	"errors"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgtest"
)

// linesOrg is an org.Store with the units of orgtest.LineUnits and people
// of the Sở and of the Phòng Tư pháp.
func linesOrg(t *testing.T) *org.MemStore {
	t.Helper()
	ctx := context.Background()
	s := org.NewMemStore(org.WithScale(org.JusticeLocalScale()))
	for _, u := range orgtest.LineUnits() {
		if err := s.AddUnit(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []org.Person{
		{ID: "gd", FullName: "Trần Thị Mai", Assignments: []org.Assignment{{Unit: "stp-dt", Position: "Giám đốc", Period: thidua.Since(day(2015, 1, 1))}}},
		{ID: "tp", FullName: "Lê Văn Tâm", Assignments: []org.Assignment{{Unit: "ptp-cl", Position: "Trưởng phòng", Period: thidua.Period{From: day(2015, 1, 1), To: day(2025, 6, 30)}}}},
	} {
		if err := s.AddPerson(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// TestSectorLine checks that a Sở Tư pháp, which belongs to the provincial
// People's Committee, proposes the Minister's Bằng khen to the Bộ Tư pháp
// guiding its sector, and the Phòng Tư pháp through the Sở; and the
// Committee's own awards along the administrative line.
func TestSectorLine(t *testing.T) {
	ctx := context.Background()
	h := linesOrg(t)
	propose := func(id string, r award.Recipient, proposer, authority org.UnitID, kind award.Code) award.Nomination {
		return award.Nomination{ID: id, Subject: award.Subject{Kind: kind, Recipient: r, Year: 2024}, Proposer: proposer, Authority: authority}
	}
	on := day(2025, 1, 10)
	s := award.NewMemStore()

	// The Sở proposes its Giám đốc to the Bộ, and submits it there.
	n := propose("n1", award.PersonRecipient("gd"), "stp-dt", "bo-tp", award.BangKhenBo)
	n, err := award.Start(ctx, s, h, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "stp-dt"}, On: on})
	if err != nil {
		t.Fatalf("Sở proposing to the Bộ: %v", err)
	}
	if got := award.RouteLine(mustTree(t, h, n), n); got != org.Sector {
		t.Errorf("RouteLine = %s, want the sector line", got)
	}
	// Not to its People's Committee, which is not on the way to the Bộ.
	_, err = award.Advance(ctx, s, h, "n1", award.Transition{Action: award.Submit, By: award.Actor{Unit: "stp-dt"}, On: on, To: "ubnd-dt"})
	var te *award.TransitionError
	if !errors.As(err, &te) || te.Code != award.NotAbove {
		t.Errorf("submit to the People's Committee for the Minister's award: %v, want %s", err, award.NotAbove)
	}
	if _, err := award.Advance(ctx, s, h, "n1", award.Transition{Action: award.Submit, By: award.Actor{Unit: "stp-dt"}, On: on, To: "bo-tp"}); err != nil {
		t.Errorf("submit to the Bộ: %v", err)
	}

	// The Phòng Tư pháp's head, through the Sở, to the Bộ.
	n2 := propose("n2", award.PersonRecipient("tp"), "ptp-cl", "bo-tp", award.BangKhenBo)
	if _, err := award.Start(ctx, s, h, n2, award.Transition{Action: award.Propose, By: award.Actor{Unit: "ptp-cl"}, On: on}); err != nil {
		t.Fatalf("Phòng proposing to the Bộ: %v", err)
	}
	if _, err := award.Advance(ctx, s, h, "n2", award.Transition{Action: award.Submit, By: award.Actor{Unit: "ptp-cl"}, On: on, To: "stp-dt"}); err != nil {
		t.Errorf("Phòng submitting to the Sở: %v", err)
	}
	if _, err := award.Advance(ctx, s, h, "n2", award.Transition{Action: award.Forward, By: award.Actor{Unit: "stp-dt"}, On: on, To: "bo-tp"}); err != nil {
		t.Errorf("Sở forwarding to the Bộ: %v", err)
	}

	// The Sở proposes to its People's Committee along the administrative
	// line.
	n3 := propose("n3", award.PersonRecipient("gd"), "stp-dt", "ubnd-dt", award.CSTDBo)
	n3, err = award.Start(ctx, s, h, n3, award.Transition{Action: award.Propose, By: award.Actor{Unit: "stp-dt"}, On: on})
	if err != nil {
		t.Fatalf("Sở proposing to its People's Committee: %v", err)
	}
	if got := award.RouteLine(mustTree(t, h, n3), n3); got != org.Administrative {
		t.Errorf("RouteLine = %s, want the administrative line", got)
	}

	// A unit on neither line of the proposer is still refused.
	n4 := propose("n4", award.PersonRecipient("tp"), "ptp-cl", "ubnd-xx", award.BangKhenBo)
	if _, err := award.Start(ctx, s, h, n4, award.Transition{Action: award.Propose, By: award.Actor{Unit: "ptp-cl"}, On: on}); err == nil {
		t.Error("a nomination to a unit on neither line was accepted")
	}
	// The Bộ's subtree on the sector line holds the Sở's staff, not the
	// People's Committee's other units: the Bộ cannot propose the
	// Committee itself.
	n5 := propose("n5", award.UnitRecipient("ubnd-cl"), "bo-tp", "bo-tp", award.CoBo)
	_, err = award.Start(ctx, s, h, n5, award.Transition{Action: award.Propose, By: award.Actor{Unit: "bo-tp"}, On: on})
	if !errors.As(err, &te) || te.Code != award.OutsideSubtree {
		t.Errorf("the Bộ proposing a district Committee: %v, want %s", err, award.OutsideSubtree)
	}
}

func mustTree(t *testing.T, h award.Hierarchy, n award.Nomination) *award.Tree {
	t.Helper()
	tree, err := award.TreeFor(context.Background(), h, n, award.Transition{})
	if err != nil {
		t.Fatal(err)
	}
	return tree
}
