package rules

import (
	"cmp"
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// ScreenOptions tune [Screen]. A nil *ScreenOptions means the defaults.
type ScreenOptions struct {
	// VerdictsOnly skips building criteria and reasons: each Verdict then
	// has nil Criteria (quota cuts are still explained in Decision.Cut).
	VerdictsOnly bool
	// AsOf is the date of consideration; zero means 31/12 of the year.
	AsOf thidua.Date
	// QuotaUnit names the unit a quota is counted over for a candidate:
	// the CSTĐCS rate is taken of the LĐTT of each such unit (NĐ 91/2017,
	// Điều 9 khoản 3 leaves the rate, and so its scope, to the ministry or
	// province). nil counts over Candidate.Unit, the unit that rated the
	// person; a ministry counting over a whole Sở rather than each of its
	// offices returns the Sở for everyone in it. The Cờ thi đua của Chính
	// phủ quota is counted over all the collectives screened.
	QuotaUnit func(c *Candidate) string
}

// Decision is the outcome for one candidate and one code in a screening:
// the verdict after quotas, and why a candidate meeting every other
// criterion was cut by a quota ("" if not).
type Decision struct {
	Verdict
	Cut string
}

// Row holds the decisions for one candidate, indexed like Result.Codes.
type Row struct {
	Candidate string
	Decisions []Decision
}

// Result is the outcome of a screening.
type Result struct {
	Year   int
	Regime string
	Codes  []award.Code
	Rows   []Row // in the order of the candidates given
	// Notes say, in Vietnamese, what the screening as a whole did not
	// apply: no CSTĐCS quota where the law leaves the rate to each
	// ministry or province and none is set (Params.CSTDCSQuotaOpen).
	Notes []string
}

// Decision returns the decision for candidate id and code, or nil.
func (r *Result) Decision(id string, code award.Code) *Decision {
	j := slices.Index(r.Codes, code)
	if j < 0 {
		return nil
	}
	for i := range r.Rows {
		if r.Rows[i].Candidate == id {
			return &r.Rows[i].Decisions[j]
		}
	}
	return nil
}

// Screen checks every candidate of a unit (people and collectives) for every
// code in year, under the regime [Regimes.Pick] gives for year and
// ScreenOptions.AsOf (by default the one in force on the date of
// consideration, 31/12 of year when AsOf is zero), and applies the quotas:
// Chiến sĩ thi đua cơ sở at most Params.CSTDCSQuotaPercent of the
// individuals awarded LĐTT in the same Candidate.Unit, rounded down (NĐ
// 91/2017 art. 9.3), and Cờ thi đua của Chính phủ at most
// Params.CoCPQuotaPercent of the collectives screened that meet the Cờ cấp
// bộ standard.
//
// Codes are decided in dependency order whatever order they are given in —
// LĐTT, CSTĐCS, CSTĐ cấp bộ, CSTĐ toàn quốc, collective titles, Cờ, then
// forms — and each code sees the titles granted for the year by the codes
// before it. A collective whose ID is the Unit of screened individuals gets
// its member counts for the year from their results (members, LĐTT, CSTĐCS,
// rated "hoàn thành nhiệm vụ", disciplined "cảnh cáo"+).
//
// A code that a listed code needs for the year is decided even when it is
// not listed, internally, with the same rules, and left out of the Result:
// LĐTT for Chiến sĩ thi đua cơ sở (its criterion and its quota base, NĐ
// 91/2017 art. 9.3); LĐTT and CSTĐCS for CSTĐ cấp bộ, Bằng khen cấp bộ and
// của Thủ tướng and the member counts of the collective titles; CSTĐ cấp bộ
// too for CSTĐ toàn quốc; and for Huân chương Lao động hạng Ba every title
// and form of the year it counts. A verdict thus does not depend on which
// of its prerequisites are listed: screening CSTĐ cấp bộ alone gives what
// screening LĐTT, CSTĐCS and CSTĐ cấp bộ gives.
//
// Quota order: higher YearRecord.Score first; then the better rating; on
// equal score and rating, women first when Params.WomenFirst (NĐ 98/2023
// art. 4: ties favour women); then the candidate ID in byte order.
// Candidates are not modified.
func Screen(rs *Regimes, cands []Candidate, year int, codes []award.Code, opt *ScreenOptions) Result {
	var o ScreenOptions
	if opt != nil {
		o = *opt
	}
	res := Result{Year: year, Codes: slices.Clone(codes), Rows: make([]Row, len(cands))}
	reg := rs.Pick(year, o.AsOf)
	if reg == nil {
		return res
	}
	res.Regime = reg.Name
	if p := &reg.Params; p.CSTDCSQuotaOpen && p.CSTDCSQuotaPercent == 0 && slices.Contains(codes, award.CSTDCS) {
		res.Notes = append(res.Notes, "Chưa áp dụng tỷ lệ Chiến sĩ thi đua cơ sở: luật và nghị định không quy định tỷ lệ, bộ, ngành, tỉnh chưa quy định tỷ lệ riêng ("+reg.Citations["cstdcs.ty-le"]+")")
	}
	collectives := false
	for i := range cands {
		collectives = collectives || cands[i].Collective
	}
	listed := len(codes)
	codes = append(slices.Clip(res.Codes), needed(reg, res.Codes, collectives)...) // listed codes, then internal ones
	k := len(codes)
	decs := make([]Decision, len(cands)*k)
	for i := range cands {
		res.Rows[i] = Row{Candidate: cands[i].ID, Decisions: decs[i*k : i*k+listed : i*k+listed]}
	}
	order := make([]int, k)
	for j := range order {
		order[j] = j
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(rankIn(reg, codes[a], 0), rankIn(reg, codes[b], 0)) })

	s := screen{reg: reg, cands: cands, year: year, asOf: o.AsOf, explain: !o.VerdictsOnly, quotaUnit: o.QuotaUnit,
		overlay: make([]Set, len(cands)), res: &res, codes: codes, decs: decs, k: k, decided: SetOf(codes...)}
	for _, c := range codes {
		if bit(c) == 0 {
			s.added = append(s.added, c)
		}
	}
	if s.added != nil {
		s.extra = make([][]award.Code, len(cands))
	}
	// Candidates are evaluated one after the other, all codes of a segment
	// at a time (their history stays in cache); a segment ends at a quota
	// code, whose cut needs every candidate, and before the collective
	// titles, whose member counts need every individual.
	var e Eval
	for lo := 0; lo < len(order); {
		hi := lo
		for hi < len(order) {
			code := codes[order[hi]]
			if hi > lo && collectives && s.members == nil && (code == award.TTLDTT || code == award.TTLDXS) {
				break
			}
			hi++
			if s.quotaOf(code).Percent > 0 {
				break
			}
		}
		seg := order[lo:hi]
		if first := codes[seg[0]]; collectives && s.members == nil && (first == award.TTLDTT || first == award.TTLDXS) {
			s.memberCounts()
		}
		segRules := make([]Rule, len(seg))
		for x, j := range seg {
			segRules[x] = reg.Rules[codes[j]]
		}
		for i := range cands {
			row := decs[i*k : (i+1)*k]
			union := cands[i].union()
			for x, j := range seg {
				code := codes[j]
				d := &row[j]
				rule := segRules[x]
				explain := s.explain && j < listed // internal codes need no reasons
				if _, data := reg.Codes[code]; rule == nil && !data {
					d.Verdict = checkWith(&e, reg, &cands[i], code, year, o.AsOf, explain)
					continue
				}
				e.reset(reg, &cands[i], code, year, o.AsOf, explain)
				e.overlay, e.scratch, e.union, e.decided = s.overlay[i], &s.scratch, union, s.decided
				if s.members != nil {
					e.members = s.members[i]
				}
				if s.extra != nil {
					e.extra, e.decidedAdded = s.extra[i], s.added
				}
				e.run(rule)
				d.Verdict = e.verdict()
				if d.Eligible && s.quotaOf(code).Percent == 0 {
					s.mark(i, code)
				}
			}
		}
		if last := seg[len(seg)-1]; s.quotaOf(codes[last]).Percent > 0 {
			s.applyQuota(last)
		}
		lo = hi
	}
	return res
}

type screen struct {
	reg     *Regime
	cands   []Candidate
	year    int
	asOf    thidua.Date
	explain bool
	overlay []Set
	members []*Members // per candidate: counts computed from screened members, or nil
	res     *Result
	codes   []award.Code // the listed codes, then the ones decided internally
	decs    []Decision   // decs[i*k+j]: candidate i, codes[j]
	k       int
	scratch Eval // reused for sub-checks
	decided Set  // the codes this screening decides: never derived
	// quotaUnit is ScreenOptions.QuotaUnit, or nil.
	quotaUnit func(c *Candidate) string
	added     []award.Code   // the codes outside [Set] this screening decides
	extra     [][]award.Code // per candidate: the codes of added decided eligible
}

// mark records that candidate i holds code for the year.
func (s *screen) mark(i int, code award.Code) {
	if b := bit(code); b != 0 {
		s.overlay[i] |= b
	} else if s.extra != nil {
		s.extra[i] = append(s.extra[i], code)
	}
}

// prerequisites is the one table of the codes each code reads for the year
// asked, and that a screening must therefore decide first: a title of the
// same year counts towards it (Luật TĐKT 2022 arts. 21–28, 44; NĐ 91/2017
// art. 9.3 for the CSTĐCS quota base). needed follows it transitively. The
// codes only a collective's Huân chương Lao động hạng Ba reads are left out
// when no collective is screened (collectives false).
func prerequisites(code award.Code, collectives bool) []award.Code {
	switch code {
	case award.CSTDCS, award.TTLDTT:
		return []award.Code{award.LDTT}
	case award.CSTDBo, award.BangKhenBo, award.BangKhenTTg, award.TTLDXS:
		return []award.Code{award.LDTT, award.CSTDCS}
	case award.CSTDToanQuoc:
		return []award.Code{award.LDTT, award.CSTDCS, award.CSTDBo}
	case award.HCLD3:
		if collectives {
			return []award.Code{award.LDTT, award.CSTDCS, award.CSTDBo, award.TTLDXS, award.CoBo, award.BangKhenTTg}
		}
		return []award.Code{award.LDTT, award.CSTDCS, award.CSTDBo}
	}
	return nil
}

// needed returns the codes that codes need decided for the year and do not
// list (see prerequisites, and the requirements of the regime's Codes), in
// no particular order: Screen sorts them.
func needed(reg *Regime, codes []award.Code, collectives bool) []award.Code {
	var extra []award.Code
	var add func(c award.Code)
	try := func(d award.Code) {
		if !slices.Contains(codes, d) && !slices.Contains(extra, d) {
			extra = append(extra, d)
			add(d)
		}
	}
	add = func(c award.Code) {
		for _, d := range prerequisites(c, collectives) {
			try(d)
		}
		for _, r := range reg.Codes[c].Requires {
			try(r.Code)
		}
	}
	for _, c := range codes {
		add(c)
	}
	return extra
}

// dec returns the decision of candidate i for codes[j].
func (s *screen) dec(i, j int) *Decision { return &s.decs[i*s.k+j] }

// quotaOf returns the quota of code in the regime (Percent 0 for none):
// Params for CSTĐCS (NĐ 91/2017, Điều 9 khoản 3) and Cờ thi đua của Chính
// phủ (NĐ 91/2017, Điều 11), the regime's Codes for any other code.
func (s *screen) quotaOf(code award.Code) Quota {
	switch code {
	case award.CSTDCS:
		return Quota{Percent: s.reg.Params.CSTDCSQuotaPercent, Of: award.LDTT, Citation: s.reg.Citations["cstdcs.ty-le"]}
	case award.CoChinhPhu:
		return Quota{Percent: s.reg.Params.CoCPQuotaPercent, Over: AllScreened, Citation: s.reg.Citations["cocp.ty-le"]}
	}
	return s.reg.Codes[code].Quota
}

// applyQuota applies the quota of the code of index j, then records the
// selected candidates' titles.
func (s *screen) applyQuota(j int) {
	code := s.codes[j]
	q := s.quotaOf(code)
	switch code {
	case award.CSTDCS:
		s.quota(j, "cstdcs.ty-le", q, "cá nhân đạt Lao động tiên tiến của đơn vị", func(i int) bool { return s.holds(i, award.LDTT) })
	case award.CoChinhPhu:
		s.quota(j, "cocp.ty-le", q, "tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, ngành, tỉnh", s.meetsCoBo)
	default:
		collective := false
		for i := range s.cands {
			if s.dec(i, j).Eligible {
				collective = s.cands[i].Collective
				break
			}
		}
		base := func(int) bool { return true }
		if q.Of != "" {
			base = func(i int) bool { return s.holds(i, q.Of) }
		}
		s.quota(j, quotaID(code), q, quotaBaseName(q, collective)[len("số "):], base)
	}
	for i := range s.cands {
		if s.dec(i, j).Eligible {
			s.mark(i, code)
		}
	}
}

// holds reports whether candidate i holds code for the year, as recorded or
// as decided in this screening.
func (s *screen) holds(i int, code award.Code) bool {
	b := bit(code)
	return s.overlay[i]&b != 0 || b == 0 && s.extra != nil && slices.Contains(s.extra[i], code) || s.cands[i].holds(code, b, s.year)
}

func (s *screen) meetsCoBo(i int) bool {
	if !s.cands[i].Collective {
		return false
	}
	if s.holds(i, award.CoBo) {
		return true
	}
	if s.reg.Params.CoCPAmongHolders {
		return false
	}
	var e Eval
	e.reset(s.reg, &s.cands[i], award.CoBo, s.year, s.asOf, false)
	e.overlay, e.decided = s.overlay[i], s.decided
	if r := s.reg.Rules[award.CoBo]; r != nil {
		e.run(r)
		return e.eligible()
	}
	return false
}

// memberCounts computes, for each collective whose ID is the Unit of some
// screened individuals, its member counts for the year.
func (s *screen) memberCounts() {
	s.members = make([]*Members, len(s.cands))
	idx := map[string]int{}
	for i := range s.cands {
		if s.cands[i].Collective {
			idx[s.cands[i].ID] = i
		}
	}
	if len(idx) == 0 {
		return
	}
	counts := make([]Members, len(s.cands))
	for i := range s.cands {
		c := &s.cands[i]
		j, ok := idx[c.Unit]
		if c.Collective || !ok {
			continue
		}
		m := &counts[j]
		s.members[j] = m
		m.Total++
		if s.holds(i, award.LDTT) {
			m.LDTT++
		}
		if s.holds(i, award.CSTDCS) {
			m.CSTDCS++
		}
		if r := c.Year(s.year); r != nil && r.Rating >= org.Completed {
			m.Completed++
		}
		if _, bad := disciplinedIn(c, s.year, org.CanhCao); bad {
			m.Disciplined++
		}
	}
}

// quota cuts the eligible candidates of code index j beyond pct % of those
// counted by base, per Unit (or over all the screened candidates when
// global), and explains each cut.
func (s *screen) quota(j int, id string, q Quota, baseName string, base func(i int) bool) {
	code := s.codes[j]
	pct, global := q.Percent, q.Over == AllScreened
	type key struct {
		unit   string
		score  int
		women  int
		rating org.Rating
		id     string
		i      int
	}
	var elig []key
	bases := map[string]int{}
	p := &s.reg.Params
	for i := range s.cands {
		c := &s.cands[i]
		unit := c.Unit
		switch {
		case global:
			unit = ""
		case s.quotaUnit != nil:
			unit = s.quotaUnit(c)
		}
		if base(i) {
			bases[unit]++
		}
		if !s.dec(i, j).Eligible {
			continue
		}
		k := key{unit: unit, women: 1, id: c.ID, i: i}
		if p.WomenFirst && c.Gender == org.Female {
			k.women = 0
		}
		if r := c.Year(s.year); r != nil {
			k.score, k.rating = r.Score, r.Rating
		}
		elig = append(elig, k)
	}
	slices.SortFunc(elig, func(a, b key) int {
		if c := strings.Compare(a.unit, b.unit); c != 0 {
			return c
		}
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if c := cmp.Compare(b.rating, a.rating); c != 0 {
			return c
		}
		// Women first only between equal achievements: same score and
		// same rating (NĐ 98/2023 art. 4).
		if c := cmp.Compare(a.women, b.women); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	for lo := 0; lo < len(elig); {
		hi := lo
		for hi < len(elig) && elig[hi].unit == elig[lo].unit {
			hi++
		}
		n := bases[elig[lo].unit]
		limit := n * pct / 100
		head := "" // the unit's part of the reasons, built once when needed
		for pos := lo; pos < hi; pos++ {
			i := elig[pos].i
			d := s.dec(i, j)
			place := pos - lo + 1
			in := place <= limit
			var reason string
			if !in || s.explain {
				if head == "" {
					chosen := "được chọn tối đa " + count(limit) + " " + CodeName(code)
					if limit == 0 {
						chosen = "không được chọn " + CodeName(code) + " nào"
					}
					head = "Tỷ lệ " + itoa(pct) + "%"
					if c := q.Citation; c != "" {
						head += " (" + c + ")"
					}
					head += ": " + count(n) + " " + baseName + ", " + chosen + " (làm tròn xuống); xếp thứ "
				}
				tail := ", trong tỷ lệ"
				if !in {
					tail = ", ngoài tỷ lệ"
					if place == limit+1 && place > 1 {
						prev, me := elig[pos-1], elig[pos]
						if prev.score == me.score && prev.rating == me.rating && prev.women < me.women {
							who := "cá nhân nữ"
							if s.cands[me.i].Collective {
								who = "tập thể nữ"
							}
							tail += "; cùng điểm và xếp loại với người xếp thứ " + itoa(place-1) + ", ưu tiên " + who + " (" + s.reg.Citations["uu-tien-nu"] + ")"
						}
					}
				}
				reason = head + itoa(place) + tail
			}
			if !in {
				d.Eligible = false
				d.Cut = reason
			}
			d.Pending = false
			for c := range d.Criteria {
				cr := &d.Criteria[c]
				if cr.ID == id {
					cr.Pending, cr.Passed, cr.Reason = false, in, reason
					cr.Facts = Facts{Have: place, Need: limit}
				}
				if cr.Pending {
					d.Pending = true
				}
			}
		}
		lo = hi
	}
}
