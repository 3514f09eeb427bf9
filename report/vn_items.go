package report

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua/contribution"
)

// ItemsPhrase writes items given with what one of them is worth and holds,
// as summaries write them, with the counts padded as o says:
//
//	100 suất học bổng, mỗi suất 1.000.000 đồng
//	10 phần quà, mỗi phần gồm 10 kg gạo và 1 thùng mì trị giá 300.000 đồng
//	10 phần quà, mỗi phần gồm 10 kg gạo và 1 thùng mì
//	12 cây cầu
//
// "mỗi" takes the first word of the kind's classifier ("suất" of "suất học
// bổng", "căn" of "căn nhà tình nghĩa"). The value per item is exact. A
// count below zero (a reversal) is written as it is.
func ItemsPhrase(kind contribution.ItemKind, it contribution.Items, o CountOptions) string {
	s := o.Count(int(it.Count), kind.Classifier)
	hasValue := it.ValuePerItem.Sign() > 0
	if !hasValue && it.Contents == "" {
		return s
	}
	head, _, _ := strings.Cut(kind.Classifier, " ")
	s += ", mỗi " + head
	if it.Contents != "" {
		s += " gồm " + it.Contents
		if hasValue {
			s += " trị giá"
		}
	}
	if hasValue {
		s += " " + FormatMoney(it.ValuePerItem)
	}
	return s
}

// ItemsTotal writes the total value of items as the text states it. When a
// total was stated (Items.StatedTotal) and the items do not add up to it,
// or their value is unknown, the stated total is shown as stated, with its
// word: "khoảng 500 triệu đồng". Otherwise the total the items add up to
// (Count × ValuePerItem) is shown as mo says: "100 triệu đồng". It returns
// "" when neither is known, and errors of [FormatMoneyApprox] for bad
// options.
func ItemsTotal(it contribution.Items, mo MoneyOptions) (string, error) {
	derived, known := it.Value()
	if it.StatedTotal.Sign() > 0 && (!known || !derived.Equal(it.StatedTotal)) {
		exact := mo
		exact.Bound, exact.Step, exact.Places = BoundExact, decimal.Decimal{}, 0
		s, err := FormatMoneyApprox(it.StatedTotal, exact)
		if err != nil || it.StatedBound == "" {
			return s, err
		}
		return it.StatedBound + " " + s, nil
	}
	if !known {
		return "", nil
	}
	return FormatMoneyApprox(derived, mo)
}
