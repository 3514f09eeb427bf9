package rules

import (
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// rating adds a criterion on the year's rating of a collective.
func (e *Eval) rating(id string, min org.Rating) {
	y := e.year
	r := e.Rating(y)
	e.Add(id, r >= min, Facts{Have: int(r), Need: int(min)}, func() string {
		s := ratedAs(" tập thể", y, r)
		if r >= min {
			return s
		}
		return s + ", chưa đạt " + RatingName(min)
	})
}

// share adds a criterion "n of the members, more than (strict) or at least
// pct %".
func (e *Eval) share(id, what string, n, total, pct int, strict bool) {
	ok := total > 0 && (n*100 >= pct*total) && (!strict || n*100 > pct*total)
	e.Add(id, ok, Facts{Have: n, Need: total}, func() string {
		if total == 0 {
			return "Chưa có số liệu thành viên của tập thể"
		}
		cmp := "từ "
		if strict {
			cmp = "trên "
		}
		return count(n) + "/" + count(total) + " thành viên " + what + ", cần " + cmp + itoa(pct) + "%"
	})
}

// completedDuties reports whether a member of a collective completed the
// duties of the year, as the "100 % hoàn thành nhiệm vụ" of Tập thể lao
// động xuất sắc counts them (Luật TĐKT 2003 and 2022, Điều 27): rated
// "hoàn thành nhiệm vụ" or better, or awarded Lao động tiên tiến, which
// needs at least "hoàn thành tốt nhiệm vụ" (Luật TĐKT 2022, Điều 24) — also
// for a year of training counted as LĐTT without a rating of its own (NĐ
// 65/2014/NĐ-CP, Điều 5; NĐ 91/2017/NĐ-CP, Điều 10).
func completedDuties(r org.Rating, ldtt bool) bool { return ldtt || r >= org.Completed }

func (e *Eval) noCanhCao(id string, m Members) {
	e.Add(id, m.Disciplined == 0, Facts{Have: m.Disciplined}, func() string {
		if m.Disciplined == 0 {
			return "Không có thành viên bị kỷ luật từ cảnh cáo trở lên"
		}
		return "Có " + count(m.Disciplined) + " thành viên bị kỷ luật từ cảnh cáo trở lên"
	})
}

// ruleTTLDTT: Tập thể lao động tiên tiến (Luật TĐKT art. 28).
func ruleTTLDTT(e *Eval) {
	if !e.subject(true) {
		return
	}
	p := e.params
	m := e.Members(e.year)
	e.rating("ttldtt.xep-loai", org.CompletedWell)
	e.share("ttldtt.ldtt", "đạt Lao động tiên tiến", m.LDTT, m.Total, p.TTLDTTPercent, true)
	if p.TTLDTTNoCanhCao {
		e.noCanhCao("ttldtt.ky-luat", m)
	}
	e.Principles()
}

// ruleTTLDXS: Tập thể lao động xuất sắc (Luật TĐKT art. 27).
func ruleTTLDXS(e *Eval) {
	if !e.subject(true) {
		return
	}
	p := e.params
	m := e.Members(e.year)
	e.rating("ttldxs.xep-loai", org.Excellent)
	e.share("ttldxs.hoan-thanh", "hoàn thành nhiệm vụ", m.Completed, m.Total, 100, false)
	e.share("ttldxs.ldtt", "đạt Lao động tiên tiến", m.LDTT, m.Total, p.TTLDXSPercent, false)
	e.Add("ttldxs.cstdcs", m.CSTDCS >= 1, Facts{Have: m.CSTDCS, Need: 1}, func() string {
		if m.CSTDCS == 0 {
			return "Chưa có thành viên nào đạt Chiến sĩ thi đua cơ sở, cần ít nhất 01"
		}
		return "Có " + count(m.CSTDCS) + " thành viên đạt Chiến sĩ thi đua cơ sở, cần ít nhất 01"
	})
	if p.TTLDXSNoCanhCao {
		e.noCanhCao("ttldxs.ky-luat", m)
	}
	e.Principles()
}

// ruleCoBo: Cờ thi đua cấp bộ, ngành, tỉnh (Luật TĐKT art. 26; NĐ 91/2017
// art. 12).
func ruleCoBo(e *Eval) {
	if !e.subject(true) {
		return
	}
	y := e.year
	var exceeded, lead bool
	if r := e.cand.Year(y); r != nil {
		exceeded, lead = r.ExceededTargets, r.ClusterLead
	}
	e.Add("cobo.vuot-chi-tieu", exceeded, Facts{}, func() string {
		if exceeded {
			return "Hoàn thành vượt mức các chỉ tiêu thi đua năm " + itoa(y)
		}
		return "Chưa hoàn thành vượt mức các chỉ tiêu thi đua năm " + itoa(y)
	})
	e.Add("cobo.dan-dau", lead, Facts{}, func() string {
		if lead {
			return "Dẫn đầu khối, cụm thi đua năm " + itoa(y)
		}
		return "Không dẫn đầu khối, cụm thi đua năm " + itoa(y)
	})
	e.Principles()
}

// ruleCoCP: Cờ thi đua của Chính phủ (NĐ 91/2017 art. 11; NĐ 42/2010
// art. 16.2; Luật TĐKT 2022 art. 25 [?]).
func ruleCoCP(e *Eval) {
	if !e.subject(true) {
		return
	}
	p, y := e.params, e.year
	held := e.has(award.CoBo, bCoBo, y)
	ok := held
	if !ok && !p.CoCPAmongHolders {
		ok = e.sub(award.CoBo)
	}
	e.Add("cocp.tieu-chuan", ok, Facts{}, func() string {
		switch {
		case held:
			return "Được tặng Cờ thi đua cấp bộ, ngành, tỉnh năm " + itoa(y)
		case ok:
			return "Đạt tiêu chuẩn Cờ thi đua cấp bộ, ngành, tỉnh năm " + itoa(y)
		case p.CoCPAmongHolders:
			return "Chưa được tặng Cờ thi đua cấp bộ, ngành, tỉnh năm " + itoa(y)
		}
		return "Chưa đạt tiêu chuẩn Cờ thi đua cấp bộ, ngành, tỉnh năm " + itoa(y)
	})
	if pct := e.reg.Codes[e.code].Quota.Percent; pct > 0 {
		e.AddPending("cocp.ty-le", Facts{Need: pct}, func() string {
			return "Xét chọn không quá " + itoa(pct) + "% số tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, ngành, tỉnh (khi xét cả khối)"
		})
	}
	e.Principles()
}
