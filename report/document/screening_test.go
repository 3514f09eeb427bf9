package document_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/internal/officetest"
	"github.com/thidua-go/thidua/report/document"
)

func screeningResult() rules.Result {
	failed := rules.Criterion{ID: "initiative", Reason: "Không có sáng kiến được công nhận năm 2019", Citation: "Nghị định 91/2017/NĐ-CP, Điều 9"}
	return rules.Result{Year: 2019, Regime: "R2017", Codes: []award.Code{award.LDTT, award.CSTDCS},
		Rows: []rules.Row{
			{Candidate: "p1", Decisions: []rules.Decision{
				rules.NewDecision(rules.Verdict{Code: award.LDTT, Eligible: true}, ""),
				rules.NewDecision(rules.Verdict{Code: award.CSTDCS, Criteria: []rules.Criterion{{ID: "ldtt", Passed: true, Reason: "Đạt Lao động tiên tiến"}, failed}}, ""),
			}},
			{Candidate: "p2", Decisions: []rules.Decision{
				rules.NewDecision(rules.Verdict{Code: award.LDTT, Eligible: true}, ""),
				rules.NewDecision(rules.Verdict{Code: award.CSTDCS, Eligible: true}, "Vượt tỷ lệ 15% số cá nhân đạt Lao động tiên tiến"),
			}},
		}}
}

func TestScreening(t *testing.T) {
	s := document.Screening(screeningResult(), map[string]string{"p1": "Nguyễn Văn An"}, award.DefaultCatalogue(),
		document.Heading{Agency: "Chi cục Thi hành án dân sự huyện Cao Lãnh"}, document.Signer{Title: "Chi cục trưởng", Name: "Lê Văn Cường"})
	want := [][]string{
		{"1", "Nguyễn Văn An", "Lao động tiên tiến", document.Eligible, ""},
		{"", "", "Chiến sĩ thi đua cơ sở", document.NotEligible, "Không có sáng kiến được công nhận năm 2019 (Nghị định 91/2017/NĐ-CP, Điều 9)"},
		{"2", "p2", "Lao động tiên tiến", document.Eligible, ""},
		{"", "", "Chiến sĩ thi đua cơ sở", document.CutByQuota, "Vượt tỷ lệ 15% số cá nhân đạt Lao động tiên tiến"},
	}
	if diff := cmp.Diff(want, s.Table().Rows); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	if s.Heading.TitleLine() != "KẾT QUẢ XÉT THI ĐUA, KHEN THƯỞNG NĂM 2019" {
		t.Errorf("title %q", s.Heading.TitleLine())
	}

	r, err := document.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	var x, d bytes.Buffer
	if err := r.Render(&x, document.XLSX, s); err != nil {
		t.Fatal(err)
	}
	if err := r.Render(&d, document.DOCX, s); err != nil {
		t.Fatal(err)
	}
	sheets := officetest.SheetsCSV(t, "screening.xlsx", x.Bytes())
	rows := sheets["Kết quả xét"]
	var got [][]string
	for i, row := range rows {
		if len(row) > 0 && row[0] == "STT" {
			got = rows[i+1:]
			break
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cells LibreOffice shows (-want +got):\n%s", diff)
	}
	text, _ := officetest.PDFText(t, "screening.docx", d.Bytes())
	flat := strings.Join(strings.Fields(text), " ")
	for _, w := range []string{"KẾT QUẢ XÉT THI ĐUA, KHEN THƯỞNG NĂM 2019", "Nguyễn Văn An", "sáng kiến", "Lê Văn Cường"} {
		if !strings.Contains(flat, w) {
			t.Errorf("DOCX lacks %q", w)
		}
	}
}
