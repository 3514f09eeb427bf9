package rules_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// TestScreenPrerequisitesDecided checks that a screening decides, for the
// year, the titles a listed code counts even when they are not listed, so
// that a verdict does not depend on which prerequisites are listed. Each
// candidate of 2024 (Law 2022) qualifies only with the CSTĐCS of 2024 that
// the screening itself decides: rated "hoàn thành xuất sắc nhiệm vụ" in 2024
// and LĐTT, so CSTĐCS (Luật TĐKT 2022 art. 23, no quota known).
func TestScreenPrerequisitesDecided(t *testing.T) {
	rs := rules.DefaultRegimes()
	const year = 2024
	tests := []struct {
		name, reason string
		code         award.Code
		cand         func() *rules.Candidate
		want         bool
	}{
		{"cstd-bo", "art. 22: CSTĐCS 2022, 2023 and 2024 (decided) and a ministry-level initiative applied",
			award.CSTDBo, func() *rules.Candidate {
				c := rate(person("a"), 2022, 2023, org.CompletedWell, award.LDTT, award.CSTDCS)
				rate(c, year, year, org.Excellent)
				c.Initiatives = []rules.Initiative{initiative("sk", year, rules.Ministry, true)}
				return c
			}, true},
		{"bang-khen-bo", "art. 74.1.d (Law 2022 branch): two consecutive CSTĐCS, 2023 and 2024 (decided)",
			award.BangKhenBo, func() *rules.Candidate {
				c := rate(person("b"), 2023, 2023, org.CompletedWell, award.LDTT, award.CSTDCS)
				return rate(c, year, year, org.Excellent)
			}, true},
		{"bang-khen-ttg", "art. 73.1.b: Bằng khen cấp bộ 2019, then 2020-2024 rated at least 'tốt' with 3 CSTĐCS (2021, 2022, 2024 decided)",
			award.BangKhenTTg, func() *rules.Candidate {
				c := give(person("c"), award.BangKhenBo, 2019)
				rate(c, 2020, 2023, org.CompletedWell, award.LDTT)
				rate(c, 2021, 2022, org.CompletedWell, award.LDTT, award.CSTDCS)
				return rate(c, year, year, org.Excellent)
			}, true},
		{"hcld-3", "art. 44: Bằng khen Thủ tướng 2019, then 2020-2024 at least 'tốt', one 'xuất sắc' (2024), 3 CSTĐCS (2021, 2022, 2024 decided)",
			award.HCLD3, func() *rules.Candidate {
				c := give(person("d"), award.BangKhenTTg, 2019)
				rate(c, 2020, 2023, org.CompletedWell, award.LDTT)
				rate(c, 2021, 2022, org.CompletedWell, award.LDTT, award.CSTDCS)
				return rate(c, year, year, org.Excellent)
			}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cands := []rules.Candidate{*tt.cand()}
			alone := rules.Screen(rs, cands, year, []award.Code{tt.code}, nil)
			full := rules.Screen(rs, cands, year, []award.Code{award.LDTT, award.CSTDCS, award.CSTDBo, tt.code}, nil)
			a, f := decision(&alone, cands[0].ID, tt.code), decision(&full, cands[0].ID, tt.code)
			if a.Eligible != tt.want {
				t.Errorf("%s\nscreened alone: eligible %v, want %v; failed %v", tt.reason, a.Eligible, tt.want, failed(a.Verdict))
			}
			if diff := cmp.Diff(f.Verdict, a.Verdict); diff != "" {
				t.Errorf("%s\nverdict alone differs from the verdict with prerequisites listed (-listed +alone):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestScreenPrerequisitesCSTDToanQuoc checks that screening CSTĐ toàn quốc
// alone decides the CSTĐ cấp bộ of the year it counts (art. 21: two
// consecutive CSTĐ cấp bộ, the periods ending 2021 and 2024), as listing
// every prerequisite does.
func TestScreenPrerequisitesCSTDToanQuoc(t *testing.T) {
	rs := rules.DefaultRegimes()
	const year = 2024
	c := give(person("e"), award.CSTDBo, 2021)
	rate(c, 2022, 2023, org.CompletedWell, award.LDTT, award.CSTDCS)
	rate(c, year, year, org.Excellent)
	c.Initiatives = []rules.Initiative{initiative("sk", year, rules.National, true)}
	cands := []rules.Candidate{*c}
	alone := rules.Screen(rs, cands, year, []award.Code{award.CSTDToanQuoc}, nil)
	full := rules.Screen(rs, cands, year, []award.Code{award.LDTT, award.CSTDCS, award.CSTDBo, award.CSTDToanQuoc}, nil)
	a, f := decision(&alone, "e", award.CSTDToanQuoc), decision(&full, "e", award.CSTDToanQuoc)
	if diff := cmp.Diff(f.Verdict, a.Verdict); diff != "" {
		t.Errorf("verdict alone differs from the verdict with prerequisites listed (-listed +alone):\n%s", diff)
	}
	if cr := criterion(a.Verdict, "cstdtq.cstdbo"); cr == nil || !cr.Passed {
		t.Errorf("cstdtq.cstdbo = %+v, want passed (CSTĐ cấp bộ 2021 held, 2024 decided)", cr)
	}
}
