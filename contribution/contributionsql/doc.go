// Package contributionsql keeps the contribution ledger (package
// contribution) in a SQL database: SQLite, the embedded default — one file,
// no server — or PostgreSQL. It is written against database/sql only: the
// caller opens the *sql.DB with the driver of their choice (for example
// modernc.org/sqlite, driver "sqlite", or github.com/jackc/pgx/v5/stdlib,
// driver "pgx"), runs [Migrate] once per database, and hands it to [Open].
// The store behaves as contribution.MemStore does: both pass the
// conformance suite in package contributiontest, and both apply the one set
// of rules package contribution exports (Options.Check, AdmitPost,
// AdmitReversal, Options.AdmitImport); this package adds persistence and
// atomicity only.
//
// # Schema
//
// One table, contribution_entries, one row per entry, never updated or
// deleted. Its key is the entry's string ID; seq numbers the entries in
// posting order and listings are ORDER BY seq, the memory store's order
// (new entries get the ID e<seq>, as the memory store's e<n>). The
// idempotency key and the entry an entry reverses are UNIQUE columns, so
// the database itself refuses a second entry under one key, or a second
// reversal of one entry, even from another process; the store then reads
// again and answers as the memory store does (the stored entry for a
// replay, thidua.ErrConflict otherwise). Money is NUMERIC on PostgreSQL and
// exact decimal text on SQLite, never a float; dates are ISO text. Totals
// are one GROUP BY query (see [Store.Totals]) and equal
// contribution.Aggregate.
//
// # SQLite
//
// Open the file with WAL, a busy timeout, foreign keys on and immediate
// write transactions, for instance with modernc.org/sqlite:
//
//	file:ledger.db?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate
//
// Several processes may share the file; writes take turns.
//
// # PostgreSQL and distributed engines
//
// Every write runs in a SERIALIZABLE transaction and is run again, as a
// whole, on a serialization failure (40001) or deadlock (40P01), and when a
// UNIQUE constraint shows another writer got in first; the function run
// inside keeps no state between attempts. The schema uses no sequence:
// keys are the library's IDs, and seq is computed inside the transaction.
// A PostgreSQL-compatible distributed engine such as YugabyteDB (whose
// YSQL layer is PostgreSQL 15 from v2025.1) therefore needs: SERIALIZABLE
// isolation, which the store asks for on each write transaction and YSQL
// supports natively (its default is Snapshot or Read Committed, so do not
// lower the level in the driver); clients that tolerate the retries this
// package makes, with the same bounded backoff as on PostgreSQL; and the
// knowledge that appends to one ledger are totally ordered — each write
// reads the last seq, so writers take turns, which suits the rate at which
// a ministry posts entries but not a firehose. Bulk moves go through
// Import (used by contribution.Copy): one transaction, multi-row INSERTs.
// The running sums (contribution_sums) are updated in the same transaction
// as the entries, so they never disagree with them.
//
// # Running totals and upgrades
//
// Totals read a table of running sums (contribution_sums) that every write
// updates in the same transaction as its entry; migration 0002 made it and
// filled it from the entries stored before. A program older than that
// migration does not update it, so stop every older writer before you run
// Migrate on a ledger they still write to; afterwards every writer must be
// this version or newer (Open refuses a schema newer than it knows).
package contributionsql
