package sqltest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
)

// Counter counts the statements a database runs: every query and exec sent
// to the driver, prepared or not. Benchmarks report it per operation to
// show that the number of round trips does not grow with the data.
type Counter struct{ n atomic.Int64 }

// Load returns the number of statements run so far.
func (c *Counter) Load() int64 { return c.n.Load() }

// Reset sets the count back to zero.
func (c *Counter) Reset() { c.n.Store(0) }

func (c *Counter) add() { c.n.Add(1) }

// OpenCounting opens dsn with the registered driver driverName through a
// wrapper that counts the statements run, and returns the database and its
// counter.
func OpenCounting(driverName, dsn string) (*sql.DB, *Counter, error) {
	probe, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, nil, err
	}
	drv := probe.Driver()
	probe.Close()
	c := &Counter{}
	return sql.OpenDB(&connector{drv: drv, dsn: dsn, c: c}), c, nil
}

type connector struct {
	drv driver.Driver
	dsn string
	c   *Counter
}

func (k *connector) Connect(ctx context.Context) (driver.Conn, error) {
	var (
		cn  driver.Conn
		err error
	)
	if dc, ok := k.drv.(driver.DriverContext); ok {
		var inner driver.Connector
		if inner, err = dc.OpenConnector(k.dsn); err != nil {
			return nil, err
		}
		cn, err = inner.Connect(ctx)
	} else {
		cn, err = k.drv.Open(k.dsn)
	}
	if err != nil {
		return nil, err
	}
	return &conn{Conn: cn, c: k.c}, nil
}

func (k *connector) Driver() driver.Driver { return k.drv }

type conn struct {
	driver.Conn
	c *Counter
}

func (c *conn) Prepare(q string) (driver.Stmt, error) {
	s, err := c.Conn.Prepare(q)
	if err != nil {
		return nil, err
	}
	return &stmt{Stmt: s, c: c.c}, nil
}

func (c *conn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	var (
		s   driver.Stmt
		err error
	)
	if p, ok := c.Conn.(driver.ConnPrepareContext); ok {
		s, err = p.PrepareContext(ctx, q)
	} else {
		s, err = c.Conn.Prepare(q)
	}
	if err != nil {
		return nil, err
	}
	return &stmt{Stmt: s, c: c.c}, nil
}

func (c *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if b, ok := c.Conn.(driver.ConnBeginTx); ok {
		return b.BeginTx(ctx, opts)
	}
	//lint:ignore SA1019 fallback for old drivers
	return c.Conn.Begin()
}

func (c *conn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	qc, ok := c.Conn.(driver.QueryerContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	c.c.add()
	return qc.QueryContext(ctx, q, args)
}

func (c *conn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	ec, ok := c.Conn.(driver.ExecerContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	c.c.add()
	return ec.ExecContext(ctx, q, args)
}

func (c *conn) CheckNamedValue(nv *driver.NamedValue) error {
	if ch, ok := c.Conn.(driver.NamedValueChecker); ok {
		return ch.CheckNamedValue(nv)
	}
	return driver.ErrSkip
}

func (c *conn) ResetSession(ctx context.Context) error {
	if r, ok := c.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *conn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

func (c *conn) Ping(ctx context.Context) error {
	if p, ok := c.Conn.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

type stmt struct {
	driver.Stmt
	c *Counter
}

func (s *stmt) Exec(args []driver.Value) (driver.Result, error) {
	s.c.add()
	//lint:ignore SA1019 the driver's own fallback
	return s.Stmt.Exec(args)
}

func (s *stmt) Query(args []driver.Value) (driver.Rows, error) {
	s.c.add()
	//lint:ignore SA1019 the driver's own fallback
	return s.Stmt.Query(args)
}

func (s *stmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	s.c.add()
	if e, ok := s.Stmt.(driver.StmtExecContext); ok {
		return e.ExecContext(ctx, args)
	}
	vs, err := values(args)
	if err != nil {
		return nil, err
	}
	//lint:ignore SA1019 fallback
	return s.Stmt.Exec(vs)
}

func (s *stmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	s.c.add()
	if q, ok := s.Stmt.(driver.StmtQueryContext); ok {
		return q.QueryContext(ctx, args)
	}
	vs, err := values(args)
	if err != nil {
		return nil, err
	}
	//lint:ignore SA1019 fallback
	return s.Stmt.Query(vs)
}

func (s *stmt) CheckNamedValue(nv *driver.NamedValue) error {
	if ch, ok := s.Stmt.(driver.NamedValueChecker); ok {
		return ch.CheckNamedValue(nv)
	}
	return driver.ErrSkip
}

func values(args []driver.NamedValue) ([]driver.Value, error) {
	vs := make([]driver.Value, len(args))
	for i, a := range args {
		if a.Name != "" {
			return nil, errors.New("sqltest: named arguments need a driver with context support")
		}
		vs[i] = a.Value
	}
	return vs, nil
}

// OpenShared opens a fresh database of the named engine ("sqlite" or
// "postgres") through a statement counter, not tied to one test: a
// benchmark fixture shared by several benchmarks uses it, and calls
// cleanup (from TestMain) when the package's tests end. For "postgres" it
// needs EnvPostgres; ok is false when the engine is not available.
func OpenShared(engine string) (db *sql.DB, c *Counter, cleanup func(), ok bool, err error) {
	switch engine {
	case "sqlite":
		dir, err := os.MkdirTemp("", "thidua-bench-")
		if err != nil {
			return nil, nil, nil, false, err
		}
		db, c, err := OpenCounting("sqlite", SQLiteDSN(filepath.Join(dir, "thidua.db")))
		if err != nil {
			os.RemoveAll(dir)
			return nil, nil, nil, false, err
		}
		return db, c, func() { db.Close(); os.RemoveAll(dir) }, true, nil
	case "postgres":
		base := os.Getenv(EnvPostgres)
		if base == "" {
			return nil, nil, nil, false, nil
		}
		admin, err := sql.Open("pgx", base)
		if err != nil {
			return nil, nil, nil, false, err
		}
		var b [6]byte
		_, _ = rand.Read(b[:])
		schema := "b_" + hex.EncodeToString(b[:])
		if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
			admin.Close()
			return nil, nil, nil, false, err
		}
		u, err := url.Parse(base)
		if err != nil {
			admin.Close()
			return nil, nil, nil, false, err
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		db, c, err := OpenCounting("pgx", u.String())
		if err != nil {
			admin.Close()
			return nil, nil, nil, false, err
		}
		db.SetMaxOpenConns(8)
		return db, c, func() {
			db.Close()
			_, _ = admin.Exec("DROP SCHEMA " + schema + " CASCADE")
			admin.Close()
		}, true, nil
	}
	return nil, nil, nil, false, fmt.Errorf("sqltest: unknown engine %q", engine)
}
