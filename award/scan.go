package award

import (
	"context"

	"github.com/thidua-go/thidua"
)

// GrantLister is what [ScanGrants] needs of a store: its Grants method. A
// [Store] satisfies it.
type GrantLister interface {
	Grants(ctx context.Context, f GrantFilter) ([]Grant, error)
}

// GrantScanner is a store that hands the grants a filter selects one at a
// time, in the order Grants returns them, without building the list: a
// report that counts tens of thousands of grants keeps only the few it
// names. fn must not call the store (a [MemStore] holds its read lock
// while it runs); an error of fn stops the scan and is returned as it is.
type GrantScanner interface {
	ScanGrants(ctx context.Context, f GrantFilter, fn func(Grant) error) error
}

// ScanGrants calls fn with each grant f selects from s, in the order of
// s.Grants (by ID): through s's own ScanGrants if it is a [GrantScanner],
// else over the list Grants returns. fn must not call s. An error of fn
// stops the scan and is returned as it is; errors of the store are
// returned as the store gives them.
func ScanGrants(ctx context.Context, s GrantLister, f GrantFilter, fn func(Grant) error) error {
	if sc, ok := s.(GrantScanner); ok {
		return sc.ScanGrants(ctx, f, fn)
	}
	gs, err := s.Grants(ctx, f)
	if err != nil {
		return err
	}
	for _, g := range gs {
		if err := fn(g); err != nil {
			return err
		}
	}
	return nil
}

// GrantFacts is what a count needs of a grant, without the grant: a
// report that counts tens of thousands of grants reads these from a
// [FactScanner]'s index and copies only the few grants it names.
type GrantFacts struct {
	Kind Code
	// Recipient is the number of the grant's recipient, as [ScanFacts]
	// gives it.
	Recipient int
	Decision  string // the ID of the decision that gave the grant
	Year      int    // the achievement year, [Subject.AchievementYear]
	Basis     Basis
	// Revoked is the day the grant was revoked; zero if it stands.
	Revoked thidua.Date
}

// FactScanner is a store that hands the facts of the grants a filter
// selects from its own index, numbering their recipients, and the whole
// grant only when asked: see [ScanFacts].
type FactScanner interface {
	ScanFacts(ctx context.Context, f GrantFilter, fn func(x GrantFacts, grant func() Grant) error) error
}

// ScanFacts calls fn with the facts of each grant f selects from s, in the
// order of s.Grants (by ID), and a function that returns the whole grant
// (valid while fn runs; a [FactScanner] copies the grant only then).
//
// The recipients are numbered: a person listed in f.People by its place
// there, a unit listed in f.Units by len(f.People) + its place there (the
// first place, if listed twice); any other recipient, every one when f
// lists none, by a number from len(f.People) + len(f.Units) on, the same
// for all its grants in the scan and below that plus the number of
// recipients s holds, so that a caller can index a slice with it, looking
// each recipient up once rather than once per grant. A FactScanner numbers
// them from its index; another store's recipients not listed are numbered
// in the order first met.
//
// fn must not call s. An error of fn stops the scan and is returned as it
// is; errors of the store are returned as the store gives them.
func ScanFacts(ctx context.Context, s GrantLister, f GrantFilter, fn func(x GrantFacts, grant func() Grant) error) error {
	if sc, ok := s.(FactScanner); ok {
		return sc.ScanFacts(ctx, f, fn)
	}
	listed := len(f.People) + len(f.Units)
	numbers := make(map[Recipient]int, listed)
	for i, p := range f.People {
		if _, ok := numbers[PersonRecipient(p)]; !ok {
			numbers[PersonRecipient(p)] = i
		}
	}
	for i, u := range f.Units {
		if _, ok := numbers[UnitRecipient(u)]; !ok {
			numbers[UnitRecipient(u)] = len(f.People) + i
		}
	}
	var g Grant
	whole := func() Grant { return g }
	others := 0 // recipients not listed, numbered so far
	return ScanGrants(ctx, s, f, func(one Grant) error {
		g = one
		n, ok := numbers[g.Recipient]
		if !ok {
			n = listed + others
			others++
			numbers[g.Recipient] = n
		}
		x := GrantFacts{Kind: g.Kind, Recipient: n, Decision: g.Decision, Year: g.AchievementYear(), Basis: g.Basis, Revoked: g.Revoked.Date}
		return fn(x, whole)
	})
}
