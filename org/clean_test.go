package org

import (
	"testing"

	"github.com/thidua-go/thidua/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// clean is a fast path of vntext.Clean: both must agree on every input.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", " ", "Trần Thị Hoà", " Trần  Thị\tHoà ", "a\u00a0b", norm.NFD.String("Hòa"), "x\n", "\u3000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := clean(s), vntext.Clean(s); got != want {
			t.Errorf("clean(%q) = %q, vntext.Clean = %q", s, got, want)
		}
	})
}
