package document

import (
	"cmp"
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/vntext"
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
	Phrase   string             `json:"phrase"`
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
