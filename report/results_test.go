package report_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// TestSummaryResults states a merged provincial office's 2025 results in a
// summary, on data of the test's own: C1 and C2 (Cục THADS) merged into T1
// (THADS tỉnh) on 01/07/2025, C3 renamed T2. In 2024 C1 finished 10.000
// cases and C2 12.050, so T1's base is 22.050; T1 finished 24.200 in
// 2025, T2 30.000. C3's rate went from 82% to T2's 82,4%.
func TestSummaryResults(t *testing.T) {
	ctx := context.Background()
	o := org.NewMemStore(org.WithScale(org.JusticeScale()))
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	old := thidua.Since(thidua.MustDate(2009, 7, 1))
	merger := thidua.MustDate(2025, 7, 1)
	must(o.AddUnit(ctx, org.Unit{ID: "BO", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: old}))
	for _, id := range []org.UnitID{"C1", "C2", "C3"} {
		must(o.AddUnit(ctx, org.Unit{ID: id, Name: "Cục Thi hành án dân sự tỉnh " + string(id), Level: org.LevelCucTHADSTinh, Parent: "BO", Exists: old}))
	}
	for _, id := range []org.UnitID{"T1", "T2"} {
		must(o.AddUnit(ctx, org.Unit{ID: id, Name: "Thi hành án dân sự tỉnh " + string(id), Level: org.LevelTHADSTinh, Parent: "BO", Exists: thidua.Since(merger)}))
	}
	for _, id := range []org.UnitID{"C1", "C2", "C3"} {
		must(o.EndUnit(ctx, id, merger.AddDays(-1)))
	}
	must(o.AddSuccession(ctx, org.Succession{Kind: org.Merge, Date: merger, From: []org.UnitID{"C1", "C2"}, To: []org.UnitID{"T1"}}))
	must(o.AddSuccession(ctx, org.Succession{Kind: org.Rename, Date: merger, From: []org.UnitID{"C3"}, To: []org.UnitID{"T2"}}))
	c := campaign.NewMemStore(&campaign.Options{Directory: o})
	must(c.AddMovement(ctx, campaign.Movement{ID: "THA", Title: "Thi đua thi hành án dân sự", Kind: campaign.Regular,
		Launcher: campaign.Launcher{Unit: "BO"}, Period: thidua.Years(2021, 2025), Targets: []campaign.Target{
			{ID: "viec", Name: "Số việc thi hành xong", Measure: campaign.Count, Value: dnum("1000")},
			{ID: "tyle", Name: "Tỷ lệ thi hành xong về việc", Measure: campaign.Percent, Value: dnum("80")},
		}}))
	add := func(u org.UnitID, target string, year int, v string) {
		must(c.AddResult(ctx, campaign.Result{Movement: "THA", Target: target, Year: year, Participant: campaign.UnitParticipant(u), Actual: dnum(v)}))
	}
	add("C1", "viec", 2024, "10000")
	add("C2", "viec", 2024, "12050")
	add("C3", "viec", 2024, "9000")
	add("C3", "tyle", 2024, "82")
	add("T1", "viec", 2025, "24200")
	add("T2", "viec", 2025, "30000")
	add("T2", "tyle", 2025, "82.4")
	src := report.Sources{Org: o, Award: award.NewMemStore(), Campaign: c}

	build := func(unit org.UnitID, rs ...report.ResultRequest) *report.Summary {
		t.Helper()
		s, err := report.BuildSummary(ctx, src, report.SummaryRequest{Unit: unit, Period: thidua.Year(2025), Results: rs})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := build("T1", report.ResultRequest{Movement: "THA", Target: "viec", Year: 2025, Rank: true, Wording: report.ChangeOptions{Classifier: "việc"}},
		report.ResultRequest{Movement: "THA", Target: "tyle", Year: 2025}) // T1 has no rate: left out
	if len(s.Results) != 1 {
		t.Fatalf("results: %+v", s.Results)
	}
	r := s.Results[0]
	if r.Change == nil || !r.Change.Previous.Equal(dnum("22050")) || r.Standing == nil || *r.Standing != (campaign.Standing{Position: 2, Of: 2, Ranked: 2}) {
		t.Errorf("result: change %+v, standing %+v", r.Change, r.Standing)
	}
	var b bytes.Buffer
	if err := report.NewTextRenderer(nil).Render(&b, s); err != nil {
		t.Fatal(err)
	}
	want := "Số việc thi hành xong năm 2025: 24.200 việc, tăng 2.150 việc (tăng 9,75%) so với cùng kỳ năm 2024, xếp thứ 2/2.\n"
	if !strings.HasSuffix(b.String(), want) {
		t.Errorf("text summary ends:\n%s\nwant the line %q", b.String(), want)
	}

	s = build("T2", report.ResultRequest{Movement: "THA", Target: "tyle", Year: 2025, Wording: report.ChangeOptions{Points: true}})
	want = "Tỷ lệ thi hành xong về việc năm 2025: 82,4%, tăng 0,4 điểm phần trăm so với cùng kỳ năm 2024."
	if got := report.ResultSentences(s); len(got) != 1 || got[0] != want {
		t.Errorf("ResultSentences = %q, want %q", got, want)
	}
	// T2 carries on C3 alone: 30.000 against 9.000, no classifier asked.
	s = build("T2", report.ResultRequest{Movement: "THA", Target: "viec", Year: 2025, PreviousMovement: "THA"})
	if got := report.ResultSentences(s); len(got) != 1 || got[0] != "Số việc thi hành xong năm 2025: 30.000, tăng 21.000 (tăng 233,33%) so với cùng kỳ năm 2024." {
		t.Errorf("ResultSentences = %q", got)
	}
	// No results asked: nothing is said.
	if s := build("T1"); len(s.Results) != 0 {
		t.Errorf("results without a request: %+v", s.Results)
	}
}
