// Package campaigntest is the conformance suite for implementations of
// [campaign.Store], in the manner of testing/slogtest: a store backed by a
// database proves it behaves like the in-memory one by passing
// [RunStoreTests]. The factory returns a fresh store for each (sub)test,
// made with [Options] (the suite's [Directory] of units and people):
//
//	func TestStore(t *testing.T) {
//		campaigntest.RunStoreTests(t, func(t *testing.T) campaign.Store {
//			return mydb.Open(t, campaigntest.Options())
//		})
//	}
//
// The suite covers every method, bad input, defensive copies, cancelled
// contexts, concurrent writers, listing everything a store holds, the
// set-based reads and [campaign.Copy] between the store under test and a
// memory store. [RunOneUseTests] checks a store made with
// OneUsePerInitiative.
package campaigntest
