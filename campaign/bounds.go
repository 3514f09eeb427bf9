package campaign

import (
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
)

// Bounds of what a store accepts, checked when a record is written so that
// no later sum, comparison or ranking can overflow or take unbounded time.
// They are far above any real record.
const (
	// MaxPoints is the most a scoring table may total, and so the most a
	// criterion, a score or a ranked total may be: 10⁶ points. Real
	// tables total 100 or 1.000 points.
	MaxPoints Points = 1_000_000 * Point
	// MaxCriteria is the most criteria (leaves and parents) a scoring
	// table may list.
	MaxCriteria = 10_000
	// MaxValueDigits bounds the decimals of targets, results and shares:
	// at most this many digits before the decimal point (10¹⁸, a value in
	// đồng included) and at most MaxValueScale after it.
	MaxValueDigits = 18
	// MaxValueScale is the most digits after the decimal point of a
	// target, a result or an author's share.
	MaxValueScale = 6
)

// maxValue is 10^MaxValueDigits, the first value too large.
var maxValue = decimal.New(1, MaxValueDigits)

// checkDecimal bounds a decimal entering the store: at most
// [MaxValueDigits] digits before the point and [MaxValueScale] after it.
// The exponent is looked at first, so that a value such as 1e-1000000000
// is refused before any arithmetic rescales it (10⁹ digits).
func checkDecimal(op, kind, id, field string, v decimal.Decimal) error {
	if e := v.Exponent(); e < -(MaxValueDigits+MaxValueScale) || e > MaxValueDigits {
		return thidua.Invalid(op, kind, id, field, "value with exponent %d out of range", e)
	}
	if v.Abs().GreaterThanOrEqual(maxValue) {
		return thidua.Invalid(op, kind, id, field, "value %s has more than %d digits", v, MaxValueDigits)
	}
	if !v.Equal(v.Truncate(MaxValueScale)) {
		return thidua.Invalid(op, kind, id, field, "value %s has more than %d decimal places", v, MaxValueScale)
	}
	return nil
}

// checkID applies the library's rule for IDs ([thidua.CheckID]).
func checkID(op, kind, id, field, value string) error {
	return thidua.CheckID(op, kind, id, field, value)
}

// checkOptionalID applies [thidua.CheckID] to value unless it is empty.
func checkOptionalID(op, kind, id, field, value string) error {
	if value == "" {
		return nil
	}
	return thidua.CheckID(op, kind, id, field, value)
}

// checkText applies the library's rule for text ([thidua.CheckText]).
func checkText(op, kind, id, field, value string, max int) error {
	return thidua.CheckText(op, kind, id, field, value, max)
}
