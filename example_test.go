package thidua_test

import (
	"errors"
	"fmt"

	"github.com/thidua-go/thidua"
)

func Example() {
	d, err := thidua.ParseDate("22/6/2020")
	if err != nil {
		panic(err)
	}
	p := thidua.Years(2015, 2020)
	fmt.Println(d, p.Contains(d), p.Years())

	_, err = thidua.ParseDate("31/02/2020")
	fmt.Println(errors.Is(err, thidua.ErrInvalid))
	// Output:
	// 2020-06-22 true [2015 2016 2017 2018 2019 2020]
	// true
}

func ExampleError() {
	err := error(thidua.Invalid("org: add unit", "unit", "chi-cuc-cao-lanh", "name", "empty name"))
	var e *thidua.Error
	if errors.As(err, &e) && errors.Is(err, thidua.ErrInvalid) {
		fmt.Println(e.Kind, e.ID, e.Field)
	}
	fmt.Println(err)
	// Output:
	// unit chi-cuc-cao-lanh name
	// org: add unit unit "chi-cuc-cao-lanh": name: thidua: invalid input: empty name
}

func ExamplePeriod_Intersect() {
	term := thidua.Years(2016, 2020)
	year := thidua.Year(2015)
	_, ok := term.Intersect(year)
	fmt.Println(ok, term.Days())
	// Output:
	// false 1827
}

func ExampleParseDocNumber() {
	for _, s := range []string{"123/QĐ-BTP", "Số: 5/QĐ-UBND", "91/2017/NĐ-CP", "123/QĐ"} {
		n, err := thidua.ParseDocNumber(s)
		if err != nil {
			fmt.Println("error:", errors.Is(err, thidua.ErrInvalid))
			continue
		}
		fmt.Println(n.Line())
	}
	// Output:
	// Số: 123/QĐ-BTP
	// Số: 05/QĐ-UBND
	// Số: 91/2017/NĐ-CP
	// error: true
}
