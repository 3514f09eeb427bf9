package report_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report"
)

// TestParseMoney: amounts as official text and the press write them, the
// values written out by hand.
func TestParseMoney(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"1,475 ngàn tỷ đồng", "1475000000000"},
		{"1,475 nghìn tỷ đồng", "1475000000000"},
		{"1,475 nghìn tỉ đồng", "1475000000000"},
		{"1,475 ngàn tỉ", "1475000000000"},
		{"1,5 tỉ đồng", "1500000000"},
		{"1,5 tỷ đồng", "1500000000"},
		{"420,52 triệu đồng", "420520000"},
		{"420,520 triệu đồng", "420520000"},
		{"50.000.000 đồng", "50000000"},
		{"50.000.000đồng", "50000000"},
		{"50.000.000", "50000000"},
		{"  12 nghìn  đồng ", "12000"},
		{"3 Triệu Đồng", "3000000"},
		{"-2,5 triệu đồng", "-2500000"},
		{"0,125 đồng", "0.125"},
	} {
		got, err := report.ParseMoney(tt.in)
		if err != nil || !got.Equal(decimal.RequireFromString(tt.want)) {
			t.Errorf("ParseMoney(%q) = %s, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{
		"", "đồng", "1,001 đồng", "1,001", "50,000,000 đồng", "1.5 triệu đồng", "5 trăm đồng", "5 USD",
		"1,5 tỷ tỷ đồng", "1 đồng đồng", "1,475 ngàn tỷ\xff", "tỷ 5",
	} {
		if got, err := report.ParseMoney(in); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("ParseMoney(%q) = %s, %v; want ErrInvalid", in, got, err)
		}
	}
}

// FuzzMoneyRoundTrip: whatever FormatMoneyIn writes, in any unit and either
// spelling, ParseMoney reads back to the same amount.
func FuzzMoneyRoundTrip(f *testing.F) {
	f.Add(int64(1475), int32(12), uint8(4), true, false)
	f.Add(int64(42052), int32(4), uint8(2), false, true)
	f.Add(int64(-125), int32(-3), uint8(0), false, false)
	f.Fuzz(func(t *testing.T, v int64, exp int32, unit uint8, ngan, ti bool) {
		d := decimal.New(v, exp%40)
		u := report.MoneyUnit(unit % 5)
		o := report.MoneyOptions{Unit: u, Ngan: ngan, Ti: ti}
		s, err := report.FormatMoneyApprox(d, o)
		if err != nil {
			t.Fatal(err)
		}
		got, err := report.ParseMoney(s)
		if u == report.UnitDong && ambiguousDong(d) && errors.Is(err, thidua.ErrInvalid) {
			return
		}
		if err != nil || !got.Equal(d) {
			t.Fatalf("%s in %s: %q → %s, %v", d, u, s, got, err)
		}
	})
}

// FuzzParseMoney: every refusal wraps ErrInvalid; an accepted amount
// written in đồng reads back the same; a figure with no unit reads as
// ParseNumber reads it.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"1,475 ngàn tỷ đồng", "50.000.000 đồng", "1,001", "1,5 tỉ", "-0,5 triệu đồng", "12 nghìn"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := report.ParseMoney(s)
		if err != nil {
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("ParseMoney(%q) error %v does not wrap ErrInvalid", s, err)
			}
			return
		}
		if n, nerr := report.ParseNumber(s); nerr == nil && !n.Equal(d) {
			t.Fatalf("ParseMoney(%q) = %s, ParseNumber = %s", s, d, n)
		}
		w := report.FormatMoneyIn(d, report.UnitDong)
		if back, err := report.ParseMoney(w); (err != nil || !back.Equal(d)) && !(ambiguousDong(d) && errors.Is(err, thidua.ErrInvalid)) {
			t.Fatalf("ParseMoney(%q) = %s; written %q → %s, %v", s, d, w, back, err)
		}
	})
}

// ambiguousDong reports whether d is written in đồng in the one form the
// number rules refuse: 1 to 999 with exactly three decimals ("12,125").
func ambiguousDong(d decimal.Decimal) bool {
	a := d.Abs()
	return a.GreaterThanOrEqual(decimal.NewFromInt(1)) && a.LessThan(decimal.NewFromInt(1000)) &&
		!a.Mul(decimal.NewFromInt(100)).IsInteger() && a.Mul(decimal.NewFromInt(1000)).IsInteger()
}

func ExampleParseMoney() {
	for _, s := range []string{"1,475 ngàn tỷ đồng", "1,5 tỉ đồng", "50.000.000 đồng"} {
		d, err := report.ParseMoney(s)
		if err != nil {
			panic(err)
		}
		fmt.Println(report.FormatMoney(d))
	}
	_, err := report.ParseMoney("1,001 đồng")
	fmt.Println(err != nil)
	// Output:
	// 1.475.000.000.000 đồng
	// 1.500.000.000 đồng
	// 50.000.000 đồng
	// true
}

// FuzzParseMoneyUnit: every refusal wraps ErrInvalid; an accepted unit
// reads back from each of its spellings (nghìn/ngàn, tỷ/tỉ, with and
// without "đồng"), and the spelling detectors agree with what was written.
func FuzzParseMoneyUnit(f *testing.F) {
	for _, s := range []string{"đồng", "nghìn", "ngàn đồng", "triệu", "tỉ đồng", "nghìn tỷ", "NGÀN TỈ ĐỒNG", "", "  ", "tỷ tỷ", "đồng đồng"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := report.ParseMoneyUnit(s)
		if err != nil {
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("ParseMoneyUnit(%q) error %v does not wrap ErrInvalid", s, err)
			}
			return
		}
		for _, ngan := range []bool{false, true} {
			for _, ti := range []bool{false, true} {
				w := u.SpelledWith(ngan, ti)
				for _, form := range []string{w, strings.TrimSuffix(w, " đồng")} {
					if form == "" {
						continue
					}
					back, err := report.ParseMoneyUnit(form)
					if err != nil || back != u {
						t.Fatalf("ParseMoneyUnit(%q) = %s; its spelling %q reads %s, %v", s, u, form, back, err)
					}
				}
				if u == report.UnitNghinTy && (report.SpelledNgan(w) != ngan || report.SpelledTi(w) != ti) {
					t.Fatalf("%q: SpelledNgan = %v, SpelledTi = %v; want %v, %v", w, report.SpelledNgan(w), report.SpelledTi(w), ngan, ti)
				}
			}
		}
	})
}
