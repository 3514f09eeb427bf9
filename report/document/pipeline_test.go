package document_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
	"github.com/thidua-go/thidua/report/document"
)

// pipelineSources is a Sở Tư pháp, 2020–2024, with the cases where the
// documents about it used to disagree: an office renamed in 2021, a centre
// closed in 2022, the head of the Sở awarded, a grant revoked after the
// period and one revoked in it, a person who moved in after being awarded
// elsewhere and one who left after earning an award here.
func pipelineSources(t *testing.T) document.Sources {
	t.Helper()
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	os := org.NewMemStore()
	cat := award.DefaultCatalogue()
	as := award.NewMemStore(award.WithCatalogue(cat))
	since := thidua.Since(day(2008, time.January, 1))
	for _, u := range []org.Unit{
		{ID: "ubnd", Name: "Ủy ban nhân dân tỉnh Xuân", Exists: since},
		{ID: "so", Name: "Sở Tư pháp tỉnh Xuân", Parent: "ubnd", Exists: since},
		{ID: "so-khac", Name: "Sở Tư pháp tỉnh Hạ", Exists: since},
		{ID: "p-htp", Name: "Phòng Hành chính tư pháp", Parent: "so", Exists: thidua.Period{From: day(2008, time.January, 1), To: day(2021, time.June, 30)}},
		{ID: "p-htp2", Name: "Phòng Hành chính tư pháp và Bổ trợ tư pháp", Parent: "so", Exists: thidua.Since(day(2021, time.July, 1))},
		{ID: "p-vb", Name: "Phòng Xây dựng và kiểm tra văn bản", Parent: "so", Exists: since},
		{ID: "tt-1", Name: "Trung tâm Trợ giúp pháp lý", Parent: "so", Exists: thidua.Period{From: day(2008, time.January, 1), To: day(2022, time.March, 31)}},
	} {
		must(os.AddUnit(ctx, u))
	}
	must(os.AddSuccession(ctx, org.Succession{Kind: org.Rename, Date: day(2021, time.July, 1), From: []org.UnitID{"p-htp"}, To: []org.UnitID{"p-htp2"}}))
	post := func(u org.UnitID, pos string, p thidua.Period) org.Assignment {
		return org.Assignment{Unit: u, Position: pos, Period: p}
	}
	for _, p := range []org.Person{
		{ID: "p-gd", FullName: "Nguyễn Văn Giám", Gender: org.Male, Assignments: []org.Assignment{post("so", "Giám đốc", thidua.Since(day(2015, time.January, 1)))}},
		{ID: "p-cv", FullName: "Trần Thị Chuyên", Gender: org.Female, Assignments: []org.Assignment{
			post("p-htp", "Chuyên viên", thidua.Period{From: day(2010, time.January, 1), To: day(2021, time.June, 30)}),
			post("p-htp2", "Chuyên viên", thidua.Since(day(2021, time.July, 1))),
		}},
		// Awarded in Hạ for 2021, then moved here in 2022.
		{ID: "p-move", FullName: "Lê Văn Chuyển", Gender: org.Male, Assignments: []org.Assignment{
			post("so-khac", "Chuyên viên", thidua.Period{From: day(2010, time.January, 1), To: day(2021, time.December, 31)}),
			post("p-vb", "Chuyên viên", thidua.Since(day(2022, time.January, 1))),
		}},
		// Earned a Bằng khen here for 2020, then left for Hạ.
		{ID: "p-left", FullName: "Phạm Thị Rời", Gender: org.Female, Assignments: []org.Assignment{
			post("p-vb", "Chuyên viên", thidua.Period{From: day(2010, time.January, 1), To: day(2020, time.December, 31)}),
			post("so-khac", "Chuyên viên", thidua.Since(day(2021, time.January, 1))),
		}},
	} {
		must(os.AddPerson(ctx, p))
	}
	unit := func(id string, k award.Code, u org.UnitID, year int) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: k, Recipient: award.UnitRecipient(u), Year: year}}
	}
	person := func(id string, k award.Code, p org.PersonID, year int) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: k, Recipient: award.PersonRecipient(p), Year: year}}
	}
	dec := func(id string, n int, date thidua.Date, gs ...award.Grant) award.Decision {
		return award.Decision{ID: id, Number: thidua.DocNumber{Number: n, Symbol: "QĐ-UBND"}, Date: date,
			Issuer: "ubnd", SignerTitle: "Chủ tịch Ủy ban nhân dân tỉnh Xuân", Grants: gs}
	}
	for _, d := range []award.Decision{
		dec("d1", 1, day(2021, time.January, 20),
			unit("g01", award.TTLDXS, "so", 2020), unit("g02", award.TTLDXS, "p-htp", 2020),
			person("g03", award.BangKhenBo, "p-left", 2020), unit("g04", award.BangKhenBo, "tt-1", 2020)),
		{ID: "d-ha", Number: thidua.DocNumber{Number: 9, Symbol: "QĐ-UBND"}, Date: day(2021, time.December, 10), Issuer: "so-khac",
			SignerTitle: "Chủ tịch Ủy ban nhân dân tỉnh Hạ", Grants: []award.Grant{person("g05", award.BangKhenBo, "p-move", 2021)}},
		dec("d2", 2, day(2022, time.January, 15),
			unit("g06", award.TTLDXS, "so", 2021), unit("g07", award.TTLDXS, "p-htp2", 2021), person("g08", award.CSTDBo, "p-gd", 2021)),
		dec("d3", 3, day(2023, time.January, 15), unit("g09", award.BangKhenBo, "so", 2022), person("g10", award.BangKhenBo, "p-cv", 2022)),
		dec("d4", 4, day(2024, time.February, 1), person("g11", award.BangKhenBo, "p-move", 2023), unit("g12", award.CoBo, "so", 2023)),
		dec("d5", 5, day(2025, time.January, 20), unit("g13", award.TTLDXS, "so", 2024)),
	} {
		must(as.AddDecision(ctx, d))
	}
	must(as.Revoke(ctx, "g09", award.Revocation{Date: day(2025, time.February, 1), Reason: "Hồ sơ không đúng"}))
	must(as.Revoke(ctx, "g10", award.Revocation{Date: day(2023, time.June, 1), Reason: "Kê khai không trung thực thành tích"}))
	return document.Sources{Org: os, Award: as, Catalogue: cat}
}

// TestOnePipeline puts the same data through the summary, the statistics
// table, the counted grants of the forms and the collective achievement
// report: each figure must be the same in all, and the one the rule gives.
func TestOnePipeline(t *testing.T) {
	ctx := context.Background()
	src := pipelineSources(t)
	rsrc := report.Sources{Org: src.Org, Award: src.Award, Catalogue: src.Catalogue}
	period := thidua.Years(2020, 2024)
	kinds := []award.Code{award.CoBo, award.TTLDXS, award.CSTDBo, award.BangKhenBo}

	sum, err := report.BuildSummary(ctx, rsrc, report.SummaryRequest{Unit: "so", Period: period, Kinds: kinds})
	if err != nil {
		t.Fatal(err)
	}
	st, err := document.StatisticsTable(ctx, src, document.StatisticsRequest{Unit: "so", Period: period, Codes: kinds})
	if err != nil {
		t.Fatal(err)
	}

	// By decision year, as of 31/12/2024: g05 was earned in Hạ and decided
	// before the move (no credit); g10 was revoked in 2023; g09, revoked
	// only in 2025, counts; g13 is decided after the period.
	type cell struct {
		code                    award.Code
		year, coll, individuals int
	}
	want := []cell{
		{award.CoBo, 2024, 1, 0},       // g12
		{award.TTLDXS, 2021, 2, 0},     // g01, g02 (Phòng Hành chính tư pháp)
		{award.TTLDXS, 2022, 2, 0},     // g06, g07 (the same office, renamed)
		{award.CSTDBo, 2022, 0, 1},     // g08, the head of the Sở
		{award.BangKhenBo, 2021, 1, 1}, // g04 (the centre closed in 2022), g03 (left, earned here)
		{award.BangKhenBo, 2023, 1, 0}, // g09, revoked after the period
		{award.BangKhenBo, 2024, 0, 1}, // g11, earned after the move
	}
	var fromSummary, fromTable []cell
	for _, a := range sum.Awards {
		for _, y := range a.ByYear {
			fromSummary = append(fromSummary, cell{a.Code, y.Year, y.Collectives.Grants, y.Individuals.Grants})
		}
	}
	for _, row := range st.Rows {
		for i, c := range row.Years {
			if c.Total() > 0 {
				fromTable = append(fromTable, cell{row.Code, st.Years[i], c.Collectives, c.Individuals})
			}
		}
	}
	opt := cmp.AllowUnexported(cell{})
	if diff := cmp.Diff(want, fromSummary, opt); diff != "" {
		t.Errorf("summary by kind and year (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, fromTable, opt); diff != "" {
		t.Errorf("statistics table by kind and year (-want +got):\n%s", diff)
	}
	// The renamed office is one collective: two of them for four grants.
	for _, a := range sum.Awards {
		if a.Code == award.TTLDXS && (a.Collectives.Recipients != 2 || a.Collectives.Grants != 4) {
			t.Errorf("Tập thể lao động xuất sắc: %+v, want 2 collectives for 4 grants", a.Collectives)
		}
	}
	if st.Totals.Total != (document.Counts{Collectives: 7, Individuals: 3}) {
		t.Errorf("table totals = %+v, want 7 collective and 3 individual grants", st.Totals.Total)
	}
	// The forms of each year count what the table's column says.
	for i, y := range st.Years {
		gs, err := document.CountedGrants(ctx, src, "so", thidua.Year(y), kinds)
		if err != nil {
			t.Fatal(err)
		}
		if len(gs) != st.Totals.Years[i].Total() {
			t.Errorf("counted grants of %d: %d, the table's column says %d", y, len(gs), st.Totals.Years[i].Total())
		}
	}
	// The centre closed in 2022 is among the units of the period.
	found := false
	for _, u := range sum.Units {
		found = found || u.ID == "tt-1"
	}
	if !found {
		t.Errorf("summary units %v lack the centre closed in 2022", sum.Units)
	}

	// The unit's own record by achievement year, as of 01/03/2025: the
	// title of 2024 decided in January 2025 is in; g09, revoked on
	// 01/02/2025, is out.
	on := day(2025, time.March, 1)
	own, err := report.BuildSummary(ctx, rsrc, report.SummaryRequest{Unit: "so", Period: period, Kinds: kinds, AsOf: on, Select: report.SelectByAchievementYear})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := document.CollectiveReport(ctx, src, document.CollectiveRequest{Unit: "so", Period: period, On: on})
	if err != nil {
		t.Fatal(err)
	}
	type line struct {
		code  award.Code
		years []int
	}
	wantOwn := []line{{award.CoBo, []int{2023}}, {award.TTLDXS, []int{2020, 2021, 2024}}}
	var gotSummary, gotReport []line
	for _, o := range own.Own {
		gotSummary = append(gotSummary, line{o.Code, o.Years})
	}
	byCode := make(map[award.Code][]int)
	for _, r := range append(append([]document.AwardRow(nil), rep.Titles...), rep.Forms...) {
		y, err := strconv.Atoi(r.Years)
		if err != nil {
			t.Fatalf("row %s: years %q: %v", r.Grant, r.Years, err)
		}
		byCode[r.Code] = append(byCode[r.Code], y)
	}
	for _, c := range kinds {
		if ys := byCode[c]; len(ys) > 0 {
			gotReport = append(gotReport, line{c, ys})
		}
	}
	lopt := cmp.AllowUnexported(line{})
	if diff := cmp.Diff(wantOwn, gotSummary, lopt); diff != "" {
		t.Errorf("summary's own awards (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantOwn, gotReport, lopt); diff != "" {
		t.Errorf("achievement report's awards (-want +got):\n%s", diff)
	}
}
