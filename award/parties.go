package award

import (
	"context"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// This file checks records against the organisation they name: a decision
// issued by a unit that does not exist, a grant to a person or a unit that
// does not exist, a nomination proposed by a unit before it existed. The
// data contradicts such a record, and a report would later count one award
// less or fail; the checks refuse it with thidua.ErrInvalid instead.

// WithDirectory makes the store check, before it writes, every unit and
// person a decision or a nomination names against dir (an org.Store
// satisfies it), as [CheckDecisionParties] and [CheckProposalParties] do.
// A nil dir is ignored: the store then checks nothing against the
// organisation, and [Decide] is the checked path.
func WithDirectory(dir Hierarchy) Option {
	return func(cfg *Config) {
		if dir != nil {
			cfg.Directory = dir
		}
	}
}

// unitIn returns the unit id of dir, or an error wrapping ErrInvalid if dir
// does not know it (the record names a unit that does not exist).
func unitIn(ctx context.Context, dir Hierarchy, op, kind, id, field string, u org.UnitID) (org.Unit, error) {
	got, err := dir.Unit(ctx, u)
	switch {
	case isNotFound(err):
		return org.Unit{}, thidua.Invalid(op, kind, id, field, "unit %q is not in the organisation", u)
	case err != nil:
		return org.Unit{}, err
	}
	return got, nil
}

// CheckDecisionParties checks the units and people d names against the
// organisation dir: the issuing unit (Decision.Issuer, when set) exists and
// existed on the decision's date; each grant's recipient exists, and a unit
// recipient existed during the achievement it is rewarded for
// ([Subject.Span]). A unit's period left zero is unknown and checks nothing
// but its existence. The error wraps thidua.ErrInvalid (or is dir's own
// error); a nil dir is ErrInvalid.
//
// [Decide] runs it before it stores a decision; a store made
// [WithDirectory] runs it in AddDecision.
func CheckDecisionParties(ctx context.Context, dir Hierarchy, d Decision) error {
	const op = "award: add"
	if dir == nil {
		return thidua.Invalid(op, "decision", d.ID, "directory", "no organisation to check the decision against")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if d.Issuer != "" {
		u, err := unitIn(ctx, dir, op, "decision", d.ID, "issuer", d.Issuer)
		if err != nil {
			return err
		}
		if !u.Exists.IsZero() && !u.ExistsOn(d.Date) {
			return thidua.Invalid(op, "decision", d.ID, "issuer", "issuer %q did not exist on %s (it exists %s)", d.Issuer, d.Date, u.Exists)
		}
	}
	for _, g := range d.Grants {
		if err := checkRecipient(ctx, dir, op, "grant", g.ID, g.Subject); err != nil {
			return err
		}
	}
	return nil
}

// checkRecipient checks the recipient of s against dir: the person or unit
// exists, and a unit existed during the achievement.
func checkRecipient(ctx context.Context, dir Hierarchy, op, kind, id string, s Subject) error {
	if p := s.Recipient.Person; p != "" {
		_, err := dir.Person(ctx, p)
		switch {
		case isNotFound(err):
			return thidua.Invalid(op, kind, id, "recipient", "person %q is not in the organisation", p)
		case err != nil:
			return err
		}
		return nil
	}
	if s.Recipient.Unit == "" {
		return nil // the shape checks refuse it
	}
	u, err := unitIn(ctx, dir, op, kind, id, "recipient", s.Recipient.Unit)
	if err != nil {
		return err
	}
	if span := s.Span(); !u.Exists.IsZero() && span.Validate() == nil && !u.Exists.Overlaps(span) {
		return thidua.Invalid(op, kind, id, "recipient", "unit %q did not exist during the achievement %s (it exists %s)", u.ID, span, u.Exists)
	}
	return nil
}

// CheckProposalParties checks the units and the candidate a nomination
// just proposed names against the organisation dir: the proposing unit
// exists and existed on the day of its Propose step (a nomination dated
// before its proposer existed is refused), the authority exists, and the
// candidate exists as [CheckDecisionParties] checks a recipient. The error
// wraps thidua.ErrInvalid (or is dir's own error); a nil dir is ErrInvalid.
//
// [Nomination.Apply] checks the proposer's existence itself when its view
// knows the units' periods ([Tree]); a store made [WithDirectory] runs this
// in AddNomination.
func CheckProposalParties(ctx context.Context, dir Hierarchy, n Nomination) error {
	const op = "award: add"
	if dir == nil {
		return thidua.Invalid(op, "nomination", n.ID, "directory", "no organisation to check the nomination against")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	p, err := unitIn(ctx, dir, op, "nomination", n.ID, "proposer", n.Proposer)
	if err != nil {
		return err
	}
	if len(n.History) > 0 {
		if on := n.History[0].On; !p.Exists.IsZero() && !p.ExistsOn(on) {
			return thidua.Invalid(op, "nomination", n.ID, "proposer", "proposer %q did not exist on %s (it exists %s)", p.ID, on, p.Exists)
		}
	}
	if _, err := unitIn(ctx, dir, op, "nomination", n.ID, "authority", n.Authority); err != nil {
		return err
	}
	return checkRecipient(ctx, dir, op, "nomination", n.ID, n.Subject)
}

// Decide stores the decision d in s after checking it against the
// organisation dir ([CheckDecisionParties]): the checked path of decisions,
// as [Start] and [Advance] are of nominations. It returns the decision as
// stored (texts cleaned, grants tied to it), or the error of the check
// (ErrInvalid for an issuer or a recipient the organisation does not hold,
// or a nil dir) or of [Store.AddDecision].
func Decide(ctx context.Context, s Store, dir Hierarchy, d Decision) (Decision, error) {
	if s == nil {
		return Decision{}, thidua.Invalid("award: decide", "decision", d.ID, "store", "nil store")
	}
	if err := CheckDecisionParties(ctx, dir, d); err != nil {
		return Decision{}, err
	}
	if err := s.AddDecision(ctx, d); err != nil {
		return Decision{}, err
	}
	return s.Decision(ctx, d.ID)
}
