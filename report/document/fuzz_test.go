package document_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
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
					if bad := badTags(out); len(bad) > 0 {
						t.Errorf("%s html over %q: tags taken over: %q", docName, name, bad)
					}
					if got, want := tagSkeleton(out), tagSkeleton(ref[docName][format]); got != want {
						t.Errorf("%s html over %q: tags differ from the plain name's:\n%s\nwant\n%s", docName, name, got, want)
					}
				case document.Markdown:
					if bad := badTags(out); len(bad) > 0 {
						t.Errorf("%s markdown over %q: tags taken over: %q", docName, name, bad)
					}
					if got, want := tableCells(out), tableCells(ref[docName][format]); got != want {
						t.Errorf("%s markdown over %q: table rows %s, with a plain name %s:\n%s", docName, name, got, want, out)
					}
				case document.CSV:
					if bad := formulaFields(t, out); len(bad) > 0 {
						t.Errorf("%s csv over %q: fields a spreadsheet runs as formulas: %q", docName, name, bad)
					}
					if got, want := csvShape(t, out), csvShape(t, ref[docName][format]); got != want {
						t.Errorf("%s csv over %q: records %s, with a plain name %s", docName, name, got, want)
					}
				case document.DOCX, document.XLSX:
					xmlBad(t, buf.Bytes())
				}
			}
		}
	})
}

// tagSkeleton lists the tags of markup with their attribute names, one per
// line, leaving out attribute values and text.
func tagSkeleton(markup string) string {
	var b strings.Builder
	for i := 0; i < len(markup); i++ {
		if markup[i] != '<' || i+1 >= len(markup) || !(markup[i+1] == '/' || markup[i+1] == '!' || isASCIILetter(markup[i+1])) {
			continue
		}
		j := i + 1
		for j < len(markup) && markup[j] != '>' && markup[j] != ' ' && markup[j] != '\n' && markup[j] != '\t' {
			j++
		}
		b.WriteString(markup[i:j])
		// Attributes: name[=value], a value quoted or not.
		for j < len(markup) && markup[j] != '>' {
			switch c := markup[j]; {
			case c == ' ' || c == '\n' || c == '\t' || c == '/':
				j++
			case c == '=':
				j++
				if j < len(markup) && (markup[j] == '"' || markup[j] == '\'') {
					q := markup[j]
					k := strings.IndexByte(markup[j+1:], q)
					if k < 0 {
						j = len(markup)
						break
					}
					j += k + 2
				} else {
					for j < len(markup) && markup[j] != ' ' && markup[j] != '>' {
						j++
					}
				}
			default:
				k := j
				for k < len(markup) && markup[k] != '=' && markup[k] != ' ' && markup[k] != '>' && markup[k] != '/' {
					k++
				}
				b.WriteString(" " + markup[j:k])
				j = k
			}
		}
		b.WriteByte('\n')
		i = j
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// tableCells lists, for each Markdown table row (a line starting with
// "|"), the number of cell separators not escaped with a backslash.
func tableCells(md string) string {
	var counts []string
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		n := 0
		for i := 0; i < len(line); i++ {
			switch line[i] {
			case '\\':
				i++
			case '|':
				n++
			}
		}
		counts = append(counts, fmt.Sprint(n))
	}
	return strings.Join(counts, ",")
}

// csvShape lists the number of fields of each record of a CSV file.
func csvShape(t *testing.T, out string) string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("csv: %v", err)
	}
	shape := make([]string, len(recs))
	for i, rec := range recs {
		shape[i] = fmt.Sprint(len(rec))
	}
	return strings.Join(shape, ",")
}
