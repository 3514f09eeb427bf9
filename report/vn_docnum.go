package report

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
)

// DocNumber is the number and symbol of a document (số, ký hiệu văn bản),
// as Nghị định 30/2020/NĐ-CP lays them out: "Số: 05/QĐ-UBND",
// "123/QĐ-BTP", and for legal normative documents with the year of issue,
// "30/2020/NĐ-CP". DocNumber is a comparable value type.
type DocNumber struct {
	Number int    // the number, from 1
	Year   int    // year of issue, only in legal normative documents; 0 if absent
	Symbol string // the symbol: kind of document and issuing body, "QĐ-UBND"
}

const docNumberOp = "report: parse document number"

// ParseDocNumber reads a document number: "05/QĐ-UBND", "123/QĐ-BTP",
// "30/2020/NĐ-CP", optionally preceded by "Số:" (or "Số"), with or without
// the leading zero. The error wraps [thidua.ErrInvalid].
func ParseDocNumber(s string) (DocNumber, error) {
	t := strings.TrimSpace(vntext.NFC(s))
	if rest, ok := cutPrefixFold(t, "số"); ok {
		rest = strings.TrimSpace(rest)
		t = strings.TrimSpace(strings.TrimPrefix(rest, ":"))
	}
	parts := strings.Split(t, "/")
	var n DocNumber
	switch len(parts) {
	case 2:
		n.Symbol = parts[1]
	case 3:
		if len(parts[1]) != 4 || !allDigits(parts[1]) {
			return DocNumber{}, thidua.Invalid(docNumberOp, "document number", s, "Year", "year %q must have four digits", parts[1])
		}
		n.Year, _ = strconv.Atoi(parts[1])
		n.Symbol = parts[2]
	default:
		return DocNumber{}, thidua.Invalid(docNumberOp, "document number", s, "", `want "number/symbol" or "number/year/symbol"`)
	}
	if len(parts[0]) > 9 || !allDigits(parts[0]) {
		return DocNumber{}, thidua.Invalid(docNumberOp, "document number", s, "Number", "number %q must be digits", parts[0])
	}
	n.Number, _ = strconv.Atoi(parts[0])
	if err := n.validate(docNumberOp, s); err != nil {
		return DocNumber{}, err
	}
	return n, nil
}

// cutPrefixFold is strings.CutPrefix ignoring case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// MustParseDocNumber is like [ParseDocNumber] but panics on error. It is
// meant for constants in examples and tests.
func MustParseDocNumber(s string) DocNumber {
	n, err := ParseDocNumber(s)
	if err != nil {
		panic(err)
	}
	return n
}

// Validate reports whether n can be written: a positive number, a year in
// [thidua.MinYear]..[thidua.MaxYear] or none, and a symbol made of letters
// and digits joined by "-" or "." (starting with a letter). The error wraps
// [thidua.ErrInvalid].
func (n DocNumber) Validate() error {
	return n.validate("report: document number", n.String())
}

func (n DocNumber) validate(op, id string) error {
	const kind = "document number"
	switch {
	case n.Number < 1:
		return thidua.Invalid(op, kind, id, "Number", "number %d must be positive", n.Number)
	case n.Year != 0 && (n.Year < thidua.MinYear || n.Year > thidua.MaxYear):
		return thidua.Invalid(op, kind, id, "Year", "year %d outside %d-%d", n.Year, thidua.MinYear, thidua.MaxYear)
	case !validSymbol(n.Symbol):
		return thidua.Invalid(op, kind, id, "Symbol", "symbol %q: want letters and digits joined by '-' or '.'", n.Symbol)
	}
	return nil
}

func validSymbol(s string) bool {
	if s == "" || vntext.NFC(s) != s {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(first) {
		return false
	}
	prevSep := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			prevSep = false
		case r == '-' || r == '.':
			if prevSep {
				return false
			}
			prevSep = true
		default:
			return false
		}
	}
	return !prevSep
}

// IsZero reports whether n is the zero DocNumber (no number given).
func (n DocNumber) IsZero() bool { return n == DocNumber{} }

// String writes the number and symbol with the number padded to two digits
// below 10, as Nghị định 30/2020/NĐ-CP has it written on the document and
// cited: "05/QĐ-UBND", "123/QĐ-BTP", "30/2020/NĐ-CP". The zero DocNumber
// gives "".
func (n DocNumber) String() string {
	if n.IsZero() {
		return ""
	}
	b := appendPad2(make([]byte, 0, 8+len(n.Symbol)), n.Number)
	b = append(b, '/')
	if n.Year != 0 {
		b = strconv.AppendInt(b, int64(n.Year), 10)
		b = append(b, '/')
	}
	return string(append(b, n.Symbol...))
}

// Line writes the "Số:" line of a document heading: "Số: 05/QĐ-UBND".
func (n DocNumber) Line() string {
	return "Số: " + n.String()
}

// MarshalText implements [encoding.TextMarshaler] with [DocNumber.String].
// An invalid non-zero number is an error.
func (n DocNumber) MarshalText() ([]byte, error) {
	if n.IsZero() {
		return []byte{}, nil
	}
	if err := n.Validate(); err != nil {
		return nil, err
	}
	return []byte(n.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseDocNumber]; an empty text gives the zero DocNumber.
func (n *DocNumber) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*n = DocNumber{}
		return nil
	}
	v, err := ParseDocNumber(string(b))
	if err != nil {
		return err
	}
	*n = v
	return nil
}
