package document

import (
	"cmp"
	"context"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/vntext"
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
	// AsOf is the day the table speaks from: no decision dated after it
	// counts, and a grant revoked after it still counts. Zero means the end
	// of Period. Select chooses the grants by decision date (the default)
	// or by achievement year (then the columns are achievement years, and
	// AsOf after the period takes in the decisions made after it), as
	// [report.SummaryRequest] does: the rule is [report.Scope]'s.
	AsOf   thidua.Date
	Select report.Selection
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
	// Labels are the names the table writes for award kinds, in place of
	// the catalogue's official names: "Bằng khen của {issuers}". In a
	// label "{issuers}" ([report.IssuersPlaceholder]) stands for the
	// offices that issued the row's grants, joined with "và"
	// ([report.FillIssuers]). None keeps the catalogue's names.
	Labels map[award.Code]string
	// ByIssuer splits each kind into one row per issuing authority
	// ([report.Scope.IssuerOffice]), in the order of their first decision:
	// "Bằng khen của Bộ trưởng Bộ Tư pháp", "Bằng khen của Chủ tịch Ủy ban
	// nhân dân tỉnh". A row whose label does not name its issuer (no
	// "{issuers}") is named "<label> của <issuer>" when its kind has
	// several. A kind with no grant keeps one row of zeros.
	ByIssuer bool
	// ByBasis splits each row by the grants' basis (Luật Thi đua, khen
	// thưởng 2022, Điều 8), in [report.CompareBases] order, each named
	// "<label> (<basis>)" with [report.BasisName] ("công trạng", "đột
	// xuất", "chuyên đề"), "(khác)" for grants whose basis is not stated.
	ByBasis bool
	// Authorities name the office of an issuing unit, in place of the one
	// its decisions give (report.ScopeRequest.Authorities).
	Authorities map[org.UnitID]string
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
	Code  award.Code `json:"code"`
	Award string     `json:"award"`
	// Issuer is the issuing authority of the row's grants, when the table
	// is split by issuer (StatisticsRequest.ByIssuer).
	Issuer string `json:"issuer,omitempty"`
	// Basis is the basis of the row's grants (0: not stated), and Split
	// reports that the table is split by basis (StatisticsRequest.ByBasis).
	Basis      award.Basis `json:"basis,omitempty"`
	Split      bool        `json:"split,omitempty"`
	Collective bool        `json:"collective"`
	Individual bool        `json:"individual"`
	Years      []Counts    `json:"years"` // in the order of Statistics.Years
	Total      Counts      `json:"total"`
}

// Statistics is the table of grants by kind (rows) and year (columns) of a
// unit and the units under it, with a total column and a total row.
// The grants are those [report.Scope] counts: a grant revoked by the
// request's AsOf is not counted; each grant counts once, under the year of
// its decision (or its achievement year, when the request selects by it).
type Statistics struct {
	Heading Heading `json:"heading"`
	// Unit is the unit's name in force on the day the table speaks from
	// (AsOf, else the period's end; org.Unit.NameOn), "nguyên …" if it no
	// longer existed then.
	Unit   string        `json:"unit"`
	Period thidua.Period `json:"period"`
	Years  []int         `json:"years"`
	Rows   []StatRow     `json:"rows"`
	// Totals sums the rows; its Code is empty and its Award "Tổng cộng".
	Totals StatRow `json:"totals"`
	// Note is the remark under the table: how the grants are counted
	// ([StatisticsNote], or [StatisticsNoteByAchievement] when the table
	// selects by achievement year).
	Note   string `json:"note"`
	Signer Signer `json:"signer,omitzero"`
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
	// The table speaks from AsOf (the end of the period when zero): the
	// unit is named as it was then.
	day := req.AsOf
	if day.IsZero() {
		day = req.Period.To
	}
	u, err := r.unitOn(req.Unit, day)
	if err != nil {
		return nil, err
	}
	h, err := r.heading(req.Heading, "", u, day)
	if err != nil {
		return nil, err
	}
	if req.Heading.Title == "" {
		h.Title = StatisticsTitle
	}
	if h.Subtitle == "" {
		h.Subtitle = report.Capitalize(report.PeriodPhrase(req.Period))
	}
	st := &Statistics{Heading: h, Unit: subjectName(u, day), Period: req.Period, Years: req.Period.Years(), Note: statisticsNote(req.Select), Signer: cleanSigner(req.Signer), Recipients: cleanLines(req.Recipients)}

	sc, err := r.scope(report.ScopeRequest{Unit: req.Unit, Period: req.Period, AsOf: req.AsOf, Select: req.Select, Authorities: req.Authorities})
	if err != nil {
		return nil, err
	}
	counted, err := r.countedGrants(sc, req.Codes)
	if err != nil {
		return nil, err
	}

	first := st.Years[0]
	// The rows of each kind, by issuer and basis when split.
	type rowKey struct {
		issuer string
		basis  award.Basis
	}
	type statRow struct {
		StatRow
		key  rowKey
		decs []*award.Decision // of the row's grants, each once
	}
	type kindRows struct {
		kind award.Kind
		rows map[rowKey]*statRow
		list []*statRow // in the order first met
	}
	byKind := make(map[award.Code]*kindRows)
	var codes []award.Code
	type rowDecision struct {
		row *statRow
		dec *award.Decision
	}
	listed := make(map[rowDecision]bool) // in the row's decs
	addKind := func(code award.Code) (*kindRows, error) {
		if kr, ok := byKind[code]; ok {
			return kr, nil
		}
		k, err := r.kind(code)
		if err != nil {
			return nil, err
		}
		kr := &kindRows{kind: k, rows: make(map[rowKey]*statRow)}
		byKind[code] = kr
		codes = append(codes, code)
		return kr, nil
	}
	newRow := func(k award.Kind) StatRow {
		return StatRow{
			Code: k.Code, Award: k.Name, Years: make([]Counts, len(st.Years)),
			Collective: k.Recipients.Has(award.Collective), Individual: k.Recipients.Has(award.Individual),
		}
	}
	for _, c := range req.Codes {
		if _, err := addKind(c); err != nil {
			return nil, err
		}
	}
	st.Totals = StatRow{Award: "Tổng cộng", Collective: true, Individual: true, Years: make([]Counts, len(st.Years))}
	for _, cg := range counted {
		g := cg.Grant
		i := cg.Year - first
		if i < 0 || i >= len(st.Years) {
			continue
		}
		kr, err := addKind(g.Kind)
		if err != nil {
			return nil, err
		}
		key := rowKey{}
		if req.ByIssuer {
			key.issuer = sc.IssuerOffice(cg.Decision)
		}
		if req.ByBasis {
			key.basis = g.Basis
		}
		row := kr.rows[key]
		if row == nil {
			row = &statRow{StatRow: newRow(kr.kind), key: key}
			row.Issuer, row.Basis, row.Split = key.issuer, key.basis, req.ByBasis
			kr.rows[key] = row
			kr.list = append(kr.list, row)
		}
		if rd := (rowDecision{row, cg.Decision}); !listed[rd] {
			listed[rd] = true
			row.decs = append(row.decs, cg.Decision)
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
		slices.SortFunc(codes, func(a, b award.Code) int { return r.compareKinds(byKind[a].kind, byKind[b].kind) })
	}
	for _, c := range codes {
		kr := byKind[c]
		label := kr.kind.Name
		if l := vntext.Clean(req.Labels[c]); l != "" {
			label = l
		}
		if len(kr.list) == 0 {
			row := newRow(kr.kind)
			row.Award = report.FillIssuers(label)
			st.Rows = append(st.Rows, row)
			continue
		}
		// Issuers in the order of their first decision; bases as
		// summaries name them.
		var decs []*award.Decision
		for _, row := range kr.list {
			decs = append(decs, row.decs...)
		}
		issuers := sc.IssuersInOrder(decs)
		rank := func(issuer string) int { return slices.Index(issuers, issuer) }
		slices.SortStableFunc(kr.list, func(x, y *statRow) int {
			return cmp.Or(cmp.Compare(rank(x.key.issuer), rank(y.key.issuer)), report.CompareBases(x.key.basis, y.key.basis))
		})
		for _, row := range kr.list {
			// The row's own issuers, in the kind's order.
			own := sc.IssuersInOrder(row.decs)
			slices.SortFunc(own, func(x, y string) int { return cmp.Compare(rank(x), rank(y)) })
			row.Award = report.FillIssuers(label, own...)
			if req.ByIssuer && len(issuers) > 1 && !strings.Contains(label, report.IssuersPlaceholder) {
				row.Award += " của " + row.key.issuer
			}
			if req.ByBasis {
				row.Award += " (" + cmp.Or(report.BasisName(row.key.basis), "khác") + ")"
			}
			st.Rows = append(st.Rows, row.StatRow)
		}
	}
	return st, nil
}

// CountedGrant is a grant counted for a unit, with its decision and, for an
// individual award, the person: the grants of [report.Scope], the one rule
// of what the documents about a unit count.
type CountedGrant = report.CountedGrant

// CountedGrants returns the grants a statistics of unit counts among the
// decisions dated in period, as they stood at its end — the rule of
// [StatisticsTable] and of every table and form of grants, which is
// [report.Scope]'s: grants to the unit, to every unit that was ever under
// it and to the units it succeeded (a rename, a merger) and their
// subtrees, and to people for the awards they earned or received while
// posted there; a grant revoked by the end of the period is left out.
// codes restricts the kinds (nil: all). ErrInvalid for missing sources, an
// empty unit or a bad period; ErrNotFound for an unknown unit.
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
	sc, err := r.scope(report.ScopeRequest{Unit: unit, Period: period})
	if err != nil {
		return nil, err
	}
	return r.countedGrants(sc, codes)
}

// scope reads the scope of a request.
func (r *reader) scope(req report.ScopeRequest) (*report.Scope, error) {
	sc, err := report.NewScope(r.ctx, r.src.report(), req)
	if err != nil {
		if req.Person != "" {
			return nil, r.wrap("person", string(req.Person), err)
		}
		return nil, r.wrap("unit", string(req.Unit), err)
	}
	return sc, nil
}

// countedGrants reads the grants of the kinds codes that sc counts.
func (r *reader) countedGrants(sc *report.Scope, codes []award.Code) ([]CountedGrant, error) {
	gs, err := sc.Grants(r.ctx, codes)
	if err != nil {
		return nil, thidua.E(r.op, "grants", "", "", err)
	}
	return gs, nil
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
