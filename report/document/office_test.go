package document_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/golden"
	"github.com/thidua-go/thidua/internal/officetest"
	"github.com/thidua-go/thidua/report/document"
)

// zipParts returns the named parts of a zip file (all of them when names
// is empty) as one text, for golden files that do not depend on the
// compressor.
func zipParts(t *testing.T, b []byte, names ...string) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, f := range z.File {
		if len(names) > 0 && !contains(names, f.Name) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		out.WriteString("== " + f.Name + "\n")
		// One element per line keeps the diffs readable.
		out.WriteString(strings.ReplaceAll(string(data), "><", ">\n<"))
		out.WriteString("\n")
	}
	return out.String()
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func render(t *testing.T, r *document.Renderer, f document.Format, doc document.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := r.Render(&buf, f, doc); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestOfficeGolden compares the XML of the DOCX and XLSX of every standard
// document with golden files, and checks that writing twice gives the same
// bytes.
func TestOfficeGolden(t *testing.T) {
	docs := documents(t)
	r, err := document.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	for name, doc := range docs {
		t.Run(name+".docx", func(t *testing.T) {
			b := render(t, r, document.DOCX, doc)
			if !bytes.Equal(b, render(t, r, document.DOCX, doc)) {
				t.Error("two renderings differ")
			}
			golden.Check(t, filepath.Join("testdata", name+".docx.golden"), []byte(zipParts(t, b, "word/document.xml")))
		})
		t.Run(name+".xlsx", func(t *testing.T) {
			b := render(t, r, document.XLSX, doc)
			if !bytes.Equal(b, render(t, r, document.XLSX, doc)) {
				t.Error("two renderings differ")
			}
			golden.Check(t, filepath.Join("testdata", name+".xlsx.golden"), []byte(zipParts(t, b)))
		})
	}
}

var space = regexp.MustCompile(`\s+`)

func flat(s string) string { return strings.TrimSpace(space.ReplaceAllString(s, " ")) }

// TestOfficeLibreOffice opens the DOCX and XLSX of every standard document
// with LibreOffice. In the PDF of the DOCX, the heading's lines, the title,
// every text block of the layout in order, every cell of the tables shown,
// "Nơi nhận:" and the signer must be found. In the XLSX, every sheet must
// show the table's header and rows, cell by cell.
func TestOfficeLibreOffice(t *testing.T) {
	docs := documents(t)
	r, err := document.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	docxFiles := make(map[string][]byte)
	xlsxFiles := make(map[string][]byte)
	for name, doc := range docs {
		docxFiles[name+".docx"] = render(t, r, document.DOCX, doc)
		xlsxFiles[name+".xlsx"] = render(t, r, document.XLSX, doc)
	}
	texts := officetest.PDFTexts(t, docxFiles)
	books := officetest.SheetsCSVAll(t, xlsxFiles)
	for name, doc := range docs {
		l := doc.(document.Layouter).Layout()
		t.Run(name+".docx", func(t *testing.T) {
			text := flat(texts[name+".docx"])
			h := l.Heading
			for _, s := range append(h.AgencyLines(), document.NationalName, document.NationalMotto, h.NumberLine(), h.PlaceDateLine(), h.TitleLine(), h.Subtitle) {
				for _, part := range strings.Fields(s) {
					if !strings.Contains(text, part) {
						t.Errorf("heading word %q missing", part)
					}
				}
			}
			at := strings.Index(text, h.TitleLine())
			if at < 0 {
				t.Fatalf("title %q missing:\n%s", h.TitleLine(), text)
			}
			for _, b := range l.Body {
				if b.Kind == document.TableBlock {
					if b.Table.SheetOnly {
						continue
					}
					// Cells wrap within their columns, and the text of a PDF
					// interleaves the lines of neighbouring cells: every word
					// of every cell must be there.
					for _, row := range append([][]string{b.Table.Header}, b.Table.Rows...) {
						for _, c := range row {
							for _, w := range strings.Fields(c) {
								if !strings.Contains(text, w) {
									t.Errorf("word %q of table cell %q missing", w, c)
								}
							}
						}
					}
					continue
				}
				i := strings.Index(text[at:], flat(b.Text))
				if i < 0 {
					t.Errorf("block %q missing or out of order", b.Text)
					continue
				}
				at += i
			}
			if len(l.Recipients) > 0 && !strings.Contains(text, "Nơi nhận:") {
				t.Error(`"Nơi nhận:" missing`)
			}
			if !l.Signer.IsZero() && (!strings.Contains(text, document.Upper(l.Signer.Title)) || !strings.Contains(text, l.Signer.Name)) {
				t.Errorf("signature block %+v missing", l.Signer)
			}
		})
		t.Run(name+".xlsx", func(t *testing.T) {
			sheets := books[name+".xlsx"]
			var tables []*document.Table
			for _, b := range l.Body {
				if b.Kind == document.TableBlock {
					tables = append(tables, b.Table)
				}
			}
			if len(sheets) != len(tables) {
				t.Fatalf("%d sheets, want %d", len(sheets), len(tables))
			}
			used := make(map[string]bool)
			for _, tb := range tables {
				sheet := document.SheetName(tb.Title, used)
				rows, ok := sheets[sheet]
				if !ok {
					t.Fatalf("no sheet %q among %v", sheet, keys(sheets))
				}
				start := -1
				for i, row := range rows {
					if len(row) > 0 && len(tb.Header) > 0 && row[len(row)-1] == tb.Header[len(tb.Header)-1] && row[0] != "" {
						start = i
						break
					}
				}
				if start < 0 {
					t.Fatalf("sheet %q: header %v not found in\n%v", sheet, tb.Header, rows)
				}
				if len(tb.Groups) > 0 {
					start++ // the group row, then the header
				}
				n := tb.Cols()
				for ri, want := range tb.Rows {
					got := rows[start+1+ri]
					for i := range n {
						w := ""
						if i < len(want) {
							w = want[i]
						}
						if tb.Continues(ri) && tb.ContinueAt(i) {
							w = "" // merged into the cell above
						}
						if g := get(got, i); g != w {
							t.Errorf("sheet %q row %d col %d = %q, want %q", sheet, ri, i, g, w)
						}
					}
				}
			}
		})
	}
}

func get(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

func keys(m map[string][][]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// plain is a caller's document without a layout.
type plain struct{}

func (plain) TemplateName() string { return "plain" }

// memo is a caller's own document type with a layout: the office formats
// write it without any change to the library.
type memo struct{ text string }

func (memo) TemplateName() string { return "memo" }
func (m memo) Layout() *document.Layout {
	return &document.Layout{
		Heading: document.Heading{Agency: "Sở Nội vụ", Title: "Thông báo"},
		Body: []document.Block{{Kind: document.Body, Text: m.text},
			{Kind: document.TableBlock, Table: &document.Table{Title: "Danh sách", Header: []string{"STT", "Tên"}, Rows: [][]string{{"1", "Nguyễn Văn A"}}, Right: []bool{true}}}},
		Signer: document.Signer{Title: "Giám đốc", Name: "Trần Văn B"},
	}
}

func TestOfficeFormats(t *testing.T) {
	r, err := document.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, f := range []document.Format{document.DOCX, document.XLSX} {
		if err := r.Render(&b, f, plain{}); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("%s of a document without layout: %v, want ErrInvalid", f, err)
		}
		if err := r.Render(&b, f, nil); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("%s of nil: %v, want ErrInvalid", f, err)
		}
		b.Reset()
		if err := r.Render(&b, f, memo{"Nội dung thông báo."}); err != nil {
			t.Errorf("%s of a caller's document: %v", f, err)
		}
		if b.Len() == 0 || !bytes.HasPrefix(b.Bytes(), []byte("PK")) {
			t.Errorf("%s of a caller's document is not a zip", f)
		}
	}
	if got := r.Formats(); !cmp.Equal(got, []document.Format{"csv", "docx", "html", "markdown", "text", "xlsx"}) {
		t.Errorf("Formats() = %v", got)
	}

	// A ministry's own format, and a built-in one removed.
	upper := document.FormatRendererFunc(func(w io.Writer, doc document.Document) error {
		_, err := io.WriteString(w, strings.ToUpper(doc.TemplateName()))
		return err
	})
	r, err = document.NewRenderer(document.WithFormat("upper", upper), document.WithFormat(document.XLSX, nil))
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if err := r.Render(&b, "upper", memo{}); err != nil || b.String() != "MEMO" {
		t.Errorf("custom format wrote %q, %v", b.String(), err)
	}
	if err := r.Render(&b, document.XLSX, memo{}); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("removed format: %v, want ErrInvalid", err)
	}
	fr, err := r.Format(document.DOCX)
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if err := fr.Render(&b, memo{"x"}); err != nil || b.Len() == 0 {
		t.Errorf("DOCX FormatRenderer: %v", err)
	}
}

func TestSheetName(t *testing.T) {
	used := make(map[string]bool)
	for _, c := range []struct{ in, want string }{
		{"Danh hiệu thi đua", "Danh hiệu thi đua"},
		{"danh hiệu thi đua", "danh hiệu thi đua (2)"},
		{"Năm 2019/2020: [kết quả]", "Năm 2019 2020   kết quả"},
		{"", "Bảng"},
		{strings.Repeat("Bảng tổng hợp ", 5), "Bảng tổng hợp Bảng tổng hợp Bản"},
		{"'Trích'", "Trích"},
	} {
		if got := document.SheetName(c.in, used); got != c.want {
			t.Errorf("SheetName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
