package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
)

// zipOf returns a zip archive of the named parts.
func zipOf(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	nsMain  = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	relsPkg = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	relsWB = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>`
)

// excelLike is a workbook written as Excel writes one: shared strings with
// rich text runs and phonetic runs, an inline string, a formula's string,
// numbers, booleans, an error, a date serial, cells without references,
// and an escaped carriage return.
func excelLike(t testing.TB, date1904 bool) []byte {
	wbPr := `<workbookPr/>`
	if date1904 {
		wbPr = `<workbookPr date1904="1"/>`
	}
	return zipOf(t, map[string]string{
		"_rels/.rels":                relsPkg,
		"xl/_rels/workbook.xml.rels": relsWB,
		"xl/workbook.xml": `<?xml version="1.0"?><workbook ` + nsMain + `>` + wbPr +
			`<sheets><sheet name="Cán bộ" sheetId="1" r:id="rId1"/><sheet name="Hai" sheetId="2" r:id="rId2"/></sheets></workbook>`,
		"xl/sharedStrings.xml": `<?xml version="1.0"?><sst ` + nsMain + ` count="4" uniqueCount="4">` +
			`<si><t>Mã cán bộ</t></si>` +
			`<si><r><rPr><b/></rPr><t>Họ và </t></r><r><t xml:space="preserve">tên</t></r></si>` +
			`<si><t>Nguyễn Thị Hoà</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>` +
			`<si><t>dòng một_x000D_dòng hai &amp; &lt;ba&gt;</t></si>` +
			`</sst>`,
		"xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet ` + nsMain + `><dimension ref="A1:F3"/><sheetData>` +
			`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>` +
			`<row r="3" spans="1:6"><c r="A3"><v>1024</v></c><c r="B3" t="s" s="1"><v>2</v></c><c r="D3" s="2"><v>45292</v></c>` +
			`<c t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>` +
			`<c r="H3" t="str"><f>A3&amp;"x"</f><v>1024x</v></c><c r="I3" t="s"><v>3</v></c><c r="J3"/></row>` +
			`</sheetData></worksheet>`,
		"xl/worksheets/sheet2.xml": `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
			`<x:row><x:c><x:v>1.5</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
	})
}

func TestReadXLSX(t *testing.T) {
	data := excelLike(t, false)
	b, err := ReadXLSX(bytes.NewReader(data), int64(len(data)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Sheets) != 2 || b.Sheets[0].Name != "Cán bộ" || b.Sheets[1].Name != "Hai" {
		t.Fatalf("sheets = %+v", b.Sheets)
	}
	s := b.Sheets[0]
	if len(s.Rows) != 2 || s.Rows[0].N != 1 || s.Rows[1].N != 3 {
		t.Fatalf("rows = %+v", s.Rows)
	}
	want := []Cell{
		{Number, "1024"}, {Text, "Nguyễn Thị Hoà"}, {}, {Number, "45292"}, {Text, "inline"},
		{Bool, "1"}, {ErrVal, "#N/A"}, {Text, "1024x"}, {Text, "dòng một\rdòng hai & <ba>"},
	}
	got := s.Rows[1].Cells
	if len(got) != len(want) {
		t.Fatalf("cells = %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %s3 = %+v, want %+v", ColName(i), got[i], want[i])
		}
	}
	if h := s.Rows[0].Cells; h[1].V != "Họ và tên" {
		t.Errorf("rich text = %q", h[1].V)
	}
	if c := b.Sheets[1].Rows[0]; c.N != 1 || c.Cells[0] != (Cell{Number, "1.5"}) {
		t.Errorf("prefixed sheet = %+v", c)
	}
}

func TestSerialDate(t *testing.T) {
	for _, c := range []struct {
		v     string
		d1904 bool
		want  string
	}{
		{"1", false, "1900-01-01"},
		{"59", false, "1900-02-28"},
		{"61", false, "1900-03-01"},
		{"45292", false, "2024-01-01"},
		{"45292.75", false, "2024-01-01"},
		{"43830", false, "2019-12-31"},
		{"0", true, "1904-01-01"},
		{"43830", true, "2024-01-01"}, // 1462 days later than the 1900 system
	} {
		got, err := SerialDate(c.v, c.d1904)
		if err != nil || got.String() != c.want {
			t.Errorf("SerialDate(%s, %v) = %v, %v; want %s", c.v, c.d1904, got, err, c.want)
		}
	}
	for _, v := range []string{"60", "0", "-1", "abc", "1e300", "NaN"} {
		if _, err := SerialDate(v, false); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("SerialDate(%s) err = %v", v, err)
		}
	}
}

func TestDates1904(t *testing.T) {
	spec := &Spec{Name: "Cán bộ", Cols: []Col{{Header: "Mã cán bộ", Type: CodeCol}, {Header: "Họ và tên"}, {Header: "Ngày", Type: DateCol}}}
	for _, d1904 := range []bool{false, true} {
		data := excelLike(t, d1904)
		b, err := ReadXLSX(bytes.NewReader(data), int64(len(data)), Limits{})
		if err != nil {
			t.Fatal(err)
		}
		t.Run(map[bool]string{false: "1900", true: "1904"}[d1904], func(t *testing.T) {
			tbl := b.Sheets[0]
			tbl.Rows[0].Cells = append(tbl.Rows[0].Cells, Cell{}, Cell{Text, "NGÀY"})
			tbl.Rows[1].Cells = tbl.Rows[1].Cells[:4]
			var ps Problems
			bd := Bind(tbl, spec, &ps)
			if bd == nil {
				t.Fatal(ps.Err())
			}
			got, ok := bd.Date(bd.Rows[0], 2)
			want := "2024-01-01"
			if d1904 {
				want = "2028-01-02"
			}
			if !ok || got.String() != want {
				t.Errorf("date = %v (%v), want %s; %v", got, ok, want, ps.Err())
			}
			if code := bd.Text(bd.Rows[0], 0); code != "1024" {
				t.Errorf("numeric code = %q", code)
			}
		})
	}
}

func TestBadXLSX(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":           nil,
		"text":            []byte("Mã cán bộ,Họ tên\n"),
		"zip, no book":    zipOf(t, map[string]string{"a.txt": "x"}),
		"broken workbook": zipOf(t, map[string]string{"xl/workbook.xml": "<workbook><sheets>"}),
		"no sheets":       zipOf(t, map[string]string{"xl/workbook.xml": "<workbook " + nsMain + "><sheets/></workbook>"}),
		"missing sheet part": zipOf(t, map[string]string{"_rels/.rels": relsPkg, "xl/_rels/workbook.xml.rels": relsWB,
			"xl/workbook.xml": `<workbook ` + nsMain + `><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>`}),
		"bad shared index": zipOf(t, map[string]string{"_rels/.rels": relsPkg, "xl/_rels/workbook.xml.rels": relsWB,
			"xl/workbook.xml":          `<workbook ` + nsMain + `><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>`,
			"xl/worksheets/sheet1.xml": `<worksheet><sheetData><row r="1"><c t="s"><v>7</v></c></row></sheetData></worksheet>`}),
		"bad number": zipOf(t, map[string]string{"_rels/.rels": relsPkg, "xl/_rels/workbook.xml.rels": relsWB,
			"xl/workbook.xml":          `<workbook ` + nsMain + `><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>`,
			"xl/worksheets/sheet1.xml": `<worksheet><sheetData><row r="1"><c><v>12abc</v></c></row></sheetData></worksheet>`}),
		"rows out of order": zipOf(t, map[string]string{"_rels/.rels": relsPkg, "xl/_rels/workbook.xml.rels": relsWB,
			"xl/workbook.xml":          `<workbook ` + nsMain + `><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>`,
			"xl/worksheets/sheet1.xml": `<worksheet><sheetData><row r="2"><c><v>1</v></c></row><row r="1"><c><v>1</v></c></row></sheetData></worksheet>`}),
	} {
		_, err := ReadXLSX(bytes.NewReader(data), int64(len(data)), Limits{})
		if !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		}
	}
}

func TestLimits(t *testing.T) {
	data := excelLike(t, false)
	for _, lim := range []Limits{{MaxRows: 2}, {MaxCols: 3}, {MaxCells: 5}, {MaxBytes: 100}} {
		_, err := ReadXLSX(bytes.NewReader(data), int64(len(data)), lim)
		if !errors.Is(err, ErrTooLarge) || !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("%+v: err = %v", lim, err)
		}
	}
}

func TestReadCSV(t *testing.T) {
	in := "\xEF\xBB\xBFMã cán bộ;Họ và tên;Ghi chú\n" +
		"P1;\"Nguyễn Văn An\";\"hai\ndòng\"\n" +
		";;\n" +
		"P2;'=SUM(A1);\n"
	tbl, err := ReadCSV("Cán bộ", strings.NewReader(in), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tbl.Rows) != 3 || tbl.Rows[0].Cells[0].V != "Mã cán bộ" || tbl.Rows[1].Cells[2].V != "hai\ndòng" || tbl.Rows[2].N != 5 {
		t.Fatalf("rows = %+v", tbl.Rows)
	}
	var ps Problems
	b := Bind(tbl, &Spec{Name: "Cán bộ", Cols: []Col{{Header: "Mã cán bộ", Type: CodeCol}, {Header: "Họ và tên"}}}, &ps)
	if b == nil {
		t.Fatal(ps.Err())
	}
	if got := b.Text(b.Rows[1], 1); got != "=SUM(A1)" {
		t.Errorf("neutralised formula read back as %q", got)
	}
	for name, bad := range map[string]string{
		"not UTF-8":  "Mã;Tên\nP1;Nguy\xeen\n",
		"bare quote": "a,\"b\nc",
	} {
		if _, err := ReadCSV(name, strings.NewReader(bad), Limits{}); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	if _, err := ReadCSV("big", strings.NewReader(strings.Repeat("a,b\n", 100)), Limits{MaxRows: 10}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("too many rows: err = %v", err)
	}
}

func TestKey(t *testing.T) {
	for _, c := range [][2]string{
		{"Họ và tên", "HỌ VÀ TÊN"},
		{"Họ và tên", "  họ  và   tên (*)"},
		{"Hoà", "Hòa"},
		{"Tỷ lệ đóng góp", "Tỷ lệ đóng góp (%)"},
		{"Số quyết định", "Số quyết định:"},
		{"Thuỷ", "Thủy"},
	} {
		if Key(c[0]) != Key(c[1]) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q", c[0], Key(c[0]), c[1], Key(c[1]))
		}
	}
	if Key("Mã đơn vị") == Key("Mã don vi") || Key("Năm") == Key("Nam") {
		t.Error("Key drops letters or diacritics that change the word")
	}
}

func TestValues(t *testing.T) {
	spec := &Spec{Name: "S", Cols: []Col{
		{Header: "Tên"}, {Header: "Mã", Type: CodeCol}, {Header: "Số", Type: IntCol}, {Header: "Tỷ lệ", Type: DecimalCol},
		{Header: "Ngày", Type: DateCol}, {Header: "Có", Type: BoolCol}, {Header: "Bắt buộc", Required: true},
	}}
	tbl := &Table{Name: "S", Rows: []Row{
		{N: 1, Cells: []Cell{{Text, "Tên"}, {Text, "Mã"}, {Text, "Số"}, {Text, "Tỷ lệ"}, {Text, "Ngày"}, {Text, "Có"}, {Text, "Bắt buộc"}}},
		{N: 2, Cells: []Cell{{Text, " Nguyễn  Văn An "}, {Number, "1.024E3"}, {Text, "12"}, {Text, "33,5%"}, {Text, "1.2.2024"}, {Text, "X"}, {Text, "v"}}},
		{N: 3, Cells: []Cell{{Number, "12"}, {Bool, "1"}, {Number, "1.5"}, {Text, "abc"}, {Text, "31/02/2024"}, {Text, "hmm"}, {}}},
	}}
	var ps Problems
	b := Bind(tbl, spec, &ps)
	r := b.Rows[0]
	if b.Text(r, 0) != "Nguyễn Văn An" || b.Text(r, 1) != "1024" {
		t.Errorf("text %q, code %q", b.Text(r, 0), b.Text(r, 1))
	}
	if n, ok := b.Int(r, 2); !ok || n != 12 {
		t.Errorf("int = %d, %v", n, ok)
	}
	if v, ok := b.Decimal(r, 3); !ok || v.String() != "33.5" {
		t.Errorf("decimal = %v, %v", v, ok)
	}
	if v, ok := b.Date(r, 4); !ok || v.String() != "2024-02-01" {
		t.Errorf("date = %v, %v", v, ok)
	}
	if !b.Bool(r, 5) {
		t.Error("bool X = false")
	}
	if ps.Len() != 0 {
		t.Fatalf("problems on a good row: %v", ps.Err())
	}
	r = b.Rows[1]
	b.Text(r, 0)
	b.Text(r, 1)
	b.Int(r, 2)
	b.Decimal(r, 3)
	b.Date(r, 4)
	b.Bool(r, 5)
	b.Text(r, 6)
	var e *Error
	if !errors.As(ps.Err(), &e) || len(e.Problems) != 7 {
		t.Fatalf("problems = %v", ps.Err())
	}
	for i, p := range e.Problems {
		if p.Sheet != "S" || p.Row != 3 || p.Col != ColName(i) || p.Column != spec.Cols[i].Header || !errors.Is(p.Err, thidua.ErrInvalid) {
			t.Errorf("problem %d = %+v", i, p)
		}
	}
	if !strings.Contains(e.Problems[4].Message, "không có trong lịch") {
		t.Errorf("31/02/2024: %q", e.Problems[4].Message)
	}
}
