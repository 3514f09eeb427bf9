package thidua

import (
	"errors"
	"slices"
	"testing"
	"time"
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
