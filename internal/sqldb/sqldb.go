package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/thidua-go/thidua"
)

// Dialect is the SQL engine a store talks to.
type Dialect int

// The dialects.
const (
	// SQLite is the embedded engine: one file, no server.
	SQLite Dialect = iota + 1
	// Postgres is PostgreSQL, and the PostgreSQL-compatible engines that
	// speak its protocol (YugabyteDB).
	Postgres
)

// String returns "sqlite" or "postgres".
func (d Dialect) String() string {
	switch d {
	case SQLite:
		return "sqlite"
	case Postgres:
		return "postgres"
	}
	return "dialect(" + strconv.Itoa(int(d)) + ")"
}

// ErrUnknownEngine is returned by Detect for a database that is neither
// SQLite nor PostgreSQL.
var ErrUnknownEngine = errors.New("sqldb: unknown database engine")

// Detect asks the database which engine it is: SQLite answers
// sqlite_version(), PostgreSQL answers version().
func Detect(ctx context.Context, db *sql.DB) (Dialect, error) {
	if db == nil {
		return 0, fmt.Errorf("%w: nil *sql.DB", thidua.ErrInvalid)
	}
	var v string
	if err := db.QueryRowContext(ctx, "SELECT sqlite_version()").Scan(&v); err == nil {
		return SQLite, nil
	} else if ctxErr := ctx.Err(); ctxErr != nil {
		return 0, ctxErr
	}
	if err := db.QueryRowContext(ctx, "SELECT version()").Scan(&v); err != nil {
		return 0, fmt.Errorf("%w: %v", ErrUnknownEngine, err)
	}
	if strings.Contains(v, "PostgreSQL") {
		return Postgres, nil
	}
	return 0, fmt.Errorf("%w: %s", ErrUnknownEngine, v)
}

// DB is a database handle with its dialect. Its methods are safe for
// concurrent use.
type DB struct {
	SQL     *sql.DB
	Dialect Dialect
	// MaxRetries bounds the attempts of a transaction that keeps failing
	// with a serialization failure or a busy database; zero means
	// DefaultMaxRetries.
	MaxRetries int
	rebound    syncMap
}

// New returns a handle on db for the dialect d.
func New(db *sql.DB, d Dialect) *DB {
	return &DB{SQL: db, Dialect: d}
}

// Open detects the dialect of db and returns a handle on it.
func Open(ctx context.Context, db *sql.DB) (*DB, error) {
	d, err := Detect(ctx, db)
	if err != nil {
		return nil, err
	}
	return New(db, d), nil
}

// Q returns the query q written with ? placeholders in the dialect's
// placeholder syntax ($1, $2… for PostgreSQL). Question marks inside
// quoted strings are left alone. Results are cached.
func (db *DB) Q(q string) string {
	if db.Dialect != Postgres {
		return q
	}
	if r, ok := db.rebound.load(q); ok {
		return r
	}
	r := Rebind(q)
	db.rebound.store(q, r)
	return r
}

// Rebind turns ? placeholders into $1, $2…, leaving quoted text alone.
func Rebind(q string) string {
	var b strings.Builder
	b.Grow(len(q) + 8)
	n := 0
	var quote byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			b.WriteByte(c)
		case c == '\'' || c == '"':
			quote = c
			b.WriteByte(c)
		case c == '?':
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// DefaultMaxRetries is the number of attempts Tx and ReadTx make when
// DB.MaxRetries is zero. Under SERIALIZABLE isolation a transaction that
// reads what concurrent writers change (a parent unit, a name key) may lose
// several races in a row, so the budget is generous; the pauses between
// attempts are randomised so that writers who collided do not collide
// again in step.
const DefaultMaxRetries = 64

// Querier is what both *sql.DB and *sql.Tx offer for reading.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Tx runs fn in a write transaction and commits it. On PostgreSQL the
// transaction is SERIALIZABLE, so the checks fn makes before it writes hold
// at commit; a serialization failure, a deadlock or a busy SQLite database
// rolls it back and runs fn again, with a growing pause, up to MaxRetries
// times. fn must therefore be safe to run again and must not keep state
// outside the transaction between attempts. Any other error from fn rolls
// the transaction back and is returned as is (after Classify for driver
// errors, by the caller's choice).
func (db *DB) Tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return db.tx(ctx, false, fn)
}

// ReadTx runs fn in a read-only transaction, so that the reads it makes see
// one snapshot of the database; it is retried like Tx.
func (db *DB) ReadTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return db.tx(ctx, true, fn)
}

func (db *DB) tx(ctx context.Context, readOnly bool, fn func(tx *sql.Tx) error) error {
	max := db.MaxRetries
	if max <= 0 {
		max = DefaultMaxRetries
	}
	// A read-only transaction is marked so on every engine: on SQLite the
	// driver then starts it with a plain (deferred) BEGIN even when the DSN
	// asks for immediate write transactions, so readers never queue
	// behind a writer (WAL lets them read the last committed snapshot).
	opts := &sql.TxOptions{ReadOnly: readOnly}
	if db.Dialect == Postgres {
		opts.Isolation = sql.LevelSerializable
	}
	pause := 2 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := db.try(ctx, opts, fn)
		if err == nil || !Retryable(err) || attempt >= max {
			return err
		}
		// Full jitter: a pause drawn from [pause/2, pause) keeps the
		// growth of the back-off while spreading the writers out.
		t := time.NewTimer(pause/2 + rand.N(pause/2))
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		if pause < 100*time.Millisecond {
			pause *= 2
		}
	}
}

func (db *DB) try(ctx context.Context, opts *sql.TxOptions, fn func(tx *sql.Tx) error) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	tx, err := db.SQL.BeginTx(ctx, opts)
	if err != nil {
		return err
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
	}()
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// sqlStater is the method PostgreSQL drivers (pgx, lib/pq) give their errors.
type sqlStater interface{ SQLState() string }

// sqliteCoder is the method modernc.org/sqlite gives its errors: the
// extended result code.
type sqliteCoder interface{ Code() int }

// SQLite result codes (https://www.sqlite.org/rescode.html).
const (
	sqliteBusy       = 5
	sqliteLocked     = 6
	sqliteConstraint = 19
	sqliteUnique     = 2067 // SQLITE_CONSTRAINT_UNIQUE
	sqlitePrimaryKey = 1555 // SQLITE_CONSTRAINT_PRIMARYKEY
	sqliteForeignKey = 787  // SQLITE_CONSTRAINT_FOREIGNKEY
	sqliteCheck      = 275  // SQLITE_CONSTRAINT_CHECK
)

// State returns the PostgreSQL SQLSTATE of err, or "".
func State(err error) string {
	var s sqlStater
	if errors.As(err, &s) {
		return s.SQLState()
	}
	return ""
}

func sqliteCode(err error) (int, bool) {
	var c sqliteCoder
	if errors.As(err, &c) {
		return c.Code(), true
	}
	return 0, false
}

// Retryable reports whether err means the transaction lost a race and may
// succeed when run again: PostgreSQL 40001 (serialization failure) and 40P01
// (deadlock), and SQLite's busy and locked codes.
func Retryable(err error) bool {
	if err == nil {
		return false
	}
	switch State(err) {
	case "40001", "40P01":
		return true
	}
	if c, ok := sqliteCode(err); ok {
		switch c & 0xff {
		case sqliteBusy, sqliteLocked:
			return true
		}
	}
	msg := err.Error()
	return strings.Contains(msg, "database is locked") || strings.Contains(msg, "SQLITE_BUSY")
}

// IsUnique reports whether err is a violation of a UNIQUE or PRIMARY KEY
// constraint.
func IsUnique(err error) bool {
	if err == nil {
		return false
	}
	if State(err) == "23505" {
		return true
	}
	if c, ok := sqliteCode(err); ok {
		return c == sqliteUnique || c == sqlitePrimaryKey
	}
	return strings.Contains(err.Error(), "UNIQUE constraint failed")
}

// IsForeignKey reports whether err is a violation of a FOREIGN KEY
// constraint.
func IsForeignKey(err error) bool {
	if err == nil {
		return false
	}
	if State(err) == "23503" {
		return true
	}
	if c, ok := sqliteCode(err); ok {
		return c == sqliteForeignKey
	}
	return strings.Contains(err.Error(), "FOREIGN KEY constraint failed")
}

// IsCheck reports whether err is a violation of a CHECK or NOT NULL
// constraint.
func IsCheck(err error) bool {
	if err == nil {
		return false
	}
	switch State(err) {
	case "23514", "23502":
		return true
	}
	if c, ok := sqliteCode(err); ok {
		return c&0xff == sqliteConstraint && c != sqliteUnique && c != sqlitePrimaryKey && c != sqliteForeignKey
	}
	return false
}

// Classify wraps a driver error into the domain's sentinels, inside a
// *thidua.Error for op on the record kind/id: a unique violation becomes
// thidua.ErrConflict, a foreign-key, check or not-null violation
// thidua.ErrInvalid; context errors and errors that already wrap a sentinel
// are returned as they are; anything else is wrapped with %w as a storage
// failure (ErrStorage), so that no driver type is needed to tell them apart.
// A nil err gives nil.
func Classify(op, kind, id string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	case errors.Is(err, thidua.ErrNotFound), errors.Is(err, thidua.ErrConflict),
		errors.Is(err, thidua.ErrInvalid), errors.Is(err, thidua.ErrPermission):
		return err
	case errors.Is(err, sql.ErrNoRows):
		return thidua.NotFound(op, kind, id)
	case IsUnique(err):
		return thidua.E(op, kind, id, "", fmt.Errorf("%w: %s", thidua.ErrConflict, driverMessage(err)))
	case IsForeignKey(err), IsCheck(err):
		return thidua.E(op, kind, id, "", fmt.Errorf("%w: %s", thidua.ErrInvalid, driverMessage(err)))
	}
	return thidua.E(op, kind, id, "", &StorageError{Err: err})
}

// driverMessage is the driver's text for an error, without its type.
func driverMessage(err error) string { return err.Error() }

// ErrStorage is matched (with errors.Is) by every failure of the database
// that is not a rule of the domain: a lost connection, a full disk, a
// schema the code does not know.
var ErrStorage = errors.New("sqldb: storage failure")

// StorageError wraps a database failure; it matches ErrStorage and unwraps
// to the driver's error.
type StorageError struct{ Err error }

// Error returns the driver's message prefixed with the package name.
func (e *StorageError) Error() string { return "sqldb: storage failure: " + e.Err.Error() }

// Unwrap returns the driver's error.
func (e *StorageError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrStorage) true.
func (e *StorageError) Is(target error) bool { return target == ErrStorage }
