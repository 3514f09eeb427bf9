package contribution

import (
	"cmp"
	"context"
	"errors"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// The memory store keeps entries column by column in fixed-size chunks, so
// that a million entries take little memory, growing never copies, and a
// totals query reads only the columns it needs.
const (
	chunkBits = 12
	chunkSize = 1 << chunkBits
	chunkMask = chunkSize - 1
)

type chunk struct {
	combo   [chunkSize]uint32 // index into MemStore.combos
	amount  [chunkSize]int64  // whole đồng; or index into bigs or items, see combo flags
	date    [chunkSize]int32  // packDate
	contrib [chunkSize]uint32 // index into MemStore.contribs
	benef   [chunkSize]uint32 // index into MemStore.strs
	note    [chunkSize]uint32 // index into MemStore.strs
	rev     [chunkSize]uint32 // 1 + index of the entry reversed; 0 for none
	key     [chunkSize]string
}

// Combo flags: how to read the amount column.
const (
	flagItems  uint8 = 1 << iota // amount indexes MemStore.items
	flagBig                      // amount indexes MemStore.bigs
	flagShares                   // entries with shares (MemStore.shared), summed one by one
)

// Ordinals of a combo, one per dimension a total groups by: ord[d-1] is the
// combo's dense ordinal in dimension d (see ordinal).
const (
	ordPurpose  = int(ByPurpose) - 1  // index in the purpose registry
	ordSource   = int(BySource) - 1   // Source - 1
	ordStatus   = int(ByStatus) - 1   // Status - 1
	ordYear     = int(ByYear) - 1     // index into MemStore.years
	ordUnit     = int(ByUnit) - 1     // index into MemStore.units
	ordMovement = int(ByMovement) - 1 // index into MemStore.moves; 0 for none
	ordKind     = int(ByKind) - 1     // 1 + index in the item kind registry; 0 for money
	ordDims     = int(ByKind)
)

// combo is the set of small dimensions an entry shares with many others,
// as dense ordinals. Entries store the combo's index; totals filter and
// group combos, not entries, wherever they can: a group's index is a
// mixed-radix number of the combo's ordinals, with no map and no key built
// per combo.
type combo struct {
	ord   [ordDims]uint32
	flags uint8
}

// comboAgg is the running total of a combo's entries, kept at append time
// as contributionsql keeps contribution_sums: entries, and small, the sum
// of the whole-đồng amounts (money) or of the item counts (items). Item
// counts cannot overflow it: at most MaxItemCount an entry and fewer than
// 2³² entries. Money that does not fit (fractions, huge amounts, an
// overflowing sum) and the value of items go to exts.
type comboAgg struct {
	small   int64
	entries uint32 // fewer than 2³² entries: IDs are uint32
	ext     int32  // 1 + index into MemStore.exts; 0 for none
}

// aggExt is the exact part of a combo's running total.
type aggExt struct {
	money    moneySum // money beyond small; for items, their value
	unvalued int64    // items without a known value
}

// idAt pairs an entry index with an ID or another index. Lists of them are
// appended in index order, so they are sorted and searchable without a
// lock by a reader that holds a view.
type idAt struct {
	idx uint32
	id  EntryID // idOver: the entry's ID
	to  uint32  // fulfils: index of the pledge
}

func packDate(d thidua.Date) int32 { return int32(d.Year)<<9 | int32(d.Month)<<5 | int32(d.Day) }

func unpackDate(p int32) thidua.Date {
	return thidua.Date{Year: int(p >> 9), Month: time.Month(p >> 5 & 15), Day: int(p & 31)}
}

// MemStore is the in-memory [Store]. It is safe for concurrent use: writes
// take an exclusive lock; readers hold a shared one only long enough to
// take a view of the append-only columns (and, for totals, the chunks of
// the running totals of the combinations, which writers copy before
// changing one a reader holds), then scan without it, so a long List or
// Totals never stalls a writer. A reader sees the store as it was
// when it took its view: every entry posted before, none after. Create it
// with [NewMemStore].
type MemStore struct {
	opts Options

	mu       sync.RWMutex
	n        int
	chunks   []*chunk
	keys     map[string]uint32
	strs     []string
	strIdx   map[string]uint32
	units    []string
	unitIdx  map[string]uint32
	moves    []string
	moveIdx  map[string]uint32
	years    []int32
	yearIdx  map[int32]uint32
	contribs []Contributor
	// contribIdx finds a contributor's index for writers.
	contribIdx map[Contributor]uint32
	combos     []combo
	comboIdx   map[combo]uint32
	aggs       cowList[comboAgg] // per combo
	exts       cowList[aggExt]
	// snaps counts the readers that took aggs and exts: see cowList.
	snaps      atomic.Uint64
	bigs       []decimal.Decimal
	items      []Items // of items entries, Kind aside (the combo has it)
	reversedBy map[uint32]uint32
	fulfils    []idAt // entry → the pledge it fulfils (few entries have one)
	// shared maps the entries with shares to their shares in shares.
	// Such entries have combos of their own (flagShares) that no
	// running total covers: totals add them one share at a time.
	shared []idAt
	shares [][]Share
	// An entry's ID is e<index+1> unless it came with another ID (Import)
	// or that ID was taken by one that did: idOver holds those, idIdx
	// finds them.
	idOver []idAt
	idIdx  map[EntryID]uint32
}

var _ Store = (*MemStore)(nil)

// NewMemStore returns an empty memory store applying opts (nil means the
// defaults; see [Options]). The store keeps copies of the registries.
//
// With nil opts, or opts without Movements, the store cannot check movements:
// an unknown movement or a date outside the movement's period is accepted.
// Pass Options{Movements: MovementsFunc(...)} wrapping the campaign store to
// have them rejected.
func NewMemStore(opts *Options) *MemStore {
	return &MemStore{
		opts:       opts.withDefaults(),
		keys:       make(map[string]uint32),
		strs:       []string{""},
		strIdx:     map[string]uint32{"": 0},
		unitIdx:    make(map[string]uint32),
		moves:      []string{""},
		moveIdx:    map[string]uint32{"": 0},
		yearIdx:    make(map[int32]uint32),
		contribIdx: make(map[Contributor]uint32),
		comboIdx:   make(map[combo]uint32),
		reversedBy: make(map[uint32]uint32),
		idIdx:      make(map[EntryID]uint32),
	}
}

// internIn returns the index of v in list, appending it if new.
func internIn[K comparable, V any](list *[]V, idx map[K]uint32, k K, v V) uint32 {
	if i, ok := idx[k]; ok {
		return i
	}
	i := uint32(len(*list))
	*list = append(*list, v)
	idx[k] = i
	return i
}

func (s *MemStore) intern(v string) uint32 {
	if v == "" {
		return 0
	}
	return internIn(&s.strs, s.strIdx, v, v)
}

func entryID(idx uint32) EntryID {
	var b [16]byte
	return EntryID(strconv.AppendUint(append(b[:0], 'e'), uint64(idx)+1, 10))
}

// view is a reader's view of the store: the columns as they were when it
// was taken. Every column is append-only and an entry never changes once
// appended, so a view stays valid, and consistent, without the lock.
type view struct {
	n        int
	chunks   []*chunk
	combos   []combo
	strs     []string
	units    []string
	moves    []string
	years    []int32
	contribs []Contributor
	bigs     []decimal.Decimal
	items    []Items // of items entries, Kind aside
	fulfils  []idAt
	shared   []idAt
	shares   [][]Share
	idOver   []idAt
	purposes []Purpose
	kinds    []ItemKind
}

// viewLocked returns a view of the store; the caller holds the lock.
func (s *MemStore) viewLocked() *view {
	return &view{
		n: s.n, chunks: s.chunks, combos: s.combos, strs: s.strs, units: s.units, moves: s.moves,
		years: s.years, contribs: s.contribs, bigs: s.bigs, items: s.items, fulfils: s.fulfils,
		shared: s.shared, shares: s.shares, idOver: s.idOver, purposes: s.opts.Purposes.r.list, kinds: s.opts.ItemKinds.r.list,
	}
}

// view returns a view of the store, holding the shared lock only to take it.
// It then yields (see [MemStore.yield]).
func (s *MemStore) view() *view {
	s.mu.RLock()
	v := s.viewLocked()
	s.mu.RUnlock()
	s.yield()
	return v
}

// yield lets a writer run that releasing the shared lock woke: Go puts a
// goroutine an unlock wakes next in line on the unlocker's processor, and a
// reader that went on with a long scan kept it waiting up to a scheduling
// quantum (10 ms), so four readers cut posting to a few hundred per second
// though they held the lock only briefly (BenchmarkConcurrentReadWrite).
func (s *MemStore) yield() { runtime.Gosched() }

// findAt returns the element of list (sorted by idx) for idx.
func findAt(list []idAt, idx uint32) (idAt, bool) {
	if len(list) == 0 || idx < list[0].idx || idx > list[len(list)-1].idx {
		return idAt{}, false
	}
	i, ok := slices.BinarySearchFunc(list, idx, func(a idAt, t uint32) int { return cmp.Compare(a.idx, t) })
	if !ok {
		return idAt{}, false
	}
	return list[i], true
}

// idOf returns the ID of the entry at idx.
func (v *view) idOf(idx uint32) EntryID {
	if o, ok := findAt(v.idOver, idx); ok {
		return o.id
	}
	return entryID(idx)
}

// newID returns the ID of a new entry at idx (see NextEntryID).
func (s *MemStore) newID(idx uint32) EntryID {
	id, _ := NextEntryID(int64(idx)+1, func(id EntryID) (bool, error) {
		_, taken := s.idIdx[id]
		return taken, nil
	})
	return id
}

// parseID returns the index of the entry with the ID; the caller holds
// the lock.
func (s *MemStore) parseID(id EntryID) (uint32, bool) {
	if len(s.idIdx) > 0 {
		if idx, ok := s.idIdx[id]; ok {
			return idx, true
		}
	}
	idx, ok := s.parseNatural(id)
	if ok {
		if _, over := findAt(s.idOver, idx); over {
			return 0, false
		}
	}
	return idx, ok
}

func (s *MemStore) parseNatural(id EntryID) (uint32, bool) {
	v := string(id)
	if len(v) < 2 || v[0] != 'e' || v[1] == '0' {
		return 0, false
	}
	n, err := strconv.ParseUint(v[1:], 10, 32)
	if err != nil || n == 0 || n > uint64(s.n) {
		return 0, false
	}
	return uint32(n - 1), true
}

// ext returns the exact part of combo ci's running total, adding one.
func (s *MemStore) ext(ci uint32) *aggExt {
	snaps := s.snaps.Load()
	a := s.aggs.at(int(ci), snaps)
	if a.ext == 0 {
		a.ext = int32(s.exts.push(aggExt{}, snaps) + 1)
	}
	return s.exts.at(int(a.ext-1), snaps)
}

// appendLocked stores e, which has passed the rules, and returns it with
// its ID: e.ID if set (an import), a new one otherwise. e.Reverses and
// e.Fulfils, if set, name stored entries.
func (s *MemStore) appendLocked(e Entry) Entry {
	if s.n&chunkMask == 0 {
		s.chunks = append(s.chunks, new(chunk))
	}
	idx := uint32(s.n)
	if e.ID == "" {
		e.ID = s.newID(idx)
	}
	if e.ID != entryID(idx) {
		s.idOver = append(s.idOver, idAt{idx: idx, id: e.ID})
		s.idIdx[e.ID] = idx
	}
	var rev uint32
	if e.Reverses != "" {
		oi, _ := s.parseID(e.Reverses) // checked by the rules
		rev = oi + 1
		s.reversedBy[oi] = idx
	}
	ch, i := s.chunks[s.n>>chunkBits], s.n&chunkMask
	_, pi, _ := s.opts.Purposes.r.lookup(e.Purpose)
	var c combo
	c.ord[ordPurpose] = uint32(pi)
	c.ord[ordSource] = uint32(e.Source - 1)
	c.ord[ordStatus] = uint32(e.Status - 1)
	c.ord[ordYear] = internIn(&s.years, s.yearIdx, int32(e.Date.Year), int32(e.Date.Year))
	c.ord[ordUnit] = internIn(&s.units, s.unitIdx, string(e.Unit), string(e.Unit))
	c.ord[ordMovement] = internIn(&s.moves, s.moveIdx, string(e.Movement), string(e.Movement))
	var amt int64
	whole := false
	if !e.Items.IsZero() {
		_, ki, _ := s.opts.ItemKinds.r.lookup(e.Items.Kind)
		c.ord[ordKind], c.flags = uint32(ki+1), flagItems
		amt = int64(len(s.items))
		it := e.Items
		it.Kind = "" // the combo has it
		s.items = append(s.items, it)
	} else if v, ok := wholeInt64(e.Amount); ok {
		amt, whole = v, true
	} else {
		c.flags = flagBig
		amt = int64(len(s.bigs))
		s.bigs = append(s.bigs, e.Amount)
	}
	if e.Shares != nil {
		c.flags |= flagShares
		for _, sh := range e.Shares {
			internIn(&s.contribs, s.contribIdx, sh.Contributor, sh.Contributor)
		}
		s.shared = append(s.shared, idAt{idx: idx, to: uint32(len(s.shares))})
		s.shares = append(s.shares, slices.Clone(e.Shares))
	}
	ci, ok := s.comboIdx[c]
	if !ok {
		ci = uint32(len(s.combos))
		s.combos = append(s.combos, c)
		s.aggs.push(comboAgg{}, s.snaps.Load())
		s.comboIdx[c] = ci
	}
	if c.flags&flagShares == 0 {
		s.addToCombo(ci, c, e, amt, whole)
	}
	ctr := internIn(&s.contribs, s.contribIdx, e.Contributor, e.Contributor)
	ch.combo[i] = ci
	ch.amount[i] = amt
	ch.date[i] = packDate(e.Date)
	ch.contrib[i] = ctr
	ch.benef[i] = s.intern(e.Beneficiary)
	ch.note[i] = s.intern(e.Note)
	ch.rev[i] = rev
	ch.key[i] = e.Key
	if e.Fulfils != "" {
		p, _ := s.parseID(e.Fulfils) // checked by the caller
		s.fulfils = append(s.fulfils, idAt{idx: idx, to: p})
	}
	s.keys[e.Key] = idx
	s.n++
	return e
}

// addToCombo adds entry e, whose amount column holds amt, to the running
// total of combo ci.
func (s *MemStore) addToCombo(ci uint32, c combo, e Entry, amt int64, whole bool) {
	a := s.aggs.at(int(ci), s.snaps.Load())
	a.entries++
	switch {
	case c.flags&flagItems != 0:
		a.small += e.Items.Count // bounded: see comboAgg
		x := s.ext(ci)
		if v, ok := e.Items.Value(); ok {
			x.money.addDec(v)
		} else {
			x.unvalued += e.Items.Count
		}
	case whole:
		if sum, ok := add64(a.small, amt); ok {
			a.small = sum
		} else {
			s.ext(ci).money.addInt(a.small)
			s.aggs.at(int(ci), s.snaps.Load()).small = amt
		}
	default:
		s.ext(ci).money.addDec(e.Amount)
	}
}

// entryAt rebuilds the entry at idx.
func (v *view) entryAt(idx uint32) Entry {
	ch, i := v.chunks[idx>>chunkBits], idx&chunkMask
	c := &v.combos[ch.combo[i]]
	e := Entry{
		ID:          v.idOf(idx),
		Key:         ch.key[i],
		Date:        unpackDate(ch.date[i]),
		Contributor: v.contribs[ch.contrib[i]],
		Unit:        org.UnitID(v.units[c.ord[ordUnit]]),
		Source:      Source(c.ord[ordSource] + 1),
		Status:      Status(c.ord[ordStatus] + 1),
		Purpose:     v.purposes[c.ord[ordPurpose]].Code,
		Beneficiary: v.strs[ch.benef[i]],
		Movement:    MovementID(v.moves[c.ord[ordMovement]]),
		Note:        v.strs[ch.note[i]],
	}
	amt := ch.amount[i]
	switch {
	case c.flags&flagItems != 0:
		e.Items = v.items[amt]
		e.Items.Kind = v.kinds[c.ord[ordKind]-1].Code
	case c.flags&flagBig != 0:
		e.Amount = v.bigs[amt]
	default:
		e.Amount = decimal.New(amt, 0)
	}
	if r := ch.rev[i]; r != 0 {
		e.Reverses = v.idOf(r - 1)
	}
	if f, ok := findAt(v.fulfils, idx); ok {
		e.Fulfils = v.idOf(f.to)
	}
	if c.flags&flagShares != 0 {
		if sh, ok := findAt(v.shared, idx); ok {
			e.Shares = slices.Clone(v.shares[sh.to])
		}
	}
	return e
}

// Post implements [Store.Post]. The rules are [Options.Check] and
// [AdmitPost]; the store adds only the lock that makes them atomic with
// the append.
func (s *MemStore) Post(ctx context.Context, e Entry) (Entry, error) {
	const op = "contribution: post"
	if err := ctx.Err(); err != nil {
		return Entry{}, err
	}
	e, err := s.opts.check(ctx, op, e)
	if err != nil {
		return Entry{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e, replay, err := AdmitPost(ctx, memLedger{s}, e)
	if err != nil || replay {
		return e, err
	}
	return s.appendLocked(e), nil
}

// Reverse implements [Store.Reverse]. The rules are [CheckReversal] and
// [AdmitReversal].
func (s *MemStore) Reverse(ctx context.Context, r Reversal) (Entry, error) {
	if err := ctx.Err(); err != nil {
		return Entry{}, err
	}
	r, err := CheckReversal(r)
	if err != nil {
		return Entry{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rev, replay, err := AdmitReversal(ctx, memLedger{s}, r)
	if err != nil || replay {
		return rev, err
	}
	return s.appendLocked(rev), nil
}

// Import implements [Store.Import]: the rules are [Options.AdmitImport],
// checked in full before anything is appended, so a failed Import stores
// nothing. The store's lock is held throughout, movement lookups included.
func (s *MemStore) Import(ctx context.Context, es []Entry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	add, err := s.opts.AdmitImport(ctx, memLedger{s}, es)
	if err != nil {
		return err
	}
	for _, e := range add {
		s.appendLocked(e)
	}
	return nil
}

// memLedger is the [Ledger] of a store whose lock the caller holds.
type memLedger struct{ s *MemStore }

func (l memLedger) ByKey(_ context.Context, key string) (Entry, bool, error) {
	idx, ok := l.s.keys[key]
	if !ok {
		return Entry{}, false, nil
	}
	return l.s.viewLocked().entryAt(idx), true, nil
}

func (l memLedger) ByID(_ context.Context, id EntryID) (Entry, bool, error) {
	idx, ok := l.s.parseID(id)
	if !ok {
		return Entry{}, false, nil
	}
	return l.s.viewLocked().entryAt(idx), true, nil
}

func (l memLedger) ReversedBy(_ context.Context, id EntryID) (EntryID, bool, error) {
	idx, ok := l.s.parseID(id)
	if !ok {
		return "", false, nil
	}
	r, ok := l.s.reversedBy[idx]
	if !ok {
		return "", false, nil
	}
	return l.s.viewLocked().idOf(r), true, nil
}

// Entry implements [Store.Entry].
func (s *MemStore) Entry(ctx context.Context, id EntryID) (Entry, error) {
	if err := ctx.Err(); err != nil {
		return Entry{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	idx, ok := s.parseID(id)
	if !ok {
		return Entry{}, thidua.NotFound("contribution: get", "entry", string(id))
	}
	return s.viewLocked().entryAt(idx), nil
}

// History implements [Store.History].
func (s *MemStore) History(ctx context.Context, id EntryID) ([]Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	idx, ok := s.parseID(id)
	if !ok {
		return nil, thidua.NotFound("contribution: history", "entry", string(id))
	}
	v := s.viewLocked()
	e := v.entryAt(idx)
	if r := v.chunks[idx>>chunkBits].rev[idx&chunkMask]; r != 0 {
		return []Entry{v.entryAt(r - 1), e}, nil
	}
	if ri, ok := s.reversedBy[idx]; ok {
		return []Entry{e, v.entryAt(ri)}, nil
	}
	return []Entry{e}, nil
}

// plan is a filter compiled against a view's combos.
type plan struct {
	combo    []uint8 // per combo: planOut, planIn or planDate, with planShares
	contribs []bool  // per contributor, whether it passes; nil: all do
	from, to int32   // packed period, for planDate combos
	dated    bool    // some combo is planDate
}

const (
	planOut  = iota // no entry of the combo passes
	planIn          // every entry of the combo passes the combo-level tests
	planDate        // entries pass if dated inside the period

	// planShares marks a combo of entries with shares: their shares, not
	// the combo, pass the contributor and source tests (Filter.Match).
	planShares = 4
)

// allowed returns, for each value of list, whether it is one of want; nil
// when want is nil (no filter on the dimension).
func allowed[T any, W comparable](list []T, key func(T) W, want []W) []bool {
	if want == nil {
		return nil
	}
	set := make(map[W]bool, len(want))
	for _, w := range want {
		set[w] = true
	}
	ok := make([]bool, len(list))
	for i, v := range list {
		ok[i] = set[key(v)]
	}
	return ok
}

func self[T any](v T) T { return v }

func (v *view) plan(f *Filter) plan {
	p := plan{combo: make([]uint8, len(v.combos))}
	units := allowed(v.units, self, stringsOf(f.Units))
	movements := allowed(v.moves, self, stringsOf(f.Movements))
	purposes := allowed(v.purposes, func(p Purpose) string { return p.Code }, f.Purposes)
	var kinds []bool
	if f.Kinds != nil {
		// Ordinal 0 is money, which a kind filter leaves out.
		kinds = append([]bool{false}, allowed(v.kinds, func(k ItemKind) string { return k.Code }, f.Kinds)...)
	}
	if f.Contributors != nil {
		want := make([]Contributor, len(f.Contributors))
		for i, c := range f.Contributors {
			want[i] = c.Canonical()
		}
		p.contribs = allowed(v.contribs, self, want)
	}
	hasPeriod := !f.Period.IsZero()
	if hasPeriod {
		p.from, p.to = packDate(f.Period.From), packDate(f.Period.To)
	}
	out := func(ok []bool, ord uint32) bool { return ok != nil && !ok[ord] }
	for ci := range v.combos {
		o := &v.combos[ci].ord
		shared := v.combos[ci].flags&flagShares != 0
		switch {
		case out(units, o[ordUnit]), out(movements, o[ordMovement]),
			out(purposes, o[ordPurpose]), out(kinds, o[ordKind]),
			f.Source != 0 && uint32(f.Source-1) != o[ordSource] && !shared,
			f.Status != 0 && uint32(f.Status-1) != o[ordStatus]:
			continue // planOut
		}
		switch y := int(v.years[o[ordYear]]); {
		case !hasPeriod:
			p.combo[ci] = planIn
		case y < f.Period.From.Year || y > f.Period.To.Year:
		case f.Period.ContainsPeriod(thidua.Year(y)):
			p.combo[ci] = planIn
		default:
			p.combo[ci] = planDate
			p.dated = true
		}
		if shared && p.combo[ci] != planOut {
			p.combo[ci] |= planShares
		}
	}
	return p
}

func stringsOf[T ~string](vs []T) []string {
	if vs == nil {
		return nil
	}
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// pass reports whether the entry at chunk ch, slot i, passes p. An entry
// with shares passes if it passes the tests of the combo and the date:
// the caller applies Filter.Match to its shares.
func (p *plan) pass(ch *chunk, i int) bool {
	pc := p.combo[ch.combo[i]]
	switch pc &^ planShares {
	case planOut:
		return false
	case planDate:
		if d := ch.date[i]; d < p.from || d > p.to {
			return false
		}
	}
	return pc&planShares != 0 || p.contribs == nil || p.contribs[ch.contrib[i]]
}

// scan calls fn for each entry of v that passes p, in posting order,
// checking ctx between chunks.
func (v *view) scan(ctx context.Context, p *plan, fn func(idx int, ch *chunk, i int) error) error {
	return v.scanFrom(ctx, p, 0, fn)
}

// scanFrom is scan from the entry at index from on.
func (v *view) scanFrom(ctx context.Context, p *plan, from int, fn func(idx int, ch *chunk, i int) error) error {
	for cn := from >> chunkBits; cn < len(v.chunks); cn++ {
		if cn > from>>chunkBits {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		ch := v.chunks[cn]
		base := cn << chunkBits
		n := min(v.n-base, chunkSize)
		for i := max(from-base, 0); i < n; i++ {
			if p.pass(ch, i) {
				if err := fn(base+i, ch, i); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// List implements [Store.List]. It reads a view of the store (see
// [MemStore]) and holds no lock while it scans.
func (s *MemStore) List(ctx context.Context, f Filter) ([]Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := checkFilter("contribution: list", f); err != nil {
		return nil, err
	}
	v := s.view()
	p := v.plan(&f)
	count := 0
	if err := v.scan(ctx, &p, func(int, *chunk, int) error { count++; return nil }); err != nil {
		return nil, err
	}
	out := make([]Entry, 0, count)
	err := v.scan(ctx, &p, func(idx int, ch *chunk, i int) error {
		e := v.entryAt(uint32(idx))
		if p.combo[ch.combo[i]]&planShares != 0 && !f.Match(e) {
			return nil
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// errPageFull stops the scan of a page that has found its entries and one
// more.
var errPageFull = errors.New("contribution: page full")

// Page implements [Store.Page]. Each page reads a view of the store (see
// [MemStore]), holding no lock while it scans, and starts after the
// entry named by after, found by its ID in the store's index: entries are
// only ever appended, so the place of an entry never changes and a walk
// sees each entry once.
func (s *MemStore) Page(ctx context.Context, f Filter, after EntryID, limit int) ([]Entry, EntryID, error) {
	if err := ctx.Err(); err != nil {
		return nil, "", err
	}
	if err := CheckPage(f, after, limit); err != nil {
		return nil, "", err
	}
	from := 0
	s.mu.RLock()
	if after != "" {
		idx, ok := s.parseID(after)
		if !ok {
			s.mu.RUnlock()
			return nil, "", thidua.Invalid("contribution: page", "entry", string(after), "after", "no such entry to page after")
		}
		from = int(idx) + 1
	}
	v := s.viewLocked()
	s.mu.RUnlock()
	s.yield()
	p := v.plan(&f)
	out := make([]Entry, 0, max(min(limit, v.n-from), 0))
	more := false
	err := v.scanFrom(ctx, &p, from, func(idx int, ch *chunk, i int) error {
		var e Entry
		if p.combo[ch.combo[i]]&planShares != 0 {
			if e = v.entryAt(uint32(idx)); !f.Match(e) {
				return nil
			}
		}
		if len(out) == limit {
			more = true
			return errPageFull
		}
		if e.ID == "" {
			e = v.entryAt(uint32(idx))
		}
		out = append(out, e)
		return nil
	})
	if err != nil && err != errPageFull {
		return nil, "", err
	}
	if !more {
		return out, "", nil
	}
	return out, out[len(out)-1].ID, nil
}

// grouper numbers the groups of a totals query. A combo's group is a
// mixed-radix number of its ordinals in the grouped dimensions, looked up
// in a dense table; only when the table would be too large (many units
// times many movements, say) does it fall back to a map.
type grouper struct {
	v      *view
	by     []Dim // grouped dimensions, contributor aside
	stride []uint64
	dense  []int32 // 1 + group, by mixed-radix number
	sparse map[combo]int32
	accs   []*rowAcc
}

// maxDense bounds the dense table of a grouper.
const maxDense = 1 << 20

func newGrouper(v *view, by []Dim) *grouper {
	g := &grouper{v: v}
	size := uint64(1)
	for _, d := range by {
		if d == ByContributor || slices.Contains(g.by, d) {
			continue
		}
		var card int
		switch d {
		case ByPurpose:
			card = len(v.purposes)
		case BySource, ByStatus:
			card = 2
		case ByYear:
			card = len(v.years)
		case ByUnit:
			card = len(v.units)
		case ByMovement:
			card = len(v.moves)
		case ByKind:
			card = len(v.kinds) + 1
		}
		g.by = append(g.by, d)
		g.stride = append(g.stride, size)
		if size <= maxDense {
			size *= uint64(max(card, 1))
		}
	}
	if size <= maxDense {
		g.dense = make([]int32, size)
	} else {
		g.sparse = make(map[combo]int32)
	}
	return g
}

// group returns the group of combo ci, making it if new.
func (g *grouper) group(ci uint32) int32 {
	c := &g.v.combos[ci]
	if g.dense != nil {
		var k uint64
		for i, d := range g.by {
			k += uint64(c.ord[d-1]) * g.stride[i]
		}
		if x := g.dense[k]; x != 0 {
			return x - 1
		}
		n := g.add(c)
		g.dense[k] = n + 1
		return n
	}
	var k combo
	for _, d := range g.by {
		k.ord[d-1] = c.ord[d-1]
	}
	if x, ok := g.sparse[k]; ok {
		return x
	}
	n := g.add(c)
	g.sparse[k] = n
	return n
}

// add makes the group of combo c.
func (g *grouper) add(c *combo) int32 {
	v := g.v
	var k GroupKey
	for _, d := range g.by {
		o := c.ord[d-1]
		switch d {
		case ByPurpose:
			k.Purpose = v.purposes[o].Code
		case BySource:
			k.Source = Source(o + 1)
		case ByStatus:
			k.Status = Status(o + 1)
		case ByYear:
			k.Year = int(v.years[o])
		case ByUnit:
			k.Unit = org.UnitID(v.units[o])
		case ByMovement:
			k.Movement = MovementID(v.moves[o])
		case ByKind:
			if o != 0 {
				k.Kind = v.kinds[o-1].Code
			}
		}
	}
	g.accs = append(g.accs, &rowAcc{key: k})
	return int32(len(g.accs) - 1)
}

// addAt adds the entry at chunk ch, slot i, of combo c to a.
func (v *view) addAt(a *rowAcc, c *combo, ch *chunk, i int) error {
	a.entries++
	amt := ch.amount[i]
	switch {
	case c.flags&flagItems != 0:
		it := v.items[amt]
		return a.addItems(v.kinds[c.ord[ordKind]-1].Code, it.Count, it.ValuePerItem)
	case c.flags&flagBig != 0:
		a.money.addDec(v.bigs[amt])
	default:
		a.money.addInt(amt)
	}
	return nil
}

// addAgg adds the running total of combo c to a.
func (v *view) addAgg(a *rowAcc, c *combo, t comboAgg, exts cowView[aggExt]) error {
	a.entries += int(t.entries)
	var x aggExt
	if t.ext != 0 {
		x = exts.get(int(t.ext - 1))
	}
	if c.flags&flagItems == 0 {
		a.money.addInt(t.small)
		if t.ext != 0 {
			a.money.addSum(x.money)
		}
		return nil
	}
	return a.addItemTotal(v.kinds[c.ord[ordKind]-1].Code, t.small, x.money, x.unvalued)
}

// Totals implements [Store.Totals]. The combos that pass the filter as a
// whole are added from their running totals, in time proportional to the
// number of combos, not of entries; entries are scanned only for combos a
// period cuts and for contributors, which are per entry. Whole-đồng
// amounts are summed as int64, anything else exactly. It reads a view of
// the store (see [MemStore]) and holds the lock only to take it and the
// chunks of the running totals. The result equals [Aggregate] over the same entries.
func (s *MemStore) Totals(ctx context.Context, f Filter, by ...Dim) (Totals, error) {
	const op = "contribution: totals"
	if err := ctx.Err(); err != nil {
		return Totals{}, err
	}
	if err := checkTotals(op, f, by); err != nil {
		return Totals{}, err
	}
	general := f.Contributors != nil || slices.Contains(by, ByContributor)
	s.mu.RLock()
	v := s.viewLocked()
	var aggs cowView[comboAgg]
	var exts cowView[aggExt]
	if !general {
		aggs, exts = s.aggs.snapshot(), s.exts.snapshot()
		s.snaps.Add(1)
	}
	s.mu.RUnlock()
	s.yield()
	p := v.plan(&f)
	g := newGrouper(v, by)
	entryErr := func(idx int, err error) error {
		return thidua.E(op, "entry", string(v.idOf(uint32(idx))), "items.count", err)
	}

	if general {
		// Contributors are per entry, not per combo. A row is the combo's
		// group, split by contributor when grouping by them.
		byContrib := slices.Contains(by, ByContributor)
		comboGroup := make([]int32, len(v.combos))
		for ci := range comboGroup {
			comboGroup[ci] = -1
		}
		var rows []*rowAcc
		rowIdx := make(map[uint64]int32)
		err := v.scan(ctx, &p, func(idx int, ch *chunk, i int) error {
			ci := ch.combo[i]
			if p.combo[ci]&planShares != 0 {
				return nil // see addShared
			}
			if comboGroup[ci] < 0 {
				comboGroup[ci] = g.group(ci)
			}
			rk := uint64(comboGroup[ci]) << 32
			if byContrib {
				rk |= uint64(ch.contrib[i])
			}
			r, ok := rowIdx[rk]
			if !ok {
				key := g.accs[comboGroup[ci]].key
				if byContrib {
					key.Contributor = v.contribs[ch.contrib[i]]
				}
				r = int32(len(rows))
				rowIdx[rk] = r
				rows = append(rows, &rowAcc{key: key})
			}
			if err := v.addAt(rows[r], &v.combos[ci], ch, i); err != nil {
				return entryErr(idx, err)
			}
			return nil
		})
		if err != nil {
			return Totals{}, err
		}
		rows, dupes, err := v.addShared(ctx, &p, f, by, rows)
		if err != nil {
			return Totals{}, err
		}
		return finish(op, f, by, rows, dupes)
	}

	// Combos that pass as a whole: their running totals.
	for ci := range v.combos {
		if p.combo[ci] != planIn {
			continue
		}
		c := &v.combos[ci]
		if err := v.addAgg(g.accs[g.group(uint32(ci))], c, aggs.get(ci), exts); err != nil {
			return Totals{}, thidua.E(op, "", "", "items.count", err)
		}
	}
	// Combos a period cuts: their entries inside it. p.pass lets through
	// planIn combos too; they are skipped here.
	if p.dated {
		err := v.scan(ctx, &p, func(idx int, ch *chunk, i int) error {
			ci := ch.combo[i]
			if p.combo[ci] != planDate {
				return nil
			}
			if err := v.addAt(g.accs[g.group(ci)], &v.combos[ci], ch, i); err != nil {
				return entryErr(idx, err)
			}
			return nil
		})
		if err != nil {
			return Totals{}, err
		}
	}
	rows, dupes, err := v.addShared(ctx, &p, f, by, g.accs)
	if err != nil {
		return Totals{}, err
	}
	return finish(op, f, by, rows, dupes)
}

// addShared adds the entries with shares that pass p and f, share by
// share as [Summer] does, to rows, and returns the rows with those of new
// groups appended and the count of entries counted in more than one row
// beyond their first (see finish). Such entries are few: they are read
// from the list of them, not by scanning the ledger.
func (v *view) addShared(ctx context.Context, p *plan, f Filter, by []Dim, rows []*rowAcc) ([]*rowAcc, int, error) {
	if len(v.shared) == 0 {
		return rows, 0, nil
	}
	sum := &Summer{op: "contribution: totals", f: f, by: by, groups: make(map[GroupKey]*rowAcc)}
	for n, sh := range v.shared {
		if sh.idx >= uint32(v.n) {
			break
		}
		if n&1023 == 1023 {
			if err := ctx.Err(); err != nil {
				return nil, 0, err
			}
		}
		ch, i := v.chunks[sh.idx>>chunkBits], int(sh.idx&chunkMask)
		if !p.pass(ch, i) {
			continue
		}
		if err := sum.Add(v.entryAt(sh.idx)); err != nil {
			return nil, 0, err
		}
	}
	if len(sum.accs) == 0 {
		return rows, 0, nil
	}
	at := make(map[GroupKey]*rowAcc, len(rows))
	for _, r := range rows {
		at[r.key] = r
	}
	for _, a := range sum.accs {
		r := at[a.key]
		if r == nil {
			rows = append(rows, a)
			continue
		}
		r.entries += a.entries
		r.money.addSum(a.money)
		for kind, it := range a.items {
			if err := r.addItemTotal(kind, it.count, it.value, it.unvalued); err != nil {
				return nil, 0, thidua.E(sum.op, "", "", "items.count", err)
			}
		}
	}
	return rows, sum.split.dupes, nil
}
