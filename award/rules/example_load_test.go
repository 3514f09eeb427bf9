package rules_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// Load a person's history from the stores and check an award: three
// consecutive CSTĐCS and an applied ministry-level initiative make the
// candidate eligible for "Chiến sĩ thi đua ngành Tư pháp" 2019, waiting for
// the council's secret ballot.
func ExampleLoadPerson() {
	ctx := context.Background()
	date := func(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }
	os := org.NewMemStore()
	cs := campaign.NewMemStore(&campaign.Options{Directory: os})
	as := award.NewMemStore(award.WithCatalogue(award.JusticeCatalogue()))
	check := func(err error) {
		if err != nil {
			log.Fatal(err)
		}
	}

	check(os.AddUnit(ctx, org.Unit{ID: "cc-cl", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh",
		Level: org.LevelChiCucTHADSHuyen, Exists: thidua.Since(date(2009, time.July, 1))}))
	check(os.AddPerson(ctx, org.Person{ID: "an", FullName: "Nguyễn Văn An", Gender: org.Male, Recruited: date(2010, time.March, 1),
		Assignments: []org.Assignment{{Unit: "cc-cl", Position: "Chấp hành viên", Period: thidua.Since(date(2012, time.January, 1))}}}))
	for y := 2017; y <= 2019; y++ {
		check(os.AddPersonYear(ctx, org.PersonYear{Person: "an", Year: y, Rating: org.Excellent, DaysWorked: 250}))
		var grants []award.Grant
		for _, code := range []award.Code{award.LDTT, award.CSTDCS} {
			grants = append(grants, award.Grant{ID: fmt.Sprintf("%s-%d", code, y),
				Subject: award.Subject{Kind: code, Recipient: award.PersonRecipient("an"), Year: y, Basis: award.Regular}})
		}
		check(as.AddDecision(ctx, award.Decision{ID: fmt.Sprint("qd-", y), Number: thidua.DocNumber{Number: 10 + y%10, Symbol: "QĐ-CCTHADS"},
			Date: date(y+1, time.January, 10), Issuer: "cc-cl", SignerTitle: "Chi cục trưởng", Grants: grants}))
	}
	check(cs.AddInitiative(ctx, campaign.Initiative{ID: "SK-2019-07", Title: "Quy trình xác minh điều kiện thi hành án",
		Kind: campaign.KindInitiative, Authors: []campaign.Author{{Person: "an"}}, Level: campaign.LevelMinistry,
		RecognisedBy: "Hội đồng sáng kiến Bộ Tư pháp", Created: date(2019, time.March, 1), Recognised: date(2019, time.September, 5), Applied: true}))

	src := rules.Sources{Org: os, Campaign: cs, Award: as}
	c, err := rules.LoadPerson(ctx, src, "an", thidua.Years(2015, 2019))
	check(err)
	v := rules.DefaultRegimes().Check(&c, award.CSTDBo, 2019)
	fmt.Println(v.Regime, "đủ điều kiện:", v.Eligible, "chờ:", v.Pending)
	for _, cr := range v.Criteria {
		mark := "✗"
		switch {
		case cr.Pending:
			mark = "?"
		case cr.Passed:
			mark = "✓"
		}
		fmt.Printf("%s %s [%s]\n", mark, cr.Reason, cr.Citation)
	}
	// Output:
	// R2017 đủ điều kiện: true chờ: true
	// ✓ Đối tượng xét: cá nhân [Luật TĐKT 2003, Điều 23-28]
	// ✓ Đạt danh hiệu Chiến sĩ thi đua cơ sở 03 trong 03 năm liên tục 2017 - 2019 [Luật TĐKT 2003, Điều 22]
	// ✓ Có 01 sáng kiến, đề tài hoặc giải pháp được công nhận cấp bộ, ngành, tỉnh và được áp dụng, nhân rộng trong giai đoạn 2017 - 2019, cần 01 [Luật TĐKT 2003, Điều 22]
	// ? Chờ Hội đồng thi đua, khen thưởng bỏ phiếu kín đề nghị Chiến sĩ thi đua cấp bộ, ngành, tỉnh: cần từ 90% tổng số thành viên đồng ý [NĐ 91/2017/NĐ-CP, Điều 45 khoản 8]
	// ✓ Không đang chịu hình thức kỷ luật vào thời điểm xét (31/12/2019) [NĐ 91/2017/NĐ-CP, Điều 3 [C]]
	// ✓ Không đang bị điều tra, thanh tra, kiểm tra hoặc có khiếu nại, tố cáo chưa giải quyết [NĐ 91/2017/NĐ-CP, Điều 3 [C]]
}
