package orgimport_test

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgimport"
)

func ExampleImport() {
	ctx := context.Background()
	s := org.NewMemStore()
	book, err := orgimport.ReadCSV(
		[]string{"Đơn vị.csv", "Cán bộ.csv", "Xếp loại.csv", "Ngày nghỉ.csv"},
		[]io.Reader{
			strings.NewReader("Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Ngày thành lập\n" +
				"CC-CL,Chi cục Thi hành án dân sự huyện Cao Lãnh,CTHADS-DT,01/07/2009\n" +
				"CTHADS-DT,Cục Thi hành án dân sự tỉnh Đồng Tháp,,01/07/2009\n"),
			strings.NewReader("\ufeffMÃ CÁN BỘ;HỌ VÀ TÊN;GIỚI TÍNH;MÃ ĐƠN VỊ;CHỨC VỤ;TỪ NGÀY;KIÊM NHIỆM\n" +
				"P001;Trần Thị Thuỷ;Nữ;CC-CL;Chi cục trưởng;2015-01-01;\n" +
				"P001;;;CTHADS-DT;Ủy viên Hội đồng thi đua;2018-01-01;x\n"),
			strings.NewReader("Mã cán bộ,Năm,Xếp loại,Số ngày làm việc\nP001,2023,HTTNV,130\n"),
			strings.NewReader("Mã cán bộ,Năm,Lý do nghỉ,Số ngày\nP001,2023,Nghỉ thai sản,120\n"),
		}, orgimport.Limits{})
	if err != nil {
		fmt.Println(err)
		return
	}
	sum, err := orgimport.Import(ctx, s, book, orgimport.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%+v\n", sum)
	p, _ := s.Person(ctx, "P001")
	py, _ := s.PersonYear(ctx, "P001", 2023)
	fmt.Println(p.FullName, len(p.Assignments), "posts;", py.Rating, "in", py.Unit, "with", py.WorkingDays(), "working days")
	// Output:
	// {Units:2 People:1 Posts:2 PersonYears:1 UnitYears:0 Disciplines:0}
	// Trần Thị Thuỷ 2 posts; Hoàn thành tốt nhiệm vụ in CC-CL with 250 working days
}
