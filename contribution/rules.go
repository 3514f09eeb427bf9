package contribution

import (
	"context"
	"strconv"
	"sync"

	"github.com/thidua-go/thidua"
)

// Ledger is what the account's rules need to look up in a store: the entry
// under an idempotency key, an entry by ID, and the reversal of an entry.
// A store implements it over the state its write sees — under its lock, or
// inside its transaction — so that the rules ([AdmitPost],
// [AdmitReversal], [Options.AdmitImport]) and the write that follows are
// atomic together. The rules live here once; a store adds persistence and
// atomicity only.
type Ledger interface {
	// ByKey returns the entry stored under the idempotency key, and false
	// if there is none.
	ByKey(ctx context.Context, key string) (Entry, bool, error)
	// ByID returns the entry with the ID, and false if there is none.
	ByID(ctx context.Context, id EntryID) (Entry, bool, error)
	// ReversedBy returns the ID of the entry that reverses id, and false
	// if id is not reversed.
	ReversedBy(ctx context.Context, id EntryID) (EntryID, bool, error)
}

// AdmitPost applies the rules of [Store.Post] that depend on what the store
// holds to e, an entry [Options.Check] has passed. It returns the entry to
// append and false, or — when e's key is already stored with the same
// content ([SameContent]) — the stored entry and true, a replay that stores
// nothing. Errors: thidua.ErrConflict if the key is used by a different
// entry; thidua.ErrInvalid if e.Fulfils names no entry or one that is not a
// pledge ([CheckFulfils]); errors of l are returned as they are.
func AdmitPost(ctx context.Context, l Ledger, e Entry) (Entry, bool, error) {
	const op = "contribution: post"
	old, ok, err := l.ByKey(ctx, e.Key)
	if err != nil {
		return Entry{}, false, err
	}
	if ok {
		if !SameContent(old, e) {
			return Entry{}, false, thidua.Conflict(op, "entry", e.Key, "key already used by entry %s with different content", old.ID)
		}
		return old, true, nil
	}
	if e.Fulfils != "" {
		p, ok, err := l.ByID(ctx, e.Fulfils)
		if err != nil {
			return Entry{}, false, err
		}
		if !ok {
			return Entry{}, false, thidua.Invalid(op, "entry", e.Key, "fulfils", "no entry %s", e.Fulfils)
		}
		if err := CheckFulfils(e, p); err != nil {
			return Entry{}, false, err
		}
	}
	return e, false, nil
}

// CheckReversal validates a reversal request on its own and returns it with
// its note cleaned (NFC, spaces folded). Errors wrap thidua.ErrInvalid: an
// empty key, or an empty Of (checked first: with an empty Of, a key naming
// an ordinary entry must not look like a replay).
func CheckReversal(r Reversal) (Reversal, error) {
	const op = "contribution: reverse"
	switch {
	case r.Key == "":
		return Reversal{}, thidua.Invalid(op, "entry", string(r.Of), "key", "empty idempotency key")
	case r.Of == "":
		return Reversal{}, thidua.Invalid(op, "entry", r.Key, "of", "no entry to reverse")
	}
	if err := thidua.CheckID(op, "entry", r.Key, "key", r.Key); err != nil {
		return Reversal{}, err
	}
	if err := thidua.CheckID(op, "entry", r.Key, "of", string(r.Of)); err != nil {
		return Reversal{}, err
	}
	if err := thidua.CheckText(op, "entry", r.Key, "note", r.Note, thidua.MaxNoteLen); err != nil {
		return Reversal{}, err
	}
	r.Note = clean(r.Note)
	return r, nil
}

// AdmitReversal applies the rules of [Store.Reverse] to r, a request
// [CheckReversal] has passed. It returns the reversing entry to append
// ([NewReversal], without an ID) and false, or the stored reversal and true
// when r repeats it (same key, same Of, same note). Errors:
// thidua.ErrConflict if the key is used by anything else or r.Of is already
// reversed; thidua.ErrNotFound if r.Of does not exist; thidua.ErrInvalid if
// r.Of is itself a reversal. Errors of l are returned as they are.
func AdmitReversal(ctx context.Context, l Ledger, r Reversal) (Entry, bool, error) {
	const op = "contribution: reverse"
	old, ok, err := l.ByKey(ctx, r.Key)
	if err != nil {
		return Entry{}, false, err
	}
	if ok {
		// A replay only if the key's entry is the same reversal: it
		// reverses r.Of (so it is a reversal at all) with the same note.
		if old.Reverses == "" || old.Reverses != r.Of || old.Note != r.Note {
			return Entry{}, false, thidua.Conflict(op, "entry", r.Key, "key already used by entry %s with different content", old.ID)
		}
		return old, true, nil
	}
	orig, ok, err := l.ByID(ctx, r.Of)
	if err != nil {
		return Entry{}, false, err
	}
	if !ok {
		return Entry{}, false, thidua.NotFound(op, "entry", string(r.Of))
	}
	if orig.Reverses != "" {
		return Entry{}, false, thidua.Invalid(op, "entry", string(r.Of), "of", "entry reverses %s and cannot itself be reversed", orig.Reverses)
	}
	by, done, err := l.ReversedBy(ctx, orig.ID)
	if err != nil {
		return Entry{}, false, err
	}
	if done {
		return Entry{}, false, thidua.Conflict(op, "entry", string(r.Of), "already reversed by %s", by)
	}
	return NewReversal(orig, r), false, nil
}

// AdmitImport applies the rules of [Store.Import] to es, entries that keep
// the IDs another store gave them, and returns those to append, in order
// and cleaned: an entry already stored with the same ID and the same
// content is left out (so an interrupted copy can be run again). Each
// ordinary entry passes the posting rules ([Options.Check], its pledge);
// each reversing entry must be exactly [NewReversal] of an entry stored
// before it (in l or earlier in es) that nothing else reverses. Errors:
// thidua.ErrInvalid for an empty ID, an entry the rules refuse or a
// reversal that does not match its original; thidua.ErrConflict for an ID
// or key used by a different entry, or a second reversal of one entry.
// Movement lookups are made once per movement for the whole call.
func (o *Options) AdmitImport(ctx context.Context, l Ledger, es []Entry) ([]Entry, error) {
	const op = "contribution: import"
	c := o.withDefaults()
	if c.Movements != nil {
		c.Movements = &memoMovements{m: c.Movements}
	}
	b := batchLedger{l: l, es: make([]Entry, 0, len(es)), byID: make(map[EntryID]int, len(es)),
		byKey: make(map[string]int, len(es)), rev: map[EntryID]EntryID{}}
	out := make([]Entry, 0, len(es))
	for _, e := range es {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if e.ID == "" {
			return nil, thidua.Invalid(op, "entry", e.Key, "id", "an imported entry keeps its ID")
		}
		old, ok, err := b.ByID(ctx, e.ID)
		if err != nil {
			return nil, err
		}
		if ok {
			if !SameContent(old, e) {
				return nil, thidua.Conflict(op, "entry", string(e.ID), "ID already used by an entry with different content")
			}
			continue
		}
		if e.Reverses == "" {
			in := e
			in.ID = ""
			checked, err := c.check(ctx, op, in)
			if err != nil {
				return nil, err
			}
			checked.ID = e.ID
			if dup, ok, err := b.ByKey(ctx, checked.Key); err != nil {
				return nil, err
			} else if ok {
				return nil, thidua.Conflict(op, "entry", string(e.ID), "key %q already used by entry %s", checked.Key, dup.ID)
			}
			if checked.Fulfils != "" {
				p, ok, err := b.ByID(ctx, checked.Fulfils)
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, thidua.Invalid(op, "entry", string(e.ID), "fulfils", "no entry %s before it", checked.Fulfils)
				}
				if err := CheckFulfils(checked, p); err != nil {
					return nil, err
				}
			}
			b.add(checked)
			out = append(out, checked)
			continue
		}
		r, err := CheckReversal(Reversal{Key: e.Key, Of: e.Reverses, Note: e.Note})
		if err != nil {
			return nil, thidua.E(op, "entry", string(e.ID), "", err)
		}
		if dup, ok, err := b.ByKey(ctx, r.Key); err != nil {
			return nil, err
		} else if ok {
			return nil, thidua.Conflict(op, "entry", string(e.ID), "key %q already used by entry %s", r.Key, dup.ID)
		}
		orig, ok, err := b.ByID(ctx, r.Of)
		if err != nil {
			return nil, err
		}
		switch {
		case !ok:
			return nil, thidua.Invalid(op, "entry", string(e.ID), "reverses", "no entry %s before it", r.Of)
		case orig.Reverses != "":
			return nil, thidua.Invalid(op, "entry", string(e.ID), "reverses", "entry %s is itself a reversal", r.Of)
		}
		if by, done, err := b.ReversedBy(ctx, r.Of); err != nil {
			return nil, err
		} else if done {
			return nil, thidua.Conflict(op, "entry", string(e.ID), "entry %s already reversed by %s", r.Of, by)
		}
		want := NewReversal(orig, r)
		want.ID = e.ID
		if !SameContent(want, e) {
			return nil, thidua.Invalid(op, "entry", string(e.ID), "reverses", "not the reversal of entry %s", r.Of)
		}
		b.add(want)
		out = append(out, want)
	}
	return out, nil
}

// batchLedger is l with the entries of an import batch on top.
type batchLedger struct {
	l     Ledger
	es    []Entry
	byID  map[EntryID]int
	byKey map[string]int
	rev   map[EntryID]EntryID
}

func (b *batchLedger) add(e Entry) {
	b.byID[e.ID] = len(b.es)
	b.byKey[e.Key] = len(b.es)
	if e.Reverses != "" {
		b.rev[e.Reverses] = e.ID
	}
	b.es = append(b.es, e)
}

func (b *batchLedger) ByKey(ctx context.Context, key string) (Entry, bool, error) {
	if i, ok := b.byKey[key]; ok {
		return b.es[i], true, nil
	}
	return b.l.ByKey(ctx, key)
}

func (b *batchLedger) ByID(ctx context.Context, id EntryID) (Entry, bool, error) {
	if i, ok := b.byID[id]; ok {
		return b.es[i], true, nil
	}
	return b.l.ByID(ctx, id)
}

func (b *batchLedger) ReversedBy(ctx context.Context, id EntryID) (EntryID, bool, error) {
	if r, ok := b.rev[id]; ok {
		return r, true, nil
	}
	return b.l.ReversedBy(ctx, id)
}

// memoMovements asks m once per movement.
type memoMovements struct {
	m     Movements
	mu    sync.Mutex
	cache map[string]memoPeriod
}

type memoPeriod struct {
	p   thidua.Period
	err error
}

func (m *memoMovements) MovementPeriod(ctx context.Context, id string) (thidua.Period, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.cache[id]; ok {
		return v.p, v.err
	}
	p, err := m.m.MovementPeriod(ctx, id)
	if ctx.Err() != nil {
		return p, err // not remembered: the next call may succeed
	}
	if m.cache == nil {
		m.cache = make(map[string]memoPeriod)
	}
	m.cache[id] = memoPeriod{p, err}
	return p, err
}

// Copy moves every entry of src to dst, in posting order, reversals and
// fulfilments included, keeping IDs, keys and content, and then verifies
// that dst lists them unchanged and in the same order. It reads src with
// one List and writes dst with one Import, so with the stores of this
// module (whose Import is all-or-nothing) a failed Copy leaves dst as it
// was; across other stores it is as atomic as their Import. Running it
// again after a success stores nothing more (Import leaves out identical
// entries). Errors: thidua.ErrConflict if dst holds a different entry
// under one of src's IDs or keys; thidua.ErrInvalid if dst's options
// refuse an entry (an unknown purpose, a movement it does not know…);
// errors of either store otherwise.
func Copy(ctx context.Context, dst, src Store) error {
	const op = "contribution: copy"
	es, err := src.List(ctx, Filter{})
	if err != nil {
		return err
	}
	if err := dst.Import(ctx, es); err != nil {
		return err
	}
	got, err := dst.List(ctx, Filter{})
	if err != nil {
		return err
	}
	// dst lists its own entries, then src's, in src's order.
	want := make(map[EntryID]int, len(es))
	for i, e := range es {
		want[e.ID] = i
	}
	next := 0
	for _, g := range got {
		i, ok := want[g.ID]
		if !ok {
			continue
		}
		if i != next || !SameContent(g, es[i]) || g.ID != es[i].ID {
			return thidua.Invalid(op, "entry", string(g.ID), "", "copied entry differs from the source or is out of order")
		}
		next++
	}
	if next != len(es) {
		return thidua.Invalid(op, "", "", "", "%d of %d entries arrived", next, len(es))
	}
	return nil
}

// NextEntryID is the rule that names a posted entry: the n-th entry of a
// ledger (counting from 1) is e<n>, or, when an imported entry already
// holds that ID, e<n>-2, e<n>-3… — the first that taken reports free.
// Every store names entries with it; taken's error is returned as is.
func NextEntryID(n int64, taken func(EntryID) (bool, error)) (EntryID, error) {
	base := EntryID("e" + strconv.FormatInt(n, 10))
	id := base
	for k := 2; ; k++ {
		t, err := taken(id)
		if err != nil {
			return "", err
		}
		if !t {
			return id, nil
		}
		id = base + EntryID("-"+strconv.Itoa(k))
	}
}
