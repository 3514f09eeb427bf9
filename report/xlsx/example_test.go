package xlsx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"log"

	"github.com/thidua-go/thidua/report/xlsx"
)

// A table with a merged, bold two-row header, column widths and an A4
// landscape page.
func Example() {
	wb := xlsx.New()
	s := wb.AddSheet("Danh sách")
	s.SetWidths(6, 28, 10, 10)
	h := xlsx.HeaderStyle()
	s.AddRow(xlsx.Texts(h, "STT", "Họ và tên", "Xếp loại", "")...).Height = 20
	s.AddRow(xlsx.Texts(h, "", "", "2023", "2024")...)
	s.Merge(0, 0, 1, 0) // STT over two rows
	s.Merge(0, 1, 1, 1)
	s.Merge(0, 2, 0, 3) // Xếp loại over the two years
	body := xlsx.BodyStyle()
	s.AddRow(xlsx.Int(1).With(body), xlsx.Text("Nguyễn Văn Ánh").With(body), xlsx.Text("HTXSNV").With(body), xlsx.Text("HTTNV").With(body))
	s.FreezeRows, s.RepeatRows = 2, 2
	s.Page = xlsx.Page{Landscape: true}

	var buf bytes.Buffer
	if err := wb.Write(&buf); err != nil {
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
	// xl/workbook.xml
	// xl/_rels/workbook.xml.rels
	// xl/worksheets/sheet1.xml
	// xl/styles.xml
	// xl/sharedStrings.xml
}
