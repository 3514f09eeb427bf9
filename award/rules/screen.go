package rules

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// ScreenOptions tune [Screen]. A nil *ScreenOptions means the defaults.
type ScreenOptions struct {
	// VerdictsOnly skips building criteria and reasons: each Verdict then
	// has nil Criteria (quota cuts are still explained: [Decision.Cut]).
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
	// Workers is the most goroutines Screen screens on: 0 means
	// GOMAXPROCS, 1 one goroutine. Blocks of whole quota units are
	// screened apart (see [Screen]), so the result is the same whatever
	// the number. The rules, QuotaUnit excepted, are then called from
	// several goroutines at once, each with its own [Eval].
	Workers int
}

// Decision is the outcome for one candidate and one code in a screening:
// the verdict after quotas. It holds what differs from one candidate to
// the next — whether eligible, pending, on which basis — and refers to
// the rest (criteria, initiatives and feats used, a quota's cut), which
// most decisions of a screening without reasons do not have: a screening
// of 100.000 people for seven codes keeps 700.000 decisions, 16 bytes
// each. What is the same for every candidate (code, year, last year
// counted, regime) is the Result's; [Result.Verdict] puts it all together
// as [Check] gives it.
type Decision struct {
	// Eligible reports that the candidate meets every criterion and was
	// not cut by a quota.
	Eligible bool
	// Pending says an eligible decision still waits for a criterion (a
	// council vote), as Verdict.Pending.
	Pending bool
	// Basis is the kind of commendation an eligible decision rests on
	// (Verdict.Basis).
	Basis GrantKind
	more  *decisionMore // nil when the decision has none of it
}

// decisionMore is the part of a [Decision] most decisions do not have.
type decisionMore struct {
	criteria []Criterion
	used     []Achievement
	// cut is why a quota cut the decision; when place > 0, only the unit's
	// part of it, shared by the unit's decisions: the place and
	// outOfQuota follow.
	cut   string
	place int32
}

// outOfQuota ends the reason of a quota's cut.
const outOfQuota = ", ngoài tỷ lệ"

// NewDecision returns the decision with v's outcome, criteria and
// achievements used, and cut, why a quota cut it ("" if not): a Result
// built by hand, for a test or from a record kept elsewhere, holds the
// decisions [Screen] would. Code, year, regime and Through are the
// Result's.
func NewDecision(v Verdict, cut string) Decision {
	d := Decision{Eligible: v.Eligible, Pending: v.Pending, Basis: v.Basis}
	if v.Criteria != nil || v.Used != nil || cut != "" {
		d.more = &decisionMore{criteria: v.Criteria, used: v.Used, cut: cut}
	}
	return d
}

// Criteria returns the criteria checked, with reasons and citations (nil
// for a screening with ScreenOptions.VerdictsOnly): Verdict.Criteria.
func (d Decision) Criteria() []Criterion {
	if d.more == nil {
		return nil
	}
	return d.more.criteria
}

// Used returns the initiatives and feats an eligible decision counted
// (Verdict.Used): a grant made on it uses them.
func (d Decision) Used() []Achievement {
	if d.more == nil {
		return nil
	}
	return d.more.used
}

// Cut returns why a candidate meeting every other criterion was cut by a
// quota, in Vietnamese, or "" if not. It is given even without reasons
// (ScreenOptions.VerdictsOnly).
func (d Decision) Cut() string {
	switch {
	case d.more == nil:
		return ""
	case d.more.place > 0:
		return d.more.cut + itoa(int(d.more.place)) + outOfQuota
	}
	return d.more.cut
}

// Equal reports whether d and o hold the same outcome, criteria,
// achievements used and cut (go-cmp compares decisions with it).
func (d Decision) Equal(o Decision) bool {
	return d.Eligible == o.Eligible && d.Pending == o.Pending && d.Basis == o.Basis && d.Cut() == o.Cut() &&
		slices.Equal(d.Used(), o.Used()) && (len(d.Criteria()) == 0 && len(o.Criteria()) == 0 || gocmp.Equal(d.Criteria(), o.Criteria()))
}

// decisionJSON is the JSON form of a [Decision].
type decisionJSON struct {
	Eligible bool          `json:"eligible"`
	Pending  bool          `json:"pending,omitempty"`
	Basis    GrantKind     `json:"basis,omitempty"`
	Criteria []Criterion   `json:"criteria,omitempty"`
	Used     []Achievement `json:"used,omitempty"`
	Cut      string        `json:"cut,omitempty"`
}

// MarshalJSON writes the decision with its criteria, achievements used
// and cut, so that a Result written as JSON loses none of them.
func (d Decision) MarshalJSON() ([]byte, error) {
	return json.Marshal(decisionJSON{Eligible: d.Eligible, Pending: d.Pending, Basis: d.Basis,
		Criteria: d.Criteria(), Used: d.Used(), Cut: d.Cut()})
}

// UnmarshalJSON reads a decision [Decision.MarshalJSON] wrote. A basis
// that is no [GrantKind] is an error wrapping thidua.ErrInvalid, and d is
// left unchanged on any error.
func (d *Decision) UnmarshalJSON(b []byte) error {
	var j decisionJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("rules: decision: %w", err)
	}
	if j.Basis > External {
		return thidua.Invalid("rules: decision", "decision", "", "basis", "unknown basis %d", j.Basis)
	}
	*d = NewDecision(Verdict{Eligible: j.Eligible, Pending: j.Pending, Basis: j.Basis, Criteria: j.Criteria, Used: j.Used}, j.Cut)
	return nil
}

// Failed returns what stands in the way, as [Verdict.Failed] does: nil
// for an eligible decision, otherwise the criteria that did not pass.
func (d Decision) Failed() []Criterion { return failed(d.Eligible, d.Criteria()) }

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
	// Through[j] is the last achievement year the decisions for Codes[j]
	// counted (Verdict.Through): Year, or the year before it when the
	// regime considers a year's achievements the year after.
	Through []int
	Rows    []Row // in the order of the candidates given
	// Notes say, in Vietnamese, what the screening as a whole did not
	// apply: no CSTĐCS quota where the law leaves the rate to each
	// ministry or province and none is set (Params.CSTDCSQuotaOpen).
	Notes []string
}

// Decision returns the decision for candidate id and code, or nil (also
// for a nil r).
func (r *Result) Decision(id string, code award.Code) *Decision {
	if r == nil {
		return nil
	}
	j := slices.Index(r.Codes, code)
	if j < 0 {
		return nil
	}
	for i := range r.Rows {
		if r.Rows[i].Candidate == id {
			if j >= len(r.Rows[i].Decisions) {
				return nil // no regime: nothing decided
			}
			return &r.Rows[i].Decisions[j]
		}
	}
	return nil
}

// Verdict returns the verdict of row i for Codes[j], as [Check] gives it
// (its code, year, regime and last year counted are the Result's), and
// false when there is no such decision (or no r).
func (r *Result) Verdict(i, j int) (Verdict, bool) {
	if r == nil || i < 0 || i >= len(r.Rows) || j < 0 || j >= len(r.Rows[i].Decisions) || j >= len(r.Codes) || j >= len(r.Through) {
		return Verdict{}, false
	}
	d := &r.Rows[i].Decisions[j]
	return Verdict{Code: r.Codes[j], Year: r.Year, Through: r.Through[j], Regime: r.Regime,
		Eligible: d.Eligible, Pending: d.Pending, Basis: d.Basis, Criteria: d.Criteria(), Used: d.Used()}, true
}

// VerdictOf returns the verdict for candidate id and code ([Result.Verdict]),
// and false when there is none.
func (r *Result) VerdictOf(id string, code award.Code) (Verdict, bool) {
	if r == nil {
		return Verdict{}, false
	}
	j := slices.Index(r.Codes, code)
	for i := range r.Rows {
		if r.Rows[i].Candidate == id {
			return r.Verdict(i, j)
		}
	}
	return Verdict{}, false
}

// Screen checks every candidate of a unit (people and collectives) for every
// code in year, under the regime [Regimes.Pick] gives for year and
// ScreenOptions.AsOf (by default the one in force on the date of
// consideration, 31/12 of year when AsOf is zero), and applies the quotas:
// the Quota of each code in the regime's data (Regime.Codes): Chiến sĩ thi
// đua cơ sở at most its Percent of the individuals awarded LĐTT in the same
// Candidate.Unit, rounded down (NĐ 91/2017 art. 9.3), and Cờ thi đua của
// Chính phủ at most its Percent of the collectives screened that meet the
// Cờ cấp bộ standard.
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
// One achievement earns one form (Luật TĐKT 2022, Điều 5), within the
// screening too: an initiative that an eligible verdict uses is reserved
// for that code, and a code decided after it for the same candidate does
// not count it, as if Initiative.UsedFor recorded the use; the reason names the initiative and
// the award it counted for ("sáng kiến SK-1 đã được tính cho danh hiệu
// Chiến sĩ thi đua cơ sở năm 2023"). A verdict cut by a quota reserves
// nothing. A criterion uses the least valuable of the initiatives it
// counts (lower level, then not applied, then the earlier year), and an
// alternative that did not carry the verdict uses none (a CSTĐCS of Luật
// TĐKT 2022, Điều 23 granted for a year "hoàn thành xuất sắc nhiệm vụ").
// A feat is reserved the same way (Feat.UsedFor): the ad hoc achievement
// that carries a Bằng khen của Thủ tướng (NĐ 65/2014, Điều 23 khoản 1 and
// 3, điểm a and b) does not count again for a Huân chương Lao động hạng Ba
// of the same round ("thành tích TT-1 đã được tính cho Bằng khen của Thủ
// tướng Chính phủ năm 2015").
// Params.ReuseAchievements turns this off with the rest of the principle.
//
// Quota order: higher YearRecord.Score first; then the better rating; on
// equal score and rating, women first when Params.WomenFirst (NĐ 98/2023
// art. 4: ties favour women); then the candidate ID in byte order.
// Candidates are not modified. A code listed more than once is decided
// once, and each of its places in the Result holds those decisions.
func Screen(rs *Regimes, cands []Candidate, year int, codes []award.Code, opt *ScreenOptions) Result {
	if uniq := distinct(codes); len(uniq) < len(codes) {
		// A code listed twice is decided once: deciding it again would
		// find the achievements the first decision used already reserved.
		return Screen(rs, cands, year, uniq, opt).spread(codes)
	}
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
	res.Through = make([]int, len(codes))
	for j, code := range codes {
		res.Through[j] = runEndOf(&reg.Params, code, year)
	}
	if q := reg.Codes[award.CSTDCS].Quota; reg.Params.CSTDCSQuotaOpen && q.Percent == 0 && slices.Contains(codes, award.CSTDCS) {
		res.Notes = append(res.Notes, "Chưa áp dụng tỷ lệ Chiến sĩ thi đua cơ sở: luật và nghị định không quy định tỷ lệ, bộ, ngành, tỉnh chưa quy định tỷ lệ riêng ("+q.Citation+")")
	}
	collectives := false
	for i := range cands {
		collectives = collectives || cands[i].Collective
	}
	listed := len(codes)
	codes = append(slices.Clip(res.Codes), needed(reg, res.Codes, collectives)...) // listed codes, then internal ones
	k := len(codes)
	order := make([]int, k)
	for j := range order {
		order[j] = j
	}
	ranks := make([]int, k)
	for j := range ranks {
		ranks[j] = rankIn(reg, codes[j], nil)
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(ranks[a], ranks[b]) })

	s := screen{reg: reg, cands: cands, year: year, asOf: o.AsOf, explain: !o.VerdictsOnly, quotaUnit: o.QuotaUnit,
		overlay: make([]Set, len(cands)), unions: make([]Set, len(cands)), res: &res, codes: codes, k: k,
		listed: listed, decided: SetOf(codes...)}
	for _, c := range codes {
		if bit(c) == 0 {
			s.added = append(s.added, c)
		}
	}
	if s.added != nil {
		s.extra = make([][]award.Code, len(cands))
	}
	s.segments(order, collectives)
	// Candidates are evaluated one after the other, all codes of a segment
	// at a time (their history stays in cache); a segment ends at a quota
	// code, whose cut needs every candidate of the quota's unit, and before
	// the collective titles, whose member counts need every individual.
	// Without collectives and quotas over everyone screened, and when every
	// quota unit's candidates are given together, the candidates are taken
	// a block of whole units at a time through every segment, so that each
	// history is read from memory once, and the blocks are screened in
	// parallel (ScreenOptions.Workers).
	s.useHead = make([]int32, len(cands))
	if together := s.unitBlocks(); collectives || !together || s.global {
		s.run(new(worker), 0, len(cands))
		return res
	}
	var blocks [][2]int
	for lo := 0; lo < len(cands); {
		hi := min(lo+screenBlock, len(cands))
		for s.units != nil && hi < len(cands) && s.units[hi] == s.units[hi-1] {
			hi++
		}
		blocks = append(blocks, [2]int{lo, hi})
		lo = hi
	}
	s.parallel(blocks, o.Workers)
	return res
}

// distinct returns codes without repetitions, in the order of their first
// places: codes itself when none is repeated.
func distinct(codes []award.Code) []award.Code {
	for j := range codes {
		if slices.Contains(codes[:j], codes[j]) {
			var uniq []award.Code
			for _, c := range codes {
				if !slices.Contains(uniq, c) {
					uniq = append(uniq, c)
				}
			}
			return uniq
		}
	}
	return codes
}

// spread returns r, a screening of distinct codes, for codes, which lists
// each of them once or more: every place of a code holds its decisions.
func (r Result) spread(codes []award.Code) Result {
	idx := make([]int, len(codes))
	for j, c := range codes {
		idx[j] = slices.Index(r.Codes, c)
	}
	out := r
	out.Codes = slices.Clone(codes)
	if r.Through != nil {
		out.Through = make([]int, len(codes))
		for j, x := range idx {
			out.Through[j] = r.Through[x]
		}
	}
	out.Rows = make([]Row, len(r.Rows))
	for i, row := range r.Rows {
		out.Rows[i].Candidate = row.Candidate
		if len(row.Decisions) == 0 { // no regime: nothing decided
			continue
		}
		out.Rows[i].Decisions = make([]Decision, len(codes))
		for j, x := range idx {
			out.Rows[i].Decisions[j] = row.Decisions[x]
		}
	}
	return out
}

// worker is the state of one goroutine of a screening.
type worker struct {
	e, scratch Eval
	// decs holds the decisions of the candidates lo.. of the block being
	// screened, k a candidate: decs[(i-lo)*k+j] is candidate i's for
	// screen.codes[j]. Each block allocates its own, in the goroutine
	// that fills it, rather than one array for the whole screening:
	// memory the runtime has just freed is reused, zeroed while it is
	// written, and no goroutine zeroes everything alone.
	decs  []Decision
	lo    int
	elig  []quotaKey // reused by quota
	bases []int      // reused by quota
	// The initiatives reserved by the codes decided for the candidates of
	// the block the worker screens (one achievement, one form);
	// screen.useHead[i] is candidate i's last (from 1).
	uses []runUse
	// The criteria of the verdicts explained are appended to slab[pos:],
	// a few large allocations rather than growing each verdict's own.
	slab []Criterion
	pos  int
	// more[morePos:] is room for the out-of-line parts of decisions
	// (Decision.more), allocated moreSize at a time.
	more    []decisionMore
	morePos int
	// touched sums what run reads ahead of the rules, so that the reads
	// are not left out.
	touched int
}

// moreSize is the number of out-of-line decision parts a worker allocates
// at a time.
const moreSize = 1024

// store writes a decision into *d, which must be zero; its criteria and
// the achievements it used, when it has any, go into the worker's
// out-of-line parts.
func (w *worker) store(d *Decision, ok, pending bool, kind GrantKind, crit []Criterion, used []Achievement) {
	if ok || pending || kind != Merit {
		d.Eligible, d.Pending, d.Basis = ok, pending, kind
	}
	if crit != nil || used != nil {
		m := w.moreOf(d)
		m.criteria, m.used = crit, used
	}
}

// moreOf returns the out-of-line part of d, taking a new one from the
// worker's when d has none.
func (w *worker) moreOf(d *Decision) *decisionMore {
	if d.more == nil {
		if w.morePos == len(w.more) {
			w.more, w.morePos = make([]decisionMore, moreSize), 0
		}
		d.more = &w.more[w.morePos]
		w.morePos++
	}
	return d.more
}

// slabSize is the number of criteria a worker allocates at a time.
const slabSize = 4096

// criteria returns an empty list to append a verdict's criteria to, in
// the worker's slab.
func (w *worker) criteria() []Criterion {
	if len(w.slab)-w.pos < 64 {
		w.slab, w.pos = make([]Criterion, slabSize), 0
	}
	return w.slab[w.pos:w.pos:len(w.slab)]
}

// kept moves the slab past the criteria of a verdict, when they were
// appended in it (a verdict with more than room left has its own array).
func (w *worker) kept(crit []Criterion) {
	if len(crit) > 0 && w.pos < len(w.slab) && &crit[0] == &w.slab[w.pos] {
		w.pos += len(crit)
	}
}

// parallel screens the blocks of candidates, each apart from the others,
// on up to n goroutines (GOMAXPROCS when n is 0). A panic of a rule is
// raised again in the calling goroutine.
func (s *screen) parallel(blocks [][2]int, n int) {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	n = min(n, len(blocks))
	if n <= 1 {
		w := new(worker)
		for _, b := range blocks {
			s.run(w, b[0], b[1])
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	panics := make([]any, n)
	for g := range n {
		wg.Go(func() {
			defer func() { panics[g] = recover() }()
			w := new(worker)
			for b := int(next.Add(1)) - 1; b < len(blocks); b = int(next.Add(1)) - 1 {
				s.run(w, blocks[b][0], blocks[b][1])
			}
		})
	}
	wg.Wait()
	for _, p := range panics {
		if p != nil {
			panic(p)
		}
	}
}

// screenBlock is the least number of candidates Screen takes through every
// segment at a time: their histories stay in the processor's cache.
const screenBlock = 128

// segment is a run of codes (indexes in screen.codes) decided one
// candidate at a time; members says the collectives' member counts are
// computed first; a quota code, if any, is last.
type segment struct {
	codes   []int
	rules   []Rule
	specs   []*CodeSpec // a copy of the code's spec in the regime's Codes, or &noSpec
	members bool
	quota   bool
}

// noSpec is the spec a screening gives [Eval.run] for a code the regime's
// Codes do not hold: requiring nothing, without quota, it applies nothing,
// as no spec does. It is never changed.
var noSpec CodeSpec

// segments cuts order, the code indexes in dependency order, into s.segs,
// and notes in s.quotas the codes with a quota.
func (s *screen) segments(order []int, collectives bool) {
	s.quotas = make([]bool, len(s.codes))
	for j, code := range s.codes {
		q := s.quotaOf(code)
		s.quotas[j] = q.Percent > 0
		s.global = s.global || q.Percent > 0 && q.Over == AllScreened
	}
	members := false
	for lo := 0; lo < len(order); {
		hi := lo
		for hi < len(order) {
			code := s.codes[order[hi]]
			if hi > lo && collectives && !members && (code == award.TTLDTT || code == award.TTLDXS) {
				break
			}
			hi++
			if s.quotas[order[hi-1]] {
				break
			}
		}
		seg := segment{codes: order[lo:hi], rules: make([]Rule, hi-lo), specs: make([]*CodeSpec, hi-lo)}
		if first := s.codes[order[lo]]; collectives && !members && (first == award.TTLDTT || first == award.TTLDXS) {
			seg.members, members = true, true
		}
		for x, j := range seg.codes {
			seg.rules[x] = s.reg.Rules[s.codes[j]]
			if spec, ok := s.reg.Codes[s.codes[j]]; ok {
				seg.specs[x] = &spec
			} else {
				seg.specs[x] = &noSpec // as none to Eval.run, and not looked up again
			}
		}
		seg.quota = s.quotas[order[hi-1]]
		s.segs = append(s.segs, seg)
		lo = hi
	}
}

// unitBlocks numbers the unit each candidate's quota is counted over in
// s.units, when a code decided has a quota, and reports whether the
// candidates of each unit are given together (then a block of whole units
// can be screened apart from the others).
func (s *screen) unitBlocks() bool {
	quota := false
	for _, seg := range s.segs {
		quota = quota || seg.quota
	}
	if !quota {
		return true
	}
	s.units = make([]int32, len(s.cands))
	ids := map[string]int32{}
	prev := ""
	together := true
	for i := range s.cands {
		c := &s.cands[i]
		unit := c.Unit
		if s.quotaUnit != nil {
			unit = s.quotaUnit(c)
		}
		if i > 0 && unit == prev {
			s.units[i] = s.units[i-1]
			continue
		}
		id, seen := ids[unit]
		if !seen {
			id = int32(len(ids))
			ids[unit] = id
		}
		s.units[i], prev = id, unit
		together = together && !seen // else the unit's candidates are not together
	}
	s.nunits = len(ids)
	return together
}

// run decides every segment for the candidates lo..hi-1 on w, applying
// each quota over them: they hold every candidate of their quota units.
func (s *screen) run(w *worker, lo, hi int) {
	e := &w.e
	k := s.k
	w.decs, w.lo = make([]Decision, (hi-lo)*k), lo
	w.uses = w.uses[:0] // the reservations of the block before are of other candidates
	// The block's histories are first read here, one candidate after the
	// other with little work between, so that their loads overlap.
	for i := lo; i < hi; i++ {
		x := (i - lo) * k
		c := &s.cands[i]
		s.res.Rows[i] = Row{Candidate: c.ID, Decisions: w.decs[x : x+s.listed : x+s.listed]}
		s.unions[i] = c.union()
		for n := range c.Initiatives { // read by the criteria counting initiatives
			w.touched += c.Initiatives[n].Year
		}
	}
	for _, seg := range s.segs {
		if seg.members {
			s.memberCounts()
		}
		for i := lo; i < hi; i++ {
			c := &s.cands[i]
			row := w.decs[(i-lo)*k : (i-lo+1)*k]
			for x, j := range seg.codes {
				code := s.codes[j]
				d := &row[j]
				rule := seg.rules[x]
				explain := s.explain && j < s.listed // internal codes need no reasons
				if rule == nil && seg.specs[x] == &noSpec {
					v := checkWith(e, s.reg, c, code, s.year, s.asOf, explain)
					w.store(d, v.Eligible, v.Pending, v.Basis, v.Criteria, v.Used)
					continue
				}
				e.reset(s.reg, c, code, s.year, s.asOf, explain)
				e.overlay, e.union, e.decided = s.overlay[i], s.unions[i], s.decided
				if e.scratch != &w.scratch {
					e.scratch = &w.scratch
				}
				e.spec = seg.specs[x]
				if s.members != nil {
					e.members = s.members[i]
				}
				if s.extra != nil {
					e.extra, e.decidedAdded = s.extra[i], s.added
				}
				if s.useHead[i] != 0 {
					e.runUses, e.runHead = w.uses, s.useHead[i]
				}
				if explain {
					e.crit = w.criteria()
				}
				e.run(rule)
				ok, pending, kind, crit, used := e.outcomeParts()
				w.store(d, ok, pending, kind, crit, used)
				if explain {
					w.kept(crit)
				}
				if d.Eligible {
					s.reserve(w, i, e, e.RunEnd()) // a quota may cut it: see applyQuota
					if !s.quotas[j] {
						s.mark(i, code)
					}
				}
			}
		}
		if seg.quota {
			s.applyQuota(w, seg.codes[len(seg.codes)-1], lo, hi)
		}
	}
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
	k       int          // len(codes)
	decided Set          // the codes this screening decides: never derived
	// quotaUnit is ScreenOptions.QuotaUnit, or nil.
	quotaUnit func(c *Candidate) string
	added     []award.Code   // the codes outside [Set] this screening decides
	extra     [][]award.Code // per candidate: the codes of added decided eligible

	listed int // codes[:listed] are the codes asked for
	segs   []segment
	quotas []bool  // per code index: the code has a quota
	global bool    // a quota counts over every candidate screened
	unions []Set   // per candidate: every award of its year records
	units  []int32 // per candidate: the unit its quotas count over, numbered; nil without quota
	nunits int
	// useHead[i] is candidate i's last reservation of an initiative (one
	// achievement, one form) in the uses of the worker screening it, from
	// 1; 0 for none.
	useHead []int32
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
// list (see prerequisites, and the requirements of the regime's Codes but
// the earlier grants), in
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
			if r.Kind != Earlier { // an earlier grant is not decided for the year
				try(r.Code)
			}
		}
	}
	for _, c := range codes {
		add(c)
	}
	return extra
}

// dec returns the decision of candidate i, of the block w screens, for
// codes[j].
func (s *screen) dec(w *worker, i, j int) *Decision { return &w.decs[(i-w.lo)*s.k+j] }

// quotaOf returns the quota of code in the regime's data (Percent 0 for
// none).
func (s *screen) quotaOf(code award.Code) Quota { return s.reg.Codes[code].Quota }

// applyQuota applies the quota of the code of index j to the candidates
// lo..hi-1, then records the selected candidates' titles.
func (s *screen) applyQuota(w *worker, j, lo, hi int) {
	code := s.codes[j]
	q, id := s.quotaOf(code), quotaID(code)
	switch code {
	case award.CSTDCS:
		s.quota(w, j, lo, hi, id, q, "cá nhân đạt Lao động tiên tiến của đơn vị", func(i int) bool { return s.holds(i, award.LDTT) })
	case award.CoChinhPhu:
		s.quota(w, j, lo, hi, id, q, "tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, ngành, tỉnh", s.meetsCoBo)
	default:
		collective := false
		for i := lo; i < hi; i++ {
			if s.dec(w, i, j).Eligible {
				collective = s.cands[i].Collective
				break
			}
		}
		base := func(int) bool { return true }
		if q.Of != "" {
			base = func(i int) bool { return s.holds(i, q.Of) }
		}
		s.quota(w, j, lo, hi, id, q, s.reg.quotaBaseName(q, collective)[len("số "):], base)
	}
	for i := lo; i < hi; i++ {
		if s.dec(w, i, j).Eligible {
			s.mark(i, code)
		} else {
			s.unreserve(w, i, code)
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
		ldtt := s.holds(i, award.LDTT)
		if ldtt {
			m.LDTT++
		}
		if s.holds(i, award.CSTDCS) {
			m.CSTDCS++
		}
		var rating org.Rating
		if r := c.Year(s.year); r != nil {
			rating = r.Rating
		}
		if completedDuties(rating, ldtt) {
			m.Completed++
		}
		if _, bad := disciplinedIn(c, s.year, org.CanhCao); bad {
			m.Disciplined++
		}
	}
}

// quotaKey orders the eligible candidates of a quota.
type quotaKey struct {
	unit   int32
	women  int8
	rating org.Rating
	score  int
	id     string
	i      int
}

// quota cuts the eligible candidates of code index j among lo..hi-1 beyond
// q.Percent % of those counted by base, per quota unit (or over all of
// them when q.Over is AllScreened), and explains each cut.
func (s *screen) quota(w *worker, j, lo, hi int, id string, q Quota, baseName string, base func(i int) bool) {
	code := s.codes[j]
	pct, global := q.Percent, q.Over == AllScreened
	elig := w.elig[:0]
	if len(w.bases) < max(s.nunits, 1) {
		w.bases = make([]int, max(s.nunits, 1))
	}
	bases := w.bases
	defer func() { // clean for the next block
		bases[0] = 0
		for i := lo; i < hi; i++ {
			bases[s.units[i]] = 0
		}
	}()
	p := &s.reg.Params
	for i := lo; i < hi; i++ {
		c := &s.cands[i]
		var unit int32
		if !global {
			unit = s.units[i]
		}
		if base(i) {
			bases[unit]++
		}
		if !s.dec(w, i, j).Eligible {
			continue
		}
		k := quotaKey{unit: unit, women: 1, id: c.ID, i: i}
		if p.WomenFirst && c.Gender == org.Female {
			k.women = 0
		}
		if r := c.Year(s.year); r != nil {
			k.score, k.rating = r.Score, r.Rating
		}
		elig = append(elig, k)
	}
	w.elig = elig
	slices.SortFunc(elig, func(a, b quotaKey) int {
		if c := cmp.Compare(a.unit, b.unit); c != 0 {
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
	for a := 0; a < len(elig); {
		b := a
		for b < len(elig) && elig[b].unit == elig[a].unit {
			b++
		}
		n := bases[elig[a].unit]
		limit := n * pct / 100
		if n > 0 && pct > math.MaxInt/n { // a rate this high caps nothing; n*pct would wrap around
			limit = math.MaxInt
		}
		head := "" // the unit's part of the reasons, built once when needed
		for pos := a; pos < b; pos++ {
			i := elig[pos].i
			d := s.dec(w, i, j)
			place := pos - a + 1
			in := place <= limit
			var reason string
			if !in || s.explain {
				if head == "" {
					chosen := "được chọn tối đa " + count(limit) + " " + s.reg.codeName(code)
					if limit == 0 {
						chosen = "không được chọn " + s.reg.codeName(code) + " nào"
					}
					head = "Tỷ lệ " + itoa(pct) + "%"
					if c := q.Citation; c != "" {
						head += " (" + c + ")"
					}
					head += ": " + count(n) + " " + baseName + ", " + chosen + " (làm tròn xuống); xếp thứ "
				}
				tail := ", trong tỷ lệ"
				tie := false
				if !in {
					tail = outOfQuota
					if place == limit+1 && place > 1 {
						prev, me := elig[pos-1], elig[pos]
						if prev.score == me.score && prev.rating == me.rating && prev.women < me.women {
							who := "cá nhân nữ"
							if s.cands[me.i].Collective {
								who = "tập thể nữ"
							}
							tail += "; cùng điểm và xếp loại với người xếp thứ " + itoa(place-1) + ", ưu tiên " + who + " (" + s.reg.Citations["uu-tien-nu"] + ")"
							tie = true
						}
					}
				}
				if in || s.explain || tie {
					reason = head + itoa(place) + tail
				}
			}
			if !in {
				d.Eligible = false
				m := w.moreOf(d)
				m.used = nil // the grant is not made: nothing used
				if m.cut = reason; reason == "" {
					// Without reasons the cut is worded when asked
					// (Decision.Cut): the unit's part and the place.
					m.cut, m.place = head, int32(place)
				}
			}
			d.Pending = false
			crit := d.Criteria()
			for c := range crit {
				cr := &crit[c]
				if cr.ID == id {
					cr.Pending, cr.Passed, cr.Reason = false, in, reason
					cr.Facts = Facts{Have: place, Need: limit}
				}
				if cr.Pending {
					d.Pending = true
				}
			}
		}
		a = b
	}
}
