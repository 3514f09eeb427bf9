package rules_test

import (
	"math"
	"testing"
	"time"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// within runs f and fails t when f panics or takes more than a few
// seconds: hostile input must neither crash the engine nor hang it.
func within(t *testing.T, name string, f func()) {
	t.Helper()
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		f()
	}()
	select {
	case p := <-done:
		if p != nil {
			t.Errorf("%s: panic: %v", name, p)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: still running after 10 s", name)
	}
}

var probeCodes = []award.Code{award.LDTT, award.CSTDCS, award.CSTDBo, award.CSTDToanQuoc, award.BangKhenBo,
	award.BangKhenTTg, award.HCLD3, award.TTLDTT, award.TTLDXS, award.CoBo, award.CoChinhPhu}

// TestRequirementLongerThanHistory: a requirement of more years than any
// history holds fails, with its criterion, rather than being counted year
// by year.
func TestRequirementLongerThanHistory(t *testing.T) {
	good := rate(person("p1"), 2015, 2024, org.Excellent, award.LDTT, award.CSTDCS)
	for _, r := range []rules.Requirement{
		{Code: award.CSTDCS, Kind: rules.Periods, Years: math.MaxInt, Times: math.MaxInt, ID: "long"},
		{Code: award.CSTDCS, Kind: rules.Periods, Years: 1, Times: 1 << 40, ID: "long"},
		{Code: award.CSTDCS, Kind: rules.Periods, Years: 400, Times: 2, ID: "long"},
		{Code: award.CSTDCS, Kind: rules.Consecutive, Years: math.MaxInt, ID: "long"},
		{Code: award.CSTDCS, Kind: rules.Consecutive, Years: 1 << 40, ID: "long"},
	} {
		rs := rules.DefaultRegimes()
		for _, reg := range rs.All() {
			reg.Codes["sector"] = rules.CodeSpec{Requires: []rules.Requirement{r}}
		}
		within(t, "Check", func() {
			v := rs.Check(good, "sector", 2024)
			cr := criterion(v, "long")
			if v.Eligible || cr == nil || cr.Passed || cr.Reason == "" {
				t.Errorf("%+v: eligible %v, criterion %+v; want a failed criterion with its reason", r, v.Eligible, cr)
			}
		})
		within(t, "Screen", func() {
			res := rules.Screen(rs, []rules.Candidate{*good}, 2024, []award.Code{"sector"}, nil)
			if v, ok := res.Verdict(0, 0); !ok || v.Eligible {
				t.Errorf("%+v: screened eligible", r)
			}
		})
		within(t, "Earliest", func() {
			if y, _ := rules.Earliest(rs, good, "sector", 2024); y != 0 {
				t.Errorf("%+v: Earliest = %d, want 0", r, y)
			}
		})
	}
}
