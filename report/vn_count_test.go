package report_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua/report"
)

// Cases from VIETNAMESE.md ("Counts") and the seed article.
func TestCounts(t *testing.T) {
	noPad := report.CountOptions{NoPad: true}
	tests := []struct {
		reason string
		got    string
		want   string
	}{
		{"padded below 10", report.Count(1, "tập thể"), "01 tập thể"},
		{"03 lần", report.Count(3, "lần"), "03 lần"},
		{"07 lần", report.Count(7, "lần"), "07 lần"},
		{"03 cá nhân", report.Count(3, "cá nhân"), "03 cá nhân"},
		{"05 năm", report.Count(5, "năm"), "05 năm"},
		{"10 unchanged", report.Count(10, "tập thể"), "10 tập thể"},
		{"12 cây cầu", report.Count(12, "cây cầu"), "12 cây cầu"},
		{"25 căn nhà tình nghĩa", report.Count(25, "căn nhà tình nghĩa"), "25 căn nhà tình nghĩa"},
		{"60 căn nhà tình thương", report.Count(60, "căn nhà tình thương"), "60 căn nhà tình thương"},
		{"01 đồng chí", report.Count(1, "đồng chí"), "01 đồng chí"},
		{"03 cờ", report.Count(3, "cờ"), "03 cờ"},
		{"zero is padded too", report.Count(0, "cá nhân"), "00 cá nhân"},
		{"large counts are grouped", report.Count(1200, "cá nhân"), "1.200 cá nhân"},
		{"negative is not padded", report.Count(-3, "lần"), "-3 lần"},
		{"padding off", noPad.Count(3, "tập thể"), "3 tập thể"},
		{"padding off, 10", noPad.Count(10, "tập thể"), "10 tập thể"},
		{"number alone", report.PadCount(3), "03"},
		{"number alone, no classifier", report.Count(7, ""), "07"},
		{"19 tập thể và 49 cá nhân", report.JoinList(report.Count(19, "tập thể"), report.Count(49, "cá nhân")), "19 tập thể và 49 cá nhân"},
		{"A, B và C", report.JoinList("A", "B", "C"), "A, B và C"},
		{"one item", report.JoinList("A"), "A"},
		{"no items", report.JoinList(), ""},
		{"empty items skipped", report.JoinList("A", "", "B"), "A và B"},
		{"recipients and grants differ",
			report.Bracket(report.Count(3, "tập thể")+" được tặng cờ thi đua của Bộ Tư pháp", noPad.Count(4, "cờ")),
			"03 tập thể được tặng cờ thi đua của Bộ Tư pháp (4 cờ)"},
		{"breakdown by unit level",
			"Cờ Thi đua ngành Tư pháp cho " + report.Breakdown(report.Count(10, "tập thể"), "lần",
				report.Tally{Label: "Cục Thi hành án dân sự", N: 3},
				report.Tally{Label: "Chi cục Thi hành án dân sự cấp huyện", N: 7}),
			"Cờ Thi đua ngành Tư pháp cho 10 tập thể (Cục Thi hành án dân sự 03 lần và Chi cục Thi hành án dân sự cấp huyện 07 lần)"},
		{"breakdown without padding", noPad.Breakdown("10 tập thể", "lần", report.Tally{Label: "A", N: 3}, report.Tally{Label: "B", N: 7}),
			"10 tập thể (A 3 lần và B 7 lần)"},
		{"breakdown without tallies", report.Breakdown("10 tập thể", "lần"), "10 tập thể"},
		{"several issuers of one level",
			"Bằng khen của " + report.JoinList("Bộ trưởng Bộ Tư pháp", "Chủ tịch Ủy ban nhân dân Tỉnh") + " cho " +
				report.JoinList(report.Count(19, "tập thể"), report.Count(49, "cá nhân")),
			"Bằng khen của Bộ trưởng Bộ Tư pháp và Chủ tịch Ủy ban nhân dân Tỉnh cho 19 tập thể và 49 cá nhân"},
		{"bracket without inner", report.Bracket("A", ""), "A"},
		{"bracket without head", report.Bracket("", "4 cờ"), "(4 cờ)"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
