package rules_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// No text read pins the counting of consecutive years in general ([?]): one
// reading is "a title is considered in the year right after the N-th
// qualifying one". Both
// readings are pinned on CSTĐ cấp bộ (3 consecutive CSTĐCS, Luật TĐKT
// art. 22; an applied ministry-level initiative of 2020; 10/11 ballots): the
// default (the year asked is the last of the run) and
// Params.ConsiderInYearAfter (the run ends the year before).
func TestConsiderInYearAfter(t *testing.T) {
	yearAfter := func(p *rules.Params) { p.ConsiderInYearAfter = true }
	cstdcs := []string{"cstdbo.cstdcs"}
	var rows []row
	for _, r := range []struct {
		name, reason string
		ys           []int
		year         int
		after        bool
		eligible     bool
		failed       []string
	}{
		{"mac-dinh-dung-3-nam", "default: CSTĐCS 2018-2020, exactly 3 years, considered for 2020, the last of them",
			[]int{2018, 2019, 2020}, 2020, false, true, nil},
		{"mac-dinh-nam-sau", "default: asked for 2021 the run must be 2019-2021; 2021 is missing",
			[]int{2018, 2019, 2020}, 2021, false, false, cstdcs},
		{"nam-sau-dung-3-nam", "year after: CSTĐCS 2018-2020 are considered in 2021, the year right after the third",
			[]int{2018, 2019, 2020}, 2021, true, true, nil},
		{"nam-sau-hoi-som", "year after: asked for 2020 the run must be 2017-2019; 2017 is missing and the 2020 initiative is outside it",
			[]int{2018, 2019, 2020}, 2020, true, false, []string{"cstdbo.cstdcs", "cstdbo.sang-kien"}},
		{"mac-dinh-cach-mot-nam", "default: a gap year (2021) between the run and the year asked (2022) breaks it",
			[]int{2018, 2019, 2020}, 2022, false, false, cstdcs},
		{"nam-sau-cach-mot-nam", "year after: asked for 2022 the run must be 2019-2021; the gap year 2021 breaks it",
			[]int{2018, 2019, 2020}, 2022, true, false, cstdcs},
		{"nam-sau-thieu-nam-giua", "year after: CSTĐCS 2017, 2019, 2020 (2018 missing) do not give CSTĐ cấp bộ 2021",
			[]int{2017, 2019, 2020}, 2021, true, false, cstdcs},
	} {
		ys := r.ys
		rw := row{name: r.name, reason: r.reason, code: award.CSTDBo, year: r.year, eligible: r.eligible, failed: r.failed,
			c: func() *rules.Candidate {
				c := cstdcsYears(ys...)
				c.Initiatives[0].Year = 2020
				return c
			}}
		if r.after {
			rw.params = yearAfter
		}
		rows = append(rows, rw)
	}
	runRows(t, rows)
}

// Before 01/10/2017 there are three regimes (NĐ 65/2014/NĐ-CP, Điều 30;
// Luật 39/2013/QH13 in force 01/06/2014): each was in force before NĐ
// 91/2017 existed, so any citation naming NĐ 91/2017 is marked [?], and the
// rules read in NĐ 65/2014 cite its articles.
func TestPre2017Citations(t *testing.T) {
	for _, reg := range []*rules.Regime{rules.NewR2010a(), rules.NewR2010b(), rules.NewR2014()} {
		for id, cite := range reg.Citations {
			if strings.Contains(cite, "91/2017") && !strings.HasSuffix(cite, "[?]") {
				t.Errorf("%s %s cites NĐ 91/2017 without [?]: %q", reg.Name, id, cite)
			}
		}
	}
	tests := []struct {
		reg      *rules.Regime
		id, want string
	}{
		{rules.NewR2010a(), "cocp.tieu-chuan", "NĐ 42/2010/NĐ-CP, Điều 16 khoản 2"},
		{rules.NewR2010a(), "bkttg.cstdcs", "Luật TĐKT 2003, Điều 71 [C]"},
		{rules.NewR2010a(), "hcld3.ttldxs", "Luật TĐKT 2003, Điều 44 khoản 2 [C]"},
		{rules.NewR2010b(), "cocp.tieu-chuan", "NĐ 42/2010/NĐ-CP, Điều 16 khoản 2 [?]"},
		{rules.NewR2014(), "cocp.tieu-chuan", "NĐ 65/2014/NĐ-CP, Điều 6"},
		{rules.NewR2014(), "ldtt.tuyen-dung", "NĐ 65/2014/NĐ-CP, Điều 5 khoản 6"},
		{rules.NewR2014(), "ldtt.di-hoc", "NĐ 65/2014/NĐ-CP, Điều 5"},
		{rules.NewR2014(), "cstdtq.cstdbo", "NĐ 65/2014/NĐ-CP, Điều 3 khoản 4"},
		{rules.NewR2014(), "bkbo.sang-kien", "NĐ 65/2014/NĐ-CP, Điều 24 khoản 1 điểm c"},
		{rules.NewR2014(), "bkttg.lien-tuc", "NĐ 65/2014/NĐ-CP, Điều 23 khoản 1 điểm c, Điều 2 khoản 4"},
		{rules.NewR2014(), "hcld3.sang-kien", "NĐ 65/2014/NĐ-CP, Điều 17 khoản 1 điểm b"},
		{rules.NewR2014(), "hcld3.tt-co", "NĐ 65/2014/NĐ-CP, Điều 17 khoản 4 điểm b"},
	}
	for _, tt := range tests {
		if got := tt.reg.Citations[tt.id]; got != tt.want {
			t.Errorf("%s %s = %q, want %q", tt.reg.Name, tt.id, got, tt.want)
		}
	}
	// R2017 keeps NĐ 91/2017, unmarked where the text was seen.
	r17 := rules.NewR2017()
	for id, want := range map[string]string{
		"bkttg.bkbo":  "NĐ 91/2017/NĐ-CP, Điều 38 khoản 1 điểm c",
		"cocp.ty-le":  "NĐ 91/2017/NĐ-CP, Điều 11",
		"ldtt.di-hoc": "NĐ 91/2017/NĐ-CP, Điều 10 [C]",
	} {
		if got := r17.Citations[id]; got != want {
			t.Errorf("R2017 %s = %q, want %q", id, got, want)
		}
	}
}

// Training of one year or more with a "khá" result counts as LĐTT (NĐ
// 91/2017 art. 10 [C]): its own criterion, cited per regime, [?] under Law
// 2022 where it is kept without a confirmed source.
func TestLDTTTrainingCriterion(t *testing.T) {
	rs := rules.DefaultRegimes()
	tests := []struct {
		year int
		cite string
	}{
		{2013, "NĐ 42/2010/NĐ-CP (nội dung theo NĐ 65/2014/NĐ-CP, Điều 5) [?]"},
		{2016, "NĐ 65/2014/NĐ-CP, Điều 5"},
		{2020, "NĐ 91/2017/NĐ-CP, Điều 10 [C]"},
		{2024, "Luật TĐKT 2022, Điều 24; NĐ 98/2023/NĐ-CP [?]"},
		{2025, "Luật TĐKT 2022, Điều 24; TT 15/2025/TT-BNV, Điều 2 khoản 5 [C]"},
	}
	for _, tt := range tests {
		c := person("a")
		c.Ensure(tt.year).Training = true
		v := rs.Check(c, award.LDTT, tt.year)
		cr := criterion(v, "ldtt.di-hoc")
		if !v.Eligible || cr == nil || !cr.Passed || cr.Citation != tt.cite || criterion(v, "ldtt.xep-loai") != nil {
			t.Errorf("%d: eligible %v, ldtt.di-hoc %+v, want passed with citation %q and no rating criterion", tt.year, v.Eligible, cr, tt.cite)
		}
	}
}

// Reasons write counts the way official text does (counts padded to two
// digits: "01 sáng kiến", "02 lần"), never "0 năm" nor a period written backwards.
func TestReasonWording(t *testing.T) {
	rs := rules.DefaultRegimes()
	tests := []struct {
		name string
		c    func() *rules.Candidate
		code award.Code
		year int
		id   string
		want string
		have int
	}{
		{"sang-kien-01", func() *rules.Candidate { return cstdcsYears(2018, 2019, 2020) }, award.CSTDBo, 2020, "cstdbo.sang-kien",
			"Có 01 sáng kiến, đề tài hoặc giải pháp được công nhận cấp bộ, ngành, tỉnh và được áp dụng, nhân rộng trong giai đoạn 2018 - 2020, cần 01", 1},
		{"sang-kien-0", func() *rules.Candidate {
			c := cstdcsYears(2018, 2019, 2020)
			c.Initiatives = nil
			return c
		}, award.CSTDBo, 2020, "cstdbo.sang-kien",
			"Chưa có sáng kiến, đề tài hoặc giải pháp được công nhận cấp bộ, ngành, tỉnh và được áp dụng, nhân rộng trong giai đoạn 2018 - 2020, cần 01", 0},
		{"khong-nam-nao", func() *rules.Candidate { return rate(person("a"), 2020, 2020, org.Excellent) }, award.CSTDBo, 2020, "cstdbo.cstdcs",
			"Chưa có năm nào đạt danh hiệu Chiến sĩ thi đua cơ sở trong 03 năm liên tục 2018 - 2020 (thiếu các năm 2018, 2019, 2020)", 0},
		{"cstdbo-02-lan", func() *rules.Candidate {
			c := cstdcsYears(2015, 2016, 2017, 2018, 2019, 2020)
			return give(c, award.CSTDBo, 2017, 2020)
		}, award.CSTDToanQuoc, 2020, "cstdtq.cstdbo",
			"Đạt 02 lần danh hiệu Chiến sĩ thi đua cấp bộ, cần 02 lần liên tục (các kỳ kết thúc năm 2017, 2020)", 2},
		{"cstdbo-chua-lan-nao", func() *rules.Candidate { return cstdcsYears(2015, 2016, 2017, 2018, 2019, 2020) }, award.CSTDToanQuoc, 2020, "cstdtq.cstdbo",
			"Chưa đạt lần nào danh hiệu Chiến sĩ thi đua cấp bộ, cần 02 lần liên tục (các kỳ kết thúc năm 2017, 2020); thiếu kỳ kết thúc các năm 2017, 2020", 0},
		{"chuoi-0-nam", func() *rules.Candidate {
			c := give(rate(person("a"), 2020, 2024, org.CompletedWell), award.BangKhenTTg, 2019)
			c.Ensure(2024).Rating = org.Completed // the run ending in 2024 is empty
			return c
		}, award.HCLD3, 2024, "hcld3.cstdcs", "Chưa có năm liên tục nào để tính Chiến sĩ thi đua cơ sở (chuỗi năm liên tục bị ngắt ở năm 2024: xếp loại hoàn thành nhiệm vụ), cần 03 lần", 0},
		{"chuoi-0-nam-xuat-sac", func() *rules.Candidate {
			c := give(rate(person("a"), 2020, 2024, org.CompletedWell), award.BangKhenTTg, 2019)
			c.Ensure(2024).Rating = org.Completed
			return c
		}, award.HCLD3, 2024, "hcld3.xuat-sac", "Chưa có năm liên tục nào để tính việc hoàn thành xuất sắc nhiệm vụ (chuỗi năm liên tục bị ngắt ở năm 2024: xếp loại hoàn thành nhiệm vụ), cần 01 năm", 0},
		{"chuoi-0-nam-sang-kien", func() *rules.Candidate {
			c := give(rate(person("a"), 2019, 2023, org.Excellent), award.BangKhenBo, 2018)
			c.Ensure(2023).Rating = org.CompletedWell
			return c
		}, award.BangKhenTTg, 2023, "bkttg.sang-kien",
			"Chưa có năm liên tục nào để tính sáng kiến, đề tài hoặc giải pháp được công nhận cấp cơ sở và được áp dụng (chuỗi năm liên tục bị ngắt ở năm 2023: xếp loại hoàn thành tốt nhiệm vụ), cần 05", 0},
		// After a discipline the achievement period restarts when it ends
		// (NĐ 98/2023/NĐ-CP, Điều 4): a run of years rated "tốt" cut by a
		// discipline says so, not that the years were rated too low (Bằng
		// khen Thủ tướng, Luật TĐKT 2022, Điều 73 khoản 1 điểm b).
		{"chuoi-ngat-ky-luat", func() *rules.Candidate {
			c := give(rate(person("a"), 2018, 2024, org.CompletedWell, award.LDTT), award.BangKhenBo, 2018)
			c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2021, time.April, 1), To: d(2021, time.September, 30)}}}
			return c
		}, award.BangKhenTTg, 2024, "bkttg.lien-tuc",
			"03 năm liên tục xếp loại hoàn thành tốt nhiệm vụ trở lên (2022 - 2024), cần 05 năm kể từ sau năm 2018 (chuỗi năm liên tục bị ngắt ở năm 2021: bị kỷ luật)", 3},
		{"chuoi-0-nam-ky-luat", func() *rules.Candidate {
			c := give(rate(person("a"), 2018, 2024, org.CompletedWell, award.LDTT), award.BangKhenBo, 2018)
			c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Period{From: d(2024, time.February, 1), To: d(2024, time.July, 31)}}}
			return c
		}, award.BangKhenTTg, 2024, "bkttg.lien-tuc",
			"Năm 2024 không được tính (chuỗi năm liên tục bị ngắt ở năm 2024: bị kỷ luật), cần 05 năm liên tục xếp loại hoàn thành tốt nhiệm vụ trở lên", 0},
		{"tuyen-dung-sau-nam-xet", func() *rules.Candidate {
			c := rate(person("a"), 2020, 2020, org.CompletedWell)
			c.Recruited = d(2021, time.March, 1)
			return c
		}, award.LDTT, 2020, "ldtt.tuyen-dung", "Tuyển dụng ngày 01/03/2021, sau năm xét 2020: không xét", 0},
		{"tuyen-dung-thang-12", func() *rules.Candidate {
			c := rate(person("a"), 2020, 2020, org.CompletedWell)
			c.Recruited = d(2020, time.December, 2)
			return c
		}, award.LDTT, 2020, "ldtt.tuyen-dung", "Tuyển dụng ngày 02/12/2020: chưa công tác đủ 01 tháng, cần 10 tháng", 0},
		{"khong-nghi", func() *rules.Candidate { return rate(person("a"), 2020, 2020, org.CompletedWell) }, award.LDTT, 2020, "ldtt.ngay-nghi",
			"Không nghỉ ngày làm việc nào", 0},
		// Maternity leave counts as working time (NĐ 91/2017/NĐ-CP, Điều 10):
		// 130 days of it are said to be counted as work, not hidden.
		{"thai-san", func() *rules.Candidate {
			c := rate(person("a"), 2020, 2020, org.CompletedWell)
			c.Years[0].MaternityDays = 130
			return c
		}, award.LDTT, 2020, "ldtt.ngay-nghi", "Nghỉ thai sản 130 ngày được tính là thời gian làm việc; không nghỉ ngày làm việc nào khác", 0},
		{"thai-san-va-nghi", func() *rules.Candidate {
			c := rate(person("a"), 2020, 2020, org.CompletedWell)
			c.Years[0].MaternityDays, c.Years[0].DaysAbsent = 130, 40
			return c
		}, award.LDTT, 2020, "ldtt.ngay-nghi", "Nghỉ 40 ngày làm việc (nghỉ thai sản 130 ngày được tính là thời gian làm việc, không trừ), từ 40 ngày trở lên: không xét", 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := rs.Check(tt.c(), tt.code, tt.year)
			cr := criterion(v, tt.id)
			if cr == nil {
				t.Fatalf("no criterion %s in %+v", tt.id, v.Criteria)
			}
			if diff := cmp.Diff(tt.want, cr.Reason); diff != "" {
				t.Errorf("reason (-want +got):\n%s", diff)
			}
			if cr.Facts.Have != tt.have {
				t.Errorf("Facts.Have = %d, want %d", cr.Facts.Have, tt.have)
			}
		})
	}

	// Long service, when a caller switches it on: "chưa có năm", not "0 năm".
	reg := rules.NewR2024()
	reg.Params.HCLD3LeaderYears = 10
	c := rate(person("a"), 2024, 2024, org.CompletedWell)
	c.Gender = org.Female
	v := rules.Check(reg, c, award.HCLD3, 2024)
	want := "Chưa có năm giữ chức vụ lãnh đạo, cần 06 năm 08 tháng (nữ được giảm một phần ba thời gian); xét theo quá trình cống hiến"
	if cr := criterion(v, "hcld3.cong-hien"); cr == nil || cr.Reason != want {
		t.Errorf("long service reason = %+v, want %q", cr, want)
	}
	for _, cr := range v.Criteria {
		if strings.Contains(cr.Reason, "2025 - 2024") {
			t.Errorf("%s: period written backwards: %q", cr.ID, cr.Reason)
		}
	}
}

// TestRepeatCSTDBo pins the window of a second CSTĐ cấp bộ (one achievement
// earns only one form, Luật TĐKT 2022 art. 5): the years the first grant
// used do not count again, and only those. Under
// Params.ConsiderInYearAfter the grant considered in 2021 is for 2020, its
// last achievement year, and used the run 2018-2020, so CSTĐ cấp bộ for
// 2024 counts 2021-2023; by default a grant for 2021 used 2019-2021. A year that qualified but was used is reported "không tính",
// not "thiếu".
func TestRepeatCSTDBo(t *testing.T) {
	yearAfter := func(p *rules.Params) { p.ConsiderInYearAfter = true }
	cand := func(granted int) *rules.Candidate {
		c := cstdcsYears(2018, 2019, 2020, 2021, 2022, 2023, 2024)
		c.Initiatives = append(c.Initiatives, initiative("sk-bo-2023", 2023, rules.Ministry, true))
		return give(c, award.CSTDBo, granted)
	}
	tests := []struct {
		name, reason string
		params       func(*rules.Params)
		year         int
		eligible     bool
		text         string // in the reason of cstdbo.cstdcs
	}{
		{"nam-sau-lan-hai", "year after: the grant for 2020 (considered 2021) used 2018-2020; 2024 counts CSTĐCS 2021-2023",
			yearAfter, 2024, true, "Đạt danh hiệu Chiến sĩ thi đua cơ sở 03 trong 03 năm liên tục 2021 - 2023"},
		{"nam-sau-nam-da-dung", "year after: asked for 2023 the run 2020-2022 includes 2020, used by the grant for 2020",
			yearAfter, 2023, false, "(không tính năm 2020)"},
		{"mac-dinh-lan-hai", "default: the 2021 grant used 2019-2021; 2024 counts CSTĐCS 2022-2024",
			nil, 2024, true, "03 trong 03 năm liên tục 2022 - 2024"},
		{"mac-dinh-nam-da-dung", "default: asked for 2023 the run 2021-2023 includes 2021, used by the 2021 grant",
			nil, 2023, false, "(không tính năm 2021)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := rules.DefaultRegimes()
			if tt.params != nil {
				for _, reg := range rs.All() {
					tt.params(&reg.Params)
				}
			}
			granted := 2021
			if tt.params != nil {
				granted = 2020
			}
			v := rs.Check(cand(granted), award.CSTDBo, tt.year)
			cr := criterion(v, "cstdbo.cstdcs")
			if cr == nil {
				t.Fatalf("%s: no criterion cstdbo.cstdcs", tt.reason)
			}
			if cr.Passed != tt.eligible || v.Eligible != tt.eligible {
				t.Errorf("%s\ncstdbo.cstdcs passed %v, verdict eligible %v; want %v (%s)", tt.reason, cr.Passed, v.Eligible, tt.eligible, cr.Reason)
			}
			if !strings.Contains(cr.Reason, tt.text) || strings.Contains(cr.Reason, "thiếu") {
				t.Errorf("%s\nreason %q, want it to say %q and nothing missing", tt.reason, cr.Reason, tt.text)
			}
		})
	}
}

// A collective's Bằng khen của Thủ tướng under NĐ 65/2014 rests on Điều 23
// khoản 3 (collectives), an individual's on khoản 1: the criterion of the
// earlier Bằng khen cấp bộ cites the clause of its own recipient. Each feat
// criterion says which achievement it asks for: point a is a movement
// reviewed after 3 years or more, point b an ad hoc or special achievement.
func TestBKTTgCitesItsOwnClause(t *testing.T) {
	r14 := rules.DefaultRegimes() // 2015 is judged under R2014
	unit := &rules.Candidate{ID: "chi-cuc", Unit: "cuc", Collective: true}
	rate(unit, 2011, 2015, org.Excellent)
	give(unit, award.BangKhenBo, 2010)
	one := rate(person("a"), 2011, 2015, org.Excellent)
	give(one, award.BangKhenBo, 2010)
	for _, tt := range []struct {
		c      *rules.Candidate
		id     string
		clause string
	}{
		{unit, "bkttg.tt-bkbo", "Điều 23 khoản 3 điểm c"},
		{one, "bkttg.bkbo", "Điều 23 khoản 1 điểm c"},
	} {
		v := r14.Check(tt.c, award.BangKhenTTg, 2015)
		cr := criterion(v, tt.id)
		if cr == nil || !strings.Contains(cr.Citation, tt.clause) {
			t.Errorf("%s: criterion %s = %+v, want a citation of %s", tt.c.ID, tt.id, cr, tt.clause)
		}
	}
	v := r14.Check(unit, award.BangKhenTTg, 2015)
	for id, want := range map[string]string{
		"bkttg.phong-trao": "phong trào thi đua được sơ kết, tổng kết từ 03 năm trở lên",
		"bkttg.dot-xuat":   "thành tích đột xuất hoặc đặc biệt",
	} {
		cr := criterion(v, id)
		if cr == nil || cr.Passed || !strings.Contains(cr.Reason, want) {
			t.Errorf("%s = %+v, want failed with a reason naming %q", id, cr, want)
		}
	}
	// Bằng khen cấp bộ, NĐ 65/2014, Điều 24 khoản 1 điểm a and b: each
	// alternative cites its own point and says what it asks for.
	v = r14.Check(one, award.BangKhenBo, 2015)
	for id, want := range map[string][2]string{
		"bkbo.phong-trao": {"phong trào thi đua do bộ, ngành, tỉnh phát động hằng năm", "Điều 24 khoản 1 điểm a"},
		"bkbo.thanh-tich": {"thành tích có phạm vi ảnh hưởng trong lĩnh vực", "Điều 24 khoản 1 điểm b"},
	} {
		cr := criterion(v, id)
		if cr == nil || cr.Passed || !strings.Contains(cr.Reason, want[0]) || !strings.Contains(cr.Citation, want[1]) {
			t.Errorf("%s = %+v, want failed with a reason naming %q, citing %s", id, cr, want[0], want[1])
		}
	}
}
