package report

import (
	"context"
	"errors"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
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
	for _, rq := range b.req.Results {
		info, ok, err := LoadResult(b.ctx, b.src, b.req.Unit, rq)
		if err != nil {
			return err
		}
		if ok {
			b.sum.Results = append(b.sum.Results, info)
		}
	}
	return nil
}

// LoadResult reads unit's result on the target and year rq names, its
// change from the year before (campaign.YearOnYear, nil when that year has
// no result) and, with rq.Rank, its rank among the units of its level
// (campaign.RankAmongPeers). It is the one reading of a result that
// summaries and achievement reports share. ok is false when the unit has
// no result on the target that year: there is then nothing to state.
// Errors: thidua.ErrInvalid without a campaign store; thidua.ErrNotFound
// for an unknown movement or target; errors of the stores.
func LoadResult(ctx context.Context, src Sources, unit org.UnitID, rq ResultRequest) (info ResultInfo, ok bool, err error) {
	const op = "report: result"
	if src.Campaign == nil {
		return ResultInfo{}, false, thidua.Invalid(op, "sources", "", "campaign", "results asked without a campaign store")
	}
	m, err := src.Campaign.Movement(ctx, rq.Movement)
	if err != nil {
		return ResultInfo{}, false, err
	}
	t, found := m.Target(rq.Target)
	if !found {
		return ResultInfo{}, false, thidua.NotFound(op, "target", rq.Target)
	}
	info = ResultInfo{Target: t, Year: rq.Year, Wording: rq.Wording}
	rs, err := src.Campaign.Results(ctx, campaign.RegistrationFilter{Movement: rq.Movement, Year: rq.Year, Participant: campaign.UnitParticipant(unit)})
	if err != nil {
		return ResultInfo{}, false, err
	}
	for _, r := range rs {
		if r.Target == rq.Target {
			info.Actual, ok = r.Actual, true
		}
	}
	if !ok {
		return ResultInfo{}, false, nil
	}
	c, err := campaign.YearOnYear(ctx, src.Campaign, src.Org, campaign.YearOnYearRequest{
		Movement: rq.Movement, Target: rq.Target, Unit: unit, Year: rq.Year, PreviousMovement: rq.PreviousMovement})
	switch {
	case err == nil:
		info.Change = &c
	case !errors.Is(err, thidua.ErrNotFound):
		return ResultInfo{}, false, err
	}
	if rq.Rank {
		st, err := campaign.RankAmongPeers(ctx, src.Campaign, src.Org, campaign.RankRequest{
			Movement: rq.Movement, Target: rq.Target, Unit: unit, Year: rq.Year, On: rq.RankOn})
		if err != nil {
			return ResultInfo{}, false, err
		}
		info.Standing = &st
	}
	return info, true, nil
}
