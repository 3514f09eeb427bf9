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
// proposer.
type MemStore struct {
	mu  sync.RWMutex
	cat *Catalogue

	noms       map[string]Nomination
	byProposer map[org.UnitID][]string // sorted nomination IDs
	openTitles map[titleKey]string     // title nominations not rejected, withdrawn or granted

	decisions map[string]Decision // grants held in grants, listed in decGrants
	decGrants map[string][]string
	numbers   map[numberKey]string

	grants      map[string]Grant
	byRecipient map[Recipient][]string // sorted grant IDs
	order       grantOrder             // rank of every grant ID, rebuilt after additions
	titles      map[titleKey]string    // title grants not revoked
	granted     map[string]string      // nomination ID → grant ID
}

// numberKey identifies a decision number: numbers restart every year.
type numberKey struct {
	num  thidua.DocNumber
	year int
}

var _ Store = (*MemStore)(nil)

// Option configures a [MemStore].
type Option func(*MemStore)

// WithCatalogue makes the store check records against a copy of c instead
// of [DefaultCatalogue].
func WithCatalogue(c *Catalogue) Option {
	return func(s *MemStore) { s.cat = c.Clone() }
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
		grants:      make(map[string]Grant),
		byRecipient: make(map[Recipient][]string),
		titles:      make(map[titleKey]string),
		granted:     make(map[string]string),
	}
	for _, o := range opts {
		o(s)
	}
	if s.cat == nil {
		s.cat = DefaultCatalogue()
	}
	return s
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
	const op = "award: add nomination"
	if err := ctx.Err(); err != nil {
		return err
	}
	switch {
	case strings.TrimSpace(n.ID) == "":
		return thidua.Invalid(op, "nomination", n.ID, "id", "empty ID")
	case n.State != Draft || len(n.History) == 0 || n.History[len(n.History)-1].To != Draft:
		return thidua.Invalid(op, "nomination", n.ID, "state", "want a nomination just proposed, not %q", n.State)
	case n.Proposer == "" || n.Authority == "" || n.Holder != n.Proposer:
		return thidua.Invalid(op, "nomination", n.ID, "proposer", "want proposer, authority, and the proposer holding it")
	}
	if err := n.Subject.validate(s.cat, op, "nomination", n.ID); err != nil {
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
			return thidua.Conflict(op, "nomination", n.ID, "nomination %q for %s, %s, %d is open", o, n.Recipient, n.Kind, n.Year)
		}
		s.openTitles[tk] = n.ID
	}
	s.noms[n.ID] = n.clone()
	s.byProposer[n.Proposer] = insertSorted(s.byProposer[n.Proposer], n.ID)
	return nil
}

// UpdateNomination implements [Store].
func (s *MemStore) UpdateNomination(ctx context.Context, n Nomination) error {
	const op = "award: update nomination"
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
	case len(n.History) != len(old.History)+1 || !slices.Equal(n.History[:len(old.History)], old.History):
		return thidua.Conflict(op, "nomination", n.ID, "stale: want the stored history (%d events) and one more step", len(old.History))
	case len(n.Votes) < len(old.Votes) || !slices.Equal(n.Votes[:len(old.Votes)], old.Votes):
		return thidua.Invalid(op, "nomination", n.ID, "votes", "recorded votes cannot change")
	}
	if last := n.History[len(n.History)-1]; last.To != n.State || last.Holder != n.Holder || last.From != old.State {
		return thidua.Invalid(op, "nomination", n.ID, "history", "the last event does not lead from the stored state to this one")
	}
	if tk, isTitle := s.titleKeyOf(n.Subject); isTitle && (n.State == Rejected || n.State == Withdrawn) && s.openTitles[tk] == n.ID {
		delete(s.openTitles, tk)
	}
	s.noms[n.ID] = n.clone()
	return nil
}

// Nomination implements [Store].
func (s *MemStore) Nomination(ctx context.Context, id string) (Nomination, error) {
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
	const op = "award: add decision"
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
			case n.Kind != g.Kind || n.Recipient != g.Recipient:
				return thidua.Invalid(op, "grant", g.ID, "nomination", "nomination %q is for %s to %s", g.Nomination, n.Kind, n.Recipient)
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
		s.grants[g.ID] = g
		s.order.stale = true
		s.byRecipient[g.Recipient] = insertSorted(s.byRecipient[g.Recipient], g.ID)
		ids = append(ids, g.ID)
	}
	for tk, id := range newTitles {
		s.titles[tk] = id
		delete(s.openTitles, tk)
	}
	for n, g := range newNoms {
		s.granted[n] = g
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
		d.Grants[i] = s.grants[gid]
	}
	return d
}

// Decision implements [Store].
func (s *MemStore) Decision(ctx context.Context, id string) (Decision, error) {
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
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Decision
	name := vntext.Fold(f.IssuerName)
	for id, d := range s.decisions {
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
	if err := ctx.Err(); err != nil {
		return Grant{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	g, ok := s.grants[id]
	if !ok {
		return Grant{}, thidua.NotFound("award: grant", "grant", id)
	}
	return g, nil
}

// Grants implements [Store].
func (s *MemStore) Grants(ctx context.Context, f GrantFilter) ([]Grant, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var ids []string
	if len(f.People) == 0 && len(f.Units) == 0 {
		ids = make([]string, 0, len(s.grants))
		for id := range s.grants {
			ids = append(ids, id)
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
			ids = append(ids, s.byRecipient[r]...)
		}
	}
	s.order.sort(ids, s.grants)
	out := make([]Grant, 0, len(ids))
	for _, id := range ids {
		g := s.grants[id]
		switch {
		case g.IsRevoked() && !f.IncludeRevoked,
			len(f.Codes) > 0 && !slices.Contains(f.Codes, g.Kind),
			!f.Period.IsZero() && !g.Span().Overlaps(f.Period),
			!f.DecidedIn.IsZero() && !f.DecidedIn.Contains(s.decisions[g.Decision].Date):
			continue
		}
		out = append(out, g)
	}
	return out, nil
}

// Revoke implements [Store].
func (s *MemStore) Revoke(ctx context.Context, grantID string, r Revocation) error {
	const op = "award: revoke grant"
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.grants[grantID]
	if !ok {
		return thidua.NotFound(op, "grant", grantID)
	}
	if g.IsRevoked() {
		return thidua.Conflict(op, "grant", grantID, "already revoked on %s", g.Revoked.Date)
	}
	if err := r.Validate(s.decisions[g.Decision].Date); err != nil {
		return thidua.E(op, "grant", grantID, "", err)
	}
	r.Reason = vntext.Clean(r.Reason)
	g.Revoked = r
	s.grants[grantID] = g
	if tk, ok := s.titleKeyOf(g.Subject); ok && s.titles[tk] == grantID {
		delete(s.titles, tk)
	}
	return nil
}

// grantOrder ranks the grant IDs, so that a query sorts integers instead of
// strings. Readers holding the store's read lock rebuild it under its own
// lock after a writer (holding the write lock, so no reader runs meanwhile)
// marks it stale.
type grantOrder struct {
	mu    sync.Mutex
	stale bool
	all   []string // every grant ID, sorted
	rank  map[string]int32
}

// sort sorts ids, distinct keys of grants, in ID order.
func (o *grantOrder) sort(ids []string, grants map[string]Grant) {
	if len(ids) < 256 {
		slices.Sort(ids)
		return
	}
	o.mu.Lock()
	if o.stale || o.rank == nil {
		o.all = make([]string, 0, len(grants))
		for id := range grants {
			o.all = append(o.all, id)
		}
		slices.Sort(o.all)
		o.rank = make(map[string]int32, len(o.all))
		for i, id := range o.all {
			o.rank[id] = int32(i)
		}
		o.stale = false
	}
	all, rank := o.all, o.rank
	o.mu.Unlock()
	ranks := make([]int32, len(ids))
	for i, id := range ids {
		ranks[i] = rank[id]
	}
	slices.Sort(ranks)
	for i, r := range ranks {
		ids[i] = all[r]
	}
}
