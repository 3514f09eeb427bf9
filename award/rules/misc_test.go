package rules_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
	"golang.org/x/text/unicode/norm"
)

func TestTuPhapKNC(t *testing.T) {
	code := rules.TuPhapKNCCode
	post := func(g org.Gender, p rules.Post, n int) func() *rules.Candidate {
		return func() *rules.Candidate {
			c := rate(person("a"), 2025-n+1, 2025, org.CompletedWell)
			c.Gender = g
			for y := 2025 - n + 1; y <= 2025; y++ {
				c.Ensure(y).Post = p
			}
			return c
		}
	}
	tests := []struct {
		name, reason string
		c            func() *rules.Candidate
		year         int
		eligible     bool
		failed       []string
	}{
		{"nu-pho-6", "TT 14/2025: women deputies 6 years", post(org.Female, rules.Deputy, 6), 2025, true, nil},
		{"nam-pho-6", "men deputies need 8 years; and no head years", post(org.Male, rules.Deputy, 6), 2025, false,
			[]string{"knc.cap-pho", "knc.cap-truong"}},
		{"nam-pho-8", "men deputies 8 years", post(org.Male, rules.Deputy, 8), 2025, true, nil},
		{"nam-truong-5", "men heads 5 years", post(org.Male, rules.Head, 5), 2025, true, nil},
		{"nu-truong-3", "women heads 3 years", post(org.Female, rules.Head, 3), 2025, true, nil},
		{"nam-truong-4", "4 years as head: neither 5 as head nor 8 as deputy", post(org.Male, rules.Head, 4), 2025, false,
			[]string{"knc.cap-pho", "knc.cap-truong"}},
		{"xep-loai-kem", "years rated below 'tốt' do not count",
			func() *rules.Candidate {
				c := post(org.Female, rules.Deputy, 6)()
				c.Ensure(2022).Rating = org.Completed
				return c
			}, 2025, false, []string{"knc.cap-pho", "knc.cap-truong"}},
		{"da-nhan", "once per person (TT 06/2018); the unmet deputy alternative is listed too",
			func() *rules.Candidate {
				c := post(org.Male, rules.Head, 5)()
				c.Add(rules.Grant{Code: code, Year: 2015, Kind: rules.LongService})
				return c
			}, 2025, false, []string{"knc.cap-pho", "knc.mot-lan"}},
		{"truy-tang", "never posthumously (TT 06/2018)",
			func() *rules.Candidate {
				c := post(org.Male, rules.Head, 5)()
				c.Deceased = true
				return c
			}, 2025, false, []string{"knc.cap-pho", "knc.truy-tang"}},
		{"truoc-tt14", "before 15/09/2025 only the TT 06/2018 rules apply", func() *rules.Candidate { return person("a") }, 2024, true, nil},
		{"ky-luat-dieu-tra", "head for 8 years, but a cảnh cáo still in force and an open investigation: no award (NĐ 98 art. 4)",
			func() *rules.Candidate {
				c := post(org.Male, rules.Head, 8)()
				c.Disciplines = []rules.Discipline{{Form: org.CanhCao, InForce: thidua.Period{From: d(2025, 6, 1), To: d(2026, 5, 31)}}}
				c.Proceedings = []rules.Proceeding{{Kind: rules.Investigation, Open: thidua.Since(d(2025, 11, 1))}}
				return c
			}, 2025, false, []string{"nguyen-tac.dieu-tra", "nguyen-tac.ky-luat"}},
		{"ky-luat-truoc-tt14", "the general principles apply under TT 06/2018 too (NĐ 98 art. 4)",
			func() *rules.Candidate {
				c := person("a")
				c.Proceedings = []rules.Proceeding{{Kind: rules.Complaint, Open: thidua.Since(d(2024, 10, 1))}}
				return c
			}, 2024, false, []string{"nguyen-tac.dieu-tra"}},
		{"tap-the", "Kỷ niệm chương is given to persons (once per person, TT 06/2018): a collective is rejected",
			func() *rules.Candidate {
				c := post(org.Male, rules.Head, 5)()
				c.Collective = true
				return c
			}, 2025, false, []string{"knc.doi-tuong"}},
	}
	rs := rules.DefaultRegimes()
	for _, r := range rs.All() {
		r.Rules[code] = rules.TuPhapKNC(rules.DefaultTuPhapKNCParams()) // a ministry adds its rule
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := rs.Check(tt.c(), code, tt.year)
			if v.Eligible != tt.eligible {
				t.Errorf("%s: Eligible = %v", tt.reason, v.Eligible)
			}
			if diff := cmp.Diff(tt.failed, failed(v)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
			for _, c := range v.Criteria {
				if c.Citation == "" {
					t.Errorf("%s has no citation", c.ID)
				}
			}
		})
	}
	if v := rules.DefaultRegimes().Check(person("a"), code, 2025); v.Eligible || v.Criteria[0].ID != "quy-tac" {
		t.Errorf("the default regimes do not know the sector code: %+v", v)
	} else if want := "Không có quy định trong bộ quy tắc " + rules.DefaultRegimes().ForYear(2025).Name; v.Criteria[0].Citation != want {
		t.Errorf("quy-tac citation = %q, want %q", v.Criteria[0].Citation, want)
	}
}

func TestParamsOverride(t *testing.T) {
	rs := rules.DefaultRegimes()
	strict := rs.Named(rules.R2017).Clone()
	strict.Name = "R2017-bo"
	strict.Params.LDTTMaxAbsent = 30 // a ministry's stricter circular
	rs.Add(strict)
	c := rate(person("a"), 2020, 2020, org.CompletedWell)
	c.Ensure(2020).DaysAbsent = 35
	v := rs.Check(c, award.LDTT, 2020)
	if v.Regime != "R2017-bo" || v.Eligible {
		t.Errorf("overriding regime: %s eligible=%v, want R2017-bo false", v.Regime, v.Eligible)
	}
	if v := rules.Check(rs.Named(rules.R2017), c, award.LDTT, 2020); !v.Eligible {
		t.Error("the original regime must be unchanged by the clone's override")
	}
}

func TestEveryCriterionListed(t *testing.T) {
	c := rate(person("a"), 2020, 2020, org.Completed)
	c.Ensure(2020).DaysAbsent = 45
	c.Recruited = d(2020, time.June, 1)
	v := rules.DefaultRegimes().Check(c, award.LDTT, 2020)
	var ids []string
	for _, cr := range v.Criteria {
		ids = append(ids, cr.ID)
	}
	want := []string{"doi-tuong", "ldtt.xep-loai", "ldtt.tuyen-dung", "ldtt.ngay-nghi", "ldtt.ky-luat", "nguyen-tac.ky-luat", "nguyen-tac.dieu-tra"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("every criterion, passed or failed, in order (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"ldtt.ngay-nghi", "ldtt.tuyen-dung", "ldtt.xep-loai"}, failed(v)); diff != "" {
		t.Errorf("three failures reported, not only the first (-want +got):\n%s", diff)
	}
	if cr := criterion(v, "ldtt.tuyen-dung"); cr.Facts.Have != 7 || cr.Facts.Need != 10 {
		t.Errorf("recruited 01/06/2020: 7 months of 10, got %+v", cr.Facts)
	}
}

func TestReasonText(t *testing.T) {
	rs := rules.DefaultRegimes()
	for _, r := range rs.All() {
		r.Rules[rules.TuPhapKNCCode] = rules.TuPhapKNC(rules.DefaultTuPhapKNCParams())
	}
	cands := population(40)
	cands = append(cands, *cstdcsYears(2018, 2020), *team(2020, org.Excellent, rules.Members{Total: 3})())
	codes := []award.Code{award.LDTT, award.CSTDCS, award.CSTDBo, award.CSTDToanQuoc, award.TTLDTT, award.TTLDXS,
		award.CoBo, award.CoChinhPhu, award.BangKhenBo, award.BangKhenTTg, award.HCLD3, rules.TuPhapKNCCode}
	for _, y := range []int{2016, 2020, 2023, 2024, 2025} {
		res := rules.Screen(rs, cands, y, codes, nil)
		for i, row := range res.Rows {
			for j, d := range row.Decisions {
				dec, _ := res.Verdict(i, j)
				for _, c := range dec.Criteria {
					if c.Reason == "" || c.Reason != norm.NFC.String(c.Reason) {
						t.Errorf("%s %d %s: reason %q empty or not NFC", dec.Code, y, c.ID, c.Reason)
					}
					if c.Citation == "" {
						t.Errorf("%s %d %s (%s): no citation", dec.Code, y, c.ID, res.Regime)
					}
				}
				if d.Cut() != norm.NFC.String(d.Cut()) {
					t.Errorf("cut %q not NFC", d.Cut())
				}
			}
		}
	}
	v := rs.Check(cstdcsYears(2018, 2020), award.CSTDBo, 2020)
	want := "Đạt danh hiệu Chiến sĩ thi đua cơ sở 02 trong 03 năm liên tục 2018 - 2020 (thiếu năm 2019)"
	if got := criterion(v, "cstdbo.cstdcs"); got.Reason != want || !cmp.Equal(got.Facts.Missing, []int{2019}) {
		t.Errorf("reason %q facts %+v, want %q missing [2019]", got.Reason, got.Facts, want)
	}
}

func TestPrize(t *testing.T) {
	salaries := []rules.BaseSalary{
		{From: d(2024, time.July, 1), Amount: decimal.NewFromInt(2340000)},
		{From: d(2019, time.July, 1), Amount: decimal.NewFromInt(1490000)},
		{From: d(2023, time.July, 1), Amount: decimal.NewFromInt(1800000)},
	}
	r2024 := rules.NewR2024()
	tests := []struct {
		name string
		code award.Code
		on   thidua.Date
		want int64
	}{
		{"ldtt-2024", award.LDTT, d(2024, time.December, 31), 702000},      // 0,3 × 2.340.000
		{"cstdcs-2024", award.CSTDCS, d(2024, time.December, 31), 2340000}, // 1,0 ×
		{"cstdbo-2024", award.CSTDBo, d(2024, time.December, 31), 7020000}, // 3,0 ×
		{"cstdtq-truoc-tang", award.CSTDToanQuoc, d(2024, time.June, 30), 8100000},
		{"ttldxs-2020", award.TTLDXS, d(2020, time.January, 15), 2235000}, // 1,5 × 1.490.000
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := rules.Prize(r2024, tt.code, tt.on, salaries)
			if err != nil || !got.Equal(decimal.NewFromInt(tt.want)) {
				t.Errorf("Prize = %s, %v; want %d (NĐ 98 art. 54)", got, err, tt.want)
			}
		})
	}
	if _, err := rules.Prize(r2024, award.LDTT, d(2019, time.June, 30), salaries); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("no base salary in force: err = %v, want ErrNotFound", err)
	}
	if _, err := rules.Prize(r2024, award.GiayKhen, d(2024, time.December, 31), salaries); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("no multiple for the code: err = %v, want ErrNotFound", err)
	}
	r := r2024.Clone()
	r.Params.PrizeRoundUpTo = decimal.NewFromInt(10000)
	if got, _ := rules.Prize(r, award.LDTT, d(2020, time.January, 1), salaries); !got.Equal(decimal.NewFromInt(450000)) {
		t.Errorf("0,3 × 1.490.000 = 447.000 rounded up to tens of thousands = 450.000, got %s", got)
	}
}

func TestSet(t *testing.T) {
	s := rules.SetOf(award.LDTT, award.HCLD3)
	if !s.Has(award.LDTT) || !s.Has(award.HCLD3) || s.Has(award.CSTDCS) {
		t.Errorf("SetOf/Has wrong: %b", s)
	}
	if s.Add("ma-rieng") || s.Has("ma-rieng") {
		t.Error("unknown codes are not representable in a Set")
	}
	c := person("a")
	c.Add(rules.Grant{Code: "ma-rieng", Year: 2020})
	c.Add(rules.Grant{Code: award.BangKhenBo, Year: 2020, Kind: rules.AdHoc})
	if len(c.Grants) != 2 || c.Year(2020) != nil {
		t.Errorf("custom codes and non-merit grants go to Grants: %+v", c)
	}
	if !c.Received("ma-rieng") || !c.Received(award.BangKhenBo) || c.Received(award.LDTT) {
		t.Error("Received")
	}
	c.Ensure(2018)
	c.Ensure(2016)
	if c.FirstYear != 2016 || len(c.Years) != 3 {
		t.Errorf("Ensure backwards: first %d len %d", c.FirstYear, len(c.Years))
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(c *rules.Candidate)
		field string
	}{
		{"ok", func(*rules.Candidate) {}, ""},
		{"id", func(c *rules.Candidate) { c.ID = "" }, "ID"},
		{"rating", func(c *rules.Candidate) { c.Ensure(2020).Rating = 9 }, "Years"},
		{"absent", func(c *rules.Candidate) { c.Ensure(2020).DaysAbsent = -1 }, "Years"},
		{"votes", func(c *rules.Candidate) { c.Ensure(2020).Ballots.CSTDBo = rules.Votes{For: 12, Members: 11} }, "Years"},
		{"votes-toan-quoc", func(c *rules.Candidate) { c.Ensure(2020).Ballots.CSTDToanQuoc = rules.Votes{For: -1, Members: 11} }, "Years"},
		{"members", func(c *rules.Candidate) { c.Ensure(2020).Members = rules.Members{Total: 3, LDTT: 4} }, "Years"},
		{"discipline", func(c *rules.Candidate) {
			c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2020, 5, 1), To: d(2020, 4, 1)}}}
		}, "Disciplines"},
		{"level", func(c *rules.Candidate) { c.Initiatives = []rules.Initiative{{ID: "x", Year: 2020}} }, "Initiatives"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := rate(person("a"), 2020, 2020, org.CompletedWell)
			tt.edit(c)
			err := c.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			var te *thidua.Error
			if !errors.Is(err, thidua.ErrInvalid) || !errors.As(err, &te) || te.Field != tt.field {
				t.Errorf("Validate() = %v, want ErrInvalid on field %s", err, tt.field)
			}
		})
	}
}

func TestNilInputs(t *testing.T) {
	var rs *rules.Regimes
	if v := rs.Check(person("a"), award.LDTT, 2020); v.Eligible {
		t.Error("nil registry: not eligible")
	}
	if v := rules.Check(rules.NewR2017(), nil, award.LDTT, 2020); v.Eligible {
		t.Error("nil candidate: not eligible")
	}
	if y, _ := rules.Earliest(rules.DefaultRegimes(), nil, award.LDTT, 2020); y != 0 {
		t.Error("nil candidate: Earliest 0")
	}
	if r := rules.Screen(rs, []rules.Candidate{*person("a")}, 2020, []award.Code{award.LDTT}, nil); r.Regime != "" {
		t.Error("nil registry: no regime")
	}
	v := rules.CheckAt(rules.NewR2025(), person("a"), rules.TuPhapKNCCode, 2025, d(2025, 9, 1))
	if v.Eligible {
		t.Error("no rule registered for the sector code")
	}
}

func TestTuPhapKNCDate(t *testing.T) {
	reg := rules.NewR2025()
	reg.Rules[rules.TuPhapKNCCode] = rules.TuPhapKNC(rules.DefaultTuPhapKNCParams())
	c := rate(person("a"), 2025, 2025, org.CompletedWell) // no leadership post
	v := rules.CheckAt(reg, c, rules.TuPhapKNCCode, 2025, d(2025, 9, 14))
	var ids []string
	for _, cr := range v.Criteria {
		ids = append(ids, cr.ID)
	}
	want := []string{"knc.doi-tuong", "knc.mot-lan", "knc.truy-tang", "nguyen-tac.ky-luat", "nguyen-tac.dieu-tra"}
	if diff := cmp.Diff(want, ids); !v.Eligible || diff != "" {
		t.Errorf("14/09/2025: only TT 06/2018 (a person, once, not posthumous) and NĐ 98 art. 4; eligible %v (-want +got):\n%s", v.Eligible, diff)
	}
	v = rules.CheckAt(reg, c, rules.TuPhapKNCCode, 2025, d(2025, 9, 15))
	if v.Eligible || criterion(v, "knc.cap-pho") == nil {
		t.Errorf("15/09/2025: TT 14/2025 needs years in a leadership post: %+v", v)
	}
}

// Founding dates and decision dates are validated like the other dates.
func TestValidateNewDates(t *testing.T) {
	c := person("a")
	c.Founded = thidua.Date{Year: 2010, Month: 2, Day: 30}
	if err := c.Validate(); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Founded 30/02/2010: %v, want ErrInvalid", err)
	}
	c = person("a")
	c.Add(rules.Grant{Code: award.BangKhenBo, Year: 2014, Decided: thidua.Date{Year: 2015, Month: 13, Day: 1}})
	if err := c.Validate(); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("decision dated month 13: %v, want ErrInvalid", err)
	}
}

// A title of the year asked that was granted and then revoked counts for
// nothing (Luật TĐKT 2022, Chương VII; Luật TĐKT 2003, Điều 77-78): it is
// not taken as met "in the same round" from its criteria, though they still
// read as met. Chiến sĩ thi đua cấp bộ for 2020 needs CSTĐCS 2018-2020
// (Luật TĐKT 2003, Điều 22), CSTĐCS 2020 needs Lao động tiên tiến 2020
// (Điều 23).
func TestRevokedTitleNotDerived(t *testing.T) {
	rs := rules.DefaultRegimes()
	revoked := func(code award.Code) *rules.Candidate {
		c := rate(person("a"), 2018, 2020, org.Excellent, award.LDTT, award.CSTDCS)
		c.Ensure(2020).Awards = 0
		if code == award.CSTDCS {
			c.Ensure(2020).Awards = rules.SetOf(award.LDTT)
		}
		c.Revoked = []rules.Revoked{{Code: code, Year: 2020, On: d(2021, time.March, 1)}}
		c.Initiatives = []rules.Initiative{initiative("sk", 2020, rules.Grassroots, true), initiative("bo", 2019, rules.Ministry, true)}
		c.Ensure(2020).Ballots.CSTDBo = rules.Votes{For: 10, Members: 10}
		return c
	}
	for _, tt := range []struct {
		name    string
		revoked award.Code
		code    award.Code
		id      string
	}{
		{"cstdcs-huy-cstdbo", award.CSTDCS, award.CSTDBo, "cstdbo.cstdcs"},
		{"ldtt-huy-cstdcs", award.LDTT, award.CSTDCS, "cstdcs.ldtt"},
	} {
		v := rs.Check(revoked(tt.revoked), tt.code, 2020)
		if v.Eligible {
			t.Errorf("%s: eligible, want not: the %s of 2020 was revoked", tt.name, tt.revoked)
		}
		cr := criterion(v, tt.id)
		want := rules.CodeName(tt.revoked) + " năm 2020 đã bị hủy bỏ"
		if cr == nil || cr.Passed || !strings.Contains(cr.Reason, want) {
			t.Errorf("%s: %s = %+v, want failed, saying %q", tt.name, tt.id, cr, want)
		}
	}
}
