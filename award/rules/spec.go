package rules

import (
	"maps"
	"slices"

	"github.com/thidua-go/thidua/award"
)

// CodeSpec is what a regime's data says of one award code, beyond its
// [Rule]: the titles or forms it requires, its quota, and whether it is
// decided in the year-end round. The engine applies it by itself after the
// rule ([Check], [Screen]), so that a ministry's code needs no code of its
// own for these, and a rule cannot forget them. A code with a CodeSpec and
// no Rule is decided by its data alone.
//
// The library's own codes check their requirements in their rules and take
// their quotas from Params (CSTDCSQuotaPercent, CoCPQuotaPercent); a
// CodeSpec adds to them (a ministry requiring its own award before a Bằng
// khen cấp bộ), its Quota is not read for CSTĐCS and Cờ thi đua của Chính
// phủ.
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

// Requirement is one title or form a code requires: Code held (merit,
// not revoked) in each of Years consecutive years ending in the last year
// of the run ([Eval.RunEnd]); Years 0 means 1, the year itself. Years
// before [Eval.WindowStart] do not count: those touched by a discipline
// and those an earlier grant of the same code used (one achievement, one
// form, Luật TĐKT 2022, Điều 5).
type Requirement struct {
	Code     award.Code
	Years    int
	Citation string // the text that sets the requirement
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

// quotaID is the criterion ID of the quota of an added code.
func quotaID(code award.Code) string { return string(code) + ".ty-le" }

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
func (e *Eval) Spec() CodeSpec { return e.reg.Codes[e.Code].clone() }

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
// applies what the engine applies to every code: the regime's CodeSpec
// (requirements, the pending quota of an added code) and the general
// principles when the rule did not add them and the verdict is not settled
// ([Eval.Done])
// (NĐ 98/2023/NĐ-CP, Điều 4).
func (e *Eval) run(rule Rule) {
	if rule != nil {
		rule(e)
	}
	spec, ok := e.reg.Codes[e.Code]
	if ok {
		e.requirements(spec.Requires)
		if q := spec.Quota; q.Percent > 0 && e.Code != award.CSTDCS && e.Code != award.CoChinhPhu {
			e.add(quotaID(e.Code), q.Citation, false, true, Facts{Need: q.Percent}, func() string {
				return "Xét trong tỷ lệ không quá " + itoa(q.Percent) + "% " + e.reg.quotaBaseName(q, false) + ", làm tròn xuống (khi xét cả đơn vị)"
			})
		}
	}
	if !e.principled && !e.Done() {
		e.Branch("")
		e.Principles()
	}
}

// requirements adds a criterion for each requirement of the code's data.
func (e *Eval) requirements(reqs []Requirement) {
	for _, r := range reqs {
		if e.Done() {
			return
		}
		need := max(r.Years, 1)
		y := e.RunEnd()
		from, start := y-need+1, e.WindowStart()
		b := bit(r.Code)
		n, f := e.window(from, y, start, func(yy int) bool { return e.has(r.Code, b, yy) })
		e.AddCited(requireID(e.Code, r.Code), r.Citation, n == need, f, func() string {
			what := "đạt " + e.reg.awardName(r.Code)
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
	}
}

// deriveAdded is [Eval.derive] for a code outside [Set]: a SameRound code
// of the regime's data, neither recorded nor decided by a screening, is met
// for the year asked when its own rule and data find it eligible.
func (e *Eval) deriveAdded(code award.Code) bool {
	if code == e.Code || e.reg == nil || e.depth > 8 || !e.reg.Codes[code].SameRound || slices.Contains(e.decidedAdded, code) {
		return false
	}
	if !slices.Contains(e.knownAdded, code) {
		e.knownAdded = append(e.knownAdded, code)
		if e.sub(code) {
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
