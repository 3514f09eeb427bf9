package report_test

import (
	"fmt"
	"os"
	"text/template"
	"time"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report"
)

func ExampleFormatDecimal() {
	fmt.Println(report.FormatInt(50_000_000))
	fmt.Println(report.FormatDecimal(decimal.RequireFromString("1234567.89")))
	fmt.Println(report.FormatTrimmed(decimal.RequireFromString("96.20"), 2))
	fmt.Println(report.FormatFixed(decimal.RequireFromString("7"), 2))
	fmt.Println(report.FormatPercent(decimal.RequireFromString("96.2"), 1))
	// Output:
	// 50.000.000
	// 1.234.567,89
	// 96,2
	// 7,00
	// 96,2%
}

func ExampleParseNumber() {
	d, err := report.ParseNumber("1.234.567,89")
	fmt.Println(d, err)
	_, err = report.ParseNumber("50,000,000")
	fmt.Println(err)
	// Output:
	// 1234567.89 <nil>
	// report: parse number number "50,000,000": thidua: invalid input: more than one decimal comma (grouping is written with '.')
}

func ExampleFormatMoneyApprox() {
	given := decimal.RequireFromString("50350000")
	s, _ := report.FormatMoneyApprox(given, report.MoneyOptions{
		Bound: report.BoundAtLeast,
		Step:  decimal.RequireFromString("10000000"),
	})
	fmt.Println(s)
	s, _ = report.FormatMoneyApprox(given, report.MoneyOptions{Bound: report.BoundAtLeast, Unit: report.UnitTrieu})
	fmt.Println(s)
	s, _ = report.FormatMoneyApprox(decimal.RequireFromString("49800000"), report.MoneyOptions{Bound: report.BoundAtMost, Unit: report.UnitTrieu})
	fmt.Println(s)
	fmt.Println(report.FormatMoney(decimal.RequireFromString("110000000")))
	fmt.Println(report.FormatMoneyIn(decimal.RequireFromString("420520000"), report.UnitTrieu))
	// Output:
	// hơn 50.000.000 đồng
	// hơn 50 triệu đồng
	// gần 50 triệu đồng
	// 110.000.000 đồng
	// 420,52 triệu đồng
}

func ExampleMoneyWords() {
	amount := decimal.RequireFromString("75230000")
	fmt.Println(report.MoneyWords(amount))
	fmt.Println(report.FormatMoneyWithWords(amount))
	// Output:
	// Bảy mươi lăm triệu, hai trăm ba mươi nghìn đồng
	// 75.230.000 đồng (Bảy mươi lăm triệu, hai trăm ba mươi nghìn đồng)
}

func ExampleWords() {
	fmt.Println(report.Words(21))
	fmt.Println(report.Words(105))
	fmt.Println(report.Words(2024))
	fmt.Println(report.Words(1_000_000_001))
	fmt.Println(report.Words(-15))
	fmt.Println(report.DecimalWords(decimal.RequireFromString("12.5")))
	// Output:
	// hai mươi mốt
	// một trăm lẻ năm
	// hai nghìn không trăm hai mươi tư
	// một tỷ không trăm lẻ một
	// âm mười lăm
	// mười hai phẩy năm
}

func ExampleWordOptions() {
	o := report.WordOptions{Linh: true, Bon: true, Ngan: true, Capitalize: true}
	fmt.Println(o.Int(1024))
	fmt.Println(report.WordOptions{Cham: true}.Decimal(decimal.RequireFromString("3.14")))
	// Output:
	// Một ngàn không trăm hai mươi bốn
	// ba chấm mười bốn
}

func ExampleBreakdown() {
	fmt.Println("Huân chương Lao động hạng Ba cho " + report.Count(1, "tập thể"))
	fmt.Println("Cờ Thi đua ngành Tư pháp cho " + report.Breakdown(report.Count(10, "tập thể"), "lần",
		report.Tally{Label: "Cục Thi hành án dân sự", N: 3},
		report.Tally{Label: "Chi cục Thi hành án dân sự cấp huyện", N: 7}))
	fmt.Println(report.JoinList(report.Count(19, "tập thể"), report.Count(49, "cá nhân")))
	// Output:
	// Huân chương Lao động hạng Ba cho 01 tập thể
	// Cờ Thi đua ngành Tư pháp cho 10 tập thể (Cục Thi hành án dân sự 03 lần và Chi cục Thi hành án dân sự cấp huyện 07 lần)
	// 19 tập thể và 49 cá nhân
}

func ExampleDocDate() {
	d := thidua.MustDate(2024, time.February, 5)
	fmt.Println(report.NewsDate(d))
	fmt.Println(report.DocDate(d))
	fmt.Println(report.PlaceDate("Đồng Tháp", thidua.MustDate(2020, time.June, 22)))
	back, err := report.ParseDocDate("ngày 05 tháng 02 năm 2024")
	fmt.Println(back, err)
	// Output:
	// 05/02/2024
	// ngày 05 tháng 02 năm 2024
	// Đồng Tháp, ngày 22 tháng 6 năm 2020
	// 2024-02-05 <nil>
}

func ExamplePeriodPhrase() {
	fmt.Println(report.PeriodPhrase(thidua.Years(2015, 2020)))
	fmt.Println(report.PeriodPhrase(thidua.Year(2019)))
	fmt.Println(report.PeriodPhrase(thidua.Period{From: thidua.MustDate(2020, 1, 1), To: thidua.MustDate(2020, 6, 30)}))
	fmt.Println(report.PeriodYearsPhrase(thidua.Years(2015, 2020)))
	fmt.Println(report.YearList([]int{2007, 2008, 2009}))
	// Output:
	// giai đoạn 2015 - 2020
	// năm 2019
	// 6 tháng đầu năm 2020
	// 05 năm (2015 - 2020)
	// các năm 2007, 2008, 2009
}

func ExampleSortNames() {
	fmt.Println(report.SortNames([]string{"Trần Văn Đức", "Nguyễn Văn Dũng", "Phạm Thị Ăn", "Nguyễn Thị Anh"}))
	fmt.Println(report.SameText("Chiến sỹ thi đua", "Chiến sĩ thi đua"))
	// Output:
	// [Nguyễn Thị Anh Phạm Thị Ăn Nguyễn Văn Dũng Trần Văn Đức]
	// true
}

func ExampleFuncs() {
	const text = `Đã đóng góp {{moneyAtLeast .Given "triệu" 0}} ({{moneyWords .Given}}); ` +
		`{{count .Units "tập thể"}} trong {{period .Stage}}.` + "\n"
	t := template.Must(template.New("r").Funcs(report.Funcs()).Parse(text))
	err := t.Execute(os.Stdout, map[string]any{
		"Given": decimal.RequireFromString("50350000"),
		"Units": 3,
		"Stage": thidua.Years(2015, 2020),
	})
	fmt.Println(err)
	// Output:
	// Đã đóng góp hơn 50 triệu đồng (Năm mươi triệu, ba trăm năm mươi nghìn đồng); 03 tập thể trong giai đoạn 2015 - 2020.
	// <nil>
}
