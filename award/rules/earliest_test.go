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

func TestEarliest(t *testing.T) {
	rs := rules.DefaultRegimes()
	fresh := func() *rules.Candidate {
		c := person("moi")
		c.Recruited = d(2023, time.January, 1)
		return rate(c, 2023, 2023, org.CompletedWell, award.LDTT)
	}
	tests := []struct {
		name, reason string
		c            func() *rules.Candidate
		code         award.Code
		from         int
		want         int
		missing      []string
	}{
		{"cstdbo-hai-nam-roi", "CSTĐCS 2022 and 2023 held: a CSTĐCS in 2024 completes 2022-2024",
			func() *rules.Candidate { return cstdcsYears(2022, 2023) }, award.CSTDBo, 2024, 2024,
			[]string{"cstdbo.cstdcs"}},
		{"cstdbo-moi", "recruited 2023, LĐTT only: CSTĐCS 2024, 2025, 2026 → CSTĐ cấp bộ 2026",
			fresh, award.CSTDBo, 2024, 2026, []string{"cstdbo.cstdcs", "cstdbo.sang-kien"}},
		{"cstdtq-moi", "two consecutive CSTĐ cấp bộ: 2024-2026 and 2027-2029",
			fresh, award.CSTDToanQuoc, 2024, 2029, []string{"cstdtq.cstdbo", "cstdtq.sang-kien"}},
		{"bkbo-moi", "two consecutive CSTĐCS 2024-2025 (Law 2022 art. 74)",
			fresh, award.BangKhenBo, 2024, 2025, []string{"bkbo.cstdcs", "bkbo.sang-kien", "bkbo.xuat-sac"}},
		{"bkttg-moi", "Bằng khen cấp bộ 2025, then 5 years 2026-2030 (art. 73.1.b)",
			fresh, award.BangKhenTTg, 2024, 2030, []string{"bkttg.bkbo", "bkttg.cstdcs", "bkttg.lien-tuc"}},
		{"hcld3-moi", "Bằng khen Thủ tướng 2030, then 5 years 2031-2035 (art. 44.1.e)",
			fresh, award.HCLD3, 2024, 2035, nil},
		{"cstdbo-ky-luat", "a discipline in force until 30/06/2025: the period restarts, 2026-2028",
			func() *rules.Candidate {
				c := fresh()
				c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2024, 7, 1), To: d(2025, 6, 30)}}}
				return c
			}, award.CSTDBo, 2024, 2028, []string{"cstdbo.cstdcs", "cstdbo.sang-kien", "nguyen-tac.ky-luat"}},
		{"tap-the-hcld3", "TTLĐXS 2021-2023 held: 2024 and 2025 make five years 2021-2025, with a Cờ cấp bộ in the span (Law 2003 art. 44.2; Law 2022 [?])",
			func() *rules.Candidate {
				c := &rules.Candidate{ID: "t", Collective: true}
				return rate(c, 2021, 2023, org.Excellent, award.TTLDXS)
			}, award.HCLD3, 2024, 2025, nil},
		{"ldtt-ngay-mai", "LĐTT is possible the very next year",
			fresh, award.LDTT, 2024, 2024, []string{"ldtt.xep-loai"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c()
			before := len(c.Years)
			got, missing := rules.Earliest(rs, c, tt.code, tt.from)
			if got != tt.want {
				t.Errorf("%s\nEarliest = %d, want %d", tt.reason, got, tt.want)
			}
			if tt.missing != nil {
				if diff := cmp.Diff(tt.missing, failed(rules.Verdict{Criteria: missing})); diff != "" {
					t.Errorf("missing now (-want +got):\n%s", diff)
				}
			}
			if len(c.Years) != before {
				t.Error("Earliest modified the candidate")
			}
		})
	}
}

func TestEarliestNever(t *testing.T) {
	rs := rules.DefaultRegimes()
	code := rules.TuPhapKNCCode
	for _, r := range rs.All() {
		r.Rules[code] = rules.TuPhapKNC(rules.DefaultTuPhapKNCParams())
	}
	c := person("a")
	c.Add(rules.Grant{Code: code, Year: 2020})
	if got, _ := rules.Earliest(rs, c, code, 2026); got != 0 {
		t.Errorf("a Kỷ niệm chương already received can never be given again: Earliest = %d, want 0", got)
	}
}
