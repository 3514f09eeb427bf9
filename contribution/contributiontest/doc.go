// Package contributiontest is the conformance suite for implementations of
// contribution.Store. A store's own test runs it:
//
//	func TestMyStore(t *testing.T) {
//		contributiontest.RunStoreTests(t, func(t *testing.T) contribution.Store {
//			return mystore.New(t, contributiontest.Options())
//		})
//	}
//
// The factory returns a new, empty store per call (the suite makes several
// in some tests, to copy between them). [Populate], [RandomQuery] and
// [CheckSame] help a store's own property tests and benchmarks.
package contributiontest
