package document_test

import (
	"context"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
)

func day(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }

// fixture is a Cục Thi hành án dân sự tỉnh Đồng Tháp under the Bộ Tư pháp,
// with two Chi cục, their people, ratings, an initiative, grants (one of
// them revoked) and nominations, some pending, one rejected.
type fixture struct {
	org      *org.MemStore
	award    *award.MemStore
	campaign *campaign.MemStore
	cat      *award.Catalogue
}

func (f *fixture) sources() document.Sources {
	return document.Sources{Org: f.org, Award: f.award, Catalogue: f.cat, Campaign: f.campaign}
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	f, err := buildFixture()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// buildFixture builds the fixture, or returns the first error.
func buildFixture() (f *fixture, err error) {
	ctx := context.Background()
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, p.(error)
		}
	}()
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	f = &fixture{org: org.NewMemStore(), cat: award.JusticeCatalogue()}
	f.award = award.NewMemStore(award.WithCatalogue(f.cat))
	f.campaign = campaign.NewMemStore(&campaign.Options{Directory: f.org})

	since := thidua.Since(day(2000, time.January, 1))
	for _, u := range []org.Unit{
		{ID: "btp", Name: "Bộ Tư pháp", Exists: since},
		{ID: "cuc-dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", ShortName: "Cục THADS Đồng Tháp", Parent: "btp", Exists: since},
		{ID: "cc-tm", Name: "Chi cục Thi hành án dân sự huyện Tháp Mười", Parent: "cuc-dt", Exists: since},
		{ID: "cc-cl", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc-dt", Exists: since},
	} {
		must(f.org.AddUnit(ctx, u))
	}
	post := func(unit org.UnitID, pos string, from thidua.Date) []org.Assignment {
		return []org.Assignment{{Unit: unit, Position: pos, Period: thidua.Since(from)}}
	}
	for _, p := range []org.Person{
		{ID: "p-an", FullName: "Nguyễn Văn An", Gender: org.Male, BirthDate: day(1968, time.May, 12), Recruited: day(1992, time.September, 1),
			Assignments: post("cuc-dt", "Cục trưởng", day(2012, time.March, 1))},
		{ID: "p-binh", FullName: "Trần Thị Bình", Gender: org.Female, BirthDate: day(1975, time.February, 3), Recruited: day(1998, time.July, 1),
			Assignments: post("cuc-dt", "Phó Cục trưởng", day(2014, time.June, 1))},
		{ID: "p-hoa", FullName: "Võ Thị Hoà", Gender: org.Female, Recruited: day(2005, time.January, 5),
			Assignments: post("cuc-dt", "Chuyên viên", day(2010, time.January, 5))},
		{ID: "p-cuong", FullName: "Lê Văn Cường", Gender: org.Male, Recruited: day(1999, time.April, 1),
			Assignments: post("cc-cl", "Chi cục trưởng", day(2015, time.January, 1))},
		{ID: "p-dung", FullName: "Phạm Thị Dung", Gender: org.Female, Recruited: day(2008, time.August, 1),
			Assignments: post("cc-cl", "Chấp hành viên", day(2008, time.August, 1))},
		{ID: "p-em", FullName: "Huỳnh Văn Em", Gender: org.Male, Recruited: day(2011, time.October, 1),
			Assignments: post("cc-tm", "Chấp hành viên", day(2011, time.October, 1))},
	} {
		must(f.org.AddPerson(ctx, p))
	}
	for _, y := range []int{2019, 2020} {
		must(f.org.AddPersonYear(ctx, org.PersonYear{Person: "p-an", Year: y, Rating: org.Excellent, DaysWorked: 250}))
		must(f.org.AddUnitYear(ctx, org.UnitYear{Unit: "cuc-dt", Year: y, Rating: org.Excellent}))
	}
	must(f.org.AddPersonYear(ctx, org.PersonYear{Person: "p-an", Year: 2018, Rating: org.CompletedWell, DaysWorked: 250}))

	must(f.campaign.AddInitiative(ctx, campaign.Initiative{
		ID: "sk-1", Title: "Giải pháp nâng cao hiệu quả thi hành các vụ việc có điều kiện", Kind: campaign.KindInitiative,
		Authors: []campaign.Author{{Person: "p-an", Share: decimal.NewFromInt(60)}, {Person: "p-dung", Share: decimal.NewFromInt(40)}},
		Level:   campaign.LevelGrassroots, RecognisedBy: "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp",
		Decision: "45/QĐ-CTHADS", Created: day(2019, time.March, 1), Recognised: day(2019, time.November, 20), Applied: true,
	}))
	// Recognised before the period: left out of the reports.
	must(f.campaign.AddInitiative(ctx, campaign.Initiative{
		ID: "sk-0", Title: "Sổ tay nghiệp vụ", Kind: campaign.KindInitiative,
		Authors: []campaign.Author{{Person: "p-an"}}, Level: campaign.LevelGrassroots,
		RecognisedBy: "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp",
		Created:      day(2015, time.March, 1), Recognised: day(2015, time.November, 20),
	}))

	grant := func(id string, kind award.Code, r award.Recipient, year int) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: kind, Recipient: r, Year: year}}
	}
	unit, person := award.UnitRecipient, award.PersonRecipient
	for _, d := range []award.Decision{
		{ID: "qd-cthads-15", Number: thidua.MustParseDocNumber("15/QĐ-CTHADS"), Date: day(2020, time.January, 10), Issuer: "cuc-dt",
			SignerTitle: "Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp", Grants: []award.Grant{
				grant("g-ldtt-an", award.LDTT, person("p-an"), 2019),
				grant("g-ldtt-dung", award.LDTT, person("p-dung"), 2019),
				grant("g-cstdcs-an", award.CSTDCS, person("p-an"), 2019),
				grant("g-ttldtt-cl", award.TTLDTT, unit("cc-cl"), 2019),
			}},
		{ID: "qd-btp-123", Number: thidua.MustParseDocNumber("123/QĐ-BTP"), Date: day(2020, time.January, 15), Issuer: "btp",
			SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: []award.Grant{
				grant("g-co-cuc", award.CoBo, unit("cuc-dt"), 2019),
				grant("g-cstd-an", award.CSTDBo, person("p-an"), 2019),
				grant("g-bk-cl", award.BangKhenBo, unit("cc-cl"), 2019),
			}},
		{ID: "qd-ubnd-45", Number: thidua.MustParseDocNumber("45/QĐ-UBND"), Date: day(2019, time.December, 20),
			IssuerName: "Ủy ban nhân dân tỉnh Đồng Tháp", SignerTitle: "Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp", Grants: []award.Grant{
				grant("g-bk-an", award.BangKhenBo, person("p-an"), 2019),
				grant("g-bk-dung", award.BangKhenBo, person("p-dung"), 2019),
			}},
		{ID: "qd-ctn-2345", Number: thidua.MustParseDocNumber("2345/QĐ-CTN"), Date: day(2020, time.November, 10),
			IssuerName: "Chủ tịch nước", SignerTitle: "Chủ tịch nước", Grants: []award.Grant{{
				ID: "g-hcld-cuc", Subject: award.Subject{Kind: award.HCLD3, Recipient: unit("cuc-dt"), Period: thidua.Years(2015, 2019)},
			}}},
		{ID: "qd-btp-2050", Number: thidua.MustParseDocNumber("2050/QĐ-BTP"), Date: day(2020, time.December, 28), Issuer: "btp",
			SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: []award.Grant{
				grant("g-ttldxs-tm", award.TTLDXS, unit("cc-tm"), 2020),
				grant("g-co-cl", award.CoBo, unit("cc-cl"), 2020),
				grant("g-cstdcs-em", award.CSTDCS, person("p-em"), 2020),
			}},
	} {
		must(f.award.AddDecision(ctx, d))
	}
	must(f.award.Revoke(ctx, "g-bk-dung", award.Revocation{Date: day(2021, time.March, 1), Reason: "Kê khai không trung thực thành tích"}))

	propose := func(id string, kind award.Code, r award.Recipient, span thidua.Period, on thidua.Date, submit bool) {
		n := award.Nomination{ID: id, Subject: award.Subject{Kind: kind, Recipient: r, Period: span}, Proposer: "cuc-dt", Authority: "btp"}
		if span.From.Year == span.To.Year {
			n.Year = span.From.Year
		}
		_, err := award.Start(ctx, f.award, f.org, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc-dt"}, On: on})
		must(err)
		if submit {
			_, err = award.Advance(ctx, f.award, f.org, id, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cuc-dt"}, On: on.AddDays(2), To: "btp"})
			must(err)
		}
	}
	five := thidua.Years(2016, 2020)
	on := day(2021, time.January, 20)
	propose("dn-hcld-tm", award.HCLD3, unit("cc-tm"), five, on, true)
	propose("dn-hcld-cl", award.HCLD3, unit("cc-cl"), five, on, true)
	propose("dn-hcld-an", award.HCLD3, person("p-an"), five, on, true)
	propose("dn-bkttg-hoa", award.BangKhenTTg, person("p-hoa"), thidua.Years(2019, 2020), on, false)
	propose("dn-bkttg-binh", award.BangKhenTTg, person("p-binh"), thidua.Years(2019, 2020), on, false)
	propose("dn-cstd-cuong", award.CSTDBo, person("p-cuong"), thidua.Year(2020), on, true)
	propose("dn-bkttg-em", award.BangKhenTTg, person("p-em"), thidua.Years(2019, 2020), on, true)
	_, err = award.Advance(ctx, f.award, f.org, "dn-bkttg-em", award.Transition{
		Action: award.Reject, By: award.Actor{Unit: "btp"}, On: on.AddDays(10), Reason: "Chưa đủ tiêu chuẩn"})
	must(err)
	return f, nil
}
