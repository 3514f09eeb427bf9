package thidua

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr bool
	}{
		{in: "22/06/2020", want: Date{2020, time.June, 22}},
		{in: "22/6/2020", want: Date{2020, time.June, 22}},
		{in: "2020-06-22", want: Date{2020, time.June, 22}},
		{in: " 1/1/1900 ", want: Date{1900, time.January, 1}},
		{in: "29/02/2020", want: Date{2020, time.February, 29}},
		{in: "31/12/2200", want: Date{2200, time.December, 31}},
		{in: "31/02/2020", wantErr: true},
		{in: "29/02/2019", wantErr: true},
		{in: "29/02/1900", wantErr: true}, // 1900 is not a leap year
		{in: "00/01/2020", wantErr: true},
		{in: "01/00/2020", wantErr: true},
		{in: "01/13/2020", wantErr: true},
		{in: "31/12/1899", wantErr: true},
		{in: "01/01/2201", wantErr: true},
		{in: "22/06/2020x", wantErr: true},
		{in: "22/06/2020 10:00", wantErr: true},
		{in: "2020-6-22x", wantErr: true},
		{in: "22-06-2020", wantErr: true},
		{in: "22/06/20", wantErr: true},
		{in: "2020/06/22", wantErr: true},
		{in: "+1/06/2020", wantErr: true},
		{in: "", wantErr: true},
		{in: "22/06-2020", wantErr: true},
		{in: "022/06/2020", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantErr {
				if !errors.Is(err, ErrInvalid) {
					t.Fatalf("ParseDate(%q) = %v, %v; want ErrInvalid", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestDateStringAndText(t *testing.T) {
	d := MustDate(2024, time.February, 5)
	if got := d.String(); got != "2024-02-05" {
		t.Errorf("String = %q", got)
	}
	b, err := json.Marshal(struct{ D Date }{d})
	if err != nil || string(b) != `{"D":"2024-02-05"}` {
		t.Errorf("json = %s, %v", b, err)
	}
	var back struct{ D Date }
	if err := json.Unmarshal([]byte(`{"D":"05/02/2024"}`), &back); err != nil || back.D != d {
		t.Errorf("unmarshal = %v, %v", back.D, err)
	}
	if err := json.Unmarshal([]byte(`{"D":"31/02/2024"}`), &back); !errors.Is(err, ErrInvalid) {
		t.Errorf("unmarshal bad date err = %v", err)
	}
	if (Date{}).String() != "" {
		t.Errorf("zero date String not empty")
	}
	if _, err := (Date{2020, 2, 30}).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("MarshalText of invalid date: %v", err)
	}
}

func TestDateArithmetic(t *testing.T) {
	d := MustDate(2020, time.February, 28)
	if got := d.AddDays(1); got != MustDate(2020, time.February, 29) {
		t.Errorf("AddDays(1) = %v", got)
	}
	if got := d.AddDays(2); got != MustDate(2020, time.March, 1) {
		t.Errorf("AddDays(2) = %v", got)
	}
	if got := MustDate(2021, time.January, 1).AddDays(-1); got != MustDate(2020, time.December, 31) {
		t.Errorf("AddDays(-1) = %v", got)
	}
	if n := MustDate(2020, 1, 1).DaysUntil(MustDate(2021, 1, 1)); n != 366 {
		t.Errorf("DaysUntil over leap year = %d", n)
	}
	if n := MustDate(2019, 1, 1).DaysUntil(MustDate(2020, 1, 1)); n != 365 {
		t.Errorf("DaysUntil = %d", n)
	}
	a, b := MustDate(2019, 12, 31), MustDate(2020, 1, 1)
	if !a.Before(b) || a.After(b) || a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Errorf("ordering of %v and %v wrong", a, b)
	}
	if MustDate(2020, 6, 22).Weekday() != time.Monday {
		t.Errorf("22/06/2020 was a Monday")
	}
	if DaysInYear(2000) != 366 || DaysInYear(1900) != 365 || DaysInYear(2024) != 366 {
		t.Errorf("DaysInYear wrong")
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"22/06/2020", "2020-06-22", "1/1/1900", "31/02/2020", "x", "29/2/2000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("ParseDate(%q) gave invalid %v", s, d)
		}
		back, err := ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("round trip of %v: %v, %v", d, back, err)
		}
		if d.AddDays(1).AddDays(-1) != d || d.DaysUntil(d.AddDays(40)) != 40 {
			t.Fatalf("arithmetic broken at %v", d)
		}
	})
}

func TestAddDaysOverflow(t *testing.T) {
	d := MustDate(2020, 1, 1)
	for _, n := range []int{1 << 62, -(1 << 62), math.MaxInt, math.MinInt, maxShift + 1} {
		got := d.AddDays(n)
		if err := got.Validate(); !errors.Is(err, ErrInvalid) {
			t.Errorf("AddDays(%d) = %v, valid; want an invalid date", n, got)
		}
	}
	if got := d.AddDays(366); got != MustDate(2021, 1, 1) {
		t.Errorf("AddDays(366) = %v", got)
	}
}

// TestDateErrorsNameTheField: NewDate and Validate return an *Error naming
// the field at fault, as the rest of the library does, and still wrap
// ErrInvalid.
func TestDateErrorsNameTheField(t *testing.T) {
	tests := []struct {
		y     int
		m     time.Month
		d     int
		field string
	}{
		{MinYear - 1, time.January, 1, "year"},
		{MaxYear + 1, time.January, 1, "year"},
		{2020, 0, 1, "month"},
		{2020, 13, 1, "month"},
		{2020, time.February, 30, "day"},
		{2019, time.February, 29, "day"},
		{2020, time.April, 0, "day"},
	}
	for _, tt := range tests {
		for name, err := range map[string]error{
			"Validate": Date{Year: tt.y, Month: tt.m, Day: tt.d}.Validate(),
			"NewDate":  func() error { _, err := NewDate(tt.y, tt.m, tt.d); return err }(),
		} {
			var e *Error
			if !errors.As(err, &e) || e.Field != tt.field || !errors.Is(err, ErrInvalid) {
				t.Errorf("%s(%d, %d, %d) = %v (%#v); want *Error on field %q wrapping ErrInvalid", name, tt.y, tt.m, tt.d, err, e, tt.field)
			}
		}
	}
}
