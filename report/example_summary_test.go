package report_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// A unit's five-year summary, built from its stores and written in the
// paragraph style of published summaries.
func ExampleBuildSummary() {
	ctx := context.Background()
	day := func(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }
	orgs := org.NewMemStore()
	awards := award.NewMemStore(award.WithCatalogue(award.JusticeCatalogue()))
	ledger := contribution.NewMemStore(nil)
	since := thidua.Since(day(2009, 10, 1))
	for _, u := range []org.Unit{
		{ID: "bo", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: since},
		{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", ShortName: "Cục Thi hành án dân sự", Level: org.LevelCucTHADSTinh, Parent: "bo", Exists: since},
		{ID: "cc-1", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Level: org.LevelChiCucTHADSHuyen, Parent: "cuc", Exists: since},
		{ID: "cc-2", Name: "Chi cục Thi hành án dân sự huyện Lấp Vò", Level: org.LevelChiCucTHADSHuyen, Parent: "cuc", Exists: since},
	} {
		if err := orgs.AddUnit(ctx, u); err != nil {
			panic(err)
		}
	}
	flag := func(id string, u org.UnitID, y int) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: award.CoBo, Recipient: award.UnitRecipient(u), Year: y}}
	}
	for _, d := range []award.Decision{
		{ID: "qd-2017", Number: thidua.MustParseDocNumber("100/QĐ-BTP"), Date: day(2017, 1, 15), Issuer: "bo",
			SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: []award.Grant{flag("g1", "cuc", 2016), flag("g2", "cc-1", 2016)}},
		{ID: "qd-2019", Number: thidua.MustParseDocNumber("101/QĐ-BTP"), Date: day(2019, 1, 15), Issuer: "bo",
			SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: []award.Grant{flag("g3", "cuc", 2018), flag("g4", "cc-2", 2018)}},
	} {
		if err := awards.AddDecision(ctx, d); err != nil {
			panic(err)
		}
	}
	for i, amount := range []int64{30_200_000, 20_150_000} {
		_, err := ledger.Post(ctx, contribution.Entry{
			Key: fmt.Sprint("ntm-", i), Date: day(2017+i, 5, 19), Contributor: contribution.UnitContributor("cuc"), Unit: "cuc",
			Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeNewRural, Amount: decimal.NewFromInt(amount),
		})
		if err != nil {
			panic(err)
		}
	}

	sum, err := report.BuildSummary(ctx, report.Sources{Org: orgs, Award: awards, Scale: org.JusticeScale(), Contribution: ledger},
		report.SummaryRequest{Unit: "cuc", Period: thidua.Years(2015, 2020),
			Labels: map[award.Code]string{award.CoBo: "Cờ Thi đua ngành Tư pháp"}})
	if err != nil {
		panic(err)
	}
	fmt.Println(sum.Awards[0].Collectives.Recipients, "tập thể,", sum.Awards[0].Collectives.Grants, "cờ")
	o := &report.PhraseOptions{Subject: "các cơ quan Thi hành án dân sự trong tỉnh"}
	if err := report.NewTextRenderer(o).Render(os.Stdout, sum); err != nil {
		panic(err)
	}
	// Output:
	// 3 tập thể, 4 cờ
	// Cục Thi hành án dân sự tỉnh Đồng Tháp: Một số thành tích nổi bật trong phong trào thi đua giai đoạn 2015 - 2020
	//
	// Trong 05 năm (2015 - 2020), các cơ quan Thi hành án dân sự trong tỉnh đã đạt được nhiều thành tích nổi bật như: Đã đóng góp hơn 50.000.000 đồng để hỗ trợ cho các xã xây dựng nông thôn mới. Ghi nhận kết quả thực hiện, các cơ quan Thi hành án dân sự trong tỉnh đã được cơ quan cấp có thẩm quyền biểu dương và tặng thưởng Cờ Thi đua ngành Tư pháp cho 04 tập thể (Cục Thi hành án dân sự 02 lần và Chi cục Thi hành án dân sự cấp huyện 02 lần).
}

// A ministry's own report, from a template: the functions of SummaryFuncs
// write the figures.
func ExampleNewTemplateRenderer() {
	sum := &report.Summary{
		Unit:   report.UnitInfo{Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", ShortName: "Cục Thi hành án dân sự"},
		Period: thidua.Years(2015, 2020),
		Awards: []report.AwardTally{{Code: award.CSTDBo, Label: "Chiến sỹ thi đua ngành Tư pháp", Family: award.Title,
			Individuals: report.RecipientCount{Recipients: 3, Grants: 3}}},
	}
	sum.Contributions.Own.Money = []report.MoneyLine{{Purpose: contribution.PurposeNewRural, Amount: decimal.NewFromInt(50_350_000)}}
	const tmpl = `{{.Unit.ShortName}}, {{period .Period}}: {{join (awards .)}}; {{join (contributions .)}}.`
	r, err := report.NewTemplateRenderer("ngan-gon", tmpl, nil)
	if err != nil {
		panic(err)
	}
	if err := r.Render(os.Stdout, sum); err != nil {
		panic(err)
	}
	// Output:
	// Cục Thi hành án dân sự, giai đoạn 2015 - 2020: Chiến sỹ thi đua ngành Tư pháp cho 03 cá nhân; Đã đóng góp hơn 50.000.000 đồng để hỗ trợ cho các xã xây dựng nông thôn mới.
}
