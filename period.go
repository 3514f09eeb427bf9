package thidua

import (
	"strings"
	"time"
)

// Period is an inclusive range of civil dates: an achievement period, the
// life of a unit, the window of a movement. From and To are both part of it.
//
// The zero Period is empty: it has no days and no years, contains no date
// (not even the zero Date) and overlaps nothing. Use [NewPeriod], [Year] or
// [Years] to build one.
type Period struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// NewPeriod returns the period from..to, or an error wrapping [ErrInvalid] if
// either date is invalid or to is before from.
func NewPeriod(from, to Date) (Period, error) {
	p := Period{From: from, To: to}
	if err := p.Validate(); err != nil {
		return Period{}, err
	}
	return p, nil
}

// Validate reports whether both ends are valid dates and To is not before From.
// The error is an [*Error] with Op "thidua: period" wrapping [ErrInvalid].
func (p Period) Validate() error {
	const op = "thidua: period"
	if err := p.From.Validate(); err != nil {
		return E(op, "", "", "from", cause(err))
	}
	if err := p.To.Validate(); err != nil {
		return E(op, "", "", "to", cause(err))
	}
	if p.To.Before(p.From) {
		return Invalid(op, "", "", "", "ends %s before it starts %s", p.To, p.From)
	}
	return nil
}

// empty reports whether p has no days: the zero Period, or one that ends
// before it starts.
func (p Period) empty() bool { return p.IsZero() || p.To.Before(p.From) }

// Year returns the calendar year y: 01/01/y to 31/12/y.
func Year(y int) Period {
	return Period{From: Date{y, time.January, 1}, To: Date{y, time.December, 31}}
}

// Years returns the calendar years from..to inclusive: Years(2015, 2020) is
// 01/01/2015 to 31/12/2020. If to < from the result is invalid, as
// [Period.Validate] reports.
func Years(from, to int) Period {
	return Period{From: Date{from, time.January, 1}, To: Date{to, time.December, 31}}
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// Contains reports whether d lies in p, ends included. The zero Period
// contains nothing.
func (p Period) Contains(d Date) bool {
	return !p.IsZero() && !d.Before(p.From) && !d.After(p.To)
}

// ContainsPeriod reports whether q lies entirely in p.
func (p Period) ContainsPeriod(q Period) bool {
	return !q.From.Before(p.From) && !q.To.After(p.To)
}

// Overlaps reports whether p and q share at least one day. An empty period
// (the zero Period, or one ending before it starts) overlaps nothing.
func (p Period) Overlaps(q Period) bool {
	return !p.empty() && !q.empty() && !p.To.Before(q.From) && !q.To.Before(p.From)
}

// Intersect returns the days p and q share, and false if they share none.
func (p Period) Intersect(q Period) (Period, bool) {
	if !p.Overlaps(q) {
		return Period{}, false
	}
	r := p
	if q.From.After(r.From) {
		r.From = q.From
	}
	if q.To.Before(r.To) {
		r.To = q.To
	}
	return r, true
}

// Years lists the calendar years p touches, in order; none for an empty
// period.
func (p Period) Years() []int {
	if p.empty() {
		return nil
	}
	ys := make([]int, 0, p.To.Year-p.From.Year+1)
	for y := p.From.Year; y <= p.To.Year; y++ {
		ys = append(ys, y)
	}
	return ys
}

// Days returns the number of days in p, both ends included; 0 for an empty
// period.
func (p Period) Days() int {
	if p.empty() {
		return 0
	}
	return p.From.DaysUntil(p.To) + 1
}

// String returns "from/to" in ISO form, for logs and errors.
func (p Period) String() string {
	return p.From.String() + "/" + p.To.String()
}

// MarshalText implements [encoding.TextMarshaler] as "yyyy-mm-dd/yyyy-mm-dd".
func (p Period) MarshalText() ([]byte, error) {
	if p.IsZero() {
		return []byte{}, nil
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts the form
// MarshalText writes, each end in any form [ParseDate] accepts.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	from, to, ok := strings.Cut(string(b), "/")
	if !ok || strings.Contains(from, "/") {
		// dd/mm/yyyy ends are ambiguous with the separator; only ISO ends here.
		return Invalid("thidua: parse period", "", string(b), "", "want from/to in ISO form")
	}
	f, err := ParseDate(from)
	if err != nil {
		return err
	}
	t, err := ParseDate(to)
	if err != nil {
		return err
	}
	v, err := NewPeriod(f, t)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Forever returns the last date the library represents (31/12/[MaxYear]);
// an open-ended period ends on it.
func Forever() Date { return Date{MaxYear, time.December, 31} }

// Since returns the open-ended period from d: it ends on [Forever].
func Since(d Date) Period { return Period{From: d, To: Forever()} }

// IsOpen reports whether p has no real end (it ends on [Forever]).
func (p Period) IsOpen() bool { return p.To == Forever() }
