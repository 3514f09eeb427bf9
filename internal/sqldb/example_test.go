package sqldb_test

import (
	"fmt"

	"github.com/thidua-go/thidua/internal/sqldb"
)

// Queries are written once with ? placeholders and rebound for PostgreSQL.
func ExampleRebind() {
	fmt.Println(sqldb.Rebind("SELECT name FROM org_units WHERE id = ? AND note <> '?' AND level = ?"))
	// Output: SELECT name FROM org_units WHERE id = $1 AND note <> '?' AND level = $2
}

// A migration file holds statements, each a step applied and recorded on
// its own.
func ExampleSplitStatements() {
	steps := sqldb.SplitStatements(`-- units
CREATE TABLE IF NOT EXISTS org_units (
	id TEXT PRIMARY KEY
);
CREATE INDEX IF NOT EXISTS org_units_id ON org_units (id);
`)
	fmt.Println(len(steps))
	fmt.Println(steps[1])
	// Output:
	// 2
	// CREATE INDEX IF NOT EXISTS org_units_id ON org_units (id)
}
