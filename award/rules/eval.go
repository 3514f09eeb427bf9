package rules

import (
	"slices"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// Facts are the structured numbers behind a criterion. It is the type
// award.Facts, so that a nomination keeps them as the engine gave them.
type Facts = award.Facts

// Criterion is one condition checked, passed or not, with its reason in
// Vietnamese (NFC) and its legal citation. It is the type award.Criterion:
// a nomination's verdict ([Verdict.ForNomination]) keeps the criteria as
// they are.
type Criterion = award.Criterion

// Verdict is the outcome of a check: Eligible when every mandatory criterion
// passed and, if the award has alternatives (branches), every criterion of
// at least one branch passed. Pending criteria do not fail a verdict; Pending
// says an eligible verdict still waits for some (a council vote, a quota).
//
// A nomination records a verdict as an award.Verdict, a type of its own
// because package award cannot import this one and because a nomination's
// verdict adds a summary and the proposer's flag and leaves out the code
// and year the nomination states. [Verdict.ForNomination] converts, keeping
// every criterion (the same type, [Criterion]) with its reason and
// citation, so that the verdict read back from a store is the one given.
type Verdict struct {
	Code award.Code
	Year int
	// Through is the last achievement year the verdict counted
	// ([Eval.RunEnd]): Year, or the year before it under
	// Params.ConsiderInYearAfter (and for CSTĐ toàn quốc under
	// Params.CSTDTQAfterSecond). A grant made on the verdict records it as
	// its achievement year (award.Grant's period, rules.Grant.Year), so
	// that the years it used are not counted again.
	Through  int
	Regime   string
	Eligible bool
	Pending  bool
	// Basis is the kind of commendation an eligible verdict rests on:
	// Merit, unless the only alternatives that passed are of another kind
	// (Huân chương Lao động for long service, Luật TĐKT 2022 art. 8,
	// art. 44.1.g). A grant made on it should carry that kind, so that it
	// does not count towards merit-based higher awards.
	Basis    GrantKind
	Criteria []Criterion // nil when reasons were not asked for
	// Used are the initiatives and feats an eligible verdict counted, in
	// its mandatory criteria and the alternative that carried it (nil
	// otherwise, and for a verdict a quota cut): a grant made on it uses
	// them (one achievement, one form, Luật TĐKT 2022, Điều 5).
	// [Verdict.ForNomination] keeps them, and the loaders count the
	// initiatives of a nomination a grant answers as used by the grant; a
	// caller keeping histories itself records their use (Initiative.UsedFor,
	// Feat.UsedFor, campaign.Store.UseInitiative).
	Used []Achievement
}

// Achievement names an initiative (Candidate.Initiatives) or, when Feat,
// a one-off feat (Candidate.Feats) of the candidate by its ID.
type Achievement struct {
	ID   string `json:"id"`
	Feat bool   `json:"feat,omitempty"`
}

// Failed returns what stands in the way: nil for an eligible verdict;
// otherwise the criteria that did not pass, pending ones left out (for an
// award with alternatives, the failures of every alternative).
func (v *Verdict) Failed() []Criterion { return failed(v.Eligible, v.Criteria) }

// failed is the one rule of [Verdict.Failed] and [Decision.Failed].
func failed(eligible bool, crit []Criterion) []Criterion {
	if eligible {
		return nil
	}
	var out []Criterion
	for _, c := range crit {
		if !c.Passed && !c.Pending {
			out = append(out, c)
		}
	}
	return out
}

type branchState struct {
	name    string
	ok      bool
	pending bool // a criterion of the alternative is pending
	kind    int8 // GrantKind of the alternative, kept small
}

// Eval is the state of one check: the candidate, the award and year asked
// for, and the criteria added so far. A [Rule] reads the history through
// Eval's methods and adds criteria with [Eval.Add]. An Eval is used by one
// goroutine at a time.
type Eval struct {
	reg    *Regime
	params *Params
	cand   *Candidate
	code   award.Code  // [Eval.Code]
	year   int         // [Eval.Year]
	runEnd int         // [Eval.RunEnd]
	asOf   thidua.Date // [Eval.AsOf]

	explain   bool
	overlay   Set      // titles decided for Year in the same screening
	decided   Set      // codes a screening decides for Year: never derived
	derived   Set      // same-round titles derived for Year ([Eval.derive])
	derivedOK Set      // same-round titles whose derivation is known
	members   *Members // member counts for Year computed by a screening
	branch    string
	failed    bool
	pending   bool
	kind      int8 // GrantKind of the current alternative
	nb        int
	branches  [6]branchState
	crit      []Criterion
	restart   int // last year touched by a discipline (≤ Year), or MinInt
	restartOK bool
	start     int // [Eval.WindowStart], once startOK
	startOK   bool
	scratch   *Eval // reused by sub, or nil
	bit       Set   // bit of Code
	// spec is the regime's spec of the code asked for as a screening
	// copied it, or nil: [Eval.codeSpec] then looks it up.
	spec  *CodeSpec
	union Set // every award of the candidate's years (a filter for lastHeld)

	// Codes outside [Set] (a ministry's own), as overlay, decided and
	// derived are for the library's codes.
	extra        []award.Code // decided eligible for Year in the same screening
	decidedAdded []award.Code // decided by the screening: never derived
	derivedAdded []award.Code // same-round codes derived eligible for Year
	knownAdded   []award.Code // same-round codes whose derivation is known
	principled   bool         // the general principles were added
	depth        int8         // nesting of same-round derivations
	candCopy     *Candidate   // the copy [Eval.Candidate] gave, or nil

	// The requirements of the regime's data on Code ([Eval.require]).
	reqs     []Requirement
	reqDone  uint64 // bit i: reqs[i] was added, or does not apply to the candidate
	runFrom  int    // the first year of the rule's run, for InRun requirements
	runKnown bool   // runFrom is set

	// One achievement, one form within a screening ([Eval.use]).
	runUses []runUse      // the initiatives reserved so far by the screening, or nil
	runHead int32         // the candidate's last reservation in runUses (from 1), 0 for none
	found   []int32       // the initiatives the last count counted ([Eval.initiatives])
	picks   []pick        // the initiatives a grant on this verdict uses
	usedBuf []Achievement // room for the Verdict.Used lists, emptied by reset keeping its room
}

// Code returns the award code checked.
func (e *Eval) Code() award.Code { return e.code }

// Year returns the year asked for: the last year of the achievement period
// (see [Eval.RunEnd] for the run it ends).
func (e *Eval) Year() int { return e.year }

// AsOf returns the date of consideration: disciplines and proceedings are
// looked at on it. It defaults to 31/12 of the year asked for.
func (e *Eval) AsOf() thidua.Date { return e.asOf }

// Explain reports whether reasons are being built; a rule may skip work
// that only feeds Reason and Facts slices when it is false.
func (e *Eval) Explain() bool { return e.explain }

// Failed reports whether a mandatory criterion failed so far.
func (e *Eval) Failed() bool { return e.failed }

// Done reports whether the verdict is settled and the rule may return early:
// a mandatory criterion failed and reasons are not being built (every
// criterion is listed when they are).
func (e *Eval) Done() bool { return e.failed && !e.explain }

// altFailed reports whether, reasons not being built, nothing a rule adds
// to the current alternative can change the verdict any more: it is
// [Eval.Done], or a criterion of the current alternative failed (initiatives
// it would reserve are not used by a verdict that alternative does not
// carry). A rule skips the rest of the alternative then.
func (e *Eval) altFailed() bool {
	if e.explain || e.failed {
		return e.failed && !e.explain
	}
	if e.branch == "" {
		return false
	}
	for i := 0; i < e.nb; i++ {
		if e.branches[i].name == e.branch {
			return !e.branches[i].ok
		}
	}
	return false
}

// Branch makes the following criteria belong to the alternative name
// ("" returns to mandatory criteria). A rule may use up to six
// alternatives; the criteria of further ones count as mandatory.
func (e *Eval) Branch(name string) { e.branch, e.kind = name, int8(Merit) }

// BranchAs is like [Eval.Branch] for an alternative that rests on another
// basis than merit (long service): a verdict eligible only through it has
// that Basis.
func (e *Eval) BranchAs(name string, kind GrantKind) { e.branch, e.kind = name, int8(kind) }

// Add adds a criterion whose citation is the regime's Citations[id].
// reason is called only when reasons are being built.
func (e *Eval) Add(id string, passed bool, f Facts, reason func() string) {
	if e.explain || e.branch != "" {
		e.addCriterion(id, passed, &f, reason)
	} else if !passed { // the common case, inlined into the rule
		e.failed = true
	}
}

// AddCited is like [Eval.Add] with an explicit citation, for rules that
// carry their own source (a sector circular).
func (e *Eval) AddCited(id, citation string, passed bool, f Facts, reason func() string) {
	if e.explain || e.branch != "" {
		e.addFacts(id, citation, passed, false, &f, reason)
	} else if !passed {
		e.failed = true
	}
}

// AddPending adds a criterion that the history cannot decide (a council
// vote, a quota): it does not fail the verdict but marks it pending.
func (e *Eval) AddPending(id string, f Facts, reason func() string) {
	if e.explain || e.branch != "" {
		e.addID(id, false, true, &f, reason)
	} else {
		e.pending = true
	}
}

// add adds a criterion with its citation: [Eval.tally], then
// [Eval.record] when reasons are being built.
func (e *Eval) add(id, cite string, passed, pending bool, f Facts, reason func() string) {
	e.addFacts(id, cite, passed, pending, &f, reason)
}

// addCriterion is [Eval.addID] of a criterion that is not pending. It is
// not inlined, so that Add is.
//
//go:noinline
func (e *Eval) addCriterion(id string, passed bool, f *Facts, reason func() string) {
	e.addID(id, passed, false, f, reason)
}

// addID is [Eval.addFacts] with the regime's citation of id, looked up
// only when reasons are being built. It is not inlined, so that
// AddPending is.
//
//go:noinline
func (e *Eval) addID(id string, passed, pending bool, f *Facts, reason func() string) {
	e.tally(passed, pending)
	if e.explain {
		e.record(id, e.citation(id), passed, pending, f, reason)
	}
}

// addFacts is [Eval.add] with the facts by reference.
//
//go:noinline
func (e *Eval) addFacts(id, cite string, passed, pending bool, f *Facts, reason func() string) {
	e.tally(passed, pending)
	if e.explain {
		e.record(id, cite, passed, pending, f, reason)
	}
}

// codeSpec returns the regime's spec of the code asked for, nil when the
// regime's Codes hold none: the copy a screening made, else the one looked
// up, copied into *buf.
func (e *Eval) codeSpec(buf *CodeSpec) *CodeSpec {
	if e.spec != nil {
		return e.spec
	}
	s, ok := e.reg.Codes[e.code]
	if !ok {
		return nil
	}
	*buf = s
	return buf
}

// citation returns the regime's citation of criterion id.
func (e *Eval) citation(id string) string {
	if e.reg == nil {
		return ""
	}
	return e.reg.Citations[id]
}

// tally counts a criterion towards the verdict.
func (e *Eval) tally(passed, pending bool) {
	switch {
	case pending && e.branch == "":
		e.pending = true
	case pending:
		// Pending in an alternative: it marks the verdict pending only if
		// no alternative free of pending criteria passes.
		if i := e.branchIndex(); i >= 0 {
			e.branches[i].pending = true
		} else {
			e.pending = true
		}
	case e.branch == "":
		if !passed {
			e.failed = true
		}
	default:
		if i := e.branchIndex(); i >= 0 {
			if !passed {
				e.branches[i].ok = false
			}
		} else { // more alternatives than room: the criterion is mandatory
			e.failed = e.failed || !passed
		}
	}
}

// record lists a criterion with its reason, when reasons are being built.
func (e *Eval) record(id, cite string, passed, pending bool, f *Facts, reason func() string) {
	text := ""
	if reason != nil {
		text = vntext.NFC(reason())
	}
	e.crit = append(e.crit, Criterion{ID: id, Passed: passed, Pending: pending, Branch: e.branch,
		Reason: text, Citation: cite, Facts: *f})
}

// branchIndex returns the index of the current alternative in e.branches,
// registering it if new, or -1 when there is no room left.
func (e *Eval) branchIndex() int {
	i := 0
	for i < e.nb && e.branches[i].name != e.branch {
		i++
	}
	switch {
	case i < e.nb:
	case i < len(e.branches):
		e.branches[i] = branchState{name: e.branch, ok: true, kind: e.kind}
		e.nb++
	default:
		return -1
	}
	return i
}

func (e *Eval) eligible() bool {
	ok, _ := e.outcome()
	return ok
}

// outcome reports whether the verdict is eligible and on which basis: the
// kind of the first alternative that passed, preferring merit.
func (e *Eval) outcome() (bool, GrantKind) {
	if e.failed {
		return false, Merit
	}
	if e.nb == 0 {
		return true, Merit
	}
	ok, kind := false, Merit
	for i := 0; i < e.nb; i++ {
		b := &e.branches[i]
		if !b.ok {
			continue
		}
		if GrantKind(b.kind) == Merit {
			return true, Merit
		}
		if !ok {
			ok, kind = true, GrantKind(b.kind)
		}
	}
	return ok, kind
}

func (e *Eval) verdict() Verdict {
	var v Verdict
	e.verdictInto(&v)
	return v
}

// verdictInto writes the verdict into *v, which must be zero: a field
// that stays zero is not written.
func (e *Eval) verdictInto(v *Verdict) {
	v.Code, v.Year, v.Through = e.code, e.year, e.RunEnd()
	if e.reg != nil {
		v.Regime = e.reg.Name
	}
	v.Eligible, v.Pending, v.Basis, v.Criteria, v.Used = e.outcomeParts()
}

// outcomeParts is what differs from one verdict of a code and year to the
// next, for [Eval.verdictInto] and a screening's [Decision]: whether
// eligible, pending, on which basis, the criteria (nil when none) and the
// achievements used.
func (e *Eval) outcomeParts() (ok, pending bool, kind GrantKind, crit []Criterion, used []Achievement) {
	ok, kind = e.outcome()
	pending = ok && e.isPending()
	if len(e.crit) > 0 {
		crit = e.crit[:len(e.crit):len(e.crit)] // appending to it copies: it may share an array with other verdicts'
	}
	if ok && len(e.picks) > 0 {
		used = e.used()
	}
	return
}

// isPending reports whether an eligible verdict still waits: a mandatory
// criterion is pending, or every alternative that passed has one.
func (e *Eval) isPending() bool {
	if e.pending {
		return true
	}
	seen := false
	for i := 0; i < e.nb; i++ {
		if b := &e.branches[i]; b.ok {
			if !b.pending {
				return false
			}
			seen = true
		}
	}
	return seen
}

// reset prepares e for a new check.
func (e *Eval) reset(reg *Regime, c *Candidate, code award.Code, year int, asOf thidua.Date, explain bool) {
	// Field by field: the alternatives' array is left as it is (nb = 0
	// marks it empty), so that a check does not clear it every time. A
	// reference is written only when it changes: a screening resets e
	// for every verdict, mostly to the same regime and candidate, and
	// while the collector marks each store of a reference costs a write
	// barrier.
	if e.reg != reg {
		e.reg, e.params = reg, &reg.Params
	}
	if e.cand != c {
		e.cand = c
	}
	if e.code != code {
		e.code = code
	}
	e.year, e.asOf, e.explain = year, asOf, explain
	e.overlay, e.decided, e.derived, e.derivedOK = 0, 0, 0, 0
	e.failed, e.pending, e.kind, e.nb = false, false, 0, 0
	e.restart, e.restartOK, e.start, e.startOK = 0, false, 0, false
	e.principled, e.depth = false, 0
	e.reqDone, e.runFrom, e.runKnown = 0, 0, false
	e.runHead, e.found, e.picks = 0, e.found[:0], e.picks[:0]
	if len(e.usedBuf) > 0 {
		e.usedBuf = e.usedBuf[len(e.usedBuf):] // the lists given before keep theirs
	}
	if e.members != nil || e.branch != "" || e.crit != nil || e.candCopy != nil || e.runUses != nil || e.reqs != nil || e.spec != nil {
		e.members, e.branch, e.crit, e.candCopy, e.runUses, e.reqs, e.spec = nil, "", nil, nil, nil, nil, nil
	}
	if e.extra != nil || e.decidedAdded != nil || e.derivedAdded != nil || e.knownAdded != nil {
		e.extra, e.decidedAdded, e.derivedAdded, e.knownAdded = nil, nil, nil, nil
	}
	if e.asOf.IsZero() {
		e.asOf = thidua.Date{Year: year, Month: time.December, Day: 31}
	}
	e.bit = bit(code)
	e.union = ^Set(0)
	e.runEnd = runEndOf(e.params, code, year)
}

// Record returns a copy of the candidate's record of year y, and whether
// there is one: a rule reads the history, it cannot change it.
func (e *Eval) Record(y int) (YearRecord, bool) {
	if r := e.cand.Year(y); r != nil {
		return *r, true
	}
	return YearRecord{}, false
}

// Rating returns the candidate's rating of year y (NotRated without record).
func (e *Eval) Rating(y int) org.Rating {
	if r := e.cand.Year(y); r != nil {
		return r.Rating
	}
	return org.NotRated
}

// Holds reports whether the candidate holds the merit award code for year
// y, counting titles decided for the year asked in the same screening. A
// title of the year's own round (LĐTT, CSTĐCS, Tập thể lao động tiên tiến,
// Tập thể lao động xuất sắc) that the history does not record for the year
// asked and no screening decided is derived: the candidate holds it when
// its own rule finds it eligible, as units consider these titles and the
// higher ones in the same year-end round.
func (e *Eval) Holds(code award.Code, y int) bool { return e.has(code, bit(code), y) }

// sameRound are the titles a unit decides at each year end, in the same
// round as the forms that count them.
const sameRound = bLDTT | bCSTDCS | bTTLDTT | bTTLDXS

// has is Holds with the bit of code (0 for a code outside [Set]) known.
func (e *Eval) has(code award.Code, b Set, y int) bool {
	if y == e.year && e.overlay&b != 0 {
		return true
	}
	if b == 0 && y == e.year && slices.Contains(e.extra, code) {
		return true
	}
	if e.cand.holds(code, b, y) {
		return true
	}
	return y == e.year && e.derive(code, b)
}

// recorded reports whether the candidate holds code for y as recorded or
// as decided by the screening, without deriving it.
func (e *Eval) recorded(code award.Code, b Set, y int) bool {
	return y == e.year && (e.overlay&b != 0 || b == 0 && slices.Contains(e.extra, code)) || e.cand.holds(code, b, y)
}

// derive reports whether a same-round title, neither recorded nor decided
// by a screening, is met for the year asked (see [Eval.Holds]). A title of
// the year that was granted and then revoked is not: it was considered in
// its round and its decision cancelled (Luật TĐKT 2022, Chương VII; Luật
// TĐKT 2003, Điều 77-78), so it counts for nothing.
func (e *Eval) derive(code award.Code, b Set) bool {
	if b == 0 {
		return e.deriveAdded(code)
	}
	if b&sameRound == 0 || b == e.bit || e.decided&b != 0 || e.reg == nil {
		return false
	}
	if e.derivedOK&b == 0 {
		e.derivedOK |= b
		if !e.wasRevoked(code, e.year) && e.sub(code) {
			e.derived |= b
		}
	}
	return e.derived&b != 0
}

// derivedNote says that the title code of the year asked counted because
// its criteria are met in the same round, not because it was recorded:
// "; năm 2023 đủ điều kiện Chiến sĩ thi đua cơ sở (xét cùng đợt)".
func (e *Eval) derivedNote(code award.Code) string {
	if b := bit(code); b != 0 && e.derived&b == 0 || b == 0 && !slices.Contains(e.derivedAdded, code) {
		return ""
	}
	return "; năm " + itoa(e.year) + " đủ điều kiện " + e.reg.codeName(code) + " (xét cùng đợt)"
}

// Members returns the member counts of a collective for year y.
func (e *Eval) Members(y int) Members {
	if y == e.year && e.members != nil {
		return *e.members
	}
	if r := e.cand.Year(y); r != nil {
		return r.Members
	}
	return Members{}
}

// RestartYear returns the last year, up to the year asked, touched by a
// discipline: achievement years are counted only after it, because the
// achievement period restarts when a discipline ends (NĐ 98/2023 art. 4).
// It returns a year before any history when there was no discipline.
func (e *Eval) RestartYear() int {
	if e.restartOK {
		return e.restart
	}
	r := -1 << 31
	for i := range e.cand.Disciplines {
		p := e.cand.Disciplines[i].InForce
		if p.From.Year > e.year {
			continue
		}
		to := min(p.To.Year, e.year)
		r = max(r, to)
	}
	e.restart, e.restartOK = r, true
	return r
}

// lastHeld returns the last year before y for which the candidate holds the
// merit award code, or a year before any history.
func (e *Eval) lastHeld(code award.Code, b Set, y int) int {
	c := e.cand
	best := -1 << 31
	if b != 0 && e.union&b != 0 {
		// By index, as Candidate.Year reads: a year count down from
		// FirstYear could wrap around.
		for i := min(len(c.Years), y-c.FirstYear) - 1; i >= 0; i-- {
			if c.Years[i].Awards&b != 0 {
				best = c.FirstYear + i
				break
			}
		}
	}
	for _, g := range c.Grants {
		if g.Code == code && g.Kind == Merit && g.Year < y {
			best = max(best, g.Year)
		}
	}
	return best
}

// WindowStart returns the first year that may count towards the award asked
// for: after the last discipline, and after the years the last grant of the
// same code used (one achievement earns only one form, Luật TĐKT 2022
// art. 5). A grant's Year is the last year of its achievement period, as
// everywhere in the library (award.Grant's achievement year,
// Verdict.Through): a grant for G used the run ending in G under either
// counting convention, so a CSTĐ cấp bộ for 2020 — considered in 2021
// under Params.ConsiderInYearAfter — lets the next one count from 2021.
func (e *Eval) WindowStart() int {
	if !e.startOK { // the same for the whole check: computed once
		// Never before thidua.MinYear: no valid history holds an earlier
		// year (Candidate.Validate), and counting from the year before any
		// history would take every year from there.
		e.start, e.startOK = max(e.RestartYear(), e.usedThrough(), thidua.MinYear-1)+1, true
	}
	return e.start
}

// usedThrough returns the last year the last grant of the code asked for
// used (see [Eval.WindowStart]), or a year before any history. A grant for
// the last year of the run itself is the one being checked again, not an
// earlier one.
func (e *Eval) usedThrough() int {
	held := e.lastHeld(e.code, e.bit, e.RunEnd())
	if held == -1<<31 {
		return held
	}
	return e.intervalEnd(e.code, held)
}

// periodEnd returns the last year of the run that a grant for year g used:
// g, the grant's achievement year, whatever the counting convention.
func (e *Eval) periodEnd(g int) int { return g }

// intervalEnd returns the last year that cannot count towards the next
// award after a grant of code for year g. The interval is counted from the
// achievement period written in the earlier decision ([Eval.periodEnd];
// NĐ 91/2017 with TT 08/2017/TT-BNV [C]) or, under
// Params.IntervalFromDecision, from the earlier decision itself (NĐ
// 65/2014/NĐ-CP, Điều 2 khoản 4): then the years before the year of the
// decision do not count either. Without a known decision date the period
// is used.
func (e *Eval) intervalEnd(code award.Code, g int) int {
	end := e.periodEnd(g)
	if e.params.IntervalFromDecision && len(e.cand.Decided) > 0 {
		if on, ok := e.cand.decidedOn(code, g); ok {
			end = max(end, on.Year-1)
		}
	}
	return end
}

// Principles adds the criteria every award shares (NĐ 98/2023 art. 4): no
// discipline in force and nothing pending (investigation, inspection,
// complaint) on the date of consideration. A rule may call it where its
// criteria should list them; the engine adds them after any rule that did
// not, so no rule can forget them.
func (e *Eval) Principles() {
	e.principled = true
	if e.Done() { // they cannot change a settled verdict
		return
	}
	c := e.cand
	var form org.DisciplineForm
	var until thidua.Date
	for i := range c.Disciplines {
		d := &c.Disciplines[i]
		if d.InForce.Contains(e.asOf) {
			form, until = d.Form, d.InForce.To
			break
		}
	}
	e.Add("nguyen-tac.ky-luat", form == 0, Facts{}, func() string {
		if form == 0 {
			return "Không đang chịu hình thức kỷ luật vào thời điểm xét (" + dmy(e.asOf) + ")"
		}
		return "Đang chịu kỷ luật " + disciplineName(form) + " đến ngày " + dmy(until) + ": chưa xét khen thưởng"
	})
	var kind ProceedingKind
	for i := range c.Proceedings {
		if c.Proceedings[i].Open.Contains(e.asOf) {
			kind = c.Proceedings[i].Kind
			break
		}
	}
	e.Add("nguyen-tac.dieu-tra", kind == 0, Facts{}, func() string {
		if kind == 0 {
			return "Không đang bị điều tra, thanh tra, kiểm tra hoặc có khiếu nại, tố cáo chưa giải quyết"
		}
		return "Đang " + proceedingName(kind) + " chưa kết luận: chưa xét khen thưởng"
	})
}

// subject adds the criterion that the award fits the kind of candidate.
func (e *Eval) subject(collective bool) bool {
	ok := e.cand.Collective == collective
	e.Add("doi-tuong", ok, Facts{}, func() string {
		who := "cá nhân"
		if collective {
			who = "tập thể"
		}
		if ok {
			return "Đối tượng xét: " + who
		}
		return CodeName(e.code) + " chỉ xét cho " + who
	})
	return ok
}

// Check evaluates the rule of code for candidate c and year under regime
// reg, listing every criterion checked with its reason and citation. Titles
// of year itself are read from c's record: put there the ones decided in the
// same round (LĐTT before CSTĐCS...), or use [Screen], which does so.
func Check(reg *Regime, c *Candidate, code award.Code, year int) Verdict {
	var e Eval
	return checkWith(&e, reg, c, code, year, thidua.Date{}, true)
}

// CheckAt is [Check] with an explicit date of consideration, on which
// disciplines and pending proceedings are looked at and date-dependent
// sector rules decide (the default is 31/12 of year).
func CheckAt(reg *Regime, c *Candidate, code award.Code, year int, asOf thidua.Date) Verdict {
	var e Eval
	return checkWith(&e, reg, c, code, year, asOf, true)
}

// Check evaluates code for c and year considered on 31/12 of year, under
// the regime in force that day ([Regimes.ForYear]): the form for titles
// rated within their year (LĐTT, CSTĐCS, the collective titles). A form
// considered later — Bằng khen Thủ tướng proposed in March 2024 for the
// years up to 2023 — is judged under the regime in force when it is
// considered: use [Regimes.CheckAt] with that date. A history that spans
// regimes is read with the rules of the regime chosen.
// A nil registry, or a year no regime rates, gives an ineligible verdict
// without criteria.
func (rs *Regimes) Check(c *Candidate, code award.Code, year int) Verdict {
	return Check(rs.ForYear(year), c, code, year)
}

// CheckAt evaluates code for c and year considered on asOf, in one call:
// the date of consideration decides the regime ([Regimes.Pick]: by default
// the one in force on asOf, so a 2023 dossier considered on 15/01/2024 is
// read under R2024; the one rating year when rs.Select is
// ByAchievementYear), and disciplines and pending proceedings are looked at
// on it. year is the last year of the achievement period asked for (see
// [Eval.RunEnd] for the run it ends).
func (rs *Regimes) CheckAt(c *Candidate, code award.Code, year int, asOf thidua.Date) Verdict {
	return CheckAt(rs.Pick(year, asOf), c, code, year, asOf)
}

func checkWith(e *Eval, reg *Regime, c *Candidate, code award.Code, year int, asOf thidua.Date, explain bool) Verdict {
	if reg == nil || c == nil {
		return Verdict{Code: code, Year: year}
	}
	e.reset(reg, c, code, year, asOf, explain)
	rule := reg.Rules[code]
	if _, ok := reg.Codes[code]; rule == nil && ok {
		e.run(nil) // a code defined by its data alone
		return e.verdict()
	}
	if rule == nil {
		// No rule, so no legal text to cite: the citation says so.
		cite := ""
		if explain {
			cite = "Không có quy định trong bộ quy tắc " + reg.Name
		}
		e.AddCited("quy-tac", cite, false, Facts{}, func() string {
			return "Chưa có quy tắc xét cho mã khen thưởng " + string(code) + " trong " + reg.Name
		})
		return e.verdict()
	}
	e.run(rule)
	return e.verdict()
}

// sub evaluates another code for the same candidate and year without
// reasons and reports whether it is eligible.
func (e *Eval) sub(code award.Code) bool {
	s := e.scratch
	if s == nil {
		s = new(Eval)
	}
	s.reset(e.reg, e.cand, code, e.year, e.asOf, false)
	s.overlay, s.members, s.decided = e.overlay, e.members, e.decided
	s.extra, s.decidedAdded, s.depth = e.extra, e.decidedAdded, e.depth+1
	s.runUses, s.runHead = e.runUses, e.runHead
	r := e.reg.Rules[code]
	if _, ok := e.reg.Codes[code]; r != nil || ok {
		s.run(r)
		return s.eligible()
	}
	return false
}
