package award

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
)

// This file holds the rules every [Store] keeps, as pure functions over
// what the store looks up while it writes ([RuleReader]): a store — the
// MemStore, the SQL store of package awardsql, a ministry's own — calls
// them inside its write and adds only persistence and atomicity.

// TitleKey identifies the one title a recipient may hold for a year: a
// title (a kind of [Family] Title) is held once for a year, as one
// achievement earns only one award (Law 2022 art. 5; Nghị định
// 98/2023/NĐ-CP). Revoked grants hold no title.
type TitleKey struct {
	Kind      Code
	Recipient Recipient
	Year      int
}

// String returns "kind|person:ID|year": a text a database can hold under a
// UNIQUE constraint.
func (k TitleKey) String() string {
	return string(k.Kind) + "|" + k.Recipient.String() + "|" + strconv.Itoa(k.Year)
}

// TitleOf returns the title key of s, and false if its kind is not a title
// in kinds (nil: [DefaultCatalogue]) or is unknown.
func TitleOf(kinds KindView, s Subject) (TitleKey, bool) {
	k, ok := storeEnv{kinds}.kind(s.Kind)
	if !ok || k.Family != Title {
		return TitleKey{}, false
	}
	return TitleKey{s.Kind, s.Recipient, s.Year}, true
}

// HoldsTitleOpen reports whether a nomination in state st, granted or not,
// holds its title open ([TitleKey]): one that is neither rejected, withdrawn,
// returned nor granted. A store lets one nomination at a time hold a title open, and
// none while a grant not revoked gives it.
func HoldsTitleOpen(st State, granted bool) bool {
	return !granted && st != Rejected && st != Withdrawn && st != Returned
}

// RuleReader is what the rules of a [Store] look up while it writes: the
// store answers from the state its write sees (under its lock, in its
// transaction), so that the check and the write are one atomic step. Errors
// other than those documented are the store's own and are returned as they
// are.
type RuleReader interface {
	// Nomination returns the stored nomination with the ID, or an error
	// wrapping thidua.ErrNotFound.
	Nomination(ctx context.Context, id string) (Nomination, error)
	// OpenTitle returns the ID of the nomination holding the title k open
	// ([HoldsTitleOpen]), or "".
	OpenTitle(ctx context.Context, k TitleKey) (string, error)
	// TitleGrant returns the ID of the grant, not revoked, giving the title
	// k, or "".
	TitleGrant(ctx context.Context, k TitleKey) (string, error)
	// NominationGrant returns the ID of the grant answering the nomination,
	// or "".
	NominationGrant(ctx context.Context, nomination string) (string, error)
	// HasDecision reports whether a decision with the ID is stored.
	HasDecision(ctx context.Context, id string) (bool, error)
	// NumberedDecision returns the ID of the decision with the number dated
	// in the year, or "": numbers restart every year.
	NumberedDecision(ctx context.Context, number thidua.DocNumber, year int) (string, error)
	// HasGrant reports whether a grant with the ID is stored.
	HasGrant(ctx context.Context, id string) (bool, error)
}

// catalogueOr returns c, or [DefaultCatalogue] if c is nil.
func catalogueOr(c *Catalogue) *Catalogue {
	if c == nil {
		return defaultCatalogue
	}
	return c
}

// defaultCatalogue is the catalogue of the checks given none.
var defaultCatalogue = DefaultCatalogue()

// CheckProposal checks n, a nomination just proposed, as
// [Store.AddNomination] documents, against the catalogue c (nil:
// [DefaultCatalogue]) and what r holds, and returns the nomination as the
// store keeps it. The store then holds its title open if [TitleOf] says it
// is for one.
func CheckProposal(ctx context.Context, c *Catalogue, r RuleReader, n Nomination) (Nomination, error) {
	const op = "award: add"
	c = catalogueOr(c)
	if err := ctx.Err(); err != nil {
		return Nomination{}, err
	}
	switch {
	case strings.TrimSpace(n.ID) == "":
		return Nomination{}, thidua.Invalid(op, "nomination", n.ID, "id", "empty ID")
	case n.State != Draft || len(n.History) != 1:
		return Nomination{}, thidua.Invalid(op, "nomination", n.ID, "state", "want a nomination just proposed (one event, state %q), not %q", Draft, n.State)
	case n.Proposer == "" || n.Authority == "":
		return Nomination{}, thidua.Invalid(op, "nomination", n.ID, "proposer", "want a proposer and an authority")
	}
	if err := n.Subject.validate(c, op, "nomination", n.ID); err != nil {
		return Nomination{}, err
	}
	next, err := CheckStep(Proposal(n), n, c)
	if err != nil {
		return Nomination{}, err
	}
	if _, err := r.Nomination(ctx, n.ID); err == nil {
		return Nomination{}, thidua.Conflict(op, "nomination", n.ID, "ID exists")
	} else if !isNotFound(err) {
		return Nomination{}, err
	}
	if tk, ok := TitleOf(c, n.Subject); ok {
		if g, err := r.TitleGrant(ctx, tk); err != nil {
			return Nomination{}, err
		} else if g != "" {
			return Nomination{}, thidua.Conflict(op, "nomination", n.ID, "%s already holds %s for %d (grant %q)", n.Recipient, n.Kind, n.Year, g)
		}
		o, err := r.OpenTitle(ctx, tk)
		if err != nil {
			return Nomination{}, err
		}
		if o != "" {
			on, err := r.Nomination(ctx, o)
			if err != nil {
				return Nomination{}, err
			}
			return Nomination{}, thidua.Conflict(op, "nomination", n.ID, "nomination %q for %s, %s, %d is %s",
				o, n.Recipient, n.Kind, n.Year, openWord(on.State))
		}
	}
	return next, nil
}

// CheckUpdate checks n, the next step of a stored nomination, as
// [Store.UpdateNomination] documents: it reads the stored one from r and
// runs [CheckStep]. It returns the stored nomination and the one to store.
// When the step rejects or withdraws the nomination, the store lets go of
// the title it held open ([HoldsTitleOpen]).
func CheckUpdate(ctx context.Context, c *Catalogue, r RuleReader, n Nomination) (prev, next Nomination, err error) {
	if err := ctx.Err(); err != nil {
		return Nomination{}, Nomination{}, err
	}
	prev, err = r.Nomination(ctx, n.ID)
	if err != nil {
		if isNotFound(err) {
			return Nomination{}, Nomination{}, thidua.NotFound("award: update", "nomination", n.ID)
		}
		return Nomination{}, Nomination{}, err
	}
	next, err = CheckStep(prev, n, catalogueOr(c))
	return prev, next, err
}

// CheckDecision checks d, a decision to add with its grants, as
// [Store.AddDecision] documents, against the catalogue c (nil:
// [DefaultCatalogue]) and what r holds, and returns it as the store keeps
// it: texts cleaned, each grant's Decision set to d.ID. The store then
// settles the nominations the grants answer (they no longer hold their
// titles open) and holds each title a grant gives ([TitleOf]).
func CheckDecision(ctx context.Context, c *Catalogue, r RuleReader, d Decision) (Decision, error) {
	const op = "award: add"
	c = catalogueOr(c)
	if err := ctx.Err(); err != nil {
		return Decision{}, err
	}
	if err := d.Validate(c); err != nil {
		return Decision{}, err
	}
	d.IssuerName, d.SignerTitle, d.Signer = vntext.Clean(d.IssuerName), vntext.Clean(d.SignerTitle), vntext.Clean(d.Signer)
	d.Grants = append([]Grant(nil), d.Grants...)
	if ok, err := r.HasDecision(ctx, d.ID); err != nil {
		return Decision{}, err
	} else if ok {
		return Decision{}, thidua.Conflict(op, "decision", d.ID, "ID exists")
	}
	// A decision whose number is unknown holds no number: the rule of one
	// number per year does not apply to it.
	if !d.NumberUnknown {
		other, err := r.NumberedDecision(ctx, d.Number, d.Date.Year)
		if err != nil {
			return Decision{}, err
		}
		if other != "" {
			return Decision{}, thidua.Conflict(op, "decision", d.ID, "decision %q has number %s in %d", other, d.Number, d.Date.Year)
		}
	}
	newTitles := make(map[TitleKey]string)
	newNoms := make(map[string]string)
	for i := range d.Grants {
		g := &d.Grants[i]
		g.Decision = d.ID
		if ok, err := r.HasGrant(ctx, g.ID); err != nil {
			return Decision{}, err
		} else if ok {
			return Decision{}, thidua.Conflict(op, "grant", g.ID, "ID exists")
		}
		if g.Nomination != "" {
			n, err := r.Nomination(ctx, g.Nomination)
			switch {
			case isNotFound(err):
				return Decision{}, thidua.Invalid(op, "grant", g.ID, "nomination", "unknown nomination %q", g.Nomination)
			case err != nil:
				return Decision{}, err
			case n.State != Approved:
				return Decision{}, thidua.Invalid(op, "grant", g.ID, "nomination", "nomination %q is %q, not approved", g.Nomination, n.State)
			case !n.Subject.grantedBy(g.Subject):
				return Decision{}, thidua.Invalid(op, "grant", g.ID, "nomination", "nomination %q is for %s; the grant for %s",
					g.Nomination, n.Subject.describe(), g.Subject.describe())
			}
			other, err := r.NominationGrant(ctx, g.Nomination)
			if err != nil {
				return Decision{}, err
			}
			if other == "" {
				other = newNoms[g.Nomination]
			}
			if other != "" {
				return Decision{}, thidua.Conflict(op, "grant", g.ID, "nomination %q already granted by %q", g.Nomination, other)
			}
			newNoms[g.Nomination] = g.ID
		}
		// A title is held once for a year: one achievement earns only one
		// award (Law 2022 art. 5); revoked grants do not count.
		if tk, ok := TitleOf(c, g.Subject); ok {
			other, err := r.TitleGrant(ctx, tk)
			if err != nil {
				return Decision{}, err
			}
			if other == "" {
				other = newTitles[tk]
			}
			if other != "" {
				return Decision{}, thidua.Conflict(op, "grant", g.ID, "%s already holds %s for %d (grant %q)", g.Recipient, g.Kind, g.Year, other)
			}
			newTitles[tk] = g.ID
		}
	}
	return d, nil
}

// CheckRevoke checks the revocation r of g, a grant of a decision dated
// decided, as [Store.Revoke] documents (ErrConflict if g is already revoked,
// ErrInvalid if [Revocation.Validate] fails), and returns it as the store
// keeps it. The store then lets go of the title g gave ([TitleOf]).
func CheckRevoke(g Grant, decided thidua.Date, r Revocation) (Revocation, error) {
	const op = "award: revoke"
	if g.IsRevoked() {
		return Revocation{}, thidua.Conflict(op, "grant", g.ID, "already revoked on %s", g.Revoked.Date)
	}
	if err := r.Validate(decided); err != nil {
		// The grant is the record; the revocation's error names the field.
		if te := (*thidua.Error)(nil); errors.As(err, &te) {
			return Revocation{}, thidua.E(op, "grant", g.ID, te.Field, te.Err)
		}
		return Revocation{}, thidua.E(op, "grant", g.ID, "", err)
	}
	r.Reason = vntext.Clean(r.Reason)
	return r, nil
}

// isNotFound reports whether err wraps thidua.ErrNotFound.
func isNotFound(err error) bool { return err != nil && errors.Is(err, thidua.ErrNotFound) }
