package report_test

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/unicode/norm"

	"github.com/thidua-go/thidua/report"
)

// The expected readings below are written by hand from the rules in
// VIETNAMESE.md ("Number words"), not produced by the code.
func TestWordsInt(t *testing.T) {
	tests := []struct {
		reason string
		n      int64
		want   string
	}{
		{"zero", 0, "không"},
		{"one digit", 7, "bảy"},
		{"ten alone", 10, "mười"},
		{"11 is mười một, never mốt", 11, "mười một"},
		{"14 is mười bốn, never tư after mười", 14, "mười bốn"},
		{"15 is mười lăm", 15, "mười lăm"},
		{"20 without units", 20, "hai mươi"},
		{"21 takes mốt after mươi", 21, "hai mươi mốt"},
		{"24 takes tư after mươi", 24, "hai mươi tư"},
		{"25 takes lăm after mươi", 25, "hai mươi lăm"},
		{"45", 45, "bốn mươi lăm"},
		{"51", 51, "năm mươi mốt"},
		{"99", 99, "chín mươi chín"},
		{"100", 100, "một trăm"},
		{"101 lẻ một, never mốt", 101, "một trăm lẻ một"},
		{"104 lẻ bốn, never tư", 104, "một trăm lẻ bốn"},
		{"105 lẻ năm, never lăm after lẻ", 105, "một trăm lẻ năm"},
		{"110", 110, "một trăm mười"},
		{"115", 115, "một trăm mười lăm"},
		{"999", 999, "chín trăm chín mươi chín"},
		{"1000", 1000, "một nghìn"},
		{"1001 reads không trăm lẻ", 1001, "một nghìn không trăm lẻ một"},
		{"1005", 1005, "một nghìn không trăm lẻ năm"},
		{"1010", 1010, "một nghìn không trăm mười"},
		{"1015", 1015, "một nghìn không trăm mười lăm"},
		{"2024 example", 2024, "hai nghìn không trăm hai mươi tư"},
		{"10.000", 10_000, "mười nghìn"},
		{"15.000", 15_000, "mười lăm nghìn"},
		{"100.000", 100_000, "một trăm nghìn"},
		{"1.000.000", 1_000_000, "một triệu"},
		{"1.000.001 skips the empty thousands", 1_000_001, "một triệu không trăm lẻ một"},
		{"1.000.024 example", 1_000_024, "một triệu không trăm hai mươi tư"},
		{"2.001.000 example", 2_001_000, "hai triệu không trăm lẻ một nghìn"},
		{"50.000.000", 50_000_000, "năm mươi triệu"},
		{"75.230.000", 75_230_000, "bảy mươi lăm triệu hai trăm ba mươi nghìn"},
		{"1.000.000.000", 1_000_000_000, "một tỷ"},
		{"1.000.000.001 example", 1_000_000_001, "một tỷ không trăm lẻ một"},
		{"1.234.567.890.123 example, groups repeat above a billion", 1_234_567_890_123,
			"một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm hai mươi ba"},
		{"10^12", 1_000_000_000_000, "một nghìn tỷ"},
		{"10^15", 1_000_000_000_000_000, "một triệu tỷ"},
		{"10^15 + 1", 1_000_000_000_000_001, "một triệu tỷ không trăm lẻ một"},
		{"10^18", 1_000_000_000_000_000_000, "một tỷ tỷ"},
		{"10^18 + 10^9", 1_000_000_001_000_000_000, "một tỷ không trăm lẻ một tỷ"},
		{"max int64", math.MaxInt64, "chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ " +
			"tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm lẻ bảy"},
		{"min int64 does not overflow", math.MinInt64, "âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ " +
			"tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm lẻ tám"},
		{"negative starts with âm", -21, "âm hai mươi mốt"},
		{"negative thousand", -1005, "âm một nghìn không trăm lẻ năm"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, report.Words(tt.n)); diff != "" {
				t.Errorf("Words(%d) (-want +got):\n%s", tt.n, diff)
			}
			// The decimal path is the same reading.
			if diff := cmp.Diff(tt.want, report.DecimalWords(decimal.NewFromInt(tt.n))); diff != "" {
				t.Errorf("DecimalWords(%d) (-want +got):\n%s", tt.n, diff)
			}
		})
	}
}

func TestDecimalWords(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   string
	}{
		{"12,5", "12.5", "mười hai phẩy năm"},
		{"0,05 reads the zero", "0.05", "không phẩy không năm"},
		{"3,14 two decimals read as a number", "3.14", "ba phẩy mười bốn"},
		{"0,25", "0.25", "không phẩy hai mươi lăm"},
		{"1,005 three decimals read as a group", "1.005", "một phẩy không trăm lẻ năm"},
		{"1,125", "1.125", "một phẩy một trăm hai mươi lăm"},
		{"four decimals digit by digit", "0.1234", "không phẩy một hai ba bốn"},
		{"trailing zeros are not read", "12.50", "mười hai phẩy năm"},
		{"negative decimal", "-0.5", "âm không phẩy năm"},
		{"10^30, beyond int64", "1000000000000000000000000000000", "một nghìn tỷ tỷ tỷ"},
		{"10^21 + 5", "1000000000000000000005", "một nghìn tỷ tỷ không trăm lẻ năm"},
		{"large exponent", "1e9", "một tỷ"},
		{"negative zero fraction", "-0.000", "không"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			d := decimal.RequireFromString(tt.in)
			if diff := cmp.Diff(tt.want, report.DecimalWords(d)); diff != "" {
				t.Errorf("DecimalWords(%s) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestWordOptions(t *testing.T) {
	tests := []struct {
		reason string
		o      report.WordOptions
		in     string
		want   string
	}{
		{"linh", report.WordOptions{Linh: true}, "105", "một trăm linh năm"},
		{"linh inside a number", report.WordOptions{Linh: true}, "2001000", "hai triệu không trăm linh một nghìn"},
		{"bốn after mươi", report.WordOptions{Bon: true}, "24", "hai mươi bốn"},
		{"bốn leaves 14 alone", report.WordOptions{Bon: true}, "14", "mười bốn"},
		{"nhăm after mươi", report.WordOptions{Nham: true}, "25", "hai mươi nhăm"},
		{"nhăm not after mười", report.WordOptions{Nham: true}, "15", "mười lăm"},
		{"nhăm never after lẻ", report.WordOptions{Nham: true}, "105", "một trăm lẻ năm"},
		{"ngàn", report.WordOptions{Ngan: true}, "1000", "một ngàn"},
		{"tỉ", report.WordOptions{Ti: true}, "1000000001", "một tỉ không trăm lẻ một"},
		{"chấm", report.WordOptions{Cham: true}, "12.5", "mười hai chấm năm"},
		{"capitalised multi-byte letter", report.WordOptions{Capitalize: true}, "-1", "Âm một"},
		{"capitalised", report.WordOptions{Capitalize: true}, "1", "Một"},
		{"capitalised zero", report.WordOptions{Capitalize: true}, "0", "Không"},
		{"comma between groups", report.WordOptions{GroupSeparator: ","}, "75230000", "bảy mươi lăm triệu, hai trăm ba mươi nghìn"},
		{"comma after tỷ", report.WordOptions{GroupSeparator: ","}, "1000000001", "một tỷ, không trăm lẻ một"},
		{"comma skips empty groups", report.WordOptions{GroupSeparator: ","}, "1000000000000000000", "một tỷ tỷ"},
		{"all variants", report.WordOptions{Linh: true, Bon: true, Nham: true, Ngan: true, Ti: true, Cham: true, Capitalize: true},
			"1234567894.25", "Một tỉ hai trăm ba mươi bốn triệu năm trăm sáu mươi bảy ngàn tám trăm chín mươi bốn chấm hai mươi nhăm"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.o.Decimal(decimal.RequireFromString(tt.in))); diff != "" {
				t.Errorf("%+v.Decimal(%s) (-want +got):\n%s", tt.o, tt.in, diff)
			}
		})
	}
}

func TestWordOptionsIntAndAppend(t *testing.T) {
	o := report.WordOptions{Capitalize: true}
	if diff := cmp.Diff("Âm chín", o.Int(-9)); diff != "" {
		t.Errorf("Int(-9) (-want +got):\n%s", diff)
	}
	got := string(o.AppendInt([]byte("Bằng chữ: "), 105))
	if diff := cmp.Diff("Bằng chữ: Một trăm lẻ năm", got); diff != "" {
		t.Errorf("AppendInt (-want +got):\n%s", diff)
	}
}

func TestDigits(t *testing.T) {
	got, ok := report.WordOptions{}.Digits("0001005")
	if !ok || got != "một nghìn không trăm lẻ năm" {
		t.Errorf(`Digits("0001005") = %q, %v`, got, ok)
	}
	for _, bad := range []string{"", "12a", "-5", "1.5"} {
		if got, ok := (report.WordOptions{}).Digits(bad); ok {
			t.Errorf("Digits(%q) = %q, want not ok", bad, got)
		}
	}
}

// checkReading asserts the properties every reading has.
func checkReading(t *testing.T, in, s string) {
	t.Helper()
	switch {
	case s == "":
		t.Fatalf("reading of %s is empty", in)
	case !utf8.ValidString(s):
		t.Fatalf("reading of %s is not UTF-8: %q", in, s)
	case !norm.NFC.IsNormalString(s):
		t.Fatalf("reading of %s is not NFC: %q", in, s)
	case strings.Contains(s, "  ") || strings.TrimSpace(s) != s:
		t.Fatalf("reading of %s has stray spaces: %q", in, s)
	case strings.Contains(s, "lẻ lăm") || strings.Contains(s, "mười mốt"):
		t.Fatalf("reading of %s breaks a rule: %q", in, s)
	}
}

func FuzzWordsInt(f *testing.F) {
	for _, n := range []int64{0, 1, 10, 11, 15, 21, 24, 25, 105, 1005, 2001000, 1_000_000_001, math.MaxInt64, math.MinInt64, -1} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int64) {
		s := report.Words(n)
		checkReading(t, decimal.NewFromInt(n).String(), s)
		if (n < 0) != strings.HasPrefix(s, "âm ") {
			t.Fatalf("Words(%d) = %q: sign", n, s)
		}
		if d := report.DecimalWords(decimal.NewFromInt(n)); d != s {
			t.Fatalf("Words(%d) = %q but DecimalWords = %q", n, s, d)
		}
		o := report.WordOptions{Linh: true, Bon: true, Nham: true, Ngan: true, Ti: true, Capitalize: true, GroupSeparator: ","}
		checkReading(t, decimal.NewFromInt(n).String(), o.Int(n))
	})
}

func FuzzDecimalWords(f *testing.F) {
	for _, s := range []string{"0", "12.5", "0.05", "-3.14", "1.005", "1e30", "123456789012345678901234567890.123456"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, err := decimal.NewFromString(in)
		if err != nil || d.Exponent() > 200 || d.Exponent() < -200 || len(d.Coefficient().String()) > 200 {
			t.Skip()
		}
		checkReading(t, in, report.DecimalWords(d))
		checkReading(t, in, report.WordOptions{Cham: true, Capitalize: true, GroupSeparator: ";"}.Decimal(d))
	})
}

// benchSink keeps benchmark results alive so that the strings escape as
// they do for real callers.
var benchSink string

func BenchmarkWordsInt64(b *testing.B) {
	nums := []int64{105, 2024, 75_230_000, 1_234_567_890_123, math.MaxInt64, math.MinInt64}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		benchSink = report.Words(nums[i%len(nums)])
	}
}

func BenchmarkWordsMaxInt64(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		benchSink = report.Words(math.MaxInt64)
	}
}

func BenchmarkWordsInt64Options(b *testing.B) {
	o := report.WordOptions{Linh: true, Capitalize: true, GroupSeparator: ","}
	b.ReportAllocs()
	for b.Loop() {
		benchSink = o.Int(-1_234_567_890_123)
	}
}

func BenchmarkDecimalWords(b *testing.B) {
	d := decimal.RequireFromString("1234567890123456789012345.678")
	b.ReportAllocs()
	for b.Loop() {
		benchSink = report.DecimalWords(d)
	}
}

// TestConcurrentUse runs the formatters from many goroutines; with -race it
// checks that they share no mutable state.
func TestConcurrentUse(t *testing.T) {
	o := report.WordOptions{Linh: true, Capitalize: true, GroupSeparator: ","}
	want := report.Words(1_234_567) + "|" + o.Int(-105) + "|" + report.MoneyWords(decimal.NewFromInt(75_230_000)) +
		"|" + report.FormatDecimal(decimal.RequireFromString("1234.5"))
	done := make(chan string)
	for range 8 {
		go func() {
			var got string
			for range 200 {
				got = report.Words(1_234_567) + "|" + o.Int(-105) + "|" + report.MoneyWords(decimal.NewFromInt(75_230_000)) +
					"|" + report.FormatDecimal(decimal.RequireFromString("1234.5"))
			}
			done <- got
		}()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("concurrent result %q, want %q", got, want)
		}
	}
}
