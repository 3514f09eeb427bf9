package report_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestFormatInt(t *testing.T) {
	tests := []struct {
		reason string
		n      int64
		want   string
	}{
		{"zero", 0, "0"},
		{"below a thousand", 999, "999"},
		{"thousand", 1000, "1.000"},
		{"seed article amount", 50_000_000, "50.000.000"},
		{"seed article amount 2", 110_000_000, "110.000.000"},
		{"negative", -5000, "-5.000"},
		{"max int64", math.MaxInt64, "9.223.372.036.854.775.807"},
		{"min int64 does not overflow", math.MinInt64, "-9.223.372.036.854.775.808"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, report.FormatInt(tt.n)); diff != "" {
				t.Errorf("FormatInt(%d) (-want +got):\n%s", tt.n, diff)
			}
		})
	}
}

func TestFormatDecimal(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   string
	}{
		{"doc example", "1234567.89", "1.234.567,89"},
		{"12,5", "12.5", "12,5"},
		{"0,05", "0.05", "0,05"},
		{"trailing zeros dropped", "12.50", "12,5"},
		{"integer", "50000000", "50.000.000"},
		{"positive exponent", "5e7", "50.000.000"},
		{"beyond float64 precision", "12345678901234567890.123456789", "12.345.678.901.234.567.890,123456789"},
		{"negative", "-1234.5", "-1.234,5"},
		{"negative small", "-0.05", "-0,05"},
		{"zero", "0", "0"},
		{"zero with decimals is not negative", "-0.00", "0"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, report.FormatDecimal(dec(tt.in))); diff != "" {
				t.Errorf("FormatDecimal(%s) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestFormatFixedTrimmedPercent(t *testing.T) {
	tests := []struct {
		reason string
		got    string
		want   string
	}{
		{"fixed pads decimals", report.FormatFixed(dec("7"), 2), "7,00"},
		{"fixed rounds half away from zero", report.FormatFixed(dec("96.25"), 1), "96,3"},
		{"fixed rounds negative away from zero", report.FormatFixed(dec("-96.25"), 1), "-96,3"},
		{"fixed zero places", report.FormatFixed(dec("1234.5"), 0), "1.235"},
		{"fixed negative places counts as zero", report.FormatFixed(dec("1234.4"), -3), "1.234"},
		{"fixed tiny negative gives no -0", report.FormatFixed(dec("-0.001"), 2), "0,00"},
		{"trimmed drops zeros", report.FormatTrimmed(dec("96.20"), 2), "96,2"},
		{"trimmed drops comma", report.FormatTrimmed(dec("7.004"), 2), "7"},
		{"trimmed rounds", report.FormatTrimmed(dec("2.675"), 2), "2,68"},
		{"percent doc example", report.FormatPercent(dec("96.2"), 1), "96,2%"},
		{"percent rounds", report.FormatPercent(dec("96.24"), 1), "96,2%"},
		{"percent trims", report.FormatPercent(dec("100.00"), 2), "100%"},
		{"percent fixed", report.FormatPercentFixed(dec("96.2"), 2), "96,20%"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   string
	}{
		{"doc example", "1.234.567,89", "1234567.89"},
		{"grouped integer", "50.000.000", "50000000"},
		{"plain integer", "50000000", "50000000"},
		{"plain with decimals", "1234567,89", "1234567.89"},
		{"small decimal", "0,05", "0.05"},
		{"one group", "999", "999"},
		{"negative", "-1.234,5", "-1234.5"},
		{"plus sign", "+12,5", "12.5"},
		{"spaces around", "  12,5 ", "12.5"},
		{"a comma with four decimals is a decimal comma", "1,2340", "1.234"},
		{"three decimals after zero", "0,125", "0.125"},
		{"three decimals after grouping", "1.001,125", "1001.125"},
		{"a hundred digits", strings.Repeat("9", 100), strings.Repeat("9", 100)},
		{"beyond int64", "123.456.789.012.345.678.901.234", "123456789012345678901234"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			got, err := report.ParseNumber(tt.in)
			if err != nil {
				t.Fatalf("ParseNumber(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(dec(tt.want), got); diff != "" {
				t.Errorf("ParseNumber(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseNumberRejects(t *testing.T) {
	tests := []struct {
		reason string
		in     string
	}{
		{"English grouping", "50,000,000"},
		{"English decimal point", "1.5"},
		{"English grouping with decimals", "1,234.5"},
		{"dot after the comma", "1.234,5.6"},
		{"two commas", "1,2,3"},
		{"short group", "1.23.456"},
		{"long group", "1.2345"},
		{"long first group", "1234.567"},
		{"grouped leading zero", "0.500"},
		{"empty", ""},
		{"sign only", "-"},
		{"comma only", ","},
		{"no integer part", ",5"},
		{"no decimals", "5,"},
		{"exponent", "1e5"},
		{"space inside", "1 234"},
		{"letters", "abc"},
		{"double sign", "--5"},
		{"trailing dot", "1."},
		{"currency", "50.000.000 đồng"},
		{"comma before three digits: 1.001 or English 1001", "1,001"},
		{"comma before three digits, negative", "-12,500"},
		{"more than a hundred digits", strings.Repeat("9", 101)},
		{"a million digits", "1" + strings.Repeat("0", 999999)},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			got, err := report.ParseNumber(tt.in)
			if err == nil {
				t.Fatalf("ParseNumber(%q) = %s, want error", tt.in, got)
			}
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Errorf("ParseNumber(%q) error %v does not wrap ErrInvalid", tt.in, err)
			}
			var e *thidua.Error
			if !errors.As(err, &e) || e.Op != "report: parse number" {
				t.Errorf("ParseNumber(%q) error %#v: want *thidua.Error with op", tt.in, err)
			}
		})
	}
}

func TestMustParseNumberPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseNumber(\"50,000,000\") did not panic")
		}
	}()
	report.MustParseNumber("50,000,000")
}

// FuzzNumberRoundTrip checks format → parse → the same decimal.
func FuzzNumberRoundTrip(f *testing.F) {
	for _, s := range []string{"0", "1234567.89", "0.05", "-12.5", "50000000", "1e20", "-9223372036854775808", "123456789012345678901234567890.000001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, err := decimal.NewFromString(in)
		if err != nil || d.Exponent() > 100 || d.Exponent() < -100 || len(d.Coefficient().String()) > 200 {
			t.Skip()
		}
		// The one form refused as ambiguous: an ungrouped integer from 1
		// to 999, a comma and exactly three decimals ("12,125").
		ambiguous := func(s string) bool {
			ip, fp, ok := strings.Cut(strings.TrimPrefix(s, "-"), ",")
			return ok && len(fp) == 3 && ip != "0" && !strings.Contains(ip, ".")
		}
		s := report.FormatDecimal(d)
		if digits(s) > 100 {
			t.Skip()
		}
		got, err := report.ParseNumber(s)
		switch {
		case ambiguous(s):
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("ParseNumber(FormatDecimal(%s) = %q) = %s, %v; want ErrInvalid (ambiguous)", in, s, got, err)
			}
		case err != nil:
			t.Fatalf("ParseNumber(FormatDecimal(%s) = %q): %v", in, s, err)
		case !got.Equal(d):
			t.Fatalf("round trip of %s: %q → %s", in, s, got)
		}
		fixed := report.FormatFixed(d, 3)
		if digits(fixed) > 100 { // the three decimals took it past what ParseNumber reads
			return
		}
		if g, err := report.ParseNumber(fixed); !ambiguous(fixed) && (err != nil || !g.Equal(d.Round(3))) {
			t.Fatalf("FormatFixed(%s, 3) = %q parses to %s, %v", in, fixed, g, err)
		}
	})
}

// digits counts the decimal digits of s.
func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// FuzzParseNumber checks that any accepted input formats back to itself in
// value and that nothing panics.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1.234.567,89", "50,000,000", "0,05", "-1.000", "1.5", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, err := report.ParseNumber(in)
		if err != nil {
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("ParseNumber(%q) error does not wrap ErrInvalid: %v", in, err)
			}
			return
		}
		again, err := report.ParseNumber(report.FormatDecimal(d))
		if err != nil || !again.Equal(d) {
			t.Fatalf("ParseNumber(%q) = %s, reformatted %q → %s, %v", in, d, report.FormatDecimal(d), again, err)
		}
	})
}

func BenchmarkFormatDecimal(b *testing.B) {
	d := dec("1234567.89")
	b.ReportAllocs()
	for b.Loop() {
		benchSink = report.FormatDecimal(d)
	}
}
