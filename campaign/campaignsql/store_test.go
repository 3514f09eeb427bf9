package campaignsql_test

import (
	"context"
	"database/sql"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaignsql"
	"github.com/thidua-go/thidua/campaign/campaigntest"
	"github.com/thidua-go/thidua/internal/sqltest"
)

// open migrates db and opens a store on it with opts.
func open(t testing.TB, db *sql.DB, opts *campaign.Options) *campaignsql.Store {
	t.Helper()
	ctx := context.Background()
	if err := campaignsql.Migrate(ctx, db); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	s, err := campaignsql.Open(ctx, db, campaignsql.WithOptions(opts))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestStore(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			campaigntest.RunStoreTests(t, func(t *testing.T) campaign.Store {
				return open(t, e.Open(t), campaigntest.Options())
			})
		})
	}
}

func TestOneUse(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			campaigntest.RunOneUseTests(t, func(t *testing.T) campaign.Store {
				opts := campaigntest.Options()
				opts.OneUsePerInitiative = true
				return open(t, e.Open(t), opts)
			})
		})
	}
}
