package contribution

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vnnum"
	"github.com/thidua-go/thidua/internal/vntext"
)

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// wholeInt64 returns d as an int64 when d is a whole number that fits,
// without allocating. It is the fast path of every sum in the package.
func wholeInt64(d decimal.Decimal) (int64, bool) {
	if d.NumDigits() > 18 {
		return 0, false
	}
	c, e := d.CoefficientInt64(), d.Exponent()
	switch {
	case e == 0:
		return c, true
	case e > 0:
		if e > 18 {
			return 0, c == 0
		}
		p := pow10[e]
		if c > math.MaxInt64/p || c < math.MinInt64/p {
			return 0, false
		}
		return c * p, true
	default:
		if e < -18 {
			return 0, c == 0
		}
		p := pow10[-e]
		if c%p != 0 {
			return 0, false
		}
		return c / p, true
	}
}

// outOfScale reports whether d has more digits than any amount in đồng can
// hold — more than vnnum.MaxDigits in all, or 10¹⁹ or more — so that the
// checks refuse it before comparing or printing it: either takes time and
// memory in proportion to the exponent (decimal.New(1, 1e9) is a number of
// a billion digits).
func outOfScale(d decimal.Decimal) bool {
	n, e := int64(d.NumDigits()), int64(d.Exponent())
	return n > vnnum.MaxDigits || e < -vnnum.MaxDigits || n+e > 19
}

// scaleOf describes a decimal outOfScale refused without printing it.
func scaleOf(d decimal.Decimal) string {
	return "amount of " + strconv.Itoa(d.NumDigits()) + " digits with exponent " + strconv.Itoa(int(d.Exponent())) + ", out of range"
}

// add64 returns a+b and whether it did not overflow.
func add64(a, b int64) (int64, bool) {
	s := a + b
	return s, (s^a)&(s^b) >= 0
}

// moneySum adds amounts in đồng exactly: whole amounts that fit an int64 are
// added as integers, anything else (fractions, huge amounts, an overflowing
// sum) spills into an exact decimal.
type moneySum struct {
	small   int64
	big     decimal.Decimal
	spilled bool
}

func (m *moneySum) addInt(v int64) {
	if s, ok := add64(m.small, v); ok {
		m.small = s
		return
	}
	m.big = m.big.Add(decimal.NewFromInt(m.small))
	m.small = v
	m.spilled = true
}

func (m *moneySum) addDec(d decimal.Decimal) {
	if v, ok := wholeInt64(d); ok {
		m.addInt(v)
		return
	}
	m.big = m.big.Add(d)
	m.spilled = true
}

func (m *moneySum) addSum(o moneySum) {
	m.addInt(o.small)
	if o.spilled {
		m.big = m.big.Add(o.big)
		m.spilled = true
	}
}

func (m moneySum) value() decimal.Decimal {
	if !m.spilled {
		return decimal.New(m.small, 0)
	}
	return m.big.Add(decimal.New(m.small, 0))
}

// ParseDong parses a whole amount of đồng written the Vietnamese way:
// "50.000.000", "50.000.000 đồng", "50000000". Dots group thousands, in
// groups of exactly three digits. Input that may have been written the
// English way or is otherwise ambiguous — "50,000,000", "50.000,000.5",
// "1.23.4", "1.5" — is rejected, as is any decimal part; errors wrap
// thidua.ErrInvalid. Amounts of more than 100 digits are refused too, so
// that parsing takes time linear in the input. Use [ParseDongFraction] where
// fractions of a đồng are allowed. ParseDong, ParseDongFraction and
// report.ParseNumber share one reading: "1,001" is ambiguous for all three.
func ParseDong(s string) (decimal.Decimal, error) { return parseDong(s, false) }

// ParseDongFraction is like [ParseDong] but also accepts a decimal part after
// a comma: "1.234,5", "0,25 đồng". A comma followed by exactly three digits
// with no dot grouping before it ("50,000", "12,125") is rejected as
// ambiguous, except after a lone zero ("0,125").
func ParseDongFraction(s string) (decimal.Decimal, error) { return parseDong(s, true) }

// parseDong reads the number with the shared Vietnamese parser
// (internal/vnnum, the one report.ParseNumber uses) and adds the rules for
// đồng on top: the word "đồng" may follow, no "+" sign, no leading zero,
// no decimals unless frac. The shared parser refuses a comma before exactly
// three digits with no dot grouping before it ("50,000") as possibly
// English, for every number the library reads, and more than
// vnnum.MaxDigits digits.
func parseDong(s string, frac bool) (decimal.Decimal, error) {
	const op = "contribution: parse dong"
	bad := func(format string, args ...any) (decimal.Decimal, error) {
		return decimal.Decimal{}, thidua.Invalid(op, "amount", vntext.Shorten(s), "", format, args...)
	}
	t := strings.TrimSpace(vntext.NFC(s))
	if u, ok := strings.CutSuffix(t, "đồng"); ok {
		t = strings.TrimSpace(u)
	}
	if t == "" || t == "-" {
		return bad("no digits")
	}
	if _, after, ok := strings.Cut(t, ","); ok {
		switch {
		case strings.Contains(after, ","):
			return bad("more than one comma: thousands grouped the English way? write 50.000.000")
		case strings.Contains(after, "."):
			return bad("a dot after the decimal comma: English and Vietnamese separators mixed")
		}
	}
	n, err := vnnum.Parse(t)
	switch {
	case err != nil:
		return bad("%v", err)
	case n.Sign == '+':
		return bad("a plus sign is not written before an amount")
	case n.HasComma && !frac:
		return bad("fractions of a đồng are not allowed")
	case len(n.Int) > 1 && n.Int[0] == '0':
		return bad("leading zero")
	}
	d, err := n.Decimal()
	if err != nil {
		return bad("%v", err)
	}
	return d, nil
}

// FormatDong writes an amount exactly, the way official text does:
// "50.350.000 đồng", "1.234,5 đồng", "-110.000.000 đồng" (the same text as
// report.FormatMoney). [ParseDong] and [ParseDongFraction] read it back,
// except an amount from 1 to 999 đồng with exactly three decimals
// ("12,125 đồng"), which the parser refuses as ambiguous.
func FormatDong(d decimal.Decimal) string { return vnnum.FormatDong(d) }

// Split divides amount into len(weights) parts proportional to the weights,
// in the amount's own smallest unit (whole đồng for a whole amount), so that
// the parts add up exactly to amount: no đồng is lost or made up. Each part
// differs from its exact share by less than one unit; the units left over
// after rounding down go to the largest remainders, earlier parts first on a
// tie. Weights must be non-negative with a positive sum; errors wrap
// thidua.ErrInvalid.
func Split(amount decimal.Decimal, weights ...int64) ([]decimal.Decimal, error) {
	const op = "contribution: split"
	if len(weights) == 0 {
		return nil, thidua.Invalid(op, "", "", "weights", "no weights")
	}
	total := new(big.Int)
	for i, w := range weights {
		if w < 0 {
			return nil, thidua.Invalid(op, "", "", "weights", "weight %d is negative (%d)", i, w)
		}
		total.Add(total, big.NewInt(w))
	}
	if total.Sign() == 0 {
		return nil, thidua.Invalid(op, "", "", "weights", "weights sum to zero")
	}
	exp := min(amount.Exponent(), 0)
	units := amount.Shift(-exp).BigInt() // exact: amount has no digits below 10^exp
	neg := units.Sign() < 0
	units.Abs(units)

	type part struct {
		i   int
		q   *big.Int
		rem *big.Int
	}
	parts := make([]part, len(weights))
	given := new(big.Int)
	for i, w := range weights {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(units, big.NewInt(w)), total, new(big.Int))
		parts[i] = part{i, q, r}
		given.Add(given, q)
	}
	left := new(big.Int).Sub(units, given).Int64() // < len(weights)
	order := make([]int, len(parts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return parts[order[a]].rem.Cmp(parts[order[b]].rem) > 0 })
	for k := int64(0); k < left; k++ {
		p := parts[order[k]]
		p.q.Add(p.q, big.NewInt(1))
	}
	out := make([]decimal.Decimal, len(parts))
	for i, p := range parts {
		if neg {
			p.q.Neg(p.q)
		}
		out[i] = decimal.NewFromBigInt(p.q, exp)
	}
	return out, nil
}

// SplitEven divides amount into n parts as equal as possible that add up
// exactly to amount; see [Split]. n must be positive.
func SplitEven(amount decimal.Decimal, n int) ([]decimal.Decimal, error) {
	if n <= 0 {
		return nil, thidua.Invalid("contribution: split", "", "", "n", "%d parts", n)
	}
	w := make([]int64, n)
	for i := range w {
		w[i] = 1
	}
	return Split(amount, w...)
}

// places returns the number of decimal places d needs (0 for a whole number).
func places(d decimal.Decimal) int32 {
	if _, ok := wholeInt64(d); ok || d.IsInteger() {
		return 0
	}
	n := -d.Exponent()
	// Trailing zeros do not count: 1,50 has one place.
	for c := d.Coefficient(); n > 0; n-- {
		var r big.Int
		q, _ := new(big.Int).QuoRem(c, big.NewInt(10), &r)
		if r.Sign() != 0 {
			break
		}
		c = q
	}
	return n
}
