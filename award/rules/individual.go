package rules

import (
	"math"
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// Counting convention: a title or form that needs N consecutive years is
// considered for year Y when the run ends in [Eval.RunEnd]: Y itself by
// default, i.e. the years Y-N+1 … Y all qualify (units nominate at year end,
// in the same round as the year's own titles), or Y-1 when
// Params.ConsiderInYearAfter ([?] unverified reading) or when a text pins
// it (CSTĐ toàn quốc after the year of the second CSTĐ cấp bộ, NĐ 65/2014
// art. 3.4). With the default, CSTĐ cấp bộ asked for 2020 needs CSTĐCS in
// 2018, 2019 and 2020. Years before [Eval.WindowStart] never count: those
// touched by a discipline (NĐ 98/2023 art. 4) and those already used for
// an earlier grant of the same code (Luật TĐKT 2022 art. 5).

// RunEnd returns the last year of the run of consecutive years that counts
// for the year asked: the year itself, or the year before it when
// Params.ConsiderInYearAfter, or for CSTĐ toàn quốc under
// Params.CSTDTQAfterSecond (NĐ 65/2014/NĐ-CP, Điều 3 khoản 4).
func (e *Eval) RunEnd() int { return e.runEnd }

// runEndOf is [Eval.RunEnd] of a check of code for year under p (nil:
// year); [Eval.reset] computes it once per check.
func runEndOf(p *Params, code award.Code, year int) int {
	if p != nil && (p.ConsiderInYearAfter || p.CSTDTQAfterSecond && code == award.CSTDToanQuoc) {
		return year - 1
	}
	return year
}

// window counts the years from..to (inclusive) where ok holds, ignoring
// years before start. Years, Missing and Uncounted are filled only when
// explaining.
func (e *Eval) window(from, to, start int, ok func(y int) bool) (int, Facts) {
	if from < to-yearSpan {
		// Longer than any history (a hostile Params): nothing is counted
		// year by year, and the run fails.
		need := to - from + 1
		if need <= 0 { // wrapped around
			need = math.MaxInt
		}
		return 0, Facts{Need: need}
	}
	f := Facts{Need: to - from + 1}
	for y := from; y <= to; y++ {
		if y >= start && ok(y) {
			f.Have++
			if e.explain {
				f.Years = append(f.Years, y)
			}
		} else if e.explain {
			if y < start && ok(y) {
				f.Uncounted = append(f.Uncounted, y)
			} else {
				f.Missing = append(f.Missing, y)
			}
		}
	}
	return f.Have, f
}

// windowReason explains a count of years in a window: what is the phrase
// that starts the sentence ("Đạt danh hiệu Chiến sĩ thi đua cơ sở").
// what is lower case ("đạt danh hiệu Chiến sĩ thi đua cơ sở").
func windowReason(what string, f Facts, from, to, start int) string {
	var s string
	if f.Have == 0 {
		s = "Chưa có năm nào " + what + " trong " + count(f.Need) + " năm liên tục " + span(from, to)
	} else {
		s = vntext.Title(what) + " " + count(f.Have) + " trong " + count(f.Need) + " năm liên tục " + span(from, to)
	}
	switch {
	case len(f.Missing) > 0 && len(f.Uncounted) > 0:
		s += " (thiếu " + years(f.Missing) + "; không tính " + years(f.Uncounted) + ")"
	case len(f.Missing) > 0:
		s += " (thiếu " + years(f.Missing) + ")"
	case len(f.Uncounted) > 0:
		s += " (không tính " + years(f.Uncounted) + ")"
	}
	if start > from {
		s += "; chỉ tính từ năm " + itoa(start) + " (sau kỷ luật hoặc lần khen thưởng trước)"
	}
	return s
}

// revokedNote says which grants of code for years among ys were revoked,
// and by which decision: "; Chiến sĩ thi đua cơ sở năm 2020 đã bị hủy bỏ
// theo Quyết định số 12/QĐ-UBND ngày 01/03/2022, không được tính". It is
// "" when none was.
func (e *Eval) revokedNote(code award.Code, ys []int) string {
	s := ""
	for _, r := range e.cand.Revoked {
		if r.Code != code || !slices.Contains(ys, r.Year) {
			continue
		}
		s += "; " + CodeName(code) + " năm " + itoa(r.Year) + " đã bị hủy bỏ"
		if !r.Decision.IsZero() {
			s += " theo Quyết định số " + r.Decision.String()
		}
		if !r.On.IsZero() {
			s += " ngày " + dmy(r.On)
		}
		s += ", không được tính"
	}
	return s
}

// wasRevoked reports whether a grant of code for year y was revoked.
func (e *Eval) wasRevoked(code award.Code, y int) bool {
	for i := range e.cand.Revoked {
		if r := &e.cand.Revoked[i]; r.Code == code && r.Year == y {
			return true
		}
	}
	return false
}

// revokedIn lists the years from..to for which a grant of code was revoked.
func (e *Eval) revokedIn(code award.Code, from, to int) []int {
	var ys []int
	for _, r := range e.cand.Revoked {
		if r.Code == code && r.Year >= from && r.Year <= to && !slices.Contains(ys, r.Year) {
			ys = append(ys, r.Year)
		}
	}
	return ys
}

// qualifies reports whether an initiative counts at level min; science
// works must be accepted and applied, and so must everything when applied.
func qualifies(in *Initiative, min Level, applied bool) bool {
	if in.Level < min {
		return false
	}
	if (applied || in.Kind == ScienceWork) && !in.Applied {
		return false
	}
	return true
}

// initiatives counts the initiatives recognised in from..to at level min
// that were not already used for another award, as recorded or reserved
// earlier in the same screening (one achievement, one form: Luật TĐKT
// 2022 art. 5). [Eval.use] then says how many of them a criterion uses.
func (e *Eval) initiatives(from, to int, min Level, applied bool) (int, Facts) {
	var f Facts
	e.found = e.found[:0]
	for i := range e.cand.Initiatives {
		in := &e.cand.Initiatives[i]
		if in.Year < from || in.Year > to || !qualifies(in, min, applied) {
			continue
		}
		if _, used := e.usedElsewhere(i); used && !e.params.ReuseAchievements {
			if e.explain {
				f.Excluded = append(f.Excluded, in.ID)
			}
			continue
		}
		f.Have++
		e.found = append(e.found, int32(i))
	}
	return f.Have, f
}

func levelName(l Level) string {
	switch l {
	case National:
		return "toàn quốc"
	case Ministry:
		return "cấp bộ, ngành, tỉnh"
	}
	return "cấp cơ sở"
}

// emptyRun says why no consecutive year ends in y, the last year of a run:
// "chuỗi năm liên tục bị ngắt ở năm 2024: xếp loại hoàn thành nhiệm vụ".
// y itself broke the run: touched by a discipline (NĐ 98/2023 art. 4),
// already used by the last grant of the same code (Luật TĐKT 2022 art. 5),
// or rated too low.
func (e *Eval) emptyRun(y int) string {
	s := "chuỗi năm liên tục bị ngắt ở năm " + itoa(y) + ": "
	switch r := e.Rating(y); {
	case y <= e.RestartYear():
		return s + "bị kỷ luật"
	case y <= e.usedThrough():
		return s + "đã được tính cho lần khen thưởng trước"
	case r == org.NotRated:
		return s + "chưa có kết quả xếp loại"
	default:
		return s + "xếp loại " + RatingName(r)
	}
}

// initiativeReason explains a count of initiatives recognised at level min
// in from..to; also ("được áp dụng") qualifies them further. When from > to
// it says why no year counts ([Eval.emptyRun]). Each initiative left out
// because it already counted for another award is named, with that award.
func (e *Eval) initiativeReason(f Facts, from, to int, min Level, also string) string {
	what := "sáng kiến, đề tài hoặc giải pháp được công nhận " + levelName(min)
	if also != "" {
		what += " và " + also
	}
	var s string
	switch {
	case from > to:
		s = "Chưa có năm liên tục nào để tính " + what + " (" + e.emptyRun(to) + "), cần " + count(f.Need)
	case f.Have == 0:
		s = "Chưa có " + what + " trong " + spanWord(from, to) + ", cần " + count(f.Need)
	default:
		s = "Có " + count(f.Have) + " " + what + " trong " + spanWord(from, to) + ", cần " + count(f.Need)
	}
	return s + e.excludedNote("sáng kiến", f.Excluded, func(id string) (Use, bool) {
		for j := range e.cand.Initiatives {
			if e.cand.Initiatives[j].ID == id {
				return e.usedElsewhere(j)
			}
		}
		return Use{}, false
	})
}

// awardOf names an award with its kind: "danh hiệu Chiến sĩ thi đua cơ
// sở" for a title, the form's own name otherwise.
func awardOf(c award.Code) string {
	switch c {
	case award.LDTT, award.CSTDCS, award.CSTDBo, award.CSTDToanQuoc, award.TTLDTT, award.TTLDXS, award.CoBo, award.CoChinhPhu:
		return "danh hiệu " + CodeName(c)
	}
	return CodeName(c)
}

func spanWord(from, to int) string {
	if from == to {
		return "năm " + itoa(from)
	}
	return "giai đoạn " + span(from, to)
}

// votes adds the council-ballot criterion: the secret ballot on the
// proposal of the award asked for, in the year asked (each award needs its
// own ballot, NĐ 91/2017 art. 45.8).
func (e *Eval) votes(id string) {
	pct := e.params.CSTDVotePercent
	if pct <= 0 {
		return
	}
	var v Votes
	if r := e.cand.Year(e.year); r != nil {
		v = r.Ballots.Of(e.code)
	}
	f := Facts{Have: v.For, Need: (pct*v.Members + 99) / 100}
	if v.Members == 0 {
		e.AddPending(id, f, func() string {
			return "Chờ Hội đồng thi đua, khen thưởng bỏ phiếu kín đề nghị " + CodeName(e.code) + ": cần từ " + itoa(pct) + "% tổng số thành viên đồng ý"
		})
		return
	}
	ok := v.For*100 >= pct*v.Members
	e.Add(id, ok, f, func() string {
		return "Hội đồng bỏ phiếu kín đề nghị " + CodeName(e.code) + ": " + itoa(v.For) + "/" + itoa(v.Members) + " thành viên đồng ý, cần từ " + itoa(pct) + "%"
	})
}

// monthsWorked counts the whole months from recruitment to 31/12/y (the
// month of recruitment counts when recruited on its first day).
func monthsWorked(rec thidua.Date, y int) int {
	m := (y-rec.Year)*12 + 12 - int(rec.Month)
	if rec.Day == 1 {
		m++
	}
	return m
}

func disciplinedIn(c *Candidate, y int, min org.DisciplineForm) (org.DisciplineForm, bool) {
	yp := thidua.Year(y)
	for i := range c.Disciplines {
		d := &c.Disciplines[i]
		if d.Form >= min && d.InForce.Overlaps(yp) {
			return d.Form, true
		}
	}
	return 0, false
}

// ruleLDTT: Lao động tiên tiến (Luật TĐKT 2003 art. 24, NĐ 91/2017 art. 10;
// Luật TĐKT 2022 art. 24).
func ruleLDTT(e *Eval) {
	if !e.subject(false) {
		return
	}
	p, y := e.params, e.year
	r := e.cand.Year(y)
	rating := e.Rating(y)
	training := r != nil && r.Training
	if training && p.LDTTTraining {
		// A year of training counts as LĐTT (NĐ 91/2017 art. 10) [C].
		e.Add("ldtt.di-hoc", true, Facts{}, func() string {
			return "Năm " + itoa(y) + " đi học từ 01 năm trở lên đạt kết quả khá trở lên: được tính như Lao động tiên tiến"
		})
	} else {
		e.Add("ldtt.xep-loai", rating >= p.LDTTMinRating,
			Facts{Have: int(rating), Need: int(p.LDTTMinRating)}, func() string {
				s := ratedAs("", y, rating)
				if rating >= p.LDTTMinRating {
					return s + " (cần từ " + RatingName(p.LDTTMinRating) + " trở lên)"
				}
				s += ", chưa đạt " + RatingName(p.LDTTMinRating)
				if training {
					s += " (thời gian đi học không được tính như Lao động tiên tiến)"
				}
				return s
			})
	}
	if e.Done() {
		return
	}
	if p.LDTTMinMonths > 0 {
		rec := e.cand.Recruited
		m := max(monthsWorked(rec, y), 0)
		ok := rec.IsZero() || m >= p.LDTTMinMonths
		e.Add("ldtt.tuyen-dung", ok, Facts{Have: m, Need: p.LDTTMinMonths}, func() string {
			switch {
			case rec.IsZero():
				return "Không có ngày tuyển dụng: coi như đã công tác đủ năm"
			case ok:
				return "Tuyển dụng ngày " + dmy(rec) + ": đã công tác " + count(m) + " tháng tính đến 31/12/" + itoa(y)
			case rec.Year > y:
				return "Tuyển dụng ngày " + dmy(rec) + ", sau năm xét " + itoa(y) + ": không xét"
			case m == 0:
				return "Tuyển dụng ngày " + dmy(rec) + ": chưa công tác đủ 01 tháng, cần " + count(p.LDTTMinMonths) + " tháng"
			}
			return "Tuyển dụng ngày " + dmy(rec) + ": mới công tác " + count(m) + " tháng, dưới " + count(p.LDTTMinMonths) + " tháng"
		})
	}
	if p.LDTTMaxAbsent > 0 {
		days, mat, inj := 0, 0, 0
		if r != nil {
			days, mat, inj = r.DaysAbsent, r.MaternityDays, r.InjuryDays
		}
		ok := days < p.LDTTMaxAbsent
		e.Add("ldtt.ngay-nghi", ok, Facts{Have: days, Need: p.LDTTMaxAbsent}, func() string {
			var work []string // leave counted as working time
			if mat > 0 {
				work = append(work, "nghỉ thai sản "+count(mat)+" ngày")
			}
			if inj > 0 {
				work = append(work, "điều trị thương tích "+count(inj)+" ngày")
			}
			asWork := ""
			if len(work) > 0 {
				asWork = strings.Join(work, " và ") + " được tính là thời gian làm việc"
			}
			var s string
			switch {
			case days == 0 && asWork != "":
				return vntext.Title(asWork) + "; không nghỉ ngày làm việc nào khác"
			case days == 0:
				return "Không nghỉ ngày làm việc nào"
			case asWork != "":
				s = "Nghỉ " + count(days) + " ngày làm việc (" + asWork + ", không trừ)"
			default:
				s = "Nghỉ " + count(days) + " ngày làm việc"
			}
			if ok {
				return s + ", dưới " + count(p.LDTTMaxAbsent) + " ngày"
			}
			return s + ", từ " + count(p.LDTTMaxAbsent) + " ngày trở lên: không xét"
		})
	}
	if p.LDTTNoDiscipline {
		form, bad := disciplinedIn(e.cand, y, org.KhienTrach)
		e.Add("ldtt.ky-luat", !bad, Facts{}, func() string {
			if bad {
				return "Bị kỷ luật " + disciplineName(form) + " trong năm " + itoa(y) + ": không xét"
			}
			return "Không bị kỷ luật từ khiển trách trở lên trong năm " + itoa(y)
		})
	}
	e.Principles()
}

// ruleCSTDCS: Chiến sĩ thi đua cơ sở (Luật TĐKT 2003 art. 23, NĐ 91/2017
// art. 9.3; Luật TĐKT 2022 art. 23; the draft law).
func ruleCSTDCS(e *Eval) {
	if !e.subject(false) {
		return
	}
	p, y := e.params, e.year
	e.Require() // Lao động tiên tiến of the year, in the regime's data
	if e.Done() {
		return
	}
	rating := e.Rating(y)
	excellent := rating == org.Excellent
	addExcellent := func() {
		e.Add("cstdcs.xuat-sac", excellent, Facts{Have: int(rating), Need: int(org.Excellent)}, func() string {
			if excellent {
				return "Năm " + itoa(y) + " hoàn thành xuất sắc nhiệm vụ"
			}
			return ratedAs("", y, rating) + ", chưa hoàn thành xuất sắc nhiệm vụ"
		})
	}
	addInitiative := func() {
		// Counted in the alternative that may carry the verdict: one
		// carried by the rating uses no initiative.
		n, f := e.initiatives(y, y, Grassroots, false)
		f.Need = 1
		if n >= 1 {
			e.use(1)
		}
		e.Add("cstdcs.sang-kien", n >= 1, f, func() string {
			return e.initiativeReason(f, y, y, Grassroots, "")
		})
	}
	switch p.CSTDCSMode {
	case ExcellentOrInitiative:
		e.Branch("xuat-sac")
		addExcellent()
		e.Branch("sang-kien")
		addInitiative()
		e.Branch("")
	case ExcellentAndInitiative:
		addExcellent()
		addInitiative()
	default:
		addInitiative()
	}
	var buf CodeSpec
	pct := 0
	if spec := e.codeSpec(&buf); spec != nil {
		pct = spec.Quota.Percent
	}
	switch {
	case pct > 0:
		e.AddPending("cstdcs.ty-le", Facts{Need: pct}, func() string {
			s := "Xét trong tỷ lệ không quá " + itoa(pct) + "% số cá nhân đạt Lao động tiên tiến của đơn vị, làm tròn xuống (khi xét cả đơn vị)"
			if p.CSTDCSQuotaOpen {
				s += "; tỷ lệ do bộ, ngành, tỉnh quy định"
			}
			return s
		})
	case p.CSTDCSQuotaOpen:
		// The law leaves the rate to each ministry or province and none is
		// set: say so rather than pass everyone silently.
		e.Add("cstdcs.ty-le", true, Facts{}, func() string {
			return "Chưa áp dụng tỷ lệ Chiến sĩ thi đua cơ sở: luật và nghị định không quy định tỷ lệ, bộ, ngành, tỉnh chưa quy định tỷ lệ riêng cho đơn vị"
		})
	}
	e.Principles()
}

// ruleCSTDBo: Chiến sĩ thi đua cấp bộ, ngành, tỉnh (Luật TĐKT art. 22;
// council vote NĐ 91/2017 art. 45.8).
func ruleCSTDBo(e *Eval) {
	if !e.subject(false) {
		return
	}
	y := e.RunEnd()
	from := e.require(nil).from // consecutive Chiến sĩ thi đua cơ sở, in the regime's data
	if e.Done() {
		return
	}
	lo := max(from, e.WindowStart())
	k, g := e.initiatives(lo, y, Ministry, true)
	g.Need = 1
	if k >= 1 {
		e.use(1)
	}
	e.Add("cstdbo.sang-kien", k >= 1, g, func() string {
		return e.initiativeReason(g, lo, y, Ministry, "được áp dụng, nhân rộng")
	})
	e.votes("cstdbo.hoi-dong")
	e.Principles()
}

// ruleCSTDTQ: Chiến sĩ thi đua toàn quốc (Luật TĐKT art. 21): two
// consecutive CSTĐ cấp bộ — the periods ending in Y and in Y-3, Y being
// [Eval.RunEnd] — an achievement of national influence, and the council's
// own ballot on the toàn quốc proposal (NĐ 91/2017 art. 45.8).
func ruleCSTDTQ(e *Eval) {
	if !e.subject(false) {
		return
	}
	y := e.RunEnd()
	spanFrom := e.require(nil).from // consecutive Chiến sĩ thi đua cấp bộ, in the regime's data
	if e.Done() {
		return
	}
	lo := max(spanFrom, e.WindowStart())
	k, g := e.initiatives(lo, y, National, true)
	g.Need = 1
	if k >= 1 {
		e.use(1)
	}
	e.Add("cstdtq.sang-kien", k >= 1, g, func() string {
		return e.initiativeReason(g, lo, y, National, "có phạm vi ảnh hưởng toàn quốc")
	})
	e.votes("cstdtq.hoi-dong")
	e.Principles()
}

// ruleBKBo: Bằng khen cấp bộ, ngành, tỉnh (Luật TĐKT 2022 art. 74.1.d;
// NĐ 65/2014 art. 24.1, its points a and b with Params.BKBoFeats; NĐ
// 91/2017 art. 39 [?]); collectives [?].
func ruleBKBo(e *Eval) {
	p, y := e.params, e.RunEnd()
	start := e.WindowStart()
	if e.cand.Collective {
		from := y - p.CollBKBoYears + 1
		n, f := e.window(from, y, start, func(yy int) bool { return e.Rating(yy) == org.Excellent })
		e.Add("bkbo.tap-the", n == f.Need, f, func() string {
			return windowReason("hoàn thành xuất sắc nhiệm vụ", f, from, y, start)
		})
		e.Principles()
		return
	}
	from := y - p.BKBoYears + 1
	// Two consecutive Chiến sĩ thi đua cơ sở under Law 2022, an
	// alternative of the regime's data.
	e.Require()
	if e.alternatives() || p.BKBoFeats {
		e.Branch("xuat-sac")
	}
	n, f := e.window(from, y, start, func(yy int) bool { return e.Rating(yy) == org.Excellent })
	e.Add("bkbo.xuat-sac", n == f.Need, f, func() string {
		return windowReason("hoàn thành xuất sắc nhiệm vụ", f, from, y, start)
	})
	if e.Done() {
		return
	}
	lo := max(from, start)
	k, g := e.initiatives(lo, y, Grassroots, true)
	g.Need = p.BKBoInitiatives
	if k >= g.Need {
		e.use(g.Need)
	}
	e.Add("bkbo.sang-kien", k >= g.Need, g, func() string {
		return e.initiativeReason(g, lo, y, Grassroots, "được áp dụng")
	})
	if p.BKBoFeats {
		e.Branch("phong-trao")
		e.feat("bkbo.phong-trao", featYearly, func(k FeatKind) bool { return k == Movement })
		e.Branch("thanh-tich")
		e.feat("bkbo.thanh-tich", featInfluence, func(k FeatKind) bool { return k == AdHocFeat })
	}
	e.Branch("")
	e.Principles()
}

// baseGrant adds the criterion "holds base" (id, cited cite) and returns
// the year of the earliest merit grant of base after the last grant of the
// code asked for (whose run it used) and before the year asked.
func (e *Eval) baseGrant(base award.Code, id, cite string) (int, bool) {
	prev := e.lastHeld(e.code, e.bit, e.year)
	yb := 0
	found := false
	c := e.cand
	bb := bit(base)
	// The years before the one asked hold base only as recorded: none
	// does when no year's awards have it and there are no other grants.
	// Past the records only Grants can, which the loop below reads
	// without counting every year up to the one asked.
	for yy := max(prev+1, c.FirstYear); yy < min(e.year, c.FirstYear+len(c.Years)) && (bb == 0 || e.union&bb != 0 || len(c.Grants) > 0); yy++ {
		if e.has(base, bb, yy) {
			yb, found = yy, true
			break
		}
	}
	if !found {
		for _, g := range c.Grants {
			if g.Code == base && g.Kind == Merit && g.Year > prev && g.Year < e.year && (!found || g.Year < yb) {
				yb, found = g.Year, true
			}
		}
	}
	e.AddCited(id, cite, found, Facts{}, func() string {
		if found {
			return "Đã được tặng " + e.reg.codeName(base) + " năm " + itoa(yb)
		}
		return "Chưa được tặng " + e.reg.codeName(base) + " (sau lần được tặng " + e.reg.codeName(e.code) + " trước, nếu có)" +
			e.revokedNote(base, e.revokedIn(base, prev+1, e.year-1))
	})
	return yb, found
}

// ladder adds the criteria "holds base, then a run of years rated at least
// minRating ending in [Eval.RunEnd]" and returns the first year of the run
// and whether it is long enough; the requirements of kind InRun then count
// in that run. The base is the Earlier requirement of the regime's data
// (none: the run alone counts), found as the earliest merit grant of base
// after the last grant of the code asked for (whose run it used) and
// before the year asked ([Eval.baseGrant]). The run starts after the last
// year the base grant used and after the last year the previous grant of
// the code used ([Eval.intervalEnd]: counted from the achievement period
// of the earlier award, NĐ 91/2017 and TT 08/2017/TT-BNV [C], or from its
// decision under Params.IntervalFromDecision, NĐ 65/2014 art. 2.4). A
// Bằng khen cấp bộ for 2014 used 2014: 2015-2019 give Bằng khen Thủ tướng
// for 2019, or, under Params.ConsiderInYearAfter, considered in 2020.
func (e *Eval) ladder(runID string, need int, minRating org.Rating) (int, bool) {
	y := e.RunEnd()
	c := e.cand
	res := e.require(func(r *Requirement) bool { return r.Kind == Earlier })
	base, yb, found := res.base, res.baseYear, res.found || !res.hasBase
	start := max(e.RestartYear(), e.usedThrough(), c.FirstYear-1) + 1
	after := 0 // last year before the run may start, after the base grant
	if res.found {
		after = e.intervalEnd(base, yb)
		start = max(start, after+1)
	}
	run := 0
	for yy := y; yy >= start && e.Rating(yy) >= minRating; yy-- {
		run++
	}
	from := y - run + 1
	ok := found && run >= need
	e.Add(runID, ok, Facts{Have: run, Need: need}, func() string {
		what := " xếp loại " + RatingName(minRating)
		if minRating < org.Excellent {
			what += " trở lên"
		}
		// Years before start break the run whatever their rating: say why
		// (a discipline, the last grant of the code, the base award).
		cut := max(e.RestartYear(), e.usedThrough())
		switch {
		case run == 0 && y <= cut:
			return "Năm " + itoa(y) + " không được tính (" + e.emptyRun(y) + "), cần " + count(need) + " năm liên tục" + what
		case run == 0 && y < start:
			return "Chưa có năm nào" + what + " kể từ sau năm " + itoa(after) + ", cần " + count(need) + " năm liên tục"
		case run == 0:
			return "Năm " + itoa(y) + " chưa" + what + " (cần " + count(need) + " năm liên tục)"
		}
		s := count(run) + " năm liên tục" + what + " (" + span(from, y) + "), cần " + count(need) + " năm"
		if res.found {
			switch pe := e.periodEnd(yb); {
			case after != pe:
				on, _ := c.decidedOn(base, yb)
				s += " kể từ năm " + itoa(after+1) + ", năm có quyết định tặng " + e.reg.codeName(base) + " năm " + itoa(yb) + " (ngày " + dmy(on) + ")"
			default:
				s += " kể từ sau năm " + itoa(after)
				if after != yb {
					s += ", năm cuối của giai đoạn được tính cho " + e.reg.codeName(base) + " năm " + itoa(yb)
				}
			}
		}
		if run < need && from-1 <= cut && from-1 > after {
			s += " (" + e.emptyRun(from-1) + ")" // a discipline or the last grant, not the rating, broke it
		}
		return s
	})
	e.runFrom, e.runKnown = from, true
	return from, ok
}

// countIn counts the years from..to holding code.
func (e *Eval) countIn(code award.Code, from, to int) int {
	n, b := 0, bit(code)
	for yy := from; yy <= to; yy++ {
		if e.has(code, b, yy) {
			n++
		}
	}
	return n
}

// countInRun adds the criterion (id, cited cite) "code held in at least
// need years of from..[Eval.RunEnd]".
func (e *Eval) countInRun(id, cite string, code award.Code, from, need int) {
	y := e.RunEnd()
	n := e.countIn(code, from, y)
	e.AddCited(id, cite, n >= need, Facts{Have: n, Need: need}, func() string {
		name := e.reg.codeName(code)
		switch {
		case from > y:
			return "Chưa có năm liên tục nào để tính " + name + " (" + e.emptyRun(y) + "), cần " + count(need) + " lần"
		case n == 0:
			return "Trong " + spanWord(from, y) + " chưa đạt " + name + " lần nào, cần " + count(need) + " lần" + e.revokedNote(code, e.revokedIn(code, from, y))
		}
		return "Trong " + spanWord(from, y) + " đạt " + count(n) + " lần " + name + ", cần " + count(need) + " lần" + e.revokedNote(code, e.revokedIn(code, from, y)) + e.derivedNote(code)
	})
}

// alternatives reports whether a requirement of the regime's data that
// applies to the candidate belongs to an alternative.
func (e *Eval) alternatives() bool {
	for i := range e.reqs {
		if e.reqs[i].Branch != "" && e.reqs[i].For.applies(e.cand.Collective) {
			return true
		}
	}
	return false
}

// inRun adds the InRun requirements of the regime's data, counted in the
// run from..[Eval.RunEnd].
func (e *Eval) inRun(from int) {
	e.runFrom, e.runKnown = from, true
	e.require(func(r *Requirement) bool { return r.Kind == InRun })
}

// ruleBKTTg: Bằng khen của Thủ tướng Chính phủ (NĐ 65/2014 art. 23.1.c,
// 23.3.c; NĐ 91/2017 art. 38.1.c; Luật TĐKT 2022 art. 73.1.b; Luật TĐKT
// 2003 art. 71 before its 2013 amendment when Params.BKTTgYears is 0).
func ruleBKTTg(e *Eval) {
	p, y := e.params, e.RunEnd()
	if e.cand.Collective {
		if p.BKTTgFeats {
			e.Branch("thuong-xuyen")
		}
		from, _ := e.ladder("bkttg.tap-the", p.CollBKTTgYears, org.Excellent)
		e.inRun(from) // Cờ thi đua cấp bộ in the run (R2014)
		bkttgFeats(e)
		e.Principles()
		return
	}
	if p.BKTTgYears == 0 {
		// Luật TĐKT 2003, Điều 71 as quoted [C]: Bằng khen cấp bộ and 5
		// consecutive years of CSTĐCS (the regime's data), or an ad hoc
		// feat.
		e.Branch("thuong-xuyen")
		e.Require()
		e.Branch("dot-xuat")
		e.feat("bkttg.dot-xuat", featAdHoc, func(k FeatKind) bool { return k == AdHocFeat })
		e.Branch("")
		e.Principles()
		return
	}
	if p.BKTTgFeats {
		e.Branch("thuong-xuyen")
	}
	from, _ := e.ladder("bkttg.lien-tuc", p.BKTTgYears, p.BKTTgMinRating)
	if e.Done() {
		return
	}
	e.inRun(from) // Chiến sĩ thi đua cơ sở in the run (Law 2022)
	if p.BKTTgInitiatives > 0 && !e.altFailed() {
		k, g := e.initiatives(from, y, Grassroots, p.BKTTgApplied)
		g.Need = p.BKTTgInitiatives
		if k >= g.Need {
			e.use(g.Need)
		}
		also := ""
		if p.BKTTgApplied {
			also = "được áp dụng"
		}
		e.Add("bkttg.sang-kien", k >= g.Need, g, func() string {
			return e.initiativeReason(g, from, y, Grassroots, also)
		})
	}
	bkttgFeats(e)
	e.Principles()
}

// bkttgFeats adds, under Params.BKTTgFeats, the alternatives of NĐ
// 65/2014/NĐ-CP, Điều 23 khoản 1 and 3, điểm a and b [V]: an outstanding
// result in a movement of the Central Council or of a ministry or province
// reviewed after 3 years or more (a Feat of kind Movement), or many or ad
// hoc achievements of ministry or province influence (an AdHocFeat), each
// recognised at ministry level or above and not used for another award.
func bkttgFeats(e *Eval) {
	if !e.params.BKTTgFeats {
		return
	}
	e.Branch("phong-trao")
	e.feat("bkttg.phong-trao", featMovement, func(k FeatKind) bool { return k == Movement })
	e.Branch("dot-xuat")
	e.feat("bkttg.dot-xuat", featAdHoc, func(k FeatKind) bool { return k == AdHocFeat })
	e.Branch("")
}

// ruleHCLD3: Huân chương Lao động hạng Ba (NĐ 65/2014 art. 17; Luật TĐKT
// 2022 art. 44; Luật TĐKT 2003 art. 44 before its 2013 amendment when
// Params.HCLD3Years is 0 and, for collectives, without
// Params.CollHCLD3AfterBKTTg). What each requires is in the regime's data.
func ruleHCLD3(e *Eval) {
	p, y := e.params, e.RunEnd()
	c := e.cand
	if c.Collective {
		hcld3Collective(e)
		return
	}
	e.Branch("thanh-tich")
	if p.HCLD3Years == 0 {
		// Luật TĐKT 2003, Điều 44 khoản 1 as quoted [C]: 7 consecutive
		// CSTĐCS (the regime's data), within which HCLD3BKBo Bằng khen cấp
		// bộ or one Bằng khen Thủ tướng.
		lo := max(e.require(nil).from, e.WindowStart())
		bo, tt := e.countIn(award.BangKhenBo, lo, y), e.countIn(award.BangKhenTTg, lo, y)
		need := p.HCLD3BKBo
		e.Add("hcld3.bk", bo >= need || tt >= 1, Facts{Have: bo + tt, Need: need}, func() string {
			s := "cần " + count(need) + " Bằng khen cấp bộ, ngành, tỉnh hoặc 01 Bằng khen của Thủ tướng Chính phủ"
			if lo > y {
				return "Chưa có năm liên tục nào để tính (" + e.emptyRun(y) + "), " + s
			}
			return "Trong " + spanWord(lo, y) + " có " + count(bo) + " Bằng khen cấp bộ, ngành, tỉnh và " + count(tt) +
				" Bằng khen của Thủ tướng Chính phủ, " + s
		})
	} else {
		from, _ := e.ladder("hcld3.lien-tuc", p.HCLD3Years, p.HCLD3MinRating)
		hcld3Run(e, from, y)
	}
	if p.HCLD3Workers && c.Worker {
		e.Branch("cong-nhan")
		e.feat("hcld3.cong-nhan", featWorker, func(FeatKind) bool { return true })
	}
	if p.HCLD3LeaderYears > 0 {
		// Long service (quá trình cống hiến) is another basis than merit
		// (Luật TĐKT 2022 art. 8, art. 44.1.g): a verdict eligible only
		// through it has Basis LongService. Only the leadership years are
		// checked, women needing less time (see [Eval.LeaderMonths]); the
		// number of years is [?] unverified.
		e.BranchAs("cong-hien", LongService)
		need, less := e.LeaderMonths(p.HCLD3LeaderYears * 12)
		n := 0
		for i := range c.Years {
			if c.FirstYear+i <= e.year && c.Years[i].Post >= Deputy {
				n++
			}
		}
		e.Add("hcld3.cong-hien", n*12 >= need, Facts{Have: n * 12, Need: need}, func() string {
			s := "Giữ chức vụ lãnh đạo " + count(n) + " năm"
			if n == 0 {
				s = "Chưa có năm giữ chức vụ lãnh đạo"
			}
			s += ", cần " + count(need/12) + " năm"
			if need%12 != 0 {
				s += " " + count(need%12) + " tháng"
			}
			return s + less + "; xét theo quá trình cống hiến"
		})
	}
	e.Branch("")
	e.Principles()
}

// LeaderMonths returns the months in leadership posts the candidate needs
// where the general rule asks months: women need Params.WomenLessMonths
// fewer (03 years under NĐ 65/2014/NĐ-CP, Điều 2 khoản 3), or one third
// less under Params.WomenLessThird (NĐ 91/2017 art. 3, NĐ 98/2023 art. 4
// [C]) unless their retirement age is set above the general rule
// ([Candidate.LaterRetirement]). note says why in Vietnamese, " (…)", or is
// empty when nothing was reduced.
func (e *Eval) LeaderMonths(months int) (need int, note string) {
	c, p := e.cand, e.params
	if c.Collective || c.Gender != org.Female {
		return months, ""
	}
	switch {
	case p.WomenLessThird && c.LaterRetirement:
		return months, " (nữ có tuổi nghỉ hưu cao hơn quy định chung: không giảm thời gian)"
	case p.WomenLessThird:
		return months - months/3, " (nữ được giảm một phần ba thời gian)"
	case p.WomenLessMonths > 0:
		return max(months-p.WomenLessMonths, 0), " (nữ được giảm " + count(p.WomenLessMonths/12) + " năm)"
	}
	return months, ""
}

// hcld3Run adds the criteria on the run of years after Bằng khen Thủ
// tướng, from..y, of an individual's Huân chương Lao động hạng Ba.
func hcld3Run(e *Eval, from, y int) {
	p := e.params
	if e.altFailed() { // the run's requirements may belong to another alternative
		e.inRun(from)
		return
	}
	if p.HCLD3Excellent > 0 {
		n := 0
		for yy := from; yy <= y; yy++ {
			if e.Rating(yy) == org.Excellent {
				n++
			}
		}
		e.Add("hcld3.xuat-sac", n >= p.HCLD3Excellent, Facts{Have: n, Need: p.HCLD3Excellent}, func() string {
			switch {
			case from > y:
				return "Chưa có năm liên tục nào để tính việc hoàn thành xuất sắc nhiệm vụ (" + e.emptyRun(y) + "), cần " + count(p.HCLD3Excellent) + " năm"
			case n == 0:
				return "Trong " + spanWord(from, y) + " chưa có năm nào hoàn thành xuất sắc nhiệm vụ, cần " + count(p.HCLD3Excellent) + " năm"
			}
			return "Trong " + spanWord(from, y) + " có " + count(n) + " năm hoàn thành xuất sắc nhiệm vụ, cần " + count(p.HCLD3Excellent) + " năm"
		})
	}
	e.inRun(from) // Chiến sĩ thi đua cơ sở in the run (Law 2022)
	if k := p.HCLD3Initiatives; k > 0 {
		// NĐ 65/2014, Điều 17 khoản 1 điểm b: initiatives applied at
		// ministry or province level, no CSTĐ option.
		n, g := e.initiatives(from, y, Ministry, true)
		g.Need = k
		if n >= k {
			e.use(k)
		}
		e.Add("hcld3.sang-kien", n >= k, g, func() string {
			return e.initiativeReason(g, from, y, Ministry, "được áp dụng")
		})
	}
	if k := p.HCLD3CSTDBoOrMin; k > 0 {
		bo := e.countIn(award.CSTDBo, from, y)
		in, _ := e.initiatives(from, y, Ministry, false)
		f := Facts{Have: max(bo, in), Need: k}
		if bo < k && in >= k { // the initiatives stand in for CSTĐ cấp bộ
			e.use(k)
		}
		e.Add("hcld3.cstdbo", bo >= k || in >= k, f, func() string {
			need := ", cần " + count(k) + " lần Chiến sĩ thi đua cấp bộ hoặc " + count(k) + " sáng kiến cấp bộ"
			switch {
			case from > y:
				return "Chưa có năm liên tục nào để tính Chiến sĩ thi đua cấp bộ hoặc sáng kiến cấp bộ (" + e.emptyRun(y) + ")" + need
			case bo == 0 && in == 0:
				return "Trong " + spanWord(from, y) + " chưa có lần Chiến sĩ thi đua cấp bộ hay sáng kiến cấp bộ nào" + need
			}
			return "Trong " + spanWord(from, y) + " có " + count(bo) + " lần Chiến sĩ thi đua cấp bộ và " + count(in) +
				" sáng kiến cấp bộ" + need
		})
	}
}

// hcld3Collective: Huân chương Lao động hạng Ba for a collective. Under
// Params.CollHCLD3AfterBKTTg (NĐ 65/2014, Điều 17 khoản 4 [V]): a) an
// outstanding achievement of ministry or province influence, or b) at least
// CollHCLD3Founded years of existence, Bằng khen Thủ tướng, then
// CollHCLD3Years consecutive years "xuất sắc" within which CollHCLD3Flags
// Cờ cấp bộ, or one Cờ and CollHCLD3FlagBK Bằng khen cấp bộ. Otherwise
// (Luật TĐKT 2003, Điều 44 khoản 2 before its 2013 amendment [C]):
// CollHCLD3Years consecutive years TTLĐXS with one Cờ cấp bộ or one Bằng
// khen Thủ tướng, or an ad hoc feat.
func hcld3Collective(e *Eval) {
	p, y := e.params, e.RunEnd()
	c := e.cand
	e.Branch("thuong-xuyen")
	if p.CollHCLD3AfterBKTTg {
		if yrs := p.CollHCLD3Founded; yrs > 0 {
			f := Facts{Need: yrs}
			if c.Founded.IsZero() {
				e.AddPending("hcld3.thanh-lap", f, func() string {
					return "Chưa có ngày thành lập của tập thể: cần có quá trình xây dựng, phát triển từ " + count(yrs) + " năm trở lên"
				})
			} else {
				age := e.asOf.Year - c.Founded.Year
				if e.asOf.Month < c.Founded.Month || e.asOf.Month == c.Founded.Month && e.asOf.Day < c.Founded.Day {
					age--
				}
				f.Have = max(age, 0)
				e.Add("hcld3.thanh-lap", age >= yrs, f, func() string {
					return "Thành lập ngày " + dmy(c.Founded) + ": " + count(f.Have) + " năm tính đến ngày " + dmy(e.asOf) + ", cần từ " + count(yrs) + " năm trở lên"
				})
			}
		}
		from, _ := e.ladder("hcld3.tt-lien-tuc", p.CollHCLD3Years, org.Excellent)
		lo := max(from, e.WindowStart())
		co, bk := e.countIn(award.CoBo, lo, y), e.countIn(award.BangKhenBo, lo, y)
		flags, withBK := p.CollHCLD3Flags, p.CollHCLD3FlagBK
		ok := co >= flags || co >= 1 && bk >= withBK
		e.Add("hcld3.tt-co", ok, Facts{Have: co, Need: flags}, func() string {
			need := "cần " + count(flags) + " Cờ thi đua cấp bộ, ngành, tỉnh, hoặc 01 Cờ và " + count(withBK) + " Bằng khen cấp bộ, ngành, tỉnh"
			if lo > y {
				return "Chưa có năm liên tục nào để tính (" + e.emptyRun(y) + "), " + need
			}
			return "Trong " + spanWord(lo, y) + " có " + count(co) + " Cờ thi đua cấp bộ, ngành, tỉnh và " + count(bk) +
				" Bằng khen cấp bộ, ngành, tỉnh; " + need
		})
	} else {
		// Tập thể lao động xuất sắc, consecutive years (the regime's data).
		lo := max(e.require(nil).from, e.WindowStart())
		co, bk := e.countIn(award.CoBo, lo, y), e.countIn(award.BangKhenTTg, lo, y)
		e.Add("hcld3.co-hoac-bk", co+bk > 0, Facts{Have: co + bk, Need: 1}, func() string {
			what := "Cờ thi đua cấp bộ, ngành, tỉnh hoặc Bằng khen của Thủ tướng Chính phủ"
			switch {
			case lo > y:
				return "Chưa có năm liên tục nào để tính " + what + " (" + e.emptyRun(y) + "), cần 01"
			case co+bk == 0:
				return "Trong " + spanWord(lo, y) + " chưa có " + what + ", cần 01"
			}
			var have []string
			if co > 0 {
				have = append(have, count(co)+" Cờ thi đua cấp bộ, ngành, tỉnh")
			}
			if bk > 0 {
				have = append(have, count(bk)+" Bằng khen của Thủ tướng Chính phủ")
			}
			return "Trong " + spanWord(lo, y) + " có " + strings.Join(have, " và ") + " (cần 01 " + what + ")"
		})
	}
	e.Branch("dot-xuat")
	e.feat("hcld3.dot-xuat", featAdHoc, func(k FeatKind) bool { return k == AdHocFeat })
	e.Branch("")
	e.Principles()
}

// What each feat criterion asks for, said in its reason when no feat meets
// it: NĐ 65/2014/NĐ-CP, Điều 23 khoản 1 and 3, điểm a (a movement reviewed
// after 3 years or more) and điểm b (ad hoc or special achievements); Luật
// TĐKT 2022, Điều 44 khoản 2 (workers and farmers: a movement of 5 years or
// more, an applied invention or work, a large contribution, or an ad hoc
// feat).
const (
	featAdHoc    = "thành tích đột xuất hoặc đặc biệt"
	featMovement = "thành tích xuất sắc tiêu biểu trong phong trào thi đua được sơ kết, tổng kết từ 03 năm trở lên"
	featWorker   = "thành tích xuất sắc trong phong trào thi đua, sáng chế, công trình được áp dụng hoặc thành tích đột xuất"
	// Bằng khen cấp bộ (NĐ 65/2014/NĐ-CP, Điều 24 khoản 1 điểm a and b).
	featYearly    = "thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ngành, tỉnh phát động hằng năm"
	featInfluence = "thành tích có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ngành, tỉnh"
)

// feat adds a criterion met by one feat of a matching kind, recognised at
// ministry level or above in the window, not already used for the code;
// what names the achievement the criterion asks for.
//
// A feat that already counted for another award, as recorded
// (Feat.UsedFor) or reserved earlier in the same [Screen], does not count
// (one achievement, one form: Luật TĐKT 2022, Điều 5; unless
// Params.ReuseAchievements): Facts.Excluded names it and the reason says
// for what it counted. The feat found is reserved for the code asked for
// when the verdict rests on the criterion's alternative.
func (e *Eval) feat(id, what string, kind func(FeatKind) bool) {
	y, start := e.year, e.WindowStart()
	found := ""
	var f Facts
	for i := range e.cand.Feats {
		ft := &e.cand.Feats[i]
		if !kind(ft.Kind) || ft.Level < Ministry || ft.Year > y || ft.Year < start {
			continue
		}
		if _, used := e.featUsedElsewhere(i); used && !e.params.ReuseAchievements {
			f.Excluded = append(f.Excluded, ft.ID)
			continue
		}
		found = ft.ID
		e.picks = append(e.picks, pick{ini: int32(i), feat: true, branch: e.branch})
		break
	}
	e.Add(id, found != "", f, func() string {
		if found != "" {
			return "Có thành tích " + found + " được công nhận cấp bộ, ngành, tỉnh trở lên"
		}
		return "Chưa có " + what + " được công nhận cấp bộ, ngành, tỉnh trở lên" +
			e.excludedNote("thành tích", f.Excluded, func(id string) (Use, bool) {
				for j := range e.cand.Feats {
					if e.cand.Feats[j].ID == id {
						return e.featUsedElsewhere(j)
					}
				}
				return Use{}, false
			})
	})
}

// excludedNote says which achievements (what: "sáng kiến", "thành tích")
// did not count because they already counted for another award, as used
// says: "; không tính thành tích TT-1 đã được tính cho Huân chương Lao động
// hạng Ba năm 2023 (mỗi thành tích chỉ được khen một hình thức, Luật TĐKT
// 2022, Điều 5)". It is "" when none was left out.
func (e *Eval) excludedNote(what string, ids []string, used func(id string) (Use, bool)) string {
	if len(ids) == 0 {
		return ""
	}
	s := ""
	for k, id := range ids {
		if k == 0 {
			s += "; không tính "
		} else {
			s += ", "
		}
		s += what + " " + id
		if u, ok := used(id); ok {
			s += " đã được tính cho " + awardOf(u.Code) + " năm " + itoa(u.Year)
		}
	}
	s += " (mỗi thành tích chỉ được khen một hình thức"
	if c := e.reg.Citations["nguyen-tac.mot-thanh-tich"]; c != "" {
		s += ", " + c
	}
	return s + ")"
}
