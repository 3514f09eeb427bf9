package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
)

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "achievement:", err)
		os.Exit(1)
	}
}

func date(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }

func run(ctx context.Context, w io.Writer) error {
	orgs := org.NewMemStore()
	since := thidua.Since(date(2000, time.January, 1))
	for _, u := range []org.Unit{
		{ID: "btp", Name: "Bộ Tư pháp", Exists: since},
		{ID: "cuc-dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Parent: "btp", Exists: since},
		{ID: "cc-cl", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc-dt", Exists: since},
	} {
		if err := orgs.AddUnit(ctx, u); err != nil {
			return err
		}
	}
	if err := orgs.AddPerson(ctx, org.Person{
		ID: "p1", FullName: "Phạm Thị Dung", Gender: org.Female,
		BirthDate: date(1982, time.March, 9), Recruited: date(2008, time.August, 1),
		Assignments: []org.Assignment{
			{Unit: "cc-cl", Position: "Chấp hành viên", Period: thidua.Period{From: date(2008, time.August, 1), To: date(2017, time.December, 31)}},
			{Unit: "cc-cl", Position: "Phó Chi cục trưởng", Period: thidua.Since(date(2018, time.January, 1))},
		},
	}); err != nil {
		return err
	}
	for y, r := range map[int]org.Rating{2018: org.CompletedWell, 2019: org.Excellent, 2020: org.Excellent} {
		if err := orgs.AddPersonYear(ctx, org.PersonYear{Person: "p1", Year: y, Rating: r, DaysWorked: 250}); err != nil {
			return err
		}
	}

	camp := campaign.NewMemStore(&campaign.Options{Directory: orgs})
	if err := camp.AddInitiative(ctx, campaign.Initiative{
		ID: "sk-2019-07", Title: "Phân loại hồ sơ thi hành án theo mức độ có điều kiện thi hành",
		Kind: campaign.KindInitiative, Level: campaign.LevelGrassroots,
		Authors:      []campaign.Author{{Person: "p1", Share: decimal.NewFromInt(100)}},
		RecognisedBy: "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp", Decision: "45/QĐ-CTHADS",
		Created: date(2019, time.February, 1), Recognised: date(2019, time.November, 20), Applied: true,
	}); err != nil {
		return err
	}

	cat := award.JusticeCatalogue()
	awards := award.NewMemStore(award.WithCatalogue(cat), award.WithDirectory(orgs))
	me := award.PersonRecipient("p1")
	for _, d := range []award.Decision{
		{ID: "qd-15", Number: thidua.MustParseDocNumber("15/QĐ-CTHADS"), Date: date(2020, time.January, 10), Issuer: "cuc-dt",
			SignerTitle: "Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp", Grants: []award.Grant{
				{ID: "g1", Subject: award.Subject{Kind: award.LDTT, Recipient: me, Year: 2019}},
				{ID: "g2", Subject: award.Subject{Kind: award.CSTDCS, Recipient: me, Year: 2019}},
			}},
		{ID: "qd-123", Number: thidua.MustParseDocNumber("123/QĐ-BTP"), Date: date(2021, time.January, 15), Issuer: "btp",
			SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: []award.Grant{
				{ID: "g3", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: me, Period: thidua.Years(2019, 2020)},
					Title: "Bằng khen của Bộ trưởng Bộ Tư pháp"},
			}},
	} {
		if err := awards.AddDecision(ctx, d); err != nil {
			return err
		}
	}

	rep, err := document.IndividualReport(ctx, document.Sources{Org: orgs, Award: awards, Catalogue: cat, Campaign: camp},
		document.IndividualRequest{
			Person:   "p1",
			Period:   thidua.Years(2018, 2020),
			Heading:  document.Heading{Place: "Đồng Tháp", Date: date(2021, time.March, 2)},
			Proposed: award.CSTDBo,
			Details:  []document.Field{{Label: "Trình độ chuyên môn", Value: "Cử nhân Luật"}},
			Sections: []document.Section{{
				Title:      "Quyền hạn, nhiệm vụ được giao",
				Paragraphs: []string{"Giúp Chi cục trưởng tổ chức thi hành án dân sự trên địa bàn huyện Cao Lãnh."},
			}, {
				Title:      "Thành tích đạt được",
				Paragraphs: []string{"Năm 2020 thi hành xong 96,2% số việc có điều kiện thi hành."},
			}},
			Signer: document.Signer{Title: "Người báo cáo thành tích", Name: "Phạm Thị Dung"},
		})
	if err != nil {
		return err
	}
	return document.Render(w, document.Text, rep)
}
