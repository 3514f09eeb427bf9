package rules

import (
	"slices"
	"strconv"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// EarliestHorizon is how many years ahead [Earliest] looks.
const EarliestHorizon = 25

// Earliest returns the earliest year, from fromYear on, for which code can
// become possible if every year from fromYear goes well, and the criteria
// missing now (those failing for fromYear on the real history). Years from
// fromYear are simulated as perfect: rated "hoàn thành xuất sắc nhiệm vụ",
// no absence, one applied national-level initiative each year, every title
// and form of the year earned (quotas and council votes won), open
// investigations and complaints closed favourably before fromYear; the
// disciplines, posts and history before fromYear stay as recorded. Each year
// is read with the regime that rates it. It returns 0 when code is not
// reachable within [EarliestHorizon] years (a rule that can never pass, such
// as a Kỷ niệm chương already received), and 0 without criteria for a
// fromYear outside [thidua.MinYear]..[thidua.MaxYear]. c is not modified.
func Earliest(rs *Regimes, c *Candidate, code award.Code, fromYear int) (int, []Criterion) {
	var missing []Criterion
	if c == nil || fromYear < thidua.MinYear || fromYear > thidua.MaxYear {
		return 0, nil
	}
	if reg := rs.ForYear(fromYear); reg != nil {
		v := Check(reg, c, code, fromYear)
		missing = v.Failed()
	}
	sim := simulate(c, fromYear)
	var last Post
	var lastMembers Members
	// The last record before fromYear, read by index: FirstYear may be
	// anything.
	i := len(c.Years) - 1
	if c.FirstYear > fromYear-1-i {
		i = fromYear - 1 - c.FirstYear
	}
	if i >= 0 {
		last, lastMembers = c.Years[i].Post, c.Years[i].Members
	}
	if lastMembers.Total == 0 {
		lastMembers.Total = 1
	}
	var e Eval
	for y := fromYear; y < fromYear+EarliestHorizon; y++ {
		reg := rs.ForYear(y)
		r := sim.Ensure(y)
		*r = YearRecord{Rating: org.Excellent, Post: last, Ballots: Ballots{CSTDBo: Votes{For: 1, Members: 1}, CSTDToanQuoc: Votes{For: 1, Members: 1}},
			ExceededTargets: true, ClusterLead: true,
			Members: Members{Total: lastMembers.Total, LDTT: lastMembers.Total, CSTDCS: lastMembers.Total,
				Completed: lastMembers.Total}}
		sim.Initiatives = append(sim.Initiatives, Initiative{ID: "mô phỏng " + strconv.Itoa(y),
			Kind: Improvement, Level: National, Year: y, Applied: true})
		if reg == nil {
			continue
		}
		for _, k := range chain() {
			if k == code {
				continue
			}
			if rule := reg.Rules[k]; rule != nil {
				e.reset(reg, sim, k, y, thidua.Date{}, false)
				e.run(rule)
				if e.eligible() {
					sim.Years[y-sim.FirstYear].Awards |= bit(k)
				}
			}
		}
		if v := checkWith(&e, reg, sim, code, y, thidua.Date{}, false); v.Eligible {
			return y, missing
		}
	}
	return 0, missing
}

// chain returns the order in which a year's awards are decided: each may
// need the ones before it (LĐTT is the base of CSTĐCS and of its quota,
// CSTĐCS of TTLĐXS and CSTĐ cấp bộ …).
func chain() [15]award.Code {
	return [...]award.Code{
		award.LDTT, award.CSTDCS, award.CSTDBo, award.CSTDToanQuoc,
		award.TTLDTT, award.TTLDXS, award.CoBo, award.CoChinhPhu,
		award.GiayKhen, award.BangKhenBo, award.BangKhenTTg, award.HCLD3, award.HCLD2, award.HCLD1, award.HCDocLap3,
	}
}

// rank returns the position of code in chain, or len(chain) for codes
// decided last (a sector's own codes).
func rank(code award.Code) int {
	ch := chain()
	for i, k := range ch {
		if k == code {
			return i
		}
	}
	return len(ch)
}

// rankIn is rank for the codes of reg: a code comes after every code its
// data requires for the year (Regime.Codes, but the earlier grants) and, for the library's codes, after the
// codes it reads for the year ([prerequisites]), so that a screening
// decides a ministry's code after the ones it requires, and a library code
// required to hold a ministry's code after that one.
func rankIn(reg *Regime, code award.Code, path []award.Code) int {
	r := rank(code)
	if slices.Contains(path, code) { // a cycle in the data: cut it here
		return r
	}
	path = append(path, code)
	for _, q := range reg.Codes[code].Requires {
		if q.Kind != Earlier { // an earlier grant is not decided for the year
			r = max(r, rankIn(reg, q.Code, path)+1)
		}
	}
	for _, d := range prerequisites(code, true) {
		r = max(r, rankIn(reg, d, path)+1)
	}
	return r
}

// simulate copies c for simulation from year from on.
func simulate(c *Candidate, from int) *Candidate {
	s := *c
	s.Years = slices.Clone(c.Years)
	if n := from - s.FirstYear; n >= 0 && n < len(s.Years) {
		s.Years = s.Years[:n]
	} else if n < 0 || n > yearSpan {
		// Records after from are simulated; records further back than any
		// valid history (Candidate.Validate) are not extended up to it.
		s.Years = nil
	}
	s.Initiatives = slices.Clone(c.Initiatives)
	s.Proceedings = nil
	cut := thidua.Date{Year: from - 1, Month: time.December, Day: 31}
	for _, p := range c.Proceedings {
		if p.Open.From.After(cut) {
			continue
		}
		if p.Open.To.After(cut) {
			p.Open.To = cut
		}
		s.Proceedings = append(s.Proceedings, p)
	}
	return &s
}
