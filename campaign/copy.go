package campaign

import (
	"context"
	"fmt"
	"slices"

	"github.com/thidua-go/thidua"
)

// Copy copies everything src holds into dst: scoring tables, movements
// (each parent before its drives), registrations, results, scorecards,
// clusters with their rankings, the history of the rankings replaced by
// corrections ([Store.History], kept in dst with [Store.AddHistory]),
// initiatives and their uses. It is how a
// unit moves its data to another store: memory to SQLite, SQLite to
// PostgreSQL.
//
// Every record goes through dst's own write methods, so dst applies its
// rules ([Rules]) to what it receives: its directory must know the units
// and people the records name, and a dst that allows one use per
// initiative refuses an initiative src used for two awards. A record whose
// ID or key dst already holds is ErrConflict.
//
// Copy is atomic when dst is a [Batcher] (the SQL stores of package
// campaignsql are): everything is written in one batch, and on an error
// dst is left as it was. Otherwise (a [MemStore]) each record is written
// on its own, and on an error dst keeps what was copied before it: copy
// into an empty dst, and start again with a fresh one if it fails. src
// should not change while Copy runs.
func Copy(ctx context.Context, dst, src Store) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if b, ok := dst.(Batcher); ok {
		return b.Batch(ctx, func(tx Store) error { return copyAll(ctx, tx, src) })
	}
	return copyAll(ctx, dst, src)
}

// Batcher is a [Store] that can make several writes one: Batch runs fn
// with a view of the store whose writes take effect together when fn
// returns nil, and not at all when it returns an error. The view applies
// the store's rules and reads its own writes. fn may run more than once
// (a SQL store retries a transaction that lost a race) and must return
// the first error a write gives.
type Batcher interface {
	Store
	Batch(ctx context.Context, fn func(Store) error) error
}

// copyAll writes everything src holds into dst, record by record.
func copyAll(ctx context.Context, dst, src Store) error {
	const op = "campaign: copy"
	wrap := func(what string, err error) error {
		return thidua.E(op, what, "", "", err)
	}
	tables, err := src.ScoreTables(ctx)
	if err != nil {
		return wrap("score table", err)
	}
	for _, t := range tables {
		if err := dst.AddScoreTable(ctx, t); err != nil {
			return wrap("score table", err)
		}
	}
	movements, err := src.Movements(ctx, MovementFilter{})
	if err != nil {
		return wrap("movement", err)
	}
	for _, m := range parentsFirst(movements) {
		if err := dst.AddMovement(ctx, m); err != nil {
			return wrap("movement", err)
		}
	}
	regs, err := src.Registrations(ctx, RegistrationFilter{})
	if err != nil {
		return wrap("registration", err)
	}
	for _, r := range regs {
		if err := dst.Register(ctx, r); err != nil {
			return wrap("registration", err)
		}
	}
	results, err := src.Results(ctx, RegistrationFilter{})
	if err != nil {
		return wrap("result", err)
	}
	for _, r := range results {
		if err := dst.AddResult(ctx, r); err != nil {
			return wrap("result", err)
		}
	}
	for _, t := range tables {
		cards, err := src.Scores(ctx, t.ID)
		if err != nil {
			return wrap("scorecard", err)
		}
		for _, c := range cards {
			if err := dst.AddScores(ctx, c); err != nil {
				return wrap("scorecard", err)
			}
		}
	}
	clusters, err := src.Clusters(ctx, ClusterFilter{})
	if err != nil {
		return wrap("cluster", err)
	}
	for _, c := range clusters {
		if err := dst.AddCluster(ctx, c); err != nil {
			return wrap("cluster", err)
		}
	}
	hist, err := src.History(ctx)
	if err != nil {
		return wrap("history", err)
	}
	if !hist.IsZero() {
		if err := dst.AddHistory(ctx, hist); err != nil {
			return wrap("history", err)
		}
	}
	inits, err := src.Initiatives(ctx, InitiativeFilter{})
	if err != nil {
		return wrap("initiative", err)
	}
	for _, in := range inits {
		if err := dst.AddInitiative(ctx, in); err != nil {
			return wrap("initiative", err)
		}
	}
	uses, err := src.Uses(ctx, UseFilter{})
	if err != nil {
		return wrap("initiative use", err)
	}
	for _, u := range uses {
		if err := dst.UseInitiative(ctx, u.Initiative, u.Award, u.Grant); err != nil {
			return wrap("initiative use", err)
		}
	}
	return nil
}

// parentsFirst orders movements so that each parent comes before its
// drives, keeping ID order otherwise. A movement whose parent is not in the
// list (it cannot be, in a store) goes last, so that dst reports it.
func parentsFirst(ms []Movement) []Movement {
	byID := make(map[MovementID]Movement, len(ms))
	for _, m := range ms {
		byID[m.ID] = m
	}
	out := make([]Movement, 0, len(ms))
	done := make(map[MovementID]bool, len(ms))
	var visit func(m Movement, depth int)
	visit = func(m Movement, depth int) {
		if done[m.ID] || depth > len(ms) {
			return
		}
		if p, ok := byID[m.Parent]; ok && m.Parent != "" {
			visit(p, depth+1)
		}
		if !done[m.ID] {
			done[m.ID] = true
			out = append(out, m)
		}
	}
	for _, m := range ms {
		visit(m, 0)
	}
	return slices.Clip(out)
}

// Snapshot is everything a [Store] holds, read through its listing
// methods: what [Copy] moves, and what two stores must agree on once it
// has.
type Snapshot struct {
	Movements     []Movement
	Registrations []Registration
	Results       []Result
	ScoreTables   []ScoreTable
	Scorecards    []Scorecard // by table, then unit
	Clusters      []Cluster
	Initiatives   []Initiative
	Uses          []InitiativeUse
	History       History // the versions replaced by corrections
}

// TakeSnapshot reads everything s holds. It is not atomic across the
// listings; take it while s does not change.
func TakeSnapshot(ctx context.Context, s Store) (Snapshot, error) {
	var snap Snapshot
	var err error
	wrap := func(what string, err error) error { return fmt.Errorf("campaign: snapshot of %s: %w", what, err) }
	if snap.Movements, err = s.Movements(ctx, MovementFilter{}); err != nil {
		return Snapshot{}, wrap("movements", err)
	}
	if snap.Registrations, err = s.Registrations(ctx, RegistrationFilter{}); err != nil {
		return Snapshot{}, wrap("registrations", err)
	}
	if snap.Results, err = s.Results(ctx, RegistrationFilter{}); err != nil {
		return Snapshot{}, wrap("results", err)
	}
	if snap.ScoreTables, err = s.ScoreTables(ctx); err != nil {
		return Snapshot{}, wrap("score tables", err)
	}
	for _, t := range snap.ScoreTables {
		cards, err := s.Scores(ctx, t.ID)
		if err != nil {
			return Snapshot{}, wrap("scores", err)
		}
		snap.Scorecards = append(snap.Scorecards, cards...)
	}
	if snap.Clusters, err = s.Clusters(ctx, ClusterFilter{}); err != nil {
		return Snapshot{}, wrap("clusters", err)
	}
	if snap.Initiatives, err = s.Initiatives(ctx, InitiativeFilter{}); err != nil {
		return Snapshot{}, wrap("initiatives", err)
	}
	if snap.Uses, err = s.Uses(ctx, UseFilter{}); err != nil {
		return Snapshot{}, wrap("uses", err)
	}
	if snap.History, err = s.History(ctx); err != nil {
		return Snapshot{}, wrap("history", err)
	}
	return snap, nil
}
