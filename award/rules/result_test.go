package rules_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// A screening's Result.Verdict is the verdict Check gives for the codes no
// other code of the screening decides for the candidate: LĐTT, whose
// criteria (rating, days absent, discipline; NĐ 91/2017, Điều 8 and Luật
// TĐKT 2022, Điều 24) read only the history. Code, year, regime and
// Through are the Result's, the criteria and reasons the same.
func TestResultVerdictIsCheck(t *testing.T) {
	rs := rules.DefaultRegimes()
	cs := population(120)
	res := rules.Screen(rs, cs, 2023, []award.Code{award.LDTT, award.CSTDCS}, nil)
	for i := range cs {
		got, ok := res.Verdict(i, 0)
		if !ok {
			t.Fatalf("row %d: no verdict for LĐTT", i)
		}
		want := rules.Check(rs.ForYear(2023), &cs[i], award.LDTT, 2023)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%s LĐTT: Screen's verdict differs from Check's (-Check +Screen):\n%s", cs[i].ID, diff)
		}
		d := res.Rows[i].Decisions[1]
		v, _ := res.Verdict(i, 1)
		if v.Code != award.CSTDCS || v.Year != 2023 || v.Regime != res.Regime || v.Through != res.Through[1] ||
			v.Eligible != d.Eligible || v.Pending != d.Pending || v.Basis != d.Basis || len(v.Criteria) == 0 {
			t.Fatalf("%s CSTĐCS: verdict %+v does not hold decision %+v of the result", cs[i].ID, v, d)
		}
		if byID, ok := res.VerdictOf(cs[i].ID, award.CSTDCS); !ok || !cmp.Equal(byID, v) {
			t.Fatalf("%s: VerdictOf differs from Verdict", cs[i].ID)
		}
	}
	if res.Regime != rules.R2017 || res.Through[0] != 2023 {
		t.Errorf("regime %s, through %v; want R2017 (NĐ 91/2017 in force on 31/12/2023), 2023", res.Regime, res.Through)
	}
}

// Under Params.ConsiderInYearAfter a title considered in 2021 counts the
// achievements up to 2020: the Result says so for every decision of the
// code (Result.Through), as Check's Verdict.Through does.
func TestResultThroughYearAfter(t *testing.T) {
	rs := rules.DefaultRegimes()
	for _, reg := range rs.All() {
		reg.Params.ConsiderInYearAfter = true
	}
	c := cstdcsYears(2018, 2019, 2020, 2021)
	c.Initiatives = append(c.Initiatives, initiative("SK-BO", 2020, rules.Ministry, true))
	res := rules.Screen(rs, []rules.Candidate{*c}, 2021, []award.Code{award.CSTDBo}, nil)
	got, ok := res.VerdictOf(c.ID, award.CSTDBo)
	want := rs.Check(c, award.CSTDBo, 2021)
	if !ok || got.Through != 2020 || want.Through != 2020 || res.Through[0] != 2020 {
		t.Errorf("through: Screen %d (Result %v), Check %d; want 2020", got.Through, res.Through, want.Through)
	}
}

// Asking a Result for what it does not hold gives nothing, never a panic:
// a row or code out of range, an unknown candidate, and a screening under
// no regime.
func TestResultOutOfRange(t *testing.T) {
	rs := rules.DefaultRegimes()
	c := rate(person("a"), 2023, 2023, org.Excellent)
	res := rules.Screen(rs, []rules.Candidate{*c}, 2023, []award.Code{award.LDTT}, nil)
	for _, ij := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
		if _, ok := res.Verdict(ij[0], ij[1]); ok {
			t.Errorf("Verdict(%d, %d) found", ij[0], ij[1])
		}
	}
	if _, ok := res.VerdictOf("b", award.LDTT); ok {
		t.Error("VerdictOf an unknown candidate found")
	}
	if _, ok := res.VerdictOf("a", award.CSTDCS); ok {
		t.Error("VerdictOf a code not screened found")
	}
	if v, ok := res.VerdictOf("a", award.LDTT); !ok || !v.Eligible {
		t.Errorf("a's LĐTT 2023 (rated hoàn thành xuất sắc): %+v, %v; want eligible", v, ok)
	}
	none := rules.Screen(&rules.Regimes{}, []rules.Candidate{*c}, 2023, []award.Code{award.LDTT}, nil)
	if none.Regime != "" || none.Decision("a", award.LDTT) != nil {
		t.Errorf("no regime: regime %q, decision %v; want none", none.Regime, none.Decision("a", award.LDTT))
	}
	if _, ok := none.Verdict(0, 0); ok {
		t.Error("no regime: a verdict found")
	}
}

// A decision built by hand (NewDecision) holds what a screening's does:
// outcome, criteria, achievements used, cut; decisions compare equal by
// value (Decision.Equal, which go-cmp uses).
func TestNewDecision(t *testing.T) {
	crit := []rules.Criterion{{ID: "x", Passed: false, Reason: "Chưa có sáng kiến"}}
	v := rules.Verdict{Code: award.CSTDCS, Eligible: false, Criteria: crit, Used: []rules.Achievement{{ID: "SK-1"}}}
	d := rules.NewDecision(v, "Tỷ lệ 15%: ngoài tỷ lệ")
	if d.Eligible || d.Cut() != "Tỷ lệ 15%: ngoài tỷ lệ" || !cmp.Equal(d.Criteria(), crit) || len(d.Used()) != 1 || len(d.Failed()) != 1 {
		t.Errorf("NewDecision: %+v cut %q criteria %v used %v", d, d.Cut(), d.Criteria(), d.Used())
	}
	if !cmp.Equal(d, rules.NewDecision(v, "Tỷ lệ 15%: ngoài tỷ lệ")) {
		t.Error("equal decisions differ")
	}
	if cmp.Equal(d, rules.NewDecision(v, "")) || cmp.Equal(d, rules.NewDecision(rules.Verdict{}, "")) {
		t.Error("different decisions compare equal")
	}
	var zero rules.Decision
	if zero.Cut() != "" || zero.Criteria() != nil || zero.Used() != nil || zero.Failed() != nil {
		t.Error("the zero decision holds something")
	}
}

// A Result written as JSON and read back holds the same decisions, with
// their criteria, achievements used and quota cuts: nothing is lost on
// the way.
func TestResultJSON(t *testing.T) {
	rs := rules.DefaultRegimes()
	cs := population(300)
	for _, opt := range []*rules.ScreenOptions{nil, {VerdictsOnly: true}} {
		res := rules.Screen(rs, cs, 2023, individualCodes, opt)
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		var back rules.Result
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(res, back); diff != "" {
			t.Fatalf("JSON round trip (-screened +read):\n%s", diff)
		}
		cut, used, crit := 0, 0, 0
		for _, row := range back.Rows {
			for _, d := range row.Decisions {
				cut += min(len(d.Cut()), 1)
				used += len(d.Used())
				crit += len(d.Criteria())
			}
		}
		if cut == 0 || used == 0 || (opt == nil) != (crit > 0) {
			t.Errorf("read back: %d cuts, %d achievements used, %d criteria: the test shows nothing", cut, used, crit)
		}
	}
	var d rules.Decision
	if err := json.Unmarshal([]byte(`{"eligible":"yes"}`), &d); err == nil || !strings.HasPrefix(err.Error(), "rules: ") {
		t.Errorf("a bad decision read: %v", err)
	}
}
