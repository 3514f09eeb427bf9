package report

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vnnum"
	"github.com/thidua-go/thidua/internal/vntext"
)

// Vietnamese writes numbers with "." between groups of three digits and ","
// before the decimals: 1.234.567,89. The functions here format from the
// digits of the value (never through float64), so decimals are exact.
//
// golang.org/x/text/message is not used: it would also group years
// (2020 → 2.020) and prints NaN for decimal.Decimal.

// The formatting and parsing core is internal/vnnum, shared with the
// contribution package; the functions here are its public face.

// FormatInt writes n with Vietnamese digit grouping: 1234567 → "1.234.567",
// -5000 → "-5.000". It is safe for the smallest int64.
func FormatInt(n int64) string { return vnnum.FormatInt(n) }

// decimalParts returns the sign, the integer digits and the fraction digits
// of d, exactly, with the trailing zeros of the fraction removed.
func decimalParts(d decimal.Decimal) (neg bool, ip, fp string) { return vnnum.DecimalParts(d) }

// FormatDecimal writes d exactly, with Vietnamese grouping and decimal
// comma and without trailing zeros: 1234567.89 → "1.234.567,89",
// 12.50 → "12,5", 0.05 → "0,05".
func FormatDecimal(d decimal.Decimal) string { return vnnum.FormatDecimal(d) }

// FormatFixed writes d rounded half away from zero to exactly places
// decimals: FormatFixed(96.25, 1) → "96,3", FormatFixed(7, 2) → "7,00".
// A negative places counts as 0.
func FormatFixed(d decimal.Decimal, places int) string {
	return vnnum.FormatParts(vnnum.SplitFixed(d.StringFixed(clampPlaces(places)), false))
}

// FormatTrimmed writes d rounded half away from zero to at most places
// decimals, dropping trailing zeros: FormatTrimmed(96.20, 2) → "96,2",
// FormatTrimmed(7.004, 2) → "7". A negative places counts as 0.
func FormatTrimmed(d decimal.Decimal, places int) string {
	return vnnum.FormatParts(vnnum.SplitFixed(d.StringFixed(clampPlaces(places)), true))
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
// "-0,05", "50.000.000". A comma is the decimal comma, so "1,5" is one and
// a half, and every dot groups, so "1.500" is one thousand five hundred.
// Surrounding spaces are ignored.
//
// Anything that could be read two ways or mixes conventions is rejected
// with an error wrapping [thidua.ErrInvalid]: "50,000,000" (English
// grouping), "1.5" (a dot that does not separate groups of three),
// "1,234.5", "1.234,5.6", exponents, spaces inside the number, empty parts,
// and a comma before exactly three decimals after an ungrouped integer
// other than 0: "1,001" may be one point zero zero one or, written the
// English way, a thousand and one ("0,125", "1.001,5" and "1,0010" are
// read). contribution.ParseDong reads numbers by the same rules. So that
// parsing takes time linear in the input, more than 100 digits is rejected
// too. [FormatDecimal] writes a number from 1 to 999 with exactly three
// decimals ("12,125") in the one form ParseNumber refuses. [ParseMoney]
// reads a figure followed by a money unit ("1,475 ngàn tỷ đồng").
func ParseNumber(s string) (decimal.Decimal, error) {
	const op = "report: parse number"
	bad := func(format string, args ...any) (decimal.Decimal, error) {
		return decimal.Decimal{}, thidua.Invalid(op, "number", vntext.Shorten(s), "", format, args...)
	}
	n, err := vnnum.Parse(strings.TrimSpace(s))
	if err != nil {
		return bad("%v", err)
	}
	d, err := n.Decimal()
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

// allDigits reports whether s is non-empty and all ASCII digits.
func allDigits(s string) bool { return vnnum.AllDigits(s) }
