package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// errChanged is returned when another program wrote to the database while
// a command worked on its copy: nothing of the command is kept.
var errChanged = errors.New("cơ sở dữ liệu đã bị chương trình khác ghi trong lúc chạy lệnh; chưa ghi gì, hãy chạy lại lệnh")

// atomically runs fn on the stores of a private copy of the SQLite database
// dsn and, if fn succeeds, puts the copy's content in dsn in one
// transaction, so that a command that fails, is interrupted or is killed
// leaves dsn exactly as it was: the stores commit record by record, and a
// workbook is thousands of records. The copy is taken with VACUUM INTO (a
// consistent snapshot, whatever the journal holds) beside dsn, and closed
// when fn returns. If another program committed to dsn in the meantime, its writes are kept and the command's are not ([errChanged]):
// PRAGMA data_version, read on the one connection that holds dsn from the
// snapshot to the swap, says so.
//
// A PostgreSQL database is worked on the same way, in a private schema
// (see atomicallyPG).
func atomically(ctx context.Context, dsn string, fn func(s *stores) error) (err error) {
	if isPostgres(dsn) {
		return atomicallyPG(ctx, dsn, fn)
	}
	db, conn, err := openConn(ctx, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	defer conn.Close()
	before, err := dataVersion(ctx, conn)
	if err != nil {
		return err
	}
	removeStaleWork(dsn)
	f, err := os.CreateTemp(filepath.Dir(dsn), workPrefix(dsn)+strconv.Itoa(os.Getpid())+"-*")
	if err != nil {
		return err
	}
	work := f.Name()
	f.Close()
	os.Remove(work) // VACUUM INTO wants a new file
	defer removeWork(work)
	if _, err := conn.ExecContext(ctx, "VACUUM INTO ?", work); err != nil {
		return fmt.Errorf("copy of %s: %w", dsn, err)
	}
	// The working copy is private and thrown away on failure: it is written
	// without waiting for the disk (synchronous off); the swap below is
	// durable as every write to dsn.
	wdb, err := sql.Open("sqlite", sqliteDSN(work)+"&_pragma=synchronous(OFF)")
	if err != nil {
		return err
	}
	err = storesThen(ctx, wdb, fn)
	if cerr := wdb.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return swapIn(ctx, conn, work, before)
}

// openConn opens the database dsn, creates or migrates its schemas and
// takes one connection of it.
func openConn(ctx context.Context, dsn string) (*sql.DB, *sql.Conn, error) {
	db, err := openDB(dsn, true)
	if err != nil {
		return nil, nil, err
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, nil, err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return db, conn, nil
}

// workSuffixes are the files SQLite keeps beside a database file.
var workSuffixes = []string{"", "-wal", "-shm", "-journal"}

// workPrefix is how the names of the working copies of the SQLite file
// dsn start; the process ID of the command that made a copy follows, then
// a dash and random digits: .thidua.db.work-4242-123456.
func workPrefix(dsn string) string { return "." + filepath.Base(dsn) + ".work-" }

// removeWork removes the working copy work and SQLite's files beside it.
func removeWork(work string) {
	for _, suffix := range workSuffixes {
		os.Remove(work + suffix)
	}
}

// removeStaleWork removes the working copies of dsn left by commands that
// were killed before they could remove them: files named as [workPrefix]
// says whose process is no longer running (see processAlive). Copies of
// running processes, of this process, and any other file are left alone.
func removeStaleWork(dsn string) {
	dir, prefix := filepath.Dir(dsn), workPrefix(dsn)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if pid, ok := workPID(e.Name(), prefix); ok && pid != os.Getpid() && !processAlive(pid) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// workPID reads the process ID in the name of a working copy (or of a file
// SQLite keeps beside one) that starts with prefix; ok is false for any
// other name.
func workPID(name, prefix string) (pid int, ok bool) {
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok {
		return 0, false
	}
	for _, suffix := range workSuffixes[1:] {
		if r, ok := strings.CutSuffix(rest, suffix); ok {
			rest = r
			break
		}
	}
	p, random, ok := strings.Cut(rest, "-")
	if !ok || !allDigits(p) || !allDigits(random) {
		return 0, false
	}
	pid, err := strconv.Atoi(p)
	return pid, err == nil && pid > 0
}

// allDigits tells whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// storesThen runs fn on the stores of db, migrated first.
func storesThen(ctx context.Context, db *sql.DB, fn func(s *stores) error) error {
	s, err := storesOn(ctx, db, true)
	if err != nil {
		return err
	}
	return fn(s)
}

// dataVersion reads PRAGMA data_version on conn: it changes when another
// connection commits.
func dataVersion(ctx context.Context, conn *sql.Conn) (int64, error) {
	var v int64
	err := conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v)
	return v, err
}

// swapIn replaces the rows of every table of conn's database by those of
// the database file work, in one write transaction, unless another
// connection committed since data_version was before.
func swapIn(ctx context.Context, conn *sql.Conn, work string, before int64) error {
	if _, err := conn.ExecContext(ctx, "ATTACH DATABASE ? AS work", work); err != nil {
		return err
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "DETACH DATABASE work") //nolint:errcheck
	tables, err := tableNames(ctx, conn, "main")
	if err != nil {
		return err
	}
	theirs, err := tableNames(ctx, conn, "work")
	if err != nil {
		return err
	}
	if strings.Join(tables, ",") != strings.Join(theirs, ",") {
		return fmt.Errorf("the working copy has tables %v, the database %v", theirs, tables)
	}
	// Foreign keys are off while the tables are refilled (a RESTRICT
	// action would fire at the first DELETE even when deferred), and the
	// whole database is checked before the commit.
	if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		return err
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA foreign_keys = ON") //nolint:errcheck
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK") //nolint:errcheck
		}
	}()
	now, err := dataVersion(ctx, conn)
	if err != nil {
		return err
	}
	if now != before {
		return errChanged
	}
	for _, t := range tables {
		q := `"` + t + `"`
		if _, err := conn.ExecContext(ctx, "DELETE FROM main."+q); err != nil {
			return fmt.Errorf("%s: %w", t, err)
		}
		if _, err := conn.ExecContext(ctx, "INSERT INTO main."+q+" SELECT * FROM work."+q); err != nil {
			return fmt.Errorf("%s: %w", t, err)
		}
	}
	var broken int
	if err := conn.QueryRowContext(ctx, "SELECT COUNT(*) FROM pragma_foreign_key_check").Scan(&broken); err != nil {
		return err
	}
	if broken > 0 {
		return fmt.Errorf("the working copy breaks %d foreign keys", broken)
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return err
	}
	done = true
	return nil
}

// tableNames lists the tables of schema (main or an attached database),
// without SQLite's own.
func tableNames(ctx context.Context, conn *sql.Conn, schema string) ([]string, error) {
	rows, err := conn.QueryContext(ctx, "SELECT name FROM "+schema+".sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		if strings.ContainsRune(n, '"') {
			return nil, fmt.Errorf("unexpected table name %q", n)
		}
		names = append(names, n)
	}
	return names, rows.Err()
}
