package award

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// State is the state of a [Nomination]. The zero State is a nomination not
// yet proposed.
type State int

// States. Approved, Rejected, Withdrawn and Returned are final.
const (
	Draft     State = iota + 1 // dự thảo: being prepared by the proposing unit
	Submitted                  // đang đề nghị: sent up, waiting for the authority
	Approved                   // được duyệt: the authority agreed; a decision follows
	Rejected                   // không được duyệt
	Withdrawn                  // đã rút
	// Returned (trả lại): a unit the nomination was sent to sent the
	// dossier back, with a reason (incomplete, not meeting the criteria);
	// the proposer proposes anew if it still wants the award.
	Returned
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
	case Returned:
		return "trả lại"
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// Final reports whether no transition leads out of s.
func (s State) Final() bool { return s == Approved || s == Rejected || s == Withdrawn || s == Returned }

// Action is what a [Transition] does.
type Action int

// Actions, and the states they move between:
//
//	Propose    (new)            → Draft      by the proposing unit
//	Submit     Draft            → Submitted  by the proposing unit, to a unit above it
//	Forward    Submitted        → Submitted  by the unit holding it, to a unit above it
//	RecordVote Draft, Submitted → same state by the unit holding it (its council)
//	Approve    Submitted        → Approved   by the authority, once it holds it
//	Reject     Submitted        → Rejected   by the authority, with a reason
//	Withdraw   Draft, Submitted → Withdrawn  by the proposing unit
//	Consult    Draft, Submitted → same state by the unit holding it: records
//	                                         the opinion (hiệp y) of the body consulted
//	Return     Submitted        → Returned   by the unit holding it, with a reason
//	Appraise   Submitted        → same state by the unit holding it: records
//	                                         that the dossier was appraised (thẩm định)
//
// The proposer's council may vote on its own draft before submitting it: for
// CSTĐ toàn quốc the ministry's council votes before the ministry proposes
// to the Prime Minister (see [Kind.CouncilOffice]). When the proposer is
// itself the authority (a Cục proposing its own staff for Lao động tiên
// tiến), Approve and Reject also apply to the Draft directly: there is no one
// to submit to.
const (
	Propose Action = iota + 1
	Submit
	Forward
	RecordVote
	Approve
	Reject
	Withdraw
	// Consult records a [Consultation] (hiệp y): the opinion of the
	// provincial People's Committee a ministry must obtain before it sends a
	// state-level form for one of its units located in the province to the
	// authority (Luật Thi đua, khen thưởng 2022, Điều 84 khoản 3; Nghị định
	// 98/2023/NĐ-CP, Điều 31 [C]). See [Nomination.ConsultProvince].
	Consult
	// Return sends the dossier back to the proposer (trả lại hồ sơ): the
	// unit holding a submitted nomination finds it incomplete or not
	// meeting the criteria, and says why (Reason, required). It ends the
	// nomination ([Returned]).
	Return
	// Appraise records that the body appraising the dossier for the unit
	// holding it has appraised it (thẩm định: the emulation office of a
	// ministry or province, the Ban Thi đua - Khen thưởng Trung ương for
	// the State's awards; Luật Thi đua, khen thưởng 2022, Điều 84), with an
	// optional note in Reason. It changes no state; a nomination at its
	// authority without one awaits appraisal ("chờ thẩm định"). Like
	// Approve, it applies to the draft of a proposer that is its own
	// authority.
	Appraise
)

var actionNames = [...]string{"", "propose", "submit", "forward", "record vote", "approve", "reject", "withdraw", "consult", "return", "appraise"}

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
	Unit org.UnitID `json:"unit"`           // the unit that acts
	Name string     `json:"name,omitempty"` // "Nguyễn Văn A, Cục trưởng" or "Hội đồng TĐKT"
}

// Threshold is the share of ALL council members whose votes in favour an
// award needs: Num/Den, reached with "at least" or, if Strict, "more
// than". The rules package supplies the value the law sets for each award
// and regime (e.g. 90 % of all members for CSTĐ cấp bộ and toàn quốc under
// NĐ 91/2017 art. 45.8); the zero Threshold means "no vote required".
type Threshold struct {
	Num    int  `json:"num"`              // numerator of the share
	Den    int  `json:"den"`              // denominator of the share
	Strict bool `json:"strict,omitempty"` // "more than" instead of "at least"
}

// Percent returns the threshold "at least p % of all members".
func Percent(p int) Threshold { return Threshold{Num: p, Den: 100} }

// IsZero reports whether t is the zero Threshold.
func (t Threshold) IsZero() bool { return t == Threshold{} }

// MaxThresholdDen bounds the denominator of a valid [Threshold], so that
// the threshold arithmetic stays exact.
const MaxThresholdDen = 1_000_000

// Validate reports whether 0 < Num <= Den <= [MaxThresholdDen]. The error
// wraps thidua.ErrInvalid.
func (t Threshold) Validate() error {
	if t.Den <= 0 || t.Num <= 0 || t.Num > t.Den || t.Den > MaxThresholdDen {
		return fmt.Errorf("award: threshold %d/%d: %w: want 0 < num <= den <= %d", t.Num, t.Den, thidua.ErrInvalid, MaxThresholdDen)
	}
	return nil
}

// cmpProducts compares a*b with c*d for non-negative operands, exactly (in
// 128 bits, so no product overflows).
func cmpProducts(a, b, c, d int) int {
	lh, ll := bits.Mul64(uint64(a), uint64(b))
	rh, rl := bits.Mul64(uint64(c), uint64(d))
	switch {
	case lh != rh:
		if lh < rh {
			return -1
		}
		return 1
	case ll != rl:
		if ll < rl {
			return -1
		}
		return 1
	}
	return 0
}

// AtLeast reports whether t demands at least as much as u: a share no
// smaller, and "more than" where u says "more than" of the same share. Every
// threshold is at least the zero Threshold; the zero Threshold is at least
// only itself; an invalid t (see [Threshold.Validate]) is at least no
// non-zero threshold, and no threshold is at least an invalid u.
func (t Threshold) AtLeast(u Threshold) bool {
	switch {
	case u.IsZero():
		return true
	case t.IsZero() || t.Validate() != nil || u.Validate() != nil:
		return false
	}
	c := cmpProducts(t.Num, u.Den, u.Num, t.Den)
	return c > 0 || c == 0 && (t.Strict || !u.Strict)
}

// maxThreshold returns the more demanding of a and b.
func maxThreshold(a, b Threshold) Threshold {
	if a.AtLeast(b) {
		return a
	}
	return b
}

// Met reports whether inFavour votes out of members reach t, in exact
// integer arithmetic that cannot overflow. A zero Threshold is always met;
// an invalid one (see [Threshold.Validate]) never is, nor are impossible
// counts (negative, or more in favour than members).
func (t Threshold) Met(inFavour, members int) bool {
	if t.IsZero() {
		return true
	}
	if t.Validate() != nil || inFavour < 0 || members <= 0 || inFavour > members {
		return false
	}
	c := cmpProducts(inFavour, t.Den, t.Num, members)
	if t.Strict {
		return c > 0
	}
	return c >= 0
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
	Unit      org.UnitID  `json:"unit"`      // the unit whose council voted
	On        thidua.Date `json:"on"`        // the day of the ballot
	Members   int         `json:"members"`   // all members of the council, present or not
	InFavour  int         `json:"in_favour"` // votes in favour
	Threshold Threshold   `json:"threshold"` // the share the council voted at
	Passed    bool        `json:"passed"`    // InFavour reached Threshold of Members
	// Office is the conferring office Unit held when the vote was recorded,
	// as the [ConferrerView] given to Apply told; 0 if it could not tell.
	// Approve counts a vote only if Office is the kind's
	// [Kind.CouncilOffice] or 0.
	Office Conferrer `json:"office,omitempty"`
}

// Verdict is an eligibility check as a nomination records it: the outcome,
// its summary, the proposer's flag and, when it comes from the rules engine
// (package award/rules, whose Verdict.ForNomination makes one in one call),
// every criterion checked with its reason and citation. A nomination for a
// candidate found ineligible may only go ahead flagged: the proposer states
// it knows. A nomination with no verdict is one whose eligibility was not
// assessed: it goes ahead, and reports can tell it from one found eligible.
//
// It is a type of its own, not the engine's rules.Verdict: package rules
// imports award (codes, grants), so award cannot name rules' type; and a
// nomination's verdict carries what the engine's does not (Summary, the
// proposer's Flagged) while leaving out what the nomination already says
// (the code and year asked, its Subject). The criteria are one type for
// both ([Criterion], which rules.Criterion names).
type Verdict struct {
	Eligible bool   `json:"eligible"` // the candidate meets the criteria
	Summary  string `json:"summary"`  // Vietnamese, e.g. "Chưa đủ 03 năm liên tục đạt CSTĐCS"
	Flagged  bool   `json:"flagged"`  // the proposer goes ahead knowing the candidate is ineligible
	// Regime names the legal regime the check ran under ("R2024"), if known.
	Regime string `json:"regime,omitempty"`
	// Through is the last achievement year the check counted (a grant made
	// on it records that year), 0 if unknown.
	Through int `json:"through,omitempty"`
	// Pending says an eligible verdict still waits for a criterion the
	// history cannot decide (a council vote, a quota).
	Pending bool `json:"pending,omitempty"`
	// Basis is the kind of commendation an eligible verdict rests on (Luật
	// Thi đua, khen thưởng 2022, Điều 8); 0 if not stated.
	Basis Basis `json:"basis,omitempty"`
	// Criteria are the criteria checked, in order, each with its reason
	// and legal citation; nil for a verdict given as a summary alone.
	Criteria []Criterion `json:"criteria,omitempty"`
	// Initiatives and Feats are the IDs of the initiatives and of the
	// one-off feats an eligible verdict counted: a grant made on it uses
	// them, and one achievement earns one form (Luật Thi đua, khen thưởng
	// 2022, Điều 5). Once a grant answers the nomination, the rules'
	// loaders (rules.LoadPerson, rules.LoadSubtree) count its initiatives
	// as used by it; recording the use in the campaign store too
	// (campaign.Store.UseInitiative) shows it there.
	Initiatives []string `json:"initiatives,omitempty"`
	Feats       []string `json:"feats,omitempty"`
}

// Transition is one step of a nomination's life; see [Action] for who may
// take which.
type Transition struct {
	Action Action      `json:"action"` // what the step does
	By     Actor       `json:"by"`     // who takes it
	On     thidua.Date `json:"on"`     // the day it is taken
	// To is the unit a Submit or Forward sends the nomination to.
	To org.UnitID `json:"to,omitempty"`
	// Reason explains the step; Reject requires one. Vietnamese.
	Reason string `json:"reason,omitempty"`
	// Verdict, on Propose, Submit or Forward, attaches (or replaces) the
	// eligibility verdict; the step's [Event] records it. Other actions
	// refuse one. No verdict on Propose means eligibility not assessed.
	Verdict *Verdict `json:"verdict,omitempty"`
	// Vote is the ballot a RecordVote records.
	Vote Vote `json:"vote,omitzero"`
	// Consultation is the record a Consult step records; other actions
	// refuse one.
	Consultation *Consultation `json:"consultation,omitempty"`
	// Require, on Approve, is the vote the approver says the award needs;
	// if set it must be a valid threshold ([BadThreshold]). Approve requires
	// the more demanding of Require and the kind's own [Kind.Council]: the
	// last counted vote (see [Kind.CouncilOffice]) must have been taken at
	// that threshold or a higher one, and reach it. Neither set: no vote
	// needed (a counted vote that was recorded and failed still blocks
	// approval).
	Require Threshold `json:"require,omitzero"`
}

// Event is one entry of a nomination's audit trail.
type Event struct {
	Action Action      `json:"action"`           // what was done
	By     Actor       `json:"by"`               // who did it
	On     thidua.Date `json:"on"`               // the day it was done
	From   State       `json:"from"`             // the state before
	To     State       `json:"to"`               // the state after
	Holder org.UnitID  `json:"holder"`           // unit holding the nomination afterwards
	Reason string      `json:"reason,omitempty"` // why, in Vietnamese, if stated
	// Verdict is the eligibility verdict the step attached, if it attached
	// one (Propose, Submit, Forward): the trail keeps every verdict the
	// nomination had.
	Verdict *Verdict `json:"verdict,omitempty"`
	// Consultation is the consultation (hiệp y) a Consult step recorded.
	Consultation *Consultation `json:"consultation,omitempty"`
}

// Nomination is a proposal (đề nghị) to give an award. Build one with the
// [Subject], ID, Proposer and Authority set, then move it with
// [Nomination.Apply], starting with a Propose transition.
type Nomination struct {
	ID string `json:"id"` // unique in the store
	// Subject is the award proposed, the candidate and the achievement.
	Subject
	// Proposer is the unit that proposes; the candidate is in its subtree.
	Proposer org.UnitID `json:"proposer"`
	// Authority is the unit whose head (or council) confers the award and
	// so approves or rejects: a ministry for CSTĐ cấp bộ; a unit standing
	// for the Government or the President for their awards. It is the
	// proposer or above it, and, when the [HierarchyView] tells which office
	// a unit holds ([ConferrerView]), a unit holding the office that confers
	// the kind ([Kind.Conferrer]).
	Authority org.UnitID `json:"authority"`
	// Holder is the unit the nomination is with: the proposer while in
	// draft, then the unit it was last submitted or forwarded to.
	Holder org.UnitID `json:"holder,omitempty"`
	State  State      `json:"state"` // where it stands
	// Verdict is the eligibility verdict last attached; nil means
	// eligibility not assessed. An ineligible one must be flagged.
	Verdict *Verdict `json:"verdict,omitempty"`
	Votes   []Vote   `json:"votes,omitempty"`   // council ballots, in the order taken
	History []Event  `json:"history,omitempty"` // every step, in order
	// ConsultProvince names the province whose People's Committee must
	// give its opinion (hiệp y) before the nomination is sent to its
	// authority or approved: a state-level form ([Kind.Consultation])
	// proposed by a ministry for a unit located in a province (Luật Thi
	// đua, khen thưởng 2022, Điều 84 khoản 3; Nghị định 98/2023/NĐ-CP,
	// Điều 31 [C]). Empty: no consultation is required. The caller may set
	// it before Propose; Propose sets it otherwise when the kind needs
	// consultation and the [HierarchyView] tells the candidate's unit is
	// located in a province ([LocationView]). It cannot change afterwards.
	ConsultProvince string `json:"consult_province,omitempty"`
	// Post is the candidate's post as the proposal names it ("Giám đốc Sở
	// Tư pháp"), for a person: the proposal states it beside the name, and a
	// list repeats it as written even when the organisation's records say
	// it otherwise. Empty: lists take the post from the organisation on
	// their day. A collective has none. The period of the achievement is
	// the [Subject]'s own field (Period, or the Year), stated apart: "đã có
	// thành tích xuất sắc từ năm 2020 đến năm 2024". Set before Propose; it
	// cannot change afterwards.
	Post string `json:"post,omitempty"`
}

// TransitionCode says why [Nomination.Apply] refused a transition.
type TransitionCode string

// Transition codes. Those marked (P) wrap thidua.ErrPermission; the others
// wrap thidua.ErrInvalid.
const (
	UnknownAction       TransitionCode = "unknown-action"        // not an Action
	BadTransition       TransitionCode = "bad-transition"        // no acting unit, or no valid date
	Backdated           TransitionCode = "backdated"             // dated before the last event
	WrongState          TransitionCode = "wrong-state"           // the action does not apply in this state
	BadNomination       TransitionCode = "bad-nomination"        // Propose: a required field is missing
	UnknownUnit         TransitionCode = "unknown-unit"          // a unit the hierarchy does not know
	UnknownCandidate    TransitionCode = "unknown-candidate"     // a person with no post on the date
	AuthorityBelow      TransitionCode = "authority-below"       // the authority is not the proposer or above it
	OutsideSubtree      TransitionCode = "outside-subtree"       // (P) candidate outside the proposer's subtree
	NotProposer         TransitionCode = "not-proposer"          // (P) only the proposing unit may do this
	NotHolder           TransitionCode = "not-holder"            // (P) only the unit holding it may do this
	NotAuthority        TransitionCode = "not-authority"         // (P) only the conferring authority may do this
	NotAbove            TransitionCode = "not-above"             // (P) the target is not above the sender
	ToSelf              TransitionCode = "to-self"               // submitted or forwarded to the sender itself
	BeyondAuthority     TransitionCode = "beyond-authority"      // sent past the authority
	NotArrived          TransitionCode = "not-arrived"           // the authority does not hold it yet
	MissingReason       TransitionCode = "missing-reason"        // Reject or Return without a reason
	BadVote             TransitionCode = "bad-vote"              // impossible counts or threshold
	BadThreshold        TransitionCode = "bad-threshold"         // Approve: Require is not a valid threshold
	MissingVote         TransitionCode = "missing-vote"          // Approve needs a council vote
	VoteFailed          TransitionCode = "vote-failed"           // the vote did not reach the threshold
	UnflaggedIneligible TransitionCode = "unflagged-ineligible"  // verdict says ineligible and is not flagged
	NoHierarchy         TransitionCode = "no-hierarchy"          // Apply was given no HierarchyView
	WrongConferrer      TransitionCode = "wrong-conferrer"       // (P) the authority does not hold the office conferring the kind
	LowVoteThreshold    TransitionCode = "low-vote-threshold"    // the vote was taken at a lower share than the award needs
	BadHistory          TransitionCode = "bad-history"           // (stores) the new event does not match the nomination's fields
	BadConsultation     TransitionCode = "bad-consultation"      // Consult: the record is missing a field or impossible
	MissingConsultation TransitionCode = "missing-consultation"  // sent to the authority or approved without a concurring hiệp y
	UnitNotInExistence  TransitionCode = "unit-not-in-existence" // proposed by, or sent to, a unit on a day it did not exist
)

// TransitionError is the error [Nomination.Apply] returns. Err wraps
// thidua.ErrPermission or thidua.ErrInvalid, so errors.Is works on it.
type TransitionError struct {
	Nomination string         // ID of the nomination
	Action     Action         // the action refused
	State      State          // the state the nomination was in
	Code       TransitionCode // why
	Err        error          // the cause, wrapping a sentinel
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
// one from an org.Store with [LoadTree] or [TreeFor]. A view may also
// implement [ConferrerView] and [KindView].
type HierarchyView interface {
	// Parent returns the parent of unit u ("" for a root), and false if u is
	// unknown.
	Parent(u org.UnitID) (org.UnitID, bool)
	// UnitOf returns the unit of the person's post on the date, and false if
	// the person is unknown or holds no post then.
	UnitOf(p org.PersonID, on thidua.Date) (org.UnitID, bool)
}

// ConferrerView is an optional interface of a [HierarchyView]: it tells
// which conferring office acts through a unit (Luật Thi đua, khen thưởng
// 2022, Chương IV): the ministry
// for its minister, the unit standing for the Government for the Prime
// Minister, and so on. [Nomination.Apply] then checks that the authority of
// a nomination holds the office that confers its kind.
type ConferrerView interface {
	// Confers returns the office whose awards unit u's head (or council)
	// confers, and false if the view cannot tell; then Apply keeps to the
	// checks of the hierarchy alone.
	Confers(u org.UnitID) (Conferrer, bool)
}

// ExistenceView is an optional interface of a [HierarchyView]: it tells
// the period in which a unit exists ([org.Unit].Exists). [Nomination.Apply]
// then refuses a nomination proposed by a unit on a day it did not exist,
// and one sent to a unit on a day it did not exist ([UnitNotInExistence]).
type ExistenceView interface {
	// Exists returns the period in which u exists, and false if the view
	// cannot tell; then Apply checks nothing about it.
	Exists(u org.UnitID) (thidua.Period, bool)
}

// notExisting refuses a step of a unit, or to a unit, on a day the view
// tells it did not exist; nil if it did or the view cannot tell.
func notExisting(h HierarchyView, role string, u org.UnitID, on thidua.Date) *stepFault {
	ev, ok := h.(ExistenceView)
	if !ok {
		return nil
	}
	if p, ok := ev.Exists(u); ok && !p.Contains(on) {
		return invalidf(UnitNotInExistence, "%s %q did not exist on %s (it exists %s)", role, u, on, p)
	}
	return nil
}

// KindView is an optional interface of a [HierarchyView], and of a store
// holding a catalogue: the award kinds [Nomination.Apply] checks the
// conferrer ([Kind.Conferrer]) and the council vote ([Kind.Council])
// against. *Catalogue and *MemStore implement it. A view that does not
// implement it is read as [DefaultCatalogue]; a kind the view does not know
// is checked against the hierarchy alone.
type KindView interface {
	// Kind returns the kind with the code, or an error.
	Kind(code Code) (Kind, error)
}

// kindOf returns the kind of code as h sees it (see [KindView]).
func kindOf(h HierarchyView, code Code) (Kind, bool) {
	if kv, ok := h.(KindView); ok {
		k, err := kv.Kind(code)
		return k, err == nil
	}
	return defaultKind(code)
}

// maxDepth bounds walks up a hierarchy, so that a corrupt cycle ends.
const maxDepth = 1000

// LineView is an optional interface of a [HierarchyView]: it tells the
// unit above a unit on each line of authority (org.Line): a Sở Tư pháp's
// parent is the Ủy ban nhân dân tỉnh, and on the sector line the Bộ Tư
// pháp guides it. [Nomination.Apply] then routes a nomination along the
// line that reaches its authority (see [RouteLine]). A view without it has
// the administrative line only.
type LineView interface {
	// Above returns the unit above u on line l ("" for a top), and false
	// if u is unknown.
	Above(u org.UnitID, l org.Line) (org.UnitID, bool)
}

// above returns the unit above u on line l as h tells it.
func above(h HierarchyView, l org.Line, u org.UnitID) (org.UnitID, bool) {
	if lv, ok := h.(LineView); ok {
		return lv.Above(u, l)
	}
	return h.Parent(u)
}

// RouteLine returns the line of authority a nomination travels from its
// proposer to its authority: the administrative line when the authority is
// the proposer or above it there, else the sector line. A Sở Tư pháp thus
// proposes the Bằng khen of the Chủ tịch UBND tỉnh to its People's
// Committee, and the Bằng khen of the Minister to the Bộ Tư pháp that
// guides its sector (Luật Thi đua, khen thưởng 2022, Điều 84); a unit
// with one line uses that line whatever the kind.
func RouteLine(h HierarchyView, n Nomination) org.Line {
	if h == nil {
		return org.Administrative
	}
	if yes, _ := isAboveOn(h, org.Administrative, n.Authority, n.Proposer); yes {
		return org.Administrative
	}
	if _, ok := h.(LineView); ok {
		return org.Sector
	}
	return org.Administrative
}

// isAboveOn reports whether anc is u or above u on line l. known is false
// if u, or a unit on the way up, is unknown.
func isAboveOn(h HierarchyView, l org.Line, anc, u org.UnitID) (yes, known bool) {
	for range maxDepth {
		if u == anc {
			return true, true
		}
		p, ok := above(h, l, u)
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
// no slice or pointer with n. A nil h is refused ([NoHierarchy]).
//
// Apply checks who acts (see [Action]), using h to place units and
// candidates: a unit proposes only candidates in its own subtree on the date
// of the proposal, sends a nomination only to a unit above it and not past
// the authority, and only the authority approves or rejects, once the
// nomination has reached it.
//
// It checks the award itself against the kind h gives ([KindView]; the
// kinds of [DefaultCatalogue] if h gives none):
//   - on Propose, Approve and Reject, when h tells which office the
//     authority holds ([ConferrerView]), that office must be the kind's
//     [Kind.Conferrer] ([WrongConferrer]): a Chi cục cannot make itself the
//     authority for a minister's award. A view that cannot tell (a plain
//     org.Store, a [Tree] without [WithConferrers]) leaves this to the
//     hierarchy checks alone;
//   - on Approve, the council vote the kind needs ([Kind.Council]) or
//     t.Require, whichever demands more: the last counted vote must exist,
//     have been taken at that threshold or a higher one, and reach it. When
//     the kind names the council that votes ([Kind.CouncilOffice]), a vote
//     counts if the unit that took it (the proposer or a unit the
//     nomination went through: votes are taken by the holder) held that
//     office ([Vote.Office]) or the view could not tell; otherwise only the
//     authority's own votes count.
func (n Nomination) Apply(t Transition, h HierarchyView) (Nomination, error) {
	if !t.Action.Valid() {
		return n, invalidf(UnknownAction, "unknown action %d", int(t.Action)).err(n, t.Action)
	}
	if h == nil {
		return n, invalidf(NoHierarchy, "no hierarchy view to check the step against").err(n, t.Action)
	}
	next, f := n.step(t, applyEnv{h})
	if f != nil {
		return n, f.err(n, t.Action)
	}
	return next, nil
}

// ballotProblem says what is impossible about a ballot, or "".
func ballotProblem(v Vote) string {
	if v.Threshold.Validate() != nil {
		return fmt.Sprintf("threshold %d/%d: want 0 < num <= den", v.Threshold.Num, v.Threshold.Den)
	}
	if v.Members <= 0 || v.InFavour < 0 || v.InFavour > v.Members {
		return fmt.Sprintf("%d in favour of %d members", v.InFavour, v.Members)
	}
	return ""
}

// councilCheck says why the authority of n may not approve it when the
// award needs the council vote need (NĐ 91/2017 art. 45.8 for CSTĐ), taken
// by a council of the office given (0: the authority's own council). The
// last counted vote (see [Nomination.lastCounted]) must exist if need is
// not zero, have been taken at need or a higher threshold, and pass it. A
// counted vote that failed blocks approval even when none is needed. The
// code is "" if nothing stands in the way. Apply and the stores share it.
func (n Nomination) councilCheck(need Threshold, office Conferrer) (TransitionCode, string) {
	last, ok := n.lastCounted(office)
	switch {
	case !ok && need.IsZero():
		return "", ""
	case !ok:
		return MissingVote, fmt.Sprintf("the award needs a council vote of %s of all members", need)
	case !last.Threshold.AtLeast(need):
		return LowVoteThreshold, fmt.Sprintf("the vote of %s was taken at %s; the award needs %s of all members, so it does not count",
			last.On, last.Threshold, need)
	case !last.Passed || !need.Met(last.InFavour, last.Members):
		return VoteFailed, fmt.Sprintf("%d of %d members in favour", last.InFavour, last.Members)
	}
	return "", ""
}

// verdictEqual reports whether a and b are both nil or equal verdicts.
func verdictEqual(a, b *Verdict) bool {
	return a == b || a != nil && b != nil && a.Equal(*b)
}

// eventsEqual reports whether two histories are the same, verdicts compared
// by value.
func eventsEqual(a, b []Event) bool {
	return slices.EqualFunc(a, b, func(x, y Event) bool {
		vx, vy := x.Verdict, y.Verdict
		cx, cy := x.Consultation, y.Consultation
		x.Verdict, y.Verdict, x.Consultation, y.Consultation = nil, nil, nil, nil
		return x == y && verdictEqual(vx, vy) && (cx == cy || cx != nil && cy != nil && *cx == *cy)
	})
}

// missingField names the first required field Propose finds empty.
func (n Nomination) missingField() string {
	switch {
	case n.ID == "":
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

// lastCounted returns the last vote that counts for approval. With office
// 0, only the authority's own council counts. Otherwise (the council of the
// ministry or province that proposes, NĐ 91/2017 art. 45.8 [C]) every vote
// was taken by a unit on the nomination's path (the holder at the time: the
// proposer, a unit it went through, or the authority), and one counts if
// that unit held the office, or if the view given to Apply could not tell
// ([Vote.Office] 0).
func (n Nomination) lastCounted(office Conferrer) (Vote, bool) {
	for i := len(n.Votes) - 1; i >= 0; i-- {
		v := n.Votes[i]
		if office == 0 && v.Unit == n.Authority || office != 0 && (v.Office == 0 || v.Office == office) {
			return v, true
		}
	}
	return Vote{}, false
}

// clone returns a copy of n sharing nothing with it.
func (n Nomination) clone() Nomination {
	n.Votes = slices.Clone(n.Votes)
	n.History = slices.Clone(n.History)
	for i, e := range n.History {
		if e.Verdict != nil {
			v := e.Verdict.Clone()
			n.History[i].Verdict = &v
		}
		if e.Consultation != nil {
			c := *e.Consultation
			n.History[i].Consultation = &c
		}
	}
	if n.Verdict != nil {
		v := n.Verdict.Clone()
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
