package award_test

import (
	"errors"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
)

// A unit a dossier was sent to may return it, with a reason; the
// nomination ends there, and the proposer proposes anew. The unit holding
// it records the appraisal (thẩm định) without changing its state.
func TestReturnAndAppraise(t *testing.T) {
	tree := testTree()
	n := newNomination(award.CSTDBo, award.PersonRecipient("p1"), "cc1", "bo")
	apply := func(n award.Nomination, tr award.Transition) (award.Nomination, error) { return n.Apply(tr, tree) }
	must := func(n award.Nomination, err error) award.Nomination {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	n = must(apply(n, act(award.Propose, "cc1", day(2020, 1, 5))))
	// Nothing to return before it is sent.
	if _, err := apply(n, award.Transition{Action: award.Return, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 6), Reason: "x"}); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("return a draft = %v, want ErrInvalid", err)
	}
	n = must(apply(n, to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc")))
	// Only the holder returns it, and it says why.
	var te *award.TransitionError
	if _, err := apply(n, award.Transition{Action: award.Return, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 7), Reason: "x"}); !errors.Is(err, thidua.ErrPermission) {
		t.Errorf("return by a unit not holding it = %v, want ErrPermission", err)
	}
	if _, err := apply(n, act(award.Return, "cuc", day(2020, 1, 7))); !errors.As(err, &te) || te.Code != award.MissingReason {
		t.Errorf("return without a reason = %v, want %s", err, award.MissingReason)
	}
	// The Cục appraises it, then returns it.
	a := must(apply(n, award.Transition{Action: award.Appraise, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 7)}))
	if a.State != award.Submitted || a.Holder != "cuc" {
		t.Errorf("after appraise: state %s, holder %s; want %s at cuc", a.State, a.Holder, award.Submitted)
	}
	r := must(apply(a, award.Transition{Action: award.Return, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 8), Reason: "Hồ sơ chưa đầy đủ"}))
	if r.State != award.Returned || !r.State.Final() || r.State.String() != "trả lại" {
		t.Errorf("after return: state %s (final %v)", r.State, r.State.Final())
	}
	if p, ok := r.Pending(); !ok || p != (thidua.Period{From: day(2020, 1, 6), To: day(2020, 1, 7)}) {
		t.Errorf("Pending() = %s, %v; want 06/01 to 07/01/2020", p, ok)
	}
	if award.HoldsTitleOpen(award.Returned, false) {
		t.Error("a returned nomination holds its title open")
	}
	if _, err := apply(r, to(act(award.Submit, "cc1", day(2020, 1, 9)), "cuc")); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("submit a returned nomination = %v, want ErrInvalid", err)
	}
	// Appraisal does not apply to a draft sent nowhere.
	d := must(apply(newNomination(award.CSTDBo, award.PersonRecipient("p2"), "cc2", "bo"), act(award.Propose, "cc2", day(2020, 1, 5))))
	if _, err := apply(d, act(award.Appraise, "cc2", day(2020, 1, 6))); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("appraise a draft = %v, want ErrInvalid", err)
	}
}
