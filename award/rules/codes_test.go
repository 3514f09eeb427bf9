package rules_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// req is what a test expects of one requirement of a library code.
type req struct {
	code  award.Code
	kind  rules.RequirementKind
	years int
	times int
	who   rules.Subjects
	cite  string // a part of the citation
}

// TestLibraryCodesData reads the requirements and quotas of the library's
// own codes from each regime's data, as a caller would, and checks them
// against the texts: Chiến sĩ thi đua cơ sở needs Lao động tiên tiến (Luật
// TĐKT 2003 and 2022, Điều 23; NĐ 65/2014, Điều 4), at most 15 % of the
// LĐTT of the unit under NĐ 91/2017, Điều 9 khoản 3 only; CSTĐ cấp bộ 3
// consecutive CSTĐCS (Điều 22); CSTĐ toàn quốc 2 consecutive CSTĐ cấp bộ
// (Điều 21); Bằng khen cấp bộ 2 consecutive CSTĐCS as one alternative under
// Luật TĐKT 2022, Điều 74 khoản 1 điểm d; Bằng khen của Thủ tướng a Bằng
// khen cấp bộ before it (NĐ 65/2014, Điều 23 khoản 1 điểm c; NĐ 91/2017,
// Điều 38 khoản 1 điểm c; Luật TĐKT 2022, Điều 73 khoản 1 điểm b, with 3
// CSTĐCS in the five years), under Luật TĐKT 2003, Điều 71 before 2013 with
// 5 consecutive CSTĐCS, for a collective under NĐ 65/2014, Điều 23 khoản 3
// điểm c with 01 Cờ cấp bộ; Huân chương Lao động hạng Ba a Bằng khen của
// Thủ tướng before it (NĐ 65/2014, Điều 17 khoản 1 điểm b and khoản 4
// điểm b; Luật TĐKT 2022, Điều 44 khoản 1 điểm e, with 3 CSTĐCS), under
// Luật TĐKT 2003, Điều 44 before 2013 7 consecutive CSTĐCS, for a
// collective 5 consecutive years Tập thể lao động xuất sắc; Cờ thi đua của
// Chính phủ at most 20 % of the collectives meeting the Cờ cấp bộ standard
// (NĐ 91/2017, Điều 11).
func TestLibraryCodesData(t *testing.T) {
	ldtt := req{award.LDTT, rules.SameYear, 0, 0, rules.Individuals, "Điều 23"}
	cstdbo := req{award.CSTDCS, rules.Consecutive, 3, 0, rules.Individuals, "Điều 22"}
	cstdtq := req{award.CSTDBo, rules.Periods, 3, 2, rules.Individuals, "Điều 21"}
	law2022 := map[award.Code][]req{
		award.CSTDCS:       {ldtt},
		award.CSTDBo:       {cstdbo},
		award.CSTDToanQuoc: {cstdtq},
		award.BangKhenBo:   {{award.CSTDCS, rules.Consecutive, 2, 0, rules.Individuals, "Luật TĐKT 2022, Điều 74 khoản 1 điểm d"}},
		award.BangKhenTTg: {
			{award.BangKhenBo, rules.Earlier, 0, 0, rules.Individuals, "Luật TĐKT 2022, Điều 73 khoản 1 điểm b"},
			{award.CSTDCS, rules.InRun, 0, 3, rules.Individuals, "Luật TĐKT 2022, Điều 73 khoản 1 điểm b"},
			{award.BangKhenBo, rules.Earlier, 0, 0, rules.Collectives, "Luật TĐKT 2022, Điều 73"},
		},
		award.HCLD3: {
			{award.BangKhenTTg, rules.Earlier, 0, 0, rules.Individuals, "Luật TĐKT 2022, Điều 44 khoản 1 điểm e"},
			{award.CSTDCS, rules.InRun, 0, 3, rules.Individuals, "Luật TĐKT 2022, Điều 44 khoản 1 điểm e"},
			{award.TTLDXS, rules.Consecutive, 5, 0, rules.Collectives, "Điều 44"},
		},
	}
	for _, tc := range []struct {
		regime string
		want   map[award.Code][]req
		cstdcs int // CSTĐCS quota, %
	}{
		{rules.R2010a, map[award.Code][]req{
			award.CSTDCS:       {ldtt},
			award.CSTDBo:       {cstdbo},
			award.CSTDToanQuoc: {cstdtq},
			award.BangKhenTTg: {
				{award.BangKhenBo, rules.Earlier, 0, 0, rules.Individuals, "Luật TĐKT 2003, Điều 71"},
				{award.CSTDCS, rules.Consecutive, 5, 0, rules.Individuals, "Luật TĐKT 2003, Điều 71"},
				{award.BangKhenBo, rules.Earlier, 0, 0, rules.Collectives, ""},
			},
			award.HCLD3: {
				{award.CSTDCS, rules.Consecutive, 7, 0, rules.Individuals, "Luật TĐKT 2003, Điều 44 khoản 1"},
				{award.TTLDXS, rules.Consecutive, 5, 0, rules.Collectives, "Luật TĐKT 2003, Điều 44 khoản 2"},
			},
		}, 0},
		{rules.R2014, map[award.Code][]req{
			award.CSTDCS:       {{award.LDTT, rules.SameYear, 0, 0, rules.Individuals, "NĐ 65/2014/NĐ-CP, Điều 4"}},
			award.CSTDBo:       {cstdbo},
			award.CSTDToanQuoc: {{award.CSTDBo, rules.Periods, 3, 2, rules.Individuals, "NĐ 65/2014/NĐ-CP, Điều 3"}},
			award.BangKhenTTg: {
				{award.BangKhenBo, rules.Earlier, 0, 0, rules.Individuals, "NĐ 65/2014/NĐ-CP, Điều 23 khoản 1 điểm c"},
				{award.BangKhenBo, rules.Earlier, 0, 0, rules.Collectives, "NĐ 65/2014/NĐ-CP, Điều 23 khoản 3 điểm c"},
				{award.CoBo, rules.InRun, 0, 1, rules.Collectives, "NĐ 65/2014/NĐ-CP, Điều 23 khoản 3 điểm c"},
			},
			award.HCLD3: {
				{award.BangKhenTTg, rules.Earlier, 0, 0, rules.Individuals, "NĐ 65/2014/NĐ-CP, Điều 17 khoản 1 điểm b"},
				{award.BangKhenTTg, rules.Earlier, 0, 0, rules.Collectives, "NĐ 65/2014/NĐ-CP, Điều 17 khoản 4 điểm b"},
			},
		}, 0},
		{rules.R2017, map[award.Code][]req{
			award.CSTDCS:       {ldtt},
			award.CSTDBo:       {cstdbo},
			award.CSTDToanQuoc: {cstdtq},
			award.BangKhenTTg: {
				{award.BangKhenBo, rules.Earlier, 0, 0, rules.Individuals, "NĐ 91/2017/NĐ-CP, Điều 38 khoản 1 điểm c"},
				{award.BangKhenBo, rules.Earlier, 0, 0, rules.Collectives, ""},
			},
			award.HCLD3: {
				{award.BangKhenTTg, rules.Earlier, 0, 0, rules.Individuals, ""},
				{award.BangKhenTTg, rules.Earlier, 0, 0, rules.Collectives, "Điều 17 khoản 4 điểm b"},
			},
		}, 15},
		{rules.R2024, law2022, 0},
		{rules.R2025, law2022, 0},
	} {
		reg := rules.DefaultRegimes().Named(tc.regime)
		for code, want := range tc.want {
			got := reg.Codes[code].Requires
			if len(got) != len(want) {
				t.Errorf("%s %s: %d requirements %+v, want %d", tc.regime, code, len(got), got, len(want))
				continue
			}
			for i, w := range want {
				g := got[i]
				if g.Code != w.code || g.Kind != w.kind || g.Years != w.years || g.Times != w.times || g.For != w.who || !strings.Contains(g.Citation, w.cite) {
					t.Errorf("%s %s requirement %d: %+v, want %+v", tc.regime, code, i, g, w)
				}
			}
		}
		for code, spec := range reg.Codes {
			if _, ok := tc.want[code]; !ok && len(spec.Requires) > 0 {
				t.Errorf("%s %s: requirements %+v, want none", tc.regime, code, spec.Requires)
			}
		}
		q := reg.Codes[award.CSTDCS].Quota
		if q.Percent != tc.cstdcs || q.Of != award.LDTT || q.Over != rules.PerUnit {
			t.Errorf("%s CSTĐCS quota %+v, want %d %% of the unit's LĐTT", tc.regime, q, tc.cstdcs)
		}
		if tc.cstdcs > 0 && !strings.Contains(q.Citation, "NĐ 91/2017/NĐ-CP, Điều 9 khoản 3") {
			t.Errorf("%s CSTĐCS quota cited %q", tc.regime, q.Citation)
		}
		q = reg.Codes[award.CoChinhPhu].Quota
		if q.Percent != 20 || q.Of != award.CoBo || q.Over != rules.AllScreened {
			t.Errorf("%s Cờ thi đua của Chính phủ quota %+v, want 20 %% of the collectives meeting the Cờ cấp bộ standard", tc.regime, q)
		}
		if tc.regime == rules.R2017 && q.Citation != "NĐ 91/2017/NĐ-CP, Điều 11" {
			t.Errorf("R2017 Cờ thi đua của Chính phủ quota cited %q", q.Citation)
		}
	}
}

// TestLibraryAndMinistryCodesRequireEachOther: a ministry's Bằng khen
// requires two consecutive CSTĐCS, a library code, and the library's
// Bằng khen cấp bộ is made to require the ministry's title of the year; a
// screening decides each from the other, and removing the library's
// requirement of LĐTT from CSTĐCS takes it out of the verdict.
func TestLibraryAndMinistryCodesRequireEachOther(t *testing.T) {
	const year = 2025
	reg := ministryRegime()
	maps.Copy(reg.Codes, map[award.Code]rules.CodeSpec{
		"bang-khen-cstdcs": {Name: "Bằng khen ngành", Requires: []rules.Requirement{{Code: award.CSTDCS, Years: 2, Citation: quyChe}}},
	})
	bk := reg.Codes[award.BangKhenBo]
	bk.Requires = append(bk.Requires, rules.Requirement{Code: nganhTitle, Kind: rules.SameYear, Citation: quyChe, For: rules.Individuals})
	reg.Codes[award.BangKhenBo] = bk
	rs := ministryRegimes(reg)

	// a holds CSTĐCS 2024 and earns it in 2025 (LĐTT and "xuất sắc");
	// b holds CSTĐCS 2023 and 2024 but is rated "tốt" in 2025: LĐTT only.
	a := rate(person("a"), 2023, year, org.Excellent)
	give(a, award.CSTDCS, 2024)
	b := rate(person("b"), 2023, 2024, org.Excellent)
	rate(b, year, year, org.CompletedWell)
	give(b, award.CSTDCS, 2023, 2024)
	res := rules.Screen(rs, []rules.Candidate{*a, *b}, year, []award.Code{"bang-khen-cstdcs", award.BangKhenBo}, nil)
	for i, want := range [][2]bool{{true, true}, {false, false}} {
		row := res.Rows[i]
		for j := range want {
			if got := row.Decisions[j].Eligible; got != want[j] {
				t.Errorf("%s %s: eligible %v, want %v; failed %v", row.Candidate, res.Codes[j], got, want[j], failed(verdictAt(&res, i, j)))
			}
		}
	}
	// b's Bằng khen cấp bộ: CSTĐCS 2024 and 2025 not both held, and the
	// ministry's title of 2025 missing, cited by the ministry's rules.
	v := verdictAt(&res, 1, 1)
	if c := criterion(v, "bang-khen-bo.can.lao-dong-gioi-nganh"); c == nil || c.Passed || c.Citation != quyChe {
		t.Errorf("b Bằng khen cấp bộ: the ministry's title criterion %+v, want failed, cited %q", c, quyChe)
	}

	// Without the requirement of LĐTT, CSTĐCS is decided without it.
	reg2 := rules.NewR2025()
	spec := reg2.Codes[award.CSTDCS]
	spec.Requires = nil
	reg2.Codes[award.CSTDCS] = spec
	c := rate(person("c"), year, year, org.Excellent)
	c.Ensure(year).DaysAbsent = 60 // not LĐTT (NĐ 98/2023: 40 days or more)
	if v := rules.Check(reg2, c, award.CSTDCS, year); !v.Eligible || criterion(v, "cstdcs.ldtt") != nil {
		t.Errorf("CSTĐCS without its requirement: eligible %v, criteria %v", v.Eligible, v.Criteria)
	}
	if v := rules.Check(rules.NewR2025(), c, award.CSTDCS, year); v.Eligible || criterion(v, "cstdcs.ldtt") == nil {
		t.Errorf("CSTĐCS with its requirement: eligible %v, failed %v", v.Eligible, failed(v))
	}
}

// TestRequirePlacesRequirements: a rule that calls Eval.Require lists the
// requirements of its code's data where it calls it, once; a rule that
// does not gets them after its own criteria; the quota comes last.
func TestRequirePlacesRequirements(t *testing.T) {
	const year = 2025
	ids := func(v rules.Verdict) []string {
		var out []string
		for _, c := range v.Criteria {
			if !strings.HasPrefix(c.ID, "nguyen-tac.") {
				out = append(out, c.ID)
			}
		}
		return out
	}
	c := rate(person("a"), 2024, year, org.Excellent)
	give(c, nganhTitle, 2024, year)
	for _, tc := range []struct {
		first bool
		want  []string
	}{
		{true, []string{"bang-khen-nganh.can.lao-dong-gioi-nganh", "nganh.bk", "bang-khen-nganh.ty-le"}},
		{false, []string{"nganh.bk", "bang-khen-nganh.can.lao-dong-gioi-nganh", "bang-khen-nganh.ty-le"}},
	} {
		reg := ministryRegime()
		reg.Rules[nganhBK] = func(e *rules.Eval) {
			if tc.first {
				e.Require()
				e.Require() // a second call adds nothing
			}
			e.AddCited("nganh.bk", quyChe, true, rules.Facts{}, func() string { return "Đủ" })
		}
		v := rules.Check(reg, c, nganhBK, year)
		if got := ids(v); !v.Eligible || !slices.Equal(got, tc.want) {
			t.Errorf("Require first %v: eligible %v, criteria %v, want %v", tc.first, v.Eligible, got, tc.want)
		}
	}
}
