package thidua

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/thidua-go/thidua/internal/vntext"
)

// DocNumber is the number and symbol of an administrative document (số, ký
// hiệu, Nghị định 30/2020/NĐ-CP): "123/QĐ-BTP" is decision (QĐ) number 123
// of the Ministry of Justice (BTP). Normative documents carry the year too:
// "91/2017/NĐ-CP". Numbers below 10 are written with two digits:
// "05/QĐ-UBND".
//
// The zero DocNumber means "no number". DocNumbers are comparable with ==.
type DocNumber struct {
	Number int    // from 1
	Year   int    // 0 unless the symbol carries the year
	Symbol string // "QĐ-BTP": type of document, then issuer, joined by "-"
}

// maxDocNumber bounds the number; larger ones are typing mistakes.
const maxDocNumber = 999_999_999

// ParseDocNumber parses a document number and symbol as documents write it:
// "123/QĐ-BTP", "05/QĐ-UBND", "91/2017/NĐ-CP", optionally after "Số:" or
// "Số" and with spaces around the slashes. The symbol keeps its case
// ("QĐ-TTg"); it is made of parts of letters and digits joined by "-", the
// first starting with a letter, and has at least two parts (type and
// issuer) unless the number carries a year, as laws do ("06/2022/QH15").
// Anything else is an error wrapping [ErrInvalid].
func ParseDocNumber(s string) (DocNumber, error) {
	const op = "thidua: parse document number"
	t := vntext.Clean(s)
	for _, p := range []string{"Số:", "số:", "SỐ:", "Số", "số", "SỐ"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			t = strings.TrimSpace(rest)
			break
		}
	}
	parts := strings.Split(t, "/")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	var d DocNumber
	switch len(parts) {
	case 2:
		d.Symbol = parts[1]
	case 3:
		if len(parts[1]) != 4 || !allDigits(parts[1]) {
			return DocNumber{}, Invalid(op, "document number", s, "year", "year %q must have four digits", parts[1])
		}
		d.Year, _ = strconv.Atoi(parts[1])
		d.Symbol = parts[2]
	default:
		return DocNumber{}, Invalid(op, "document number", s, "", "want number/symbol, as in 123/QĐ-BTP")
	}
	if parts[0] == "" || len(parts[0]) > 9 || !allDigits(parts[0]) {
		return DocNumber{}, Invalid(op, "document number", s, "number", "number %q must be 1 to 9 digits", parts[0])
	}
	d.Number, _ = strconv.Atoi(parts[0])
	if err := d.Validate(); err != nil {
		return DocNumber{}, err
	}
	return d, nil
}

// MustParseDocNumber is like [ParseDocNumber] but panics on error. It is
// meant for constants in examples and tests, not for input.
func MustParseDocNumber(s string) DocNumber {
	d, err := ParseDocNumber(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Validate reports whether d is a well-formed number: Number 1..999999999,
// Year 0 or within MinYear..MaxYear, Symbol as [ParseDocNumber]
// describes and of at most [MaxIDLen] bytes. The zero DocNumber is not valid. The error wraps
// [ErrInvalid].
func (d DocNumber) Validate() error {
	const op = "thidua: validate document number"
	switch {
	case d.Number < 1 || d.Number > maxDocNumber:
		return Invalid(op, "", "", "number", "number %d out of range 1-%d", d.Number, maxDocNumber)
	case d.Year != 0 && (d.Year < MinYear || d.Year > MaxYear):
		return Invalid(op, "", "", "year", "year %d outside %d-%d", d.Year, MinYear, MaxYear)
	}
	if len(d.Symbol) > MaxIDLen {
		return Invalid(op, "", "", "symbol", "symbol of %d bytes, more than %d", len(d.Symbol), MaxIDLen)
	}
	if d.Symbol != vntext.NFC(d.Symbol) {
		return Invalid(op, "", "", "symbol", "symbol %q is not in NFC", d.Symbol)
	}
	segs := strings.Split(d.Symbol, "-")
	if len(segs) < 2 && d.Year == 0 {
		return Invalid(op, "", "", "symbol", "symbol %q must be type-issuer, as in QĐ-BTP", d.Symbol)
	}
	for _, seg := range segs {
		if seg == "" {
			return Invalid(op, "", "", "symbol", "symbol %q has an empty part", d.Symbol)
		}
		for _, r := range seg {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return Invalid(op, "", "", "symbol", "symbol %q has a bad character %q", d.Symbol, r)
			}
		}
	}
	if r := []rune(segs[0])[0]; !unicode.IsLetter(r) {
		return Invalid(op, "", "", "symbol", "symbol %q must start with a letter", d.Symbol)
	}
	return nil
}

// IsZero reports whether d is the zero DocNumber.
func (d DocNumber) IsZero() bool { return d == DocNumber{} }

// String returns the number as documents write it, "05/QĐ-UBND" or
// "91/2017/NĐ-CP"; "" for the zero DocNumber.
func (d DocNumber) String() string {
	if d.IsZero() {
		return ""
	}
	var b strings.Builder
	if d.Number < 10 && d.Number >= 0 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(d.Number))
	b.WriteByte('/')
	if d.Year != 0 {
		b.WriteString(strconv.Itoa(d.Year))
		b.WriteByte('/')
	}
	b.WriteString(d.Symbol)
	return b.String()
}

// Line returns the number line of a document's heading: "Số: 05/QĐ-UBND".
func (d DocNumber) Line() string { return "Số: " + d.String() }

// MarshalText implements [encoding.TextMarshaler] with [DocNumber.String].
// The zero DocNumber marshals as empty text; an invalid one is an error.
func (d DocNumber) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDocNumber];
// empty text gives the zero DocNumber.
func (d *DocNumber) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = DocNumber{}
		return nil
	}
	v, err := ParseDocNumber(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
