package document

import (
	"context"
	"io"
	"slices"
	"strconv"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/scope"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// StatisticsTitle is the default title of a statistics table.
const StatisticsTitle = "THỐNG KÊ KẾT QUẢ KHEN THƯỞNG"

// StatisticsRequest asks for the table of grants of a unit and the units
// under it, by award kind and year.
type StatisticsRequest struct {
	// Unit is the unit counted with every unit that was ever under it
	// (required). Grants to its people count too: those who held a post
	// in one of these units during Period.
	Unit org.UnitID
	// Period selects the grants of decisions dated in it; its years are the
	// columns. Required and closed.
	Period thidua.Period
	// Codes are the rows, in this order, counted even when nothing was
	// granted. Nil means every kind granted, highest level first.
	Codes []award.Code
	// Heading is the document's heading. An empty agency is filled with
	// the unit, and then an empty parent agency with the unit's parent; an
	// empty title with StatisticsTitle, an empty subtitle with the period
	// ("Giai đoạn 2015 - 2020").
	Heading Heading
	Signer  Signer
	// Recipients are the lines of "Nơi nhận:" of the office formats
	// ("Như trên;", "Lưu: VT, TĐKT."); none leaves the list out.
	Recipients []string
}

// Counts is a number of grants to collectives and to individuals.
type Counts struct {
	Collectives int `json:"collectives"`
	Individuals int `json:"individuals"`
}

// Total returns the sum of both counts.
func (c Counts) Total() int { return c.Collectives + c.Individuals }

// StatRow is one award kind of a statistics table: the grants of each year
// and their total. Collective and Individual say which lines the kind has
// (by the recipients the catalogue allows).
type StatRow struct {
	Code       award.Code `json:"code"`
	Award      string     `json:"award"`
	Collective bool       `json:"collective"`
	Individual bool       `json:"individual"`
	Years      []Counts   `json:"years"` // in the order of Statistics.Years
	Total      Counts     `json:"total"`
}

// Statistics is the table of grants by kind (rows) and year (columns) of a
// unit and the units under it, with a total column and a total row.
// Revoked grants are not counted; each grant counts once, under the year of
// its decision.
type Statistics struct {
	Heading Heading       `json:"heading"`
	Unit    string        `json:"unit"` // the unit's name
	Period  thidua.Period `json:"period"`
	Years   []int         `json:"years"`
	Rows    []StatRow     `json:"rows"`
	// Totals sums the rows; its Code is empty and its Award "Tổng cộng".
	Totals StatRow `json:"totals"`
	Signer Signer  `json:"signer,omitzero"`
	// Recipients are the lines of "Nơi nhận:" of the office formats
	// ("Như trên;", "Lưu: VT, TĐKT."); none leaves the list out.
	Recipients []string `json:"recipients,omitempty"`
}

// TemplateName implements [Document]: "statistics".
func (s *Statistics) TemplateName() string { return StatisticsTemplate }

// StatisticsTable builds the statistics table the request asks for.
// ErrInvalid for missing sources, an empty unit or period, an open or
// invalid period or heading, or a kind the catalogue does not know;
// ErrNotFound if the unit is unknown. Store errors are returned wrapped in a
// *thidua.Error with op "document: statistics table".
func StatisticsTable(ctx context.Context, src Sources, req StatisticsRequest) (*Statistics, error) {
	const op = "document: statistics table"
	r, err := newReader(ctx, op, src)
	if err != nil {
		return nil, err
	}
	id := string(req.Unit)
	if req.Unit == "" {
		return nil, thidua.Invalid(op, "statistics request", "", "unit", "no unit")
	}
	if err := checkPeriod(op, "statistics request", id, req.Period); err != nil {
		return nil, err
	}
	if err := req.Heading.Validate(); err != nil {
		return nil, thidua.E(op, "statistics request", id, "heading", err)
	}
	u, err := r.unit(req.Unit)
	if err != nil {
		return nil, err
	}
	h, err := r.heading(req.Heading, "", u)
	if err != nil {
		return nil, err
	}
	if req.Heading.Title == "" {
		h.Title = StatisticsTitle
	}
	if h.Subtitle == "" {
		h.Subtitle = report.Capitalize(report.PeriodPhrase(req.Period))
	}
	st := &Statistics{Heading: h, Unit: u.Name, Period: req.Period, Years: req.Period.Years(), Signer: cleanSigner(req.Signer), Recipients: cleanLines(req.Recipients)}

	counted, err := r.countedGrants(u, req.Period, req.Codes)
	if err != nil {
		return nil, err
	}

	first := st.Years[0]
	rows := make(map[award.Code]*StatRow)
	kinds := make(map[award.Code]award.Kind)
	var codes []award.Code
	addRow := func(code award.Code) (*StatRow, error) {
		if row, ok := rows[code]; ok {
			return row, nil
		}
		k, err := r.kind(code)
		if err != nil {
			return nil, err
		}
		row := &StatRow{
			Code: code, Award: k.Name, Years: make([]Counts, len(st.Years)),
			Collective: k.Recipients.Has(award.Collective), Individual: k.Recipients.Has(award.Individual),
		}
		rows[code], kinds[code] = row, k
		codes = append(codes, code)
		return row, nil
	}
	for _, c := range req.Codes {
		if _, err := addRow(c); err != nil {
			return nil, err
		}
	}
	st.Totals = StatRow{Award: "Tổng cộng", Collective: true, Individual: true, Years: make([]Counts, len(st.Years))}
	for _, cg := range counted {
		g, d := cg.Grant, cg.Decision
		i := d.Date.Year - first
		if i < 0 || i >= len(st.Years) {
			continue
		}
		row, err := addRow(g.Kind)
		if err != nil {
			return nil, err
		}
		for _, c := range []*Counts{&row.Years[i], &row.Total, &st.Totals.Years[i], &st.Totals.Total} {
			if g.Recipient.Unit != "" {
				c.Collectives++
			} else {
				c.Individuals++
			}
		}
		// A grant the catalogue's recipients do not foresee still shows.
		row.Collective = row.Collective || g.Recipient.Unit != ""
		row.Individual = row.Individual || g.Recipient.Person != ""
	}
	if req.Codes == nil {
		slices.SortFunc(codes, func(a, b award.Code) int { return r.compareKinds(kinds[a], kinds[b]) })
	}
	for _, c := range codes {
		st.Rows = append(st.Rows, *rows[c])
	}
	return st, nil
}

// CountedGrant is a grant counted for a unit, with its decision and, for an
// individual award, the person.
// Decision and Person are shared between the grants of one decision and
// of one person: read them, do not change them.
type CountedGrant struct {
	Grant    award.Grant
	Decision *award.Decision // its heading: Grants is nil
	Person   *org.Person     // nil for a collective award
}

// CountedGrants returns the grants a statistics of unit counts among the
// decisions dated in period — the rule of [StatisticsTable], the one every
// table and form of grants uses: grants to the unit, to every unit that
// was ever under it and to the units it succeeded (a rename, a merger) and
// their subtrees, and to people for the awards they earned or received
// while posted there; revoked grants are left out. codes restricts the
// kinds (nil: all). ErrInvalid for missing sources, an empty unit or a bad
// period; ErrNotFound for an unknown unit.
func CountedGrants(ctx context.Context, src Sources, unit org.UnitID, period thidua.Period, codes []award.Code) ([]CountedGrant, error) {
	const op = "document: counted grants"
	r, err := newReader(ctx, op, src)
	if err != nil {
		return nil, err
	}
	if unit == "" {
		return nil, thidua.Invalid(op, "unit", "", "", "no unit")
	}
	if err := checkPeriod(op, "unit", string(unit), period); err != nil {
		return nil, err
	}
	u, err := r.unit(unit)
	if err != nil {
		return nil, err
	}
	return r.countedGrants(u, period, codes)
}

func (r *reader) countedGrants(u org.Unit, period thidua.Period, codes []award.Code) ([]CountedGrant, error) {
	ctx, src, id := r.ctx, r.src, string(u.ID)
	// The unit carries on the history of the units it succeeded (a
	// rename, a merger): their subtrees and people count too.
	preds, err := src.Org.Predecessors(ctx, u.ID)
	if err != nil {
		return nil, r.wrap("unit", id, err)
	}
	var units []org.Unit
	byID := make(map[org.PersonID]*org.Person)
	f := award.GrantFilter{DecidedIn: period, Codes: codes}
	for _, root := range append([]org.Unit{u}, preds...) {
		sub, err := src.Org.Subtree(ctx, root.ID, thidua.Date{})
		if err != nil {
			return nil, r.wrap("unit", id, err)
		}
		units = append(units, sub...)
		people, err := src.Org.People(ctx, org.PeopleFilter{Unit: root.ID, Subtree: true}) // all ever posted: scope.Credits decides
		if err != nil {
			return nil, r.wrap("unit", id, err)
		}
		for i := range people {
			if _, ok := byID[people[i].ID]; !ok {
				f.People = append(f.People, people[i].ID)
				byID[people[i].ID] = &people[i]
			}
		}
	}
	for _, x := range units {
		f.Units = append(f.Units, x.ID)
	}
	inSubtree := make(map[org.UnitID]bool, len(units))
	for _, x := range units {
		inSubtree[x.ID] = true
	}
	covered := func(u org.UnitID) bool { return inSubtree[u] }
	grants, err := src.Award.Grants(ctx, f)
	if err != nil {
		return nil, thidua.E(r.op, "grants", "", "", err)
	}
	out := make([]CountedGrant, 0, len(grants))
	decs := make(map[string]*award.Decision)
	for i := range grants {
		g := &grants[i]
		if g.IsRevoked() {
			continue
		}
		d, ok := decs[g.Decision]
		if !ok {
			dv, err := r.decision(g.Decision)
			if err != nil {
				return nil, err
			}
			d = &dv
			decs[g.Decision] = d
		}
		if !period.Contains(d.Date) {
			continue // a store that ignores DecidedIn
		}
		cg := CountedGrant{Grant: *g, Decision: d}
		// A person's award counts where they worked when it was earned or
		// conferred (the same rule as report.BuildSummary).
		if p := g.Recipient.Person; p != "" {
			pp := byID[p]
			if pp == nil || !scope.Credits(*pp, covered, g.Span(), d.Date) {
				continue
			}
			cg.Person = pp
		}
		out = append(out, cg)
	}
	return out, nil
}

// Table lays the statistics out with one line per kind and recipient
// ("Tập thể", "Cá nhân"), a column per year and a total column, and the
// total lines at the end.
func (s *Statistics) Table() Table {
	t := Table{Header: []string{"STT", "Hình thức khen thưởng", "Đối tượng"}, Right: []bool{true, false, false}}
	for _, y := range s.Years {
		t.Header = append(t.Header, strconv.Itoa(y))
		t.Right = append(t.Right, true)
	}
	t.Header = append(t.Header, "Tổng cộng")
	t.Right = append(t.Right, true)
	for i, row := range s.Rows {
		t.Rows = append(t.Rows, statLines(itoa(i+1), row)...)
	}
	t.Rows = append(t.Rows, statLines("", s.Totals)...)
	return t
}

// statLines writes the lines of one row: the collectives', then the
// individuals'; the number and name go on the first only.
func statLines(num string, row StatRow) [][]string {
	var out [][]string
	for _, part := range []struct {
		on    bool
		label string
		get   func(Counts) int
	}{
		{row.Collective, "Tập thể", func(c Counts) int { return c.Collectives }},
		{row.Individual, "Cá nhân", func(c Counts) int { return c.Individuals }},
	} {
		if !part.on {
			continue
		}
		line := []string{num, row.Award, part.label}
		num, row.Award = "", ""
		for _, c := range row.Years {
			line = append(line, strconv.Itoa(part.get(c)))
		}
		out = append(out, append(line, strconv.Itoa(part.get(row.Total))))
	}
	return out
}

// WriteCSV writes the table as CSV with the default report.CSVOptions;
// see [Statistics.WriteCSVWith].
func (s *Statistics) WriteCSV(w io.Writer) error { return s.WriteCSVWith(w, report.CSVOptions{}) }

// WriteCSVWith writes the table as CSV with options o (byte-order mark,
// separator; formula cells are always neutralised): a header line, one
// line per kind and recipient, every line complete so that it reads as
// data: kind code, award, recipient ("Tập thể", "Cá nhân"), a column per
// year, and the total; the total lines have an empty code.
func (s *Statistics) WriteCSVWith(w io.Writer, o report.CSVOptions) error {
	cw := o.NewCSVWriter(w)
	head := []string{"Mã", "Hình thức khen thưởng", "Đối tượng"}
	for _, y := range s.Years {
		head = append(head, strconv.Itoa(y))
	}
	if err := cw.Write(append(head, "Tổng cộng")); err != nil {
		return err
	}
	for _, row := range append(slices.Clone(s.Rows), s.Totals) {
		for _, line := range statLines("", row) {
			line[0], line[1] = string(row.Code), row.Award
			if err := cw.Write(line); err != nil {
				return err
			}
		}
	}
	return cw.Flush()
}
