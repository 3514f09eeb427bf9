// Package golden compares a test's output with a golden file, the one way
// every package of the module does it.
//
// Run the tests of a package with -update to rewrite its golden files
// from the current output:
//
//	go test ./examples/dongthap -update
package golden

import (
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// update is the -update flag of every test binary that imports golden.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Check compares got with the file at path and reports the difference as
// a test error (-want +got). With -update it rewrites the file instead.
// A missing file is fatal, with the command that creates it.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}
