package report_test

import (
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/report"
)

// The years of a period follow the five-year convention: 2020 - 2024 is
// five years, not "04 năm"; 2015 - 2020 (a stage from congress to
// congress) is five too.
func TestPeriodYearsFiveYearConvention(t *testing.T) {
	tests := []struct {
		p    thidua.Period
		n    int
		want string
	}{
		{thidua.Years(2020, 2024), 5, "05 năm (2020 - 2024)"},
		{thidua.Years(2015, 2020), 5, "05 năm (2015 - 2020)"},
		{thidua.Years(2021, 2025), 5, "05 năm (2021 - 2025)"},
		{thidua.Years(2010, 2020), 10, "10 năm (2010 - 2020)"},
		{thidua.Years(2019, 2020), 2, "02 năm (2019 - 2020)"},
		{thidua.Years(2018, 2020), 3, "03 năm (2018 - 2020)"},
		{thidua.Year(2019), 1, "01 năm (2019)"},
		{thidua.Since(thidua.MustDate(2020, 1, 1)), 0, ""},
		{thidua.Period{}, 0, ""},
	}
	for _, tt := range tests {
		if got := report.YearsInPeriod(tt.p); got != tt.n {
			t.Errorf("YearsInPeriod(%s) = %d, want %d", tt.p, got, tt.n)
		}
		if got := report.PeriodYearsPhrase(tt.p); got != tt.want {
			t.Errorf("PeriodYearsPhrase(%s) = %q, want %q", tt.p, got, tt.want)
		}
	}
}

// Padding is chosen per phrase: counts padded, years not.
func TestCountPadPerClassifier(t *testing.T) {
	o := report.CountOptions{Pad: map[string]bool{"năm": false}}
	if got := o.Count(3, "tập thể"); got != "03 tập thể" {
		t.Errorf("padded count = %q", got)
	}
	if got := o.Count(5, "năm"); got != "5 năm" {
		t.Errorf("years = %q, want 5 năm", got)
	}
	if got := o.PeriodYears(thidua.Years(2020, 2024)); got != "5 năm (2020 - 2024)" {
		t.Errorf("PeriodYears = %q", got)
	}
	o = report.CountOptions{NoPad: true, Pad: map[string]bool{"tập thể": true}}
	if got := o.Count(3, "tập thể") + ", " + o.Count(3, "cá nhân"); got != "03 tập thể, 3 cá nhân" {
		t.Errorf("NoPad with a padded classifier = %q", got)
	}
	// The template function count follows the options.
	f := report.SummaryFuncs(&report.PhraseOptions{Count: report.CountOptions{Pad: map[string]bool{"năm": false}}})
	count := f["count"].(func(any, string) (string, error))
	if got, _ := count(5, "năm"); got != "5 năm" {
		t.Errorf("template count = %q", got)
	}
	if got, _ := count(5, "tập thể"); got != "05 tập thể" {
		t.Errorf("template count = %q", got)
	}
}

// so is a summary of a Sở Tư pháp with one kind of grants and nothing
// contributed.
func soSummary() *report.Summary {
	so := report.UnitInfo{ID: "so", Name: "Sở Tư pháp tỉnh Xuân", ShortName: "Sở Tư pháp"}
	return &report.Summary{
		Unit: so, Period: thidua.Years(2020, 2024), AsOf: thidua.MustDate(2024, 12, 31),
		Awards: []report.AwardTally{{
			Code: award.BangKhenBo, Label: "Bằng khen của Bộ trưởng Bộ Tư pháp", Family: award.Commendation,
			Collectives: report.RecipientCount{Recipients: 3, Grants: 3},
			Individuals: report.RecipientCount{Recipients: 150, Grants: 219},
		}},
	}
}

// A unit with no contributions gets no dangling "như: Ghi nhận …".
func TestAchievementsWithoutContributions(t *testing.T) {
	got := (&report.PhraseOptions{}).AchievementsParagraph(soSummary())
	want := "Trong 05 năm (2020 - 2024), Sở Tư pháp và các đơn vị trực thuộc đã đạt được nhiều thành tích nổi bật. " +
		"Ghi nhận kết quả thực hiện, Sở Tư pháp và các đơn vị trực thuộc đã được cơ quan cấp có thẩm quyền biểu dương và tặng thưởng " +
		"Bằng khen của Bộ trưởng Bộ Tư pháp cho 03 tập thể và 219 cá nhân."
	if got != want {
		t.Errorf("paragraph:\n got %q\nwant %q", got, want)
	}
	// A caller's intro ends its own sentence too.
	got = (&report.PhraseOptions{Intro: "Giai đoạn vừa qua, Sở đạt nhiều thành tích như"}).AchievementsParagraph(soSummary())
	if !strings.HasPrefix(got, "Giai đoạn vừa qua, Sở đạt nhiều thành tích. Ghi nhận") {
		t.Errorf("custom intro: %q", got)
	}
	// Nothing at all still says so.
	empty := soSummary()
	empty.Awards = nil
	if got := (&report.PhraseOptions{}).AchievementsParagraph(empty); !strings.HasSuffix(got, "như: chưa có số liệu.") {
		t.Errorf("empty summary: %q", got)
	}
}

// Grants that outnumber their recipients may be written as turns.
func TestAwardPhraseTurns(t *testing.T) {
	a := soSummary().Awards[0]
	if got, want := (&report.PhraseOptions{Turns: true}).AwardPhrase(a), "Bằng khen của Bộ trưởng Bộ Tư pháp cho 03 tập thể và 219 lượt cá nhân"; got != want {
		t.Errorf("turns: got %q, want %q", got, want)
	}
	if got, want := (&report.PhraseOptions{}).AwardPhrase(a), "Bằng khen của Bộ trưởng Bộ Tư pháp cho 03 tập thể và 219 cá nhân"; got != want {
		t.Errorf("default: got %q, want %q", got, want)
	}
	o := &report.PhraseOptions{}
	if got := o.GrantTurns(report.RecipientCount{Recipients: 7, Grants: 7}, "tập thể"); got != "07 tập thể" {
		t.Errorf("GrantTurns without repeats = %q", got)
	}
}

// A person proposed for three kinds is named once, and two people of the
// same post are counted under it.
func TestHighlightPostSaidOnce(t *testing.T) {
	s := soSummary()
	so := s.Unit
	gd := &report.PersonInfo{ID: "gd", FullName: "Trần Văn Giám", Post: "Giám đốc", PostUnit: so, Former: true}
	// As BuildSummary fills them: the kind's office, and the one asked.
	pending := func(code award.Code, label, authority string, p *report.PersonInfo) report.PendingInfo {
		k, err := award.DefaultCatalogue().Kind(code)
		if err != nil {
			t.Fatal(err)
		}
		return report.PendingInfo{ID: string(code) + string(p.ID), Code: code, Label: label, Conferrer: k.Conferrer.String(), Authority: authority, Recipient: report.Recipient{Person: p}}
	}
	const ttg, btp = "Thủ tướng Chính phủ", "Bộ trưởng Bộ Tư pháp"
	s.Pending = []report.PendingInfo{
		pending(award.HCLD3, "Huân chương Lao động hạng Ba", "Chủ tịch nước", gd),
		pending(award.BangKhenTTg, "Bằng khen của Thủ tướng Chính phủ", ttg, gd),
		pending(award.CSTDToanQuoc, "Chiến sĩ thi đua toàn quốc", ttg, gd),
		pending(award.BangKhenBo, "Bằng khen của Bộ trưởng Bộ Tư pháp", btp, &report.PersonInfo{ID: "p1", FullName: "A", Post: "Phó Giám đốc", PostUnit: so}),
		pending(award.BangKhenBo, "Bằng khen của Bộ trưởng Bộ Tư pháp", btp, &report.PersonInfo{ID: "p2", FullName: "B", Post: "Phó Giám đốc", PostUnit: so}),
	}
	got := (&report.PhraseOptions{}).HighlightSentence(s)
	want := "Đặc biệt, đang đề nghị tặng Huân chương Lao động hạng Ba, Bằng khen của Thủ tướng Chính phủ và Chiến sĩ thi đua toàn quốc cho nguyên Giám đốc Sở Tư pháp " +
		"và Bằng khen của Bộ trưởng Bộ Tư pháp cho 02 đồng chí Phó Giám đốc Sở Tư pháp."
	if got != want {
		t.Errorf("sentence:\n got %q\nwant %q", got, want)
	}
	if n := strings.Count(got, "nguyên Giám đốc"); n != 1 {
		t.Errorf("the post is said %d times", n)
	}
}
