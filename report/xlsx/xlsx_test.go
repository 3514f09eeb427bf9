package xlsx_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/golden"
	"github.com/thidua-go/thidua/internal/officetest"
	"github.com/thidua-go/thidua/report/xlsx"
)

// sample is a workbook with what the library's tables use: a title row
// merged across, a two-level bold header with merged cells, text with
// Vietnamese letters, numbers, money, dates, a list and a second sheet.
func sample() *xlsx.Workbook {
	wb := xlsx.New()
	s := wb.AddSheet("Khen thưởng")
	s.SetWidths(6, 30, 12, 12, 18, 14)
	s.AddRow(xlsx.Text("BẢNG TỔNG HỢP KHEN THƯỞNG").With(xlsx.Style{Bold: true, Size: 14, Align: xlsx.Center}))
	s.Merge(0, 0, 0, 5)
	h := xlsx.HeaderStyle()
	s.AddRow(xlsx.Texts(h, "STT", "Đơn vị", "Số lượng", "", "Tiền thưởng (đồng)", "Ngày quyết định")...).Height = 30
	s.AddRow(xlsx.Texts(h, "", "", "Tập thể", "Cá nhân", "", "")...)
	s.Merge(1, 0, 2, 0)
	s.Merge(1, 1, 2, 1)
	s.Merge(1, 2, 1, 3)
	s.Merge(1, 4, 2, 4)
	s.Merge(1, 5, 2, 5)
	body := xlsx.BodyStyle()
	money := body
	money.NumFormat = "#,##0"
	s.AddRow(xlsx.Int(1).With(body), xlsx.Text("Chi cục Thi hành án dân sự huyện Cao Lãnh").With(body),
		xlsx.Int(3).With(body), xlsx.Int(12).With(body),
		xlsx.Decimal(decimal.RequireFromString("15300000")).With(money),
		xlsx.Date(thidua.MustDate(2019, 12, 31)).With(body))
	s.AddRow(xlsx.Int(2).With(body), xlsx.Text(" Phòng Tổ chức & <cán bộ> \"TCCB\" ").With(body),
		xlsx.Int(0).With(body), xlsx.Int(5).With(body),
		xlsx.Decimal(decimal.RequireFromString("2750000.5")).With(money),
		xlsx.Date(thidua.MustDate(2020, 2, 29)).With(body))
	s.FreezeRows = 3
	s.RepeatRows = 3
	s.Page = xlsx.Page{Landscape: true, FitWidth: true, PageNumbers: true}
	s.Lists = []xlsx.List{{Range: xlsx.Range{FirstRow: 3, FirstCol: 2, LastRow: 100, LastCol: 2}, Values: []string{"1", "2", "3"}, Prompt: "Chọn số"}}

	n := wb.AddSheet("Ghi chú")
	n.AddRow(xlsx.Text("Dòng có _x0041_ và ký tự\u0001điều khiển"), xlsx.Bool(true), xlsx.Float(0.25).With(xlsx.Style{NumFormat: "0%"}))
	n.AddRow()
	n.AddRow(xlsx.Text("=1+1"), xlsx.Text("nhiều\ndòng").With(xlsx.Style{Wrap: true, Italic: true, Fill: "D9D9D9"}))
	return wb
}

// parts returns the XML parts of a zip file, named and in order, as one
// text, for golden comparison independent of the compressor.
func parts(t *testing.T, b []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out.WriteString("== " + f.Name + "\n")
		out.Write(data)
		out.WriteString("\n")
	}
	return out.String()
}

func TestGolden(t *testing.T) {
	b, err := sample().Bytes()
	if err != nil {
		t.Fatal(err)
	}
	again, err := sample().Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, again) {
		t.Error("two writes of the same workbook differ")
	}
	got := parts(t, b)
	path := filepath.Join("testdata", "sample.xlsx.txt")
	golden.Check(t, path, []byte(got))
}

// TestLibreOffice opens the workbook with LibreOffice and compares the
// cells it shows.
func TestLibreOffice(t *testing.T) {
	b, err := sample().Bytes()
	if err != nil {
		t.Fatal(err)
	}
	sheets := officetest.SheetsCSV(t, "sample.xlsx", b)
	want := map[string][][]string{
		"Khen thưởng": {
			{"BẢNG TỔNG HỢP KHEN THƯỞNG", "", "", "", "", ""},
			{"STT", "Đơn vị", "Số lượng", "", "Tiền thưởng (đồng)", "Ngày quyết định"},
			{"", "", "Tập thể", "Cá nhân", "", ""},
			{"1", "Chi cục Thi hành án dân sự huyện Cao Lãnh", "3", "12", "15,300,000", "31/12/2019"},
			{"2", " Phòng Tổ chức & <cán bộ> \"TCCB\" ", "0", "5", "2,750,001", "29/02/2020"},
		},
		"Ghi chú": {
			{"Dòng có _x0041_ và ký tự\u0001điều khiển", "TRUE", "25%"},
			{"", "", ""},
			{"=1+1", "nhiều\ndòng", ""},
		},
	}
	if diff := cmp.Diff(want, sheets); diff != "" {
		t.Errorf("cells LibreOffice shows (-want +got):\n%s", diff)
	}
}

func TestSerial(t *testing.T) {
	for _, c := range []struct {
		d    thidua.Date
		want int
	}{
		{thidua.MustDate(1900, 1, 1), 1},
		{thidua.MustDate(1900, 2, 28), 59},
		{thidua.MustDate(1900, 3, 1), 61}, // 60 is the 29 February 1900 that never was
		{thidua.MustDate(2024, 1, 1), 45292},
		{thidua.MustDate(2020, 2, 29), 43890},
	} {
		if got := xlsx.Serial(c.d); got != c.want {
			t.Errorf("Serial(%v) = %d, want %d", c.d, got, c.want)
		}
	}
}

func TestColName(t *testing.T) {
	for col, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA", 16383: "XFD"} {
		if got := xlsx.ColName(col); got != want {
			t.Errorf("ColName(%d) = %q, want %q", col, got, want)
		}
	}
	if got := xlsx.CellRef(9, 27); got != "AB10" {
		t.Errorf("CellRef(9, 27) = %q", got)
	}
}

func TestInvalid(t *testing.T) {
	for _, c := range []struct {
		reason string
		build  func(wb *xlsx.Workbook)
	}{
		{"no sheets", func(wb *xlsx.Workbook) {}},
		{"empty name", func(wb *xlsx.Workbook) { wb.AddSheet("") }},
		{"long name", func(wb *xlsx.Workbook) { wb.AddSheet(strings.Repeat("ư", 32)) }},
		{"bad character in name", func(wb *xlsx.Workbook) { wb.AddSheet("Năm 2019/2020") }},
		{"apostrophe at start", func(wb *xlsx.Workbook) { wb.AddSheet("'A") }},
		{"duplicate name regardless of case", func(wb *xlsx.Workbook) { wb.AddSheet("Đơn vị"); wb.AddSheet("đơn vị") }},
		{"text not UTF-8", func(wb *xlsx.Workbook) { wb.AddSheet("A").AddRow(xlsx.Text("\xff")) }},
		{"text too long", func(wb *xlsx.Workbook) { wb.AddSheet("A").AddRow(xlsx.Text(strings.Repeat("a", 32768))) }},
		{"NaN", func(wb *xlsx.Workbook) {
			wb.AddSheet("A").AddRow(xlsx.Float(0 * func() float64 { var z float64; return 1 / z }()))
		}},
		{"zero date", func(wb *xlsx.Workbook) { wb.AddSheet("A").AddRow(xlsx.Date(thidua.Date{})) }},
		{"invalid date", func(wb *xlsx.Workbook) {
			wb.AddSheet("A").AddRow(xlsx.Date(thidua.Date{Year: 2024, Month: 2, Day: 31}))
		}},
		{"single-cell merge", func(wb *xlsx.Workbook) { wb.AddSheet("A").Merge(0, 0, 0, 0) }},
		{"inverted merge", func(wb *xlsx.Workbook) { wb.AddSheet("A").Merge(2, 0, 1, 0) }},
		{"negative merge", func(wb *xlsx.Workbook) { wb.AddSheet("A").Merge(-1, 0, 1, 0) }},
		{"overlapping merges", func(wb *xlsx.Workbook) { s := wb.AddSheet("A"); s.Merge(0, 0, 1, 1); s.Merge(1, 1, 2, 2) }},
		{"value hidden by a merge", func(wb *xlsx.Workbook) {
			s := wb.AddSheet("A")
			s.AddRow(xlsx.Int(1), xlsx.Int(2))
			s.Merge(0, 0, 0, 1)
		}},
		{"list value with comma", func(wb *xlsx.Workbook) {
			wb.AddSheet("A").Lists = []xlsx.List{{Range: xlsx.Range{LastRow: 3}, Values: []string{"a,b"}}}
		}},
		{"list too long", func(wb *xlsx.Workbook) {
			wb.AddSheet("A").Lists = []xlsx.List{{Range: xlsx.Range{LastRow: 3}, Values: []string{strings.Repeat("a", 256)}}}
		}},
		{"bad fill", func(wb *xlsx.Workbook) { wb.AddSheet("A").AddRow(xlsx.Text("x").With(xlsx.Style{Fill: "red"})) }},
		{"negative width", func(wb *xlsx.Workbook) { wb.AddSheet("A").SetWidths(-1) }},
		{"negative height", func(wb *xlsx.Workbook) { wb.AddSheet("A").AddRow().Height = -1 }},
	} {
		t.Run(c.reason, func(t *testing.T) {
			wb := xlsx.New()
			c.build(wb)
			var b bytes.Buffer
			err := wb.Write(&b)
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("Write: %v, want ErrInvalid", err)
			}
			var te *thidua.Error
			if !errors.As(err, &te) || !strings.HasPrefix(err.Error(), "xlsx: ") {
				t.Errorf("error %q is not a *thidua.Error from xlsx", err)
			}
			if b.Len() != 0 {
				t.Errorf("%d bytes written despite the error", b.Len())
			}
		})
	}
}

// TestRoundTripText checks that text survives the escaping: the XML parser
// of encoding/xml reads back the shared strings as written, and _xHHHH_
// escapes decode to the original.
func TestRoundTripText(t *testing.T) {
	for _, s := range []string{"a_x0041_b", "_x005F_", "tab\there", "cr\r\nlf", "\u0001\u001f", "Đồng Tháp – “ngoặc”"} {
		wb := xlsx.New()
		wb.AddSheet("A").AddRow(xlsx.Text(s))
		b, err := wb.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		got := sharedString(t, b)
		if got != s {
			t.Errorf("text %q read back as %q", s, got)
		}
	}
}
