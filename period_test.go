package thidua

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestPeriod(t *testing.T) {
	p := Years(2015, 2020)
	if p.From != MustDate(2015, time.January, 1) || p.To != MustDate(2020, time.December, 31) {
		t.Fatalf("Years(2015, 2020) = %v", p)
	}
	if got := p.Years(); !slices.Equal(got, []int{2015, 2016, 2017, 2018, 2019, 2020}) {
		t.Errorf("Years() = %v", got)
	}
	for _, tt := range []struct {
		d    Date
		want bool
	}{
		{MustDate(2015, 1, 1), true},
		{MustDate(2020, 12, 31), true},
		{MustDate(2014, 12, 31), false},
		{MustDate(2021, 1, 1), false},
	} {
		if got := p.Contains(tt.d); got != tt.want {
			t.Errorf("Contains(%v) = %v", tt.d, got)
		}
	}
	if !Year(2019).Overlaps(p) || Year(2021).Overlaps(p) || !p.ContainsPeriod(Year(2019)) || Year(2019).ContainsPeriod(p) {
		t.Errorf("Overlaps/ContainsPeriod wrong")
	}
	// Touching ends overlap: both days are inside.
	a := Period{MustDate(2020, 1, 1), MustDate(2020, 6, 30)}
	b := Period{MustDate(2020, 6, 30), MustDate(2020, 12, 31)}
	if !a.Overlaps(b) {
		t.Errorf("periods sharing one day must overlap")
	}
	if got, ok := a.Intersect(b); !ok || got.Days() != 1 {
		t.Errorf("Intersect = %v, %v", got, ok)
	}
	if _, ok := a.Intersect(Year(2021)); ok {
		t.Errorf("disjoint periods intersect")
	}
	if Year(2020).Days() != 366 || Year(2019).Days() != 365 {
		t.Errorf("Days wrong")
	}
	if _, err := NewPeriod(MustDate(2020, 1, 2), MustDate(2020, 1, 1)); !errors.Is(err, ErrInvalid) {
		t.Errorf("To before From accepted: %v", err)
	}
	if _, err := NewPeriod(Date{2020, 2, 30}, MustDate(2020, 3, 1)); !errors.Is(err, ErrInvalid) {
		t.Errorf("invalid From accepted: %v", err)
	}
	if !Since(MustDate(2025, 7, 1)).IsOpen() || p.IsOpen() {
		t.Errorf("IsOpen wrong")
	}
	var q Period
	if err := q.UnmarshalText([]byte("2015-01-01/2020-12-31")); err != nil || q != p {
		t.Errorf("UnmarshalText = %v, %v", q, err)
	}
	if err := q.UnmarshalText([]byte("2020-12-31/2015-01-01")); !errors.Is(err, ErrInvalid) {
		t.Errorf("reversed period text accepted: %v", err)
	}
}

func TestError(t *testing.T) {
	err := error(Invalid("org: add unit", "unit", "u1", "name", "empty name"))
	if !errors.Is(err, ErrInvalid) || errors.Is(err, ErrConflict) {
		t.Fatalf("errors.Is chain broken: %v", err)
	}
	var e *Error
	if !errors.As(err, &e) || e.Field != "name" || e.ID != "u1" {
		t.Fatalf("errors.As = %+v", e)
	}
	if got, want := err.Error(), `org: add unit unit "u1": name: thidua: invalid input: empty name`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got, want := NotFound("org: unit", "unit", "x").Error(), `org: unit unit "x": thidua: not found`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(Conflict("org: add unit", "unit", "u1", "duplicate id"), ErrConflict) {
		t.Errorf("Conflict does not wrap ErrConflict")
	}
}

// TestZeroPeriodIsEmpty checks the documented promise that the zero Period
// is empty, next to periods that do hold days.
func TestZeroPeriodIsEmpty(t *testing.T) {
	var zero Period
	y2020 := Year(2020)
	backwards := Period{From: MustDate(2020, 6, 1), To: MustDate(2020, 5, 31)}
	tests := []struct {
		name   string
		got    any
		want   any
		reason string
	}{
		{"zero Days", zero.Days(), 0, "an empty period has no days"},
		{"zero Years", zero.Years(), []int(nil), "an empty period touches no year"},
		{"zero contains zero Date", zero.Contains(Date{}), false, "the zero Period contains nothing, not even the zero Date"},
		{"zero contains a date", zero.Contains(MustDate(2020, 1, 1)), false, "the zero Period contains nothing"},
		{"zero overlaps zero", zero.Overlaps(zero), false, "empty periods share no day"},
		{"zero overlaps a year", zero.Overlaps(y2020), false, "empty periods share no day"},
		{"a year overlaps zero", y2020.Overlaps(zero), false, "Overlaps is symmetric"},
		{"backwards overlaps a year", backwards.Overlaps(y2020), false, "a period ending before it starts has no days"},
		{"period touching the zero Date", Period{To: MustDate(2020, 1, 1)}.Overlaps(zero), false, "the zero Date is not a day of the zero Period"},
		{"year Days", y2020.Days(), 366, "2020 is a leap year"},
		{"year Years", y2020.Years(), []int{2020}, "one calendar year"},
		{"year contains", y2020.Contains(MustDate(2020, 2, 29)), true, "a day of the year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got) (%s):\n%s", tt.reason, diff)
			}
		})
	}
	for _, q := range []Period{zero, y2020} {
		if got, ok := zero.Intersect(q); ok || got != (Period{}) {
			t.Errorf("zero.Intersect(%v) = %v, %v; want the zero Period, false", q, got, ok)
		}
		if got, ok := q.Intersect(zero); ok || got != (Period{}) {
			t.Errorf("%v.Intersect(zero) = %v, %v; want the zero Period, false", q, got, ok)
		}
	}
}

// TestErrorStrings pins the error text of the root package: Go error
// strings start with the package name, and still match ErrInvalid.
func TestErrorStrings(t *testing.T) {
	tests := []struct {
		name   string
		err    error
		want   string
		reason string
	}{
		{"date out of range", func() error { _, err := ParseDate("01/01/2201"); return err }(),
			`thidua: parse date "01/01/2201": thidua: invalid input: year 2201 outside 1900-2200`, "the calendar check, under the parse op"},
		{"date format", func() error { _, err := ParseDate("22.06.2020"); return err }(),
			`thidua: parse date "22.06.2020": thidua: invalid input: want dd/mm/yyyy or yyyy-mm-dd`, "neither accepted form"},
		{"date field", func() error { _, err := ParseDate("022/06/2020"); return err }(),
			`thidua: parse date "022/06/2020": thidua: invalid input: bad field "022"`, "a day has at most two digits"},
		{"date year digits", func() error { _, err := ParseDate("22/06/20"); return err }(),
			`thidua: parse date "22/06/20": thidua: invalid input: year must have four digits`, "two-digit years are ambiguous"},
		{"period from", Period{From: Date{2020, 2, 30}, To: MustDate(2020, 3, 1)}.Validate(),
			`thidua: period: from: thidua: invalid input: day 30 out of range for 2020-02`, "the field at fault is named"},
		{"period to", Period{From: MustDate(2020, 3, 1), To: Date{2020, 13, 1}}.Validate(),
			`thidua: period: to: thidua: invalid input: month 13 out of range`, "the field at fault is named"},
		{"period backwards", Period{From: MustDate(2020, 3, 2), To: MustDate(2020, 3, 1)}.Validate(),
			`thidua: period: thidua: invalid input: ends 2020-03-01 before it starts 2020-03-02`, "To before From"},
		{"period text", new(Period).UnmarshalText([]byte("2020-01-01")),
			`thidua: parse period "2020-01-01": thidua: invalid input: want from/to in ISO form`, "only ISO ends in period text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.err == nil {
				t.Fatalf("no error, want %q (%s)", tt.want, tt.reason)
			}
			if diff := cmp.Diff(tt.want, tt.err.Error()); diff != "" {
				t.Errorf("Error() (-want +got) (%s):\n%s", tt.reason, diff)
			}
			if !errors.Is(tt.err, ErrInvalid) {
				t.Errorf("%v does not match ErrInvalid", tt.err)
			}
			var e *Error
			if !errors.As(tt.err, &e) || !strings.HasPrefix(e.Op, "thidua: ") {
				t.Errorf("%v is not an *Error with an Op prefixed by the package name", tt.err)
			}
		})
	}
}

// TestAddDaysLeavesRange checks the documented edge: AddDays does not clamp
// to the supported years, and Validate reports the result.
func TestAddDaysLeavesRange(t *testing.T) {
	tests := []struct {
		name    string
		from    Date
		n       int
		want    Date
		wantErr bool
		reason  string
	}{
		{"last supported day", MustDate(2200, 12, 30), 1, Date{2200, 12, 31}, false, "still inside MaxYear"},
		{"past MaxYear", MustDate(2200, 12, 31), 1, Date{2201, 1, 1}, true, "one day after Forever leaves the range"},
		{"before MinYear", MustDate(1900, 1, 1), -1, Date{1899, 12, 31}, true, "one day before 01/01/1900 leaves the range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.from.AddDays(tt.n)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("AddDays(%d) (-want +got) (%s):\n%s", tt.n, tt.reason, diff)
			}
			if err := got.Validate(); (err != nil) != tt.wantErr || (err != nil && !errors.Is(err, ErrInvalid)) {
				t.Errorf("Validate(%v) = %v, want error: %v (%s)", got, err, tt.wantErr, tt.reason)
			}
		})
	}
}
