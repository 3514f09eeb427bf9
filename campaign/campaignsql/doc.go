// Package campaignsql keeps the records of package campaign — movements,
// registrations, results, scoring tables and scorecards, clusters with
// their rankings and the versions of rankings replaced by corrections,
// initiatives and their uses — in a SQL database: SQLite
// for one unit's data in one file, PostgreSQL for a ministry's server.
//
// It is written against database/sql only and imports no driver: the
// caller opens the *sql.DB with the driver of their choice (for example
// modernc.org/sqlite, driver "sqlite", or github.com/jackc/pgx/v5/stdlib,
// driver "pgx") and hands it to [Migrate], once per release, and to [Open]:
//
//	db, err := sql.Open("sqlite", "file:thidua.db?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate")
//	...
//	if err := campaignsql.Migrate(ctx, db); err != nil { ... }
//	store, err := campaignsql.Open(ctx, db, campaignsql.WithOptions(&campaign.Options{Directory: orgStore}))
//
// The store behaves as [campaign.MemStore] does — it passes the same
// conformance suite (package campaigntest) — and applies the same rules:
// every check lives in [campaign.Rules], which both stores call; this
// package adds persistence and atomicity. The uniqueness rules of the
// domain are UNIQUE constraints, so that the database itself refuses a
// second write even from another process: one registration per
// participant, movement and year; one result per movement, target, year
// and participant; one scorecard per unit and table; one cluster of each
// kind per unit and year; one use of an initiative per award code, or per
// initiative when [campaign.Options.OneUsePerInitiative] is set (a "slot"
// column, the award code or empty, unique per initiative). Tables are
// named campaign_*, so the four domain stores can share one database.
//
// Reads of sets take a constant number of queries, however large the set:
// [Store.Initiatives] with an author set takes two, [Store.Uses] one (the
// set is bound as one JSON array parameter).
//
// # SQLite
//
// Use WAL, a busy timeout, foreign keys and immediate write transactions,
// as in the DSN above (modernc.org/sqlite reads _pragma and _txlock from
// the DSN). Several processes may share the file; writes are serialised by
// SQLite and retried when it is busy.
//
// # PostgreSQL and distributed engines
//
// Every write runs in a SERIALIZABLE transaction that is retried as a
// whole on serialization failures (SQLSTATE 40001) and deadlocks (40P01),
// so the store is safe on PostgreSQL and on PostgreSQL-compatible
// distributed engines such as YugabyteDB, which need exactly that: the
// engine must honour SERIALIZABLE (YugabyteDB's YSQL does; the store asks
// for it on every transaction), and clients must retry conflicts, as the
// store does. Keys are the
// library's own string IDs — no sequences, which would be hot spots on a
// distributed engine —; money and shares are NUMERIC; dates are ISO text;
// text keys use COLLATE "C" so that listings come back in the same order
// as from the memory store. Each migration step is one idempotent DDL
// statement, never mixed with data changes; migrations take an advisory
// lock so that two processes cannot migrate at once.
package campaignsql
