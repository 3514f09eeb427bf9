package report

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
)

// Years are always written with strconv, never through a grouping number
// formatter (which would write 2020 as "2.020").

// NewsDate writes d as news articles do: "22/06/2020". The zero Date gives "".
func NewsDate(d thidua.Date) string {
	if d.IsZero() {
		return ""
	}
	b := make([]byte, 0, 10)
	b = appendPad2(b, d.Day)
	b = append(b, '/')
	b = appendPad2(b, int(d.Month))
	b = append(b, '/')
	return string(strconv.AppendInt(b, int64(d.Year), 10))
}

// DocDate writes d as documents do: "ngày 22 tháng 6 năm 2020". As Nghị
// định 30/2020/NĐ-CP (Phụ lục I) requires, days 1–9 and months 1–2 take a
// leading zero: "ngày 05 tháng 02 năm 2024", "ngày 01 tháng 10 năm 2017".
// The zero Date gives ""; an invalid date is written field by field as it is.
func DocDate(d thidua.Date) string {
	if d.IsZero() {
		return ""
	}
	b := make([]byte, 0, 32)
	b = append(b, "ngày "...)
	b = appendPad2(b, d.Day)
	b = append(b, " tháng "...)
	b = appendDocMonth(b, d.Month)
	b = append(b, " năm "...)
	return string(strconv.AppendInt(b, int64(d.Year), 10))
}

// appendDocMonth writes a month as in a document date: 01, 02, 3 … 12
// (Nghị định 30/2020/NĐ-CP: months 1 and 2 take a leading zero).
func appendDocMonth(b []byte, m time.Month) []byte {
	if m == time.January || m == time.February {
		return appendPad2(b, int(m))
	}
	return strconv.AppendInt(b, int64(m), 10)
}

// appendPad2 writes v with at least two digits.
func appendPad2(b []byte, v int) []byte {
	if v >= 0 && v < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// PlaceDate writes the place-and-date line of a document (Nghị định
// 30/2020/NĐ-CP): "Đồng Tháp, ngày 22 tháng 6 năm 2020".
func PlaceDate(place string, d thidua.Date) string {
	return vntext.Clean(place) + ", " + DocDate(d)
}

// ParseDocDate reads a date written as in documents, "ngày 22 tháng 6 năm
// 2020", with or without leading zeros, "Ngày" capitalised or not, any
// spacing, NFC or not. The error wraps [thidua.ErrInvalid].
func ParseDocDate(s string) (thidua.Date, error) {
	const op = "report: parse date"
	f := strings.Fields(strings.ToLower(vntext.NFC(s)))
	if len(f) != 6 || f[0] != "ngày" || f[2] != "tháng" || f[4] != "năm" {
		return thidua.Date{}, thidua.Invalid(op, "date", s, "", `want "ngày D tháng M năm YYYY"`)
	}
	day, okD := smallNumber(f[1], 2)
	month, okM := smallNumber(f[3], 2)
	year, okY := smallNumber(f[5], 4)
	if !okD || !okM || !okY || len(f[5]) != 4 {
		return thidua.Date{}, thidua.Invalid(op, "date", s, "", "day, month and year must be 1-2, 1-2 and 4 digits")
	}
	d, err := thidua.NewDate(year, time.Month(month), day)
	if err != nil {
		return thidua.Date{}, thidua.E(op, "date", s, "", err)
	}
	return d, nil
}

// ParsePlaceDate reads a place-and-date line, "Đồng Tháp, ngày 22 tháng 6
// năm 2020", into the place and the date. The error wraps
// [thidua.ErrInvalid].
func ParsePlaceDate(s string) (place string, d thidua.Date, err error) {
	i := strings.LastIndex(s, ",")
	if i < 0 || strings.TrimSpace(s[:i]) == "" {
		return "", thidua.Date{}, thidua.Invalid("report: parse date", "date", s, "", `want "Place, ngày D tháng M năm YYYY"`)
	}
	d, err = ParseDocDate(s[i+1:])
	if err != nil {
		return "", thidua.Date{}, err
	}
	return vntext.Clean(s[:i]), d, nil
}

// smallNumber parses 1..maxLen ASCII digits.
func smallNumber(s string, maxLen int) (int, bool) {
	if len(s) > maxLen || !allDigits(s) {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	return v, err == nil
}

// PeriodPhrase names a period as reports do:
//
//	a whole year                → "năm 2019"
//	whole years                 → "giai đoạn 2015 - 2020"
//	01/01 – 30/06               → "6 tháng đầu năm 2020"
//	01/07 – 31/12               → "6 tháng cuối năm 2020"
//	a whole quarter             → "quý II năm 2020"
//	a whole month               → "tháng 6 năm 2020"
//	open-ended (thidua.Since)   → "từ ngày 05 tháng 02 năm 2024"
//	anything else               → "từ ngày … đến ngày …"
//
// The zero Period gives "".
func PeriodPhrase(p thidua.Period) string {
	if p.IsZero() {
		return ""
	}
	if p.IsOpen() {
		return "từ " + DocDate(p.From)
	}
	f, t := p.From, p.To
	y := strconv.Itoa(f.Year)
	if f.Month == time.January && f.Day == 1 && t.Month == time.December && t.Day == 31 {
		if f.Year == t.Year {
			return "năm " + y
		}
		return "giai đoạn " + y + " - " + strconv.Itoa(t.Year)
	}
	if f.Year == t.Year && f.Day == 1 && t.Day == thidua.DaysIn(t.Year, t.Month) {
		switch {
		case f.Month == time.January && t.Month == time.June:
			return "6 tháng đầu năm " + y
		case f.Month == time.July && t.Month == time.December:
			return "6 tháng cuối năm " + y
		case (f.Month-1)%3 == 0 && t.Month == f.Month+2:
			return "quý " + quarterName(int(f.Month-1)/3) + " năm " + y
		case f.Month == t.Month:
			return string(appendDocMonth([]byte("tháng "), f.Month)) + " năm " + y
		}
	}
	return "từ " + DocDate(f) + " đến " + DocDate(t)
}

// quarterName returns the Roman numeral of quarter q (0-based).
func quarterName(q int) string {
	return [4]string{"I", "II", "III", "IV"}[q]
}

// PeriodYearsPhrase writes the length of a period in years and its years:
// "05 năm (2015 - 2020)", "05 năm (2020 - 2024)", "01 năm (2019)". Years
// are counted by the five-year convention of emulation stages
// ([YearsInPeriod]). The zero Period gives "". It pads as [Count] does; see
// [CountOptions.PeriodYears] for other padding.
func PeriodYearsPhrase(p thidua.Period) string { return CountOptions{}.PeriodYears(p) }

// PeriodYears is like [PeriodYearsPhrase], with o's padding for "năm":
// "5 năm (2020 - 2024)" when o.Pad["năm"] is false.
func (o CountOptions) PeriodYears(p thidua.Period) string {
	if YearsInPeriod(p) == 0 {
		return ""
	}
	span := strconv.Itoa(p.From.Year)
	if p.To.Year != p.From.Year {
		span += " - " + strconv.Itoa(p.To.Year)
	}
	return o.Count(YearsInPeriod(p), "năm") + " (" + span + ")"
}

// YearListOption changes how [YearList] writes several years.
type YearListOption int

// Year list options.
const (
	// EachYear names each year, as published texts write titles earned in
	// separate years: "năm 2020 và năm 2023", "năm 2019, năm 2020 và năm
	// 2023" (in place of "các năm 2020, 2023").
	EachYear YearListOption = iota + 1
)

// YearList writes the years one recipient earned something in, sorted and
// without repeats: "các năm 2007, 2008, 2009", or with [EachYear] "năm
// 2020 và năm 2023"; one year gives "năm 2007", none "". The slice is not
// modified.
func YearList(years []int, opts ...YearListOption) string {
	ys := slices.Clone(years)
	slices.Sort(ys)
	ys = slices.Compact(ys)
	switch len(ys) {
	case 0:
		return ""
	case 1:
		return "năm " + strconv.Itoa(ys[0])
	}
	if slices.Contains(opts, EachYear) {
		each := make([]string, len(ys))
		for i, y := range ys {
			each[i] = "năm " + strconv.Itoa(y)
		}
		return JoinList(each...)
	}
	b := []byte("các năm ")
	for i, y := range ys {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = strconv.AppendInt(b, int64(y), 10)
	}
	return string(b)
}

// YearsInPeriod is the number of years a period lasts as summaries count
// it, by the five-year convention of emulation stages: a stage runs from
// one emulation congress to the next, five years apart, and the congress
// year is shared by the two stages it joins, so a period whose first and
// last years are a multiple of five apart counts that difference
// (2015 - 2020 is five years, 2010 - 2020 ten); any other period counts
// its calendar years (2020 - 2024 is five years, 2019 - 2020 two, 2019
// one). The zero Period, an open one, or one that ends before it starts, is
// 0.
func YearsInPeriod(p thidua.Period) int {
	if p.IsZero() || p.IsOpen() || p.To.Before(p.From) {
		return 0
	}
	if d := p.To.Year - p.From.Year; d > 0 && d%5 == 0 {
		return d
	}
	return p.To.Year - p.From.Year + 1
}
