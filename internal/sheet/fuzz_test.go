package sheet

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
)

var fuzzSpec = &Spec{Name: "S", Cols: []Col{
	{Header: "Mã", Type: CodeCol, Required: true}, {Header: "Tên"}, {Header: "Số", Type: IntCol},
	{Header: "Tỷ lệ", Type: DecimalCol}, {Header: "Ngày", Type: DateCol}, {Header: "Có", Type: BoolCol},
}}

// exercise reads every value of every sheet of b as each type.
func exercise(t *testing.T, b *Book) {
	for _, tbl := range b.Sheets {
		var ps Problems
		bd := Bind(tbl, fuzzSpec, &ps)
		if bd == nil {
			continue
		}
		for _, r := range bd.Rows {
			bd.Text(r, 0)
			bd.Text(r, 1)
			bd.Int(r, 2)
			bd.Decimal(r, 3)
			bd.Date(r, 4)
			bd.Bool(r, 5)
		}
		if err := ps.Err(); err != nil && !errors.Is(err, thidua.ErrInvalid) {
			t.Fatalf("problems do not match ErrInvalid: %v", err)
		}
	}
}

// FuzzReadXLSX reads a workbook whose worksheet and shared strings are the
// fuzzer's, then whole arbitrary files: an error or a book, never a panic.
func FuzzReadXLSX(f *testing.F) {
	f.Add(`<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c><c t="inlineStr"><is><t>Tên</t></is></c><c><v>45292</v></c></row>`+
		`<row r="2"><c r="A2"><v>1024</v></c><c r="E2"><v>45292.5</v></c><c t="b"><v>1</v></c></row></sheetData></worksheet>`,
		`<sst><si><t>Mã</t></si><si><r><t>Ng</t></r><r><t>ày</t></r><rPh><t>x</t></rPh></si></sst>`, false)
	f.Add(`<x:worksheet xmlns:x="u"><x:sheetData><x:row><x:c t="str"><x:v>a_x0041_</x:v></x:c></x:row></x:sheetData></x:worksheet>`, ``, true)
	f.Fuzz(func(t *testing.T, sheetXML, sst string, d1904 bool) {
		wbPr := ""
		if d1904 {
			wbPr = `<workbookPr date1904="true"/>`
		}
		data := zipOf(t, map[string]string{
			"_rels/.rels": relsPkg, "xl/_rels/workbook.xml.rels": relsWB,
			"xl/workbook.xml":          `<workbook ` + nsMain + `>` + wbPr + `<sheets><sheet name="S" r:id="rId1"/></sheets></workbook>`,
			"xl/worksheets/sheet1.xml": sheetXML,
			"xl/sharedStrings.xml":     sst,
		})
		b, err := ReadXLSX(bytes.NewReader(data), int64(len(data)), Limits{MaxCells: 100_000})
		if err != nil {
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("error does not match ErrInvalid: %v", err)
			}
			return
		}
		exercise(t, b)
		// The bytes of the file itself, cut anywhere.
		cut := data[:len(data)*len(sheetXML)%(len(data)+1)]
		if b, err := ReadXLSX(bytes.NewReader(cut), int64(len(cut)), Limits{}); err == nil {
			exercise(t, b)
		}
	})
}

// FuzzReadCSV reads arbitrary text as a CSV sheet: an error or a table,
// never a panic.
func FuzzReadCSV(f *testing.F) {
	f.Add("\xEF\xBB\xBFMã;Tên;Ngày\nP1;\"An\";31/02/2024\n")
	f.Add("Mã,Tên,Số,Tỷ lệ,Ngày,Có\n1024,'=1+1,3.5,\"1,5%\",2024-01-01,x\n\"a\"\"b\",,,,,\n")
	f.Fuzz(func(t *testing.T, in string) {
		tbl, err := ReadCSV("S", strings.NewReader(in), Limits{MaxCells: 100_000})
		if err != nil {
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("error does not match ErrInvalid: %v", err)
			}
			return
		}
		exercise(t, &Book{Sheets: []*Table{tbl}})
	})
}

// FuzzScanner checks that the fast scanner reads a worksheet as
// encoding/xml does, or hands it over.
func FuzzScanner(f *testing.F) {
	f.Add(`<?xml version="1.0"?><worksheet xmlns="u" xmlns:r="v"><!-- c --><sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c>` +
		`<c r='B1' t="inlineStr"><is><r><t xml:space="preserve"> a &amp; b &#x1EA1;&#7841; </t></r><rPh><t>x</t></rPh></is></c><c><v><![CDATA[12]]></v></c></row>` +
		`<row><c/><c t="str"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>`)
	f.Add("<x:worksheet xmlns:x=\"u\"><x:sheetData><x:row x:r=\"2\"><x:c><x:v>1\r\n2</x:v></x:c></x:row></x:sheetData></x:worksheet>")
	f.Fuzz(func(t *testing.T, part string) {
		x := &xlsxReader{lim: DefaultLimits.orDefault(), strings: []string{"a", "b"}}
		x.lim.MaxCells = 100_000
		fast, errFast := x.sheetCells("S", "p", false, newFastTokens([]byte(part)))
		if errors.Is(errFast, errFallback) {
			return
		}
		x.cells = 0
		slow, errSlow := x.sheetCells("S", "p", false, xmlTokens{decoder(strings.NewReader(part))})
		if errSlow != nil {
			return // the scanner may accept what encoding/xml refuses
		}
		if errFast != nil {
			t.Fatalf("scanner: %v; encoding/xml read it", errFast)
		}
		if len(fast.Rows) != len(slow.Rows) {
			t.Fatalf("rows: scanner %+v, encoding/xml %+v", fast.Rows, slow.Rows)
		}
		for i := range fast.Rows {
			a, b := fast.Rows[i], slow.Rows[i]
			if a.N != b.N || len(a.Cells) != len(b.Cells) {
				t.Fatalf("row %d: scanner %+v, encoding/xml %+v", i, a, b)
			}
			for j := range a.Cells {
				if a.Cells[j] != b.Cells[j] {
					t.Fatalf("cell %d/%d: scanner %+v, encoding/xml %+v", i, j, a.Cells[j], b.Cells[j])
				}
			}
		}
	})
}
