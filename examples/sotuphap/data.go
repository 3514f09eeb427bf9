package main

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// The records of the Sở Tư pháp of an invented province, Hà Lam, in
// 2020–2024, entered through the public API. The people, decisions and
// figures are invented; every figure of the summary is counted from them.

// Unit IDs.
const (
	chuTichNuoc org.UnitID = "chu-tich-nuoc"
	chinhPhu    org.UnitID = "chinh-phu"
	boTuPhap    org.UnitID = "bo-tu-phap"
	ubndTinh    org.UnitID = "ubnd-ha-lam"
	so          org.UnitID = "so-tu-phap"
	vanPhong    org.UnitID = "van-phong-so"
	thanhTra    org.UnitID = "thanh-tra-so"
	phongVB     org.UnitID = "phong-van-ban"
	phongPB     org.UnitID = "phong-pbgdpl"
	phongHC     org.UnitID = "phong-hctp"      // renamed on 01/07/2022 …
	phongHCBT   org.UnitID = "phong-hctp-bttp" // … to this one
	ttTGPL      org.UnitID = "tt-tgpl"
	ttDauGia    org.UnitID = "tt-dau-gia"
	// The Sở Tư pháp of two neighbouring provinces, the Sở's peers when
	// the ministry ranks the provinces' results.
	ubndBac org.UnitID = "ubnd-bac-lam"
	soBac   org.UnitID = "so-tu-phap-bac-lam"
	ubndNam org.UnitID = "ubnd-nam-lam"
	soNam   org.UnitID = "so-tu-phap-nam-lam"
)

// Level codes. The justice sector's scale (org.JusticeScale) covers the
// enforcement system only; the Sở and its offices are modelled with
// levels of the example's own.
const (
	levelState   = "nha-nuoc"
	levelGov     = "chinh-phu"
	levelProv    = "ubnd-tinh"
	levelSo      = "so"
	levelOffice  = "phong-thuoc-so"
	levelService = "don-vi-su-nghiep"
)

// renamed is the day Phòng Hành chính tư pháp became Phòng Hành chính tư
// pháp và Bổ trợ tư pháp.
var renamed = day(2022, time.July, 1)

func day(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }

// scale names the levels of the example's units.
func scale() (org.Scale, error) {
	return org.NewScale(
		org.Level{Code: levelState, Name: "Nhà nước", Rank: 0},
		org.Level{Code: levelGov, Name: "Chính phủ", Rank: 1},
		org.Level{Code: org.LevelBo, Name: "Bộ", Rank: 2},
		org.Level{Code: levelProv, Name: "Ủy ban nhân dân tỉnh", Rank: 2},
		org.Level{Code: levelSo, Name: "Sở", Rank: 3},
		org.Level{Code: levelOffice, Name: "Phòng thuộc Sở", Rank: 4},
		org.Level{Code: levelService, Name: "Đơn vị sự nghiệp thuộc Sở", Rank: 4},
	)
}

// stores holds everything the example enters.
type stores struct {
	org       org.Store
	campaign  campaign.Store
	award     award.Store
	catalogue *award.Catalogue
	scale     org.Scale
}

func (s *stores) sources() report.Sources {
	return report.Sources{Org: s.org, Award: s.award, Catalogue: s.catalogue, Scale: s.scale, Campaign: s.campaign}
}

// build enters the records.
func build(ctx context.Context) (*stores, error) {
	sc, err := scale()
	if err != nil {
		return nil, err
	}
	cat := award.JusticeCatalogue()
	orgs := org.NewMemStore()
	// Decisions and nominations are checked against the organisation.
	s := &stores{org: orgs, award: award.NewMemStore(award.WithCatalogue(cat), award.WithDirectory(orgs)), catalogue: cat, scale: sc}
	s.campaign = campaign.NewMemStore(&campaign.Options{Directory: s.org})
	for _, step := range []func(context.Context) error{s.units, s.people, s.movements, s.round2023, s.grants, s.nominations} {
		if err := step(ctx); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *stores) units(ctx context.Context) error {
	since := thidua.Since
	founded := day(2008, time.April, 1)
	units := []org.Unit{
		// The offices that confer the state's and the Government's awards
		// stand above the province, so that nominations reach them.
		{ID: chuTichNuoc, Name: "Chủ tịch nước", Level: levelState, Exists: since(day(1945, 9, 2))},
		{ID: chinhPhu, Name: "Chính phủ", Level: levelGov, Parent: chuTichNuoc, Exists: since(day(1945, 9, 2))},
		{ID: boTuPhap, Name: "Bộ Tư pháp", Level: org.LevelBo, Parent: chinhPhu, Exists: since(day(1981, 10, 1))},
		{ID: ubndTinh, Name: "Ủy ban nhân dân tỉnh Hà Lam", Level: levelProv, Parent: chinhPhu, Exists: since(day(1997, 1, 1))},
		{ID: so, Name: "Sở Tư pháp tỉnh Hà Lam", ShortName: "Sở Tư pháp", Level: levelSo, Parent: ubndTinh, Exists: since(founded)},
		{ID: vanPhong, Name: "Văn phòng Sở", Level: levelOffice, Parent: so, Exists: since(founded)},
		{ID: thanhTra, Name: "Thanh tra Sở", Level: levelOffice, Parent: so, Exists: since(founded)},
		{ID: phongVB, Name: "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật", Level: levelOffice, Parent: so, Exists: since(founded)},
		{ID: phongPB, Name: "Phòng Phổ biến, giáo dục pháp luật", Level: levelOffice, Parent: so, Exists: since(founded)},
		{ID: phongHC, Name: "Phòng Hành chính tư pháp", Level: levelOffice, Parent: so, Exists: thidua.Period{From: founded, To: renamed.AddDays(-1)}},
		{ID: phongHCBT, Name: "Phòng Hành chính tư pháp và Bổ trợ tư pháp", Level: levelOffice, Parent: so, Exists: since(renamed)},
		{ID: ttTGPL, Name: "Trung tâm Trợ giúp pháp lý nhà nước", Level: levelService, Parent: so, Exists: since(founded)},
		{ID: ttDauGia, Name: "Trung tâm Dịch vụ đấu giá tài sản", Level: levelService, Parent: so, Exists: since(founded)},
		{ID: ubndBac, Name: "Ủy ban nhân dân tỉnh Bắc Lam", Level: levelProv, Parent: chinhPhu, Exists: since(day(1997, 1, 1))},
		{ID: soBac, Name: "Sở Tư pháp tỉnh Bắc Lam", Level: levelSo, Parent: ubndBac, Exists: since(founded)},
		{ID: ubndNam, Name: "Ủy ban nhân dân tỉnh Nam Lam", Level: levelProv, Parent: chinhPhu, Exists: since(day(1997, 1, 1))},
		{ID: soNam, Name: "Sở Tư pháp tỉnh Nam Lam", Level: levelSo, Parent: ubndNam, Exists: since(founded)},
	}
	for _, u := range units {
		if err := s.org.AddUnit(ctx, u); err != nil {
			return err
		}
	}
	return s.org.AddSuccession(ctx, org.Succession{Kind: org.Rename, Date: renamed, From: []org.UnitID{phongHC}, To: []org.UnitID{phongHCBT}})
}

// Person IDs of the people the summary and the lists name.
const (
	director    org.PersonID = "cb-gd"   // Giám đốc until 31/12/2024
	newDirector org.PersonID = "cb-pgd1" // Phó Giám đốc, then Giám đốc from 01/01/2025
	deputy      org.PersonID = "cb-pgd2"
	headVB      org.PersonID = "cb-tp-vb"
	headPB      org.PersonID = "cb-tp-pb"
	headHC      org.PersonID = "cb-tp-hc"
	headTGPL    org.PersonID = "cb-gd-tgpl"
)

// staffUnits are the units of the staff members, in turn.
var staffUnits = []org.UnitID{vanPhong, thanhTra, phongVB, phongPB, phongHC, ttTGPL, ttDauGia}

// Name parts for the staff (fictitious people).
var (
	familyNames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"}
	middleNames = []string{"Văn", "Thị", "Minh", "Thu", "Quang", "Thị Thanh", "Đức"}
	givenNames  = []string{"Anh", "Bảo", "Chi", "Duy", "Giang", "Hải", "Hương", "Khoa", "Linh", "Nhung", "Phong", "Quỳnh", "Thắng", "Trang", "Việt"}
)

// staff is the number of staff members besides the leaders.
const staff = 21

func staffID(i int) org.PersonID { return org.PersonID(fmt.Sprintf("cv-%02d", i)) }

func (s *stores) people(ctx context.Context) error {
	since := thidua.Since
	upTo := func(from, to thidua.Date) thidua.Period { return thidua.Period{From: from, To: to} }
	at := func(u org.UnitID, post string, p thidua.Period) org.Assignment {
		return org.Assignment{Unit: u, Position: post, Period: p}
	}
	endOf2024 := day(2024, time.December, 31)
	ps := []org.Person{
		{ID: director, FullName: "Nguyễn Văn Hòa", Gender: org.Male, Recruited: day(1990, 9, 1),
			Assignments: []org.Assignment{at(so, "Giám đốc", upTo(day(2015, 1, 1), endOf2024))}},
		{ID: newDirector, FullName: "Trần Thị Minh Thư", Gender: org.Female, Recruited: day(1998, 3, 1),
			Assignments: []org.Assignment{at(so, "Phó Giám đốc", upTo(day(2016, 6, 1), endOf2024)), at(so, "Giám đốc", since(day(2025, 1, 1)))}},
		{ID: deputy, FullName: "Lê Quang Vinh", Gender: org.Male, Recruited: day(2001, 8, 1),
			Assignments: []org.Assignment{at(so, "Phó Giám đốc", since(day(2018, 10, 1)))}},
		{ID: headVB, FullName: "Đặng Thị Ngọc Hà", Gender: org.Female, Recruited: day(2004, 2, 1),
			Assignments: []org.Assignment{at(phongVB, "Trưởng phòng", since(day(2017, 1, 1)))}},
		{ID: headPB, FullName: "Bùi Văn Nam", Gender: org.Male, Recruited: day(2003, 7, 1),
			Assignments: []org.Assignment{at(phongPB, "Trưởng phòng", since(day(2019, 1, 1)))}},
		{ID: headHC, FullName: "Huỳnh Thị Mai", Gender: org.Female, Recruited: day(2006, 5, 1),
			Assignments: []org.Assignment{at(phongHC, "Trưởng phòng", upTo(day(2018, 1, 1), renamed.AddDays(-1))), at(phongHCBT, "Trưởng phòng", since(renamed))}},
		{ID: headTGPL, FullName: "Ngô Văn Sơn", Gender: org.Male, Recruited: day(2002, 4, 1),
			Assignments: []org.Assignment{at(ttTGPL, "Giám đốc Trung tâm", since(day(2016, 1, 1)))}},
	}
	for i := 1; i <= staff; i++ {
		middle := middleNames[i%len(middleNames)]
		g := org.Male
		if middle == "Thị" || middle == "Thu" || middle == "Thị Thanh" {
			g = org.Female
		}
		u := staffUnits[i%len(staffUnits)]
		a := []org.Assignment{at(u, "Chuyên viên", since(day(2010+i%8, 1, 2)))}
		if u == phongHC { // the office carries on under its new name
			a = []org.Assignment{at(phongHC, "Chuyên viên", upTo(day(2010+i%8, 1, 2), renamed.AddDays(-1))), at(phongHCBT, "Chuyên viên", since(renamed))}
		}
		ps = append(ps, org.Person{ID: staffID(i), FullName: familyNames[i%len(familyNames)] + " " + middle + " " + givenNames[i%len(givenNames)],
			Gender: g, Recruited: day(2010+i%8, 1, 2), Assignments: a})
	}
	for _, p := range ps {
		if err := s.org.AddPerson(ctx, p); err != nil {
			return err
		}
	}
	return nil
}

// The Sở's yearly movement, and the ministry's movement whose target the
// provinces' Sở are ranked on.
const (
	movementYearly   campaign.MovementID = "so-2020-2024"
	movementMinistry campaign.MovementID = "btp-2020-2025"
)

// The targets (chỉ tiêu) of the Sở's yearly movement.
const (
	targetVanBan = "tham-dinh"
	targetLyLich = "ly-lich"
	// targetTGPL is the ministry's target: legal aid cases in court.
	targetTGPL = "tgpl-to-tung"
)

func (s *stores) movements(ctx context.Context) error {
	five := thidua.Years(2020, 2024)
	d := decimal.RequireFromString
	ms := []campaign.Movement{
		{ID: movementMinistry, Kind: campaign.Regular, Launcher: campaign.Launcher{Unit: boTuPhap}, Period: thidua.Years(2020, 2025),
			Title: "Toàn ngành Tư pháp đoàn kết, kỷ cương, sáng tạo, tích cực thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao giai đoạn 2020 - 2025",
			Targets: []campaign.Target{
				{ID: targetTGPL, Name: "Số vụ việc trợ giúp pháp lý tham gia tố tụng", Measure: campaign.Count, Value: d("300")},
			}},
		{ID: "btp-ngay-phap-luat", Kind: campaign.Thematic, Launcher: campaign.Launcher{Unit: boTuPhap}, Period: five,
			Title: "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{ID: movementYearly, Kind: campaign.Regular, Launcher: campaign.Launcher{Unit: so}, Period: five, Participants: []org.UnitID{so},
			Title: "Sở Tư pháp thi đua hoàn thành xuất sắc nhiệm vụ công tác tư pháp giai đoạn 2020 - 2024",
			Targets: []campaign.Target{
				{ID: targetVanBan, Name: "Tỷ lệ giải quyết đúng hạn về thẩm định văn bản", Measure: campaign.Percent, Value: d("90")},
				{ID: targetLyLich, Name: "Tỷ lệ giải quyết đúng hạn về lý lịch tư pháp", Measure: campaign.Percent, Value: d("89.4")},
			}},
	}
	for _, m := range ms {
		if err := s.campaign.AddMovement(ctx, m); err != nil {
			return err
		}
	}
	// The Sở's results against its targets, year by year.
	results := []struct {
		year         int
		vanBan, lich string
	}{{2021, "91", "90,4"}, {2022, "93,5", "89"}, {2023, "96", "95,4"}, {2024, "97", "96,4"}}
	var rs []campaign.Result
	for _, r := range results {
		rs = append(rs,
			campaign.Result{Movement: movementYearly, Target: targetVanBan, Year: r.year, Participant: campaign.UnitParticipant(so), Actual: report.MustParseNumber(r.vanBan)},
			campaign.Result{Movement: movementYearly, Target: targetLyLich, Year: r.year, Participant: campaign.UnitParticipant(so), Actual: report.MustParseNumber(r.lich)})
	}
	// The three provinces' legal aid cases in court, as the ministry
	// gathers them: the Sở's 368 of 2023 grew to 412 in 2024, second of
	// the three behind Bắc Lam's 455.
	tgpl := []struct {
		unit       org.UnitID
		y2023, y24 string
	}{{so, "368", "412"}, {soBac, "401", "455"}, {soNam, "390", "380"}}
	for _, t := range tgpl {
		for year, v := range map[int]string{2023: t.y2023, 2024: t.y24} {
			rs = append(rs, campaign.Result{Movement: movementMinistry, Target: targetTGPL, Year: year, Participant: campaign.UnitParticipant(t.unit), Actual: report.MustParseNumber(v)})
		}
	}
	for _, x := range rs {
		if err := s.campaign.AddResult(ctx, x); err != nil {
			return err
		}
	}
	return nil
}

// Offices that sign decisions.
const (
	minister = "Bộ trưởng Bộ Tư pháp"
	chair    = "Chủ tịch Ủy ban nhân dân tỉnh Hà Lam"
	premier  = "Thủ tướng Chính phủ"
)

// decision is a decision being entered.
type decision struct {
	id, number string
	date       thidua.Date
	issuer     org.UnitID
	signer     string
	grants     []award.Grant
}

// give adds a grant of kind for the achievement year, on basis b.
func (d *decision) give(kind award.Code, b award.Basis, year int, rs ...award.Recipient) *decision {
	for _, r := range rs {
		d.grants = append(d.grants, award.Grant{
			ID:      fmt.Sprintf("%s-%02d", d.id, len(d.grants)+1),
			Subject: award.Subject{Kind: kind, Recipient: r, Year: year, Basis: b},
		})
	}
	return d
}

func units(ids ...org.UnitID) []award.Recipient {
	rs := make([]award.Recipient, len(ids))
	for i, id := range ids {
		rs[i] = award.UnitRecipient(id)
	}
	return rs
}

func people(ids ...org.PersonID) []award.Recipient {
	rs := make([]award.Recipient, len(ids))
	for i, id := range ids {
		rs[i] = award.PersonRecipient(id)
	}
	return rs
}

func (s *stores) grants(ctx context.Context) error {
	var ds []*decision
	decide := func(id, number string, date thidua.Date, issuer org.UnitID, signer string) *decision {
		d := &decision{id: id, number: number, date: date, issuer: issuer, signer: signer}
		ds = append(ds, d)
		return d
	}
	// The titles of each year, decided by the province's chair in the
	// January after it: the 2019 titles, decided in January 2020, are not
	// the period's; the 2024 titles, decided in January 2025, are.
	titles := []struct {
		year      int
		excellent []org.UnitID   // Tập thể lao động xuất sắc
		champions []org.PersonID // Chiến sĩ thi đua cấp tỉnh
		flags     []org.UnitID   // Cờ thi đua of the province
	}{
		{2019, []org.UnitID{so, phongVB}, nil, nil},
		{2020, []org.UnitID{phongVB, ttTGPL}, []org.PersonID{director}, nil},
		{2021, []org.UnitID{so, phongHC}, nil, []org.UnitID{phongHC}},
		{2022, []org.UnitID{so, phongPB}, []org.PersonID{headVB}, nil},
		{2023, []org.UnitID{so, phongHCBT, vanPhong}, []org.PersonID{director, headPB}, nil},
		{2024, []org.UnitID{phongVB, ttDauGia}, nil, []org.UnitID{so}},
	}
	for i, t := range titles {
		d := decide(fmt.Sprintf("ubnd-%d-td", t.year), fmt.Sprintf("%d/QĐ-UBND", 120+i), day(t.year+1, time.January, 20), ubndTinh, chair)
		d.give(award.TTLDXS, award.Regular, t.year, units(t.excellent...)...)
		d.give(award.CSTDBo, award.Regular, t.year, people(t.champions...)...)
		d.give(award.CoBo, award.Regular, t.year, units(t.flags...)...)
	}
	// The sector's flags, from the Minister.
	decide("btp-2022-co", "215/QĐ-BTP", day(2023, time.January, 30), boTuPhap, minister).give(award.CoBo, award.Regular, 2022, units(so)...)
	decide("btp-2023-co", "198/QĐ-BTP", day(2024, time.January, 26), boTuPhap, minister).give(award.CoBo, award.Regular, 2023, units(phongHCBT)...)
	// The Minister's Bằng khen for the year's work (công trạng), each
	// December.
	yearly := []struct {
		year  int
		units []org.UnitID
		folk  []org.PersonID
	}{
		{2020, []org.UnitID{phongVB}, []org.PersonID{headVB, staffID(1), staffID(2)}},
		{2021, []org.UnitID{ttTGPL}, []org.PersonID{headTGPL, staffID(3), staffID(4)}},
		{2022, []org.UnitID{thanhTra}, []org.PersonID{staffID(1), staffID(5)}},
		{2023, []org.UnitID{vanPhong}, []org.PersonID{deputy, staffID(2), staffID(6)}},
		{2024, []org.UnitID{phongHCBT}, []org.PersonID{staffID(1), staffID(7)}},
	}
	for i, y := range yearly {
		d := decide(fmt.Sprintf("btp-%d-bk", y.year), fmt.Sprintf("%d/QĐ-BTP", 2801+i), day(y.year, time.December, 18), boTuPhap, minister)
		d.give(award.BangKhenBo, award.Regular, y.year, units(y.units...)...)
		d.give(award.BangKhenBo, award.Regular, y.year, people(y.folk...)...)
	}
	// The Minister's Bằng khen for the movement "Ngày Pháp luật"
	// (chuyên đề).
	decide("btp-2023-npl", "2456/QĐ-BTP", day(2023, time.November, 6), boTuPhap, minister).
		give(award.BangKhenBo, award.Thematic, 2023, units(phongPB)...).
		give(award.BangKhenBo, award.Thematic, 2023, people(headPB, staffID(8), staffID(9), staffID(10))...)
	// The province's Bằng khen: for the year's work, and for the work
	// during the 2022 floods (đột xuất).
	decide("ubnd-2021-bk", "2950/QĐ-UBND", day(2021, time.December, 24), ubndTinh, chair).
		give(award.BangKhenBo, award.Regular, 2021, units(phongPB)...).
		give(award.BangKhenBo, award.Regular, 2021, people(staffID(11), staffID(12))...)
	decide("ubnd-2022-dx", "640/QĐ-UBND", day(2022, time.March, 15), ubndTinh, chair).
		give(award.BangKhenBo, award.AdHoc, 2022, people(staffID(14), staffID(15))...)
	decide("ubnd-2023-bk", "3012/QĐ-UBND", day(2023, time.December, 22), ubndTinh, chair).
		give(award.BangKhenBo, award.Regular, 2023, units(ttDauGia)...).
		give(award.BangKhenBo, award.Regular, 2023, people(staffID(11), staffID(13))...)
	// The Prime Minister's Bằng khen.
	decide("ttg-2022", "712/QĐ-TTg", day(2022, time.June, 14), chinhPhu, premier).
		give(award.BangKhenTTg, award.Regular, 2021, units(phongPB)...).
		give(award.BangKhenTTg, award.Regular, 2021, people(headVB)...)
	// The province's Bằng khen of 2023 answers the Sở's proposals of
	// that round.
	for _, d := range ds {
		for i, g := range d.grants {
			if id, ok := proposals2023[g.Recipient]; ok && d.id == "ubnd-2023-bk" {
				d.grants[i].Nomination = id
			}
		}
	}
	for _, d := range ds {
		n, err := thidua.ParseDocNumber(d.number)
		if err != nil {
			return err
		}
		err = s.award.AddDecision(ctx, award.Decision{ID: d.id, Number: n, Date: d.date, Issuer: d.issuer, SignerTitle: d.signer, Grants: d.grants})
		if err != nil {
			return fmt.Errorf("decision %s: %w", d.id, err)
		}
	}
	return nil
}

// proposals2023 are the Sở's proposals of the 2023 round that the
// province's Bằng khen of 22/12/2023 granted, by candidate.
var proposals2023 = map[award.Recipient]string{
	award.UnitRecipient(ttDauGia):      "dn-2023-dau-gia",
	award.PersonRecipient(staffID(11)): "dn-2023-cv11",
	award.PersonRecipient(staffID(13)): "dn-2023-cv13",
}

// round2023 enters the dossiers of the Sở's 2023 round of the province's
// Bằng khen, what the pipeline counts: the Sở's council (Hội đồng Thi đua -
// Khen thưởng Sở) considers five drafts and passes four; the Sở withdraws
// the fifth and submits the four to the Ủy ban nhân dân tỉnh, whose
// council passes them after its office appraises them; the province
// returns one dossier as incomplete and approves three, which its decision
// of 22/12/2023 grants.
func (s *stores) round2023(ctx context.Context) error {
	sở, tỉnh := award.Actor{Unit: so, Name: "Hội đồng Thi đua - Khen thưởng Sở"}, award.Actor{Unit: ubndTinh}
	vote := func(inFavour int) award.Vote {
		return award.Vote{Members: 9, InFavour: inFavour, Threshold: award.Percent(50)}
	}
	passed := []award.Transition{
		{Action: award.RecordVote, By: sở, On: day(2023, 11, 6), Vote: vote(9)},
		{Action: award.Submit, By: award.Actor{Unit: so}, On: day(2023, 11, 10), To: ubndTinh},
		{Action: award.Appraise, By: tỉnh, On: day(2023, 11, 27)},
	}
	granted := append(slices.Clone(passed),
		award.Transition{Action: award.RecordVote, By: tỉnh, On: day(2023, 12, 5), Vote: vote(8)},
		award.Transition{Action: award.Approve, By: tỉnh, On: day(2023, 12, 8)})
	flows := []struct {
		id    string
		r     award.Recipient
		steps []award.Transition
	}{
		{"dn-2023-dau-gia", award.UnitRecipient(ttDauGia), granted},
		{"dn-2023-cv11", award.PersonRecipient(staffID(11)), granted},
		{"dn-2023-cv13", award.PersonRecipient(staffID(13)), granted},
		{"dn-2023-cv16", award.PersonRecipient(staffID(16)), append(slices.Clone(passed),
			award.Transition{Action: award.Return, By: tỉnh, On: day(2023, 11, 28), Reason: "hồ sơ chưa đầy đủ"})},
		{"dn-2023-cv17", award.PersonRecipient(staffID(17)), []award.Transition{
			{Action: award.RecordVote, By: sở, On: day(2023, 11, 6), Vote: vote(3)},
			{Action: award.Withdraw, By: award.Actor{Unit: so}, On: day(2023, 11, 7), Reason: "Hội đồng Thi đua - Khen thưởng Sở không thông qua"},
		}},
	}
	for _, f := range flows {
		n := award.Nomination{ID: f.id, Proposer: so, Authority: ubndTinh,
			Subject: award.Subject{Kind: award.BangKhenBo, Recipient: f.r, Year: 2023, Basis: award.Regular}}
		if _, err := award.Start(ctx, s.award, s.org, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: so}, On: day(2023, 11, 1)}); err != nil {
			return fmt.Errorf("nomination %s: %w", f.id, err)
		}
		for _, t := range f.steps {
			if _, err := award.Advance(ctx, s.award, s.org, f.id, t); err != nil {
				return fmt.Errorf("nomination %s: %s: %w", f.id, t.Action, err)
			}
		}
	}
	return nil
}

// nominations enters the Sở's proposals: for its Giám đốc before he
// retired at the end of 2024, the others early in 2025. The ones submitted
// are under consideration on the summary's day; a draft is not.
func (s *stores) nominations(ctx context.Context) error {
	by := award.Actor{Unit: so}
	five := thidua.Years(2020, 2024)
	submitted := func(proposed thidua.Date) []award.Transition {
		return []award.Transition{
			{Action: award.Propose, By: by, On: proposed},
			{Action: award.Submit, By: by, On: proposed.AddDays(4), To: ubndTinh},
		}
	}
	flows := []struct {
		n     award.Nomination
		steps []award.Transition
	}{
		{award.Nomination{ID: "dn-co-chinh-phu", Proposer: so, Authority: chinhPhu,
			Subject: award.Subject{Kind: award.CoChinhPhu, Recipient: award.UnitRecipient(so), Year: 2024}}, submitted(day(2025, 2, 10))},
		{award.Nomination{ID: "dn-hcld3-giam-doc", Proposer: so, Authority: chuTichNuoc,
			Subject: award.Subject{Kind: award.HCLD3, Recipient: award.PersonRecipient(director), Period: five}}, submitted(day(2024, 12, 16))},
		{award.Nomination{ID: "dn-bkttg-tp-pb", Proposer: so, Authority: chinhPhu,
			Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: award.PersonRecipient(headPB), Period: thidua.Years(2022, 2024)}}, submitted(day(2025, 2, 11))},
		{award.Nomination{ID: "dn-bkttg-giam-doc", Proposer: so, Authority: chinhPhu,
			Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: award.PersonRecipient(director), Period: thidua.Years(2022, 2024)}},
			append(submitted(day(2024, 12, 17)), award.Transition{Action: award.Appraise, By: award.Actor{Unit: ubndTinh}, On: day(2025, 1, 14)})},
		{award.Nomination{ID: "dn-bkttg-tp-hc", Proposer: so, Authority: chinhPhu,
			Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: award.PersonRecipient(headHC), Period: thidua.Years(2022, 2024)}}, submitted(day(2025, 2, 12))},
		{award.Nomination{ID: "dn-bk-tinh-dau-gia", Proposer: so, Authority: ubndTinh,
			Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.UnitRecipient(ttDauGia), Year: 2024}},
			[]award.Transition{{Action: award.Propose, By: by, On: day(2025, 3, 3)}}},
	}
	for _, f := range flows {
		n, err := award.Start(ctx, s.award, s.org, f.n, f.steps[0])
		if err != nil {
			return fmt.Errorf("nomination %s: %w", f.n.ID, err)
		}
		for _, t := range f.steps[1:] {
			if n, err = award.Advance(ctx, s.award, s.org, n.ID, t); err != nil {
				return fmt.Errorf("nomination %s: %w", f.n.ID, err)
			}
		}
	}
	return nil
}
