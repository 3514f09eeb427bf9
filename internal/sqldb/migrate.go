package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// ErrSchemaTooNew is returned when the database was migrated by a newer
// version of the library than the running one: its schema has versions the
// code does not know, and writing to it could lose data.
var ErrSchemaTooNew = errors.New("sqldb: database schema is newer than this program")

// ErrSchemaTooOld is returned by CheckVersion when the database lacks
// migrations the code needs: run Migrate first.
var ErrSchemaTooOld = errors.New("sqldb: database schema is older than this program; migrate it first")

// Migration is one version of a component's schema: a file named
// NNNN_name.sql in the dialect's folder, holding one or more DDL statements
// separated by lines that end with ";". Each statement is a step, applied
// on its own and recorded, and must be idempotent (CREATE TABLE IF NOT
// EXISTS, CREATE INDEX IF NOT EXISTS), so that a run interrupted between
// steps, or two processes migrating at once, end in the same schema.
type Migration struct {
	Version    int
	Name       string
	Statements []string
}

// SchemaTable is the table that records applied migration steps.
const SchemaTable = "thidua_schema"

// LoadMigrations reads the migrations of a dialect from fsys: the files
// dir/<dialect>/NNNN_name.sql, by version. Versions must start at 1 and
// have no gaps.
func LoadMigrations(fsys fs.FS, dir string, d Dialect) ([]Migration, error) {
	root := path.Join(dir, d.String())
	entries, err := fs.ReadDir(fsys, root)
	if err != nil {
		return nil, fmt.Errorf("sqldb: migrations: %w", err)
	}
	var ms []Migration
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, rest, ok := strings.Cut(strings.TrimSuffix(name, ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("sqldb: migrations: bad file name %q (want NNNN_name.sql)", name)
		}
		body, err := fs.ReadFile(fsys, path.Join(root, name))
		if err != nil {
			return nil, fmt.Errorf("sqldb: migrations: %w", err)
		}
		ms = append(ms, Migration{Version: v, Name: rest, Statements: SplitStatements(string(body))})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	for i, m := range ms {
		if m.Version != i+1 {
			return nil, fmt.Errorf("sqldb: migrations: version %d missing in %s", i+1, root)
		}
		if len(m.Statements) == 0 {
			return nil, fmt.Errorf("sqldb: migrations: %04d_%s has no statement", m.Version, m.Name)
		}
	}
	return ms, nil
}

// SplitStatements splits a migration file into statements: a statement
// ends with a line whose last non-blank character is ";". Lines starting
// with "--" are comments.
func SplitStatements(body string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(body, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if strings.HasSuffix(trimmed, ";") {
			s := strings.TrimSpace(cur.String())
			out = append(out, strings.TrimSpace(strings.TrimSuffix(s, ";")))
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}

// migrationLockKey is the PostgreSQL advisory lock taken while migrating.
const migrationLockKey = 7_385_320_194_112

// Migrate brings component's schema up to the last of ms. It is safe
// against two processes migrating at once: on PostgreSQL an advisory lock
// serialises them; on SQLite each step runs in a transaction that takes the
// write lock and checks that the step is not yet recorded (see applyStep).
// Steps should still be idempotent (IF NOT EXISTS), so that a schema made
// by hand or by another tool from Migrations is taken as it is.
// ErrSchemaTooNew if the database has a version of component the code does
// not know.
func Migrate(ctx context.Context, db *DB, component string, ms []Migration) error {
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		return fmt.Errorf("sqldb: migrate %s: %w", component, err)
	}
	defer conn.Close()
	if db.Dialect == Postgres {
		if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", migrationLockKey); err != nil {
			return fmt.Errorf("sqldb: migrate %s: lock: %w", component, err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrationLockKey) //nolint:errcheck
	}
	if err := retry(ctx, func() error {
		_, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+SchemaTable+` (
	component TEXT NOT NULL,
	version INTEGER NOT NULL,
	step INTEGER NOT NULL,
	name TEXT NOT NULL,
	PRIMARY KEY (component, version, step)
)`)
		return err
	}); err != nil {
		return fmt.Errorf("sqldb: migrate %s: schema table: %w", component, err)
	}
	done, err := appliedSteps(ctx, conn, db, component)
	if err != nil {
		return fmt.Errorf("sqldb: migrate %s: %w", component, err)
	}
	if err := checkNotNewer(component, done, ms); err != nil {
		return err
	}
	insert := db.Q(`INSERT INTO ` + SchemaTable + ` (component, version, step, name) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`)
	for _, m := range ms {
		for i, stmt := range m.Statements {
			if done[[2]int{m.Version, i + 1}] {
				continue
			}
			if err := retry(ctx, func() error {
				return applyStep(ctx, conn, db, stmt, insert, component, m, i+1)
			}); err != nil {
				return fmt.Errorf("sqldb: migrate %s: %04d_%s step %d: %w", component, m.Version, m.Name, i+1, err)
			}
		}
	}
	return nil
}

// applyStep applies one step and records it. On SQLite both run in one
// transaction that first checks, under the database's write lock, that no
// other process recorded the step meanwhile, so two processes migrating at
// once never apply a step twice, idempotent or not. On PostgreSQL the
// advisory lock Migrate holds already serialises migrations, and the step
// runs on its own, never in a transaction with data changes (the rule that
// keeps distributed engines such as YugabyteDB open).
func applyStep(ctx context.Context, conn *sql.Conn, db *DB, stmt, insert, component string, m Migration, step int) error {
	if db.Dialect != SQLite {
		if _, err := conn.ExecContext(ctx, stmt); err != nil {
			return err
		}
		_, err := conn.ExecContext(ctx, insert, component, m.Version, step, m.Name)
		return err
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it does nothing
	// Take the write lock before reading, so the check below holds.
	if _, err := tx.ExecContext(ctx, `UPDATE `+SchemaTable+` SET name = name WHERE component = '' AND version = 0`); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRowContext(ctx, db.Q(`SELECT COUNT(*) FROM `+SchemaTable+` WHERE component = ? AND version = ? AND step = ?`),
		component, m.Version, step).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, insert, component, m.Version, step, m.Name); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// retry runs fn again while it fails with a retryable error (a busy SQLite
// file while another process migrates).
func retry(ctx context.Context, fn func() error) error {
	var err error
	for attempt := 0; attempt < 50; attempt++ {
		if err = fn(); err == nil || !(Retryable(err) || IsUnique(err)) {
			return err
		}
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		sleep(ctx, attempt)
	}
	return err
}

func appliedSteps(ctx context.Context, conn *sql.Conn, db *DB, component string) (map[[2]int]bool, error) {
	rows, err := conn.QueryContext(ctx, db.Q(`SELECT version, step FROM `+SchemaTable+` WHERE component = ?`), component)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	done := map[[2]int]bool{}
	for rows.Next() {
		var v, s int
		if err := rows.Scan(&v, &s); err != nil {
			return nil, err
		}
		done[[2]int{v, s}] = true
	}
	return done, rows.Err()
}

func checkNotNewer(component string, done map[[2]int]bool, ms []Migration) error {
	known := 0
	if len(ms) > 0 {
		known = ms[len(ms)-1].Version
	}
	for k := range done {
		if k[0] > known {
			return fmt.Errorf("%w: %s schema version %d, this program knows up to %d", ErrSchemaTooNew, component, k[0], known)
		}
	}
	return nil
}

// Version returns the highest version of component whose steps are all
// applied, and the highest version recorded at all.
func Version(ctx context.Context, db *DB, component string, ms []Migration) (complete, highest int, err error) {
	rows, err := db.SQL.QueryContext(ctx, db.Q(`SELECT version, step FROM `+SchemaTable+` WHERE component = ?`), component)
	if err != nil {
		if ctx.Err() != nil {
			return 0, 0, ctx.Err()
		}
		// No schema table: nothing migrated yet.
		return 0, 0, nil
	}
	defer rows.Close()
	steps := map[int]int{}
	for rows.Next() {
		var v, s int
		if err := rows.Scan(&v, &s); err != nil {
			return 0, 0, err
		}
		steps[v]++
		if v > highest {
			highest = v
		}
	}
	if err := rows.Err(); err != nil {
		return 0, 0, err
	}
	for _, m := range ms {
		if steps[m.Version] < len(m.Statements) {
			break
		}
		complete = m.Version
	}
	return complete, highest, nil
}

// CheckVersion returns ErrSchemaTooNew if the database holds a newer
// schema of component than ms, and ErrSchemaTooOld if it lacks some of ms.
func CheckVersion(ctx context.Context, db *DB, component string, ms []Migration) error {
	complete, highest, err := Version(ctx, db, component, ms)
	if err != nil {
		return fmt.Errorf("sqldb: schema version of %s: %w", component, err)
	}
	known := 0
	if len(ms) > 0 {
		known = ms[len(ms)-1].Version
	}
	if highest > known {
		return fmt.Errorf("%w: %s schema version %d, this program knows up to %d", ErrSchemaTooNew, component, highest, known)
	}
	if complete < known {
		return fmt.Errorf("%w: %s schema version %d, this program needs %d", ErrSchemaTooOld, component, complete, known)
	}
	return nil
}
