package forms_test

import (
	"bytes"
	"context"
	"fmt"
	"log"

	"github.com/thidua-go/thidua/report/forms"
)

// Computing biểu 0603.N of a province for 2024 and writing the three forms
// as one workbook.
func Example() {
	src, err := buildProvince()
	if err != nil {
		log.Fatal(err)
	}
	res, err := forms.Compute(context.Background(), src,
		forms.Request{Unit: "ubnd", Year: 2024, Body: "province"}, forms.Forms2023()...)
	if err != nil {
		log.Fatal(err)
	}
	f0603 := res[2]
	for _, code := range []string{"01", "04", "07", "16"} {
		i := f0603.Row(code)
		n, _ := f0603.Value(i, 0)
		fmt.Printf("%s %s: %d\n", code, f0603.Form.Rows[i].Label, n)
	}
	if _, known := f0603.Value(f0603.Row("05"), 0); !known {
		fmt.Println("05 is left empty: the library does not know which collectives are enterprises")
	}
	var b bytes.Buffer
	if err := forms.WriteXLSX(&b, res...); err != nil {
		log.Fatal(err)
	}
	fmt.Println("sheets:", len(forms.Workbook(res...).Sheets))
	// Output:
	// 01 Tổng số: 4
	// 04 Tập thể: 2
	// 07 Cá nhân: 2
	// 16 Đột xuất: 1
	// 05 is left empty: the library does not know which collectives are enterprises
	// sheets: 3
}

// A form is data: a ministry adds a column counting the awards given to
// women, without code.
func ExampleForm() {
	f := forms.Form0603()
	f.Columns = append(f.Columns, forms.Line{Code: "8", Label: "Nữ",
		Where: []forms.Cond{{Attr: forms.AttrRecipient, In: []string{"individual"}}, {Attr: forms.AttrGender, In: []string{"female"}}}})
	src, err := buildProvince()
	if err != nil {
		log.Fatal(err)
	}
	res, err := forms.Compute(context.Background(), src,
		forms.Request{Unit: "ubnd", Year: 2024, Body: "province"}, f)
	if err != nil {
		log.Fatal(err)
	}
	n, _ := res[0].Value(res[0].Row("01"), len(f.Columns)-1)
	fmt.Println("women:", n)
	// Output:
	// women: 1
}
