package sheet

import (
	"errors"
	"fmt"

	"github.com/thidua-go/thidua"
)

// CellKind says what a cell holds.
type CellKind uint8

// Cell kinds.
const (
	Empty   CellKind = iota // no value
	Text                    // a string: shared, inline, a formula's string result, or a CSV field
	Number                  // a number as the file wrote it ("45292", "1.5", "1E-3"): also dates and times
	Bool                    // "1" or "0"
	ErrVal                  // an error value such as "#N/A"
	DateISO                 // an ISO 8601 date or date-time (cell type d)
)

// Cell is one cell of a sheet. V is the value as the file wrote it: the
// text of a string, the lexical form of a number.
type Cell struct {
	Kind CellKind
	V    string
}

// Row is a row of a sheet that holds at least one cell. N is its number in
// the sheet, from 1, as the user sees it.
type Row struct {
	N     int
	Cells []Cell
}

// Cell returns the cell in column col (from 0), or an empty cell.
func (r Row) Cell(col int) Cell {
	if col < 0 || col >= len(r.Cells) {
		return Cell{}
	}
	return r.Cells[col]
}

// Blank reports whether every cell of the row is empty or white space.
func (r Row) Blank() bool {
	for _, c := range r.Cells {
		if !c.blank() {
			return false
		}
	}
	return true
}

func (c Cell) blank() bool {
	if c.Kind == Empty {
		return true
	}
	for i := 0; i < len(c.V); i++ {
		switch c.V[i] {
		case ' ', '\t', '\r', '\n':
		default:
			return false
		}
	}
	return true
}

// Table is one sheet: its name and its non-empty rows, in order.
type Table struct {
	Name string
	Rows []Row
	// Date1904 is set when the workbook counts date serial numbers from
	// 1904 (workbookPr date1904) rather than from 1900.
	Date1904 bool
}

// Book is a workbook: its sheets in the order the workbook lists them.
type Book struct {
	Sheets []*Table
}

// Limits bound what a reader accepts, so that a hostile or broken file
// gives an error instead of exhausting memory.
type Limits struct {
	MaxRows  int   // rows of a sheet (Excel: 1 048 576)
	MaxCols  int   // columns of a sheet (Excel: 16 384)
	MaxCells int   // cells of a workbook, empty cells between values included
	MaxBytes int64 // uncompressed bytes of one part of a workbook, or of a CSV file
}

// DefaultLimits are Excel's sheet limits, 20 million cells and 512 MiB a part.
var DefaultLimits = Limits{MaxRows: 1 << 20, MaxCols: 1 << 14, MaxCells: 20_000_000, MaxBytes: 512 << 20}

func (l Limits) orDefault() Limits {
	d := DefaultLimits
	if l.MaxRows > 0 {
		d.MaxRows = l.MaxRows
	}
	if l.MaxCols > 0 {
		d.MaxCols = l.MaxCols
	}
	if l.MaxCells > 0 {
		d.MaxCells = l.MaxCells
	}
	if l.MaxBytes > 0 {
		d.MaxBytes = l.MaxBytes
	}
	return d
}

// ErrTooLarge is wrapped by the error of a file beyond the [Limits].
var ErrTooLarge = errors.New("sheet: file too large")

// fileError returns a *thidua.Error wrapping thidua.ErrInvalid for a file
// that cannot be read as a whole.
func fileError(format string, args ...any) error {
	return thidua.Invalid("sheet: read", "workbook", "", "", format, args...)
}

func tooLarge(format string, args ...any) error {
	return thidua.E("sheet: read", "workbook", "", "",
		fmt.Errorf("%w: %w: "+format, append([]any{thidua.ErrInvalid, ErrTooLarge}, args...)...))
}
