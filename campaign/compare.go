package campaign

import (
	"context"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// Change compares a result with the result of the same target a year
// earlier (so sánh với cùng kỳ), as yearly reports state it: "tăng 2.150
// việc (tăng 9,75%) so với cùng kỳ năm 2024".
type Change struct {
	Measure  Measure         `json:"measure"`
	Year     int             `json:"year"`
	Current  decimal.Decimal `json:"current"`
	Previous decimal.Decimal `json:"previous"`
	// Delta is Current − Previous in the target's measure: a number of
	// cases, đồng, or percentage points for a [Percent].
	Delta decimal.Decimal `json:"delta"`
	// Relative is Delta as a percentage of Previous (9.75 for "tăng
	// 9,75%"), to RelativePlaces decimals; meaningless, and HasRelative
	// false, when Previous is zero.
	Relative    decimal.Decimal `json:"relative"`
	HasRelative bool            `json:"has_relative"`
	// BaseUnits are the units whose results for the earlier year make
	// Previous: the unit itself, or after a merger its predecessors.
	BaseUnits []org.UnitID `json:"base_units,omitempty"`
}

// RelativePlaces is how many decimals of a percentage [Compare] keeps in
// Change.Relative; formatting rounds further.
const RelativePlaces = 8

// Compare compares current with previous in measure m. It is a pure
// function: Delta is the difference (percentage points for a rate), and
// Relative the difference as a percentage of previous when previous is not
// zero.
func Compare(m Measure, current, previous decimal.Decimal) Change {
	c := Change{Measure: m, Current: current, Previous: previous, Delta: current.Sub(previous)}
	if !previous.IsZero() {
		c.Relative = c.Delta.Mul(hundred).DivRound(previous.Abs(), RelativePlaces)
		c.HasRelative = true
	}
	return c
}

// ResultReader reads movements and their results; a [Store] is one.
type ResultReader interface {
	Movement(ctx context.Context, id MovementID) (Movement, error)
	Results(ctx context.Context, f RegistrationFilter) ([]Result, error)
}

// YearOnYearRequest asks for a unit's result on a target compared with
// the year before.
type YearOnYearRequest struct {
	Movement MovementID
	Target   string
	Unit     org.UnitID
	Year     int
	// PreviousMovement holds the results of Year-1 when they belong to
	// another movement with a target of the same ID (a movement launched
	// yearly); empty means Movement.
	PreviousMovement MovementID
}

// YearOnYear compares the unit's result on the target in req.Year with the
// base of req.Year-1: the unit's own result for that year when it has one;
// otherwise, after a restructuring, the sum of the results for that year of
// the units whose history it carries on ([org.Store.Predecessors]) and
// that existed that year — the merged units' results together. ErrNotFound
// when the movement or the target is unknown, or when there is no result
// for req.Year or no base.
func YearOnYear(ctx context.Context, rd ResultReader, lineage org.LineageReader, req YearOnYearRequest) (Change, error) {
	const op = "campaign: year on year"
	m, err := rd.Movement(ctx, req.Movement)
	if err != nil {
		return Change{}, err
	}
	t, ok := m.Target(req.Target)
	if !ok {
		return Change{}, thidua.NotFound(op, "target", req.Target)
	}
	cur, ok, err := unitResult(ctx, rd, req.Movement, req.Target, req.Year, req.Unit)
	if err != nil {
		return Change{}, err
	}
	if !ok {
		return Change{}, thidua.NotFound(op, "result", string(req.Unit))
	}
	prevMovement := req.PreviousMovement
	if prevMovement == "" {
		prevMovement = req.Movement
	}
	prev, base, err := baseResult(ctx, rd, lineage, prevMovement, req.Target, req.Unit, req.Year-1)
	if err != nil {
		return Change{}, err
	}
	if len(base) == 0 {
		return Change{}, thidua.NotFound(op, "result", string(req.Unit))
	}
	c := Compare(t.Measure, cur, prev)
	c.Year, c.BaseUnits = req.Year, base
	return c, nil
}

// unitResult reads the unit's result on the target in a year.
func unitResult(ctx context.Context, rd ResultReader, mv MovementID, target string, year int, u org.UnitID) (decimal.Decimal, bool, error) {
	rs, err := rd.Results(ctx, RegistrationFilter{Movement: mv, Year: year, Participant: UnitParticipant(u)})
	if err != nil {
		return decimal.Decimal{}, false, err
	}
	for _, r := range rs {
		if r.Target == target {
			return r.Actual, true, nil
		}
	}
	return decimal.Decimal{}, false, nil
}

// baseResult is the comparison base of unit in year (see YearOnYear) and
// the units it sums.
func baseResult(ctx context.Context, rd ResultReader, lineage org.LineageReader, mv MovementID, target string, unit org.UnitID, year int) (decimal.Decimal, []org.UnitID, error) {
	if v, ok, err := unitResult(ctx, rd, mv, target, year, unit); err != nil || ok {
		if ok {
			return v, []org.UnitID{unit}, nil
		}
		return v, nil, err
	}
	if lineage == nil {
		return decimal.Decimal{}, nil, nil
	}
	preds, err := lineage.Predecessors(ctx, unit)
	if err != nil {
		return decimal.Decimal{}, nil, err
	}
	var ids []org.UnitID
	for _, p := range preds {
		if p.Exists.Overlaps(thidua.Year(year)) {
			ids = append(ids, p.ID)
		}
	}
	if len(ids) == 0 {
		return decimal.Decimal{}, nil, nil
	}
	rs, err := rd.Results(ctx, RegistrationFilter{Movement: mv, Year: year, Units: ids})
	if err != nil {
		return decimal.Decimal{}, nil, err
	}
	sum := decimal.Zero
	var used []org.UnitID
	for _, r := range rs {
		if r.Target == target {
			sum = sum.Add(r.Actual)
			used = append(used, r.Participant.Unit)
		}
	}
	slices.Sort(used)
	return sum, slices.Compact(used), nil
}

// Standing is a participant's rank among its peers on a target: "xếp thứ
// 4/34".
type Standing struct {
	// Position is 1 for the best result; peers with equal results share a
	// position (1, 2, 2, 4). Zero when the participant has no result.
	Position int `json:"position"`
	// Of is the number of peers, the participant included.
	Of int `json:"of"`
	// Ranked is how many peers have a result.
	Ranked int `json:"ranked"`
	// Tied reports whether another peer has the same result.
	Tied bool `json:"tied"`
}

// RankResults ranks the unit among peers by their values (higher is better,
// unless lowerIsBetter). Peers without a value are counted in Of but not
// ranked. It is a pure function; ErrInvalid if unit is not among peers.
func RankResults(values map[org.UnitID]decimal.Decimal, unit org.UnitID, peers []org.UnitID, lowerIsBetter bool) (Standing, error) {
	if !slices.Contains(peers, unit) {
		return Standing{}, thidua.Invalid("campaign: rank", "unit", string(unit), "peers", "the unit is not among its peers")
	}
	s := Standing{Of: len(peers)}
	mine, has := values[unit]
	better := 0
	for _, p := range peers {
		v, ok := values[p]
		if !ok {
			continue
		}
		s.Ranked++
		if !has || p == unit {
			continue
		}
		c := v.Cmp(mine)
		if lowerIsBetter {
			c = -c
		}
		switch {
		case c > 0:
			better++
		case c == 0:
			s.Tied = true
		}
	}
	if has {
		s.Position = better + 1
	}
	return s, nil
}

// UnitLister lists units; an [org.Store] is one.
type UnitLister interface {
	Unit(ctx context.Context, id org.UnitID) (org.Unit, error)
	Units(ctx context.Context, f org.UnitFilter) ([]org.Unit, error)
}

// RankRequest asks for a unit's rank on a target among the units of its
// level.
type RankRequest struct {
	Movement MovementID
	Target   string
	Unit     org.UnitID
	Year     int
	// On is the date on which the peers are counted: the units of the
	// unit's level in force that day (63 provinces before 01/07/2025, 34
	// from then on). Zero means 31 December of Year.
	On thidua.Date
}

// RankAmongPeers ranks the unit's result on a target in a year among the
// results of the units of its level in force on req.On ([RankResults]; the
// target's LowerIsBetter says which way is better). ErrNotFound when the
// movement, target or unit is unknown; ErrInvalid when the unit is not in
// force on req.On.
func RankAmongPeers(ctx context.Context, rd ResultReader, units UnitLister, req RankRequest) (Standing, error) {
	m, err := rd.Movement(ctx, req.Movement)
	if err != nil {
		return Standing{}, err
	}
	t, ok := m.Target(req.Target)
	if !ok {
		return Standing{}, thidua.NotFound("campaign: rank", "target", req.Target)
	}
	u, err := units.Unit(ctx, req.Unit)
	if err != nil {
		return Standing{}, err
	}
	on := req.On
	if on.IsZero() {
		on = thidua.Year(req.Year).To
	}
	peers, err := units.Units(ctx, org.UnitFilter{Level: u.Level, On: on})
	if err != nil {
		return Standing{}, err
	}
	ids := make([]org.UnitID, len(peers))
	for i, p := range peers {
		ids[i] = p.ID
	}
	rs, err := rd.Results(ctx, RegistrationFilter{Movement: req.Movement, Year: req.Year, Units: ids})
	if err != nil {
		return Standing{}, err
	}
	values := make(map[org.UnitID]decimal.Decimal, len(rs))
	for _, r := range rs {
		if r.Target == req.Target {
			values[r.Participant.Unit] = r.Actual
		}
	}
	return RankResults(values, req.Unit, ids, t.LowerIsBetter)
}
