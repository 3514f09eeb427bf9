// Package contributiontest is the conformance suite for implementations of
// contribution.Store. A store's own test runs it:
//
//	func TestMyStore(t *testing.T) {
//		contributiontest.RunStoreTests(t, func(t *testing.T, opts *contribution.Options) contribution.Store {
//			return mystore.New(t, opts)
//		})
//	}
package contributiontest
