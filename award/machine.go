package award

import (
	"fmt"
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// This file is the nominations' state machine: the one place that says which
// step may follow which, who takes it, and what it records. [Nomination.Apply]
// runs it with the hierarchy's checks; [CheckStep] (what every [Store]
// calls) runs it again on the step a store is given, without them, and
// compares the outcome with what the store was given.

// transition is one row of the table of [Action]s.
type transition struct {
	// from returns the states the action applies in, for n.
	from func(n Nomination) []State
	// to returns the state the action leads to from s.
	to func(s State) State
	// actor returns the unit that alone may take the step on n, and the
	// code that refuses another.
	actor func(n Nomination) (org.UnitID, TransitionCode)
	// sends is set for the actions that send the nomination to Transition.To.
	sends bool
	// verdict is set for the actions that may attach a verdict.
	verdict bool
}

// Helpers for the table.
func states(ss ...State) func(Nomination) []State { return func(Nomination) []State { return ss } }
func goesTo(s State) func(State) State            { return func(State) State { return s } }
func stays(s State) State                         { return s }
func byProposer(n Nomination) (org.UnitID, TransitionCode) {
	return n.Proposer, NotProposer
}
func byHolder(n Nomination) (org.UnitID, TransitionCode) { return n.Holder, NotHolder }
func byAuthority(n Nomination) (org.UnitID, TransitionCode) {
	return n.Authority, NotAuthority
}

// decidable returns the states Approve and Reject apply in: a submitted
// nomination, and also the draft when the proposer is itself the authority
// (it decides on its own proposal without sending it).
func decidable(n Nomination) []State {
	if n.Proposer != "" && n.Proposer == n.Authority {
		return []State{Draft, Submitted}
	}
	return []State{Submitted}
}

// transitions is the table of the state machine, by action; see [Action].
var transitions = map[Action]transition{
	Propose:    {from: states(0), to: goesTo(Draft), actor: byProposer, verdict: true},
	Submit:     {from: states(Draft), to: goesTo(Submitted), actor: byProposer, sends: true, verdict: true},
	Forward:    {from: states(Submitted), to: goesTo(Submitted), actor: byHolder, sends: true, verdict: true},
	RecordVote: {from: states(Draft, Submitted), to: stays, actor: byHolder},
	Approve:    {from: decidable, to: goesTo(Approved), actor: byAuthority},
	Reject:     {from: decidable, to: goesTo(Rejected), actor: byAuthority},
	Withdraw:   {from: states(Draft, Submitted), to: goesTo(Withdrawn), actor: byProposer},
	Consult:    {from: states(Draft, Submitted), to: stays, actor: byHolder},
	Return:     {from: states(Submitted), to: goesTo(Returned), actor: byHolder},
	Appraise:   {from: decidable, to: stays, actor: byHolder},
}

// Valid reports whether a is one of the actions of the state machine.
func (a Action) Valid() bool {
	_, ok := transitions[a]
	return ok
}

// From returns the states a step of a may be taken from, for n (Approve and
// Reject also apply to a draft whose proposer is the authority); nil if a is
// not an action.
func (a Action) From(n Nomination) []State {
	if r, ok := transitions[a]; ok {
		return r.from(n)
	}
	return nil
}

// Next returns the state a step of a leads to from s; s itself if a is not
// an action or leaves the state as it is.
func (a Action) Next(s State) State {
	if r, ok := transitions[a]; ok {
		return r.to(s)
	}
	return s
}

// Actor returns the unit that alone may take a step of a on n: the
// proposer, the unit holding it, or the authority.
func (n Nomination) Actor(a Action) org.UnitID {
	if r, ok := transitions[a]; ok {
		u, _ := r.actor(n)
		return u
	}
	return ""
}

// blocksOnVerdict reports whether verdict v stops a step of a: an
// ineligible candidate goes ahead only flagged, though the nomination may
// always be withdrawn or rejected.
func blocksOnVerdict(v *Verdict, a Action) bool {
	return v != nil && !v.Eligible && !v.Flagged && a != Withdraw && a != Reject && a != Return
}

// stepEnv is what the state machine asks beyond the nomination and the
// transition: the hierarchy's checks ([Nomination.Apply]), or none (a
// store's [CheckStep]).
type stepEnv interface {
	// placed checks what needs the hierarchy for t on n, at the point of
	// the action's checks where Apply has always made them.
	placed(n Nomination, t Transition) *stepFault
	// office returns the conferring office the unit holding n holds, for
	// the vote it records (0 if unknown); vote is the ballot given.
	office(n Nomination, vote Vote) Conferrer
	// kind returns the award kind of code, false if unknown.
	kind(code Code) (Kind, bool)
	// consult returns the province to consult for n, proposed by t
	// ([Nomination.ConsultProvince]).
	consult(n Nomination, t Transition) string
}

// stepFault is a refusal of the state machine before it becomes a
// [*TransitionError].
type stepFault struct {
	code     TransitionCode
	sentinel error
	msg      string
	cause    error // if set, the cause in place of sentinel and msg
}

func invalidf(code TransitionCode, format string, args ...any) *stepFault {
	return &stepFault{code: code, sentinel: thidua.ErrInvalid, msg: fmt.Sprintf(format, args...)}
}

func deniedf(code TransitionCode, format string, args ...any) *stepFault {
	return &stepFault{code: code, sentinel: thidua.ErrPermission, msg: fmt.Sprintf(format, args...)}
}

// err turns f into the [*TransitionError] for t on n.
func (f *stepFault) err(n Nomination, a Action) error {
	err := f.cause
	if err == nil {
		err = fmt.Errorf("%w: %s", f.sentinel, f.msg)
	}
	return &TransitionError{Nomination: n.ID, Action: a, State: n.State, Code: f.code, Err: err}
}

// step is the state machine: n after t, checked against the table and the
// rules of each action, with env's checks where the hierarchy is needed.
// It never changes n.
func (n Nomination) step(t Transition, env stepEnv) (Nomination, *stepFault) {
	row, ok := transitions[t.Action]
	if !ok {
		return n, invalidf(UnknownAction, "unknown action %d", int(t.Action))
	}
	if t.By.Unit == "" {
		return n, invalidf(BadTransition, "no acting unit")
	}
	// IDs and text (valid UTF-8, not blank or padded, within the limits),
	// wrapped so that errors.As finds the field at fault.
	if err := checkTransitionText(n, t); err != nil {
		return n, &stepFault{code: BadTransition, sentinel: thidua.ErrInvalid, cause: err}
	}
	if err := t.On.Validate(); err != nil {
		return n, invalidf(BadTransition, "date: %v", err)
	}
	if k := len(n.History); k > 0 && t.On.Before(n.History[k-1].On) {
		return n, invalidf(Backdated, "dated %s, before the last step on %s", t.On, n.History[k-1].On)
	}
	if !slices.Contains(row.from(n), n.State) {
		return n, invalidf(WrongState, "cannot %s a nomination in state %q", t.Action, n.State)
	}
	if t.Verdict != nil && !row.verdict {
		return n, invalidf(BadTransition, "a verdict is attached on propose, submit or forward, not on %s", t.Action)
	}
	if t.Consultation != nil && t.Action != Consult {
		return n, invalidf(BadTransition, "a consultation is recorded by a consult step, not by %s", t.Action)
	}
	if t.Action == Propose {
		if f := n.missingField(); f != "" {
			return n, invalidf(BadNomination, "no %s", f)
		}
		if err := checkNominationText(n); err != nil {
			return n, &stepFault{code: BadNomination, sentinel: thidua.ErrInvalid, cause: err}
		}
		if n.Post != "" && n.Recipient.Person == "" {
			return n, invalidf(BadNomination, "a post is stated for a person, not for a collective")
		}
	}
	if u, code := row.actor(n); t.By.Unit != u {
		return n, deniedf(code, "unit %q cannot %s this nomination: only unit %q can", t.By.Unit, t.Action, u)
	}

	next := n.clone()
	switch {
	case t.Action == Propose:
		if f := env.placed(n, t); f != nil {
			return n, f
		}
		next.Holder = n.Proposer
		next.ConsultProvince = vntext.Clean(env.consult(n, t))
		next.Post = vntext.Clean(n.Post)
	case row.sends:
		sender := t.By.Unit
		switch {
		case t.To == "":
			return n, invalidf(BadTransition, "no unit to send to")
		case t.To == sender:
			return n, invalidf(ToSelf, "unit %q sends to itself", sender)
		case sender == n.Authority:
			return n, invalidf(BeyondAuthority, "unit %q is the authority; nothing is above it for this award", sender)
		}
		if f := env.placed(n, t); f != nil {
			return n, f
		}
		if msg := n.consultProblem(); t.To == n.Authority && msg != "" {
			return n, invalidf(MissingConsultation, "%s: a state-level form for a unit located in a province needs it before it goes to the authority", msg)
		}
		next.Holder = t.To
	case t.Action == RecordVote:
		v := t.Vote
		if msg := ballotProblem(v); msg != "" {
			return n, invalidf(BadVote, "%s", msg)
		}
		v.Unit, v.On, v.Passed, v.Office = n.Holder, t.On, v.Threshold.Met(v.InFavour, v.Members), env.office(n, t.Vote)
		next.Votes = append(next.Votes, v)
	case t.Action == Consult:
		if t.Consultation == nil {
			return n, invalidf(BadConsultation, "no consultation to record")
		}
		if msg := t.Consultation.problem(t.On); msg != "" {
			return n, invalidf(BadConsultation, "%s", msg)
		}
	case t.Action == Return:
		if strings.TrimSpace(t.Reason) == "" {
			return n, invalidf(MissingReason, "a dossier returned needs a reason")
		}
	case t.Action == Approve || t.Action == Reject:
		if n.Holder != n.Authority {
			return n, invalidf(NotArrived, "the nomination is still with unit %q", n.Holder)
		}
		if f := env.placed(n, t); f != nil {
			return n, f
		}
		if t.Action == Reject {
			if strings.TrimSpace(t.Reason) == "" {
				return n, invalidf(MissingReason, "a rejection needs a reason")
			}
			break
		}
		if !t.Require.IsZero() && t.Require.Validate() != nil {
			return n, invalidf(BadThreshold, "required vote %d/%d: want 0 < num <= den <= %d", t.Require.Num, t.Require.Den, MaxThresholdDen)
		}
		if msg := n.consultProblem(); msg != "" {
			return n, invalidf(MissingConsultation, "%s: a state-level form for a unit located in a province needs it before approval", msg)
		}
		need, office := t.Require, Conferrer(0)
		if k, known := env.kind(n.Kind); known {
			need, office = maxThreshold(k.Council, need), k.CouncilOffice
		}
		if code, msg := n.councilCheck(need, office); code != "" {
			return n, invalidf(code, "%s", msg)
		}
	}
	next.State = row.to(n.State)
	var attached *Verdict
	if t.Verdict != nil {
		v := t.Verdict.cleaned()
		next.Verdict, attached = &v, new(Verdict)
		*attached = v.Clone()
	}
	if v := next.Verdict; blocksOnVerdict(v, t.Action) {
		return n, invalidf(UnflaggedIneligible, "the candidate was found ineligible (%s); flag the verdict to go ahead", v.Summary)
	}
	var consulted *Consultation
	if t.Action == Consult {
		c := t.Consultation.cleaned()
		consulted = &c
	}
	next.History = append(slices.Clip(next.History), Event{
		Action: t.Action, By: Actor{Unit: t.By.Unit, Name: vntext.Clean(t.By.Name)}, On: t.On,
		From: n.State, To: next.State, Holder: next.Holder, Reason: vntext.Clean(t.Reason), Verdict: attached,
		Consultation: consulted,
	})
	return next, nil
}

// recorded returns the transition the last event of n records, for a
// replay by [CheckStep]: the vote is the one n recorded after prev's.
func recorded(prev, n Nomination) Transition {
	e := n.History[len(n.History)-1]
	t := Transition{Action: e.Action, By: e.By, On: e.On, Reason: e.Reason, Verdict: e.Verdict, Consultation: e.Consultation}
	if r, ok := transitions[e.Action]; ok && r.sends {
		t.To = e.Holder
	}
	if e.Action == RecordVote && len(n.Votes) > len(prev.Votes) {
		t.Vote = n.Votes[len(prev.Votes)]
	}
	return t
}

// storeEnv is the environment of a replay in a store: no hierarchy, the
// office each vote recorded, the kinds of the store's catalogue.
type storeEnv struct{ kinds KindView }

func (storeEnv) placed(Nomination, Transition) *stepFault  { return nil }
func (storeEnv) consult(n Nomination, _ Transition) string { return n.ConsultProvince }
func (storeEnv) office(_ Nomination, v Vote) Conferrer     { return v.Office }
func (e storeEnv) kind(code Code) (Kind, bool) {
	if e.kinds == nil {
		return defaultKind(code)
	}
	k, err := e.kinds.Kind(code)
	return k, err == nil
}

// CheckStep reports whether next is prev after one step of the state
// machine, as [Nomination.Apply] makes it: the check a [Store] makes on the
// nomination it is given, without the hierarchy. prev is the nomination as
// stored, or, for a nomination just proposed, one with only its ID,
// [Subject], Proposer and Authority set (see [Proposal]). kinds gives the
// award kinds (the store's catalogue; nil: [DefaultCatalogue]).
//
// It replays the step next's last event records on prev — the same state
// machine Apply runs, without the checks that need the hierarchy (the
// candidate in the proposer's subtree, units above one another, the
// authority's office) — and requires next to be the outcome, up to the
// cleaning of its texts (NFC, spaces). The verdict an event attaches, the
// holder, the state, the council votes (the office a vote recorded is
// trusted) and every field of the nomination must agree. It returns the
// nomination as the state machine makes it, which is what the store keeps.
//
// Errors: ErrConflict (a [*thidua.Error]) if next's history is not prev's
// with one more event (a step was stored in between); ErrInvalid if next
// changes the subject, the proposer or the authority; otherwise a
// [*TransitionError] wrapping thidua.ErrInvalid, or thidua.ErrPermission
// when the step was taken by a unit the action does not belong to.
func CheckStep(prev, next Nomination, kinds KindView) (Nomination, error) {
	const op = "award: update"
	switch {
	case next.ID != prev.ID:
		return Nomination{}, thidua.Invalid(op, "nomination", next.ID, "id", "the step of nomination %q given for %q", next.ID, prev.ID)
	case next.Subject != prev.Subject:
		return Nomination{}, thidua.Invalid(op, "nomination", next.ID, "subject", "the subject of a nomination cannot change")
	case next.Proposer != prev.Proposer || next.Authority != prev.Authority:
		return Nomination{}, thidua.Invalid(op, "nomination", next.ID, "proposer", "the proposer and authority cannot change")
	case next.ConsultProvince != prev.ConsultProvince:
		return Nomination{}, thidua.Invalid(op, "nomination", next.ID, "consult_province", "the province to consult cannot change")
	case next.Post != prev.Post:
		return Nomination{}, thidua.Invalid(op, "nomination", next.ID, "post", "the post the proposal states cannot change")
	case len(next.History) != len(prev.History)+1 || !eventsEqual(next.History[:len(prev.History)], prev.History):
		return Nomination{}, thidua.Conflict(op, "nomination", next.ID, "stale: want the stored history (%d events) and one more step", len(prev.History))
	}
	t := recorded(prev, next)
	got, f := prev.step(t, storeEnv{kinds})
	if f != nil {
		return Nomination{}, f.err(prev, t.Action)
	}
	if f := mismatch(got, next.cleaned()); f != nil {
		return Nomination{}, f.err(prev, t.Action)
	}
	return got, nil
}

// Proposal returns the nomination n was before its Propose step: its ID,
// [Subject], Proposer, Authority, ConsultProvince and Post, in no state.
// [CheckStep] of a nomination just proposed starts from it.
func Proposal(n Nomination) Nomination {
	return Nomination{ID: n.ID, Subject: n.Subject, Proposer: n.Proposer, Authority: n.Authority, ConsultProvince: n.ConsultProvince, Post: n.Post}
}

// mismatch says how given differs from want, the outcome of the state
// machine, or nil if it does not.
func mismatch(want, given Nomination) *stepFault {
	e, g := want.History[len(want.History)-1], given.History[len(given.History)-1]
	switch {
	case g.From != e.From || g.To != e.To || given.State != want.State:
		return invalidf(BadHistory, "%s leads from %q to %q; the event says %q to %q and the nomination %q",
			e.Action, e.From, e.To, g.From, g.To, given.State)
	case g.Holder != e.Holder || given.Holder != want.Holder:
		return invalidf(BadHistory, "the step leaves the nomination with unit %q; the event says %q and the nomination %q",
			e.Holder, g.Holder, given.Holder)
	case !slices.Equal(given.Votes, want.Votes):
		return invalidf(BadVote, "recorded votes cannot change, only a vote step adds one, and a vote matches its step (council of %q on %s, passed as counted)",
			e.Holder, e.On)
	case !verdictEqual(given.Verdict, want.Verdict) || !verdictEqual(g.Verdict, e.Verdict):
		return invalidf(BadHistory, "the verdict differs from the one the history records")
	case !eventsEqual(given.History, want.History):
		return invalidf(BadHistory, "the event differs from the step it records")
	}
	return nil
}

// cleaned returns a copy of n with the texts of its events and verdicts
// cleaned as Apply cleans them.
func (n Nomination) cleaned() Nomination {
	n = n.clone()
	for i := range n.History {
		e := &n.History[i]
		e.By.Name, e.Reason = vntext.Clean(e.By.Name), vntext.Clean(e.Reason)
		if e.Verdict != nil {
			*e.Verdict = e.Verdict.cleaned()
		}
		if e.Consultation != nil {
			*e.Consultation = e.Consultation.cleaned()
		}
	}
	if n.Verdict != nil {
		*n.Verdict = n.Verdict.cleaned()
	}
	return n
}

// applyEnv is the environment of [Nomination.Apply]: the hierarchy h.
type applyEnv struct{ h HierarchyView }

// consult returns the province to consult for n: the one the caller set,
// or, for a kind needing consultation ([Kind.Consultation]), the province
// h tells the candidate's unit is located in ([LocationView]).
func (e applyEnv) consult(n Nomination, t Transition) string {
	if n.ConsultProvince != "" {
		return n.ConsultProvince
	}
	lv, ok := e.h.(LocationView)
	if !ok {
		return ""
	}
	if k, known := kindOf(e.h, n.Kind); !known || !k.Consultation {
		return ""
	}
	u := n.Recipient.Unit
	if n.Recipient.Person != "" {
		u, _ = e.h.UnitOf(n.Recipient.Person, t.On)
	}
	p, _ := lv.Province(u)
	return p
}

func (e applyEnv) kind(code Code) (Kind, bool) { return kindOf(e.h, code) }

func (e applyEnv) office(n Nomination, _ Vote) Conferrer {
	if cv, ok := e.h.(ConferrerView); ok {
		if c, ok := cv.Confers(n.Holder); ok {
			return c
		}
	}
	return 0
}

// wrongOffice reports whether the authority of n holds an office other than
// the one conferring its kind, as far as h can tell.
func (e applyEnv) wrongOffice(n Nomination) *stepFault {
	cv, ok := e.h.(ConferrerView)
	if !ok {
		return nil
	}
	c, ok := cv.Confers(n.Authority)
	if !ok {
		return nil
	}
	if k, known := kindOf(e.h, n.Kind); known && c != k.Conferrer {
		return deniedf(WrongConferrer, "authority %q holds the office of %s; %s is conferred by %s", n.Authority, c, k.Name, k.Conferrer)
	}
	return nil
}

func (e applyEnv) placed(n Nomination, t Transition) *stepFault {
	h := e.h
	switch t.Action {
	case Propose:
		if f := notExisting(h, "proposer", n.Proposer, t.On); f != nil {
			return f
		}
		line := RouteLine(h, n)
		if yes, known := isAboveOn(h, line, n.Authority, n.Proposer); !known {
			return invalidf(UnknownUnit, "unit %q or a unit above it is unknown", n.Proposer)
		} else if !yes {
			return invalidf(AuthorityBelow, "authority %q is not unit %q or above it on any line of authority", n.Authority, n.Proposer)
		}
		if f := e.wrongOffice(n); f != nil {
			return f
		}
		cu := n.Recipient.Unit
		if n.Recipient.Person != "" {
			u, ok := h.UnitOf(n.Recipient.Person, t.On)
			if !ok {
				return invalidf(UnknownCandidate, "person %q holds no known post on %s", n.Recipient.Person, t.On)
			}
			cu = u
		}
		if yes, known := isAboveOn(h, line, n.Proposer, cu); !known {
			return invalidf(UnknownUnit, "unit %q or a unit above it is unknown", cu)
		} else if !yes {
			return deniedf(OutsideSubtree, "candidate %s (unit %q) is outside the subtree of %q", n.Recipient, cu, n.Proposer)
		}
	case Submit, Forward:
		sender := t.By.Unit
		if f := notExisting(h, "unit", t.To, t.On); f != nil {
			return f
		}
		line := RouteLine(h, n)
		p, ok := above(h, line, sender)
		if !ok {
			return invalidf(UnknownUnit, "unit %q is unknown", sender)
		}
		if p == "" {
			return deniedf(NotAbove, "unit %q is not above unit %q on the %s line", t.To, sender, line)
		}
		if yes, known := isAboveOn(h, line, t.To, p); !known {
			return invalidf(UnknownUnit, "a unit above %q is unknown", sender)
		} else if !yes {
			return deniedf(NotAbove, "unit %q is not above unit %q on the %s line", t.To, sender, line)
		}
		if yes, _ := isAboveOn(h, line, n.Authority, t.To); !yes {
			return invalidf(BeyondAuthority, "unit %q is above the authority %q", t.To, n.Authority)
		}
	case Approve, Reject:
		return e.wrongOffice(n)
	}
	return nil
}

// Clone returns a copy of n sharing no slice or pointer with it.
func (n Nomination) Clone() Nomination { return n.clone() }
