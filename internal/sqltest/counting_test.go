package sqltest_test

import (
	"context"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/shopspring/decimal"
	_ "modernc.org/sqlite"

	"github.com/thidua-go/thidua/internal/sqldb"
	"github.com/thidua-go/thidua/internal/sqltest"
)

func TestCounting(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := context.Background()
			raw, c := e.Counting(t)
			db, err := sqldb.Open(ctx, raw)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := raw.ExecContext(ctx, "CREATE TABLE m (id TEXT PRIMARY KEY, amount TEXT NOT NULL)"); err != nil {
				t.Fatal(err)
			}
			c.Reset()
			amt := decimal.RequireFromString("1234567890123456789.25")
			for i, id := range []string{"a", "b", "c"} {
				if _, err := raw.ExecContext(ctx, db.Q("INSERT INTO m (id, amount) VALUES (?, ?)"), id, amt.Add(decimal.NewFromInt(int64(i)))); err != nil {
					t.Fatal(err)
				}
			}
			var got decimal.Decimal
			if err := raw.QueryRowContext(ctx, db.Q("SELECT amount FROM m WHERE id = ?"), "c").Scan(&got); err != nil {
				t.Fatal(err)
			}
			if !got.Equal(amt.Add(decimal.NewFromInt(2))) {
				t.Fatalf("amount %s, want %s", got, amt.Add(decimal.NewFromInt(2)))
			}
			if n := c.Load(); n != 4 {
				t.Fatalf("counted %d statements, want 4", n)
			}
		})
	}
}
