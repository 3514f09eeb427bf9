package campaign

import (
	"cmp"
	"maps"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// Points is a number of score points counted in hundredths of a point:
// Points(950) is 9,5 points and 2*[Point] is 2 points. Scoring tables
// (bảng chấm điểm thi đua) give maxima such as 10, 2,5 or 0,25 points, which
// hundredths hold exactly; integers keep the ranking of a cluster fast
// (no allocation per addition) and exact (never floats). Convert with
// [PointsFromDecimal] and [Points.Decimal].
type Points int64

// Point is one point.
const Point Points = 100

// PointsFromDecimal returns d as Points, or an error wrapping
// [thidua.ErrInvalid] if d has more than two decimal places or is too large.
func PointsFromDecimal(d decimal.Decimal) (Points, error) {
	const op = "campaign: points from decimal"
	if e := d.Exponent(); e < -2-MaxValueDigits || e > MaxValueDigits {
		// Refused before Shift and IsInteger rescale it.
		// Not d.String(): that writes every digit.
		return 0, thidua.Invalid(op, "points", "", "", "exponent %d out of range", e)
	}
	h := d.Shift(2)
	if !h.IsInteger() {
		return 0, thidua.Invalid(op, "points", d.String(), "", "more than two decimal places")
	}
	if h.Abs().GreaterThan(decimal.NewFromInt(1 << 53)) {
		return 0, thidua.Invalid(op, "points", d.String(), "", "too large")
	}
	return Points(h.IntPart()), nil
}

// Decimal returns p as a decimal number of points.
func (p Points) Decimal() decimal.Decimal { return decimal.New(int64(p), -2) }

// String writes p the Vietnamese way, with a decimal comma and no trailing
// zeros: "95", "9,5", "0,25", "-1,5".
func (p Points) String() string { return string(p.appendTo(nil)) }

func (p Points) appendTo(b []byte) []byte {
	v := int64(p)
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	b = strconv.AppendInt(b, v/100, 10)
	switch f := v % 100; {
	case f == 0:
	case f%10 == 0:
		b = append(b, ',', byte('0'+f/10))
	default:
		b = append(b, ',', byte('0'+f/10), byte('0'+f%10))
	}
	return b
}

// Criterion is a line of a scoring table. A leaf criterion has a maximum
// (Max > 0). A parent criterion groups children: its maximum is the sum of
// its children's when Max is 0, or its own cap when Max is set (the cap may
// not exceed that sum); its score is the sum of its children's scores,
// limited to the cap.
type Criterion struct {
	// ID numbers the criterion as the table does ("1", "2", "II.3"); it
	// is unique in the table and used in ranking explanations
	// ("điểm tiêu chí 1 cao hơn").
	ID       string      `json:"id"`
	Name     string      `json:"name"`
	Max      Points      `json:"max"`
	Children []Criterion `json:"children,omitempty"`
}

// ScoreTableID identifies a scoring table within a store.
type ScoreTableID string

// ScoreTable is a scoring table (bảng chấm điểm thi đua): criteria in table
// order, possibly nested.
type ScoreTable struct {
	ID       ScoreTableID `json:"id"`
	Name     string       `json:"name"`
	Criteria []Criterion  `json:"criteria"`
}

// Validate checks t: an ID, a name, at least one criterion, criterion IDs
// valid IDs ([thidua.CheckID]) and unique, names non-empty, every leaf
// with a positive maximum, every parent cap within the sum of its children,
// at most [MaxCriteria] criteria and a total of at most [MaxPoints]. Errors wrap
// [thidua.ErrInvalid].
func (t ScoreTable) Validate() error {
	_, err := NewScorer(t)
	return err
}

func (t ScoreTable) clone() ScoreTable {
	t.Criteria = cloneCriteria(t.Criteria)
	return t
}

// cleaned returns a copy of t with its name and criterion names cleaned.
func (t ScoreTable) cleaned() ScoreTable {
	t.Name = vntext.Clean(t.Name)
	t.Criteria = cleanCriteria(t.Criteria)
	return t
}

func cleanCriteria(cs []Criterion) []Criterion {
	if cs == nil {
		return nil
	}
	out := make([]Criterion, len(cs))
	for i, c := range cs {
		c.Name = vntext.Clean(c.Name)
		c.Children = cleanCriteria(c.Children)
		out[i] = c
	}
	return out
}

func cloneCriteria(cs []Criterion) []Criterion {
	if cs == nil {
		return nil
	}
	out := make([]Criterion, len(cs))
	for i, c := range cs {
		c.Children = cloneCriteria(c.Children)
		out[i] = c
	}
	return out
}

// Scorecard holds a unit's scores on a table: points per leaf criterion ID.
// A leaf without an entry scores 0.
type Scorecard struct {
	Table  ScoreTableID      `json:"table"`
	Unit   org.UnitID        `json:"unit"`
	Points map[string]Points `json:"points"`
}

func (c Scorecard) clone() Scorecard {
	if c.Points != nil {
		m := make(map[string]Points, len(c.Points))
		for k, v := range c.Points {
			m[k] = v
		}
		c.Points = m
	}
	return c
}

// Sheet is a scorecard laid out for ranking: Points[i] is the score on the
// i-th leaf criterion of the table ([Scorer.Leaves] order). Label names the
// unit in ranking explanations; empty means the unit ID.
type Sheet struct {
	Unit   org.UnitID
	Label  string
	Points []Points
}

// node is one criterion of a compiled table, in post-order.
type node struct {
	max    Points // effective maximum
	cap    Points // parent cap; 0 = none
	leaf   int    // leaf index, or -1 for a parent
	parent int    // node index of the parent, or -1 for a top-level criterion
}

// Scorer is a validated scoring table compiled for fast scoring and
// ranking. It is immutable and safe for concurrent use.
type Scorer struct {
	table    ScoreTable
	nodes    []node   // post-order: children before their parent
	leafIDs  []string // leaf criterion IDs in table order
	leafMax  []Points
	leafIdx  map[string]int
	parents  map[string]bool
	top      []int    // node index of each top-level criterion
	topIDs   []string // their IDs
	maxTotal Points
}

// NewScorer validates t (see [ScoreTable.Validate]) and compiles it.
func NewScorer(t ScoreTable) (*Scorer, error) {
	const op = "campaign: validate score table"
	id := string(t.ID)
	if err := checkID(op, "score table", id, "id", id); err != nil {
		return nil, err
	}
	if err := checkText(op, "score table", id, "name", t.Name, thidua.MaxTitleLen); err != nil {
		return nil, err
	}
	switch {
	case blank(t.Name):
		return nil, thidua.Invalid(op, "score table", id, "name", "empty name")
	case len(t.Criteria) == 0:
		return nil, thidua.Invalid(op, "score table", id, "criteria", "no criteria")
	}
	s := &Scorer{table: t.clone(), leafIdx: map[string]int{}, parents: map[string]bool{}}
	seen := map[string]bool{}
	var walk func(c Criterion, parent int) (int, error)
	walk = func(c Criterion, parent int) (int, error) {
		if err := checkID(op, "score table", id, "criteria", c.ID); err != nil {
			return 0, err
		}
		if err := checkText(op, "score table", id, "criteria", c.Name, thidua.MaxTitleLen); err != nil {
			return 0, err
		}
		switch {
		case len(seen) >= MaxCriteria:
			return 0, thidua.Invalid(op, "score table", id, "criteria", "more than %d criteria", MaxCriteria)
		case seen[c.ID]:
			return 0, thidua.Invalid(op, "score table", id, "criteria", "criterion %q listed twice", c.ID)
		case blank(c.Name):
			return 0, thidua.Invalid(op, "score table", id, "criteria", "criterion %q has no name", c.ID)
		case c.Max < 0:
			return 0, thidua.Invalid(op, "score table", id, "criteria", "criterion %q has a negative maximum", c.ID)
		case len(c.Children) == 0 && c.Max == 0:
			return 0, thidua.Invalid(op, "score table", id, "criteria", "criterion %q has no maximum", c.ID)
		case c.Max > MaxPoints:
			return 0, thidua.Invalid(op, "score table", id, "criteria",
				"criterion %q has a maximum above %s points", c.ID, MaxPoints)
		}
		seen[c.ID] = true
		if len(c.Children) == 0 {
			s.nodes = append(s.nodes, node{max: c.Max, leaf: len(s.leafIDs), parent: parent})
			s.leafIdx[c.ID] = len(s.leafIDs)
			s.leafIDs = append(s.leafIDs, c.ID)
			s.leafMax = append(s.leafMax, c.Max)
			return len(s.nodes) - 1, nil
		}
		// Children are appended before the parent (post-order), so the
		// parent's index is only known afterwards: patch it in.
		var kids []int
		var sum Points
		for _, ch := range c.Children {
			k, err := walk(ch, -2)
			if err != nil {
				return 0, err
			}
			kids = append(kids, k)
			// Each maximum is at most MaxPoints, so the sum cannot wrap
			// before it is found too large.
			if sum += s.nodes[k].max; sum > MaxPoints {
				return 0, thidua.Invalid(op, "score table", id, "criteria",
					"criterion %q totals more than %s points", c.ID, MaxPoints)
			}
		}
		if c.Max > sum {
			return 0, thidua.Invalid(op, "score table", id, "criteria",
				"criterion %q caps at %s points, above the %s of its children", c.ID, c.Max, sum)
		}
		n := node{max: sum, leaf: -1, parent: parent}
		if c.Max > 0 {
			n.max, n.cap = c.Max, c.Max
		}
		s.nodes = append(s.nodes, n)
		me := len(s.nodes) - 1
		for _, k := range kids {
			s.nodes[k].parent = me
		}
		s.parents[c.ID] = true
		return me, nil
	}
	for _, c := range t.Criteria {
		k, err := walk(c, -1)
		if err != nil {
			return nil, err
		}
		s.top = append(s.top, k)
		s.topIDs = append(s.topIDs, c.ID)
		if s.maxTotal += s.nodes[k].max; s.maxTotal > MaxPoints {
			return nil, thidua.Invalid(op, "score table", id, "criteria", "the table totals more than %s points", MaxPoints)
		}
	}
	return s, nil
}

// Table returns a copy of the table s was compiled from.
func (s *Scorer) Table() ScoreTable { return s.table.clone() }

// Max returns the maximum total of the table.
func (s *Scorer) Max() Points { return s.maxTotal }

// Leaves returns the leaf criterion IDs in table order: the layout of
// [Sheet.Points].
func (s *Scorer) Leaves() []string { return slices.Clone(s.leafIDs) }

// Check validates a scorecard against the table: it names the table, every
// score is for a leaf criterion of the table, and no score is negative or
// above its criterion's maximum. Errors wrap [thidua.ErrInvalid].
func (s *Scorer) Check(c Scorecard) error {
	_, err := s.Sheet(c)
	return err
}

// Sheet checks c (see [Scorer.Check]) and lays it out for ranking.
func (s *Scorer) Sheet(c Scorecard) (Sheet, error) {
	const op = "campaign: check scores"
	id := string(c.Unit)
	switch {
	case c.Table != s.table.ID:
		return Sheet{}, thidua.Invalid(op, "scorecard", id, "table", "table is %q, not %q", c.Table, s.table.ID)
	}
	if err := checkID(op, "scorecard", id, "unit", id); err != nil {
		return Sheet{}, err
	}
	sh := Sheet{Unit: c.Unit, Points: make([]Points, len(s.leafIDs))}
	found := 0
	for i, cid := range s.leafIDs {
		p, ok := c.Points[cid]
		if !ok {
			continue
		}
		if err := s.checkPoint(op, id, i, p); err != nil {
			return Sheet{}, err
		}
		sh.Points[i] = p
		found++
	}
	if found == len(c.Points) {
		return sh, nil
	}
	// Some scores are for no leaf: find the first, in a stable order.
	keys := slices.Sorted(maps.Keys(c.Points))
	for _, cid := range keys {
		if _, ok := s.leafIdx[cid]; ok {
			continue
		}
		if s.parents[cid] {
			return Sheet{}, thidua.Invalid(op, "scorecard", id, "points",
				"criterion %q is scored through its children", cid)
		}
		return Sheet{}, thidua.Invalid(op, "scorecard", id, "points", "unknown criterion %q", cid)
	}
	return sh, nil
}

func (s *Scorer) checkPoint(op, id string, i int, p Points) error {
	switch {
	case p < 0:
		return thidua.Invalid(op, "scorecard", id, "points", "negative score %s on criterion %q", p, s.leafIDs[i])
	case p > s.leafMax[i]:
		return thidua.Invalid(op, "scorecard", id, "points",
			"score %s on criterion %q above its maximum %s", p, s.leafIDs[i], s.leafMax[i])
	}
	return nil
}

// Total returns the total score of a scorecard, with parent caps applied.
func (s *Scorer) Total(c Scorecard) (Points, error) {
	sh, err := s.Sheet(c)
	if err != nil {
		return 0, err
	}
	vals := make([]Points, len(s.nodes))
	tops := make([]Points, len(s.top))
	return s.subtotals(sh.Points, vals, tops), nil
}

// subtotals fills tops with the score of each top-level criterion and
// returns the total. vals is scratch space of len(s.nodes).
func (s *Scorer) subtotals(pts, vals, tops []Points) Points {
	clear(vals)
	for i, n := range s.nodes {
		v := vals[i]
		if n.leaf >= 0 {
			v = pts[n.leaf]
		} else if n.cap > 0 && v > n.cap {
			v = n.cap
		}
		vals[i] = v
		if n.parent >= 0 {
			vals[n.parent] += v
		}
	}
	var total Points
	for k, i := range s.top {
		tops[k] = vals[i]
		total += vals[i]
	}
	return total
}

// Rank is a unit's place in a ranking.
type Rank struct {
	Unit  org.UnitID `json:"unit"`
	Place int        `json:"place"` // 1 is first
	Total Points     `json:"total"`
	// Explanation says in Vietnamese how the place was decided, e.g.
	// "Tổng điểm 95,5. Bằng điểm với Chi cục THADS huyện Cao Lãnh; xếp
	// trên do điểm tiêu chí 1 cao hơn (20 so với 18)."
	Explanation string `json:"explanation,omitempty"`
}

// Rank ranks the sheets, best first, and gives every unit its own place.
// Ties are broken deterministically: a higher total first; on equal totals,
// the higher score on the first top-level criterion, in table order, where
// the two differ (parent caps applied); on equal scores everywhere, the
// smaller unit ID. Every rank carries an explanation in Vietnamese: the
// total and, for a unit whose total equals that of the unit placed just
// above or just below it, whom it ties with and why it is placed above or
// below, e.g. "Tổng điểm 90. Bằng điểm với Cục THADS An Giang; xếp trên do
// điểm tiêu chí 1 cao hơn (38 so với 36)."
//
// Errors wrap [thidua.ErrInvalid]: a sheet of the wrong length, a score out
// of range, an empty or repeated unit.
func (s *Scorer) Rank(sheets []Sheet) ([]Rank, error) {
	const op = "campaign: rank"
	n, k := len(sheets), len(s.top)
	vals := make([]Points, len(s.nodes))
	tops := make([]Points, n*k)
	totals := make([]Points, n)
	order := make([]int, n)
	seen := make(map[org.UnitID]struct{}, n)
	for i, sh := range sheets {
		id := string(sh.Unit)
		if sh.Unit == "" {
			return nil, thidua.Invalid(op, "scorecard", id, "unit", "empty unit")
		}
		if _, dup := seen[sh.Unit]; dup {
			return nil, thidua.Invalid(op, "scorecard", id, "unit", "unit ranked twice")
		}
		seen[sh.Unit] = struct{}{}
		if len(sh.Points) != len(s.leafIDs) {
			return nil, thidua.Invalid(op, "scorecard", id, "points",
				"%d scores for %d criteria", len(sh.Points), len(s.leafIDs))
		}
		for j, p := range sh.Points {
			if p < 0 || p > s.leafMax[j] {
				return nil, s.checkPoint(op, id, j, p)
			}
		}
		totals[i] = s.subtotals(sh.Points, vals, tops[i*k:(i+1)*k])
		order[i] = i
	}
	// decide returns the first top-level criterion where a and b differ,
	// or -1.
	decide := func(a, b int) int {
		ta, tb := tops[a*k:(a+1)*k], tops[b*k:(b+1)*k]
		for c := range ta {
			if ta[c] != tb[c] {
				return c
			}
		}
		return -1
	}
	slices.SortFunc(order, func(a, b int) int {
		if totals[a] != totals[b] {
			return cmp.Compare(totals[b], totals[a])
		}
		if c := decide(a, b); c >= 0 {
			return cmp.Compare(tops[b*k+c], tops[a*k+c])
		}
		return cmp.Compare(sheets[a].Unit, sheets[b].Unit)
	})
	label := func(i int) string {
		if sheets[i].Label != "" {
			return sheets[i].Label
		}
		return string(sheets[i].Unit)
	}
	explain := func(b []byte, me, other int, above bool) []byte {
		where := "dưới"
		if above {
			where = "trên"
		}
		b = append(b, " Bằng điểm với "...)
		b = append(b, label(other)...)
		c := decide(me, other)
		if c < 0 {
			b = append(b, " ở mọi tiêu chí; xếp "...)
			b = append(b, where...)
			return append(b, " theo thứ tự mã đơn vị."...)
		}
		b = append(b, "; xếp "...)
		b = append(b, where...)
		b = append(b, " do điểm tiêu chí "...)
		b = append(b, s.topIDs[c]...)
		if above {
			b = append(b, " cao hơn ("...)
		} else {
			b = append(b, " thấp hơn ("...)
		}
		b = tops[me*k+c].appendTo(b)
		b = append(b, " so với "...)
		b = tops[other*k+c].appendTo(b)
		return append(b, ")."...)
	}
	out := make([]Rank, n)
	var buf []byte
	for p, i := range order {
		buf = append(buf[:0], "Tổng điểm "...)
		buf = totals[i].appendTo(buf)
		buf = append(buf, '.')
		if p > 0 && totals[order[p-1]] == totals[i] {
			buf = explain(buf, i, order[p-1], false)
		}
		if p+1 < n && totals[order[p+1]] == totals[i] {
			buf = explain(buf, i, order[p+1], true)
		}
		out[p] = Rank{Unit: sheets[i].Unit, Place: p + 1, Total: totals[i], Explanation: string(buf)}
	}
	return out, nil
}

// RankCards checks each scorecard (see [Scorer.Check]) and ranks them as
// [Scorer.Rank] does. labels, if not nil, names units in explanations.
func (s *Scorer) RankCards(cards []Scorecard, labels map[org.UnitID]string) ([]Rank, error) {
	sheets := make([]Sheet, len(cards))
	for i, c := range cards {
		sh, err := s.Sheet(c)
		if err != nil {
			return nil, err
		}
		sh.Label = labels[c.Unit]
		sheets[i] = sh
	}
	return s.Rank(sheets)
}

// validateRanking checks a ranking given by hand or computed: units
// valid IDs and distinct, members of the cluster, places positive, not
// decreasing and at most the number of members, totals within
// [MaxPoints], explanations valid text.
func validateRanking(op, id string, members []org.UnitID, ranking []Rank) error {
	seen := make(map[org.UnitID]bool, len(ranking))
	last := 0
	for _, r := range ranking {
		if err := checkID(op, "cluster", id, "ranking", string(r.Unit)); err != nil {
			return err
		}
		if err := checkText(op, "cluster", id, "ranking", r.Explanation, thidua.MaxNoteLen); err != nil {
			return err
		}
		switch {
		case seen[r.Unit]:
			return thidua.Invalid(op, "cluster", id, "ranking", "unit %q ranked twice", r.Unit)
		case !slices.Contains(members, r.Unit):
			return thidua.Invalid(op, "cluster", id, "ranking", "unit %q is not a member", r.Unit)
		case r.Place < 1 || r.Place < last || r.Place > len(members):
			return thidua.Invalid(op, "cluster", id, "ranking", "unit %q has place %d out of order", r.Unit, r.Place)
		case r.Total < 0 || r.Total > MaxPoints:
			return thidua.Invalid(op, "cluster", id, "ranking", "unit %q has total %s out of range", r.Unit, r.Total)
		}
		seen[r.Unit] = true
		last = r.Place
	}
	return nil
}
