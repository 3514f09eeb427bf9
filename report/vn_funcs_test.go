package report_test

import (
	"errors"
	htmltemplate "html/template"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report"
)

const funcsTemplate = `{{placeDate "Đồng Tháp" .Date}}
{{docNumberLine .Doc}}
Trong {{period .Stage}}, tức {{periodYears .Stage}}, đã đóng góp {{moneyAtLeast .Given "triệu" 0}} ({{money .Given}}), hỗ trợ {{money 110000000}}.
Xây {{count 12 "cây cầu"}}; {{count .Units "tập thể"}}; {{countNoPad 4 "cờ"}}; {{pad 7}}.
{{join "A" "B" "C"}}; {{join .Names}}.
Cờ Thi đua cho {{breakdown "10 tập thể" "lần" (tally "Cục" 3) (tally "Chi cục" 7)}}; {{bracket "03 tập thể" "4 cờ"}}.
{{number "1234567,89"}} {{number .Units}} {{fixed "96,25" 1}} {{trimmed "96,20" 2}} {{percent "96,2" 1}} {{percentFixed "96,2" 2}} {{moneyIn 420520000 "triệu"}} {{moneyAtMost 49800000 "triệu" 0}}.
{{words 105}}; {{words .Given}}; {{moneyWords 75230000}}; {{moneyWithWords 50000000}}.
{{newsDate .Date}} {{docDate "2024-02-05"}} {{yearList 2009 2007 2008}} {{yearList .Years}}; {{yearListEach 2023 2020}}, {{yearListEach .Years 2023}}.
{{pending "Thủ tướng Chính phủ" "Cờ Thi đua"}} cho {{former "Cục trưởng"}}.
{{capitalize "âm một"}} {{givenName "Nguyễn Thị Thanh Hoà"}} {{sameText "Hoà" "Hòa"}} {{sortNames .Names}} {{docNumber "5/QĐ-UBND"}} {{(parseNumber "50.000.000").String}}`

const funcsWant = `Đồng Tháp, ngày 22 tháng 6 năm 2020
Số: 05/QĐ-UBND
Trong giai đoạn 2015 - 2020, tức 05 năm (2015 - 2020), đã đóng góp hơn 50 triệu đồng (50.350.000 đồng), hỗ trợ 110.000.000 đồng.
Xây 12 cây cầu; 01 tập thể; 4 cờ; 07.
A, B và C; Lê Thị Ánh, Bùi Thị Anh và Phạm Thị Ăn.
Cờ Thi đua cho 10 tập thể (Cục 03 lần và Chi cục 07 lần); 03 tập thể (4 cờ).
1.234.567,89 1 96,3 96,2 96,2% 96,20% 420,52 triệu đồng gần 50 triệu đồng.
một trăm lẻ năm; năm mươi triệu ba trăm năm mươi nghìn; Bảy mươi lăm triệu, hai trăm ba mươi nghìn đồng; 50.000.000 đồng (Năm mươi triệu đồng).
22/06/2020 ngày 05 tháng 02 năm 2024 các năm 2007, 2008, 2009 các năm 2019, 2020; năm 2020 và năm 2023, năm 2019, năm 2020 và năm 2023.
đang đề nghị Thủ tướng Chính phủ tặng Cờ Thi đua cho nguyên Cục trưởng.
Âm một Hoà true [Bùi Thị Anh Lê Thị Ánh Phạm Thị Ăn] 05/QĐ-UBND 50000000`

type funcsData struct {
	Date  thidua.Date
	Doc   thidua.DocNumber
	Stage thidua.Period
	Given any
	Units int
	Names []string
	Years []int
}

func newFuncsData() funcsData {
	return funcsData{
		Date:  thidua.MustDate(2020, time.June, 22),
		Doc:   thidua.DocNumber{Number: 5, Symbol: "QĐ-UBND"},
		Stage: thidua.Years(2015, 2020),
		Given: dec("50350000"),
		Units: 1,
		Names: []string{"Lê Thị Ánh", "Bùi Thị Anh", "Phạm Thị Ăn"},
		Years: []int{2020, 2019},
	}
}

func TestFuncsTextTemplate(t *testing.T) {
	tmpl := template.Must(template.New("r").Funcs(report.Funcs()).Parse(funcsTemplate))
	var b strings.Builder
	if err := tmpl.Execute(&b, newFuncsData()); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(funcsWant, b.String()); diff != "" {
		t.Errorf("text/template output (-want +got):\n%s", diff)
	}
}

func TestFuncsHTMLTemplate(t *testing.T) {
	tmpl := htmltemplate.Must(htmltemplate.New("r").Funcs(report.Funcs()).Parse(
		`<p>{{moneyAtLeast .Given "đồng" 0}} — {{docDate .Date}} — {{join "A" "B"}}</p>`))
	var b strings.Builder
	if err := tmpl.Execute(&b, newFuncsData()); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`<p>50.350.000 đồng — ngày 22 tháng 6 năm 2020 — A và B</p>`, b.String()); diff != "" {
		t.Errorf("html/template output (-want +got):\n%s", diff)
	}
}

func TestFuncsOptionsValues(t *testing.T) {
	tmpl := template.Must(template.New("r").Funcs(report.Funcs()).Parse(
		`{{wordsWith 25 .W}} | {{moneyApprox 50350000 .M}}`))
	var b strings.Builder
	data := map[string]any{
		"W": report.WordOptions{Nham: true, Capitalize: true},
		"M": report.MoneyOptions{Bound: report.BoundAtLeast, Step: dec("10000000")},
	}
	if err := tmpl.Execute(&b, data); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("Hai mươi nhăm | hơn 50.000.000 đồng", b.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFuncsErrors(t *testing.T) {
	tests := []struct {
		reason string
		text   string
	}{
		{"float money is refused", `{{money 1.5}}`},
		{"ambiguous number", `{{number "50,000,000"}}`},
		{"Go-form decimal string is not guessed", `{{number "1234.5"}}`},
		{"unknown unit", `{{moneyIn 1000 "VND"}}`},
		{"bad places", `{{fixed 1 "x"}}`},
		{"bad date", `{{docDate "31/02/2020"}}`},
		{"bad doc number", `{{docNumber "QĐ-UBND"}}`},
		{"bad join item", `{{join 1 2}}`},
		{"bad year", `{{yearList "x"}}`},
		{"bad year, each", `{{yearListEach 2020 "x"}}`},
		{"bad money option", `{{moneyAtLeast 1000 "đồng" -1}}`},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			tmpl := template.Must(template.New("r").Funcs(report.Funcs()).Parse(tt.text))
			err := tmpl.Execute(&strings.Builder{}, nil)
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Errorf("Execute(%s) error = %v, want ErrInvalid", tt.text, err)
			}
		})
	}
}

func TestFuncsFresh(t *testing.T) {
	a, b := report.Funcs(), report.Funcs()
	delete(a, "money")
	if _, ok := b["money"]; !ok {
		t.Error("Funcs returned a shared map")
	}
}
