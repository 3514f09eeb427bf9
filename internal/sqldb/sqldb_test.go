package sqldb_test

import (
	"context"
	"database/sql"
	"errors"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/sqldb"
	"github.com/thidua-go/thidua/internal/sqltest"
)

func migrations(extra bool) fstest.MapFS {
	fs := fstest.MapFS{
		"m/sqlite/0001_init.sql":   {Data: []byte("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, n INTEGER NOT NULL CHECK (n >= 0));\nCREATE INDEX IF NOT EXISTS t_n ON t (n);\n")},
		"m/postgres/0001_init.sql": {Data: []byte("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, n INTEGER NOT NULL CHECK (n >= 0));\nCREATE INDEX IF NOT EXISTS t_n ON t (n);\n")},
	}
	if extra {
		fs["m/sqlite/0002_more.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE IF NOT EXISTS u (id TEXT PRIMARY KEY);")}
		fs["m/postgres/0002_more.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE IF NOT EXISTS u (id TEXT PRIMARY KEY);")}
	}
	return fs
}

func TestRebind(t *testing.T) {
	got := sqldb.Rebind("SELECT '?' FROM t WHERE a = ? AND b = ? AND c = \"?\"")
	want := "SELECT '?' FROM t WHERE a = $1 AND b = $2 AND c = \"?\""
	if got != want {
		t.Fatalf("Rebind = %q, want %q", got, want)
	}
}

func TestSplitStatements(t *testing.T) {
	got := sqldb.SplitStatements("-- comment\nCREATE TABLE a (\n x INT\n);\n\nCREATE INDEX i ON a (x);\n")
	if len(got) != 2 || got[0] != "CREATE TABLE a (\n x INT\n)" || got[1] != "CREATE INDEX i ON a (x)" {
		t.Fatalf("SplitStatements = %q", got)
	}
}

func TestEngines(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := context.Background()
			raw := e.Open(t)
			db, err := sqldb.Open(ctx, raw)
			if err != nil {
				t.Fatal(err)
			}
			if db.Dialect.String() != e.Name {
				t.Fatalf("dialect %v, want %s", db.Dialect, e.Name)
			}
			v1, err := sqldb.LoadMigrations(migrations(false), "m", db.Dialect)
			if err != nil {
				t.Fatal(err)
			}
			v2, err := sqldb.LoadMigrations(migrations(true), "m", db.Dialect)
			if err != nil {
				t.Fatal(err)
			}
			if err := sqldb.CheckVersion(ctx, db, "x", v1); !errors.Is(err, sqldb.ErrSchemaTooOld) {
				t.Fatalf("CheckVersion before migrating = %v, want ErrSchemaTooOld", err)
			}
			// Two migrations at once end in one schema.
			var wg sync.WaitGroup
			errs := make([]error, 4)
			for i := range errs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					errs[i] = sqldb.Migrate(ctx, db, "x", v2)
				}()
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					t.Fatalf("concurrent Migrate: %v", err)
				}
			}
			if err := sqldb.Migrate(ctx, db, "x", v2); err != nil {
				t.Fatalf("second Migrate: %v", err)
			}
			if err := sqldb.CheckVersion(ctx, db, "x", v2); err != nil {
				t.Fatalf("CheckVersion: %v", err)
			}
			if err := sqldb.CheckVersion(ctx, db, "x", v1); !errors.Is(err, sqldb.ErrSchemaTooNew) {
				t.Fatalf("CheckVersion with older code = %v, want ErrSchemaTooNew", err)
			}
			if err := sqldb.Migrate(ctx, db, "x", v1); !errors.Is(err, sqldb.ErrSchemaTooNew) {
				t.Fatalf("Migrate with older code = %v, want ErrSchemaTooNew", err)
			}
			// Errors classify into the sentinels.
			ins := db.Q("INSERT INTO t (id, n) VALUES (?, ?)")
			if err := db.Tx(ctx, func(tx *sql.Tx) error { _, err := tx.ExecContext(ctx, ins, "a", 1); return err }); err != nil {
				t.Fatal(err)
			}
			err = db.Tx(ctx, func(tx *sql.Tx) error { _, err := tx.ExecContext(ctx, ins, "a", 2); return err })
			if err := sqldb.Classify("x: add", "t", "a", err); !errors.Is(err, thidua.ErrConflict) {
				t.Fatalf("duplicate key = %v, want ErrConflict", err)
			}
			err = db.Tx(ctx, func(tx *sql.Tx) error { _, err := tx.ExecContext(ctx, ins, "b", -1); return err })
			if err := sqldb.Classify("x: add", "t", "b", err); !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("check violation = %v, want ErrInvalid", err)
			}
			// Concurrent increments in transactions are neither lost nor doubled.
			upd := db.Q("UPDATE t SET n = ? WHERE id = ?")
			sel := db.Q("SELECT n FROM t WHERE id = ?")
			var wg2 sync.WaitGroup
			for range 8 {
				wg2.Add(1)
				go func() {
					defer wg2.Done()
					for range 10 {
						err := db.Tx(ctx, func(tx *sql.Tx) error {
							var n int
							if err := tx.QueryRowContext(ctx, sel, "a").Scan(&n); err != nil {
								return err
							}
							_, err := tx.ExecContext(ctx, upd, n+1, "a")
							return err
						})
						if err != nil {
							t.Error(err)
							return
						}
					}
				}()
			}
			wg2.Wait()
			var n int
			if err := raw.QueryRow(sel, "a").Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 81 {
				t.Fatalf("n = %d after 80 increments from 1, want 81", n)
			}
			cctx, cancel := context.WithCancel(ctx)
			cancel()
			if err := db.Tx(cctx, func(tx *sql.Tx) error { return nil }); !errors.Is(err, context.Canceled) {
				t.Fatalf("Tx with cancelled context = %v", err)
			}
		})
	}
}

// On SQLite with immediate write transactions (the recommended DSN), a read
// transaction does not queue behind a writer: it reads the last committed
// snapshot while another connection holds the write lock.
func TestReadTxDoesNotWaitForWriter(t *testing.T) {
	ctx := context.Background()
	raw := sqltest.SQLite(t)
	db, err := sqldb.Open(ctx, raw)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.ExecContext(ctx, "CREATE TABLE r (id TEXT PRIMARY KEY)"); err != nil {
		t.Fatal(err)
	}
	writer, err := raw.BeginTx(ctx, nil) // BEGIN IMMEDIATE: holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Rollback()
	if _, err := writer.ExecContext(ctx, "INSERT INTO r (id) VALUES ('x')"); err != nil {
		t.Fatal(err)
	}
	rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	var n int
	err = db.ReadTx(rctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(rctx, "SELECT COUNT(*) FROM r").Scan(&n)
	})
	if err != nil {
		t.Fatalf("ReadTx while a writer holds the lock: %v", err)
	}
	if n != 0 {
		t.Fatalf("read %d rows, want the committed 0", n)
	}
}
