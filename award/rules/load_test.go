package rules_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// fx builds a small justice-sector fixture through the public store APIs:
// Bộ Tư pháp → Cục THADS Đồng Tháp → two Chi cục (Cao Lãnh, Tháp Mười),
// and a Chi cục that ended on 31/12/2017.
type fx struct {
	t    testing.TB
	ctx  context.Context
	org  *org.MemStore
	camp *campaign.MemStore
	aw   *award.MemStore
	n    int // decisions made
}

func newFx(t testing.TB) *fx {
	t.Helper()
	f := &fx{t: t, ctx: context.Background(), org: org.NewMemStore(), aw: award.NewMemStore(award.WithCatalogue(award.JusticeCatalogue()))}
	f.camp = campaign.NewMemStore(&campaign.Options{Directory: f.org})
	since := thidua.Since(d(2000, time.January, 1))
	for _, u := range []org.Unit{
		{ID: "btp", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: since},
		{ID: "cuc-dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Level: org.LevelCucTHADSTinh, Parent: "btp", Exists: since},
		{ID: "cc-cl", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Level: org.LevelChiCucTHADSHuyen, Parent: "cuc-dt", Exists: since},
		{ID: "cc-tm", Name: "Chi cục Thi hành án dân sự huyện Tháp Mười", Level: org.LevelChiCucTHADSHuyen, Parent: "cuc-dt", Exists: since},
		{ID: "cc-cu", Name: "Chi cục Thi hành án dân sự thị xã Cũ", Level: org.LevelChiCucTHADSHuyen, Parent: "cuc-dt",
			Exists: thidua.Period{From: d(2000, time.January, 1), To: d(2017, time.December, 31)}},
	} {
		f.must(f.org.AddUnit(f.ctx, u))
	}
	return f
}

func (f *fx) must(err error) {
	f.t.Helper()
	if err != nil {
		f.t.Fatal(err)
	}
}

func (f *fx) src() rules.Sources { return rules.Sources{Org: f.org, Campaign: f.camp, Award: f.aw} }

// person adds a civil servant of unit, recruited on 01/03/2010, with one
// post since 2012.
func (f *fx) person(id org.PersonID, g org.Gender, unit org.UnitID) org.PersonID {
	f.t.Helper()
	f.must(f.org.AddPerson(f.ctx, org.Person{ID: id, FullName: "Cán bộ " + string(id), Gender: g,
		Recruited:   d(2010, time.March, 1),
		Assignments: []org.Assignment{{Unit: unit, Position: "Chấp hành viên", Period: thidua.Since(d(2012, time.January, 1))}}}))
	return id
}

// rated records the rating of years from..to, 240 days worked, and the
// absences given for each.
func (f *fx) rated(id org.PersonID, from, to int, r org.Rating, abs ...org.Absence) {
	f.t.Helper()
	for y := from; y <= to; y++ {
		f.must(f.org.AddPersonYear(f.ctx, org.PersonYear{Person: id, Year: y, Rating: r, DaysWorked: 240, Absences: abs}))
	}
}

// grant gives code for year to r on the basis, by a decision of 15/01 of
// the next year, and returns the grant's ID.
func (f *fx) grant(r award.Recipient, code award.Code, year int, basis award.Basis, movement string) string {
	f.t.Helper()
	f.n++
	id := fmt.Sprintf("g%d", f.n)
	f.must(f.aw.AddDecision(f.ctx, award.Decision{
		ID: fmt.Sprintf("qd%d", f.n), Number: thidua.DocNumber{Number: f.n, Symbol: "QĐ-CTHADS"},
		Date: d(year+1, time.January, 15), Issuer: "cuc-dt", SignerTitle: "Cục trưởng",
		Grants: []award.Grant{{ID: id, Subject: award.Subject{Kind: code, Recipient: r, Year: year, Basis: basis, Movement: movement}}},
	}))
	return id
}

// titles gives the person each code, regular, for each year from..to.
func (f *fx) titles(id org.PersonID, from, to int, codes ...award.Code) {
	f.t.Helper()
	for y := from; y <= to; y++ {
		for _, c := range codes {
			f.grant(award.PersonRecipient(id), c, y, award.Regular, "")
		}
	}
}

func (f *fx) initiative(id campaign.InitiativeID, author org.PersonID, l campaign.Level, recognised thidua.Date, applied bool) {
	f.t.Helper()
	f.must(f.camp.AddInitiative(f.ctx, campaign.Initiative{ID: id, Title: "Sáng kiến " + string(id), Kind: campaign.KindInitiative,
		Authors: []campaign.Author{{Person: author}}, Level: l, RecognisedBy: "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp",
		Created: recognised.AddDays(-60), Recognised: recognised, Applied: applied}))
}

func (f *fx) discipline(id string, p org.PersonID, form org.DisciplineForm, from thidua.Date, months int) {
	f.t.Helper()
	to := thidua.Date{Year: from.Year + (int(from.Month)+months-1)/12, Month: time.Month((int(from.Month)+months-1)%12 + 1), Day: from.Day}.AddDays(-1)
	f.must(f.org.AddDiscipline(f.ctx, org.Discipline{ID: id, Person: p, Form: form, Decided: from, InForce: thidua.Period{From: from, To: to}}))
}

// nominate proposes p for CSTĐ cấp bộ of year through Cục and Bộ and
// records the Bộ council's ballot.
func (f *fx) nominate(p org.PersonID, year, inFavour, members int) {
	f.t.Helper()
	f.nominateFor(award.CSTDBo, p, year, inFavour, members)
}

// nominateFor proposes p for code of year through Cục and Bộ and records
// the council's ballot on that proposal.
func (f *fx) nominateFor(code award.Code, p org.PersonID, year, inFavour, members int) {
	f.t.Helper()
	n := award.Nomination{ID: "dn-" + string(p) + "-" + string(code), Subject: award.Subject{Kind: code, Recipient: award.PersonRecipient(p), Year: year},
		Proposer: "cc-cl", Authority: "btp"}
	_, err := award.Start(f.ctx, f.aw, f.org, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc-cl"},
		On: d(year, time.December, 10), Verdict: &award.Verdict{Eligible: true}})
	f.must(err)
	for _, t := range []award.Transition{
		{Action: award.Submit, By: award.Actor{Unit: "cc-cl"}, On: d(year, time.December, 12), To: "cuc-dt"},
		{Action: award.Forward, By: award.Actor{Unit: "cuc-dt"}, On: d(year, time.December, 20), To: "btp"},
		{Action: award.RecordVote, By: award.Actor{Unit: "btp", Name: "Hội đồng Thi đua - Khen thưởng"}, On: d(year+1, time.January, 8),
			Vote: award.Vote{Members: members, InFavour: inFavour, Threshold: award.Percent(90)}},
	} {
		_, err := award.Advance(f.ctx, f.aw, f.org, n.ID, t)
		f.must(err)
	}
}

// load loads p over 2015-2019 and checks that the candidate is valid.
func (f *fx) load(p org.PersonID) rules.Candidate {
	f.t.Helper()
	c, err := rules.LoadPerson(f.ctx, f.src(), p, thidua.Years(2015, 2019))
	f.must(err)
	f.must(c.Validate())
	return c
}

// TestLoadPersonVerdicts checks worked examples of the legal texts on candidates
// loaded from the stores: the expected verdicts come from the legal text.
func TestLoadPersonVerdicts(t *testing.T) {
	cstdbo := func(f *fx, p org.PersonID) {
		f.rated(p, 2017, 2019, org.Excellent)
		f.titles(p, 2017, 2019, award.LDTT, award.CSTDCS)
		f.initiative(campaign.InitiativeID("SK-"+p), p, campaign.LevelMinistry, d(2019, time.June, 15), true)
	}
	bkttg := func(f *fx, p org.PersonID, basis award.Basis, movement string) {
		f.grant(award.PersonRecipient(p), award.BangKhenBo, 2014, basis, movement)
		f.rated(p, 2015, 2019, org.Excellent)
		for y := 2015; y <= 2019; y++ {
			f.initiative(campaign.InitiativeID(fmt.Sprintf("SK-%s-%d", p, y)), p, campaign.LevelGrassroots, d(y, time.May, 20), true)
		}
	}
	tests := []struct {
		name, reason string
		build        func(f *fx, p org.PersonID)
		code         award.Code
		year         int
		eligible     bool
		pending      bool
		failed       []string
		excluded     []string // initiatives left out as already used
	}{
		{"cstdbo-cho-bo-phieu", "Luật TĐKT art. 22: CSTĐCS 2017, 2018, 2019 and an applied ministry-level initiative; the council ballot (NĐ 91/2017 art. 45.8) is still to come",
			cstdbo, award.CSTDBo, 2019, true, true, nil, nil},
		{"cstdbo-du-phieu", "10 of 11 council members = 90,9 % ≥ 90 % (NĐ 91/2017 art. 45.8)",
			func(f *fx, p org.PersonID) { cstdbo(f, p); f.nominate(p, 2019, 10, 11) }, award.CSTDBo, 2019, true, false, nil, nil},
		{"cstdbo-thieu-phieu", "9 of 11 = 81,8 % < 90 % of all council members (NĐ 91/2017 art. 45.8)",
			func(f *fx, p org.PersonID) { cstdbo(f, p); f.nominate(p, 2019, 9, 11) }, award.CSTDBo, 2019, false, false, []string{"cstdbo.hoi-dong"}, nil},
		{"cstdbo-cstdcs-2018-bi-thu-hoi", "a revoked grant counts for nothing (Luật TĐKT 2022 ch. VII): CSTĐCS 2018 is missing from the 3 consecutive years",
			func(f *fx, p org.PersonID) {
				cstdbo(f, p)
				gs, err := f.aw.Grants(f.ctx, award.GrantFilter{People: []org.PersonID{p}, Codes: []award.Code{award.CSTDCS}, Period: thidua.Year(2018)})
				f.must(err)
				f.must(f.aw.Revoke(f.ctx, gs[0].ID, award.Revocation{Date: d(2020, time.March, 1), Reason: "Kê khai không trung thực thành tích"}))
			}, award.CSTDBo, 2019, false, false, []string{"cstdbo.cstdcs"}, nil},
		{"cstdbo-sang-kien-cap-co-so", "art. 22 asks for an initiative with influence across the ministry: a grassroots one does not do",
			func(f *fx, p org.PersonID) {
				f.rated(p, 2017, 2019, org.Excellent)
				f.titles(p, 2017, 2019, award.LDTT, award.CSTDCS)
				f.initiative("SK-co-so", p, campaign.LevelGrassroots, d(2019, time.June, 15), true)
			}, award.CSTDBo, 2019, false, false, []string{"cstdbo.sang-kien"}, nil},
		{"ldtt-khien-trach-2019", "NĐ 91/2017 art. 10 [?]: disciplined khiển trách in the year → not considered; still in force on 31/12/2019 (NĐ 98/2023 art. 4)",
			func(f *fx, p org.PersonID) {
				f.rated(p, 2019, 2019, org.CompletedWell)
				f.discipline("kl-1", p, org.KhienTrach, d(2019, time.May, 10), 12)
			}, award.LDTT, 2019, false, false, []string{"ldtt.ky-luat", "nguyen-tac.ky-luat"}, nil},
		{"ldtt-thai-san-120-ngay", "maternity leave counts as working time (NĐ 91/2017 art. 10): 120 days of it and 5 sick days pass the 40-day rule",
			func(f *fx, p org.PersonID) {
				f.rated(p, 2019, 2019, org.CompletedWell, org.Absence{Reason: org.AbsenceMaternity, Days: 120}, org.Absence{Reason: org.AbsenceSick, Days: 5})
			}, award.LDTT, 2019, true, false, nil, nil},
		{"ldtt-nghi-om-40-ngay", "absent 40 working days or more (maternity excepted) → not considered (NĐ 91/2017 art. 10)",
			func(f *fx, p org.PersonID) {
				f.rated(p, 2019, 2019, org.CompletedWell, org.Absence{Reason: org.AbsenceSick, Days: 40})
			}, award.LDTT, 2019, false, false, []string{"ldtt.ngay-nghi"}, nil},
		{"cstdcs-sang-kien-da-dung-2018", "one achievement earns only one form (Luật TĐKT 2022 art. 5): the initiative already earned CSTĐCS 2018, and CSTĐCS needs one (NĐ 91/2017 art. 9)",
			func(f *fx, p org.PersonID) {
				f.rated(p, 2018, 2019, org.CompletedWell)
				f.initiative("SK-dung", p, campaign.LevelGrassroots, d(2019, time.January, 8), true)
				g := f.grant(award.PersonRecipient(p), award.CSTDCS, 2018, award.Regular, "")
				f.must(f.camp.UseInitiative(f.ctx, "SK-dung", string(award.CSTDCS), g))
			}, award.CSTDCS, 2019, false, false, []string{"cstdcs.sang-kien"}, []string{"SK-dung"}},
		{"bkttg-bang-khen-thuong-xuyen", "NĐ 91/2017 art. 38.1.c: holds Bằng khen cấp bộ (2014), then 5 consecutive years excellent with 5 grassroots initiatives",
			func(f *fx, p org.PersonID) { bkttg(f, p, award.Regular, "") }, award.BangKhenTTg, 2019, true, false, nil, nil},
		{"bkttg-bang-khen-chuyen-de", "a thematic Bằng khen does not count towards a merit-based higher award (NĐ 98/2023 art. 4)",
			func(f *fx, p org.PersonID) { bkttg(f, p, award.Thematic, "") }, award.BangKhenTTg, 2019, false, false, []string{"bkttg.bkbo", "bkttg.lien-tuc"}, nil},
		{"bkttg-bang-khen-phong-trao-chuyen-de", "no basis stated, but given for a thematic movement: not merit (NĐ 98/2023 art. 4)",
			func(f *fx, p org.PersonID) {
				f.must(f.camp.AddMovement(f.ctx, campaign.Movement{ID: "nong-thon-moi", Title: "Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới",
					Kind: campaign.Thematic, Launcher: campaign.Launcher{Unit: "btp"}, Period: thidua.Years(2011, 2020)}))
				bkttg(f, p, 0, "nong-thon-moi")
			}, award.BangKhenTTg, 2019, false, false, []string{"bkttg.bkbo", "bkttg.lien-tuc"}, nil},
	}
	rs := rules.DefaultRegimes()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFx(t)
			p := f.person("p1", org.Male, "cc-cl")
			tt.build(f, p)
			c := f.load(p)
			v := rs.Check(&c, tt.code, tt.year)
			if v.Regime != rules.R2017 {
				t.Errorf("regime %s, want %s", v.Regime, rules.R2017)
			}
			if v.Eligible != tt.eligible || v.Pending != tt.pending {
				t.Errorf("%s\neligible=%v pending=%v, want %v %v\n%+v", tt.reason, v.Eligible, v.Pending, tt.eligible, tt.pending, v.Criteria)
			}
			if diff := cmp.Diff(tt.failed, failed(v)); diff != "" {
				t.Errorf("%s\nfailed criteria (-want +got):\n%s", tt.reason, diff)
			}
			var excluded []string
			for _, cr := range v.Criteria {
				excluded = append(excluded, cr.Facts.Excluded...)
			}
			if diff := cmp.Diff(tt.excluded, excluded); diff != "" {
				t.Errorf("%s\ninitiatives excluded (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestLoadPersonFields checks what LoadPerson reads from each store.
func TestLoadPersonFields(t *testing.T) {
	f := newFx(t)
	p := f.person("p1", org.Female, "cc-cl")
	f.must(f.org.EndAssignment(f.ctx, p, "cc-cl", "Chấp hành viên", d(2018, time.July, 31)))
	f.must(f.org.AddAssignment(f.ctx, p, org.Assignment{Unit: "cc-cl", Position: "Phó Chi cục trưởng", Period: thidua.Since(d(2018, time.August, 1))}))
	f.rated(p, 2017, 2019, org.CompletedWell, org.Absence{Reason: org.AbsenceMaternity, Days: 120}, org.Absence{Reason: org.AbsenceSick, Days: 3})
	f.titles(p, 2017, 2017, award.LDTT)
	f.grant(award.PersonRecipient(p), award.GiayKhen, 2018, award.AdHoc, "")
	f.initiative("SK-1", p, campaign.LevelMinistry, d(2018, time.April, 2), true)
	f.initiative("SK-old", p, campaign.LevelGrassroots, d(2014, time.April, 2), false) // before the span
	g := f.grant(award.PersonRecipient(p), award.CSTDCS, 2018, award.Regular, "")
	f.must(f.camp.UseInitiative(f.ctx, "SK-1", string(award.CSTDCS), g))
	f.discipline("kl-1", p, org.KhienTrach, d(2016, time.June, 1), 12)

	c := f.load(p)
	want := rules.Candidate{
		ID: "p1", Unit: "cc-cl", Gender: org.Female, Recruited: d(2010, time.March, 1), FirstYear: 2017,
		Years: []rules.YearRecord{
			{Rating: org.CompletedWell, DaysAbsent: 3, MaternityDays: 120, Awards: rules.SetOf(award.LDTT)},
			{Rating: org.CompletedWell, DaysAbsent: 3, MaternityDays: 120, Awards: rules.SetOf(award.CSTDCS)}, // deputy for 153 days of 365: not most of the year
			{Rating: org.CompletedWell, DaysAbsent: 3, MaternityDays: 120, Post: rules.Deputy},
		},
		Disciplines: []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2016, time.June, 1), To: d(2017, time.May, 31)}}},
		Initiatives: []rules.Initiative{{ID: "SK-1", Kind: rules.Improvement, Level: rules.Ministry, Year: 2018, Applied: true,
			UsedFor: []rules.Use{{Code: award.CSTDCS, Year: 2018}}}},
		Grants: []rules.Grant{{Code: award.GiayKhen, Year: 2018, Kind: rules.AdHoc, Decided: d(2019, time.January, 15)}},
		// The decision dates (NĐ 65/2014 art. 2.4 counts intervals from them).
		Decided: []rules.Decided{{Code: award.LDTT, Year: 2017, On: d(2018, time.January, 15)},
			{Code: award.GiayKhen, Year: 2018, On: d(2019, time.January, 15)}, {Code: award.CSTDCS, Year: 2018, On: d(2019, time.January, 15)}},
	}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("LoadPerson (-want +got):\n%s", diff)
	}

	// An open-ended span reads the same records.
	open, err := rules.LoadPerson(f.ctx, f.src(), p, thidua.Since(d(2015, time.January, 1)))
	f.must(err)
	if diff := cmp.Diff(c, open); diff != "" {
		t.Errorf("LoadPerson since 2015 (-2015-2019 +since):\n%s", diff)
	}

	// Without the optional stores: org data only.
	c, err = rules.LoadPerson(f.ctx, rules.Sources{Org: f.org}, p, thidua.Years(2015, 2019))
	f.must(err)
	if len(c.Initiatives) != 0 || len(c.Grants) != 0 || c.Year(2017).Awards != 0 {
		t.Errorf("org only: got initiatives %v, grants %v, awards %v", c.Initiatives, c.Grants, c.Year(2017).Awards)
	}
}

func TestLoadUnit(t *testing.T) {
	f := newFx(t)
	ps := []org.PersonID{f.person("t1", org.Female, "cc-tm"), f.person("t2", org.Male, "cc-tm"), f.person("t3", org.Male, "cc-tm"), f.person("t4", org.Male, "cc-tm")}
	f.rated(ps[0], 2019, 2019, org.Excellent)
	f.rated(ps[1], 2019, 2019, org.CompletedWell)
	f.rated(ps[2], 2019, 2019, org.Completed)
	f.rated(ps[3], 2019, 2019, org.CompletedWell)
	f.titles(ps[0], 2019, 2019, award.LDTT, award.CSTDCS)
	f.titles(ps[1], 2019, 2019, award.LDTT)
	g := f.grant(award.PersonRecipient(ps[3]), award.LDTT, 2019, award.Regular, "")
	f.must(f.aw.Revoke(f.ctx, g, award.Revocation{Date: d(2020, time.June, 1), Reason: "Vi phạm trong thời gian xét thành tích"}))
	f.discipline("kl-t4", ps[3], org.CanhCao, d(2019, time.October, 1), 12)
	f.discipline("kl-t2", ps[1], org.KhienTrach, d(2019, time.October, 1), 12) // lighter than cảnh cáo
	f.must(f.org.AddUnitYear(f.ctx, org.UnitYear{Unit: "cc-tm", Year: 2018, Rating: org.CompletedWell}))
	f.must(f.org.AddUnitYear(f.ctx, org.UnitYear{Unit: "cc-tm", Year: 2019, Rating: org.Excellent, ExceededTargets: true}))
	f.must(f.camp.AddCluster(f.ctx, campaign.Cluster{ID: "cum-2019", Name: "Cụm thi đua số 1", Kind: campaign.Cum, Year: 2019,
		Members: []org.UnitID{"cc-cl", "cc-tm"}, Ranking: []campaign.Rank{{Unit: "cc-tm", Place: 1}, {Unit: "cc-cl", Place: 2}}}))
	f.grant(award.UnitRecipient("cc-tm"), award.CoBo, 2018, award.Regular, "")

	c, err := rules.LoadUnit(f.ctx, f.src(), "cc-tm", thidua.Years(2017, 2019))
	f.must(err)
	f.must(c.Validate())
	want := rules.Candidate{ID: "cc-tm", Unit: "cuc-dt", Collective: true, FirstYear: 2018, Years: []rules.YearRecord{
		{Rating: org.CompletedWell, Awards: rules.SetOf(award.CoBo)},
		{Rating: org.Excellent, ExceededTargets: true, ClusterLead: true,
			Members: rules.Members{Total: 4, LDTT: 2, CSTDCS: 1, Completed: 4, Disciplined: 1}},
	}, Decided: []rules.Decided{{Code: award.CoBo, Year: 2018, On: d(2019, time.January, 15)}}, Founded: d(2000, time.January, 1)}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("LoadUnit (-want +got):\n%s", diff)
	}

	rs := rules.DefaultRegimes()
	tests := []struct {
		name, reason string
		code         award.Code
		eligible     bool
		failed       []string
	}{
		{"co-bo", "exceeds its targets and leads its cụm (Luật TĐKT art. 26; NĐ 91/2017 art. 12)", award.CoBo, true, nil},
		{"ttldxs", "2/4 LĐTT is below 70 %, and a member was disciplined cảnh cáo (Luật TĐKT 2003 art. 27)", award.TTLDXS, false,
			[]string{"ttldxs.ky-luat", "ttldxs.ldtt"}},
		{"ttldtt", "2/4 LĐTT is not more than 50 %, and a member was disciplined cảnh cáo (art. 28)", award.TTLDTT, false,
			[]string{"ttldtt.ky-luat", "ttldtt.ldtt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := rs.Check(&c, tt.code, 2019)
			if v.Eligible != tt.eligible {
				t.Errorf("%s: eligible=%v, want %v", tt.reason, v.Eligible, tt.eligible)
			}
			if diff := cmp.Diff(tt.failed, failed(v)); diff != "" {
				t.Errorf("%s\nfailed criteria (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// A member in training all year, with no rating of "hoàn thành nhiệm vụ",
// who was awarded Lao động tiên tiến for it (NĐ 91/2017/NĐ-CP, Điều 10)
// completed the duties: LĐTT needs at least "hoàn thành tốt nhiệm vụ"
// (Luật TĐKT 2003 and 2022, Điều 24), so LoadUnit counts the member in
// Members.Completed, the base of Tập thể lao động xuất sắc's "100 % hoàn
// thành nhiệm vụ" (Điều 27).
func TestLoadUnitTraineeCompleted(t *testing.T) {
	f := newFx(t)
	ps := []org.PersonID{f.person("t1", org.Female, "cc-tm"), f.person("t2", org.Male, "cc-tm")}
	f.rated(ps[0], 2019, 2019, org.Excellent)
	f.rated(ps[1], 2019, 2019, org.NotRated) // in training
	f.titles(ps[0], 2019, 2019, award.LDTT, award.CSTDCS)
	f.titles(ps[1], 2019, 2019, award.LDTT)
	c, err := rules.LoadUnit(f.ctx, f.src(), "cc-tm", thidua.Years(2019, 2019))
	f.must(err)
	want := rules.Members{Total: 2, LDTT: 2, CSTDCS: 1, Completed: 2}
	if r := c.Year(2019); r == nil || r.Members != want {
		t.Errorf("LoadUnit 2019: members %+v, want %+v", r, want)
	}
}

func TestLoadSubtree(t *testing.T) {
	f := newFx(t)
	f.person("a", org.Male, "cc-cl")
	f.person("b", org.Female, "cc-tm")
	f.must(f.org.AddPerson(f.ctx, org.Person{ID: "c", FullName: "Cán bộ c", Recruited: d(2005, time.May, 1), Assignments: []org.Assignment{
		{Unit: "cc-cu", Position: "Thư ký thi hành án", Period: thidua.Period{From: d(2005, time.May, 1), To: d(2017, time.December, 31)}},
		{Unit: "cc-cl", Position: "Thư ký thi hành án", Period: thidua.Since(d(2018, time.January, 1))},
	}}))
	f.must(f.org.AddPerson(f.ctx, org.Person{ID: "gone", FullName: "Cán bộ đã nghỉ", Assignments: []org.Assignment{
		{Unit: "cc-cu", Position: "Chấp hành viên", Period: thidua.Period{From: d(2005, time.May, 1), To: d(2017, time.December, 31)}},
	}}))
	f.must(f.org.AddPerson(f.ctx, org.Person{ID: "cuc", FullName: "Cán bộ Cục", Assignments: []org.Assignment{
		{Unit: "cuc-dt", Position: "Cục trưởng", Period: thidua.Since(d(2015, time.January, 1))},
	}}))
	f.rated("c", 2017, 2019, org.CompletedWell)
	f.rated("a", 2019, 2019, org.Excellent)

	cs, err := rules.LoadSubtree(f.ctx, f.src(), "cuc-dt", 2019, 3)
	f.must(err)
	type row struct{ ID, Unit string }
	var got []row
	for _, c := range cs {
		f.must(c.Validate())
		got = append(got, row{c.ID, c.Unit})
	}
	want := []row{{"cuc-dt", "btp"}, {"cc-cl", "cuc-dt"}, {"cc-tm", "cuc-dt"}, // cc-cu ended in 2017
		{"a", "cc-cl"}, {"b", "cc-tm"}, {"c", "cc-cl"}, {"cuc", "cuc-dt"}} // "gone" left in 2017
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LoadSubtree (-want +got):\n%s", diff)
	}
	// c's history over the span includes the years in the old Chi cục.
	if c := cs[5]; c.FirstYear != 2017 || len(c.Years) != 3 {
		t.Errorf("c: years %d+%d, want 2017+3", c.FirstYear, len(c.Years))
	}
	// The member counts of cc-cl for 2019 come from the people it rated.
	if m := cs[1].Year(2019).Members; m.Total != 2 || m.Completed != 2 {
		t.Errorf("cc-cl 2019 members %+v, want 2 rated, 2 completed", m)
	}
}

func TestLoadErrors(t *testing.T) {
	f := newFx(t)
	f.person("p1", org.Male, "cc-cl")
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	span := thidua.Years(2015, 2019)
	tests := []struct {
		name string
		call func() error
		want error
		op   string
	}{
		{"nguoi-khong-co", func() error { _, err := rules.LoadPerson(f.ctx, f.src(), "ghost", span); return err }, thidua.ErrNotFound, "rules: load person"},
		{"don-vi-khong-co", func() error { _, err := rules.LoadUnit(f.ctx, f.src(), "ghost", span); return err }, thidua.ErrNotFound, "rules: load unit"},
		{"goc-khong-co", func() error { _, err := rules.LoadSubtree(f.ctx, f.src(), "ghost", 2019, 3); return err }, thidua.ErrNotFound, "rules: load subtree"},
		{"khong-co-org", func() error { _, err := rules.LoadPerson(f.ctx, rules.Sources{Award: f.aw}, "p1", span); return err }, thidua.ErrInvalid, "rules: load person"},
		{"ky-rong", func() error { _, err := rules.LoadPerson(f.ctx, f.src(), "p1", thidua.Period{}); return err }, thidua.ErrInvalid, "rules: load person"},
		{"ky-nguoc", func() error {
			_, err := rules.LoadUnit(f.ctx, f.src(), "cc-cl", thidua.Period{From: d(2019, time.January, 1), To: d(2015, time.January, 1)})
			return err
		}, thidua.ErrInvalid, "rules: load unit"},
		{"so-nam-0", func() error { _, err := rules.LoadSubtree(f.ctx, f.src(), "cuc-dt", 2019, 0); return err }, thidua.ErrInvalid, "rules: load subtree"},
		{"nam-ngoai-khoang", func() error { _, err := rules.LoadSubtree(f.ctx, f.src(), "cuc-dt", 99999, 3); return err }, thidua.ErrInvalid, "rules: load subtree"},
		{"ngu-canh-da-huy", func() error { _, err := rules.LoadPerson(canceled, f.src(), "p1", span); return err }, context.Canceled, "rules: load person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			var te *thidua.Error
			if !errors.As(err, &te) || te.Op != tt.op {
				t.Errorf("error %v: want a *thidua.Error with op %q", err, tt.op)
			}
		})
	}
}

func TestPostOf(t *testing.T) {
	tests := []struct {
		position string
		want     rules.Post
	}{
		{"Chi cục trưởng", rules.Head},
		{"Cục trưởng", rules.Head},
		{"Trưởng phòng", rules.Head},
		{"Chánh Văn phòng", rules.Head},
		{"Giám đốc", rules.Head},
		{"Phó Chi cục trưởng", rules.Deputy},
		{"phó  trưởng phòng", rules.Deputy},
		{"Phó Chánh Văn phòng", rules.Deputy},
		{"Chấp hành viên", rules.Staff},
		{"Thư ký thi hành án", rules.Staff},
		{"Thẩm tra viên", rules.Staff},
	}
	for _, tt := range tests {
		t.Run(tt.position, func(t *testing.T) {
			if got := rules.PostOf(tt.position); got != tt.want {
				t.Errorf("PostOf(%q) = %d, want %d", tt.position, got, tt.want)
			}
		})
	}
}

// TestLoadInitiativeUses checks how the uses of an initiative are dated: by
// the grant they name; a revoked grant frees the initiative (it counts for
// nothing, Luật TĐKT 2022 ch. VII); an unknown grant keeps year 0, so the
// use counts against every year of that award.
func TestLoadInitiativeUses(t *testing.T) {
	f := newFx(t)
	p := f.person("p1", org.Male, "cc-cl")
	f.rated(p, 2018, 2019, org.CompletedWell)
	f.initiative("SK-a", p, campaign.LevelGrassroots, d(2018, time.March, 1), true)
	f.initiative("SK-b", p, campaign.LevelGrassroots, d(2018, time.April, 1), true)
	f.initiative("SK-c", p, campaign.LevelGrassroots, d(2018, time.May, 1), true)
	ga := f.grant(award.PersonRecipient(p), award.CSTDCS, 2018, award.Regular, "")
	gb := f.grant(award.PersonRecipient(p), award.BangKhenBo, 2018, award.Regular, "")
	f.must(f.aw.Revoke(f.ctx, gb, award.Revocation{Date: d(2019, time.June, 1), Reason: "Hồ sơ không đúng quy định"}))
	f.must(f.camp.UseInitiative(f.ctx, "SK-a", string(award.CSTDCS), ga))
	f.must(f.camp.UseInitiative(f.ctx, "SK-b", string(award.BangKhenBo), gb))
	f.must(f.camp.UseInitiative(f.ctx, "SK-c", string(award.GiayKhen), "giay-khen-ngoai-kho"))
	c := f.load(p)
	got := map[string][]rules.Use{}
	for _, in := range c.Initiatives {
		got[in.ID] = in.UsedFor
	}
	want := map[string][]rules.Use{
		"SK-a": {{Code: award.CSTDCS, Year: 2018}},
		"SK-b": nil,
		"SK-c": {{Code: award.GiayKhen, Year: 0}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("uses (-want +got):\n%s", diff)
	}
}

// BenchmarkLoadSubtree loads a Cục and its Chi cục (one ended in 2017, two
// without staff, ten with 25 staff each: 263 candidates) with five years of
// ratings, titles and initiatives.
func BenchmarkLoadSubtree(b *testing.B) {
	f := newFx(b)
	for u := range 10 {
		unit := org.UnitID(fmt.Sprintf("cc-%02d", u))
		f.must(f.org.AddUnit(f.ctx, org.Unit{ID: unit, Name: fmt.Sprintf("Chi cục số %d", u), Parent: "cuc-dt",
			Exists: thidua.Since(d(2000, time.January, 1))}))
		for i := range 25 {
			p := f.person(org.PersonID(fmt.Sprintf("%s-%02d", unit, i)), org.Gender(1+i%2), unit)
			f.rated(p, 2015, 2019, org.CompletedWell)
			f.titles(p, 2015, 2018, award.LDTT)
			f.initiative(campaign.InitiativeID("SK-"+p), p, campaign.LevelGrassroots, d(2019, time.March, 1), true)
		}
	}
	src := f.src()
	b.ReportAllocs()
	for b.Loop() {
		cs, err := rules.LoadSubtree(f.ctx, src, "cuc-dt", 2019, 5)
		if err != nil || len(cs) != 13+250 {
			b.Fatalf("%d candidates, %v", len(cs), err)
		}
	}
}

// Each CSTĐ proposal has its own secret ballot (NĐ 91/2017 art. 45.8): the
// loader keeps the ballot of each nomination under its own award, so the
// council's 10/11 on CSTĐ cấp bộ 2019 never stands for its 8/11 on CSTĐ
// toàn quốc 2019, nor the other way round.
func TestLoadPersonBallots(t *testing.T) {
	tests := []struct {
		name, reason string
		build        func(f *fx, p org.PersonID)
		want         rules.Ballots
	}{
		{"hai-de-nghi", "two nominations of 2019, each with its ballot",
			func(f *fx, p org.PersonID) {
				f.nominateFor(award.CSTDBo, p, 2019, 10, 11)
				f.nominateFor(award.CSTDToanQuoc, p, 2019, 8, 11)
			}, rules.Ballots{CSTDBo: rules.Votes{For: 10, Members: 11}, CSTDToanQuoc: rules.Votes{For: 8, Members: 11}}},
		{"chi-cap-bo", "a ballot on CSTĐ cấp bộ only: the toàn quốc ballot stays empty (pending)",
			func(f *fx, p org.PersonID) { f.nominateFor(award.CSTDBo, p, 2019, 11, 11) },
			rules.Ballots{CSTDBo: rules.Votes{For: 11, Members: 11}}},
		{"chi-toan-quoc", "a ballot on CSTĐ toàn quốc only: the cấp bộ ballot stays empty",
			func(f *fx, p org.PersonID) { f.nominateFor(award.CSTDToanQuoc, p, 2019, 10, 10) },
			rules.Ballots{CSTDToanQuoc: rules.Votes{For: 10, Members: 10}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFx(t)
			p := f.person("p1", org.Male, "cc-cl")
			f.rated(p, 2019, 2019, org.Excellent)
			tt.build(f, p)
			c := f.load(p)
			r := c.Year(2019)
			if r == nil {
				t.Fatal("no record for 2019")
			}
			if diff := cmp.Diff(tt.want, r.Ballots); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// One achievement earns one form (Luật TĐKT 2022, Điều 5) across rounds
// of the documented path too: the initiative a CSTĐCS 2023 verdict counted
// (Verdict.Used) travels with the nomination (ForNomination), and once a
// decision grants that nomination the loader counts it as used by the
// CSTĐCS, although nobody recorded the use in the campaign store; the
// Bằng khen cấp bộ of 2023, which needs two initiatives (NĐ 91/2017, Điều
// 39), then lacks one.
func TestLoadVerdictUses(t *testing.T) {
	f := newFx(t)
	p := f.person("p1", org.Male, "cc-cl")
	f.rated(p, 2022, 2023, org.Excellent)
	f.initiative("SK-A", p, campaign.LevelGrassroots, d(2023, time.March, 1), true)
	f.initiative("SK-B", p, campaign.LevelGrassroots, d(2022, time.March, 1), true)
	rs := rules.DefaultRegimes()
	load := func() rules.Candidate {
		c, err := rules.LoadPerson(f.ctx, f.src(), p, thidua.Years(2019, 2023))
		f.must(err)
		return c
	}
	c := load()
	if v := rs.Check(&c, award.BangKhenBo, 2023); !v.Eligible {
		t.Fatalf("Bằng khen cấp bộ 2023 before any grant: %+v", v.Failed())
	}
	v := rs.Check(&c, award.CSTDCS, 2023)
	if !v.Eligible || len(v.Used) != 1 {
		t.Fatalf("CSTĐCS 2023: eligible %v, used %v; want eligible on one initiative", v.Eligible, v.Used)
	}
	used := v.Used[0].ID
	n := award.Nomination{ID: "dn-cstdcs", Subject: award.Subject{Kind: award.CSTDCS, Recipient: award.PersonRecipient(p), Year: 2023},
		Proposer: "cc-cl", Authority: "cc-cl"}
	_, err := award.Start(f.ctx, f.aw, f.org, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc-cl"},
		On: d(2023, time.December, 10), Verdict: v.ForNomination(false)})
	f.must(err)
	_, err = award.Advance(f.ctx, f.aw, f.org, n.ID, award.Transition{Action: award.Approve, By: award.Actor{Unit: "cc-cl"}, On: d(2023, time.December, 20)})
	f.must(err)
	_, err = award.Decide(f.ctx, f.aw, f.org, award.Decision{ID: "qd-cstdcs", Number: thidua.DocNumber{Number: 9, Symbol: "QĐ-CCTHADS"},
		Date: d(2023, time.December, 25), Issuer: "cc-cl", SignerTitle: "Chi cục trưởng",
		Grants: []award.Grant{{ID: "g-cstdcs", Nomination: n.ID, Subject: n.Subject}}})
	f.must(err)

	c = load()
	// The batch loader of a whole unit reads the same.
	cs, err := rules.LoadSubtree(f.ctx, f.src(), "cc-cl", 2023, 5)
	f.must(err)
	found := false
	for i := range cs {
		if cs[i].ID == string(p) {
			found = true
			if !cmp.Equal(cs[i].Initiatives, c.Initiatives) {
				t.Errorf("LoadSubtree's initiatives differ from LoadPerson's:\n%s", cmp.Diff(c.Initiatives, cs[i].Initiatives))
			}
		}
	}
	if !found {
		t.Fatalf("LoadSubtree of cc-cl left out %s", p)
	}
	for _, in := range c.Initiatives {
		want := []rules.Use(nil)
		if in.ID == used {
			want = []rules.Use{{Code: award.CSTDCS, Year: 2023}}
		}
		if diff := cmp.Diff(want, in.UsedFor); diff != "" {
			t.Errorf("%s: uses (-want +got):\n%s", in.ID, diff)
		}
	}
	bk := rs.Check(&c, award.BangKhenBo, 2023)
	cr := criterion(bk, "bkbo.sang-kien")
	if bk.Eligible || cr == nil || !strings.Contains(cr.Reason, "sáng kiến "+used+" đã được tính cho danh hiệu Chiến sĩ thi đua cơ sở năm 2023") {
		t.Errorf("Bằng khen cấp bộ 2023 after the CSTĐCS granted: eligible %v, criterion %+v; want not eligible, %s used", bk.Eligible, cr, used)
	}
}
