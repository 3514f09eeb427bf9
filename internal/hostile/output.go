package hostile

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
)

// The checks of output over hostile text: the fuzz targets and tests of
// every renderer compare a rendering over a hostile name with the same
// document over a plain one.

// TakenTags returns the tags of markup (HTML, or the raw HTML Markdown
// lets through) that carry an onmouseover attribute, open a script, or
// whose name is not a plain tag name: tags taken over by text.
func TakenTags(markup string) []string {
	var bad []string
	for i := 0; i < len(markup); i++ {
		if markup[i] != '<' {
			continue
		}
		j := i + 1
		if j < len(markup) && markup[j] == '/' {
			j++
		}
		if j >= len(markup) || !(markup[j] >= 'a' && markup[j] <= 'z' || markup[j] >= 'A' && markup[j] <= 'Z') {
			continue // not a tag: "<" as text
		}
		end := strings.IndexByte(markup[i:], '>')
		if end < 0 {
			bad = append(bad, markup[i:])
			break
		}
		tag := markup[i : i+end+1]
		name := strings.TrimLeft(tag[1:], "/")
		k := strings.IndexFunc(name, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') })
		if strings.Contains(strings.ToLower(tag), "onmouseover") || strings.HasPrefix(strings.ToLower(tag), "<script") ||
			k < 0 || !strings.ContainsRune(" \t\n/>", rune(name[k])) {
			bad = append(bad, tag)
		}
		i += end
	}
	return bad
}

// FormulaFields returns the fields of a CSV file (a byte-order mark
// allowed) that a spreadsheet would run as a formula: those starting with
// =, +, @ or - (a number apart), tab or carriage return. t fails if the
// file is not CSV.
func FormulaFields(t testing.TB, out string) []string {
	t.Helper()
	recs := readCSV(t, out)
	var bad []string
	for _, rec := range recs {
		for _, f := range rec {
			if f == "" || !strings.ContainsRune("=+-@\t\r", rune(f[0])) {
				continue
			}
			if _, err := strconv.ParseFloat(strings.ReplaceAll(f, ",", "."), 64); err != nil {
				bad = append(bad, f)
			}
		}
	}
	return bad
}

// TagSkeleton lists the tags of markup with their attribute names, one per
// line, leaving out attribute values and text: two renderings of a
// document over different names have the same skeleton unless a name
// added a tag or an attribute.
func TagSkeleton(markup string) string {
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

// TableCells lists, for each Markdown table row (a line starting with
// "|"), the number of cell separators not escaped with a backslash.
func TableCells(md string) string {
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

// CSVShape lists the number of fields of each record of a CSV file (a
// byte-order mark allowed); t fails if the file is not CSV.
func CSVShape(t testing.TB, out string) string {
	t.Helper()
	recs := readCSV(t, out)
	shape := make([]string, len(recs))
	for i, rec := range recs {
		shape[i] = fmt.Sprint(len(rec))
	}
	return strings.Join(shape, ",")
}

// OfficeXML checks every XML part of an office file (DOCX, XLSX): t fails
// unless each is well formed and no element gained an attribute named
// onmouseover.
func OfficeXML(t testing.TB, file []byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if !strings.HasSuffix(zf.Name, ".xml") && !strings.HasSuffix(zf.Name, ".rels") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(rc)
		for {
			tok, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Errorf("%s: not well formed: %v", zf.Name, err)
				break
			}
			if se, ok := tok.(xml.StartElement); ok {
				for _, a := range se.Attr {
					if strings.EqualFold(a.Name.Local, "onmouseover") {
						t.Errorf("%s: <%s> gained attribute %s", zf.Name, se.Name.Local, a.Name.Local)
					}
				}
			}
		}
		rc.Close()
	}
}

// readCSV returns the records of a CSV file (a byte-order mark allowed),
// failing t if it is not CSV.
func readCSV(t testing.TB, out string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("csv: %v", err)
	}
	return recs
}
