package rules

import (
	"strconv"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// CodeName returns the Vietnamese name of a known award code, or the code
// itself for a code the library does not know: award.Code.Name.
func CodeName(c award.Code) string { return c.Name() }

// RatingName returns the Vietnamese name of a rating.
func RatingName(r org.Rating) string {
	switch r {
	case org.Excellent:
		return "hoàn thành xuất sắc nhiệm vụ"
	case org.CompletedWell:
		return "hoàn thành tốt nhiệm vụ"
	case org.Completed:
		return "hoàn thành nhiệm vụ"
	case org.Failed:
		return "không hoàn thành nhiệm vụ"
	}
	return "chưa xếp loại"
}

func disciplineName(f org.DisciplineForm) string {
	switch f {
	case org.KhienTrach:
		return "khiển trách"
	case org.CanhCao:
		return "cảnh cáo"
	case org.HaBacLuong:
		return "hạ bậc lương"
	case org.GiangChuc:
		return "giáng chức"
	case org.CachChuc:
		return "cách chức"
	case org.BuocThoiViec:
		return "buộc thôi việc"
	}
	return "kỷ luật"
}

func proceedingName(k ProceedingKind) string {
	switch k {
	case Investigation:
		return "bị điều tra, xem xét kỷ luật"
	case Inspection:
		return "bị thanh tra, kiểm tra"
	case Complaint:
		return "có khiếu nại, tố cáo"
	}
	return "có vụ việc"
}

// dmy writes a date as dd/mm/yyyy.
func dmy(d thidua.Date) string {
	b := make([]byte, 0, 10)
	b = pad2(b, d.Day)
	b = append(b, '/')
	b = pad2(b, int(d.Month))
	b = append(b, '/')
	return string(strconv.AppendInt(b, int64(d.Year), 10))
}

func pad2(b []byte, v int) []byte {
	if v < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// count writes a count from 1 to 9 with a leading zero, as official
// documents do ("05 năm"); 0 stays "0".
func count(n int) string {
	if n <= 0 || n >= 10 {
		return strconv.Itoa(n)
	}
	const padded = "010203040506070809"
	return padded[2*(n-1) : 2*n]
}

// years writes "năm 2019" or "các năm 2019, 2021".
func years(ys []int) string {
	if len(ys) == 1 {
		return "năm " + strconv.Itoa(ys[0])
	}
	var b strings.Builder
	b.WriteString("các năm ")
	for i, y := range ys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(y))
	}
	return b.String()
}

// span writes "2018 - 2020" or "2020".
func span(from, to int) string {
	if from == to {
		return strconv.Itoa(from)
	}
	return strconv.Itoa(from) + " - " + strconv.Itoa(to)
}

func itoa(n int) string { return strconv.Itoa(n) }

// ratedAs writes "Năm 2020 xếp loại hoàn thành tốt nhiệm vụ", or "Năm 2020
// chưa có kết quả xếp loại" without a rating.
func ratedAs(who string, y int, r org.Rating) string {
	if r == org.NotRated {
		return "Năm " + strconv.Itoa(y) + who + " chưa có kết quả xếp loại"
	}
	return "Năm " + strconv.Itoa(y) + who + " xếp loại " + RatingName(r)
}
