package sqltest_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/thidua-go/thidua/internal/sqltest"
)

// A benchmark counts the statements an operation sends to the database.
func ExampleOpenCounting() {
	dir, err := os.MkdirTemp("", "sqltest-example-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	db, counter, err := sqltest.OpenCounting("sqlite", sqltest.SQLiteDSN(filepath.Join(dir, "x.db")))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	db.Exec("CREATE TABLE t (id TEXT PRIMARY KEY)")
	counter.Reset()
	for _, id := range []string{"a", "b", "c"} {
		db.Exec("INSERT INTO t (id) VALUES (?)", id)
	}
	fmt.Println(counter.Load(), "statements")
	// Output: 3 statements
}
