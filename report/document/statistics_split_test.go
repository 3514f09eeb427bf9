package document_test

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/report"
	"github.com/thidua-go/thidua/report/document"
)

// splitFixture is the fixture with a thematic Bằng khen of the Bộ signed
// for the Bộ trưởng by a Thứ trưởng: the Bằng khen of 2019–2020 are then
// the province's two to people (one revoked after the period), and the
// Bộ's to Chi cục Cao Lãnh (basis not stated) and to Võ Thị Hoà (chuyên
// đề).
func splitFixture(t *testing.T) document.Sources {
	t.Helper()
	f := newFixture(t)
	err := f.award.AddDecision(context.Background(), award.Decision{ID: "qd-btp-kt", Number: thidua.MustParseDocNumber("700/QĐ-BTP"),
		Date: day(2020, time.June, 1), Issuer: "btp", SignerTitle: "Thứ trưởng Bộ Tư pháp", Grants: []award.Grant{{ID: "g-bk-hoa",
			Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient("p-hoa"), Year: 2020, Basis: award.Thematic}}}})
	if err != nil {
		t.Fatal(err)
	}
	return f.sources()
}

// TestStatisticsByIssuer checks the statistics table split by issuing
// authority, with the caller's labels, in every format that lays it out.
func TestStatisticsByIssuer(t *testing.T) {
	ctx := context.Background()
	src := splitFixture(t)
	req := document.StatisticsRequest{
		Unit: "cuc-dt", Period: thidua.Years(2019, 2020), Codes: []award.Code{award.BangKhenBo, award.CoBo, award.CoChinhPhu},
		Labels:   map[award.Code]string{award.BangKhenBo: "Bằng khen của {issuers}", award.CoBo: "Cờ Thi đua ngành Tư pháp"},
		ByIssuer: true,
	}
	st, err := document.StatisticsTable(ctx, src, req)
	if err != nil {
		t.Fatal(err)
	}
	const ubnd, btp = "Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp", "Bộ trưởng Bộ Tư pháp"
	both := func(c, i int) document.Counts { return document.Counts{Collectives: c, Individuals: i} }
	want := []document.StatRow{
		// The province decided first (20/12/2019).
		{Code: award.BangKhenBo, Award: "Bằng khen của " + ubnd, Issuer: ubnd, Collective: true, Individual: true,
			Years: []document.Counts{both(0, 2), {}}, Total: both(0, 2)},
		// The Thứ trưởng's decision is the Bộ trưởng's.
		{Code: award.BangKhenBo, Award: "Bằng khen của " + btp, Issuer: btp, Collective: true, Individual: true,
			Years: []document.Counts{{}, both(1, 1)}, Total: both(1, 1)},
		// One issuer: the label as given.
		{Code: award.CoBo, Award: "Cờ Thi đua ngành Tư pháp", Issuer: btp, Collective: true, Years: []document.Counts{{}, both(2, 0)}, Total: both(2, 0)},
		// Nothing granted: one row of zeros.
		{Code: award.CoChinhPhu, Award: "Cờ thi đua của Chính phủ", Collective: true, Years: []document.Counts{{}, {}}},
	}
	if diff := cmp.Diff(want, st.Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if got := st.Totals.Total; got != both(3, 3) {
		t.Errorf("totals %+v", got)
	}

	// Every format: the rows' names are in the table.
	r, err := document.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []document.Format{document.Text, document.HTML, document.Markdown, document.CSV, document.DOCX, document.XLSX} {
		out := string(render(t, r, f, st))
		if f == document.DOCX || f == document.XLSX {
			out = zipParts(t, []byte(out))
		}
		for _, name := range []string{"Bằng khen của " + ubnd, "Bằng khen của " + btp, "Cờ Thi đua ngành Tư pháp"} {
			if !strings.Contains(out, name) {
				t.Errorf("format %v lacks %q:\n%s", f, name, out)
			}
		}
	}

	// Without a placeholder, the rows of a kind of several issuers name
	// them; without labels, the catalogue's name.
	req.Labels = nil
	st, err = document.StatisticsTable(ctx, src, req)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, row := range st.Rows {
		names = append(names, row.Award)
	}
	wantNames := []string{"Bằng khen cấp bộ, ngành, tỉnh của " + ubnd, "Bằng khen cấp bộ, ngành, tỉnh của " + btp, "Cờ thi đua cấp bộ, ngành, tỉnh", "Cờ thi đua của Chính phủ"}
	if diff := cmp.Diff(wantNames, names); diff != "" {
		t.Errorf("names without labels (-want +got):\n%s", diff)
	}
}

// TestStatisticsByBasis checks the split by basis, alone and within the
// issuers, and labels without a split.
func TestStatisticsByBasis(t *testing.T) {
	ctx := context.Background()
	src := splitFixture(t)
	names := func(req document.StatisticsRequest) []string {
		t.Helper()
		req.Unit, req.Period, req.Codes = "cuc-dt", thidua.Years(2019, 2020), []award.Code{award.BangKhenBo}
		st, err := document.StatisticsTable(ctx, src, req)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, row := range st.Rows {
			out = append(out, row.Award+" "+strconv.Itoa(row.Total.Collectives)+"/"+strconv.Itoa(row.Total.Individuals))
		}
		return out
	}
	labels := map[award.Code]string{award.BangKhenBo: "Bằng khen của {issuers}"}
	for _, tt := range []struct {
		name string
		req  document.StatisticsRequest
		want []string
	}{
		{"labels only", document.StatisticsRequest{Labels: labels},
			[]string{"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp và Bộ trưởng Bộ Tư pháp 1/3"}},
		{"by basis", document.StatisticsRequest{Labels: labels, ByBasis: true}, []string{
			"Bằng khen của Bộ trưởng Bộ Tư pháp (chuyên đề) 0/1",
			"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp và Bộ trưởng Bộ Tư pháp (khác) 1/2",
		}},
		{"by issuer and basis", document.StatisticsRequest{Labels: labels, ByIssuer: true, ByBasis: true}, []string{
			"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp (khác) 0/2",
			"Bằng khen của Bộ trưởng Bộ Tư pháp (chuyên đề) 0/1",
			"Bằng khen của Bộ trưởng Bộ Tư pháp (khác) 1/0",
		}},
	} {
		if diff := cmp.Diff(tt.want, names(tt.req)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// The note under the table says how the grants were counted: by the year
// of the decision (the default) or by the year of the achievement, in
// every format.
func TestStatisticsNoteFollowsSelection(t *testing.T) {
	ctx := context.Background()
	src := splitFixture(t)
	for _, tt := range []struct {
		sel  report.Selection
		want string
	}{
		{report.SelectByDecisionDate, "tính theo năm ban hành quyết định"},
		{report.SelectByAchievementYear, "tính theo năm đạt thành tích"},
	} {
		st, err := document.StatisticsTable(ctx, src, document.StatisticsRequest{Unit: "cuc-dt", Period: thidua.Years(2019, 2020), Select: tt.sel})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(st.Note, tt.want) {
			t.Errorf("selection %v: note %q, want %q", tt.sel, st.Note, tt.want)
		}
		for _, f := range []document.Format{document.Text, document.Markdown, document.HTML} {
			var b bytes.Buffer
			if err := document.Render(&b, f, st); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tt.want) {
				t.Errorf("selection %v, %v: no %q in\n%s", tt.sel, f, tt.want, b.String())
			}
		}
		l := st.Layout()
		if last := l.Body[len(l.Body)-1]; !strings.Contains(last.Text, tt.want) {
			t.Errorf("selection %v: layout note %q, want %q", tt.sel, last.Text, tt.want)
		}
	}
}
