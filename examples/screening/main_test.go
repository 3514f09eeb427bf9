package main

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/thidua-go/thidua/internal/golden"
)

func TestScreeningGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := run(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "screening.golden")
	golden.Check(t, path, buf.Bytes())
	if !norm.NFC.IsNormal(buf.Bytes()) {
		t.Error("output is not in NFC")
	}
}

// TestScreeningDeterministic runs the program twice: the stores, the
// loading and the screening must give the same text each time.
func TestScreeningDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := run(context.Background(), &a); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a.String(), b.String()); diff != "" {
		t.Errorf("two runs differ (-first +second):\n%s", diff)
	}
}
