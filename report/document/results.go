package document

import (
	"cmp"
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// MovementResults are a participant's yearly results against the targets
// (chỉ tiêu) of one movement, from the campaign store.
type MovementResults struct {
	Movement campaign.MovementID `json:"movement"`
	Title    string              `json:"title"`
	Years    []YearResults       `json:"years"`
}

// YearResults are one year's outcomes, in the order of the movement's
// targets (those with a result only), and the phrase that states them:
// "năm 2023 đạt 96% về việc và 95,4% về tiền, vượt 6% so với chỉ tiêu"
// ([report.TargetResultsPhrase]).
type YearResults struct {
	Year     int                `json:"year"`
	Outcomes []campaign.Outcome `json:"outcomes"`
	// Compared are the year's results compared with the year before (and
	// ranked), when the request asks for it ([CollectiveRequest.Compare]);
	// the Phrase then states them after the targets: "…; Số việc thi hành
	// xong năm 2023: 412 việc, tăng 44 việc (tăng 11,96%) so với cùng kỳ
	// năm 2022, xếp thứ 2/3" ([report.ResultClause]).
	Compared []report.ResultInfo `json:"compared,omitempty"`
	Phrase   string              `json:"phrase"`
}

// compare fills each year's Compared with the unit's results on the year's
// targets as [report.LoadResult] reads them (the change from the year
// before when change is set and, with rank, the rank among peers), and
// states them in the
// year's Phrase. A target with no change and no rank to state adds
// nothing.
func (r *reader) compare(ms []MovementResults, unit org.UnitID, change, rank bool, wording map[string]report.ChangeOptions) error {
	for i := range ms {
		for j := range ms[i].Years {
			y := &ms[i].Years[j]
			var clauses []string
			for _, o := range y.Outcomes {
				info, ok, err := report.LoadResult(r.ctx, r.src.report(), unit, report.ResultRequest{
					Movement: ms[i].Movement, Target: o.Target.ID, Year: y.Year, Rank: rank, Wording: wording[o.Target.ID]})
				if err != nil {
					return r.wrap("results", string(ms[i].Movement), err)
				}
				if !change {
					info.Change = nil
				}
				if !ok || (info.Change == nil && info.Standing == nil) {
					continue
				}
				y.Compared = append(y.Compared, info)
				clauses = append(clauses, report.ResultClause(info))
			}
			if len(clauses) > 0 {
				y.Phrase += "; " + strings.Join(clauses, "; ")
			}
		}
	}
	return nil
}

// Line writes the movement's results: "Phong trào thi đua “…”: năm 2022 đạt
// …; năm 2023 đạt …".
func (m MovementResults) Line() string {
	ps := make([]string, len(m.Years))
	for i, y := range m.Years {
		ps[i] = y.Phrase
	}
	return m.Title + ": " + strings.Join(ps, "; ")
}

// results reads the results of the participants f selects in the years of
// p, by movement (by ID) and year, each judged against the movement's
// targets. A movement that cannot be read fails the report: results are
// never dropped silently.
func (r *reader) results(f campaign.RegistrationFilter, p thidua.Period) ([]MovementResults, error) {
	if r.src.Campaign == nil {
		return nil, nil
	}
	rs, err := r.src.Campaign.Results(r.ctx, f)
	if err != nil {
		return nil, thidua.E(r.op, "results", "", "", err)
	}
	type key struct {
		m    campaign.MovementID
		year int
	}
	byKey := make(map[key][]campaign.Result)
	for _, x := range rs {
		if x.Year >= p.From.Year && x.Year <= p.To.Year {
			k := key{x.Movement, x.Year}
			byKey[k] = append(byKey[k], x)
		}
	}
	keys := slices.SortedFunc(func(yield func(key) bool) {
		for k := range byKey {
			if !yield(k) {
				return
			}
		}
	}, func(a, b key) int { return cmp.Or(cmp.Compare(a.m, b.m), cmp.Compare(a.year, b.year)) })
	var out []MovementResults
	for _, k := range keys {
		m, err := r.src.Campaign.Movement(r.ctx, k.m)
		if err != nil {
			return nil, r.wrap("movement", string(k.m), err)
		}
		var got []campaign.Outcome
		for _, o := range campaign.Assess(m.Targets, byKey[k]) {
			if o.Status != campaign.NoResult {
				got = append(got, o)
			}
		}
		if len(got) == 0 {
			continue
		}
		if len(out) == 0 || out[len(out)-1].Movement != m.ID {
			out = append(out, MovementResults{Movement: m.ID, Title: vntext.Clean(m.Title)})
		}
		last := &out[len(out)-1]
		last.Years = append(last.Years, YearResults{Year: k.year, Outcomes: got, Phrase: report.TargetResultsPhrase(k.year, got)})
	}
	return out, nil
}
