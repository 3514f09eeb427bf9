package document

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/report/docx"
	"github.com/thidua-go/thidua/report/xlsx"
)

// DOCXOptions tune [NewDOCXRenderer]; nil means the defaults.
type DOCXOptions struct {
	// Size is the body text size in points, 13 to 14 under Nghị định
	// 30/2020/NĐ-CP; 0 means 14.
	Size float64
	// TableSize is the text size inside tables; 0 means 12.
	TableSize float64
	// NoPageNumbers leaves the page numbers out (they are on from page 2).
	NoPageNumbers bool
}

// NewDOCXRenderer returns the renderer of documents as Word files (.docx),
// laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I requires (package
// report/docx): A4, the margins, Times New Roman in every font slot, the
// heading as a two-column borderless table, the number line, the
// place-and-date line, the title, the body, the tables, "Nơi nhận:" and
// the signature block, page numbers from page 2. It writes any document
// that implements [Layouter]; ErrInvalid for another.
func NewDOCXRenderer(o *DOCXOptions) FormatRenderer {
	var opt DOCXOptions
	if o != nil {
		opt = *o
	}
	if opt.Size == 0 {
		opt.Size = docx.DefaultSize
	}
	if opt.TableSize == 0 {
		opt.TableSize = 12
	}
	return FormatRendererFunc(func(w io.Writer, doc Document) error {
		const op = "document: render docx"
		l, name, err := layoutOf(op, doc)
		if err != nil {
			return err
		}
		d := LayoutDOCX(l, &opt)
		var buf bytes.Buffer
		if err := d.Write(&buf); err != nil {
			return thidua.E(op, "document", name, "", err)
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return thidua.E(op, "document", name, "", err)
		}
		return nil
	})
}

func layoutOf(op string, doc Document) (*Layout, string, error) {
	if doc == nil {
		return nil, "", thidua.Invalid(op, "document", "", "", "no document")
	}
	lo, ok := doc.(Layouter)
	if !ok {
		return nil, doc.TemplateName(), thidua.Invalid(op, "document", doc.TemplateName(), "format", "the document has no layout for office formats")
	}
	l := lo.Layout()
	if l == nil {
		return nil, doc.TemplateName(), thidua.Invalid(op, "document", doc.TemplateName(), "format", "nil layout")
	}
	return l, doc.TemplateName(), nil
}

// LayoutDOCX returns the Word document of layout l with options o (nil for
// the defaults), for a caller who wants to add to it before writing.
func LayoutDOCX(l *Layout, o *DOCXOptions) *docx.Document {
	size, tsize := docx.DefaultSize, 12.0
	pages := true
	if o != nil {
		if o.Size > 0 {
			size = o.Size
		}
		if o.TableSize > 0 {
			tsize = o.TableSize
		}
		pages = !o.NoPageNumbers
	}
	nfc := vntext.NFC
	d := docx.New()
	d.Size, d.PageNumbers = size, pages
	d.Page.Landscape = l.Landscape
	h := l.Heading
	d.Add(docx.Letterhead{
		Parent: Upper(h.Parent), Agency: Upper(h.Agency),
		Number: nfc(h.NumberLine()), PlaceDate: nfc(h.PlaceDateLine()),
		Title: h.TitleLine(), Subtitle: nfc(h.Subtitle),
	}.Blocks(d.Page)...)
	var last *docx.Paragraph
	for _, b := range l.Body {
		var p *docx.Paragraph
		switch b.Kind {
		case SectionTitle:
			p = &docx.Paragraph{Runs: []docx.Run{docx.B(nfc(b.Text))}, Align: docx.Justify, Before: 6, KeepNext: true}
		case SubTitle:
			p = &docx.Paragraph{Runs: []docx.Run{docx.B(nfc(b.Text))}, Align: docx.Justify, Before: 6, KeepNext: true, FirstLine: 10}
		case Body:
			p = &docx.Paragraph{Runs: []docx.Run{docx.T(nfc(b.Text))}, Align: docx.Justify, Before: 6, FirstLine: 10}
		case Item:
			p = &docx.Paragraph{Runs: []docx.Run{docx.T(nfc(b.Text))}, Align: docx.Justify, Before: 3, FirstLine: 10}
		case Note:
			p = &docx.Paragraph{Runs: []docx.Run{docx.I(nfc(b.Text))}, Align: docx.Justify, Before: 6}
		case TableBlock:
			if b.Table != nil && !b.Table.SheetOnly {
				d.Add(docxTable(b.Table, d.Page.TextWidth(), tsize))
				last = nil
			}
			continue
		default:
			continue
		}
		d.Add(p)
		last = p
	}
	sig := docx.Signature{Title: nfc(l.Signer.Title), Name: nfc(l.Signer.Name)}
	for _, r := range l.Recipients {
		sig.Recipients = append(sig.Recipients, nfc(r))
	}
	if !sig.IsZero() {
		if last != nil {
			last.KeepNext = true
		}
		d.Add(&docx.Paragraph{Before: 6, KeepNext: true}, sig.Block(d.Page))
	}
	return d
}

// columnChars returns, for each column of t, the length in characters of
// its longest cell (header words counted apart, as headers wrap), at least
// min and at most max.
func columnChars(t *Table, lo, hi int) []int {
	n := t.cols()
	w := make([]int, n)
	for i := range n {
		w[i] = lo
		if i < len(t.Header) {
			for _, word := range strings.Fields(t.Header[i]) {
				w[i] = max(w[i], utf8.RuneCountInString(word))
			}
		}
		for _, r := range t.Rows {
			w[i] = max(w[i], utf8.RuneCountInString(cell(r, i)))
		}
		w[i] = min(w[i], hi)
	}
	return w
}

func docxTable(t *Table, width, size float64) *docx.Table {
	n := t.cols()
	dt := &docx.Table{Borders: true, Center: true, Widths: docxWidths(t, n, width, size)}
	cell := func(s string, bold bool, al docx.Align) docx.TableCell {
		return docx.TableCell{Paras: []*docx.Paragraph{{Runs: []docx.Run{{Text: vntext.NFC(s), Bold: bold, Size: size}}, Align: al}}, VAlign: docx.Middle}
	}
	head := func(i int) string {
		if i < len(t.Header) {
			return t.Header[i]
		}
		return ""
	}
	if len(t.Groups) > 0 {
		var top, bottom []docx.TableCell
		for i := 0; i < n; {
			if g, ok := groupAt(t.Groups, i); ok {
				c := cell(g.Label, true, docx.Center)
				c.Span = g.To - g.From + 1
				top = append(top, c)
				for k := g.From; k <= g.To; k++ {
					bottom = append(bottom, cell(head(k), true, docx.Center))
				}
				i = g.To + 1
				continue
			}
			top = append(top, cell(head(i), true, docx.Center))
			bottom = append(bottom, docx.TableCell{Merge: true})
			i++
		}
		dt.AddRow(top...)
		dt.AddRow(bottom...)
		dt.HeaderRows = 2
	} else if len(t.Header) > 0 {
		var top []docx.TableCell
		for i := range n {
			top = append(top, cell(head(i), true, docx.Center))
		}
		dt.AddRow(top...)
		dt.HeaderRows = 1
	}
	for ri, r := range t.Rows {
		cont := t.Continues(ri)
		var cells []docx.TableCell
		for i := range n {
			if cont && t.ContinueAt(i) {
				cells = append(cells, docx.TableCell{Merge: true})
				continue
			}
			al := docx.Left
			if t.RightAt(i) {
				al = docx.Right
			}
			c := cell(cellAt(r, i), false, al)
			c.VAlign = docx.Top
			cells = append(cells, c)
		}
		dt.AddRow(cells...)
	}
	return dt
}

// docxWidths returns the widths in millimetres of the n columns of t on a
// text width of width at size points: t.Widths scaled, or, by content, each
// column at least as wide as its longest word (its whole cells for numbers)
// and the rest of the width shared by what the columns would need to hold
// their cells on one line.
func docxWidths(t *Table, n int, width, size float64) []float64 {
	out := make([]float64, n)
	if len(t.Widths) >= n {
		sum := 0.0
		for _, x := range t.Widths[:n] {
			sum += x
		}
		for i := range out {
			out[i] = width * t.Widths[i] / sum
		}
		return out
	}
	char := size * 0.5 * 25.4 / 72 // an average character: half an em, in mm
	const pad = 2.5                // the cell's margins and a little air
	lo, want := make([]float64, n), make([]float64, n)
	sumLo, sumWant := 0.0, 0.0
	for i := range n {
		word, full := 1, 1
		for ri, r := range append([][]string{t.Header}, t.Rows...) {
			c := cell(r, i)
			full = max(full, utf8.RuneCountInString(c))
			if ri > 0 && t.RightAt(i) {
				word = max(word, utf8.RuneCountInString(c)) // numbers do not wrap
			}
			for _, w := range strings.Fields(c) {
				n := utf8.RuneCountInString(w)
				if ri == 0 {
					n++ // header words are bold
				}
				word = max(word, n)
			}
		}
		lo[i] = float64(min(word, 30))*char + pad
		want[i] = max(lo[i], float64(min(full, 60))*char+pad)
		sumLo += lo[i]
		sumWant += want[i]
	}
	switch {
	case sumLo >= width:
		for i := range out {
			out[i] = width * lo[i] / sumLo
		}
	case sumWant <= width:
		for i := range out {
			out[i] = width * want[i] / sumWant
		}
	default:
		extra := width - sumLo
		for i := range out {
			out[i] = lo[i] + extra*(want[i]-lo[i])/(sumWant-sumLo)
		}
	}
	return out
}

// groupAt returns the valid group that starts at column i.
func groupAt(gs []ColumnGroup, i int) (ColumnGroup, bool) {
	for _, g := range gs {
		if g.From == i && g.To >= g.From {
			return g, true
		}
	}
	return ColumnGroup{}, false
}

func cellAt(r []string, i int) string { return cell(r, i) }

// XLSXOptions tune [NewXLSXRenderer]; nil means the defaults.
type XLSXOptions struct {
	// Size is the font size in points; 0 means 12.
	Size float64
}

// NewXLSXRenderer returns the renderer of documents as workbooks (.xlsx,
// package report/xlsx): one sheet per table of the document's [Layout] —
// the statistics table, the award histories, the ratings and initiatives,
// the nominations — each under the agency and the document's title, with
// column widths, a bold header whose groups are merged cells, award names
// merged over their lines, numbers as numbers, the header repeated on every
// printed page, and an A4 page setup (across the page for more than six
// columns). ErrInvalid for a document without a layout or without a table.
func NewXLSXRenderer(o *XLSXOptions) FormatRenderer {
	var opt XLSXOptions
	if o != nil {
		opt = *o
	}
	return FormatRendererFunc(func(w io.Writer, doc Document) error {
		const op = "document: render xlsx"
		l, name, err := layoutOf(op, doc)
		if err != nil {
			return err
		}
		wb := LayoutXLSX(l, &opt)
		if len(wb.Sheets) == 0 {
			return thidua.Invalid(op, "document", name, "format", "the document has no table")
		}
		var buf bytes.Buffer
		if err := wb.Write(&buf); err != nil {
			return thidua.E(op, "document", name, "", err)
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return thidua.E(op, "document", name, "", err)
		}
		return nil
	})
}

// LayoutXLSX returns the workbook of the tables of layout l with options o
// (nil for the defaults), for a caller who wants to add sheets before
// writing. A layout without tables gives a workbook without sheets.
func LayoutXLSX(l *Layout, o *XLSXOptions) *xlsx.Workbook {
	wb := xlsx.New()
	if o != nil && o.Size > 0 {
		wb.Size = o.Size
	}
	names := make(map[string]bool)
	for bi, b := range l.Body {
		if b.Kind != TableBlock || b.Table == nil {
			continue
		}
		var notes []string
		for _, nb := range l.Body[bi+1:] {
			if nb.Kind != Note {
				break
			}
			notes = append(notes, nb.Text)
		}
		sheetTable(wb, l, b.Table, notes, names)
	}
	return wb
}

// SheetName makes s a valid sheet name, unique among used (which it
// updates): the characters a sheet name may not hold replaced by spaces,
// cut to 31 characters, "Bảng" if empty, a number added to a name already
// used.
func SheetName(s string, used map[string]bool) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) || r < 0x20 {
			return ' '
		}
		return r
	}, vntext.Clean(s))
	s = strings.Trim(s, "' ")
	if s == "" {
		s = "Bảng"
	}
	cut := func(s string, n int) string {
		if utf8.RuneCountInString(s) <= n {
			return s
		}
		return strings.TrimSpace(string([]rune(s)[:n]))
	}
	name := cut(s, 31)
	for i := 2; used[strings.ToLower(name)]; i++ {
		suffix := " (" + strconv.Itoa(i) + ")"
		name = cut(s, 31-len(suffix)) + suffix
	}
	used[strings.ToLower(name)] = true
	return name
}

func sheetTable(wb *xlsx.Workbook, l *Layout, t *Table, notes []string, used map[string]bool) {
	nfc := vntext.NFC
	s := wb.AddSheet(SheetName(t.Title, used))
	n := max(t.cols(), 1)
	chars := columnChars(t, 4, 50)
	for i := range chars {
		chars[i] += 2
	}
	s.SetWidths(toFloats(chars)...)
	center := xlsx.Style{Align: xlsx.Center, VAlign: xlsx.Middle, Wrap: true}
	line := func(text string, st xlsx.Style, height float64) {
		if text == "" {
			return
		}
		r := len(s.Rows)
		s.AddRow(xlsx.Text(nfc(text)).With(st)).Height = height
		if n > 1 {
			s.Merge(r, 0, r, n-1)
		}
	}
	h := l.Heading
	agency := Upper(h.Agency)
	if agency == "" {
		agency = Upper(h.Parent)
	}
	line(agency, xlsx.Style{Bold: true}, 0)
	title := center
	title.Bold, title.Size = true, 14
	line(h.TitleLine(), title, 22)
	sub := center
	sub.Bold = true
	line(h.Subtitle, sub, 0)
	if t.Title != "" && !strings.EqualFold(t.Title, h.TitleLine()) {
		it := center
		it.Italic = true
		line(t.Title, it, 0)
	}
	s.AddRow()
	head := xlsx.HeaderStyle()
	top := len(s.Rows)
	hdr := func(i int) xlsx.Cell {
		if i < len(t.Header) {
			return xlsx.Text(nfc(t.Header[i])).With(head)
		}
		return xlsx.Cell{Style: head}
	}
	if len(t.Groups) > 0 {
		a, b := make([]xlsx.Cell, n), make([]xlsx.Cell, n)
		for i := 0; i < n; {
			if g, ok := groupAt(t.Groups, i); ok {
				a[i] = xlsx.Text(nfc(g.Label)).With(head)
				for k := g.From; k <= g.To && k < n; k++ {
					if k > i {
						a[k] = xlsx.Cell{Style: head}
					}
					b[k] = hdr(k)
				}
				if g.To > g.From {
					s.Merge(top, g.From, top, min(g.To, n-1))
				}
				i = g.To + 1
				continue
			}
			a[i], b[i] = hdr(i), xlsx.Cell{Style: head}
			s.Merge(top, i, top+1, i)
			i++
		}
		s.AddRow(a...).Height = headerHeight(a, s.Widths)
		s.AddRow(b...).Height = headerHeight(b, s.Widths)
	} else {
		cells := make([]xlsx.Cell, n)
		for i := range n {
			cells[i] = hdr(i)
		}
		s.AddRow(cells...).Height = headerHeight(cells, s.Widths)
	}
	s.FreezeRows, s.RepeatRows = len(s.Rows), len(s.Rows)
	body := xlsx.BodyStyle()
	num := body
	num.Align = xlsx.Right
	first := len(s.Rows)
	for ri, r := range t.Rows {
		cells := make([]xlsx.Cell, n)
		for i := range n {
			v := nfc(cellAt(r, i))
			if t.RightAt(i) {
				if k, err := strconv.Atoi(v); err == nil {
					cells[i] = xlsx.Int(k).With(num)
					continue
				}
				cells[i] = xlsx.Text(v).With(num)
				continue
			}
			cells[i] = xlsx.Text(v).With(body)
		}
		if t.Continues(ri) {
			for i := range n {
				if t.ContinueAt(i) {
					cells[i] = xlsx.Cell{Style: body}
				}
			}
		}
		s.AddRow(cells...)
	}
	// Merge each run of continued rows into the row it continues.
	for ri := 0; ri < len(t.Rows); {
		end := ri
		for end+1 < len(t.Rows) && t.Continues(end+1) {
			end++
		}
		if end > ri {
			for i := range n {
				if t.ContinueAt(i) {
					s.Merge(first+ri, i, first+end, i)
				}
			}
		}
		ri = end + 1
	}
	for _, note := range notes {
		s.AddRow()
		r := len(s.Rows)
		s.AddRow(xlsx.Text(nfc(note)).With(xlsx.Style{Italic: true, Wrap: true, VAlign: xlsx.Top})).Height = 32
		if n > 1 {
			s.Merge(r, 0, r, n-1)
		}
	}
	s.Page = xlsx.Page{Landscape: l.Landscape || n > 6, FitWidth: true, PageNumbers: true}
}

// headerHeight estimates the height in points of a row of wrapped header
// cells: spreadsheets do not grow a row for text they did not lay out.
func headerHeight(cells []xlsx.Cell, widths []float64) float64 {
	lines := 1
	for i, c := range cells {
		if i >= len(widths) || c.Kind() != xlsx.TextKind {
			continue
		}
		per := max(1, int(widths[i]*0.9)-1) // bold characters per line
		n := 0
		for _, w := range strings.Fields(c.Value()) {
			n += utf8.RuneCountInString(w) + 1
		}
		lines = max(lines, (n-1)/per+1)
	}
	return float64(16*lines + 4)
}

func toFloats(xs []int) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
	}
	return out
}
