package vnnum

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// The separators of the Vietnamese form.
const (
	GroupSep   = '.' // between groups of three digits
	DecimalSep = ',' // before the decimals
)

// FormatInt writes n with digit grouping: 1234567 → "1.234.567",
// -5000 → "-5.000". It is exact for the smallest int64.
func FormatInt(n int64) string {
	var buf [32]byte
	return string(AppendInt(buf[:0], n))
}

// AppendInt appends n with digit grouping to b.
func AppendInt(b []byte, n int64) []byte {
	var tmp [20]byte
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = -u // two's complement: exact for math.MinInt64 too
	}
	return AppendGrouped(b, strconv.AppendUint(tmp[:0], u, 10))
}

// AppendGrouped appends the ASCII digits ds with [GroupSep] every three
// digits from the right.
func AppendGrouped[S ~string | ~[]byte](b []byte, ds S) []byte {
	n := len(ds)
	for i := 0; i < n; i++ {
		if i > 0 && (n-i)%3 == 0 {
			b = append(b, GroupSep)
		}
		b = append(b, ds[i])
	}
	return b
}

// DecimalParts returns the sign, the integer digits and the fraction digits
// of d, exactly, with the trailing zeros of the fraction removed and no
// negative zero. It never uses the decimal package's global String settings.
func DecimalParts(d decimal.Decimal) (neg bool, ip, fp string) {
	places := int32(0)
	if e := d.Exponent(); e < 0 {
		places = -e
	}
	return SplitFixed(d.StringFixed(places), true)
}

// SplitFixed splits a plain decimal string "-123.4500" into its parts,
// trimming the fraction's trailing zeros if trim is set. A zero with no
// fraction digits left is not negative ("-0" gives "0").
func SplitFixed(s string, trim bool) (neg bool, ip, fp string) {
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	}
	ip, fp, _ = strings.Cut(s, ".")
	if trim {
		fp = strings.TrimRight(fp, "0")
	}
	if ip == "0" && fp == "" {
		neg = false // no "-0"
	}
	return neg, ip, fp
}

// FormatParts writes a number from its parts with the Vietnamese
// separators: (true, "1234", "5") → "-1.234,5".
func FormatParts(neg bool, ip, fp string) string {
	b := make([]byte, 0, len(ip)+len(ip)/3+len(fp)+2)
	if neg {
		b = append(b, '-')
	}
	b = AppendGrouped(b, ip)
	if fp != "" {
		b = append(b, DecimalSep)
		b = append(b, fp...)
	}
	return string(b)
}

// FormatDecimal writes d exactly, grouped, with the decimal comma and
// without trailing zeros: 1234567.89 → "1.234.567,89", 12.50 → "12,5".
func FormatDecimal(d decimal.Decimal) string { return FormatParts(DecimalParts(d)) }

// AllDigits reports whether s is non-empty and holds only ASCII digits.
func AllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Number is a number read from its Vietnamese form by [Parse].
type Number struct {
	Sign     byte   // '-', '+' or 0 when no sign was written
	Int      string // the integer digits, group separators removed
	Frac     string // the digits after the decimal comma ("" if none)
	Grouped  bool   // the integer part was grouped with [GroupSep]
	HasComma bool   // a decimal comma was written
}

// Decimal returns the value of n.
func (n Number) Decimal() (decimal.Decimal, error) {
	plain := n.Int
	if n.Sign == '-' {
		plain = "-" + plain
	}
	if n.HasComma {
		plain += "." + n.Frac
	}
	return decimal.NewFromString(plain)
}

// MaxDigits is the most digits (integer and decimals together) [Parse]
// reads. Longer input is refused before any arithmetic, so that parsing
// takes time linear in the input: converting n digits to a number costs
// time quadratic in n, and no count or amount of this domain comes near a
// hundred digits.
const MaxDigits = 100

// Parse reads t, a number written the Vietnamese way with no surrounding
// spaces: an optional sign, the integer part either plain ("1234567") or
// grouped by three with "." ("1.234.567", first group 1 to 3 digits not
// starting with 0), then optionally "," and the decimals. Anything that
// could be read two ways or mixes conventions is an error: "50,000,000",
// "1.5", "1,234.5", "1.234,5.6", exponents, spaces, empty parts, and a
// comma before exactly three digits after an ungrouped integer other than
// 0 ("1,001", "50,000": one point zero zero one, or a thousand and one
// written the English way?), while "0,125", "1.001,5" and "1,0010" are
// read. More than [MaxDigits] digits is an error. Errors are plain reasons
// for the caller to wrap.
func Parse(t string) (Number, error) { return parse(t, false) }

// ParseBeforeUnit is like [Parse] for a figure written before a Vietnamese
// unit word ("1,475 ngàn tỷ đồng", "420,520 triệu đồng"): there a comma is
// the decimal comma even before exactly three digits, since the unit word
// shows the Vietnamese convention (a number grouped the English way is
// not followed by "triệu" or "tỷ"), and it is the form the library writes
// amounts in a unit.
func ParseBeforeUnit(t string) (Number, error) { return parse(t, true) }

func parse(t string, decimalComma bool) (Number, error) {
	var n Number
	if len(t) > 2*MaxDigits+2 {
		return Number{}, fmt.Errorf("more than %d digits", MaxDigits)
	}
	if t != "" && (t[0] == '-' || t[0] == '+') {
		n.Sign, t = t[0], t[1:]
	}
	ip, fp, hasComma := strings.Cut(t, string(DecimalSep))
	if hasComma {
		switch {
		case strings.ContainsRune(fp, DecimalSep):
			return Number{}, errors.New("more than one decimal comma (grouping is written with '.')")
		case strings.ContainsRune(fp, GroupSep):
			return Number{}, errors.New("'.' after the decimal comma")
		case fp == "":
			return Number{}, errors.New("no digits after the decimal comma")
		case !AllDigits(fp):
			return Number{}, errors.New("decimals must be digits")
		}
		n.Frac, n.HasComma = fp, true
	}
	if ip == "" {
		return Number{}, errors.New("no digits before the decimal comma")
	}
	if !strings.ContainsRune(ip, GroupSep) {
		if !AllDigits(ip) {
			return Number{}, errors.New("not a number")
		}
		n.Int = ip
		return n.check(decimalComma)
	}
	groups := strings.Split(ip, string(GroupSep))
	if len(groups[0]) > 3 || !AllDigits(groups[0]) {
		return Number{}, fmt.Errorf("first group %q must have 1 to 3 digits", groups[0])
	}
	if groups[0][0] == '0' {
		return Number{}, errors.New("grouped number starts with 0")
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !AllDigits(g) {
			return Number{}, fmt.Errorf("group %q must have exactly 3 digits", g)
		}
	}
	n.Int, n.Grouped = strings.Join(groups, ""), true
	return n.check(decimalComma)
}

// check applies the rules on the whole number: its length, and the
// ambiguity of a comma before three digits unless decimalComma says the
// context settles it.
func (n Number) check(decimalComma bool) (Number, error) {
	switch {
	case len(n.Int)+len(n.Frac) > MaxDigits:
		return Number{}, fmt.Errorf("more than %d digits", MaxDigits)
	case !decimalComma && n.HasComma && len(n.Frac) == 3 && !n.Grouped && n.Int != "0":
		return Number{}, fmt.Errorf("\"%s,%s\" is ambiguous: a comma before three digits may group thousands the English way (write %s,%s0 or %s.%s)", n.Int, n.Frac, n.Int, n.Frac, n.Int, n.Frac)
	}
	return n, nil
}

// AppendCount appends the count n: padded to two digits below 10 when pad
// is set ("03"), grouped otherwise ("3", "10", "1.200"); negative counts are
// written as they are.
func AppendCount(b []byte, n int64, pad bool) []byte {
	if n >= 0 && n < 10 {
		if pad {
			b = append(b, '0')
		}
		return append(b, byte('0'+n))
	}
	return AppendInt(b, n)
}

// Count writes n followed by a space and the classifier, padded below 10 as
// official summaries write counts: Count(3, "cây cầu", true) is
// "03 cây cầu", Count(1000, "cây cầu", true) "1.000 cây cầu". With an empty
// classifier it writes the number alone.
func Count(n int64, classifier string, pad bool) string {
	var buf [64]byte
	b := AppendCount(buf[:0], n, pad)
	if classifier != "" {
		b = append(b, ' ')
		b = append(b, classifier...)
	}
	return string(b)
}

// FormatDong writes an amount of money exactly, as official text does: the
// grouped figure and the word "đồng": "50.350.000 đồng", "1.234,5 đồng".
func FormatDong(d decimal.Decimal) string { return FormatDecimal(d) + " đồng" }

// Thousand returns the word for a thousand: "ngàn" when ngan is set, else
// "nghìn". Both are correct ("1,475 ngàn tỷ đồng", "1,475 nghìn tỷ
// đồng"); a text keeps the one its writer chose. Number words and money
// units both take the word from here.
func Thousand(ngan bool) string {
	if ngan {
		return "ngàn"
	}
	return "nghìn"
}

// Billion returns the word for a thousand million: "tỉ" when ti is set,
// else "tỷ".
func Billion(ti bool) string {
	if ti {
		return "tỉ"
	}
	return "tỷ"
}
