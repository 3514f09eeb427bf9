package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"slices"
	"strings"
)

// workSchemaPrefix starts the names of the private schemas atomicallyPG
// works in; the process ID and random digits follow.
const workSchemaPrefix = "thidua_work_"

// workLockClass is the high half of the advisory lock key that marks a
// private schema in use ("thid"); the low half is the schema's OID.
const workLockClass = int64(0x74686964) << 32

// atomicallyPG is [atomically] for a PostgreSQL database: the stores
// commit record by record, so fn runs on the stores of a private schema
// that holds a copy of the database's rows, and when fn succeeds the rows
// of the database's tables are replaced by the schema's in one
// transaction. A command that fails, is interrupted or is killed leaves the
// database as it was. Other programs keep reading the database while the
// command works; their writes to its tables wait until the command ends
// (the tables are locked IN EXCLUSIVE MODE from before the copy to the
// commit, in a transaction that dies with the command's connection).
//
// The private schema is dropped at the end. A schema left by a command
// that was killed is dropped by the next one: the schema's advisory lock,
// held by the session that made it, says whether it is in use.
//
// The database's user needs the right to create a schema (CREATE on the
// database), and a server's idle_in_transaction_session_timeout, if set,
// must be longer than the command runs.
func atomicallyPG(ctx context.Context, dsn string, fn func(s *stores) error) error {
	db, conn, err := openConn(ctx, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	defer conn.Close()
	var live sql.NullString
	if err := conn.QueryRowContext(ctx, "SELECT current_schema()").Scan(&live); err != nil {
		return err
	}
	if !live.Valid {
		return errors.New("the database has no schema on its search_path")
	}
	dropStaleSchemas(ctx, conn)
	work, err := newWorkSchema(ctx, conn)
	if err != nil {
		return err
	}
	defer func() {
		ctx := context.WithoutCancel(ctx)
		conn.ExecContext(ctx, "DROP SCHEMA IF EXISTS "+ident(work)+" CASCADE")                                                                 //nolint:errcheck
		conn.ExecContext(ctx, "SELECT pg_advisory_unlock($1::bigint | oid::bigint) FROM pg_namespace WHERE nspname = $2", workLockClass, work) //nolint:errcheck
	}()
	wdsn, err := workDSN(dsn, work)
	if err != nil {
		return err
	}
	wdb, err := openDB(wdsn, true)
	if err != nil {
		return err
	}
	defer wdb.Close()
	if err := migrate(ctx, wdb); err != nil {
		return err
	}
	tables, err := pgTables(ctx, conn, work)
	if err != nil {
		return err
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck
	names := make([]string, len(tables))
	for i, t := range tables {
		names[i] = ident(live.String) + "." + ident(t.name)
	}
	if _, err := tx.ExecContext(ctx, "LOCK TABLE "+strings.Join(names, ", ")+" IN EXCLUSIVE MODE"); err != nil {
		return err
	}
	// The copy is committed on the private schema's own connections, so
	// that the stores there see it; the lock held by tx keeps writers out
	// of the database from now on, readers are not stopped.
	wtx, err := wdb.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := replaceRows(ctx, wtx, live.String, work, tables); err != nil {
		wtx.Rollback() //nolint:errcheck
		return err
	}
	if err := wtx.Commit(); err != nil {
		return err
	}
	if err := storesThen(ctx, wdb, fn); err != nil {
		return err
	}
	if err := replaceRows(ctx, tx, work, live.String, tables); err != nil {
		return err
	}
	return tx.Commit()
}

// newWorkSchema creates a private schema and takes its advisory lock, in
// one transaction, so that no other command sees the schema without the
// lock; the lock is held by conn's session until it is released or the
// session ends.
func newWorkSchema(ctx context.Context, conn *sql.Conn) (string, error) {
	name := fmt.Sprintf("%s%d_%d", workSchemaPrefix, os.Getpid(), rand.Uint32())
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return "", err
	}
	defer tx.Rollback() //nolint:errcheck
	if _, err := tx.ExecContext(ctx, "CREATE SCHEMA "+ident(name)); err != nil {
		return "", err
	}
	if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_lock($1::bigint | oid::bigint) FROM pg_namespace WHERE nspname = $2", workLockClass, name); err != nil {
		return "", err
	}
	return name, tx.Commit()
}

// dropStaleSchemas drops the private schemas of commands that ended
// without dropping theirs (killed): those whose advisory lock no session
// holds. Failures are ignored: a schema left is only space.
func dropStaleSchemas(ctx context.Context, conn *sql.Conn) {
	rows, err := conn.QueryContext(ctx, "SELECT nspname, oid::bigint FROM pg_namespace WHERE starts_with(nspname, $1)", workSchemaPrefix)
	if err != nil {
		return
	}
	type schema struct {
		name string
		oid  int64
	}
	var found []schema
	for rows.Next() {
		var s schema
		if rows.Scan(&s.name, &s.oid) == nil {
			found = append(found, s)
		}
	}
	rows.Close()
	for _, s := range found {
		var free bool
		key := workLockClass | s.oid
		if conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", key).Scan(&free) != nil || !free {
			continue
		}
		conn.ExecContext(ctx, "DROP SCHEMA IF EXISTS "+ident(s.name)+" CASCADE") //nolint:errcheck
		conn.ExecContext(ctx, "SELECT pg_advisory_unlock($1)", key)              //nolint:errcheck
	}
}

// withSearchPath returns the postgres:// URL dsn with its search_path set
// to schema alone.
func withSearchPath(dsn, schema string) (string, error) {
	return withParams(dsn, "search_path", schema)
}

// workDSN is the URL of the private schema work of the database dsn. Its
// commits do not wait for the server's disk (synchronous_commit off): a
// crash loses only a private schema that is thrown away; the transaction
// that puts its rows in the database is durable as the server is set.
func workDSN(dsn, work string) (string, error) {
	return withParams(dsn, "search_path", work, "synchronous_commit", "off")
}

// withParams returns the postgres:// URL dsn with the run-time parameters
// given as name, value pairs set (the driver sends the query parameters it
// does not know to the server).
func withParams(dsn string, kv ...string) (string, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return "", err
	}
	q := u.Query()
	for i := 0; i+1 < len(kv); i += 2 {
		q.Set(kv[i], kv[i+1])
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// pgTable is a table of the stores with its columns.
type pgTable struct {
	name string
	cols []string
}

// pgTables lists the tables of schema with their columns, each table after
// those its foreign keys refer to.
func pgTables(ctx context.Context, conn *sql.Conn, schema string) ([]pgTable, error) {
	rows, err := conn.QueryContext(ctx, `SELECT c.table_name, c.column_name FROM information_schema.columns c
		JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
		WHERE c.table_schema = $1 AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
		ORDER BY c.table_name, c.ordinal_position`, schema)
	if err != nil {
		return nil, err
	}
	var tables []pgTable
	for rows.Next() {
		var t, c string
		if err := rows.Scan(&t, &c); err != nil {
			rows.Close()
			return nil, err
		}
		if n := len(tables); n == 0 || tables[n-1].name != t {
			tables = append(tables, pgTable{name: t})
		}
		tables[len(tables)-1].cols = append(tables[len(tables)-1].cols, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	refs := map[string][]string{}
	rows, err = conn.QueryContext(ctx, `SELECT t.relname, r.relname FROM pg_constraint c
		JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
		JOIN pg_namespace n ON n.oid = t.relnamespace
		WHERE c.contype = 'f' AND n.nspname = $1`, schema)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var t, r string
		if err := rows.Scan(&t, &r); err != nil {
			return nil, err
		}
		if t != r {
			refs[t] = append(refs[t], r)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return referredFirst(tables, refs)
}

// referredFirst orders tables so that each comes after the tables it
// refers to; tables otherwise keep their order.
func referredFirst(tables []pgTable, refs map[string][]string) ([]pgTable, error) {
	var out []pgTable
	placed := map[string]bool{}
	for len(out) < len(tables) {
		n := len(out)
		for _, t := range tables {
			if !placed[t.name] && !slices.ContainsFunc(refs[t.name], func(r string) bool { return !placed[r] }) {
				placed[t.name] = true
				out = append(out, t)
			}
		}
		if len(out) == n {
			return nil, errors.New("the tables' foreign keys form a cycle")
		}
	}
	return out, nil
}

// replaceRows replaces, in tx, the rows of every table of schema to by
// those of the same table of schema from: the tables are emptied, those
// that refer to others first, then filled in the other order, so that
// every foreign key holds at the end of each statement.
func replaceRows(ctx context.Context, tx *sql.Tx, from, to string, tables []pgTable) error {
	for i := len(tables) - 1; i >= 0; i-- {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+ident(to)+"."+ident(tables[i].name)); err != nil {
			return fmt.Errorf("%s: %w", tables[i].name, err)
		}
	}
	for _, t := range tables {
		cols := make([]string, len(t.cols))
		for i, c := range t.cols {
			cols[i] = ident(c)
		}
		list := strings.Join(cols, ", ")
		q := "INSERT INTO " + ident(to) + "." + ident(t.name) + " (" + list + ") SELECT " + list + " FROM " + ident(from) + "." + ident(t.name)
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
	}
	return nil
}

// ident quotes a PostgreSQL identifier.
func ident(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
