package docx_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/golden"
	"github.com/thidua-go/thidua/internal/officetest"
	"github.com/thidua-go/thidua/report/docx"
)

// sample is an administrative document of three pages or more: letterhead,
// body paragraphs, a table with a merged header, the signature.
func sample(paras int) *docx.Document {
	d := docx.New()
	d.Add(docx.Letterhead{
		Parent:    "Bộ Tư pháp",
		Agency:    "Cục Thi hành án dân sự tỉnh Đồng Tháp",
		Number:    "Số: 05/BC-CTHADS",
		PlaceDate: "Đồng Tháp, ngày 05 tháng 02 năm 2024",
		Title:     "Báo cáo thành tích",
		Subtitle:  "Đề nghị tặng Huân chương Lao động hạng Ba",
	}.Blocks(d.Page)...)
	d.Add(docx.P(docx.B("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH")))
	for i := range paras {
		p := docx.P(docx.T("Đoạn "), docx.I(strings.Repeat("ư", i%3+1)),
			docx.T(": ngành thi hành án dân sự tỉnh Đồng Tháp luôn được sự quan tâm, lãnh đạo, chỉ đạo của Tổng cục, Tỉnh ủy, Ủy ban nhân dân tỉnh; phong trào thi đua yêu nước được phát động sâu rộng."))
		p.Align, p.FirstLine, p.Before = docx.Justify, 10, 6
		d.Add(p)
	}
	t := &docx.Table{Widths: []float64{12, 63, 30, 60}, Borders: true, HeaderRows: 2}
	t.AddRow(docx.BoldCell("STT"), docx.BoldCell("Hình thức"), docx.TableCell{Span: 2, Paras: []*docx.Paragraph{{Runs: []docx.Run{docx.B("Quyết định")}, Align: docx.Center}}})
	t.AddRow(docx.TableCell{Merge: true}, docx.TableCell{Merge: true}, docx.BoldCell("Số, ngày"), docx.BoldCell("Cơ quan ban hành"))
	t.AddRow(docx.Cell("1", docx.Center), docx.Cell("Cờ thi đua của Chính phủ", docx.Left), docx.Cell("123/QĐ-TTg\n05/03/2019", docx.Center), docx.Cell("Thủ tướng Chính phủ", docx.Left))
	t.AddRow(docx.Cell("2", docx.Center), docx.Cell("Bằng khen & <khác>", docx.Left), docx.Cell("  lề  ", docx.Center), docx.Cell("Bộ trưởng\tBộ Tư pháp", docx.Left))
	d.Add(t)
	last := d.Para("Trên đây là báo cáo thành tích của đơn vị.")
	last.KeepNext = true
	d.Add(&docx.Paragraph{}, docx.Signature{
		Recipients: []string{"Tổng cục THADS;", "Lưu: VT, TĐKT."},
		Authority:  "KT. Cục trưởng",
		Title:      "Phó Cục trưởng",
		Name:       "Nguyễn Văn Ánh",
	}.Block(d.Page))
	return d
}

func part(t *testing.T, b []byte, name string) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := z.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestGolden(t *testing.T) {
	b, err := sample(3).Bytes()
	if err != nil {
		t.Fatal(err)
	}
	again, _ := sample(3).Bytes()
	if !bytes.Equal(b, again) {
		t.Error("two writes of the same document differ")
	}
	for _, name := range []string{"word/document.xml", "word/styles.xml", "word/header1.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"} {
		got := part(t, b, name)
		path := filepath.Join("testdata", strings.NewReplacer("/", "_", "[", "", "]", "").Replace(name))
		golden.Check(t, path, []byte(got))
	}
}

// TestFonts checks the rule that keeps Vietnamese in Times New Roman: the
// font in all four slots of the defaults, no theme font anywhere.
func TestFonts(t *testing.T) {
	b, err := sample(1).Bytes()
	if err != nil {
		t.Fatal(err)
	}
	st := part(t, b, "word/styles.xml")
	for _, want := range []string{`w:ascii="Times New Roman"`, `w:hAnsi="Times New Roman"`, `w:eastAsia="Times New Roman"`, `w:cs="Times New Roman"`, `<w:lang w:val="vi-VN"`, `<w:sz w:val="28"/>`} {
		if !strings.Contains(st, want) {
			t.Errorf("styles.xml lacks %s", want)
		}
	}
	doc := part(t, b, "word/document.xml")
	for _, p := range []string{st, doc} {
		if strings.Contains(p, "Theme") || strings.Contains(p, "theme") {
			t.Error("a part names a theme font")
		}
	}
	for _, want := range []string{`<w:pgSz w:w="11906" w:h="16838"/>`, `w:top="1134"`, `w:bottom="1134"`, `w:left="1701"`, `w:right="850"`, `<w:titlePg/>`} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
}

// TestLibreOffice opens a document of several pages with LibreOffice and
// checks the text of the PDF: every part in order, the page numbers from
// page 2 and not on page 1, the Vietnamese letters intact.
func TestLibreOffice(t *testing.T) {
	b, err := sample(40).Bytes()
	if err != nil {
		t.Fatal(err)
	}
	text, pages := officetest.PDFText(t, "sample.docx", b)
	if pages < 3 {
		t.Fatalf("%d pages, want 3 or more", pages)
	}
	flat := strings.Join(strings.Fields(text), " ")
	// The columns of the borderless tables come out interleaved; their
	// lines are checked for presence, the rest in order.
	for _, s := range []string{"BỘ TƯ PHÁP", "CỤC THI HÀNH ÁN DÂN SỰ", "TỈNH ĐỒNG THÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-CTHADS", "Đồng Tháp, ngày 05 tháng 02 năm 2024",
		"Nơi nhận:", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "- Tổng cục THADS;", "- Lưu: VT, TĐKT.", "Nguyễn Văn Ánh",
		"Quyết định", "Số, ngày", "Cơ quan ban hành", "Bộ trưởng Bộ Tư pháp", "Thủ tướng Chính phủ"} {
		if !strings.Contains(flat, s) {
			t.Errorf("PDF text lacks %q", s)
		}
	}
	order := []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO THÀNH TÍCH", "Đề nghị tặng Huân chương Lao động hạng Ba", "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
		"Đoạn ư: ngành thi hành án dân sự tỉnh Đồng Tháp", "Đoạn ưưư", "STT", "Hình thức", "Cờ thi đua của Chính phủ", "123/QĐ-TTg",
		"Bằng khen & <khác>", "Trên đây là báo cáo thành tích của đơn vị.", "Nơi nhận:", "Nguyễn Văn Ánh"}
	at := 0
	for _, s := range order {
		i := strings.Index(flat[at:], s)
		if i < 0 {
			t.Fatalf("PDF text lacks %q after position %d:\n%s", s, at, flat)
		}
		at += i + len(s)
	}
	pageTexts := strings.Split(text, "\f")
	if first := strings.TrimSpace(pageTexts[0]); strings.HasPrefix(first, "1") {
		t.Errorf("page 1 starts with a page number: %.40q", first)
	}
	for i := 1; i < pages; i++ {
		first := strings.Fields(pageTexts[i])
		if len(first) == 0 || first[0] != strconv.Itoa(i+1) {
			t.Errorf("page %d starts with %v, want its number", i+1, first[:min(3, len(first))])
		}
	}
}

func TestInvalid(t *testing.T) {
	for _, c := range []struct {
		reason string
		doc    *docx.Document
	}{
		{"not UTF-8", &docx.Document{Body: []docx.Block{docx.P(docx.T("\xff"))}}},
		{"control character", &docx.Document{Body: []docx.Block{docx.P(docx.T("a\x01b"))}}},
		{"nil block", &docx.Document{Body: []docx.Block{nil}}},
		{"nil paragraph", &docx.Document{Body: []docx.Block{(*docx.Paragraph)(nil)}}},
		{"negative size", &docx.Document{Size: -1}},
		{"NaN margin", &docx.Document{Page: docx.Page{Left: nan()}}},
		{"margin too wide", &docx.Document{Page: docx.Page{Left: 150}}},
		{"table without columns", &docx.Document{Body: []docx.Block{&docx.Table{}}}},
		{"row wider than table", &docx.Document{Body: []docx.Block{&docx.Table{Widths: []float64{10}, Rows: []docx.TableRow{{Cells: []docx.TableCell{{}, {}}}}}}}},
		{"merge in first row", &docx.Document{Body: []docx.Block{&docx.Table{Widths: []float64{10}, Rows: []docx.TableRow{{Cells: []docx.TableCell{{Merge: true}}}}}}}},
		{"too many header rows", &docx.Document{Body: []docx.Block{&docx.Table{Widths: []float64{10}, HeaderRows: 1}}}},
	} {
		t.Run(c.reason, func(t *testing.T) {
			var b bytes.Buffer
			err := c.doc.Write(&b)
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("Write: %v, want ErrInvalid", err)
			}
			if !strings.HasPrefix(err.Error(), "docx: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			if b.Len() != 0 {
				t.Errorf("%d bytes written despite the error", b.Len())
			}
		})
	}
}

func nan() float64 { var z float64; return z / z }
