package campaign

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// Measure says what a target's value counts.
type Measure int

// Measures. The zero Measure is not valid.
const (
	// Percent is a percentage, e.g. 96 for "96% về việc" or 96.2 for
	// "96,2% về tiền". Margins are in percentage points.
	Percent Measure = iota + 1
	// Count is a number of things: cases, meetings, houses built.
	Count
	// Money is an amount in đồng.
	Money
)

// String returns the Vietnamese name of the measure.
func (m Measure) String() string {
	switch m {
	case Percent:
		return "tỷ lệ"
	case Count:
		return "số lượng"
	case Money:
		return "số tiền"
	}
	return fmt.Sprintf("Measure(%d)", int(m))
}

// Target is a measurable target (chỉ tiêu) of a movement, e.g. "Tỷ lệ thi
// hành xong về việc" at 96 % or "Tỷ lệ thi hành xong về tiền" at 96,2 %.
// Values are decimals, never floats.
type Target struct {
	ID      string          `json:"id"`
	Name    string          `json:"name"`
	Measure Measure         `json:"measure"`
	Value   decimal.Decimal `json:"value"`
	// LowerIsBetter marks a ceiling rather than a floor, e.g. a maximum
	// number of cases left over (án tồn đọng): the target is met when the
	// actual value is at most Value.
	LowerIsBetter bool `json:"lower_is_better,omitempty"`
}

// Validate checks that t has an ID, a name, a known measure and a value that
// is not negative (and at most 100 for a percentage). Errors wrap
// [thidua.ErrInvalid].
func (t Target) Validate() error {
	const op = "campaign: validate target"
	if err := checkID(op, "target", t.ID, "id", t.ID); err != nil {
		return err
	}
	if err := checkText(op, "target", t.ID, "name", t.Name, thidua.MaxTitleLen); err != nil {
		return err
	}
	switch {
	case blank(t.Name):
		return thidua.Invalid(op, "target", t.ID, "name", "empty name")
	case t.Measure < Percent || t.Measure > Money:
		return thidua.Invalid(op, "target", t.ID, "measure", "unknown measure %d", int(t.Measure))
	}
	return checkValue(op, "target", t.ID, "value", t.Measure, t.Value)
}

var hundred = decimal.NewFromInt(100)

// checkValue checks the value of a target or a result in measure m: within
// the bounds of checkDecimal, not negative, at most 100 for a percentage.
func checkValue(op, kind, id, field string, m Measure, v decimal.Decimal) error {
	if err := checkDecimal(op, kind, id, field, v); err != nil {
		return err
	}
	if v.IsNegative() {
		return thidua.Invalid(op, kind, id, field, "negative value %s", v)
	}
	if m == Percent && v.GreaterThan(hundred) {
		return thidua.Invalid(op, kind, id, field, "percentage %s above 100", v)
	}
	return nil
}

// Status is how a result compares with its target.
type Status int

// Statuses.
const (
	NoResult Status = iota // no result recorded for the target
	Missed                 // không đạt
	Met                    // đạt
	Exceeded               // vượt
)

// String returns the Vietnamese word for the status.
func (s Status) String() string {
	switch s {
	case NoResult:
		return "chưa có kết quả"
	case Missed:
		return "không đạt"
	case Met:
		return "đạt"
	case Exceeded:
		return "vượt"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// Participant is a unit or a person taking part in a movement. Exactly one
// field is set.
type Participant struct {
	Unit   org.UnitID   `json:"unit,omitempty"`
	Person org.PersonID `json:"person,omitempty"`
}

// UnitParticipant returns the participant for unit u.
func UnitParticipant(u org.UnitID) Participant { return Participant{Unit: u} }

// PersonParticipant returns the participant for person p.
func PersonParticipant(p org.PersonID) Participant { return Participant{Person: p} }

// IsUnit reports whether p is a collective (a unit).
func (p Participant) IsUnit() bool { return p.Unit != "" }

// String returns "unit:ID" or "person:ID", for errors and logs.
func (p Participant) String() string {
	if p.IsUnit() {
		return "unit:" + string(p.Unit)
	}
	return "person:" + string(p.Person)
}

func (p Participant) validate(op, kind, id string) error {
	if (p.Unit == "") == (p.Person == "") {
		return thidua.Invalid(op, kind, id, "participant", "want exactly one of unit and person")
	}
	return checkID(op, kind, id, "participant", string(p.Unit)+string(p.Person))
}

// Result is a participant's actual value for one target of a movement in
// one year.
type Result struct {
	Movement    MovementID      `json:"movement"`
	Target      string          `json:"target"`
	Year        int             `json:"year"`
	Participant Participant     `json:"participant"`
	Actual      decimal.Decimal `json:"actual"`
}

// Outcome is the comparison of a result with its target.
type Outcome struct {
	Target Target          `json:"target"`
	Actual decimal.Decimal `json:"actual"`
	Status Status          `json:"status"`
	// Margin is how far the result is beyond the target, in the target's
	// measure (percentage points for a percentage): positive when exceeded,
	// negative when missed, zero when met exactly or when there is no result.
	Margin decimal.Decimal `json:"margin"`
}

// Evaluate compares an actual value with target t. It is a pure function.
// For a target where lower is better, a value under the ceiling exceeds it.
func Evaluate(t Target, actual decimal.Decimal) Outcome {
	margin := actual.Sub(t.Value)
	if t.LowerIsBetter {
		margin = margin.Neg()
	}
	o := Outcome{Target: t, Actual: actual, Margin: margin}
	switch margin.Sign() {
	case 1:
		o.Status = Exceeded
	case 0:
		o.Status = Met
	default:
		o.Status = Missed
	}
	return o
}

// Assess evaluates every target in order against the results of one
// participant in one year (results for other targets are ignored; when a
// target has several results the last one counts). A target without a
// result has status [NoResult].
func Assess(targets []Target, results []Result) []Outcome {
	out := make([]Outcome, len(targets))
	for i, t := range targets {
		out[i] = Outcome{Target: t, Status: NoResult}
		for _, r := range results {
			if r.Target == t.ID {
				out[i] = Evaluate(t, r.Actual)
			}
		}
	}
	return out
}

// AllMet reports whether every outcome is met or exceeded. It is false for
// no outcomes.
func AllMet(outcomes []Outcome) bool {
	for _, o := range outcomes {
		if o.Status < Met {
			return false
		}
	}
	return len(outcomes) > 0
}

// AllExceeded reports whether every outcome exceeds its target (vượt chỉ
// tiêu), a criterion of Cờ thi đua (NĐ 91/2017 art. 12; Luật TĐKT art. 26). It
// is false for no outcomes.
func AllExceeded(outcomes []Outcome) bool {
	for _, o := range outcomes {
		if o.Status != Exceeded {
			return false
		}
	}
	return len(outcomes) > 0
}
