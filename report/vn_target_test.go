package report_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/report"
)

func TestTargetResultsPhrase(t *testing.T) {
	d := decimal.RequireFromString
	viec := campaign.Target{ID: "viec", Name: "Tỷ lệ thi hành xong về việc", Measure: campaign.Percent, Value: d("90")}
	tien := campaign.Target{ID: "tien", Name: "Tỷ lệ thi hành xong về tiền", Measure: campaign.Percent, Value: d("89.4")}
	cuoc := campaign.Target{ID: "cuoc", Name: "Số cuộc tuyên truyền", Measure: campaign.Count, Value: d("100")}
	ton := campaign.Target{ID: "ton", Name: "Số việc tồn về án hành chính", Measure: campaign.Count, Value: d("10"), LowerIsBetter: true}
	tests := []struct {
		name string
		out  []campaign.Outcome
		want string
	}{
		{"both exceeded alike", []campaign.Outcome{campaign.Evaluate(viec, d("96")), campaign.Evaluate(tien, d("95.4"))},
			"năm 2023 đạt 96% về việc và 95,4% về tiền, vượt 6% so với chỉ tiêu"},
		{"different outcomes", []campaign.Outcome{campaign.Evaluate(viec, d("96")), campaign.Evaluate(tien, d("88.8"))},
			"năm 2023 đạt 96% về việc và 88,8% về tiền, vượt 6% so với chỉ tiêu về việc, không đạt chỉ tiêu về tiền, thấp hơn 0,6%"},
		{"met, a count without về", []campaign.Outcome{campaign.Evaluate(cuoc, d("100"))},
			"năm 2023 đạt 100 (Số cuộc tuyên truyền), đạt chỉ tiêu"},
		{"a ceiling passed", []campaign.Outcome{campaign.Evaluate(ton, d("12"))},
			"năm 2023 đạt 12 về án hành chính, không đạt chỉ tiêu, cao hơn 2"},
		{"no result left out", []campaign.Outcome{{Target: tien, Status: campaign.NoResult}, campaign.Evaluate(viec, d("91"))},
			"năm 2023 đạt 91% về việc, vượt 1% so với chỉ tiêu"},
		{"nothing", []campaign.Outcome{{Target: tien, Status: campaign.NoResult}}, ""},
	}
	for _, tt := range tests {
		if got := report.TargetResultsPhrase(2023, tt.out); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
