package forms

import (
	"bytes"
	"io"
	"strconv"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report"
	"github.com/thidua-go/thidua/report/document"
	"github.com/thidua-go/thidua/report/xlsx"
)

// EmptyNote is the remark under a form with cells left empty.
const EmptyNote = "Ghi chú: các ô để trống cần số liệu mà hệ thống chưa quản lý (doanh nghiệp, hộ gia đình, chức vụ của cá nhân, khen thưởng kháng chiến, cụm, khối thi đua, hình thức khen thưởng chưa có trong danh mục); đơn vị điền bổ sung."

// TemplateName implements document.Document: "statistics-form". There is
// no text template: a Result is written as XLSX, DOCX (its Layout) or CSV.
func (r *Result) TemplateName() string { return "statistics-form" }

// groups returns the runs of consecutive columns that share a group.
func (f *Form) groups() []document.ColumnGroup {
	var gs []document.ColumnGroup
	for i := 0; i < len(f.Columns); {
		g := f.Columns[i].Group
		j := i
		for j+1 < len(f.Columns) && g != "" && f.Columns[j+1].Group == g {
			j++
		}
		if g != "" {
			gs = append(gs, document.ColumnGroup{Label: g, From: i, To: j})
		}
		i = j + 1
	}
	return gs
}

func (r *Result) value(i, j int) string {
	c := r.Cells[i][j]
	if !c.Known {
		return ""
	}
	return strconv.Itoa(c.N)
}

func rowLabel(l Line) string { return strings.Repeat("  ", max(0, l.Indent-1)) + l.Label }

func (r *Result) hasUnknown() bool {
	for i, row := range r.Cells {
		if r.Form.Rows[i].Heading {
			continue
		}
		for _, c := range row {
			if !c.Known {
				return true
			}
		}
	}
	return false
}

// Layout implements document.Layouter: the form as a document (DOCX) with
// its table, the empty-cell note and the signer.
func (r *Result) Layout() *document.Layout {
	f := r.Form
	t := document.Table{Title: "Biểu " + f.Code, Header: []string{"Chỉ tiêu", "Mã số"}, Right: []bool{false, false}}
	for _, g := range f.groups() {
		t.Groups = append(t.Groups, document.ColumnGroup{Label: g.Label, From: g.From + 2, To: g.To + 2})
	}
	for _, c := range f.Columns {
		t.Header = append(t.Header, c.Label)
		t.Right = append(t.Right, true)
	}
	for i, l := range f.Rows {
		row := []string{rowLabel(l), l.Code}
		for j := range f.Columns {
			row = append(row, r.value(i, j))
		}
		t.Rows = append(t.Rows, row)
	}
	body := []document.Block{
		{Kind: document.Body, Text: "Đơn vị báo cáo: " + r.Unit},
		{Kind: document.Body, Text: "Đơn vị nhận báo cáo: " + f.Receiver},
		{Kind: document.Body, Text: "Đơn vị tính: " + f.Measure},
		{Kind: document.TableBlock, Table: &t},
	}
	if r.hasUnknown() {
		body = append(body, document.Block{Kind: document.Note, Text: EmptyNote})
	}
	return &document.Layout{
		Heading: document.Heading{Agency: r.Unit, Place: r.Place, Date: r.Date, Title: f.Title,
			Subtitle: "Năm " + strconv.Itoa(r.Year) + " (Biểu số " + f.Code + ", " + f.Basis + ")"},
		Body: body, Signer: r.Signer, Landscape: len(f.Columns) > 6,
	}
}

// WriteCSVWith writes the form as CSV with options o: a header line (mã
// số, chỉ tiêu, then each column as "group - label"), then a line per row;
// unknown cells are empty.
func (r *Result) WriteCSVWith(w io.Writer, o report.CSVOptions) error {
	cw := o.NewCSVWriter(w)
	head := []string{"Mã số", "Chỉ tiêu"}
	for _, c := range r.Form.Columns {
		l := c.Label
		if c.Group != "" {
			l = c.Group + " - " + l
		}
		head = append(head, l)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for i, l := range r.Form.Rows {
		line := []string{l.Code, rowLabel(l)}
		for j := range r.Form.Columns {
			line = append(line, r.value(i, j))
		}
		if err := cw.Write(line); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// Workbook returns the forms as a workbook, a sheet per form laid out as
// the circular prints them: the form's number and the text that issues it
// at the top left, the reporting and receiving units at the top right, the
// title, the year and the unit of measure; the table with its column
// groups as merged cells and the row of column numbers (A, B, 1, 2…); the
// note on empty cells; the place and date, "Người lập biểu (Ký, họ tên)"
// and the head's "(Ký, họ tên, đóng dấu)". A4, across the page for wide
// forms.
func Workbook(results ...*Result) *xlsx.Workbook {
	wb := xlsx.New()
	used := make(map[string]bool)
	for _, r := range results {
		sheet(wb, r, used)
	}
	return wb
}

// WriteXLSX writes the forms to w as one workbook; see [Workbook].
// ErrInvalid if there is no form.
func WriteXLSX(w io.Writer, results ...*Result) error {
	if len(results) == 0 {
		return thidua.Invalid("forms: write xlsx", "forms", "", "", "no form")
	}
	var buf bytes.Buffer
	if err := Workbook(results...).Write(&buf); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func sheet(wb *xlsx.Workbook, r *Result, used map[string]bool) {
	f := r.Form
	name := f.Code
	if i := strings.Index(name, "/"); i > 0 {
		name = name[:i]
	}
	s := wb.AddSheet(document.SheetName(name, used))
	n := 2 + len(f.Columns)
	widths := []float64{46, 7}
	for range f.Columns {
		widths = append(widths, 9)
	}
	s.SetWidths(widths...)
	half := max(2, n/2)
	pair := func(left, right string, ls, rs xlsx.Style) {
		row := len(s.Rows)
		cells := make([]xlsx.Cell, n)
		cells[0] = xlsx.Text(left).With(ls)
		cells[half] = xlsx.Text(right).With(rs)
		s.AddRow(cells...)
		s.Merge(row, half, row, n-1)
	}
	pair("Biểu số: "+f.Code, "Đơn vị báo cáo: "+r.Unit, xlsx.Style{Bold: true}, xlsx.Style{Bold: true, Wrap: true})
	pair("Ban hành theo "+f.Basis, "Đơn vị nhận báo cáo: "+f.Receiver, xlsx.Style{Italic: true}, xlsx.Style{Wrap: true})
	line := func(text string, st xlsx.Style, h float64) {
		row := len(s.Rows)
		s.AddRow(xlsx.Text(text).With(st)).Height = h
		s.Merge(row, 0, row, n-1)
	}
	line(f.Title, xlsx.Style{Bold: true, Size: 14, Align: xlsx.Center, Wrap: true}, 22)
	line("Năm "+strconv.Itoa(r.Year), xlsx.Style{Bold: true, Align: xlsx.Center}, 0)
	line("Đơn vị tính: "+f.Measure, xlsx.Style{Italic: true, Align: xlsx.Right}, 0)
	head := xlsx.HeaderStyle()
	top := len(s.Rows)
	gs := f.groups()
	if len(gs) > 0 {
		a, b := make([]xlsx.Cell, n), make([]xlsx.Cell, n)
		a[0], a[1] = xlsx.Text("Chỉ tiêu").With(head), xlsx.Text("Mã số").With(head)
		b[0], b[1] = xlsx.Cell{Style: head}, xlsx.Cell{Style: head}
		s.Merge(top, 0, top+1, 0)
		s.Merge(top, 1, top+1, 1)
		grouped := make([]bool, len(f.Columns))
		for _, g := range gs {
			a[g.From+2] = xlsx.Text(g.Label).With(head)
			for k := g.From; k <= g.To; k++ {
				grouped[k] = true
				if k > g.From {
					a[k+2] = xlsx.Cell{Style: head}
				}
				b[k+2] = xlsx.Text(f.Columns[k].Label).With(head)
			}
			if g.To > g.From {
				s.Merge(top, g.From+2, top, g.To+2)
			}
		}
		for k, c := range f.Columns {
			if !grouped[k] {
				a[k+2], b[k+2] = xlsx.Text(c.Label).With(head), xlsx.Cell{Style: head}
				s.Merge(top, k+2, top+1, k+2)
			}
		}
		s.AddRow(a...).Height = 48
		s.AddRow(b...).Height = 48
	} else {
		cells := []xlsx.Cell{xlsx.Text("Chỉ tiêu").With(head), xlsx.Text("Mã số").With(head)}
		for _, c := range f.Columns {
			cells = append(cells, xlsx.Text(c.Label).With(head))
		}
		s.AddRow(cells...).Height = 64
	}
	nums := []xlsx.Cell{xlsx.Text("A").With(head), xlsx.Text("B").With(head)}
	for _, c := range f.Columns {
		nums = append(nums, xlsx.Text(c.Code).With(head))
	}
	s.AddRow(nums...)
	s.FreezeRows, s.RepeatRows = len(s.Rows), len(s.Rows)
	body := xlsx.BodyStyle()
	bold := body
	bold.Bold = true
	center := body
	center.Align = xlsx.Center
	num := body
	num.Align = xlsx.Right
	for i, l := range f.Rows {
		st := body
		if l.Indent == 0 || l.Heading {
			st = bold
		}
		cells := []xlsx.Cell{xlsx.Text(rowLabel(l)).With(st), xlsx.Text(l.Code).With(center)}
		for j := range f.Columns {
			if c := r.Cells[i][j]; c.Known {
				cells = append(cells, xlsx.Int(c.N).With(num))
			} else {
				cells = append(cells, xlsx.Cell{Style: num})
			}
		}
		s.AddRow(cells...)
	}
	if r.hasUnknown() {
		s.AddRow()
		line(EmptyNote, xlsx.Style{Italic: true, Wrap: true, VAlign: xlsx.Top}, 32)
	}
	s.AddRow()
	date := ""
	if !r.Date.IsZero() {
		date = report.DocDate(r.Date)
		if r.Place != "" {
			date = report.PlaceDate(r.Place, r.Date)
		}
	}
	c := xlsx.Style{Align: xlsx.Center}
	ci, cb := c, c
	ci.Italic, cb.Bold = true, true
	pair("", date, c, ci)
	pair("Người lập biểu", "Thủ trưởng đơn vị", cb, cb)
	pair("(Ký, họ tên)", "(Ký, họ tên, đóng dấu)", ci, ci)
	for range 3 {
		s.AddRow()
	}
	pair(r.Preparer, r.Signer.Name, cb, cb)
	s.Page = xlsx.Page{Landscape: len(f.Columns) > 6, FitWidth: true, PageNumbers: true}
}
