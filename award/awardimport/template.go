package awardimport

import (
	"io"
	"strings"

	"github.com/thidua-go/thidua/report/xlsx"
)

// WriteTemplate writes an empty XLSX workbook for units to fill in: a
// sheet of instructions (Hướng dẫn) describing every sheet and column,
// then one sheet per kind of record with its headers in bold, in import
// order, with drop-down lists for the columns that take a fixed word
// (ratings, gender, absence reasons, discipline forms, initiative levels,
// kinds of commendation). [Import] reads the filled workbook back.
func WriteTemplate(w io.Writer) error {
	wb := xlsx.New()
	help := wb.AddSheet(instructions)
	help.SetWidths(22, 30, 12, 80)
	title := xlsx.Style{Bold: true, Size: 14}
	help.AddRow(xlsx.Text("HƯỚNG DẪN NHẬP DỮ LIỆU THI ĐUA, KHEN THƯỞNG").With(title))
	help.AddRow(xlsx.Text("Mỗi sheet dưới đây nhận một loại dữ liệu; giữ nguyên dòng tiêu đề, ghi mỗi bản ghi một dòng. " +
		"Ngày ghi ngày/tháng/năm (22/06/2020) hoặc dùng ô kiểu ngày. Cột STT và Ghi chú được bỏ qua. " +
		"Sheet không dùng có thể để trống hoặc xóa. Dữ liệu chỉ được nhập khi mọi dòng đều hợp lệ; nếu có lỗi, không dòng nào được lưu và danh sách lỗi ghi rõ sheet, dòng, cột."))
	help.Rows[len(help.Rows)-1].Cells[0] = help.Rows[len(help.Rows)-1].Cells[0].With(xlsx.Style{Wrap: true, VAlign: xlsx.Top})
	help.Merge(1, 0, 1, 3)
	help.Rows[1].Height = 60
	help.AddRow()
	help.AddRow(xlsx.Texts(xlsx.HeaderStyle(), "Sheet", "Cột", "Bắt buộc", "Cách ghi")...)
	body := xlsx.BodyStyle()
	for _, spec := range AllSpecs() {
		help.AddRow(xlsx.Text(spec.Name).With(xlsx.Style{Bold: true, Border: true, VAlign: xlsx.Top, Wrap: true}),
			xlsx.Text("").With(body), xlsx.Text("").With(body), xlsx.Text(spec.Help).With(body))
		for _, c := range spec.Cols {
			req := ""
			if c.Required {
				req = "x"
			}
			how := c.Help
			if len(c.Aliases) > 0 {
				how = strings.TrimSpace(how + " (tiêu đề khác được nhận: " + strings.Join(c.Aliases, "; ") + ")")
			}
			help.AddRow(xlsx.Text("").With(body), xlsx.Text(c.Header).With(body), xlsx.Text(req).With(body), xlsx.Text(how).With(body))
		}
	}
	for _, spec := range AllSpecs() {
		s := wb.AddSheet(spec.Name)
		widths := make([]float64, len(spec.Cols))
		cells := make([]xlsx.Cell, len(spec.Cols))
		for i, c := range spec.Cols {
			cells[i] = xlsx.Text(c.Header).With(xlsx.HeaderStyle())
			widths[i] = max(12, float64(len([]rune(c.Header)))+4)
		}
		s.SetWidths(widths...)
		s.AddRow(cells...).Height = 32
		s.FreezeRows = 1
		s.RepeatRows = 1
		s.Page = xlsx.Page{Landscape: true, FitWidth: true}
		for i, c := range spec.Cols {
			if len(c.List) > 0 {
				s.Lists = append(s.Lists, xlsx.List{Range: xlsx.Range{FirstRow: 1, FirstCol: i, LastRow: 5000, LastCol: i}, Values: c.List})
			}
		}
	}
	return wb.Write(w)
}
