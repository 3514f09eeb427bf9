// Package orgtest is a conformance suite for implementations of org.Store,
// in the manner of testing/slogtest: a store for a database proves it
// behaves like the in-memory one by running
//
//	func TestStore(t *testing.T) {
//		orgtest.RunStoreTests(t, func(t *testing.T) org.Store { return newTestDB(t) })
//	}
package orgtest
