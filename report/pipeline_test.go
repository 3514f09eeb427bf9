package report_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// pipelineFixture is a Sở Tư pháp (SO) under the Ủy ban nhân dân tỉnh
// (UB), with two offices (PA, PB) and a unit outside the Sở (KH), and the
// nominations of 2024 this test follows, said on 31/12/2024:
//
//	n1 a1, n2 b1, n3 PA   Bằng khen tỉnh: sent to UB, voted (passed), approved, granted by 410, 411, 412/QĐ-UBND
//	n4 c1                 sent, voted (failed), rejected "Chưa đủ tiêu chuẩn"
//	n5 d1, n12 i1         sent, returned "Hồ sơ chưa đầy đủ" (n12 writes it in other case and spacing,
//	                      and, first by ID, names the reason)
//	n6 e1                 sent; appraised only on 03/01/2025, after the day: awaits appraisal
//	n7 f1                 sent, appraised: awaits the decision
//	n8 PB                 a draft, never sent
//	n9 g1                 sent, voted (passed), approved; granted on 10/01/2025, after the day
//	n10 h1                proposed in 2025: not the period's
//	n11 k1                a person of KH: not the Sở's
//	n13 j1                Giấy khen of the Giám đốc Sở, decided by the Sở itself, granted by a
//	                      decision whose number is unknown
type pipelineFixture struct {
	org   *org.MemStore
	award *award.MemStore
}

func newPipelineFixture(t *testing.T) pipelineFixture {
	t.Helper()
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	day := thidua.MustDate
	o := org.NewMemStore()
	since := thidua.Since(day(2010, 1, 1))
	for _, u := range []org.Unit{
		{ID: "UB", Name: "Ủy ban nhân dân tỉnh Đồng Tháp", Exists: since},
		{ID: "SO", Name: "Sở Tư pháp tỉnh Đồng Tháp", Parent: "UB", Exists: since},
		{ID: "PA", Name: "Phòng Hành chính tư pháp", Parent: "SO", Exists: since},
		{ID: "PB", Name: "Phòng Phổ biến, giáo dục pháp luật", Parent: "SO", Exists: since},
		{ID: "KH", Name: "Sở Nội vụ tỉnh Đồng Tháp", Parent: "UB", Exists: since},
	} {
		must(o.AddUnit(ctx, u))
	}
	people := map[org.PersonID]org.UnitID{"a1": "PA", "b1": "PB", "c1": "SO", "d1": "PA", "e1": "PB", "f1": "SO", "g1": "PA", "h1": "PB", "i1": "PA", "j1": "PB", "k1": "KH"}
	for id, u := range people {
		must(o.AddPerson(ctx, org.Person{ID: id, FullName: "Người " + string(id), Assignments: []org.Assignment{{Unit: u, Position: "Chuyên viên", Period: since}}}))
	}
	a := award.NewMemStore()
	by := func(u org.UnitID) award.Actor { return award.Actor{Unit: u} }
	start := func(id string, kind award.Code, r award.Recipient, year int, proposer, authority org.UnitID, on thidua.Date) {
		t.Helper()
		n := award.Nomination{ID: id, Subject: award.Subject{Kind: kind, Recipient: r, Year: year}, Proposer: proposer, Authority: authority}
		_, err := award.Start(ctx, a, o, n, award.Transition{Action: award.Propose, By: by(proposer), On: on})
		must(err)
	}
	adv := func(id string, tr award.Transition) {
		t.Helper()
		_, err := award.Advance(ctx, a, o, id, tr)
		must(err)
	}
	send := func(id string, on thidua.Date) {
		adv(id, award.Transition{Action: award.Submit, By: by("SO"), On: on, To: "UB"})
	}
	vote := func(id string, inFavour int, on thidua.Date) {
		adv(id, award.Transition{Action: award.RecordVote, By: by("UB"), On: on, Vote: award.Vote{Members: 11, InFavour: inFavour, Threshold: award.Percent(90)}})
	}
	p := award.PersonRecipient
	for _, x := range []struct {
		id string
		r  award.Recipient
	}{{"n1", p("a1")}, {"n2", p("b1")}, {"n3", award.UnitRecipient("PA")}} {
		start(x.id, award.BangKhenBo, x.r, 2023, "SO", "UB", day(2024, 3, 1))
		send(x.id, day(2024, 3, 5))
		vote(x.id, 10, day(2024, 3, 10))
		adv(x.id, award.Transition{Action: award.Approve, By: by("UB"), On: day(2024, 3, 12)})
	}
	start("n4", award.BangKhenBo, p("c1"), 2023, "SO", "UB", day(2024, 3, 1))
	send("n4", day(2024, 3, 5))
	vote("n4", 3, day(2024, 3, 10))
	adv("n4", award.Transition{Action: award.Reject, By: by("UB"), On: day(2024, 3, 20), Reason: "Chưa đủ tiêu chuẩn"})
	for id, who := range map[string]string{"n5": "d1", "n12": "i1"} {
		start(id, award.BangKhenBo, p(org.PersonID(who)), 2023, "SO", "UB", day(2024, 3, 1))
		send(id, day(2024, 3, 5))
	}
	adv("n5", award.Transition{Action: award.Return, By: by("UB"), On: day(2024, 3, 8), Reason: "Hồ sơ chưa đầy đủ"})
	adv("n12", award.Transition{Action: award.Return, By: by("UB"), On: day(2024, 3, 9), Reason: "hồ sơ chưa  đầy đủ"})
	start("n6", award.BangKhenBo, p("e1"), 2024, "SO", "UB", day(2024, 11, 1))
	send("n6", day(2024, 11, 5))
	adv("n6", award.Transition{Action: award.Appraise, By: by("UB"), On: day(2025, 1, 3)})
	start("n7", award.BangKhenBo, p("f1"), 2024, "SO", "UB", day(2024, 11, 1))
	send("n7", day(2024, 11, 5))
	adv("n7", award.Transition{Action: award.Appraise, By: by("UB"), On: day(2024, 11, 20)})
	start("n8", award.BangKhenBo, award.UnitRecipient("PB"), 2024, "SO", "UB", day(2024, 12, 1))
	start("n9", award.BangKhenBo, p("g1"), 2024, "SO", "UB", day(2024, 11, 1))
	send("n9", day(2024, 11, 5))
	vote("n9", 11, day(2024, 12, 10))
	adv("n9", award.Transition{Action: award.Approve, By: by("UB"), On: day(2024, 12, 20)})
	start("n10", award.BangKhenBo, p("h1"), 2024, "SO", "UB", day(2025, 1, 5))
	start("n11", award.BangKhenBo, p("k1"), 2023, "KH", "UB", day(2024, 3, 1))
	start("n13", award.GiayKhen, p("j1"), 2024, "SO", "SO", day(2024, 11, 1))
	adv("n13", award.Transition{Action: award.Approve, By: by("SO"), On: day(2024, 11, 5)})

	ub := func(id, number string, on thidua.Date, g award.Grant) award.Decision {
		return award.Decision{ID: id, Number: thidua.MustParseDocNumber(number), Date: on, Issuer: "UB",
			SignerTitle: "Chủ tịch Ủy ban nhân dân tỉnh", Grants: []award.Grant{g}}
	}
	grant := func(id, nom string, kind award.Code, r award.Recipient, year int) award.Grant {
		return award.Grant{ID: id, Nomination: nom, Subject: award.Subject{Kind: kind, Recipient: r, Year: year}}
	}
	must(a.AddDecision(ctx, ub("d1", "410/QĐ-UBND", day(2024, 3, 15), grant("g1", "n1", award.BangKhenBo, p("a1"), 2023))))
	must(a.AddDecision(ctx, ub("d2", "411/QĐ-UBND", day(2024, 3, 16), grant("g2", "n2", award.BangKhenBo, p("b1"), 2023))))
	must(a.AddDecision(ctx, ub("d3", "412/QĐ-UBND", day(2024, 3, 17), grant("g3", "n3", award.BangKhenBo, award.UnitRecipient("PA"), 2023))))
	must(a.AddDecision(ctx, ub("d5", "15/QĐ-UBND", day(2025, 1, 10), grant("g5", "n9", award.BangKhenBo, p("g1"), 2024))))
	must(a.AddDecision(ctx, award.Decision{ID: "d4", NumberUnknown: true, Date: day(2024, 11, 10), Issuer: "SO",
		SignerTitle: "Giám đốc Sở Tư pháp", Grants: []award.Grant{grant("g4", "n13", award.GiayKhen, p("j1"), 2024)}}))
	return pipelineFixture{org: o, award: a}
}

func (f pipelineFixture) sources() report.Sources { return report.Sources{Org: f.org, Award: f.award} }

func TestBuildPipeline(t *testing.T) {
	ctx := context.Background()
	f := newPipelineFixture(t)
	sc, err := report.NewScope(ctx, f.sources(), report.ScopeRequest{Unit: "SO", Period: thidua.Year(2024)})
	if err != nil {
		t.Fatal(err)
	}
	p, err := report.BuildPipeline(ctx, sc, report.PipelineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	reasons := func(r string, n int) []report.ReasonCount { return []report.ReasonCount{{Reason: r, N: n}} }
	// Counted by hand from the fixture's story.
	wantInd := report.PipelineCount{
		Proposed: 8, Considered: 4, Passed: 3, Submitted: 8,
		Returned: 2, ReturnReasons: reasons("hồ sơ chưa đầy đủ", 2),
		Rejected: 1, RejectReasons: reasons("Chưa đủ tiêu chuẩn", 1),
		AwaitingAppraisal: 1, Appraised: 1, Approved: 3, Granted: 2,
	}
	wantCol := report.PipelineCount{Proposed: 2, Considered: 1, Passed: 1, Submitted: 1, Approved: 1, Granted: 1}
	wantGK := report.PipelineCount{Proposed: 1, Submitted: 1, Approved: 1, Granted: 1}
	want := []report.PipelineKind{
		{Code: award.BangKhenBo, Label: "Bằng khen cấp bộ, ngành, tỉnh", Collectives: wantCol, Individuals: wantInd},
		{Code: award.GiayKhen, Label: "Giấy khen", Individuals: wantGK},
	}
	if diff := cmp.Diff(want, p.Kinds); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
	total := report.PipelineCount{
		Proposed: 11, Considered: 5, Passed: 4, Submitted: 10,
		Returned: 2, ReturnReasons: reasons("hồ sơ chưa đầy đủ", 2),
		Rejected: 1, RejectReasons: reasons("Chưa đủ tiêu chuẩn", 1),
		AwaitingAppraisal: 1, Appraised: 1, Approved: 5, Granted: 4,
	}
	if diff := cmp.Diff(total, p.Total); diff != "" {
		t.Errorf("total (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(total, p.Kinds[0].Total().Add(p.Kinds[1].Total())); diff != "" {
		t.Errorf("kinds do not add up to the total (-total +kinds):\n%s", diff)
	}

	// Said on 31/01/2025 the decision of 10/01/2025 grants n9, and n6 has
	// been appraised; n10 was proposed after the period and stays out.
	sc, err = report.NewScope(ctx, f.sources(), report.ScopeRequest{Unit: "SO", Period: thidua.Year(2024), AsOf: thidua.MustDate(2025, 1, 31)})
	if err != nil {
		t.Fatal(err)
	}
	later, err := report.BuildPipeline(ctx, sc, report.PipelineOptions{Codes: []award.Code{award.BangKhenBo}})
	if err != nil {
		t.Fatal(err)
	}
	if g, a, ap, pr := later.Total.Granted, later.Total.AwaitingAppraisal, later.Total.Appraised, later.Total.Proposed; g != 4 || a != 0 || ap != 2 || pr != 10 {
		t.Errorf("on 31/01/2025: granted %d, awaiting appraisal %d, appraised %d, proposed %d; want 4, 0, 2, 10", g, a, ap, pr)
	}
	// From the province's view, its council considered five and it put
	// five before its chair (approved or rejected); the Sở's own Giấy
	// khen is not the province's.
	ub, err := report.BuildPipeline(ctx, sc, report.PipelineOptions{Council: "UB"})
	if err != nil {
		t.Fatal(err)
	}
	if c := ub.Total; c.Considered != 5 || c.Passed != 4 || c.Submitted != 5 {
		t.Errorf("council UB: considered %d, passed %d, submitted %d; want 5, 4, 5", c.Considered, c.Passed, c.Submitted)
	}
	// The council of another unit considered none of them.
	other, err := report.BuildPipeline(ctx, sc, report.PipelineOptions{Council: "SO"})
	if err != nil {
		t.Fatal(err)
	}
	if other.Total.Considered != 0 || other.Total.Passed != 0 {
		t.Errorf("council SO: considered %d, passed %d; want none", other.Total.Considered, other.Total.Passed)
	}
}

func TestPipelinePhrase(t *testing.T) {
	c := report.PipelineCount{
		Proposed: 1200, Considered: 900, Passed: 900, Submitted: 850,
		Returned: 20, ReturnReasons: []report.ReasonCount{{Reason: "hồ sơ chưa đầy đủ", N: 12}, {Reason: "không đủ tiêu chuẩn", N: 8}},
		AwaitingAppraisal: 15, Granted: 800,
	}
	o := report.PipelinePhraseOptions{SubmittedTo: "Bộ trưởng"}
	const want = "trong tổng số 1.200 hồ sơ đề nghị, Hội đồng đã xét 900 trường hợp, trình Bộ trưởng 850 trường hợp, " +
		"trả lại 20 hồ sơ (hồ sơ chưa đầy đủ 12 trường hợp và không đủ tiêu chuẩn 08 trường hợp), " +
		"đang chờ thẩm định 15 trường hợp, đã có quyết định khen thưởng 800 trường hợp"
	if got := report.PipelinePhrase(c, o); got != want {
		t.Errorf("PipelinePhrase =\n%q\nwant\n%q", got, want)
	}
	small := report.PipelineCount{Proposed: 7, Considered: 5, Passed: 4, Submitted: 4, Rejected: 1, RejectReasons: []report.ReasonCount{{Reason: "chưa đủ tiêu chuẩn", N: 1}}}
	for _, tt := range []struct {
		o    report.PipelinePhraseOptions
		want string
	}{
		{report.PipelinePhraseOptions{}, "trong tổng số 07 hồ sơ đề nghị, Hội đồng đã xét 05 trường hợp, thông qua 04 trường hợp, trình 04 trường hợp, không khen thưởng 01 trường hợp (chưa đủ tiêu chuẩn 01 trường hợp)"},
		{report.PipelinePhraseOptions{Count: report.CountOptions{NoPad: true}, Council: "Hội đồng Thi đua - Khen thưởng Sở"},
			"trong tổng số 7 hồ sơ đề nghị, Hội đồng Thi đua - Khen thưởng Sở đã xét 5 trường hợp, thông qua 4 trường hợp, trình 4 trường hợp, không khen thưởng 1 trường hợp (chưa đủ tiêu chuẩn 1 trường hợp)"},
		{report.PipelinePhraseOptions{Count: report.CountOptions{Pad: map[string]bool{"hồ sơ": false}}},
			"trong tổng số 7 hồ sơ đề nghị, Hội đồng đã xét 05 trường hợp, thông qua 04 trường hợp, trình 04 trường hợp, không khen thưởng 01 trường hợp (chưa đủ tiêu chuẩn 01 trường hợp)"},
	} {
		if got := report.PipelinePhrase(small, tt.o); got != tt.want {
			t.Errorf("PipelinePhrase(%+v) =\n%q\nwant\n%q", tt.o, got, tt.want)
		}
	}
	if got := report.PipelinePhrase(report.PipelineCount{}, o); got != "" {
		t.Errorf("nothing proposed: %q, want empty", got)
	}
}

// The summary lists the decisions and counts the pipeline; the built-in
// text renderer and the summary's template functions write them.
func TestSummaryPipelineAndDecisions(t *testing.T) {
	ctx := context.Background()
	f := newPipelineFixture(t)
	s, err := report.BuildSummary(ctx, f.sources(), report.SummaryRequest{
		Unit: "SO", Period: thidua.Year(2024), Kinds: []award.Code{award.BangKhenBo, award.GiayKhen},
		ListDecisions: true, Pipeline: &report.PipelineOptions{},
	})
	if err != nil {
		t.Fatal(err)
	}
	day := thidua.MustDate
	wantDec := []report.DecisionInfo{
		{ID: "d1", Number: thidua.MustParseDocNumber("410/QĐ-UBND"), Date: day(2024, 3, 15), Issuer: "Chủ tịch Ủy ban nhân dân tỉnh", Individuals: 1, Awards: []string{"Bằng khen"}},
		{ID: "d2", Number: thidua.MustParseDocNumber("411/QĐ-UBND"), Date: day(2024, 3, 16), Issuer: "Chủ tịch Ủy ban nhân dân tỉnh", Individuals: 1, Awards: []string{"Bằng khen"}},
		{ID: "d3", Number: thidua.MustParseDocNumber("412/QĐ-UBND"), Date: day(2024, 3, 17), Issuer: "Chủ tịch Ủy ban nhân dân tỉnh", Collectives: 1, Awards: []string{"Bằng khen"}},
		{ID: "d4", NumberUnknown: true, Date: day(2024, 11, 10), Issuer: "Giám đốc Sở Tư pháp", Individuals: 1, Awards: []string{"Giấy khen"}},
	}
	if diff := cmp.Diff(wantDec, s.Decisions); diff != "" {
		t.Errorf("decisions (-want +got):\n%s", diff)
	}
	// The grants listed say which decision had no number.
	ls, err := report.BuildSummary(ctx, f.sources(), report.SummaryRequest{Unit: "SO", Period: thidua.Year(2024), Kinds: []award.Code{award.GiayKhen}, ListGrants: true})
	if err != nil {
		t.Fatal(err)
	}
	if gs := ls.Awards[0].Grants; len(gs) != 1 || !gs[0].NumberUnknown || !gs[0].Decision.IsZero() {
		t.Errorf("Giấy khen grants: %+v, want g4 of a decision without a number", gs)
	}
	if s.Pipeline == nil || s.Pipeline.Total.Proposed != 11 || s.Pipeline.Total.Granted != 4 {
		t.Fatalf("pipeline: %+v", s.Pipeline)
	}
	var b bytes.Buffer
	o := &report.PhraseOptions{Pipeline: report.PipelinePhraseOptions{Council: "Hội đồng Thi đua - Khen thưởng tỉnh", SubmittedTo: "Chủ tịch Ủy ban nhân dân tỉnh"}}
	if err := report.NewTextRenderer(o).Render(&b, s); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"Trong tổng số 11 hồ sơ đề nghị, Hội đồng Thi đua - Khen thưởng tỉnh đã xét 05 trường hợp, thông qua 04 trường hợp, " +
			"trình Chủ tịch Ủy ban nhân dân tỉnh 10 trường hợp, trả lại 02 hồ sơ (hồ sơ chưa đầy đủ 02 trường hợp), " +
			"không khen thưởng 01 trường hợp (Chưa đủ tiêu chuẩn 01 trường hợp), đang chờ thẩm định 01 trường hợp, " +
			"đã thẩm định, chờ quyết định 01 trường hợp, đã có quyết định khen thưởng 04 trường hợp.",
		"Khen thưởng 01 tập thể và 03 cá nhân tại 04 Quyết định (số 410/QĐ-UBND, số 411/QĐ-UBND, số 412/QĐ-UBND và Quyết định của Giám đốc Sở Tư pháp):",
		"- Quyết định số 410/QĐ-UBND ngày 15/03/2024 của Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 01 cá nhân;",
		"- Quyết định ngày 10/11/2024 của Giám đốc Sở Tư pháp tặng Giấy khen cho 01 cá nhân.",
	} {
		if !strings.Contains(b.String(), line+"\n") {
			t.Errorf("text summary lacks the line\n%s\nin\n%s", line, b.String())
		}
	}
	// The three numbered decisions alone are a range.
	if got, want := report.DecisionsTallyPhrase(s.Decisions[:3], report.DecisionOptions{}), "01 tập thể và 02 cá nhân tại 03 Quyết định, từ số 410/QĐ-UBND đến số 412/QĐ-UBND"; got != want {
		t.Errorf("DecisionsTallyPhrase = %q, want %q", got, want)
	}
}

func TestDecisionRangePhrase(t *testing.T) {
	day := thidua.MustDate
	num := func(id, n string, on thidua.Date) report.DecisionInfo {
		return report.DecisionInfo{ID: id, Number: thidua.MustParseDocNumber(n), Date: on}
	}
	y24, y25 := day(2024, 5, 1), day(2025, 1, 10)
	ttg := report.DecisionInfo{ID: "ttg", NumberUnknown: true, Date: y24, Issuer: "Thủ tướng Chính phủ"}
	for _, tt := range []struct {
		name string
		ds   []report.DecisionInfo
		o    report.DecisionOptions
		want string
	}{
		{"consecutive, given out of order", []report.DecisionInfo{num("c", "412/QĐ-BTP", y24), num("a", "410/QĐ-BTP", y24), num("e", "414/QĐ-BTP", y24), num("b", "411/QĐ-BTP", y24), num("d", "413/QĐ-BTP", y24)},
			report.DecisionOptions{}, "tại 05 Quyết định, từ số 410/QĐ-BTP đến số 414/QĐ-BTP"},
		{"a gap is listed", []report.DecisionInfo{num("a", "410/QĐ-BTP", y24), num("b", "412/QĐ-BTP", y24), num("c", "415/QĐ-BTP", y24)},
			report.DecisionOptions{}, "tại 03 Quyết định số 410/QĐ-BTP, 412/QĐ-BTP và 415/QĐ-BTP"},
		{"two symbols are listed", []report.DecisionInfo{num("a", "410/QĐ-BTP", y24), num("b", "411/QĐ-UBND", y24), num("c", "412/QĐ-BTP", y24)},
			report.DecisionOptions{}, "tại 03 Quyết định số 410/QĐ-BTP, 412/QĐ-BTP và 411/QĐ-UBND"},
		{"numbers restart every year", []report.DecisionInfo{num("a", "410/QĐ-BTP", y24), num("b", "411/QĐ-BTP", y24), num("c", "412/QĐ-BTP", y25)},
			report.DecisionOptions{}, "tại 03 Quyết định số 410/QĐ-BTP, 411/QĐ-BTP và 412/QĐ-BTP"},
		{"two are listed", []report.DecisionInfo{num("a", "410/QĐ-BTP", y24), num("b", "411/QĐ-BTP", y24)},
			report.DecisionOptions{Count: report.CountOptions{NoPad: true}}, "tại 2 Quyết định số 410/QĐ-BTP và 411/QĐ-BTP"},
		{"one", []report.DecisionInfo{num("a", "05/QĐ-BTP", y24)}, report.DecisionOptions{}, "tại Quyết định số 05/QĐ-BTP"},
		{"one without a number", []report.DecisionInfo{ttg}, report.DecisionOptions{}, "tại Quyết định của Thủ tướng Chính phủ"},
		{"with one without a number", []report.DecisionInfo{num("a", "410/QĐ-BTP", y24), ttg, num("b", "411/QĐ-BTP", y24), num("c", "412/QĐ-BTP", y24)},
			report.DecisionOptions{}, "tại 04 Quyết định (số 410/QĐ-BTP, số 411/QĐ-BTP, số 412/QĐ-BTP và Quyết định của Thủ tướng Chính phủ)"},
		{"the same decision twice", []report.DecisionInfo{num("a", "410/QĐ-BTP", y24), num("a", "410/QĐ-BTP", y24)}, report.DecisionOptions{}, "tại Quyết định số 410/QĐ-BTP"},
		{"none", nil, report.DecisionOptions{}, ""},
	} {
		if got := report.DecisionRangePhrase(tt.ds, tt.o); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDecisionPhrase(t *testing.T) {
	d := report.DecisionInfo{Number: thidua.MustParseDocNumber("410/QĐ-BTP"), Date: thidua.MustDate(2024, time.March, 5), Issuer: "Bộ trưởng Bộ Tư pháp",
		Collectives: 5, Individuals: 10, Awards: []string{"Bằng khen"}}
	ttg := award.Decision{ID: "x", NumberUnknown: true, Date: thidua.MustDate(2024, time.June, 1), IssuerName: "Chính phủ", SignerTitle: "Thủ tướng Chính phủ"}
	for _, tt := range []struct {
		got, want string
	}{
		{report.DecisionPhrase(d, report.DecisionOptions{}), "Quyết định số 410/QĐ-BTP ngày 05/03/2024 của Bộ trưởng Bộ Tư pháp"},
		{report.DecisionPhrase(d, report.DecisionOptions{NoPadDate: true, NoIssuer: true}), "Quyết định số 410/QĐ-BTP ngày 5/3/2024"},
		{report.DecisionPhrase(report.DecisionOf(ttg), report.DecisionOptions{}), "Quyết định ngày 01/06/2024 của Thủ tướng Chính phủ"},
		{report.DecisionPhrase(report.DecisionOf(ttg), report.DecisionOptions{NoDate: true, NoIssuer: true}), "Quyết định của Thủ tướng Chính phủ"},
		{report.DecisionTallyPhrase(d, report.DecisionOptions{NoDate: true}), "Quyết định số 410/QĐ-BTP của Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 05 tập thể và 10 cá nhân"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	ds, err := report.ParseDecisionNumbers("410/QĐ-BTP", "Số: 411/QĐ-BTP", "412/QĐ-BTP")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := report.DecisionRangePhrase(ds, report.DecisionOptions{}), "tại 03 Quyết định, từ số 410/QĐ-BTP đến số 412/QĐ-BTP"; got != want {
		t.Errorf("parsed numbers: %q, want %q", got, want)
	}
	if _, err := report.ParseDecisionNumbers("410/QĐ-BTP", "QĐ-BTP"); err == nil || !strings.Contains(err.Error(), "QĐ-BTP") {
		t.Errorf("ParseDecisionNumbers(bad) = %v, want an error naming it", err)
	}
}

// giayKhenSummary is the summary of the pipeline fixture listing its
// decisions, with the pipeline of the Sở's own Giấy khen.
func giayKhenSummary(t *testing.T) *report.Summary {
	t.Helper()
	f := newPipelineFixture(t)
	s, err := report.BuildSummary(context.Background(), f.sources(), report.SummaryRequest{
		Unit: "SO", Period: thidua.Year(2024), Kinds: []award.Code{award.BangKhenBo, award.GiayKhen},
		ListDecisions: true, Pipeline: &report.PipelineOptions{Codes: []award.Code{award.GiayKhen}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The template functions write the pipeline and the decisions as the
// phrases do; the summary's follow its options' padding.
func TestPipelineAndDecisionFuncs(t *testing.T) {
	s := giayKhenSummary(t)
	const src = `{{pipelineSentence .}}
{{pipelineCount .Pipeline.Total}}
{{decisionsTally .Decisions}}
{{range decisionLines .}}{{.}}
{{end}}{{decision (index .Decisions 0)}}; {{decisionTally (index .Decisions 3)}}
{{decisionRange "410/QĐ-BTP" "411/QĐ-BTP" "412/QĐ-BTP"}}; {{decisionRange (index .Decisions 3)}}
{{pipelinePhrase .Pipeline.Total .Opts}}`
	o := &report.PhraseOptions{Count: report.CountOptions{NoPad: true}}
	tmpl := template.Must(template.New("t").Funcs(report.SummaryFuncs(o)).Parse(`{{with .S}}` + strings.ReplaceAll(src, ".Opts", "$.Opts") + `{{end}}`))
	var b strings.Builder
	if err := tmpl.Execute(&b, struct {
		S    *report.Summary
		Opts report.PipelinePhraseOptions
	}{s, report.PipelinePhraseOptions{SubmittedTo: "Giám đốc Sở"}}); err != nil {
		t.Fatal(err)
	}
	const want = `Trong tổng số 1 hồ sơ đề nghị, trình 1 trường hợp, đã có quyết định khen thưởng 1 trường hợp.
trong tổng số 1 hồ sơ đề nghị, trình 1 trường hợp, đã có quyết định khen thưởng 1 trường hợp
1 tập thể và 3 cá nhân tại 4 Quyết định (số 410/QĐ-UBND, số 411/QĐ-UBND, số 412/QĐ-UBND và Quyết định của Giám đốc Sở Tư pháp)
Khen thưởng 1 tập thể và 3 cá nhân tại 4 Quyết định (số 410/QĐ-UBND, số 411/QĐ-UBND, số 412/QĐ-UBND và Quyết định của Giám đốc Sở Tư pháp):
- Quyết định số 410/QĐ-UBND ngày 15/03/2024 của Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 1 cá nhân;
- Quyết định số 411/QĐ-UBND ngày 16/03/2024 của Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 1 cá nhân;
- Quyết định số 412/QĐ-UBND ngày 17/03/2024 của Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 1 tập thể;
- Quyết định ngày 10/11/2024 của Giám đốc Sở Tư pháp tặng Giấy khen cho 1 cá nhân.
Quyết định số 410/QĐ-UBND ngày 15/03/2024 của Chủ tịch Ủy ban nhân dân tỉnh; Quyết định ngày 10/11/2024 của Giám đốc Sở Tư pháp tặng Giấy khen cho 1 cá nhân
tại 03 Quyết định, từ số 410/QĐ-BTP đến số 412/QĐ-BTP; tại Quyết định của Giám đốc Sở Tư pháp
trong tổng số 01 hồ sơ đề nghị, trình Giám đốc Sở 01 trường hợp, đã có quyết định khen thưởng 01 trường hợp`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("template output (-want +got):\n%s", diff)
	}
	// A bad number stops the template with an error.
	bad := template.Must(template.New("t").Funcs(report.Funcs()).Parse(`{{decisionRange "410/QĐ-BTP" "QĐ-BTP"}}`))
	if err := bad.Execute(&b, nil); err == nil {
		t.Error("decisionRange with a bad number: no error")
	}
	bad = template.Must(template.New("t").Funcs(report.Funcs()).Parse(`{{decision 5}}`))
	if err := bad.Execute(&b, nil); err == nil {
		t.Error("decision of a number: no error")
	}
}

func ExamplePipelinePhrase() {
	c := report.PipelineCount{Proposed: 1200, Considered: 900, Passed: 900, Submitted: 850, AwaitingAppraisal: 50, Granted: 800}
	fmt.Println(report.PipelinePhrase(c, report.PipelinePhraseOptions{SubmittedTo: "Bộ trưởng"}))
	// Output:
	// trong tổng số 1.200 hồ sơ đề nghị, Hội đồng đã xét 900 trường hợp, trình Bộ trưởng 850 trường hợp, đang chờ thẩm định 50 trường hợp, đã có quyết định khen thưởng 800 trường hợp
}

func ExampleDecisionRangePhrase() {
	ds, err := report.ParseDecisionNumbers("410/QĐ-BTP", "411/QĐ-BTP", "412/QĐ-BTP", "413/QĐ-BTP", "414/QĐ-BTP")
	if err != nil {
		panic(err)
	}
	fmt.Println(report.DecisionRangePhrase(ds, report.DecisionOptions{}))
	gap, _ := report.ParseDecisionNumbers("410/QĐ-BTP", "412/QĐ-BTP", "415/QĐ-BTP")
	fmt.Println(report.DecisionRangePhrase(gap, report.DecisionOptions{}))
	ttg := award.Decision{ID: "ttg", NumberUnknown: true, Date: thidua.MustDate(2024, time.June, 1), SignerTitle: "Thủ tướng Chính phủ"}
	fmt.Println(report.DecisionPhrase(report.DecisionOf(ttg), report.DecisionOptions{NoDate: true}))
	// Output:
	// tại 05 Quyết định, từ số 410/QĐ-BTP đến số 414/QĐ-BTP
	// tại 03 Quyết định số 410/QĐ-BTP, 412/QĐ-BTP và 415/QĐ-BTP
	// Quyết định của Thủ tướng Chính phủ
}

// The Markdown and HTML summaries state the pipeline and the decisions too.
func TestPipelineMarkdownHTML(t *testing.T) {
	s := giayKhenSummary(t)
	for name, r := range map[string]report.Renderer{"markdown": report.NewMarkdownRenderer(nil), "html": report.NewHTMLRenderer(nil)} {
		var b bytes.Buffer
		if err := r.Render(&b, s); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{
			"Trong tổng số 01 hồ sơ đề nghị, trình 01 trường hợp, đã có quyết định khen thưởng 01 trường hợp.",
			"Quyết định ngày 10/11/2024 của Giám đốc Sở Tư pháp tặng Giấy khen cho 01 cá nhân",
			"01 tập thể và 03 cá nhân tại 04 Quyết định (số 410/QĐ-UBND, số 411/QĐ-UBND, số 412/QĐ-UBND và Quyết định của Giám đốc Sở Tư pháp):",
		} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("%s summary lacks %q:\n%s", name, want, b.String())
			}
		}
	}
}
