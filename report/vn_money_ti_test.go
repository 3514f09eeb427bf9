package report_test

import (
	"strings"
	"testing"
	"text/template"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua/report"
)

// TestMoneyTiAsWritten pins that "tỉ" and "tỷ" are both kept as the caller
// writes them: MoneyOptions.Ti in the Go API, the unit's own spelling in
// the template functions. "tỷ" stays the default.
func TestMoneyTiAsWritten(t *testing.T) {
	amount := decimal.RequireFromString("1500000000")
	tests := []struct {
		o    report.MoneyOptions
		want string
	}{
		{report.MoneyOptions{Unit: report.UnitTy}, "1,5 tỷ đồng"},
		{report.MoneyOptions{Unit: report.UnitTy, Ti: true}, "1,5 tỉ đồng"},
		{report.MoneyOptions{Unit: report.UnitTy, Bound: report.BoundAtLeast, Ti: true}, "hơn 1 tỉ đồng"},
		{report.MoneyOptions{Unit: report.UnitNghinTy, Bound: report.BoundAtMost, Ti: true}, "gần 1 nghìn tỉ đồng"},
		{report.MoneyOptions{Unit: report.UnitTrieu, Ti: true}, "1.500 triệu đồng"},
	}
	for _, tt := range tests {
		got, err := report.FormatMoneyApprox(amount, tt.o)
		if err != nil || got != tt.want {
			t.Errorf("FormatMoneyApprox(%s, %+v) = %q, %v; want %q", amount, tt.o, got, err, tt.want)
		}
	}
	const tmpl = `{{moneyIn .A "tỉ"}}; {{moneyIn .A "tỷ"}}; {{moneyIn .A "Tỉ đồng"}}; {{moneyAtLeast .A "tỉ" 0}}; {{moneyAtMost .A "tỷ" 0}}`
	const want = `1,5 tỉ đồng; 1,5 tỷ đồng; 1,5 tỉ đồng; hơn 1 tỉ đồng; gần 2 tỷ đồng`
	var b strings.Builder
	tp := template.Must(template.New("").Funcs(report.Funcs()).Parse(tmpl))
	if err := tp.Execute(&b, map[string]any{"A": amount}); err != nil {
		t.Fatal(err)
	}
	if b.String() != want {
		t.Errorf("template:\n got %s\nwant %s", b.String(), want)
	}
	if !report.SpelledTi("nghìn tỉ") || report.SpelledTi("tỷ") || report.SpelledTi("triệu") {
		t.Error("SpelledTi: want true for tỉ only")
	}
	if got := report.UnitNghinTy.Spelled(true); got != "nghìn tỉ đồng" {
		t.Errorf("Spelled(true) = %q", got)
	}
}
