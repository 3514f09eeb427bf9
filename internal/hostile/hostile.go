// Package hostile holds the hostile input the conformance suites of the
// stores feed them (invalid UTF-8, blank, padded and oversized IDs, text
// one byte over the library's limits) and the check of the error each
// write must return: an [*thidua.Error] wrapping [thidua.ErrInvalid] that
// names the field at fault.
package hostile

import (
	"errors"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
)

// Text that a store must refuse.
var (
	// BadUTF8 is text that is not valid UTF-8.
	BadUTF8 = "Nguy\xe1n V\xffn"
	// HugeName is a name one byte over [thidua.MaxNameLen].
	HugeName = strings.Repeat("á", thidua.MaxNameLen/2) + "x"
	// HugeTitle is a title one byte over [thidua.MaxTitleLen].
	HugeTitle = strings.Repeat("x", thidua.MaxTitleLen+1)
	// HugeNote is a note one byte over [thidua.MaxNoteLen].
	HugeNote = strings.Repeat("x", thidua.MaxNoteLen+1)
)

// IDs returns IDs and codes a store must refuse, by what is wrong with
// them: blank, padded at either end, holding a control character or a NUL,
// not valid UTF-8, one byte over [thidua.MaxIDLen]. The caller owns the
// map.
func IDs() map[string]string {
	return map[string]string{
		"blank": "   ", "padded": " x", "trailing": "x ", "tab": "x\t", "control": "a\x00b", "utf8": "\xff",
		"huge": strings.Repeat("x", thidua.MaxIDLen+1),
	}
}

// Want checks that err matches [thidua.ErrInvalid] and is, or wraps, an
// [*thidua.Error] naming field.
func Want(t testing.TB, err error, field string) {
	t.Helper()
	if !errors.Is(err, thidua.ErrInvalid) {
		t.Fatalf("error = %v, want one matching ErrInvalid", err)
	}
	var te *thidua.Error
	if !errors.As(err, &te) {
		t.Fatalf("error %v is not a *thidua.Error", err)
	}
	if te.Field != field {
		t.Errorf("error %v names field %q, want %q", err, te.Field, field)
	}
}
