package report

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
)

// Vietnamese writes numbers with "." between groups of three digits and ","
// before the decimals: 1.234.567,89. The functions here format from the
// digits of the value (never through float64), so decimals are exact.
//
// golang.org/x/text/message is not used: it would also group years
// (2020 → 2.020) and prints NaN for decimal.Decimal.

const (
	groupSep   = '.'
	decimalSep = ','
)

// FormatInt writes n with Vietnamese digit grouping: 1234567 → "1.234.567",
// -5000 → "-5.000". It is safe for the smallest int64.
func FormatInt(n int64) string {
	var buf [32]byte
	return string(appendInt(buf[:0], n))
}

// appendInt appends n with digit grouping.
func appendInt(b []byte, n int64) []byte {
	var tmp [20]byte
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = -u // two's complement: exact for math.MinInt64 too
	}
	return appendGrouped(b, strconv.AppendUint(tmp[:0], u, 10))
}

// appendGrouped appends the ASCII digits ds with a group separator every
// three digits from the right.
func appendGrouped[S ~string | ~[]byte](b []byte, ds S) []byte {
	n := len(ds)
	for i := 0; i < n; i++ {
		if i > 0 && (n-i)%3 == 0 {
			b = append(b, groupSep)
		}
		b = append(b, ds[i])
	}
	return b
}

// decimalParts returns the sign, the integer digits and the fraction digits
// of d, exactly, with the trailing zeros of the fraction removed. It never
// uses the decimal package's global String settings.
func decimalParts(d decimal.Decimal) (neg bool, ip, fp string) {
	places := int32(0)
	if e := d.Exponent(); e < 0 {
		places = -e
	}
	return splitFixed(d.StringFixed(places), true)
}

// splitFixed splits a plain decimal string "-123.4500" into its parts,
// trimming the fraction's trailing zeros if trim is set.
func splitFixed(s string, trim bool) (neg bool, ip, fp string) {
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

// formatParts writes a number from its parts with Vietnamese separators.
func formatParts(neg bool, ip, fp string) string {
	b := make([]byte, 0, len(ip)+len(ip)/3+len(fp)+2)
	if neg {
		b = append(b, '-')
	}
	b = appendGrouped(b, ip)
	if fp != "" {
		b = append(b, decimalSep)
		b = append(b, fp...)
	}
	return string(b)
}

// FormatDecimal writes d exactly, with Vietnamese grouping and decimal
// comma and without trailing zeros: 1234567.89 → "1.234.567,89",
// 12.50 → "12,5", 0.05 → "0,05".
func FormatDecimal(d decimal.Decimal) string {
	return formatParts(decimalParts(d))
}

// FormatFixed writes d rounded half away from zero to exactly places
// decimals: FormatFixed(96.25, 1) → "96,3", FormatFixed(7, 2) → "7,00".
// A negative places counts as 0.
func FormatFixed(d decimal.Decimal, places int) string {
	return formatParts(splitFixed(d.StringFixed(clampPlaces(places)), false))
}

// FormatTrimmed writes d rounded half away from zero to at most places
// decimals, dropping trailing zeros: FormatTrimmed(96.20, 2) → "96,2",
// FormatTrimmed(7.004, 2) → "7". A negative places counts as 0.
func FormatTrimmed(d decimal.Decimal, places int) string {
	return formatParts(splitFixed(d.StringFixed(clampPlaces(places)), true))
}

// FormatPercent writes the percentage pct (96.2 means 96,2 %) rounded to at
// most places decimals, trailing zeros dropped, followed by "%": "96,2%".
func FormatPercent(pct decimal.Decimal, places int) string {
	return FormatTrimmed(pct, places) + "%"
}

// FormatPercentFixed is like [FormatPercent] with exactly places decimals:
// FormatPercentFixed(96.2, 2) → "96,20%".
func FormatPercentFixed(pct decimal.Decimal, places int) string {
	return FormatFixed(pct, places) + "%"
}

// maxPlaces bounds the decimals a caller may ask for; beyond it the request
// is almost certainly a mistake and would build huge strings.
const maxPlaces = 1000

func clampPlaces(p int) int32 {
	switch {
	case p < 0:
		return 0
	case p > maxPlaces:
		return maxPlaces
	}
	return int32(p)
}

// ParseNumber reads a number written the Vietnamese way: an optional sign,
// the integer part either plain ("1234567") or grouped by three with "."
// ("1.234.567"), then optionally "," and the decimals: "1.234.567,89",
// "-0,05", "50.000.000". A single comma is always the decimal comma, so
// "1,234" is one point two three four, as [FormatDecimal] writes it, and
// every dot groups, so "1.500" is one thousand five hundred. Surrounding
// spaces are ignored.
//
// Anything that could be read two ways or mixes conventions is rejected
// with an error wrapping [thidua.ErrInvalid]: "50,000,000" (English
// grouping), "1.5" (a dot that does not separate groups of three),
// "1,234.5", "1.234,5.6", exponents, spaces inside the number, empty parts.
func ParseNumber(s string) (decimal.Decimal, error) {
	const op = "report: parse number"
	bad := func(format string, args ...any) (decimal.Decimal, error) {
		return decimal.Decimal{}, thidua.Invalid(op, "number", s, "", format, args...)
	}
	t := strings.TrimSpace(s)
	var sign string
	if t != "" && (t[0] == '-' || t[0] == '+') {
		if t[0] == '-' {
			sign = "-"
		}
		t = t[1:]
	}
	ip, fp, hasComma := strings.Cut(t, string(decimalSep))
	if hasComma {
		if strings.ContainsRune(fp, decimalSep) {
			return bad("more than one decimal comma (grouping is written with '.')")
		}
		if strings.ContainsRune(fp, groupSep) {
			return bad("'.' after the decimal comma")
		}
		if fp == "" {
			return bad("no digits after the decimal comma")
		}
		if !allDigits(fp) {
			return bad("decimals must be digits")
		}
	}
	if ip == "" {
		return bad("no digits before the decimal comma")
	}
	var digits string
	if strings.ContainsRune(ip, groupSep) {
		groups := strings.Split(ip, string(groupSep))
		if len(groups[0]) < 1 || len(groups[0]) > 3 || !allDigits(groups[0]) {
			return bad("first group %q must have 1 to 3 digits", groups[0])
		}
		if groups[0][0] == '0' {
			return bad("grouped number starts with 0")
		}
		for _, g := range groups[1:] {
			if len(g) != 3 || !allDigits(g) {
				return bad("group %q must have exactly 3 digits", g)
			}
		}
		digits = strings.Join(groups, "")
	} else {
		if !allDigits(ip) {
			return bad("not a number")
		}
		digits = ip
	}
	plain := sign + digits
	if hasComma {
		plain += "." + fp
	}
	d, err := decimal.NewFromString(plain)
	if err != nil {
		return bad("%v", err)
	}
	return d, nil
}

// MustParseNumber is like [ParseNumber] but panics on error. It is meant
// for constants in examples and tests, not for input.
func MustParseNumber(s string) decimal.Decimal {
	d, err := ParseNumber(s)
	if err != nil {
		panic(err)
	}
	return d
}

func allDigits(s string) bool {
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
