package contribution

import "context"

// Store keeps the contribution account. Entries are appended, never edited
// or deleted.
//
// Implementations must be safe for concurrent use, must copy values in and
// out (a caller never shares a slice with the store), must leave stored data
// unchanged when a method returns an error, and must return entries in
// posting order. Errors are *thidua.Error values wrapping the sentinels each
// method names. The conformance suite in package contributiontest checks
// all of this; [Aggregate] and [Options.Check] hold the rules a store needs.
type Store interface {
	// Post appends e (with an empty ID) and returns it as stored, with its
	// ID. Posting again with the same Key and the same content (see
	// [SameContent]) returns the stored entry and stores nothing; concurrent
	// posts of one key store one entry. Errors: thidua.ErrInvalid for input
	// [Options.Check] rejects (including an empty key, and a movement the
	// Movements lookup does not know) or whose Fulfils names no pledge of
	// the store ([CheckFulfils]); thidua.ErrConflict if the key is
	// already used by a different entry. Other errors of the Movements
	// lookup are passed on wrapped.
	Post(ctx context.Context, e Entry) (Entry, error)

	// Reverse appends the entry that cancels r.Of (see [NewReversal]) and
	// returns it. An entry can be reversed once; a repeated call with the
	// same Key, Of and Note returns the stored reversal. A key already
	// used by anything else — an ordinary entry, or the reversal of another
	// entry or with another note — is a conflict, never a replay. Errors:
	// thidua.ErrInvalid for an empty key, an empty r.Of (checked before the
	// key) or an attempt to reverse a reversing entry; thidua.ErrNotFound
	// if r.Of does not exist; thidua.ErrConflict if r.Of is already
	// reversed or the key is used by a different entry.
	Reverse(ctx context.Context, r Reversal) (Entry, error)

	// Entry returns the entry with the ID, or thidua.ErrNotFound.
	Entry(ctx context.Context, id EntryID) (Entry, error)

	// List returns the entries that pass f, in posting order, reversing
	// entries included. Errors: thidua.ErrInvalid for an invalid period,
	// source or status in f.
	List(ctx context.Context, f Filter) ([]Entry, error)

	// Page returns the entries List(ctx, f) would, a page at a time: at
	// most limit (1 to [MaxPageSize]) of those that come after the entry
	// after in posting order — from the first when after is empty — and
	// next, the ID to pass as after for the following page, empty when
	// no entry that passes f follows. after may be any stored entry,
	// whether or not it passes f; an ID is a position, so a walk can
	// resume on a copy of the ledger ([Copy] keeps IDs and order).
	// Pages walked while others post concatenate to List's result at the
	// start of the walk followed by some of the entries posted since, each
	// once: none is seen twice, none that was stored is skipped.
	// [ScanEntries] walks a whole ledger this way. Errors:
	// thidua.ErrInvalid for arguments [CheckPage] refuses, and for an
	// after that names no stored entry (field "after").
	Page(ctx context.Context, f Filter, after EntryID, limit int) (entries []Entry, next EntryID, err error)

	// Totals returns the totals of the entries that pass f grouped by the
	// dimensions in by, equal to [Aggregate] over the same entries.
	// Errors: thidua.ErrInvalid as Aggregate reports them.
	Totals(ctx context.Context, f Filter, by ...Dim) (Totals, error)

	// History returns an entry together with its reversal, or a reversal
	// together with the entry it reverses, in posting order. Errors:
	// thidua.ErrNotFound if the ID does not exist.
	History(ctx context.Context, id EntryID) ([]Entry, error)

	// Import appends entries that keep the IDs another store gave them, in
	// order, as [Copy] moves a ledger; List(Filter{}) lists everything a
	// store holds. The rules are [Options.AdmitImport]: an entry already
	// stored with the same ID and content is left out, an ID or key used
	// by a different entry is thidua.ErrConflict, an entry the posting
	// rules refuse or a reversal that does not match its original is
	// thidua.ErrInvalid. Import is all-or-nothing: on error nothing is
	// stored. Entries posted afterwards get IDs no imported entry holds.
	Import(ctx context.Context, es []Entry) error
}
