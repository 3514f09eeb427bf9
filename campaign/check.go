package campaign

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// Reader is the narrow view of a store that the write checks of [Rules]
// read. Every store implements it over its own data and calls the checks
// before it writes, so that the rules of movements, registrations, results,
// scores, clusters and initiatives live in one place and a store implements
// persistence and atomicity only.
//
// The checks read only records that never change once stored (movements,
// scoring tables, the members of clusters, initiatives) and existence of
// records that are never removed, so a store may run them before it opens
// its write transaction. The uniqueness rules the checks also report with a
// clear message (an ID that exists, a second registration, result or
// scorecard, a unit in two clusters of a kind in a year, a second use of an
// initiative) must in addition be enforced atomically by the store — a
// UNIQUE constraint, or the write lock — since another writer may store the
// same key between the check and the write.
//
// The checks never modify what a Reader returns, so a store may hand out
// its own values. Errors other than "not there" are returned by the checks
// as they are.
type Reader interface {
	// FindMovement returns the stored movement with the ID, and false if
	// there is none.
	FindMovement(ctx context.Context, id MovementID) (Movement, bool, error)
	// HasRegistration reports whether the participant registered for the
	// movement and year.
	HasRegistration(ctx context.Context, m MovementID, year int, p Participant) (bool, error)
	// HasResult reports whether a result is stored for the movement,
	// target, year and participant.
	HasResult(ctx context.Context, m MovementID, target string, year int, p Participant) (bool, error)
	// FindScorer returns the stored scoring table with the ID, compiled,
	// and false if there is none.
	FindScorer(ctx context.Context, id ScoreTableID) (*Scorer, bool, error)
	// HasScores reports whether the unit has a scorecard on the table.
	HasScores(ctx context.Context, table ScoreTableID, u org.UnitID) (bool, error)
	// FindCluster returns the stored cluster with the ID, and false if
	// there is none.
	FindCluster(ctx context.Context, id ClusterID) (Cluster, bool, error)
	// ClusterOf returns the ID of the cluster of the kind that unit u
	// belongs to in year, and false if there is none.
	ClusterOf(ctx context.Context, u org.UnitID, year int, kind ClusterKind) (ClusterID, bool, error)
	// HasInitiative reports whether an initiative with the ID is stored.
	HasInitiative(ctx context.Context, id InitiativeID) (bool, error)
	// UsesOf returns the stored uses of the initiative, in any order.
	UsesOf(ctx context.Context, id InitiativeID) ([]InitiativeUse, error)
}

// Ops of the write methods, named in errors (thidua.Error.Op).
const (
	opAddMovement    = "campaign: add movement"
	opRegister       = "campaign: register"
	opAddResult      = "campaign: add result"
	opAddScoreTable  = "campaign: add score table"
	opAddScores      = "campaign: add scores"
	opAddCluster     = "campaign: add cluster"
	opSetRanking     = "campaign: set ranking"
	opReplaceRanking = "campaign: replace ranking"
	opAddHistory     = "campaign: add history"
	opAddInitiative  = "campaign: add initiative"
	opUseInitiative  = "campaign: use initiative"
)

// Rules are the rules every [Store] applies to what it is asked to write,
// configured by [Options]: validation of each record, references to other
// records of the store and to the units and people of the directory, and
// the uniqueness rules of the domain. Each Check method takes the input and
// a [Reader] over the store and returns the record to store (cleaned, see
// [Store]) or an error wrapping [thidua.ErrInvalid], [thidua.ErrConflict]
// or [thidua.ErrNotFound] as the matching Store method documents. The
// memory store and the SQL stores call them; a store of your own should
// too. Rules are immutable and safe for concurrent use.
type Rules struct {
	dir        Directory
	recipients map[string]Recipient
	oneUse     bool
}

// NewRules returns the rules configured by opts (nil for the defaults).
func NewRules(opts *Options) *Rules {
	r := &Rules{recipients: DefaultTitleRecipients()}
	if opts != nil {
		r.dir = opts.Directory
		if opts.TitleRecipients != nil {
			r.recipients = maps.Clone(opts.TitleRecipients)
		}
		r.oneUse = opts.OneUsePerInitiative
	}
	return r
}

// OneUsePerInitiative reports whether the rules let an initiative be used
// for one award only (see [Options.OneUsePerInitiative]).
func (r *Rules) OneUsePerInitiative() bool { return r.oneUse }

// UseSlot returns the key that must be unique among the uses of one
// initiative under these rules: the award code, or "" when an initiative
// may be used once in all. A SQL store keeps it in a column with a UNIQUE
// constraint on (initiative, slot), so that the database itself refuses a
// second use.
func (r *Rules) UseSlot(award string) string {
	if r.oneUse {
		return ""
	}
	return award
}

// CheckAddMovement checks a movement before [Store.AddMovement] and returns
// it cleaned: [Movement.Validate], launcher and participant units known to
// the directory, an ID not in use (ErrConflict), a known parent and
// [Movement.CheckParent].
func (r *Rules) CheckAddMovement(ctx context.Context, rd Reader, m Movement) (Movement, error) {
	const op = opAddMovement
	if err := m.Validate(); err != nil {
		return Movement{}, err
	}
	m = m.cleaned()
	if m.Launcher.Unit != "" {
		if _, err := r.checkUnit(ctx, op, "movement", string(m.ID), "launcher", m.Launcher.Unit); err != nil {
			return Movement{}, err
		}
	}
	for _, u := range m.Participants {
		if _, err := r.checkUnit(ctx, op, "movement", string(m.ID), "participants", u); err != nil {
			return Movement{}, err
		}
	}
	_, ok, err := rd.FindMovement(ctx, m.ID)
	if err != nil {
		return Movement{}, thidua.E(op, "movement", string(m.ID), "", err)
	}
	if ok {
		return Movement{}, thidua.Conflict(op, "movement", string(m.ID), "movement exists")
	}
	if m.Parent != "" {
		parent, ok, err := rd.FindMovement(ctx, m.Parent)
		if err != nil {
			return Movement{}, thidua.E(op, "movement", string(m.ID), "parent", err)
		}
		if !ok {
			return Movement{}, thidua.Invalid(op, "movement", string(m.ID), "parent", "unknown parent %q", m.Parent)
		}
		if err := m.CheckParent(parent); err != nil {
			return Movement{}, err
		}
	}
	return m, nil
}

// movementFor reads the movement a registration or result names.
func movementFor(ctx context.Context, rd Reader, op, kind, key string, id MovementID) (Movement, error) {
	m, ok, err := rd.FindMovement(ctx, id)
	if err != nil {
		return Movement{}, thidua.E(op, kind, key, "movement", err)
	}
	if !ok {
		return Movement{}, thidua.Invalid(op, kind, key, "movement", "unknown movement %q", id)
	}
	return m, nil
}

// CheckRegister checks a registration before [Store.Register] and returns
// it cleaned: [Registration.Validate] with the title table, a known
// movement, [Registration.CheckMovement], a participant known to the
// directory and within the movement's participating units, and no earlier
// registration of the participant for the movement and year (ErrConflict).
func (r *Rules) CheckRegister(ctx context.Context, rd Reader, reg Registration) (Registration, error) {
	const op = opRegister
	if err := reg.Validate(r.recipients); err != nil {
		return Registration{}, err
	}
	m, err := movementFor(ctx, rd, op, "registration", reg.key(), reg.Movement)
	if err != nil {
		return Registration{}, err
	}
	if err := reg.CheckMovement(m); err != nil {
		return Registration{}, err
	}
	if err := r.checkParticipant(ctx, op, "registration", reg.key(), m, reg.Year, reg.Participant); err != nil {
		return Registration{}, err
	}
	dup, err := rd.HasRegistration(ctx, reg.Movement, reg.Year, reg.Participant)
	if err != nil {
		return Registration{}, thidua.E(op, "registration", reg.key(), "", err)
	}
	if dup {
		return Registration{}, thidua.Conflict(op, "registration", reg.key(), "already registered for %q in %d", reg.Movement, reg.Year)
	}
	return reg.cleaned(), nil
}

// CheckAddResult checks a result before [Store.AddResult]: exactly one
// participant, a known movement and target, a year of the movement, a
// value the target's measure allows, a participant as for
// [Rules.CheckRegister], and no result yet for the same movement, target,
// year and participant (ErrConflict). It also returns the position of the
// target in the movement's targets, by which [Store.Results] orders.
func (r *Rules) CheckAddResult(ctx context.Context, rd Reader, res Result) (targetIndex int, err error) {
	const op = opAddResult
	key := resultID(res)
	if err := res.Participant.validate(op, "result", key); err != nil {
		return 0, err
	}
	if err := checkID(op, "result", key, "target", res.Target); err != nil {
		return 0, err
	}
	m, err := movementFor(ctx, rd, op, "result", key, res.Movement)
	if err != nil {
		return 0, err
	}
	i := slices.IndexFunc(m.Targets, func(t Target) bool { return t.ID == res.Target })
	if i < 0 {
		return 0, thidua.Invalid(op, "result", key, "target", "movement %q has no target %q", m.ID, res.Target)
	}
	if res.Year < m.Period.From.Year || res.Year > m.Period.To.Year {
		return 0, thidua.Invalid(op, "result", key, "year", "year %d outside movement period %s", res.Year, m.Period)
	}
	if err := checkValue(op, "result", key, "actual", m.Targets[i].Measure, res.Actual); err != nil {
		return 0, err
	}
	if err := r.checkParticipant(ctx, op, "result", key, m, res.Year, res.Participant); err != nil {
		return 0, err
	}
	dup, err := rd.HasResult(ctx, res.Movement, res.Target, res.Year, res.Participant)
	if err != nil {
		return 0, thidua.E(op, "result", key, "", err)
	}
	if dup {
		return 0, thidua.Conflict(op, "result", key, "result exists")
	}
	return i, nil
}

// resultID identifies a result for errors: "movement/year/participant/target".
func resultID(r Result) string {
	return Registration{Movement: r.Movement, Year: r.Year, Participant: r.Participant}.key() + "/" + r.Target
}

// CheckAddScoreTable checks a scoring table before [Store.AddScoreTable]:
// [ScoreTable.Validate] and an ID not in use (ErrConflict). It returns the
// table cleaned, compiled.
func (r *Rules) CheckAddScoreTable(ctx context.Context, rd Reader, t ScoreTable) (*Scorer, error) {
	const op = opAddScoreTable
	sc, err := NewScorer(t.cleaned())
	if err != nil {
		return nil, err
	}
	_, ok, err := rd.FindScorer(ctx, t.ID)
	if err != nil {
		return nil, thidua.E(op, "score table", string(t.ID), "", err)
	}
	if ok {
		return nil, thidua.Conflict(op, "score table", string(t.ID), "table exists")
	}
	return sc, nil
}

// CheckAddScores checks a scorecard before [Store.AddScores] and returns a
// copy to store: a known table, [Scorer.Check], a unit known to the
// directory, and no scorecard yet of the unit on the table (ErrConflict).
func (r *Rules) CheckAddScores(ctx context.Context, rd Reader, c Scorecard) (Scorecard, error) {
	const op = opAddScores
	sc, ok, err := rd.FindScorer(ctx, c.Table)
	if err != nil {
		return Scorecard{}, thidua.E(op, "scorecard", string(c.Unit), "table", err)
	}
	if !ok {
		return Scorecard{}, thidua.Invalid(op, "scorecard", string(c.Unit), "table", "unknown table %q", c.Table)
	}
	if err := sc.Check(c); err != nil {
		return Scorecard{}, err
	}
	if _, err := r.checkUnit(ctx, op, "scorecard", string(c.Unit), "unit", c.Unit); err != nil {
		return Scorecard{}, err
	}
	dup, err := rd.HasScores(ctx, c.Table, c.Unit)
	if err != nil {
		return Scorecard{}, thidua.E(op, "scorecard", string(c.Unit), "", err)
	}
	if dup {
		return Scorecard{}, thidua.Conflict(op, "scorecard", string(c.Unit), "unit already scored on table %q", c.Table)
	}
	return c.clone(), nil
}

// CheckAddCluster checks a cluster before [Store.AddCluster] and returns it
// cleaned: [Cluster.Validate], members known to the directory, an ID not in
// use (ErrConflict), a known table, and no member already in another
// cluster of the same kind in the same year (ErrConflict).
func (r *Rules) CheckAddCluster(ctx context.Context, rd Reader, c Cluster) (Cluster, error) {
	const op = opAddCluster
	if err := c.Validate(); err != nil {
		return Cluster{}, err
	}
	c = c.cleaned()
	for _, u := range c.Members {
		if _, err := r.checkUnit(ctx, op, "cluster", string(c.ID), "members", u); err != nil {
			return Cluster{}, err
		}
	}
	_, ok, err := rd.FindCluster(ctx, c.ID)
	if err != nil {
		return Cluster{}, thidua.E(op, "cluster", string(c.ID), "", err)
	}
	if ok {
		return Cluster{}, thidua.Conflict(op, "cluster", string(c.ID), "cluster exists")
	}
	if c.Table != "" {
		_, ok, err := rd.FindScorer(ctx, c.Table)
		if err != nil {
			return Cluster{}, thidua.E(op, "cluster", string(c.ID), "table", err)
		}
		if !ok {
			return Cluster{}, thidua.Invalid(op, "cluster", string(c.ID), "table", "unknown table %q", c.Table)
		}
	}
	for _, u := range c.Members {
		other, ok, err := rd.ClusterOf(ctx, u, c.Year, c.Kind)
		if err != nil {
			return Cluster{}, thidua.E(op, "cluster", string(c.ID), "members", err)
		}
		if ok {
			return Cluster{}, thidua.Conflict(op, "cluster", string(c.ID),
				"unit %q already in %s %q in %d", u, c.Kind, other, c.Year)
		}
	}
	if len(c.Ranking) == 0 {
		c.Ranking = nil
	}
	return c, nil
}

// CheckSetRanking checks a ranking before [Store.SetRanking]: a known
// cluster (ErrNotFound), a ranking [Cluster.Validate] accepts for its
// members and not empty (ErrInvalid: clearing a decided ranking is a
// correction), and a cluster not ranked yet (ErrConflict). It returns the
// ranking to store, a copy. The store checks again, under its write lock
// or in its transaction, that the cluster is still unranked
// ([Rules.RecheckRanking] with nil).
func (r *Rules) CheckSetRanking(ctx context.Context, rd Reader, id ClusterID, ranking []Rank) ([]Rank, error) {
	const op = opSetRanking
	c, err := findRanked(ctx, rd, op, id, ranking)
	if err != nil {
		return nil, err
	}
	if len(ranking) == 0 {
		return nil, thidua.Invalid(op, "cluster", string(id), "ranking",
			"empty ranking: a decided ranking is cleared as a correction, with ReplaceRanking and a reason")
	}
	if len(c.Ranking) > 0 {
		return nil, thidua.Conflict(op, "cluster", string(id),
			"cluster ranked already: a decided ranking is replaced as a correction, with ReplaceRanking and a reason")
	}
	return slices.Clone(ranking), nil
}

// CheckReplaceRanking checks a ranking before [Store.ReplaceRanking]: a
// known cluster that is ranked (ErrNotFound), a ranking [Cluster.Validate]
// accepts for its members, empty to clear it, and different from the
// stored one, and a valid correction c (ErrInvalid). It returns the
// ranking to store (nil to clear) and the version it replaces, with c
// normalised, to keep. The store checks again, under its write lock or in
// its transaction, that the stored ranking is still old.Old
// ([Rules.RecheckRanking]).
func (r *Rules) CheckReplaceRanking(ctx context.Context, rd Reader, id ClusterID, ranking []Rank, c thidua.Correction) ([]Rank, RankingCorrection, error) {
	const op = opReplaceRanking
	cl, err := findRanked(ctx, rd, op, id, ranking)
	if err != nil {
		return nil, RankingCorrection{}, err
	}
	if err := c.Check(op, "cluster", string(id)); err != nil {
		return nil, RankingCorrection{}, err
	}
	if len(cl.Ranking) == 0 {
		return nil, RankingCorrection{}, thidua.E(op, "cluster", string(id), "ranking",
			fmt.Errorf("%w: cluster not ranked: nothing to replace (set the first ranking with SetRanking)", thidua.ErrNotFound))
	}
	if slices.Equal(cl.Ranking, ranking) {
		return nil, RankingCorrection{}, thidua.Invalid(op, "cluster", string(id), "ranking", "ranking unchanged")
	}
	old := RankingCorrection{Cluster: id, Old: slices.Clone(cl.Ranking), Correction: c.Normalize()}
	if len(ranking) == 0 {
		return nil, old, nil
	}
	return slices.Clone(ranking), old, nil
}

// findRanked returns the cluster id, and checks ranking for its members:
// ErrNotFound for an unknown cluster, ErrInvalid for a ranking
// [Cluster.Validate] rejects.
func findRanked(ctx context.Context, rd Reader, op string, id ClusterID, ranking []Rank) (Cluster, error) {
	c, ok, err := rd.FindCluster(ctx, id)
	if err != nil {
		return Cluster{}, thidua.E(op, "cluster", string(id), "", err)
	}
	if !ok {
		return Cluster{}, thidua.NotFound(op, "cluster", string(id))
	}
	if err := validateRanking(op, string(id), c.Members, ranking); err != nil {
		return Cluster{}, err
	}
	return c, nil
}

// RecheckRanking is called by a store under its write lock, or in its
// write transaction, with the ranking of cluster id stored now and the one
// its check saw (nil for [Rules.CheckSetRanking], the old version for
// [Rules.CheckReplaceRanking]): ErrConflict if another writer changed it
// in between, so that no write overwrites a ranking it did not see.
func (r *Rules) RecheckRanking(id ClusterID, seen, stored []Rank) error {
	if slices.Equal(seen, stored) {
		return nil
	}
	if len(seen) == 0 {
		return thidua.Conflict(opSetRanking, "cluster", string(id), "cluster ranked by another writer meanwhile")
	}
	return thidua.Conflict(opReplaceRanking, "cluster", string(id), "ranking changed by another writer meanwhile: read it again")
}

// CheckAddHistory checks the replaced versions in h before
// [Store.AddHistory] and returns them normalised: each naming a known
// cluster, with an old ranking that is not empty and that
// [Cluster.Validate] accepts for the cluster's members, and a valid
// correction; else ErrInvalid.
func (r *Rules) CheckAddHistory(ctx context.Context, rd Reader, h History) (History, error) {
	const op = opAddHistory
	var out History
	for _, rc := range h.Rankings {
		id := string(rc.Cluster)
		if err := checkID(op, "cluster", id, "cluster", id); err != nil {
			return History{}, err
		}
		c, ok, err := rd.FindCluster(ctx, rc.Cluster)
		if err != nil {
			return History{}, thidua.E(op, "cluster", id, "", err)
		}
		if !ok {
			return History{}, thidua.Invalid(op, "cluster", id, "cluster", "unknown cluster %q", id)
		}
		if len(rc.Old) == 0 {
			return History{}, thidua.Invalid(op, "cluster", id, "old", "empty old ranking: only a decided ranking is replaced")
		}
		if err := validateRanking(op, id, c.Members, rc.Old); err != nil {
			return History{}, err
		}
		if err := rc.Correction.Check(op, "cluster", id); err != nil {
			return History{}, err
		}
		out.Rankings = append(out.Rankings, RankingCorrection{Cluster: rc.Cluster, Old: slices.Clone(rc.Old), Correction: rc.Correction.Normalize()})
	}
	return out, nil
}

// CheckAddInitiative checks an initiative before [Store.AddInitiative] and
// returns it cleaned: [Initiative.Validate] and authors known to the
// directory, and an ID not in use (ErrConflict).
func (r *Rules) CheckAddInitiative(ctx context.Context, rd Reader, in Initiative) (Initiative, error) {
	const op = opAddInitiative
	if err := in.Validate(); err != nil {
		return Initiative{}, err
	}
	in = in.cleaned()
	for _, a := range in.Authors {
		if _, err := r.checkPerson(ctx, op, "initiative", string(in.ID), "authors", a.Person); err != nil {
			return Initiative{}, err
		}
	}
	ok, err := rd.HasInitiative(ctx, in.ID)
	if err != nil {
		return Initiative{}, thidua.E(op, "initiative", string(in.ID), "", err)
	}
	if ok {
		return Initiative{}, thidua.Conflict(op, "initiative", string(in.ID), "initiative exists")
	}
	return in, nil
}

// CheckUseInitiative checks a use before [Store.UseInitiative]: an award
// code and a grant, both IDs by [thidua.CheckID] (ErrInvalid), a known initiative (ErrNotFound), and "one
// achievement, one form" (Luật Thi đua, khen thưởng 2022, Điều 5): no use
// yet for the award code, nor for any award when the rules allow one use
// per initiative (ErrConflict).
func (r *Rules) CheckUseInitiative(ctx context.Context, rd Reader, id InitiativeID, award, grant string) (InitiativeUse, error) {
	const op = opUseInitiative
	if err := checkID(op, "initiative", string(id), "award", award); err != nil {
		return InitiativeUse{}, err
	}
	if err := checkID(op, "initiative", string(id), "grant", grant); err != nil {
		return InitiativeUse{}, err
	}
	ok, err := rd.HasInitiative(ctx, id)
	if err != nil {
		return InitiativeUse{}, thidua.E(op, "initiative", string(id), "", err)
	}
	if !ok {
		return InitiativeUse{}, thidua.NotFound(op, "initiative", string(id))
	}
	uses, err := rd.UsesOf(ctx, id)
	if err != nil {
		return InitiativeUse{}, thidua.E(op, "initiative", string(id), "", err)
	}
	if err := r.checkUses(id, award, uses); err != nil {
		return InitiativeUse{}, err
	}
	return InitiativeUse{Initiative: id, Award: award, Grant: grant}, nil
}

// checkUses applies "one achievement, one form" to a new use of the award
// code given the initiative's earlier uses.
func (r *Rules) checkUses(id InitiativeID, award string, uses []InitiativeUse) error {
	const op = opUseInitiative
	for _, u := range uses {
		if u.Award == award {
			return thidua.Conflict(op, "initiative", string(id), "already used for %q by grant %q", award, u.Grant)
		}
	}
	if r.oneUse && len(uses) > 0 {
		u := slices.MinFunc(uses, func(a, b InitiativeUse) int { return compareStrings(a.Award, b.Award) })
		return thidua.Conflict(op, "initiative", string(id),
			"already used for %q by grant %q: one achievement, one form", u.Award, u.Grant)
	}
	return nil
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// checkUnit asks the directory about unit u (no check without one).
func (r *Rules) checkUnit(ctx context.Context, op, kind, id, field string, u org.UnitID) (org.Unit, error) {
	if r.dir == nil {
		return org.Unit{}, nil
	}
	unit, err := r.dir.Unit(ctx, u)
	if errors.Is(err, thidua.ErrNotFound) {
		return org.Unit{}, thidua.Invalid(op, kind, id, field, "unknown unit %q", u)
	}
	if err != nil {
		return org.Unit{}, thidua.E(op, kind, id, field, err)
	}
	return unit, nil
}

// checkPerson asks the directory about person p (no check without one).
func (r *Rules) checkPerson(ctx context.Context, op, kind, id, field string, p org.PersonID) (org.Person, error) {
	if r.dir == nil {
		return org.Person{}, nil
	}
	person, err := r.dir.Person(ctx, p)
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
func (r *Rules) checkParticipant(ctx context.Context, op, kind, id string, m Movement, year int, p Participant) error {
	if r.dir == nil {
		return nil
	}
	var units []org.UnitID
	if p.IsUnit() {
		if _, err := r.checkUnit(ctx, op, kind, id, "participant", p.Unit); err != nil {
			return err
		}
		units = []org.UnitID{p.Unit}
	} else {
		person, err := r.checkPerson(ctx, op, kind, id, "participant", p.Person)
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
		ok, err := r.within(ctx, u, m.Participants)
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
func (r *Rules) within(ctx context.Context, u org.UnitID, roots []org.UnitID) (bool, error) {
	seen := map[org.UnitID]bool{}
	for u != "" && !seen[u] {
		if slices.Contains(roots, u) {
			return true, nil
		}
		seen[u] = true
		unit, err := r.dir.Unit(ctx, u)
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
