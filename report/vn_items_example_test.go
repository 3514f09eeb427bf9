package report_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/report"
)

func ExampleItemsPhrase() {
	kinds := contribution.NewItemKinds()
	gift, _ := kinds.Lookup(contribution.KindGift)
	scholarship, _ := kinds.Lookup(contribution.KindScholarship)
	fmt.Println(report.ItemsPhrase(scholarship, contribution.Items{Count: 100, ValuePerItem: decimal.NewFromInt(1_000_000)}, report.CountOptions{}))
	fmt.Println(report.ItemsPhrase(gift, contribution.Items{Count: 10, ValuePerItem: decimal.NewFromInt(300_000),
		Contents: "10 kg gạo và 1 thùng mì"}, report.CountOptions{}))
	// Output:
	// 100 suất học bổng, mỗi suất 1.000.000 đồng
	// 10 phần quà, mỗi phần gồm 10 kg gạo và 1 thùng mì trị giá 300.000 đồng
}

func ExampleItemsTotal() {
	it := contribution.Items{Count: 100, ValuePerItem: decimal.NewFromInt(1_000_000),
		StatedTotal: decimal.NewFromInt(500_000_000), StatedBound: "khoảng"}
	stated, _ := report.ItemsTotal(it, report.MoneyOptions{Unit: report.UnitTrieu})
	it.StatedTotal, it.StatedBound = decimal.Decimal{}, ""
	derived, _ := report.ItemsTotal(it, report.MoneyOptions{Unit: report.UnitTrieu})
	fmt.Println("tổng kinh phí", stated)
	fmt.Println("tổng kinh phí", derived)
	// Output:
	// tổng kinh phí khoảng 500 triệu đồng
	// tổng kinh phí 100 triệu đồng
}
