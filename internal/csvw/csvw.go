package csvw

import (
	"encoding/csv"
	"io"
	"strings"
)

// BOM is the UTF-8 byte-order mark.
const BOM = "\uFEFF"

// Options tune a [Writer]; nil means the defaults: no BOM, comma, LF line
// ends.
type Options struct {
	// BOM writes the UTF-8 byte-order mark before the first record, so that
	// Excel reads the file as UTF-8.
	BOM bool
	// Comma is the field separator; 0 means ','.
	Comma rune
	// CRLF ends lines with \r\n.
	CRLF bool
}

// Writer writes records with the neutralisation of formula cells.
type Writer struct {
	w       *csv.Writer
	out     io.Writer
	bom     bool
	started bool
	rec     []string
}

// NewWriter returns a writer to w with options o (nil for the defaults).
func NewWriter(w io.Writer, o *Options) *Writer {
	cw := csv.NewWriter(w)
	x := &Writer{w: cw, out: w}
	if o != nil {
		if o.Comma != 0 {
			cw.Comma = o.Comma
		}
		cw.UseCRLF = o.CRLF
		x.bom = o.BOM
	}
	return x
}

// Write writes one record, each field neutralised with [Neutralise]. The
// record is not modified.
func (w *Writer) Write(record []string) error {
	if !w.started {
		w.started = true
		if w.bom {
			w.w.Flush()
			if _, err := io.WriteString(w.out, BOM); err != nil {
				return err
			}
		}
	}
	w.rec = w.rec[:0]
	for _, f := range record {
		w.rec = append(w.rec, Neutralise(f))
	}
	return w.w.Write(w.rec)
}

// WriteAll writes the records and flushes.
func (w *Writer) WriteAll(records [][]string) error {
	for _, r := range records {
		if err := w.Write(r); err != nil {
			return err
		}
	}
	return w.Flush()
}

// Flush writes buffered data and returns any error of the writer. A file
// with no record still gets its BOM when one was asked for.
func (w *Writer) Flush() error {
	if !w.started && w.bom {
		w.started = true
		if _, err := io.WriteString(w.out, BOM); err != nil {
			return err
		}
	}
	w.w.Flush()
	return w.w.Error()
}

// Neutralise returns the field as a spreadsheet should see it: prefixed
// with an apostrophe when it starts with =, +, -, @, tab or carriage
// return and is not a plain number (OWASP, "CSV Injection"); unchanged
// otherwise.
//
// A field that starts with an apostrophe followed by what Neutralise would
// prefix gets one more apostrophe, so that [Restore] gives back every field
// exactly.
//
// It is linear in the field: the apostrophes in front are counted, not
// peeled one call at a time.
func Neutralise(f string) string {
	if needsPrefix(strings.TrimLeft(f, "'")) {
		return "'" + f
	}
	return f
}

// needsPrefix reports whether a field that does not start with an
// apostrophe would run as a formula.
func needsPrefix(f string) bool {
	return f != "" && strings.ContainsRune("=+-@\t\r", rune(f[0])) && !isNumber(f)
}

// Restore undoes [Neutralise]: it removes the apostrophe before a field
// that Neutralise would have prefixed. A reader of CSV files the library
// wrote calls it on every field.
func Restore(f string) string {
	if len(f) >= 2 && f[0] == '\'' && Neutralise(f[1:]) == f {
		return f[1:]
	}
	return f
}

// isNumber reports whether f is a plain decimal number: an optional sign,
// digits, at most one decimal point with digits around it.
func isNumber(f string) bool {
	if f[0] == '+' || f[0] == '-' {
		f = f[1:]
	}
	int, frac, dot := strings.Cut(f, ".")
	return digits(int) && (!dot || digits(frac))
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
