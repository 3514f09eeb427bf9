package awardsql_test

import (
	"context"
	"database/sql"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardsql"
	"github.com/thidua-go/thidua/award/awardtest"
	"github.com/thidua-go/thidua/internal/sqltest"
)

// open migrates db and opens the store over it.
func open(t testing.TB, db *sql.DB, opts ...award.Option) *awardsql.Store {
	t.Helper()
	ctx := context.Background()
	if err := awardsql.Migrate(ctx, db); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	s, err := awardsql.Open(ctx, db, opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestConformance(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			awardtest.RunStoreTests(t, func(t *testing.T) award.Store { return open(t, e.Open(t)) })
		})
	}
}

func TestDirectory(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			awardtest.RunDirectoryTests(t, func(t *testing.T, opts ...award.Option) award.Store { return open(t, e.Open(t), opts...) })
		})
	}
}
