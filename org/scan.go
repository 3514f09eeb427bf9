package org

import "context"

// PeopleLister is what [ScanPeople] needs of a store: its People method. A
// [Store] satisfies it.
type PeopleLister interface {
	People(ctx context.Context, f PeopleFilter) ([]Person, error)
}

// PeopleScanner is a store that hands the people a filter selects one at a
// time, in the order People returns them, without copying them into a
// list: a report over tens of thousands of people keeps only what it needs
// of each. The person fn gets is valid only while fn runs and must not be
// changed; fn must not call the store (a [MemStore] holds its read lock
// while it runs); an error of fn stops the scan and is returned as it is.
type PeopleScanner interface {
	ScanPeople(ctx context.Context, f PeopleFilter, fn func(p *Person) error) error
}

// ScanPeople calls fn with each person f selects from s, in the order of
// s.People (by ID): through s's own ScanPeople if it is a
// [PeopleScanner], else over the list People returns. The person is valid
// only while fn runs and must not be changed: fn copies what it keeps. fn
// must not call s. An error of fn stops the scan and is returned as it is;
// errors of the store are returned as the store gives them.
func ScanPeople(ctx context.Context, s PeopleLister, f PeopleFilter, fn func(p *Person) error) error {
	if sc, ok := s.(PeopleScanner); ok {
		return sc.ScanPeople(ctx, f, fn)
	}
	ps, err := s.People(ctx, f)
	if err != nil {
		return err
	}
	for i := range ps {
		if err := fn(&ps[i]); err != nil {
			return err
		}
	}
	return nil
}
