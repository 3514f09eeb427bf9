package document

import (
	"github.com/thidua-go/thidua/report"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Table is a table of a document as plain cells, for the templates to lay
// out: a header line, the rows, and which columns are aligned right
// (numbers). Missing cells are empty; Right may be shorter than the rows.
//
// The other fields serve the office formats (DOCX, XLSX) and may be left
// empty: the text layouts ignore them.
type Table struct {
	Header []string
	Rows   [][]string
	Right  []bool
	// Title names the table: the caption, and the sheet's name in XLSX.
	Title string
	// Groups put a label over a run of columns, in a header row of its
	// own above Header (merged cells); the columns outside every group
	// have their Header cell merged over both rows.
	Groups []ColumnGroup
	// Continue marks columns whose cells continue the cells above in a row
	// where all of them are empty (the number and name of an award over its
	// "Tập thể" and "Cá nhân" lines): the office formats merge them.
	Continue []bool
	// Widths are the relative widths of the columns; nil sizes them by
	// their content.
	Widths []float64
	// SheetOnly tables are written by the spreadsheet formats only: the
	// document shows the same data as text.
	SheetOnly bool
}

// ColumnGroup is a label over the columns From to To (from 0, inclusive).
type ColumnGroup struct {
	Label    string
	From, To int
}

// ContinueAt reports whether column i is marked in Continue.
func (t Table) ContinueAt(i int) bool { return i >= 0 && i < len(t.Continue) && t.Continue[i] }

// Continues reports whether row r (from 0) continues the row above in the
// Continue columns: it is not the first row, some column is marked and
// every marked cell of the row is empty.
func (t Table) Continues(r int) bool {
	if r <= 0 || r >= len(t.Rows) {
		return false
	}
	marked := false
	for i, c := range t.Continue {
		if c {
			marked = true
			if cell(t.Rows[r], i) != "" {
				return false
			}
		}
	}
	return marked
}

// Cols returns the number of columns: the widest of the header and rows.
func (t Table) Cols() int { return t.cols() }

// cols returns the number of columns.
func (t Table) cols() int {
	n := len(t.Header)
	for _, r := range t.Rows {
		n = max(n, len(r))
	}
	return n
}

// RightAt reports whether column i is aligned right.
func (t Table) RightAt(i int) bool { return i >= 0 && i < len(t.Right) && t.Right[i] }

func cell(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// Text lays the table out in plain text: columns padded to their widest
// cell (counted in characters, text being NFC) and two spaces apart, the
// header underlined with dashes, every line ending with a newline and no
// trailing spaces. An empty table gives "".
func (t Table) Text() string {
	n := t.cols()
	if n == 0 {
		return ""
	}
	w := make([]int, n)
	for _, r := range append([][]string{t.Header}, t.Rows...) {
		for i := range n {
			w[i] = max(w[i], utf8.RuneCountInString(cell(r, i)))
		}
	}
	var b strings.Builder
	line := func(r []string) {
		var l strings.Builder
		for i := range n {
			if i > 0 {
				l.WriteString("  ")
			}
			c := cell(r, i)
			pad := strings.Repeat(" ", w[i]-utf8.RuneCountInString(c))
			if i < len(t.Right) && t.Right[i] {
				l.WriteString(pad + c)
			} else {
				l.WriteString(c + pad)
			}
		}
		b.WriteString(strings.TrimRight(l.String(), " "))
		b.WriteByte('\n')
	}
	line(t.Header)
	rule := make([]string, n)
	for i := range n {
		rule[i] = strings.Repeat("-", w[i])
	}
	line(rule)
	for _, r := range t.Rows {
		line(r)
	}
	return b.String()
}

// Markdown lays the table out as a Markdown (GFM) pipe table, every cell
// escaped with [MarkdownEscape], numbers aligned right.
func (t Table) Markdown() string {
	n := t.cols()
	if n == 0 {
		return ""
	}
	var b strings.Builder
	line := func(r []string) {
		b.WriteString("|")
		for i := range n {
			b.WriteString(" " + MarkdownEscape(cell(r, i)) + " |")
		}
		b.WriteByte('\n')
	}
	line(t.Header)
	b.WriteString("|")
	for i := range n {
		if i < len(t.Right) && t.Right[i] {
			b.WriteString("---:|")
		} else {
			b.WriteString("---|")
		}
	}
	b.WriteByte('\n')
	for _, r := range t.Rows {
		line(r)
	}
	return b.String()
}

// MarkdownEscape escapes the characters Markdown would read as markup
// (and "<", ">" and "&", which Markdown passes to HTML), so that text shows
// as written: "Nguyễn <b>" → "Nguyễn &lt;b&gt;".
func MarkdownEscape(s string) string { return report.MarkdownEscape(s) }

func itoa(i int) string { return strconv.Itoa(i) }
