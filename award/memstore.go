package award

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/sorted"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// MemStore is the in-memory [Store]. It is safe for concurrent use. Look-ups
// by ID are O(1); grants are indexed by recipient and nominations by
// proposer. Every method of a nil *MemStore returns an error wrapping
// thidua.ErrInvalid.
type MemStore struct {
	mu  sync.RWMutex
	cat *Catalogue
	dir Hierarchy // nil: no check against the organisation

	noms       map[string]Nomination
	byProposer map[org.UnitID][]string // sorted nomination IDs
	openTitles map[TitleKey]string     // title nominations not rejected, withdrawn or granted

	decisions map[string]Decision // grants held in grants, listed in decGrants
	decGrants map[string][]string
	numbers   map[numberKey]string

	// Grants are kept in the order they were added: seq is the index in
	// list and meta (what queries filter on, kept small so that a scan stays
	// in cache).
	grants      map[string]int32 // grant ID → seq
	list        []Grant
	meta        []grantMeta
	kinds       map[Code]int32      // kind → its number, in grantMeta
	kindCodes   []Code              // by kind number
	decIDs      []string            // by decision number, in grantMeta
	recipients  map[Recipient]int32 // recipient → its number, the index of byRecipient
	byRecipient [][]int32           // seqs of each recipient, by number
	recKeys     []Recipient         // each recipient, by number
	people      personOrder         // the person recipients by ID, rebuilt after additions
	order       grantOrder          // rank of every seq in ID order, rebuilt after additions
	titles      map[TitleKey]string // title grants not revoked
	granted     map[string]string   // nomination ID → grant ID
}

// numberKey identifies a decision number: numbers restart every year.
type numberKey struct {
	num  thidua.DocNumber
	year int
}

var (
	_ Store        = (*MemStore)(nil)
	_ KindView     = (*MemStore)(nil)
	_ GrantScanner = (*MemStore)(nil)
	_ FactScanner  = (*MemStore)(nil)
)

// Config is what the [Option]s of a store set. [NewMemStore] and the SQL
// store of package awardsql take the same options; another store reads them
// with [NewConfig].
type Config struct {
	// Catalogue is the award catalogue the store checks records against;
	// never nil after NewConfig.
	Catalogue *Catalogue
	// Directory, if not nil, is the organisation the store checks the
	// units and people of decisions and nominations against
	// ([WithDirectory]); nil checks nothing against it.
	Directory Hierarchy
}

// Option configures a store: a [MemStore], or another store through
// [NewConfig].
type Option func(*Config)

// NewConfig returns the configuration opts give: the catalogue of
// [WithCatalogue], or [DefaultCatalogue]. Nil options are ignored.
func NewConfig(opts ...Option) Config {
	var c Config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.Catalogue == nil {
		c.Catalogue = DefaultCatalogue()
	}
	return c
}

// WithCatalogue makes the store check records against a copy of c instead
// of [DefaultCatalogue]. A nil c is ignored: the store keeps to
// DefaultCatalogue.
func WithCatalogue(c *Catalogue) Option {
	return func(cfg *Config) {
		if c != nil {
			cfg.Catalogue = c.Clone()
		}
	}
}

// NewMemStore returns an empty in-memory store that checks records against
// [DefaultCatalogue], or the catalogue given with [WithCatalogue], and
// against the organisation given with [WithDirectory].
func NewMemStore(opts ...Option) *MemStore {
	cfg := NewConfig(opts...)
	return &MemStore{
		cat:        cfg.Catalogue,
		dir:        cfg.Directory,
		noms:       make(map[string]Nomination),
		byProposer: make(map[org.UnitID][]string),
		openTitles: make(map[TitleKey]string),
		decisions:  make(map[string]Decision),
		decGrants:  make(map[string][]string),
		numbers:    make(map[numberKey]string),
		grants:     make(map[string]int32),
		kinds:      make(map[Code]int32),
		recipients: make(map[Recipient]int32),
		titles:     make(map[TitleKey]string),
		granted:    make(map[string]string),
	}
}

// Kind returns the kind with the code in the store's catalogue, or an error
// wrapping thidua.ErrNotFound. It makes the store a [KindView], which
// [Start] and [Advance] check transitions against.
func (s *MemStore) Kind(code Code) (Kind, error) {
	if s == nil {
		return Kind{}, errNilStore("Kind")
	}
	// s.cat is set by NewMemStore and never changed: no lock needed.
	return s.cat.Kind(code)
}

// errNilStore is the error of every method of a nil *MemStore.
func errNilStore(method string) error {
	return thidua.Invalid("award: memstore", "store", "", "", "%s on a nil *MemStore", method)
}

// openWord says how an open title nomination stands, for a conflict.
func openWord(st State) string {
	if st == Approved {
		return "approved and not yet granted"
	}
	return "still open (" + st.String() + ")"
}

// insertSorted adds id to the sorted list xs.
func insertSorted(xs []string, id string) []string {
	i, _ := slices.BinarySearch(xs, id)
	return slices.Insert(xs, i, id)
}

// titleKeyOf returns the key of sub if its kind is a title.
func (s *MemStore) titleKeyOf(sub Subject) (TitleKey, bool) { return TitleOf(s.cat, sub) }

// memReader answers the look-ups of the rules ([RuleReader]) from a store
// whose lock the caller holds.
type memReader struct{ s *MemStore }

func (r memReader) Nomination(_ context.Context, id string) (Nomination, error) {
	n, ok := r.s.noms[id]
	if !ok {
		return Nomination{}, thidua.NotFound("award: memstore", "nomination", id)
	}
	return n, nil
}

func (r memReader) OpenTitle(_ context.Context, k TitleKey) (string, error) {
	return r.s.openTitles[k], nil
}

func (r memReader) TitleGrant(_ context.Context, k TitleKey) (string, error) {
	return r.s.titles[k], nil
}

func (r memReader) NominationGrant(_ context.Context, id string) (string, error) {
	return r.s.granted[id], nil
}

func (r memReader) HasDecision(_ context.Context, id string) (bool, error) {
	_, ok := r.s.decisions[id]
	return ok, nil
}

func (r memReader) NumberedDecision(_ context.Context, n thidua.DocNumber, year int) (string, error) {
	return r.s.numbers[numberKey{n, year}], nil
}

func (r memReader) HasGrant(_ context.Context, id string) (bool, error) {
	_, ok := r.s.grants[id]
	return ok, nil
}

// AddNomination implements [Store].
func (s *MemStore) AddNomination(ctx context.Context, n Nomination) error {
	if s == nil {
		return errNilStore("AddNomination")
	}
	if s.dir != nil {
		if err := CheckProposalParties(ctx, s.dir, n); err != nil {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := CheckProposal(ctx, s.cat, memReader{s}, n)
	if err != nil {
		return err
	}
	if tk, ok := s.titleKeyOf(n.Subject); ok {
		s.openTitles[tk] = n.ID
	}
	s.noms[n.ID] = n
	s.byProposer[n.Proposer] = insertSorted(s.byProposer[n.Proposer], n.ID)
	return nil
}

// UpdateNomination implements [Store].
func (s *MemStore) UpdateNomination(ctx context.Context, n Nomination) error {
	if s == nil {
		return errNilStore("UpdateNomination")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	_, n, err := CheckUpdate(ctx, s.cat, memReader{s}, n)
	if err != nil {
		return err
	}
	if tk, ok := s.titleKeyOf(n.Subject); ok && !HoldsTitleOpen(n.State, false) && s.openTitles[tk] == n.ID {
		delete(s.openTitles, tk)
	}
	s.noms[n.ID] = n
	return nil
}

// Nomination implements [Store].
func (s *MemStore) Nomination(ctx context.Context, id string) (Nomination, error) {
	if s == nil {
		return Nomination{}, errNilStore("Nomination")
	}
	if err := ctx.Err(); err != nil {
		return Nomination{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	n, ok := s.noms[id]
	if !ok {
		return Nomination{}, thidua.NotFound("award: nomination", "nomination", id)
	}
	return n.clone(), nil
}

// Nominations implements [Store].
func (s *MemStore) Nominations(ctx context.Context, f NominationFilter) ([]Nomination, error) {
	if s == nil {
		return nil, errNilStore("Nominations")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var ids []string
	if f.Proposer != "" {
		ids = s.byProposer[f.Proposer]
	} else {
		ids = make([]string, 0, len(s.noms))
		for id := range s.noms {
			ids = append(ids, id)
		}
		slices.Sort(ids)
	}
	var out []Nomination
	for _, id := range ids {
		n := s.noms[id]
		switch {
		case len(f.States) > 0 && !slices.Contains(f.States, n.State),
			f.Holder != "" && n.Holder != f.Holder,
			!f.Candidate.IsZero() && n.Recipient != f.Candidate,
			len(f.Codes) > 0 && !slices.Contains(f.Codes, n.Kind):
			continue
		}
		if !f.PendingDuring.IsZero() {
			p, ok := n.Pending()
			if !ok || !p.Overlaps(f.PendingDuring) {
				continue
			}
		}
		out = append(out, n.clone())
	}
	return out, nil
}

// AddDecision implements [Store].
func (s *MemStore) AddDecision(ctx context.Context, d Decision) error {
	if s == nil {
		return errNilStore("AddDecision")
	}
	if s.dir != nil {
		if err := CheckDecisionParties(ctx, s.dir, d); err != nil {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d, err := CheckDecision(ctx, s.cat, memReader{s}, d)
	if err != nil {
		return err
	}
	ids := make([]string, 0, len(d.Grants))
	dec := int32(len(s.decIDs))
	s.decIDs = append(s.decIDs, d.ID)
	for _, g := range d.Grants {
		seq := int32(len(s.list))
		s.grants[g.ID] = seq
		s.list = append(s.list, g)
		rec, ok := s.recipients[g.Recipient]
		if !ok {
			rec = int32(len(s.byRecipient))
			s.recipients[g.Recipient] = rec
			s.byRecipient = append(s.byRecipient, nil)
			s.recKeys = append(s.recKeys, g.Recipient)
		}
		kind, ok := s.kinds[g.Kind]
		if !ok {
			kind = int32(len(s.kinds))
			s.kinds[g.Kind] = kind
			s.kindCodes = append(s.kindCodes, g.Kind)
		}
		s.meta = append(s.meta, grantMeta{kind: kind, rec: rec, dec: dec, year: int32(g.AchievementYear()), basis: g.Basis})
		s.byRecipient[rec] = append(s.byRecipient[rec], seq)
		ids = append(ids, g.ID)
		if tk, ok := s.titleKeyOf(g.Subject); ok {
			s.titles[tk] = g.ID
		}
		if g.Nomination != "" {
			s.granted[g.Nomination] = g.ID
			// A granted title nomination is settled: it no longer holds the
			// title open (the grant now does).
			if tk, ok := s.titleKeyOf(s.noms[g.Nomination].Subject); ok && s.openTitles[tk] == g.Nomination {
				delete(s.openTitles, tk)
			}
		}
	}
	d.Grants = nil
	s.decisions[d.ID] = d
	s.decGrants[d.ID] = ids
	if !d.NumberUnknown {
		s.numbers[numberKey{d.Number, d.Date.Year}] = d.ID
	}
	return nil
}

// decisionLocked assembles a decision with its grants as they stand.
func (s *MemStore) decisionLocked(id string) Decision {
	d := s.decisions[id]
	ids := s.decGrants[id]
	d.Grants = make([]Grant, len(ids))
	for i, gid := range ids {
		d.Grants[i] = s.list[s.grants[gid]]
	}
	return d
}

// Decision implements [Store].
func (s *MemStore) Decision(ctx context.Context, id string) (Decision, error) {
	if s == nil {
		return Decision{}, errNilStore("Decision")
	}
	if err := ctx.Err(); err != nil {
		return Decision{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if _, ok := s.decisions[id]; !ok {
		return Decision{}, thidua.NotFound("award: decision", "decision", id)
	}
	return s.decisionLocked(id), nil
}

// Decisions implements [Store].
func (s *MemStore) Decisions(ctx context.Context, f DecisionFilter) ([]Decision, error) {
	if s == nil {
		return nil, errNilStore("Decisions")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Decision
	name := vntext.Fold(f.IssuerName)
	ids := f.IDs
	if ids == nil {
		ids = make([]string, 0, len(s.decisions))
		for id := range s.decisions {
			ids = append(ids, id)
		}
	}
	seen := make(map[string]bool, len(f.IDs))
	for _, id := range ids {
		d, ok := s.decisions[id]
		if !ok || seen[id] {
			continue
		}
		seen[id] = true
		switch {
		case f.Issuer != "" && d.Issuer != f.Issuer,
			name != "" && vntext.Fold(d.IssuerName) != name,
			!f.Period.IsZero() && !f.Period.Contains(d.Date):
			continue
		}
		if f.WithoutGrants {
			d.Grants = nil
			out = append(out, d)
			continue
		}
		out = append(out, s.decisionLocked(id))
	}
	slices.SortFunc(out, func(a, b Decision) int {
		return cmp.Or(a.Date.Compare(b.Date), strings.Compare(a.ID, b.ID))
	})
	return out, nil
}

// Grant implements [Store].
func (s *MemStore) Grant(ctx context.Context, id string) (Grant, error) {
	if s == nil {
		return Grant{}, errNilStore("Grant")
	}
	if err := ctx.Err(); err != nil {
		return Grant{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	seq, ok := s.grants[id]
	if !ok {
		return Grant{}, thidua.NotFound("award: grant", "grant", id)
	}
	return s.list[seq], nil
}

// Grants implements [Store].
func (s *MemStore) Grants(ctx context.Context, f GrantFilter) ([]Grant, error) {
	if s == nil {
		return nil, errNilStore("Grants")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	seqs, _ := s.selectGrants(f)
	out := make([]Grant, len(seqs))
	for i, seq := range seqs {
		out[i] = s.list[seq]
	}
	return out, nil
}

// ScanGrants implements [GrantScanner]: it calls fn with each grant Grants
// would return, in the same order, copying one grant at a time. fn runs
// under the store's read lock and must not call the store.
func (s *MemStore) ScanGrants(ctx context.Context, f GrantFilter, fn func(Grant) error) error {
	if s == nil {
		return errNilStore("ScanGrants")
	}
	return s.ScanFacts(ctx, f, func(_ GrantFacts, g func() Grant) error { return fn(g()) })
}

// ScanFacts implements [FactScanner]: the facts come from the store's
// index, small records read in order, and a grant is copied only when fn
// asks for it. fn runs under the store's read lock and must not call the
// store.
func (s *MemStore) ScanFacts(ctx context.Context, f GrantFilter, fn func(GrantFacts, func() Grant) error) error {
	if s == nil {
		return errNilStore("ScanFacts")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	seqs, place := s.selectGrants(f)
	listed := len(f.People) + len(f.Units)
	var seq int32
	whole := func() Grant { return s.list[seq] }
	for _, seq = range seqs {
		m := &s.meta[seq]
		x := GrantFacts{Kind: s.kindCodes[m.kind], Decision: s.decIDs[m.dec], Year: int(m.year), Basis: m.basis}
		if place != nil {
			x.Recipient = int(place[m.rec] - 1)
		} else {
			x.Recipient = listed + int(m.rec)
		}
		if m.revoked {
			x.Revoked = s.list[seq].Revoked.Date
		}
		if err := fn(x, whole); err != nil {
			return err
		}
	}
	return nil
}

// selectGrants returns the seqs of the grants f selects, in ID order, and,
// when f lists recipients, place: by recipient number, 1 + the place of
// the recipient in f's lists (as [ScanFacts] numbers them), 0 if not
// listed. The caller holds the read lock.
func (s *MemStore) selectGrants(f GrantFilter) (seqs, place []int32) {
	var kinds []bool // by kind number; nil: every kind
	if len(f.Codes) > 0 {
		kinds = make([]bool, len(s.kinds))
		for _, c := range f.Codes {
			if n, ok := s.kinds[c]; ok {
				kinds[n] = true
			}
		}
	}
	var decided []bool // by decision number: dated in f.DecidedIn; nil: any date
	if !f.DecidedIn.IsZero() {
		decided = make([]bool, len(s.decIDs))
		for i, id := range s.decIDs {
			decided[i] = f.DecidedIn.Contains(s.decisions[id].Date)
		}
	}
	keep := func(seq int32) bool {
		m := &s.meta[seq]
		switch {
		case m.revoked && !f.IncludeRevoked,
			decided != nil && !decided[m.dec],
			kinds != nil && !kinds[m.kind],
			!f.Period.IsZero() && !s.list[seq].Span().Overlaps(f.Period):
			return false
		}
		return true
	}
	// Either scan every grant in ID order (no sorting), or, for a few
	// recipients, collect theirs and sort them.
	candidates := len(s.list)
	if len(f.People) > 0 || len(f.Units) > 0 {
		place = make([]int32, len(s.byRecipient))
		candidates = 0
		mark := func(n int32, i int) {
			if place[n] == 0 {
				place[n] = int32(i + 1)
				candidates += len(s.byRecipient[n])
			}
		}
		walked := false
		if len(f.People) > 0 && slices.IsSorted(f.People) {
			// Many people, in order (as a report lists them): walk both
			// lists together rather than look each one up, touching the
			// index in order. The sorted index is brought up to date only
			// for such a query.
			if ps := s.people.byID(s.recKeys); len(f.People) >= len(ps)/16 {
				walked = true
				j := 0
				for i, p := range f.People {
					for j < len(ps) && ps[j].id < p {
						j++
					}
					if j == len(ps) {
						break
					}
					if ps[j].id == p {
						mark(ps[j].n, i)
					}
				}
			}
		}
		if !walked {
			for i, p := range f.People {
				if n, ok := s.recipients[PersonRecipient(p)]; ok {
					mark(n, i)
				}
			}
		}
		for i, u := range f.Units {
			if n, ok := s.recipients[UnitRecipient(u)]; ok {
				mark(n, len(f.People)+i)
			}
		}
	}
	if candidates*8 >= len(s.list) {
		byID := s.order.byID(s.list)
		seqs = make([]int32, 0, candidates)
		for _, seq := range byID {
			if (place == nil || place[s.meta[seq].rec] != 0) && keep(seq) {
				seqs = append(seqs, seq)
			}
		}
	} else {
		seqs = make([]int32, 0, candidates)
		for n, p := range place {
			if p == 0 {
				continue
			}
			for _, seq := range s.byRecipient[n] {
				if keep(seq) {
					seqs = append(seqs, seq)
				}
			}
		}
		slices.SortFunc(seqs, func(a, b int32) int { return strings.Compare(s.list[a].ID, s.list[b].ID) })
	}
	return seqs, place
}

// Revoke implements [Store].
func (s *MemStore) Revoke(ctx context.Context, grantID string, r Revocation) error {
	if s == nil {
		return errNilStore("Revoke")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	seq, ok := s.grants[grantID]
	if !ok {
		return thidua.NotFound("award: revoke", "grant", grantID)
	}
	g := s.list[seq]
	r, err := CheckRevoke(g, s.decisions[s.decIDs[s.meta[seq].dec]].Date, r)
	if err != nil {
		return err
	}
	g.Revoked = r
	s.list[seq] = g
	s.meta[seq].revoked = true
	if tk, ok := s.titleKeyOf(g.Subject); ok && s.titles[tk] == grantID {
		delete(s.titles, tk)
	}
	return nil
}

// grantMeta is what Grants filters on, for one grant.
type grantMeta struct {
	kind    int32 // number of the kind (MemStore.kinds)
	rec     int32 // number of the recipient
	dec     int32 // number of the decision (MemStore.decIDs)
	year    int32 // achievement year
	basis   Basis
	revoked bool
}

// grantOrder keeps the grants in ID order, so that a query over many grants
// reads them in order instead of sorting. Readers holding the store's read
// lock bring it up to date under its own lock after grants were added
// (writers hold the write lock, so no reader runs meanwhile): the grants
// added since are sorted and merged in, in time linear in the store; a
// table handed out is never changed, only replaced.
type grantOrder struct {
	mu     sync.Mutex
	sorted []int32 // seqs of list[:len(sorted)] by ID
}

// personOrder keeps the person recipients in ID order, so that a query
// listing many people finds their numbers by walking both lists together
// instead of looking each one up in a map too large for the cache. It is
// brought up to date like grantOrder.
type personOrder struct {
	mu     sync.Mutex
	sorted []personNum // the person recipients of keys[:upto], by ID
	upto   int
}

// personNum is a person recipient with its number.
type personNum struct {
	id org.PersonID
	n  int32
}

// byID returns the person recipients of keys (recipients by number), by
// ID.
func (o *personOrder) byID(keys []Recipient) []personNum {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.upto == len(keys) {
		return o.sorted
	}
	var added []personNum
	for n := o.upto; n < len(keys); n++ {
		if p := keys[n].Person; p != "" {
			added = append(added, personNum{p, int32(n)})
		}
	}
	o.sorted = sorted.Merge(o.sorted, added, func(a, b personNum) int { return strings.Compare(string(a.id), string(b.id)) })
	o.upto = len(keys)
	return o.sorted
}

// byID returns the seqs of every grant of list, in ID order.
func (o *grantOrder) byID(list []Grant) []int32 {
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.sorted) == len(list) {
		return o.sorted
	}
	added := make([]int32, 0, len(list)-len(o.sorted))
	for seq := len(o.sorted); seq < len(list); seq++ {
		added = append(added, int32(seq))
	}
	o.sorted = sorted.Merge(o.sorted, added, func(a, b int32) int { return strings.Compare(list[a].ID, list[b].ID) })
	return o.sorted
}
