package sqltest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// EnvPostgres names the variable holding the PostgreSQL URL for tests.
const EnvPostgres = "THIDUA_TEST_POSTGRES"

// EnvRequired, set to 1, turns a missing PostgreSQL into a failure.
const EnvRequired = "THIDUA_TEST_POSTGRES_REQUIRED"

// SQLiteDSN returns the modernc.org/sqlite data source name for the file
// path: foreign keys on, WAL journal, a busy timeout and immediate write
// transactions, as the SQL stores recommend.
func SQLiteDSN(path string) string {
	return "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate"
}

// SQLitePath returns a path for a new database file in t's temporary
// folder.
func SQLitePath(t testing.TB) string {
	return filepath.Join(t.TempDir(), "thidua.db")
}

// SQLite opens a new, empty SQLite database file for t and closes it when
// t ends.
func SQLite(t testing.TB) *sql.DB {
	t.Helper()
	return OpenSQLite(t, SQLitePath(t))
}

// OpenSQLite opens the SQLite file at path for t and closes it when t ends.
func OpenSQLite(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", SQLiteDSN(path))
	if err != nil {
		t.Fatalf("sqltest: open sqlite (import _ \"modernc.org/sqlite\" in the test): %v", err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Ping(); err != nil {
		t.Fatalf("sqltest: ping sqlite: %v", err)
	}
	return db
}

// PostgresURL returns the base URL of the test server, skipping t (or
// failing it when EnvRequired is set) if there is none.
func PostgresURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvPostgres)
	if u == "" {
		if os.Getenv(EnvRequired) == "1" {
			t.Fatalf("sqltest: %s is not set but %s=1", EnvPostgres, EnvRequired)
		}
		t.Skipf("sqltest: set %s to a PostgreSQL URL to run this test", EnvPostgres)
	}
	return u
}

// Postgres creates a fresh schema on the test server, opens a database
// whose search_path is that schema, and drops the schema when t ends.
func Postgres(t testing.TB) *sql.DB {
	t.Helper()
	dsn, drop := PostgresSchema(t)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatalf("sqltest: open postgres (import _ \"github.com/jackc/pgx/v5/stdlib\" in the test): %v", err)
	}
	db.SetMaxOpenConns(8)
	t.Cleanup(func() {
		db.Close()
		drop()
	})
	return db
}

// PostgresSchema creates a fresh schema on the test server and returns the
// URL of a connection that uses it, and a function that drops it (also run
// when t ends).
func PostgresSchema(t testing.TB) (dsn string, drop func()) {
	t.Helper()
	base := PostgresURL(t)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("sqltest: open postgres (import _ \"github.com/jackc/pgx/v5/stdlib\" in the test): %v", err)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		t.Fatalf("sqltest: create schema: %v", err)
	}
	u, err := url.Parse(base)
	if err != nil {
		admin.Close()
		t.Fatalf("sqltest: %s: %v", EnvPostgres, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	dropped := false
	drop = func() {
		if dropped {
			return
		}
		dropped = true
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_, _ = admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	}
	t.Cleanup(drop)
	return u.String(), drop
}

// Engine is a database engine the SQL store tests run on.
type Engine struct {
	Name string
	// Open returns a fresh, empty database for t.
	Open func(t testing.TB) *sql.DB
}

// Engines returns SQLite and PostgreSQL; the PostgreSQL leg skips (or
// fails, see EnvRequired) when no server is configured.
func Engines() []Engine {
	return []Engine{{Name: "sqlite", Open: SQLite}, {Name: "postgres", Open: Postgres}}
}

// Counting returns engine e's fresh database for t opened through a
// statement counter (see OpenCounting).
func (e Engine) Counting(t testing.TB) (*sql.DB, *Counter) {
	t.Helper()
	var driverName, dsn string
	switch e.Name {
	case "sqlite":
		driverName, dsn = "sqlite", SQLiteDSN(SQLitePath(t))
	case "postgres":
		driverName = "pgx"
		dsn, _ = PostgresSchema(t)
	default:
		t.Fatalf("sqltest: unknown engine %q", e.Name)
	}
	db, c, err := OpenCounting(driverName, dsn)
	if err != nil {
		t.Fatalf("sqltest: open %s: %v", e.Name, err)
	}
	if e.Name == "postgres" {
		db.SetMaxOpenConns(8)
	}
	t.Cleanup(func() { db.Close() })
	return db, c
}
