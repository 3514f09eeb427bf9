package rules

import (
	"maps"
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
)

// CodeSpec is what a regime's data says of one award code, beyond its
// [Rule]: the titles or forms it requires, its quota, and whether it is
// decided in the year-end round. The library's regimes fill it for their
// own codes (Chiến sĩ thi đua cơ sở requires Lao động tiên tiến, the
// Bằng khen of the Prime Minister a Bằng khen cấp bộ before it, the quota
// of Chiến sĩ thi đua cơ sở...), each requirement with the citation of the
// text that sets it; a caller reads them there, changes them, and adds its
// own codes (add to Regime.Codes rather than replace it: a library code
// without its CodeSpec requires nothing). A ministry's code may require a
// library code, and a library code a ministry's.
//
// The engine applies it by itself ([Check], [Screen]): a rule may add the
// criteria of the requirements where its reasons list them
// ([Eval.Require]), and the engine adds those the rule did not after it,
// so that a rule cannot forget them. A code with a CodeSpec and no Rule is
// decided by its data alone.
type CodeSpec struct {
	// Name is the name reasons give the code, as its decisions write it
	// ("Bằng khen của Bộ trưởng Bộ Tư pháp"); empty: the name package award
	// knows, or the code itself.
	Name string
	// Requires are the titles or forms the code needs, each checked as a
	// criterion with its citation. A code of the same year-end round is read
	// as a [Screen] decides it, before the code that requires it.
	Requires []Requirement
	// Quota caps the candidates a [Screen] selects.
	Quota Quota
	// SameRound marks a code decided in the year-end round, like Lao động
	// tiên tiến: when a code requiring it is checked for a year that the
	// history does not record it for and no screening decides it, the
	// engine derives it from its own rule and data (see [Eval.Holds]).
	SameRound bool
}

// Requirement is one title or form a code requires, counted as its Kind
// says; by default (Consecutive) Code held (merit, not revoked) in each of
// Years consecutive years ending in the last year of the run
// ([Eval.RunEnd]), Years 0 meaning 1, the year itself. Years before
// [Eval.WindowStart] do not count: those touched by a discipline and those
// an earlier grant of the same code used (one achievement, one form, Luật
// TĐKT 2022, Điều 5).
type Requirement struct {
	Code     award.Code
	Kind     RequirementKind
	Years    int
	Times    int    // Periods: how many periods; InRun: how many years holding Code
	Citation string // the text that sets the requirement
	// ID is the criterion's ID ("cstdbo.cstdcs"); empty: "<code>.can.<Code>".
	ID string
	// Branch is the alternative the requirement belongs to (see
	// [Eval.Branch]); empty: it is mandatory.
	Branch string
	// For says which candidates it applies to: everyone (the default),
	// individuals only or collectives only.
	For Subjects
	// Name is what reasons call the required code with its kind ("danh
	// hiệu Chiến sĩ thi đua cấp bộ"); empty: the regime's name of it.
	Name string
}

// awardName names the required code in reasons.
func (r *Requirement) awardName(reg *Regime) string {
	if r.Name != "" {
		return r.Name
	}
	return reg.awardName(r.Code)
}

// RequirementKind says how a [Requirement] counts the code it requires.
type RequirementKind int

// Requirement kinds.
const (
	// Consecutive: held in each of Years consecutive years ending in
	// [Eval.RunEnd] (Chiến sĩ thi đua cấp bộ: 3 consecutive years Chiến
	// sĩ thi đua cơ sở, Luật TĐKT 2022, Điều 22).
	Consecutive RequirementKind = iota
	// SameYear: held for the year asked itself, as recorded, decided in
	// the same screening or derived from its own rule (Chiến sĩ thi đua cơ
	// sở: Lao động tiên tiến of the same year, Luật TĐKT 2022, Điều 23).
	SameYear
	// Periods: held in Times consecutive periods of Years years ending in
	// [Eval.RunEnd], each held for the last year of its period (Chiến sĩ
	// thi đua toàn quốc: two consecutive Chiến sĩ thi đua cấp bộ, Luật
	// TĐKT 2022, Điều 21).
	Periods
	// Earlier: granted on merit for a year after the last grant of the
	// code asked for and before the year asked (Bằng khen của Thủ tướng:
	// a Bằng khen cấp bộ before it, Luật TĐKT 2022, Điều 73 khoản 1 điểm
	// b). A rule counts its run of years from after that grant.
	Earlier
	// InRun: held in at least Times years of the run that counts for the
	// code (Bằng khen của Thủ tướng: 3 Chiến sĩ thi đua cơ sở in the 5
	// years after the Bằng khen cấp bộ, Luật TĐKT 2022, Điều 73 khoản 1
	// điểm b). The run is the one the code's rule counts; without one,
	// the years from [Eval.WindowStart] (at the earliest the candidate's
	// first year) to [Eval.RunEnd].
	InRun
)

// Subjects says which candidates a [Requirement] applies to.
type Subjects int

// Subjects.
const (
	Everyone Subjects = iota
	Individuals
	Collectives
)

// applies reports whether a requirement for s applies to a candidate.
func (s Subjects) applies(collective bool) bool {
	return s == Everyone || (s == Collectives) == collective
}

// QuotaScope says over which candidates a quota is counted.
type QuotaScope int

// Quota scopes.
const (
	// PerUnit counts over each unit: Candidate.Unit, or the unit
	// ScreenOptions.QuotaUnit gives (a whole Sở rather than each office).
	PerUnit QuotaScope = iota
	// AllScreened counts over every candidate screened together.
	AllScreened
)

// Quota caps a code at Percent % of a base, rounded down: the candidates
// holding Of for the year (as recorded or decided in the same screening),
// or every candidate screened when Of is empty, counted over Over. Percent
// 0 means no quota. A [Check] of one candidate leaves the quota pending; a
// [Screen] applies it in the order of its documentation.
type Quota struct {
	Percent  int
	Of       award.Code
	Over     QuotaScope
	Citation string // the text that sets the rate
}

// clone returns a copy of s whose slices may be changed freely.
func (s CodeSpec) clone() CodeSpec {
	s.Requires = slices.Clone(s.Requires)
	return s
}

// quotaID is the criterion ID of the quota of a code: the library's own
// for Chiến sĩ thi đua cơ sở and Cờ thi đua của Chính phủ, "<code>.ty-le"
// for an added code.
func quotaID(code award.Code) string {
	switch code {
	case award.CSTDCS:
		return "cstdcs.ty-le"
	case award.CoChinhPhu:
		return "cocp.ty-le"
	}
	return string(code) + ".ty-le"
}

// requireID is the criterion ID of a requirement of a CodeSpec.
func requireID(code, req award.Code) string { return string(code) + ".can." + string(req) }

// Params returns a copy of the parameters of the regime: a rule reads
// them, and changing the copy changes nothing for other rules or checks.
func (e *Eval) Params() Params {
	p := *e.params
	p.PrizeMultiples = maps.Clone(p.PrizeMultiples)
	return p
}

// RegimeName returns the name of the regime the check runs under.
func (e *Eval) RegimeName() string { return e.reg.Name }

// Citation returns the regime's citation of criterion id ("" if none).
func (e *Eval) Citation(id string) string { return e.reg.Citations[id] }

// Spec returns a copy of the regime's data on the code asked for.
func (e *Eval) Spec() CodeSpec { return e.reg.Codes[e.code].clone() }

// Candidate returns a copy of the candidate checked, the same one for the
// whole check: a rule reads the history through it, and what it changes in
// the copy changes neither the candidate nor any other check. Initiatives
// counted through the copy do not apply the one-achievement-one-form
// principle: [Eval.Initiatives] does.
func (e *Eval) Candidate() *Candidate {
	if e.candCopy == nil {
		e.candCopy = e.cand.Clone()
	}
	return e.candCopy
}

// Initiatives counts the initiatives recognised in from..to at level min
// or above (applied too when applied is true) that did not already count
// for another award, as recorded or reserved earlier in the same [Screen]
// (one achievement, one form: Luật TĐKT 2022, Điều 5; unless
// Params.ReuseAchievements). Facts.Excluded names those left out. It
// reserves none of them for the code asked for: only the library's own
// criteria do.
func (e *Eval) Initiatives(from, to int, min Level, applied bool) (int, Facts) {
	return e.initiatives(from, to, min, applied)
}

// Clone returns a deep copy of c.
func (c *Candidate) Clone() *Candidate {
	d := *c
	d.Years = slices.Clone(c.Years)
	d.Disciplines = slices.Clone(c.Disciplines)
	d.Proceedings = slices.Clone(c.Proceedings)
	d.Initiatives = slices.Clone(c.Initiatives)
	for i := range d.Initiatives {
		d.Initiatives[i].UsedFor = slices.Clone(d.Initiatives[i].UsedFor)
	}
	d.Feats = slices.Clone(c.Feats)
	for i := range d.Feats {
		d.Feats[i].UsedFor = slices.Clone(d.Feats[i].UsedFor)
	}
	d.Grants = slices.Clone(c.Grants)
	d.Decided = slices.Clone(c.Decided)
	d.Revoked = slices.Clone(c.Revoked)
	return &d
}

// run evaluates rule (none for a code defined by its data alone), then
// applies what the engine applies to every code: the requirements of the
// regime's CodeSpec the rule did not add ([Eval.Require]), the pending
// quota of a code whose rule does not state it, and the general principles
// when the rule did not add them and the verdict is not settled
// ([Eval.Done]) (NĐ 98/2023/NĐ-CP, Điều 4).
func (e *Eval) run(rule Rule) {
	var local CodeSpec
	spec := e.codeSpec(&local) // by reference: a CodeSpec is ten words
	if spec != nil {
		e.reqs = spec.Requires
	}
	if rule != nil {
		rule(e)
	}
	if spec != nil {
		if e.reqsLeft() { // the rule mostly added them all: no call then
			e.Require()
		}
		// The library's rules of Chiến sĩ thi đua cơ sở and Cờ thi đua của
		// Chính phủ state their quota themselves, in their own words.
		if spec.Quota.Percent > 0 && e.code != award.CSTDCS && e.code != award.CoChinhPhu {
			q := spec.Quota
			e.add(quotaID(e.code), q.Citation, false, true, Facts{Need: q.Percent}, func() string {
				return "Xét trong tỷ lệ không quá " + itoa(q.Percent) + "% " + e.reg.quotaBaseName(q, false) + ", làm tròn xuống (khi xét cả đơn vị)"
			})
		}
	}
	if !e.principled && !e.Done() {
		e.Branch("")
		e.Principles()
	}
}

// Require adds the criteria of the requirements of the regime's data on
// the code asked for ([CodeSpec]) that apply to the candidate and were not
// added yet, each in its alternative. A rule calls it where its reasons
// should list them; the engine adds the others after the rule.
func (e *Eval) Require() { e.require(nil) }

// required is what [Eval.require] found: the first year of the consecutive
// years or periods it counted (RunEnd when none), and the grant of the
// last Earlier requirement, if any.
type required struct {
	from      int
	base      award.Code
	baseYear  int
	found     bool // the base grant was found
	hasBase   bool // there was an Earlier requirement
	requireds int  // how many requirements were added
}

// reqsLeft reports whether [Eval.require] may still add a requirement:
// one is neither added nor known not to apply, and the verdict is not
// settled.
func (e *Eval) reqsLeft() bool {
	n := len(e.reqs)
	return n > 0 && (n > 64 || e.reqDone != 1<<n-1) && !e.Done()
}

// require adds the criteria of the requirements not added yet that apply
// to the candidate and match (nil: all), in the order of the data.
func (e *Eval) require(match func(r *Requirement) bool) required {
	res := required{from: e.RunEnd()}
	if !e.reqsLeft() {
		return res
	}
	branch, kind := e.branch, e.kind
	for i := range e.reqs {
		r := &e.reqs[i]
		if i < 64 && e.reqDone&(1<<i) != 0 {
			continue
		}
		if !r.For.applies(e.cand.Collective) { // never will: done
			if i < 64 {
				e.reqDone |= 1 << i
			}
			continue
		}
		if match != nil && !match(r) {
			continue
		}
		if i < 64 {
			e.reqDone |= 1 << i
		}
		if e.Done() {
			break
		}
		e.branch, e.kind = r.Branch, int8(Merit)
		res.requireds++
		switch from := e.requirement(r, &res); {
		case r.Kind == Consecutive || r.Kind == Periods:
			res.from = min(res.from, from)
		}
	}
	e.branch, e.kind = branch, kind
	return res
}

// requirement adds the criterion of one requirement and returns the first
// year it counted.
func (e *Eval) requirement(r *Requirement, res *required) int {
	id, cite := r.ID, r.Citation
	if e.explain { // only a reason shows them
		if id == "" {
			id = requireID(e.code, r.Code)
		}
		if cite == "" {
			cite = e.citation(id)
		}
	}
	b := bit(r.Code)
	switch r.Kind {
	case SameYear:
		y := e.year
		held := e.recorded(r.Code, b, y)
		ok := held || e.has(r.Code, b, y)
		e.AddCited(id, cite, ok, Facts{}, func() string {
			switch {
			case held:
				return "Đạt " + r.awardName(e.reg) + " năm " + itoa(y)
			case ok:
				return "Đủ điều kiện " + e.reg.codeName(r.Code) + " năm " + itoa(y)
			}
			return "Chưa đạt " + r.awardName(e.reg) + " năm " + itoa(y) + e.revokedNote(r.Code, []int{y})
		})
		return y
	case Periods:
		return e.periods(r, id, cite)
	case Earlier:
		res.hasBase, res.base = true, r.Code
		res.baseYear, res.found = e.baseGrant(r.Code, id, cite)
		return e.RunEnd()
	case InRun:
		from := e.runFrom
		if !e.runKnown {
			from = max(e.WindowStart(), e.cand.FirstYear)
		}
		e.countInRun(id, cite, r.Code, from, max(r.Times, 1))
		return from
	}
	need := max(r.Years, 1)
	if e.tooLong(r, id, cite, need, 1) {
		return thidua.MinYear
	}
	y := e.RunEnd()
	from, start := y-need+1, e.WindowStart()
	if !e.explain {
		// Only whether every year holds it counts: stop at the first
		// year that does not, from the year asked back (the likeliest).
		ok := true
		for yy := y; yy >= from && ok; yy-- {
			ok = yy >= start && e.has(r.Code, b, yy)
		}
		e.AddCited(id, cite, ok, Facts{}, nil)
		return from
	}
	n, f := e.window(from, y, start, func(yy int) bool { return e.has(r.Code, b, yy) })
	e.AddCited(id, cite, n == need, f, func() string {
		what := "đạt " + r.awardName(e.reg)
		var s string
		switch {
		case need > 1:
			s = windowReason(what, f, from, y, start)
		case n == 1:
			s = "Năm " + itoa(y) + " " + what
		case y < start:
			s = "Năm " + itoa(y) + " không được tính (" + e.emptyRun(y) + "), cần " + what
		default:
			s = "Năm " + itoa(y) + " chưa " + what
		}
		return s + e.revokedNote(r.Code, f.Missing) + e.derivedNote(r.Code)
	})
	return from
}

// periods adds the criterion of a Periods requirement: Times consecutive
// periods of Years years ending in [Eval.RunEnd] — the periods ending in Y
// and Y-3 for two Chiến sĩ thi đua cấp bộ of three years — and returns the
// first year of the first period.
func (e *Eval) periods(r *Requirement, id, cite string) int {
	y, n, times := e.RunEnd(), max(r.Years, 1), max(r.Times, 1)
	if e.tooLong(r, id, cite, n, times) {
		return thidua.MinYear
	}
	start := e.WindowStart()
	b := bit(r.Code)
	f := Facts{Need: times}
	for i := times - 1; i >= 0; i-- {
		yb := y - i*n
		if yb-n+1 >= start && e.has(r.Code, b, yb) {
			f.Have++
			if e.explain {
				f.Years = append(f.Years, yb)
			}
		} else if e.explain {
			f.Missing = append(f.Missing, yb)
		}
	}
	e.AddCited(id, cite, f.Have == f.Need, f, func() string {
		s := "Đạt " + count(f.Have) + " lần"
		if f.Have == 0 {
			s = "Chưa đạt lần nào"
		}
		s += " " + r.awardName(e.reg) + ", cần " + count(f.Need) + " lần liên tục (các kỳ kết thúc năm "
		for i := times - 1; i >= 0; i-- {
			if i != times-1 {
				s += ", "
			}
			s += itoa(y - i*n)
		}
		s += ")"
		if len(f.Missing) > 0 {
			s += "; thiếu kỳ kết thúc " + years(f.Missing) + e.revokedNote(r.Code, f.Missing)
		}
		return s
	})
	return y - times*n + 1
}

// tooLong adds r's criterion as failed and reports true when r asks for
// times periods of n years, longer than every year a history may hold
// (thidua.MinYear to thidua.MaxYear, Candidate.Validate): such a
// requirement is never met, and is not counted year by year.
func (e *Eval) tooLong(r *Requirement, id, cite string, n, times int) bool {
	if n <= yearSpan && times <= yearSpan && n*times <= yearSpan {
		return false
	}
	e.addTooLong(r, id, cite, n, times)
	return true
}

// addTooLong adds the failed criterion of [Eval.tooLong], apart from it so
// that what its reason reads is not moved to the heap on every call.
func (e *Eval) addTooLong(r *Requirement, id, cite string, n, times int) {
	e.AddCited(id, cite, false, Facts{Need: times}, func() string {
		s := "Cần " + count(n) + " năm liên tục " + r.awardName(e.reg)
		if times > 1 {
			s = "Cần " + count(times) + " lần " + r.awardName(e.reg) + " liên tục, mỗi kỳ " + count(n) + " năm"
		}
		return s + ": dài hơn khoảng năm được ghi nhận (" + itoa(thidua.MinYear) + "–" + itoa(thidua.MaxYear) + ")"
	})
}

// yearSpan is the number of years a history may hold: thidua.MinYear to
// thidua.MaxYear.
const yearSpan = thidua.MaxYear - thidua.MinYear + 1

// deriveAdded is [Eval.derive] for a code outside [Set]: a SameRound code
// of the regime's data, neither recorded nor decided by a screening, is met
// for the year asked when its own rule and data find it eligible.
func (e *Eval) deriveAdded(code award.Code) bool {
	if code == e.code || e.reg == nil || e.depth > 8 || !e.reg.Codes[code].SameRound || slices.Contains(e.decidedAdded, code) {
		return false
	}
	if !slices.Contains(e.knownAdded, code) {
		e.knownAdded = append(e.knownAdded, code)
		if !e.wasRevoked(code, e.year) && e.sub(code) {
			e.derivedAdded = append(e.derivedAdded, code)
		}
	}
	return slices.Contains(e.derivedAdded, code)
}

// quotaBaseName says what a quota's base counts: "số cá nhân đạt danh
// hiệu Lao động tiên tiến của đơn vị".
func (r *Regime) quotaBaseName(q Quota, collective bool) string {
	who := "cá nhân"
	if collective {
		who = "tập thể"
	}
	s := "số " + who + " được xét"
	if q.Of != "" {
		s = "số " + who + " đạt " + r.awardName(q.Of)
	}
	if q.Over == AllScreened {
		return s + " cùng đợt"
	}
	return s + " của đơn vị"
}

// codeName names code in reasons: the regime's Codes name, else
// [CodeName].
func (r *Regime) codeName(c award.Code) string {
	if r != nil {
		if n := r.Codes[c].Name; n != "" {
			return n
		}
	}
	return CodeName(c)
}

// awardName is codeName with the kind of a library title ("danh hiệu
// Chiến sĩ thi đua cơ sở").
func (r *Regime) awardName(c award.Code) string {
	if r != nil {
		if n := r.Codes[c].Name; n != "" {
			return n
		}
	}
	return awardOf(c)
}
