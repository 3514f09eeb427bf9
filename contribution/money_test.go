package contribution_test

import (
	"errors"
	"math/big"
	"testing"
	"testing/quick"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
)

var thidua2018 = thidua.MustDate(2018, time.June, 1)

func TestParseDong(t *testing.T) {
	tests := []struct {
		in     string
		frac   bool // parse with ParseDongFraction
		want   string
		reason string // why it is rejected, or the form it shows
	}{
		{in: "50.000.000", want: "50000000", reason: "dots group thousands"},
		{in: "50.000.000 đồng", want: "50000000", reason: "the word đồng may follow"},
		{in: "110.000.000đồng", want: "110000000", reason: "with or without a space"},
		{in: " 50000000 ", want: "50000000", reason: "ungrouped digits"},
		{in: "0", want: "0", reason: "zero parses; posting rejects it"},
		{in: "-7.000.000", want: "-7000000", reason: "a sign, as FormatDong writes reversals"},
		{in: "1.234,5", frac: true, want: "1234.5", reason: "a comma starts decimals"},
		{in: "0,25 đồng", frac: true, want: "0.25", reason: "a fraction of a đồng"},
		{in: "1.234,500", frac: true, want: "1234.5", reason: "three decimals after a grouped integer are not ambiguous"},
		{in: "1.234,5", reason: "decimals need ParseDongFraction"},
		{in: "50,000,000", reason: "English grouping"},
		{in: "50,000,000", frac: true, reason: "English grouping, even with fractions allowed"},
		{in: "50,000", frac: true, reason: "a comma before three digits may be English grouping"},
		{in: "0,125", frac: true, want: "0.125", reason: "no one groups thousands after a lone zero"},
		{in: "50.000,000.5", frac: true, reason: "mixed separators"},
		{in: "1.23.4", reason: "groups of three digits"},
		{in: "1.5", reason: "a dot is not a decimal point"},
		{in: "1234.567", reason: "first group longer than three digits"},
		{in: "050.000", reason: "leading zero"},
		{in: "50 000 000", reason: "spaces do not group"},
		{in: "", reason: "no digits"},
		{in: "đồng", reason: "no digits"},
		{in: "50.000.000 VND", reason: "only đồng is understood"},
		{in: "1,", frac: true, reason: "empty decimal part"},
		{in: "-", reason: "no digits"},
		{in: "+5.000", reason: "no plus sign before an amount"},
		{in: "0500", reason: "leading zero, even ungrouped (the general number parser allows it)"},
		{in: "1,234", frac: true, reason: "a comma before three digits may be English grouping"},
		{in: "1.234,567", frac: true, want: "1234.567", reason: "after dot grouping the comma can only be decimal"},
	}
	for _, tt := range tests {
		name := tt.in
		if tt.frac {
			name += "/fraction"
		}
		t.Run(name, func(t *testing.T) {
			parse := contribution.ParseDong
			if tt.frac {
				parse = contribution.ParseDongFraction
			}
			got, err := parse(tt.in)
			if tt.want == "" {
				if !errors.Is(err, thidua.ErrInvalid) {
					t.Fatalf("parse(%q) = %s, %v; want ErrInvalid (%s)", tt.in, got, err, tt.reason)
				}
				return
			}
			if err != nil {
				t.Fatalf("parse(%q): %v (%s)", tt.in, err, tt.reason)
			}
			if !got.Equal(decimal.RequireFromString(tt.want)) {
				t.Errorf("parse(%q) = %s, want %s (%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

func TestFormatDong(t *testing.T) {
	tests := []struct{ in, want string }{
		{"50350000", "50.350.000 đồng"},
		{"110000000", "110.000.000 đồng"},
		{"999", "999 đồng"},
		{"1000", "1.000 đồng"},
		{"0", "0 đồng"},
		{"-7000000", "-7.000.000 đồng"},
		{"1234.50", "1.234,5 đồng"},
		{"98765432109876543210", "98.765.432.109.876.543.210 đồng"},
	}
	for _, tt := range tests {
		if got := contribution.FormatDong(decimal.RequireFromString(tt.in)); got != tt.want {
			t.Errorf("FormatDong(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseDong(f *testing.F) {
	for _, s := range []string{"50.000.000", "50.000.000 đồng", "1.234,5", "50,000,000", "1.23.4", "-1", "0,001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := contribution.ParseDongFraction(s)
		if err != nil {
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		back, err := contribution.ParseDongFraction(contribution.FormatDong(d))
		if err != nil || !back.Equal(d) {
			t.Fatalf("%q → %s → %q → %s, %v", s, d, contribution.FormatDong(d), back, err)
		}
		if whole, err := contribution.ParseDong(s); err == nil && !whole.Equal(d) {
			t.Fatalf("ParseDong(%q) = %s, ParseDongFraction = %s", s, whole, d)
		}
	})
}

func FuzzFormatDong(f *testing.F) {
	f.Add(int64(50350000), int32(0))
	f.Add(int64(-12345), int32(-2))
	f.Fuzz(func(t *testing.T, v int64, exp int32) {
		exp = exp % 20
		d := decimal.New(v, exp)
		back, err := contribution.ParseDongFraction(contribution.FormatDong(d))
		if err != nil || !back.Equal(d) {
			// Three decimals without a dot group are ambiguous by design.
			if err != nil && d.Abs().GreaterThanOrEqual(decimal.NewFromInt(1)) && d.Abs().LessThan(decimal.NewFromInt(1000)) && !d.IsInteger() {
				return
			}
			t.Fatalf("%s → %q → %s, %v", d, contribution.FormatDong(d), back, err)
		}
	})
}

// TestSplitProperty: the parts always add up to the whole, and each part is
// within one unit of its exact share.
func TestSplitProperty(t *testing.T) {
	prop := func(v int64, exp uint8, ws []uint16) bool {
		amount := decimal.New(v, -int32(exp%4))
		weights := make([]int64, 0, len(ws)+1)
		var total int64
		for _, w := range ws {
			weights = append(weights, int64(w))
			total += int64(w)
		}
		if total == 0 {
			weights = append(weights, 1)
			total = 1
		}
		parts, err := contribution.Split(amount, weights...)
		if err != nil {
			t.Logf("Split: %v", err)
			return false
		}
		sum := decimal.Zero
		unit := decimal.New(1, min(amount.Exponent(), 0))
		for i, p := range parts {
			sum = sum.Add(p)
			exact := amount.Mul(decimal.NewFromInt(weights[i])).DivRound(decimal.NewFromInt(total), 30)
			if p.Sub(exact).Abs().GreaterThanOrEqual(unit) {
				t.Logf("part %d = %s, exact share %s", i, p, exact)
				return false
			}
			if p.Exponent() < amount.Exponent() && amount.Exponent() <= 0 {
				t.Logf("part %s finer than the amount %s", p, amount)
				return false
			}
		}
		return sum.Equal(amount)
	}
	if err := quick.Check(prop, &quick.Config{MaxCount: 2000}); err != nil {
		t.Error(err)
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name    string
		amount  string
		weights []int64
		want    []string
	}{
		{"three ways", "110000000", []int64{1, 1, 1}, []string{"36666667", "36666667", "36666666"}},
		{"by weight", "100", []int64{1, 2, 3}, []string{"17", "33", "50"}},
		{"zero weight gets nothing", "10", []int64{0, 1}, []string{"0", "10"}},
		{"negative amount", "-10", []int64{1, 1, 1}, []string{"-4", "-3", "-3"}},
		{"tenths", "1", []int64{1, 2}, []string{"0", "1"}},
		{"keeps fractions", "1.0", []int64{1, 2}, []string{"0.3", "0.7"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := contribution.Split(decimal.RequireFromString(tt.amount), tt.weights...)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d parts, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if !got[i].Equal(decimal.RequireFromString(tt.want[i])) {
					t.Errorf("part %d = %s, want %s", i, got[i], tt.want[i])
				}
			}
		})
	}
	for _, bad := range [][]int64{nil, {0, 0}, {1, -1}} {
		if _, err := contribution.Split(decimal.NewFromInt(10), bad...); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("Split(10, %v) error = %v, want ErrInvalid", bad, err)
		}
	}
	if _, err := contribution.SplitEven(decimal.NewFromInt(10), 0); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("SplitEven(10, 0) error = %v, want ErrInvalid", err)
	}
	parts, err := contribution.SplitEven(decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 100), 0), 7)
	if err != nil || !decimal.Sum(parts[0], parts[1:]...).Equal(decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 100), 0)) {
		t.Errorf("SplitEven(2^100, 7) lost đồng: %v", err)
	}
}
