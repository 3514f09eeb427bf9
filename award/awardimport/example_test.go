package awardimport_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardimport"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgimport"
)

func Example() {
	ctx := context.Background()
	people := org.NewMemStore()
	awards := award.NewMemStore()
	stores := awardimport.Stores{Org: people, Campaign: campaign.NewMemStore(&campaign.Options{Directory: people}), Award: awards}

	files := map[string]string{
		"Đơn vị.csv": "Mã đơn vị,Tên đơn vị,Ngày thành lập\n" +
			"CTHADS-DT,Cục Thi hành án dân sự tỉnh Đồng Tháp,01/07/2009\n",
		"Cán bộ.csv": "Mã cán bộ,Họ và tên,Giới tính,Mã đơn vị,Chức vụ,Từ ngày\n" +
			"P001,Nguyễn Văn An,Nam,CTHADS-DT,Chấp hành viên,01/01/2010\n" +
			"P002,Trần Thị Hoà,Nữ,CTHADS-DT,Thư ký thi hành án,01/01/2012\n",
		"Xếp loại.csv": "Mã cán bộ,Năm,Xếp loại,Số ngày làm việc\n" +
			"P001,2023,HTXSNV,250\n" +
			"P002,2023,Hoàn thành tốt nhiệm vụ,248\n",
		"Khen thưởng.csv": "Số quyết định,Ngày quyết định,Cơ quan ban hành,Chức vụ người ký,Hình thức khen thưởng,Mã cán bộ,Năm\n" +
			"15/QĐ-CTHADS,20/01/2024,Cục Thi hành án dân sự tỉnh Đồng Tháp,Cục trưởng,Chiến sĩ thi đua cơ sở,P001,2023\n" +
			"15/QĐ-CTHADS,,,,Lao động tiên tiến,P002,2023\n",
	}
	open := func(typo bool) ([]string, []io.Reader) {
		var names []string
		var rs []io.Reader
		for _, n := range []string{"Đơn vị.csv", "Cán bộ.csv", "Xếp loại.csv", "Khen thưởng.csv"} {
			text := files[n]
			if typo {
				text = strings.Replace(text, "Lao động tiên tiến,P002,2023", "Lao động tiên tiến,P0O2,2023", 1)
				text = strings.Replace(text, "01/01/2012", "31/02/2012", 1)
			}
			names = append(names, n)
			rs = append(rs, strings.NewReader(text))
		}
		return names, rs
	}

	// A typo in a staff code and a date that does not exist: every problem
	// is listed, nothing is stored.
	names, rs := open(true)
	_, err := awardimport.ImportCSV(ctx, stores, names, rs, awardimport.Options{})
	var ie *orgimport.Error
	if errors.As(err, &ie) {
		for _, p := range ie.Problems {
			fmt.Println(p)
		}
	}

	// The corrected files import.
	names, rs = open(false)
	sum, err := awardimport.ImportCSV(ctx, stores, names, rs, awardimport.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d units, %d people, %d ratings, %d decision, %d grants\n",
		sum.Org.Units, sum.Org.People, sum.Org.PersonYears, sum.Decisions, sum.Grants)

	// The same files again: a conflict, not a copy.
	names, rs = open(false)
	_, err = awardimport.ImportCSV(ctx, stores, names, rs, awardimport.Options{})
	fmt.Println(errors.Is(err, thidua.ErrConflict))
	// Output:
	// Cán bộ, dòng 3, cột F (Từ ngày): ngày 31/02/2012 không có trong lịch
	// Khen thưởng, dòng 3, cột F (Mã cán bộ): mã cán bộ P0O2 không có trong sheet Cán bộ và trong dữ liệu
	// 1 units, 2 people, 2 ratings, 1 decision, 2 grants
	// true
}

func ExampleWriteTemplate() {
	var buf bytes.Buffer
	if err := awardimport.WriteTemplate(&buf); err != nil {
		fmt.Println(err)
		return
	}
	book, err := orgimport.ReadXLSX(bytes.NewReader(buf.Bytes()), int64(buf.Len()), orgimport.Limits{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range book.Sheets[1:] {
		var headers []string
		for _, c := range s.Rows[0].Cells {
			headers = append(headers, c.V)
		}
		fmt.Printf("%s: %s\n", s.Name, strings.Join(headers[:3], ", "))
	}
	// Output:
	// Đơn vị: Mã đơn vị, Tên đơn vị, Tên viết tắt
	// Cán bộ: Mã cán bộ, Họ và tên, Giới tính
	// Xếp loại: Mã cán bộ, Họ và tên, Mã đơn vị
	// Ngày nghỉ: Mã cán bộ, Năm, Lý do nghỉ
	// Kỷ luật: Mã kỷ luật, Mã cán bộ, Hình thức kỷ luật
	// Sáng kiến: Mã sáng kiến, Tên sáng kiến, Loại
	// Khen thưởng: Số quyết định, Ngày quyết định, Cơ quan ban hành
}
