// Package sqldb is the machinery the SQL stores of org, campaign, award and
// contribution share: the two dialects (SQLite and PostgreSQL), a
// forward-only migration runner over an fs.FS, transactions retried on
// serialization failures and busy databases, and the classification of
// driver errors into the domain's sentinels.
//
// It imports only database/sql: the caller opens the *sql.DB with the driver
// of their choice (modernc.org/sqlite, pgx's stdlib, lib/pq…) and the stores
// recognise the engine by asking it (see Detect). Driver errors are read
// through the methods the drivers expose (SQLState() string for PostgreSQL
// drivers, Code() int for modernc.org/sqlite), never through driver types.
//
// # Distributed engines
//
// The schema rules follow what keeps SQLite, PostgreSQL and PostgreSQL-
// compatible distributed engines (YugabyteDB) open: keys are the library's
// own string IDs, never sequences; money is NUMERIC (PostgreSQL) or exact
// decimal text (SQLite); civil dates are ISO text; uniqueness rules of the
// domain are UNIQUE constraints; each migration step is one statement, an
// idempotent DDL statement or, for a backfill, a data change of its own,
// never the two in one transaction on PostgreSQL; and every write transaction runs
// at SERIALIZABLE isolation on PostgreSQL, retried as a whole on 40001 and
// 40P01 (and on SQLITE_BUSY), so the function it runs must be safe to run
// again.
package sqldb
