package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records errors instead of failing.
type recorder struct {
	testing.TB
	errors int
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(string, ...any) { r.errors++ }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	if err := os.WriteFile(path, []byte("Đồng Tháp\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Check(r, path, []byte("Đồng Tháp\n"))
	if r.errors != 0 {
		t.Fatalf("same output reported %d differences", r.errors)
	}
	Check(r, path, []byte("Đồng Nai\n"))
	if r.errors != 1 {
		t.Fatalf("different output reported %d differences, want 1", r.errors)
	}
}
