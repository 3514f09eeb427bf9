package rules_test

import (
	"fmt"
	"maps"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

func ExampleCheck() {
	rs := rules.DefaultRegimes()
	c := &rules.Candidate{ID: "p1", Gender: org.Female, Recruited: thidua.MustDate(2010, time.March, 1)}
	for y := 2018; y <= 2020; y++ {
		r := c.Ensure(y)
		r.Rating = org.Excellent
		r.Awards = rules.SetOf(award.LDTT)
	}
	c.Ensure(2018).Awards.Add(award.CSTDCS)
	c.Ensure(2020).Awards.Add(award.CSTDCS)
	c.Ensure(2020).Ballots.CSTDBo = rules.Votes{For: 10, Members: 11}
	c.Initiatives = []rules.Initiative{{ID: "SK-2020-03", Kind: rules.Improvement, Level: rules.Ministry, Year: 2020, Applied: true}}

	v := rs.Check(c, award.CSTDBo, 2020)
	fmt.Println(v.Regime, v.Eligible)
	for _, cr := range v.Criteria {
		mark := "✗"
		switch {
		case cr.Pending:
			mark = "?"
		case cr.Passed:
			mark = "✓"
		}
		fmt.Printf("%s %s: %s [%s]\n", mark, cr.ID, cr.Reason, cr.Citation)
	}
	// Output:
	// R2017 false
	// ✓ doi-tuong: Đối tượng xét: cá nhân [Luật TĐKT 2003, Điều 23-28]
	// ✗ cstdbo.cstdcs: Đạt danh hiệu Chiến sĩ thi đua cơ sở 02 trong 03 năm liên tục 2018 - 2020 (thiếu năm 2019) [Luật TĐKT 2003, Điều 22]
	// ✓ cstdbo.sang-kien: Có 01 sáng kiến, đề tài hoặc giải pháp được công nhận cấp bộ, ngành, tỉnh và được áp dụng, nhân rộng trong giai đoạn 2018 - 2020, cần 01 [Luật TĐKT 2003, Điều 22]
	// ✓ cstdbo.hoi-dong: Hội đồng bỏ phiếu kín đề nghị Chiến sĩ thi đua cấp bộ, ngành, tỉnh: 10/11 thành viên đồng ý, cần từ 90% [NĐ 91/2017/NĐ-CP, Điều 45 khoản 8]
	// ✓ nguyen-tac.ky-luat: Không đang chịu hình thức kỷ luật vào thời điểm xét (31/12/2020) [NĐ 91/2017/NĐ-CP, Điều 3 [C]]
	// ✓ nguyen-tac.dieu-tra: Không đang bị điều tra, thanh tra, kiểm tra hoặc có khiếu nại, tố cáo chưa giải quyết [NĐ 91/2017/NĐ-CP, Điều 3 [C]]
}

func ExampleEarliest() {
	rs := rules.DefaultRegimes()
	c := &rules.Candidate{ID: "p2", Recruited: thidua.MustDate(2015, time.September, 1), FirstYear: 2022}
	c.Years = []rules.YearRecord{
		{Rating: org.Excellent, Awards: rules.SetOf(award.LDTT, award.CSTDCS)}, // 2022
		{Rating: org.CompletedWell, Awards: rules.SetOf(award.LDTT)},           // 2023
	}
	year, missing := rules.Earliest(rs, c, award.CSTDBo, 2024)
	fmt.Println("Chiến sĩ thi đua cấp bộ sớm nhất:", year)
	for _, m := range missing {
		fmt.Println("-", m.Reason)
	}
	// Output:
	// Chiến sĩ thi đua cấp bộ sớm nhất: 2026
	// - Đạt danh hiệu Chiến sĩ thi đua cơ sở 01 trong 03 năm liên tục 2022 - 2024 (thiếu các năm 2023, 2024)
	// - Chưa có sáng kiến, đề tài hoặc giải pháp được công nhận cấp bộ, ngành, tỉnh và được áp dụng, nhân rộng trong giai đoạn 2022 - 2024, cần 01
}

func ExampleScreen() {
	rs := rules.DefaultRegimes()
	var people []rules.Candidate
	for i, score := range []int{95, 90, 80, 80, 70, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0} {
		c := rules.Candidate{ID: fmt.Sprintf("cb%02d", i+1), Unit: "chi-cuc", Gender: org.Male,
			Recruited: thidua.MustDate(2010, time.January, 1)}
		r := c.Ensure(2020)
		r.Rating, r.Score = org.CompletedWell, score
		if score > 0 {
			c.Initiatives = []rules.Initiative{{ID: "sk", Kind: rules.Improvement, Level: rules.Grassroots, Year: 2020}}
		}
		people = append(people, c)
	}
	people[3].Gender = org.Female // cb04 ties cb03 on 80 points at the cut
	res := rules.Screen(rs, people, 2020, []award.Code{award.LDTT, award.CSTDCS}, &rules.ScreenOptions{VerdictsOnly: true})
	ldtt, cs := 0, 0
	for _, row := range res.Rows {
		if row.Decisions[0].Eligible {
			ldtt++
		}
		if d := row.Decisions[1]; d.Eligible {
			cs++
			fmt.Println("CSTĐCS:", row.Candidate)
		} else if d.Cut() != "" {
			fmt.Println(row.Candidate, "-", d.Cut())
		}
	}
	fmt.Println(res.Regime, "LĐTT:", ldtt, "CSTĐCS:", cs)
	// Output:
	// CSTĐCS: cb01
	// CSTĐCS: cb02
	// cb03 - Tỷ lệ 15% (NĐ 91/2017/NĐ-CP, Điều 9 khoản 3): 20 cá nhân đạt Lao động tiên tiến của đơn vị, được chọn tối đa 03 Chiến sĩ thi đua cơ sở (làm tròn xuống); xếp thứ 4, ngoài tỷ lệ; cùng điểm và xếp loại với người xếp thứ 3, ưu tiên cá nhân nữ (NĐ 91/2017/NĐ-CP, Điều 3 [C])
	// CSTĐCS: cb04
	// cb05 - Tỷ lệ 15% (NĐ 91/2017/NĐ-CP, Điều 9 khoản 3): 20 cá nhân đạt Lao động tiên tiến của đơn vị, được chọn tối đa 03 Chiến sĩ thi đua cơ sở (làm tròn xuống); xếp thứ 5, ngoài tỷ lệ
	// R2017 LĐTT: 20 CSTĐCS: 3
}

// A ministry adds its own award without editing the library: a rule per
// code in the regimes it holds.
func ExampleTuPhapKNC() {
	rs := rules.DefaultRegimes()
	for _, r := range rs.All() {
		r.Rules[rules.TuPhapKNCCode] = rules.TuPhapKNC(rules.DefaultTuPhapKNCParams())
	}
	c := &rules.Candidate{ID: "p3", Gender: org.Female}
	for y := 2020; y <= 2025; y++ {
		r := c.Ensure(y)
		r.Rating, r.Post = org.CompletedWell, rules.Deputy
	}
	v := rs.Check(c, rules.TuPhapKNCCode, 2025)
	fmt.Println(v.Eligible)
	for _, cr := range v.Criteria {
		fmt.Printf("%v %s (%s)\n", cr.Passed, cr.Reason, cr.Citation)
	}
	// Output:
	// true
	// true Đối tượng xét: cá nhân (TT 14/2025/TT-BTP)
	// true Chưa được tặng Kỷ niệm chương (mỗi người chỉ được tặng một lần) (TT 14/2025/TT-BTP)
	// true Không thuộc trường hợp truy tặng (TT 14/2025/TT-BTP)
	// true Không đang chịu hình thức kỷ luật vào thời điểm xét (31/12/2025) (NĐ 98/2023/NĐ-CP, Điều 4; NĐ 152/2025/NĐ-CP [?])
	// true Không đang bị điều tra, thanh tra, kiểm tra hoặc có khiếu nại, tố cáo chưa giải quyết (NĐ 98/2023/NĐ-CP, Điều 4; NĐ 152/2025/NĐ-CP [?])
	// false Chưa có năm giữ chức vụ cấp trưởng xếp loại từ hoàn thành tốt nhiệm vụ trở lên, cần 03 năm (TT 14/2025/TT-BTP)
	// true Giữ chức vụ cấp phó trở lên 06 năm xếp loại từ hoàn thành tốt nhiệm vụ trở lên, cần 06 năm (TT 14/2025/TT-BTP)
}

// A rule written by the caller with the exported building blocks.
func ExampleRule() {
	reg := rules.NewR2025()
	const code award.Code = "giay-khen-thi-hanh-an"
	reg.Rules[code] = func(e *rules.Eval) {
		r := e.Rating(e.Year())
		e.AddCited("gk.xep-loai", "Quy chế thi đua của đơn vị", r == org.Excellent, rules.Facts{}, func() string {
			return "Năm " + fmt.Sprint(e.Year()) + " xếp loại " + rules.RatingName(r)
		})
	}
	c := &rules.Candidate{ID: "p4"}
	c.Ensure(2025).Rating = org.Excellent
	v := rules.Check(reg, c, code, 2025)
	fmt.Println(v.Eligible, v.Criteria[0].Reason)
	// Output:
	// true Năm 2025 xếp loại hoàn thành xuất sắc nhiệm vụ
}

func ExamplePrize() {
	salaries := []rules.BaseSalary{
		{From: thidua.MustDate(2023, time.July, 1), Amount: decimal.NewFromInt(1800000)},
		{From: thidua.MustDate(2024, time.July, 1), Amount: decimal.NewFromInt(2340000)},
	}
	m, _ := rules.Prize(rules.NewR2025(), award.CSTDBo, thidua.MustDate(2025, time.December, 31), salaries)
	fmt.Println(m, "đồng")
	// Output:
	// 7020000 đồng
}

// A ministry's two codes, one requiring the other, by data: the engine
// decides the yearly title first in the same screening, then the Bằng khen
// of the sector from it, and applies its quota.
func ExampleCodeSpec() {
	reg := rules.NewR2025()
	const title, bk award.Code = "lao-dong-gioi-nganh", "bang-khen-nganh"
	reg.Rules[title] = func(e *rules.Eval) {
		r := e.Rating(e.Year())
		e.AddCited("nganh.xep-loai", "Quy chế thi đua của Bộ, Điều 4", r == org.Excellent, rules.Facts{}, func() string {
			return "Xếp loại " + rules.RatingName(r)
		})
	}
	maps.Copy(reg.Codes, map[award.Code]rules.CodeSpec{
		title: {Name: "danh hiệu Lao động giỏi ngành", SameRound: true},
		bk: {
			Name:     "Bằng khen ngành",
			Requires: []rules.Requirement{{Code: title, Years: 2, Citation: "Quy chế thi đua của Bộ, Điều 5"}},
			Quota:    rules.Quota{Percent: 50, Of: title, Citation: "Quy chế thi đua của Bộ, Điều 9"},
		},
	})
	rs := &rules.Regimes{}
	rs.Add(reg)
	var cands []rules.Candidate
	for i, score := range []int{90, 80} {
		c := rules.Candidate{ID: fmt.Sprint("p", i+1), Unit: "u"}
		c.Ensure(2024).Rating = org.Excellent
		c.Add(rules.Grant{Code: title, Year: 2024})
		r := c.Ensure(2025)
		r.Rating, r.Score = org.Excellent, score
		cands = append(cands, c)
	}
	res := rules.Screen(rs, cands, 2025, []award.Code{bk}, nil)
	for _, id := range []string{"p1", "p2"} {
		d := decision(&res, id, bk)
		fmt.Println(id, d.Eligible)
		if d.Cut != "" {
			fmt.Println(d.Cut)
		}
	}
	// Output:
	// p1 true
	// p2 false
	// Tỷ lệ 50% (Quy chế thi đua của Bộ, Điều 9): 02 cá nhân đạt danh hiệu Lao động giỏi ngành của đơn vị, được chọn tối đa 01 Bằng khen ngành (làm tròn xuống); xếp thứ 2, ngoài tỷ lệ
}

// The engine's verdict becomes a nomination's verdict in one call, with its
// criteria, reasons and citations.
func ExampleVerdict_ForNomination() {
	c := &rules.Candidate{ID: "p5"}
	c.Ensure(2019).Rating = org.Completed
	nv := rules.DefaultRegimes().Check(c, award.LDTT, 2019).ForNomination(true)
	fmt.Println(nv.Eligible, nv.Flagged, nv.Regime)
	fmt.Println(nv.Summary)
	fmt.Println(nv.Criteria[1].Citation)
	// Output:
	// false true R2017
	// Chưa đủ điều kiện danh hiệu Lao động tiên tiến năm 2019: Năm 2019 xếp loại hoàn thành nhiệm vụ, chưa đạt hoàn thành tốt nhiệm vụ
	// Luật TĐKT 2003, Điều 24; NĐ 91/2017/NĐ-CP, Điều 10
}
