package rules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// unit builds n people of unit u rated 'tốt' in year y; the first len(scores)
// have a grassroots initiative and the given score.
func unit(u string, n, y int, scores ...int) []rules.Candidate {
	cs := make([]rules.Candidate, n)
	for i := range cs {
		c := person(fmt.Sprintf("%s-%02d", u, i+1))
		c.Unit = u
		rate(c, y, y, org.CompletedWell)
		if i < len(scores) {
			c.Ensure(y).Score = scores[i]
			c.Initiatives = []rules.Initiative{initiative("sk", y, rules.Grassroots, true)}
		}
		cs[i] = *c
	}
	return cs
}

func selected(r rules.Result, code award.Code) []string {
	var ids []string
	for _, row := range r.Rows {
		if d := decision(&r, row.Candidate, code); d != nil && d.Eligible {
			ids = append(ids, row.Candidate)
		}
	}
	return ids
}

func TestScreenQuota(t *testing.T) {
	rs := rules.DefaultRegimes()
	codes := []award.Code{award.CSTDCS, award.LDTT} // given out of order on purpose
	tests := []struct {
		name, reason string
		cands        []rules.Candidate
		year         int
		want         []string
	}{
		{"15pc-of-20", "NĐ 91 art. 9.3: 15 % of 20 LĐTT = 3; five meet the criteria, the 3 best scores are kept",
			unit("u", 20, 2020, 50, 90, 70, 80, 60), 2020, []string{"u-02", "u-03", "u-04"}},
		{"15pc-of-6", "15 % of 6 LĐTT = 0.9, rounded down to 0: nobody",
			unit("u", 6, 2020, 90, 80), 2020, nil},
		{"15pc-of-7", "15 % of 7 = 1.05 → 1",
			unit("u", 7, 2020, 80, 90), 2020, []string{"u-02"}},
		{"per-unit", "the quota is per unit: 20 in u1 → 3, 6 in u2 → 0",
			append(unit("u1", 20, 2020, 90, 80, 70, 60), unit("u2", 6, 2020, 99)...), 2020, []string{"u1-01", "u1-02", "u1-03"}},
		{"cung-diem-theo-id", "equal scores, all men, same rating: the documented deterministic order is the ID",
			unit("u", 20, 2020, 5, 5, 5, 5), 2020, []string{"u-01", "u-02", "u-03"}},
		{"cung-diem-xuat-sac", "equal scores: the better rating first, then the ID",
			func() []rules.Candidate {
				cs := unit("u", 20, 2020, 5, 5, 5, 5)
				cs[3].Ensure(2020).Rating = org.Excellent
				return cs
			}(), 2020, []string{"u-01", "u-02", "u-04"}},
		{"r2024-no-cap", "no cap known under Law 2022 [?]: everyone meeting the criteria",
			unit("u", 6, 2024, 90, 80), 2024, []string{"u-01", "u-02"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rules.Screen(rs, tt.cands, tt.year, codes, nil)
			if diff := cmp.Diff(tt.want, selected(r, award.CSTDCS)); diff != "" {
				t.Errorf("%s\nCSTĐCS selected (-want +got):\n%s", tt.reason, diff)
			}
			if got := len(selected(r, award.LDTT)); got != len(tt.cands) {
				t.Errorf("LĐTT for %d people, want all %d", got, len(tt.cands))
			}
		})
	}
}

func TestScreenWomenFirst(t *testing.T) {
	rs := rules.DefaultRegimes()
	cs := unit("u", 20, 2020, 90, 80, 70, 70)
	cs[2].Gender = org.Male
	cs[3].Gender = org.Female
	r := rules.Screen(rs, cs, 2020, []award.Code{award.LDTT, award.CSTDCS}, nil)
	if diff := cmp.Diff([]string{"u-01", "u-02", "u-04"}, selected(r, award.CSTDCS)); diff != "" {
		t.Errorf("equal score at the cut: the woman goes first (NĐ 98 art. 4) (-want +got):\n%s", diff)
	}
	d := decision(&r, "u-03", award.CSTDCS)
	want := "Tỷ lệ 15% (NĐ 91/2017/NĐ-CP, Điều 9 khoản 3): 20 cá nhân đạt Lao động tiên tiến của đơn vị, được chọn tối đa 03 Chiến sĩ thi đua cơ sở (làm tròn xuống); " +
		"xếp thứ 4, ngoài tỷ lệ; cùng điểm và xếp loại với người xếp thứ 3, ưu tiên cá nhân nữ (NĐ 91/2017/NĐ-CP, Điều 3 [C])"
	if diff := cmp.Diff(want, d.Cut); diff != "" {
		t.Errorf("cut explanation (-want +got):\n%s", diff)
	}
	cr := criterion(d.Verdict, "cstdcs.ty-le")
	if cr == nil || cr.Passed || cr.Pending || cr.Reason != want {
		t.Errorf("quota criterion after screening = %+v, want failed with the cut reason", cr)
	}
	if d.Eligible || d.Pending {
		t.Errorf("cut candidate: Eligible=%v Pending=%v, want false, false", d.Eligible, d.Pending)
	}
	if ok := decision(&r, "u-04", award.CSTDCS); !ok.Eligible || ok.Pending || ok.Cut != "" {
		t.Errorf("selected candidate: %+v", ok)
	}
	// Without reasons the cuts read the same: the tie broken at the cut,
	// and a plain cut further down.
	fast := rules.Screen(rs, cs, 2020, []award.Code{award.LDTT, award.CSTDCS}, &rules.ScreenOptions{VerdictsOnly: true})
	if diff := cmp.Diff(want, decision(&fast, "u-03", award.CSTDCS).Cut); diff != "" {
		t.Errorf("cut without reasons (-want +got):\n%s", diff)
	}
	plain := "Tỷ lệ 15% (NĐ 91/2017/NĐ-CP, Điều 9 khoản 3): 21 cá nhân đạt Lao động tiên tiến của đơn vị, được chọn tối đa 03 Chiến sĩ thi đua cơ sở (làm tròn xuống); xếp thứ 4, ngoài tỷ lệ"
	cs[2].Initiatives, cs[3].Gender = nil, org.Male // u-03 has no initiative: of 21 LĐTT, 3 are chosen; u-21 ties u-04 (both men) and comes after it by ID
	cs = append(cs, cs[3])
	cs[len(cs)-1].ID = "u-21"
	fast = rules.Screen(rs, cs, 2020, []award.Code{award.LDTT, award.CSTDCS}, &rules.ScreenOptions{VerdictsOnly: true})
	if diff := cmp.Diff(plain, decision(&fast, "u-21", award.CSTDCS).Cut); diff != "" {
		t.Errorf("plain cut without reasons (-want +got):\n%s", diff)
	}
}

func TestScreenPassesForward(t *testing.T) {
	rs := rules.DefaultRegimes()
	cs := unit("u1", 20, 2020, 90, 80, 70, 60)
	// u1-01 and u1-04 held CSTĐCS in 2018 and 2019 and have a ministry initiative.
	for _, i := range []int{0, 3} {
		give(&cs[i], award.CSTDCS, 2018, 2019)
		cs[i].Initiatives = append(cs[i].Initiatives, initiative("bo", 2019, rules.Ministry, true))
		cs[i].Ensure(2020).Ballots.CSTDBo = rules.Votes{For: 11, Members: 11}
	}
	team := rules.Candidate{ID: "u1", Unit: "cuc", Collective: true}
	team.Ensure(2020).Rating = org.Excellent
	cs = append(cs, team)
	codes := []award.Code{award.TTLDXS, award.CSTDBo, award.CSTDCS, award.LDTT}
	r := rules.Screen(rs, cs, 2020, codes, nil)
	if diff := cmp.Diff([]string{"u1-01"}, selected(r, award.CSTDBo)); diff != "" {
		t.Errorf("CSTĐ cấp bộ needs the CSTĐCS of 2020 decided in the same round; u1-04 was cut by the quota (-want +got):\n%s", diff)
	}
	d := decision(&r, "u1", award.TTLDXS)
	if !d.Eligible {
		t.Errorf("TTLĐXS from screened members (20/20 LĐTT, 3 CSTĐCS): %+v", d.Failed())
	}
	if cr := criterion(d.Verdict, "ttldxs.cstdcs"); cr == nil || cr.Facts.Have != 3 {
		t.Errorf("members CSTĐCS counted from the screening = %+v, want 3", cr)
	}

	// A unit of 6: 15 % of 6 = 0 CSTĐCS, so the collective lacks a CSTĐCS member.
	small := append(unit("u2", 6, 2020, 90), rules.Candidate{ID: "u2", Collective: true})
	small[6].Ensure(2020).Rating = org.Excellent
	r = rules.Screen(rs, small, 2020, codes, nil)
	if d := decision(&r, "u2", award.TTLDXS); d.Eligible || criterion(d.Verdict, "ttldxs.cstdcs").Passed {
		t.Errorf("TTLĐXS without any CSTĐCS member must fail: %+v", d.Failed())
	}
}

func TestScreenCoChinhPhu(t *testing.T) {
	rs := rules.DefaultRegimes()
	var cs []rules.Candidate
	for i := 0; i < 10; i++ {
		c := rules.Candidate{ID: fmt.Sprintf("t%02d", i), Unit: "khoi", Collective: true}
		rec := c.Ensure(2020)
		rec.Rating, rec.ExceededTargets, rec.ClusterLead, rec.Score = org.Excellent, true, true, i*10
		cs = append(cs, c)
	}
	cs[9].Ensure(2020).ClusterLead = false // highest score but not meeting the Cờ bộ standard
	r := rules.Screen(rs, cs, 2020, []award.Code{award.CoChinhPhu}, &rules.ScreenOptions{VerdictsOnly: true})
	// 9 meet the standard: 20 % of 9 = 1.8 → 1, the best score among them.
	if diff := cmp.Diff([]string{"t08"}, selected(r, award.CoChinhPhu)); diff != "" {
		t.Errorf("NĐ 91 art. 11: at most 20 %% of those meeting the standard (-want +got):\n%s", diff)
	}
	if d := decision(&r, "t07", award.CoChinhPhu); !strings.Contains(d.Cut, "9 tập thể đạt tiêu chuẩn") || d.Criteria != nil {
		t.Errorf("cut reason %q (criteria %v)", d.Cut, d.Criteria)
	}
}

func TestScreenVerdictsOnlyMatches(t *testing.T) {
	rs := rules.DefaultRegimes()
	cs := population(300)
	full := rules.Screen(rs, cs, 2023, individualCodes, nil)
	fast := rules.Screen(rs, cs, 2023, individualCodes, &rules.ScreenOptions{VerdictsOnly: true})
	for i := range full.Rows {
		for j := range full.Codes {
			a, b := full.Rows[i].Decisions[j], fast.Rows[i].Decisions[j]
			if a.Eligible != b.Eligible || a.Pending != b.Pending || a.Cut() != b.Cut() {
				t.Fatalf("%s %s: explained %v/%v/%q, verdicts only %v/%v/%q", full.Rows[i].Candidate, full.Codes[j],
					a.Eligible, a.Pending, a.Cut(), b.Eligible, b.Pending, b.Cut())
			}
			if b.Criteria() != nil {
				t.Fatal("VerdictsOnly must not build criteria")
			}
		}
	}
	// Screen agrees with Check once the same-year titles are known.
	for i := range cs[:50] {
		c := cs[i]
		c.Years = append([]rules.YearRecord(nil), c.Years...)
		for j, code := range full.Codes {
			if full.Rows[i].Decisions[j].Eligible {
				c.Ensure(2023).Awards.Add(code)
			}
		}
		for j, code := range full.Codes {
			if code == award.CSTDCS || code == award.LDTT {
				continue
			}
			v := rules.Check(rs.ForYear(2023), &c, code, 2023)
			if v.Eligible != full.Rows[i].Decisions[j].Eligible {
				t.Errorf("%s %s: Check %v, Screen %v", c.ID, code, v.Eligible, full.Rows[i].Decisions[j].Eligible)
			}
		}
	}
}

// NĐ 98/2023 art. 4 favours women only in a tie: a man rated "hoàn thành
// xuất sắc" keeps his place over a woman rated "hoàn thành tốt" with the same
// score; between equal ratings the woman goes first.
func TestScreenWomenOnlyBreakTies(t *testing.T) {
	rs := rules.DefaultRegimes()
	cs := unit("u", 20, 2020, 90, 80, 70, 70, 70)
	cs[2].Gender = org.Male
	cs[2].Ensure(2020).Rating = org.Excellent
	cs[3].Gender = org.Female
	cs[4].Gender = org.Male
	r := rules.Screen(rs, cs, 2020, []award.Code{award.LDTT, award.CSTDCS}, nil)
	if diff := cmp.Diff([]string{"u-01", "u-02", "u-03"}, selected(r, award.CSTDCS)); diff != "" {
		t.Errorf("the better rating first, whatever the gender (-want +got):\n%s", diff)
	}
	if d := decision(&r, "u-04", award.CSTDCS); strings.Contains(d.Cut, "ưu tiên cá nhân nữ") {
		t.Errorf("cut of u-04 cites women first, but no tie was broken: %q", d.Cut)
	}
}

// The quota base of CSTĐCS is the individuals awarded LĐTT (NĐ 91/2017
// art. 9.3): screening CSTĐCS without LĐTT in the list must count those who
// meet LĐTT, the same verdict each candidate's own check accepts.
func TestScreenBaseNotListed(t *testing.T) {
	rs := rules.DefaultRegimes()
	tests := []struct {
		name, reason string
		codes        []award.Code
		want         []string
	}{
		{"cstdcs-va-ldtt", "20 people meet LĐTT and 5 have an initiative: 15 % of 20 = 3, the best scores",
			[]award.Code{award.LDTT, award.CSTDCS}, []string{"u-02", "u-03", "u-04"}},
		{"chi-cstdcs", "the same people screened for CSTĐCS alone: LĐTT is decided anyway for the quota base, 3 again",
			[]award.Code{award.CSTDCS}, []string{"u-02", "u-03", "u-04"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rules.Screen(rs, unit("u", 20, 2020, 50, 90, 70, 80, 60), 2020, tt.codes, nil)
			if diff := cmp.Diff(tt.want, selected(r, award.CSTDCS)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
			if diff := cmp.Diff(tt.codes, r.Codes); diff != "" {
				t.Errorf("codes decided internally stay out of the result (-want +got):\n%s", diff)
			}
			for _, row := range r.Rows {
				if len(row.Decisions) != len(tt.codes) {
					t.Fatalf("%s: %d decisions, want %d", row.Candidate, len(row.Decisions), len(tt.codes))
				}
			}
			d := decision(&r, "u-01", award.CSTDCS)
			want := "Tỷ lệ 15% (NĐ 91/2017/NĐ-CP, Điều 9 khoản 3): 20 cá nhân đạt Lao động tiên tiến của đơn vị, được chọn tối đa 03 Chiến sĩ thi đua cơ sở (làm tròn xuống); xếp thứ 5, ngoài tỷ lệ"
			if diff := cmp.Diff(want, d.Cut); diff != "" {
				t.Errorf("cut of u-01 (-want +got):\n%s", diff)
			}
		})
	}

	// Tập thể lao động xuất sắc screened alone: its member counts come from
	// LĐTT and CSTĐCS decided for the members (Luật TĐKT 2003 art. 27:
	// ≥ 70 % LĐTT, ≥ 1 CSTĐCS).
	cs := append(unit("u", 20, 2020, 90), rules.Candidate{ID: "u", Unit: "cuc", Collective: true})
	cs[20].Ensure(2020).Rating = org.Excellent
	r := rules.Screen(rs, cs, 2020, []award.Code{award.TTLDXS}, nil)
	d := decision(&r, "u", award.TTLDXS)
	if !d.Eligible {
		t.Errorf("TTLĐXS alone: 20/20 members meet LĐTT, 1 CSTĐCS within the quota; failed %+v", d.Failed())
	}
	if cr := criterion(d.Verdict, "ttldxs.cstdcs"); cr == nil || cr.Facts.Have != 1 {
		t.Errorf("members CSTĐCS decided internally = %+v, want 1", cr)
	}
}

// Maternity leave counts as working time (NĐ 91/2017 art. 10; NĐ 98/2023
// art. 4): a year with maternity leave still counts in a run of years, while
// 45 days of sick leave breaks LĐTT, hence CSTĐCS, hence the run.
func TestScreenMaternityInRun(t *testing.T) {
	rs := rules.DefaultRegimes()
	maternity := []org.Absence{{Reason: org.AbsenceMaternity, Days: 180}}
	sick := []org.Absence{{Reason: org.AbsenceSick, Days: 45}}
	// cstdbo: CSTĐCS 2022 and 2023 recorded, 2024 decided in the screening
	// (Law 2022 art. 23: excellent rating), a ministry initiative, a ballot.
	cstdbo := func(abs []org.Absence) rules.Candidate {
		c := rate(person("a"), 2022, 2024, org.Excellent)
		give(c, award.LDTT, 2022, 2023)
		give(c, award.CSTDCS, 2022, 2023)
		c.Gender = org.Female
		c.Initiatives = []rules.Initiative{initiative("bo", 2024, rules.Ministry, true)}
		c.Ensure(2024).DaysAbsent = rules.CountedAbsence(abs)
		c.Ensure(2024).Ballots.CSTDBo = rules.Votes{For: 10, Members: 10}
		return *c
	}
	// bkttg: Bằng khen cấp bộ 2019, 2020-2024 "tốt" (2024 "xuất sắc"),
	// CSTĐCS 2020 and 2022 recorded, 2024 decided in the screening.
	bkttg := func(abs []org.Absence) rules.Candidate {
		c := rate(person("b"), 2020, 2024, org.CompletedWell)
		c.Ensure(2024).Rating = org.Excellent
		give(c, award.BangKhenBo, 2019)
		give(c, award.LDTT, 2020, 2021, 2022, 2023)
		give(c, award.CSTDCS, 2020, 2022)
		c.Gender = org.Female
		c.Ensure(2024).DaysAbsent = rules.CountedAbsence(abs)
		return *c
	}
	tests := []struct {
		name, reason string
		c            rules.Candidate
		code         award.Code
		want         bool
	}{
		{"cstdbo-thai-san", "CSTĐ cấp bộ 2024 (Law 2022 art. 22): 180 days of maternity leave in 2024 count as working time, CSTĐCS 2022-2024 make the run",
			cstdbo(maternity), award.CSTDBo, true},
		{"cstdbo-nghi-om", "45 days of sick leave in 2024: no LĐTT (NĐ 91 art. 10 kept [?]), no CSTĐCS 2024, no run of 3",
			cstdbo(sick), award.CSTDBo, false},
		{"bkttg-thai-san", "Bằng khen Thủ tướng 2024 (art. 73.1.b): 5 years 'tốt' after Bằng khen cấp bộ 2019 with CSTĐCS 2020, 2022 and 2024, the last a maternity year",
			bkttg(maternity), award.BangKhenTTg, true},
		{"bkttg-nghi-om", "the same with 45 days of sick leave in 2024: only 2 CSTĐCS in the span",
			bkttg(sick), award.BangKhenTTg, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			codes := []award.Code{award.LDTT, award.CSTDCS, tt.code}
			r := rules.Screen(rs, []rules.Candidate{tt.c}, 2024, codes, nil)
			d := decision(&r, tt.c.ID, tt.code)
			if d.Eligible != tt.want {
				t.Errorf("%s: Eligible = %v; failed %+v", tt.reason, d.Eligible, d.Failed())
			}
		})
	}
}

// Cờ thi đua của Chính phủ: R2010a chooses among the Cờ bộ holders of the
// year (NĐ 42/2010 art. 16.2 [V]), at most 20 % of them (NĐ 91's number,
// [?] before 2017); R2014 among those meeting the Cờ bộ standard (NĐ
// 65/2014 art. 6 [V], art. 16.2 of NĐ 42/2010 repealed by its art. 30);
// R2024 keeps 20 % of those meeting the Cờ bộ standard [?].
func TestScreenCoChinhPhuRegimes(t *testing.T) {
	rs := rules.DefaultRegimes()
	// ten collectives meeting the Cờ bộ standard in year y; the first
	// holders of them hold a Cờ bộ for y. Scores rise with the index.
	cluster := func(y, holders int) []rules.Candidate {
		var cs []rules.Candidate
		for i := 0; i < 10; i++ {
			c := rules.Candidate{ID: fmt.Sprintf("t%02d", i), Unit: "khoi", Collective: true}
			rec := c.Ensure(y)
			rec.Rating, rec.ExceededTargets, rec.ClusterLead, rec.Score = org.Excellent, true, true, i*10
			if i < holders {
				c.Add(rules.Grant{Code: award.CoBo, Year: y})
			}
			cs = append(cs, c)
		}
		return cs
	}
	tests := []struct {
		name, reason string
		cands        []rules.Candidate
		year         int
		want         []string
		cut          string // a phrase of the cut reason of t00
	}{
		{"r2010a-trong-so-co-co-bo", "R2010a: only the 5 Cờ bộ holders (t00-t04) are considered; 20 % of 5 = 1, the best score among them",
			cluster(2013, 5), 2013, []string{"t04"}, "05 tập thể đạt tiêu chuẩn"},
		{"r2010a-khong-ai-giu-co", "R2010a: meeting the standard is not enough without the Cờ bộ of the year",
			cluster(2013, 0), 2013, nil, ""},
		{"r2014-dat-tieu-chuan", "changed verdict for 2016: R2014 (NĐ 65/2014 art. 6) considers the 10 meeting the Cờ bộ standard, 5 holding it or not; 20 % [?] of 10 = 2, the two best scores",
			cluster(2016, 5), 2016, []string{"t08", "t09"}, "10 tập thể đạt tiêu chuẩn"},
		{"r2024-20pc", "R2024 [?]: 20 % of the 10 meeting the Cờ bộ standard = 2, the two best scores",
			cluster(2024, 0), 2024, []string{"t08", "t09"}, "10 tập thể đạt tiêu chuẩn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rules.Screen(rs, tt.cands, tt.year, []award.Code{award.CoChinhPhu}, nil)
			if diff := cmp.Diff(tt.want, selected(r, award.CoChinhPhu)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
			if d := decision(&r, "t00", award.CoChinhPhu); !strings.Contains(d.Cut, tt.cut) {
				t.Errorf("cut of t00 %q, want it to contain %q", d.Cut, tt.cut)
			}
		})
	}
}

// A quota that rounds down to nothing says so, without "0 Chiến sĩ".
func TestScreenQuotaZeroWording(t *testing.T) {
	r := rules.Screen(rules.DefaultRegimes(), unit("u", 6, 2020, 90), 2020, []award.Code{award.LDTT, award.CSTDCS}, nil)
	want := "Tỷ lệ 15% (NĐ 91/2017/NĐ-CP, Điều 9 khoản 3): 06 cá nhân đạt Lao động tiên tiến của đơn vị, không được chọn Chiến sĩ thi đua cơ sở nào (làm tròn xuống); xếp thứ 1, ngoài tỷ lệ"
	if diff := cmp.Diff(want, decision(&r, "u-01", award.CSTDCS).Cut); diff != "" {
		t.Errorf("15 %% of 6 = 0,9, rounded down to 0 (NĐ 91 art. 9.3) (-want +got):\n%s", diff)
	}
}

// A screening's decisions do not depend on the order the candidates are
// given in: the CSTĐCS quota counts over each unit whether its people are
// given together (screened a block of units at a time, on one goroutine or
// several) or interleaved with other units (screened all at once).
func TestScreenOrderIndependent(t *testing.T) {
	rs := rules.DefaultRegimes()
	cs := population(400) // units of 50, given together
	mixed := make([]rules.Candidate, 0, len(cs))
	for k := range 50 { // the k-th person of every unit, then the next
		for i := k; i < len(cs); i += 50 {
			mixed = append(mixed, cs[i])
		}
	}
	byID := func(r rules.Result) map[string][]rules.Decision {
		m := map[string][]rules.Decision{}
		for _, row := range r.Rows {
			m[row.Candidate] = row.Decisions
		}
		return m
	}
	for _, opt := range []*rules.ScreenOptions{nil, {VerdictsOnly: true}, {Workers: 1}} {
		together := rules.Screen(rs, cs, 2023, individualCodes, opt)
		apart := rules.Screen(rs, mixed, 2023, individualCodes, opt)
		if diff := cmp.Diff(byID(together), byID(apart)); diff != "" {
			t.Fatalf("decisions differ with the units interleaved (-together +interleaved):\n%s", diff)
		}
		cut := 0
		for _, row := range together.Rows {
			if row.Decisions[1].Cut() != "" {
				cut++
			}
		}
		if cut == 0 {
			t.Fatal("no CSTĐCS cut by the quota: the test shows nothing")
		}
	}
}
