package xlsx

import (
	"bytes"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
)

// Limits of SpreadsheetML that Write checks (ECMA-376 Part 1 §18; the same
// as Excel's specification and limits page).
const (
	MaxRows        = 1 << 20 // rows of a sheet
	MaxCols        = 1 << 14 // columns of a sheet
	MaxCellText    = 32767   // characters of a text cell
	MaxSheetName   = 31      // characters of a sheet name
	DefaultFont    = "Times New Roman"
	DefaultSize    = 12.0 // points
	maxListFormula = 255
)

// Workbook is a workbook being built: sheets in order, a font for every
// cell. Make one with [New].
type Workbook struct {
	// Font is the name of the font of every cell; "" means DefaultFont.
	Font string
	// Size is the default font size in points; 0 means DefaultSize.
	Size float64
	// Sheets are the sheets, in tab order. AddSheet appends to it.
	Sheets []*Sheet
}

// New returns an empty workbook in Times New Roman 12 pt.
func New() *Workbook { return &Workbook{} }

// AddSheet appends a sheet named name and returns it. The name is checked
// by [Workbook.Write].
func (wb *Workbook) AddSheet(name string) *Sheet {
	s := &Sheet{Name: name}
	wb.Sheets = append(wb.Sheets, s)
	return s
}

// Sheet is one worksheet: rows of cells, column widths, merged ranges,
// data-validation lists and the page setup.
type Sheet struct {
	// Name is the tab name: 1 to 31 characters, none of : \ / ? * [ ],
	// not starting or ending with an apostrophe, unique in the workbook
	// regardless of case.
	Name string
	// Rows are the rows from the top; a nil row is an empty row.
	Rows []*Row
	// Widths are the widths of the columns from A, in characters of the
	// default font (Excel's unit); 0 leaves a column at the default width.
	Widths []float64
	// Merges are the merged ranges. They must not overlap; the merged
	// range shows the value and style of its top-left cell, and Write
	// gives the other cells of the range the same style so borders are
	// drawn all round.
	Merges []Range
	// Lists restrict cells to a list of values (a drop-down in Excel and
	// LibreOffice).
	Lists []List
	// FreezeRows keeps that many rows at the top in view when scrolling.
	FreezeRows int
	// RepeatRows prints that many rows at the top of every page.
	RepeatRows int
	// Page is the page setup: A4, margins, orientation.
	Page Page
}

// Row is a row of cells from column A. Height is in points; 0 lets the
// application choose (it does not grow rows for wrapped text it did not
// lay out itself, so set the height of wrapped header rows).
type Row struct {
	Cells  []Cell
	Height float64
}

// AddRow appends a row of cells and returns it, to set its height.
func (s *Sheet) AddRow(cells ...Cell) *Row {
	r := &Row{Cells: cells}
	s.Rows = append(s.Rows, r)
	return r
}

// Merge merges the range from (firstRow, firstCol) to (lastRow, lastCol),
// counted from 0, corners included.
func (s *Sheet) Merge(firstRow, firstCol, lastRow, lastCol int) {
	s.Merges = append(s.Merges, Range{firstRow, firstCol, lastRow, lastCol})
}

// SetWidths sets the widths of the columns from A, in characters.
func (s *Sheet) SetWidths(w ...float64) { s.Widths = append(s.Widths[:0], w...) }

// Range is a rectangle of cells, rows and columns counted from 0, corners
// included.
type Range struct {
	FirstRow, FirstCol, LastRow, LastCol int
}

// String returns the range in A1 notation: "A1:C2", or "B3" for one cell.
func (r Range) String() string {
	a := CellRef(r.FirstRow, r.FirstCol)
	if r.FirstRow == r.LastRow && r.FirstCol == r.LastCol {
		return a
	}
	return a + ":" + CellRef(r.LastRow, r.LastCol)
}

func (r Range) valid() bool {
	return r.FirstRow >= 0 && r.FirstCol >= 0 && r.FirstRow <= r.LastRow && r.FirstCol <= r.LastCol &&
		r.LastRow < MaxRows && r.LastCol < MaxCols
}

func (r Range) overlaps(o Range) bool {
	return r.FirstRow <= o.LastRow && o.FirstRow <= r.LastRow && r.FirstCol <= o.LastCol && o.FirstCol <= r.LastCol
}

// List restricts the cells of Range to Values (an Excel data validation of
// type list). Values may not contain commas or double quotes, and joined
// with commas they must fit in 255 characters.
type List struct {
	Range  Range
	Values []string
	// Prompt, if set, is shown when a cell of the range is selected.
	Prompt string
}

// Page is the page setup of a sheet: always A4 (paperSize 9). The zero
// value is portrait with the margins of Nghị định 30/2020/NĐ-CP, Phụ lục I
// (top and bottom 20 mm, left 30 mm, right 15 mm).
type Page struct {
	Landscape bool
	// FitWidth scales the printout so that all columns fit the page width.
	FitWidth bool
	// Margins in millimetres; a zero margin takes the default.
	Top, Bottom, Left, Right float64
	// PageNumbers prints "Trang N" centred in the footer.
	PageNumbers bool
}

// CellRef returns the A1 reference of the cell at row, col (from 0):
// CellRef(0, 0) is "A1", CellRef(9, 27) is "AB10".
func CellRef(row, col int) string {
	return ColName(col) + strconv.Itoa(row+1)
}

// ColName returns the letters of column col (from 0): "A", "Z", "AA".
func ColName(col int) string {
	var b [4]byte
	i := len(b)
	for col++; col > 0; col = (col - 1) / 26 {
		i--
		b[i] = byte('A' + (col-1)%26)
	}
	return string(b[i:])
}

// Kind is the kind of value a [Cell] holds.
type Kind int

// Kinds of cell values.
const (
	Empty Kind = iota
	TextKind
	NumberKind
	BoolKind
	DateKind
)

// Cell is one cell: a value and a [Style]. The zero Cell is empty.
// Make cells with [Text], [Int], [Decimal], [Float], [Date] and [Bool].
type Cell struct {
	Style Style
	kind  Kind
	v     string // text, or the number's literal, or "0"/"1"
}

// Text returns a text cell; Text("") is an empty cell. Newlines break
// lines when the style wraps.
func Text(s string) Cell {
	if s == "" {
		return Cell{}
	}
	return Cell{kind: TextKind, v: s}
}

// Int returns a number cell holding n.
func Int(n int) Cell { return Cell{kind: NumberKind, v: strconv.Itoa(n)} }

// Decimal returns a number cell holding d exactly as written (amounts of
// money in đồng keep every digit up to the 15 significant digits a
// spreadsheet computes with).
func Decimal(d decimal.Decimal) Cell { return Cell{kind: NumberKind, v: d.String()} }

// Float returns a number cell holding f, for ratios and measures; use
// [Decimal] for money. NaN and infinities are refused by Write.
func Float(f float64) Cell {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return Cell{kind: NumberKind, v: "NaN"}
	}
	return Cell{kind: NumberKind, v: strconv.FormatFloat(f, 'g', -1, 64)}
}

// Bool returns a TRUE/FALSE cell.
func Bool(b bool) Cell {
	if b {
		return Cell{kind: BoolKind, v: "1"}
	}
	return Cell{kind: BoolKind, v: "0"}
}

// Date returns a date cell: the serial number of d in the 1900 date
// system, shown as dd/mm/yyyy unless the style sets another NumFormat. A
// zero or invalid date is refused by Write.
func Date(d thidua.Date) Cell {
	if d.Validate() != nil || d.Year < 1900 {
		return Cell{kind: DateKind, v: ""}
	}
	return Cell{kind: DateKind, v: strconv.Itoa(Serial(d))}
}

// Serial returns the serial number of d in the 1900 date system: 1 for
// 1 January 1900, 61 for 1 March 1900 (the system counts a 29 February 1900
// that never was, as Lotus 1-2-3 did; ECMA-376 Part 1 §18.17.4.1).
func Serial(d thidua.Date) int {
	n := thidua.Date{Year: 1899, Month: 12, Day: 31}.DaysUntil(d)
	if n >= 60 {
		n++
	}
	return n
}

// With returns c with style st.
func (c Cell) With(st Style) Cell { c.Style = st; return c }

// Kind returns the kind of value c holds.
func (c Cell) Kind() Kind { return c.kind }

// Value returns the value as written in the file: the text, the number's
// literal, the serial number of a date, "1" or "0" for a boolean.
func (c Cell) Value() string { return c.v }

// Align is a horizontal alignment.
type Align int

// Horizontal alignments. General aligns text left and numbers right.
const (
	General Align = iota
	Left
	Center
	Right
)

// VAlign is a vertical alignment.
type VAlign int

// Vertical alignments.
const (
	Bottom VAlign = iota
	Middle
	Top
)

// Style is how a cell looks. Styles are values: equal styles share one
// cell format in the file.
type Style struct {
	Bold, Italic bool
	// Size is the font size in points; 0 means the workbook's size.
	Size   float64
	Align  Align
	VAlign VAlign
	// Wrap breaks long text into lines within the column width.
	Wrap bool
	// Border draws a thin border round the cell.
	Border bool
	// Fill is a background colour as "RRGGBB"; "" for none.
	Fill string
	// NumFormat is a number format code such as "#,##0" or "0.0%";
	// "" means General (and dd/mm/yyyy for a date).
	NumFormat string
}

// HeaderStyle is the style of a table's header cells: bold, centred both
// ways, wrapped, bordered.
func HeaderStyle() Style {
	return Style{Bold: true, Align: Center, VAlign: Middle, Wrap: true, Border: true}
}

// BodyStyle is the style of a table's body cells: bordered, wrapped, top
// aligned.
func BodyStyle() Style { return Style{VAlign: Top, Wrap: true, Border: true} }

// Texts returns a text cell of style st for each string.
func Texts(st Style, texts ...string) []Cell {
	cells := make([]Cell, len(texts))
	for i, t := range texts {
		cells[i] = Text(t).With(st)
	}
	return cells
}

// Bytes returns the workbook's file.
func (wb *Workbook) Bytes() ([]byte, error) {
	var b bytes.Buffer
	if err := wb.Write(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Write checks the workbook and writes it to w as an .xlsx file. It returns
// an error wrapping thidua.ErrInvalid, naming the sheet and the cell, for a
// workbook with no sheets, a bad or duplicate sheet name, a cell outside the
// sheet's limits, text longer than MaxCellText or not UTF-8, a NaN number,
// an invalid date, an overlapping or inverted merge, or a bad list; nothing
// is written to w then.
func (wb *Workbook) Write(w io.Writer) error {
	if err := wb.check(); err != nil {
		return err
	}
	return wb.write(w)
}

const op = "xlsx: write"

func (wb *Workbook) check() error {
	if len(wb.Sheets) == 0 {
		return thidua.Invalid(op, "workbook", "", "sheets", "a workbook needs at least one sheet")
	}
	seen := make(map[string]bool)
	for i, s := range wb.Sheets {
		if s == nil {
			return thidua.Invalid(op, "sheet", strconv.Itoa(i+1), "", "nil sheet")
		}
		if err := checkSheetName(s.Name); err != nil {
			return thidua.E(op, "sheet", s.Name, "name", err)
		}
		key := strings.ToLower(s.Name)
		if seen[key] {
			return thidua.Invalid(op, "sheet", s.Name, "name", "duplicate sheet name")
		}
		seen[key] = true
		if err := s.check(); err != nil {
			return err
		}
	}
	return nil
}

func checkSheetName(n string) error {
	if n == "" || utf8.RuneCountInString(n) > MaxSheetName {
		return invalidf("sheet name must have 1 to %d characters", MaxSheetName)
	}
	if !utf8.ValidString(n) {
		return invalidf("sheet name is not UTF-8")
	}
	if strings.ContainsAny(n, `:\/?*[]`) {
		return invalidf("sheet name may not contain : \\ / ? * [ ]")
	}
	if strings.HasPrefix(n, "'") || strings.HasSuffix(n, "'") {
		return invalidf("sheet name may not start or end with an apostrophe")
	}
	for _, r := range n {
		if r < 0x20 {
			return invalidf("sheet name has a control character")
		}
	}
	return nil
}

func (s *Sheet) check() error {
	bad := func(field, format string, args ...any) error {
		return thidua.Invalid(op, "sheet", s.Name, field, format, args...)
	}
	if len(s.Rows) > MaxRows {
		return bad("rows", "%d rows, more than %d", len(s.Rows), MaxRows)
	}
	if len(s.Widths) > MaxCols {
		return bad("widths", "%d widths, more than %d columns", len(s.Widths), MaxCols)
	}
	for i, w := range s.Widths {
		if math.IsNaN(w) || w < 0 || w > 255 {
			return bad(ColName(i), "column width %v outside 0..255", w)
		}
	}
	if s.FreezeRows < 0 || s.FreezeRows >= MaxRows || s.RepeatRows < 0 || s.RepeatRows >= MaxRows {
		return bad("rows", "frozen or repeated rows out of range")
	}
	for ri, r := range s.Rows {
		if r == nil {
			continue
		}
		if len(r.Cells) > MaxCols {
			return bad(strconv.Itoa(ri+1), "%d cells, more than %d columns", len(r.Cells), MaxCols)
		}
		if math.IsNaN(r.Height) || r.Height < 0 || r.Height > 409 {
			return bad(strconv.Itoa(ri+1), "row height %v outside 0..409", r.Height)
		}
		for ci, c := range r.Cells {
			ref := CellRef(ri, ci)
			switch c.kind {
			case TextKind:
				if !utf8.ValidString(c.v) {
					return bad(ref, "text is not UTF-8")
				}
				if n := utf8.RuneCountInString(c.v); n > MaxCellText {
					return bad(ref, "text of %d characters, more than %d", n, MaxCellText)
				}
			case NumberKind:
				if c.v == "NaN" {
					return bad(ref, "number is NaN or infinite")
				}
			case DateKind:
				if c.v == "" {
					return bad(ref, "date is zero, invalid or before 1900")
				}
			}
			if err := checkStyle(c.Style); err != nil {
				return thidua.E(op, "sheet", s.Name, ref, err)
			}
		}
	}
	for i, m := range s.Merges {
		if !m.valid() || (m.FirstRow == m.LastRow && m.FirstCol == m.LastCol) {
			return bad("merge", "range %v is inverted, out of the sheet or a single cell", m)
		}
		for _, o := range s.Merges[:i] {
			if m.overlaps(o) {
				return bad("merge", "ranges %s and %s overlap", o, m)
			}
		}
	}
	for _, m := range s.Merges {
		for row := m.FirstRow; row <= m.LastRow && row < len(s.Rows); row++ {
			if s.Rows[row] == nil {
				continue
			}
			for col := m.FirstCol; col <= m.LastCol && col < len(s.Rows[row].Cells); col++ {
				if (row != m.FirstRow || col != m.FirstCol) && s.Rows[row].Cells[col].kind != Empty {
					return bad(CellRef(row, col), "cell has a value but is hidden by the merged range %s", m)
				}
			}
		}
	}
	for _, l := range s.Lists {
		if !l.Range.valid() {
			return bad("list", "range %v is inverted or out of the sheet", l.Range)
		}
		if len(l.Values) == 0 {
			return bad("list", "list for %s has no values", l.Range)
		}
		n := 0
		for _, v := range l.Values {
			if v == "" || strings.ContainsAny(v, ",\"\x00\r\n\t") || !utf8.ValidString(v) {
				return bad("list", "list value %q is empty or has a comma, a double quote or a control character", v)
			}
			n += utf8.RuneCountInString(v) + 1
		}
		if n-1 > maxListFormula {
			return bad("list", "list for %s is longer than %d characters", l.Range, maxListFormula)
		}
		if !utf8.ValidString(l.Prompt) || utf8.RuneCountInString(l.Prompt) > 255 {
			return bad("list", "prompt longer than 255 characters or not UTF-8")
		}
	}
	p := s.Page
	for _, m := range []float64{p.Top, p.Bottom, p.Left, p.Right} {
		if math.IsNaN(m) || m < 0 || m > 200 {
			return bad("page", "margin %v mm outside 0..200", m)
		}
	}
	return nil
}

func checkStyle(st Style) error {
	if math.IsNaN(st.Size) || st.Size < 0 || st.Size > 409 {
		return invalidf("font size %v outside 1..409", st.Size)
	}
	if st.Fill != "" {
		if len(st.Fill) != 6 {
			return invalidf("fill %q is not RRGGBB", st.Fill)
		}
		if _, err := strconv.ParseUint(st.Fill, 16, 32); err != nil {
			return invalidf("fill %q is not RRGGBB", st.Fill)
		}
	}
	if !utf8.ValidString(st.NumFormat) || len(st.NumFormat) > 255 {
		return invalidf("number format is not UTF-8 or too long")
	}
	if st.Align < General || st.Align > Right || st.VAlign < Bottom || st.VAlign > Top {
		return invalidf("unknown alignment")
	}
	return nil
}
