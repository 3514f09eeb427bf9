package report_test

import (
	"testing"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/report"
)

// TestSummaryHighlightLabelByOwnIssuers checks the highlights are named by
// the issuers of their own grants: the Sở's Bằng khen of 2020 is the Bộ's,
// though the province gave others of the kind.
func TestSummaryHighlightLabelByOwnIssuers(t *testing.T) {
	s := buildSo(t, newSoFixture(t), report.SummaryRequest{HighlightYear: 2020})
	const want = "Bằng khen của Bộ trưởng Bộ Tư pháp"
	if got := tallyOf(t, s, award.BangKhenBo).Label; got != want+" và Chủ tịch Ủy ban nhân dân tỉnh Xuân" {
		t.Errorf("the kind's label: %q", got)
	}
	found := false
	for _, h := range s.Highlights {
		if h.Code == award.BangKhenBo {
			found = true
			if h.Label != want {
				t.Errorf("highlight label %q, want %q", h.Label, want)
			}
		}
	}
	if !found {
		t.Errorf("no highlighted Bằng khen in %+v", s.Highlights)
	}
}
