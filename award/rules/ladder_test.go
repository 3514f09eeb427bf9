package rules_test

import (
	"strings"
	"testing"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// TestLadderConvention pins "holds X, then N years" (the interval is
// counted from the achievement period of the earlier award, NĐ 91/2017 and
// TT 08/2017/TT-BNV [C]) under both readings of consecutive years [?]. A
// grant's year is the last year of its achievement period under both: a
// grant for G used the run ending in G. Under Params.ConsiderInYearAfter
// the run of the year asked ends the year before it, so a form considered
// in 2020 is granted for 2019 (Verdict.Through). The N years may start right
// after the period of the base award, and a grant of the code asked for
// uses its run: a second one needs a base award granted after it.
//
// Bằng khen Thủ tướng: NĐ 91/2017 art. 38.1.c under R2017 (5 consecutive
// years "hoàn thành xuất sắc", 5 grassroots initiatives), Luật TĐKT 2022
// art. 73.1.b under R2024/R2025 (≥ 5 consecutive years "tốt" or better, 3
// CSTĐCS in that span). Huân chương Lao động hạng Ba: art. 44.1.e (Bằng
// khen Thủ tướng, then ≥ 5 consecutive years "tốt" or better, ≥ 1 of them
// "xuất sắc", 3 CSTĐCS).
func TestLadderConvention(t *testing.T) {
	yearAfter := func(p *rules.Params) { p.ConsiderInYearAfter = true }
	// excellent: rated "xuất sắc" with a grassroots initiative recognised
	// and applied (NĐ 91/2017 art. 38.1.c) and CSTĐCS
	// every year from..to (meets both R2017 and Law 2022 runs), and merit
	// grants of Bằng khen cấp bộ (bkbo) and Bằng khen Thủ tướng (bkttg).
	excellent := func(from, to int, bkbo, bkttg []int) func() *rules.Candidate {
		return func() *rules.Candidate {
			c := rate(person("a"), from, to, org.Excellent, award.LDTT, award.CSTDCS)
			for y := from; y <= to; y++ {
				c.Initiatives = append(c.Initiatives, initiative("sk"+itoa(y), y, rules.Grassroots, true))
			}
			give(c, award.BangKhenBo, bkbo...)
			return give(c, award.BangKhenTTg, bkttg...)
		}
	}
	// hcld: Bằng khen Thủ tướng for bk, then 2020-2024 "tốt" with 2022
	// "xuất sắc" and CSTĐCS 2020, 2022, 2024.
	hcld := func(bk int) func() *rules.Candidate {
		return func() *rules.Candidate {
			c := give(rate(person("a"), 2020, 2024, org.CompletedWell, award.LDTT), award.BangKhenTTg, bk)
			c.Ensure(2022).Rating = org.Excellent
			return give(c, award.CSTDCS, 2020, 2022, 2024)
		}
	}
	rows := []row{
		// First Bằng khen Thủ tướng, R2017.
		{name: "bkttg-nam-sau-2020", reason: "year after: Bằng khen cấp bộ 2014, then 5 years 2015-2019 'xuất sắc' with 5 initiatives: considered in 2020",
			c: excellent(2015, 2019, []int{2014}, nil), params: yearAfter, code: award.BangKhenTTg, year: 2020, eligible: true},
		{name: "bkttg-mac-dinh-2019", reason: "default: the same 5 years 2015-2019 are considered in 2019, the last of them",
			c: excellent(2015, 2019, []int{2014}, nil), code: award.BangKhenTTg, year: 2019, eligible: true},
		{name: "bkttg-nam-sau-2019-hoi-som", reason: "year after: asked for 2019 the run ends in 2018: 2015-2018 is 4 years with 4 initiatives",
			c: excellent(2015, 2019, []int{2014}, nil), params: yearAfter, code: award.BangKhenTTg, year: 2019,
			failed: []string{"bkttg.lien-tuc", "bkttg.sang-kien"}},
		{name: "bkttg-mac-dinh-2020-hoi-muon", reason: "default: asked for 2020 the run must end in 2020, which is not rated",
			c: excellent(2015, 2019, []int{2014}, nil), code: award.BangKhenTTg, year: 2020,
			failed: []string{"bkttg.lien-tuc", "bkttg.sang-kien"}},
		{name: "bkttg-nam-sau-ngay-sau-ky-bkbo", reason: "year after: Bằng khen cấp bộ considered in 2014 is granted for 2013, its last achievement year, so 2014-2018 are 5 years after its period: considered in 2019",
			c: excellent(2014, 2018, []int{2013}, nil), params: yearAfter, code: award.BangKhenTTg, year: 2019, eligible: true},
		{name: "bkttg-nam-sau-bkbo-cung-nam", reason: "year after: a Bằng khen cấp bộ for 2014 used 2014 (Issue 13 item 7: its year is read as the last achievement year everywhere), so asked for 2019 only 2015-2018 follow it",
			c: excellent(2014, 2018, []int{2014}, nil), params: yearAfter, code: award.BangKhenTTg, year: 2019,
			failed: []string{"bkttg.lien-tuc", "bkttg.sang-kien"}},
		{name: "bkttg-mac-dinh-nam-cua-bkbo", reason: "default: Bằng khen cấp bộ 2014 used the run ending in 2014; asked for 2018 only 2015-2018 (4 years, 4 initiatives) follow it",
			c: excellent(2014, 2018, []int{2014}, nil), code: award.BangKhenTTg, year: 2018,
			failed: []string{"bkttg.lien-tuc", "bkttg.sang-kien"}},

		// Repeat Bằng khen Thủ tướng.
		{name: "bkttg-nam-sau-lap-lai-ngay", reason: "year after: the Bằng khen Thủ tướng considered in 2020 is for 2019 and used 2015-2019; asked for 2021 there is no Bằng khen cấp bộ after it, and only 2020 (1 initiative) follows its run",
			c: excellent(2015, 2020, []int{2014}, []int{2019}), params: yearAfter, code: award.BangKhenTTg, year: 2021,
			failed: []string{"bkttg.bkbo", "bkttg.lien-tuc", "bkttg.sang-kien"}},
		{name: "bkttg-mac-dinh-lap-lai-ngay", reason: "default: the Bằng khen Thủ tướng for 2019 used 2015-2019; asked for 2020 there is no Bằng khen cấp bộ after it, and only 2020 (1 initiative) follows its run",
			c: excellent(2015, 2020, []int{2014}, []int{2019}), code: award.BangKhenTTg, year: 2020,
			failed: []string{"bkttg.bkbo", "bkttg.lien-tuc", "bkttg.sang-kien"}},
		{name: "bkttg-nam-sau-lan-hai", reason: "year after: Bằng khen Thủ tướng for 2019, Bằng khen cấp bộ for 2021 (considered in 2022), then 2022-2026 with CSTĐCS each year: considered in 2027 (art. 73.1.b)",
			c: excellent(2015, 2027, []int{2014, 2021}, []int{2019}), params: yearAfter, code: award.BangKhenTTg, year: 2027, eligible: true},
		{name: "bkttg-nam-sau-lan-hai-hoi-som", reason: "year after: asked for 2026 the run ends in 2025: only 2022-2025, 4 years after the Bằng khen cấp bộ for 2021",
			c: excellent(2015, 2027, []int{2014, 2021}, []int{2019}), params: yearAfter, code: award.BangKhenTTg, year: 2026,
			failed: []string{"bkttg.lien-tuc"}},
		{name: "bkttg-mac-dinh-lan-hai", reason: "default: Bằng khen Thủ tướng 2019, Bằng khen cấp bộ 2021, then 2022-2026: considered in 2026 (art. 73.1.b)",
			c: excellent(2015, 2027, []int{2014, 2021}, []int{2019}), code: award.BangKhenTTg, year: 2026, eligible: true},
		{name: "bkttg-mac-dinh-lan-hai-hoi-som", reason: "default: asked for 2025 only 2022-2025, 4 years after the Bằng khen cấp bộ of 2021",
			c: excellent(2015, 2027, []int{2014, 2021}, []int{2019}), code: award.BangKhenTTg, year: 2025,
			failed: []string{"bkttg.lien-tuc"}},

		// Huân chương Lao động hạng Ba (art. 44.1.e).
		{name: "hcld3-nam-sau", reason: "year after: Bằng khen Thủ tướng considered in 2020 is for 2019; 2020-2024 with 2022 'xuất sắc' and 3 CSTĐCS are considered in 2025",
			c: hcld(2019), params: yearAfter, code: award.HCLD3, year: 2025, eligible: true},
		{name: "hcld3-nam-sau-hoi-som", reason: "year after: asked for 2024 the run ends in 2023: 2020-2023 is 4 years with 2 CSTĐCS",
			c: hcld(2019), params: yearAfter, code: award.HCLD3, year: 2024,
			failed: []string{"hcld3.cstdcs", "hcld3.lien-tuc"}},
		{name: "hcld3-mac-dinh-nam-cua-bkttg", reason: "default: Bằng khen Thủ tướng 2020 used the run ending in 2020; asked for 2024 only 2021-2024 (4 years, CSTĐCS 2022 and 2024) follow it",
			c: hcld(2020), code: award.HCLD3, year: 2024,
			failed: []string{"hcld3.cstdcs", "hcld3.lien-tuc"}},
		{name: "hcld3-mac-dinh", reason: "default: Bằng khen Thủ tướng 2019, then 2020-2024: considered in 2024",
			c: hcld(2019), code: award.HCLD3, year: 2024, eligible: true},
		{name: "hcld3-nam-sau-lap-lai-ngay", reason: "year after: Huân chương hạng Ba considered in 2025 is for 2024 and used 2020-2024; asked for 2026 there is no Bằng khen Thủ tướng after it, and only 2025 (1 CSTĐCS) follows its run",
			c: func() *rules.Candidate {
				c := hcld(2019)()
				rate(c, 2025, 2025, org.Excellent, award.LDTT, award.CSTDCS)
				return give(c, award.HCLD3, 2024)
			}, params: yearAfter, code: award.HCLD3, year: 2026,
			failed: []string{"hcld3.bkttg", "hcld3.cstdcs", "hcld3.lien-tuc"}},
	}
	runRows(t, rows)
}

// The reason of the run names the year after which it counts: the end of
// the period the base award used.
func TestLadderReason(t *testing.T) {
	rs := rules.DefaultRegimes()
	for _, reg := range rs.All() {
		reg.Params.ConsiderInYearAfter = true
	}
	c := give(rate(person("a"), 2014, 2018, org.Excellent), award.BangKhenBo, 2013)
	v := rs.Check(c, award.BangKhenTTg, 2019)
	cr := criterion(v, "bkttg.lien-tuc")
	want := "05 năm liên tục xếp loại hoàn thành xuất sắc nhiệm vụ (2014 - 2018), cần 05 năm kể từ sau năm 2013"
	if cr == nil || !strings.HasPrefix(cr.Reason, want) || !cr.Passed {
		t.Errorf("bkttg.lien-tuc = %+v, want passed with a reason starting %q", cr, want)
	}
}
