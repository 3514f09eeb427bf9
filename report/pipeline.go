package report

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// PipelineOptions say what a [Pipeline] counts beyond its [Scope].
type PipelineOptions struct {
	// Codes restricts the count to these award kinds; nil counts every
	// kind.
	Codes []award.Code
	// Council is the unit whose council's ballots count as "considered"
	// and "passed" ("Hội đồng đã xét"), and whose sending the nomination
	// on, or deciding it, counts as "submitted" (trình): the reporting
	// unit's view. Empty counts a ballot of any council on the
	// nomination's way, and a nomination as submitted once it reached its
	// authority.
	Council org.UnitID
	// Labels name the kinds in place of the catalogue's names.
	Labels map[award.Code]string
}

// Pipeline is the dossier pipeline of a unit and period: the nominations
// (hồ sơ đề nghị) for candidates of a [Scope], counted by the stage each
// had reached on the scope's AsOf day, by kind and by recipient type.
type Pipeline struct {
	Unit   UnitInfo      `json:"unit"`
	Period thidua.Period `json:"period"`
	AsOf   thidua.Date   `json:"as_of"`
	// Total counts every nomination, collectives and individuals.
	Total PipelineCount `json:"total"`
	// Kinds count them by award kind, highest level first
	// (award.CompareKinds).
	Kinds []PipelineKind `json:"kinds,omitempty"`
}

// PipelineKind counts the nominations of one award kind.
type PipelineKind struct {
	Code        award.Code    `json:"code"`
	Label       string        `json:"label"`
	Collectives PipelineCount `json:"collectives,omitzero"`
	Individuals PipelineCount `json:"individuals,omitzero"`
}

// Total returns the collectives' and the individuals' counts together.
func (k PipelineKind) Total() PipelineCount { return k.Collectives.Add(k.Individuals) }

// PipelineCount counts nominations by the stages they had reached on the
// AsOf day. A nomination counts in every stage it reached: one proposed,
// considered, passed, sent to its authority and granted counts in all
// five. Its state on AsOf puts it in at most one of Returned, Rejected,
// Withdrawn, AwaitingAppraisal, Appraised and Approved.
type PipelineCount struct {
	// Proposed counts the nominations (hồ sơ đề nghị).
	Proposed int `json:"proposed"`
	// Considered counts those a council voted on (Hội đồng đã xét);
	// Passed those whose last such vote reached its threshold (thông qua).
	Considered int `json:"considered"`
	Passed     int `json:"passed"`
	// Submitted counts those put before the next level (trình): sent on
	// or decided by the council's unit when PipelineOptions.Council is
	// set; otherwise sent to their authority, or decided by it.
	Submitted int `json:"submitted"`
	// Returned counts the dossiers sent back (trả lại), Rejected those the
	// authority refused, each with its reasons; Withdrawn those the
	// proposer withdrew.
	Returned      int           `json:"returned"`
	ReturnReasons []ReasonCount `json:"return_reasons,omitempty"`
	Rejected      int           `json:"rejected"`
	RejectReasons []ReasonCount `json:"reject_reasons,omitempty"`
	Withdrawn     int           `json:"withdrawn"`
	// AwaitingAppraisal counts those undecided and held by a unit above
	// the proposer (or by the proposer that is its own authority) which
	// has not yet appraised the dossier (chờ thẩm định); Appraised those
	// whose holder appraised it, awaiting its decision or its sending on.
	AwaitingAppraisal int `json:"awaiting_appraisal"`
	Appraised         int `json:"appraised"`
	// Approved counts those the authority approved; Granted those a
	// decision dated by AsOf granted (a grant revoked by then does not
	// count).
	Approved int `json:"approved"`
	Granted  int `json:"granted"`
}

// ReasonCount is one reason given for returning or rejecting dossiers and
// how many it was given for.
type ReasonCount struct {
	Reason string `json:"reason"`
	N      int    `json:"n"`
}

// Add returns the counts of c and d together, reasons merged.
func (c PipelineCount) Add(d PipelineCount) PipelineCount {
	c.Proposed += d.Proposed
	c.Considered += d.Considered
	c.Passed += d.Passed
	c.Submitted += d.Submitted
	c.Returned += d.Returned
	c.Rejected += d.Rejected
	c.Withdrawn += d.Withdrawn
	c.AwaitingAppraisal += d.AwaitingAppraisal
	c.Appraised += d.Appraised
	c.Approved += d.Approved
	c.Granted += d.Granted
	c.ReturnReasons = mergeReasons(c.ReturnReasons, d.ReturnReasons)
	c.RejectReasons = mergeReasons(c.RejectReasons, d.RejectReasons)
	return c
}

// mergeReasons adds the reasons b to a, reasons equal up to vntext.Fold
// counted as one (named as a, then b, first wrote it: nominations are
// counted in ID order), most frequent first.
func mergeReasons(a, b []ReasonCount) []ReasonCount {
	if len(b) == 0 {
		return a
	}
	out := slices.Clone(a)
	for _, r := range b {
		i := slices.IndexFunc(out, func(x ReasonCount) bool { return vntext.Fold(x.Reason) == vntext.Fold(r.Reason) })
		if i < 0 {
			out = append(out, r)
		} else {
			out[i].N += r.N
		}
	}
	slices.SortStableFunc(out, func(x, y ReasonCount) int {
		return cmp.Or(cmp.Compare(y.N, x.N), vntext.Compare(x.Reason, y.Reason))
	})
	return out
}

// Nominee reports whether a nomination for r is the scope's: r is a unit
// the scope covers, or a person ever posted to one. The summary's pending
// nominations and the [Pipeline] select by it.
func (s *Scope) Nominee(r award.Recipient) bool {
	if r.Unit != "" {
		return s.Covers(r.Unit)
	}
	_, ok := s.person(r.Person)
	return ok
}

// proposedIn reports whether nomination n belongs to the scope's period
// as its selection says, from what n's history holds by AsOf: proposed in
// the period (cut at AsOf), or, selecting by achievement year, for an
// achievement year of the period and proposed by AsOf.
func (s *Scope) proposedIn(n award.Nomination) bool {
	if len(n.History) == 0 || n.History[0].On.After(s.req.AsOf) {
		return false
	}
	if s.req.Select == SelectByAchievementYear {
		y := n.AchievementYear()
		return y >= s.req.Period.From.Year && y <= s.req.Period.To.Year
	}
	return s.span.Contains(n.History[0].On)
}

// BuildPipeline counts the nominations of the scope's period by stage, as
// the scope's AsOf day saw them: a nomination counts when its candidate is
// the scope's ([Scope.Nominee]) and it was proposed in the period (or,
// selecting by achievement year, is for a year of it); the steps dated
// after AsOf are not yet taken, a decision after AsOf grants nothing yet.
// Errors of the stores are returned wrapped.
func BuildPipeline(ctx context.Context, s *Scope, o PipelineOptions) (*Pipeline, error) {
	const op = "report: pipeline"
	ns, err := s.src.Award.Nominations(ctx, award.NominationFilter{Codes: o.Codes})
	if err != nil {
		return nil, wrapStore(op, string(s.req.Unit), err)
	}
	ns = slices.DeleteFunc(ns, func(n award.Nomination) bool { return !s.Nominee(n.Recipient) || !s.proposedIn(n) })
	granted, err := s.grantedNominations(ctx, ns, o.Codes)
	if err != nil {
		return nil, wrapStore(op, string(s.req.Unit), err)
	}
	p := &Pipeline{Unit: s.head, Period: s.req.Period, AsOf: s.req.AsOf}
	byKind := make(map[award.Code]*PipelineKind)
	returned, rejected := reasonTallies{}, reasonTallies{}
	for _, n := range ns {
		k, ok := byKind[n.Kind]
		if !ok {
			k = &PipelineKind{Code: n.Kind, Label: string(n.Kind)}
			if kind, err := s.src.Catalogue.Kind(n.Kind); err == nil {
				k.Label = kind.Name
			}
			if l := vntext.Clean(o.Labels[n.Kind]); l != "" {
				k.Label = l
			}
			byKind[n.Kind] = k
		}
		c := stageOf(n, s.req.AsOf, o.Council, granted[n.ID])
		// The reasons are tallied apart, each folded once: merging them
		// count by count would fold every reason again and again.
		key := reasonKey{n.Kind, n.Recipient.Unit != ""}
		for _, r := range c.ReturnReasons {
			returned.tally(key, r.Reason)
		}
		for _, r := range c.RejectReasons {
			rejected.tally(key, r.Reason)
		}
		c.ReturnReasons, c.RejectReasons = nil, nil
		if key.collective {
			k.Collectives = k.Collectives.Add(c)
		} else {
			k.Individuals = k.Individuals.Add(c)
		}
	}
	for _, k := range byKind {
		k.Collectives.ReturnReasons, k.Collectives.RejectReasons = returned.list(reasonKey{k.Code, true}), rejected.list(reasonKey{k.Code, true})
		k.Individuals.ReturnReasons, k.Individuals.RejectReasons = returned.list(reasonKey{k.Code, false}), rejected.list(reasonKey{k.Code, false})
		p.Total = p.Total.Add(k.Total())
		p.Kinds = append(p.Kinds, *k)
	}
	slices.SortFunc(p.Kinds, func(a, b PipelineKind) int {
		ka, _ := s.src.Catalogue.Kind(a.Code)
		kb, _ := s.src.Catalogue.Kind(b.Code)
		return cmp.Or(award.CompareKinds(ka, kb), cmp.Compare(a.Code, b.Code))
	})
	return p, nil
}

// reasonKey is one half of a kind's counts: its collectives or its
// individuals.
type reasonKey struct {
	code       award.Code
	collective bool
}

// reasonTallies count reasons by half of a kind and by folded reason
// (vntext.Fold), each named as first written.
type reasonTallies map[reasonKey]*reasonTally

type reasonTally struct {
	index  map[string]int // folded reason, and each spelling met: position in counts
	counts []ReasonCount
}

// tally counts reason once under k.
func (t reasonTallies) tally(k reasonKey, reason string) {
	rt := t[k]
	if rt == nil {
		rt = &reasonTally{index: make(map[string]int)}
		t[k] = rt
	}
	// A reason written the same way again is found without folding it.
	if i, ok := rt.index[reason]; ok {
		rt.counts[i].N++
		return
	}
	f := vntext.Fold(reason)
	if i, ok := rt.index[f]; ok {
		rt.index[reason] = i
		rt.counts[i].N++
		return
	}
	rt.index[f], rt.index[reason] = len(rt.counts), len(rt.counts)
	rt.counts = append(rt.counts, ReasonCount{Reason: reason, N: 1})
}

// list returns the reasons counted under k, the most frequent first.
func (t reasonTallies) list(k reasonKey) []ReasonCount {
	if rt := t[k]; rt != nil {
		return mergeReasons(nil, rt.counts)
	}
	return nil
}

// grantedNominations returns the nominations of ns a grant answers, of a
// decision dated by AsOf and not revoked by then: one read of the scope's
// grants decided from the first proposal on.
func (s *Scope) grantedNominations(ctx context.Context, ns []award.Nomination, codes []award.Code) (map[string]bool, error) {
	want := make(map[string]bool, len(ns))
	from := s.req.AsOf
	for _, n := range ns {
		want[n.ID] = true
		if first := n.History[0].On; first.Before(from) {
			from = first
		}
	}
	out := make(map[string]bool)
	if len(ns) == 0 {
		return out, nil
	}
	f := award.GrantFilter{People: s.personIs, Units: s.unitIDs, Codes: codes, IncludeRevoked: true,
		DecidedIn: thidua.Period{From: from, To: s.req.AsOf}}
	err := award.ScanGrants(ctx, s.src.Award, f, func(g award.Grant) error {
		if want[g.Nomination] && (!g.IsRevoked() || g.Revoked.Date.After(s.req.AsOf)) {
			out[g.Nomination] = true
		}
		return nil
	})
	return out, err
}

// stageOf counts one nomination by the stages its history reached by
// asOf; council, if set, is the unit whose ballots count.
func stageOf(n award.Nomination, asOf thidua.Date, council org.UnitID, granted bool) PipelineCount {
	c := PipelineCount{Proposed: 1}
	state, holder := award.State(0), org.UnitID("")
	var reason string
	var lastVote *award.Vote
	appraisedBy, votes := map[org.UnitID]bool{}, 0
	for _, e := range n.History {
		if e.On.After(asOf) {
			break
		}
		state, holder = e.To, e.Holder
		switch e.Action {
		case award.RecordVote:
			if votes < len(n.Votes) {
				if v := n.Votes[votes]; council == "" || v.Unit == council {
					lastVote = &v
				}
			}
			votes++
		case award.Submit, award.Forward:
			if council == "" && e.Holder == n.Authority || council != "" && e.By.Unit == council {
				c.Submitted = 1
			}
		case award.Approve, award.Reject:
			if council == "" || e.By.Unit == council {
				c.Submitted = 1
			}
		case award.Appraise:
			appraisedBy[e.By.Unit] = true
		}
		if e.Action == award.Return || e.Action == award.Reject {
			reason = e.Reason
		}
	}
	if lastVote != nil {
		c.Considered = 1
		if lastVote.Passed {
			c.Passed = 1
		}
	}
	switch {
	case state == award.Returned:
		c.Returned, c.ReturnReasons = 1, []ReasonCount{{Reason: reason, N: 1}}
	case state == award.Rejected:
		c.Rejected, c.RejectReasons = 1, []ReasonCount{{Reason: reason, N: 1}}
	case state == award.Withdrawn:
		c.Withdrawn = 1
	case state == award.Approved:
		c.Approved = 1
	case (state == award.Draft || state == award.Submitted) && (holder != n.Proposer || holder == n.Authority):
		if appraisedBy[holder] {
			c.Appraised = 1
		} else {
			c.AwaitingAppraisal = 1
		}
	}
	if granted {
		c.Granted = 1
	}
	return c
}

// PipelinePhraseOptions control how [PipelinePhrase] words a pipeline.
type PipelinePhraseOptions struct {
	// Count pads the counts ("05 trường hợp"), per classifier as
	// [CountOptions] says.
	Count CountOptions
	// Council names the council that considered them; default "Hội
	// đồng": "Hội đồng Thi đua - Khen thưởng Bộ".
	Council string
	// SubmittedTo names whom they were put before, after "trình": "Bộ
	// trưởng", "Thủ tướng Chính phủ xem xét, khen thưởng"; empty writes
	// "trình 850 trường hợp".
	SubmittedTo string
}

// PipelinePhrase words the counts of a pipeline as reports state them:
//
//	"trong tổng số 1.200 hồ sơ đề nghị, Hội đồng đã xét 900 trường hợp, trình Bộ trưởng 850 trường hợp"
//
// followed, for the stages that count any, by "thông qua 880 trường hợp"
// (only when fewer passed than were considered), "trả lại 20 hồ sơ (…)"
// and "không khen thưởng 30 trường hợp (…)" with the reasons counted,
// "đã rút 02 hồ sơ", "đang chờ thẩm định 15 trường hợp", "đã thẩm định,
// chờ quyết định 05 trường hợp" and "đã có quyết định khen thưởng 800
// trường hợp", joined with commas. Stages that count none are left out;
// nothing proposed gives "".
func PipelinePhrase(c PipelineCount, o PipelinePhraseOptions) string {
	if c.Proposed == 0 {
		return ""
	}
	n := func(k int, cl string) string { return o.Count.Count(k, cl) }
	council := vntext.Clean(o.Council)
	if council == "" {
		council = "Hội đồng"
	}
	parts := []string{"trong tổng số " + n(c.Proposed, "hồ sơ") + " đề nghị"}
	if c.Considered > 0 {
		parts = append(parts, council+" đã xét "+n(c.Considered, "trường hợp"))
		if c.Passed < c.Considered {
			parts = append(parts, "thông qua "+n(c.Passed, "trường hợp"))
		}
	}
	if c.Submitted > 0 {
		to := "trình "
		if s := vntext.Clean(o.SubmittedTo); s != "" {
			to += s + " "
		}
		parts = append(parts, to+n(c.Submitted, "trường hợp"))
	}
	reasons := func(rs []ReasonCount) []Tally {
		var ts []Tally
		for _, r := range rs {
			if r.Reason != "" {
				ts = append(ts, Tally{Label: r.Reason, N: r.N})
			}
		}
		return ts
	}
	if c.Returned > 0 {
		parts = append(parts, o.Count.Breakdown("trả lại "+n(c.Returned, "hồ sơ"), "trường hợp", reasons(c.ReturnReasons)...))
	}
	if c.Rejected > 0 {
		parts = append(parts, o.Count.Breakdown("không khen thưởng "+n(c.Rejected, "trường hợp"), "trường hợp", reasons(c.RejectReasons)...))
	}
	if c.Withdrawn > 0 {
		parts = append(parts, "đã rút "+n(c.Withdrawn, "hồ sơ"))
	}
	if c.AwaitingAppraisal > 0 {
		parts = append(parts, "đang chờ thẩm định "+n(c.AwaitingAppraisal, "trường hợp"))
	}
	if c.Appraised > 0 {
		parts = append(parts, "đã thẩm định, chờ quyết định "+n(c.Appraised, "trường hợp"))
	}
	if c.Granted > 0 {
		parts = append(parts, "đã có quyết định khen thưởng "+n(c.Granted, "trường hợp"))
	}
	return strings.Join(parts, ", ")
}

// PipelineSentence words the summary's pipeline ([Summary.Pipeline], all
// kinds) as a sentence: "Trong tổng số 1.200 hồ sơ đề nghị, Hội đồng đã xét
// 900 trường hợp, trình Bộ trưởng 850 trường hợp, …." with o's counts and
// words (PhraseOptions.Pipeline); "" when the summary has none.
func (o *PhraseOptions) PipelineSentence(s *Summary) string {
	if s == nil || s.Pipeline == nil {
		return ""
	}
	po := o.orDefault().Pipeline
	po.Count = o.orDefault().Count
	if p := PipelinePhrase(s.Pipeline.Total, po); p != "" {
		return Capitalize(p) + "."
	}
	return ""
}

// DecisionLines words the summary's decisions ([Summary.Decisions]): first
// their total and range, "Khen thưởng 25 tập thể và 40 cá nhân tại 05
// Quyết định, từ số 410/QĐ-BTP đến số 414/QĐ-BTP:", then one line per
// decision with its number, date, issuer and counts ([DecisionTallyPhrase]).
// Nil when the summary lists none.
func (o *PhraseOptions) DecisionLines(s *Summary) []string {
	if s == nil || len(s.Decisions) == 0 {
		return nil
	}
	do := DecisionOptions{Count: o.orDefault().Count}
	lines := []string{"Khen thưởng " + DecisionsTallyPhrase(s.Decisions, do) + ":"}
	for i, d := range s.Decisions {
		end := ";"
		if i == len(s.Decisions)-1 {
			end = "."
		}
		lines = append(lines, "- "+DecisionTallyPhrase(d, do)+end)
	}
	return lines
}
