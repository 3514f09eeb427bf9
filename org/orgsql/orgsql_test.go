package orgsql_test

import (
	"context"
	"database/sql"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/thidua-go/thidua/internal/sqltest"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgsql"
	"github.com/thidua-go/thidua/org/orgtest"
)

var bg = context.Background()

// open migrates db and opens a store on it, failing t on error.
func open(t testing.TB, db *sql.DB, opts ...orgsql.Option) *orgsql.Store {
	t.Helper()
	if err := orgsql.Migrate(bg, db); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	s, err := orgsql.Open(bg, db, opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestStore(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			orgtest.RunStoreTests(t, func(t *testing.T) org.Store { return open(t, e.Open(t)) })
		})
	}
}

func TestScale(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			orgtest.RunScaleTests(t, func(t *testing.T, sc org.Scale) org.Store {
				return open(t, e.Open(t), orgsql.WithScale(sc))
			})
		})
	}
}
