package awardsql

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/sqldb"
)

//go:embed migrations
var migrations embed.FS

// Migrations returns the schema migrations of the award component:
// sqlite/NNNN_name.sql and postgres/NNNN_name.sql, for an application that
// applies them with its own tool. Each statement is one idempotent DDL step.
func Migrations() fs.FS {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		panic(err) // the embedded folder exists
	}
	return sub
}

// component names the award schema in the table of applied migrations.
const component = "award"

// Errors of the schema and of the database, as package sqldb defines them.
var (
	// ErrSchemaTooNew: the database was migrated by a newer program.
	ErrSchemaTooNew = sqldb.ErrSchemaTooNew
	// ErrSchemaTooOld: the database lacks migrations; run [Migrate].
	ErrSchemaTooOld = sqldb.ErrSchemaTooOld
	// ErrStorage is matched by every failure of the database that is not
	// a rule of the domain.
	ErrStorage = sqldb.ErrStorage
)

// Migrate creates or migrates the award schema of db. It is safe to run
// twice and from two processes at once; ErrSchemaTooNew if a newer program
// made the schema.
func Migrate(ctx context.Context, db *sql.DB) error {
	h, err := sqldb.Open(ctx, db)
	if err != nil {
		return err
	}
	ms, err := sqldb.LoadMigrations(migrations, "migrations", h.Dialect)
	if err != nil {
		return err
	}
	return sqldb.Migrate(ctx, h, component, ms)
}

// Store is the [award.Store] over a SQL database (SQLite or PostgreSQL). It
// is safe for concurrent use, by goroutines and by processes sharing the
// database. Every method of a nil *Store returns an error wrapping
// thidua.ErrInvalid.
type Store struct {
	db  *sqldb.DB
	cat *award.Catalogue
	dir award.Hierarchy // nil: no check against the organisation
}

var (
	_ award.Store    = (*Store)(nil)
	_ award.KindView = (*Store)(nil)
)

// Open returns the store over db, which [Migrate] has brought up to date
// (ErrSchemaTooOld if not; ErrSchemaTooNew if a newer program migrated it).
// It takes the options of [award.NewMemStore]: the store checks records
// against [award.DefaultCatalogue], or the catalogue of
// [award.WithCatalogue], and against the organisation of
// [award.WithDirectory], which it asks before it opens a transaction.
func Open(ctx context.Context, db *sql.DB, opts ...award.Option) (*Store, error) {
	h, err := sqldb.Open(ctx, db)
	if err != nil {
		return nil, err
	}
	ms, err := sqldb.LoadMigrations(migrations, "migrations", h.Dialect)
	if err != nil {
		return nil, err
	}
	if err := sqldb.CheckVersion(ctx, h, component, ms); err != nil {
		return nil, err
	}
	cfg := award.NewConfig(opts...)
	return &Store{db: h, cat: cfg.Catalogue, dir: cfg.Directory}, nil
}

// Kind returns the kind with the code in the store's catalogue, or an error
// wrapping thidua.ErrNotFound: the store is an [award.KindView], which
// [award.Start] and [award.Advance] check transitions against.
func (s *Store) Kind(code award.Code) (award.Kind, error) {
	if s == nil {
		return award.Kind{}, errNil("Kind")
	}
	return s.cat.Kind(code)
}

func errNil(method string) error {
	return thidua.Invalid("awardsql", "store", "", "", "%s on a nil *Store", method)
}

// q returns query written with ? placeholders for the store's dialect.
func (s *Store) q(query string) string { return s.db.Q(query) }

// in returns the condition "col is one of the JSON array given as the next
// argument": one parameter whatever the size of the set, so that a set of
// ten thousand people is still one query.
func (s *Store) in(col string) string {
	if s.db.Dialect == sqldb.Postgres {
		return col + " IN (SELECT jsonb_array_elements_text(CAST(? AS jsonb)))"
	}
	return col + " IN (SELECT value FROM json_each(?))"
}

// inInts is [Store.in] for an integer column.
func (s *Store) inInts(col string) string {
	if s.db.Dialect == sqldb.Postgres {
		return col + " IN (SELECT CAST(jsonb_array_elements_text(CAST(? AS jsonb)) AS BIGINT))"
	}
	return col + " IN (SELECT value FROM json_each(?))"
}

// jsonList encodes xs as a JSON array, the argument of [Store.in].
func jsonList[T any](xs []T) string {
	b, _ := json.Marshal(xs) // strings and integers always encode
	return string(b)
}

// where collects the conditions and arguments of a query.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// day writes a date as ISO text; the zero Date as "".
func day(d thidua.Date) string { return d.String() }

// parseDay reads what day wrote.
func parseDay(s string) (thidua.Date, error) {
	if s == "" {
		return thidua.Date{}, nil
	}
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, e1 := strconv.Atoi(s[:4])
		m, e2 := strconv.Atoi(s[5:7])
		d, e3 := strconv.Atoi(s[8:])
		if e1 == nil && e2 == nil && e3 == nil {
			return thidua.Date{Year: y, Month: time.Month(m), Day: d}, nil
		}
	}
	return thidua.ParseDate(s)
}

// recipientKey is the text the store indexes recipients by.
func recipientKey(r award.Recipient) string { return r.String() }

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// classify turns a database error into the domain's sentinels.
func classify(op, kind, id string, err error) error { return sqldb.Classify(op, kind, id, err) }

// nullable returns nil for "", so that a UNIQUE column holds NULL.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
