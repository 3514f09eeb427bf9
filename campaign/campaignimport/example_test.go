package campaignimport_test

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaignimport"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgimport"
)

func ExampleImport() {
	ctx := context.Background()
	people := org.NewMemStore()
	people.AddUnit(ctx, org.Unit{ID: "U", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Exists: thidua.Since(thidua.MustDate(2009, 7, 1))})
	for _, id := range []org.PersonID{"P001", "P002"} {
		people.AddPerson(ctx, org.Person{ID: id, FullName: "Cán bộ " + string(id),
			Assignments: []org.Assignment{{Unit: "U", Position: "Chấp hành viên", Period: thidua.Since(thidua.MustDate(2015, 1, 1))}}})
	}
	s := campaign.NewMemStore(&campaign.Options{Directory: people})
	book, err := orgimport.ReadCSV([]string{"Sáng kiến.csv"}, []io.Reader{strings.NewReader(
		"Mã sáng kiến,Tên sáng kiến,Cấp công nhận,Cơ quan công nhận,Ngày công nhận,Mã cán bộ,Tỷ lệ đóng góp\n" +
			"SK-01,Giải pháp rút ngắn thời gian xác minh,cơ sở,Hội đồng sáng kiến Cục THADS,10/11/2023,P001,\"60,5\"\n" +
			"SK-01,,,,,P002,39.5%\n")}, orgimport.Limits{})
	if err != nil {
		fmt.Println(err)
		return
	}
	sum, err := campaignimport.Import(ctx, s, campaignimport.StorePeople(people), book, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	in, _ := s.Initiative(ctx, "SK-01")
	fmt.Println(sum.Initiatives, "initiative,", sum.Authors, "authors;", in.Level, "level; P001", in.ShareOf("P001"), "%")
	// Output:
	// 1 initiative, 2 authors; cơ sở level; P001 60.5 %
}
