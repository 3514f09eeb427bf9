package vnnum_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua/internal/vnnum"
)

func Example() {
	fmt.Println(vnnum.FormatInt(50_350_000))
	fmt.Println(vnnum.FormatDong(decimal.RequireFromString("1234.5")))
	fmt.Println(vnnum.Count(3, "cây cầu", true))
	n, err := vnnum.Parse("1.234.567,89")
	fmt.Println(n.Int, n.Frac, err)
	_, err = vnnum.Parse("50,000,000")
	fmt.Println(err)
	// Output:
	// 50.350.000
	// 1.234,5 đồng
	// 03 cây cầu
	// 1234567 89 <nil>
	// more than one decimal comma (grouping is written with '.')
}
