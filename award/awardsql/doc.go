// Package awardsql keeps award nominations, decisions and grants in a SQL
// database: SQLite (one file, no server) or PostgreSQL. It implements
// award.Store with the same behaviour as award.MemStore — the conformance
// suite of package awardtest pins it — and keeps no rule of its own: the
// state machine of nominations and the rules of decisions are those of
// package award (award.CheckProposal, award.CheckUpdate, award.CheckDecision,
// award.CheckRevoke), run inside each write transaction. The database adds
// atomicity: UNIQUE constraints on every ID, on a decision's number in its
// year, on the one grant answering a nomination, on the title a grant not
// revoked gives a recipient for a year and on the one nomination holding a
// title open, and on each step of a nomination (nomination, position), so
// that of two writers of the same step one gets thidua.ErrConflict.
//
// The package imports only database/sql: open the *sql.DB with the driver
// of your choice, run Migrate once, then Open:
//
//	db, err := sql.Open("sqlite", "file:thidua.db?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate")
//	err = awardsql.Migrate(ctx, db)
//	store, err := awardsql.Open(ctx, db, award.WithCatalogue(award.JusticeCatalogue()))
//
// For SQLite (modernc.org/sqlite, driver "sqlite") use that DSN: foreign
// keys on, the WAL journal, a busy timeout, and write transactions that
// take the write lock when they begin (_txlock=immediate), so that writers
// from several goroutines or processes queue instead of failing.
//
// Reads of one answer that take two queries (a nomination and its steps, a
// decision and its grants) run in one read transaction. Set-based reads take
// one parameter for a whole set (a JSON array), so that the grants of ten
// thousand people ([award.GrantFilter] People and Units, the people and units
// of a subtree) or the decisions of a set of IDs ([award.DecisionFilter]
// IDs) are one query each, not one per person.
//
// # PostgreSQL and distributed engines
//
// On PostgreSQL every write runs at SERIALIZABLE isolation and is retried as
// a whole on a serialization failure (40001) or a deadlock (40P01); the same
// holds on PostgreSQL-compatible distributed engines such as YugabyteDB,
// whose SERIALIZABLE transactions (which the store asks for on each write)
// report conflicts as 40001 too, so the retries cover them. Keys are the library's
// string IDs, never sequences, so no key is a hot spot; identifiers compare
// byte-wise (COLLATE "C"), so listings come in the order of Go strings;
// every uniqueness rule is a UNIQUE constraint the engine enforces across
// nodes. Each migration step is one idempotent DDL statement.
package awardsql
