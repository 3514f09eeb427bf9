package report

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
)

// ResultRequest asks a summary for the unit's result on a target of a
// movement in a year, compared with the year before and, with Rank, ranked
// among the units of its level.
type ResultRequest struct {
	Movement campaign.MovementID
	Target   string
	Year     int
	// PreviousMovement holds the results of the year before when they
	// belong to another movement; empty means Movement.
	PreviousMovement campaign.MovementID
	// Rank ranks the result among the units of the unit's level in force
	// on RankOn (zero: 31 December of Year).
	Rank   bool
	RankOn thidua.Date
	// Wording is how the figure and its change are written: the classifier
	// ("việc"), decimals, points or per cent for a rate.
	Wording ChangeOptions
}

// ResultInfo is the unit's result on a target in a summary.
type ResultInfo struct {
	Target campaign.Target  `json:"target"`
	Year   int              `json:"year"`
	Actual decimal.Decimal  `json:"actual"`
	Change *campaign.Change `json:"change,omitempty"` // nil when the year before has no result
	// Standing is the rank among peers, when asked.
	Standing *campaign.Standing `json:"standing,omitempty"`
	Wording  ChangeOptions      `json:"-"`
}

// loadResults reads the results the request asks for.
func (b *builder) loadResults() error {
	const op = "report: summary results"
	if len(b.req.Results) == 0 {
		return nil
	}
	if b.src.Campaign == nil {
		return thidua.Invalid(op, "sources", "", "campaign", "results asked without a campaign store")
	}
	for _, rq := range b.req.Results {
		m, err := b.src.Campaign.Movement(b.ctx, rq.Movement)
		if err != nil {
			return err
		}
		t, ok := m.Target(rq.Target)
		if !ok {
			return thidua.NotFound(op, "target", rq.Target)
		}
		info := ResultInfo{Target: t, Year: rq.Year, Wording: rq.Wording}
		rs, err := b.src.Campaign.Results(b.ctx, campaign.RegistrationFilter{Movement: rq.Movement, Year: rq.Year, Participant: campaign.UnitParticipant(b.req.Unit)})
		if err != nil {
			return err
		}
		found := false
		for _, r := range rs {
			if r.Target == rq.Target {
				info.Actual, found = r.Actual, true
			}
		}
		if !found {
			continue // nothing to state for this target
		}
		c, err := campaign.YearOnYear(b.ctx, b.src.Campaign, b.src.Org, campaign.YearOnYearRequest{
			Movement: rq.Movement, Target: rq.Target, Unit: b.req.Unit, Year: rq.Year, PreviousMovement: rq.PreviousMovement})
		switch {
		case err == nil:
			info.Change = &c
		case !errors.Is(err, thidua.ErrNotFound):
			return err
		}
		if rq.Rank {
			s, err := campaign.RankAmongPeers(b.ctx, b.src.Campaign, b.src.Org, campaign.RankRequest{
				Movement: rq.Movement, Target: rq.Target, Unit: b.req.Unit, Year: rq.Year, On: rq.RankOn})
			if err != nil {
				return err
			}
			info.Standing = &s
		}
		b.sum.Results = append(b.sum.Results, info)
	}
	return nil
}
