package report_test

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os/exec"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/officetest"
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

// TestSummaryResultsRenderers: the results are in every renderer of the
// summary, not only the text one — the Markdown and HTML sections, and the
// DOCX and XLSX tables, checked as LibreOffice reads them when installed.
func TestSummaryResultsRenderers(t *testing.T) {
	change := func(m campaign.Measure, cur, prev string) *campaign.Change {
		c := campaign.Compare(m, dnum(cur), dnum(prev))
		c.Year = 2025
		return &c
	}
	s := &report.Summary{
		Unit:   report.UnitInfo{ID: "T1", Name: "Thi hành án dân sự tỉnh T1"},
		Period: thidua.Year(2025),
		AsOf:   thidua.MustDate(2025, 12, 31),
		Results: []report.ResultInfo{{
			Target: campaign.Target{ID: "viec", Name: "Số việc thi hành xong", Measure: campaign.Count},
			Year:   2025, Actual: dnum("24200"),
			Change:   change(campaign.Count, "24200", "22050"),
			Standing: &campaign.Standing{Position: 4, Of: 34, Ranked: 34},
			Wording:  report.ChangeOptions{Classifier: "việc"},
		}, {
			Target: campaign.Target{ID: "tyle", Name: "Tỷ lệ thi hành xong về việc", Measure: campaign.Percent},
			Year:   2025, Actual: dnum("82.4"),
			Change:  change(campaign.Percent, "82.4", "82"),
			Wording: report.ChangeOptions{Points: true},
		}},
	}
	// Worded by hand from the figures: 24.200 − 22.050 = 2.150, 2.150 /
	// 22.050 = 9,75%; 82,4 − 82 = 0,4 points.
	sentences := []string{
		"Số việc thi hành xong năm 2025: 24.200 việc, tăng 2.150 việc (tăng 9,75%) so với cùng kỳ năm 2024, xếp thứ 4/34.",
		"Tỷ lệ thi hành xong về việc năm 2025: 82,4%, tăng 0,4 điểm phần trăm so với cùng kỳ năm 2024.",
	}
	render := func(r report.Renderer) string {
		t.Helper()
		var b bytes.Buffer
		if err := r.Render(&b, s); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	md := render(report.NewMarkdownRenderer(nil))
	want := "## Kết quả thực hiện chỉ tiêu thi đua\n\n- " + sentences[0] + "\n- " + sentences[1] + "\n"
	if !strings.Contains(md, want) {
		t.Errorf("Markdown:\n%s\nwant the section\n%s", md, want)
	}
	html := render(report.NewHTMLRenderer(nil))
	want = "<h2>Kết quả thực hiện chỉ tiêu thi đua</h2>\n<ul class=\"results\">\n<li>" + sentences[0] + "</li>\n<li>" + sentences[1] + "</li>\n</ul>"
	if !strings.Contains(html, want) {
		t.Errorf("HTML:\n%s\nwant\n%s", html, want)
	}
	cells := [][]string{
		{"Chỉ tiêu", "Năm", "Kết quả", "So với năm trước", "Xếp hạng"},
		{"Số việc thi hành xong", "2025", "24.200 việc", "tăng 2.150 việc (tăng 9,75%) so với cùng kỳ năm 2024", "xếp thứ 4/34"},
		{"Tỷ lệ thi hành xong về việc", "2025", "82,4%", "tăng 0,4 điểm phần trăm so với cùng kỳ năm 2024", "–"},
	}
	// The DOCX as written: every cell's text in the document part, in order.
	doc := []byte(render(report.NewDOCXRenderer(nil)))
	part := zipPart(t, doc, "word/document.xml")
	at := 0
	for _, row := range cells {
		for _, c := range row {
			i := strings.Index(part[at:], ">"+c+"<")
			if i < 0 {
				t.Fatalf("word/document.xml lacks the cell %q after offset %d", c, at)
			}
			at += i
		}
	}
	// And as LibreOffice reads them.
	if _, err := exec.LookPath("soffice"); err == nil {
		text, _ := officetest.PDFText(t, "results.docx", doc)
		flat := strings.Join(strings.Fields(text), " ")
		for _, c := range []string{"Kết quả thực hiện chỉ tiêu thi đua", "24.200 việc", "xếp thứ 4/34", "82,4%"} {
			if !strings.Contains(flat, c) {
				t.Errorf("LibreOffice's text of the DOCX lacks %q:\n%s", c, flat)
			}
		}
		sheets := officetest.SheetsCSV(t, "results.xlsx", []byte(render(report.NewXLSXRenderer(nil))))
		sheet, ok := sheets["Kết quả chỉ tiêu"]
		if !ok {
			t.Fatalf("workbook sheets %v lack Kết quả chỉ tiêu", sheets)
		}
		if got := sheet[len(sheet)-len(cells):]; !equalCells(got, cells) {
			t.Errorf("sheet ends with %q, want %q", got, cells)
		}
	}
}

func equalCells(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.Join(a[i], "\x00") != strings.Join(b[i], "\x00") {
			return false
		}
	}
	return true
}

// zipPart returns the text of the part named name in the zip data.
func zipPart(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no part %s", name)
	return ""
}
