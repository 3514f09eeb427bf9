package report

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua/campaign"
)

// TargetResultsPhrase writes one year's results against a movement's targets
// (chỉ tiêu), as achievement reports state them: "năm 2023 đạt 96% về việc
// và 95,4% về tiền, vượt 6% so với chỉ tiêu". Each value is written in its
// target's measure (a percentage, a count, an amount of đồng) and named by
// the part of the target's name from "về" on ("Tỷ lệ thi hành xong về
// việc" gives "về việc"), or by the whole name in brackets when it has no
// "về". The comparison follows: once when every target came out alike
// ("vượt 6% so với chỉ tiêu", "đạt chỉ tiêu"), else per target ("vượt 6% so
// với chỉ tiêu về việc, không đạt chỉ tiêu về tiền, thấp hơn 0,6%"). A
// margin in percentage points is written with "%", as reports do. Targets
// without a result are left out; with none it returns "".
func TargetResultsPhrase(year int, outcomes []campaign.Outcome) string {
	var got []campaign.Outcome
	for _, o := range outcomes {
		if o.Status != campaign.NoResult {
			got = append(got, o)
		}
	}
	if len(got) == 0 {
		return ""
	}
	values := make([]string, len(got))
	alike := true
	for i, o := range got {
		values[i] = measureValue(o.Target.Measure, o.Actual) + " " + targetQualifier(o.Target.Name)
		alike = alike && o.Status == got[0].Status && o.Margin.Equal(got[0].Margin)
	}
	var cmp []string
	if alike {
		cmp = append(cmp, comparison(got[0], ""))
	} else {
		for _, o := range got {
			cmp = append(cmp, comparison(o, " "+targetQualifier(o.Target.Name)))
		}
	}
	return "năm " + strconv.Itoa(year) + " đạt " + JoinList(values...) + ", " + strings.Join(cmp, ", ")
}

// targetQualifier names a target after its value: "về việc", or the name
// in brackets.
func targetQualifier(name string) string {
	if i := strings.Index(name, " về "); i >= 0 {
		return name[i+1:]
	}
	return "(" + name + ")"
}

// measureValue writes a value in its measure.
func measureValue(m campaign.Measure, v decimal.Decimal) string {
	switch m {
	case campaign.Percent:
		return FormatPercent(v, 2)
	case campaign.Money:
		return FormatMoney(v)
	}
	return FormatTrimmed(v, 2)
}

// comparison writes how a result compares with its target, the target
// named by q (empty when the sentence names it once for all).
func comparison(o campaign.Outcome, q string) string {
	m := measureValue(o.Target.Measure, o.Margin.Abs())
	switch o.Status {
	case campaign.Exceeded:
		return "vượt " + m + " so với chỉ tiêu" + q
	case campaign.Met:
		return "đạt chỉ tiêu" + q
	}
	if o.Target.LowerIsBetter {
		return "không đạt chỉ tiêu" + q + ", cao hơn " + m
	}
	return "không đạt chỉ tiêu" + q + ", thấp hơn " + m
}
