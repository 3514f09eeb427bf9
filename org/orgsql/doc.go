// Package orgsql keeps an [org.Store] in a SQL database: SQLite (one file,
// no server: the embedded default for anyone who wants their data kept) or
// PostgreSQL (a ministry's server). It is written against database/sql
// only; the caller opens the *sql.DB with the driver of their choice
// (modernc.org/sqlite, pgx's stdlib, lib/pq) and hands it over.
//
//	db, err := sql.Open("sqlite", "file:thidua.db?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate")
//	…
//	if err := orgsql.Migrate(ctx, db); err != nil { … } // at every start
//	s, err := orgsql.Open(ctx, db, orgsql.WithScale(org.JusticeScale()))
//
// The store implements persistence and atomicity only: every write runs in
// one transaction that reads what the checks of package org need (through
// [org.Reader]), calls them ([org.CheckAddUnit], [org.CheckPersonYear]…)
// and writes, so the rules are the memory store's, written once. The
// database itself refuses what another process could slip in between:
// keys, references, one record per person and year (primary keys), one set
// of successors per unit (a unique index). It passes the conformance suite
// of package orgtest on SQLite and PostgreSQL.
//
// Reads are a constant number of queries whatever the number of records:
// the records of many people for many years ([org.YearFilter].People), the
// disciplines of many people ([org.DisciplineFilter].People), people and
// units by ID, the people of a subtree and the records of a subtree
// (recursive queries). [Store.AddPersonYears] writes a batch in one
// transaction. [org.Copy] moves a whole store into another.
//
// # SQLite
//
// Use one file per deployment, with foreign keys on, the WAL journal, a
// busy timeout and immediate write transactions, as in the DSN above
// (modernc.org/sqlite's _pragma and _txlock parameters). Several processes
// may share the file: writes are serialised by SQLite's lock and retried
// while it is busy.
//
// # PostgreSQL and distributed engines
//
// On PostgreSQL every write transaction runs at SERIALIZABLE isolation and
// is retried as a whole on a serialization failure (40001) or a deadlock
// (40P01), so concurrent writers from any number of processes see the same
// rules as one. The same holds on PostgreSQL-compatible distributed engines
// such as YugabyteDB: the keys are the library's own string IDs (no
// sequences, so no hot spot), dates are ISO text, each migration step is one
// idempotent DDL statement never mixed with data, and the migrations run
// under an advisory lock. A deployment there needs nothing more than the
// store does by itself: it asks for SERIALIZABLE on every write
// transaction, which YugabyteDB's YSQL supports whatever the server's
// default isolation, and retries a transaction that fails with 40001 from
// the client, as YugabyteDB asks of applications when its own server-side
// retry cannot apply (docs.yugabyte.com, "Transaction retries in YSQL"
// and "Isolation levels"). Text columns use the "C" collation, so ordering
// does not depend on the server's locale. Reads of sets pass the IDs as one
// JSON array parameter (jsonb_array_elements_text on PostgreSQL,
// json_each on SQLite), so no statement grows with the set.
package orgsql
