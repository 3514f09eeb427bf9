// Package sqltest opens fresh databases for the tests of the SQL stores: a
// temporary SQLite file per test, and a fresh PostgreSQL schema per test
// when THIDUA_TEST_POSTGRES holds a connection URL.
//
// It imports no driver: the test package that calls it registers the
// drivers with blank imports of modernc.org/sqlite (driver "sqlite") and
// github.com/jackc/pgx/v5/stdlib (driver "pgx"), which go.mod requires for
// tests and examples only.
//
// Without THIDUA_TEST_POSTGRES the PostgreSQL legs skip with a message;
// with THIDUA_TEST_POSTGRES_REQUIRED=1 (as CI sets it) they fail instead.
package sqltest
