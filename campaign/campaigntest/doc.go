// Package campaigntest is the conformance suite for implementations of
// [campaign.Store], in the manner of testing/slogtest: a store backed by a
// database proves it behaves like the in-memory one by passing
// [RunStoreTests].
package campaigntest
