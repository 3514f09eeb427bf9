package report_test

import (
	"strings"
	"testing"
	"text/template"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/report"
)

func kindOf(t *testing.T, code string) contribution.ItemKind {
	t.Helper()
	k, ok := contribution.NewItemKinds().Lookup(code)
	if !ok {
		t.Fatalf("no item kind %q", code)
	}
	return k
}

// TestItemsPhrase pins the per-item wording of published texts: "100 suất
// học bổng, mỗi suất 1.000.000 đồng"; "10 phần quà, mỗi phần gồm …
// trị giá 300.000 đồng".
func TestItemsPhrase(t *testing.T) {
	scholarship, gift, house := kindOf(t, contribution.KindScholarship), kindOf(t, contribution.KindGift), kindOf(t, contribution.KindCharity)
	mil := decimal.NewFromInt(1_000_000)
	tests := []struct {
		kind contribution.ItemKind
		it   contribution.Items
		o    report.CountOptions
		want string
	}{
		{scholarship, contribution.Items{Count: 100, ValuePerItem: mil}, report.CountOptions{}, "100 suất học bổng, mỗi suất 1.000.000 đồng"},
		{gift, contribution.Items{Count: 10, ValuePerItem: decimal.NewFromInt(300_000), Contents: "10 kg gạo và 1 thùng mì"}, report.CountOptions{},
			"10 phần quà, mỗi phần gồm 10 kg gạo và 1 thùng mì trị giá 300.000 đồng"},
		{gift, contribution.Items{Count: 10, Contents: "10 kg gạo"}, report.CountOptions{}, "10 phần quà, mỗi phần gồm 10 kg gạo"},
		{house, contribution.Items{Count: 5, ValuePerItem: decimal.NewFromInt(80_000_000)}, report.CountOptions{}, "05 căn nhà tình thương, mỗi căn 80.000.000 đồng"},
		{house, contribution.Items{Count: 5}, report.CountOptions{NoPad: true}, "5 căn nhà tình thương"},
	}
	for _, tt := range tests {
		if got := report.ItemsPhrase(tt.kind, tt.it, tt.o); got != tt.want {
			t.Errorf("ItemsPhrase(%+v) = %q, want %q", tt.it, got, tt.want)
		}
	}
}

// TestItemsTotal pins that a total derived from items is shown when the
// items add up to the stated one (or none is stated), and a stated total
// is shown as stated, with its word, when they do not.
func TestItemsTotal(t *testing.T) {
	mil := decimal.NewFromInt(1_000_000)
	trieu := report.MoneyOptions{Unit: report.UnitTrieu}
	tests := []struct {
		name string
		it   contribution.Items
		o    report.MoneyOptions
		want string
	}{
		{"derived", contribution.Items{Count: 100, ValuePerItem: mil}, trieu, "100 triệu đồng"},
		{"derived in đồng", contribution.Items{Count: 10, ValuePerItem: decimal.NewFromInt(300_000)}, report.MoneyOptions{}, "3.000.000 đồng"},
		{"stated apart", contribution.Items{Count: 100, ValuePerItem: mil, StatedTotal: decimal.NewFromInt(500_000_000), StatedBound: "khoảng"}, trieu, "khoảng 500 triệu đồng"},
		{"stated, no value", contribution.Items{Count: 100, StatedTotal: decimal.NewFromInt(500_000_000), StatedBound: "hơn"}, trieu, "hơn 500 triệu đồng"},
		{"stated exactly", contribution.Items{Count: 3, StatedTotal: decimal.NewFromInt(1_500_000_000)}, report.MoneyOptions{Unit: report.UnitTy, Ti: true}, "1,5 tỉ đồng"},
		{"stated equals items", contribution.Items{Count: 100, ValuePerItem: mil, StatedTotal: decimal.NewFromInt(100_000_000), StatedBound: "khoảng"}, trieu, "100 triệu đồng"},
		{"nothing known", contribution.Items{Count: 4}, trieu, ""},
		{"stated kept exact under a bound", contribution.Items{Count: 100, StatedTotal: decimal.NewFromInt(512_000_000), StatedBound: "khoảng"},
			report.MoneyOptions{Unit: report.UnitTrieu, Bound: report.BoundAtLeast}, "khoảng 512 triệu đồng"},
	}
	for _, tt := range tests {
		got, err := report.ItemsTotal(tt.it, tt.o)
		if err != nil || got != tt.want {
			t.Errorf("%s: ItemsTotal = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	if _, err := report.ItemsTotal(contribution.Items{Count: 1, ValuePerItem: mil}, report.MoneyOptions{Unit: 99}); err == nil {
		t.Error("ItemsTotal with an unknown unit: no error")
	}
}

// TestItemsFuncs exposes the phrases through the template functions.
func TestItemsFuncs(t *testing.T) {
	const tmpl = `Trao {{items .Kind .Items}}, tổng kinh phí {{itemsTotal .Items "triệu"}}; {{itemsTotal .Items "tỉ"}}.`
	const want = `Trao 100 suất học bổng, mỗi suất 1.000.000 đồng, tổng kinh phí khoảng 500 triệu đồng; khoảng 0,5 tỉ đồng.`
	data := map[string]any{
		"Kind": kindOf(t, contribution.KindScholarship),
		"Items": contribution.Items{Kind: contribution.KindScholarship, Count: 100, ValuePerItem: decimal.NewFromInt(1_000_000),
			StatedTotal: decimal.NewFromInt(500_000_000), StatedBound: "khoảng"},
	}
	var b strings.Builder
	if err := template.Must(template.New("").Funcs(report.Funcs()).Parse(tmpl)).Execute(&b, data); err != nil {
		t.Fatal(err)
	}
	if b.String() != want {
		t.Errorf("got  %s\nwant %s", b.String(), want)
	}
}
