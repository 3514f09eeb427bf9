package rules_test

import (
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// A ministry's two codes, as its emulation rules (quy chế thi đua) would
// set them: a yearly title for staff rated "hoàn thành xuất sắc nhiệm vụ"
// (decided in the year-end round), and a Bằng khen of the sector for two
// consecutive years of that title, at most half of the title's holders of
// each unit. The expectations below come from these stated rules.
const (
	nganhTitle  award.Code = "lao-dong-gioi-nganh"
	nganhBK     award.Code = "bang-khen-nganh"
	quyChe                 = "Quy chế thi đua, khen thưởng của Bộ, Điều 5"
	quyCheTyLe             = "Quy chế thi đua, khen thưởng của Bộ, Điều 9"
	nganhTitleR            = "Quy chế thi đua, khen thưởng của Bộ, Điều 4"
)

// ministryRegime returns R2025 with the ministry's codes: the title by a
// rule, the Bằng khen by data alone (requirement and quota).
func ministryRegime() *rules.Regime {
	reg := rules.NewR2025()
	reg.Rules[nganhTitle] = func(e *rules.Eval) {
		r := e.Rating(e.Year())
		e.AddCited("nganh.xep-loai", nganhTitleR, r == org.Excellent, rules.Facts{}, func() string {
			return "Năm " + strconv.Itoa(e.Year()) + " xếp loại " + rules.RatingName(r)
		})
	}
	maps.Copy(reg.Codes, map[award.Code]rules.CodeSpec{
		nganhTitle: {Name: "danh hiệu Lao động giỏi ngành", SameRound: true},
		nganhBK: {
			Name:     "Bằng khen ngành",
			Requires: []rules.Requirement{{Code: nganhTitle, Years: 2, Citation: quyChe}},
			Quota:    rules.Quota{Percent: 50, Of: nganhTitle, Citation: quyCheTyLe},
		},
	})
	return reg
}

func ministryRegimes(reg *rules.Regime) *rules.Regimes {
	rs := &rules.Regimes{}
	rs.Add(reg)
	return rs
}

// TestMinistryCodesFirstClass: the Bằng khen of the sector is decided from
// the sector title of the same round, whatever order the codes are listed
// in and whether the title is listed at all, and its quota applies.
func TestMinistryCodesFirstClass(t *testing.T) {
	reg := ministryRegime()
	rs := ministryRegimes(reg)
	const year = 2025
	scored := func(c *rules.Candidate, score int) rules.Candidate {
		c.Ensure(year).Score = score
		return *c
	}
	cands := []rules.Candidate{
		// a: title 2024 recorded, rated excellent 2025 → title 2025 decided → Bằng khen.
		scored(give(rate(person("a"), 2024, year, org.Excellent), nganhTitle, 2024), 80),
		// b: no title 2024 → not two consecutive years.
		scored(rate(person("b"), year, year, org.Excellent), 95),
		// c and d: like a; c scores higher, d lower.
		scored(give(rate(person("c"), 2024, year, org.Excellent), nganhTitle, 2024), 90),
		scored(give(rate(person("d"), 2024, year, org.Excellent), nganhTitle, 2024), 70),
		// e: title 2024 recorded, rated only "tốt" in 2025 → no title 2025.
		scored(give(rate(person("e"), 2024, year, org.CompletedWell), nganhTitle, 2024), 99),
	}
	// Four holders of the title in 2025 (a, b, c, d): 50 % is 2 Bằng khen;
	// the eligible a, c, d are ranked by score: c, a in, d cut.
	want := map[string]bool{"a": true, "b": false, "c": true, "d": false, "e": false}
	for _, codes := range [][]award.Code{{nganhBK, nganhTitle}, {nganhTitle, nganhBK}, {nganhBK}} {
		res := rules.Screen(rs, cands, year, codes, nil)
		for id, w := range want {
			dec := decision(&res, id, nganhBK)
			if dec == nil {
				t.Fatalf("codes %v: no decision for %s", codes, id)
			}
			if dec.Eligible != w {
				t.Errorf("codes %v: %s eligible %v, want %v; criteria %+v cut %q", codes, id, dec.Eligible, w, dec.Criteria, dec.Cut)
			}
		}
		d := decision(&res, "d", nganhBK)
		if !strings.Contains(d.Cut, "Tỷ lệ 50% ("+quyCheTyLe+"): 04 cá nhân đạt danh hiệu Lao động giỏi ngành của đơn vị, được chọn tối đa 02 Bằng khen ngành") ||
			!strings.Contains(d.Cut, "xếp thứ 3, ngoài tỷ lệ") {
			t.Errorf("codes %v: d cut %q, want the sector's rate with its citation, 04 holders, 02 chosen, d 3rd", codes, d.Cut)
		}
		b := decision(&res, "b", nganhBK)
		cr := criterionOf(b.Verdict, string(nganhBK)+".can."+string(nganhTitle))
		if cr == nil || cr.Passed || cr.Citation != quyChe || !slices.Equal(cr.Facts.Missing, []int{2024}) {
			t.Errorf("codes %v: b requirement %+v, want failed, cited %q, 2024 missing", codes, cr, quyChe)
		}
		if a := decision(&res, "a", nganhBK); a.Pending {
			t.Errorf("codes %v: a still pending after the quota: %+v", codes, a.Criteria)
		}
	}

	// Checked alone, without a screening, the title of 2025 is derived from
	// its own rule (the same round) and the quota stays pending.
	v := rules.Check(reg, &cands[0], nganhBK, year)
	if !v.Eligible || !v.Pending {
		t.Fatalf("check a alone: eligible %v pending %v, want eligible and pending (quota); %+v", v.Eligible, v.Pending, v.Criteria)
	}
	if cr := criterionOf(v, string(nganhBK)+".can."+string(nganhTitle)); cr == nil || !strings.Contains(cr.Reason, "năm 2025 đủ điều kiện danh hiệu Lao động giỏi ngành (xét cùng đợt)") {
		t.Errorf("check a alone: requirement %+v, want the 2025 title said derived in the same round", cr)
	}
	if cr := criterionOf(v, "nguyen-tac.ky-luat"); cr == nil || !cr.Passed || cr.Citation == "" {
		t.Errorf("check a alone: principles %+v, want applied by the engine with the regime's citation", cr)
	}
}

// TestMinistryCodePrinciples: the engine applies what the law applies to
// every award to a code defined by data alone: a discipline in force
// (NĐ 98/2023/NĐ-CP, Điều 4) and a revoked grant that cannot count.
func TestMinistryCodePrinciples(t *testing.T) {
	reg := ministryRegime()
	const year = 2025
	disciplined := give(rate(person("k"), 2024, year, org.Excellent), nganhTitle, 2024)
	disciplined.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2025, time.June, 1), To: d(2026, time.May, 31)}}}
	v := rules.Check(reg, disciplined, nganhBK, year)
	if v.Eligible || !slices.Contains(failed(v), "nguyen-tac.ky-luat") {
		t.Errorf("disciplined: eligible %v failed %v, want nguyen-tac.ky-luat failed", v.Eligible, failed(v))
	}

	revoked := rate(person("r"), 2024, year, org.Excellent)
	num, err := thidua.ParseDocNumber("12/QĐ-BTP")
	if err != nil {
		t.Fatal(err)
	}
	revoked.Revoked = []rules.Revoked{{Code: nganhTitle, Year: 2024, Decision: num}}
	v = rules.Check(reg, revoked, nganhBK, year)
	cr := criterionOf(v, string(nganhBK)+".can."+string(nganhTitle))
	if v.Eligible || cr == nil || !strings.Contains(cr.Reason, "năm 2024 đã bị hủy bỏ theo Quyết định số 12/QĐ-BTP") {
		t.Errorf("revoked: eligible %v, requirement %+v, want the 2024 title said revoked by its decision", v.Eligible, cr)
	}

	// One achievement, one form: a Bằng khen for 2025 used 2024-2025; the
	// next one cannot count 2025 again.
	again := give(rate(person("g"), 2024, 2026, org.Excellent), nganhTitle, 2024, 2025, 2026)
	again.Add(rules.Grant{Code: nganhBK, Year: 2025})
	v = rules.Check(reg, again, nganhBK, 2026)
	if cr := criterionOf(v, string(nganhBK)+".can."+string(nganhTitle)); v.Eligible || cr == nil || !slices.Equal(cr.Facts.Uncounted, []int{2025}) {
		t.Errorf("again: eligible %v, requirement %+v, want 2025 not counted (already used)", v.Eligible, cr)
	}
}

// TestRuleCannotChangeItsInputs: a rule that changes the parameters, the
// regime's data and the candidate it is given changes nothing for the other
// rules, the other candidates or the caller; what it is asked (code, year,
// date of consideration) it can only read: Eval has no field a rule can
// set.
func TestRuleCannotChangeItsInputs(t *testing.T) {
	et := reflect.TypeFor[rules.Eval]()
	for i := range et.NumField() {
		if f := et.Field(i); f.IsExported() {
			t.Errorf("rules.Eval has the exported field %s: a rule could change it", f.Name)
		}
	}
	clean := ministryRegime()
	meddler := ministryRegime()
	type asked struct {
		code award.Code
		year int
		asOf thidua.Date
	}
	var (
		mu   sync.Mutex // Screen may run rules on several goroutines
		seen []asked
	)
	meddler.Rules[nganhTitle] = func(e *rules.Eval) {
		mu.Lock()
		seen = append(seen, asked{e.Code(), e.Year(), e.AsOf()})
		mu.Unlock()
		p := e.Params()
		p.LDTTMinRating = org.Completed
		p.LDTTMinMonths = 0
		p.PrizeMultiples[award.LDTT] = decimal.NewFromInt(100)
		spec := e.Spec()
		spec.Requires = append(spec.Requires[:0], rules.Requirement{Code: award.HCLD1})
		c := e.Candidate()
		for i := range c.Years {
			c.Years[i].Rating = org.Excellent
			c.Years[i].Awards.Add(award.CSTDCS)
		}
		c.Disciplines = nil
		c.Recruited = thidua.Date{}
		e.AddCited("nganh.xep-loai", nganhTitleR, true, rules.Facts{}, nil)
	}
	before := meddler.Clone()
	const year = 2025
	cands := []rules.Candidate{
		*rate(person("x"), 2024, year, org.Completed),                                                                // LĐTT needs "tốt"
		*rate(&rules.Candidate{ID: "y", Unit: "u1", Recruited: d(2025, time.October, 1)}, year, year, org.Excellent), // recruited too late
		*give(rate(person("z"), 2024, year, org.Excellent), nganhTitle, 2024),
	}
	cands[2].Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2025, time.June, 1), To: d(2026, time.May, 31)}}}
	orig := make([]rules.Candidate, len(cands))
	for i := range cands {
		orig[i] = *cands[i].Clone()
	}
	codes := []award.Code{nganhTitle, award.LDTT, award.CSTDCS, nganhBK}
	got := rules.Screen(ministryRegimes(meddler), cands, year, codes, nil)
	want := rules.Screen(ministryRegimes(clean), cands, year, codes, nil)
	for _, id := range []string{"x", "y", "z"} {
		for _, code := range []award.Code{award.LDTT, award.CSTDCS, nganhBK} {
			g, w := decision(&got, id, code), decision(&want, id, code)
			if g.Eligible != w.Eligible || !slices.Equal(failed(g.Verdict), failed(w.Verdict)) {
				t.Errorf("%s %s: eligible %v failed %v, want %v %v (the meddling rule changed another rule's inputs)",
					id, code, g.Eligible, failed(g.Verdict), w.Eligible, failed(w.Verdict))
			}
		}
	}
	if diff := cmp.Diff(orig, cands, cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("candidates changed by a rule (-before +after):\n%s", diff)
	}
	if !meddler.Params.PrizeMultiples[award.LDTT].Equal(before.Params.PrizeMultiples[award.LDTT]) ||
		meddler.Params.LDTTMinMonths != before.Params.LDTTMinMonths || meddler.Params.LDTTMinRating != before.Params.LDTTMinRating {
		t.Errorf("regime parameters changed by a rule")
	}
	if diff := cmp.Diff(before.Codes, meddler.Codes); diff != "" {
		t.Errorf("regime data changed by a rule (-before +after):\n%s", diff)
	}
	want31 := asked{nganhTitle, year, d(year, time.December, 31)}
	if len(seen) == 0 {
		t.Errorf("the meddling rule was never called")
	}
	for _, a := range seen {
		if a != want31 {
			t.Errorf("the rule was asked %+v, want %+v", a, want31)
		}
	}
}

func criterionOf(v rules.Verdict, id string) *rules.Criterion { return criterion(v, id) }
