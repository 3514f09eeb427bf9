package rules_test

import (
	"fmt"
	"testing"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// team returns a collective rated r in year y with the given member counts.
func team(y int, r org.Rating, m rules.Members) func() *rules.Candidate {
	return func() *rules.Candidate {
		c := &rules.Candidate{ID: "t", Collective: true}
		rec := c.Ensure(y)
		rec.Rating, rec.Members = r, m
		return c
	}
}

func TestCollectiveTitles(t *testing.T) {
	m := func(total, ldtt, cstdcs, completed, disc int) rules.Members {
		return rules.Members{Total: total, LDTT: ldtt, CSTDCS: cstdcs, Completed: completed, Disciplined: disc}
	}
	runRows(t, []row{
		{name: "ttldtt-55", reason: "11/20 = 55 % LĐTT: more than 50 % (art. 28)",
			c: team(2020, org.CompletedWell, m(20, 11, 0, 20, 0)), code: award.TTLDTT, year: 2020, eligible: true},
		{name: "ttldtt-50", reason: "10/20 = 50 % is not MORE than 50 %",
			c: team(2020, org.CompletedWell, m(20, 10, 0, 20, 0)), code: award.TTLDTT, year: 2020, failed: []string{"ttldtt.ldtt"}},
		{name: "ttldtt-canh-cao-r2017", reason: "old law: no member disciplined cảnh cáo or above",
			c: team(2020, org.CompletedWell, m(20, 15, 0, 20, 1)), code: award.TTLDTT, year: 2020, failed: []string{"ttldtt.ky-luat"}},
		{name: "ttldtt-canh-cao-r2024", reason: "Law 2022 art. 28 as known [?]: no discipline clause",
			c: team(2024, org.CompletedWell, m(20, 15, 0, 20, 1)), code: award.TTLDTT, year: 2024, eligible: true},
		{name: "ttldtt-hoan-thanh", reason: "the collective must complete its duties well",
			c: team(2020, org.Completed, m(20, 15, 0, 20, 0)), code: award.TTLDTT, year: 2020, failed: []string{"ttldtt.xep-loai"}},
		{name: "ttldtt-khong-so-lieu", reason: "no member counts: the share cannot be met",
			c: team(2020, org.CompletedWell, rules.Members{}), code: award.TTLDTT, year: 2020, failed: []string{"ttldtt.ldtt"}},
		{name: "ttldxs-70", reason: "14/20 = 70 % LĐTT, 100 % completed, 1 CSTĐCS, excellent (art. 27)",
			c: team(2024, org.Excellent, m(20, 14, 1, 20, 0)), code: award.TTLDXS, year: 2024, eligible: true},
		{name: "ttldxs-65", reason: "13/20 = 65 % is under 70 %",
			c: team(2024, org.Excellent, m(20, 13, 1, 20, 0)), code: award.TTLDXS, year: 2024, failed: []string{"ttldxs.ldtt"}},
		{name: "ttldxs-khong-cstdcs", reason: "at least one member CSTĐCS",
			c: team(2024, org.Excellent, m(20, 14, 0, 20, 0)), code: award.TTLDXS, year: 2024, failed: []string{"ttldxs.cstdcs"}},
		{name: "ttldxs-19-20-hoan-thanh", reason: "100 % of members must complete their duties",
			c: team(2024, org.Excellent, m(20, 14, 1, 19, 0)), code: award.TTLDXS, year: 2024, failed: []string{"ttldxs.hoan-thanh"}},
		{name: "ttldxs-tot", reason: "Law 2022: the collective must be rated 'xuất sắc'",
			c: team(2024, org.CompletedWell, m(20, 14, 1, 20, 0)), code: award.TTLDXS, year: 2024, failed: []string{"ttldxs.xep-loai"}},
		{name: "ttldxs-canh-cao-r2017", reason: "old law [C]: no member disciplined cảnh cáo+",
			c: team(2020, org.Excellent, m(20, 14, 1, 20, 1)), code: award.TTLDXS, year: 2020, failed: []string{"ttldxs.ky-luat"}},
		{name: "ttldxs-canh-cao-r2024", reason: "Law 2022 art. 27 has no discipline clause",
			c: team(2024, org.Excellent, m(20, 14, 1, 20, 1)), code: award.TTLDXS, year: 2024, eligible: true},
		{name: "ttldtt-ca-nhan", reason: "a collective title is not for individuals",
			c: func() *rules.Candidate { return person("a") }, code: award.TTLDTT, year: 2020, failed: []string{"doi-tuong"}},
		{name: "co-bo", reason: "exceeds targets and leads its cluster (art. 26; NĐ 91 art. 12)",
			c: func() *rules.Candidate {
				c := team(2020, org.Excellent, rules.Members{})()
				c.Ensure(2020).ExceededTargets, c.Ensure(2020).ClusterLead = true, true
				return c
			}, code: award.CoBo, year: 2020, eligible: true},
		{name: "co-bo-khong-dan-dau", reason: "not leading the cluster",
			c: func() *rules.Candidate {
				c := team(2020, org.Excellent, rules.Members{})()
				c.Ensure(2020).ExceededTargets = true
				return c
			}, code: award.CoBo, year: 2020, failed: []string{"cobo.dan-dau"}},
		{name: "co-chinh-phu-r2017", reason: "meets the Cờ bộ standard; the 20 % cut is pending outside a screening (NĐ 91 art. 11)",
			c: func() *rules.Candidate {
				c := team(2020, org.Excellent, rules.Members{})()
				c.Ensure(2020).ExceededTargets, c.Ensure(2020).ClusterLead = true, true
				return c
			}, code: award.CoChinhPhu, year: 2020, eligible: true, pending: true},
		{name: "co-chinh-phu-r2010a-chua-co-co", reason: "R2010a: chosen among holders of the Cờ bộ (NĐ 42/2010 art. 16.2 [V])",
			c: func() *rules.Candidate {
				c := team(2013, org.Excellent, rules.Members{})()
				c.Ensure(2013).ExceededTargets, c.Ensure(2013).ClusterLead = true, true
				return c
			}, code: award.CoChinhPhu, year: 2013, failed: []string{"cocp.tieu-chuan"}},
		{name: "co-chinh-phu-r2010a-co-co", reason: "R2010a: holder of the Cờ bộ of the year",
			c: func() *rules.Candidate {
				return give(team(2013, org.Excellent, rules.Members{})(), award.CoBo, 2013)
			}, code: award.CoChinhPhu, year: 2013, eligible: true, pending: true},
		{name: "co-chinh-phu-r2014-dat-tieu-chuan", reason: "changed verdict for 2016: NĐ 65/2014 art. 6 [V] chooses among the collectives MEETING the Cờ bộ standard (NĐ 42/2010 art. 16.2 was repealed by NĐ 65/2014 art. 30), holding it or not",
			c: func() *rules.Candidate {
				c := team(2016, org.Excellent, rules.Members{})()
				c.Ensure(2016).ExceededTargets, c.Ensure(2016).ClusterLead = true, true
				return c
			}, code: award.CoChinhPhu, year: 2016, eligible: true, pending: true},
		{name: "co-chinh-phu-r2014-khong-dat", reason: "NĐ 65/2014 art. 6 [V]: a collective not leading its cluster does not meet the Cờ bộ standard",
			c: func() *rules.Candidate {
				c := team(2016, org.Excellent, rules.Members{})()
				c.Ensure(2016).ExceededTargets = true
				return c
			}, code: award.CoChinhPhu, year: 2016, failed: []string{"cocp.tieu-chuan"}},
	})
}

// A member whose year was one of training of one year or more, finished
// "khá" or better, is awarded Lao động tiên tiến for it (NĐ 65/2014/NĐ-CP,
// Điều 5; NĐ 91/2017/NĐ-CP, Điều 10; TT 15/2025/TT-BNV, Điều 2 khoản 5),
// and Lao động tiên tiến needs at least "hoàn thành tốt nhiệm vụ" (Luật
// TĐKT 2003, Điều 24; Luật TĐKT 2022, Điều 24): the member completed the
// duties, so the unit's "100 % hoàn thành nhiệm vụ" of Tập thể lao động
// xuất sắc (Luật TĐKT 2003 and 2022, Điều 27) holds though the member has
// no rating of the year.
func TestScreenTrainingMemberCompleted(t *testing.T) {
	rs := rules.DefaultRegimes()
	for _, y := range []int{2015, 2019, 2024} {
		cs := []rules.Candidate{*rate(&rules.Candidate{ID: "t", Unit: "root", Collective: true}, y, y, org.Excellent)}
		for i := range 10 {
			c := person(fmt.Sprintf("m%02d", i))
			c.Unit = "t"
			switch {
			case i == 0: // CSTĐCS: an initiative (every regime)
				rate(c, y, y, org.Excellent)
				c.Initiatives = []rules.Initiative{initiative("sk", y, rules.Grassroots, true)}
			case i < 6:
				rate(c, y, y, org.CompletedWell)
			case i == 6: // in training all year, result "khá"
				c.Ensure(y).Training = true
			default:
				rate(c, y, y, org.Completed)
			}
			cs = append(cs, *c)
		}
		r := rules.Screen(rs, cs, y, []award.Code{award.LDTT, award.CSTDCS, award.TTLDXS}, nil)
		v, ok := r.VerdictOf("t", award.TTLDXS)
		cr := criterion(v, "ttldxs.hoan-thanh")
		if !ok || !v.Eligible || cr == nil || cr.Reason != "10/10 thành viên hoàn thành nhiệm vụ, cần từ 100%" {
			t.Errorf("%d (%s): Tập thể lao động xuất sắc eligible=%v, criterion %+v; want eligible: 7/10 LĐTT with the trainee, 10/10 completed", y, v.Regime, v.Eligible, cr)
		}
	}
}
