package report_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/report"
)

// TestSummaryOwnYearsBySelection checks the achievement years of the
// unit's own awards as Summary.Own documents them: by decision date they
// include a year before the period (the title of 2019 decided in 2020),
// by achievement year only the period's.
func TestSummaryOwnYearsBySelection(t *testing.T) {
	src := newSoFixture(t)
	addDecision(t, src, award.Decision{ID: "b20t", Number: thidua.DocNumber{Number: 4, Symbol: "QĐ-BTP"}, Date: date(2020, 1, 20), Issuer: "bo",
		SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: []award.Grant{{ID: "ttld-19", Subject: award.Subject{Kind: award.TTLDXS, Recipient: award.UnitRecipient("so"), Year: 2019, Basis: award.Regular}}}})
	years := func(s *report.Summary) []int {
		for _, o := range s.Own {
			if o.Code == award.TTLDXS {
				return o.Years
			}
		}
		return nil
	}
	byDecision := buildSo(t, src, report.SummaryRequest{})
	if got, want := years(byDecision), []int{2019, 2020, 2021, 2022, 2023}; !cmp.Equal(got, want) {
		t.Errorf("by decision date: %v, want %v", got, want)
	}
	byYear := buildSo(t, src, report.SummaryRequest{Select: report.SelectByAchievementYear, AsOf: date(2025, 3, 31)})
	if got, want := years(byYear), []int{2020, 2021, 2022, 2023, 2024}; !cmp.Equal(got, want) {
		t.Errorf("by achievement year: %v, want %v", got, want)
	}
}
