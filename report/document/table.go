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
type Table struct {
	Header []string
	Rows   [][]string
	Right  []bool
}

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
