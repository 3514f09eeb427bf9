package campaign

import (
	"context"
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// Directory looks up the units and people that take part in movements. The
// memory store uses it to reject unknown participants and authors;
// [org.Store] satisfies it. Both methods return an error wrapping
// [thidua.ErrNotFound] for an unknown ID.
type Directory interface {
	Unit(ctx context.Context, id org.UnitID) (org.Unit, error)
	Person(ctx context.Context, id org.PersonID) (org.Person, error)
}

// MovementFilter selects movements. Zero fields do not filter; set fields
// must all match.
type MovementFilter struct {
	// During keeps movements whose period overlaps it (active in it).
	During thidua.Period
	// LauncherUnit keeps movements launched by this unit.
	LauncherUnit org.UnitID
	// LauncherName keeps movements whose launcher's name matches it,
	// ignoring case, spacing and tone-mark placement.
	LauncherName string
	// Parent keeps the drives and sub-movements of this movement.
	Parent MovementID
	// Kind keeps movements of this kind.
	Kind Kind
}

// validate rejects a filter that cannot be meant: a set period that is not
// a valid period (inverted, or with only one end set) or an unknown kind.
func (f MovementFilter) validate() error {
	const op = "campaign: movements"
	if !f.During.IsZero() {
		if err := f.During.Validate(); err != nil {
			return thidua.E(op, "movement filter", "", "during", err)
		}
	}
	if f.Kind != 0 && !f.Kind.Valid() {
		return thidua.Invalid(op, "movement filter", "", "kind", "unknown kind %d", int(f.Kind))
	}
	return nil
}

// RegistrationFilter selects registrations or results. Zero fields do not
// filter; set fields must all match.
type RegistrationFilter struct {
	Movement    MovementID
	Year        int
	Participant Participant // a zero Participant matches every participant
	// Movements keeps the records of any of these movements: the
	// registrations of many movements, read at once. Empty keeps every
	// movement.
	Movements []MovementID
	// Units and People keep the records of these participants: a unit of
	// Units or a person of People. Both empty keep every participant. A
	// SQL store answers with a constant number of queries, however long
	// the sets.
	Units  []org.UnitID
	People []org.PersonID
}

// InitiativeFilter selects initiatives. Zero fields do not filter; set
// fields must all match.
type InitiativeFilter struct {
	// Authors keeps initiatives with at least one of these authors: the
	// initiatives of a set of people, read at once ([Store.Initiatives]).
	// Empty keeps every initiative. [Store.InitiativesOf] takes its one
	// author as an argument and refuses a filter with Authors set.
	Authors []org.PersonID
	// Recognised keeps initiatives recognised within this period.
	Recognised thidua.Period
	// MinLevel keeps initiatives recognised at this level or higher.
	MinLevel Level
}

// validate rejects a filter that cannot be meant: a set period that is not
// a valid period (inverted, or with only one end set) or an unknown level.
func (f InitiativeFilter) validate() error {
	const op = "campaign: initiatives of"
	if !f.Recognised.IsZero() {
		if err := f.Recognised.Validate(); err != nil {
			return thidua.E(op, "initiative filter", "", "recognised", err)
		}
	}
	if f.MinLevel != 0 && (f.MinLevel < LevelGrassroots || f.MinLevel > LevelNational) {
		return thidua.Invalid(op, "initiative filter", "", "min_level", "unknown level %d", int(f.MinLevel))
	}
	for _, p := range f.Authors {
		if p == "" {
			return thidua.Invalid(op, "initiative filter", "", "authors", "empty person id")
		}
	}
	return nil
}

// validateOf validates f for [Store.InitiativesOf], which takes its author
// as an argument.
func (f InitiativeFilter) validateOf() error {
	if len(f.Authors) > 0 {
		return thidua.Invalid("campaign: initiatives of", "initiative filter", "", "authors",
			"authors set: InitiativesOf takes one author; use Initiatives for a set")
	}
	return f.validate()
}

// ValidateOf rejects a filter that [Store.InitiativesOf] cannot take: one
// [InitiativeFilter.Validate] rejects, or one with Authors set. Stores call
// it before they read.
func (f InitiativeFilter) ValidateOf() error { return f.validateOf() }

// Validate rejects a filter that cannot be meant: a Recognised period that
// is inverted or has only one end set, an unknown level, or an empty
// author ID. Errors wrap [thidua.ErrInvalid]. Stores call it before they
// read.
func (f InitiativeFilter) Validate() error { return f.validate() }

// Match reports whether initiative in passes the filter (f is assumed
// valid).
func (f InitiativeFilter) Match(in Initiative) bool {
	if !f.Recognised.IsZero() && !f.Recognised.Contains(in.Recognised) {
		return false
	}
	if in.Level < f.MinLevel {
		return false
	}
	if len(f.Authors) == 0 {
		return true
	}
	for _, a := range in.Authors {
		if slices.Contains(f.Authors, a.Person) {
			return true
		}
	}
	return false
}

// Validate rejects a movement filter that cannot be meant: a During period
// that is inverted or has only one end set, or an unknown kind. Errors wrap
// [thidua.ErrInvalid]. Stores call it before they read.
func (f MovementFilter) Validate() error { return f.validate() }

// ClusterFilter selects clusters. Zero fields do not filter; set fields
// must all match.
type ClusterFilter struct {
	Year int
	Kind ClusterKind
}

// Validate rejects a filter with an unknown kind or a year out of range.
// Errors wrap [thidua.ErrInvalid].
func (f ClusterFilter) Validate() error {
	const op = "campaign: clusters"
	if f.Kind != 0 && f.Kind != Cum && f.Kind != Khoi {
		return thidua.Invalid(op, "cluster filter", "", "kind", "unknown kind %d", int(f.Kind))
	}
	if f.Year != 0 && (f.Year < thidua.MinYear || f.Year > thidua.MaxYear) {
		return thidua.Invalid(op, "cluster filter", "", "year", "year %d out of range", f.Year)
	}
	return nil
}

// UseFilter selects uses of initiatives. A zero filter keeps every use.
type UseFilter struct {
	// Initiatives keeps the uses of these initiatives (unknown ones have
	// none): the uses of many initiatives, read at once. Empty keeps the
	// uses of every initiative.
	Initiatives []InitiativeID
}

// Store keeps movements, registrations, results, scoring tables and scores,
// clusters and initiatives.
//
// Implementations must be safe for concurrent use, must copy values in and
// out (a caller never shares a slice or map with the store), must leave
// stored data unchanged when a method returns an error, and must return
// results in a deterministic order (by ID unless a method says otherwise).
// Every method returns ctx.Err() if ctx is done when it starts. Errors wrap
// [thidua.ErrNotFound], [thidua.ErrConflict] and [thidua.ErrInvalid] as
// each method documents; a reference to a record that does not exist in an
// input (an unknown movement, parent, table, unit or person) is ErrInvalid.
// Text (titles, names, notes, decisions) is stored cleaned: Unicode NFC,
// runs of white space folded to one space, ends trimmed; a required title or
// name that is empty once cleaned is ErrInvalid.
//
// The conformance suite in package campaigntest checks all of this.
type Store interface {
	// AddMovement stores a new movement. ErrConflict if the ID exists;
	// ErrInvalid if [Movement.Validate] fails, the parent is unknown, the
	// movement lies outside its parent's period ([Movement.CheckParent]),
	// or a launcher or participant unit is unknown to the directory.
	AddMovement(ctx context.Context, m Movement) error
	// Movement returns the movement with the ID, or ErrNotFound.
	Movement(ctx context.Context, id MovementID) (Movement, error)
	// Movements returns the movements matching f, by ID. Drives of a
	// movement: Movements(ctx, MovementFilter{Parent: id}). ErrInvalid
	// for a bad filter: a During period that is inverted or has only one
	// end set, or an unknown kind.
	Movements(ctx context.Context, f MovementFilter) ([]Movement, error)

	// Register stores a registration. ErrConflict if the participant has
	// already registered for the movement and year; ErrInvalid if
	// [Registration.Validate] fails with the store's title table, the
	// movement is unknown, [Registration.CheckMovement] fails, or the
	// participant is unknown to the directory or outside the movement's
	// participating units.
	Register(ctx context.Context, r Registration) error
	// Registration returns the registration of p for the movement and
	// year, or ErrNotFound: whether a candidate registered.
	Registration(ctx context.Context, m MovementID, year int, p Participant) (Registration, error)
	// Registrations returns the registrations matching f, ordered by
	// movement, year, then participant (units before people, each by ID).
	Registrations(ctx context.Context, f RegistrationFilter) ([]Registration, error)

	// AddResult stores a participant's actual value for a target.
	// ErrConflict if a result exists for the same movement, target, year
	// and participant; ErrInvalid for an unknown movement or target, a year
	// outside the movement, a bad participant (as for Register) or a value
	// the target's measure forbids (negative, a percentage above 100).
	AddResult(ctx context.Context, r Result) error
	// Results returns the results matching f, ordered as Registrations,
	// then by target in the movement's order.
	Results(ctx context.Context, f RegistrationFilter) ([]Result, error)

	// AddScoreTable stores a scoring table. ErrConflict if the ID exists;
	// ErrInvalid if [ScoreTable.Validate] fails.
	AddScoreTable(ctx context.Context, t ScoreTable) error
	// ScoreTable returns the table with the ID, or ErrNotFound.
	ScoreTable(ctx context.Context, id ScoreTableID) (ScoreTable, error)
	// AddScores stores a unit's scorecard. ErrConflict if the unit already
	// has scores on the table; ErrInvalid for an unknown table or unit or
	// if [Scorer.Check] fails (a score negative, above its criterion's
	// maximum, or on an unknown or parent criterion).
	AddScores(ctx context.Context, c Scorecard) error
	// Scores returns the scorecards on a table, by unit ID. ErrNotFound if
	// the table is unknown.
	Scores(ctx context.Context, table ScoreTableID) ([]Scorecard, error)

	// AddCluster stores a cluster. ErrConflict if the ID exists or a member
	// already belongs to another cluster of the same kind in the same year;
	// ErrInvalid if [Cluster.Validate] fails, its table is unknown or a
	// member is unknown to the directory.
	AddCluster(ctx context.Context, c Cluster) error
	// Cluster returns the cluster with the ID, or ErrNotFound.
	Cluster(ctx context.Context, id ClusterID) (Cluster, error)
	// ClustersOf returns the clusters unit u belongs to in year: at most
	// one of each kind, cụm first.
	ClustersOf(ctx context.Context, u org.UnitID, year int) ([]Cluster, error)
	// SetRanking stores the decided ranking of a cluster not ranked yet.
	// ErrNotFound if the cluster is unknown; ErrInvalid for a ranking
	// [Cluster.Validate] rejects or an empty one; ErrConflict if the
	// cluster is ranked already. A decided ranking is history: it is
	// replaced or cleared only as a correction, with ReplaceRanking.
	SetRanking(ctx context.Context, id ClusterID, ranking []Rank) error
	// ReplaceRanking replaces the decided ranking of a cluster by ranking,
	// or clears it (an empty ranking), as the correction c, and keeps the
	// version it replaces with c (RankingHistory). ErrNotFound if the
	// cluster is unknown or not ranked (set the first ranking with
	// SetRanking); ErrInvalid for a ranking [Cluster.Validate] rejects, a
	// ranking unchanged, or an invalid c ([thidua.Correction.Check]: who,
	// when and why are required, so a ranking is never cleared without a
	// reason); ErrConflict if another writer changed the ranking while
	// this one was being checked.
	ReplaceRanking(ctx context.Context, id ClusterID, ranking []Rank, c thidua.Correction) error
	// RankingHistory returns the versions of the cluster's ranking
	// replaced or cleared by corrections, oldest first (none for a ranking
	// never corrected). ErrNotFound if the cluster is unknown.
	RankingHistory(ctx context.Context, id ClusterID) ([]RankingCorrection, error)
	// History returns every version the store keeps of records replaced
	// by corrections (see [History] for the order): what [Copy] carries
	// over.
	History(ctx context.Context) (History, error)
	// AddHistory keeps the replaced versions in h after those the store
	// holds for the same records, all or none: how Copy carries history
	// over, and how an application restores it. ErrInvalid if a
	// correction is invalid, an old ranking is empty or invalid for its
	// cluster, or the cluster is unknown (see [Rules.CheckAddHistory]). On
	// any error nothing is stored.
	AddHistory(ctx context.Context, h History) error

	// AddInitiative stores an initiative or science work. ErrConflict if
	// the ID exists; ErrInvalid if [Initiative.Validate] fails or an
	// author is unknown to the directory.
	AddInitiative(ctx context.Context, in Initiative) error
	// Initiative returns the initiative with the ID, or ErrNotFound.
	Initiative(ctx context.Context, id InitiativeID) (Initiative, error)
	// InitiativesOf returns the initiatives person p authored that match
	// f, ordered by recognition date, then ID. An unknown person has none.
	// ErrInvalid for a bad filter: a Recognised period that is inverted or
	// has only one end set, an unknown level, or Authors set (use
	// [Store.Initiatives] for a set of authors).
	InitiativesOf(ctx context.Context, p org.PersonID, f InitiativeFilter) ([]Initiative, error)
	// UseInitiative records that grant used the initiative as its
	// achievement for the award code. ErrNotFound for an unknown
	// initiative; ErrConflict if it was already used for that award code
	// (one achievement, one form: Luật TĐKT 2022 art. 5) or, in a store
	// that allows one use per initiative (see
	// [Options.OneUsePerInitiative]), for any award; ErrInvalid for an
	// empty award code or grant.
	UseInitiative(ctx context.Context, id InitiativeID, award, grant string) error
	// InitiativeUses returns the uses of an initiative, by award code.
	// ErrNotFound for an unknown initiative.
	InitiativeUses(ctx context.Context, id InitiativeID) ([]InitiativeUse, error)

	// ScoreTables returns every scoring table, by ID.
	ScoreTables(ctx context.Context) ([]ScoreTable, error)
	// Clusters returns the clusters matching f, with their rankings, by
	// ID. ErrInvalid for a bad filter (an unknown kind, a year out of
	// range).
	Clusters(ctx context.Context, f ClusterFilter) ([]Cluster, error)
	// Initiatives returns the initiatives matching f, ordered by
	// recognition date, then ID: every initiative for a zero filter, the
	// initiatives of a set of people with f.Authors. A SQL store answers
	// with a constant number of queries, however many authors. ErrInvalid
	// for a bad filter (see [InitiativeFilter.Validate]).
	Initiatives(ctx context.Context, f InitiativeFilter) ([]Initiative, error)
	// Uses returns the uses matching f, ordered by initiative ID, then
	// award code: every use for a zero filter, the uses of many
	// initiatives with f.Initiatives. A SQL store answers with a constant
	// number of queries, however many initiatives.
	Uses(ctx context.Context, f UseFilter) ([]InitiativeUse, error)
}

// ClusterReader reads the clusters a unit belongs to; a [Store] satisfies
// it.
type ClusterReader interface {
	ClustersOf(ctx context.Context, u org.UnitID, year int) ([]Cluster, error)
}

// Leads reports whether unit u leads (is first in the ranking of) any of
// its clusters in year: a criterion of Cờ thi đua cấp bộ (NĐ 91/2017 art.
// 12; Luật TĐKT art. 26). It is false for a unit in no cluster or in unranked
// clusters.
func Leads(ctx context.Context, s ClusterReader, u org.UnitID, year int) (bool, error) {
	cs, err := s.ClustersOf(ctx, u, year)
	if err != nil {
		return false, err
	}
	for _, c := range cs {
		if c.Leads(u) {
			return true, nil
		}
	}
	return false, nil
}

// RankCluster ranks the members of a cluster on the cluster's scoring table
// with [Scorer.Rank]. It does not store the ranking; pass it to
// [Store.SetRanking] once decided. dir, if not nil, gives the units' short
// names (or full names) for the explanations. ErrNotFound for an unknown cluster; ErrInvalid
// if the cluster has no table or a member has no scores on it.
func RankCluster(ctx context.Context, s Store, id ClusterID, dir Directory) ([]Rank, error) {
	const op = "campaign: rank cluster"
	c, err := s.Cluster(ctx, id)
	if err != nil {
		return nil, err
	}
	if c.Table == "" {
		return nil, thidua.Invalid(op, "cluster", string(id), "table", "no scoring table")
	}
	t, err := s.ScoreTable(ctx, c.Table)
	if err != nil {
		return nil, thidua.E(op, "cluster", string(id), "table", err)
	}
	sc, err := NewScorer(t)
	if err != nil {
		return nil, err
	}
	cards, err := s.Scores(ctx, c.Table)
	if err != nil {
		return nil, thidua.E(op, "cluster", string(id), "table", err)
	}
	byUnit := make(map[org.UnitID]Scorecard, len(cards))
	for _, card := range cards {
		byUnit[card.Unit] = card
	}
	sheets := make([]Sheet, len(c.Members))
	for i, u := range c.Members {
		card, ok := byUnit[u]
		if !ok {
			return nil, thidua.Invalid(op, "cluster", string(id), "members", "unit %q has no scores", u)
		}
		sh, err := sc.Sheet(card)
		if err != nil {
			return nil, err
		}
		if dir != nil {
			if unit, err := dir.Unit(ctx, u); err == nil {
				sh.Label = unit.ShortName
				if sh.Label == "" {
					sh.Label = unit.Name
				}
			}
		}
		sheets[i] = sh
	}
	return sc.Rank(sheets)
}
