package rules_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

type row struct {
	name     string
	reason   string // the legal rule the row applies, with its article
	c        func() *rules.Candidate
	code     award.Code
	year     int
	draft    bool                  // switch on the draft-law regime
	params   func(p *rules.Params) // overrides applied to every regime, or nil
	eligible bool
	failed   []string // IDs of the failing criteria
	pending  bool
	basis    rules.GrantKind // basis of the verdict (Merit unless stated)
}

func runRows(t *testing.T, rows []row) {
	t.Helper()
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			rs := rules.DefaultRegimes()
			if r.draft {
				rs.Add(rules.NewDraftLaw2026())
			}
			if r.params != nil {
				for _, reg := range rs.All() {
					r.params(&reg.Params)
				}
			}
			v := rs.Check(r.c(), r.code, r.year)
			if v.Basis != r.basis {
				t.Errorf("%s\nBasis = %v, want %v", r.reason, v.Basis, r.basis)
			}
			if v.Eligible != r.eligible || v.Pending != r.pending {
				t.Errorf("%s\nEligible, Pending = %v, %v; want %v, %v", r.reason, v.Eligible, v.Pending, r.eligible, r.pending)
				for _, c := range v.Criteria {
					t.Logf("  %s passed=%v pending=%v: %s", c.ID, c.Passed, c.Pending, c.Reason)
				}
			}
			if diff := cmp.Diff(r.failed, failed(v)); diff != "" {
				t.Errorf("%s\nfailed criteria (-want +got):\n%s", r.reason, diff)
			}
		})
	}
}

func TestRegimeFor(t *testing.T) {
	rs := rules.DefaultRegimes()
	tests := []struct {
		on   thidua.Date
		want string
	}{
		{d(2014, time.May, 31), rules.R2010a},
		{d(2014, time.June, 1), rules.R2010b},
		{d(2014, time.August, 19), rules.R2010b},
		{d(2014, time.August, 20), rules.R2014},
		{d(2017, time.September, 30), rules.R2014},
		{d(2017, time.October, 1), rules.R2017},
		{d(2023, time.December, 31), rules.R2017},
		{d(2024, time.January, 1), rules.R2024},
		{d(2025, time.June, 30), rules.R2024},
		{d(2025, time.July, 1), rules.R2025},
		{d(2030, time.January, 1), rules.R2025},
	}
	for _, tt := range tests {
		if got := rs.For(tt.on).Name; got != tt.want {
			t.Errorf("For(%s) = %s, want %s (Luật 39/2013/QH13 in force 01/06/2014; NĐ 65/2014/NĐ-CP in force 20/08/2014, Điều 30; NĐ 91/2017/NĐ-CP from 01/10/2017; Luật TĐKT 2022, Điều 94; NĐ 152/2025/NĐ-CP from 01/07/2025)", tt.on, got, tt.want)
		}
	}
	years := map[int]string{2013: rules.R2010a, 2014: rules.R2014, 2016: rules.R2014, 2017: rules.R2017, 2023: rules.R2017, 2024: rules.R2024, 2025: rules.R2025}
	for y, want := range years {
		if got := rs.ForYear(y).Name; got != want {
			t.Errorf("ForYear(%d) = %s, want %s (year rated at 31/12)", y, got, want)
		}
	}
	if got := rs.ForYear(2026).Name; got != rules.R2025 {
		t.Errorf("draft law must not be on by default: ForYear(2026) = %s", got)
	}
	rs.Add(rules.NewDraftLaw2026())
	if got := rs.ForYear(2026).Name; got != rules.DraftLaw2026 {
		t.Errorf("with the draft switched on, ForYear(2026) = %s, want %s", got, rules.DraftLaw2026)
	}
	if got := rs.For(d(2026, time.September, 30)).Name; got != rules.R2025 {
		t.Errorf("before the draft's start, For = %s, want R2025", got)
	}
	if rules.DefaultRegimes().Named(rules.DraftLaw2026) != nil {
		t.Error("DefaultRegimes must return a fresh registry")
	}
}

func TestLDTT(t *testing.T) {
	well := func() *rules.Candidate { return rate(person("a"), 2020, 2020, org.CompletedWell) }
	runRows(t, []row{
		{name: "tot", reason: "hoàn thành tốt nhiệm vụ is enough for LĐTT (Law 2003 art. 24)",
			c: well, code: award.LDTT, year: 2020, eligible: true},
		{name: "hoan-thanh", reason: "plain 'hoàn thành nhiệm vụ' is below the LĐTT rating",
			c:    func() *rules.Candidate { return rate(person("a"), 2020, 2020, org.Completed) },
			code: award.LDTT, year: 2020, failed: []string{"ldtt.xep-loai"}},
		{name: "tuyen-dung-10-thang", reason: "recruited 01/03/2020: 10 months to 31/12 — considered (NĐ 91 art. 10)",
			c: func() *rules.Candidate {
				c := well()
				c.Recruited = d(2020, time.March, 1)
				return c
			}, code: award.LDTT, year: 2020, eligible: true},
		{name: "tuyen-dung-9-thang", reason: "recruited 02/03/2020: only 9 whole months — less than 10, not considered",
			c: func() *rules.Candidate {
				c := well()
				c.Recruited = d(2020, time.March, 2)
				return c
			}, code: award.LDTT, year: 2020, failed: []string{"ldtt.tuyen-dung"}},
		{name: "tuyen-dung-thang-4", reason: "recruited 01/04/2020: 9 months",
			c: func() *rules.Candidate {
				c := well()
				c.Recruited = d(2020, time.April, 1)
				return c
			}, code: award.LDTT, year: 2020, failed: []string{"ldtt.tuyen-dung"}},
		{name: "nghi-39", reason: "39 days absent: under 40, considered",
			c: func() *rules.Candidate {
				c := well()
				c.Ensure(2020).DaysAbsent = 39
				return c
			}, code: award.LDTT, year: 2020, eligible: true},
		{name: "nghi-40", reason: "40 working days absent or more: not considered (NĐ 91 art. 10) [C]",
			c: func() *rules.Candidate {
				c := well()
				c.Ensure(2020).DaysAbsent = 40
				return c
			}, code: award.LDTT, year: 2020, failed: []string{"ldtt.ngay-nghi"}},
		{name: "thai-san", reason: "maternity leave counts as working time: 120 days maternity + 10 sick = 10 counted",
			c: func() *rules.Candidate {
				c := well()
				c.Gender = org.Female
				c.Ensure(2020).DaysAbsent = rules.CountedAbsence([]org.Absence{
					{Reason: org.AbsenceMaternity, Days: 120}, {Reason: org.AbsenceSick, Days: 10}})
				return c
			}, code: award.LDTT, year: 2020, eligible: true},
		{name: "ky-luat-trong-nam", reason: "disciplined khiển trách during the year (ended before year end): not LĐTT [?]",
			c: func() *rules.Candidate {
				c := well()
				c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2020, 3, 1), To: d(2020, 8, 31)}}}
				return c
			}, code: award.LDTT, year: 2020, failed: []string{"ldtt.ky-luat"}},
		{name: "ky-luat-dang-thi-hanh", reason: "discipline still in force on 31/12: no award at all (NĐ 98 art. 4) and not LĐTT",
			c: func() *rules.Candidate {
				c := well()
				c.Disciplines = []rules.Discipline{{Form: org.CanhCao, InForce: thidua.Period{From: d(2020, 9, 1), To: d(2021, 8, 31)}}}
				return c
			}, code: award.LDTT, year: 2020, failed: []string{"ldtt.ky-luat", "nguyen-tac.ky-luat"}},
		{name: "khieu-nai", reason: "a complaint pending on the date of consideration blocks any award (NĐ 98 art. 4)",
			c: func() *rules.Candidate {
				c := well()
				c.Proceedings = []rules.Proceeding{{Kind: rules.Complaint, Open: thidua.Since(d(2020, 11, 1))}}
				return c
			}, code: award.LDTT, year: 2020, failed: []string{"nguyen-tac.dieu-tra"}},
		{name: "khieu-nai-da-giai-quyet", reason: "a complaint settled before the date of consideration no longer blocks",
			c: func() *rules.Candidate {
				c := well()
				c.Proceedings = []rules.Proceeding{{Kind: rules.Complaint, Open: thidua.Period{From: d(2020, 1, 1), To: d(2020, 6, 30)}}}
				return c
			}, code: award.LDTT, year: 2020, eligible: true},
		{name: "di-hoc", reason: "training of one year or more with a 'khá' result counts as LĐTT [C]",
			c: func() *rules.Candidate {
				c := person("a")
				c.Ensure(2020).Training = true
				return c
			}, code: award.LDTT, year: 2020, eligible: true},
		{name: "di-hoc-tat", reason: "with Params.LDTTTraining off, a training year needs the rating like any other (NĐ 91 art. 10 switched off)",
			c: func() *rules.Candidate {
				c := person("a")
				c.Ensure(2020).Training = true
				return c
			}, params: func(p *rules.Params) { p.LDTTTraining = false },
			code: award.LDTT, year: 2020, failed: []string{"ldtt.xep-loai"}},
		{name: "di-hoc-r2024", reason: "kept under Law 2022 [?]: training counts as LĐTT",
			c: func() *rules.Candidate {
				c := person("a")
				c.Ensure(2024).Training = true
				return c
			}, code: award.LDTT, year: 2024, eligible: true},
		{name: "tuyen-dung-sau-nam-xet", reason: "recruited 01/03/2021, after the year 2020: not considered (NĐ 91 art. 10: less than 10 months)",
			c: func() *rules.Candidate {
				c := well()
				c.Recruited = d(2021, time.March, 1)
				return c
			}, code: award.LDTT, year: 2020, failed: []string{"ldtt.tuyen-dung"}},
		{name: "tap-the", reason: "LĐTT is an individual title",
			c: func() *rules.Candidate {
				c := well()
				c.Collective = true
				return c
			}, code: award.LDTT, year: 2020, failed: []string{"doi-tuong"}},
		{name: "luat-2022-tot", reason: "Law 2022 art. 24: at least hoàn thành tốt",
			c:    func() *rules.Candidate { return rate(person("a"), 2024, 2024, org.CompletedWell) },
			code: award.LDTT, year: 2024, eligible: true},
	})
}

func TestCSTDCS(t *testing.T) {
	base := func(y int, r org.Rating) *rules.Candidate { return rate(person("a"), y, y, r, award.LDTT) }
	with := func(c *rules.Candidate, ins ...rules.Initiative) *rules.Candidate {
		c.Initiatives = append(c.Initiatives, ins...)
		return c
	}
	runRows(t, []row{
		{name: "r2017-sang-kien", reason: "LĐTT + initiative recognised at grassroots level (NĐ 91); the 15 % quota stays pending outside a screening",
			c: func() *rules.Candidate {
				return with(base(2020, org.CompletedWell), initiative("sk1", 2020, rules.Grassroots, false))
			},
			code: award.CSTDCS, year: 2020, eligible: true, pending: true},
		{name: "r2017-xuat-sac-khong-sang-kien", reason: "under the old law the initiative is mandatory: excellent rating alone is not enough",
			c:    func() *rules.Candidate { return base(2020, org.Excellent) },
			code: award.CSTDCS, year: 2020, failed: []string{"cstdcs.sang-kien"}},
		{name: "r2017-sang-kien-nam-truoc", reason: "an initiative of 2019 does not serve the title of 2020",
			c: func() *rules.Candidate {
				return with(base(2020, org.Excellent), initiative("sk1", 2019, rules.Grassroots, true))
			},
			code: award.CSTDCS, year: 2020, failed: []string{"cstdcs.sang-kien"}},
		{name: "r2017-de-tai-chua-ap-dung", reason: "a research topic must be accepted and applied",
			c: func() *rules.Candidate {
				return with(base(2020, org.Excellent), rules.Initiative{ID: "dt", Kind: rules.ScienceWork, Level: rules.Grassroots, Year: 2020})
			},
			code: award.CSTDCS, year: 2020, failed: []string{"cstdcs.sang-kien"}},
		{name: "r2017-muu-tri", reason: "ingenuity in combat replaces the initiative",
			c: func() *rules.Candidate {
				return with(base(2020, org.CompletedWell), rules.Initiative{ID: "mt", Kind: rules.CombatIngenuity, Level: rules.Grassroots, Year: 2020})
			},
			code: award.CSTDCS, year: 2020, eligible: true, pending: true},
		{name: "r2017-sang-kien-da-dung", reason: "one achievement, one form (Law 2022 art. 5): an initiative used for CSTĐCS 2019 is not counted again in 2020",
			c: func() *rules.Candidate {
				in := initiative("sk1", 2020, rules.Grassroots, true)
				in.UsedFor = []rules.Use{{Code: award.CSTDCS, Year: 2019}}
				return with(base(2020, org.Excellent), in)
			},
			code: award.CSTDCS, year: 2020, failed: []string{"cstdcs.sang-kien"}},
		{name: "r2017-ldtt-chua-cap-nhung-du", reason: "LĐTT not recorded yet but its criteria are met the same year",
			c: func() *rules.Candidate {
				return with(rate(person("a"), 2020, 2020, org.CompletedWell), initiative("sk1", 2020, rules.Grassroots, false))
			},
			code: award.CSTDCS, year: 2020, eligible: true, pending: true},
		{name: "r2017-khong-ldtt", reason: "rated only 'hoàn thành': not LĐTT, hence not CSTĐCS",
			c: func() *rules.Candidate {
				return with(rate(person("a"), 2020, 2020, org.Completed), initiative("sk1", 2020, rules.Grassroots, false))
			},
			code: award.CSTDCS, year: 2020, failed: []string{"cstdcs.ldtt"}},
		{name: "r2024-xuat-sac", reason: "Law 2022 art. 23: excellent rating alone suffices; no quota known [?]",
			c:    func() *rules.Candidate { return base(2024, org.Excellent) },
			code: award.CSTDCS, year: 2024, eligible: true},
		{name: "r2024-tot-sang-kien", reason: "Law 2022 art. 23: a grassroots initiative suffices with 'tốt'",
			c: func() *rules.Candidate {
				return with(base(2024, org.CompletedWell), initiative("sk1", 2024, rules.Grassroots, false))
			},
			code: award.CSTDCS, year: 2024, eligible: true},
		{name: "r2024-tot-khong-gi", reason: "Law 2022 art. 23: LĐTT alone is not enough",
			c:    func() *rules.Candidate { return base(2024, org.CompletedWell) },
			code: award.CSTDCS, year: 2024, failed: []string{"cstdcs.sang-kien", "cstdcs.xuat-sac"}},
		{name: "du-thao-chi-xuat-sac", reason: "draft law: both excellent AND an initiative",
			c:    func() *rules.Candidate { return base(2026, org.Excellent) },
			code: award.CSTDCS, year: 2026, draft: true, failed: []string{"cstdcs.sang-kien"}},
		{name: "du-thao-chi-sang-kien", reason: "draft law: an initiative without excellent is not enough",
			c: func() *rules.Candidate {
				return with(base(2026, org.CompletedWell), initiative("sk", 2026, rules.Grassroots, true))
			},
			code: award.CSTDCS, year: 2026, draft: true, failed: []string{"cstdcs.xuat-sac"}},
		{name: "du-thao-ca-hai", reason: "draft law: both present",
			c: func() *rules.Candidate {
				return with(base(2026, org.Excellent), initiative("sk", 2026, rules.Grassroots, true))
			},
			code: award.CSTDCS, year: 2026, draft: true, eligible: true},
		{name: "khong-du-thao-2026", reason: "without the draft switched on, 2026 is R2025: excellent alone suffices",
			c:    func() *rules.Candidate { return base(2026, org.Excellent) },
			code: award.CSTDCS, year: 2026, eligible: true},
	})
}

// cstdcsYears builds a person with LĐTT+CSTĐCS in the given years, a
// ministry-level applied initiative in the last one and a 10/11 ballot.
func cstdcsYears(ys ...int) *rules.Candidate {
	c := person("a")
	for _, y := range ys {
		rate(c, y, y, org.Excellent, award.LDTT, award.CSTDCS)
	}
	last := ys[len(ys)-1]
	c.Initiatives = []rules.Initiative{initiative("sk-bo", last, rules.Ministry, true)}
	for y := ys[0]; y <= last+3; y++ {
		c.Ensure(y).Ballots.CSTDBo = rules.Votes{For: 10, Members: 11}
	}
	return c
}

func TestCSTDBo(t *testing.T) {
	runRows(t, []row{
		{name: "du-3-nam", reason: "exactly 3 consecutive CSTĐCS 2018-2020 + ministry initiative + 10/11 votes (≥ 90 %): CSTĐ cấp bộ 2020",
			c: func() *rules.Candidate { return cstdcsYears(2018, 2019, 2020) }, code: award.CSTDBo, year: 2020, eligible: true},
		{name: "thieu-nam-giua", reason: "a gap year (2019) breaks the run",
			c: func() *rules.Candidate { return cstdcsYears(2018, 2020) }, code: award.CSTDBo, year: 2020, failed: []string{"cstdbo.cstdcs"}},
		{name: "chi-2-nam", reason: "two years are not three",
			c: func() *rules.Candidate { return cstdcsYears(2019, 2020) }, code: award.CSTDBo, year: 2020, failed: []string{"cstdbo.cstdcs"}},
		{name: "nam-xet-la-nam-cuoi", reason: "convention: the year asked is the last of the run; CSTĐCS 2017-2019 does not give CSTĐ cấp bộ 2020",
			c: func() *rules.Candidate {
				c := cstdcsYears(2017, 2018, 2019)
				c.Initiatives[0].Year = 2019
				return c
			}, code: award.CSTDBo, year: 2020, failed: []string{"cstdbo.cstdcs"}},
		{name: "nam-xet-la-nam-cuoi-2019", reason: "the same history gives CSTĐ cấp bộ 2019",
			c: func() *rules.Candidate { return cstdcsYears(2017, 2018, 2019) }, code: award.CSTDBo, year: 2019, eligible: true},
		{name: "ky-luat-giua-ky", reason: "a discipline in 2018 restarts the achievement period (NĐ 98 art. 4): CSTĐCS 2017, 2019, 2020 do not make a run for 2020",
			c: func() *rules.Candidate {
				c := cstdcsYears(2017, 2019, 2020)
				c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2018, 4, 1), To: d(2018, 9, 30)}}}
				return c
			}, code: award.CSTDBo, year: 2020, failed: []string{"cstdbo.cstdcs"}},
		{name: "sau-ky-luat", reason: "three full years after the discipline (2019-2021) count again",
			c: func() *rules.Candidate {
				c := cstdcsYears(2019, 2020, 2021)
				c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2018, 4, 1), To: d(2018, 9, 30)}}}
				return c
			}, code: award.CSTDBo, year: 2021, eligible: true},
		{name: "da-khen-ky-truoc", reason: "years already used for CSTĐ cấp bộ 2019 are not counted again for 2021 (one achievement, one form)",
			c: func() *rules.Candidate {
				c := cstdcsYears(2017, 2018, 2019, 2020, 2021)
				return give(c, award.CSTDBo, 2019)
			}, code: award.CSTDBo, year: 2021, failed: []string{"cstdbo.cstdcs"}},
		{name: "ky-tiep-theo", reason: "the next full period 2020-2022 after CSTĐ cấp bộ 2019 qualifies",
			c: func() *rules.Candidate {
				c := cstdcsYears(2017, 2018, 2019, 2020, 2021, 2022)
				return give(c, award.CSTDBo, 2019)
			}, code: award.CSTDBo, year: 2022, eligible: true},
		{name: "sang-kien-co-so", reason: "the initiative must have influence across the ministry (art. 22)",
			c: func() *rules.Candidate {
				c := cstdcsYears(2018, 2019, 2020)
				c.Initiatives[0].Level = rules.Grassroots
				return c
			}, code: award.CSTDBo, year: 2020, failed: []string{"cstdbo.sang-kien"}},
		{name: "sang-kien-chua-ap-dung", reason: "the initiative must be applied (art. 22)",
			c: func() *rules.Candidate {
				c := cstdcsYears(2018, 2019, 2020)
				c.Initiatives[0].Applied = false
				return c
			}, code: award.CSTDBo, year: 2020, failed: []string{"cstdbo.sang-kien"}},
		{name: "phieu-80", reason: "8/10 council votes is below 90 % of all members (NĐ 91 art. 45.8)",
			c: func() *rules.Candidate {
				c := cstdcsYears(2018, 2019, 2020)
				c.Ensure(2020).Ballots.CSTDBo = rules.Votes{For: 8, Members: 10}
				return c
			}, code: award.CSTDBo, year: 2020, failed: []string{"cstdbo.hoi-dong"}},
		{name: "phieu-90", reason: "9/10 is exactly 90 %",
			c: func() *rules.Candidate {
				c := cstdcsYears(2018, 2019, 2020)
				c.Ensure(2020).Ballots.CSTDBo = rules.Votes{For: 9, Members: 10}
				return c
			}, code: award.CSTDBo, year: 2020, eligible: true},
		{name: "chua-bo-phieu", reason: "without a ballot the vote is pending, not failed",
			c: func() *rules.Candidate {
				c := cstdcsYears(2018, 2019, 2020)
				c.Ensure(2020).Ballots.CSTDBo = rules.Votes{}
				return c
			}, code: award.CSTDBo, year: 2020, eligible: true, pending: true},
		{name: "qua-hai-che-do", reason: "CSTĐCS 2022-2023 (R2017, with initiatives) and 2024 (R2024, excellent only) make a run read under R2024, the regime of the year asked",
			c: func() *rules.Candidate { return cstdcsYears(2022, 2023, 2024) }, code: award.CSTDBo, year: 2024, eligible: true},
	})
}

func TestCSTDToanQuoc(t *testing.T) {
	build := func(bo ...int) *rules.Candidate {
		c := cstdcsYears(2015, 2016, 2017, 2018, 2019, 2020)
		c.Initiatives = append(c.Initiatives, initiative("sk-qg", 2019, rules.National, true))
		return give(c, award.CSTDBo, bo...)
	}
	tqVote := func(c *rules.Candidate, y, yes, members int) *rules.Candidate {
		c.Ensure(y).Ballots.CSTDToanQuoc = rules.Votes{For: yes, Members: members}
		return c
	}
	runRows(t, []row{
		{name: "hai-lan-lien-tuc", reason: "CSTĐ cấp bộ for 2015-2017 and 2018-2020 (two consecutive) + national initiative: CSTĐ toàn quốc 2020 (art. 21), 10/10 on its own ballot",
			c: func() *rules.Candidate { return tqVote(build(2017, 2020), 2020, 10, 10) }, code: award.CSTDToanQuoc, year: 2020, eligible: true},
		{name: "phieu-cap-bo-khong-thay-phieu-toan-quoc", reason: "NĐ 91 art. 45.8: CSTĐ toàn quốc needs its own secret ballot; the 10/10 ministry ballot on CSTĐ cấp bộ 2020 does not stand for it, so the vote is still pending",
			c: func() *rules.Candidate {
				c := build(2017, 2020)
				c.Ensure(2020).Ballots.CSTDBo = rules.Votes{For: 10, Members: 10}
				return c
			}, code: award.CSTDToanQuoc, year: 2020, eligible: true, pending: true},
		{name: "phieu-toan-quoc-90", reason: "9 of 10 council members on the toàn quốc ballot = 90 % of all members (NĐ 91 art. 45.8)",
			c: func() *rules.Candidate { return tqVote(build(2017, 2020), 2020, 9, 10) }, code: award.CSTDToanQuoc, year: 2020, eligible: true},
		{name: "phieu-toan-quoc-80", reason: "8 of 10 on the toàn quốc ballot is below 90 %, whatever the CSTĐ cấp bộ ballot (10/11 in build) says",
			c: func() *rules.Candidate { return tqVote(build(2017, 2020), 2020, 8, 10) }, code: award.CSTDToanQuoc, year: 2020, failed: []string{"cstdtq.hoi-dong"}},
		{name: "phieu-toan-quoc-nam-khac", reason: "a toàn quốc ballot of 2019 is not the ballot on the 2020 proposal: still pending",
			c: func() *rules.Candidate { return tqVote(build(2017, 2020), 2019, 10, 10) }, code: award.CSTDToanQuoc, year: 2020, eligible: true, pending: true},
		{name: "r2024", reason: "Law 2022 art. 21: two consecutive CSTĐ cấp bộ (periods ending 2021 and 2024) + an applied initiative of national influence; threshold of the vote [?] kept at 90 %",
			c: func() *rules.Candidate {
				c := cstdcsYears(2019, 2020, 2021, 2022, 2023, 2024)
				c.Initiatives = append(c.Initiatives, initiative("sk-qg", 2023, rules.National, true))
				return tqVote(give(c, award.CSTDBo, 2021, 2024), 2024, 10, 10)
			}, code: award.CSTDToanQuoc, year: 2024, eligible: true},
		{name: "r2024-mot-ky", reason: "Law 2022 art. 21: one CSTĐ cấp bộ (2024) is not two consecutive",
			c: func() *rules.Candidate {
				c := cstdcsYears(2019, 2020, 2021, 2022, 2023, 2024)
				c.Initiatives = append(c.Initiatives, initiative("sk-qg", 2023, rules.National, true))
				return tqVote(give(c, award.CSTDBo, 2024), 2024, 10, 10)
			}, code: award.CSTDToanQuoc, year: 2024, failed: []string{"cstdtq.cstdbo"}},
		{name: "ky-luat-2019", reason: "a khiển trách in 2019 restarts the achievement period (NĐ 98 art. 4): neither CSTĐ cấp bộ period (2015-2017, 2018-2020) nor the 2019 initiative counts for 2020",
			c: func() *rules.Candidate {
				c := tqVote(build(2017, 2020), 2020, 10, 10)
				c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2019, 3, 1), To: d(2019, 8, 31)}}}
				return c
			}, code: award.CSTDToanQuoc, year: 2020, failed: []string{"cstdtq.cstdbo", "cstdtq.sang-kien"}},
		{name: "ky-luat-dang-thi-hanh", reason: "a cảnh cáo in force on 31/12/2020: no award while disciplined (NĐ 98 art. 4), and the period restarts after it",
			c: func() *rules.Candidate {
				c := tqVote(build(2017, 2020), 2020, 10, 10)
				c.Disciplines = []rules.Discipline{{Form: org.CanhCao, InForce: thidua.Period{From: d(2020, 10, 1), To: d(2021, 9, 30)}}}
				return c
			}, code: award.CSTDToanQuoc, year: 2020, failed: []string{"cstdtq.cstdbo", "cstdtq.sang-kien", "nguyen-tac.ky-luat"}},
		{name: "khong-lien-tuc", reason: "CSTĐ cấp bộ 2016 and 2020 are not consecutive periods",
			c: func() *rules.Candidate { return tqVote(build(2016, 2020), 2020, 10, 10) }, code: award.CSTDToanQuoc, year: 2020, failed: []string{"cstdtq.cstdbo"}},
		{name: "mot-lan", reason: "one CSTĐ cấp bộ is not enough",
			c: func() *rules.Candidate { return tqVote(build(2020), 2020, 10, 10) }, code: award.CSTDToanQuoc, year: 2020, failed: []string{"cstdtq.cstdbo"}},
		{name: "khong-sang-kien-toan-quoc", reason: "needs an achievement of nationwide influence",
			c: func() *rules.Candidate {
				c := tqVote(build(2017, 2020), 2020, 10, 10)
				c.Initiatives = c.Initiatives[:1]
				return c
			}, code: award.CSTDToanQuoc, year: 2020, failed: []string{"cstdtq.sang-kien"}},
	})
}

func TestBangKhenBo(t *testing.T) {
	two := func(y int, in int) *rules.Candidate {
		c := rate(person("a"), y-1, y, org.Excellent, award.LDTT)
		for i := 0; i < in; i++ {
			c.Initiatives = append(c.Initiatives, initiative("sk"+itoa(i), y-i%2, rules.Grassroots, true))
		}
		return c
	}
	runRows(t, []row{
		{name: "r2024-hai-cstdcs", reason: "Law 2022 art. 74.1.d: 2 consecutive CSTĐCS",
			c: func() *rules.Candidate {
				return rate(person("a"), 2023, 2024, org.CompletedWell, award.LDTT, award.CSTDCS)
			},
			code: award.BangKhenBo, year: 2024, eligible: true},
		{name: "r2024-xuat-sac-hai-sang-kien", reason: "or 2 consecutive years excellent with 2 applied grassroots initiatives",
			c: func() *rules.Candidate { return two(2024, 2) }, code: award.BangKhenBo, year: 2024, eligible: true},
		{name: "r2024-mot-sang-kien", reason: "one initiative is not two; no CSTĐCS either",
			c: func() *rules.Candidate { return two(2024, 1) }, code: award.BangKhenBo, year: 2024,
			failed: []string{"bkbo.cstdcs", "bkbo.sang-kien"}},
		{name: "r2024-da-co-bang-khen", reason: "a Bằng khen for 2023 used 2023: 2023-2024 cannot be counted again",
			c: func() *rules.Candidate {
				return give(rate(person("a"), 2022, 2024, org.CompletedWell, award.LDTT, award.CSTDCS), award.BangKhenBo, 2023)
			}, code: award.BangKhenBo, year: 2024, failed: []string{"bkbo.cstdcs", "bkbo.sang-kien", "bkbo.xuat-sac"}},
		{name: "r2017-chi-xuat-sac-sang-kien", reason: "NĐ 91 art. 39 [?]: only the 'excellent + 2 initiatives' route",
			c: func() *rules.Candidate {
				return rate(person("a"), 2019, 2020, org.CompletedWell, award.LDTT, award.CSTDCS)
			},
			code: award.BangKhenBo, year: 2020, failed: []string{"bkbo.sang-kien", "bkbo.xuat-sac"}},
		{name: "qua-hai-che-do", reason: "CSTĐCS 2023 (given under R2017) and 2024: Bằng khen asked for 2024 is read with R2024, whose CSTĐCS route applies",
			c: func() *rules.Candidate {
				return rate(person("a"), 2023, 2024, org.CompletedWell, award.LDTT, award.CSTDCS)
			},
			code: award.BangKhenBo, year: 2024, eligible: true},
		{name: "qua-hai-che-do-2023", reason: "the same kind of history asked for 2023 is read with R2017: no CSTĐCS route",
			c: func() *rules.Candidate {
				return rate(person("a"), 2022, 2023, org.CompletedWell, award.LDTT, award.CSTDCS)
			},
			code: award.BangKhenBo, year: 2023, failed: []string{"bkbo.sang-kien", "bkbo.xuat-sac"}},
		{name: "r2024-nam-cach-quang-cstdcs", reason: "Law 2022 art. 74.1.d: CSTĐCS 2022 and 2024 with 2023 only LĐTT are not 2 consecutive; no excellent years either",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2022, 2024, org.CompletedWell, award.LDTT)
				return give(c, award.CSTDCS, 2022, 2024)
			}, code: award.BangKhenBo, year: 2024, failed: []string{"bkbo.cstdcs", "bkbo.sang-kien", "bkbo.xuat-sac"}},
		{name: "r2024-nam-cach-quang-xuat-sac", reason: "Law 2022 art. 74.1.d: 'xuất sắc' 2022 and 2024 around a 'tốt' 2023 are not 2 consecutive years, even with 2 applied initiatives",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2022, 2024, org.Excellent, award.LDTT)
				c.Ensure(2023).Rating = org.CompletedWell
				c.Initiatives = []rules.Initiative{initiative("sk1", 2023, rules.Grassroots, true), initiative("sk2", 2024, rules.Grassroots, true)}
				return c
			}, code: award.BangKhenBo, year: 2024, failed: []string{"bkbo.cstdcs", "bkbo.xuat-sac"}},
		{name: "r2017-xuat-sac", reason: "NĐ 91 art. 39 [?]: 2 years excellent + 2 initiatives",
			c: func() *rules.Candidate { return two(2020, 2) }, code: award.BangKhenBo, year: 2020, eligible: true},
	})
}

func TestBangKhenTTg(t *testing.T) {
	law2022 := func(bk int, from int, cstdcs ...int) *rules.Candidate {
		c := rate(person("a"), from, 2024, org.CompletedWell, award.LDTT)
		give(c, award.BangKhenBo, bk)
		return give(c, award.CSTDCS, cstdcs...)
	}
	runRows(t, []row{
		{name: "r2024-du", reason: "Bằng khen cấp bộ 2019, then 5 years 'tốt' 2020-2024 with 3 CSTĐCS (art. 73.1.b)",
			c: func() *rules.Candidate { return law2022(2019, 2020, 2020, 2022, 2024) }, code: award.BangKhenTTg, year: 2024, eligible: true},
		{name: "r2024-hai-cstdcs", reason: "only 2 CSTĐCS in the span",
			c: func() *rules.Candidate { return law2022(2019, 2020, 2022, 2024) }, code: award.BangKhenTTg, year: 2024, failed: []string{"bkttg.cstdcs"}},
		{name: "r2024-bon-nam", reason: "Bằng khen cấp bộ 2020: only 4 years 2021-2024 after it",
			c: func() *rules.Candidate { return law2022(2020, 2020, 2021, 2022, 2024) }, code: award.BangKhenTTg, year: 2024, failed: []string{"bkttg.lien-tuc"}},
		{name: "r2024-dut-quang", reason: "a year rated only 'hoàn thành' (2022) breaks the run",
			c: func() *rules.Candidate {
				c := law2022(2019, 2020, 2020, 2023, 2024)
				c.Ensure(2022).Rating = org.Completed
				return c
			}, code: award.BangKhenTTg, year: 2024, failed: []string{"bkttg.cstdcs", "bkttg.lien-tuc"}},
		{name: "r2024-ky-luat-giua-chung", reason: "a discipline in 2021 restarts the period: only 2022-2024 count after the Bằng khen cấp bộ of 2019",
			c: func() *rules.Candidate {
				c := law2022(2019, 2020, 2020, 2022, 2024)
				c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2021, 2, 1), To: d(2021, 7, 31)}}}
				return c
			}, code: award.BangKhenTTg, year: 2024, failed: []string{"bkttg.cstdcs", "bkttg.lien-tuc"}},
		{name: "r2024-bang-khen-chuyen-de", reason: "a thematic Bằng khen does not count towards merit awards (NĐ 98 art. 4)",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2020, 2024, org.CompletedWell, award.LDTT)
				c.Add(rules.Grant{Code: award.BangKhenBo, Year: 2019, Kind: rules.Thematic})
				return give(c, award.CSTDCS, 2020, 2022, 2024)
			}, code: award.BangKhenTTg, year: 2024, failed: []string{"bkttg.bkbo", "bkttg.lien-tuc"}},
		{name: "r2024-nam-sau-hoi-som", reason: "Params.ConsiderInYearAfter [?]: asked for 2024 the run ends in 2023, only 2020-2023 (4 years, CSTĐCS 2020 and 2022) after the Bằng khen of 2019",
			c: func() *rules.Candidate { return law2022(2019, 2020, 2020, 2022, 2024) }, params: func(p *rules.Params) { p.ConsiderInYearAfter = true },
			code: award.BangKhenTTg, year: 2024, failed: []string{"bkttg.cstdcs", "bkttg.lien-tuc"}},
		{name: "r2025-nam-sau", reason: "Params.ConsiderInYearAfter [?]: the 5 years 2020-2024 with 3 CSTĐCS are considered in 2025",
			c: func() *rules.Candidate { return law2022(2019, 2020, 2020, 2022, 2024) }, params: func(p *rules.Params) { p.ConsiderInYearAfter = true },
			code: award.BangKhenTTg, year: 2025, eligible: true},
		{name: "r2017-nam-xuat-sac-nam-sang-kien", reason: "NĐ 91 art. 38.1.c: 5 years excellent 2019-2023 after Bằng khen 2018, 5 grassroots initiatives recognised and applied",
			c: func() *rules.Candidate {
				c := give(rate(person("a"), 2019, 2023, org.Excellent), award.BangKhenBo, 2018)
				for y := 2019; y <= 2023; y++ {
					c.Initiatives = append(c.Initiatives, initiative("sk"+itoa(y), y, rules.Grassroots, true))
				}
				return c
			}, code: award.BangKhenTTg, year: 2023, eligible: true},
		{name: "r2017-sang-kien-chua-ap-dung", reason: "NĐ 91/2017 art. 38.1.c, as NĐ 65/2014 art. 23.1.c: the 5 grassroots initiatives must be recognised and applied (\"được công nhận và áp dụng hiệu quả\"); 5 recognised, none applied, do not count",
			c: func() *rules.Candidate {
				c := give(rate(person("a"), 2019, 2023, org.Excellent), award.BangKhenBo, 2018)
				for y := 2019; y <= 2023; y++ {
					c.Initiatives = append(c.Initiatives, initiative("sk"+itoa(y), y, rules.Grassroots, false))
				}
				return c
			}, code: award.BangKhenTTg, year: 2023, failed: []string{"bkttg.sang-kien"}},
		{name: "r2017-bon-sang-kien", reason: "4 initiatives are not 5",
			c: func() *rules.Candidate {
				c := give(rate(person("a"), 2019, 2023, org.Excellent), award.BangKhenBo, 2018)
				for y := 2019; y <= 2022; y++ {
					c.Initiatives = append(c.Initiatives, initiative("sk"+itoa(y), y, rules.Grassroots, true))
				}
				return c
			}, code: award.BangKhenTTg, year: 2023, failed: []string{"bkttg.sang-kien"}},
		{name: "r2017-tot-khong-du", reason: "NĐ 91: the 5 years must be 'xuất sắc'; 'tốt' in 2021 breaks it",
			c: func() *rules.Candidate {
				c := give(rate(person("a"), 2019, 2023, org.Excellent), award.BangKhenBo, 2018)
				c.Ensure(2021).Rating = org.CompletedWell
				for y := 2019; y <= 2023; y++ {
					c.Initiatives = append(c.Initiatives, initiative("sk"+itoa(y), y, rules.Grassroots, false))
				}
				return c
			}, code: award.BangKhenTTg, year: 2023, failed: []string{"bkttg.lien-tuc", "bkttg.sang-kien"}},
	})
}

func TestHCLD3(t *testing.T) {
	// full: Bằng khen Thủ tướng 2019, 2020-2024 "tốt" with 2022
	// "xuất sắc", CSTĐCS 2020, 2022, 2024 (art. 44.1.e).
	full := func() *rules.Candidate {
		c := give(rate(person("a"), 2020, 2024, org.CompletedWell, award.LDTT), award.BangKhenTTg, 2019)
		c.Ensure(2022).Rating = org.Excellent
		return give(c, award.CSTDCS, 2020, 2022, 2024)
	}
	// leader: n years as deputy up to 2024, rated only "hoàn thành", no
	// Bằng khen Thủ tướng and no title.
	leader := func(g org.Gender, n int) func() *rules.Candidate {
		return func() *rules.Candidate {
			c := rate(person("a"), 2025-n, 2024, org.Completed)
			c.Gender = g
			for y := 2025 - n; y <= 2024; y++ {
				c.Ensure(y).Post = rules.Deputy
			}
			return c
		}
	}
	longService := func(p *rules.Params) { p.HCLD3LeaderYears = 10 } // a caller's choice: the number is [?]
	merit := []string{"hcld3.bkttg", "hcld3.cstdcs", "hcld3.lien-tuc", "hcld3.xuat-sac"}
	// r2017: Bằng khen Thủ tướng 2015, then 2016-2020 "xuất sắc" with the
	// given CSTĐ cấp bộ years.
	r2017 := func(bo ...int) func() *rules.Candidate {
		return func() *rules.Candidate {
			c := give(rate(person("a"), 2016, 2020, org.Excellent, award.LDTT), award.BangKhenTTg, 2015)
			return give(c, award.CSTDBo, bo...)
		}
	}
	runRows(t, []row{
		{name: "r2024-thanh-tich", reason: "art. 44.1.e: Bằng khen Thủ tướng 2019, 5 years 'tốt', one 'xuất sắc', 3 CSTĐCS",
			c: full, code: award.HCLD3, year: 2024, eligible: true},
		{name: "r2024-khong-xuat-sac", reason: "art. 44.1.e: at least one of the 5 years must be 'xuất sắc'",
			c: func() *rules.Candidate {
				c := full()
				c.Ensure(2022).Rating = org.CompletedWell
				return c
			}, code: award.HCLD3, year: 2024, failed: []string{"hcld3.xuat-sac"}},
		{name: "r2024-bon-nam", reason: "art. 44.1.e: at least 5 consecutive years after the Bằng khen Thủ tướng; given for 2020, only 2021-2024 (4 years) follow",
			c: func() *rules.Candidate {
				c := give(rate(person("a"), 2020, 2024, org.CompletedWell, award.LDTT), award.BangKhenTTg, 2020)
				c.Ensure(2022).Rating = org.Excellent
				return give(c, award.CSTDCS, 2021, 2022, 2024)
			}, code: award.HCLD3, year: 2024, failed: []string{"hcld3.lien-tuc"}},
		{name: "r2024-hai-cstdcs", reason: "art. 44.1.e: 3 CSTĐCS in the 5 years; 2020 and 2022 are only 2",
			c: func() *rules.Candidate {
				c := give(rate(person("a"), 2020, 2024, org.CompletedWell, award.LDTT), award.BangKhenTTg, 2019)
				c.Ensure(2022).Rating = org.Excellent
				return give(c, award.CSTDCS, 2020, 2022)
			}, code: award.HCLD3, year: 2024, failed: []string{"hcld3.cstdcs"}},
		{name: "r2024-khong-bkttg", reason: "art. 44.1.e: the run must follow a Bằng khen của Thủ tướng; without one the 5 good years do not qualify",
			c: func() *rules.Candidate {
				c := rate(person("a"), 2020, 2024, org.CompletedWell, award.LDTT)
				c.Ensure(2022).Rating = org.Excellent
				return give(c, award.CSTDCS, 2020, 2022, 2024)
			}, code: award.HCLD3, year: 2024, failed: []string{"hcld3.bkttg", "hcld3.lien-tuc"}},
		{name: "r2024-ky-luat-2021", reason: "a khiển trách in 2021 restarts the period (NĐ 98 art. 4): only 2022-2024 (3 years, CSTĐCS 2022 and 2024) count",
			c: func() *rules.Candidate {
				c := full()
				c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2021, 2, 1), To: d(2021, 7, 31)}}}
				return c
			}, code: award.HCLD3, year: 2024, failed: []string{"hcld3.cstdcs", "hcld3.lien-tuc"}},
		{name: "r2017-hai-cstdbo", reason: "R2017 [?]: Bằng khen Thủ tướng 2015, then 5 years 'xuất sắc' 2016-2020 with 2 CSTĐ cấp bộ (2018, 2020)",
			c: r2017(2018, 2020), code: award.HCLD3, year: 2020, eligible: true},
		{name: "r2017-hai-sang-kien-bo", reason: "R2017 [?]: or 2 ministry-level initiatives in the 5 years",
			c: func() *rules.Candidate {
				c := r2017()()
				c.Initiatives = []rules.Initiative{initiative("bo1", 2017, rules.Ministry, true), initiative("bo2", 2019, rules.Ministry, true)}
				return c
			}, code: award.HCLD3, year: 2020, eligible: true},
		{name: "r2017-mot-cstdbo", reason: "R2017 [?]: one CSTĐ cấp bộ and no ministry initiative is not enough",
			c: r2017(2020), code: award.HCLD3, year: 2020, failed: []string{"hcld3.cstdbo"}},
		{name: "r2017-nam-tot", reason: "R2017 [?]: the 5 years must be 'xuất sắc'; 'tốt' in 2018 breaks the run (2019-2020 only)",
			c: func() *rules.Candidate {
				c := r2017(2018, 2020)()
				c.Ensure(2018).Rating = org.CompletedWell
				return c
			}, code: award.HCLD3, year: 2020, failed: []string{"hcld3.cstdbo", "hcld3.lien-tuc"}},
		{name: "r2024-cong-hien-tat-mac-dinh", reason: "the number of years of long service (art. 44.1.g) is [?]: off by default, so a woman deputy of 7 years rated only 'hoàn thành', without Bằng khen Thủ tướng, is not eligible",
			c: leader(org.Female, 7), code: award.HCLD3, year: 2024, failed: merit},
		{name: "r2024-nu-7-nam-lanh-dao", reason: "long service switched on at 10 years [?]: women one third less = 6 years 8 months (art. 44.1.g; NĐ 152 art. 21); 7 years suffice, on the long-service basis, not merit",
			c: leader(org.Female, 7), params: longService, code: award.HCLD3, year: 2024, eligible: true, basis: rules.LongService},
		{name: "r2024-nam-7-nam-lanh-dao", reason: "long service switched on at 10 years [?]: a man needs the full 10",
			c: leader(org.Male, 7), params: longService, code: award.HCLD3, year: 2024, failed: []string{"hcld3.bkttg", "hcld3.cong-hien", "hcld3.cstdcs", "hcld3.lien-tuc", "hcld3.xuat-sac"}},
		{name: "r2024-thanh-tich-va-cong-hien", reason: "meeting both art. 44.1.e and the long service switched on: the merit basis is the one recorded",
			c: func() *rules.Candidate {
				c := full()
				for y := 2015; y <= 2024; y++ {
					c.Ensure(y).Post = rules.Head
				}
				return c
			}, params: longService, code: award.HCLD3, year: 2024, eligible: true},
		{name: "r2024-cong-nhan", reason: "art. 44.2: a worker with an applied invention of ministry-level influence",
			c: func() *rules.Candidate {
				c := person("a")
				c.Worker = true
				c.Feats = []rules.Feat{{ID: "sang-che", Kind: rules.Invention, Level: rules.Ministry, Year: 2024}}
				return c
			}, code: award.HCLD3, year: 2024, eligible: true},
		{name: "tap-the-r2010a", reason: "Luật TĐKT 2003 art. 44.2 before the 2013 amendment [C] (R2010a): 5 consecutive years Tập thể LĐXS 2009-2013 and one Cờ thi đua cấp bộ",
			c: func() *rules.Candidate {
				c := &rules.Candidate{ID: "t", Collective: true}
				rate(c, 2009, 2013, org.Excellent, award.TTLDXS)
				return give(c, award.CoBo, 2011)
			}, code: award.HCLD3, year: 2013, eligible: true},
		{name: "tap-the-r2010a-bon-nam", reason: "R2010a: 4 years TTLĐXS; no ad hoc feat either",
			c: func() *rules.Candidate {
				c := &rules.Candidate{ID: "t", Collective: true}
				rate(c, 2010, 2013, org.Excellent, award.TTLDXS)
				return give(c, award.CoBo, 2011)
			}, code: award.HCLD3, year: 2013, failed: []string{"hcld3.dot-xuat", "hcld3.ttldxs"}},
		{name: "tap-the-r2017-luat-cu", reason: "changed verdict: the Law 2003 art. 44.2 rule (5 TTLĐXS + 1 Cờ) is the Law before its 2013 amendment; R2017 reads the amended Law with the content of NĐ 65/2014 art. 17.4.b [?]: no Bằng khen Thủ tướng and only one Cờ",
			c: func() *rules.Candidate {
				c := &rules.Candidate{ID: "t", Collective: true, Founded: d(2000, 1, 1)}
				rate(c, 2016, 2020, org.Excellent, award.TTLDXS)
				return give(c, award.CoBo, 2018)
			}, code: award.HCLD3, year: 2020, failed: []string{"hcld3.dot-xuat", "hcld3.tt-bkttg", "hcld3.tt-co", "hcld3.tt-lien-tuc"}},
		{name: "tap-the-r2014-hai-co", reason: "NĐ 65/2014 art. 17.4.b [V]: founded 2000 (≥ 10 years), Bằng khen Thủ tướng 2010, then 2011-2015 'xuất sắc' with 2 Cờ cấp bộ (2012, 2015)",
			c: coll65(d(2000, 1, 1), []int{2012, 2015}, nil), code: award.HCLD3, year: 2015, eligible: true},
		{name: "tap-the-r2014-co-va-hai-bk", reason: "NĐ 65/2014 art. 17.4.b [V]: or one Cờ cấp bộ and 2 Bằng khen cấp bộ within the 5 years",
			c: coll65(d(2000, 1, 1), []int{2013}, []int{2012, 2014}), code: award.HCLD3, year: 2015, eligible: true},
		{name: "tap-the-r2014-mot-co-mot-bk", reason: "NĐ 65/2014 art. 17.4.b [V]: one Cờ and one Bằng khen cấp bộ are not enough",
			c: coll65(d(2000, 1, 1), []int{2013}, []int{2014}), code: award.HCLD3, year: 2015, failed: []string{"hcld3.dot-xuat", "hcld3.tt-co"}},
		{name: "tap-the-r2014-chua-10-nam", reason: "NĐ 65/2014 art. 17.4.b [V]: founded 01/06/2006, only 9 years at 31/12/2015; 10 years of existence needed",
			c: coll65(d(2006, 6, 1), []int{2012, 2015}, nil), code: award.HCLD3, year: 2015, failed: []string{"hcld3.dot-xuat", "hcld3.thanh-lap"}},
		{name: "tap-the-r2014-khong-ngay-thanh-lap", reason: "NĐ 65/2014 art. 17.4.b [V]: without a founding date the 10 years cannot be decided from the history: eligible, pending",
			c: coll65(thidua.Date{}, []int{2012, 2015}, nil), code: award.HCLD3, year: 2015, eligible: true, pending: true},
		{name: "tap-the-dot-xuat", reason: "or an ad hoc feat",
			c: func() *rules.Candidate {
				c := &rules.Candidate{ID: "t", Collective: true}
				c.Feats = []rules.Feat{{ID: "cuu-ho", Kind: rules.AdHocFeat, Level: rules.National, Year: 2020}}
				return c
			}, code: award.HCLD3, year: 2020, eligible: true},
	})
}

// coll65 is a collective founded on founded, with Bằng khen Thủ tướng 2010,
// then 2011-2015 "xuất sắc", Cờ cấp bộ in flags and Bằng khen cấp bộ in bk.
func coll65(founded thidua.Date, flags, bk []int) func() *rules.Candidate {
	return func() *rules.Candidate {
		c := &rules.Candidate{ID: "t", Collective: true, Founded: founded}
		rate(c, 2011, 2015, org.Excellent)
		give(c, award.BangKhenTTg, 2010)
		give(c, award.CoBo, flags...)
		return give(c, award.BangKhenBo, bk...)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
