package rules_test

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
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

// TestEarliestYearOutOfRange: a fromYear no history can hold gives 0 and
// no criteria at once, rather than a history simulated from there.
func TestEarliestYearOutOfRange(t *testing.T) {
	rs := rules.DefaultRegimes()
	c := rate(person("p1"), 2018, 2020, org.Excellent)
	for _, y := range []int{math.MinInt, -1_000_000_000, 0, 1899, 2201, math.MaxInt} {
		within(t, "Earliest", func() {
			if got, missing := rules.Earliest(rs, c, award.CSTDBo, y); got != 0 || missing != nil {
				t.Errorf("Earliest(%d) = %d, %v; want 0, nil", y, got, missing)
			}
		})
	}
	within(t, "Earliest 2021", func() {
		if got, _ := rules.Earliest(rs, c, award.CSTDBo, 2021); got == 0 {
			t.Error("Earliest(2021) = 0: CSTĐ cấp bộ is reachable")
		}
	})
}

// TestFarFirstYear: a history starting far in the past or the future
// (Candidate.Validate rejects it) gives verdicts, never a panic or a count
// of every year from there.
func TestFarFirstYear(t *testing.T) {
	rs := rules.DefaultRegimes()
	for _, first := range []int{math.MinInt, math.MinInt + 1, -1 << 40, math.MaxInt - 1} {
		c := &rules.Candidate{ID: "x", Unit: "u", FirstYear: first, Years: make([]rules.YearRecord, 3)}
		for i := range c.Years {
			c.Years[i] = rules.YearRecord{Rating: org.Excellent, Awards: rules.SetOf(award.LDTT, award.CSTDCS, award.BangKhenBo)}
		}
		for _, code := range probeCodes {
			within(t, "Check "+string(code), func() {
				if v := rs.Check(c, code, 2024); v.Eligible && code != award.LDTT {
					t.Errorf("FirstYear %d: %s eligible on no history of 2024", first, code)
				}
			})
			within(t, "Earliest "+string(code), func() { rules.Earliest(rs, c, code, 2024) })
		}
		within(t, "Screen", func() { rules.Screen(rs, []rules.Candidate{*c}, 2024, probeCodes, nil) })
	}
}

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

// TestQuotaRateNotWrapped: a rate so high that the cap overflows an int
// caps nothing; it does not cut every candidate.
func TestQuotaRateNotWrapped(t *testing.T) {
	rs := rules.DefaultRegimes()
	for _, reg := range rs.All() {
		sp := reg.Codes[award.CSTDCS]
		sp.Quota.Percent = math.MaxInt/2 + 7
		reg.Codes[award.CSTDCS] = sp
	}
	var cs []rules.Candidate
	for _, id := range []string{"a", "b", "c"} {
		c := rate(person(id), 2015, 2020, org.Excellent)
		c.Initiatives = []rules.Initiative{initiative("sk-"+id, 2020, rules.Grassroots, true)}
		cs = append(cs, *c)
	}
	res := rules.Screen(rs, cs, 2020, []award.Code{award.CSTDCS}, nil)
	for i := range cs {
		if v, ok := res.Verdict(i, 0); !ok || !v.Eligible {
			t.Errorf("%s: not eligible, cut %q", cs[i].ID, res.Rows[i].Decisions[0].Cut())
		}
	}
}

// TestScreenRepeatedCode: a code listed twice is one decision: both places
// hold what listing it once gives, the achievements it used counted once.
func TestScreenRepeatedCode(t *testing.T) {
	rs := rules.DefaultRegimes()
	c := rate(person("a"), 2015, 2020, org.Excellent)
	c.Initiatives = []rules.Initiative{initiative("i1", 2020, rules.Grassroots, true), initiative("i2", 2019, rules.Grassroots, true)}
	cands := []rules.Candidate{*c}
	for _, vo := range []bool{false, true} {
		opt := &rules.ScreenOptions{VerdictsOnly: vo}
		once := rules.Screen(rs, cands, 2020, []award.Code{award.BangKhenBo}, opt)
		want, _ := once.Verdict(0, 0)
		if !want.Eligible {
			t.Fatalf("Bằng khen cấp bộ listed once: not eligible: %v", want.Failed())
		}
		twice := rules.Screen(rs, cands, 2020, []award.Code{award.BangKhenBo, award.LDTT, award.BangKhenBo}, opt)
		if !cmp.Equal(twice.Codes, []award.Code{award.BangKhenBo, award.LDTT, award.BangKhenBo}) || len(twice.Through) != 3 {
			t.Fatalf("Codes %v, Through %v: want the codes as listed", twice.Codes, twice.Through)
		}
		for _, j := range []int{0, 2} {
			got, ok := twice.Verdict(0, j)
			if !ok || !cmp.Equal(got, want) {
				t.Errorf("VerdictsOnly %v, place %d: %s", vo, j, cmp.Diff(want, got))
			}
		}
		if v, ok := twice.Verdict(0, 1); !ok || !v.Eligible || v.Code != award.LDTT {
			t.Errorf("VerdictsOnly %v: LĐTT between the repeated code: %+v", vo, v)
		}
	}
}

// TestNilRegistryAndResult: the accessors of a nil registry or result
// report nothing; a nil regime added is not registered.
func TestNilRegistryAndResult(t *testing.T) {
	var rs *rules.Regimes
	within(t, "nil registry", func() {
		if rs.Named(rules.R2017) != nil || rs.All() != nil {
			t.Error("a nil registry names a regime")
		}
	})
	within(t, "Add(nil)", func() {
		rs := rules.DefaultRegimes()
		rs.Add(nil)
		if n := len(rs.All()); n != 6 {
			t.Errorf("%d regimes after Add(nil), want 6", n)
		}
		if v := rs.Check(person("p"), award.LDTT, 2020); v.Regime != rules.R2017 {
			t.Errorf("regime %q after Add(nil)", v.Regime)
		}
	})
	var res *rules.Result
	within(t, "nil result", func() {
		if _, ok := res.Verdict(0, 0); ok {
			t.Error("nil result: a verdict")
		}
		if _, ok := res.VerdictOf("p", award.LDTT); ok {
			t.Error("nil result: a verdict")
		}
		if res.Decision("p", award.LDTT) != nil {
			t.Error("nil result: a decision")
		}
	})
}

// TestDecisionEqualEmptyCriteria: no criteria is no criteria, whether the
// list is nil or empty, as for the achievements used.
func TestDecisionEqualEmptyCriteria(t *testing.T) {
	a := rules.NewDecision(rules.Verdict{Criteria: []rules.Criterion{}}, "")
	b := rules.NewDecision(rules.Verdict{}, "")
	if !a.Equal(b) || !b.Equal(a) {
		t.Error("a decision with an empty criteria list differs from one with none")
	}
	c := rules.NewDecision(rules.Verdict{Criteria: []rules.Criterion{{ID: "x"}}}, "")
	if c.Equal(b) || b.Equal(c) {
		t.Error("a decision with a criterion equals one without")
	}
}

// TestParamsLongerThanHistory: a regime whose Params ask for more years
// than any history holds (a Bằng khen cấp bộ after math.MaxInt years
// "xuất sắc", or a count that wraps around) fails the criterion rather
// than counting every year from there.
func TestParamsLongerThanHistory(t *testing.T) {
	c := rate(person("p1"), 2015, 2024, org.Excellent, award.LDTT, award.CSTDCS)
	c.Initiatives = []rules.Initiative{initiative("i1", 2024, rules.Grassroots, true), initiative("i2", 2023, rules.Grassroots, true)}
	for _, years := range []int{math.MaxInt, math.MinInt, 1 << 40} {
		rs := rules.DefaultRegimes()
		for _, reg := range rs.All() {
			reg.Params.BKBoYears, reg.Params.CollBKBoYears = years, years
		}
		within(t, "Check", func() {
			v := rs.Check(c, award.BangKhenBo, 2024)
			if cr := criterion(v, "bkbo.xuat-sac"); cr == nil || cr.Passed || cr.Facts.Need <= 0 {
				t.Errorf("BKBoYears %d: criterion %+v; want it failed, needing a positive count", years, cr)
			}
		})
		within(t, "Earliest", func() { rules.Earliest(rs, c, award.BangKhenTTg, 2024) })
		within(t, "Screen", func() {
			coll := rules.Candidate{ID: "u1", Unit: "root", Collective: true}
			rate(&coll, 2015, 2024, org.Excellent)
			rules.Screen(rs, []rules.Candidate{coll, *c}, 2024, []award.Code{award.BangKhenBo}, nil)
		})
	}
}

// TestDecisionJSONUnknownBasis: a decision read from JSON with a basis
// that is no GrantKind is refused with ErrInvalid, the decision unchanged.
func TestDecisionJSONUnknownBasis(t *testing.T) {
	d := rules.NewDecision(rules.Verdict{Eligible: true, Basis: rules.AdHoc}, "")
	for _, in := range []string{`{"eligible":true,"basis":42}`, `{"eligible":true,"basis":6}`} {
		err := json.Unmarshal([]byte(in), &d)
		if !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("%s: %v, want thidua.ErrInvalid", in, err)
		}
		if !d.Eligible || d.Basis != rules.AdHoc {
			t.Errorf("%s: decision changed to %+v", in, d)
		}
	}
	if err := json.Unmarshal([]byte(`{"eligible":true,"basis":5}`), &d); err != nil || d.Basis != rules.External {
		t.Errorf("basis 5 (External): %v, %+v", err, d)
	}
}

// loose is an org reader that returns records outside the years asked
// for, as a caller's own view of its data may: the year before any
// history and the last int.
type loose struct{ *org.MemStore }

func (l loose) PersonYears(ctx context.Context, f org.YearFilter) ([]org.PersonYear, error) {
	pys, err := l.MemStore.PersonYears(ctx, f)
	if len(pys) > 0 {
		far := pys[0]
		far.Year = math.MaxInt
		early := pys[0]
		early.Year = 1
		pys = append(pys, far, early)
	}
	return pys, err
}

func (l loose) UnitYears(ctx context.Context, f org.UnitYearFilter) ([]org.UnitYear, error) {
	uys, err := l.MemStore.UnitYears(ctx, f)
	if len(uys) > 0 {
		far := uys[0]
		far.Year = math.MaxInt
		uys = append(uys, far)
	}
	return uys, err
}

// looseAwards is an award reader that adds to the grants asked for one
// of a year before any history.
type looseAwards struct{ *award.MemStore }

func (l looseAwards) Grants(ctx context.Context, f award.GrantFilter) ([]award.Grant, error) {
	gs, err := l.MemStore.Grants(ctx, f)
	if len(gs) > 0 {
		far := gs[0]
		far.Subject.Year = math.MinInt
		gs = append(gs, far)
	}
	return gs, err
}

// TestLoadIgnoresYearsOutsideSpan: the loaders keep only the years of the
// span they were asked for, whatever a reader returns; before, a record of
// year math.MaxInt made LoadPerson and LoadUnit hang extending Years, and
// a grant of year math.MinInt made them panic.
func TestLoadIgnoresYearsOutsideSpan(t *testing.T) {
	f := newFx(t)
	p := f.person("p1", org.Male, "cc-tm")
	f.rated(p, 2018, 2019, org.Excellent)
	f.must(f.org.AddUnitYear(f.ctx, org.UnitYear{Unit: "cc-tm", Year: 2019, Rating: org.Excellent}))
	f.grant(award.PersonRecipient(p), award.LDTT, 2019, award.Regular, "")
	f.grant(award.UnitRecipient("cc-tm"), award.TTLDTT, 2019, award.Regular, "")
	src := f.src()
	src.Org, src.Award = loose{f.org}, looseAwards{f.aw}
	span := thidua.Years(2015, 2019)
	within(t, "LoadPerson", func() {
		c, err := rules.LoadPerson(f.ctx, src, p, span)
		if err != nil || c.FirstYear != 2018 || len(c.Years) != 2 {
			t.Errorf("LoadPerson: years %d+%d, %v; want 2018-2019", c.FirstYear, len(c.Years), err)
		}
	})
	within(t, "LoadUnit", func() {
		c, err := rules.LoadUnit(f.ctx, src, "cc-tm", span)
		if err != nil || c.FirstYear < 2015 || c.FirstYear+len(c.Years)-1 > 2019 {
			t.Errorf("LoadUnit: years %d+%d, %v; want within 2015-2019", c.FirstYear, len(c.Years), err)
		}
	})
	within(t, "LoadSubtree", func() {
		if _, err := rules.LoadSubtree(f.ctx, src, "cc-tm", 2019, 5); err != nil {
			t.Errorf("LoadSubtree: %v", err)
		}
	})
}

// TestAddFarYear: a grant of a year no history holds is kept in Grants,
// not added by extending Years to it (a panic for math.MinInt, years of
// memory for math.MaxInt).
func TestAddFarYear(t *testing.T) {
	for _, y := range []int{math.MinInt, -1 << 40, 1 << 40, math.MaxInt} {
		within(t, "Add", func() {
			c := rate(person("p"), 2019, 2020, org.Excellent)
			c.Add(rules.Grant{Code: award.LDTT, Year: y})
			if c.FirstYear != 2019 || len(c.Years) != 2 || len(c.Grants) != 1 || !c.Received(award.LDTT) {
				t.Errorf("Add of year %d: %d years, grants %v", y, len(c.Years), c.Grants)
			}
		})
	}
}

// TestPrizeBadInput: no regime, or two base salaries from one day with
// different amounts, is ErrInvalid rather than a panic or the first amount
// listed.
func TestPrizeBadInput(t *testing.T) {
	on := d(2024, time.March, 1)
	salaries := []rules.BaseSalary{
		{From: d(2023, time.July, 1), Amount: decimal.NewFromInt(1_800_000)},
		{From: d(2023, time.July, 1), Amount: decimal.NewFromInt(1_490_000)},
	}
	within(t, "Prize(nil)", func() {
		if _, err := rules.Prize(nil, award.CSTDCS, on, salaries[:1]); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("Prize(nil regime): %v, want ErrInvalid", err)
		}
	})
	if _, err := rules.BaseSalaryOn(salaries, on); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("BaseSalaryOn, two amounts from 01/07/2023: %v, want ErrInvalid", err)
	}
	same := append(salaries[:1:1], salaries[0])
	if got, err := rules.BaseSalaryOn(same, on); err != nil || !got.Equal(decimal.NewFromInt(1_800_000)) {
		t.Errorf("BaseSalaryOn, one amount listed twice: %s, %v", got, err)
	}
	reg := rules.NewR2024()
	if _, err := rules.Prize(reg, award.CSTDCS, on, salaries); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Prize, two amounts from 01/07/2023: %v, want ErrInvalid", err)
	}
}
