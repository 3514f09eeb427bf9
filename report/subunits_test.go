package report_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"text/template"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// TestSummarySubunitsAndFormer: a provincial office made on 01/07/2025
// from a Cục and its two district Chi cục. On 31/12/2025 it has six
// specialised departments (a seventh was dissolved in November) and nine
// regional offices directly under it, one of which has a team of its own.
// The Cục and the Chi cục ended on 30/06/2025, the seventh department in
// November: a summary of 2021–2025 names them as units that no longer
// exist.
func TestSummarySubunitsAndFormer(t *testing.T) {
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	// The justice scale with the provincial office's departments and a
	// team of a regional office, named "Tổ" by the scale.
	scale, err := org.NewScale(append(org.JusticeScale().Levels(),
		org.Level{Code: "phong-chuyen-mon", Name: "Phòng chuyên môn", Rank: 3}, org.Level{Code: "to", Name: "Tổ", Rank: 4})...)
	must(err)
	o := org.NewMemStore(org.WithScale(scale))
	merger := thidua.MustDate(2025, 7, 1)
	old := thidua.Period{From: thidua.MustDate(2009, 10, 1), To: merger.AddDays(-1)}
	must(o.AddUnit(ctx, org.Unit{ID: "bo", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: thidua.Since(thidua.MustDate(1981, 10, 1))}))
	must(o.AddUnit(ctx, org.Unit{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Level: org.LevelCucTHADSTinh, Parent: "bo", Exists: old}))
	for _, h := range []string{"Tháp Mười", "Cao Lãnh"} {
		must(o.AddUnit(ctx, org.Unit{ID: org.UnitID("cc-" + h), Name: "Chi cục Thi hành án dân sự huyện " + h, Level: org.LevelChiCucTHADSHuyen, Parent: "cuc", Exists: old}))
	}
	must(o.AddUnit(ctx, org.Unit{ID: "thads", Name: "Thi hành án dân sự tỉnh Đồng Tháp", Level: org.LevelTHADSTinh, Parent: "bo", Exists: thidua.Since(merger)}))
	must(o.AddSuccession(ctx, org.Succession{Kind: org.Merge, Date: merger, From: []org.UnitID{"cuc", "cc-Tháp Mười", "cc-Cao Lãnh"}, To: []org.UnitID{"thads"}}))
	for i := range 7 {
		u := org.Unit{ID: org.UnitID(fmt.Sprintf("phong-%d", i)), Name: fmt.Sprintf("Phòng %d", i), Level: "phong-chuyen-mon", Parent: "thads", Exists: thidua.Since(merger)}
		if i == 6 {
			u.Exists.To = thidua.MustDate(2025, 11, 30)
		}
		must(o.AddUnit(ctx, u))
	}
	for i := range 9 {
		must(o.AddUnit(ctx, org.Unit{ID: org.UnitID(fmt.Sprintf("kv-%d", i)), Name: fmt.Sprintf("Phòng Thi hành án dân sự khu vực %d", i+1),
			Level: org.LevelPhongTHADSKhuVuc, Parent: "thads", Exists: thidua.Since(merger)}))
	}
	must(o.AddUnit(ctx, org.Unit{ID: "to-1", Name: "Tổ 1", Level: "to", Parent: "kv-0", Exists: thidua.Since(merger)}))
	src := report.Sources{Org: o, Award: award.NewMemStore(), Scale: scale}
	build := func(rq *report.SubunitRequest) *report.Summary {
		t.Helper()
		s, err := report.BuildSummary(ctx, src, report.SummaryRequest{Unit: "thads", Period: thidua.Years(2021, 2025), Subunits: rq})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	labels := map[string]string{"phong-chuyen-mon": "phòng chuyên môn", org.LevelPhongTHADSKhuVuc: "Phòng Thi hành án dân sự khu vực"}
	order := []string{"phong-chuyen-mon"}
	s := build(&report.SubunitRequest{Labels: labels, Order: order})
	o2 := &report.PhraseOptions{}
	want := "có 06 phòng chuyên môn và 09 Phòng Thi hành án dân sự khu vực trực thuộc"
	if got := o2.SubunitsPhrase(s); got != want {
		t.Errorf("SubunitsPhrase = %q, want %q", got, want)
	}
	var b bytes.Buffer
	if err := report.NewTextRenderer(nil).Render(&b, s); err != nil {
		t.Fatal(err)
	}
	if line := "Thi hành án dân sự tỉnh Đồng Tháp " + want + "."; !strings.Contains(b.String(), line) {
		t.Errorf("text summary:\n%s\nlacks %q", b.String(), line)
	}
	// Every unit below, the team too, named by the scale (no label).
	s = build(&report.SubunitRequest{All: true, Labels: labels, Order: order})
	if got := o2.SubunitsPhrase(s); got != "có 06 phòng chuyên môn, 09 Phòng Thi hành án dân sự khu vực và 01 Tổ trực thuộc" {
		t.Errorf("SubunitsPhrase of all = %q", got)
	}
	// Not asked: nothing counted, nothing said.
	s = build(nil)
	if len(s.Subunits) != 0 || o2.SubunitsPhrase(s) != "" {
		t.Errorf("subunits not asked: %+v", s.Subunits)
	}

	// The units covered that ended before AsOf are former.
	var former []string
	for _, u := range s.Units {
		if u.Former {
			former = append(former, u.Called(report.FormerCu))
		}
	}
	wantFormer := "Chi cục Thi hành án dân sự huyện Cao Lãnh cũ|Chi cục Thi hành án dân sự huyện Tháp Mười cũ|Cục Thi hành án dân sự tỉnh Đồng Tháp cũ|Phòng 6 cũ"
	if got := strings.Join(sorted(former), "|"); got != wantFormer {
		t.Errorf("former units = %q, want %q", got, wantFormer)
	}
	tmpl := template.Must(template.New("t").Funcs(report.SummaryFuncs(nil)).Parse(
		`{{range .Units}}{{if .Former}}{{called .}}; {{called . "nguyên"}}; {{end}}{{end}}{{called .Unit}}; {{formerPlace "huyện Tháp Mười"}}`))
	b.Reset()
	if err := tmpl.Execute(&b, s); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Chi cục Thi hành án dân sự huyện Tháp Mười cũ; nguyên Chi cục Thi hành án dân sự huyện Tháp Mười; ",
		"; Thi hành án dân sự tỉnh Đồng Tháp; huyện Tháp Mười cũ"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("template gave %q, want it to contain %q", b.String(), w)
		}
	}
	if err := template.Must(template.New("t").Funcs(report.SummaryFuncs(nil)).Parse(`{{called .Unit "xưa"}}`)).Execute(&b, s); err == nil {
		t.Error("called with an unknown style: no error")
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}
