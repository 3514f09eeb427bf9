package campaign

import (
	"cmp"
	"context"
	"maps"
	"math"
	"slices"
	"sync"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// Options configures a store: a [MemStore], or a SQL store of package
// campaignsql, through [NewRules]. A nil *Options means the defaults.
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
	// only one form" (Luật TĐKT 2022 art. 5).
	//
	// The default (false) refuses a second use for the same award code
	// only. Initiatives are criteria of several awards at different levels
	// that count them over a span of years — CSTĐ cấp bộ asks for three
	// consecutive CSTĐCS and an initiative, Bằng khen cấp bộ for two
	// initiatives over two years, Bằng khen Thủ tướng for initiatives over
	// five years (Luật TĐKT 2022 arts. 22, 74; NĐ 91/2017 art. 38;
	// NĐ 65/2014 arts. 23–24) — so a store that forbade every reuse would make those
	// higher awards unreachable for anyone whose initiatives were already
	// cited for a lower one. Organisations that read art. 5 strictly set
	// this option.
	OneUsePerInitiative bool
}

// MemStore is the in-memory [Store]. It is safe for concurrent use. Create
// one with [NewMemStore].
type MemStore struct {
	rules *Rules

	mu            sync.RWMutex
	movements     map[MovementID]Movement
	registrations map[regKey]Registration
	results       map[resultKey]Result
	tables        map[ScoreTableID]*tableEntry
	clusters      map[ClusterID]Cluster
	membership    map[memberKey]ClusterID
	// rankHistory holds the versions of rankings replaced by corrections,
	// by cluster, oldest first.
	rankHistory map[ClusterID][]RankingCorrection
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
		rankHistory:   map[ClusterID][]RankingCorrection{},
		initByID:      map[InitiativeID]int32{},
		byAuthor:      map[org.PersonID][]authorRef{},
		rules:         NewRules(opts),
	}
	return s
}

// memReader is the [Reader] of a MemStore: each read takes the read lock,
// so that the checks of [Rules] (which may call the directory) run outside
// the write lock. The write that follows takes the write lock and enforces
// the uniqueness rules again, as a SQL store's constraints do.
type memReader struct{ s *MemStore }

func (r memReader) FindMovement(_ context.Context, id MovementID) (Movement, bool, error) {
	r.s.mu.RLock()
	defer r.s.mu.RUnlock()
	m, ok := r.s.movements[id]
	return m, ok, nil
}

func (r memReader) HasRegistration(_ context.Context, m MovementID, year int, p Participant) (bool, error) {
	r.s.mu.RLock()
	defer r.s.mu.RUnlock()
	_, ok := r.s.registrations[regKey{m, year, p}]
	return ok, nil
}

func (r memReader) HasResult(_ context.Context, m MovementID, target string, year int, p Participant) (bool, error) {
	r.s.mu.RLock()
	defer r.s.mu.RUnlock()
	_, ok := r.s.results[resultKey{regKey{m, year, p}, target}]
	return ok, nil
}

func (r memReader) FindScorer(_ context.Context, id ScoreTableID) (*Scorer, bool, error) {
	r.s.mu.RLock()
	defer r.s.mu.RUnlock()
	e, ok := r.s.tables[id]
	if !ok {
		return nil, false, nil
	}
	return e.scorer, true, nil
}

func (r memReader) HasScores(_ context.Context, table ScoreTableID, u org.UnitID) (bool, error) {
	r.s.mu.RLock()
	defer r.s.mu.RUnlock()
	e, ok := r.s.tables[table]
	if !ok {
		return false, nil
	}
	_, ok = e.scores[u]
	return ok, nil
}

func (r memReader) FindCluster(_ context.Context, id ClusterID) (Cluster, bool, error) {
	r.s.mu.RLock()
	defer r.s.mu.RUnlock()
	c, ok := r.s.clusters[id]
	return c, ok, nil
}

func (r memReader) ClusterOf(_ context.Context, u org.UnitID, year int, kind ClusterKind) (ClusterID, bool, error) {
	r.s.mu.RLock()
	defer r.s.mu.RUnlock()
	id, ok := r.s.membership[memberKey{u, year, kind}]
	return id, ok, nil
}

func (r memReader) HasInitiative(_ context.Context, id InitiativeID) (bool, error) {
	r.s.mu.RLock()
	defer r.s.mu.RUnlock()
	return r.s.initiative(id) != nil, nil
}

func (r memReader) UsesOf(_ context.Context, id InitiativeID) ([]InitiativeUse, error) {
	r.s.mu.RLock()
	defer r.s.mu.RUnlock()
	e := r.s.initiative(id)
	if e == nil {
		return nil, nil
	}
	return e.useList(id), nil
}

// useList returns the uses of the entry, by award code.
func (e *initiativeEntry) useList(id InitiativeID) []InitiativeUse {
	out := make([]InitiativeUse, 0, len(e.uses))
	for _, code := range slices.Sorted(maps.Keys(e.uses)) {
		out = append(out, InitiativeUse{Initiative: id, Award: code, Grant: e.uses[code]})
	}
	return out
}

// AddMovement implements [Store.AddMovement].
func (s *MemStore) AddMovement(ctx context.Context, m Movement) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m, err := s.rules.CheckAddMovement(ctx, memReader{s}, m)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.movements[m.ID]; ok {
		return thidua.Conflict(opAddMovement, "movement", string(m.ID), "movement exists")
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

// Register implements [Store.Register].
func (s *MemStore) Register(ctx context.Context, r Registration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r, err := s.rules.CheckRegister(ctx, memReader{s}, r)
	if err != nil {
		return err
	}
	k := regKey{r.Movement, r.Year, r.Participant}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.registrations[k]; ok {
		return thidua.Conflict(opRegister, "registration", r.key(), "already registered for %q in %d", r.Movement, r.Year)
	}
	s.registrations[k] = r
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
		(f.Participant == Participant{} || k.participant == f.Participant) &&
		(len(f.Movements) == 0 || slices.Contains(f.Movements, k.movement)) &&
		(len(f.Units) == 0 && len(f.People) == 0 ||
			k.participant.Unit != "" && slices.Contains(f.Units, k.participant.Unit) ||
			k.participant.Person != "" && slices.Contains(f.People, k.participant.Person))
}

// matcher returns the match function of f, with long sets as maps.
func (f RegistrationFilter) matcher() func(regKey) bool {
	if len(f.Movements)+len(f.Units)+len(f.People) <= 16 {
		return f.match
	}
	ms, us, ps := setOf(f.Movements), setOf(f.Units), setOf(f.People)
	anyP := len(f.Units) == 0 && len(f.People) == 0
	return func(k regKey) bool {
		return (f.Movement == "" || k.movement == f.Movement) &&
			(f.Year == 0 || k.year == f.Year) &&
			(f.Participant == Participant{} || k.participant == f.Participant) &&
			(len(ms) == 0 || ms[k.movement]) &&
			(anyP || k.participant.Unit != "" && us[k.participant.Unit] || k.participant.Person != "" && ps[k.participant.Person])
	}
}

func setOf[T comparable](xs []T) map[T]bool {
	m := make(map[T]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
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
	match := f.matcher()
	var out []Registration
	for k, r := range s.registrations {
		if match(k) {
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
	if err := ctx.Err(); err != nil {
		return err
	}
	if _, err := s.rules.CheckAddResult(ctx, memReader{s}, r); err != nil {
		return err
	}
	k := resultKey{regKey{r.Movement, r.Year, r.Participant}, r.Target}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.results[k]; ok {
		return thidua.Conflict(opAddResult, "result", resultID(r), "result exists")
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
	match := f.matcher()
	var out []Result
	for k, r := range s.results {
		if match(k.regKey) {
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
	if err := ctx.Err(); err != nil {
		return err
	}
	sc, err := s.rules.CheckAddScoreTable(ctx, memReader{s}, t)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.tables[t.ID]; ok {
		return thidua.Conflict(opAddScoreTable, "score table", string(t.ID), "table exists")
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
	if err := ctx.Err(); err != nil {
		return err
	}
	c, err := s.rules.CheckAddScores(ctx, memReader{s}, c)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.tables[c.Table] // tables are never removed
	if _, ok := e.scores[c.Unit]; ok {
		return thidua.Conflict(opAddScores, "scorecard", string(c.Unit), "unit already scored on table %q", c.Table)
	}
	e.scores[c.Unit] = c
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
	if err := ctx.Err(); err != nil {
		return err
	}
	c, err := s.rules.CheckAddCluster(ctx, memReader{s}, c)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.clusters[c.ID]; ok {
		return thidua.Conflict(opAddCluster, "cluster", string(c.ID), "cluster exists")
	}
	for _, u := range c.Members {
		if other, ok := s.membership[memberKey{u, c.Year, c.Kind}]; ok {
			return thidua.Conflict(opAddCluster, "cluster", string(c.ID),
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
	if err := ctx.Err(); err != nil {
		return err
	}
	ranking, err := s.rules.CheckSetRanking(ctx, memReader{s}, id, ranking)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.clusters[id] // clusters are never removed, members never change
	if err := s.rules.RecheckRanking(id, nil, c.Ranking); err != nil {
		return err
	}
	c.Ranking = ranking
	s.clusters[id] = c
	return nil
}

// ReplaceRanking implements [Store.ReplaceRanking].
func (s *MemStore) ReplaceRanking(ctx context.Context, id ClusterID, ranking []Rank, corr thidua.Correction) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ranking, old, err := s.rules.CheckReplaceRanking(ctx, memReader{s}, id, ranking, corr)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.clusters[id]
	if err := s.rules.RecheckRanking(id, old.Old, c.Ranking); err != nil {
		return err
	}
	s.rankHistory[id] = append(s.rankHistory[id], old)
	c.Ranking = ranking
	s.clusters[id] = c
	return nil
}

// RankingHistory implements [Store.RankingHistory].
func (s *MemStore) RankingHistory(ctx context.Context, id ClusterID) ([]RankingCorrection, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if _, ok := s.clusters[id]; !ok {
		return nil, thidua.NotFound("campaign: ranking history", "cluster", string(id))
	}
	return cloneRankings(s.rankHistory[id]), nil
}

// History implements [Store.History].
func (s *MemStore) History(ctx context.Context) (History, error) {
	if err := ctx.Err(); err != nil {
		return History{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var h History
	for _, id := range slices.Sorted(maps.Keys(s.rankHistory)) {
		h.Rankings = append(h.Rankings, cloneRankings(s.rankHistory[id])...)
	}
	return h, nil
}

// AddHistory implements [Store.AddHistory].
func (s *MemStore) AddHistory(ctx context.Context, h History) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	h, err := s.rules.CheckAddHistory(ctx, memReader{s}, h)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, rc := range h.Rankings {
		s.rankHistory[rc.Cluster] = append(s.rankHistory[rc.Cluster], rc)
	}
	return nil
}

// AddInitiative implements [Store.AddInitiative].
func (s *MemStore) AddInitiative(ctx context.Context, in Initiative) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	in, err := s.rules.CheckAddInitiative(ctx, memReader{s}, in)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.initByID[in.ID]; ok {
		return thidua.Conflict(opAddInitiative, "initiative", string(in.ID), "initiative exists")
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
	if err := f.validateOf(); err != nil {
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
	if err := ctx.Err(); err != nil {
		return err
	}
	u, err := s.rules.CheckUseInitiative(ctx, memReader{s}, id, award, grant)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.initiative(id) // initiatives are never removed
	// Check again under the write lock: another use may have come in.
	if err := s.rules.checkUses(id, award, e.useList(id)); err != nil {
		return err
	}
	if e.uses == nil {
		e.uses = map[string]string{}
	}
	e.uses[u.Award] = u.Grant
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
	return e.useList(id), nil
}

// ScoreTables implements [Store.ScoreTables].
func (s *MemStore) ScoreTables(ctx context.Context) ([]ScoreTable, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]ScoreTable, 0, len(s.tables))
	for _, id := range slices.Sorted(maps.Keys(s.tables)) {
		out = append(out, s.tables[id].scorer.Table())
	}
	return out, nil
}

// Clusters implements [Store.Clusters].
func (s *MemStore) Clusters(ctx context.Context, f ClusterFilter) ([]Cluster, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Cluster
	for _, id := range slices.Sorted(maps.Keys(s.clusters)) {
		c := s.clusters[id]
		if (f.Year == 0 || c.Year == f.Year) && (f.Kind == 0 || c.Kind == f.Kind) {
			out = append(out, c.clone())
		}
	}
	return out, nil
}

// Initiatives implements [Store.Initiatives].
func (s *MemStore) Initiatives(ctx context.Context, f InitiativeFilter) ([]Initiative, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	// Collect positions, order them, then copy the records with one
	// allocation for the results and one for all author lists, as
	// InitiativesOf does: reports read every author of a province at once.
	var refs []authorRef
	if len(f.Authors) == 0 {
		for i := range s.initiatives {
			if rec := s.initiatives[i].rec; f.Match(rec) {
				refs = append(refs, authorRef{pos: int32(i), recognised: dateKey(rec.Recognised), level: rec.Level})
			}
		}
	} else {
		// The author index found them: filter on the rest only.
		from, to := int32(math.MinInt32), int32(math.MaxInt32)
		if !f.Recognised.IsZero() {
			from, to = dateKey(f.Recognised.From), dateKey(f.Recognised.To)
		}
		seen := make([]bool, len(s.initiatives))
		for _, p := range f.Authors {
			for _, r := range s.byAuthor[p] {
				if seen[r.pos] || r.recognised < from || r.recognised > to || r.level < f.MinLevel {
					continue
				}
				seen[r.pos] = true
				refs = append(refs, r)
			}
		}
	}
	if len(refs) == 0 {
		return nil, nil
	}
	slices.SortFunc(refs, s.compareRefs)
	na := 0
	for _, r := range refs {
		na += len(s.initiatives[r.pos].rec.Authors)
	}
	out := make([]Initiative, len(refs))
	authors := make([]Author, 0, na)
	for i, r := range refs {
		rec := s.initiatives[r.pos].rec
		start := len(authors)
		authors = append(authors, rec.Authors...)
		rec.Authors = authors[start:len(authors):len(authors)]
		out[i] = rec
	}
	return out, nil
}

// Uses implements [Store.Uses].
func (s *MemStore) Uses(ctx context.Context, f UseFilter) ([]InitiativeUse, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ids := f.Initiatives
	if len(ids) == 0 {
		ids = slices.Collect(maps.Keys(s.initByID))
	}
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	var out []InitiativeUse
	for _, id := range ids {
		if e := s.initiative(id); e != nil {
			out = append(out, e.useList(id)...)
		}
	}
	return out, nil
}
