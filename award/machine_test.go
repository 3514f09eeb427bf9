package award_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
)

// TestCheckStepReplaysApply checks that the check a store makes on a step
// (CheckStep) accepts every step Apply makes, returning the same
// nomination, along the paths of the state machine.
func TestCheckStepReplaysApply(t *testing.T) {
	tree := testTree()
	paths := map[string]struct {
		n     award.Nomination
		steps []award.Transition
	}{
		"up to the ministry, voted, approved": {newNomination(award.CSTDBo, award.PersonRecipient("p1"), "cc1", "bo"), []award.Transition{
			{Action: award.Propose, By: award.Actor{Unit: "cc1", Name: "  Chi cục trưởng "}, On: day(2020, 1, 5),
				Verdict: &award.Verdict{Eligible: false, Summary: "Chưa có sáng kiến cấp bộ", Flagged: true}},
			to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"),
			to(act(award.Forward, "cuc", day(2020, 1, 7)), "bo"),
			{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 8), Vote: award.Vote{Members: 11, InFavour: 10, Threshold: award.Percent(90)}},
			{Action: award.Approve, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 8), Require: award.Percent(90)},
		}},
		"rejected": {newNomination(award.LDTT, award.PersonRecipient("p2"), "cc2", "cuc"), []award.Transition{
			act(award.Propose, "cc2", day(2020, 1, 5)),
			to(act(award.Submit, "cc2", day(2020, 1, 6)), "cuc"),
			{Action: award.Reject, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 9), Reason: "Chưa đủ tiêu chuẩn"},
		}},
		"the authority decides its own draft": {newNomination(award.LDTT, award.PersonRecipient("p1"), "cuc", "cuc"), []award.Transition{
			act(award.Propose, "cuc", day(2020, 1, 5)),
			act(award.Approve, "cuc", day(2020, 1, 6)),
		}},
		"appraised, then returned": {newNomination(award.CSTDBo, award.PersonRecipient("p1"), "cc1", "bo"), []award.Transition{
			act(award.Propose, "cc1", day(2020, 1, 5)),
			to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"),
			to(act(award.Forward, "cuc", day(2020, 1, 7)), "bo"),
			{Action: award.Appraise, By: award.Actor{Unit: "bo", Name: "Vụ Thi đua - Khen thưởng"}, On: day(2020, 1, 8), Reason: "Hồ sơ thiếu"},
			{Action: award.Return, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 9), Reason: "Hồ sơ chưa đầy đủ"},
		}},
		"withdrawn": {newNomination(award.GiayKhen, award.PersonRecipient("p1"), "cc1", "cuc"), []award.Transition{
			act(award.Propose, "cc1", day(2020, 1, 5)),
			act(award.Withdraw, "cc1", day(2020, 1, 6)),
		}},
	}
	for name, p := range paths {
		t.Run(name, func(t *testing.T) {
			prev := award.Proposal(p.n)
			for _, tr := range p.steps {
				next, err := prev.Apply(tr, tree)
				if err != nil {
					t.Fatalf("apply %s: %v", tr.Action, err)
				}
				got, err := award.CheckStep(prev, next, award.DefaultCatalogue())
				if err != nil {
					t.Fatalf("CheckStep after %s: %v", tr.Action, err)
				}
				if diff := cmp.Diff(next, got); diff != "" {
					t.Fatalf("CheckStep after %s (-Apply +CheckStep):\n%s", tr.Action, diff)
				}
				prev = next
			}
		})
	}
}

// TestCheckStepRefuses checks the refusals of CheckStep on steps made by
// hand: each names the rule of the state machine it breaks.
func TestCheckStepRefuses(t *testing.T) {
	tree := testTree()
	n := apply(t, newNomination(award.CSTDBo, award.PersonRecipient("p1"), "cc1", "bo"),
		act(award.Propose, "cc1", day(2020, 1, 5)), to(act(award.Submit, "cc1", day(2020, 1, 6)), "bo"))
	good, err := n.Apply(award.Transition{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 8),
		Vote: award.Vote{Members: 10, InFavour: 9, Threshold: award.Percent(90)}}, tree)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		reason string
		change func(*award.Nomination)
		code   award.TransitionCode
		want   error
	}{
		{"vote passed by hand", "9 of 10 reaches 90 %; 8 does not", func(m *award.Nomination) { m.Votes[0].InFavour = 8 }, award.BadVote, thidua.ErrInvalid},
		{"vote of another council", "a vote is the holder's council's", func(m *award.Nomination) { m.Votes[0].Unit = "cuc" }, award.BadVote, thidua.ErrInvalid},
		{"state moved", "RecordVote keeps the state", func(m *award.Nomination) { m.State = award.Approved; m.History[2].To = award.Approved }, award.BadHistory, thidua.ErrInvalid},
		{"holder moved", "RecordVote keeps the holder", func(m *award.Nomination) { m.Holder = "cuc"; m.History[2].Holder = "cuc" }, award.BadHistory, thidua.ErrInvalid},
		{"taken by another unit", "the holder's council votes", func(m *award.Nomination) { m.History[2].By.Unit = "cuc" }, award.NotHolder, thidua.ErrPermission},
		{"backdated", "steps keep their order in time", func(m *award.Nomination) { m.History[2].On = day(2020, 1, 1); m.Votes[0].On = day(2020, 1, 1) }, award.Backdated, thidua.ErrInvalid},
		{"verdict on a vote", "only propose, submit and forward attach verdicts", func(m *award.Nomination) {
			v := &award.Verdict{Eligible: true}
			m.History[2].Verdict, m.Verdict = v, v
		}, award.BadTransition, thidua.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := good.Clone()
			tt.change(&m)
			_, err := award.CheckStep(n, m, nil)
			var te *award.TransitionError
			if !errors.As(err, &te) || te.Code != tt.code || !errors.Is(err, tt.want) {
				t.Errorf("%s: CheckStep = %v, want a %s refusal wrapping %v", tt.reason, err, tt.code, tt.want)
			}
		})
	}
	if _, err := award.CheckStep(good, good, nil); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("CheckStep of a nomination without a new step = %v, want ErrConflict", err)
	}
}
