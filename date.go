package thidua

import (
	"strconv"
	"strings"
	"time"
)

// MinYear and MaxYear bound the years a [Date] may carry. Dates outside the
// range are almost always typing mistakes in the source documents.
const (
	MinYear = 1900
	MaxYear = 2200
)

// Date is a civil date: a year, a month and a day, with no clock and no time
// zone. Decisions, ratings and contributions are dated this way in official
// documents, so the library never converts them to instants.
//
// The zero Date is not a valid date; [Date.IsZero] reports it. Dates are
// comparable with == and can be used as map keys.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date year-month-day, or an [*Error] naming the field
// at fault ("year", "month" or "day") and wrapping [ErrInvalid] when it does
// not exist in the calendar or its year is outside [MinYear]..[MaxYear].
func NewDate(year int, month time.Month, day int) (Date, error) {
	d := Date{Year: year, Month: month, Day: day}
	if err := d.Validate(); err != nil {
		return Date{}, err
	}
	return d, nil
}

// MustDate is like [NewDate] but panics on an invalid date. It is meant for
// constants in examples and tests, not for input.
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// DaysIn returns the number of days of month in year.
func DaysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// DaysInYear returns 366 for a leap year and 365 otherwise.
func DaysInYear(year int) int {
	if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		return 366
	}
	return 365
}

// Validate reports whether d is a real calendar date within the supported
// years. The error is an [*Error] (Op "thidua: validate date") naming the
// field at fault ("year", "month" or "day") and wrapping [ErrInvalid].
func (d Date) Validate() error {
	const op = "thidua: validate date"
	switch {
	case d.Year < MinYear || d.Year > MaxYear:
		return Invalid(op, "", "", "year", "year %d outside %d-%d", d.Year, MinYear, MaxYear)
	case d.Month < time.January || d.Month > time.December:
		return Invalid(op, "", "", "month", "month %d out of range", int(d.Month))
	case d.Day < 1 || d.Day > DaysIn(d.Year, d.Month):
		return Invalid(op, "", "", "day", "day %d out of range for %04d-%02d", d.Day, d.Year, int(d.Month))
	}
	return nil
}

// IsZero reports whether d is the zero Date (no date given).
func (d Date) IsZero() bool { return d == Date{} }

// ParseDate parses a date written as dd/mm/yyyy (leading zeros optional, as in
// "22/06/2020" or "22/6/2020") or in ISO form yyyy-mm-dd ("2020-06-22").
// Surrounding spaces are ignored; anything else, including trailing text,
// is rejected with an [*Error] (Op "thidua: parse date") wrapping
// [ErrInvalid].
func ParseDate(s string) (Date, error) {
	const op = "thidua: parse date"
	t := strings.TrimSpace(s)
	var parts []string
	var ymd bool
	switch {
	case strings.Count(t, "/") == 2 && !strings.Contains(t, "-"):
		parts = strings.Split(t, "/")
	case strings.Count(t, "-") == 2 && !strings.Contains(t, "/"):
		parts = strings.Split(t, "-")
		ymd = true
	default:
		return Date{}, Invalid(op, "", s, "", "want dd/mm/yyyy or yyyy-mm-dd")
	}
	var n [3]int
	for i, p := range parts {
		maxLen := 2
		if (ymd && i == 0) || (!ymd && i == 2) {
			maxLen = 4
		}
		if p == "" || len(p) > maxLen {
			return Date{}, Invalid(op, "", s, "", "bad field %q", p)
		}
		for _, c := range p {
			if c < '0' || c > '9' {
				return Date{}, Invalid(op, "", s, "", "bad field %q", p)
			}
		}
		v, _ := strconv.Atoi(p)
		n[i] = v
	}
	if ymd {
		if len(parts[0]) != 4 {
			return Date{}, Invalid(op, "", s, "", "year must have four digits")
		}
		n[0], n[2] = n[2], n[0]
	} else if len(parts[2]) != 4 {
		return Date{}, Invalid(op, "", s, "", "year must have four digits")
	}
	d := Date{Year: n[2], Month: time.Month(n[1]), Day: n[0]}
	if err := d.Validate(); err != nil {
		return Date{}, E(op, "", s, "", cause(err))
	}
	return d, nil
}

// MustParseDate is like [ParseDate] but panics on error. It is meant for
// constants in examples and tests.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String returns the ISO form yyyy-mm-dd, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	b := make([]byte, 0, 10)
	return string(d.appendISO(b))
}

func (d Date) appendISO(b []byte) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

func appendPadded(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// MarshalText implements [encoding.TextMarshaler] with the ISO form. The zero
// Date marshals to an empty text.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts every form
// [ParseDate] accepts; an empty text gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Compare returns -1 if d is before e, +1 if after, and 0 if they are equal.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns the date n days after d (before, for negative n), by the
// proleptic Gregorian calendar. The result may leave the supported years
// [MinYear]..[MaxYear] (31/12/2200 plus one day is 01/01/2201); AddDays does
// not clamp or fail, so call [Date.Validate] on the result, which reports
// such a date with an error wrapping [ErrInvalid]. A shift of more than
// maxShift days (far beyond the supported years) gives the zero Date, never
// a date wrapped around by overflow.
func (d Date) AddDays(n int) Date {
	if n > maxShift || n < -maxShift || d.Year > MaxYear+maxShiftYears || d.Year < MinYear-maxShiftYears {
		return Date{}
	}
	t := time.Date(d.Year, d.Month, d.Day+n, 12, 0, 0, 0, time.UTC)
	return Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

// maxShiftYears and maxShift bound the arguments of AddDays: ten thousand
// years either way, far beyond any date of the domain and far within int.
const (
	maxShiftYears = 10_000
	maxShift      = maxShiftYears * 366
)

// DaysUntil returns the number of days from d to e (negative if e is before d).
func (d Date) DaysUntil(e Date) int {
	return int(e.dayNumber() - d.dayNumber())
}

// dayNumber counts days from a fixed epoch (proleptic Gregorian calendar).
func (d Date) dayNumber() int64 {
	y, m := int64(d.Year), int64(d.Month)
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + int64(d.Day)
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday()
}

// FromTime returns the civil date of t in t's own location.
func FromTime(t time.Time) Date {
	return Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}
