package contribution

import (
	"context"
	"math"
	"slices"
	"strconv"
	"sync"
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
	flagItems uint8 = 1 << iota // amount indexes MemStore.items
	flagBig                     // amount indexes MemStore.bigs
)

// combo is the set of small dimensions an entry shares with many others.
// Entries store the combo's index; totals filter and group combos, not
// entries, wherever they can.
type combo struct {
	unit, movement uint32 // indexes into MemStore.strs
	purpose        uint32 // index in the purpose registry
	kind           uint32 // 1 + index in the item kind registry; 0 for money
	year           int32
	source, status uint8
	flags          uint8
}

func packDate(d thidua.Date) int32 { return int32(d.Year)<<9 | int32(d.Month)<<5 | int32(d.Day) }

func unpackDate(p int32) thidua.Date {
	return thidua.Date{Year: int(p >> 9), Month: time.Month(p >> 5 & 15), Day: int(p & 31)}
}

// MemStore is the in-memory [Store]. It is safe for concurrent use: writes
// take an exclusive lock, reads a shared one. Create it with [NewMemStore].
type MemStore struct {
	opts Options

	mu         sync.RWMutex
	n          int
	chunks     []*chunk
	keys       map[string]uint32
	strs       []string
	strIdx     map[string]uint32
	contribs   []Contributor
	contribIdx map[Contributor]uint32
	combos     []combo
	comboIdx   map[combo]uint32
	comboN     []int // entries per combo
	bigs       []decimal.Decimal
	items      []Items // Count and ValuePerItem of items entries
	reversedBy map[uint32]uint32
	fulfils    map[uint32]uint32 // entry → the pledge it fulfils (few entries have one)
	// An entry's ID is e<index+1> unless it came with another ID (Import)
	// or that ID was taken by one that did: idOver holds those, idIdx
	// finds them.
	idOver map[uint32]EntryID
	idIdx  map[EntryID]uint32
	// fastAbs is the sum of the absolute values of the whole-đồng amounts;
	// while it fits an int64 (fastOverflow false), no partial sum of them
	// can overflow and totals add them unchecked.
	fastAbs      uint64
	fastOverflow bool
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
		contribIdx: make(map[Contributor]uint32),
		comboIdx:   make(map[combo]uint32),
		reversedBy: make(map[uint32]uint32),
		fulfils:    make(map[uint32]uint32),
		idOver:     make(map[uint32]EntryID),
		idIdx:      make(map[EntryID]uint32),
	}
}

func (s *MemStore) intern(v string) uint32 {
	if v == "" {
		return 0
	}
	if i, ok := s.strIdx[v]; ok {
		return i
	}
	i := uint32(len(s.strs))
	s.strs = append(s.strs, v)
	s.strIdx[v] = i
	return i
}

func entryID(idx uint32) EntryID {
	var b [16]byte
	return EntryID(strconv.AppendUint(append(b[:0], 'e'), uint64(idx)+1, 10))
}

// idOf returns the ID of the entry at idx.
func (s *MemStore) idOf(idx uint32) EntryID {
	if len(s.idOver) > 0 {
		if id, ok := s.idOver[idx]; ok {
			return id
		}
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

func (s *MemStore) parseID(id EntryID) (uint32, bool) {
	if len(s.idIdx) > 0 {
		if idx, ok := s.idIdx[id]; ok {
			return idx, true
		}
	}
	idx, ok := s.parseNatural(id)
	if ok && len(s.idOver) > 0 {
		if _, over := s.idOver[idx]; over {
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
		s.idOver[idx] = e.ID
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
	c := combo{
		unit:     s.intern(string(e.Unit)),
		movement: s.intern(string(e.Movement)),
		purpose:  uint32(pi),
		year:     int32(e.Date.Year),
		source:   uint8(e.Source),
		status:   uint8(e.Status),
	}
	var amt int64
	if !e.Items.IsZero() {
		_, ki, _ := s.opts.ItemKinds.r.lookup(e.Items.Kind)
		c.kind, c.flags = uint32(ki+1), flagItems
		amt = int64(len(s.items))
		s.items = append(s.items, Items{Count: e.Items.Count, ValuePerItem: e.Items.ValuePerItem})
	} else if v, ok := wholeInt64(e.Amount); ok {
		amt = v
		abs := uint64(v)
		if v < 0 {
			abs = -abs
		}
		s.fastAbs += abs
		if s.fastAbs < abs || s.fastAbs > math.MaxInt64 {
			s.fastOverflow = true
		}
	} else {
		c.flags = flagBig
		amt = int64(len(s.bigs))
		s.bigs = append(s.bigs, e.Amount)
	}
	ci, ok := s.comboIdx[c]
	if !ok {
		ci = uint32(len(s.combos))
		s.combos = append(s.combos, c)
		s.comboN = append(s.comboN, 0)
		s.comboIdx[c] = ci
	}
	s.comboN[ci]++
	ctr, ok := s.contribIdx[e.Contributor]
	if !ok {
		ctr = uint32(len(s.contribs))
		s.contribs = append(s.contribs, e.Contributor)
		s.contribIdx[e.Contributor] = ctr
	}
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
		s.fulfils[idx] = p
	}
	s.keys[e.Key] = idx
	s.n++
	return e
}

// entryAt rebuilds the entry at idx.
func (s *MemStore) entryAt(idx uint32) Entry {
	ch, i := s.chunks[idx>>chunkBits], idx&chunkMask
	c := s.combos[ch.combo[i]]
	e := Entry{
		ID:          s.idOf(idx),
		Key:         ch.key[i],
		Date:        unpackDate(ch.date[i]),
		Contributor: s.contribs[ch.contrib[i]],
		Unit:        org.UnitID(s.strs[c.unit]),
		Source:      Source(c.source),
		Status:      Status(c.status),
		Purpose:     s.opts.Purposes.r.list[c.purpose].Code,
		Beneficiary: s.strs[ch.benef[i]],
		Movement:    MovementID(s.strs[c.movement]),
		Note:        s.strs[ch.note[i]],
	}
	amt := ch.amount[i]
	switch {
	case c.flags&flagItems != 0:
		it := s.items[amt]
		e.Items = Items{Kind: s.opts.ItemKinds.r.list[c.kind-1].Code, Count: it.Count, ValuePerItem: it.ValuePerItem}
	case c.flags&flagBig != 0:
		e.Amount = s.bigs[amt]
	default:
		e.Amount = decimal.New(amt, 0)
	}
	if r := ch.rev[i]; r != 0 {
		e.Reverses = s.idOf(r - 1)
	}
	if len(s.fulfils) > 0 {
		if p, ok := s.fulfils[idx]; ok {
			e.Fulfils = s.idOf(p)
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
	return l.s.entryAt(idx), true, nil
}

func (l memLedger) ByID(_ context.Context, id EntryID) (Entry, bool, error) {
	idx, ok := l.s.parseID(id)
	if !ok {
		return Entry{}, false, nil
	}
	return l.s.entryAt(idx), true, nil
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
	return l.s.idOf(r), true, nil
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
	return s.entryAt(idx), nil
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
	e := s.entryAt(idx)
	if r := s.chunks[idx>>chunkBits].rev[idx&chunkMask]; r != 0 {
		return []Entry{s.entryAt(r - 1), e}, nil
	}
	if ri, ok := s.reversedBy[idx]; ok {
		return []Entry{e, s.entryAt(ri)}, nil
	}
	return []Entry{e}, nil
}

// plan is a filter compiled against the store's combos.
type plan struct {
	combo    []uint8 // per combo: planOut, planIn or planDate
	contribs map[uint32]bool
	from, to int32 // packed period, for planDate combos
}

const (
	planOut  = iota // no entry of the combo passes
	planIn          // every entry of the combo passes the combo-level tests
	planDate        // entries pass if dated inside the period
)

func (s *MemStore) plan(f *Filter) plan {
	p := plan{combo: make([]uint8, len(s.combos))}
	set := func(vs []string) map[string]bool {
		if vs == nil {
			return nil
		}
		m := make(map[string]bool, len(vs))
		for _, v := range vs {
			m[v] = true
		}
		return m
	}
	units, movements := set(stringsOf(f.Units)), set(stringsOf(f.Movements))
	purposes, kinds := set(f.Purposes), set(f.Kinds)
	if f.Contributors != nil {
		p.contribs = make(map[uint32]bool)
		for _, c := range f.Contributors {
			if i, ok := s.contribIdx[c.Canonical()]; ok {
				p.contribs[i] = true
			}
		}
	}
	hasPeriod := !f.Period.IsZero()
	if hasPeriod {
		p.from, p.to = packDate(f.Period.From), packDate(f.Period.To)
	}
	for ci, c := range s.combos {
		switch {
		case units != nil && !units[s.strs[c.unit]],
			movements != nil && !movements[s.strs[c.movement]],
			purposes != nil && !purposes[s.opts.Purposes.r.list[c.purpose].Code],
			kinds != nil && (c.kind == 0 || !kinds[s.opts.ItemKinds.r.list[c.kind-1].Code]),
			f.Source != 0 && uint8(f.Source) != c.source,
			f.Status != 0 && uint8(f.Status) != c.status:
			continue // planOut
		}
		switch y := int(c.year); {
		case !hasPeriod:
			p.combo[ci] = planIn
		case y < f.Period.From.Year || y > f.Period.To.Year:
		case f.Period.ContainsPeriod(thidua.Year(y)):
			p.combo[ci] = planIn
		default:
			p.combo[ci] = planDate
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

// pass reports whether the entry at chunk ch, slot i, passes p.
func (p *plan) pass(ch *chunk, i int) bool {
	switch p.combo[ch.combo[i]] {
	case planOut:
		return false
	case planDate:
		if d := ch.date[i]; d < p.from || d > p.to {
			return false
		}
	}
	return p.contribs == nil || p.contribs[ch.contrib[i]]
}

// List implements [Store.List].
func (s *MemStore) List(ctx context.Context, f Filter) ([]Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := checkFilter("contribution: list", f); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	p := s.plan(&f)
	var out []Entry
	for idx := 0; idx < s.n; idx++ {
		if p.pass(s.chunks[idx>>chunkBits], idx&chunkMask) {
			out = append(out, s.entryAt(uint32(idx)))
		}
	}
	return out, nil
}

// project keeps the fields of c that the dimensions in by group on.
func project(c combo, by []Dim) combo {
	var k combo
	for _, d := range by {
		switch d {
		case ByPurpose:
			k.purpose = c.purpose
		case BySource:
			k.source = c.source
		case ByStatus:
			k.status = c.status
		case ByYear:
			k.year = c.year
		case ByUnit:
			k.unit = c.unit
		case ByMovement:
			k.movement = c.movement
		case ByKind:
			k.kind = c.kind
		}
	}
	return k
}

// groupKey returns the group key of a projected combo, contributor aside.
func (s *MemStore) groupKey(c combo, by []Dim) GroupKey {
	var k GroupKey
	for _, d := range by {
		switch d {
		case ByPurpose:
			k.Purpose = s.opts.Purposes.r.list[c.purpose].Code
		case BySource:
			k.Source = Source(c.source)
		case ByStatus:
			k.Status = Status(c.status)
		case ByYear:
			k.Year = int(c.year)
		case ByUnit:
			k.Unit = org.UnitID(s.strs[c.unit])
		case ByMovement:
			k.Movement = MovementID(s.strs[c.movement])
		case ByKind:
			if c.kind != 0 {
				k.Kind = s.opts.ItemKinds.r.list[c.kind-1].Code
			}
		}
	}
	return k
}

// addAt adds the entry at chunk ch, slot i, of combo c to a.
func (s *MemStore) addAt(a *rowAcc, c *combo, ch *chunk, i int) error {
	a.entries++
	amt := ch.amount[i]
	switch {
	case c.flags&flagItems != 0:
		it := s.items[amt]
		return a.addItems(s.opts.ItemKinds.r.list[c.kind-1].Code, it.Count, it.ValuePerItem)
	case c.flags&flagBig != 0:
		a.money.addDec(s.bigs[amt])
	default:
		a.money.addInt(amt)
	}
	return nil
}

// Totals implements [Store.Totals]. Whole-đồng amounts are summed as int64
// per combo of small dimensions; fractions, huge amounts and items take the
// exact slow path. The result equals [Aggregate] over the same entries.
func (s *MemStore) Totals(ctx context.Context, f Filter, by ...Dim) (Totals, error) {
	const op = "contribution: totals"
	if err := ctx.Err(); err != nil {
		return Totals{}, err
	}
	if err := checkTotals(op, f, by); err != nil {
		return Totals{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	p := s.plan(&f)
	var accs []*rowAcc

	// Each combo that can pass belongs to a group: its projection on by.
	// Groups are made lazily, so a group exists only if an entry passed
	// into it.
	groups := make(map[combo]int32)
	group := func(ci uint32) int32 {
		k := project(s.combos[ci], by)
		g, ok := groups[k]
		if !ok {
			g = int32(len(accs))
			groups[k] = g
			accs = append(accs, &rowAcc{key: s.groupKey(k, by)})
		}
		return g
	}

	if p.contribs != nil || slices.Contains(by, ByContributor) {
		// General path: contributors are per entry, not per combo. A row is
		// the combo's group, split by contributor when grouping by them.
		byContrib := slices.Contains(by, ByContributor)
		comboGroup := make([]int32, len(s.combos))
		for ci := range comboGroup {
			comboGroup[ci] = -1
		}
		var rows []*rowAcc
		rowIdx := make(map[uint64]int32)
		for idx := 0; idx < s.n; idx++ {
			ch, i := s.chunks[idx>>chunkBits], idx&chunkMask
			if !p.pass(ch, i) {
				continue
			}
			ci := ch.combo[i]
			if comboGroup[ci] < 0 {
				comboGroup[ci] = group(ci)
			}
			rk := uint64(comboGroup[ci]) << 32
			if byContrib {
				rk |= uint64(ch.contrib[i])
			}
			r, ok := rowIdx[rk]
			if !ok {
				key := accs[comboGroup[ci]].key
				if byContrib {
					key.Contributor = s.contribs[ch.contrib[i]]
				}
				r = int32(len(rows))
				rowIdx[rk] = r
				rows = append(rows, &rowAcc{key: key})
			}
			if err := s.addAt(rows[r], &s.combos[ci], ch, i); err != nil {
				return Totals{}, thidua.E(op, "entry", string(s.idOf(uint32(idx))), "items.count", err)
			}
		}
		return finish(op, f, by, rows)
	}

	// Fast path. slot[c] is the group of combo c when all its entries pass
	// and carry whole-đồng amounts: they are summed as int64 in the tight
	// loop below. slot -1 skips a combo; -2 sends each of its entries to
	// the exact slow path (items, fractions, huge amounts, a period that
	// cuts the combo's year).
	slot := make([]int32, len(s.combos))
	for ci, c := range s.combos {
		switch {
		case p.combo[ci] == planOut:
			slot[ci] = -1
		case p.combo[ci] == planIn && c.flags == 0:
			g := group(uint32(ci))
			slot[ci] = g
			accs[g].entries += s.comboN[ci]
		default:
			slot[ci] = -2
		}
	}
	sums := make([]int64, len(accs))
	checked := s.fastOverflow
	for cn, ch := range s.chunks {
		n := min(s.n-cn<<chunkBits, chunkSize)
		amounts := ch.amount[:n]
		for i, ci := range ch.combo[:n] {
			g := slot[ci]
			if g >= 0 {
				if !checked {
					sums[g] += amounts[i]
				} else if v, ok := add64(sums[g], amounts[i]); ok {
					sums[g] = v
				} else {
					accs[g].money.addInt(sums[g])
					sums[g] = amounts[i]
				}
				continue
			}
			if g == -1 || !p.pass(ch, i) {
				continue
			}
			if err := s.addAt(accs[group(ci)], &s.combos[ci], ch, i); err != nil {
				return Totals{}, thidua.E(op, "entry", string(s.idOf(uint32(cn<<chunkBits+i))), "items.count", err)
			}
		}
	}
	for g, sum := range sums {
		accs[g].money.addInt(sum)
	}
	return finish(op, f, by, accs)
}
