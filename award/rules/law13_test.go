package rules_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// One achievement earns one form (Luật TĐKT 2022, Điều 5): an initiative
// that counted for CSTĐCS 2023 does not count towards the Bằng khen cấp bộ
// of 2023 (Luật TĐKT 2022, Điều 74 khoản 1 điểm d: two consecutive years
// "hoàn thành xuất sắc nhiệm vụ" with two initiatives), which then needs
// other initiatives.
func TestOneAchievementOneFormAcrossCodes(t *testing.T) {
	rs := rules.DefaultRegimes()
	build := func(used bool) *rules.Candidate {
		c := rate(person("a"), 2024, 2025, org.Excellent)
		a := initiative("SK-A", 2024, rules.Grassroots, true)
		if used {
			a.UsedFor = []rules.Use{{Code: award.CSTDCS, Year: 2024}}
		}
		c.Initiatives = append(c.Initiatives, a, initiative("SK-B", 2025, rules.Grassroots, true))
		return c
	}
	// Considered on 31/12/2025 under R2025 (Luật TĐKT 2022).
	if v := rs.Check(build(false), award.BangKhenBo, 2025); !v.Eligible {
		t.Fatalf("two unused initiatives and two excellent years: want eligible, got %+v", v.Failed())
	}
	v := rs.Check(build(true), award.BangKhenBo, 2025)
	if v.Eligible {
		t.Fatal("initiative already used for CSTĐCS 2024 counted again for Bằng khen cấp bộ")
	}
	cr := criterion(v, "bkbo.sang-kien")
	if cr == nil || cr.Passed || cr.Facts.Have != 1 || len(cr.Facts.Excluded) != 1 {
		t.Fatalf("bkbo.sang-kien = %+v", cr)
	}
	for _, want := range []string{"sáng kiến SK-A đã được tính cho danh hiệu Chiến sĩ thi đua cơ sở năm 2024", "Luật TĐKT 2022, Điều 5"} {
		if !strings.Contains(cr.Reason, want) {
			t.Errorf("reason %q lacks %q", cr.Reason, want)
		}
	}

	// CSTĐ cấp bộ (Luật TĐKT 2003, Điều 22; NĐ 91/2017): the ministry-level
	// initiative that already earned a Bằng khen cấp bộ of 2020 does not
	// count again.
	cb := func(used bool) *rules.Candidate {
		c := rate(person("b"), 2018, 2020, org.Excellent, award.LDTT, award.CSTDCS)
		m := initiative("SK-M", 2020, rules.Ministry, true)
		if used {
			m.UsedFor = []rules.Use{{Code: award.BangKhenBo, Year: 2020}}
		}
		c.Initiatives = append(c.Initiatives, m)
		return c
	}
	if v := rs.Check(cb(false), award.CSTDBo, 2020); !v.Eligible {
		t.Fatalf("CSTĐ cấp bộ with an unused ministry initiative: %+v", v.Failed())
	}
	v = rs.Check(cb(true), award.CSTDBo, 2020)
	if v.Eligible || !strings.Contains(criterion(v, "cstdbo.sang-kien").Reason, "đã được tính cho Bằng khen cấp bộ") {
		t.Fatalf("CSTĐ cấp bộ counted an initiative used for a Bằng khen: %+v", criterion(v, "cstdbo.sang-kien"))
	}
	// The same code and year (a re-check of the award it earned) counts it.
	c := cb(false)
	c.Initiatives[0].UsedFor = []rules.Use{{Code: award.CSTDBo, Year: 2020}}
	if v := rs.Check(c, award.CSTDBo, 2020); !v.Eligible {
		t.Fatalf("re-check of the award the initiative earned: %+v", v.Failed())
	}
	// A ministry's circular may allow reuse: a parameter, not a fork.
	reg := rs.ForYear(2020).Clone()
	reg.Params.ReuseAchievements = true
	if v := rules.Check(reg, cb(true), award.CSTDBo, 2020); !v.Eligible {
		t.Fatalf("ReuseAchievements: %+v", v.Failed())
	}
}

// A revoked grant counts for nothing (Luật TĐKT 2022, Chương VII), and the
// reason says it was revoked and by which decision rather than only
// "thiếu năm 2018"; maternity leave counts as working time (NĐ 91/2017,
// Điều 10), and the reason says it was counted as work.
func TestLoadExplainsRevocationAndMaternity(t *testing.T) {
	f := newFx(t)
	p := f.person("p1", org.Male, "cc-cl")
	f.rated(p, 2017, 2019, org.Excellent, org.Absence{Reason: org.AbsenceMaternity, Days: 120})
	f.titles(p, 2017, 2019, award.LDTT, award.CSTDCS)
	f.initiative("SK-1", p, campaign.LevelMinistry, d(2019, time.June, 15), true)
	gs, err := f.aw.Grants(f.ctx, award.GrantFilter{People: []org.PersonID{p}, Codes: []award.Code{award.CSTDCS}, Period: thidua.Year(2018)})
	f.must(err)
	f.must(f.aw.Revoke(f.ctx, gs[0].ID, award.Revocation{Date: d(2020, time.March, 1), Reason: "Kê khai không trung thực thành tích",
		Decision: thidua.DocNumber{Number: 12, Symbol: "QĐ-UBND"}}))
	c := f.load(p)
	if len(c.Revoked) != 1 || c.Revoked[0].Code != award.CSTDCS || c.Revoked[0].Year != 2018 {
		t.Fatalf("Revoked = %+v", c.Revoked)
	}
	rs := rules.DefaultRegimes()
	v := rs.Check(&c, award.CSTDBo, 2019)
	cr := criterion(v, "cstdbo.cstdcs")
	if v.Eligible || cr == nil || cr.Passed {
		t.Fatalf("CSTĐ cấp bộ with CSTĐCS 2018 revoked: %+v", v)
	}
	want := "Chiến sĩ thi đua cơ sở năm 2018 đã bị hủy bỏ theo Quyết định số 12/QĐ-UBND ngày 01/03/2020, không được tính"
	if !strings.Contains(cr.Reason, want) {
		t.Errorf("reason %q lacks %q", cr.Reason, want)
	}
	v = rs.Check(&c, award.LDTT, 2019)
	if cr := criterion(v, "ldtt.ngay-nghi"); cr == nil || !cr.Passed || cr.Reason != "Nghỉ thai sản 120 ngày được tính là thời gian làm việc; không nghỉ ngày làm việc nào khác" {
		t.Errorf("ldtt.ngay-nghi = %+v", cr)
	}
}

// The titles of the year's own round count for the forms considered in the
// same round, whatever the code: CSTĐ cấp bộ (Luật TĐKT 2003, Điều 22: 3
// consecutive CSTĐCS) and Huân chương Lao động hạng Ba (Luật TĐKT 2022,
// Điều 44 khoản 1 điểm e: 3 CSTĐCS in the run) derive the year's CSTĐCS as
// CSTĐCS derives the year's LĐTT, instead of reporting "thiếu năm 2023".
func TestSameRoundTitlesDerived(t *testing.T) {
	rs := rules.DefaultRegimes()
	c := rate(person("a"), 2021, 2022, org.Excellent, award.LDTT, award.CSTDCS)
	rate(c, 2023, 2023, org.Excellent) // LĐTT and CSTĐCS 2023 not recorded yet
	c.Initiatives = append(c.Initiatives, initiative("SK-CS", 2023, rules.Grassroots, true), initiative("SK-BO", 2023, rules.Ministry, true))
	v := rs.Check(c, award.CSTDBo, 2023)
	cr := criterion(v, "cstdbo.cstdcs")
	if !v.Eligible || cr == nil || !cr.Passed || cr.Facts.Have != 3 {
		t.Fatalf("CSTĐ cấp bộ 2023 with CSTĐCS 2023 met in the same round: %+v", v.Criteria)
	}
	if !strings.Contains(cr.Reason, "năm 2023 đủ điều kiện Chiến sĩ thi đua cơ sở (xét cùng đợt)") {
		t.Errorf("reason %q does not say 2023 was derived", cr.Reason)
	}
	// Without the grassroots achievement of 2023 (R2017: an initiative is
	// mandatory for CSTĐCS, Luật TĐKT 2003, Điều 23), 2023 is missing.
	c.Initiatives = c.Initiatives[1:]
	c.Initiatives[0].UsedFor = []rules.Use{{Code: award.CSTDBo, Year: 2023}}
	if v := rs.Check(c, award.CSTDBo, 2023); v.Eligible || !slices.Equal(criterion(v, "cstdbo.cstdcs").Facts.Missing, []int{2023}) {
		t.Fatalf("CSTĐCS 2023 derived without its initiative: %+v", v.Criteria)
	}

	h := give(rate(person("h"), 2019, 2023, org.CompletedWell), award.BangKhenTTg, 2019)
	give(h, award.CSTDCS, 2021, 2022)
	h.Years[len(h.Years)-1].Rating = org.Excellent
	rate(h, 2024, 2024, org.Excellent) // CSTĐCS 2024: LĐTT and "xuất sắc" (Luật TĐKT 2022, Điều 23)
	v = rs.Check(h, award.HCLD3, 2024)
	if cr := criterion(v, "hcld3.cstdcs"); !v.Eligible || cr == nil || cr.Facts.Have != 3 {
		t.Fatalf("Huân chương Lao động hạng Ba 2024: %+v", v.Criteria)
	}
}

// Under Params.ConsiderInYearAfter a verdict says which achievement year a
// grant made on it records (Verdict.Through), and a grant's year is read as
// its last achievement year, as the award store reads it: the CSTĐ cấp bộ
// considered in 2021 for 2018-2020 is granted for 2020, and 2020 does not
// count again.
func TestConsiderInYearAfterGrantYear(t *testing.T) {
	rs := rules.DefaultRegimes()
	for _, reg := range rs.All() {
		reg.Params.ConsiderInYearAfter = true
	}
	c := cstdcsYears(2018, 2019, 2020, 2021, 2022)
	c.Initiatives = append(c.Initiatives, initiative("SK-BO", 2020, rules.Ministry, true))
	v := rs.Check(c, award.CSTDBo, 2021)
	if !v.Eligible || v.Through != 2020 {
		t.Fatalf("CSTĐ cấp bộ considered in 2021: eligible=%v through=%d, want true 2020", v.Eligible, v.Through)
	}
	give(c, award.CSTDBo, v.Through)
	if v := rs.Check(c, award.CSTDBo, 2021); !v.Eligible {
		t.Errorf("the same verdict checked again after its grant: %+v", v.Failed())
	}
	v = rs.Check(c, award.CSTDBo, 2023) // run 2020-2022: 2020 was used
	if cr := criterion(v, "cstdbo.cstdcs"); v.Eligible || !slices.Equal(cr.Facts.Uncounted, []int{2020}) {
		t.Errorf("2020 counted again after the grant for 2020: %+v", cr)
	}
}

// A form considered in 2024 for the years up to 2023 is judged under the
// regime in force when it is considered (by default; Luật TĐKT 2022, Điều
// 95 only keeps awards already granted): Bằng khen Thủ tướng with Bằng khen
// cấp bộ 2018, then 2019-2023 rated "tốt" with 3 CSTĐCS meets Luật TĐKT
// 2022, Điều 73 khoản 1 điểm b, but not NĐ 91/2017, Điều 38 khoản 1 điểm c
// (5 years "xuất sắc", 5 initiatives). One call takes the date.
func TestConsiderationDateOneCall(t *testing.T) {
	rs := rules.DefaultRegimes()
	c := give(rate(person("a"), 2019, 2023, org.CompletedWell, award.LDTT), award.BangKhenBo, 2018)
	give(c, award.CSTDCS, 2019, 2021, 2023)
	v := rs.CheckAt(c, award.BangKhenTTg, 2023, d(2024, time.March, 15))
	if v.Regime != rules.R2024 || !v.Eligible {
		t.Errorf("considered 15/03/2024: regime %s eligible %v, want R2024 eligible (%+v)", v.Regime, v.Eligible, v.Failed())
	}
	if cr := criterion(v, "bkttg.cstdcs"); cr == nil || cr.Citation != "Luật TĐKT 2022, Điều 73 khoản 1 điểm b" {
		t.Errorf("bkttg.cstdcs = %+v", cr)
	}
	if v := rs.Check(c, award.BangKhenTTg, 2023); v.Regime != rules.R2017 || v.Eligible {
		t.Errorf("considered 31/12/2023: regime %s eligible %v, want R2017 not eligible", v.Regime, v.Eligible)
	}
}

// The caller chooses the unit a quota counts over: under NĐ 91/2017, Điều
// 9 khoản 3 (at most 15 % of the LĐTT, rounded down), two offices of 6 LĐTT
// each get no CSTĐCS each (0,9 → 0), while the whole Sở of 12 gets one
// (1,8 → 1).
func TestScreenQuotaUnit(t *testing.T) {
	var cands []rules.Candidate
	for i := range 12 {
		c := rate(person(string(rune('a'+i))), 2020, 2020, org.Excellent)
		c.Unit = "phong-1"
		if i >= 6 {
			c.Unit = "phong-2"
		}
		c.Years[0].Score = 100 - i
		c.Initiatives = []rules.Initiative{initiative("SK", 2020, rules.Grassroots, true)}
		cands = append(cands, *c)
	}
	rs := rules.DefaultRegimes()
	count := func(res rules.Result) int {
		n := 0
		for _, r := range res.Rows {
			if r.Decisions[0].Eligible {
				n++
			}
		}
		return n
	}
	res := rules.Screen(rs, cands, 2020, []award.Code{award.CSTDCS}, nil)
	if n := count(res); n != 0 {
		t.Errorf("per office: %d CSTĐCS, want 0", n)
	}
	so := func(*rules.Candidate) string { return "so-tu-phap" }
	res = rules.Screen(rs, cands, 2020, []award.Code{award.CSTDCS}, &rules.ScreenOptions{QuotaUnit: so})
	if n := count(res); n != 1 || !res.Rows[0].Decisions[0].Eligible {
		t.Errorf("over the Sở: %d CSTĐCS (first: %v), want 1, the best score", n, res.Rows[0].Decisions[0].Eligible)
	}
	if cut := res.Rows[1].Decisions[0].Cut(); !strings.Contains(cut, "12 cá nhân đạt Lao động tiên tiến") {
		t.Errorf("cut %q does not count the Sở's 12 LĐTT", cut)
	}
}
