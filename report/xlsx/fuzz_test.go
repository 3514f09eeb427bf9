package xlsx_test

import (
	"testing"
	"unicode/utf8"

	"github.com/thidua-go/thidua/report/xlsx"
)

// FuzzText checks that any UTF-8 text written to a cell reads back the
// same through an XML parser and the _xHHHH_ unescaping of ECMA-376, and
// that Write refuses what it cannot write rather than writing a broken
// file.
func FuzzText(f *testing.F) {
	for _, s := range []string{"Đồng Tháp", "_x0041_", "a\x00b", "\r\n", "<&>\"'", " lề ", "\uFFFE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		wb := xlsx.New()
		wb.AddSheet("A").AddRow(xlsx.Text(s))
		b, err := wb.Bytes()
		if !utf8.ValidString(s) || utf8.RuneCountInString(s) > xlsx.MaxCellText {
			if err == nil {
				t.Fatalf("Write accepted %q", s)
			}
			return
		}
		if err != nil {
			t.Fatalf("Write(%q): %v", s, err)
		}
		if s == "" {
			return
		}
		// XML parsers turn CR LF and lone CR into LF unless escaped; the
		// writer escapes CR, so the text comes back exactly.
		if got := sharedString(t, b); got != s {
			t.Fatalf("text %q read back as %q", s, got)
		}
	})
}
