package award

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// State is the state of a [Nomination]. The zero State is a nomination not
// yet proposed.
type State int

// States. Approved, Rejected and Withdrawn are final.
const (
	Draft     State = iota + 1 // dự thảo: being prepared by the proposing unit
	Submitted                  // đang đề nghị: sent up, waiting for the authority
	Approved                   // được duyệt: the authority agreed; a decision follows
	Rejected                   // không được duyệt
	Withdrawn                  // đã rút
)

// String returns the Vietnamese name of the state.
func (s State) String() string {
	switch s {
	case 0:
		return "chưa đề nghị"
	case Draft:
		return "dự thảo"
	case Submitted:
		return "đang đề nghị"
	case Approved:
		return "được duyệt"
	case Rejected:
		return "không được duyệt"
	case Withdrawn:
		return "đã rút"
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// Final reports whether no transition leads out of s.
func (s State) Final() bool { return s == Approved || s == Rejected || s == Withdrawn }

// Action is what a [Transition] does.
type Action int

// Actions, and the states they move between:
//
//	Propose    (new)            → Draft      by the proposing unit
//	Submit     Draft            → Submitted  by the proposing unit, to a unit above it
//	Forward    Submitted        → Submitted  by the unit holding it, to a unit above it
//	RecordVote Submitted        → Submitted  by the unit holding it (its council)
//	Approve    Submitted        → Approved   by the authority, once it holds it
//	Reject     Submitted        → Rejected   by the authority, with a reason
//	Withdraw   Draft, Submitted → Withdrawn  by the proposing unit
//
// When the proposer is itself the authority (a Cục proposing its own staff
// for Lao động tiên tiến), RecordVote, Approve and Reject apply to the
// Draft directly: there is no one to submit to.
const (
	Propose Action = iota + 1
	Submit
	Forward
	RecordVote
	Approve
	Reject
	Withdraw
)

var actionNames = [...]string{"", "propose", "submit", "forward", "record vote", "approve", "reject", "withdraw"}

// String returns the English name of the action, for logs and errors.
func (a Action) String() string {
	if a > 0 && int(a) < len(actionNames) {
		return actionNames[a]
	}
	return "Action(" + strconv.Itoa(int(a)) + ")"
}

// Actor is who performs a transition: a unit, acting through a named person
// or its emulation council (Hội đồng Thi đua - Khen thưởng).
type Actor struct {
	Unit org.UnitID `json:"unit"`
	Name string     `json:"name,omitempty"` // "Nguyễn Văn A, Cục trưởng" or "Hội đồng TĐKT"
}

// Threshold is the share of ALL council members whose votes in favour an
// award needs: Num/Den, reached with "at least" or, if Strict, "more
// than". The rules package supplies the value the law sets for each award
// and regime (e.g. 90 % of all members for CSTĐ cấp bộ and toàn quốc under
// NĐ 91/2017 art. 45.8); the zero Threshold means "no vote required".
type Threshold struct {
	Num    int  `json:"num"`
	Den    int  `json:"den"`
	Strict bool `json:"strict,omitempty"`
}

// Percent returns the threshold "at least p % of all members".
func Percent(p int) Threshold { return Threshold{Num: p, Den: 100} }

// IsZero reports whether t is the zero Threshold.
func (t Threshold) IsZero() bool { return t == Threshold{} }

// Validate reports whether 0 < Num <= Den. The error wraps thidua.ErrInvalid.
func (t Threshold) Validate() error {
	if t.Den <= 0 || t.Num <= 0 || t.Num > t.Den {
		return fmt.Errorf("%w: threshold %d/%d: want 0 < num <= den", thidua.ErrInvalid, t.Num, t.Den)
	}
	return nil
}

// Met reports whether inFavour votes out of members reach t, in exact
// integer arithmetic. A zero Threshold is always met.
func (t Threshold) Met(inFavour, members int) bool {
	if t.IsZero() {
		return true
	}
	l, r := inFavour*t.Den, t.Num*members
	if t.Strict {
		return l > r
	}
	return l >= r
}

// String returns "≥ 90/100" or "> 1/2".
func (t Threshold) String() string {
	op := "≥ "
	if t.Strict {
		op = "> "
	}
	return op + strconv.Itoa(t.Num) + "/" + strconv.Itoa(t.Den)
}

// Vote is a council's secret ballot on a nomination. A [Transition] carries
// Members, InFavour and Threshold; Apply fills in the rest.
type Vote struct {
	Unit      org.UnitID  `json:"unit"` // the unit whose council voted
	On        thidua.Date `json:"on"`
	Members   int         `json:"members"`   // all members of the council, present or not
	InFavour  int         `json:"in_favour"` // votes in favour
	Threshold Threshold   `json:"threshold"`
	Passed    bool        `json:"passed"`
}

// Verdict is the summary of an eligibility check, as the rules package
// gives it. A nomination for a candidate found ineligible may only go ahead
// flagged: the proposer states it knows.
type Verdict struct {
	Eligible bool   `json:"eligible"`
	Summary  string `json:"summary"` // Vietnamese, e.g. "Chưa đủ 03 năm liên tục đạt CSTĐCS"
	Flagged  bool   `json:"flagged"`
}

// Transition is one step of a nomination's life; see [Action] for who may
// take which.
type Transition struct {
	Action Action      `json:"action"`
	By     Actor       `json:"by"`
	On     thidua.Date `json:"on"`
	// To is the unit a Submit or Forward sends the nomination to.
	To org.UnitID `json:"to,omitempty"`
	// Reason explains the step; Reject requires one. Vietnamese.
	Reason string `json:"reason,omitempty"`
	// Verdict, on Propose, Submit or Forward, attaches (or replaces) the
	// eligibility verdict.
	Verdict *Verdict `json:"verdict,omitempty"`
	// Vote is the ballot a RecordVote records.
	Vote Vote `json:"vote,omitzero"`
	// Require, on Approve, is the vote the award needs: the last vote of
	// the authority's council must reach it. Zero: no vote needed (a vote
	// that was recorded and failed still blocks approval).
	Require Threshold `json:"require,omitzero"`
}

// Event is one entry of a nomination's audit trail.
type Event struct {
	Action Action      `json:"action"`
	By     Actor       `json:"by"`
	On     thidua.Date `json:"on"`
	From   State       `json:"from"`
	To     State       `json:"to"`
	Holder org.UnitID  `json:"holder"` // unit holding the nomination afterwards
	Reason string      `json:"reason,omitempty"`
}

// Nomination is a proposal (đề nghị) to give an award. Build one with the
// [Subject], ID, Proposer and Authority set, then move it with
// [Nomination.Apply], starting with a Propose transition.
type Nomination struct {
	ID string `json:"id"`
	Subject
	// Proposer is the unit that proposes; the candidate is in its subtree.
	Proposer org.UnitID `json:"proposer"`
	// Authority is the unit whose head (or council) confers the award and
	// so approves or rejects: a ministry for CSTĐ cấp bộ; a unit standing
	// for the Government or the President for their awards. It is the
	// proposer or above it.
	Authority org.UnitID `json:"authority"`
	// Holder is the unit the nomination is with: the proposer while in
	// draft, then the unit it was last submitted or forwarded to.
	Holder  org.UnitID `json:"holder,omitempty"`
	State   State      `json:"state"`
	Verdict *Verdict   `json:"verdict,omitempty"`
	Votes   []Vote     `json:"votes,omitempty"`
	History []Event    `json:"history,omitempty"`
}

// TransitionCode says why [Nomination.Apply] refused a transition.
type TransitionCode string

// Transition codes. Those marked (P) wrap thidua.ErrPermission; the others
// wrap thidua.ErrInvalid.
const (
	UnknownAction       TransitionCode = "unknown-action"       // not an Action
	BadTransition       TransitionCode = "bad-transition"       // no acting unit, or no valid date
	Backdated           TransitionCode = "backdated"            // dated before the last event
	WrongState          TransitionCode = "wrong-state"          // the action does not apply in this state
	BadNomination       TransitionCode = "bad-nomination"       // Propose: a required field is missing
	UnknownUnit         TransitionCode = "unknown-unit"         // a unit the hierarchy does not know
	UnknownCandidate    TransitionCode = "unknown-candidate"    // a person with no post on the date
	AuthorityBelow      TransitionCode = "authority-below"      // the authority is not the proposer or above it
	OutsideSubtree      TransitionCode = "outside-subtree"      // (P) candidate outside the proposer's subtree
	NotProposer         TransitionCode = "not-proposer"         // (P) only the proposing unit may do this
	NotHolder           TransitionCode = "not-holder"           // (P) only the unit holding it may do this
	NotAuthority        TransitionCode = "not-authority"        // (P) only the conferring authority may do this
	NotAbove            TransitionCode = "not-above"            // (P) the target is not above the sender
	ToSelf              TransitionCode = "to-self"              // submitted or forwarded to the sender itself
	BeyondAuthority     TransitionCode = "beyond-authority"     // sent past the authority
	NotArrived          TransitionCode = "not-arrived"          // the authority does not hold it yet
	MissingReason       TransitionCode = "missing-reason"       // Reject without a reason
	BadVote             TransitionCode = "bad-vote"             // impossible counts or threshold
	MissingVote         TransitionCode = "missing-vote"         // Approve needs a council vote
	VoteFailed          TransitionCode = "vote-failed"          // the vote did not reach the threshold
	UnflaggedIneligible TransitionCode = "unflagged-ineligible" // verdict says ineligible and is not flagged
)

// TransitionError is the error [Nomination.Apply] returns. Err wraps
// thidua.ErrPermission or thidua.ErrInvalid, so errors.Is works on it.
type TransitionError struct {
	Nomination string
	Action     Action
	State      State // the state the nomination was in
	Code       TransitionCode
	Err        error
}

// Error returns `award: submit nomination "n1": not-above: ...`.
func (e *TransitionError) Error() string {
	return "award: " + e.Action.String() + " nomination " + strconv.Quote(e.Nomination) + ": " +
		string(e.Code) + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *TransitionError) Unwrap() error { return e.Err }

// HierarchyView answers, without context or storage, the questions the
// permission checks of [Nomination.Apply] ask. [Tree] implements it; fill
// one from an org.Store with [LoadTree] or [TreeFor].
type HierarchyView interface {
	// Parent returns the parent of unit u ("" for a root), and false if u is
	// unknown.
	Parent(u org.UnitID) (org.UnitID, bool)
	// UnitOf returns the unit of the person's post on the date, and false if
	// the person is unknown or holds no post then.
	UnitOf(p org.PersonID, on thidua.Date) (org.UnitID, bool)
}

// maxDepth bounds walks up a hierarchy, so that a corrupt cycle ends.
const maxDepth = 1000

// isAncestorOrSelf reports whether anc is u or above u. known is false if
// u, or a unit on the way up, is unknown.
func isAncestorOrSelf(h HierarchyView, anc, u org.UnitID) (yes, known bool) {
	for range maxDepth {
		if u == anc {
			return true, true
		}
		p, ok := h.Parent(u)
		if !ok {
			return false, false
		}
		if p == "" {
			return false, true
		}
		u = p
	}
	return false, false
}

// Apply returns the nomination after transition t, with t recorded in its
// history; or n as it was and a [*TransitionError] saying why t is not
// allowed. n itself is never changed: Apply is pure, and its result shares
// no slice or pointer with n.
//
// Apply checks who acts (see [Action]), using h to place units and
// candidates: a unit proposes only candidates in its own subtree on the date
// of the proposal, sends a nomination only to a unit above it and not past
// the authority, and only the authority approves or rejects, once the
// nomination has reached it.
func (n Nomination) Apply(t Transition, h HierarchyView) (Nomination, error) {
	fail := func(code TransitionCode, sentinel error, format string, args ...any) (Nomination, error) {
		return n, &TransitionError{Nomination: n.ID, Action: t.Action, State: n.State, Code: code,
			Err: fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)}
	}
	invalid := func(code TransitionCode, format string, args ...any) (Nomination, error) {
		return fail(code, thidua.ErrInvalid, format, args...)
	}
	denied := func(code TransitionCode, format string, args ...any) (Nomination, error) {
		return fail(code, thidua.ErrPermission, format, args...)
	}
	if t.Action < Propose || t.Action > Withdraw {
		return invalid(UnknownAction, "unknown action %d", int(t.Action))
	}
	if t.By.Unit == "" {
		return invalid(BadTransition, "no acting unit")
	}
	if err := t.On.Validate(); err != nil {
		return invalid(BadTransition, "date: %v", err)
	}
	if k := len(n.History); k > 0 && t.On.Before(n.History[k-1].On) {
		return invalid(Backdated, "dated %s, before the last step on %s", t.On, n.History[k-1].On)
	}
	from := map[Action][]State{
		Propose: {0}, Submit: {Draft}, Forward: {Submitted}, RecordVote: {Submitted},
		Approve: {Submitted}, Reject: {Submitted}, Withdraw: {Draft, Submitted},
	}[t.Action]
	if n.Proposer != "" && n.Proposer == n.Authority && (t.Action == RecordVote || t.Action == Approve || t.Action == Reject) {
		// The authority decides on its own proposal without sending it.
		from = append(from, Draft)
	}
	if !slices.Contains(from, n.State) {
		return invalid(WrongState, "cannot %s a nomination in state %q", t.Action, n.State)
	}

	next := n.clone()
	switch t.Action {
	case Propose:
		if f := n.missingField(); f != "" {
			return invalid(BadNomination, "no %s", f)
		}
		if t.By.Unit != n.Proposer {
			return denied(NotProposer, "unit %q proposes for unit %q", t.By.Unit, n.Proposer)
		}
		if yes, known := isAncestorOrSelf(h, n.Authority, n.Proposer); !known {
			return invalid(UnknownUnit, "unit %q or a unit above it is unknown", n.Proposer)
		} else if !yes {
			return invalid(AuthorityBelow, "authority %q is not unit %q or above it", n.Authority, n.Proposer)
		}
		cu := n.Recipient.Unit
		if n.Recipient.Person != "" {
			u, ok := h.UnitOf(n.Recipient.Person, t.On)
			if !ok {
				return invalid(UnknownCandidate, "person %q holds no known post on %s", n.Recipient.Person, t.On)
			}
			cu = u
		}
		if yes, known := isAncestorOrSelf(h, n.Proposer, cu); !known {
			return invalid(UnknownUnit, "unit %q or a unit above it is unknown", cu)
		} else if !yes {
			return denied(OutsideSubtree, "candidate %s (unit %q) is outside the subtree of %q", n.Recipient, cu, n.Proposer)
		}
		next.Holder = n.Proposer
		next.State = Draft
	case Submit, Forward:
		sender := n.Proposer
		if t.Action == Forward {
			sender = n.Holder
		}
		if t.By.Unit != sender {
			if t.Action == Submit {
				return denied(NotProposer, "unit %q submits for unit %q", t.By.Unit, sender)
			}
			return denied(NotHolder, "unit %q forwards what unit %q holds", t.By.Unit, sender)
		}
		if t.To == "" {
			return invalid(BadTransition, "no unit to send to")
		}
		if t.To == sender {
			return invalid(ToSelf, "unit %q sends to itself", sender)
		}
		if sender == n.Authority {
			return invalid(BeyondAuthority, "unit %q is the authority; nothing is above it for this award", sender)
		}
		p, ok := h.Parent(sender)
		if !ok {
			return invalid(UnknownUnit, "unit %q is unknown", sender)
		}
		if p == "" {
			return denied(NotAbove, "unit %q is not above unit %q", t.To, sender)
		}
		if yes, known := isAncestorOrSelf(h, t.To, p); !known {
			return invalid(UnknownUnit, "a unit above %q is unknown", sender)
		} else if !yes {
			return denied(NotAbove, "unit %q is not above unit %q", t.To, sender)
		}
		if yes, _ := isAncestorOrSelf(h, n.Authority, t.To); !yes {
			return invalid(BeyondAuthority, "unit %q is above the authority %q", t.To, n.Authority)
		}
		next.Holder = t.To
		next.State = Submitted
	case RecordVote:
		if t.By.Unit != n.Holder {
			return denied(NotHolder, "unit %q votes on what unit %q holds", t.By.Unit, n.Holder)
		}
		v := t.Vote
		if err := v.Threshold.Validate(); err != nil {
			return invalid(BadVote, "%v", errors.Unwrap(err))
		}
		if v.Members <= 0 || v.InFavour < 0 || v.InFavour > v.Members {
			return invalid(BadVote, "%d in favour of %d members", v.InFavour, v.Members)
		}
		v.Unit, v.On, v.Passed = n.Holder, t.On, v.Threshold.Met(v.InFavour, v.Members)
		next.Votes = append(next.Votes, v)
	case Approve, Reject:
		if t.By.Unit != n.Authority {
			return denied(NotAuthority, "unit %q is not the authority %q", t.By.Unit, n.Authority)
		}
		if n.Holder != n.Authority {
			return invalid(NotArrived, "the nomination is still with unit %q", n.Holder)
		}
		if t.Action == Reject {
			if strings.TrimSpace(t.Reason) == "" {
				return invalid(MissingReason, "a rejection needs a reason")
			}
			next.State = Rejected
			break
		}
		last, ok := n.lastVote(n.Authority)
		if !ok && !t.Require.IsZero() {
			return invalid(MissingVote, "the award needs a council vote of %s", t.Require)
		}
		if ok && (!last.Passed || !t.Require.Met(last.InFavour, last.Members)) {
			return invalid(VoteFailed, "%d of %d members in favour", last.InFavour, last.Members)
		}
		next.State = Approved
	case Withdraw:
		if t.By.Unit != n.Proposer {
			return denied(NotProposer, "unit %q withdraws for unit %q", t.By.Unit, n.Proposer)
		}
		next.State = Withdrawn
	}
	if t.Verdict != nil && (t.Action == Propose || t.Action == Submit || t.Action == Forward) {
		v := *t.Verdict
		v.Summary = vntext.Clean(v.Summary)
		next.Verdict = &v
	}
	if v := next.Verdict; v != nil && !v.Eligible && !v.Flagged && t.Action != Withdraw && t.Action != Reject {
		return invalid(UnflaggedIneligible, "the candidate was found ineligible (%s); flag the verdict to go ahead", v.Summary)
	}
	next.History = append(slices.Clip(next.History), Event{
		Action: t.Action, By: Actor{Unit: t.By.Unit, Name: vntext.Clean(t.By.Name)}, On: t.On,
		From: n.State, To: next.State, Holder: next.Holder, Reason: vntext.Clean(t.Reason),
	})
	return next, nil
}

// missingField names the first required field Propose finds empty.
func (n Nomination) missingField() string {
	switch {
	case strings.TrimSpace(n.ID) == "":
		return "ID"
	case n.Kind == "":
		return "award kind"
	case n.Recipient.Kind() == 0:
		return "candidate (exactly one of person and unit)"
	case n.Year == 0 && n.Period.IsZero():
		return "year or period"
	case n.Proposer == "":
		return "proposer"
	case n.Authority == "":
		return "authority"
	}
	return ""
}

// lastVote returns the last vote of unit u's council.
func (n Nomination) lastVote(u org.UnitID) (Vote, bool) {
	for i := len(n.Votes) - 1; i >= 0; i-- {
		if n.Votes[i].Unit == u {
			return n.Votes[i], true
		}
	}
	return Vote{}, false
}

// clone returns a copy of n sharing nothing with it.
func (n Nomination) clone() Nomination {
	n.Votes = slices.Clone(n.Votes)
	n.History = slices.Clone(n.History)
	if n.Verdict != nil {
		v := *n.Verdict
		n.Verdict = &v
	}
	return n
}

// Pending returns the days the nomination was pending (submitted and not yet
// approved, rejected or withdrawn): from its first submission to the day
// before it was closed, or open-ended. ok is false if it never was.
func (n Nomination) Pending() (p thidua.Period, ok bool) {
	var from thidua.Date
	for _, e := range n.History {
		switch {
		case e.Action == Submit && from.IsZero():
			from = e.On
		case e.To.Final() && !from.IsZero():
			if !e.On.After(from) {
				return thidua.Period{}, false
			}
			return thidua.Period{From: from, To: e.On.AddDays(-1)}, true
		}
	}
	if from.IsZero() {
		return thidua.Period{}, false
	}
	return thidua.Since(from), true
}
