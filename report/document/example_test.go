package document_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
)

// exampleSources builds a small Cục Thi hành án dân sự with two Chi cục,
// three people, a few grants (one revoked) and pending nominations.
func exampleSources() document.Sources {
	ctx := context.Background()
	check := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	since := thidua.Since(thidua.MustDate(2000, time.January, 1))
	os := org.NewMemStore()
	for _, u := range []org.Unit{
		{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Exists: since},
		{ID: "cl", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc", Exists: since},
		{ID: "tm", Name: "Chi cục Thi hành án dân sự huyện Tháp Mười", Parent: "cuc", Exists: since},
	} {
		check(os.AddUnit(ctx, u))
	}
	for _, p := range []org.Person{
		{ID: "an", FullName: "Nguyễn Văn An", Gender: org.Male, Assignments: []org.Assignment{{Unit: "cuc", Position: "Cục trưởng", Period: since}}},
		{ID: "binh", FullName: "Trần Thị Bình", Gender: org.Female, Assignments: []org.Assignment{{Unit: "cl", Position: "Chấp hành viên", Period: since}}},
	} {
		check(os.AddPerson(ctx, p))
	}
	as := award.NewMemStore()
	grant := func(id string, k award.Code, r award.Recipient, y int) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: k, Recipient: r, Year: y}}
	}
	check(as.AddDecision(ctx, award.Decision{
		ID: "qd1", Number: thidua.MustParseDocNumber("123/QĐ-BTP"), Date: thidua.MustDate(2020, time.January, 15),
		IssuerName: "Bộ Tư pháp", SignerTitle: "Bộ trưởng Bộ Tư pháp",
		Grants: []award.Grant{
			grant("g1", award.CoBo, award.UnitRecipient("cl"), 2019),
			grant("g2", award.BangKhenBo, award.PersonRecipient("an"), 2019),
			grant("g3", award.BangKhenBo, award.PersonRecipient("binh"), 2019),
		},
	}))
	check(as.AddDecision(ctx, award.Decision{
		ID: "qd2", Number: thidua.MustParseDocNumber("20/QĐ-CTHADS"), Date: thidua.MustDate(2021, time.January, 8),
		Issuer: "cuc", SignerTitle: "Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp",
		Grants: []award.Grant{
			grant("g4", award.LDTT, award.PersonRecipient("an"), 2020),
			grant("g5", award.LDTT, award.PersonRecipient("binh"), 2020),
			grant("g6", award.TTLDTT, award.UnitRecipient("tm"), 2020),
		},
	}))
	check(as.Revoke(ctx, "g3", award.Revocation{Date: thidua.MustDate(2021, time.March, 1), Reason: "Kê khai không trung thực"}))
	for _, n := range []award.Nomination{
		{ID: "n1", Subject: award.Subject{Kind: award.HCLD3, Recipient: award.UnitRecipient("tm"), Period: thidua.Years(2016, 2020)}},
		{ID: "n2", Subject: award.Subject{Kind: award.HCLD3, Recipient: award.UnitRecipient("cl"), Period: thidua.Years(2016, 2020)}},
		{ID: "n3", Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: award.PersonRecipient("binh"), Period: thidua.Years(2019, 2020)}},
		{ID: "n4", Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: award.PersonRecipient("an"), Period: thidua.Years(2019, 2020)}},
	} {
		n.Proposer, n.Authority = "cuc", "cuc"
		_, err := award.Start(ctx, as, os, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc"}, On: thidua.MustDate(2021, time.February, 1)})
		check(err)
	}
	return document.Sources{Org: os, Award: as}
}

func ExampleNominationList() {
	list, err := document.NominationList(context.Background(), exampleSources(), document.NominationRequest{
		Proposer: "cuc",
		Heading: document.Heading{
			Parent: "Bộ Tư pháp", Number: thidua.MustParseDocNumber("05/TTr-CTHADS"),
			Place: "Đồng Tháp", Date: thidua.MustDate(2021, time.February, 5),
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := document.Render(os.Stdout, document.Text, list); err != nil {
		fmt.Println(err)
	}
	// Output:
	//              BỘ TƯ PHÁP                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	// CỤC THI HÀNH ÁN DÂN SỰ TỈNH ĐỒNG THÁP           Độc lập - Tự do - Hạnh phúc
	//               --------                                ---------------
	//           Số: 05/TTr-CTHADS                 Đồng Tháp, ngày 05 tháng 02 năm 2021
	//
	//                          DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG
	//
	// I. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể
	// 1. Chi cục Thi hành án dân sự huyện Cao Lãnh
	// 2. Chi cục Thi hành án dân sự huyện Tháp Mười
	//
	// II. Đề nghị tặng Bằng khen của Thủ tướng Chính phủ: 02 cá nhân
	// 1. Ông Nguyễn Văn An, Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp
	// 2. Bà Trần Thị Bình, Chấp hành viên Chi cục Thi hành án dân sự huyện Cao Lãnh
}

func ExampleStatisticsTable() {
	st, err := document.StatisticsTable(context.Background(), exampleSources(), document.StatisticsRequest{
		Unit:    "cuc",
		Period:  thidua.Years(2020, 2021),
		Heading: document.Heading{Place: "Đồng Tháp", Date: thidua.MustDate(2022, time.January, 10)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(st.Table().Text())
	fmt.Println()
	if err := document.Render(os.Stdout, document.CSV, st); err != nil {
		fmt.Println(err)
	}
	// Output:
	// STT  Hình thức khen thưởng           Đối tượng  2020  2021  Tổng cộng
	// ---  ------------------------------  ---------  ----  ----  ---------
	//   1  Cờ thi đua cấp bộ, ngành, tỉnh  Tập thể       1     0          1
	//   2  Bằng khen cấp bộ, ngành, tỉnh   Tập thể       0     0          0
	//                                      Cá nhân       1     0          1
	//   3  Tập thể lao động tiên tiến      Tập thể       0     1          1
	//   4  Lao động tiên tiến              Cá nhân       0     2          2
	//      Tổng cộng                       Tập thể       1     1          2
	//                                      Cá nhân       1     2          3
	//
	// Mã,Hình thức khen thưởng,Đối tượng,2020,2021,Tổng cộng
	// co-bo,"Cờ thi đua cấp bộ, ngành, tỉnh",Tập thể,1,0,1
	// bang-khen-bo,"Bằng khen cấp bộ, ngành, tỉnh",Tập thể,0,0,0
	// bang-khen-bo,"Bằng khen cấp bộ, ngành, tỉnh",Cá nhân,1,0,1
	// ttld-tien-tien,Tập thể lao động tiên tiến,Tập thể,0,1,1
	// ldtt,Lao động tiên tiến,Cá nhân,0,2,2
	// ,Tổng cộng,Tập thể,1,1,2
	// ,Tổng cộng,Cá nhân,1,2,3
}
