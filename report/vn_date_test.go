package report_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report"
)

func date(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }

// Cases from VIETNAMESE.md ("Dates and periods") and Nghị định 30/2020/NĐ-CP.
func TestDates(t *testing.T) {
	tests := []struct {
		reason string
		got    string
		want   string
	}{
		{"news style", report.NewsDate(date(2020, 6, 22)), "22/06/2020"},
		{"news style pads day and month", report.NewsDate(date(2024, 2, 5)), "05/02/2024"},
		{"news style zero date", report.NewsDate(thidua.Date{}), ""},
		{"document style", report.DocDate(date(2020, 6, 22)), "ngày 22 tháng 6 năm 2020"},
		{"day and month 1-2 padded", report.DocDate(date(2024, 2, 5)), "ngày 05 tháng 02 năm 2024"},
		{"day padded, month 10 not", report.DocDate(date(2017, 10, 1)), "ngày 01 tháng 10 năm 2017"},
		{"january padded", report.DocDate(date(2021, 1, 15)), "ngày 15 tháng 01 năm 2021"},
		{"march not padded", report.DocDate(date(2021, 3, 9)), "ngày 09 tháng 3 năm 2021"},
		{"december", report.DocDate(date(2021, 12, 31)), "ngày 31 tháng 12 năm 2021"},
		{"year never grouped", report.DocDate(date(2020, 6, 22)), "ngày 22 tháng 6 năm 2020"},
		{"document zero date", report.DocDate(thidua.Date{}), ""},
		{"place and date", report.PlaceDate("Đồng Tháp", date(2020, 6, 22)), "Đồng Tháp, ngày 22 tháng 6 năm 2020"},
		{"place cleaned", report.PlaceDate("  Hà   Nội ", date(2024, 2, 5)), "Hà Nội, ngày 05 tháng 02 năm 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseDocDate(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   thidua.Date
	}{
		{"document style", "ngày 22 tháng 6 năm 2020", date(2020, 6, 22)},
		{"leading zeros", "ngày 05 tháng 02 năm 2024", date(2024, 2, 5)},
		{"no leading zeros", "ngày 5 tháng 2 năm 2024", date(2024, 2, 5)},
		{"capitalised", "Ngày 01 tháng 10 năm 2017", date(2017, 10, 1)},
		{"extra spaces", "  ngày  22   tháng 6 năm 2020 ", date(2020, 6, 22)},
		{"decomposed text", norm.NFD.String("ngày 22 tháng 6 năm 2020"), date(2020, 6, 22)},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			got, err := report.ParseDocDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDocDate(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseDocDate(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	bad := []string{
		"", "22/06/2020", "ngày 22 tháng 6", "ngày 30 tháng 02 năm 2024", "ngày 22 tháng 13 năm 2020",
		"ngày 22 tháng 6 năm 20", "ngày 022 tháng 6 năm 2020", "ngày x tháng 6 năm 2020",
		"ngày 22 tháng 6 năm 2020 xyz", "hôm 22 tháng 6 năm 2020", "ngày 22 tháng 6 năm 1800", "ngày -1 tháng 6 năm 2020",
	}
	for _, in := range bad {
		t.Run("rejects "+in, func(t *testing.T) {
			got, err := report.ParseDocDate(in)
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Errorf("ParseDocDate(%q) = %v, %v; want ErrInvalid", in, got, err)
			}
		})
	}
}

func TestParsePlaceDate(t *testing.T) {
	place, d, err := report.ParsePlaceDate("Đồng Tháp, ngày 22 tháng 6 năm 2020")
	if err != nil || place != "Đồng Tháp" || d != date(2020, 6, 22) {
		t.Errorf("ParsePlaceDate = %q, %v, %v", place, d, err)
	}
	for _, in := range []string{"ngày 22 tháng 6 năm 2020", ", ngày 22 tháng 6 năm 2020", "Đồng Tháp, 22/06/2020"} {
		if _, _, err := report.ParsePlaceDate(in); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("ParsePlaceDate(%q) error = %v, want ErrInvalid", in, err)
		}
	}
}

func TestPeriods(t *testing.T) {
	tests := []struct {
		reason string
		got    string
		want   string
	}{
		{"several whole years", report.PeriodPhrase(thidua.Years(2015, 2020)), "giai đoạn 2015 - 2020"},
		{"one whole year", report.PeriodPhrase(thidua.Year(2019)), "năm 2019"},
		{"first half", report.PeriodPhrase(thidua.Period{From: date(2020, 1, 1), To: date(2020, 6, 30)}), "6 tháng đầu năm 2020"},
		{"second half", report.PeriodPhrase(thidua.Period{From: date(2020, 7, 1), To: date(2020, 12, 31)}), "6 tháng cuối năm 2020"},
		{"quarter", report.PeriodPhrase(thidua.Period{From: date(2020, 4, 1), To: date(2020, 6, 30)}), "quý II năm 2020"},
		{"last quarter", report.PeriodPhrase(thidua.Period{From: date(2020, 10, 1), To: date(2020, 12, 31)}), "quý IV năm 2020"},
		{"one month", report.PeriodPhrase(thidua.Period{From: date(2024, 2, 1), To: date(2024, 2, 29)}), "tháng 02 năm 2024"},
		{"open-ended", report.PeriodPhrase(thidua.Since(date(2024, 2, 5))), "từ ngày 05 tháng 02 năm 2024"},
		{"any other range", report.PeriodPhrase(thidua.Period{From: date(2024, 2, 5), To: date(2024, 6, 22)}),
			"từ ngày 05 tháng 02 năm 2024 đến ngày 22 tháng 6 năm 2024"},
		{"zero period", report.PeriodPhrase(thidua.Period{}), ""},
		{"05 năm example: a stage between congresses", report.PeriodYearsPhrase(thidua.Years(2015, 2020)), "05 năm (2015 - 2020)"},
		{"stage from congress to congress", report.PeriodYearsPhrase(thidua.Period{From: date(2015, 6, 22), To: date(2020, 6, 22)}), "05 năm (2015 - 2020)"},
		{"one year", report.PeriodYearsPhrase(thidua.Year(2019)), "01 năm (2019)"},
		{"years phrase of zero period", report.PeriodYearsPhrase(thidua.Period{}), ""},
		{"year list", report.YearList([]int{2007, 2008, 2009}), "các năm 2007, 2008, 2009"},
		{"year list sorted, no repeats", report.YearList([]int{2009, 2007, 2008, 2007}), "các năm 2007, 2008, 2009"},
		{"one year in a list", report.YearList([]int{2007}), "năm 2007"},
		{"no years", report.YearList(nil), ""},
		{"each year named, as 'Chiến sĩ thi đua cấp tỉnh năm 2020 và năm 2023'", report.YearList([]int{2023, 2020}, report.EachYear), "năm 2020 và năm 2023"},
		{"each of three years, sorted, no repeats", report.YearList([]int{2023, 2019, 2020, 2023}, report.EachYear), "năm 2019, năm 2020 và năm 2023"},
		{"one year, each or not", report.YearList([]int{2020}, report.EachYear), "năm 2020"},
		{"no years, each", report.YearList(nil, report.EachYear), ""},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestYearListKeepsArgument(t *testing.T) {
	ys := []int{2009, 2007}
	_ = report.YearList(ys)
	if diff := cmp.Diff([]int{2009, 2007}, ys); diff != "" {
		t.Errorf("YearList changed its argument (-want +got):\n%s", diff)
	}
}

// FuzzDocDateRoundTrip checks DocDate → ParseDocDate → the same date.
func FuzzDocDateRoundTrip(f *testing.F) {
	f.Add(2020, 6, 22)
	f.Add(2024, 2, 5)
	f.Add(2017, 10, 1)
	f.Add(2024, 2, 29)
	f.Add(1900, 1, 1)
	f.Add(2200, 12, 31)
	f.Fuzz(func(t *testing.T, y, m, d int) {
		want, err := thidua.NewDate(y, time.Month(m), d)
		if err != nil {
			t.Skip()
		}
		s := report.DocDate(want)
		got, err := report.ParseDocDate(s)
		if err != nil || got != want {
			t.Fatalf("DocDate(%v) = %q parses to %v, %v", want, s, got, err)
		}
		place, got2, err := report.ParsePlaceDate(report.PlaceDate("Đồng Tháp", want))
		if err != nil || got2 != want || place != "Đồng Tháp" {
			t.Fatalf("PlaceDate round trip of %v: %q, %v, %v", want, place, got2, err)
		}
		if nd, err := thidua.ParseDate(report.NewsDate(want)); err != nil || nd != want {
			t.Fatalf("NewsDate(%v) = %q parses to %v, %v", want, report.NewsDate(want), nd, err)
		}
	})
}
