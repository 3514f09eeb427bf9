package xlsx

import (
	"archive/zip"
	"bufio"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/thidua-go/thidua"
)

// The XML namespaces and content types of SpreadsheetML (ECMA-376 Part 1,
// §12.3 and Part 2, Open Packaging Conventions).
const (
	nsMain      = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkgRel    = "http://schemas.openxmlformats.org/package/2006/relationships"
	relDoc      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relSheet    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
	relStyles   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	relStrings  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
	ctWorkbook  = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
	ctSheet     = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
	ctStyles    = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
	ctStrings   = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
	xmlHead     = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	dateFormat  = "dd/mm/yyyy"
	firstCustom = 164 // first number-format ID free for custom formats
)

// builtinFormats are the number formats every application knows by ID
// (ECMA-376 Part 1, §18.8.30).
var builtinFormats = map[string]int{
	"General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4,
	"0%": 9, "0.00%": 10, "@": 49,
}

// writer holds what the parts share: the string table and the styles.
type writer struct {
	wb      *Workbook
	strs    map[string]int
	strList []string
	nstr    int // text cells written, for the table's count

	xfs     map[Style]int
	xfList  []Style
	fonts   map[fontKey]int
	fontL   []fontKey
	fills   map[string]int
	fillL   []string
	numFmts map[string]int
	numL    []string
}

type fontKey struct {
	bold, italic bool
	size         float64
}

func (wb *Workbook) write(out io.Writer) error {
	w := &writer{
		wb:      wb,
		strs:    make(map[string]int),
		xfs:     make(map[Style]int),
		fonts:   make(map[fontKey]int),
		fills:   make(map[string]int),
		numFmts: make(map[string]int),
	}
	w.style(Style{}) // cell format 0 is the default
	z := zip.NewWriter(out)
	part := func(name string, body func(b *bufio.Writer)) error {
		f, err := z.Create(name)
		if err != nil {
			return err
		}
		b := bufio.NewWriter(f)
		b.WriteString(xmlHead)
		body(b)
		return b.Flush()
	}
	n := len(wb.Sheets)
	steps := []struct {
		name string
		body func(b *bufio.Writer)
	}{
		{"[Content_Types].xml", func(b *bufio.Writer) {
			b.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
			b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
			b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
			b.WriteString(`<Override PartName="/xl/workbook.xml" ContentType="` + ctWorkbook + `"/>`)
			for i := range n {
				b.WriteString(`<Override PartName="/xl/worksheets/sheet` + strconv.Itoa(i+1) + `.xml" ContentType="` + ctSheet + `"/>`)
			}
			b.WriteString(`<Override PartName="/xl/styles.xml" ContentType="` + ctStyles + `"/>`)
			b.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="` + ctStrings + `"/>`)
			b.WriteString(`</Types>`)
		}},
		{"_rels/.rels", func(b *bufio.Writer) {
			b.WriteString(`<Relationships xmlns="` + nsPkgRel + `">`)
			b.WriteString(`<Relationship Id="rId1" Type="` + relDoc + `" Target="xl/workbook.xml"/>`)
			b.WriteString(`</Relationships>`)
		}},
		{"xl/workbook.xml", w.workbook},
		{"xl/_rels/workbook.xml.rels", func(b *bufio.Writer) {
			b.WriteString(`<Relationships xmlns="` + nsPkgRel + `">`)
			for i := range n {
				b.WriteString(`<Relationship Id="rId` + strconv.Itoa(i+1) + `" Type="` + relSheet + `" Target="worksheets/sheet` + strconv.Itoa(i+1) + `.xml"/>`)
			}
			b.WriteString(`<Relationship Id="rId` + strconv.Itoa(n+1) + `" Type="` + relStyles + `" Target="styles.xml"/>`)
			b.WriteString(`<Relationship Id="rId` + strconv.Itoa(n+2) + `" Type="` + relStrings + `" Target="sharedStrings.xml"/>`)
			b.WriteString(`</Relationships>`)
		}},
	}
	for _, s := range steps {
		if err := part(s.name, s.body); err != nil {
			return thidua.E(op, "workbook", "", "", err)
		}
	}
	for i, s := range wb.Sheets {
		if err := part("xl/worksheets/sheet"+strconv.Itoa(i+1)+".xml", func(b *bufio.Writer) { w.sheet(b, s, i == 0) }); err != nil {
			return thidua.E(op, "sheet", s.Name, "", err)
		}
	}
	// The styles and the strings are known once every sheet is written.
	if err := part("xl/styles.xml", w.styles); err != nil {
		return thidua.E(op, "workbook", "", "styles", err)
	}
	if err := part("xl/sharedStrings.xml", w.sharedStrings); err != nil {
		return thidua.E(op, "workbook", "", "strings", err)
	}
	if err := z.Close(); err != nil {
		return thidua.E(op, "workbook", "", "", err)
	}
	return nil
}

func (w *writer) workbook(b *bufio.Writer) {
	b.WriteString(`<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	b.WriteString(`<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>`)
	for i, s := range w.wb.Sheets {
		b.WriteString(`<sheet name="`)
		attr(b, s.Name)
		b.WriteString(`" sheetId="` + strconv.Itoa(i+1) + `" r:id="rId` + strconv.Itoa(i+1) + `"/>`)
	}
	b.WriteString(`</sheets>`)
	titles := false
	for i, s := range w.wb.Sheets {
		if s.RepeatRows == 0 {
			continue
		}
		if !titles {
			b.WriteString(`<definedNames>`)
			titles = true
		}
		b.WriteString(`<definedName name="_xlnm.Print_Titles" localSheetId="` + strconv.Itoa(i) + `">'`)
		attr(b, strings.ReplaceAll(s.Name, "'", "''"))
		b.WriteString(`'!$1:$` + strconv.Itoa(s.RepeatRows) + `</definedName>`)
	}
	if titles {
		b.WriteString(`</definedNames>`)
	}
	b.WriteString(`</workbook>`)
}

// covered maps the cells of merged ranges other than the top-left one to
// the style of the top-left cell, so borders go round the whole range.
func covered(s *Sheet) map[[2]int]Style {
	if len(s.Merges) == 0 {
		return nil
	}
	m := make(map[[2]int]Style)
	for _, r := range s.Merges {
		var st Style
		if r.FirstRow < len(s.Rows) && s.Rows[r.FirstRow] != nil && r.FirstCol < len(s.Rows[r.FirstRow].Cells) {
			st = s.Rows[r.FirstRow].Cells[r.FirstCol].Style
		}
		for row := r.FirstRow; row <= r.LastRow; row++ {
			for col := r.FirstCol; col <= r.LastCol; col++ {
				if row != r.FirstRow || col != r.FirstCol {
					m[[2]int{row, col}] = st
				}
			}
		}
	}
	return m
}

func (w *writer) sheet(b *bufio.Writer, s *Sheet, first bool) {
	b.WriteString(`<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	if s.Page.FitWidth {
		b.WriteString(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`)
	}
	cov := covered(s)
	lastRow, lastCol := len(s.Rows)-1, 0
	for _, r := range s.Rows {
		if r != nil && len(r.Cells)-1 > lastCol {
			lastCol = len(r.Cells) - 1
		}
	}
	for _, m := range s.Merges {
		lastRow, lastCol = max(lastRow, m.LastRow), max(lastCol, m.LastCol)
	}
	b.WriteString(`<dimension ref="`)
	b.WriteString(Range{0, 0, max(lastRow, 0), lastCol}.String())
	b.WriteString(`"/><sheetViews><sheetView workbookViewId="0"`)
	if first {
		b.WriteString(` tabSelected="1"`)
	}
	if s.FreezeRows > 0 {
		b.WriteString(`><pane ySplit="` + strconv.Itoa(s.FreezeRows) + `" topLeftCell="` + CellRef(s.FreezeRows, 0) +
			`" activePane="bottomLeft" state="frozen"/></sheetView>`)
	} else {
		b.WriteString(`/>`)
	}
	b.WriteString(`</sheetViews><sheetFormatPr defaultRowHeight="15"/>`)
	if slices.ContainsFunc(s.Widths, func(x float64) bool { return x > 0 }) {
		b.WriteString(`<cols>`)
		for i, x := range s.Widths {
			if x <= 0 {
				continue
			}
			c := strconv.Itoa(i + 1)
			b.WriteString(`<col min="` + c + `" max="` + c + `" width="` + num(x, 2) + `" customWidth="1"/>`)
		}
		b.WriteString(`</cols>`)
	}
	b.WriteString(`<sheetData>`)
	for ri := 0; ri <= lastRow; ri++ {
		var r *Row
		if ri < len(s.Rows) {
			r = s.Rows[ri]
		}
		w.row(b, ri, r, cov, lastCol)
	}
	b.WriteString(`</sheetData>`)
	if len(s.Merges) > 0 {
		b.WriteString(`<mergeCells count="` + strconv.Itoa(len(s.Merges)) + `">`)
		for _, m := range s.Merges {
			b.WriteString(`<mergeCell ref="` + m.String() + `"/>`)
		}
		b.WriteString(`</mergeCells>`)
	}
	if len(s.Lists) > 0 {
		b.WriteString(`<dataValidations count="` + strconv.Itoa(len(s.Lists)) + `">`)
		for _, l := range s.Lists {
			b.WriteString(`<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"`)
			if l.Prompt != "" {
				b.WriteString(` prompt="`)
				attr(b, l.Prompt)
				b.WriteString(`"`)
			}
			b.WriteString(` sqref="` + l.Range.String() + `"><formula1>&quot;`)
			text(b, strings.Join(l.Values, ","))
			b.WriteString(`&quot;</formula1></dataValidation>`)
		}
		b.WriteString(`</dataValidations>`)
	}
	p := s.Page
	inch := func(mm, def float64) string {
		if mm == 0 {
			mm = def
		}
		return num(mm/25.4, 3)
	}
	b.WriteString(`<pageMargins left="` + inch(p.Left, 30) + `" right="` + inch(p.Right, 15) + `" top="` + inch(p.Top, 20) +
		`" bottom="` + inch(p.Bottom, 20) + `" header="0.3" footer="0.3"/>`)
	orient := "portrait"
	if p.Landscape {
		orient = "landscape"
	}
	b.WriteString(`<pageSetup paperSize="9" orientation="` + orient + `"`)
	if p.FitWidth {
		b.WriteString(` fitToWidth="1" fitToHeight="0"`)
	}
	b.WriteString(`/>`)
	if p.PageNumbers {
		b.WriteString(`<headerFooter><oddFooter>&amp;CTrang &amp;P</oddFooter></headerFooter>`)
	}
	b.WriteString(`</worksheet>`)
}

func (w *writer) row(b *bufio.Writer, ri int, r *Row, cov map[[2]int]Style, lastCol int) {
	var cells []Cell
	var height float64
	if r != nil {
		cells, height = r.Cells, r.Height
	}
	open := false
	start := func() {
		if open {
			return
		}
		open = true
		b.WriteString(`<row r="` + strconv.Itoa(ri+1) + `"`)
		if height > 0 {
			b.WriteString(` ht="` + num(height, 2) + `" customHeight="1"`)
		}
		b.WriteString(`>`)
	}
	if height > 0 {
		start()
	}
	end := len(cells) - 1
	if cov != nil {
		end = lastCol
	}
	for ci := 0; ci <= end; ci++ {
		var c Cell
		if ci < len(cells) {
			c = cells[ci]
		}
		if st, ok := cov[[2]int{ri, ci}]; ok && c.kind == Empty && c.Style == (Style{}) {
			c.Style = st
		}
		if c.kind == Empty && c.Style == (Style{}) {
			continue
		}
		start()
		st := c.Style
		if c.kind == DateKind && st.NumFormat == "" {
			st.NumFormat = dateFormat
		}
		b.WriteString(`<c r="` + CellRef(ri, ci) + `"`)
		if x := w.style(st); x != 0 {
			b.WriteString(` s="` + strconv.Itoa(x) + `"`)
		}
		switch c.kind {
		case Empty:
			b.WriteString(`/>`)
			continue
		case TextKind:
			b.WriteString(` t="s"><v>` + strconv.Itoa(w.str(c.v)) + `</v></c>`)
			continue
		case BoolKind:
			b.WriteString(` t="b"`)
		}
		b.WriteString(`><v>` + c.v + `</v></c>`)
	}
	if open {
		b.WriteString(`</row>`)
	}
}

func (w *writer) str(s string) int {
	w.nstr++
	if i, ok := w.strs[s]; ok {
		return i
	}
	i := len(w.strList)
	w.strs[s] = i
	w.strList = append(w.strList, s)
	return i
}

func (w *writer) sharedStrings(b *bufio.Writer) {
	b.WriteString(`<sst xmlns="` + nsMain + `" count="` + strconv.Itoa(w.nstr) + `" uniqueCount="` + strconv.Itoa(len(w.strList)) + `">`)
	for _, s := range w.strList {
		if s != strings.TrimSpace(s) {
			b.WriteString(`<si><t xml:space="preserve">`)
		} else {
			b.WriteString(`<si><t>`)
		}
		text(b, s)
		b.WriteString(`</t></si>`)
	}
	b.WriteString(`</sst>`)
}

// style returns the index of the cell format of st, adding it if new.
func (w *writer) style(st Style) int {
	if i, ok := w.xfs[st]; ok {
		return i
	}
	fk := fontKey{st.Bold, st.Italic, st.Size}
	if _, ok := w.fonts[fk]; !ok {
		w.fonts[fk] = len(w.fontL)
		w.fontL = append(w.fontL, fk)
	}
	if st.Fill != "" {
		f := strings.ToUpper(st.Fill)
		if _, ok := w.fills[f]; !ok {
			w.fills[f] = len(w.fillL) + 2
			w.fillL = append(w.fillL, f)
		}
	}
	if _, ok := builtinFormats[st.NumFormat]; !ok && st.NumFormat != "" {
		if _, ok := w.numFmts[st.NumFormat]; !ok {
			w.numFmts[st.NumFormat] = firstCustom + len(w.numL)
			w.numL = append(w.numL, st.NumFormat)
		}
	}
	i := len(w.xfList)
	w.xfs[st] = i
	w.xfList = append(w.xfList, st)
	return i
}

func (w *writer) styles(b *bufio.Writer) {
	font := w.wb.Font
	if font == "" {
		font = DefaultFont
	}
	size := w.wb.Size
	if size <= 0 || math.IsNaN(size) {
		size = DefaultSize
	}
	b.WriteString(`<styleSheet xmlns="` + nsMain + `">`)
	if len(w.numL) > 0 {
		b.WriteString(`<numFmts count="` + strconv.Itoa(len(w.numL)) + `">`)
		for i, f := range w.numL {
			b.WriteString(`<numFmt numFmtId="` + strconv.Itoa(firstCustom+i) + `" formatCode="`)
			attr(b, f)
			b.WriteString(`"/>`)
		}
		b.WriteString(`</numFmts>`)
	}
	b.WriteString(`<fonts count="` + strconv.Itoa(len(w.fontL)) + `">`)
	for _, f := range w.fontL {
		b.WriteString(`<font>`)
		if f.bold {
			b.WriteString(`<b/>`)
		}
		if f.italic {
			b.WriteString(`<i/>`)
		}
		sz := size
		if f.size > 0 {
			sz = f.size
		}
		b.WriteString(`<sz val="` + num(sz, 2) + `"/><name val="`)
		attr(b, font)
		b.WriteString(`"/><family val="1"/></font>`)
	}
	b.WriteString(`</fonts><fills count="` + strconv.Itoa(len(w.fillL)+2) + `">`)
	b.WriteString(`<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>`)
	for _, f := range w.fillL {
		b.WriteString(`<fill><patternFill patternType="solid"><fgColor rgb="FF` + f + `"/><bgColor indexed="64"/></patternFill></fill>`)
	}
	b.WriteString(`</fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>`)
	b.WriteString(`<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>` +
		`<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>`)
	b.WriteString(`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>`)
	b.WriteString(`<cellXfs count="` + strconv.Itoa(len(w.xfList)) + `">`)
	for _, st := range w.xfList {
		nf, ok := builtinFormats[st.NumFormat]
		if !ok && st.NumFormat != "" {
			nf = w.numFmts[st.NumFormat]
		}
		fill := 0
		if st.Fill != "" {
			fill = w.fills[strings.ToUpper(st.Fill)]
		}
		border := 0
		if st.Border {
			border = 1
		}
		b.WriteString(`<xf numFmtId="` + strconv.Itoa(nf) + `" fontId="` + strconv.Itoa(w.fonts[fontKey{st.Bold, st.Italic, st.Size}]) +
			`" fillId="` + strconv.Itoa(fill) + `" borderId="` + strconv.Itoa(border) + `" xfId="0"`)
		if nf != 0 {
			b.WriteString(` applyNumberFormat="1"`)
		}
		if st.Bold || st.Italic || st.Size > 0 {
			b.WriteString(` applyFont="1"`)
		}
		if fill != 0 {
			b.WriteString(` applyFill="1"`)
		}
		if border != 0 {
			b.WriteString(` applyBorder="1"`)
		}
		if st.Align == General && st.VAlign == Bottom && !st.Wrap {
			b.WriteString(`/>`)
			continue
		}
		b.WriteString(` applyAlignment="1"><alignment`)
		switch st.Align {
		case Left:
			b.WriteString(` horizontal="left"`)
		case Center:
			b.WriteString(` horizontal="center"`)
		case Right:
			b.WriteString(` horizontal="right"`)
		}
		switch st.VAlign {
		case Middle:
			b.WriteString(` vertical="center"`)
		case Top:
			b.WriteString(` vertical="top"`)
		}
		if st.Wrap {
			b.WriteString(` wrapText="1"`)
		}
		b.WriteString(`/></xf>`)
	}
	b.WriteString(`</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`)
}

// num formats x with at most prec decimals, without trailing zeros.
func num(x float64, prec int) string {
	s := strconv.FormatFloat(x, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// text writes s as element content. Characters XML 1.0 cannot hold
// (control characters other than tab, newline and carriage return) are
// written as _xHHHH_, and an underscore that would start such an escape
// as _x005F_, the escaping of ECMA-376 Part 1, §22.9.2.19 (ST_Xstring), so
// the reader gets back the very text.
func text(b *bufio.Writer, s string) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\r':
			b.WriteString("&#xD;")
		case r == '_' && isEscape(s[i:]):
			b.WriteString("_x005F_")
		case r < 0x20 && r != '\t' && r != '\n', r == 0xFFFE, r == 0xFFFF:
			b.WriteString("_x")
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString(strings.Repeat("0", 4-len(h)))
			b.WriteString(strings.ToUpper(h))
			b.WriteByte('_')
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
}

// isEscape reports whether s starts with _xHHHH_.
func isEscape(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !strings.ContainsRune("0123456789abcdefABCDEF", rune(c)) {
			return false
		}
	}
	return true
}

// attr writes s as an attribute value.
func attr(b *bufio.Writer, s string) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\n':
			b.WriteString("&#xA;")
		case r == '\r':
			b.WriteString("&#xD;")
		case r == '\t':
			b.WriteString("&#x9;")
		case r < 0x20, r == 0xFFFE, r == 0xFFFF:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
}
