package award_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

func day(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }

// testTree is the organisation the transition tests use:
//
//	cp ─ bo ─┬─ cuc ──┬─ cc1 (p1; p4 until 2018)
//	         │        └─ cc2 (p2)
//	         └─ cuc2 ─── cc3 (p3)
func testTree() *award.Tree {
	since := thidua.Since(day(2010, 1, 1))
	return award.NewTree([]org.Unit{
		{ID: "cp", Name: "Chính phủ"},
		{ID: "bo", Name: "Bộ Tư pháp", Parent: "cp"},
		{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Parent: "bo"},
		{ID: "cuc2", Name: "Cục Thi hành án dân sự tỉnh Tiền Giang", Parent: "bo"},
		{ID: "cc1", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc"},
		{ID: "cc2", Name: "Chi cục Thi hành án dân sự huyện Tháp Mười", Parent: "cuc"},
		{ID: "cc3", Name: "Chi cục Thi hành án dân sự huyện Cái Bè", Parent: "cuc2"},
	}, []org.Person{
		{ID: "p1", FullName: "Nguyễn Văn An", Assignments: []org.Assignment{{Unit: "cc1", Period: since}}},
		{ID: "p2", FullName: "Trần Thị Bình", Assignments: []org.Assignment{{Unit: "cc2", Period: since}}},
		{ID: "p3", FullName: "Lê Văn Cường", Assignments: []org.Assignment{{Unit: "cc3", Period: since}}},
		{ID: "p4", FullName: "Phạm Thị Dung", Assignments: []org.Assignment{{Unit: "cc1", Period: thidua.Years(2010, 2018)}}},
	})
}

func act(a award.Action, unit org.UnitID, on thidua.Date) award.Transition {
	return award.Transition{Action: a, By: award.Actor{Unit: unit}, On: on}
}

func to(t award.Transition, u org.UnitID) award.Transition { t.To = u; return t }

// apply applies transitions that must succeed.
func apply(t *testing.T, n award.Nomination, ts ...award.Transition) award.Nomination {
	t.Helper()
	for _, tr := range ts {
		var err error
		if n, err = n.Apply(tr, testTree()); err != nil {
			t.Fatalf("apply %s: %v", tr.Action, err)
		}
	}
	return n
}

func newNomination(kind award.Code, r award.Recipient, proposer, authority org.UnitID) award.Nomination {
	return award.Nomination{ID: "dn1", Subject: award.Subject{Kind: kind, Recipient: r, Year: 2019}, Proposer: proposer, Authority: authority}
}

func TestNominationFlow(t *testing.T) {
	tree := testTree()
	n := newNomination(award.CSTDBo, award.PersonRecipient("p1"), "cc1", "bo")
	steps := []award.Transition{
		{Action: award.Propose, By: award.Actor{Unit: "cc1", Name: "Chi cục trưởng"}, On: day(2020, 1, 5),
			Verdict: &award.Verdict{Eligible: false, Summary: "Chưa có sáng kiến cấp bộ", Flagged: true}},
		to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"),
		to(act(award.Forward, "cuc", day(2020, 1, 7)), "bo"),
		{Action: award.RecordVote, By: award.Actor{Unit: "bo", Name: "Hội đồng Thi đua - Khen thưởng"}, On: day(2020, 1, 8),
			Vote: award.Vote{Members: 11, InFavour: 10, Threshold: award.Percent(90)}},
		{Action: award.Approve, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 8), Require: award.Percent(90), Reason: "Theo kết quả bỏ phiếu"},
	}
	var err error
	for _, s := range steps {
		prev := n
		if n, err = n.Apply(s, tree); err != nil {
			t.Fatalf("%s: %v", s.Action, err)
		}
		_ = append(prev.History, award.Event{}) // must not write into n's history
		if last := n.History[len(n.History)-1]; last.Action != s.Action {
			t.Fatalf("%s: Apply shares the history's array with its input", s.Action)
		}
	}
	want := award.Nomination{
		ID: "dn1", Subject: award.Subject{Kind: award.CSTDBo, Recipient: award.PersonRecipient("p1"), Year: 2019},
		Proposer: "cc1", Authority: "bo", Holder: "bo", State: award.Approved,
		Verdict: &award.Verdict{Eligible: false, Summary: "Chưa có sáng kiến cấp bộ", Flagged: true},
		Votes:   []award.Vote{{Unit: "bo", On: day(2020, 1, 8), Members: 11, InFavour: 10, Threshold: award.Percent(90), Passed: true}},
		History: []award.Event{
			{Action: award.Propose, By: award.Actor{Unit: "cc1", Name: "Chi cục trưởng"}, On: day(2020, 1, 5), From: 0, To: award.Draft, Holder: "cc1",
				Verdict: &award.Verdict{Eligible: false, Summary: "Chưa có sáng kiến cấp bộ", Flagged: true}},
			{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 6), From: award.Draft, To: award.Submitted, Holder: "cuc"},
			{Action: award.Forward, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 7), From: award.Submitted, To: award.Submitted, Holder: "bo"},
			{Action: award.RecordVote, By: award.Actor{Unit: "bo", Name: "Hội đồng Thi đua - Khen thưởng"}, On: day(2020, 1, 8), From: award.Submitted, To: award.Submitted, Holder: "bo"},
			{Action: award.Approve, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 8), From: award.Submitted, To: award.Approved, Holder: "bo", Reason: "Theo kết quả bỏ phiếu"},
		},
	}
	if diff := cmp.Diff(want, n); diff != "" {
		t.Errorf("nomination after the flow (-want +got):\n%s", diff)
	}
}

func TestNominationPaths(t *testing.T) {
	p1 := award.PersonRecipient("p1")
	tests := []struct {
		name   string
		reason string
		n      award.Nomination
		steps  []award.Transition
		state  award.State
		holder org.UnitID
	}{
		{"skip a level", "a nomination may go to any unit above, up to the authority",
			newNomination(award.CSTDToanQuoc, p1, "cc1", "cp"),
			[]award.Transition{act(award.Propose, "cc1", day(2020, 1, 5)), to(act(award.Submit, "cc1", day(2020, 1, 6)), "bo"),
				to(act(award.Forward, "bo", day(2020, 1, 7)), "cp"),
				// NĐ 91/2017 art. 45.8: CSTĐ toàn quốc needs ≥ 90 % of all council members.
				{Action: award.RecordVote, By: award.Actor{Unit: "cp"}, On: day(2020, 2, 1), Vote: award.Vote{Members: 20, InFavour: 18, Threshold: award.Percent(90)}},
				act(award.Approve, "cp", day(2020, 2, 1))},
			award.Approved, "cp"},
		{"own collective", "a unit proposes itself for a collective title",
			newNomination(award.TTLDTT, award.UnitRecipient("cc1"), "cc1", "cuc"),
			[]award.Transition{act(award.Propose, "cc1", day(2020, 1, 5)), to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"),
				act(award.Approve, "cuc", day(2020, 1, 6))},
			award.Approved, "cuc"},
		{"authority proposes", "a Cục proposes its own Chi cục and decides without sending it up",
			newNomination(award.TTLDTT, award.UnitRecipient("cc1"), "cuc", "cuc"),
			[]award.Transition{act(award.Propose, "cuc", day(2020, 1, 5)),
				{Action: award.RecordVote, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 6), Vote: award.Vote{Members: 5, InFavour: 5, Threshold: award.Percent(50)}},
				act(award.Approve, "cuc", day(2020, 1, 6))},
			award.Approved, "cuc"},
		{"reject", "the authority rejects with a reason",
			newNomination(award.LDTT, p1, "cc1", "cuc"),
			[]award.Transition{act(award.Propose, "cc1", day(2020, 1, 5)), to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"),
				{Action: award.Reject, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 9), Reason: "Nghỉ quá 40 ngày làm việc"}},
			award.Rejected, "cuc"},
		{"withdraw a draft", "the proposer withdraws", newNomination(award.LDTT, p1, "cc1", "cuc"),
			[]award.Transition{act(award.Propose, "cc1", day(2020, 1, 5)), act(award.Withdraw, "cc1", day(2020, 1, 5))},
			award.Withdrawn, "cc1"},
		{"withdraw when submitted", "the proposer withdraws what it sent", newNomination(award.LDTT, p1, "cc1", "bo"),
			[]award.Transition{act(award.Propose, "cc1", day(2020, 1, 5)), to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"),
				act(award.Withdraw, "cc1", day(2020, 1, 7))},
			award.Withdrawn, "cuc"},
		{"vote without requirement", "a passed vote is no obstacle when none is required", newNomination(award.LDTT, p1, "cc1", "cuc"),
			[]award.Transition{act(award.Propose, "cc1", day(2020, 1, 5)), to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"),
				{Action: award.RecordVote, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 7), Vote: award.Vote{Members: 7, InFavour: 4, Threshold: award.Threshold{Num: 1, Den: 2, Strict: true}}},
				act(award.Approve, "cuc", day(2020, 1, 7))},
			award.Approved, "cuc"},
		{"revote", "the last vote of the authority's council counts", newNomination(award.CSTDBo, p1, "cc1", "bo"),
			[]award.Transition{act(award.Propose, "cc1", day(2020, 1, 5)), to(act(award.Submit, "cc1", day(2020, 1, 6)), "bo"),
				{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 7), Vote: award.Vote{Members: 10, InFavour: 8, Threshold: award.Percent(90)}},
				{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 9), Vote: award.Vote{Members: 10, InFavour: 9, Threshold: award.Percent(90)}},
				{Action: award.Approve, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 9), Require: award.Percent(90)}},
			award.Approved, "bo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := apply(t, tt.n, tt.steps...)
			if n.State != tt.state || n.Holder != tt.holder {
				t.Errorf("%s: state %q held by %q, want %q held by %q", tt.reason, n.State, n.Holder, tt.state, tt.holder)
			}
			if len(n.History) != len(tt.steps) {
				t.Errorf("%s: %d events for %d steps", tt.reason, len(n.History), len(tt.steps))
			}
		})
	}
}

// vote0 is a council vote of unit by on 08/01/2020.
func vote0(by org.UnitID, members, inFavour int, th award.Threshold) award.Transition {
	return award.Transition{Action: award.RecordVote, By: award.Actor{Unit: by}, On: day(2020, 1, 8),
		Vote: award.Vote{Members: members, InFavour: inFavour, Threshold: th}}
}

func TestApplyErrors(t *testing.T) {
	p1 := award.PersonRecipient("p1")
	base := newNomination(award.CSTDBo, p1, "cc1", "bo")
	jan := func(d int) thidua.Date { return day(2020, 1, d) }
	draft := apply(t, base, act(award.Propose, "cc1", jan(5)))
	atCuc := apply(t, draft, to(act(award.Submit, "cc1", jan(6)), "cuc"))
	atBo := apply(t, atCuc, to(act(award.Forward, "cuc", jan(7)), "bo"))
	failedVote := apply(t, atBo, award.Transition{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: jan(8),
		Vote: award.Vote{Members: 11, InFavour: 9, Threshold: award.Percent(90)}})
	lowVote := apply(t, atBo, award.Transition{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: jan(8),
		Vote: award.Vote{Members: 11, InFavour: 8, Threshold: award.Threshold{Num: 2, Den: 3}}})
	approved := apply(t, atBo, vote0("bo", 11, 10, award.Percent(90)), act(award.Approve, "bo", jan(9)))
	cucDraft := apply(t, newNomination(award.LDTT, p1, "cc1", "cuc"), act(award.Propose, "cc1", jan(5)))
	with := func(n award.Nomination, f func(*award.Nomination)) award.Nomination { f(&n); return n }
	ineligible := &award.Verdict{Eligible: false, Summary: "Chưa đủ 03 năm liên tục đạt CSTĐCS"}
	vote := func(by org.UnitID, members, inFavour int, th award.Threshold) award.Transition {
		return award.Transition{Action: award.RecordVote, By: award.Actor{Unit: by}, On: jan(8),
			Vote: award.Vote{Members: members, InFavour: inFavour, Threshold: th}}
	}

	tests := []struct {
		name   string
		reason string
		n      award.Nomination
		t      award.Transition
		code   award.TransitionCode
		want   error
	}{
		{"unknown action", "actions are fixed", draft, act(99, "cc1", jan(6)), award.UnknownAction, thidua.ErrInvalid},
		{"no actor", "who acts is recorded", draft, to(act(award.Submit, "", jan(6)), "cuc"), award.BadTransition, thidua.ErrInvalid},
		{"no date", "when is recorded", draft, to(act(award.Submit, "cc1", thidua.Date{}), "cuc"), award.BadTransition, thidua.ErrInvalid},
		{"backdated", "steps are in date order", draft, to(act(award.Submit, "cc1", jan(4)), "cuc"), award.Backdated, thidua.ErrInvalid},
		{"propose twice", "a draft is already proposed", draft, act(award.Propose, "cc1", jan(6)), award.WrongState, thidua.ErrInvalid},
		{"approve a draft", "only a submitted nomination is approved", draft, act(award.Approve, "bo", jan(6)), award.WrongState, thidua.ErrInvalid},
		{"submit after approval", "approval is final", approved, to(act(award.Submit, "cc1", jan(10)), "cuc"), award.WrongState, thidua.ErrInvalid},
		{"withdraw after approval", "approval is final", approved, act(award.Withdraw, "cc1", jan(10)), award.WrongState, thidua.ErrInvalid},
		{"propose: no authority", "the authority is required", with(base, func(n *award.Nomination) { n.Authority = "" }),
			act(award.Propose, "cc1", jan(5)), award.BadNomination, thidua.ErrInvalid},
		{"propose: no ID", "the ID is required", with(base, func(n *award.Nomination) { n.ID = "" }),
			act(award.Propose, "cc1", jan(5)), award.BadNomination, thidua.ErrInvalid},
		{"propose: two candidates", "a person or a unit, not both", with(base, func(n *award.Nomination) { n.Recipient.Unit = "cc1" }),
			act(award.Propose, "cc1", jan(5)), award.BadNomination, thidua.ErrInvalid},
		{"propose for another unit", "cc2 cannot propose in cc1's name", base,
			act(award.Propose, "cc2", jan(5)), award.NotProposer, thidua.ErrPermission},
		{"propose outside subtree", "p2 works at cc2, not under cc1", with(base, func(n *award.Nomination) { n.Recipient = award.PersonRecipient("p2") }),
			act(award.Propose, "cc1", jan(5)), award.OutsideSubtree, thidua.ErrPermission},
		{"propose a unit above", "cc1 cannot propose its Cục", with(base, func(n *award.Nomination) { n.Kind = award.CoBo; n.Recipient = award.UnitRecipient("cuc") }),
			act(award.Propose, "cc1", jan(5)), award.OutsideSubtree, thidua.ErrPermission},
		{"propose someone who left", "p4 left cc1 at the end of 2018", with(base, func(n *award.Nomination) { n.Recipient = award.PersonRecipient("p4") }),
			act(award.Propose, "cc1", jan(5)), award.UnknownCandidate, thidua.ErrInvalid},
		{"propose from an unknown unit", "the hierarchy does not know zz", with(base, func(n *award.Nomination) { n.Proposer = "zz" }),
			act(award.Propose, "zz", jan(5)), award.UnknownUnit, thidua.ErrInvalid},
		{"authority below", "cc2 is not above cc1", with(base, func(n *award.Nomination) { n.Authority = "cc2" }),
			act(award.Propose, "cc1", jan(5)), award.AuthorityBelow, thidua.ErrInvalid},
		{"propose ineligible unflagged", "an ineligible candidate goes ahead only flagged", base,
			award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc1"}, On: jan(5), Verdict: ineligible}, award.UnflaggedIneligible, thidua.ErrInvalid},
		{"submit ineligible unflagged", "a verdict attached on submit is checked too", draft,
			award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: jan(6), To: "cuc", Verdict: ineligible}, award.UnflaggedIneligible, thidua.ErrInvalid},
		{"submit to itself", "never to itself", draft, to(act(award.Submit, "cc1", jan(6)), "cc1"), award.ToSelf, thidua.ErrInvalid},
		{"submit nowhere", "a target is needed", draft, act(award.Submit, "cc1", jan(6)), award.BadTransition, thidua.ErrInvalid},
		{"submit to a sibling", "cc2 is not above cc1", draft, to(act(award.Submit, "cc1", jan(6)), "cc2"), award.NotAbove, thidua.ErrPermission},
		{"submit to another branch", "cuc2 is not above cc1", draft, to(act(award.Submit, "cc1", jan(6)), "cuc2"), award.NotAbove, thidua.ErrPermission},
		{"submit to an unknown unit", "zz is not above cc1", draft, to(act(award.Submit, "cc1", jan(6)), "zz"), award.NotAbove, thidua.ErrPermission},
		{"submit by another unit", "only the proposer submits", draft, to(act(award.Submit, "cuc", jan(6)), "bo"), award.NotProposer, thidua.ErrPermission},
		{"submit past the authority", "LĐTT stops at the Cục", cucDraft, to(act(award.Submit, "cc1", jan(6)), "bo"), award.BeyondAuthority, thidua.ErrInvalid},
		{"forward by the sender", "cuc holds it now", atCuc, to(act(award.Forward, "cc1", jan(7)), "bo"), award.NotHolder, thidua.ErrPermission},
		{"forward down", "cc1 is below cuc", atCuc, to(act(award.Forward, "cuc", jan(7)), "cc1"), award.NotAbove, thidua.ErrPermission},
		{"forward past the authority", "bo is the authority", atBo, to(act(award.Forward, "bo", jan(8)), "cp"), award.BeyondAuthority, thidua.ErrInvalid},
		{"vote by another unit", "the council of the holder votes", atBo, vote("cuc", 11, 10, award.Percent(90)), award.NotHolder, thidua.ErrPermission},
		{"vote: more in favour than members", "impossible count", atBo, vote("bo", 11, 12, award.Percent(90)), award.BadVote, thidua.ErrInvalid},
		{"vote: no members", "impossible count", atBo, vote("bo", 0, 0, award.Percent(90)), award.BadVote, thidua.ErrInvalid},
		{"vote: negative", "impossible count", atBo, vote("bo", 11, -1, award.Percent(90)), award.BadVote, thidua.ErrInvalid},
		{"vote: no threshold", "a vote needs its threshold", atBo, vote("bo", 11, 10, award.Threshold{}), award.BadVote, thidua.ErrInvalid},
		{"vote: threshold above 1", "101 %", atBo, vote("bo", 11, 10, award.Percent(101)), award.BadVote, thidua.ErrInvalid},
		{"approve by the Cục", "only the authority approves", atBo, act(award.Approve, "cuc", jan(9)), award.NotAuthority, thidua.ErrPermission},
		{"approve by an outsider", "cc3 is outside the chain", atBo, act(award.Approve, "cc3", jan(9)), award.NotAuthority, thidua.ErrPermission},
		{"approve before arrival", "the Cục has not forwarded it", atCuc, act(award.Approve, "bo", jan(9)), award.NotArrived, thidua.ErrInvalid},
		{"approve without the vote", "NĐ 91/2017 art. 45.8: CSTĐ cấp bộ needs a council vote", atBo,
			award.Transition{Action: award.Approve, By: award.Actor{Unit: "bo"}, On: jan(9), Require: award.Percent(90)}, award.MissingVote, thidua.ErrInvalid},
		{"approve after a failed vote", "9 of 11 is under 90 % of all members", failedVote,
			act(award.Approve, "bo", jan(9)), award.VoteFailed, thidua.ErrInvalid},
		{"approve below the required share", "a vote taken at 2/3 does not count for an award that needs 90 % of all members", lowVote,
			award.Transition{Action: award.Approve, By: award.Actor{Unit: "bo"}, On: jan(9), Require: award.Percent(90)}, award.LowVoteThreshold, thidua.ErrInvalid},
		{"reject without reason", "a rejection states why", atBo, act(award.Reject, "bo", jan(9)), award.MissingReason, thidua.ErrInvalid},
		{"reject with a blank reason", "spaces are no reason", atBo,
			award.Transition{Action: award.Reject, By: award.Actor{Unit: "bo"}, On: jan(9), Reason: "  "}, award.MissingReason, thidua.ErrInvalid},
		{"reject by an outsider", "cc3 is outside the chain", atBo,
			award.Transition{Action: award.Reject, By: award.Actor{Unit: "cc3"}, On: jan(9), Reason: "Không đạt"}, award.NotAuthority, thidua.ErrPermission},
		{"withdraw by the holder", "only the proposer withdraws", atCuc, act(award.Withdraw, "cuc", jan(9)), award.NotProposer, thidua.ErrPermission},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := with(tt.n, func(n *award.Nomination) {
				n.History = append([]award.Event(nil), n.History...)
				n.Votes = append([]award.Vote(nil), n.Votes...)
			})
			got, err := tt.n.Apply(tt.t, testTree())
			var te *award.TransitionError
			if !errors.As(err, &te) {
				t.Fatalf("%s: error %v is not a *TransitionError", tt.reason, err)
			}
			if te.Code != tt.code || !errors.Is(err, tt.want) {
				t.Errorf("%s: got code %q (%v), want %q wrapping %v", tt.reason, te.Code, err, tt.code, tt.want)
			}
			if other := thidua.ErrPermission; tt.want == other {
				other = thidua.ErrInvalid
				if errors.Is(err, other) {
					t.Errorf("%s: error %v wraps both ErrPermission and ErrInvalid", tt.reason, err)
				}
			}
			if te.Action != tt.t.Action || te.State != tt.n.State || te.Nomination != tt.n.ID {
				t.Errorf("%s: error context %v/%v/%q", tt.reason, te.Action, te.State, te.Nomination)
			}
			if diff := cmp.Diff(before, tt.n); diff != "" {
				t.Errorf("%s: the nomination changed (-before +after):\n%s", tt.reason, diff)
			}
			if diff := cmp.Diff(before, got); diff != "" {
				t.Errorf("%s: Apply returned a changed nomination with its error (-before +after):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestThreshold(t *testing.T) {
	// NĐ 91/2017 art. 45.8: at least 90 % of ALL council members.
	ninety := award.Percent(90)
	half := award.Threshold{Num: 1, Den: 2, Strict: true} // "more than half"
	tests := []struct {
		name              string
		th                award.Threshold
		inFavour, members int
		want              bool
	}{
		{"10 of 11 ≥ 90 %", ninety, 10, 11, true},
		{"9 of 11 < 90 %", ninety, 9, 11, false},
		{"9 of 10 = 90 %", ninety, 9, 10, true},
		{"18 of 20 = 90 %", ninety, 18, 20, true},
		{"17 of 20 < 90 %", ninety, 17, 20, false},
		{"all of 7", ninety, 7, 7, true},
		{"5 of 10 is not more than half", half, 5, 10, false},
		{"6 of 10 is more than half", half, 6, 10, true},
		{"zero threshold always met", award.Threshold{}, 0, 10, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.th.Met(tt.inFavour, tt.members); got != tt.want {
				t.Errorf("%v.Met(%d, %d) = %v, want %v", tt.th, tt.inFavour, tt.members, got, tt.want)
			}
		})
	}
}

func TestPending(t *testing.T) {
	p1 := award.PersonRecipient("p1")
	n := newNomination(award.LDTT, p1, "cc1", "bo")
	draft := apply(t, n, act(award.Propose, "cc1", day(2020, 1, 5)))
	sent := apply(t, draft, to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"), to(act(award.Forward, "cuc", day(2020, 1, 20)), "bo"))
	done := apply(t, sent, act(award.Approve, "bo", day(2020, 3, 1)))
	sameDay := apply(t, draft, to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"), act(award.Withdraw, "cc1", day(2020, 1, 6)))
	tests := []struct {
		name   string
		n      award.Nomination
		want   thidua.Period
		wantOK bool
	}{
		{"draft", draft, thidua.Period{}, false},
		{"open", sent, thidua.Since(day(2020, 1, 6)), true},
		{"closed", done, thidua.Period{From: day(2020, 1, 6), To: day(2020, 2, 29)}, true},
		{"closed the day it was sent", sameDay, thidua.Period{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.n.Pending()
			if ok != tt.wantOK || got != tt.want {
				t.Errorf("Pending() = %v, %v; want %v, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestStateStrings(t *testing.T) {
	want := map[award.State]string{0: "chưa đề nghị", award.Draft: "dự thảo", award.Submitted: "đang đề nghị",
		award.Approved: "được duyệt", award.Rejected: "không được duyệt", award.Withdrawn: "đã rút"}
	for s, w := range want {
		if s.String() != w {
			t.Errorf("State(%d).String() = %q, want %q", int(s), s.String(), w)
		}
	}
	if award.Submitted.Final() || !award.Withdrawn.Final() {
		t.Errorf("Final")
	}
}

// offices says which conferring office each unit of testTree holds
// (Luật TĐKT 2022, Chương IV): cp stands for the Prime Minister, bo for the Minister,
// "ctn" for the President; the others are agencies whose heads confer the
// grassroots awards.
func offices(u org.Unit) award.Conferrer {
	switch u.ID {
	case "ctn":
		return award.ByPresident
	case "cp":
		return award.ByPrimeMinister
	case "bo":
		return award.ByMinister
	}
	return 0 // a head of agency
}

// officeTree is testTree with ctn above cp, telling each unit's office.
func officeTree(opts ...award.TreeOption) *award.Tree {
	since := thidua.Since(day(2010, 1, 1))
	return award.NewTree([]org.Unit{
		{ID: "ctn", Name: "Chủ tịch nước"},
		{ID: "cp", Name: "Chính phủ", Parent: "ctn"},
		{ID: "bo", Name: "Bộ Tư pháp", Parent: "cp"},
		{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Parent: "bo"},
		{ID: "cc1", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc"},
	}, []org.Person{
		{ID: "p1", FullName: "Nguyễn Văn An", Assignments: []org.Assignment{{Unit: "cc1", Period: since}}},
	}, append([]award.TreeOption{award.WithConferrers(offices)}, opts...)...)
}

// TestConferrer checks that the authority of a nomination holds the office
// that confers its kind (Law 2022 chapter IV: President →
// Huân chương; Prime Minister → CSTĐ toàn quốc, Cờ thi đua của Chính phủ,
// Bằng khen Thủ tướng; Minister → CSTĐ cấp bộ, Cờ cấp bộ, TTLĐXS, Bằng khen
// cấp bộ, Kỷ niệm chương; head of agency → LĐTT, CSTĐCS, TTLĐTT, Giấy khen).
func TestConferrer(t *testing.T) {
	p1, cc1 := award.PersonRecipient("p1"), award.UnitRecipient("cc1")
	tests := []struct {
		name      string
		reason    string
		kind      award.Code
		r         award.Recipient
		proposer  org.UnitID
		authority org.UnitID
		tree      *award.Tree
		code      award.TransitionCode // "" if Propose succeeds
	}{
		{"chi cuc confers CSTĐ cấp bộ", "CSTĐ cấp bộ is the Minister's award, not a Chi cục's", award.CSTDBo, p1, "cc1", "cc1", officeTree(), award.WrongConferrer},
		{"cuc confers CSTĐ cấp bộ", "a Cục trưởng is a head of agency", award.CSTDBo, p1, "cc1", "cuc", officeTree(), award.WrongConferrer},
		{"ministry confers CSTĐ toàn quốc", "CSTĐ toàn quốc is the Prime Minister's", award.CSTDToanQuoc, p1, "cc1", "bo", officeTree(), award.WrongConferrer},
		{"ministry confers a Huân chương", "Huân chương are the President's", award.HCLD3, p1, "cc1", "bo", officeTree(), award.WrongConferrer},
		{"government confers Bằng khen cấp bộ", "Bằng khen cấp bộ is the Minister's", award.BangKhenBo, p1, "cc1", "cp", officeTree(), award.WrongConferrer},
		{"ministry confers LĐTT", "LĐTT is conferred by the head of the agency", award.LDTT, p1, "cc1", "bo", officeTree(), award.WrongConferrer},
		{"ministry confers CSTĐ cấp bộ", "the Minister's own award", award.CSTDBo, p1, "cc1", "bo", officeTree(), ""},
		{"government confers Cờ Chính phủ", "the Prime Minister's flag", award.CoChinhPhu, cc1, "cc1", "cp", officeTree(), ""},
		{"president confers HCLĐ", "the President's order", award.HCLD3, cc1, "cc1", "ctn", officeTree(), ""},
		{"cuc confers LĐTT", "a head of agency confers LĐTT", award.LDTT, p1, "cc1", "cuc", officeTree(), ""},
		{"chi cuc confers its own TTLĐTT", "a head of agency confers Tập thể lao động tiên tiến", award.TTLDTT, cc1, "cc1", "cc1", officeTree(), ""},
		{"sector medal, kinds given", "Kỷ niệm chương Vì sự nghiệp Tư pháp is the Minister's (JusticeCatalogue)",
			award.KNCTuPhap, p1, "cc1", "cuc", officeTree(award.WithKinds(award.JusticeCatalogue())), award.WrongConferrer},
		{"sector medal, default kinds", "a kind the view does not know is checked against the hierarchy alone",
			award.KNCTuPhap, p1, "cc1", "cuc", officeTree(), ""},
		{"no office mapping", "a view that cannot tell keeps to the hierarchy checks (documented default)",
			award.CSTDBo, p1, "cc1", "cc1", testTree(), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := newNomination(tt.kind, tt.r, tt.proposer, tt.authority)
			got, err := n.Apply(act(award.Propose, tt.proposer, day(2020, 1, 5)), tt.tree)
			if tt.code == "" {
				if err != nil {
					t.Fatalf("%s: Propose: %v", tt.reason, err)
				}
				if got.State != award.Draft {
					t.Errorf("%s: state %q, want %q", tt.reason, got.State, award.Draft)
				}
				return
			}
			var te *award.TransitionError
			if !errors.As(err, &te) || te.Code != tt.code || !errors.Is(err, thidua.ErrPermission) {
				t.Errorf("%s: Propose = %v, want code %q wrapping ErrPermission", tt.reason, err, tt.code)
			}
		})
	}

	// A nomination proposed where the view could not tell is refused at
	// approval by a view that can.
	n := apply(t, newNomination(award.LDTT, p1, "cc1", "bo"), act(award.Propose, "cc1", day(2020, 1, 5)),
		to(act(award.Submit, "cc1", day(2020, 1, 6)), "bo"))
	_, err := n.Apply(act(award.Approve, "bo", day(2020, 1, 7)), officeTree())
	var te *award.TransitionError
	if !errors.As(err, &te) || te.Code != award.WrongConferrer || !errors.Is(err, thidua.ErrPermission) {
		t.Errorf("approve LĐTT by the ministry = %v, want %q", err, award.WrongConferrer)
	}
}

// TestCouncilVote checks that Approve enforces the council ballot the kind
// needs: ≥ 90 % of ALL members for CSTĐ cấp bộ and toàn quốc (NĐ 91/2017
// art. 45.8), whatever threshold the voting council or the approver picks.
func TestCouncilVote(t *testing.T) {
	p1 := award.PersonRecipient("p1")
	jan := func(d int) thidua.Date { return day(2020, 1, d) }
	at := func(kind award.Code, authority org.UnitID, steps ...award.Transition) award.Nomination {
		n := apply(t, newNomination(kind, p1, "cc1", authority), act(award.Propose, "cc1", jan(5)),
			to(act(award.Submit, "cc1", jan(6)), authority))
		return apply(t, n, steps...)
	}
	approve := act(award.Approve, "bo", jan(9))
	require := func(th award.Threshold) award.Transition { tr := approve; tr.Require = th; return tr }
	noCouncil := award.DefaultCatalogue()
	if err := noCouncil.Add(award.Kind{Code: "cstd-khac", Name: "Chiến sĩ thi đua khác", Family: award.Title, Recipients: award.Individual,
		Level: award.LevelMinistry, Conferrer: award.ByMinister, Bases: award.Regular}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		reason string
		n      award.Nomination
		t      award.Transition
		tree   *award.Tree
		code   award.TransitionCode // "" if approved
	}{
		{"no vote", "CSTĐ cấp bộ needs a ballot even when the approver requires none",
			at(award.CSTDBo, "bo"), approve, testTree(), award.MissingVote},
		{"6 of 11 at 50 %", "a ballot held at 50 % does not count (and 6/11 = 54,5 % < 90 % anyway)",
			at(award.CSTDBo, "bo", vote0("bo", 11, 6, award.Percent(50))), approve, testTree(), award.LowVoteThreshold},
		{"10 of 11 at 50 %", "a ballot held at 50 % does not count for a 90 % award",
			at(award.CSTDBo, "bo", vote0("bo", 11, 10, award.Percent(50))), approve, testTree(), award.LowVoteThreshold},
		{"10 of 11 at 90 %, approver asks 50 %", "the kind's 90 % prevails over a lower Require",
			at(award.CSTDBo, "bo", vote0("bo", 11, 10, award.Percent(90))), require(award.Percent(50)), testTree(), ""},
		{"9 of 10 at 90 %", "9/10 = 90 % reaches at least 90 %",
			at(award.CSTDBo, "bo", vote0("bo", 10, 9, award.Percent(90))), approve, testTree(), ""},
		{"9 of 11 at 90 %", "9/11 = 81,8 % < 90 %",
			at(award.CSTDBo, "bo", vote0("bo", 11, 9, award.Percent(90))), approve, testTree(), award.VoteFailed},
		{"approver asks more", "Require 95 % is more than the ballot's 90 %",
			at(award.CSTDBo, "bo", vote0("bo", 11, 11, award.Percent(90))), require(award.Percent(95)), testTree(), award.LowVoteThreshold},
		{"failed revote", "the last vote of the authority's council counts: 8/11 < 90 %",
			at(award.CSTDBo, "bo", vote0("bo", 11, 10, award.Percent(90)), vote0("bo", 11, 8, award.Percent(90))), approve, testTree(), award.VoteFailed},
		{"CSTĐ toàn quốc without vote", "CSTĐ toàn quốc needs the ballot too",
			at(award.CSTDToanQuoc, "cp"), act(award.Approve, "cp", jan(9)), testTree(), award.MissingVote},
		{"LĐTT without vote", "LĐTT needs no ballot",
			at(award.LDTT, "cuc"), act(award.Approve, "cuc", jan(9)), testTree(), ""},
		{"caller's kind without council", "a kind of the caller's catalogue with no Council needs no ballot",
			at("cstd-khac", "bo"), approve, award.NewTree(nil, nil), ""},
	}
	// The last case needs the caller's kinds and a tree knowing the units.
	tests[len(tests)-1].tree = func() *award.Tree {
		since := thidua.Since(day(2010, 1, 1))
		return award.NewTree([]org.Unit{{ID: "bo"}, {ID: "cuc", Parent: "bo"}, {ID: "cc1", Parent: "cuc"}},
			[]org.Person{{ID: "p1", Assignments: []org.Assignment{{Unit: "cc1", Period: since}}}}, award.WithKinds(noCouncil))
	}()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.n.Apply(tt.t, tt.tree)
			if tt.code == "" {
				if err != nil {
					t.Fatalf("%s: Approve: %v", tt.reason, err)
				}
				if got.State != award.Approved {
					t.Errorf("%s: state %q", tt.reason, got.State)
				}
				return
			}
			var te *award.TransitionError
			if !errors.As(err, &te) || te.Code != tt.code || !errors.Is(err, thidua.ErrInvalid) {
				t.Errorf("%s: Approve = %v, want code %q wrapping ErrInvalid", tt.reason, err, tt.code)
			}
		})
	}
}

func TestThresholdAtLeast(t *testing.T) {
	half := award.Threshold{Num: 1, Den: 2}
	moreThanHalf := award.Threshold{Num: 1, Den: 2, Strict: true}
	tests := []struct {
		name string
		a, b award.Threshold
		want bool
	}{
		{"90 % ≥ 90 %", award.Percent(90), award.Percent(90), true},
		{"9/10 = 90 %", award.Threshold{Num: 9, Den: 10}, award.Percent(90), true},
		{"50 % < 90 %", award.Percent(50), award.Percent(90), false},
		{"more than half ≥ half", moreThanHalf, half, true},
		{"half < more than half", half, moreThanHalf, false},
		{"anything ≥ zero", half, award.Threshold{}, true},
		{"zero < anything", award.Threshold{}, half, false},
		{"zero ≥ zero", award.Threshold{}, award.Threshold{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.AtLeast(tt.b); got != tt.want {
				t.Errorf("%v.AtLeast(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// TestVerdictTrail checks that every verdict a step attaches stays in the
// history, and that steps which cannot attach one refuse it.
func TestVerdictTrail(t *testing.T) {
	first := &award.Verdict{Eligible: true, Summary: "Đủ điều kiện"}
	second := &award.Verdict{Eligible: false, Summary: "Chưa có sáng kiến cấp bộ", Flagged: true}
	n := newNomination(award.CSTDBo, award.PersonRecipient("p1"), "cc1", "bo")
	prop := act(award.Propose, "cc1", day(2020, 1, 5))
	prop.Verdict = first
	sub := to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc")
	sub.Verdict = second
	n = apply(t, n, prop, sub, to(act(award.Forward, "cuc", day(2020, 1, 7)), "bo"))
	var got []*award.Verdict
	for _, e := range n.History {
		got = append(got, e.Verdict)
	}
	if diff := cmp.Diff([]*award.Verdict{first, second, nil}, got); diff != "" {
		t.Errorf("verdicts in the history (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(second, n.Verdict); diff != "" {
		t.Errorf("current verdict (-want +got):\n%s", diff)
	}
	withdraw := act(award.Withdraw, "cc1", day(2020, 1, 8))
	withdraw.Verdict = first
	_, err := n.Apply(withdraw, testTree())
	var te *award.TransitionError
	if !errors.As(err, &te) || te.Code != award.BadTransition {
		t.Errorf("a verdict on withdraw = %v, want %q", err, award.BadTransition)
	}
}

// TestNilInput checks that nil input gives an error, never a panic.
func TestNilInput(t *testing.T) {
	n := newNomination(award.LDTT, award.PersonRecipient("p1"), "cc1", "cuc")
	for _, a := range []award.Action{award.Propose, award.Submit, award.Approve} {
		tr := to(act(a, "cc1", day(2020, 1, 5)), "cuc")
		_, err := n.Apply(tr, nil)
		var te *award.TransitionError
		if !errors.As(err, &te) || te.Code != award.NoHierarchy || !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("Apply(%s, nil) = %v, want %q wrapping ErrInvalid", a, err, award.NoHierarchy)
		}
	}
	var tree *award.Tree
	if _, err := n.Apply(act(award.Propose, "cc1", day(2020, 1, 5)), tree); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Apply with a nil *Tree = %v, want ErrInvalid", err)
	}
	if _, ok := tree.Parent("cc1"); ok {
		t.Errorf("a nil tree knows a unit")
	}
	if _, ok := tree.UnitOf("p1", day(2020, 1, 1)); ok {
		t.Errorf("a nil tree knows a person")
	}
	if _, ok := tree.Confers("bo"); ok {
		t.Errorf("a nil tree knows an office")
	}

	var cat *award.Catalogue
	if _, err := cat.Lookup("Lao động tiên tiến"); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("nil Catalogue.Lookup = %v, want ErrInvalid", err)
	}
	if _, err := cat.Kind(award.LDTT); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("nil Catalogue.Kind = %v, want ErrInvalid", err)
	}
	if err := cat.AddAlias("Lao động tiên tiến", award.LDTT); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("nil Catalogue.AddAlias = %v, want ErrInvalid", err)
	}
	k, _ := award.DefaultCatalogue().Kind(award.LDTT)
	if err := cat.Add(k); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("nil Catalogue.Add = %v, want ErrInvalid", err)
	}
	if cat.Kinds() != nil || cat.Names(award.LDTT) != nil || len(cat.Clone().Kinds()) != 0 {
		t.Errorf("a nil catalogue is not empty")
	}
}
