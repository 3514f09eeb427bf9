package document_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/report"
	"github.com/thidua-go/thidua/report/document"
)

// The achievement report states the unit's yearly results against the
// targets of its movements, from the campaign store.
func TestCollectiveReportTargets(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	d := decimal.RequireFromString
	m := addTHADSMovement(t, f,
		campaign.Target{ID: "viec", Name: "Tỷ lệ thi hành xong về việc", Measure: campaign.Percent, Value: d("90")},
		campaign.Target{ID: "tien", Name: "Tỷ lệ thi hành xong về tiền", Measure: campaign.Percent, Value: d("89.4")})
	cuc := campaign.UnitParticipant("cuc-dt")
	for _, r := range []campaign.Result{
		{Movement: m.ID, Target: "viec", Year: 2019, Participant: cuc, Actual: d("96")},
		{Movement: m.ID, Target: "tien", Year: 2019, Participant: cuc, Actual: d("95.4")},
		{Movement: m.ID, Target: "viec", Year: 2020, Participant: cuc, Actual: d("89")},
		// Another unit's result and a year outside the report are not its.
		{Movement: m.ID, Target: "viec", Year: 2019, Participant: campaign.UnitParticipant("cc-cl"), Actual: d("99")},
		{Movement: m.ID, Target: "viec", Year: 2016, Participant: cuc, Actual: d("80")},
	} {
		if err := f.campaign.AddResult(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := document.CollectiveReport(ctx, f.sources(), document.CollectiveRequest{Unit: "cuc-dt", Period: thidua.Years(2017, 2020)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, mr := range rep.Results {
		got = append(got, mr.Line())
	}
	want := []string{"Phong trào thi đua hoàn thành chỉ tiêu thi hành án dân sự: " +
		"năm 2019 đạt 96% về việc và 95,4% về tiền, vượt 6% so với chỉ tiêu; " +
		"năm 2020 đạt 89% về việc, không đạt chỉ tiêu, thấp hơn 1%"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	for _, format := range []document.Format{document.Text, document.Markdown, document.HTML} {
		var b bytes.Buffer
		if err := document.Render(&b, format, rep); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "Kết quả thực hiện chỉ tiêu thi đua") || !strings.Contains(b.String(), "vượt 6% so với chỉ tiêu") {
			t.Errorf("%v: results missing:\n%s", format, b.String())
		}
	}
	// An individual's report reads the person's results.
	if err := f.campaign.AddResult(ctx, campaign.Result{Movement: m.ID, Target: "viec", Year: 2020, Participant: campaign.PersonParticipant("p-an"), Actual: d("92")}); err != nil {
		t.Fatal(err)
	}
	ind, err := document.IndividualReport(ctx, f.sources(), document.IndividualRequest{Person: "p-an", Period: thidua.Years(2016, 2020), On: day(2020, time.December, 31)})
	if err != nil {
		t.Fatal(err)
	}
	if len(ind.Results) != 1 || ind.Results[0].Years[0].Phrase != "năm 2020 đạt 92% về việc, vượt 2% so với chỉ tiêu" {
		t.Errorf("individual results = %+v", ind.Results)
	}
}

// With Compare and Rank the collective report states each year's result
// against the year before and its rank among the units of its level, by
// the one reading of a result the summary uses (report.LoadResult); the
// default report states the targets only.
func TestCollectiveReportComparesYears(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	d := decimal.RequireFromString
	m := addTHADSMovement(t, f, campaign.Target{ID: "viec", Name: "Tỷ lệ thi hành xong về việc", Measure: campaign.Percent, Value: d("90")})
	cuc := campaign.UnitParticipant("cuc-dt")
	for _, r := range []campaign.Result{
		{Movement: m.ID, Target: "viec", Year: 2019, Participant: cuc, Actual: d("96")},
		{Movement: m.ID, Target: "viec", Year: 2020, Participant: cuc, Actual: d("89")},
		{Movement: m.ID, Target: "viec", Year: 2019, Participant: campaign.UnitParticipant("cc-cl"), Actual: d("99")},
		{Movement: m.ID, Target: "viec", Year: 2020, Participant: campaign.UnitParticipant("cc-tm"), Actual: d("85")},
	} {
		if err := f.campaign.AddResult(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	req := document.CollectiveRequest{Unit: "cuc-dt", Period: thidua.Years(2019, 2020)}
	line := func(req document.CollectiveRequest) string {
		t.Helper()
		rep, err := document.CollectiveReport(ctx, f.sources(), req)
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Results) != 1 {
			t.Fatalf("results = %+v", rep.Results)
		}
		return rep.Results[0].Line()
	}
	plain := "Phong trào thi đua hoàn thành chỉ tiêu thi hành án dân sự: năm 2019 đạt 96% về việc, vượt 6% so với chỉ tiêu; " +
		"năm 2020 đạt 89% về việc, không đạt chỉ tiêu, thấp hơn 1%"
	if got := line(req); got != plain {
		t.Errorf("default:\n got %s\nwant %s", got, plain)
	}
	// 2020: 89% against 96% in 2019 is 7 points less. The fixture's units
	// have no level, so the peers are the four units of the empty level in
	// force on 31/12: in 2019 Cao Lãnh's 99% comes first, in 2020 Tháp
	// Mười's 85% comes after.
	req.Compare, req.Rank = true, true
	req.Wording = map[string]report.ChangeOptions{"viec": {Points: true}}
	want := "Phong trào thi đua hoàn thành chỉ tiêu thi hành án dân sự: năm 2019 đạt 96% về việc, vượt 6% so với chỉ tiêu; " +
		"Tỷ lệ thi hành xong về việc năm 2019: 96%, xếp thứ 2/4; " +
		"năm 2020 đạt 89% về việc, không đạt chỉ tiêu, thấp hơn 1%; " +
		"Tỷ lệ thi hành xong về việc năm 2020: 89%, giảm 7 điểm phần trăm so với cùng kỳ năm 2019, xếp thứ 1/4"
	if got := line(req); got != want {
		t.Errorf("compared:\n got %s\nwant %s", got, want)
	}
	// Compare alone: the change, no rank; 2019 has nothing to compare with.
	req.Rank = false
	want = "Phong trào thi đua hoàn thành chỉ tiêu thi hành án dân sự: năm 2019 đạt 96% về việc, vượt 6% so với chỉ tiêu; " +
		"năm 2020 đạt 89% về việc, không đạt chỉ tiêu, thấp hơn 1%; " +
		"Tỷ lệ thi hành xong về việc năm 2020: 89%, giảm 7 điểm phần trăm so với cùng kỳ năm 2019"
	if got := line(req); got != want {
		t.Errorf("compare only:\n got %s\nwant %s", got, want)
	}
}

// addTHADSMovement stores the THADS movement of 2016-2020 with the targets
// given, and returns it.
func addTHADSMovement(t *testing.T, f *fixture, targets ...campaign.Target) campaign.Movement {
	t.Helper()
	m := campaign.Movement{
		ID: "pt-thads", Title: "Phong trào thi đua hoàn thành chỉ tiêu thi hành án dân sự", Kind: campaign.Regular,
		Launcher: campaign.Launcher{Name: "Tổng cục Thi hành án dân sự"}, Period: thidua.Years(2016, 2020),
		Targets: targets,
	}
	if err := f.campaign.AddMovement(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	return m
}
