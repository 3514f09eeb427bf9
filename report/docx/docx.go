package docx

import (
	"bytes"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/thidua-go/thidua"
)

// Defaults of Nghị định 30/2020/NĐ-CP, Phụ lục I.
const (
	DefaultFont = "Times New Roman"
	DefaultSize = 14.0 // points, body text
)

// Document is a Word document being built. The zero Document is A4
// portrait in Times New Roman 14 pt with the margins of Nghị định
// 30/2020/NĐ-CP and no page numbers; [New] turns the page numbers on.
type Document struct {
	// Font names the font of every font slot; "" means DefaultFont.
	Font string
	// Size is the body text size in points; 0 means DefaultSize.
	Size float64
	// Page is the page setup.
	Page Page
	// PageNumbers writes the page number, centred in the top margin, on
	// every page but the first.
	PageNumbers bool
	// Body is the content, from the top.
	Body []Block
}

// New returns an empty document with the defaults and page numbers from
// page 2.
func New() *Document { return &Document{PageNumbers: true} }

// Add appends blocks to the body.
func (d *Document) Add(blocks ...Block) { d.Body = append(d.Body, blocks...) }

// Para appends a paragraph of one run of plain text and returns it, to
// change its alignment or spacing.
func (d *Document) Para(text string) *Paragraph {
	p := &Paragraph{Runs: []Run{{Text: text}}}
	d.Body = append(d.Body, p)
	return p
}

// Page is the page setup: always A4 (210 × 297 mm). A zero margin takes the
// default of Nghị định 30/2020/NĐ-CP: top 20 mm, bottom 20 mm, left 30 mm,
// right 15 mm.
type Page struct {
	Landscape                bool
	Top, Bottom, Left, Right float64 // millimetres
}

func (p Page) margins() (top, bottom, left, right float64) {
	def := func(v, d float64) float64 {
		if v == 0 {
			return d
		}
		return v
	}
	return def(p.Top, 20), def(p.Bottom, 20), def(p.Left, 30), def(p.Right, 15)
}

// TextWidth returns the width between the margins in millimetres: 165 for
// the default A4 portrait page.
func (p Page) TextWidth() float64 {
	_, _, l, r := p.margins()
	w := 210.0
	if p.Landscape {
		w = 297
	}
	return w - l - r
}

// Block is a part of the body: a *[Paragraph], a *[Table] or [PageBreak].
type Block interface {
	block()
}

// Align is the horizontal alignment of a paragraph.
type Align int

// Alignments. Justify is the usual alignment of a document's body.
const (
	Left Align = iota
	Center
	Right
	Justify
)

// Paragraph is a paragraph: runs of text with one alignment and spacing.
type Paragraph struct {
	Runs  []Run
	Align Align
	// FirstLine indents the first line, in millimetres (body paragraphs of
	// administrative documents: 10 to 12.7 mm).
	FirstLine float64
	// Before and After are the spaces before and after, in points.
	Before, After float64
	// Line is the line spacing as a multiple of single spacing (1, 1.15,
	// 1.5); 0 means single.
	Line float64
	// KeepNext keeps the paragraph on the page of the next one.
	KeepNext bool
	// Rule draws a centred horizontal line of this width in millimetres at
	// the top of the paragraph (the rules under the agency's name and under
	// the motto of a heading), narrowing the paragraph to it; a paragraph
	// with a Rule and no runs is just the line, 4 pt high. 0 for none.
	Rule float64
}

func (*Paragraph) block() {}

// Run is text with one format. A newline in Text breaks the line, a tab
// moves to the next tab stop.
type Run struct {
	Text                    string
	Bold, Italic, Underline bool
	// Size in points; 0 means the document's size.
	Size float64
}

// P returns a paragraph of the runs.
func P(runs ...Run) *Paragraph { return &Paragraph{Runs: runs} }

// T returns a run of plain text.
func T(s string) Run { return Run{Text: s} }

// B returns a run of bold text.
func B(s string) Run { return Run{Text: s, Bold: true} }

// I returns a run of italic text.
func I(s string) Run { return Run{Text: s, Italic: true} }

// WithSize returns r in size points.
func (r Run) WithSize(size float64) Run { r.Size = size; return r }

// PageBreak starts a new page.
type PageBreak struct{}

func (PageBreak) block() {}

// Table is a table. Widths are the column widths in millimetres (they
// should add up to the page's text width or less); a row's cells may span
// several columns, and a cell may continue the cell above (a vertical
// merge).
type Table struct {
	Widths []float64
	Rows   []TableRow
	// Borders draws single lines round every cell; false gives a borderless
	// layout table, as in a letterhead.
	Borders bool
	// HeaderRows repeats that many rows at the top of every page the table
	// runs over.
	HeaderRows int
	// Center centres the table between the margins.
	Center bool
}

func (*Table) block() {}

// TableRow is a row of cells from the first column.
type TableRow struct {
	Cells []TableCell
	// CantSplit keeps the row on one page.
	CantSplit bool
}

// VAlign is the vertical alignment of a cell.
type VAlign int

// Vertical alignments.
const (
	Top VAlign = iota
	Middle
	Bottom
)

// TableCell is a cell: paragraphs, the number of grid columns it spans
// (0 or 1 for one), and whether it continues the cell above (a vertical
// merge: its own paragraphs are not shown).
type TableCell struct {
	Paras []*Paragraph
	Span  int
	// Merge continues the cell of the row above in the same column.
	Merge  bool
	VAlign VAlign
}

// Cell returns a cell of one paragraph of text, aligned al.
func Cell(text string, al Align) TableCell {
	return TableCell{Paras: []*Paragraph{{Runs: []Run{{Text: text}}, Align: al}}}
}

// BoldCell returns a cell of one paragraph of bold text, centred both ways,
// as in a table's header.
func BoldCell(text string) TableCell {
	return TableCell{Paras: []*Paragraph{{Runs: []Run{{Text: text, Bold: true}}, Align: Center}}, VAlign: Middle}
}

// AddRow appends a row of cells.
func (t *Table) AddRow(cells ...TableCell) { t.Rows = append(t.Rows, TableRow{Cells: cells}) }

// Bytes returns the document's file.
func (d *Document) Bytes() ([]byte, error) {
	var b bytes.Buffer
	if err := d.Write(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

const op = "docx: write"

// Write checks the document and writes it to w as a .docx file. The error
// wraps thidua.ErrInvalid for text that is not UTF-8 or holds a control
// character other than tab and newline (XML 1.0 cannot carry it), for a
// negative or absurd size, margin or width, for a table without columns,
// a row wider than its table or a merge with no cell above; nothing is
// written to w then.
func (d *Document) Write(w io.Writer) error {
	if err := d.check(); err != nil {
		return err
	}
	b, err := d.build()
	if err != nil {
		return thidua.E(op, "document", "", "", err)
	}
	if _, err := w.Write(b); err != nil {
		return thidua.E(op, "document", "", "", err)
	}
	return nil
}

func bad(field, format string, args ...any) error {
	return thidua.Invalid(op, "document", "", field, format, args...)
}

func badNum(v, lo, hi float64) bool { return math.IsNaN(v) || v < lo || v > hi }

func (d *Document) check() error {
	if badNum(d.Size, 0, 1638) {
		return bad("size", "font size %v", d.Size)
	}
	if !utf8.ValidString(d.Font) || strings.ContainsAny(d.Font, "<>&\"") {
		return bad("font", "bad font name %q", d.Font)
	}
	p := d.Page
	for _, m := range []float64{p.Top, p.Bottom, p.Left, p.Right} {
		if badNum(m, 0, 100) {
			return bad("page", "margin %v mm outside 0..100", m)
		}
	}
	if p.TextWidth() <= 0 {
		return bad("page", "no room between the margins")
	}
	return checkBlocks("body", d.Body)
}

func checkBlocks(where string, blocks []Block) error {
	for i, bl := range blocks {
		at := where + "[" + strconv.Itoa(i) + "]"
		switch b := bl.(type) {
		case *Paragraph:
			if err := checkPara(at, b); err != nil {
				return err
			}
		case *Table:
			if err := checkTable(at, b); err != nil {
				return err
			}
		case PageBreak, *PageBreak:
		case nil:
			return bad(at, "nil block")
		default:
			return bad(at, "unknown block %T", bl)
		}
	}
	return nil
}

func checkPara(at string, p *Paragraph) error {
	if p == nil {
		return bad(at, "nil paragraph")
	}
	if badNum(p.FirstLine, -100, 200) || badNum(p.Before, 0, 1584) || badNum(p.After, 0, 1584) ||
		badNum(p.Line, 0, 10) || badNum(p.Rule, 0, 500) {
		return bad(at, "indent, spacing or rule out of range")
	}
	for _, r := range p.Runs {
		if badNum(r.Size, 0, 1638) {
			return bad(at, "font size %v", r.Size)
		}
		if !utf8.ValidString(r.Text) {
			return bad(at, "text is not UTF-8")
		}
		for _, c := range r.Text {
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF {
				return bad(at, "text holds control character %U", c)
			}
		}
	}
	return nil
}

func checkTable(at string, t *Table) error {
	if t == nil {
		return bad(at, "nil table")
	}
	if len(t.Widths) == 0 {
		return bad(at, "table without columns")
	}
	for _, w := range t.Widths {
		if badNum(w, 0.5, 600) {
			return bad(at, "column width %v mm", w)
		}
	}
	if t.HeaderRows < 0 || t.HeaderRows > len(t.Rows) {
		return bad(at, "%d header rows of %d", t.HeaderRows, len(t.Rows))
	}
	for ri, r := range t.Rows {
		col := 0
		for ci, c := range r.Cells {
			span := max(c.Span, 1)
			if c.Span < 0 {
				return bad(at, "row %d cell %d: negative span", ri, ci)
			}
			if c.Merge && ri == 0 {
				return bad(at, "row %d cell %d: merge with no cell above", ri, ci)
			}
			for pi, p := range c.Paras {
				if err := checkPara(at+" row "+strconv.Itoa(ri)+" cell "+strconv.Itoa(ci)+" paragraph "+strconv.Itoa(pi), p); err != nil {
					return err
				}
			}
			col += span
		}
		if col > len(t.Widths) {
			return bad(at, "row %d spans %d columns of %d", ri, col, len(t.Widths))
		}
	}
	return nil
}
