package report_test

import (
	"errors"
	"strings"
	"testing"
	"text/template"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

func dnum(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestChangePhrase(t *testing.T) {
	withYear := func(c campaign.Change) campaign.Change { c.Year = 2025; return c }
	tests := []struct {
		name string
		c    campaign.Change
		o    report.ChangeOptions
		want string
	}{
		// 24.200 cases against 22.050: 2.150 more, 9,7505…% more.
		{"Count", withYear(campaign.Compare(campaign.Count, dnum("24200"), dnum("22050"))), report.ChangeOptions{Classifier: "việc"},
			"tăng 2.150 việc (tăng 9,75%) so với cùng kỳ năm 2024"},
		{"CountDown", withYear(campaign.Compare(campaign.Count, dnum("900"), dnum("1000"))), report.ChangeOptions{Classifier: "việc"},
			"giảm 100 việc (giảm 10%) so với cùng kỳ năm 2024"},
		{"NoRelative", withYear(campaign.Compare(campaign.Count, dnum("900"), dnum("1000"))), report.ChangeOptions{Classifier: "việc", NoRelative: true},
			"giảm 100 việc so với cùng kỳ năm 2024"},
		// From nothing there is no relative change to state.
		{"FromZero", withYear(campaign.Compare(campaign.Count, dnum("5"), dnum("0"))), report.ChangeOptions{Classifier: "việc"},
			"tăng 5 việc so với cùng kỳ năm 2024"},
		// A rate: points, written as units publish them or in full.
		{"RateAsPublished", withYear(campaign.Compare(campaign.Percent, dnum("82.4"), dnum("82"))), report.ChangeOptions{},
			"tăng 0,4% so với cùng kỳ năm 2024"},
		{"RatePoints", withYear(campaign.Compare(campaign.Percent, dnum("82.4"), dnum("82"))), report.ChangeOptions{Points: true},
			"tăng 0,4 điểm phần trăm so với cùng kỳ năm 2024"},
		{"Money", withYear(campaign.Compare(campaign.Money, dnum("1500000"), dnum("1000000"))), report.ChangeOptions{},
			"tăng 500.000 đồng (tăng 50%) so với cùng kỳ năm 2024"},
		// 0,001 points rounds to nothing at two places.
		{"Same", withYear(campaign.Compare(campaign.Percent, dnum("82.001"), dnum("82"))), report.ChangeOptions{}, "bằng cùng kỳ năm 2024"},
		{"NoYear", campaign.Compare(campaign.Count, dnum("11"), dnum("10")), report.ChangeOptions{Classifier: "việc", NoRelative: true}, "tăng 1 việc so với cùng kỳ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := report.ChangePhrase(tt.c, tt.o); got != tt.want {
				t.Errorf("ChangePhrase = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRankAndSubunitsPhrases(t *testing.T) {
	if got := report.RankPhrase(campaign.Standing{Position: 4, Of: 34, Ranked: 34}); got != "xếp thứ 4/34" {
		t.Errorf("RankPhrase = %q", got)
	}
	if got := report.RankPhrase(campaign.Standing{Of: 34, Ranked: 33}); got != "" {
		t.Errorf("RankPhrase without a result = %q, want empty", got)
	}
	got := report.SubunitsPhrase(report.Tally{Label: "phòng chuyên môn", N: 6}, report.Tally{Label: "Phòng Thi hành án dân sự khu vực", N: 9}, report.Tally{Label: "tổ", N: 0})
	if want := "có 06 phòng chuyên môn và 09 Phòng Thi hành án dân sự khu vực trực thuộc"; got != want {
		t.Errorf("SubunitsPhrase = %q, want %q", got, want)
	}
	if got := report.SubunitsPhrase(); got != "" {
		t.Errorf("SubunitsPhrase of nothing = %q", got)
	}
}

func TestFormatApprox(t *testing.T) {
	k := dnum("1000")
	tests := []struct {
		v, cl string
		o     report.ApproxOptions
		want  string
	}{
		{"12345", "việc", report.ApproxOptions{Word: report.ApproxMore, Step: k}, "hơn 12.000 việc"},
		{"12345", "việc", report.ApproxOptions{Word: report.ApproxAbove, Step: k}, "trên 12.000 việc"},
		// The figure shown is the exact one: no word.
		{"12000", "việc", report.ApproxOptions{Word: report.ApproxMore, Step: k}, "12.000 việc"},
		{"11870", "việc", report.ApproxOptions{Word: report.ApproxNearly, Step: k}, "gần 12.000 việc"},
		{"12345", "việc", report.ApproxOptions{Word: report.ApproxAbout, Step: k}, "khoảng 12.000 việc"},
		{"12500", "việc", report.ApproxOptions{Word: report.ApproxCirca, Step: k}, "xấp xỉ 13.000 việc"},
		{"79.6", "%", report.ApproxOptions{Word: report.ApproxAbout}, "khoảng 80%"},
		{"80", "%", report.ApproxOptions{Word: report.ApproxAbout}, "80%"},
		{"96.24", "%", report.ApproxOptions{Word: report.ApproxMore, Places: 1}, "hơn 96,2%"},
		{"96.24", "%", report.ApproxOptions{Word: report.ApproxNearly, Places: 1}, "gần 96,3%"},
	}
	for _, tt := range tests {
		got, err := report.FormatApprox(dnum(tt.v), tt.cl, tt.o)
		if err != nil || got != tt.want {
			t.Errorf("FormatApprox(%s, %q, %+v) = %q, %v; want %q", tt.v, tt.cl, tt.o, got, err, tt.want)
		}
	}
	for _, o := range []report.ApproxOptions{{Word: "chừng"}, {Word: "hơn", Places: -1}, {Word: "hơn", Step: dnum("-1")}} {
		if _, err := report.FormatApprox(dnum("1"), "", o); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("FormatApprox with %+v: %v, want ErrInvalid", o, err)
		}
	}
}

func TestFormerNamesAndDates(t *testing.T) {
	thapMuoi := org.Unit{ID: "TM", Name: "huyện Tháp Mười", Exists: thidua.Period{From: thidua.MustDate(1989, 1, 1), To: thidua.MustDate(2025, 6, 30)}}
	tests := []struct {
		on    thidua.Date
		style report.FormerStyle
		want  string
	}{
		{thidua.MustDate(2025, 12, 31), report.FormerCu, "huyện Tháp Mười cũ"},
		{thidua.MustDate(2025, 12, 31), report.FormerNguyen, "nguyên huyện Tháp Mười"},
		{thidua.MustDate(2025, 6, 30), report.FormerCu, "huyện Tháp Mười"},
	}
	for _, tt := range tests {
		if got := report.FormerName(thapMuoi, tt.on, tt.style); got != tt.want {
			t.Errorf("FormerName(%s, %d) = %q, want %q", tt.on, tt.style, got, tt.want)
		}
	}
	if got := report.FormerPlace("xã Mỹ An"); got != "xã Mỹ An cũ" {
		t.Errorf("FormerPlace = %q", got)
	}
	if got, want := report.NewsDateNoPad(thidua.MustDate(2023, 3, 14)), "14/3/2023"; got != want {
		t.Errorf("NewsDateNoPad = %q, want %q", got, want)
	}
	if got, want := report.NewsDate(thidua.MustDate(2023, 3, 14)), "14/03/2023"; got != want {
		t.Errorf("NewsDate = %q, want %q", got, want)
	}
	if got := report.NewsDateNoPad(thidua.Date{}); got != "" {
		t.Errorf("NewsDateNoPad of the zero date = %q", got)
	}
}

func TestResultFuncs(t *testing.T) {
	const src = `{{change .Count "việc"}}; {{changePoints .Rate}}; {{rank .Rank}}; ` +
		`{{subunits (tally "phòng chuyên môn" 6) (tally "Phòng Thi hành án dân sự khu vực" 9)}}; ` +
		`{{approx 12345 "việc" "hơn" 1000}}; {{approxPercent "79,6" "khoảng" 0}}; {{newsDateNoPad "14/03/2023"}}; ` +
		`{{formerName .Unit "31/12/2025" "cũ"}}; {{formerPlace "xã Mỹ An"}}`
	tm := template.Must(template.New("r").Funcs(report.Funcs()).Parse(src))
	count := campaign.Compare(campaign.Count, dnum("24200"), dnum("22050"))
	count.Year = 2025
	rate := campaign.Compare(campaign.Percent, dnum("82.4"), dnum("82"))
	rate.Year = 2025
	var b strings.Builder
	err := tm.Execute(&b, map[string]any{
		"Count": count, "Rate": rate, "Rank": campaign.Standing{Position: 4, Of: 34, Ranked: 34},
		"Unit": org.Unit{Name: "huyện Tháp Mười", Exists: thidua.Period{From: thidua.MustDate(1989, 1, 1), To: thidua.MustDate(2025, 6, 30)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "tăng 2.150 việc (tăng 9,75%) so với cùng kỳ năm 2024; tăng 0,4 điểm phần trăm so với cùng kỳ năm 2024; xếp thứ 4/34; " +
		"có 06 phòng chuyên môn và 09 Phòng Thi hành án dân sự khu vực trực thuộc; hơn 12.000 việc; khoảng 80%; 14/3/2023; " +
		"huyện Tháp Mười cũ; xã Mỹ An cũ"
	if b.String() != want {
		t.Errorf("template:\n got %q\nwant %q", b.String(), want)
	}
	bad := template.Must(template.New("b").Funcs(report.Funcs()).Parse(`{{approx 1 "" "chừng" 1}}`))
	if err := bad.Execute(&b, nil); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("an unknown word: %v, want ErrInvalid", err)
	}
}
