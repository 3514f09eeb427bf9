package rules_test

import (
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// recruited returns a person rated "tốt" in year y, recruited on rec.
func recruited(rec thidua.Date, y int) func() *rules.Candidate {
	return func() *rules.Candidate {
		c := rate(person("a"), y, y, org.CompletedWell)
		c.Recruited = rec
		return c
	}
}

// LĐTT: the exclusions of NĐ 65/2014/NĐ-CP, Điều 5 [V] for 20/08/2014 -
// 30/09/2017, and recruitment "less than 6 months" under TT 01/2024/TT-BNV
// art. 1.5.d and TT 15/2025/TT-BNV art. 2.5 [C].
func TestLDTTByRegime(t *testing.T) {
	runRows(t, []row{
		{name: "r2014-9-thang", reason: "NĐ 65/2014 art. 5.6: recruited 01/04/2016, 9 months to 31/12/2016, less than 10: not considered",
			c: recruited(d(2016, time.April, 1), 2016), code: award.LDTT, year: 2016, failed: []string{"ldtt.tuyen-dung"}},
		{name: "r2014-10-thang", reason: "NĐ 65/2014 art. 5.6: recruited 01/03/2016, 10 months: considered",
			c: recruited(d(2016, time.March, 1), 2016), code: award.LDTT, year: 2016, eligible: true},
		{name: "r2014-40-ngay", reason: "NĐ 65/2014 art. 5.6: absent 40 working days: not considered",
			c: func() *rules.Candidate {
				c := recruited(d(2010, time.January, 1), 2016)()
				c.Ensure(2016).DaysAbsent = 40
				return c
			}, code: award.LDTT, year: 2016, failed: []string{"ldtt.ngay-nghi"}},
		{name: "r2014-khien-trach", reason: "NĐ 65/2014 art. 5.6: disciplined khiển trách in the year: not considered",
			c: func() *rules.Candidate {
				c := recruited(d(2010, time.January, 1), 2016)()
				c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2016, 2, 1), To: d(2016, 7, 31)}}}
				return c
			}, code: award.LDTT, year: 2016, failed: []string{"ldtt.ky-luat"}},
		{name: "r2014-di-hoc", reason: "NĐ 65/2014 art. 5: training of one year or more, result khá or better, counts as LĐTT",
			c: func() *rules.Candidate {
				c := person("a")
				c.Ensure(2016).Training = true
				return c
			}, code: award.LDTT, year: 2016, eligible: true},
		{name: "r2017-8-thang", reason: "NĐ 91/2017 art. 10: recruited 01/05/2020, 8 months: less than 10, not considered",
			c: recruited(d(2020, time.May, 1), 2020), code: award.LDTT, year: 2020, failed: []string{"ldtt.tuyen-dung"}},
		{name: "r2024-8-thang", reason: "changed verdict: TT 01/2024/TT-BNV art. 1.5.d excludes only those recruited less than 6 months before; 8 months is enough",
			c: recruited(d(2024, time.May, 1), 2024), code: award.LDTT, year: 2024, eligible: true},
		{name: "r2024-6-thang", reason: "TT 01/2024/TT-BNV art. 1.5.d: recruited 01/07/2024, exactly 6 months: not less than 6, considered",
			c: recruited(d(2024, time.July, 1), 2024), code: award.LDTT, year: 2024, eligible: true},
		{name: "r2024-5-thang", reason: "TT 01/2024/TT-BNV art. 1.5.d: recruited 01/08/2024, 5 months: not considered",
			c: recruited(d(2024, time.August, 1), 2024), code: award.LDTT, year: 2024, failed: []string{"ldtt.tuyen-dung"}},
		{name: "r2025-7-thang", reason: "changed verdict: TT 15/2025/TT-BNV art. 2.5: recruited 01/06/2025, 7 months: considered",
			c: recruited(d(2025, time.June, 1), 2025), code: award.LDTT, year: 2025, eligible: true},
		{name: "r2025-5-thang", reason: "TT 15/2025/TT-BNV art. 2.5: recruited 02/07/2025, 5 whole months: not considered",
			c: recruited(d(2025, time.July, 2), 2025), code: award.LDTT, year: 2025, failed: []string{"ldtt.tuyen-dung"}},
	})
}

// The 15 % CSTĐCS cap is NĐ 91/2017's (art. 9.3, "không quá 15 %", set by
// each ministry or province) [C]: NĐ 65/2014 art. 4 sets none, and none is
// known under Law 2022, where results say no rate was applied.
func TestCSTDCSQuotaByRegime(t *testing.T) {
	rs := rules.DefaultRegimes()
	codes := []award.Code{award.LDTT, award.CSTDCS}
	// 10 LĐTT, all with an initiative: 15 % of 10 = 1 under R2017.
	for _, tt := range []struct {
		name, reason string
		year, want   int
	}{
		{"r2014-khong-ty-le", "changed verdict for 2016: NĐ 65/2014 art. 4 has no quota, so all 10 qualify (the old single R2010 regime cut 9)", 2016, 10},
		{"r2017-15pc", "NĐ 91/2017 art. 9.3: at most 15 % of 10 LĐTT, rounded down: 1", 2020, 1},
		{"r2024-khong-ty-le", "Law 2022 art. 23 and NĐ 98/2023 set no quota [?]: all 10 qualify", 2024, 10},
	} {
		t.Run(tt.name, func(t *testing.T) {
			scores := []int{10, 20, 30, 40, 50, 60, 70, 80, 90, 95}
			res := rules.Screen(rs, unit("u", 10, tt.year, scores...), tt.year, codes, nil)
			if got := len(selected(res, award.CSTDCS)); got != tt.want {
				t.Errorf("%s: %d selected, want %d", tt.reason, got, tt.want)
			}
		})
	}
	// Law 2022: the result says that no rate was applied, even with verdicts
	// only, and each verdict says it too, cited.
	for _, y := range []int{2016, 2020, 2024, 2025} {
		res := rules.Screen(rs, unit("u", 3, y, 10), y, codes, &rules.ScreenOptions{VerdictsOnly: true})
		open := y >= 2024
		if got := len(res.Notes) == 1 && strings.Contains(res.Notes[0], "Chưa áp dụng tỷ lệ"); got != open {
			t.Errorf("%d: notes %q; want a note on the quota not applied: %v", y, res.Notes, open)
		}
	}
	c := rate(person("a"), 2024, 2024, org.Excellent, award.LDTT)
	v := rs.Check(c, award.CSTDCS, 2024)
	cr := criterion(v, "cstdcs.ty-le")
	if !v.Eligible || v.Pending || cr == nil || !cr.Passed || !strings.Contains(cr.Reason, "Chưa áp dụng tỷ lệ") || !strings.Contains(cr.Citation, "Luật TĐKT 2022, Điều 23") {
		t.Errorf("R2024 CSTĐCS: eligible %v pending %v, cstdcs.ty-le %+v; want eligible, not pending, a passed criterion saying no rate was applied", v.Eligible, v.Pending, cr)
	}
	// A ministry sets its own rate: the quota is pending and says whose it is.
	rs2 := rules.DefaultRegimes()
	r24 := rs2.Named(rules.R2024)
	spec := r24.Codes[award.CSTDCS]
	spec.Quota.Percent = 10
	r24.Codes[award.CSTDCS] = spec
	v = rs2.Check(c, award.CSTDCS, 2024)
	cr = criterion(v, "cstdcs.ty-le")
	if !v.Eligible || !v.Pending || cr == nil || !cr.Pending || !strings.Contains(cr.Reason, "tỷ lệ do bộ, ngành, tỉnh quy định") {
		t.Errorf("R2024 with a ministry's 10 %%: eligible %v pending %v, cstdcs.ty-le %+v", v.Eligible, v.Pending, cr)
	}
	// R2014: no quota criterion at all.
	v = rs.Check(rate(person("a"), 2016, 2016, org.Excellent, award.LDTT), award.CSTDCS, 2016)
	if criterion(v, "cstdcs.ty-le") != nil {
		t.Errorf("R2014 CSTĐCS has a quota criterion; NĐ 65/2014 art. 4 sets none")
	}
}

// CSTĐ toàn quốc under NĐ 65/2014 art. 3.4 [V]: conferred after the year of
// the second CSTĐ cấp bộ.
func TestCSTDToanQuocR2014(t *testing.T) {
	build := func(asked int) func() *rules.Candidate {
		return func() *rules.Candidate {
			c := cstdcsYears(2010, 2011, 2012, 2013, 2014, 2015)
			c.Initiatives = append(c.Initiatives, initiative("sk-qg", 2015, rules.National, true))
			c.Ensure(asked).Ballots.CSTDToanQuoc = rules.Votes{For: 10, Members: 10}
			return give(c, award.CSTDBo, 2012, 2015)
		}
	}
	runRows(t, []row{
		{name: "sau-nam-lan-thu-hai", reason: "NĐ 65/2014 art. 3.4: CSTĐ cấp bộ 2010-2012 and 2013-2015, national initiative 2015: conferred for 2016, after the year of the second",
			c: build(2016), code: award.CSTDToanQuoc, year: 2016, eligible: true},
		{name: "cung-nam-lan-thu-hai", reason: "NĐ 65/2014 art. 3.4: not in 2015, the year of the second CSTĐ cấp bộ itself (the periods would have to end in 2014 and 2011)",
			c: build(2015), code: award.CSTDToanQuoc, year: 2015, failed: []string{"cstdtq.cstdbo", "cstdtq.sang-kien"}},
	})
}

// Bằng khen cấp bộ (NĐ 65/2014 art. 24.1.a, b, c) and Bằng khen Thủ tướng (art.
// 23.1.c, 23.3.c) between 20/08/2014 and 30/09/2017, the interval counted
// from the earlier decision (art. 2.4) [V]; and the Law 2003 criterion
// before its 2013 amendment (art. 71 as quoted [C]).
func TestBangKhenR2014(t *testing.T) {
	inits := func(n, from int, applied bool) []rules.Initiative {
		var out []rules.Initiative
		for i := range n {
			out = append(out, initiative("sk"+itoa(i), from+i%2, rules.Grassroots, applied))
		}
		return out
	}
	// bkttg: Bằng khen cấp bộ for 2010 decided on decided, then the years
	// from..to "xuất sắc" with 5 grassroots initiatives.
	bkttg := func(decided thidua.Date, from, to int, applied bool) func() *rules.Candidate {
		return func() *rules.Candidate {
			c := rate(person("a"), from, to, org.Excellent, award.LDTT)
			c.Add(rules.Grant{Code: award.BangKhenBo, Year: 2010, Decided: decided})
			c.Initiatives = inits(5, 2013, applied)
			return c
		}
	}
	team := func(flags ...int) func() *rules.Candidate {
		return func() *rules.Candidate {
			c := &rules.Candidate{ID: "t", Collective: true}
			rate(c, 2011, 2015, org.Excellent)
			give(c, award.BangKhenBo, 2010)
			return give(c, award.CoBo, flags...)
		}
	}
	runRows(t, []row{
		{name: "bkbo-hai-nam-hai-sang-kien", reason: "NĐ 65/2014 art. 24.1.c: 2 consecutive years 'xuất sắc' (2015-2016) with 2 grassroots initiatives applied",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2015, 2016, org.Excellent)
				c.Initiatives = inits(2, 2015, true)
				return c
			}, code: award.BangKhenBo, year: 2016, eligible: true},
		{name: "bkbo-mot-sang-kien", reason: "NĐ 65/2014 art. 24.1.c: one initiative is not two",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2015, 2016, org.Excellent)
				c.Initiatives = inits(1, 2015, true)
				return c
			}, code: award.BangKhenBo, year: 2016, failed: []string{"bkbo.phong-trao", "bkbo.sang-kien", "bkbo.thanh-tich"}},
		{name: "bkbo-phong-trao", reason: "NĐ 65/2014 art. 24.1.a: an outstanding result in a yearly movement of the ministry, recognised at ministry level, without the 2 years of point c",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2016, 2016, org.CompletedWell)
				c.Feats = []rules.Feat{{ID: "PT-2016", Kind: rules.Movement, Level: rules.Ministry, Year: 2016}}
				return c
			}, code: award.BangKhenBo, year: 2016, eligible: true},
		{name: "bkbo-thanh-tich-anh-huong", reason: "NĐ 65/2014 art. 24.1.b: achievements of province influence in a field, recognised at province level",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2015, 2015, org.CompletedWell)
				c.Feats = []rules.Feat{{ID: "TT-2015", Kind: rules.AdHocFeat, Level: rules.Ministry, Year: 2015}}
				return c
			}, code: award.BangKhenBo, year: 2015, eligible: true},
		{name: "bkbo-thanh-tich-co-so", reason: "NĐ 65/2014 art. 24.1.a, b: a result recognised at grassroots level only has no ministry or province scope",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2016, 2016, org.Excellent)
				c.Feats = []rules.Feat{{ID: "PT-CS", Kind: rules.Movement, Level: rules.Grassroots, Year: 2016}}
				return c
			}, code: award.BangKhenBo, year: 2016, failed: []string{"bkbo.phong-trao", "bkbo.sang-kien", "bkbo.thanh-tich", "bkbo.xuat-sac"}},
		{name: "bkbo-r2017-phong-trao", reason: "R2017: NĐ 91/2017 art. 39 is not verified beyond its point c [?]: a movement result alone does not carry the Bằng khen",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2019, 2019, org.CompletedWell)
				c.Feats = []rules.Feat{{ID: "PT-2019", Kind: rules.Movement, Level: rules.Ministry, Year: 2019}}
				return c
			}, code: award.BangKhenBo, year: 2019, failed: []string{"bkbo.sang-kien", "bkbo.xuat-sac"}},
		{name: "bkbo-tu-quyet-dinh", reason: "NĐ 65/2014 art. 2.4: a Bằng khen cấp bộ for 2014 decided on 10/03/2016 lets the next one count only from 2016; 2015 and its initiative do not count",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2015, 2016, org.Excellent)
				c.Add(rules.Grant{Code: award.BangKhenBo, Year: 2014, Decided: d(2016, time.March, 10)})
				c.Initiatives = inits(2, 2015, true)
				return c
			}, code: award.BangKhenBo, year: 2016, failed: []string{"bkbo.phong-trao", "bkbo.sang-kien", "bkbo.thanh-tich", "bkbo.xuat-sac"}},
		{name: "bkttg-quyet-dinh-som", reason: "NĐ 65/2014 art. 23.1.c, 2.4: Bằng khen cấp bộ for 2010 decided 20/01/2011, then 2011-2015 'xuất sắc' with 5 applied grassroots initiatives",
			c: bkttg(d(2011, time.January, 20), 2011, 2015, true), code: award.BangKhenTTg, year: 2015, eligible: true},
		{name: "bkttg-quyet-dinh-muon", reason: "NĐ 65/2014 art. 2.4: the same Bằng khen decided on 15/03/2012 — the 5 years count from the decision, so 2012-2015 are only 4",
			c: bkttg(d(2012, time.March, 15), 2011, 2015, true), code: award.BangKhenTTg, year: 2015, failed: []string{"bkttg.dot-xuat", "bkttg.lien-tuc", "bkttg.phong-trao"}},
		{name: "bkttg-quyet-dinh-muon-2016", reason: "NĐ 65/2014 art. 2.4: decided 15/03/2012, 2012-2016 'xuất sắc': 5 years from the decision",
			c: bkttg(d(2012, time.March, 15), 2011, 2016, true), code: award.BangKhenTTg, year: 2016, eligible: true},
		{name: "bkttg-sang-kien-chua-ap-dung", reason: "NĐ 65/2014 art. 23.1.c: the 5 initiatives must be recognised and applied",
			c: bkttg(d(2011, time.January, 20), 2011, 2015, false), code: award.BangKhenTTg, year: 2015, failed: []string{"bkttg.dot-xuat", "bkttg.phong-trao", "bkttg.sang-kien"}},
		{name: "bkttg-r2017-tu-giai-doan", reason: "R2017 (NĐ 91/2017, TT 08/2017/TT-BNV [C]): the interval counts from the achievement period; Bằng khen for 2017 decided on 15/03/2019, 2018-2022 still count",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2018, 2022, org.Excellent, award.LDTT)
				c.Add(rules.Grant{Code: award.BangKhenBo, Year: 2017, Decided: d(2019, time.March, 15)})
				c.Initiatives = inits(5, 2018, true)
				return c
			}, code: award.BangKhenTTg, year: 2022, eligible: true},
		{name: "bkttg-tap-the-mot-co", reason: "NĐ 65/2014 art. 23.3.c: a collective with Bằng khen cấp bộ 2010, then 2011-2015 'xuất sắc' with one Cờ cấp bộ (2013)",
			c: team(2013), code: award.BangKhenTTg, year: 2015, eligible: true},
		{name: "bkttg-tap-the-khong-co", reason: "NĐ 65/2014 art. 23.3.c: without a Cờ cấp bộ in the 5 years, and no achievement of points a or b",
			c: team(), code: award.BangKhenTTg, year: 2015, failed: []string{"bkttg.co", "bkttg.dot-xuat", "bkttg.phong-trao"}},
		// A Chi cục given Bằng khen Thủ tướng in 2015 for an ad hoc
		// achievement of province influence (NĐ 65/2014, Điều 23 khoản 3
		// điểm b [V]) is eligible without the run of point c.
		{name: "bkttg-tap-the-dot-xuat-2015", reason: "NĐ 65/2014 art. 23.3.b: an ad hoc achievement recognised at province level suffices",
			c: func() *rules.Candidate {
				c := rate(&rules.Candidate{ID: "chi-cuc", Unit: "cuc", Collective: true}, 2015, 2015, org.Excellent)
				c.Feats = []rules.Feat{{ID: "TT-2015", Kind: rules.AdHocFeat, Level: rules.Ministry, Year: 2015}}
				return c
			}, code: award.BangKhenTTg, year: 2015, eligible: true},
		{name: "bkttg-ca-nhan-phong-trao-2016", reason: "NĐ 65/2014 art. 23.1.a: an outstanding result in a ministry movement reviewed after 3 years",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2016, 2016, org.CompletedWell)
				c.Feats = []rules.Feat{{ID: "PT-2016", Kind: rules.Movement, Level: rules.Ministry, Year: 2016}}
				return c
			}, code: award.BangKhenTTg, year: 2016, eligible: true},
		{name: "bkttg-luat-2003", reason: "R2010a, Luật TĐKT 2003 art. 71 as quoted [C]: Bằng khen cấp bộ (2008) and CSTĐCS 5 consecutive years 2009-2013",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2009, 2013, org.CompletedWell, award.LDTT, award.CSTDCS)
				return give(c, award.BangKhenBo, 2008)
			}, code: award.BangKhenTTg, year: 2013, eligible: true},
		{name: "bkttg-luat-2003-bon-nam", reason: "R2010a: 4 years of CSTĐCS are not 5, and no ad hoc feat",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2010, 2013, org.CompletedWell, award.LDTT, award.CSTDCS)
				return give(c, award.BangKhenBo, 2008)
			}, code: award.BangKhenTTg, year: 2013, failed: []string{"bkttg.cstdcs", "bkttg.dot-xuat"}},
	})
}

// Huân chương Lao động hạng Ba, individual: NĐ 65/2014 art. 17.1.b [V] (2
// initiatives applied at ministry level, no CSTĐ option); Law 2003 art.
// 44.1 before the 2013 amendment [C] (7 CSTĐCS with 2 Bằng khen cấp bộ or
// 1 Bằng khen Thủ tướng). Women leaders: 3 years less under NĐ 65/2014 art.
// 2.3 [V], one third less under NĐ 91/2017 art. 3 [C] unless their
// retirement age is set higher.
func TestHCLD3ByRegime(t *testing.T) {
	r2014 := func(inits ...rules.Initiative) func() *rules.Candidate {
		return func() *rules.Candidate {
			c := give(rate(person("a"), 2011, 2015, org.Excellent, award.LDTT), award.BangKhenTTg, 2010)
			c.Initiatives = inits
			return c
		}
	}
	law2003 := func(bk ...int) func() *rules.Candidate {
		return func() *rules.Candidate {
			c := rate(person("a"), 2007, 2013, org.CompletedWell, award.LDTT, award.CSTDCS)
			return give(c, award.BangKhenBo, bk...)
		}
	}
	leader := func(g org.Gender, n, y int, later bool) func() *rules.Candidate {
		return func() *rules.Candidate {
			c := rate(person("a"), y-n+1, y, org.Completed)
			c.Gender, c.LaterRetirement = g, later
			for yy := y - n + 1; yy <= y; yy++ {
				c.Ensure(yy).Post = rules.Deputy
			}
			return c
		}
	}
	longService := func(p *rules.Params) { p.HCLD3LeaderYears = 10 } // a caller's number; off by default
	runRows(t, []row{
		{name: "r2014-hai-sang-kien-bo", reason: "NĐ 65/2014 art. 17.1.b: Bằng khen Thủ tướng 2010, then 2011-2015 'xuất sắc' with 2 initiatives applied at ministry level",
			c: r2014(initiative("b1", 2012, rules.Ministry, true), initiative("b2", 2014, rules.Ministry, true)), code: award.HCLD3, year: 2015, eligible: true},
		{name: "r2014-hai-cstdbo", reason: "NĐ 65/2014 art. 17.1.b has no CSTĐ option: 2 CSTĐ cấp bộ without ministry initiatives do not qualify",
			c: func() *rules.Candidate { return give(r2014()(), award.CSTDBo, 2013, 2015) }, code: award.HCLD3, year: 2015, failed: []string{"hcld3.sang-kien"}},
		{name: "r2014-sang-kien-chua-ap-dung", reason: "NĐ 65/2014 art. 17.1.b: the initiatives must be applied",
			c: r2014(initiative("b1", 2012, rules.Ministry, false), initiative("b2", 2014, rules.Ministry, false)), code: award.HCLD3, year: 2015, failed: []string{"hcld3.sang-kien"}},
		{name: "r2010a-bay-cstdcs-hai-bk", reason: "Law 2003 art. 44.1 as quoted [C]: CSTĐCS 2007-2013 with 2 Bằng khen cấp bộ",
			c: law2003(2009, 2012), code: award.HCLD3, year: 2013, eligible: true},
		{name: "r2010a-mot-bk", reason: "Law 2003 art. 44.1 [C]: one Bằng khen cấp bộ is not 2",
			c: law2003(2012), code: award.HCLD3, year: 2013, failed: []string{"hcld3.bk"}},
		{name: "r2010a-bkttg", reason: "Law 2003 art. 44.1 [C]: or one Bằng khen Thủ tướng",
			c: func() *rules.Candidate { return give(law2003()(), award.BangKhenTTg, 2011) }, code: award.HCLD3, year: 2013, eligible: true},
		{name: "r2014-nu-7-nam", reason: "NĐ 65/2014 art. 2.3 [V]: a woman leader needs 3 years less: 7 of 10 (long service switched on at 10 years)",
			c: leader(org.Female, 7, 2016, false), params: longService, code: award.HCLD3, year: 2016, eligible: true, basis: rules.LongService},
		{name: "r2014-nu-6-nam", reason: "NĐ 65/2014 art. 2.3: 6 years are less than 10 - 3",
			c: leader(org.Female, 6, 2016, false), params: longService, code: award.HCLD3, year: 2016, failed: []string{"hcld3.bkttg", "hcld3.cong-hien", "hcld3.lien-tuc", "hcld3.sang-kien"}},
		{name: "r2017-nu-7-nam", reason: "NĐ 91/2017 art. 3 [C]: one third less, 6 years 8 months: 7 years suffice",
			c: leader(org.Female, 7, 2020, false), params: longService, code: award.HCLD3, year: 2020, eligible: true, basis: rules.LongService},
		{name: "r2017-nu-nghi-huu-muon", reason: "NĐ 91/2017 art. 3 [C]: a woman whose retirement age is set above the general rule needs the general 10 years",
			c: leader(org.Female, 7, 2020, true), params: longService, code: award.HCLD3, year: 2020, failed: []string{"hcld3.bkttg", "hcld3.cong-hien", "hcld3.cstdbo", "hcld3.lien-tuc"}},
	})
}

// Which regime applies to a dossier considered after the law changed is not
// settled by the Law (Luật TĐKT 2022, Điều 95 keeps only awards already
// granted): by default the date of consideration picks it; a caller may
// pick by the year rated instead.
func TestRegimeSelection(t *testing.T) {
	// Recruited 01/05/2023: 7 months by 31/12/2023 — enough under TT
	// 01/2024/TT-BNV (6), not under NĐ 91/2017 art. 10 (10).
	c := recruited(d(2023, time.May, 1), 2023)()
	asOf := d(2024, time.January, 15)
	rs := rules.DefaultRegimes()
	if v := rs.CheckAt(c, award.LDTT, 2023, asOf); v.Regime != rules.R2024 || !v.Eligible {
		t.Errorf("by consideration (default): regime %s eligible %v; want R2024, eligible", v.Regime, v.Eligible)
	}
	if v := rs.Check(c, award.LDTT, 2023); v.Regime != rules.R2017 || v.Eligible {
		t.Errorf("considered on 31/12/2023: regime %s eligible %v; want R2017, not eligible", v.Regime, v.Eligible)
	}
	rs.Select = rules.ByAchievementYear
	if v := rs.CheckAt(c, award.LDTT, 2023, asOf); v.Regime != rules.R2017 || v.Eligible {
		t.Errorf("by achievement year: regime %s eligible %v; want R2017, not eligible", v.Regime, v.Eligible)
	}
	res := rules.Screen(rs, []rules.Candidate{*c}, 2023, []award.Code{award.LDTT}, &rules.ScreenOptions{AsOf: asOf})
	if res.Regime != rules.R2017 {
		t.Errorf("Screen by achievement year: regime %s, want R2017", res.Regime)
	}
	rs.Select = rules.ByConsideration
	res = rules.Screen(rs, []rules.Candidate{*c}, 2023, []award.Code{award.LDTT}, &rules.ScreenOptions{AsOf: asOf})
	if res.Regime != rules.R2024 || !res.Rows[0].Decisions[0].Eligible {
		t.Errorf("Screen by consideration: regime %s, eligible %v; want R2024, eligible", res.Regime, res.Rows[0].Decisions[0].Eligible)
	}
	// R2010b is reached only by a consideration date inside it.
	if v := rs.CheckAt(c, award.LDTT, 2013, d(2014, time.July, 1)); v.Regime != rules.R2010b {
		t.Errorf("considered on 01/07/2014: regime %s, want R2010b", v.Regime)
	}
}
