package main

import (
	"context"
	"database/sql"
	"fmt"

	// The SQLite driver (pure Go). The library itself imports no driver:
	// the caller opens the *sql.DB with the driver of its choice.
	_ "modernc.org/sqlite"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardsql"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaignsql"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/contribution/contributionsql"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgsql"
)

// sqliteDSN opens path with foreign keys on, the WAL journal, a busy
// timeout and immediate write transactions, as the SQL stores recommend.
func sqliteDSN(path string) string {
	return "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_txlock=immediate"
}

// openDB keeps the example's data in the SQLite file at path. It creates or
// migrates the four schemas; if the file holds no units yet, it builds the
// data in memory and copies every store into the file (org, campaign,
// award, contribution, in the order their references need); otherwise it
// reads what the file holds. Either way the summary is built from the file.
func openDB(ctx context.Context, path string) (*stores, func() error, error) {
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, nil, err
	}
	fail := func(err error) (*stores, func() error, error) {
		db.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	s, err := openStores(ctx, db)
	if err != nil {
		return fail(err)
	}
	filled, err := s.filled(ctx)
	if err != nil {
		return fail(err)
	}
	switch filled {
	case 0:
		mem, err := build(ctx)
		if err != nil {
			return fail(err)
		}
		if err := copyStores(ctx, s, mem); err != nil {
			return fail(err)
		}
	case 4:
	default:
		// A first run stopped half-way (the copies of the four stores are
		// four transactions): refuse rather than print a summary of part
		// of the data.
		return fail(fmt.Errorf("the file holds %d of the 4 stores' data: an earlier run was interrupted; delete the file and run again", filled))
	}
	return s, db.Close, nil
}

// openStores creates or migrates the four schemas on db and opens the
// example's stores on it, with the catalogue, scale and checks build uses.
func openStores(ctx context.Context, db *sql.DB) (*stores, error) {
	for _, migrate := range []func(context.Context, *sql.DB) error{orgsql.Migrate, campaignsql.Migrate, awardsql.Migrate, contributionsql.Migrate} {
		if err := migrate(ctx, db); err != nil {
			return nil, err
		}
	}
	sc, err := scale()
	if err != nil {
		return nil, err
	}
	cat := award.JusticeCatalogue()
	s := &stores{catalogue: cat, scale: sc}
	if s.org, err = orgsql.Open(ctx, db); err != nil {
		return nil, err
	}
	if s.campaign, err = campaignsql.Open(ctx, db, campaignsql.WithOptions(&campaign.Options{Directory: s.org})); err != nil {
		return nil, err
	}
	if s.award, err = awardsql.Open(ctx, db, award.WithCatalogue(cat)); err != nil {
		return nil, err
	}
	movements := contribution.MovementsFunc(func(ctx context.Context, id string) (thidua.Period, error) {
		m, err := s.campaign.Movement(ctx, campaign.MovementID(id))
		return m.Period, err
	})
	if s.contribution, err = contributionsql.Open(ctx, db, contributionsql.WithOptions(&contribution.Options{Movements: movements})); err != nil {
		return nil, err
	}
	return s, nil
}

// copyStores copies every store of src into dst, in the order their
// references need: org, campaign, award, contribution.
func copyStores(ctx context.Context, dst, src *stores) error {
	for _, copy := range []func() error{
		func() error { return org.Copy(ctx, dst.org, src.org) },
		func() error { return campaign.Copy(ctx, dst.campaign, src.campaign) },
		func() error { return award.Copy(ctx, dst.award, src.award) },
		func() error { return contribution.Copy(ctx, dst.contribution, src.contribution) },
	} {
		if err := copy(); err != nil {
			return err
		}
	}
	return nil
}

// filled counts the stores that hold data: 0 for a new file, 4 once the
// example's data is in.
func (s *stores) filled(ctx context.Context) (int, error) {
	n := 0
	units, err := s.org.Units(ctx, org.UnitFilter{})
	if err != nil {
		return 0, err
	}
	movements, err := s.campaign.Movements(ctx, campaign.MovementFilter{})
	if err != nil {
		return 0, err
	}
	decisions, err := s.award.Decisions(ctx, award.DecisionFilter{WithoutGrants: true})
	if err != nil {
		return 0, err
	}
	entries, err := s.contribution.List(ctx, contribution.Filter{})
	if err != nil {
		return 0, err
	}
	for _, l := range []int{len(units), len(movements), len(decisions), len(entries)} {
		if l > 0 {
			n++
		}
	}
	return n, nil
}
