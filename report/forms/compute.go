package forms

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
)

func itoa(i int) string { return strconv.Itoa(i) }

// Request asks for the forms of a unit and a year.
type Request struct {
	// Unit is the reporting unit (required): its subtree, the units it
	// succeeded and their people count, as document.CountedGrants says.
	Unit org.UnitID
	// Year is the year reported (required).
	Year int
	// Body is what the unit is, for the rows by proposing body and the
	// level of the movements it launches: "ministry" (bộ, ban, ngành,
	// đoàn thể trung ương) or "province" (tỉnh, thành phố). Empty for a
	// unit below them: its movements are launched at the level of an
	// agency, and the rows by proposing body are unknown.
	Body string
	// LaunchLevel, if set, decides the level that launched a movement:
	// "central", "ministry" or "unit". By default a movement launched by
	// the unit is at the level of Body, one launched by a unit under it
	// at the level of an agency, and one known by its launcher's name
	// only is read from the name ("Chính phủ", "Thủ tướng", "Trung ương"
	// → central; "Bộ", "tỉnh", "thành phố" → ministry).
	LaunchLevel func(m campaign.Movement) string
	// Footer of the forms.
	Place    string
	Date     thidua.Date
	Preparer string          // người lập biểu
	Signer   document.Signer // thủ trưởng đơn vị
}

// Cell is one cell of a computed form: the count, and whether it is known
// (false for a cell that needs data the library does not keep, and for
// heading rows).
type Cell struct {
	N     int  `json:"n"`
	Known bool `json:"known"`
}

// Result is a form computed for a unit and a year.
type Result struct {
	Form  *Form  `json:"form"`
	Year  int    `json:"year"`
	Unit  string `json:"unit"` // the reporting unit's name on the forms' date (Request.Date, else the year's end)
	Cells [][]Cell
	// Unknown says why cells are empty: "row 05 Trong đó: Doanh nghiệp:
	// the library does not keep enterprise".
	Unknown  []string        `json:"unknown,omitempty"`
	Place    string          `json:"place,omitempty"`
	Date     thidua.Date     `json:"date,omitzero"`
	Preparer string          `json:"preparer,omitempty"`
	Signer   document.Signer `json:"signer,omitzero"`
}

// Value returns the cell at row r and column c (from 0) and whether it is
// known; false too for a cell outside the form.
func (r *Result) Value(row, col int) (int, bool) {
	if row < 0 || row >= len(r.Cells) || col < 0 || col >= len(r.Cells[row]) {
		return 0, false
	}
	c := r.Cells[row][col]
	return c.N, c.Known
}

// Row returns the index of the row with code, or -1.
func (r *Result) Row(code string) int {
	return slices.IndexFunc(r.Form.Rows, func(l Line) bool { return l.Code == code })
}

// Compute computes forms for the request from the stores: the facts of
// each source are read once. ErrInvalid for a bad form, an empty unit, a
// year out of range, missing stores (the campaign store for movement
// forms); ErrNotFound for an unknown unit; store errors wrapped.
func Compute(ctx context.Context, src document.Sources, req Request, forms ...*Form) ([]*Result, error) {
	const op = "forms: compute"
	if req.Unit == "" {
		return nil, thidua.Invalid(op, "request", "", "unit", "no unit")
	}
	if req.Year < thidua.MinYear || req.Year > thidua.MaxYear {
		return nil, thidua.Invalid(op, "request", string(req.Unit), "year", "year %d out of range", req.Year)
	}
	if req.Body != "" && req.Body != "ministry" && req.Body != "province" {
		return nil, thidua.Invalid(op, "request", string(req.Unit), "body", "body %q is neither ministry nor province", req.Body)
	}
	if src.Org == nil || src.Award == nil {
		return nil, thidua.Invalid(op, "sources", "", "", "the org and award stores are required")
	}
	if src.Catalogue == nil {
		src.Catalogue = award.DefaultCatalogue()
	}
	for _, f := range forms {
		if err := f.Validate(); err != nil {
			return nil, err
		}
		if f.Source == Movements && src.Campaign == nil {
			return nil, thidua.Invalid(op, "sources", "", "campaign", "form %s needs the campaign store", f.Code)
		}
	}
	u, err := src.Org.Unit(ctx, req.Unit)
	if err != nil {
		return nil, thidua.E(op, "unit", string(req.Unit), "", err)
	}
	// The reporting unit is named as on the forms' date, else the last
	// day of the year reported (org.Unit.NameOn): forms of a year before
	// a rename, signed then, bear the old name.
	named := req.Date
	if named.IsZero() {
		named = thidua.MustDate(req.Year, time.December, 31)
	}
	unitName, _ := u.NameOn(named)
	facts := make(map[Source][]fact)
	out := make([]*Result, 0, len(forms))
	for _, f := range forms {
		fs, ok := facts[f.Source]
		if !ok {
			switch f.Source {
			case Movements:
				fs, err = movementFacts(ctx, src, req, u)
			case Grants:
				fs, err = grantFacts(ctx, src, req)
			}
			if err != nil {
				return nil, err
			}
			facts[f.Source] = fs
		}
		res := count(f, fs, src.Catalogue, req)
		res.Unit = unitName
		out = append(out, res)
	}
	return out, nil
}

// grantFacts describes the grants that count for the unit in the year.
func grantFacts(ctx context.Context, src document.Sources, req Request) ([]fact, error) {
	gs, err := document.CountedGrants(ctx, src, req.Unit, thidua.Years(req.Year, req.Year), nil)
	if err != nil {
		return nil, err
	}
	out := make([]fact, len(gs))
	kinds := make(map[award.Code]*award.Kind)
	iCode, iBody, iRecipient, iGender := attrIndex(AttrCode), attrIndex(AttrBody), attrIndex(AttrRecipient), attrIndex(AttrGender)
	iAward, iLevel, iFamily, iBasis := attrIndex(AttrAward), attrIndex(AttrLevel), attrIndex(AttrFamily), attrIndex(AttrBasis)
	for n, cg := range gs {
		g := cg.Grant
		k, ok := kinds[g.Kind]
		if !ok {
			if kk, err := src.Catalogue.Kind(g.Kind); err == nil {
				k = &kk
			}
			kinds[g.Kind] = k
		}
		f := &out[n]
		f[iCode] = string(g.Kind)
		f[iBody] = req.Body
		if g.Recipient.Unit != "" {
			f[iRecipient] = "collective"
		} else {
			f[iRecipient] = "individual"
			var gender org.Gender
			if cg.Person != nil {
				gender = cg.Person.Gender
			}
			switch gender {
			case org.Male:
				f[iGender] = "male"
			case org.Female:
				f[iGender] = "female"
			}
		}
		basis := g.Basis
		if k != nil {
			f[iAward] = k.Name
			f[iLevel] = levelName(k.Level)
			if k.Family == award.Title {
				f[iFamily] = "title"
			} else {
				f[iFamily] = "form"
			}
			if basis == 0 && k.Bases != 0 && k.Bases&(k.Bases-1) == 0 {
				basis = k.Bases // the kind's only basis
			}
		} else {
			f[iAward] = g.Kind.Name()
		}
		f[iBasis] = basisName(basis)
	}
	return out, nil
}

func levelName(l award.Level) string {
	switch l {
	case award.LevelGrassroots:
		return "grassroots"
	case award.LevelMinistry:
		return "ministry"
	case award.LevelGovernment:
		return "government"
	case award.LevelState:
		return "state"
	}
	return ""
}

func basisName(b award.Basis) string {
	switch b {
	case award.Regular:
		return "regular"
	case award.AdHoc:
		return "adhoc"
	case award.Thematic:
		return "thematic"
	case award.LongService:
		return "long-service"
	case award.LengthOfService:
		return "length-of-service"
	case award.External:
		return "external"
	}
	return ""
}

// movementFacts describes the movements launched in the year by the unit
// or a unit under it, or joined by them.
func movementFacts(ctx context.Context, src document.Sources, req Request, u org.Unit) ([]fact, error) {
	sub, err := src.Org.Subtree(ctx, u.ID, thidua.Date{})
	if err != nil {
		return nil, thidua.E("forms: compute", "unit", string(u.ID), "", err)
	}
	in := make(map[org.UnitID]bool, len(sub))
	for _, x := range sub {
		in[x.ID] = true
	}
	ms, err := src.Campaign.Movements(ctx, campaign.MovementFilter{During: thidua.Years(req.Year, req.Year)})
	if err != nil {
		return nil, thidua.E("forms: compute", "movements", "", "", err)
	}
	var out []fact
	set := func(f *fact, a, v string) { f[attrIndex(a)] = v }
	for _, m := range ms {
		if m.Period.From.Year != req.Year {
			continue // launched in another year
		}
		if !in[m.Launcher.Unit] && !slices.ContainsFunc(m.Participants, func(p org.UnitID) bool { return in[p] }) {
			continue
		}
		level := ""
		if req.LaunchLevel != nil {
			level = req.LaunchLevel(m)
		} else {
			level = launchLevel(m, u.ID, in, req.Body)
		}
		var f fact
		set(&f, AttrLaunch, level)
		switch level {
		case "central":
			set(&f, AttrScope, "national")
		case "ministry":
			set(&f, AttrScope, "ministry")
		case "unit":
			set(&f, AttrScope, "unit")
		}
		set(&f, AttrDuration, duration(m.Period))
		switch m.Kind {
		case campaign.Regular:
			set(&f, AttrKind, "regular")
		case campaign.Thematic:
			set(&f, AttrKind, "thematic")
		case campaign.PeakDrive:
			set(&f, AttrKind, "drive")
		}
		out = append(out, f)
	}
	return out, nil
}

// launchLevel is the default of Request.LaunchLevel.
func launchLevel(m campaign.Movement, root org.UnitID, in map[org.UnitID]bool, body string) string {
	switch {
	case m.Launcher.Unit == root && body != "":
		return "ministry"
	case in[m.Launcher.Unit]:
		return "unit"
	}
	name := " " + vntext.Fold(m.Launcher.Name) + " "
	for _, w := range []string{"chính phủ", "thủ tướng", "trung ương", "quốc hội", "chủ tịch nước"} {
		if strings.Contains(name, " "+vntext.Fold(w)+" ") {
			return "central"
		}
	}
	for _, w := range []string{"bộ", "tỉnh", "thành phố"} {
		if strings.Contains(name, " "+vntext.Fold(w)+" ") {
			return "ministry"
		}
	}
	return "unit"
}

// duration classifies a movement's period as the form's rows do; "" for an
// open period.
func duration(p thidua.Period) string {
	if p.IsOpen() || p.IsZero() {
		return ""
	}
	end := p.To.AddDays(1)
	months := (end.Year-p.From.Year)*12 + int(end.Month) - int(p.From.Month)
	if end.Day < p.From.Day {
		months--
	}
	exact := end.Day == p.From.Day
	switch {
	case months < 12:
		return "lt1"
	case months == 12 && exact:
		return "1"
	case months < 36:
		return "1to3"
	case months < 60:
		return "3to5"
	}
	return "ge5"
}

// count computes the cells of f from the facts.
func count(f *Form, facts []fact, cat *award.Catalogue, req Request) *Result {
	res := &Result{Form: f, Year: req.Year, Place: req.Place, Date: req.Date, Preparer: req.Preparer, Signer: req.Signer}
	known := func(l Line, what string) bool {
		for _, c := range l.Where {
			why := ""
			switch {
			case !f.Source.Provides(c.Attr):
				why = "the library does not keep " + c.Attr
			case c.Attr == AttrBody && req.Body == "":
				why = "the request does not say whether the unit is a ministry or a province"
			case !c.Not && (c.Attr == AttrCode || c.Attr == AttrAward) && !catalogued(cat, c):
				why = "the catalogue has no such award"
			}
			if why != "" {
				res.Unknown = append(res.Unknown, what+" "+strings.TrimSpace(l.Code+" "+l.Group+" "+l.Label)+": "+why)
				return false
			}
		}
		return true
	}
	rowKnown := make([]bool, len(f.Rows))
	for i, r := range f.Rows {
		rowKnown[i] = !r.Heading && known(r, "row")
	}
	colKnown := make([]bool, len(f.Columns))
	for i, c := range f.Columns {
		colKnown[i] = known(c, "column")
	}
	res.Cells = make([][]Cell, len(f.Rows))
	for i := range res.Cells {
		res.Cells[i] = make([]Cell, len(f.Columns))
		for j := range res.Cells[i] {
			res.Cells[i][j].Known = rowKnown[i] && colKnown[j]
		}
	}
	all := func(cs []cond, x *fact) bool {
		for _, c := range cs {
			if !c.match(x) {
				return false
			}
		}
		return true
	}
	where := compile(f.Where)
	rowWhere := make([][]cond, len(f.Rows))
	for i, r := range f.Rows {
		rowWhere[i] = compile(r.Where)
	}
	colWhere := make([][]cond, len(f.Columns))
	for j, c := range f.Columns {
		colWhere[j] = compile(c.Where)
	}
	rows := make([]int, 0, len(f.Rows))
	cols := make([]int, 0, len(f.Columns))
	for k := range facts {
		x := &facts[k]
		if !all(where, x) {
			continue
		}
		rows, cols = rows[:0], cols[:0]
		for i := range f.Rows {
			if rowKnown[i] && all(rowWhere[i], x) {
				rows = append(rows, i)
			}
		}
		for j := range f.Columns {
			if colKnown[j] && all(colWhere[j], x) {
				cols = append(cols, j)
			}
		}
		for _, i := range rows {
			for _, j := range cols {
				res.Cells[i][j].N++
			}
		}
	}
	return res
}

// catalogued reports whether some kind of the catalogue meets c.
func catalogued(cat *award.Catalogue, c Cond) bool {
	for _, k := range cat.Kinds() {
		var f fact
		f[attrIndex(AttrCode)], f[attrIndex(AttrAward)] = string(k.Code), k.Name
		if (cond{c, attrIndex(c.Attr)}).match(&f) {
			return true
		}
	}
	return false
}
