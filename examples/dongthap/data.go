package main

import (
	"context"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// The stores of the civil judgment enforcement system of Đồng Tháp province,
// 2015–2020, entered through the public API as a unit's IT team would. The
// figures of the summary are counted from these records; none is written
// in the template.

// Unit IDs.
const (
	chuTichNuoc org.UnitID = "chu-tich-nuoc"
	chinhPhu    org.UnitID = "chinh-phu"
	boTuPhap    org.UnitID = "bo-tu-phap"
	tongCuc     org.UnitID = "tong-cuc-thads"
	ubndTinh    org.UnitID = "ubnd-dong-thap"
	cuc         org.UnitID = "cuc-thads-dong-thap"
)

func day(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }

// branches are the district branches (Chi cục) of the Cục, by ID.
var branches = []struct {
	id   org.UnitID
	name string
}{
	{"cc-tp-cao-lanh", "thành phố Cao Lãnh"},
	{"cc-tp-sa-dec", "thành phố Sa Đéc"},
	{"cc-tx-hong-ngu", "thị xã Hồng Ngự"},
	{"cc-tan-hong", "huyện Tân Hồng"},
	{"cc-hong-ngu", "huyện Hồng Ngự"},
	{"cc-tam-nong", "huyện Tam Nông"},
	{"cc-thanh-binh", "huyện Thanh Bình"},
	{"cc-cao-lanh", "huyện Cao Lãnh"},
	{"cc-lap-vo", "huyện Lấp Vò"},
	{"cc-lai-vung", "huyện Lai Vung"},
	{"cc-chau-thanh", "huyện Châu Thành"},
	{"cc-thap-muoi", "huyện Tháp Mười"},
}

// offices are the offices of the Cục itself.
var offices = []struct {
	id   org.UnitID
	name string
}{
	{"cuc-van-phong", "Văn phòng Cục"},
	{"cuc-phong-nghiep-vu", "Phòng Nghiệp vụ và Tổ chức thi hành án"},
	{"cuc-phong-kiem-tra", "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo"},
	{"cuc-phong-tccb", "Phòng Tổ chức cán bộ"},
}

// scale is the justice sector's scale of unit levels, with the offices of a
// Cục beneath it.
func scale() (org.Scale, error) {
	return org.NewScale(append(org.JusticeScale().Levels(),
		org.Level{Code: "phong-thuoc-cuc", Name: "Phòng thuộc Cục", Rank: 3})...)
}

// stores holds everything the example enters.
type stores struct {
	org          org.Store
	campaign     campaign.Store
	award        award.Store
	contribution contribution.Store
	catalogue    *award.Catalogue
	scale        org.Scale
}

func (s *stores) sources() report.Sources {
	return report.Sources{
		Org: s.org, Award: s.award, Catalogue: s.catalogue, Scale: s.scale,
		Contribution: s.contribution, Campaign: s.campaign,
	}
}

// build enters the records.
func build(ctx context.Context) (*stores, error) {
	sc, err := scale()
	if err != nil {
		return nil, err
	}
	cat := award.JusticeCatalogue()
	orgs := org.NewMemStore()
	s := &stores{
		org: orgs,
		// Decisions and nominations are checked against the organisation:
		// an unknown issuer or recipient is refused, never stored.
		award:     award.NewMemStore(award.WithCatalogue(cat), award.WithDirectory(orgs)),
		catalogue: cat,
		scale:     sc,
	}
	s.campaign = campaign.NewMemStore(&campaign.Options{Directory: s.org})
	// The ledger checks that each entry falls in its movement's period.
	s.contribution = contribution.NewMemStore(&contribution.Options{
		Movements: contribution.MovementsFunc(func(ctx context.Context, id string) (thidua.Period, error) {
			m, err := s.campaign.Movement(ctx, campaign.MovementID(id))
			return m.Period, err
		}),
	})
	for _, step := range []func(context.Context) error{s.units, s.people, s.movements, s.contributions, s.grants, s.nominations} {
		if err := step(ctx); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *stores) units(ctx context.Context) error {
	since := thidua.Since
	units := []org.Unit{
		// The offices that confer the state's and the Government's awards
		// stand above the ministry, so that nominations can be forwarded to
		// them.
		{ID: chuTichNuoc, Name: "Chủ tịch nước", Level: "nha-nuoc", Exists: since(day(1945, 9, 2))},
		{ID: chinhPhu, Name: "Chính phủ", Level: "chinh-phu", Parent: chuTichNuoc, Exists: since(day(1945, 9, 2))},
		{ID: boTuPhap, Name: "Bộ Tư pháp", Level: org.LevelBo, Parent: chinhPhu, Exists: since(day(1981, 10, 1))},
		{ID: ubndTinh, Name: "Ủy ban nhân dân tỉnh Đồng Tháp", Level: "ubnd-tinh", Parent: chinhPhu, Exists: since(day(1976, 2, 24))},
		{ID: tongCuc, Name: "Tổng cục Thi hành án dân sự", Level: org.LevelTongCucTHADS, Parent: boTuPhap, Exists: since(day(2009, 7, 1))},
		{ID: cuc, Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", ShortName: "Cục Thi hành án dân sự",
			Level: org.LevelCucTHADSTinh, Parent: tongCuc, Exists: since(day(2009, 10, 1))},
	}
	for _, o := range offices {
		units = append(units, org.Unit{ID: o.id, Name: o.name, Level: "phong-thuoc-cuc", Parent: cuc, Exists: since(day(2009, 10, 1))})
	}
	for _, b := range branches {
		units = append(units, org.Unit{
			ID: b.id, Name: "Chi cục Thi hành án dân sự " + b.name, ShortName: "Chi cục THADS " + b.name,
			Level: org.LevelChiCucTHADSHuyen, Parent: cuc, Exists: since(day(2009, 10, 1)),
		})
	}
	for _, u := range units {
		if err := s.org.AddUnit(ctx, u); err != nil {
			return err
		}
	}
	return nil
}

// Name parts for the staff of the example (fictitious people).
var (
	familyNames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"}
	middleNames = []string{"Văn", "Thị", "Minh", "Thanh", "Hoàng", "Ngọc", "Hữu", "Thị Kim"}
	givenNames  = []string{"An", "Bình", "Cường", "Dũng", "Hạnh", "Hòa", "Hùng", "Khánh", "Lan", "Long", "Mai", "Nam",
		"Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thủy", "Trung", "Tuấn", "Uyên", "Vinh", "Yến"}
)

// staff is the number of people entered.
const staff = 60

// Person IDs of the leaders the summary names.
const (
	oldDirector  org.PersonID = "cb-001" // Cục trưởng until 31/03/2020
	newDirector  org.PersonID = "cb-002" // Phó Cục trưởng, then Cục trưởng from 01/04/2020
	branchHead   org.PersonID = "cb-003" // Chi cục trưởng, huyện Cao Lãnh
	firstStaffer              = 4
)

func personID(i int) org.PersonID { return org.PersonID(fmt.Sprintf("cb-%03d", i)) }

func (s *stores) people(ctx context.Context) error {
	var ps []org.Person
	ps = append(ps,
		org.Person{ID: oldDirector, FullName: "Trần Văn Hùng", Gender: org.Male, Recruited: day(1990, 3, 1),
			Assignments: []org.Assignment{{Unit: cuc, Position: "Cục trưởng", Period: thidua.Period{From: day(2010, 1, 1), To: day(2020, 3, 31)}}}},
		org.Person{ID: newDirector, FullName: "Nguyễn Thị Thanh Hòa", Gender: org.Female, Recruited: day(1995, 8, 1),
			Assignments: []org.Assignment{
				{Unit: cuc, Position: "Phó Cục trưởng", Period: thidua.Period{From: day(2012, 1, 1), To: day(2020, 3, 31)}},
				{Unit: cuc, Position: "Cục trưởng", Period: thidua.Since(day(2020, 4, 1))},
			}},
		org.Person{ID: branchHead, FullName: "Lê Minh Tâm", Gender: org.Male, Recruited: day(1998, 5, 1),
			Assignments: []org.Assignment{{Unit: "cc-cao-lanh", Position: "Chi cục trưởng", Period: thidua.Since(day(2014, 1, 1))}}},
	)
	for i := firstStaffer; i <= staff; i++ {
		name := familyNames[i%len(familyNames)] + " " + middleNames[i%len(middleNames)] + " " + givenNames[i%len(givenNames)]
		g := org.Male
		if middleNames[i%len(middleNames)] == "Thị" || middleNames[i%len(middleNames)] == "Thị Kim" {
			g = org.Female
		}
		unit := branches[i%len(branches)].id
		if i%5 == 0 {
			unit = offices[i%len(offices)].id
		}
		ps = append(ps, org.Person{ID: personID(i), FullName: name, Gender: g, Recruited: day(2005+i%8, 1, 2),
			Assignments: []org.Assignment{{Unit: unit, Position: "Chấp hành viên", Period: thidua.Since(day(2013, 1, 1))}}})
	}
	for _, p := range ps {
		if err := s.org.AddPerson(ctx, p); err != nil {
			return err
		}
	}
	return nil
}

func (s *stores) movements(ctx context.Context) error {
	five := thidua.Years(2016, 2020)
	ms := []campaign.Movement{
		{ID: "btp-2016-2020", Kind: campaign.Regular, Launcher: campaign.Launcher{Unit: boTuPhap}, Period: five,
			Title: "Toàn ngành Tư pháp đoàn kết, kỷ cương, sáng tạo, tích cực thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao giai đoạn 2016 - 2020"},
		{ID: "btp-nong-thon-moi", Kind: campaign.Thematic, Launcher: campaign.Launcher{Unit: boTuPhap}, Period: five,
			Title: "Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới"},
		{ID: "ttg-vi-nguoi-ngheo", Kind: campaign.Thematic, Launcher: campaign.Launcher{Unit: chinhPhu, Name: "Thủ tướng Chính phủ"},
			Period: thidua.Period{From: day(2016, 3, 1), To: day(2020, 12, 31)},
			Title:  "Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau"},
		{ID: "btp-hoc-tap-bac", Kind: campaign.Thematic, Launcher: campaign.Launcher{Unit: boTuPhap},
			Period: thidua.Period{From: day(2016, 6, 1), To: day(2020, 12, 31)},
			Title:  "Cán bộ Tư pháp tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"},
	}
	// Every year the ministry, the Tổng cục and the province launch their
	// own themes, and
	// the Cục its yearly movement with one to three peak drives.
	drives := map[int]int{2015: 2, 2016: 3, 2017: 2, 2018: 3, 2019: 2, 2020: 1}
	for y := 2015; y <= 2020; y++ {
		ms = append(ms,
			campaign.Movement{ID: campaign.MovementID(fmt.Sprintf("btp-%d", y)), Kind: campaign.Regular,
				Launcher: campaign.Launcher{Unit: boTuPhap}, Period: thidua.Year(y),
				Title: fmt.Sprintf("Thi đua thực hiện thắng lợi nhiệm vụ công tác tư pháp năm %d", y)},
			campaign.Movement{ID: campaign.MovementID(fmt.Sprintf("tc-%d", y)), Kind: campaign.Regular,
				Launcher: campaign.Launcher{Unit: tongCuc}, Period: thidua.Year(y),
				Title: fmt.Sprintf("Thi đua hoàn thành xuất sắc nhiệm vụ thi hành án dân sự năm %d", y)},
			// The province's movements name the central agencies in the
			// province among their participants.
			campaign.Movement{ID: campaign.MovementID(fmt.Sprintf("ubnd-%d", y)), Kind: campaign.Regular,
				Launcher: campaign.Launcher{Unit: ubndTinh}, Period: thidua.Year(y), Participants: []org.UnitID{ubndTinh, cuc},
				Title: fmt.Sprintf("Thi đua yêu nước tỉnh Đồng Tháp năm %d", y)},
			campaign.Movement{ID: campaign.MovementID(fmt.Sprintf("cuc-%d", y)), Kind: campaign.Regular,
				Launcher: campaign.Launcher{Unit: cuc}, Period: thidua.Year(y), Participants: []org.UnitID{cuc},
				Title: fmt.Sprintf("Phong trào thi đua năm %d của các cơ quan Thi hành án dân sự tỉnh Đồng Tháp", y)},
		)
		for d := 1; d <= drives[y]; d++ {
			start := day(y, time.Month(2+3*d), 1)
			ms = append(ms, campaign.Movement{
				ID: campaign.MovementID(fmt.Sprintf("cuc-%d-cao-diem-%d", y, d)), Kind: campaign.PeakDrive,
				Launcher: campaign.Launcher{Unit: cuc}, Parent: campaign.MovementID(fmt.Sprintf("cuc-%d", y)),
				Period: thidua.Period{From: start, To: start.AddDays(59)}, Participants: []org.UnitID{cuc},
				Title: fmt.Sprintf("Đợt cao điểm %d năm %d tập trung thi hành án", d, y),
			})
		}
	}
	for _, m := range ms {
		if err := s.campaign.AddMovement(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (s *stores) contributions(ctx context.Context) error {
	post := func(e contribution.Entry) error {
		e.Status = contribution.Received
		_, err := s.contribution.Post(ctx, e)
		return err
	}
	// Own contributions of the Cục and its branches to communes building
	// new rural areas: 50.350.000 đồng in all.
	own := []struct {
		unit   org.UnitID
		date   thidua.Date
		amount int64
	}{
		{cuc, day(2016, 5, 19), 9_500_000},
		{"cc-cao-lanh", day(2017, 4, 10), 6_000_000},
		{cuc, day(2017, 5, 19), 4_000_000},
		{"cc-lap-vo", day(2018, 3, 26), 5_250_000},
		{cuc, day(2018, 5, 19), 5_000_000},
		{"cc-thap-muoi", day(2019, 8, 2), 10_300_000},
		{cuc, day(2020, 1, 15), 10_300_000},
	}
	for i, o := range own {
		err := post(contribution.Entry{
			Key: fmt.Sprintf("dong-gop-ntm-%02d", i+1), Date: o.date, Contributor: contribution.UnitContributor(o.unit), Unit: o.unit,
			Source: contribution.Own, Purpose: contribution.PurposeNewRural, Movement: "btp-nong-thon-moi",
			Beneficiary: "Các xã xây dựng nông thôn mới", Amount: decimal.NewFromInt(o.amount),
		})
		if err != nil {
			return err
		}
	}
	// A payment entered twice by mistake, then reversed: it counts for
	// nothing, and both entries stay in the ledger.
	dup, err := s.contribution.Post(ctx, contribution.Entry{
		Key: "dong-gop-ntm-nham", Date: day(2019, 8, 2), Contributor: contribution.UnitContributor("cc-thap-muoi"), Unit: "cc-thap-muoi",
		Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeNewRural,
		Movement: "btp-nong-thon-moi", Amount: decimal.NewFromInt(10_300_000),
	})
	if err != nil {
		return err
	}
	if _, err := s.contribution.Reverse(ctx, contribution.Reversal{Key: "dong-gop-ntm-nham-dao", Of: dup.ID, Note: "Nhập trùng"}); err != nil {
		return err
	}
	// Mobilised from benefactors with the local Party committees,
	// authorities and the Fatherland Front.
	mobilised := []struct {
		unit    org.UnitID
		date    thidua.Date
		purpose string
		kind    string
		count   int64
		amount  int64
	}{
		{cuc, day(2016, 9, 1), contribution.PurposeRuralRoads, contribution.KindBridge, 4, 0},
		{"cc-thanh-binh", day(2017, 9, 1), contribution.PurposeRuralRoads, contribution.KindBridge, 5, 0},
		{"cc-tam-nong", day(2019, 6, 1), contribution.PurposeRuralRoads, contribution.KindBridge, 3, 0},
		{cuc, day(2016, 7, 27), contribution.PurposeGratitude, contribution.KindGratitude, 10, 0},
		{cuc, day(2018, 7, 27), contribution.PurposeGratitude, contribution.KindGratitude, 15, 0},
		{"cc-hong-ngu", day(2017, 1, 10), contribution.PurposeCharity, contribution.KindCharity, 22, 0},
		{"cc-tan-hong", day(2018, 1, 10), contribution.PurposeCharity, contribution.KindCharity, 18, 0},
		{"cc-chau-thanh", day(2019, 1, 10), contribution.PurposeCharity, contribution.KindCharity, 20, 0},
		{cuc, day(2016, 9, 5), contribution.PurposePoorStudents, "", 0, 30_000_000},
		{cuc, day(2017, 9, 5), contribution.PurposePoorStudents, "", 0, 25_000_000},
		{cuc, day(2018, 9, 5), contribution.PurposePoorStudents, "", 0, 25_000_000},
		{cuc, day(2019, 9, 5), contribution.PurposePoorStudents, "", 0, 30_000_000},
	}
	for i, m := range mobilised {
		e := contribution.Entry{
			Key: fmt.Sprintf("van-dong-%02d", i+1), Date: m.date, Contributor: contribution.Benefactor("Các nhà hảo tâm"), Unit: m.unit,
			Source: contribution.Mobilised, Purpose: m.purpose, Movement: "ttg-vi-nguoi-ngheo",
		}
		if m.kind != "" {
			e.Items = contribution.Items{Kind: m.kind, Count: m.count}
		} else {
			e.Amount = decimal.NewFromInt(m.amount)
		}
		if err := post(e); err != nil {
			return err
		}
	}
	// A pledge not yet received is not counted with what was received.
	_, err = s.contribution.Post(ctx, contribution.Entry{
		Key: "cam-ket-2020", Date: day(2020, 5, 19), Contributor: contribution.UnitContributor(cuc), Unit: cuc,
		Source: contribution.Own, Status: contribution.Pledged, Purpose: contribution.PurposeNewRural, Amount: decimal.NewFromInt(20_000_000),
	})
	return err
}

// decision is a decision being entered.
type decision struct {
	id, number string
	date       thidua.Date
	issuer     org.UnitID
	signer     string
	grants     []award.Grant
}

func (d *decision) give(kind award.Code, r award.Recipient, year int) *award.Grant {
	d.grants = append(d.grants, award.Grant{
		ID:      fmt.Sprintf("%s-%02d", d.id, len(d.grants)+1),
		Subject: award.Subject{Kind: kind, Recipient: r, Year: year},
	})
	return &d.grants[len(d.grants)-1]
}

func (s *stores) grants(ctx context.Context) error {
	unit, person := award.UnitRecipient, award.PersonRecipient
	var ds []*decision
	newDecision := func(id, number string, date thidua.Date, issuer org.UnitID, signer string) *decision {
		d := &decision{id: id, number: number, date: date, issuer: issuer, signer: signer}
		ds = append(ds, d)
		return d
	}
	const minister, chair = "Bộ trưởng Bộ Tư pháp", "Chủ tịch Ủy ban nhân dân Tỉnh"
	// Yearly decisions of the Minister of Justice, each January, for the
	// year before.
	flags := map[int][]org.UnitID{
		2014: {"cc-tp-sa-dec"},
		2015: {cuc, "cc-cao-lanh"},
		2016: {"cc-lap-vo", "cc-thap-muoi"},
		2017: {cuc, "cc-chau-thanh"},
		2018: {"cc-tx-hong-ngu", "cc-lai-vung"},
		2019: {cuc},
	}
	champions := map[int]org.PersonID{2016: personID(7), 2018: personID(12), 2019: personID(21)}
	bkUnits := map[int][]org.UnitID{ // Bằng khen of the Minister to collectives
		2015: {"cuc-phong-nghiep-vu", "cc-tp-cao-lanh"},
		2016: {"cc-tan-hong", "cc-tam-nong", "cuc-van-phong"},
		2017: {"cc-thanh-binh", "cc-hong-ngu"},
		2018: {"cuc-phong-kiem-tra", "cc-tp-sa-dec"},
		2019: {"cc-cao-lanh", "cuc-phong-tccb"},
	}
	next := firstStaffer
	people := func(n int) []org.PersonID {
		var ps []org.PersonID
		for range n {
			ps = append(ps, personID(next))
			next++
			if next > staff {
				next = firstStaffer
			}
		}
		return ps
	}
	for y := 2014; y <= 2019; y++ {
		d := newDecision(fmt.Sprintf("btp-%d", y+1), fmt.Sprintf("%d/QĐ-BTP", 100+y-2014), day(y+1, 1, 15), boTuPhap, minister)
		for _, u := range flags[y] {
			g := d.give(award.CoBo, unit(u), y)
			if y == 2019 && u == cuc {
				g.Title = "Cờ Thi đua Ngành Tư pháp" // as the decision writes it
			}
		}
		if p, ok := champions[y]; ok {
			d.give(award.CSTDBo, person(p), y)
		}
		for _, u := range bkUnits[y] {
			d.give(award.BangKhenBo, unit(u), y)
		}
		if y >= 2015 {
			for _, p := range people(6) {
				d.give(award.BangKhenBo, person(p), y)
			}
		}
	}
	// Decisions of the chair of the provincial People's Committee.
	ubndUnits := map[int][]org.UnitID{
		2015: {"cc-lai-vung", "cc-chau-thanh"},
		2016: {cuc, "cc-thap-muoi"},
		2017: {"cc-lap-vo"},
		2018: {"cc-tx-hong-ngu", "cc-hong-ngu"},
		2019: {"cc-tan-hong"},
	}
	ubndPeople := map[int]int{2015: 4, 2016: 4, 2017: 3, 2018: 4, 2019: 4}
	for y := 2015; y <= 2019; y++ {
		d := newDecision(fmt.Sprintf("ubnd-%d", y+1), fmt.Sprintf("%d/QĐ-UBND", 5+y-2015), day(y+1, 2, 5), ubndTinh, chair)
		for _, u := range ubndUnits[y] {
			d.give(award.BangKhenBo, unit(u), y)
		}
		for _, p := range people(ubndPeople[y]) {
			d.give(award.BangKhenBo, person(p), y)
		}
	}
	// The Huân chương Lao động hạng Ba of a branch, conferred by the
	// President.
	hc := newDecision("ctn-2017", "1520/QĐ-CTN", day(2017, 8, 28), chuTichNuoc, "Chủ tịch nước")
	hc.grants = append(hc.grants, award.Grant{ID: "ctn-2017-01",
		Subject: award.Subject{Kind: award.HCLD3, Recipient: unit("cc-tp-cao-lanh"), Period: thidua.Years(2012, 2016)}})

	// Titles conferred by the Cục trưởng: not among the kinds the summary
	// lists.
	local := newDecision("cuc-2019", "15/QĐ-CTHADS", day(2019, 12, 30), cuc, "Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp")
	for i := firstStaffer; i < firstStaffer+10; i++ {
		local.give(award.LDTT, person(personID(i)), 2019)
	}
	local.give(award.CSTDCS, person(personID(firstStaffer)), 2019)

	// A Bằng khen decided after the summary's day does not count yet.
	late := newDecision("btp-2020-late", "950/QĐ-BTP", day(2020, 8, 14), boTuPhap, minister)
	late.give(award.BangKhenBo, unit("cc-lai-vung"), 2020)

	for _, d := range ds {
		err := s.award.AddDecision(ctx, award.Decision{
			ID: d.id, Number: thidua.MustParseDocNumber(d.number), Date: d.date, Issuer: d.issuer, SignerTitle: d.signer, Grants: d.grants,
		})
		if err != nil {
			return err
		}
	}
	// A Bằng khen revoked for a false declaration counts for nothing.
	rev := award.Decision{ID: "btp-2019-bs", Number: thidua.MustParseDocNumber("640/QĐ-BTP"), Date: day(2019, 6, 3), Issuer: boTuPhap,
		SignerTitle: minister, Grants: []award.Grant{{ID: "btp-2019-bs-01",
			Subject: award.Subject{Kind: award.BangKhenBo, Recipient: person(personID(40)), Year: 2018}}}}
	if err := s.award.AddDecision(ctx, rev); err != nil {
		return err
	}
	return s.award.Revoke(ctx, "btp-2019-bs-01", award.Revocation{
		Date: day(2019, 11, 20), Reason: "Kê khai không trung thực thành tích", Decision: thidua.MustParseDocNumber("1210/QĐ-BTP"),
	})
}

// nominations enters the proposals under consideration in June 2020.
func (s *stores) nominations(ctx context.Context) error {
	by := func(u org.UnitID) award.Actor { return award.Actor{Unit: u} }
	flows := []struct {
		n     award.Nomination
		steps []award.Transition
	}{
		{ // The Cục proposes itself for the Government's flag.
			award.Nomination{ID: "dn-co-chinh-phu-2019", Proposer: cuc, Authority: chinhPhu,
				Subject: award.Subject{Kind: award.CoChinhPhu, Recipient: award.UnitRecipient(cuc), Year: 2019}},
			[]award.Transition{
				{Action: award.Propose, By: by(cuc), On: day(2020, 2, 20)},
				{Action: award.Submit, By: by(cuc), On: day(2020, 2, 25), To: boTuPhap},
				{Action: award.Forward, By: by(boTuPhap), On: day(2020, 4, 10), To: chinhPhu},
			},
		},
		{ // The Huân chương for the Cục trưởng, proposed before he retired.
			award.Nomination{ID: "dn-hcld3-cuc-truong", Proposer: cuc, Authority: chuTichNuoc,
				Subject: award.Subject{Kind: award.HCLD3, Recipient: award.PersonRecipient(oldDirector), Period: thidua.Years(2015, 2019)}},
			[]award.Transition{
				{Action: award.Propose, By: by(cuc), On: day(2020, 3, 16)},
				{Action: award.Submit, By: by(cuc), On: day(2020, 3, 20), To: boTuPhap},
			},
		},
		{ // The Prime Minister's Bằng khen for a Chi cục trưởng.
			award.Nomination{ID: "dn-bkttg-chi-cuc-truong", Proposer: cuc, Authority: chinhPhu,
				Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: award.PersonRecipient(branchHead), Period: thidua.Years(2015, 2019)}},
			[]award.Transition{
				{Action: award.Propose, By: by(cuc), On: day(2020, 3, 16)},
				{Action: award.Submit, By: by(cuc), On: day(2020, 3, 20), To: boTuPhap},
			},
		},
		{ // A draft not yet submitted is not "đang đề nghị".
			award.Nomination{ID: "dn-nhap-2020", Proposer: cuc, Authority: boTuPhap,
				Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.UnitRecipient("cc-lai-vung"), Year: 2019}},
			[]award.Transition{{Action: award.Propose, By: by(cuc), On: day(2020, 5, 4)}},
		},
	}
	for _, f := range flows {
		n, err := award.Start(ctx, s.award, s.org, f.n, f.steps[0])
		if err != nil {
			return err
		}
		for _, t := range f.steps[1:] {
			if n, err = award.Advance(ctx, s.award, s.org, n.ID, t); err != nil {
				return err
			}
		}
	}
	return nil
}
