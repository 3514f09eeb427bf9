package orgimport

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/sheet"
)

// Workbook is a spreadsheet read for import: its sheets with their cells.
// Make one with [ReadXLSX], [ReadCSV] or [ReadFile].
type Workbook = sheet.Book

// Spec describes a sheet of the import: its name, the other names
// accepted for it, what it holds and its columns, each with its header,
// the other headers accepted, whether it is required, and what to write
// in it. The template writer lists them.
type Spec = sheet.Spec

// Problem is one thing wrong with an imported workbook: Sheet, Row (as the
// spreadsheet numbers it; 0 for the whole sheet), Col (the column letters),
// Column (its header) and a Vietnamese Message; Err is thidua.ErrConflict
// for a record the store already holds, thidua.ErrInvalid otherwise.
type Problem = sheet.Problem

// Error is the error of an import that found problems: every problem, in
// the order of the sheets and rows. Nothing was stored. Match it with
// errors.As; errors.Is matches thidua.ErrInvalid for bad data and
// thidua.ErrConflict for records the store already holds (a workbook
// imported twice). The import packages of every domain return this type.
type Error = sheet.Error

// Limits bound the size of a workbook a reader accepts (rows and columns
// of a sheet, cells of a workbook, bytes of a part); zero fields take
// Excel's limits, 20 million cells and 512 MiB.
type Limits = sheet.Limits

// ReadXLSX reads an XLSX workbook of size bytes, as Excel, LibreOffice Calc
// or WPS Spreadsheets save it. A file that is not a zip archive, a zip
// without a workbook or a broken part is an error wrapping
// thidua.ErrInvalid.
func ReadXLSX(r io.ReaderAt, size int64, lim Limits) (*Workbook, error) {
	return sheet.ReadXLSX(r, size, lim)
}

// ReadCSV reads CSV files as the sheets of one workbook: each file is the
// sheet its name says (the name without folder and ".csv": "Cán bộ.csv" is
// the sheet "Cán bộ"), in the order given. The files are UTF-8, with or
// without a byte-order mark, separated by commas (or semicolons or tabs).
func ReadCSV(names []string, files []io.Reader, lim Limits) (*Workbook, error) {
	if len(names) != len(files) {
		return nil, thidua.Invalid("orgimport: read csv", "workbook", "", "", "%d names for %d files", len(names), len(files))
	}
	b := &Workbook{}
	for i, r := range files {
		t, err := sheet.ReadCSV(SheetName(names[i]), r, lim)
		if err != nil {
			return nil, err
		}
		b.Sheets = append(b.Sheets, t)
	}
	return b, nil
}

// SheetName returns the sheet a file stands for: its base name without
// the extension.
func SheetName(file string) string {
	base := filepath.Base(file)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// ReadFile reads an .xlsx workbook, or a .csv file as a workbook of one
// sheet, from the file system.
func ReadFile(name string, lim Limits) (*Workbook, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(filepath.Ext(name), ".csv") {
		return ReadCSV([]string{name}, []io.Reader{bytes.NewReader(data)}, lim)
	}
	return ReadXLSX(bytes.NewReader(data), int64(len(data)), lim)
}

// Problems gathers the problems of the sheets of several domains, so that
// an import of a whole workbook reports them all at once. The zero value
// is ready to use; its Err method returns an [*Error] with them all, or
// nil.
type Problems = sheet.Problems
