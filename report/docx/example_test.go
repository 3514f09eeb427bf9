package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"log"

	"github.com/thidua-go/thidua/report/docx"
)

// An administrative document the library does not know, laid out as
// Nghị định 30/2020/NĐ-CP requires: letterhead, body, a table, "Nơi nhận:"
// and the signature block.
func Example() {
	d := docx.New() // A4, Times New Roman 14 pt, page numbers from page 2
	d.Add(docx.Letterhead{
		Parent:    "Ủy ban nhân dân tỉnh Đồng Tháp",
		Agency:    "Sở Nội vụ",
		Number:    "Số: 12/TB-SNV",
		PlaceDate: "Đồng Tháp, ngày 10 tháng 01 năm 2025",
		Title:     "Thông báo",
		Subtitle:  "Kết quả bình xét thi đua năm 2024",
	}.Blocks(d.Page)...)
	p := d.Para("Sở Nội vụ thông báo kết quả bình xét thi đua năm 2024 như sau:")
	p.Align, p.FirstLine = docx.Justify, 10
	t := &docx.Table{Widths: []float64{15, 100, 50}, Borders: true, HeaderRows: 1}
	t.AddRow(docx.BoldCell("STT"), docx.BoldCell("Tập thể"), docx.BoldCell("Danh hiệu"))
	t.AddRow(docx.Cell("1", docx.Center), docx.Cell("Phòng Tổ chức cán bộ", docx.Left), docx.Cell("Tập thể lao động xuất sắc", docx.Left))
	d.Add(t, &docx.Paragraph{})
	d.Add(docx.Signature{
		Recipients: []string{"Như trên;", "Lưu: VT."},
		Authority:  "KT. Giám đốc",
		Title:      "Phó Giám đốc",
		Name:       "Trần Thị Bích",
	}.Block(d.Page))

	var buf bytes.Buffer
	if err := d.Write(&buf); err != nil {
		log.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range z.File {
		fmt.Println(f.Name)
	}
	// Output:
	// [Content_Types].xml
	// _rels/.rels
	// word/document.xml
	// word/styles.xml
	// word/settings.xml
	// word/_rels/document.xml.rels
	// word/header1.xml
	// word/header2.xml
}
