package award

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/thidua-go/thidua"
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

	noms       map[string]Nomination
	byProposer map[org.UnitID][]string // sorted nomination IDs
	openTitles map[titleKey]string     // title nominations not rejected, withdrawn or granted

	decisions map[string]Decision // grants held in grants, listed in decGrants
	decGrants map[string][]string
	numbers   map[numberKey]string

	// Grants are kept in the order they were added: seq is the index in
	// list and meta (what queries filter on, kept small so that a scan stays
	// in cache).
	grants      map[string]int32 // grant ID → seq
	list        []Grant
	meta        []grantMeta
	byRecipient map[Recipient][]int32 // seqs
	order       grantOrder            // rank of every seq in ID order, rebuilt after additions
	titles      map[titleKey]string   // title grants not revoked
	granted     map[string]string     // nomination ID → grant ID
}

// numberKey identifies a decision number: numbers restart every year.
type numberKey struct {
	num  thidua.DocNumber
	year int
}

var (
	_ Store    = (*MemStore)(nil)
	_ KindView = (*MemStore)(nil)
)

// Option configures a [MemStore].
type Option func(*MemStore)

// WithCatalogue makes the store check records against a copy of c instead
// of [DefaultCatalogue]. A nil c is ignored: the store keeps to
// DefaultCatalogue.
func WithCatalogue(c *Catalogue) Option {
	return func(s *MemStore) {
		if c != nil {
			s.cat = c.Clone()
		}
	}
}

// NewMemStore returns an empty in-memory store that checks records against
// [DefaultCatalogue], or the catalogue given with [WithCatalogue].
func NewMemStore(opts ...Option) *MemStore {
	s := &MemStore{
		noms:        make(map[string]Nomination),
		byProposer:  make(map[org.UnitID][]string),
		openTitles:  make(map[titleKey]string),
		decisions:   make(map[string]Decision),
		decGrants:   make(map[string][]string),
		numbers:     make(map[numberKey]string),
		grants:      make(map[string]int32),
		byRecipient: make(map[Recipient][]int32),
		titles:      make(map[titleKey]string),
		granted:     make(map[string]string),
	}
	for _, o := range opts {
		if o != nil {
			o(s)
		}
	}
	if s.cat == nil {
		s.cat = DefaultCatalogue()
	}
	return s
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

// council returns the council vote the kind of sub needs and the office of
// the council that casts it.
func (s *MemStore) council(sub Subject) (Threshold, Conferrer) {
	k, err := s.cat.Kind(sub.Kind)
	if err != nil {
		return Threshold{}, 0
	}
	return k.Council, k.CouncilOffice
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

// titleKeyOf returns the key of s if its kind is a title.
func (s *MemStore) titleKeyOf(sub Subject) (titleKey, bool) {
	k, err := s.cat.Kind(sub.Kind)
	if err != nil || k.Family != Title {
		return titleKey{}, false
	}
	return titleKey{sub.Kind, sub.Recipient, sub.Year}, true
}

// AddNomination implements [Store].
func (s *MemStore) AddNomination(ctx context.Context, n Nomination) error {
	if s == nil {
		return errNilStore("AddNomination")
	}
	const op = "award: add"
	if err := ctx.Err(); err != nil {
		return err
	}
	switch {
	case strings.TrimSpace(n.ID) == "":
		return thidua.Invalid(op, "nomination", n.ID, "id", "empty ID")
	case n.State != Draft || len(n.History) != 1:
		return thidua.Invalid(op, "nomination", n.ID, "state", "want a nomination just proposed (one event, state %q), not %q", Draft, n.State)
	case n.Proposer == "" || n.Authority == "":
		return thidua.Invalid(op, "nomination", n.ID, "proposer", "want a proposer and an authority")
	}
	if err := n.Subject.validate(s.cat, op, "nomination", n.ID); err != nil {
		return err
	}
	proposal := Nomination{ID: n.ID, Subject: n.Subject, Proposer: n.Proposer, Authority: n.Authority}
	need, office := s.council(n.Subject)
	if err := checkStep(proposal, n, need, office); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.noms[n.ID]; ok {
		return thidua.Conflict(op, "nomination", n.ID, "ID exists")
	}
	tk, isTitle := s.titleKeyOf(n.Subject)
	if isTitle {
		if g, ok := s.titles[tk]; ok {
			return thidua.Conflict(op, "nomination", n.ID, "%s already holds %s for %d (grant %q)", n.Recipient, n.Kind, n.Year, g)
		}
		if o, ok := s.openTitles[tk]; ok {
			return thidua.Conflict(op, "nomination", n.ID, "nomination %q for %s, %s, %d is %s",
				o, n.Recipient, n.Kind, n.Year, openWord(s.noms[o].State))
		}
		s.openTitles[tk] = n.ID
	}
	s.noms[n.ID] = n.clone()
	s.byProposer[n.Proposer] = insertSorted(s.byProposer[n.Proposer], n.ID)
	return nil
}

// UpdateNomination implements [Store].
func (s *MemStore) UpdateNomination(ctx context.Context, n Nomination) error {
	if s == nil {
		return errNilStore("UpdateNomination")
	}
	const op = "award: update"
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.noms[n.ID]
	if !ok {
		return thidua.NotFound(op, "nomination", n.ID)
	}
	switch {
	case n.Subject != old.Subject:
		return thidua.Invalid(op, "nomination", n.ID, "subject", "the subject of a nomination cannot change")
	case n.Proposer != old.Proposer || n.Authority != old.Authority:
		return thidua.Invalid(op, "nomination", n.ID, "proposer", "the proposer and authority cannot change")
	case len(n.History) != len(old.History)+1 || !eventsEqual(n.History[:len(old.History)], old.History):
		return thidua.Conflict(op, "nomination", n.ID, "stale: want the stored history (%d events) and one more step", len(old.History))
	}
	need, office := s.council(n.Subject)
	if err := checkStep(old, n, need, office); err != nil {
		return err
	}
	if tk, isTitle := s.titleKeyOf(n.Subject); isTitle && (n.State == Rejected || n.State == Withdrawn) && s.openTitles[tk] == n.ID {
		delete(s.openTitles, tk)
	}
	s.noms[n.ID] = n.clone()
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
	const op = "award: add"
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := d.Validate(s.cat); err != nil {
		return err
	}
	d.IssuerName, d.SignerTitle, d.Signer = vntext.Clean(d.IssuerName), vntext.Clean(d.SignerTitle), vntext.Clean(d.Signer)
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.decisions[d.ID]; ok {
		return thidua.Conflict(op, "decision", d.ID, "ID exists")
	}
	nk := numberKey{d.Number, d.Date.Year}
	if other, ok := s.numbers[nk]; ok {
		return thidua.Conflict(op, "decision", d.ID, "decision %q has number %s in %d", other, d.Number, d.Date.Year)
	}
	// Check every grant before storing any, so a failure changes nothing.
	newTitles := make(map[titleKey]string)
	newNoms := make(map[string]string)
	for _, g := range d.Grants {
		if _, ok := s.grants[g.ID]; ok {
			return thidua.Conflict(op, "grant", g.ID, "ID exists")
		}
		if g.Nomination != "" {
			n, ok := s.noms[g.Nomination]
			switch {
			case !ok:
				return thidua.Invalid(op, "grant", g.ID, "nomination", "unknown nomination %q", g.Nomination)
			case n.State != Approved:
				return thidua.Invalid(op, "grant", g.ID, "nomination", "nomination %q is %q, not approved", g.Nomination, n.State)
			case !n.Subject.grantedBy(g.Subject):
				return thidua.Invalid(op, "grant", g.ID, "nomination", "nomination %q is for %s; the grant for %s",
					g.Nomination, n.Subject.describe(), g.Subject.describe())
			}
			if other, ok := s.granted[g.Nomination]; ok {
				return thidua.Conflict(op, "grant", g.ID, "nomination %q already granted by %q", g.Nomination, other)
			}
			if other, ok := newNoms[g.Nomination]; ok {
				return thidua.Conflict(op, "grant", g.ID, "nomination %q already granted by %q", g.Nomination, other)
			}
			newNoms[g.Nomination] = g.ID
		}
		// A title is held once for a year: one achievement earns only one
		// award (Law 2022 art. 5); revoked grants are not in s.titles.
		if tk, ok := s.titleKeyOf(g.Subject); ok {
			other, dup := s.titles[tk]
			if !dup {
				other, dup = newTitles[tk]
			}
			if dup {
				return thidua.Conflict(op, "grant", g.ID, "%s already holds %s for %d (grant %q)", g.Recipient, g.Kind, g.Year, other)
			}
			newTitles[tk] = g.ID
		}
	}
	ids := make([]string, 0, len(d.Grants))
	for _, g := range d.Grants {
		g.Decision = d.ID
		seq := int32(len(s.list))
		s.grants[g.ID] = seq
		s.list = append(s.list, g)
		s.meta = append(s.meta, grantMeta{kind: g.Kind, decided: d.Date})
		s.order.stale = true
		s.byRecipient[g.Recipient] = append(s.byRecipient[g.Recipient], seq)
		ids = append(ids, g.ID)
	}
	for tk, id := range newTitles {
		s.titles[tk] = id
	}
	for n, g := range newNoms {
		s.granted[n] = g
		// A granted title nomination is settled: it no longer holds the
		// title open (the grant now does).
		if tk, ok := s.titleKeyOf(s.noms[n].Subject); ok && s.openTitles[tk] == n {
			delete(s.openTitles, tk)
		}
	}
	d.Grants = nil
	s.decisions[d.ID] = d
	s.decGrants[d.ID] = ids
	s.numbers[nk] = d.ID
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
	var codes map[Code]bool
	if len(f.Codes) > 4 {
		codes = make(map[Code]bool, len(f.Codes))
		for _, c := range f.Codes {
			codes[c] = true
		}
	}
	keep := func(seq int32) bool {
		m := &s.meta[seq]
		switch {
		case m.revoked && !f.IncludeRevoked,
			!f.DecidedIn.IsZero() && !f.DecidedIn.Contains(m.decided),
			codes != nil && !codes[m.kind],
			codes == nil && len(f.Codes) > 0 && !slices.Contains(f.Codes, m.kind),
			!f.Period.IsZero() && !s.list[seq].Span().Overlaps(f.Period):
			return false
		}
		return true
	}
	var seqs []int32
	if len(f.People) == 0 && len(f.Units) == 0 {
		seqs = make([]int32, 0, len(s.list))
		for seq := range s.list {
			if keep(int32(seq)) {
				seqs = append(seqs, int32(seq))
			}
		}
	} else {
		recs := make(map[Recipient]bool, len(f.People)+len(f.Units))
		for _, p := range f.People {
			recs[PersonRecipient(p)] = true
		}
		for _, u := range f.Units {
			recs[UnitRecipient(u)] = true
		}
		for r := range recs {
			for _, seq := range s.byRecipient[r] {
				if keep(seq) {
					seqs = append(seqs, seq)
				}
			}
		}
	}
	s.order.sort(seqs, s.list)
	out := make([]Grant, len(seqs))
	for i, seq := range seqs {
		out[i] = s.list[seq]
	}
	return out, nil
}

// Revoke implements [Store].
func (s *MemStore) Revoke(ctx context.Context, grantID string, r Revocation) error {
	if s == nil {
		return errNilStore("Revoke")
	}
	const op = "award: revoke"
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	seq, ok := s.grants[grantID]
	if !ok {
		return thidua.NotFound(op, "grant", grantID)
	}
	g := s.list[seq]
	if g.IsRevoked() {
		return thidua.Conflict(op, "grant", grantID, "already revoked on %s", g.Revoked.Date)
	}
	if err := r.Validate(s.meta[seq].decided); err != nil {
		return thidua.E(op, "grant", grantID, "", err)
	}
	r.Reason = vntext.Clean(r.Reason)
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
	kind    Code
	decided thidua.Date // date of the grant's decision
	revoked bool
}

// grantOrder ranks the grants by ID, so that a query sorts integers
// instead of strings. Readers holding the store's read lock rebuild it under
// its own lock after a writer (holding the write lock, so no reader runs
// meanwhile) marks it stale; a rebuilt table is never changed, only
// replaced.
type grantOrder struct {
	mu    sync.Mutex
	stale bool
	rank  []int32 // by seq
}

// sort sorts seqs in the order of the IDs of their grants in list.
func (o *grantOrder) sort(seqs []int32, list []Grant) {
	if len(seqs) < 256 {
		slices.SortFunc(seqs, func(a, b int32) int { return strings.Compare(list[a].ID, list[b].ID) })
		return
	}
	o.mu.Lock()
	if o.stale || len(o.rank) != len(list) {
		bySeq := make([]int32, len(list))
		for i := range bySeq {
			bySeq[i] = int32(i)
		}
		slices.SortFunc(bySeq, func(a, b int32) int { return strings.Compare(list[a].ID, list[b].ID) })
		rank := make([]int32, len(list))
		for r, seq := range bySeq {
			rank[seq] = int32(r)
		}
		o.rank, o.stale = rank, false
	}
	rank := o.rank
	o.mu.Unlock()
	slices.SortFunc(seqs, func(a, b int32) int { return cmp.Compare(rank[a], rank[b]) })
}
