package report_test

import (
	"fmt"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/report"
)

func TestAchievementSpan(t *testing.T) {
	d := thidua.MustDate
	for _, tt := range []struct {
		p    thidua.Period
		want string
	}{
		{thidua.Years(2020, 2024), "từ năm 2020 đến năm 2024"},
		{thidua.Year(2024), "năm 2024"},
		{thidua.Period{From: d(2024, time.January, 1), To: d(2024, time.June, 30)}, "6 tháng đầu năm 2024"},
		{thidua.Period{From: d(2020, time.March, 5), To: d(2024, time.June, 30)}, "từ ngày 05 tháng 3 năm 2020 đến ngày 30 tháng 6 năm 2024"},
		{thidua.Period{}, ""},
	} {
		if got := report.AchievementSpan(tt.p); got != tt.want {
			t.Errorf("AchievementSpan(%s) = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestAchievementPhrase(t *testing.T) {
	for _, tt := range []struct {
		words string
		s     award.Subject
		want  string
	}{
		{"đã có thành tích xuất sắc", award.Subject{Period: thidua.Years(2020, 2024)}, "đã có thành tích xuất sắc từ năm 2020 đến năm 2024"},
		{" đã có thành tích  xuất sắc ", award.Subject{Year: 2024}, "đã có thành tích xuất sắc năm 2024"},
		{"", award.Subject{Year: 2024}, ""},
	} {
		if got := report.AchievementPhrase(tt.words, tt.s); got != tt.want {
			t.Errorf("AchievementPhrase(%q, %+v) = %q, want %q", tt.words, tt.s, got, tt.want)
		}
	}
}

func TestAchievementFuncs(t *testing.T) {
	tmpl := template.Must(template.New("r").Funcs(report.Funcs()).Parse(
		`cho bà Trần Thị Bình, Giám đốc Sở Tư pháp, {{achievement "đã có thành tích xuất sắc" .}}; {{achievementSpan .Period}}`))
	var b strings.Builder
	if err := tmpl.Execute(&b, award.Subject{Period: thidua.Years(2020, 2024)}); err != nil {
		t.Fatal(err)
	}
	const want = "cho bà Trần Thị Bình, Giám đốc Sở Tư pháp, đã có thành tích xuất sắc từ năm 2020 đến năm 2024; từ năm 2020 đến năm 2024"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func ExampleAchievementPhrase() {
	s := award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient("p-binh"), Period: thidua.Years(2020, 2024)}
	fmt.Println("cho bà Trần Thị Bình, Giám đốc Sở Tư pháp, " + report.AchievementPhrase("đã có thành tích xuất sắc", s))
	// Output:
	// cho bà Trần Thị Bình, Giám đốc Sở Tư pháp, đã có thành tích xuất sắc từ năm 2020 đến năm 2024
}
