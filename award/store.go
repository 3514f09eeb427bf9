package award

import (
	"context"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// GrantFilter selects grants. Zero fields do not filter.
type GrantFilter struct {
	// People and Units select the recipients; if both are empty, grants to
	// anyone match.
	People []org.PersonID
	Units  []org.UnitID // see People
	// Codes restricts to these award kinds.
	Codes []Code
	// Period restricts to grants whose achievement span ([Subject.Span])
	// overlaps it.
	Period thidua.Period
	// DecidedIn restricts to grants of decisions dated in it.
	DecidedIn thidua.Period
	// IncludeRevoked includes revoked grants; by default they count for
	// nothing and are left out.
	IncludeRevoked bool
}

// NominationFilter selects nominations. Zero fields do not filter.
type NominationFilter struct {
	States    []State    // in one of these states
	Proposer  org.UnitID // proposed by this unit
	Holder    org.UnitID // held by this unit
	Candidate Recipient  // for this candidate
	Codes     []Code     // for one of these award kinds
	// PendingDuring restricts to nominations pending ([Nomination.Pending])
	// on at least one day of it.
	PendingDuring thidua.Period
}

// DecisionFilter selects decisions. Zero fields do not filter.
type DecisionFilter struct {
	Issuer org.UnitID // issued by this unit
	// IssuerName matches the decision's IssuerName up to the variants of
	// spelling vntext.Fold ignores.
	IssuerName string
	// Period restricts to decisions dated in it.
	Period thidua.Period
	// WithoutGrants leaves the grants out of the decisions returned, for a
	// caller that needs only the headings (number, date, issuer, signer).
	WithoutGrants bool
	// IDs, if not nil, restricts to these decisions; unknown IDs are
	// skipped.
	IDs []string
}

// Store keeps nominations, decisions and their grants.
//
// Implementations must be safe for concurrent use, must copy values in and
// out (a caller never shares a slice or pointer with the store), must leave
// stored data unchanged when a method returns an error, and must return
// results in a deterministic order: by ID unless a method says otherwise.
// Errors wrap thidua.ErrNotFound, thidua.ErrConflict and thidua.ErrInvalid
// as each method documents. A store checks records against the award
// [Catalogue] it was made with.
//
// A store guards the nominations' state machine as far as it can without the
// organisation's hierarchy: each new step must follow the transition table
// of [Action] (from-state, to-state, the holder), be taken by the unit the
// action belongs to (the proposer, the holder, the authority), record any
// verdict it attaches in its [Event], keep an ineligible candidate out
// unless the verdict is flagged, and, on Approve, meet the council vote the
// kind needs ([Kind.Council]), counting the votes as Apply does: those of
// the council of [Kind.CouncilOffice], by the office each vote recorded
// ([Vote.Office]; a vote recorded without a conferrer mapping counts), or
// the authority's own when the kind names no office. Whether the candidate is in the proposer's
// subtree, or a unit is above another, needs the hierarchy: [Start] and
// [Advance] (through [Nomination.Apply]) are the checked path. Such a
// refusal is a [*TransitionError] wrapping thidua.ErrInvalid, or
// thidua.ErrPermission when the step is taken by the wrong unit.
//
// These rules are written once, as pure functions every store calls inside
// its write: [CheckProposal], [CheckUpdate] (through [CheckStep], the state
// machine [Nomination.Apply] runs), [CheckDecision] and [CheckRevoke], over
// the look-ups of a [RuleReader]. A store adds persistence and atomicity.
//
// The conformance suite in package awardtest checks all of this.
type Store interface {
	// AddNomination stores a nomination just proposed (state Draft, as
	// [Nomination.Apply] makes it with a Propose transition). ErrInvalid for
	// a nomination that is not in Draft with exactly its Propose event, an
	// unknown award kind, a subject the kind does not allow, or a Propose
	// event that breaks the rules above (a [*TransitionError]: not held by
	// the proposer, a verdict the event does not record, an ineligible
	// verdict not flagged); ErrPermission if the event was not taken by the
	// proposer; ErrConflict if the ID exists or, for a title, the candidate
	// already holds it for the year or another nomination for it is open or
	// approved and not yet granted. A nomination without a verdict is
	// stored: its eligibility was not assessed.
	AddNomination(ctx context.Context, n Nomination) error
	// UpdateNomination stores the next step of a stored nomination: n must
	// be the stored one with one more event in its history, as
	// [Nomination.Apply] returns it. ErrNotFound if the ID is unknown;
	// ErrConflict if the stored history is not n's less its last event (a
	// step was stored in between); ErrInvalid if n changes the subject, the
	// proposer or the authority, or its last event breaks the rules above
	// (a [*TransitionError]); ErrPermission if that event was taken by a
	// unit the action does not belong to.
	UpdateNomination(ctx context.Context, n Nomination) error
	// Nomination returns the nomination with the ID, or ErrNotFound.
	Nomination(ctx context.Context, id string) (Nomination, error)
	// Nominations returns the nominations matching f, by ID.
	Nominations(ctx context.Context, f NominationFilter) ([]Nomination, error)

	// AddDecision stores a decision with its grants, setting each grant's
	// Decision to d.ID. ErrInvalid if [Decision.Validate] fails or a grant
	// names a nomination that is unknown, not approved or for another
	// subject (the whole [Subject] must be the same: kind, recipient, year,
	// period, movement and basis, except that a nomination not stating its
	// basis is granted on any basis the kind allows); a granted title nomination no longer holds
	// the title open. ErrConflict if the decision ID or a grant ID exists, another
	// decision has the same number in the same year, a nomination is
	// already granted, or a recipient would hold the same title twice for a
	// year (revoked grants do not count).
	AddDecision(ctx context.Context, d Decision) error
	// Decision returns the decision with the ID and its grants as they
	// stand (revocations included), or ErrNotFound.
	Decision(ctx context.Context, id string) (Decision, error)
	// Decisions returns the decisions matching f, by date, then ID.
	Decisions(ctx context.Context, f DecisionFilter) ([]Decision, error)

	// Grant returns the grant with the ID, or ErrNotFound.
	Grant(ctx context.Context, id string) (Grant, error)
	// Grants returns the grants matching f, by ID.
	Grants(ctx context.Context, f GrantFilter) ([]Grant, error)
	// Revoke marks the grant revoked (Law 2022 chapter VII); it stays in
	// history. ErrNotFound if the ID is unknown; ErrInvalid if
	// [Revocation.Validate] fails against the decision's date; ErrConflict
	// if the grant is already revoked.
	Revoke(ctx context.Context, grantID string, r Revocation) error
}

// GrantReader is the narrow read interface of the readers of grants (reports,
// the rules' loaders): every [Store] satisfies it. Grants of a whole subtree
// or of a set of people are one call with the sets in [GrantFilter] People
// and Units; a SQL store answers it with one query, whatever their size.
type GrantReader interface {
	Grants(ctx context.Context, f GrantFilter) ([]Grant, error)
}

// DecisionReader is the narrow read interface of the readers of decisions:
// every [Store] satisfies it. The decisions of a set of grants are one call
// with their IDs in [DecisionFilter] IDs (WithoutGrants for the headings
// only); a SQL store answers it with one query (two with the grants).
type DecisionReader interface {
	Decisions(ctx context.Context, f DecisionFilter) ([]Decision, error)
}

var (
	_ GrantReader    = Store(nil)
	_ DecisionReader = Store(nil)
)
