package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/unicode/norm"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/internal/golden"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// fixture is a small province: a Cục with two branches, renamed in 2025.
type fixture struct {
	src report.Sources
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	os := org.NewMemStore()
	cat := award.JusticeCatalogue()
	as := award.NewMemStore(award.WithCatalogue(cat))
	cs := contribution.NewMemStore(nil)
	ms := campaign.NewMemStore(&campaign.Options{Directory: os})
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	old := thidua.Period{From: date(2009, 10, 1), To: date(2025, 6, 30)}
	for _, u := range []org.Unit{
		{ID: "cp", Name: "Chính phủ", Level: "chinh-phu", Exists: thidua.Since(date(1945, 9, 2))},
		{ID: "bo", Name: "Bộ Tư pháp", Level: org.LevelBo, Parent: "cp", Exists: thidua.Since(date(1981, 10, 1))},
		{ID: "ubnd", Name: "Ủy ban nhân dân tỉnh A", Level: "ubnd-tinh", Parent: "cp", Exists: thidua.Since(date(1976, 1, 1))},
		{ID: "cuc-a", Name: "Cục Thi hành án dân sự tỉnh A", ShortName: "Cục A", Level: org.LevelCucTHADSTinh, Parent: "bo", Exists: old},
		{ID: "cc-1", Name: "Chi cục Thi hành án dân sự huyện Một", ShortName: "Chi cục Một", Level: org.LevelChiCucTHADSHuyen, Parent: "cuc-a", Exists: old},
		{ID: "cc-2", Name: "Chi cục Thi hành án dân sự huyện Hai", ShortName: "Chi cục Hai", Level: org.LevelChiCucTHADSHuyen, Parent: "cuc-a", Exists: old},
		{ID: "cuc-b", Name: "Cục Thi hành án dân sự tỉnh B", Level: org.LevelCucTHADSTinh, Parent: "bo", Exists: thidua.Since(date(2009, 10, 1))},
		{ID: "thads-a", Name: "Thi hành án dân sự tỉnh A", Level: org.LevelTHADSTinh, Parent: "bo", Exists: thidua.Since(date(2025, 7, 1))},
	} {
		must(os.AddUnit(ctx, u))
	}
	must(os.AddSuccession(ctx, org.Succession{Kind: org.Rename, Date: date(2025, 7, 1), From: []org.UnitID{"cuc-a"}, To: []org.UnitID{"thads-a"}}))
	for _, p := range []org.Person{
		{ID: "p1", FullName: "Phạm Văn Một", Gender: org.Male, Assignments: []org.Assignment{
			{Unit: "cuc-a", Position: "Cục trưởng", Period: thidua.Period{From: date(2010, 1, 1), To: date(2020, 3, 31)}}}},
		{ID: "p2", FullName: "Võ Văn Hai", Gender: org.Male, Assignments: []org.Assignment{
			{Unit: "cc-1", Position: "Chi cục trưởng", Period: thidua.Period{From: date(2014, 1, 1), To: date(2025, 6, 30)}}}},
		{ID: "p3", FullName: "Lê Thị Ba", Gender: org.Female, Assignments: []org.Assignment{
			{Unit: "cc-2", Position: "Chấp hành viên", Period: thidua.Period{From: date(2012, 1, 1), To: date(2025, 6, 30)}}}},
		{ID: "pb", FullName: "Đỗ Văn Bốn", Gender: org.Male, Assignments: []org.Assignment{
			{Unit: "cuc-b", Position: "Chấp hành viên", Period: thidua.Since(date(2012, 1, 1))}}},
	} {
		must(os.AddPerson(ctx, p))
	}
	unit, person := award.UnitRecipient, award.PersonRecipient
	g := func(id string, k award.Code, r award.Recipient, y int) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: k, Recipient: r, Year: y}}
	}
	for _, d := range []award.Decision{
		{ID: "d1", Number: thidua.MustParseDocNumber("10/QĐ-BTP"), Date: date(2016, 1, 15), Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{g("g1", award.CoBo, unit("cuc-a"), 2015), g("g2", award.CoBo, unit("cc-1"), 2015), g("g3", award.BangKhenBo, person("p3"), 2015),
				g("g3b", award.CoBo, unit("cuc-b"), 2015), g("g3c", award.LDTT, person("p3"), 2015)}},
		{ID: "d2", Number: thidua.MustParseDocNumber("11/QĐ-BTP"), Date: date(2017, 1, 15), Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{g("g4", award.CoBo, unit("cuc-a"), 2016), g("g5", award.CSTDBo, person("p2"), 2016)}},
		{ID: "d3", Number: thidua.MustParseDocNumber("05/QĐ-UBND"), Date: date(2017, 2, 1), Issuer: "ubnd", SignerTitle: "Chủ tịch Ủy ban nhân dân tỉnh A",
			Grants: []award.Grant{g("g6", award.BangKhenBo, unit("cc-2"), 2016), g("g7", award.BangKhenBo, person("p3"), 2016)}},
		{ID: "d4", Number: thidua.MustParseDocNumber("12/QĐ-BTP"), Date: date(2018, 1, 10), Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{g("g8", award.BangKhenBo, person("p2"), 2017)}},
		{ID: "d5", Number: thidua.MustParseDocNumber("13/QĐ-BTP"), Date: date(2021, 1, 10), Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{g("g9", award.CoBo, unit("cc-2"), 2020)}},
	} {
		must(as.AddDecision(ctx, d))
	}
	must(as.Revoke(ctx, "g8", award.Revocation{Date: date(2019, 1, 1), Reason: "Kê khai không trung thực thành tích"}))
	n, err := award.Start(ctx, as, os, award.Nomination{ID: "n1", Proposer: "cuc-a", Authority: "cp",
		Subject: award.Subject{Kind: award.CoChinhPhu, Recipient: unit("cuc-a"), Year: 2019}},
		award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc-a"}, On: date(2020, 1, 20)})
	must(err)
	_, err = award.Advance(ctx, as, os, n.ID, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cuc-a"}, On: date(2020, 2, 1), To: "bo"})
	must(err)
	_, err = award.Start(ctx, as, os, award.Nomination{ID: "n2", Proposer: "cuc-a", Authority: "bo",
		Subject: award.Subject{Kind: award.BangKhenBo, Recipient: unit("cc-2"), Year: 2019}},
		award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc-a"}, On: date(2020, 3, 1)})
	must(err)

	for i, e := range []contribution.Entry{
		{Date: date(2016, 5, 1), Unit: "cuc-a", Source: contribution.Own, Purpose: contribution.PurposeNewRural, Amount: decimal.NewFromInt(10_500_000)},
		{Date: date(2018, 5, 1), Unit: "cc-1", Source: contribution.Own, Purpose: contribution.PurposeNewRural, Amount: decimal.NewFromInt(2_000_000)},
		{Date: date(2014, 5, 1), Unit: "cc-1", Source: contribution.Own, Purpose: contribution.PurposeNewRural, Amount: decimal.NewFromInt(7_000_000)},
		{Date: date(2017, 5, 1), Unit: "cuc-b", Source: contribution.Own, Purpose: contribution.PurposeNewRural, Amount: decimal.NewFromInt(9_000_000)},
		{Date: date(2017, 6, 1), Unit: "cc-2", Source: contribution.Mobilised, Purpose: contribution.PurposeRuralRoads,
			Items: contribution.Items{Kind: contribution.KindBridge, Count: 3}},
	} {
		e.Key = "k" + string(rune('a'+i))
		e.Status = contribution.Received
		e.Contributor = contribution.UnitContributor(e.Unit)
		_, err := cs.Post(ctx, e)
		must(err)
	}
	for _, m := range []campaign.Movement{
		{ID: "m-bo", Title: "Toàn ngành Tư pháp thi đua", Kind: campaign.Regular, Launcher: campaign.Launcher{Unit: "bo"}, Period: thidua.Years(2016, 2020)},
		{ID: "m-cuc-2016", Title: "Thi đua năm 2016", Kind: campaign.Regular, Launcher: campaign.Launcher{Unit: "cuc-a"}, Period: thidua.Year(2016)},
		{ID: "m-cuc-2017", Title: "Thi đua năm 2017", Kind: campaign.Regular, Launcher: campaign.Launcher{Unit: "cuc-a"}, Period: thidua.Year(2017)},
		{ID: "m-d1", Title: "Cao điểm 1", Kind: campaign.PeakDrive, Parent: "m-cuc-2016", Launcher: campaign.Launcher{Unit: "cuc-a"}, Period: thidua.Period{From: date(2016, 3, 1), To: date(2016, 4, 30)}},
		{ID: "m-d2", Title: "Cao điểm 2", Kind: campaign.PeakDrive, Parent: "m-cuc-2016", Launcher: campaign.Launcher{Unit: "cuc-a"}, Period: thidua.Period{From: date(2016, 8, 1), To: date(2016, 9, 30)}},
		{ID: "m-d3", Title: "Cao điểm 3", Kind: campaign.PeakDrive, Parent: "m-cuc-2017", Launcher: campaign.Launcher{Unit: "cuc-a"}, Period: thidua.Period{From: date(2017, 3, 1), To: date(2017, 4, 30)}},
	} {
		must(ms.AddMovement(ctx, m))
	}
	must(ms.AddInitiative(ctx, campaign.Initiative{ID: "sk1", Title: "Sáng kiến xác minh điều kiện thi hành án", Kind: campaign.KindInitiative,
		Authors: []campaign.Author{{Person: "p3"}}, Level: campaign.LevelGrassroots, RecognisedBy: "Hội đồng sáng kiến Cục A",
		Created: date(2017, 3, 1), Recognised: date(2017, 12, 1), Applied: true}))
	return &fixture{src: report.Sources{Org: os, Award: as, Catalogue: cat, Scale: org.JusticeScale(), Contribution: cs, Campaign: ms}}
}

func (f *fixture) build(t *testing.T, req report.SummaryRequest) *report.Summary {
	t.Helper()
	s, err := report.BuildSummary(context.Background(), f.src, req)
	if err != nil {
		t.Fatalf("BuildSummary: %v", err)
	}
	return s
}

// The expected figures below are counted by hand from the fixture's records.
func TestBuildSummary(t *testing.T) {
	f := newFixture(t)
	for _, tt := range []struct {
		name string
		req  report.SummaryRequest
	}{
		{"the Cục itself", report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020), HighlightYear: 2016}},
		// Today's unit carries the history of the Cục it was renamed from.
		{"its successor", report.SummaryRequest{Unit: "thads-a", Period: thidua.Years(2015, 2020), HighlightYear: 2016}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := f.build(t, tt.req)
			if s.Unit.ID != "cuc-a" || s.Unit.Name != "Cục Thi hành án dân sự tỉnh A" {
				t.Errorf("unit = %+v, want the Cục as named in 2020", s.Unit)
			}
			type count struct {
				Code                   award.Code
				Units, UnitG, Ppl, PpG int
			}
			var got []count
			for _, a := range s.Awards {
				got = append(got, count{a.Code, a.Collectives.Recipients, a.Collectives.Grants, a.Individuals.Recipients, a.Individuals.Grants})
			}
			want := []count{
				// Cục A twice (2015, 2016), Chi cục Một once; Cục B is
				// another province, d5 was decided after the period.
				{award.CoBo, 2, 3, 0, 0},
				{award.CSTDBo, 0, 0, 1, 1},
				// Chi cục Hai once; Lê Thị Ba twice; the revoked g8 is
				// left out. Forms come after titles of the same level.
				{award.BangKhenBo, 1, 1, 1, 2},
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("award tallies (-want +got):\n%s", diff)
			}
			o := &report.PhraseOptions{}
			wantPhrases := []string{
				"Cờ thi đua cấp bộ, ngành, tỉnh cho 03 tập thể (Cục A 02 lần và Chi cục Một 01 lần)",
				"Chiến sĩ thi đua cấp bộ, ngành, tỉnh cho 01 cá nhân",
				"Bằng khen của Bộ trưởng Bộ Tư pháp và Chủ tịch Ủy ban nhân dân tỉnh A cho 01 tập thể và 02 cá nhân",
			}
			if diff := cmp.Diff(wantPhrases, o.AwardPhrases(s)); diff != "" {
				t.Errorf("award phrases (-want +got):\n%s", diff)
			}
			// The draft n2 is not pending; n1 is, and it is not a grant.
			if len(s.Pending) != 1 || s.Pending[0].ID != "n1" || !s.Pending[0].Own || s.Pending[0].Submitted != date(2020, 2, 1) {
				t.Errorf("pending = %+v", s.Pending)
			}
			if h := o.HighlightSentence(s); h != "Đặc biệt, năm 2016 Cục A được tặng thưởng Cờ thi đua cấp bộ, ngành, tỉnh và đang đề nghị Thủ tướng Chính phủ tặng Cờ thi đua." {
				t.Errorf("highlight = %q", h)
			}
			// 10.500.000 + 2.000.000; the 2014 entry and Cục B's are out.
			if got := s.Contributions.Own.Total; !got.Equal(decimal.NewFromInt(12_500_000)) {
				t.Errorf("own total = %s", got)
			}
			wantContrib := []string{
				"Đã đóng góp hơn 12.000.000 đồng để hỗ trợ cho các xã xây dựng nông thôn mới",
				"vận động các nhà hảo tâm ủng hộ đóng góp xây 03 cây cầu",
			}
			if diff := cmp.Diff(wantContrib, o.ContributionPhrases(s)); diff != "" {
				t.Errorf("contribution phrases (-want +got):\n%s", diff)
			}
			wantDrives := []report.DriveYear{{2015, 0}, {2016, 2}, {2017, 1}, {2018, 0}, {2019, 0}, {2020, 0}}
			if diff := cmp.Diff(wantDrives, s.Movements.Drives); diff != "" {
				t.Errorf("drives (-want +got):\n%s", diff)
			}
			if r := o.DriveRange(s); r != "từ 01 đến 02" {
				t.Errorf("drive range = %q", r)
			}
			if len(s.Movements.Joined) != 1 || s.Movements.Joined[0].ID != "m-bo" || len(s.Movements.Launched) != 2 {
				t.Errorf("movements = %+v", s.Movements)
			}
			if diff := cmp.Diff([]report.InitiativeTally{{Level: "1", LevelName: "cơ sở", Count: 1, Applied: 1}}, s.Initiatives); diff != "" {
				t.Errorf("initiatives (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBuildSummaryAsOf(t *testing.T) {
	f := newFixture(t)
	// Seen from 31/12/2016, only d1 had been decided, and n1 not yet
	// submitted.
	s := f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020), AsOf: date(2016, 12, 31)})
	o := &report.PhraseOptions{}
	want := []string{
		"Cờ thi đua cấp bộ, ngành, tỉnh cho 02 tập thể",
		"Bằng khen của Bộ trưởng Bộ Tư pháp cho 01 cá nhân",
	}
	if diff := cmp.Diff(want, o.AwardPhrases(s)); diff != "" {
		t.Errorf("award phrases (-want +got):\n%s", diff)
	}
	if len(s.Pending) != 0 {
		t.Errorf("pending = %+v, want none", s.Pending)
	}
	// The Cục trưởng held his post then.
	s = f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020), AsOf: date(2020, 6, 1), Kinds: []award.Code{award.CoBo}})
	if len(s.Awards) != 1 || s.Awards[0].Code != award.CoBo {
		t.Errorf("Kinds not respected: %+v", s.Awards)
	}
}

func TestBuildSummaryErrors(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		src  report.Sources
		req  report.SummaryRequest
		want error
	}{
		{"no unit", f.src, report.SummaryRequest{Period: thidua.Year(2019)}, thidua.ErrInvalid},
		{"unknown unit", f.src, report.SummaryRequest{Unit: "x", Period: thidua.Year(2019)}, thidua.ErrNotFound},
		{"empty period", f.src, report.SummaryRequest{Unit: "cuc-a"}, thidua.ErrInvalid},
		{"reversed period", f.src, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Period{From: date(2020, 1, 1), To: date(2019, 1, 1)}}, thidua.ErrInvalid},
		{"as of before the period", f.src, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Year(2019), AsOf: date(2018, 1, 1)}, thidua.ErrInvalid},
		{"unknown kind", f.src, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Year(2019), Kinds: []award.Code{"khong-co"}}, thidua.ErrInvalid},
		{"no award store", report.Sources{Org: f.src.Org}, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Year(2019)}, thidua.ErrInvalid},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, err := report.BuildSummary(ctx, tt.src, tt.req)
			if !errors.Is(err, tt.want) || s != nil {
				t.Fatalf("BuildSummary = %v, %v; want error %v", s, err, tt.want)
			}
			var e *thidua.Error
			if !errors.As(err, &e) {
				t.Errorf("error %v is not a *thidua.Error", err)
			}
		})
	}
	// Cancelled contexts stop the stores.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := report.BuildSummary(cctx, f.src, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Year(2019)}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
}

func TestSummaryJSON(t *testing.T) {
	f := newFixture(t)
	s := f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020)})
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var back report.Summary
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, &back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	for _, key := range []string{`"awards"`, `"collectives"`, `"grants"`, `"pending"`, `"contributions"`, `"as_of":"2020-12-31"`} {
		if !bytes.Contains(b, []byte(key)) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestRenderers(t *testing.T) {
	f := newFixture(t)
	s := f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020), AsOf: date(2020, 6, 22), HighlightYear: 2016})
	for _, tt := range []struct {
		golden string
		r      report.Renderer
	}{
		{"summary.txt", report.NewTextRenderer(nil)},
		{"summary.md", report.NewMarkdownRenderer(nil)},
		{"summary.html", report.NewHTMLRenderer(nil)},
		{"summary.csv", report.CSVRenderer{}},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.r.Render(&buf, s); err != nil {
				t.Fatal(err)
			}
			if !norm.NFC.IsNormal(buf.Bytes()) {
				t.Errorf("output is not NFC")
			}
			golden.Check(t, filepath.Join("testdata", tt.golden), buf.Bytes())
		})
	}
}

func TestHTMLEscapes(t *testing.T) {
	f := newFixture(t)
	s := f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020)})
	s.Unit.Name = `<script>alert("x")</script>`
	s.Awards[0].Label = "Cờ <b>"
	var buf bytes.Buffer
	if err := report.NewHTMLRenderer(nil).Render(&buf, s); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<script>") || strings.Contains(buf.String(), "Cờ <b>") {
		t.Errorf("HTML not escaped:\n%s", buf.String())
	}
	if !strings.Contains(buf.String(), "&lt;script&gt;") {
		t.Errorf("escaped name missing:\n%s", buf.String())
	}
}

func TestCustomTemplate(t *testing.T) {
	f := newFixture(t)
	s := f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020)})
	r, err := report.NewTemplateRenderer("custom", `{{.Unit.ShortName}}: {{range .Awards}}{{award .}}; {{end}}{{yearsCount .Period}}, {{approxMoney .Contributions.Own.Total}}`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Render(&buf, s); err != nil {
		t.Fatal(err)
	}
	want := "Cục A: Cờ thi đua cấp bộ, ngành, tỉnh cho 03 tập thể (Cục A 02 lần và Chi cục Một 01 lần); " +
		"Chiến sĩ thi đua cấp bộ, ngành, tỉnh cho 01 cá nhân; " +
		"Bằng khen của Bộ trưởng Bộ Tư pháp và Chủ tịch Ủy ban nhân dân tỉnh A cho 01 tập thể và 02 cá nhân; 05 năm, hơn 12.000.000 đồng"
	if got := buf.String(); got != want {
		t.Errorf("custom template:\n got %q\nwant %q", got, want)
	}
	if _, err := report.NewTemplateRenderer("bad", "{{.Unit", nil); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("bad template: %v", err)
	}
	r, _ = report.NewTemplateRenderer("fails", "{{.NoSuchField}}", nil)
	if err := r.Render(&buf, s); err == nil {
		t.Errorf("executing a bad field did not fail")
	}
	if _, err := report.BuiltinTemplate("summary.txt"); err != nil {
		t.Errorf("BuiltinTemplate: %v", err)
	}
	if _, err := report.BuiltinTemplate("nope"); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("BuiltinTemplate(nope): %v", err)
	}
}

// A person who moved between provinces brings no credit earned elsewhere;
// what was earned here stays here.
func TestSummaryPeopleWhoMoved(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	orgs := f.src.Org.(*org.MemStore)
	awards := f.src.Award.(*award.MemStore)
	if err := orgs.AddPerson(ctx, org.Person{ID: "pm", FullName: "Hồ Văn Năm", Gender: org.Male, Assignments: []org.Assignment{
		{Unit: "cuc-b", Position: "Chấp hành viên", Period: thidua.Period{From: date(2012, 1, 1), To: date(2018, 6, 30)}},
		{Unit: "cc-1", Position: "Chấp hành viên", Period: thidua.Period{From: date(2018, 7, 1), To: date(2025, 6, 30)}},
	}}); err != nil {
		t.Fatal(err)
	}
	bk := func(id string, y int) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient("pm"), Year: y}}
	}
	for _, d := range []award.Decision{
		{ID: "dm1", Number: thidua.MustParseDocNumber("30/QĐ-BTP"), Date: date(2017, 3, 1), Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: []award.Grant{bk("gm1", 2016)}},
		{ID: "dm2", Number: thidua.MustParseDocNumber("31/QĐ-BTP"), Date: date(2020, 3, 1), Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: []award.Grant{bk("gm2", 2019)}},
	} {
		if err := awards.AddDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	s := f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020), Kinds: []award.Code{award.BangKhenBo}, ListGrants: true})
	var got []string
	for _, g := range s.Awards[0].Grants {
		got = append(got, g.ID)
	}
	// g3 and g7 (Lê Thị Ba), g6 (Chi cục Hai), and gm2 earned in Chi cục Một; not gm1, earned in Cục B.
	if diff := cmp.Diff([]string{"g3", "g6", "g7", "gm2"}, got); diff != "" {
		t.Errorf("grants counted (-want +got):\n%s", diff)
	}
	// Someone who left Chi cục Một at the end of 2014 keeps the credit of
	// the award for 2014 decided in 2015.
	if err := orgs.AddPerson(ctx, org.Person{ID: "pl", FullName: "Mai Thị Bảy", Gender: org.Female, Assignments: []org.Assignment{
		{Unit: "cc-1", Position: "Chấp hành viên", Period: thidua.Period{From: date(2010, 1, 1), To: date(2014, 12, 31)}},
		{Unit: "cuc-b", Position: "Chấp hành viên", Period: thidua.Since(date(2015, 1, 1))},
	}}); err != nil {
		t.Fatal(err)
	}
	if err := awards.AddDecision(ctx, award.Decision{ID: "dl", Number: thidua.MustParseDocNumber("40/QĐ-BTP"), Date: date(2015, 3, 15),
		Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: []award.Grant{{ID: "gl", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient("pl"), Year: 2014}}}}); err != nil {
		t.Fatal(err)
	}
	s = f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020), Kinds: []award.Code{award.BangKhenBo}, ListGrants: true})
	got = nil
	for _, g := range s.Awards[0].Grants {
		got = append(got, g.ID)
	}
	if diff := cmp.Diff([]string{"gl", "g3", "g6", "g7", "gm2"}, got); diff != "" {
		t.Errorf("grants counted (-want +got):\n%s", diff)
	}
}

// A revocation after the summary's day does not change what it said.
func TestSummaryRevokedLater(t *testing.T) {
	f := newFixture(t)
	if err := f.src.Award.(award.Store).Revoke(context.Background(), "g6", award.Revocation{Date: date(2021, 3, 1), Reason: "Hồ sơ không đúng"}); err != nil {
		t.Fatal(err)
	}
	req := report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020), Kinds: []award.Code{award.BangKhenBo}}
	if s := f.build(t, req); s.Awards[0].Collectives.Grants != 1 {
		t.Errorf("as of 2020: %d collective grants, want 1 (revoked only in 2021)", s.Awards[0].Collectives.Grants)
	}
	req.Period, req.AsOf = thidua.Years(2015, 2021), date(2021, 12, 31)
	if s := f.build(t, req); s.Awards[0].Collectives.Grants != 0 {
		t.Errorf("as of 2021: %d collective grants, want 0", s.Awards[0].Collectives.Grants)
	}
}

// A movement of another province, open to all, is not joined unless one of
// the units registered for it.
func TestSummaryForeignMovement(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	ms := f.src.Campaign.(*campaign.MemStore)
	if err := ms.AddMovement(ctx, campaign.Movement{ID: "m-b", Title: "Thi đua của tỉnh B", Kind: campaign.Regular,
		Launcher: campaign.Launcher{Unit: "cuc-b"}, Period: thidua.Year(2018)}); err != nil {
		t.Fatal(err)
	}
	joined := func() []string {
		s := f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020)})
		var ids []string
		for _, m := range s.Movements.Joined {
			ids = append(ids, m.ID)
		}
		return ids
	}
	if diff := cmp.Diff([]string{"m-bo"}, joined()); diff != "" {
		t.Errorf("joined before registering (-want +got):\n%s", diff)
	}
	// A former officer of Chi cục Hai registering from Cục B does not
	// make the Cục A system join.
	orgs := f.src.Org.(*org.MemStore)
	if err := orgs.AddPerson(ctx, org.Person{ID: "px", FullName: "Đinh Văn Sáu", Assignments: []org.Assignment{
		{Unit: "cc-2", Position: "Thư ký", Period: thidua.Period{From: date(2012, 1, 1), To: date(2017, 12, 31)}},
		{Unit: "cuc-b", Position: "Thư ký", Period: thidua.Since(date(2018, 1, 1))},
	}}); err != nil {
		t.Fatal(err)
	}
	if err := ms.Register(ctx, campaign.Registration{Movement: "m-b", Year: 2018, Participant: campaign.Participant{Person: "px"},
		Date: date(2018, 2, 1), Titles: []string{string(award.LDTT)}}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"m-bo"}, joined()); diff != "" {
		t.Errorf("joined after a former officer registered elsewhere (-want +got):\n%s", diff)
	}
	if err := ms.Register(ctx, campaign.Registration{Movement: "m-b", Year: 2018, Participant: campaign.Participant{Unit: "cc-2"},
		Date: date(2018, 2, 1), Titles: []string{string(award.TTLDXS)}}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"m-bo", "m-b"}, joined()); diff != "" {
		t.Errorf("joined after registering (-want +got):\n%s", diff)
	}
}

func TestBuildSummaryBadRequests(t *testing.T) {
	f := newFixture(t)
	for _, tt := range []struct {
		name string
		req  report.SummaryRequest
	}{
		{"kind listed twice", report.SummaryRequest{Unit: "cuc-a", Period: thidua.Year(2019), Kinds: []award.Code{award.CoBo, award.CoBo}}},
		{"open-ended period", report.SummaryRequest{Unit: "cuc-a", Period: thidua.Since(date(2015, 1, 1))}},
		{"highlight outside the period", report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020), HighlightYear: 2021}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := report.BuildSummary(context.Background(), f.src, tt.req); !errors.Is(err, thidua.ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestMarkdownEscapes(t *testing.T) {
	f := newFixture(t)
	s := f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020)})
	s.Awards[0].Label = "Cờ | <b>đặc biệt</b>"
	var buf bytes.Buffer
	if err := report.NewMarkdownRenderer(nil).Render(&buf, s); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "<b>") || !strings.Contains(out, `| Cờ \| &lt;b&gt;đặc biệt&lt;/b&gt; |`) {
		t.Errorf("label not escaped in the Markdown table:\n%s", out)
	}
}

// Small amounts are written exactly: a lower bound of two significant
// digits would say "hơn 990 đồng" for 999 đồng.
func TestPhraseMoney(t *testing.T) {
	o := &report.PhraseOptions{}
	for _, tt := range []struct {
		amount int64
		want   string
	}{
		{50_350_000, "hơn 50.000.000 đồng"},
		{110_000_000, "110.000.000 đồng"},
		{420_523_000, "hơn 420.000.000 đồng"},
		{999, "999 đồng"},
		{1_234, "hơn 1.200 đồng"},
		{0, "0 đồng"},
	} {
		if got := o.Money(decimal.NewFromInt(tt.amount)); got != tt.want {
			t.Errorf("Money(%d) = %q, want %q", tt.amount, got, tt.want)
		}
	}
	if got := (&report.PhraseOptions{ExactMoney: true}).Money(decimal.NewFromInt(50_350_000)); got != "50.350.000 đồng" {
		t.Errorf("exact = %q", got)
	}
}

// TestMarkdownEscapesCounterAndClassifier: the classifier of a grant
// ("cờ") and of contributed items ("cây cầu") come from the catalogue and
// are escaped like every other text, so a "|" cannot add a column.
func TestMarkdownEscapesCounterAndClassifier(t *testing.T) {
	f := newFixture(t)
	s := f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020)})
	for i := range s.Awards {
		s.Awards[i].Counter = "cờ | x <b>"
	}
	s.Contributions.Own.Items = append(s.Contributions.Own.Items, report.ItemLine{Kind: "cau", Name: "Cầu", Classifier: "cây | cầu <i>", Count: 2})
	var buf bytes.Buffer
	if err := report.NewMarkdownRenderer(nil).Render(&buf, s); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "<b>") || strings.Contains(out, "<i>") {
		t.Errorf("raw HTML from a classifier:\n%s", out)
	}
	rows := 0
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "|") {
			continue
		}
		rows++
		if n := strings.Count(l, "|") - strings.Count(l, `\|`); n != 5 && n != 4 {
			t.Errorf("row has %d cell separators: %q", n, l)
		}
	}
	if !strings.Contains(out, `cây \| cầu`) || !strings.Contains(out, `cờ \| x`) {
		t.Errorf("classifiers missing or unescaped:\n%s", out)
	}
	if rows == 0 {
		t.Fatalf("no table:\n%s", out)
	}
}

// TestSummaryShares: entries funded by several contributors credit each
// source its share only.
func TestSummaryShares(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	cs := f.src.Contribution.(contribution.Store)
	unit := contribution.UnitContributor("cc-1")
	for _, e := range []contribution.Entry{
		// A house worth 100.000.000 đồng: 50.000.000 of the Chi cục's
		// own, which builds it, 20.000.000 and 30.000.000 mobilised from
		// a lawyer and a company.
		{Key: "house", Date: date(2019, 4, 1), Unit: "cc-1", Contributor: unit, Source: contribution.Own, Status: contribution.Received,
			Purpose: contribution.PurposeGratitude, Items: contribution.Items{Kind: contribution.KindGratitude, Count: 1, ValuePerItem: decimal.NewFromInt(100_000_000)},
			Shares: []contribution.Share{
				{Contributor: unit, Amount: decimal.NewFromInt(50_000_000), Count: 1},
				{Contributor: contribution.Benefactor("Luật sư Nguyễn Văn An"), Source: contribution.Mobilised, Amount: decimal.NewFromInt(20_000_000)},
				{Contributor: contribution.Benefactor("Công ty TNHH Minh Phát"), Source: contribution.Mobilised, Amount: decimal.NewFromInt(30_000_000)},
			}},
		// 10.000.000 đồng for new rural development: 6.000.000 own,
		// 4.000.000 mobilised.
		{Key: "cash", Date: date(2019, 5, 1), Unit: "cc-1", Contributor: unit, Source: contribution.Own, Status: contribution.Received,
			Purpose: contribution.PurposeNewRural, Amount: decimal.NewFromInt(10_000_000),
			Shares: []contribution.Share{
				{Contributor: unit, Amount: decimal.NewFromInt(6_000_000)},
				{Contributor: contribution.Benefactor("Bà Lê Thị Hoa"), Source: contribution.Mobilised, Amount: decimal.NewFromInt(4_000_000)},
			}},
	} {
		if _, err := cs.Post(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	s := f.build(t, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020)})
	// Own: 10.500.000 + 2.000.000 as before, and 6.000.000; the house.
	// Mobilised: the 20.000.000 + 30.000.000 towards the house and the
	// 4.000.000, as money; the three bridges as before.
	if got := s.Contributions.Own.Total; !got.Equal(decimal.NewFromInt(18_500_000)) {
		t.Errorf("own total = %s, want 18.500.000", got)
	}
	if got := s.Contributions.Mobilised.Total; !got.Equal(decimal.NewFromInt(54_000_000)) {
		t.Errorf("mobilised total = %s, want 54.000.000", got)
	}
	want := []string{
		"Đã đóng góp xây 01 căn nhà tình nghĩa và đóng góp hơn 18.000.000 đồng để hỗ trợ cho các xã xây dựng nông thôn mới",
		"vận động các nhà hảo tâm ủng hộ đóng góp xây 03 cây cầu, hỗ trợ 50.000.000 đồng để xây nhà tình nghĩa và hỗ trợ 4.000.000 đồng để hỗ trợ cho các xã xây dựng nông thôn mới",
	}
	if diff := cmp.Diff(want, (&report.PhraseOptions{}).ContributionPhrases(s)); diff != "" {
		t.Errorf("contribution phrases (-want +got):\n%s", diff)
	}
}
