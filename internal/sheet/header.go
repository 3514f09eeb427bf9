package sheet

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vnnum"
	"github.com/thidua-go/thidua/internal/vntext"
)

// ColType is the type of the values of a column.
type ColType int

// Column types.
const (
	// TextCol holds words (names, titles): a number in it is an error.
	TextCol ColType = iota
	// CodeCol holds a code or number-and-symbol (a staff code, a unit code,
	// "12/QĐ-UBND"): a whole number is read as its digits, since
	// spreadsheets turn codes such as 1024 into numbers.
	CodeCol
	// IntCol holds a whole number.
	IntCol
	// DecimalCol holds a decimal number, written with "." or ",".
	DecimalCol
	// DateCol holds a date: text dd/mm/yyyy (or yyyy-mm-dd), or a date cell
	// (a serial number in the workbook's date system).
	DateCol
	// BoolCol holds yes or no: "x", "có", "1", TRUE; or empty, "không", "0".
	BoolCol
)

// Col describes a column of a sheet.
type Col struct {
	Header   string   // the header the template writes
	Aliases  []string // other headers accepted for it
	Required bool     // the column must be present and every row must fill it
	Type     ColType
	Help     string // what to write, in Vietnamese, for the instructions sheet
	// List, if set, are the words a template offers in a drop-down list
	// (no commas or double quotes).
	List []string
}

// Spec describes a sheet: its name, the names accepted for it, and its
// columns.
type Spec struct {
	Name    string
	Aliases []string
	Help    string // what the sheet holds, in Vietnamese
	Cols    []Col
}

// ignored are headers of columns every import skips: row numbers and notes.
var ignored = map[string]bool{}

func init() {
	for _, h := range []string{"STT", "TT", "Số TT", "Số thứ tự", "Ghi chú"} {
		ignored[Key(h)] = true
	}
}

// Key returns the matching key of a header or sheet name: vntext.Fold (case,
// spacing and tone placement ignored) with parenthesised remarks such as
// "(*)" or "(dd/mm/yyyy)" and punctuation left out.
func Key(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return vntext.Fold(b.String())
}

// Find returns the sheet of the book that spec names (by its name or an
// alias, see Key), or nil.
func Find(book *Book, spec *Spec) *Table {
	keys := map[string]bool{Key(spec.Name): true}
	for _, a := range spec.Aliases {
		keys[Key(a)] = true
	}
	for _, t := range book.Sheets {
		if keys[Key(t.Name)] {
			return t
		}
	}
	return nil
}

// Bound is a sheet whose columns were found.
type Bound struct {
	Spec  *Spec
	Table *Table
	Rows  []Row // the data rows: after the header row, not blank
	cols  []int // column of the file for each Spec.Cols entry, -1 if absent
	names []string
	ps    *Problems
}

// headerScan bounds how many rows before the header row are skipped (a
// title, a unit name, a date line).
const headerScan = 20

// Bind finds the header row of t — the first of its first rows in which a
// cell names a column of spec — and the column of each header. It records
// in ps an unknown header, a header given twice, a missing required column,
// a sheet without a header row, and a value in a column without a header,
// and returns nil when the columns cannot be found.
func Bind(t *Table, spec *Spec, ps *Problems) *Bound {
	keys := make(map[string]int)
	for i, c := range spec.Cols {
		keys[Key(c.Header)] = i
		for _, a := range c.Aliases {
			keys[Key(a)] = i
		}
	}
	hdr := -1
	for i := 0; i < len(t.Rows) && i < headerScan && hdr < 0; i++ {
		for _, c := range t.Rows[i].Cells {
			if c.Kind != Empty {
				if _, ok := keys[Key(c.V)]; ok {
					hdr = i
					break
				}
			}
		}
	}
	if hdr < 0 {
		ps.Add(Problem{Sheet: t.Name, Row: firstRow(t),
			Message: "không tìm thấy dòng tiêu đề; dòng tiêu đề cần các cột: " + headers(spec)})
		return nil
	}
	b := &Bound{Spec: spec, Table: t, cols: make([]int, len(spec.Cols)), names: make([]string, len(spec.Cols)), ps: ps}
	for i := range b.cols {
		b.cols[i] = -1
	}
	hrow := t.Rows[hdr]
	headed := make([]bool, len(hrow.Cells))
	ok := true
	for col, c := range hrow.Cells {
		if c.blank() {
			continue
		}
		k := Key(c.V)
		if ignored[k] {
			headed[col] = true
			continue
		}
		i, known := keys[k]
		switch {
		case !known:
			ps.Add(Problem{Sheet: t.Name, Row: hrow.N, Col: ColName(col), Column: vntext.Clean(c.V),
				Message: "tiêu đề cột không rõ; các cột của sheet là: " + headers(spec)})
			ok = false
		case b.cols[i] >= 0:
			ps.Add(Problem{Sheet: t.Name, Row: hrow.N, Col: ColName(col), Column: vntext.Clean(c.V),
				Message: "cột " + spec.Cols[i].Header + " có hai lần (cả cột " + ColName(b.cols[i]) + ")"})
			ok = false
		default:
			b.cols[i] = col
			b.names[i] = vntext.Clean(c.V)
			headed[col] = true
		}
	}
	for i, c := range spec.Cols {
		if c.Required && b.cols[i] < 0 {
			ps.Add(Problem{Sheet: t.Name, Row: hrow.N, Column: c.Header, Message: "thiếu cột bắt buộc " + c.Header})
			ok = false
		}
	}
	if !ok {
		return nil
	}
	for _, r := range t.Rows[hdr+1:] {
		if r.Blank() {
			continue
		}
		for col, c := range r.Cells {
			if (col >= len(headed) || !headed[col]) && !c.blank() {
				ps.Add(Problem{Sheet: t.Name, Row: r.N, Col: ColName(col),
					Message: "ô có dữ liệu trong cột không có tiêu đề"})
			}
		}
		b.Rows = append(b.Rows, r)
	}
	return b
}

func firstRow(t *Table) int {
	if len(t.Rows) > 0 {
		return t.Rows[0].N
	}
	return 0
}

func headers(spec *Spec) string {
	hs := make([]string, len(spec.Cols))
	for i, c := range spec.Cols {
		hs[i] = c.Header
	}
	return strings.Join(hs, ", ")
}

// Has reports whether the sheet has column i of the spec.
func (b *Bound) Has(i int) bool { return b.cols[i] >= 0 }

// Problem records a problem at row r, column i of the spec (-1 for the
// whole row).
func (b *Bound) Problem(r Row, i int, msg string) {
	b.ProblemErr(r, i, msg, thidua.ErrInvalid)
}

// ProblemErr is Problem with the sentinel err (thidua.ErrConflict for a
// record the store already holds).
func (b *Bound) ProblemErr(r Row, i int, msg string, err error) {
	p := Problem{Sheet: b.Table.Name, Row: r.N, Message: msg, Err: err}
	if i >= 0 {
		p.Column = b.Spec.Cols[i].Header
		if b.cols[i] >= 0 {
			p.Col = ColName(b.cols[i])
			p.Column = b.names[i]
		}
	}
	b.ps.Add(p)
}

// cell returns the cell of column i in r, and whether it holds a value.
func (b *Bound) cell(r Row, i int) (Cell, bool) {
	if b.cols[i] < 0 {
		return Cell{}, false
	}
	c := r.Cell(b.cols[i])
	return c, !c.blank()
}

// Blank reports whether column i of r is empty (or absent).
func (b *Bound) Blank(r Row, i int) bool {
	_, ok := b.cell(r, i)
	return !ok
}

// missing reports an empty required cell and returns true if it is empty.
func (b *Bound) missing(r Row, i int) (Cell, bool) {
	c, ok := b.cell(r, i)
	if !ok && b.Spec.Cols[i].Required {
		b.Problem(r, i, "ô bắt buộc để trống")
	}
	return c, !ok
}

// Text returns the text of column i in r, cleaned (NFC, single spaces). A
// number in a TextCol, a yes/no or an error value is a problem; in a
// CodeCol a whole number is read as its digits.
func (b *Bound) Text(r Row, i int) string {
	c, empty := b.missing(r, i)
	if empty {
		return ""
	}
	switch c.Kind {
	case Text:
		s := clean(unquote(c.V))
		if b.Spec.Cols[i].Type == TextCol && isNumber(s) {
			b.Problem(r, i, "ô chứa số "+strconv.Quote(s)+", cần chữ")
			return ""
		}
		return s
	case Number:
		if b.Spec.Cols[i].Type == CodeCol {
			if f, err := strconv.ParseFloat(c.V, 64); err == nil && f == math.Trunc(f) && math.Abs(f) < 1e15 {
				return strconv.FormatInt(int64(f), 10)
			}
		}
		b.Problem(r, i, "ô chứa số "+c.V+", cần chữ")
	case ErrVal:
		b.Problem(r, i, "ô chứa giá trị lỗi "+c.V)
	default:
		b.Problem(r, i, "ô chứa "+kindWord(c.Kind)+", cần chữ")
	}
	return ""
}

func kindWord(k CellKind) string {
	switch k {
	case Number:
		return "số"
	case Bool:
		return "giá trị đúng/sai"
	case DateISO:
		return "ngày"
	case ErrVal:
		return "giá trị lỗi"
	}
	return "chữ"
}

// unquote removes the apostrophe a CSV writer puts before a text that
// would otherwise run as a formula (OWASP "CSV Injection").
func unquote(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(s[1])) {
		return s[1:]
	}
	return s
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	_, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	return err == nil
}

// Int returns the whole number in column i of r, and false if it is empty
// or a problem was recorded. Text is read by the rule [Bound.Decimal]
// reads it with ("1.000" is a thousand).
func (b *Bound) Int(r Row, i int) (int, bool) {
	c, empty := b.missing(r, i)
	if empty {
		return 0, false
	}
	var s string
	switch c.Kind {
	case Number, Text:
		s = strings.TrimSpace(c.V)
	default:
		b.Problem(r, i, "ô chứa "+kindWord(c.Kind)+", cần số nguyên")
		return 0, false
	}
	if c.Kind == Text {
		if d, ok := textNumber(s); ok {
			if d.IsInteger() && d.Abs().LessThan(decimal.New(1, 9)) {
				return int(d.IntPart()), true
			}
			b.Problem(r, i, strconv.Quote(s)+" không phải số nguyên")
			return 0, false
		}
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == math.Trunc(f) && math.Abs(f) < 1e9 && !strings.ContainsRune(s, ',') {
		return int(f), true
	}
	b.Problem(r, i, strconv.Quote(s)+" không phải số nguyên")
	return 0, false
}

// textNumber reads a number written as text in a cell the way the library
// reads every number (vnnum.Parse, the rule of report.ParseNumber): "1.000"
// is a thousand, "33,5" thirty-three and a half, and "1,001" is refused as
// ambiguous. It reports false for text that rule does not read, which the
// caller may still read as a plain English-style number ("33.5", "1e3")
// when it has no comma.
func textNumber(s string) (decimal.Decimal, bool) {
	n, err := vnnum.Parse(s)
	if err != nil {
		return decimal.Decimal{}, false
	}
	d, err := n.Decimal()
	return d, err == nil
}

// Decimal returns the decimal number in column i of r, and false if it is
// empty or a problem was recorded. Text is read as the library reads every
// number (see textNumber: "1.000" is a thousand, "33,5" a decimal, "1,001"
// refused as ambiguous), or else as an English-style decimal with a point
// and no comma ("33.5"); a trailing "%" is allowed.
func (b *Bound) Decimal(r Row, i int) (decimal.Decimal, bool) {
	c, empty := b.missing(r, i)
	if empty {
		return decimal.Decimal{}, false
	}
	s := strings.TrimSpace(c.V)
	if c.Kind == Text {
		s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
		if d, ok := textNumber(s); ok {
			return d, true
		}
		if strings.ContainsRune(s, ',') { // a comma the one rule refused
			b.Problem(r, i, strconv.Quote(c.V)+" không phải số")
			return decimal.Decimal{}, false
		}
	} else if c.Kind != Number {
		b.Problem(r, i, "ô chứa "+kindWord(c.Kind)+", cần số")
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(s)
	if err != nil || strings.ContainsAny(s, "eE") && c.Kind == Text {
		b.Problem(r, i, strconv.Quote(c.V)+" không phải số")
		return decimal.Decimal{}, false
	}
	return d, true
}

// Date returns the date in column i of r, and false if it is empty or a
// problem was recorded: text dd/mm/yyyy, d.m.yyyy or yyyy-mm-dd, an ISO
// date cell, or a date cell's serial number in the sheet's date system.
func (b *Bound) Date(r Row, i int) (thidua.Date, bool) {
	c, empty := b.missing(r, i)
	if empty {
		return thidua.Date{}, false
	}
	switch c.Kind {
	case Number:
		d, err := SerialDate(c.V, b.Table.Date1904)
		if err != nil {
			b.Problem(r, i, "số "+c.V+" không phải một ngày")
			return thidua.Date{}, false
		}
		return d, true
	case Text, DateISO:
		s := strings.TrimSpace(c.V)
		if c.Kind == DateISO {
			s, _, _ = strings.Cut(s, "T")
		}
		if strings.Count(s, ".") == 2 && !strings.ContainsAny(s, "/-") {
			s = strings.ReplaceAll(s, ".", "/")
		}
		d, err := thidua.ParseDate(s)
		if err != nil {
			if looksLikeDate(s) {
				b.Problem(r, i, "ngày "+s+" không có trong lịch")
			} else {
				b.Problem(r, i, strconv.Quote(s)+" không phải ngày; viết ngày/tháng/năm, như 22/06/2020")
			}
			return thidua.Date{}, false
		}
		return d, true
	}
	b.Problem(r, i, "ô chứa "+kindWord(c.Kind)+", cần ngày")
	return thidua.Date{}, false
}

// looksLikeDate reports whether s has the shape of a date (digits and
// separators), so that a wrong one is called a date not in the calendar.
func looksLikeDate(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' })
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 4 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

// SerialDate returns the date of a serial number (its whole part: the time
// of day is dropped) in the 1900 date system, where 1 is 01/01/1900 and,
// after Lotus 1-2-3, 60 is the 29/02/1900 that never was; or, with
// date1904, in the 1904 system, where 0 is 01/01/1904 (ECMA-376 Part 1,
// §18.17.4.1).
func SerialDate(v string, date1904 bool) (thidua.Date, error) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsNaN(f) || f < 0 || f > 2958465 {
		return thidua.Date{}, thidua.Invalid("sheet: serial date", "", v, "", "not a date serial number")
	}
	n := int(math.Floor(f))
	var base time.Time
	switch {
	case date1904:
		base = time.Date(1904, time.January, 1, 12, 0, 0, 0, time.UTC)
	case n == 0 || n == 60:
		return thidua.Date{}, thidua.Invalid("sheet: serial date", "", v, "", "serial %d is no real day", n)
	case n < 60:
		base = time.Date(1899, time.December, 31, 12, 0, 0, 0, time.UTC)
	default:
		base = time.Date(1899, time.December, 30, 12, 0, 0, 0, time.UTC)
	}
	d := thidua.FromTime(base.AddDate(0, 0, n))
	if err := d.Validate(); err != nil {
		return thidua.Date{}, err
	}
	return d, nil
}

// Bool returns the yes/no value of column i in r; empty is no.
func (b *Bound) Bool(r Row, i int) bool {
	c, empty := b.missing(r, i)
	if empty {
		return false
	}
	if c.Kind == Bool {
		return c.V == "1" || c.V == "true"
	}
	switch Key(c.V) {
	case "x", Key("có"), "1", "true", Key("đúng"), "yes":
		return true
	case Key("không"), "0", "false", Key("sai"), "no", "":
		return false
	}
	b.Problem(r, i, strconv.Quote(c.V)+" không phải có/không; ghi x hoặc để trống")
	return false
}

// Choice is one value of an enumeration with the words that name it.
type Choice struct {
	Value int
	Names []string
}

// Choices is an enumeration read from a column, matched by Key.
type Choices struct {
	exact map[string]int // the names as given, and in lower case
	byKey map[string]int
	words []string
}

// NewChoices returns the enumeration; the first name of each choice is
// the one listed in messages.
func NewChoices(cs ...Choice) *Choices {
	ch := &Choices{exact: make(map[string]int), byKey: make(map[string]int)}
	for _, c := range cs {
		for j, n := range c.Names {
			ch.exact[n] = c.Value
			ch.exact[strings.ToLower(n)] = c.Value
			ch.exact[strings.ToUpper(n)] = c.Value
			ch.byKey[Key(n)] = c.Value
			if j == 0 {
				ch.words = append(ch.words, n)
			}
		}
	}
	return ch
}

// Words returns the first name of each choice.
func (ch *Choices) Words() []string { return ch.words }

// Choice returns the value named in column i of r, and false if it is
// empty or names nothing (a problem listing the accepted words).
func (b *Bound) Choice(r Row, i int, ch *Choices) (int, bool) {
	s := b.Text(r, i)
	if s == "" {
		return 0, false
	}
	if v, ok := ch.exact[s]; ok {
		return v, true
	}
	v, ok := ch.byKey[Key(s)]
	if !ok {
		b.Problem(r, i, strconv.Quote(s)+" không phải giá trị được dùng; ghi một trong: "+strings.Join(ch.words, "; "))
		return 0, false
	}
	return v, true
}

// clean returns s as vntext.Clean does, without allocating when s is
// clean already (ASCII or NFC text with single spaces), as most cells are.
func clean(s string) string {
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return vntext.Clean(s)
		case c == ' ':
			if space {
				return vntext.Clean(s)
			}
			space = true
		case c < ' ':
			return vntext.Clean(s)
		default:
			space = false
		}
	}
	if space && s != "" {
		return vntext.Clean(s)
	}
	return s
}
