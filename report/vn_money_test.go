package report_test

import (
	"errors"
	"strings"
	"testing"
	"text/template"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report"
)

func TestFormatMoney(t *testing.T) {
	tests := []struct {
		reason string
		got    string
		want   string
	}{
		{"seed article", report.FormatMoney(dec("50000000")), "50.000.000 đồng"},
		{"seed article 2", report.FormatMoney(dec("110000000")), "110.000.000 đồng"},
		{"zero", report.FormatMoney(decimal.Zero), "0 đồng"},
		{"in triệu, exact", report.FormatMoneyIn(dec("420520000"), report.UnitTrieu), "420,52 triệu đồng"},
		{"in tỷ, exact", report.FormatMoneyIn(dec("266732000000"), report.UnitTy), "266,732 tỷ đồng"},
		{"in nghìn tỷ, exact", report.FormatMoneyIn(dec("1475000000000"), report.UnitNghinTy), "1,475 nghìn tỷ đồng"},
		{"in nghìn", report.FormatMoneyIn(dec("1500"), report.UnitNghin), "1,5 nghìn đồng"},
		{"in đồng", report.FormatMoneyIn(dec("1500"), report.UnitDong), "1.500 đồng"},
		{"unknown unit counts as đồng", report.FormatMoneyIn(dec("1500"), report.MoneyUnit(9)), "1.500 đồng"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestFormatMoneyApprox(t *testing.T) {
	step10m := dec("10000000")
	tests := []struct {
		reason string
		amount string
		o      report.MoneyOptions
		want   string
	}{
		{"seed article: hơn with a step", "50350000", report.MoneyOptions{Bound: report.BoundAtLeast, Step: step10m}, "hơn 50.000.000 đồng"},
		{"no hơn when the figure is exact", "50000000", report.MoneyOptions{Bound: report.BoundAtLeast, Step: step10m}, "50.000.000 đồng"},
		{"hơn in triệu", "50350000", report.MoneyOptions{Bound: report.BoundAtLeast, Unit: report.UnitTrieu}, "hơn 50 triệu đồng"},
		{"hơn 20 triệu", "20900000", report.MoneyOptions{Bound: report.BoundAtLeast, Unit: report.UnitTrieu}, "hơn 20 triệu đồng"},
		{"no hơn when exact in the unit", "20000000", report.MoneyOptions{Bound: report.BoundAtLeast, Unit: report.UnitTrieu}, "20 triệu đồng"},
		{"hơn with places", "420523000", report.MoneyOptions{Bound: report.BoundAtLeast, Unit: report.UnitTrieu, Places: 2}, "hơn 420,52 triệu đồng"},
		{"lower bound exact with places", "420520000", report.MoneyOptions{Bound: report.BoundAtLeast, Unit: report.UnitTrieu, Places: 2}, "420,52 triệu đồng"},
		{"trailing zeros dropped", "420500000", report.MoneyOptions{Bound: report.BoundAtLeast, Unit: report.UnitTrieu, Places: 2}, "420,5 triệu đồng"},
		{"hơn in tỷ", "266732500000", report.MoneyOptions{Bound: report.BoundAtLeast, Unit: report.UnitTy, Places: 3}, "hơn 266,732 tỷ đồng"},
		{"hơn in nghìn tỷ", "1475900000000", report.MoneyOptions{Bound: report.BoundAtLeast, Unit: report.UnitNghinTy, Places: 3}, "hơn 1,475 nghìn tỷ đồng"},
		{"gần rounds up", "49800000", report.MoneyOptions{Bound: report.BoundAtMost, Step: step10m}, "gần 50.000.000 đồng"},
		{"gần in triệu", "49800000", report.MoneyOptions{Bound: report.BoundAtMost, Unit: report.UnitTrieu}, "gần 50 triệu đồng"},
		{"no gần when exact", "50000000", report.MoneyOptions{Bound: report.BoundAtMost, Unit: report.UnitTrieu}, "50 triệu đồng"},
		{"step in a unit", "50350000", report.MoneyOptions{Bound: report.BoundAtLeast, Unit: report.UnitTrieu, Step: dec("500000")}, "hơn 50 triệu đồng"},
		{"step keeps needed decimals", "50750000", report.MoneyOptions{Bound: report.BoundAtLeast, Unit: report.UnitTrieu, Step: dec("500000")}, "hơn 50,5 triệu đồng"},
		{"exact ignores places", "420523000", report.MoneyOptions{Unit: report.UnitTrieu, Places: 1}, "420,523 triệu đồng"},
		{"zero options: exact đồng", "50350000", report.MoneyOptions{}, "50.350.000 đồng"},
		{"bounds are numeric for negatives", "-50350000", report.MoneyOptions{Bound: report.BoundAtLeast, Step: step10m}, "hơn -60.000.000 đồng"},
		{"amount below the step", "3500000", report.MoneyOptions{Bound: report.BoundAtLeast, Step: step10m}, "hơn 0 đồng"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			got, err := report.FormatMoneyApprox(dec(tt.amount), tt.o)
			if err != nil {
				t.Fatalf("FormatMoneyApprox(%s, %+v): %v", tt.amount, tt.o, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FormatMoneyApprox(%s, %+v) (-want +got):\n%s", tt.amount, tt.o, diff)
			}
		})
	}
}

func TestFormatMoneyApproxRejects(t *testing.T) {
	tests := []struct {
		reason string
		o      report.MoneyOptions
		field  string
	}{
		{"unknown unit", report.MoneyOptions{Unit: report.MoneyUnit(7)}, "Unit"},
		{"unknown bound", report.MoneyOptions{Bound: report.Bound(5)}, "Bound"},
		{"negative places", report.MoneyOptions{Bound: report.BoundAtLeast, Places: -1}, "Places"},
		{"negative step", report.MoneyOptions{Bound: report.BoundAtLeast, Step: dec("-1000")}, "Step"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			got, err := report.FormatMoneyApprox(dec("1000"), tt.o)
			var e *thidua.Error
			if !errors.Is(err, thidua.ErrInvalid) || !errors.As(err, &e) {
				t.Fatalf("FormatMoneyApprox(%+v) = %q, %v; want *thidua.Error wrapping ErrInvalid", tt.o, got, err)
			}
			if e.Field != tt.field {
				t.Errorf("error field = %q, want %q", e.Field, tt.field)
			}
		})
	}
}

func TestMoneyWords(t *testing.T) {
	tests := []struct {
		reason string
		got    string
		want   string
	}{
		{"doc example", report.MoneyWords(dec("75230000")), "Bảy mươi lăm triệu, hai trăm ba mươi nghìn đồng"},
		{"seed amount", report.MoneyWords(dec("50000000")), "Năm mươi triệu đồng"},
		{"one thousand and five", report.MoneyWords(dec("1005")), "Một nghìn, không trăm lẻ năm đồng"},
		{"zero", report.MoneyWords(decimal.Zero), "Không đồng"},
		{"without commas", report.MoneyWordsWith(dec("75230000"), report.WordOptions{Capitalize: true}), "Bảy mươi lăm triệu hai trăm ba mươi nghìn đồng"},
		{"with figures", report.FormatMoneyWithWords(dec("75230000")), "75.230.000 đồng (Bảy mươi lăm triệu, hai trăm ba mươi nghìn đồng)"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestMoneyUnit(t *testing.T) {
	tests := []struct {
		in   string
		want report.MoneyUnit
	}{
		{"đồng", report.UnitDong},
		{"nghìn", report.UnitNghin},
		{"ngàn đồng", report.UnitNghin},
		{"triệu", report.UnitTrieu},
		{"Triệu đồng", report.UnitTrieu},
		{"tỷ", report.UnitTy},
		{"tỉ", report.UnitTy},
		{"nghìn  tỷ đồng", report.UnitNghinTy},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := report.ParseMoneyUnit(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseMoneyUnit(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
			back, err := report.ParseMoneyUnit(got.String())
			if err != nil || back != got {
				t.Errorf("ParseMoneyUnit(%q) = %v, %v", got.String(), back, err)
			}
		})
	}
	for _, in := range []string{"VND", "", "   ", "\u200b", "đồng đồng", "tỷ tỷ"} {
		if u, err := report.ParseMoneyUnit(in); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("ParseMoneyUnit(%q) = %v, %v; want ErrInvalid", in, u, err)
		}
	}
}

// TestMoneyNgan checks the "ngàn" variant of units, as the words have it:
// "1,475 ngàn tỷ đồng" is as correct as "1,475 nghìn tỷ đồng", and a text
// keeps the writer's spelling, through the options and the templates.
func TestMoneyNgan(t *testing.T) {
	amount := decimal.RequireFromString("1475000000000000")
	for _, tc := range []struct {
		o    report.MoneyOptions
		want string
	}{
		{report.MoneyOptions{Unit: report.UnitNghinTy}, "1.475 nghìn tỷ đồng"},
		{report.MoneyOptions{Unit: report.UnitNghinTy, Ngan: true}, "1.475 ngàn tỷ đồng"},
		{report.MoneyOptions{Unit: report.UnitNghinTy, Ngan: true, Ti: true}, "1.475 ngàn tỉ đồng"},
		{report.MoneyOptions{Unit: report.UnitNghin, Ngan: true}, "1.475.000.000.000 ngàn đồng"},
		{report.MoneyOptions{Unit: report.UnitTrieu, Ngan: true}, "1.475.000.000 triệu đồng"},
	} {
		got, err := report.FormatMoneyApprox(amount, tc.o)
		if err != nil || got != tc.want {
			t.Errorf("FormatMoneyApprox(%+v) = %q, %v; want %q", tc.o, got, err, tc.want)
		}
	}
	// 1,475 nghìn tỷ: the figure as units publish it.
	got, err := report.FormatMoneyApprox(decimal.RequireFromString("1475000000000"), report.MoneyOptions{Unit: report.UnitNghinTy, Ngan: true})
	if err != nil || got != "1,475 ngàn tỷ đồng" {
		t.Errorf("1.475 tỷ in ngàn tỷ = %q, %v", got, err)
	}
	for _, name := range []string{"ngàn tỷ đồng", "Ngàn tỷ", "ngàn"} {
		if !report.SpelledNgan(name) {
			t.Errorf("SpelledNgan(%q) = false", name)
		}
		if _, err := report.ParseMoneyUnit(name); err != nil {
			t.Errorf("ParseMoneyUnit(%q): %v", name, err)
		}
	}
	if report.SpelledNgan("nghìn tỷ") {
		t.Error(`SpelledNgan("nghìn tỷ") = true`)
	}
	// The template keeps the spelling of the unit it is given.
	var b strings.Builder
	tmpl := template.Must(template.New("t").Funcs(report.Funcs()).Parse(`{{moneyIn .A "ngàn tỷ"}}; {{moneyIn .A "nghìn tỷ"}}`))
	if err := tmpl.Execute(&b, map[string]any{"A": decimal.RequireFromString("1475000000000")}); err != nil {
		t.Fatal(err)
	}
	if want := "1,475 ngàn tỷ đồng; 1,475 nghìn tỷ đồng"; b.String() != want {
		t.Errorf("template = %q, want %q", b.String(), want)
	}
}
