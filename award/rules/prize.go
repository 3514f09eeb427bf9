package rules

import (
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
)

// BaseSalary is the base salary (lương cơ sở) in force from a date, in đồng.
// It changes by decree: supply the list, the library holds no constant.
type BaseSalary struct {
	From   thidua.Date
	Amount decimal.Decimal
}

// BaseSalaryOn returns the base salary in force on d: the entry with the
// latest From not after d. The list need not be sorted. It returns an error
// wrapping thidua.ErrNotFound when none is in force, and one wrapping
// thidua.ErrInvalid when two entries in force from that day differ: the
// list does not say which applies.
func BaseSalaryOn(list []BaseSalary, d thidua.Date) (decimal.Decimal, error) {
	const op = "rules: base salary"
	best := -1
	for i, b := range list {
		if !b.From.After(d) && (best < 0 || b.From.After(list[best].From)) {
			best = i
		}
	}
	if best < 0 {
		return decimal.Decimal{}, thidua.NotFound(op, "base salary", d.String())
	}
	for _, b := range list {
		if b.From == list[best].From && !b.Amount.Equal(list[best].Amount) {
			return decimal.Decimal{}, thidua.Invalid(op, "base salary", list[best].From.String(), "Amount", "two amounts from the same day")
		}
	}
	return list[best].Amount, nil
}

// Prize returns the prize money in đồng for code conferred on d under reg:
// the regime's multiple of the base salary in force on d (NĐ 98/2023
// art. 54), rounded up to Params.PrizeRoundUpTo when that is positive. It
// returns an error wrapping thidua.ErrNotFound for a code without a multiple
// or a date without a base salary, and one wrapping thidua.ErrInvalid
// without a regime or with two base salaries from one day.
func Prize(reg *Regime, code award.Code, d thidua.Date, salaries []BaseSalary) (decimal.Decimal, error) {
	if reg == nil {
		return decimal.Decimal{}, thidua.Invalid("rules: prize", "prize", string(code), "regime", "no regime")
	}
	m, ok := reg.Params.PrizeMultiples[code]
	if !ok {
		return decimal.Decimal{}, thidua.NotFound("rules: prize", "prize multiple", string(code))
	}
	base, err := BaseSalaryOn(salaries, d)
	if err != nil {
		return decimal.Decimal{}, err
	}
	v := m.Mul(base)
	if r := reg.Params.PrizeRoundUpTo; r.IsPositive() {
		v = v.Div(r).Ceil().Mul(r)
	}
	return v, nil
}
