package contribution

import (
	"context"

	"github.com/thidua-go/thidua"
)

// MaxPageSize is the most entries one call of [Store.Page] returns: a
// page of entries takes about 200 bytes each, so at most a few megabytes.
const MaxPageSize = 10_000

// scanPageSize is the page [ScanEntries] reads at a time.
const scanPageSize = 1000

// CheckPage is the rule for the arguments of [Store.Page], which every
// store applies before it reads: f valid (see [Filter.Validate]), after
// empty or a well-formed ID ([thidua.CheckID]), limit from 1 to
// [MaxPageSize]. The error is an *thidua.Error wrapping thidua.ErrInvalid
// that names the field at fault ("period", "source", "status", "after",
// "limit"). Whether after names a stored entry is the store's to check.
func CheckPage(f Filter, after EntryID, limit int) error {
	const op = "contribution: page"
	if err := checkFilter(op, f); err != nil {
		return err
	}
	if after != "" {
		if err := thidua.CheckID(op, "entry", "", "after", string(after)); err != nil {
			return err
		}
	}
	if limit < 1 || limit > MaxPageSize {
		return thidua.Invalid(op, "", "", "limit", "page of %d entries, want 1 to %d", limit, MaxPageSize)
	}
	return nil
}

// ScanEntries calls fn with each entry of s that passes f, in posting
// order, reading s a page at a time ([Store.Page], 1000 entries), so that
// a walk over a ledger of any size holds one page in memory. It holds no
// lock of s between pages: fn may call s, even post to it. An entry
// posted during the walk is seen once, if it is posted before the walk
// reaches the end, or not at all; every entry stored when the walk began
// is seen exactly once. An error of fn stops the scan and is returned as
// it is; errors of the store are returned as the store gives them.
func ScanEntries(ctx context.Context, s Store, f Filter, fn func(Entry) error) error {
	var after EntryID
	for {
		es, next, err := s.Page(ctx, f, after, scanPageSize)
		if err != nil {
			return err
		}
		for _, e := range es {
			if err := fn(e); err != nil {
				return err
			}
		}
		if next == "" {
			return nil
		}
		after = next
	}
}
