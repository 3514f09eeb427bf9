package awardtest

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
)

// testProposalPost: the post a proposal names its candidate by is kept as
// written (cleaned), read back by every query, refused for a collective
// and never changed by a later step.
func testProposalPost(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	n := award.Nomination{
		ID: "n1", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: p2,
			Period: thidua.Years(2020, 2024)},
		Proposer: "cc2", Authority: "bo", Post: "  Chi cục trưởng   Chi cục Thi hành án dân sự huyện Tháp Mười ",
	}
	n, err := n.Apply(award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc2"}, On: day(2025, 1, 5)}, fixture())
	mustOK(t, err)
	const post = "Chi cục trưởng Chi cục Thi hành án dân sự huyện Tháp Mười"
	if n.Post != post {
		t.Fatalf("Apply(propose).Post = %q, want %q", n.Post, post)
	}
	mustOK(t, s.AddNomination(ctx, n))
	got, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	if got.Post != post || got.Period != thidua.Years(2020, 2024) {
		t.Errorf("Nomination(n1) post %q, period %s; want %q, %s", got.Post, got.Period, post, thidua.Years(2020, 2024))
	}
	list, err := s.Nominations(ctx, award.NominationFilter{Proposer: "cc2"})
	mustOK(t, err)
	if len(list) != 1 || list[0].Post != post {
		t.Errorf("Nominations(proposer cc2) = %+v, want n1 with its post", list)
	}
	// Without a post the proposal leaves it to the organisation's records.
	plain := proposed(t, "n2", award.BangKhenBo, p1, 2024, "cc1", "bo")
	mustOK(t, s.AddNomination(ctx, plain))
	if got, err := s.Nomination(ctx, "n2"); err != nil || got.Post != "" {
		t.Errorf("Nomination(n2) post %q, %v; want none", got.Post, err)
	}

	before := snap(t, s)
	// A collective has no post.
	unit := award.Nomination{ID: "n3", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: u1, Year: 2024},
		Proposer: "cc1", Authority: "bo", Post: "Chi cục trưởng"}
	if _, err := unit.Apply(award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc1"}, On: day(2025, 1, 5)}, fixture()); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Apply(propose a collective with a post) = %v, want ErrInvalid", err)
	}
	forged := proposed(t, "n3", award.BangKhenBo, u1, 2024, "cc1", "bo")
	forged.Post = "Chi cục trưởng"
	if err := s.AddNomination(ctx, forged); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("AddNomination(a collective with a post) = %v, want ErrInvalid", err)
	}
	// A later step cannot rewrite the post.
	next, err := n.Apply(award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc2"}, On: day(2025, 2, 1), To: "cuc"}, fixture())
	mustOK(t, err)
	next.Post = "Giám đốc"
	var te *thidua.Error
	if err := s.UpdateNomination(ctx, next); !errors.Is(err, thidua.ErrInvalid) || !errors.As(err, &te) || te.Field != "post" {
		t.Errorf("UpdateNomination(post changed) = %v, want ErrInvalid on field post", err)
	}
	// A post of bad text is refused, naming the field.
	bad := n
	bad.ID, bad.Post, bad.History, bad.State = "n4", "Giám\x00đốc", nil, 0
	if _, err := bad.Apply(award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc2"}, On: day(2025, 1, 5)}, fixture()); !errors.As(err, &te) || te.Field != "post" {
		t.Errorf("Apply(propose with a post holding NUL) = %v, want an error on field post", err)
	}
	if diff := cmp.Diff(before, snap(t, s)); diff != "" {
		t.Errorf("refused writes changed the store (-before +after):\n%s", diff)
	}
	// The step itself, with the post as proposed, is stored.
	next.Post = post
	mustOK(t, s.UpdateNomination(ctx, next))
	if got, err := s.Nomination(ctx, "n1"); err != nil || got.Post != post || got.State != award.Submitted {
		t.Errorf("Nomination(n1) after submit: post %q, state %s, %v", got.Post, got.State, err)
	}
}

// testUnknownNumber: a decision published without its number is stored
// when that is said (NumberUnknown), several in one year, and read back as
// such; a number left empty without saying so is refused.
func testUnknownNumber(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	ttg := func(id string, g award.Grant) award.Decision {
		return award.Decision{ID: id, NumberUnknown: true, Date: day(2024, 6, 1), IssuerName: "Thủ tướng Chính phủ",
			SignerTitle: "Thủ tướng Chính phủ", Grants: []award.Grant{g}}
	}
	d1 := ttg("d1", grant("g1", award.BangKhenTTg, u1, 2023))
	d2 := ttg("d2", grant("g2", award.BangKhenTTg, p1, 2023))
	mustOK(t, s.AddDecision(ctx, d1))
	mustOK(t, s.AddDecision(ctx, d2)) // two unnumbered decisions of one year do not collide
	// A numbered decision of the same year is unaffected.
	mustOK(t, s.AddDecision(ctx, decision("d3", "410/QĐ-BTP", day(2024, 6, 1), "bo", grant("g3", award.BangKhenBo, u2, 2023))))

	got, err := s.Decision(ctx, "d1")
	mustOK(t, err)
	want := d1
	want.Grants = []award.Grant{d1.Grants[0]}
	want.Grants[0].Decision = "d1"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Decision(d1) (-want +got):\n%s", diff)
	}
	heads, err := s.Decisions(ctx, award.DecisionFilter{Period: thidua.Year(2024), WithoutGrants: true})
	mustOK(t, err)
	var unknown []string
	for _, h := range heads {
		if h.NumberUnknown != h.Number.IsZero() {
			t.Errorf("Decisions: %s number %q, unknown %v", h.ID, h.Number, h.NumberUnknown)
		}
		if h.NumberUnknown {
			unknown = append(unknown, h.ID)
		}
	}
	if diff := cmp.Diff([]string{"d1", "d2"}, unknown); diff != "" {
		t.Errorf("decisions read as unnumbered (-want +got):\n%s", diff)
	}

	before := snap(t, s)
	var te *thidua.Error
	// A number left empty without saying it is unknown.
	empty := ttg("d4", grant("g4", award.BangKhenTTg, p2, 2023))
	empty.NumberUnknown = false
	if err := s.AddDecision(ctx, empty); !errors.Is(err, thidua.ErrInvalid) || !errors.As(err, &te) || te.Field != "number" {
		t.Errorf("AddDecision(no number, not said unknown) = %v, want ErrInvalid on field number", err)
	}
	// A number given and said unknown.
	both := ttg("d4", grant("g4", award.BangKhenTTg, p2, 2023))
	both.Number = thidua.MustParseDocNumber("411/QĐ-TTg")
	if err := s.AddDecision(ctx, both); !errors.Is(err, thidua.ErrInvalid) || !errors.As(err, &te) || te.Field != "number" {
		t.Errorf("AddDecision(a number said unknown) = %v, want ErrInvalid on field number", err)
	}
	if diff := cmp.Diff(before, snap(t, s)); diff != "" {
		t.Errorf("refused writes changed the store (-before +after):\n%s", diff)
	}
}

// testReturned: a dossier appraised and returned is stored with its steps
// and reason, ends the nomination, and lets go of its title.
func testReturned(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	n := proposed(t, "n1", award.CSTDBo, p1, 2019, "cc1", "bo")
	mustOK(t, s.AddNomination(ctx, n))
	on := day(2020, 2, 1)
	n = step(t, s, n, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: on, To: "cuc"})
	n = step(t, s, n, award.Transition{Action: award.Forward, By: award.Actor{Unit: "cuc"}, On: on, To: "bo"})
	n = step(t, s, n, award.Transition{Action: award.Appraise, By: award.Actor{Unit: "bo", Name: "Vụ Thi đua - Khen thưởng"}, On: on})
	// A step not taken by the holder is refused, the store unchanged.
	before := snap(t, s)
	forged, err := n.Apply(award.Transition{Action: award.Return, By: award.Actor{Unit: "bo"}, On: on, Reason: "Hồ sơ chưa đầy đủ"}, fixture())
	mustOK(t, err)
	forged.History[len(forged.History)-1].By.Unit = "cuc"
	if err := s.UpdateNomination(ctx, forged); !errors.Is(err, thidua.ErrPermission) {
		t.Errorf("UpdateNomination(return by a unit not holding it) = %v, want ErrPermission", err)
	}
	if diff := cmp.Diff(before, snap(t, s)); diff != "" {
		t.Errorf("a refused step changed the store (-before +after):\n%s", diff)
	}
	n = step(t, s, n, award.Transition{Action: award.Return, By: award.Actor{Unit: "bo"}, On: day(2020, 2, 3), Reason: "  Hồ sơ chưa  đầy đủ "})
	got, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	if diff := cmp.Diff(n, got); diff != "" {
		t.Errorf("Nomination(n1) (-want +got):\n%s", diff)
	}
	if last := got.History[len(got.History)-1]; got.State != award.Returned || last.Action != award.Return || last.Reason != "Hồ sơ chưa đầy đủ" {
		t.Errorf("stored: state %s, last step %s %q", got.State, last.Action, last.Reason)
	}
	if ns, err := s.Nominations(ctx, award.NominationFilter{States: []award.State{award.Returned}}); err != nil || len(ns) != 1 {
		t.Errorf("Nominations(returned) = %d, %v; want n1", len(ns), err)
	}
	// The title is free: the proposer proposes anew.
	mustOK(t, s.AddNomination(ctx, proposed(t, "n2", award.CSTDBo, p1, 2019, "cc1", "bo")))
}
