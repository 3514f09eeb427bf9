package campaign

import (
	"cmp"
	"context"
	"errors"
	"maps"
	"math"
	"slices"
	"sync"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// Options configures a [MemStore]. A nil *Options means the defaults.
type Options struct {
	// Directory, if not nil, is asked about every unit and person a record
	// names; unknown ones are rejected with ErrInvalid. Nil means no check.
	Directory Directory
	// TitleRecipients lists the titles that may be pledged and says which
	// are for individuals and which for collectives; a registration
	// pledging a code missing from it is rejected. Nil means
	// [DefaultTitleRecipients]; to accept titles of your own, pass that
	// table with your codes added. The store keeps a copy.
	TitleRecipients map[string]Recipient
	// OneUsePerInitiative, if true, lets an initiative be used for one
	// award only: [MemStore.UseInitiative] refuses a second use whatever
	// its award code. This is the strict reading of "one achievement earns
	// only one form" (Luật TĐKT 2022 art. 5; DOMAIN.md §2).
	//
	// The default (false) refuses a second use for the same award code
	// only. Initiatives are criteria of several awards at different levels
	// that count them over a span of years — CSTĐ cấp bộ asks for three
	// consecutive CSTĐCS and an initiative, Bằng khen cấp bộ for two
	// initiatives over two years, Bằng khen Thủ tướng for initiatives over
	// five years (Luật TĐKT 2022 arts. 22, 74; NĐ 91/2017 art. 38; DOMAIN.md
	// §2, §4) — so a store that forbade every reuse would make those
	// higher awards unreachable for anyone whose initiatives were already
	// cited for a lower one. Organisations that read art. 5 strictly set
	// this option.
	OneUsePerInitiative bool
}

// MemStore is the in-memory [Store]. It is safe for concurrent use. Create
// one with [NewMemStore].
type MemStore struct {
	dir        Directory
	recipients map[string]Recipient
	oneUse     bool

	mu            sync.RWMutex
	movements     map[MovementID]Movement
	registrations map[regKey]Registration
	results       map[resultKey]Result
	tables        map[ScoreTableID]*tableEntry
	clusters      map[ClusterID]Cluster
	membership    map[memberKey]ClusterID
	// Initiatives live in one slice, indexed by ID and by author with
	// positions: few heap objects for the collector to scan, and pointer-free
	// author lists.
	initiatives []initiativeEntry
	initByID    map[InitiativeID]int32
	byAuthor    map[org.PersonID][]authorRef // by recognition date, then ID
}

var _ Store = (*MemStore)(nil)

type regKey struct {
	movement    MovementID
	year        int
	participant Participant
}

type resultKey struct {
	regKey
	target string
}

type memberKey struct {
	unit org.UnitID
	year int
	kind ClusterKind
}

type tableEntry struct {
	scorer *Scorer
	scores map[org.UnitID]Scorecard
}

// authorRef points from an author to an initiative, with the fields the
// filter reads, so that filtering does not touch the records.
type authorRef struct {
	pos        int32 // position in MemStore.initiatives
	recognised int32 // dateKey of the recognition date
	level      Level
}

// dateKey maps dates to integers in the same order.
func dateKey(d thidua.Date) int32 { return int32(d.Year)<<9 | int32(d.Month)<<5 | int32(d.Day) }

type initiativeEntry struct {
	rec  Initiative
	uses map[string]string // award code → grant; nil until first use
}

// NewMemStore returns an empty store configured by opts (nil for the
// defaults).
func NewMemStore(opts *Options) *MemStore {
	s := &MemStore{
		movements:     map[MovementID]Movement{},
		registrations: map[regKey]Registration{},
		results:       map[resultKey]Result{},
		tables:        map[ScoreTableID]*tableEntry{},
		clusters:      map[ClusterID]Cluster{},
		membership:    map[memberKey]ClusterID{},
		initByID:      map[InitiativeID]int32{},
		byAuthor:      map[org.PersonID][]authorRef{},
	}
	if opts != nil {
		s.dir = opts.Directory
		s.oneUse = opts.OneUsePerInitiative
		if opts.TitleRecipients != nil {
			s.recipients = maps.Clone(opts.TitleRecipients)
		}
	}
	if s.recipients == nil {
		s.recipients = DefaultTitleRecipients()
	}
	return s
}

// checkUnit asks the directory about unit u (no check without one).
func (s *MemStore) checkUnit(ctx context.Context, op, kind, id, field string, u org.UnitID) (org.Unit, error) {
	if s.dir == nil {
		return org.Unit{}, nil
	}
	unit, err := s.dir.Unit(ctx, u)
	if errors.Is(err, thidua.ErrNotFound) {
		return org.Unit{}, thidua.Invalid(op, kind, id, field, "unknown unit %q", u)
	}
	if err != nil {
		return org.Unit{}, thidua.E(op, kind, id, field, err)
	}
	return unit, nil
}

// checkPerson asks the directory about person p (no check without one).
func (s *MemStore) checkPerson(ctx context.Context, op, kind, id, field string, p org.PersonID) (org.Person, error) {
	if s.dir == nil {
		return org.Person{}, nil
	}
	person, err := s.dir.Person(ctx, p)
	if errors.Is(err, thidua.ErrNotFound) {
		return org.Person{}, thidua.Invalid(op, kind, id, field, "unknown person %q", p)
	}
	if err != nil {
		return org.Person{}, thidua.E(op, kind, id, field, err)
	}
	return person, nil
}

// checkParticipant checks that p is known to the directory and, when m has
// participating units, that it belongs to one of their subtrees in year (a
// person through an assignment overlapping the year). Without a directory
// nothing is checked.
func (s *MemStore) checkParticipant(ctx context.Context, op, kind, id string, m Movement, year int, p Participant) error {
	if s.dir == nil {
		return nil
	}
	var units []org.UnitID
	if p.IsUnit() {
		if _, err := s.checkUnit(ctx, op, kind, id, "participant", p.Unit); err != nil {
			return err
		}
		units = []org.UnitID{p.Unit}
	} else {
		person, err := s.checkPerson(ctx, op, kind, id, "participant", p.Person)
		if err != nil {
			return err
		}
		for _, a := range person.Assignments {
			if a.Period.Overlaps(thidua.Year(year)) {
				units = append(units, a.Unit)
			}
		}
	}
	if len(m.Participants) == 0 {
		return nil
	}
	for _, u := range units {
		ok, err := s.within(ctx, u, m.Participants)
		if err != nil {
			return thidua.E(op, kind, id, "participant", err)
		}
		if ok {
			return nil
		}
	}
	return thidua.Invalid(op, kind, id, "participant", "%s does not take part in movement %q", p, m.ID)
}

// within reports whether u or one of its ancestors is in roots.
func (s *MemStore) within(ctx context.Context, u org.UnitID, roots []org.UnitID) (bool, error) {
	seen := map[org.UnitID]bool{}
	for u != "" && !seen[u] {
		if slices.Contains(roots, u) {
			return true, nil
		}
		seen[u] = true
		unit, err := s.dir.Unit(ctx, u)
		if errors.Is(err, thidua.ErrNotFound) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		u = unit.Parent
	}
	return false, nil
}

// AddMovement implements [Store.AddMovement].
func (s *MemStore) AddMovement(ctx context.Context, m Movement) error {
	const op = "campaign: add movement"
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := m.Validate(); err != nil {
		return err
	}
	m = m.cleaned()
	if m.Launcher.Unit != "" {
		if _, err := s.checkUnit(ctx, op, "movement", string(m.ID), "launcher", m.Launcher.Unit); err != nil {
			return err
		}
	}
	for _, u := range m.Participants {
		if _, err := s.checkUnit(ctx, op, "movement", string(m.ID), "participants", u); err != nil {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.movements[m.ID]; ok {
		return thidua.Conflict(op, "movement", string(m.ID), "movement exists")
	}
	if m.Parent != "" {
		parent, ok := s.movements[m.Parent]
		if !ok {
			return thidua.Invalid(op, "movement", string(m.ID), "parent", "unknown parent %q", m.Parent)
		}
		if err := m.CheckParent(parent); err != nil {
			return err
		}
	}
	s.movements[m.ID] = m
	return nil
}

// Movement implements [Store.Movement].
func (s *MemStore) Movement(ctx context.Context, id MovementID) (Movement, error) {
	if err := ctx.Err(); err != nil {
		return Movement{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	m, ok := s.movements[id]
	if !ok {
		return Movement{}, thidua.NotFound("campaign: movement", "movement", string(id))
	}
	return m.clone(), nil
}

// Movements implements [Store.Movements].
func (s *MemStore) Movements(ctx context.Context, f MovementFilter) ([]Movement, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.validate(); err != nil {
		return nil, err
	}
	name := ""
	if f.LauncherName != "" {
		name = vntext.Fold(f.LauncherName)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Movement
	for _, m := range s.movements {
		switch {
		case !f.During.IsZero() && !m.Period.Overlaps(f.During),
			f.LauncherUnit != "" && m.Launcher.Unit != f.LauncherUnit,
			name != "" && vntext.Fold(m.Launcher.Name) != name,
			f.Parent != "" && m.Parent != f.Parent,
			f.Kind != 0 && m.Kind != f.Kind:
			continue
		}
		out = append(out, m.clone())
	}
	slices.SortFunc(out, func(a, b Movement) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// movementFor reads movement id for a write about it, without the lock.
func (s *MemStore) movementFor(op, kind, key string, id MovementID) (Movement, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	m, ok := s.movements[id]
	if !ok {
		return Movement{}, thidua.Invalid(op, kind, key, "movement", "unknown movement %q", id)
	}
	return m, nil
}

// Register implements [Store.Register].
func (s *MemStore) Register(ctx context.Context, r Registration) error {
	const op = "campaign: register"
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := r.Validate(s.recipients); err != nil {
		return err
	}
	m, err := s.movementFor(op, "registration", r.key(), r.Movement)
	if err != nil {
		return err
	}
	if err := r.CheckMovement(m); err != nil {
		return err
	}
	if err := s.checkParticipant(ctx, op, "registration", r.key(), m, r.Year, r.Participant); err != nil {
		return err
	}
	k := regKey{r.Movement, r.Year, r.Participant}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.registrations[k]; ok {
		return thidua.Conflict(op, "registration", r.key(), "already registered for %q in %d", r.Movement, r.Year)
	}
	s.registrations[k] = r.cleaned()
	return nil
}

// Registration implements [Store.Registration].
func (s *MemStore) Registration(ctx context.Context, m MovementID, year int, p Participant) (Registration, error) {
	if err := ctx.Err(); err != nil {
		return Registration{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	r, ok := s.registrations[regKey{m, year, p}]
	if !ok {
		return Registration{}, thidua.NotFound("campaign: registration", "registration",
			Registration{Movement: m, Year: year, Participant: p}.key())
	}
	return r.clone(), nil
}

func (f RegistrationFilter) match(k regKey) bool {
	return (f.Movement == "" || k.movement == f.Movement) &&
		(f.Year == 0 || k.year == f.Year) &&
		(f.Participant == Participant{} || k.participant == f.Participant)
}

func compareRegKeys(a, b regKey) int {
	if c := cmp.Compare(a.movement, b.movement); c != 0 {
		return c
	}
	if c := cmp.Compare(a.year, b.year); c != 0 {
		return c
	}
	return compareParticipants(a.participant, b.participant)
}

// compareParticipants orders units before people, each by ID.
func compareParticipants(a, b Participant) int {
	if a.IsUnit() != b.IsUnit() {
		if a.IsUnit() {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(a.Unit, b.Unit); c != 0 {
		return c
	}
	return cmp.Compare(a.Person, b.Person)
}

// Registrations implements [Store.Registrations].
func (s *MemStore) Registrations(ctx context.Context, f RegistrationFilter) ([]Registration, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Registration
	for k, r := range s.registrations {
		if f.match(k) {
			out = append(out, r.clone())
		}
	}
	slices.SortFunc(out, func(a, b Registration) int {
		return compareRegKeys(regKey{a.Movement, a.Year, a.Participant}, regKey{b.Movement, b.Year, b.Participant})
	})
	return out, nil
}

// AddResult implements [Store.AddResult].
func (s *MemStore) AddResult(ctx context.Context, r Result) error {
	const op = "campaign: add result"
	if err := ctx.Err(); err != nil {
		return err
	}
	key := Registration{Movement: r.Movement, Year: r.Year, Participant: r.Participant}.key() + "/" + r.Target
	if err := r.Participant.validate(op, "result", key); err != nil {
		return err
	}
	m, err := s.movementFor(op, "result", key, r.Movement)
	if err != nil {
		return err
	}
	t, ok := m.Target(r.Target)
	if !ok {
		return thidua.Invalid(op, "result", key, "target", "movement %q has no target %q", m.ID, r.Target)
	}
	if r.Year < m.Period.From.Year || r.Year > m.Period.To.Year {
		return thidua.Invalid(op, "result", key, "year", "year %d outside movement period %s", r.Year, m.Period)
	}
	if err := checkValue(op, "result", key, "actual", t.Measure, r.Actual); err != nil {
		return err
	}
	if err := s.checkParticipant(ctx, op, "result", key, m, r.Year, r.Participant); err != nil {
		return err
	}
	k := resultKey{regKey{r.Movement, r.Year, r.Participant}, r.Target}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.results[k]; ok {
		return thidua.Conflict(op, "result", key, "result exists")
	}
	s.results[k] = r
	return nil
}

// Results implements [Store.Results].
func (s *MemStore) Results(ctx context.Context, f RegistrationFilter) ([]Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Result
	for k, r := range s.results {
		if f.match(k.regKey) {
			out = append(out, r)
		}
	}
	targetIndex := func(r Result) int {
		return slices.IndexFunc(s.movements[r.Movement].Targets, func(t Target) bool { return t.ID == r.Target })
	}
	slices.SortFunc(out, func(a, b Result) int {
		if c := compareRegKeys(regKey{a.Movement, a.Year, a.Participant}, regKey{b.Movement, b.Year, b.Participant}); c != 0 {
			return c
		}
		return cmp.Compare(targetIndex(a), targetIndex(b))
	})
	return out, nil
}

// AddScoreTable implements [Store.AddScoreTable].
func (s *MemStore) AddScoreTable(ctx context.Context, t ScoreTable) error {
	const op = "campaign: add score table"
	if err := ctx.Err(); err != nil {
		return err
	}
	t = t.cleaned()
	sc, err := NewScorer(t)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.tables[t.ID]; ok {
		return thidua.Conflict(op, "score table", string(t.ID), "table exists")
	}
	s.tables[t.ID] = &tableEntry{scorer: sc, scores: map[org.UnitID]Scorecard{}}
	return nil
}

// ScoreTable implements [Store.ScoreTable].
func (s *MemStore) ScoreTable(ctx context.Context, id ScoreTableID) (ScoreTable, error) {
	if err := ctx.Err(); err != nil {
		return ScoreTable{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.tables[id]
	if !ok {
		return ScoreTable{}, thidua.NotFound("campaign: score table", "score table", string(id))
	}
	return e.scorer.Table(), nil
}

// AddScores implements [Store.AddScores].
func (s *MemStore) AddScores(ctx context.Context, c Scorecard) error {
	const op = "campaign: add scores"
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.RLock()
	e, ok := s.tables[c.Table]
	s.mu.RUnlock()
	if !ok {
		return thidua.Invalid(op, "scorecard", string(c.Unit), "table", "unknown table %q", c.Table)
	}
	if err := e.scorer.Check(c); err != nil {
		return err
	}
	if _, err := s.checkUnit(ctx, op, "scorecard", string(c.Unit), "unit", c.Unit); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := e.scores[c.Unit]; ok {
		return thidua.Conflict(op, "scorecard", string(c.Unit), "unit already scored on table %q", c.Table)
	}
	e.scores[c.Unit] = c.clone()
	return nil
}

// Scores implements [Store.Scores].
func (s *MemStore) Scores(ctx context.Context, table ScoreTableID) ([]Scorecard, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.tables[table]
	if !ok {
		return nil, thidua.NotFound("campaign: scores", "score table", string(table))
	}
	out := make([]Scorecard, 0, len(e.scores))
	for _, u := range slices.Sorted(maps.Keys(e.scores)) {
		out = append(out, e.scores[u].clone())
	}
	return out, nil
}

// AddCluster implements [Store.AddCluster].
func (s *MemStore) AddCluster(ctx context.Context, c Cluster) error {
	const op = "campaign: add cluster"
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := c.Validate(); err != nil {
		return err
	}
	c = c.cleaned()
	for _, u := range c.Members {
		if _, err := s.checkUnit(ctx, op, "cluster", string(c.ID), "members", u); err != nil {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.clusters[c.ID]; ok {
		return thidua.Conflict(op, "cluster", string(c.ID), "cluster exists")
	}
	if c.Table != "" {
		if _, ok := s.tables[c.Table]; !ok {
			return thidua.Invalid(op, "cluster", string(c.ID), "table", "unknown table %q", c.Table)
		}
	}
	for _, u := range c.Members {
		if other, ok := s.membership[memberKey{u, c.Year, c.Kind}]; ok {
			return thidua.Conflict(op, "cluster", string(c.ID),
				"unit %q already in %s %q in %d", u, c.Kind, other, c.Year)
		}
	}
	for _, u := range c.Members {
		s.membership[memberKey{u, c.Year, c.Kind}] = c.ID
	}
	s.clusters[c.ID] = c
	return nil
}

// Cluster implements [Store.Cluster].
func (s *MemStore) Cluster(ctx context.Context, id ClusterID) (Cluster, error) {
	if err := ctx.Err(); err != nil {
		return Cluster{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	c, ok := s.clusters[id]
	if !ok {
		return Cluster{}, thidua.NotFound("campaign: cluster", "cluster", string(id))
	}
	return c.clone(), nil
}

// ClustersOf implements [Store.ClustersOf].
func (s *MemStore) ClustersOf(ctx context.Context, u org.UnitID, year int) ([]Cluster, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Cluster
	for _, k := range []ClusterKind{Cum, Khoi} {
		if id, ok := s.membership[memberKey{u, year, k}]; ok {
			out = append(out, s.clusters[id].clone())
		}
	}
	return out, nil
}

// SetRanking implements [Store.SetRanking].
func (s *MemStore) SetRanking(ctx context.Context, id ClusterID, ranking []Rank) error {
	const op = "campaign: set ranking"
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.clusters[id]
	if !ok {
		return thidua.NotFound(op, "cluster", string(id))
	}
	if err := validateRanking(op, string(id), c.Members, ranking); err != nil {
		return err
	}
	c.Ranking = slices.Clone(ranking)
	if len(c.Ranking) == 0 {
		c.Ranking = nil
	}
	s.clusters[id] = c
	return nil
}

// AddInitiative implements [Store.AddInitiative].
func (s *MemStore) AddInitiative(ctx context.Context, in Initiative) error {
	const op = "campaign: add initiative"
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := in.Validate(); err != nil {
		return err
	}
	in = in.cleaned()
	for _, a := range in.Authors {
		if _, err := s.checkPerson(ctx, op, "initiative", string(in.ID), "authors", a.Person); err != nil {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.initByID[in.ID]; ok {
		return thidua.Conflict(op, "initiative", string(in.ID), "initiative exists")
	}
	pos := int32(len(s.initiatives))
	s.initiatives = append(s.initiatives, initiativeEntry{rec: in})
	s.initByID[in.ID] = pos
	ref := authorRef{pos: pos, recognised: dateKey(in.Recognised), level: in.Level}
	for _, a := range in.Authors {
		list := s.byAuthor[a.Person]
		i, _ := slices.BinarySearchFunc(list, ref, s.compareRefs)
		s.byAuthor[a.Person] = slices.Insert(list, i, ref)
	}
	return nil
}

// compareRefs orders initiatives by recognition date, then ID.
func (s *MemStore) compareRefs(a, b authorRef) int {
	if c := cmp.Compare(a.recognised, b.recognised); c != 0 {
		return c
	}
	return cmp.Compare(s.initiatives[a.pos].rec.ID, s.initiatives[b.pos].rec.ID)
}

// initiative returns the entry with the ID, or nil. The caller holds mu.
func (s *MemStore) initiative(id InitiativeID) *initiativeEntry {
	pos, ok := s.initByID[id]
	if !ok {
		return nil
	}
	return &s.initiatives[pos]
}

// Initiative implements [Store.Initiative].
func (s *MemStore) Initiative(ctx context.Context, id InitiativeID) (Initiative, error) {
	if err := ctx.Err(); err != nil {
		return Initiative{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	e := s.initiative(id)
	if e == nil {
		return Initiative{}, thidua.NotFound("campaign: initiative", "initiative", string(id))
	}
	return e.rec.clone(), nil
}

// InitiativesOf implements [Store.InitiativesOf].
func (s *MemStore) InitiativesOf(ctx context.Context, p org.PersonID, f InitiativeFilter) ([]Initiative, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.validate(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	// Two passes so that the result and all author lists are allocated
	// once: listing many people's initiatives is a hot path of the reports.
	list := s.byAuthor[p]
	from, to := int32(math.MinInt32), int32(math.MaxInt32)
	if !f.Recognised.IsZero() {
		from, to = dateKey(f.Recognised.From), dateKey(f.Recognised.To)
	}
	match := func(r authorRef) bool { return r.recognised >= from && r.recognised <= to && r.level >= f.MinLevel }
	n, na := 0, 0
	for _, r := range list {
		if match(r) {
			n++
			na += len(s.initiatives[r.pos].rec.Authors)
		}
	}
	if n == 0 {
		return nil, nil
	}
	out := make([]Initiative, 0, n)
	authors := make([]Author, 0, na)
	for _, r := range list {
		if !match(r) {
			continue
		}
		rec := s.initiatives[r.pos].rec
		start := len(authors)
		authors = append(authors, rec.Authors...)
		rec.Authors = authors[start:len(authors):len(authors)]
		out = append(out, rec)
	}
	return out, nil
}

// UseInitiative implements [Store.UseInitiative].
func (s *MemStore) UseInitiative(ctx context.Context, id InitiativeID, award, grant string) error {
	const op = "campaign: use initiative"
	if err := ctx.Err(); err != nil {
		return err
	}
	switch {
	case award == "":
		return thidua.Invalid(op, "initiative", string(id), "award", "empty award code")
	case grant == "":
		return thidua.Invalid(op, "initiative", string(id), "grant", "empty grant")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.initiative(id)
	if e == nil {
		return thidua.NotFound(op, "initiative", string(id))
	}
	if prev, ok := e.uses[award]; ok {
		return thidua.Conflict(op, "initiative", string(id), "already used for %q by grant %q", award, prev)
	}
	if s.oneUse {
		for code, prev := range e.uses { // at most one entry
			return thidua.Conflict(op, "initiative", string(id),
				"already used for %q by grant %q: one achievement, one form", code, prev)
		}
	}
	if e.uses == nil {
		e.uses = map[string]string{}
	}
	e.uses[award] = grant
	return nil
}

// InitiativeUses implements [Store.InitiativeUses].
func (s *MemStore) InitiativeUses(ctx context.Context, id InitiativeID) ([]InitiativeUse, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	e := s.initiative(id)
	if e == nil {
		return nil, thidua.NotFound("campaign: initiative uses", "initiative", string(id))
	}
	out := make([]InitiativeUse, 0, len(e.uses))
	for _, code := range slices.Sorted(maps.Keys(e.uses)) {
		out = append(out, InitiativeUse{Initiative: id, Award: code, Grant: e.uses[code]})
	}
	return out, nil
}
