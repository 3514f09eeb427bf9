package report

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vnnum"
	"github.com/thidua-go/thidua/internal/vntext"
)

// Money is written in official text with the word "đồng" after the figure:
// "50.000.000 đồng" (not "₫ 50.000.000", not "50,000,000 VND"). Amounts are
// decimal.Decimal in đồng, never float.

// MoneyUnit is the unit an amount is shown in: đồng, nghìn đồng, triệu
// đồng, tỷ đồng or nghìn tỷ đồng.
type MoneyUnit int

// The units, from đồng up. The zero MoneyUnit is [UnitDong].
const (
	UnitDong    MoneyUnit = iota // đồng
	UnitNghin                    // nghìn đồng, 10^3
	UnitTrieu                    // triệu đồng, 10^6
	UnitTy                       // tỷ đồng, 10^9
	UnitNghinTy                  // nghìn tỷ đồng, 10^12
)

// String returns the unit as written after a figure: "triệu đồng".
func (u MoneyUnit) String() string {
	switch u {
	case UnitDong:
		return "đồng"
	case UnitNghin:
		return "nghìn đồng"
	case UnitTrieu:
		return "triệu đồng"
	case UnitTy:
		return "tỷ đồng"
	case UnitNghinTy:
		return "nghìn tỷ đồng"
	}
	return "MoneyUnit(" + FormatInt(int64(u)) + ")"
}

// Spelled returns the unit as String does, with "tỉ" for "tỷ" when ti is
// set: both spellings are correct and a text keeps the one its writer
// chose ("1,5 tỉ đồng", "1,5 tỷ đồng").
func (u MoneyUnit) Spelled(ti bool) string { return u.SpelledWith(false, ti) }

// SpelledWith returns the unit as String does, with "ngàn" for "nghìn"
// when ngan is set and "tỉ" for "tỷ" when ti is set, as number words
// spell them ([WordOptions] Ngan and Ti): "1,475 ngàn tỷ đồng".
func (u MoneyUnit) SpelledWith(ngan, ti bool) string {
	switch u {
	case UnitNghin:
		return vnnum.Thousand(ngan) + " đồng"
	case UnitTy:
		return vnnum.Billion(ti) + " đồng"
	case UnitNghinTy:
		return vnnum.Thousand(ngan) + " " + vnnum.Billion(ti) + " đồng"
	}
	return u.String()
}

// SpelledNgan reports whether a unit name, as [ParseMoneyUnit] reads it,
// is written with "ngàn" rather than "nghìn" (set [MoneyOptions].Ngan).
func SpelledNgan(s string) bool {
	return strings.Contains(vntext.Clean(strings.ToLower(s)), "ngàn")
}

// exp returns the power of ten of u in đồng.
func (u MoneyUnit) exp() int32 { return 3 * int32(u) }

func (u MoneyUnit) valid() bool { return u >= UnitDong && u <= UnitNghinTy }

// SpelledTi reports whether a unit name, as [ParseMoneyUnit] reads it, is
// written with "tỉ" rather than "tỷ", so that a text can keep the writer's
// spelling (set [MoneyOptions].Ti).
func SpelledTi(s string) bool {
	return strings.Contains(vntext.Clean(strings.ToLower(s)), "tỉ")
}

// ParseMoneyUnit reads a unit name: "đồng", "nghìn", "triệu", "tỷ",
// "nghìn tỷ", with or without a trailing "đồng", and the variants "ngàn"
// and "tỉ"; case and spacing do not matter. Anything else, the empty or
// blank string included, is an error wrapping [thidua.ErrInvalid].
func ParseMoneyUnit(s string) (MoneyUnit, error) {
	c := strings.TrimSpace(vntext.Clean(strings.ToLower(s)))
	k := strings.TrimSpace(strings.TrimSuffix(c, "đồng"))
	k = strings.ReplaceAll(strings.ReplaceAll(k, "ngàn", "nghìn"), "tỉ", "tỷ")
	switch {
	case c == "đồng":
		return UnitDong, nil
	case k == "nghìn":
		return UnitNghin, nil
	case k == "triệu":
		return UnitTrieu, nil
	case k == "tỷ":
		return UnitTy, nil
	case k == "nghìn tỷ":
		return UnitNghinTy, nil
	}
	return 0, thidua.Invalid("report: parse money unit", "unit", vntext.Shorten(s), "", "want đồng, nghìn, triệu, tỷ or nghìn tỷ")
}

// ParseMoney reads an amount of money as official text writes it, a
// figure then its unit, and returns it in đồng: "50.000.000 đồng",
// "420,52 triệu đồng", "1,5 tỉ đồng", "1,475 ngàn tỷ đồng"
// (1.475.000.000.000 đồng). The unit is read by [ParseMoneyUnit], so
// "ngàn" and "tỉ" are read as "nghìn" and "tỷ", and a figure with no unit
// is in đồng. The
// figure is read by the rules of [ParseNumber], except that before a unit
// larger than đồng a comma is the decimal comma even before exactly three
// digits: "1,475 ngàn tỷ" is one point four seven five thousand billion,
// the form [FormatMoneyIn] writes, and a unit word shows the Vietnamese
// convention. ParseMoney reads back every text [FormatMoneyIn] and the
// exact form of [FormatMoneyApprox] write. Errors wrap [thidua.ErrInvalid].
func ParseMoney(s string) (decimal.Decimal, error) {
	const op = "report: parse money"
	bad := func(format string, args ...any) (decimal.Decimal, error) {
		return decimal.Decimal{}, thidua.Invalid(op, "amount", vntext.Shorten(s), "", format, args...)
	}
	t := strings.TrimSpace(s)
	figure, unit := t, ""
	if i := strings.IndexFunc(t, func(r rune) bool { return !strings.ContainsRune("0123456789.,+-", r) }); i >= 0 {
		figure, unit = t[:i], t[i:]
	}
	u := UnitDong
	if strings.TrimSpace(unit) != "" {
		var err error
		if u, err = ParseMoneyUnit(unit); err != nil {
			return bad("unknown unit: want đồng, nghìn, triệu, tỷ or nghìn tỷ (đồng)")
		}
	}
	read := vnnum.Parse
	if u != UnitDong {
		read = vnnum.ParseBeforeUnit
	}
	n, err := read(figure)
	if err != nil {
		return bad("%v", err)
	}
	d, err := n.Decimal()
	if err != nil {
		return bad("%v", err)
	}
	return d.Shift(u.exp()), nil
}

// Bound says whether a shown amount is exact or a bound of the true one.
type Bound int

const (
	// BoundExact shows the exact amount in the unit, all its digits.
	BoundExact Bound = iota
	// BoundAtLeast rounds down and writes "hơn" when the figure shown is
	// strictly less than the true amount: "hơn 50.000.000 đồng".
	BoundAtLeast
	// BoundAtMost rounds up and writes "gần" when the figure shown is
	// strictly more than the true amount: "gần 50.000.000 đồng".
	BoundAtMost
)

// MoneyOptions control [FormatMoneyApprox]. The zero value shows the exact
// amount in đồng.
type MoneyOptions struct {
	// Unit is the unit the figure is shown in.
	Unit MoneyUnit
	// Bound chooses exact, lower-bound ("hơn") or upper-bound ("gần").
	Bound Bound
	// Places is how many decimals of the unit a bound keeps (trailing zeros
	// dropped): with UnitTrieu and 2 places, 420.523.000 shows as
	// "hơn 420,52 triệu đồng". Ignored when Step is set or Bound is exact.
	Places int
	// Step, if positive, is the multiple of đồng a bound rounds to: with
	// 10.000.000, 50.350.000 shows as "hơn 50.000.000 đồng".
	Step decimal.Decimal
	// Ti writes the unit "tỉ" instead of "tỷ" ("1,5 tỉ đồng"), as the
	// caller writes it; see [MoneyUnit.Spelled].
	Ti bool
	// Ngan writes "ngàn" instead of "nghìn" in the unit ("1,475 ngàn tỷ
	// đồng"), as [WordOptions].Ngan does in words.
	Ngan bool
}

// FormatMoney writes the exact amount in đồng: "50.000.000 đồng".
func FormatMoney(amount decimal.Decimal) string { return vnnum.FormatDong(amount) }

// FormatMoneyIn writes the exact amount in the unit u, with as many decimals
// as needed: 420.520.000 in UnitTrieu is "420,52 triệu đồng". An unknown
// unit counts as đồng.
func FormatMoneyIn(amount decimal.Decimal, u MoneyUnit) string {
	return formatMoneyIn(amount, MoneyOptions{Unit: u})
}

// formatMoneyIn writes the exact amount in o.Unit, spelled as o says.
func formatMoneyIn(amount decimal.Decimal, o MoneyOptions) string {
	u := o.Unit
	if !u.valid() {
		u = UnitDong
	}
	return FormatDecimal(amount.Shift(-u.exp())) + " " + u.SpelledWith(o.Ngan, o.Ti)
}

// FormatMoneyApprox writes amount as the options say: exact, or rounded down
// (with "hơn" when the figure is below the true amount) or up (with "gần"
// when it is above), in the chosen unit:
//
//	50.350.000, AtLeast, Step 10.000.000   → "hơn 50.000.000 đồng"
//	50.350.000, AtLeast, UnitTrieu         → "hơn 50 triệu đồng"
//	49.800.000, AtMost, UnitTrieu          → "gần 50 triệu đồng"
//	50.000.000, AtLeast, UnitTrieu         → "50 triệu đồng"
//
// Bounds are numeric, so for a negative amount "hơn" shows a more negative
// figure. An unknown unit or bound, negative Places or Step give an error
// wrapping [thidua.ErrInvalid].
func FormatMoneyApprox(amount decimal.Decimal, o MoneyOptions) (string, error) {
	const op = "report: format money"
	switch {
	case !o.Unit.valid():
		return "", thidua.Invalid(op, "money options", "", "Unit", "unknown unit %d", int(o.Unit))
	case o.Bound < BoundExact || o.Bound > BoundAtMost:
		return "", thidua.Invalid(op, "money options", "", "Bound", "unknown bound %d", int(o.Bound))
	case o.Places < 0 || o.Places > maxPlaces:
		return "", thidua.Invalid(op, "money options", "", "Places", "places %d outside 0..%d", o.Places, maxPlaces)
	case o.Step.Sign() < 0:
		return "", thidua.Invalid(op, "money options", "", "Step", "negative step %s", o.Step.String())
	}
	if o.Bound == BoundExact {
		return formatMoneyIn(amount, o), nil
	}
	shown := roundBound(amount, o)
	var prefix string
	switch c := shown.Cmp(amount); {
	case o.Bound == BoundAtLeast && c < 0:
		prefix = "hơn "
	case o.Bound == BoundAtMost && c > 0:
		prefix = "gần "
	}
	return prefix + formatMoneyIn(shown, o), nil
}

// roundBound rounds amount down (AtLeast) or up (AtMost) to a multiple of
// o.Step, or to o.Places decimals of the unit.
func roundBound(amount decimal.Decimal, o MoneyOptions) decimal.Decimal {
	dir := 1
	if o.Bound == BoundAtLeast {
		dir = -1
	}
	if o.Step.Sign() > 0 {
		return roundTo(amount, o.Step, 0, dir)
	}
	return roundTo(amount.Shift(-o.Unit.exp()), decimal.Decimal{}, int32(o.Places), dir).Shift(o.Unit.exp())
}

// MoneyWords writes an amount in words as on financial documents (số tiền
// bằng chữ): capitalised, a comma after each group, ending in "đồng":
// 75.230.000 → "Bảy mươi lăm triệu, hai trăm ba mươi nghìn đồng".
func MoneyWords(amount decimal.Decimal) string {
	return MoneyWordsWith(amount, WordOptions{Capitalize: true, GroupSeparator: ","})
}

// MoneyWordsWith is like [MoneyWords] with the reading options o as given
// (so the zero WordOptions gives lower case and no commas).
func MoneyWordsWith(amount decimal.Decimal, o WordOptions) string {
	return o.Decimal(amount) + " đồng"
}

// FormatMoneyWithWords writes the exact amount followed by its words in
// brackets: "75.230.000 đồng (Bảy mươi lăm triệu, hai trăm ba mươi nghìn
// đồng)".
func FormatMoneyWithWords(amount decimal.Decimal) string {
	return FormatMoney(amount) + " (" + MoneyWords(amount) + ")"
}
