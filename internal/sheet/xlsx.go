package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Relationship types (ECMA-376 Part 1, §15.2.12.1 and §18.3.1.99; both the
// transitional and the strict namespaces end the same way).
const (
	relOfficeDocument = "/officeDocument"
	relWorksheet      = "/worksheet"
	relSharedStrings  = "/sharedStrings"
)

// ReadXLSX reads the workbook of size bytes from r: every worksheet with
// its cells (chart sheets and dialog sheets are skipped). A file that is not
// a zip archive, a zip without a workbook, or a part that is not
// well-formed XML gives an error wrapping thidua.ErrInvalid; a file beyond
// lim (zero fields: DefaultLimits) one wrapping ErrTooLarge too.
func ReadXLSX(r io.ReaderAt, size int64, lim Limits) (book *Book, err error) {
	lim = lim.orDefault()
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fileError("not an XLSX workbook (not a zip archive): %v", err)
	}
	x := &xlsxReader{files: make(map[string]*zip.File, len(zr.File)), lim: lim}
	for _, f := range zr.File {
		x.files[strings.ToLower(strings.TrimPrefix(f.Name, "/"))] = f
	}
	wbPath := x.officeDocument()
	if wbPath == "" {
		return nil, fileError("zip archive holds no workbook (no xl/workbook.xml)")
	}
	wb, err := x.readWorkbook(wbPath)
	if err != nil {
		return nil, err
	}
	rels, err := x.readRels(wbPath)
	if err != nil {
		return nil, err
	}
	for _, rel := range rels {
		if strings.HasSuffix(rel.Type, relSharedStrings) {
			if err := x.readSharedStrings(resolve(wbPath, rel.Target)); err != nil {
				return nil, err
			}
		}
	}
	book = &Book{}
	for _, s := range wb.sheets {
		var target string
		for _, rel := range rels {
			if rel.ID == s.rid && strings.HasSuffix(rel.Type, relWorksheet) {
				target = resolve(wbPath, rel.Target)
			}
		}
		if target == "" {
			continue // a chart sheet, a dialog sheet, or a dangling entry
		}
		t, err := x.readSheet(s.name, target, wb.date1904)
		if err != nil {
			return nil, err
		}
		book.Sheets = append(book.Sheets, t)
	}
	if len(book.Sheets) == 0 {
		return nil, fileError("workbook has no worksheet")
	}
	return book, nil
}

type xlsxReader struct {
	files   map[string]*zip.File
	lim     Limits
	strings []string
	cells   int // cells allocated so far, against lim.MaxCells
}

// open returns the part name, or nil if the archive has no such part.
// Part names are case-insensitive (ECMA-376 Part 2, §9.1.1.1).
func (x *xlsxReader) open(name string) (io.ReadCloser, error) {
	f, ok := x.files[strings.ToLower(strings.TrimPrefix(name, "/"))]
	if !ok {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fileError("part %s: %v", name, err)
	}
	return &limitedPart{rc: rc, left: x.lim.MaxBytes, name: name}, nil
}

// limitedPart fails once a part inflates beyond the limit.
type limitedPart struct {
	rc   io.ReadCloser
	left int64
	name string
}

func (l *limitedPart) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, tooLarge("part %s inflates beyond the limit", l.name)
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.rc.Read(p)
	l.left -= int64(n)
	return n, err
}

func (l *limitedPart) Close() error { return l.rc.Close() }

// decoder returns a raw-token XML decoder; namespace prefixes are ignored,
// as writers choose their own ("x:c" as well as "c").
func decoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(r)
	d.Strict = true
	return d
}

func xmlError(part string, err error) error {
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	return fileError("part %s is not well-formed XML: %v", part, err)
}

type rel struct{ ID, Type, Target, Mode string }

// officeDocument returns the path of the workbook part, from the package
// relationships, or xl/workbook.xml when they do not say.
func (x *xlsxReader) officeDocument() string {
	if rels, err := x.readRels(""); err == nil {
		for _, r := range rels {
			if strings.HasSuffix(r.Type, relOfficeDocument) {
				if p := resolve("", r.Target); x.files[strings.ToLower(p)] != nil {
					return p
				}
			}
		}
	}
	if x.files["xl/workbook.xml"] != nil {
		return "xl/workbook.xml"
	}
	return ""
}

// readRels reads the relationships of the part at source ("" for the
// package); a missing relationships part has none.
func (x *xlsxReader) readRels(source string) ([]rel, error) {
	name := path.Join(path.Dir(source), "_rels", path.Base(source)+".rels")
	if source == "" {
		name = "_rels/.rels"
	}
	rc, err := x.open(name)
	if err != nil || rc == nil {
		return nil, err
	}
	defer rc.Close()
	d := decoder(rc)
	var rels []rel
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return rels, nil
		}
		if err != nil {
			return nil, xmlError(name, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
			r := rel{ID: attr(se, "Id"), Type: attr(se, "Type"), Target: attr(se, "Target"), Mode: attr(se, "TargetMode")}
			if r.Mode != "External" {
				rels = append(rels, r)
			}
		}
	}
}

// resolve returns the part a relationship target names, relative to the
// source part's folder unless it starts with "/".
func resolve(source, target string) string {
	if strings.HasPrefix(target, "/") {
		return path.Clean(target[1:])
	}
	return strings.TrimPrefix(path.Clean(path.Join(path.Dir(source), target)), "/")
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

type workbookInfo struct {
	date1904 bool
	sheets   []struct{ name, rid string }
}

func (x *xlsxReader) readWorkbook(name string) (workbookInfo, error) {
	var wb workbookInfo
	rc, err := x.open(name)
	if err != nil {
		return wb, err
	}
	if rc == nil {
		return wb, fileError("zip archive holds no workbook (%s missing)", name)
	}
	defer rc.Close()
	d := decoder(rc)
	root := true
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return wb, xmlError(name, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root {
			if se.Name.Local != "workbook" {
				return wb, fileError("part %s is not a workbook (root element %s)", name, se.Name.Local)
			}
			root = false
		}
		switch se.Name.Local {
		case "workbookPr":
			v := attr(se, "date1904")
			wb.date1904 = v == "1" || v == "true"
		case "sheet":
			rid := ""
			for _, a := range se.Attr {
				if a.Name.Local == "id" && a.Name.Space != "" {
					rid = a.Value
				}
			}
			wb.sheets = append(wb.sheets, struct{ name, rid string }{attr(se, "name"), rid})
		}
	}
	if root {
		return wb, fileError("part %s is empty", name)
	}
	return wb, nil
}

// readSharedStrings reads the shared string table: each si is the
// concatenation of its t elements, those of rich text runs included,
// leaving out phonetic runs (rPh).
func (x *xlsxReader) readSharedStrings(name string) error {
	rc, err := x.open(name)
	if err != nil || rc == nil {
		return err
	}
	defer rc.Close()
	d := decoder(rc)
	var b strings.Builder
	inSI, inT, phonetic := false, false, 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return xmlError(name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				inSI = true
				b.Reset()
			case "rPh":
				phonetic++
			case "t":
				inT = inSI && phonetic == 0
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				if len(x.strings) >= x.lim.MaxCells {
					return tooLarge("more than %d shared strings", x.lim.MaxCells)
				}
				x.strings = append(x.strings, unescapeX(b.String()))
				inSI = false
			case "rPh":
				phonetic--
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				b.Write(t)
			}
		}
	}
}

// unescapeX decodes the _xHHHH_ escapes SpreadsheetML uses for characters
// XML cannot carry (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): "_x000D_" is a
// carriage return; "_x005F_" escapes an underscore.
func unescapeX(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				r := rune(v)
				if !utf8.ValidRune(r) {
					r = utf8.RuneError
				}
				b.WriteRune(r)
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// readSheet reads one worksheet's cells: with the fast scanner, or with
// encoding/xml when the part is more than plain XML.
func (x *xlsxReader) readSheet(sheetName, name string, date1904 bool) (*Table, error) {
	rc, err := x.open(name)
	if err != nil {
		return nil, err
	}
	if rc == nil {
		return nil, fileError("sheet %q: part %s missing", sheetName, name)
	}
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, err
		}
		return nil, fileError("part %s: %v", name, err)
	}
	cells := x.cells
	t, err := x.sheetCells(sheetName, name, date1904, newFastTokens(data))
	if errors.Is(err, errFallback) {
		x.cells = cells
		t, err = x.sheetCells(sheetName, name, date1904, xmlTokens{decoder(bytes.NewReader(data))})
	}
	return t, err
}

// sheetCells reads the cells of a worksheet from its tokens.
func (x *xlsxReader) sheetCells(sheetName, name string, date1904 bool, toks tokens) (*Table, error) {
	t := &Table{Name: sheetName, Date1904: date1904}
	var (
		row           *Row
		nextRow       = 1
		nextCol       = 0
		cell          Cell
		col           int
		typ           string
		inCell, inV   bool
		inIS, inT     bool
		phonetic      int
		val           bytes.Buffer
		seenSheetData bool
	)
	for {
		e, err := toks.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, errFallback) {
				return nil, err
			}
			return nil, xmlError(name, err)
		}
		switch e.kind {
		case tokStart:
			switch e.local {
			case "sheetData":
				seenSheetData = true
			case "row":
				n := nextRow
				if r := e.attr("r"); r != "" {
					v, err := strconv.Atoi(r)
					if err != nil || v < 1 {
						return nil, fileError("sheet %q: bad row number %q", sheetName, r)
					}
					n = v
				}
				if n > x.lim.MaxRows {
					return nil, tooLarge("sheet %q: row %d beyond %d rows", sheetName, n, x.lim.MaxRows)
				}
				if len(t.Rows) > 0 && n <= t.Rows[len(t.Rows)-1].N {
					return nil, fileError("sheet %q: row %d out of order", sheetName, n)
				}
				t.Rows = append(t.Rows, Row{N: n})
				row = &t.Rows[len(t.Rows)-1]
				nextRow = n + 1
				nextCol = 0
			case "c":
				if row == nil {
					return nil, fileError("sheet %q: cell outside a row", sheetName)
				}
				col = nextCol
				if ref := e.attr("r"); ref != "" {
					c, r, ok := parseRef(ref)
					if !ok || (r != 0 && r != row.N) {
						return nil, fileError("sheet %q: bad cell reference %q in row %d", sheetName, ref, row.N)
					}
					col = c
				}
				if col >= x.lim.MaxCols {
					return nil, tooLarge("sheet %q: column %d beyond %d columns", sheetName, col+1, x.lim.MaxCols)
				}
				if col < len(row.Cells) {
					return nil, fileError("sheet %q: cell %s%d out of order", sheetName, ColName(col), row.N)
				}
				nextCol = col + 1
				typ = e.attr("t")
				inCell = true
				cell = Cell{}
				val.Reset()
			case "v":
				inV = inCell
				val.Reset()
			case "is":
				inIS = inCell
				val.Reset()
			case "rPh":
				phonetic++
			case "t":
				inT = inIS && phonetic == 0
			}
		case tokEnd:
			switch e.local {
			case "row":
				if row != nil && len(row.Cells) == 0 {
					t.Rows = t.Rows[:len(t.Rows)-1]
				}
				row = nil
			case "c":
				if !inCell || row == nil {
					continue
				}
				inCell = false
				if err := x.finishCell(&cell, typ, val.Bytes()); err != nil {
					return nil, fileError("sheet %q: cell %s%d: %v", sheetName, ColName(col), row.N, err)
				}
				if cell.Kind == Empty {
					continue
				}
				grow := col + 1 - len(row.Cells)
				x.cells += grow
				if x.cells > x.lim.MaxCells {
					return nil, tooLarge("more than %d cells", x.lim.MaxCells)
				}
				for i := 0; i < grow-1; i++ {
					row.Cells = append(row.Cells, Cell{})
				}
				row.Cells = append(row.Cells, cell)
			case "v":
				inV = false
			case "is":
				inIS = false
			case "rPh":
				phonetic--
			case "t":
				inT = false
			}
		case tokText:
			if inV || inT {
				val.Write(e.text)
			}
		}
	}
	if !seenSheetData {
		return nil, fileError("sheet %q: part %s is not a worksheet", sheetName, name)
	}
	return t, nil
}

// finishCell sets the cell's kind and value from its type and the text of
// its v (or inline string).
func (x *xlsxReader) finishCell(c *Cell, typ string, vb []byte) error {
	if typ == "s" {
		if len(vb) == 0 {
			return nil
		}
		i, ok := atoi(bytes.TrimSpace(vb))
		if !ok || i >= len(x.strings) {
			return errors.New("shared string index " + strconv.Quote(string(vb)) + " out of range")
		}
		*c = Cell{Kind: Text, V: x.strings[i]}
		return nil
	}
	v := string(vb)
	switch typ {
	case "inlineStr", "str":
		if v != "" {
			*c = Cell{Kind: Text, V: unescapeX(v)}
		}
	case "b":
		if v != "" {
			*c = Cell{Kind: Bool, V: strings.TrimSpace(v)}
		}
	case "e":
		*c = Cell{Kind: ErrVal, V: v}
	case "d":
		if v != "" {
			*c = Cell{Kind: DateISO, V: strings.TrimSpace(v)}
		}
	case "", "n":
		v = strings.TrimSpace(v)
		if v == "" {
			return nil
		}
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			return errors.New("bad number " + strconv.Quote(v))
		}
		*c = Cell{Kind: Number, V: v}
	default:
		return errors.New("unknown cell type " + strconv.Quote(typ))
	}
	return nil
}

// parseRef splits a cell reference "AB12" into the column (from 0) and the
// row (0 when the reference has only a column).
func parseRef(ref string) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		if col > 1<<20 {
			return 0, 0, false
		}
		i++
	}
	if i == 0 {
		return 0, 0, false
	}
	if i < len(ref) {
		r, err := strconv.Atoi(ref[i:])
		if err != nil || r < 1 {
			return 0, 0, false
		}
		row = r
	}
	return col - 1, row, true
}

// ColName returns the letters of column col (from 0): "A", "Z", "AA".
func ColName(col int) string {
	var b []byte
	for col++; col > 0; col = (col - 1) / 26 {
		b = append([]byte{byte('A' + (col-1)%26)}, b...)
	}
	return string(b)
}

// atoi parses a non-negative decimal number of up to nine digits.
func atoi(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
