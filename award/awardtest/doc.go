// Package awardtest holds the conformance suite for implementations of
// award.Store, like testing/slogtest for slog handlers. A store for a
// ministry's own database proves it behaves by running:
//
//	func TestStore(t *testing.T) {
//		awardtest.RunStoreTests(t, func(t *testing.T) award.Store { return mydb.NewStore(t, ...) })
//	}
package awardtest
