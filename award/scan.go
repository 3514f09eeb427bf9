package award

import "context"

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
