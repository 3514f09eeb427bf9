package document_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/hostile"
	"github.com/thidua-go/thidua/report/document"
)

// neutralName stands in for a hostile name in the reference rendering.
const neutralName = "Nguyễn Văn X"

// FuzzHostileNames renders every document in every format over a name the
// fuzzer chooses, and compares each rendering with the same document over
// a plain name: the HTML has the same tags with the same attributes (no
// tag or attribute injected, no script), each Markdown table row the same
// number of cells, the CSV the same records with the same number of fields
// and no field a spreadsheet runs as a formula, the office files stay well
// formed; every text output is valid UTF-8. A name the stores refuse is
// skipped.
func FuzzHostileNames(f *testing.F) {
	for _, n := range hostileNames {
		f.Add(n)
	}
	for _, n := range []string{hostile.BadUTF8, "a | b | c", "x\n| a | b |\n", "@SUM(A1)", "-1+2", "\tTab", "a\\|b", "<!-- x", "]]>", "&amp;", "a\u200bb", "e\u0301\u0338"} {
		f.Add(n)
	}
	r, err := document.NewRenderer()
	if err != nil {
		f.Fatal(err)
	}
	ref := map[string]map[document.Format]string{}
	for name, doc := range hostileDocuments(f, neutralName) {
		ref[name] = map[document.Format]string{}
		for _, format := range []document.Format{document.HTML, document.Markdown, document.CSV} {
			var buf bytes.Buffer
			if err := r.Render(&buf, format, doc); err == nil {
				ref[name][format] = buf.String()
			}
		}
	}
	f.Fuzz(func(t *testing.T, name string) {
		if !strings.ContainsFunc(name, unicode.IsLetter) || len(name) > thidua.MaxNameLen {
			t.Skip()
		}
		docs, err := buildHostileDocuments(name)
		if err != nil {
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("building documents over %q: %v", name, err)
			}
			return
		}
		for docName, doc := range docs {
			for _, format := range []document.Format{document.HTML, document.Markdown, document.Text, document.CSV, document.DOCX, document.XLSX} {
				var buf bytes.Buffer
				if err := r.Render(&buf, format, doc); err != nil {
					if errors.Is(err, thidua.ErrInvalid) && ref[docName][format] == "" {
						continue // a format the document has not
					}
					t.Fatalf("%s %s over %q: %v", docName, format, name, err)
				}
				out := buf.String()
				if format != document.DOCX && format != document.XLSX && !utf8.ValidString(out) {
					t.Errorf("%s %s over %q: not valid UTF-8", docName, format, name)
				}
				switch format {
				case document.HTML:
					if bad := hostile.TakenTags(out); len(bad) > 0 {
						t.Errorf("%s html over %q: tags taken over: %q", docName, name, bad)
					}
					if got, want := hostile.TagSkeleton(out), hostile.TagSkeleton(ref[docName][format]); got != want {
						t.Errorf("%s html over %q: tags differ from the plain name's:\n%s\nwant\n%s", docName, name, got, want)
					}
				case document.Markdown:
					if bad := hostile.TakenTags(out); len(bad) > 0 {
						t.Errorf("%s markdown over %q: tags taken over: %q", docName, name, bad)
					}
					if got, want := hostile.TableCells(out), hostile.TableCells(ref[docName][format]); got != want {
						t.Errorf("%s markdown over %q: table rows %s, with a plain name %s:\n%s", docName, name, got, want, out)
					}
				case document.CSV:
					if bad := hostile.FormulaFields(t, out); len(bad) > 0 {
						t.Errorf("%s csv over %q: fields a spreadsheet runs as formulas: %q", docName, name, bad)
					}
					if got, want := hostile.CSVShape(t, out), hostile.CSVShape(t, ref[docName][format]); got != want {
						t.Errorf("%s csv over %q: records %s, with a plain name %s", docName, name, got, want)
					}
				case document.DOCX, document.XLSX:
					hostile.OfficeXML(t, buf.Bytes())
				}
			}
		}
	})
}
