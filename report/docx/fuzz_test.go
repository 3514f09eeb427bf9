package docx_test

import (
	"encoding/xml"
	"errors"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report/docx"
)

// FuzzText checks that any text either gives a document whose XML parts
// parse and hold the text, or an ErrInvalid; never a panic or a broken
// file.
func FuzzText(f *testing.F) {
	for _, s := range []string{"Đồng Tháp", "a\tb\nc", "<&>", "\x01", "  lề  ", "\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := docx.New()
		d.Add(docx.P(docx.T(s)))
		tb := &docx.Table{Widths: []float64{50}, Borders: true}
		tb.AddRow(docx.Cell(s, docx.Left))
		d.Add(tb)
		b, err := d.Bytes()
		if err != nil {
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("error %v is not ErrInvalid", err)
			}
			return
		}
		doc := part(t, b, "word/document.xml")
		dec := xml.NewDecoder(strings.NewReader(doc))
		var text strings.Builder
		for {
			tok, err := dec.Token()
			if err != nil {
				if err.Error() != "EOF" {
					t.Fatalf("document.xml does not parse: %v", err)
				}
				break
			}
			if cd, ok := tok.(xml.CharData); ok {
				text.Write(cd)
			}
		}
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' }) {
			if !strings.Contains(text.String(), w) {
				t.Fatalf("text %q lost %q", s, w)
			}
		}
	})
}
