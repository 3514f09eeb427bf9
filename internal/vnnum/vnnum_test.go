package vnnum

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// Expected forms come from VIETNAMESE.md §Numbers and §Counts.

func TestFormatInt(t *testing.T) {
	tests := []struct {
		name   string
		n      int64
		want   string
		reason string
	}{
		{"zero", 0, "0", "no grouping below 1.000"},
		{"hundreds", 999, "999", "no grouping below 1.000"},
		{"thousand", 1000, "1.000", "a dot groups thousands"},
		{"millions", 50_350_000, "50.350.000", "the seed article's figure"},
		{"negative", -5000, "-5.000", "sign before the grouped digits"},
		{"min int64", math.MinInt64, "-9.223.372.036.854.775.808", "exact at the smallest int64"},
		{"max int64", math.MaxInt64, "9.223.372.036.854.775.807", "exact at the largest int64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, FormatInt(tt.n)); diff != "" {
				t.Errorf("FormatInt(%d) (-want +got) (%s):\n%s", tt.n, tt.reason, diff)
			}
		})
	}
}

func TestFormatDecimal(t *testing.T) {
	tests := []struct {
		name, in, want, wantDong string
		reason                   string
	}{
		{"grouped with decimals", "1234567.89", "1.234.567,89", "1.234.567,89 đồng", "dots group, a comma starts decimals"},
		{"trailing zero dropped", "12.50", "12,5", "12,5 đồng", "exact value, no trailing zeros"},
		{"small fraction", "0.05", "0,05", "0,05 đồng", "leading zero kept"},
		{"negative", "-110000000", "-110.000.000", "-110.000.000 đồng", "a reversal's amount"},
		{"negative zero", "-0.000", "0", "0 đồng", "no -0"},
		{"positive exponent", "5e3", "5.000", "5.000 đồng", "written from the digits, not the exponent"},
		{"beyond int64", "98765432109876543210", "98.765.432.109.876.543.210", "98.765.432.109.876.543.210 đồng", "any size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decimal.RequireFromString(tt.in)
			if diff := cmp.Diff(tt.want, FormatDecimal(d)); diff != "" {
				t.Errorf("FormatDecimal(%s) (-want +got) (%s):\n%s", tt.in, tt.reason, diff)
			}
			if diff := cmp.Diff(tt.wantDong, FormatDong(d)); diff != "" {
				t.Errorf("FormatDong(%s) (-want +got) (%s):\n%s", tt.in, tt.reason, diff)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    Number
		wantErr bool
		reason  string
	}{
		{in: "1.234.567,89", want: Number{Int: "1234567", Frac: "89", Grouped: true, HasComma: true}, reason: "the full form"},
		{in: "50000000", want: Number{Int: "50000000"}, reason: "plain digits"},
		{in: "-0,05", want: Number{Sign: '-', Int: "0", Frac: "05", HasComma: true}, reason: "sign and a fraction"},
		{in: "+7", want: Number{Sign: '+', Int: "7"}, reason: "an explicit plus is recorded for callers to judge"},
		{in: "1,2340", want: Number{Int: "1", Frac: "2340", HasComma: true}, reason: "a single comma is the decimal comma"},
		{in: "0,125", want: Number{Int: "0", Frac: "125", HasComma: true}, reason: "no English number starts 0,"},
		{in: "1.001,125", want: Number{Int: "1001", Frac: "125", Grouped: true, HasComma: true}, reason: "dot grouping shows the comma is decimal"},
		{in: "1,234", wantErr: true, reason: "a comma before three digits may be English grouping"},
		{in: "-50,000", wantErr: true, reason: "a comma before three digits may be English grouping"},
		{in: "007", want: Number{Int: "007"}, reason: "plain digits keep their zeros; callers judge leading zeros"},
		{in: "50,000,000", wantErr: true, reason: "English grouping"},
		{in: "1.5", wantErr: true, reason: "a dot that does not separate groups of three"},
		{in: "1,234.5", wantErr: true, reason: "English decimal point after a comma"},
		{in: "1.234,5.6", wantErr: true, reason: "dot after the decimal comma"},
		{in: "1234.567", wantErr: true, reason: "first group longer than three digits"},
		{in: "012.345", wantErr: true, reason: "grouped number starting with 0"},
		{in: ".123", wantErr: true, reason: "empty first group"},
		{in: "1e6", wantErr: true, reason: "no exponents"},
		{in: "1 000", wantErr: true, reason: "spaces do not group"},
		{in: "1,", wantErr: true, reason: "no digits after the comma"},
		{in: ",5", wantErr: true, reason: "no digits before the comma"},
		{in: "", wantErr: true, reason: "nothing"},
		{in: "-", wantErr: true, reason: "a sign alone"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("Parse(%q) = %+v, want an error (%s)", tt.in, got, tt.reason)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v (%s)", tt.in, err, tt.reason)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q) (-want +got) (%s):\n%s", tt.in, tt.reason, diff)
			}
		})
	}
}

func TestCount(t *testing.T) {
	tests := []struct {
		name       string
		n          int64
		classifier string
		pad        bool
		want       string
		reason     string
	}{
		{"padded", 3, "cây cầu", true, "03 cây cầu", "official summaries pad below 10"},
		{"one", 1, "tập thể", true, "01 tập thể", "§Counts example"},
		{"zero", 0, "lần", true, "00 lần", "0 is below 10"},
		{"unpadded", 3, "tập thể", false, "3 tập thể", "padding is an option"},
		{"ten", 10, "tập thể", true, "10 tập thể", "10 and above unchanged"},
		{"thousand", 1000, "cây cầu", true, "1.000 cây cầu", "thousands grouped"},
		{"negative", -3, "cây cầu", true, "-3 cây cầu", "a negative net is not padded"},
		{"number alone", 7, "", true, "07", "no classifier"},
		{"long classifier", 25, "căn nhà tình nghĩa của Hội Cựu chiến binh tỉnh Đồng Tháp", true,
			"25 căn nhà tình nghĩa của Hội Cựu chiến binh tỉnh Đồng Tháp", "longer than the stack buffer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Count(tt.n, tt.classifier, tt.pad)); diff != "" {
				t.Errorf("Count(%d, %q, %v) (-want +got) (%s):\n%s", tt.n, tt.classifier, tt.pad, tt.reason, diff)
			}
		})
	}
}

// FuzzRoundTrip checks that Parse reads back what FormatDecimal writes.
func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{"0", "1234567.89", "-0.05", "98765432109876543210.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := decimal.NewFromString(s)
		if err != nil || d.Exponent() < -1000 || d.Exponent() > 1000 {
			return
		}
		text := FormatDecimal(d)
		digits := 0
		for _, r := range text {
			if r >= '0' && r <= '9' {
				digits++
			}
		}
		if digits > MaxDigits {
			return // more digits than Parse reads: rightly refused
		}
		n, err := Parse(text)
		if err != nil {
			t.Fatalf("Parse(FormatDecimal(%s) = %q): %v", d, text, err)
		}
		back, err := n.Decimal()
		if err != nil || !back.Equal(d) {
			t.Fatalf("round trip of %s through %q gave %s, %v", d, text, back, err)
		}
	})
}

func BenchmarkCount(b *testing.B) {
	for b.Loop() {
		_ = Count(12, "cây cầu", true)
	}
}
