package report_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report"
)

// Phrases of VIETNAMESE.md and the seed article (Đồng Tháp, 22/06/2020),
// built from the formatters and compared with the published wording.
func TestSeedPhrases(t *testing.T) {
	tests := []struct {
		reason string
		got    string
		want   string
	}{
		{"pending proposal with issuer",
			report.PendingProposal("Thủ tướng Chính phủ", "Cờ Thi đua"),
			"đang đề nghị Thủ tướng Chính phủ tặng Cờ Thi đua"},
		{"pending proposal for a former post holder",
			report.PendingProposal("", "Huân chương Lao động hạng Ba") + " cho " + report.FormerPost("Cục trưởng Cục Thi hành án dân sự"),
			"đang đề nghị tặng Huân chương Lao động hạng Ba cho nguyên Cục trưởng Cục Thi hành án dân sự"},
		{"one comrade",
			"Bằng khen của Thủ tướng Chính phủ cho " + report.Count(1, "đồng chí") + " Chi cục trưởng",
			"Bằng khen của Thủ tướng Chính phủ cho 01 đồng chí Chi cục trưởng"},
		{"approximate contribution",
			"Đã đóng góp " + mustApprox(t, "50350000", report.MoneyOptions{Bound: report.BoundAtLeast, Step: dec("10000000")}),
			"Đã đóng góp hơn 50.000.000 đồng"},
		{"list of works with a final và",
			report.JoinList("xây "+report.Count(12, "cây cầu"), report.Count(25, "căn nhà tình nghĩa"), report.Count(60, "căn nhà tình thương"),
				"hỗ trợ "+report.FormatMoney(dec("110000000"))),
			"xây 12 cây cầu, 25 căn nhà tình nghĩa, 60 căn nhà tình thương và hỗ trợ 110.000.000 đồng"},
		{"five years",
			"trong " + report.Count(5, "năm") + " qua",
			"trong 05 năm qua"},
		{"stage",
			"Trong " + report.PeriodPhrase(thidua.Years(2015, 2020)),
			"Trong giai đoạn 2015 - 2020"},
		{"official capitalisation is kept",
			report.Capitalize("Huân chương Lao động hạng Ba") + " cho " + report.Count(1, "tập thể"),
			"Huân chương Lao động hạng Ba cho 01 tập thể"},
		{"chiến sỹ",
			"Chiến sỹ thi đua ngành Tư pháp cho " + report.Count(3, "cá nhân"),
			"Chiến sỹ thi đua ngành Tư pháp cho 03 cá nhân"},
		{"from 01 to 03 peaks",
			"từ " + report.PadCount(1) + " đến " + report.Count(3, "đợt cao điểm"),
			"từ 01 đến 03 đợt cao điểm"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestMoneyNotCurrencySymbol(t *testing.T) {
	s := report.FormatMoney(dec("50000000"))
	if strings.Contains(s, "₫") || strings.Contains(s, "VND") || strings.Contains(s, "50,000,000") {
		t.Errorf("FormatMoney = %q: want the word đồng after Vietnamese grouping", s)
	}
}

func mustApprox(t *testing.T, amount string, o report.MoneyOptions) string {
	t.Helper()
	s, err := report.FormatMoneyApprox(dec(amount), o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
