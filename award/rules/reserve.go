package rules

import "github.com/thidua-go/thidua/award"

// The reservation of initiatives and feats within one [Screen] (one
// achievement, one form: Luật TĐKT 2022, Điều 5; Luật TĐKT 2003, Điều 6
// khoản 2 điểm b as amended by Luật 39/2013/QH13), documented there.

// runUse is an initiative (or, when feat, a feat) reserved in a screening:
// initiative or feat ini of the candidate, for code and year; next links
// the candidate's earlier reservations (from 1; 0 ends).
type runUse struct {
	ini, next int32
	feat      bool
	code      award.Code
	year      int
}

// pick is an initiative (or, when feat, a feat) that a criterion of the
// alternative branch ("" for a mandatory criterion) uses.
type pick struct {
	ini    int32
	feat   bool
	branch string
}

// counts reports whether the pick is used by a verdict the alternative
// branch carried: it belongs to a mandatory criterion or to that branch.
func (p *pick) counts(branch string) bool { return p.branch == "" || p.branch == branch }

// reserved returns the reservation of initiative i (feat i when feat) of
// the candidate made earlier in the same screening, if any.
func (e *Eval) reserved(i int, feat bool) (Use, bool) {
	for h := e.runHead; h != 0; {
		u := &e.runUses[h-1]
		if int(u.ini) == i && u.feat == feat {
			return Use{Code: u.code, Year: u.year}, true
		}
		h = u.next
	}
	return Use{}, false
}

// featUsedElsewhere is [Eval.usedElsewhere] for feat i of the candidate.
func (e *Eval) featUsedElsewhere(i int) (Use, bool) {
	return e.usedIn(e.cand.Feats[i].UsedFor, i, true)
}

// usedElsewhere returns the award initiative i of the candidate already
// counted for, as recorded (Initiative.UsedFor) or reserved earlier in the
// same screening, other than the code and year asked for.
func (e *Eval) usedElsewhere(i int) (Use, bool) {
	return e.usedIn(e.cand.Initiatives[i].UsedFor, i, false)
}

// usedIn returns the award initiative (feat) i, whose recorded uses are
// uses, already counted for other than the code and year asked for.
func (e *Eval) usedIn(uses []Use, i int, feat bool) (Use, bool) {
	if u, ok := usedBy(uses, e.code, e.year); ok {
		return u, true
	}
	if e.runHead == 0 {
		return Use{}, false
	}
	return e.reserved(i, feat)
}

// use records that the criterion about to be added uses need of the
// initiatives the last count counted ([Eval.initiatives]), the least
// valuable first.
func (e *Eval) use(need int) {
	ins := e.cand.Initiatives
	for range min(need, len(e.found)) {
		best := -1
		for x, i := range e.found {
			if i < 0 {
				continue
			}
			if best < 0 || lessValuable(&ins[i], &ins[e.found[best]]) {
				best = x
			}
		}
		e.picks = append(e.picks, pick{ini: e.found[best], branch: e.branch})
		e.found[best] = -1
	}
	e.found = e.found[:0]
}

// lessValuable reports whether initiative a is to be used before b: the
// lower level, then not applied, then the earlier year (ties keep the
// order of Candidate.Initiatives).
func lessValuable(a, b *Initiative) bool {
	switch {
	case a.Level != b.Level:
		return a.Level < b.Level
	case a.Applied != b.Applied:
		return !a.Applied
	}
	return a.Year < b.Year
}

// carried returns the alternative an eligible verdict rests on: the first
// that passed, preferring merit ("" when the rule has none).
func (e *Eval) carried() string {
	first := ""
	for i := 0; i < e.nb; i++ {
		b := &e.branches[i]
		if !b.ok {
			continue
		}
		if GrantKind(b.kind) == Merit {
			return b.name
		}
		if first == "" {
			first = b.name
		}
	}
	return first
}

// used returns the initiatives and feats an eligible verdict uses: those
// of its mandatory criteria and of the alternative that carried it.
// The lists share a buffer kept across the checks of one Eval (usedBuf),
// each capped at its own length, so that a screening does not allocate one
// per verdict.
func (e *Eval) used() []Achievement {
	branch := e.carried()
	if need := len(e.picks); cap(e.usedBuf)-len(e.usedBuf) < need {
		e.usedBuf = make([]Achievement, 0, max(need, 64))
	}
	start := len(e.usedBuf)
	for _, p := range e.picks {
		switch {
		case !p.counts(branch):
		case p.feat:
			e.usedBuf = append(e.usedBuf, Achievement{ID: e.cand.Feats[p.ini].ID, Feat: true})
		default:
			e.usedBuf = append(e.usedBuf, Achievement{ID: e.cand.Initiatives[p.ini].ID})
		}
	}
	if len(e.usedBuf) == start {
		return nil
	}
	return e.usedBuf[start:len(e.usedBuf):len(e.usedBuf)]
}

// reserve records, for candidate i screened on w, the initiatives and
// feats the eligible verdict just checked in e uses, for its code and the
// last year it counted.
func (s *screen) reserve(w *worker, i int, e *Eval, through int) {
	if len(e.picks) == 0 {
		return
	}
	branch := e.carried()
	for _, p := range e.picks {
		if !p.counts(branch) {
			continue
		}
		w.uses = append(w.uses, runUse{ini: p.ini, feat: p.feat, next: s.useHead[i], code: e.code, year: through})
		s.useHead[i] = int32(len(w.uses))
	}
}

// unreserve drops candidate i's reservations for code, the last ones
// made: a quota cut the verdict that made them.
func (s *screen) unreserve(w *worker, i int, code award.Code) {
	for h := s.useHead[i]; h != 0 && w.uses[h-1].code == code; h = w.uses[h-1].next {
		s.useHead[i] = w.uses[h-1].next
	}
}
