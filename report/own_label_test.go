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

// TestSummaryOwnLabelByOwnIssuers checks the unit's own awards are named
// by the issuers of their own grants, as the highlights are: the Sở's own
// Bằng khen are all of the Bộ.
func TestSummaryOwnLabelByOwnIssuers(t *testing.T) {
	s := buildSo(t, newSoFixture(t), report.SummaryRequest{})
	for _, o := range s.Own {
		if o.Code == award.BangKhenBo {
			if want := "Bằng khen của Bộ trưởng Bộ Tư pháp"; o.Label != want {
				t.Errorf("own label %q, want %q", o.Label, want)
			}
			return
		}
	}
	t.Errorf("no own Bằng khen in %+v", s.Own)
}
