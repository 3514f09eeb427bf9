package docx

import (
	"archive/zip"
	"bytes"
	"math"
	"strconv"
	"strings"
)

// Namespaces and content types of WordprocessingML (ECMA-376 Part 1, §17,
// and Part 2, Open Packaging Conventions).
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkgRel  = "http://schemas.openxmlformats.org/package/2006/relationships"
	relDoc    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relStyles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	relSet    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
	relHeader = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
	ctMain    = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	ctStyles  = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
	ctSet     = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
	ctHeader  = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
	xmlHead   = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// cellMargin is the left and right margin inside table cells, in twips
// (1 mm).
const cellMargin = 57

// twips converts millimetres to twentieths of a point (1 mm = 56.69 twips).
func twips(mm float64) int { return int(math.Round(mm * 1440 / 25.4)) }

// half converts points to half-points, the unit of w:sz.
func half(pt float64) string { return strconv.Itoa(int(math.Round(pt * 2))) }

func (d *Document) build() ([]byte, error) {
	font := d.Font
	if font == "" {
		font = DefaultFont
	}
	size := d.Size
	if size == 0 {
		size = DefaultSize
	}
	var out bytes.Buffer
	z := zip.NewWriter(&out)
	part := func(name, body string) error {
		f, err := z.Create(name)
		if err != nil {
			return err
		}
		_, err = f.Write([]byte(xmlHead + body))
		return err
	}
	var ct strings.Builder
	ct.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	ct.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	ct.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	ct.WriteString(`<Override PartName="/word/document.xml" ContentType="` + ctMain + `"/>`)
	ct.WriteString(`<Override PartName="/word/styles.xml" ContentType="` + ctStyles + `"/>`)
	ct.WriteString(`<Override PartName="/word/settings.xml" ContentType="` + ctSet + `"/>`)
	if d.PageNumbers {
		ct.WriteString(`<Override PartName="/word/header1.xml" ContentType="` + ctHeader + `"/>`)
		ct.WriteString(`<Override PartName="/word/header2.xml" ContentType="` + ctHeader + `"/>`)
	}
	ct.WriteString(`</Types>`)

	rels := `<Relationships xmlns="` + nsPkgRel + `">` +
		`<Relationship Id="rId1" Type="` + relStyles + `" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="` + relSet + `" Target="settings.xml"/>`
	if d.PageNumbers {
		rels += `<Relationship Id="rId3" Type="` + relHeader + `" Target="header1.xml"/>` +
			`<Relationship Id="rId4" Type="` + relHeader + `" Target="header2.xml"/>`
	}
	rels += `</Relationships>`

	parts := []struct{ name, body string }{
		{"[Content_Types].xml", ct.String()},
		{"_rels/.rels", `<Relationships xmlns="` + nsPkgRel + `"><Relationship Id="rId1" Type="` + relDoc + `" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", d.document()},
		{"word/styles.xml", styles(font, size)},
		{"word/settings.xml", `<w:settings xmlns:w="` + nsW + `"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
			`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`},
		{"word/_rels/document.xml.rels", rels},
	}
	if d.PageNumbers {
		// The page number, centred (Nghị định 30/2020/NĐ-CP, Phụ lục I: Arabic
		// numerals, centred in the top margin, not on the first page).
		parts = append(parts,
			struct{ name, body string }{"word/header1.xml", `<w:hdr xmlns:w="` + nsW + `"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
				`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`},
			struct{ name, body string }{"word/header2.xml", `<w:hdr xmlns:w="` + nsW + `"><w:p/></w:hdr>`})
	}
	for _, p := range parts {
		if err := part(p.name, p.body); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// styles writes the style part: the font in all four slots and the size
// in the document defaults, no theme fonts, language vi-VN.
func styles(font string, size float64) string {
	f := escAttr(font)
	sz := half(size)
	return `<w:styles xmlns:w="` + nsW + `"><w:docDefaults><w:rPrDefault><w:rPr>` +
		`<w:rFonts w:ascii="` + f + `" w:hAnsi="` + f + `" w:eastAsia="` + f + `" w:cs="` + f + `"/>` +
		`<w:color w:val="000000"/><w:sz w:val="` + sz + `"/><w:szCs w:val="` + sz + `"/>` +
		`<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
		`<w:rPr><w:rFonts w:ascii="` + f + `" w:hAnsi="` + f + `" w:eastAsia="` + f + `" w:cs="` + f + `"/></w:rPr></w:style>` +
		`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
		`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
		`</w:styles>`
}

func (d *Document) document() string {
	var b strings.Builder
	b.Grow(4096 + 256*len(d.Body))
	b.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	last := ""
	for _, bl := range d.Body {
		switch x := bl.(type) {
		case *Paragraph:
			para(&b, x, twips(d.Page.TextWidth()))
			last = "p"
		case *Table:
			table(&b, x)
			last = "t"
		case PageBreak, *PageBreak:
			b.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
			last = "p"
		}
	}
	if last != "p" {
		// A body ends with a paragraph: Word requires one after a table.
		b.WriteString(`<w:p/>`)
	}
	top, bottom, left, right := d.Page.margins()
	w, h := 11906, 16838 // A4 in twips
	b.WriteString(`<w:sectPr>`)
	if d.PageNumbers {
		b.WriteString(`<w:headerReference w:type="default" r:id="rId3"/><w:headerReference w:type="first" r:id="rId4"/>`)
	}
	if d.Page.Landscape {
		b.WriteString(`<w:pgSz w:w="` + strconv.Itoa(h) + `" w:h="` + strconv.Itoa(w) + `" w:orient="landscape"/>`)
	} else {
		b.WriteString(`<w:pgSz w:w="` + strconv.Itoa(w) + `" w:h="` + strconv.Itoa(h) + `"/>`)
	}
	b.WriteString(`<w:pgMar w:top="` + strconv.Itoa(twips(top)) + `" w:right="` + strconv.Itoa(twips(right)) +
		`" w:bottom="` + strconv.Itoa(twips(bottom)) + `" w:left="` + strconv.Itoa(twips(left)) +
		`" w:header="567" w:footer="567" w:gutter="0"/>`)
	if d.PageNumbers {
		b.WriteString(`<w:titlePg/>`)
	}
	b.WriteString(`</w:sectPr></w:body></w:document>`)
	return b.String()
}

// para writes a paragraph that has avail twips between its container's
// edges (for the width of a rule).
func para(b *strings.Builder, p *Paragraph, avail int) {
	b.WriteString(`<w:p>`)
	var pp strings.Builder
	if p.KeepNext {
		pp.WriteString(`<w:keepNext/>`)
	}
	if p.Rule > 0 {
		pp.WriteString(`<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>`)
	}
	if p.Rule > 0 && len(p.Runs) == 0 {
		// A line alone: a paragraph 4 pt high, whose top border is the line.
		pp.WriteString(`<w:spacing w:before="` + strconv.Itoa(int(math.Round(p.Before*20))) + `" w:after="` +
			strconv.Itoa(int(math.Round(p.After*20))) + `" w:line="80" w:lineRule="exact"/>`)
	} else if p.Before > 0 || p.After > 0 || p.Line > 0 {
		pp.WriteString(`<w:spacing`)
		if p.Before > 0 {
			pp.WriteString(` w:before="` + strconv.Itoa(int(math.Round(p.Before*20))) + `"`)
		}
		if p.After > 0 {
			pp.WriteString(` w:after="` + strconv.Itoa(int(math.Round(p.After*20))) + `"`)
		}
		if p.Line > 0 {
			pp.WriteString(` w:line="` + strconv.Itoa(int(math.Round(p.Line*240))) + `" w:lineRule="auto"`)
		}
		pp.WriteString(`/>`)
	}
	side := 0
	if p.Rule > 0 {
		side = max(0, (avail-twips(p.Rule))/2)
	}
	if p.FirstLine != 0 || side > 0 {
		pp.WriteString(`<w:ind`)
		if side > 0 {
			pp.WriteString(` w:left="` + strconv.Itoa(side) + `" w:right="` + strconv.Itoa(side) + `"`)
		}
		if p.FirstLine > 0 {
			pp.WriteString(` w:firstLine="` + strconv.Itoa(twips(p.FirstLine)) + `"`)
		} else if p.FirstLine < 0 {
			pp.WriteString(` w:hanging="` + strconv.Itoa(twips(-p.FirstLine)) + `"`)
		}
		pp.WriteString(`/>`)
	}
	switch p.Align {
	case Center:
		pp.WriteString(`<w:jc w:val="center"/>`)
	case Right:
		pp.WriteString(`<w:jc w:val="right"/>`)
	case Justify:
		pp.WriteString(`<w:jc w:val="both"/>`)
	}
	if pp.Len() > 0 {
		b.WriteString(`<w:pPr>` + pp.String() + `</w:pPr>`)
	}
	for _, r := range p.Runs {
		run(b, r)
	}
	b.WriteString(`</w:p>`)
}

func run(b *strings.Builder, r Run) {
	if r.Text == "" {
		return
	}
	b.WriteString(`<w:r>`)
	if r.Bold || r.Italic || r.Underline || r.Size > 0 {
		b.WriteString(`<w:rPr>`)
		if r.Bold {
			b.WriteString(`<w:b/><w:bCs/>`)
		}
		if r.Italic {
			b.WriteString(`<w:i/><w:iCs/>`)
		}
		if r.Size > 0 {
			b.WriteString(`<w:sz w:val="` + half(r.Size) + `"/><w:szCs w:val="` + half(r.Size) + `"/>`)
		}
		if r.Underline {
			b.WriteString(`<w:u w:val="single"/>`)
		}
		b.WriteString(`</w:rPr>`)
	}
	text := strings.ReplaceAll(strings.ReplaceAll(r.Text, "\r\n", "\n"), "\r", "\n")
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		for j, seg := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString(`<w:tab/>`)
			}
			if seg == "" {
				continue
			}
			if seg[0] == ' ' || seg[len(seg)-1] == ' ' || strings.Contains(seg, "  ") {
				b.WriteString(`<w:t xml:space="preserve">`)
			} else {
				b.WriteString(`<w:t>`)
			}
			escText(b, seg)
			b.WriteString(`</w:t>`)
		}
	}
	b.WriteString(`</w:r>`)
}

func table(b *strings.Builder, t *Table) {
	total := 0
	grid := make([]int, len(t.Widths))
	for i, w := range t.Widths {
		grid[i] = twips(w)
		total += grid[i]
	}
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(total) + `" w:type="dxa"/>`)
	if t.Center {
		b.WriteString(`<w:jc w:val="center"/>`)
	}
	border := `w:val="nil"`
	if t.Borders {
		border = `w:val="single" w:sz="4" w:space="0" w:color="000000"`
	}
	b.WriteString(`<w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` ` + border + `/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/>`)
	b.WriteString(`<w:tblCellMar><w:left w:w="` + strconv.Itoa(cellMargin) + `" w:type="dxa"/><w:right w:w="` + strconv.Itoa(cellMargin) + `" w:type="dxa"/></w:tblCellMar>`)
	b.WriteString(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, g := range grid {
		b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(g) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	// Which rows start a vertical merge: a cell is "restart" when the cell
	// below, at the same grid column, continues it.
	starts := func(ri, col int) bool {
		if ri+1 >= len(t.Rows) {
			return false
		}
		c := 0
		for _, x := range t.Rows[ri+1].Cells {
			if c == col {
				return x.Merge
			}
			c += max(x.Span, 1)
		}
		return false
	}
	for ri, r := range t.Rows {
		b.WriteString(`<w:tr>`)
		if ri < t.HeaderRows || r.CantSplit {
			b.WriteString(`<w:trPr>`)
			if r.CantSplit || ri < t.HeaderRows {
				b.WriteString(`<w:cantSplit/>`)
			}
			if ri < t.HeaderRows {
				b.WriteString(`<w:tblHeader/>`)
			}
			b.WriteString(`</w:trPr>`)
		}
		col := 0
		for _, c := range r.Cells {
			span := max(c.Span, 1)
			w := 0
			for k := col; k < col+span && k < len(grid); k++ {
				w += grid[k]
			}
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(w) + `" w:type="dxa"/>`)
			if span > 1 {
				b.WriteString(`<w:gridSpan w:val="` + strconv.Itoa(span) + `"/>`)
			}
			if c.Merge {
				b.WriteString(`<w:vMerge/>`)
			} else if starts(ri, col) {
				b.WriteString(`<w:vMerge w:val="restart"/>`)
			}
			switch c.VAlign {
			case Middle:
				b.WriteString(`<w:vAlign w:val="center"/>`)
			case Bottom:
				b.WriteString(`<w:vAlign w:val="bottom"/>`)
			}
			b.WriteString(`</w:tcPr>`)
			if c.Merge || len(c.Paras) == 0 {
				b.WriteString(`<w:p/>`) // a cell holds at least one paragraph
			} else {
				for _, p := range c.Paras {
					para(b, p, w-2*cellMargin)
				}
			}
			b.WriteString(`</w:tc>`)
			col += span
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}

// escText writes s as element content.
func escText(b *strings.Builder, s string) {
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteRune(r)
		}
	}
}

func escAttr(s string) string {
	var b strings.Builder
	escText(&b, s)
	return strings.ReplaceAll(b.String(), `"`, "&quot;")
}
