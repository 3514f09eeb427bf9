package report_test

import (
	"context"
	"fmt"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// The grants a unit's documents count for a period: a person's award
// counts where it was earned, and a revocation after the as-of day does not
// change the count.
func ExampleNewScope() {
	ctx := context.Background()
	day := func(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }
	orgs := org.NewMemStore()
	awards := award.NewMemStore()
	since := thidua.Since(day(2009, 10, 1))
	for _, u := range []org.Unit{
		{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Exists: since},
		{ID: "cc-1", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc", Exists: since},
		{ID: "khac", Name: "Cục Thi hành án dân sự tỉnh An Giang", Exists: since},
	} {
		if err := orgs.AddUnit(ctx, u); err != nil {
			panic(err)
		}
	}
	// Bình worked in An Giang until 2019, then in Cao Lãnh.
	if err := orgs.AddPerson(ctx, org.Person{ID: "binh", FullName: "Trần Thị Bình", Assignments: []org.Assignment{
		{Unit: "khac", Position: "Chấp hành viên", Period: thidua.Period{From: day(2010, 1, 1), To: day(2019, 12, 31)}},
		{Unit: "cc-1", Position: "Chấp hành viên", Period: thidua.Since(day(2020, 1, 1))},
	}}); err != nil {
		panic(err)
	}
	bk := func(id string, r award.Recipient, y int) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: award.BangKhenBo, Recipient: r, Year: y}}
	}
	for _, d := range []award.Decision{
		// Bình's award of 2019 was earned and decided in An Giang.
		{ID: "qd-0", Number: thidua.MustParseDocNumber("5/QĐ-BTP"), Date: day(2019, 12, 20), Issuer: "khac", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{bk("g2", award.PersonRecipient("binh"), 2019)}},
		{ID: "qd-1", Number: thidua.MustParseDocNumber("10/QĐ-BTP"), Date: day(2020, 1, 15), Issuer: "cuc", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{bk("g1", award.UnitRecipient("cc-1"), 2019)}},
		{ID: "qd-2", Number: thidua.MustParseDocNumber("20/QĐ-BTP"), Date: day(2021, 1, 15), Issuer: "cuc", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{bk("g3", award.PersonRecipient("binh"), 2020)}},
	} {
		if err := awards.AddDecision(ctx, d); err != nil {
			panic(err)
		}
	}
	if err := awards.Revoke(ctx, "g1", award.Revocation{Date: day(2022, 3, 1), Reason: "Hồ sơ không đúng"}); err != nil {
		panic(err)
	}
	sc, err := report.NewScope(ctx, report.Sources{Org: orgs, Award: awards}, report.ScopeRequest{Unit: "cuc", Period: thidua.Years(2019, 2021)})
	if err != nil {
		panic(err)
	}
	gs, err := sc.Grants(ctx, nil)
	if err != nil {
		panic(err)
	}
	for _, g := range gs {
		fmt.Println(g.Grant.ID, g.Year, g.Decision.Number)
	}
	// Output:
	// g1 2020 10/QĐ-BTP
	// g3 2021 20/QĐ-BTP
}
