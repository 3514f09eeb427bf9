package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/thidua-go/thidua/report/xlsx"
)

// The sample data: what "template -sample" writes and the tests import.
// sheetData is a sheet of a workbook: rows of cells, each a string, an
// int or nil (empty).
type sheetData struct {
	name string
	rows [][]any
}

// writeWorkbook writes the sheets to w as an XLSX workbook with the
// library's writer (package report/xlsx).
func writeWorkbook(w io.Writer, sheets ...sheetData) error {
	wb := xlsx.New()
	for _, sd := range sheets {
		s := wb.AddSheet(sd.name)
		for _, r := range sd.rows {
			cells := make([]xlsx.Cell, len(r))
			for i, v := range r {
				switch v := v.(type) {
				case nil:
					cells[i] = xlsx.Text("")
				case string:
					cells[i] = xlsx.Text(v)
				case int:
					cells[i] = xlsx.Int(v)
				default:
					return fmt.Errorf("unsupported cell %T", v)
				}
			}
			s.AddRow(cells...)
		}
	}
	b, err := wb.Bytes()
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// writeSample writes the sample workbook of "template -sample".
func writeSample(w io.Writer) error { return writeWorkbook(w, sampleBook()...) }

const (
	staff     = 60
	firstYear = 2019
	lastYear  = 2023
	weak      = "P007" // rated "hoàn thành nhiệm vụ" in the last year
	star      = "P002" // excellent every year, initiatives, CSTĐCS each year
)

func unitOf(i int) string {
	switch i % 3 {
	case 0:
		return "CUC"
	case 1:
		return "CC-CL"
	}
	return "CC-SD"
}

// sampleBook is the sample workbook of a unit: a department with two branches, 60 staff,
// five years of ratings of people and units, initiatives and a decision of
// yearly titles per year.
func sampleBook() []sheetData {
	units := sheetData{"Đơn vị", [][]any{
		{"Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên", "Ngày thành lập"},
		{"CUC", "Cục Thi hành án dân sự tỉnh Đồng Tháp", "cuc", nil, "01/07/2009"},
		{"CC-CL", "Chi cục Thi hành án dân sự huyện Cao Lãnh", "chi-cuc", "CUC", "01/07/2009"},
		{"CC-SD", "Chi cục Thi hành án dân sự thành phố Sa Đéc", "chi-cuc", "CUC", "01/07/2009"},
	}}
	people := sheetData{"Cán bộ", [][]any{{"Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày tuyển dụng", "Mã đơn vị", "Chức vụ", "Từ ngày"}}}
	ratings := sheetData{"Xếp loại", [][]any{{"Mã cán bộ", "Mã đơn vị", "Năm", "Xếp loại"}}}
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ"}
	given := []string{"Văn An", "Thị Hoà", "Minh Tâm", "Thị Lan", "Quốc Bảo", "Ngọc Hân", "Văn Hùng", "Thị Thuỷ", "Đức Thắng", "Kim Chi"}
	for i := 1; i <= staff; i++ {
		id := fmt.Sprintf("P%03d", i)
		gender := "Nam"
		if strings.Contains(given[i%10], "Thị") || i%10 == 5 || i%10 == 9 {
			gender = "Nữ"
		}
		post := "Chấp hành viên"
		if i <= 3 {
			post = "Chi cục trưởng"
			if unitOf(i) == "CUC" {
				post = "Cục trưởng"
			}
		}
		people.rows = append(people.rows, []any{id, family[i%6] + " " + given[i%10], gender,
			fmt.Sprintf("%02d/%02d/%d", 1+i%28, 1+i%12, 1970+i%25), "01/01/2012", unitOf(i), post, "01/01/2012"})
		for y := firstYear; y <= lastYear; y++ {
			r := "Hoàn thành tốt nhiệm vụ"
			if i%4 == 2 {
				r = "Hoàn thành xuất sắc nhiệm vụ"
			}
			if id == weak && y == lastYear {
				r = "Hoàn thành nhiệm vụ"
			}
			ratings.rows = append(ratings.rows, []any{id, nil, y, r})
		}
	}
	for _, u := range []string{"CUC", "CC-CL", "CC-SD"} {
		for y := firstYear; y <= lastYear; y++ {
			ratings.rows = append(ratings.rows, []any{nil, u, y, "Hoàn thành xuất sắc nhiệm vụ"})
		}
	}
	initiatives := sheetData{"Sáng kiến", [][]any{{"Mã sáng kiến", "Tên sáng kiến", "Cấp công nhận", "Cơ quan công nhận", "Ngày công nhận", "Mã cán bộ", "Tỷ lệ đóng góp"}}}
	awards := sheetData{"Khen thưởng", [][]any{{"Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Mã đơn vị ban hành", "Chức vụ người ký", "Hình thức khen thưởng", "Mã cán bộ", "Mã đơn vị", "Năm"}}}
	for y := firstYear; y <= lastYear; y++ {
		// Initiatives of the excellent staff, recognised each year.
		for i := 2; i <= staff; i += 4 {
			initiatives.rows = append(initiatives.rows, []any{fmt.Sprintf("SK-%d-%03d", y, i),
				fmt.Sprintf("Giải pháp nâng cao hiệu quả thi hành án năm %d số %d", y, i), "cơ sở",
				"Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp", fmt.Sprintf("15/11/%d", y), fmt.Sprintf("P%03d", i), 100})
		}
		if y == lastYear {
			break // the last year is the one screened: not decided yet
		}
		no := fmt.Sprintf("%d/QĐ-CTHADS", 10+y-firstYear)
		first := true
		add := func(award, person, unit string) {
			row := []any{no, nil, nil, nil, nil, award, nil, nil, y}
			if first {
				row[1], row[2], row[3], row[4] = fmt.Sprintf("20/01/%d", y+1), "Cục Thi hành án dân sự tỉnh Đồng Tháp", "CUC", "Cục trưởng"
				first = false
			}
			if person != "" {
				row[6] = person
			} else {
				row[7] = unit
			}
			awards.rows = append(awards.rows, row)
		}
		for i := 1; i <= staff; i++ {
			id := fmt.Sprintf("P%03d", i)
			if i%4 == 2 && i <= 10 {
				add("Chiến sĩ thi đua cơ sở", id, "")
			} else {
				add("Lao động tiên tiến", id, "")
			}
		}
		add("Tập thể lao động tiên tiến", "", "CC-CL")
		add("Tập thể lao động tiên tiến", "", "CC-SD")
	}
	return []sheetData{units, people, ratings, initiatives, awards}
}
