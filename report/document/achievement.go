package document

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// AchievementTitle is the title of an achievement report (báo cáo thành
// tích), the form annexed to Nghị định 98/2023/NĐ-CP that goes with every
// nomination.
const AchievementTitle = "BÁO CÁO THÀNH TÍCH"

// Field is one labelled line of a report's first section: "Địa chỉ: …".
type Field struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// Section is a numbered part of a report written by the caller: a title and
// its paragraphs. The library cannot invent achievements; it lays out the
// text it is given.
type Section struct {
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs,omitempty"`
}

// Signer is who signs a document, at its foot: the office in capitals
// ("CỤC TRƯỞNG") and the full name.
type Signer struct {
	Title string `json:"title,omitempty"`
	Name  string `json:"name,omitempty"`
}

// IsZero reports whether no signer is given.
func (s Signer) IsZero() bool { return s == Signer{} }

// Leader is a person holding a leadership post in a unit.
type Leader struct {
	Person   org.PersonID `json:"person"`
	FullName string       `json:"full_name"`
	Gender   org.Gender   `json:"gender"`
	Position string       `json:"position"`
}

// Line writes the leader as "Ông Nguyễn Văn An, Cục trưởng".
func (l Leader) Line() string { return PersonLine(l.Gender, l.FullName, l.Position, "") }

// UnitDetails is the first section of a collective's report: the unit, its
// leadership and its staff on the report's date. Names are those in force
// that day (org.Unit.NameOn): a report dated before a rename bears the old
// name, and a unit that no longer existed that day is "nguyên …".
type UnitDetails struct {
	ID        org.UnitID `json:"id"`
	Name      string     `json:"name"`
	ShortName string     `json:"short_name,omitempty"`
	Address   string     `json:"address,omitempty"`
	// Leaders hold the unit's leadership posts on the date: heads first,
	// then deputies ("Phó …"), each in Vietnamese name order.
	Leaders []Leader `json:"leaders,omitempty"`
	// Staff is the number of people holding a post in the unit on the
	// date (with its subunits if the request asked), Women how many of
	// them are women.
	Staff int `json:"staff"`
	Women int `json:"women"`
	// Subunits are the names of the units directly under it on the date,
	// in alphabetical order.
	Subunits []string `json:"subunits,omitempty"`
	// Details and History are the caller's extra lines and paragraphs.
	Details []Field  `json:"details,omitempty"`
	History []string `json:"history,omitempty"`
}

// PersonDetails is the first section of an individual's report (sơ lược lý
// lịch).
type PersonDetails struct {
	ID        org.PersonID `json:"id"`
	FullName  string       `json:"full_name"`
	Gender    org.Gender   `json:"gender"`
	BirthDate thidua.Date  `json:"birth_date,omitzero"`
	Recruited thidua.Date  `json:"recruited,omitzero"`
	// Post and Unit are the post held on the report's date and the name of
	// its unit; empty if the person held none that day.
	Post    string  `json:"post,omitempty"`
	Unit    string  `json:"unit,omitempty"`
	Details []Field `json:"details,omitempty"`
}

// YearRating is the quality rating of one year (xếp loại chất lượng).
type YearRating struct {
	Year   int        `json:"year"`
	Rating org.Rating `json:"rating"`
}

// InitiativeRow is an initiative or science work in a report.
type InitiativeRow struct {
	ID           campaign.InitiativeID `json:"id"`
	Title        string                `json:"title"`
	Kind         string                `json:"kind"`  // "sáng kiến"
	Level        string                `json:"level"` // "cơ sở"
	RecognisedBy string                `json:"recognised_by"`
	Decision     string                `json:"decision,omitempty"`
	Recognised   thidua.Date           `json:"recognised"`
	// Authors are the authors' full names, in the initiative's order.
	Authors []string `json:"authors,omitempty"`
}

// AwardRow is one award received, a row of the tables of section III: the
// year (or period) of the achievement, the award, and the decision that
// gave it with its number, date and issuer (the issuing authority, not the
// signer of a decision signed for it: report.Scope.IssuerOffice).
type AwardRow struct {
	Grant    string           `json:"grant"`
	Code     award.Code       `json:"code"`
	Award    string           `json:"award"`
	Years    string           `json:"years"` // "2019", "2016 - 2020"
	Decision thidua.DocNumber `json:"decision"`
	// NumberUnknown reports a decision recorded without its number
	// (award.Decision.NumberUnknown); the table says "chưa rõ số".
	NumberUnknown bool        `json:"number_unknown,omitempty"`
	DecisionDate  thidua.Date `json:"decision_date"`
	Issuer        string      `json:"issuer"`
}

// AchievementReport is the achievement report of a collective (Unit set) or
// of an individual (Person set), as in the forms annexed to Nghị định
// 98/2023/NĐ-CP: I. general situation or personal details;
// II. achievements (the caller's sections, the yearly ratings, the
// initiatives); III. awards received, in a table of titles (danh hiệu thi
// đua) and a table of forms of commendation (hình thức khen thưởng).
// Revoked awards are never listed.
type AchievementReport struct {
	Heading Heading       `json:"heading"`
	Period  thidua.Period `json:"period"`
	// On is the day the details speak of (posts, staff).
	On       thidua.Date    `json:"on"`
	Unit     *UnitDetails   `json:"unit,omitempty"`
	Person   *PersonDetails `json:"person,omitempty"`
	Sections []Section      `json:"sections,omitempty"`
	Ratings  []YearRating   `json:"ratings,omitempty"`
	// Results are the yearly results against the targets of the movements
	// the unit (with the units it succeeded) or the person took part in,
	// from the campaign store: "năm 2023 đạt 96% về việc và 95,4% về tiền,
	// vượt 6% so với chỉ tiêu".
	Results     []MovementResults `json:"results,omitempty"`
	Initiatives []InitiativeRow   `json:"initiatives,omitempty"`
	Titles      []AwardRow        `json:"titles,omitempty"`
	Forms       []AwardRow        `json:"forms,omitempty"`
	Signer      Signer            `json:"signer,omitzero"`
	// Recipients are the lines of "Nơi nhận:" of the office formats
	// ("Như trên;", "Lưu: VT, TĐKT."); none leaves the list out.
	Recipients []string `json:"recipients,omitempty"`
}

// TemplateName implements [Document]: "achievement".
func (r *AchievementReport) TemplateName() string { return AchievementTemplate }

// Collective reports whether the report is about a collective.
func (r *AchievementReport) Collective() bool { return r.Unit != nil }

// TitlesTable returns the table of titles received.
func (r *AchievementReport) TitlesTable() Table { return awardTable("Danh hiệu thi đua", r.Titles) }

// FormsTable returns the table of forms of commendation received.
func (r *AchievementReport) FormsTable() Table {
	return awardTable("Hình thức khen thưởng", r.Forms)
}

// awardTable lays out award rows under the column heads of the forms.
func awardTable(what string, rows []AwardRow) Table {
	t := Table{
		Header: []string{"STT", "Năm", what, "Số, ngày quyết định", "Cơ quan ban hành quyết định"},
		Right:  []bool{true},
	}
	for i, a := range rows {
		dec := a.Decision.String()
		if a.NumberUnknown {
			dec = "chưa rõ số" // a decision published without its number
		}
		if !a.DecisionDate.IsZero() {
			sep := " ngày "
			if a.NumberUnknown {
				sep = ", ngày "
			}
			dec = strings.TrimSpace(dec + sep + report.NewsDate(a.DecisionDate))
		}
		t.Rows = append(t.Rows, []string{itoa(i + 1), a.Years, a.Award, dec, a.Issuer})
	}
	return t
}

// CollectiveRequest asks for the achievement report of a collective.
type CollectiveRequest struct {
	// Unit is the collective; Period the years the report covers (ratings,
	// initiatives, and awards whose achievement falls in it). Both are
	// required.
	Unit   org.UnitID
	Period thidua.Period
	// On is the day the details speak of; zero means Heading.Date, or
	// failing that the end of Period.
	On thidua.Date
	// Heading is the document's heading. An empty agency is filled with the
	// unit, and then an empty parent agency with the unit's parent; an empty
	// title with AchievementTitle,
	// an empty subtitle with "Đề nghị tặng <Proposed>" when Proposed is set.
	Heading  Heading
	Proposed award.Code
	// Address, Details and History are the caller's text for section I.
	Address string
	Details []Field
	History []string
	// LeaderPosts are the posts that make up the unit's leadership,
	// matched up to spelling variants. Nil means the posts of heads and
	// deputy heads, by the rule of [report.IsHeadPost] (Cục trưởng, Phó
	// Chi cục trưởng, Giám đốc, Trưởng phòng…).
	LeaderPosts []string
	// IncludeSubunits counts the staff, and looks for initiatives, in the
	// units under Unit too.
	IncludeSubunits bool
	// Sections are the caller's account of the achievements (section II):
	// tasks, results, measures. The data-derived parts follow them.
	Sections []Section
	// Compare states, beside each year's results against the targets, the
	// unit's change from the year before on each target
	// (campaign.YearOnYear: after a merger, against its predecessors'
	// sum), and Rank its rank among the units of its level in force on 31
	// December of the year (campaign.RankAmongPeers). Wording words a
	// target's figures and changes, by target ID ("việc", points for a
	// rate); a missing target takes the zero report.ChangeOptions.
	Compare bool
	Rank    bool
	Wording map[string]report.ChangeOptions
	Signer  Signer
	// Recipients are the lines of "Nơi nhận:" of the office formats
	// ("Như trên;", "Lưu: VT, TĐKT."); none leaves the list out.
	Recipients []string
}

// IndividualRequest asks for the achievement report of a person.
type IndividualRequest struct {
	// Person is the person; Period the years the report covers. Both are
	// required.
	Person org.PersonID
	Period thidua.Period
	// On is the day the details speak of (the post held); zero means
	// Heading.Date, or failing that the end of Period.
	On thidua.Date
	// Heading as in CollectiveRequest; the agency lines default to the unit
	// of the person's post and its parent.
	Heading  Heading
	Proposed award.Code
	// Details are extra lines for section I (quê quán, trình độ…).
	Details  []Field
	Sections []Section
	Signer   Signer
	// Recipients are the lines of "Nơi nhận:" of the office formats
	// ("Như trên;", "Lưu: VT, TĐKT."); none leaves the list out.
	Recipients []string
}

// isLeaderPost reports whether post is one of posts, or with no posts
// given, whether it is the post of a head or deputy head
// ([report.IsHeadPost]).
func isLeaderPost(post string, posts []string) bool {
	if posts != nil {
		return slices.ContainsFunc(posts, func(p string) bool { return vntext.Equal(p, post) })
	}
	return report.IsHeadPost(post)
}

// CollectiveReport builds the achievement report of a collective from the
// sources. ErrInvalid for missing sources, an empty unit or period, an open
// or invalid period or heading, or a proposed award the catalogue does not
// know; ErrNotFound if the unit is unknown. Store errors are returned
// wrapped in a *thidua.Error with op "document: collective report".
func CollectiveReport(ctx context.Context, src Sources, req CollectiveRequest) (*AchievementReport, error) {
	const op = "document: collective report"
	r, err := newReader(ctx, op, src)
	if err != nil {
		return nil, err
	}
	id := string(req.Unit)
	if req.Unit == "" {
		return nil, thidua.Invalid(op, "collective request", "", "unit", "no unit")
	}
	if err := checkPeriod(op, "collective request", id, req.Period); err != nil {
		return nil, err
	}
	if err := req.Heading.Validate(); err != nil {
		return nil, thidua.E(op, "collective request", id, "heading", err)
	}
	rep := &AchievementReport{Period: req.Period, On: reportDay(req.On, req.Heading, req.Period), Sections: cleanSections(req.Sections), Signer: cleanSigner(req.Signer), Recipients: cleanLines(req.Recipients)}
	// The unit as named on the report's day: a report about the years
	// before a rename, dated then, bears the name of those years.
	u, err := r.unitOn(req.Unit, rep.On)
	if err != nil {
		return nil, err
	}
	if rep.Heading, err = r.heading(req.Heading, req.Proposed, u, rep.On); err != nil {
		return nil, err
	}
	det := &UnitDetails{
		ID: u.ID, Name: subjectName(u, rep.On), ShortName: u.ShortName, Address: vntext.Clean(req.Address),
		Details: cleanFields(req.Details), History: cleanAll(req.History),
	}
	rep.Unit = det

	staff, err := src.Org.People(ctx, org.PeopleFilter{Unit: u.ID, Subtree: req.IncludeSubunits, On: rep.On})
	if err != nil {
		return nil, r.wrap("unit", id, err)
	}
	det.Staff = len(staff)
	for _, p := range staff {
		if p.Gender == org.Female {
			det.Women++
		}
		for _, a := range p.PostsOn(rep.On) {
			if a.Unit == u.ID && isLeaderPost(a.Position, req.LeaderPosts) {
				det.Leaders = append(det.Leaders, Leader{Person: p.ID, FullName: p.FullName, Gender: p.Gender, Position: a.Position})
				break
			}
		}
	}
	names := vntext.NewNameCollator()
	slices.SortStableFunc(det.Leaders, func(a, b Leader) int {
		return cmp.Or(compareBool(report.IsDeputyPost(a.Position), report.IsDeputyPost(b.Position)), names.Compare(a.FullName, b.FullName), cmp.Compare(a.Person, b.Person))
	})

	sub, err := src.Org.Subtree(ctx, u.ID, rep.On)
	if err != nil {
		return nil, r.wrap("unit", id, err)
	}
	for _, s := range sub {
		if s.Parent == u.ID {
			det.Subunits = append(det.Subunits, s.NamedOn(rep.On).Name)
		}
	}
	slices.SortStableFunc(det.Subunits, unitNameOrder())

	uys, err := src.Org.UnitYears(ctx, org.UnitYearFilter{Unit: u.ID, From: req.Period.From.Year, To: req.Period.To.Year})
	if err != nil {
		return nil, r.wrap("unit", id, err)
	}
	for _, y := range uys {
		rep.Ratings = append(rep.Ratings, YearRating{Year: y.Year, Rating: y.Rating})
	}

	if src.Campaign != nil {
		people, err := src.Org.People(ctx, org.PeopleFilter{Unit: u.ID, Subtree: req.IncludeSubunits, During: req.Period})
		if err != nil {
			return nil, r.wrap("unit", id, err)
		}
		if rep.Initiatives, err = r.initiatives(people, req.Period); err != nil {
			return nil, err
		}
	}
	// The unit's own grants, by the rule every document about it counts
	// with (report.Scope): to the unit itself or the units it succeeded,
	// earned in the period's years and decided by the report's day.
	sc, err := r.scope(report.ScopeRequest{Unit: u.ID, Period: req.Period, AsOf: rep.On, Select: report.SelectByAchievementYear})
	if err != nil {
		return nil, err
	}
	counted, err := r.countedGrants(sc, nil)
	if err != nil {
		return nil, err
	}
	counted = slices.DeleteFunc(counted, func(cg CountedGrant) bool { return !cg.Own })
	if err := r.awardRows(rep, sc, counted); err != nil {
		return nil, err
	}
	if rep.Results, err = r.results(campaign.RegistrationFilter{Units: sc.Lineage()}, req.Period); err != nil {
		return nil, err
	}
	if req.Compare || req.Rank {
		if err := r.compare(rep.Results, u.ID, req.Compare, req.Rank, req.Wording); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

// IndividualReport builds the achievement report of a person from the
// sources. ErrInvalid for missing sources, an empty person or period, an
// open or invalid period or heading, or a proposed award the catalogue does
// not know; ErrNotFound if the person is unknown. Store errors are returned
// wrapped in a *thidua.Error with op "document: individual report".
func IndividualReport(ctx context.Context, src Sources, req IndividualRequest) (*AchievementReport, error) {
	const op = "document: individual report"
	r, err := newReader(ctx, op, src)
	if err != nil {
		return nil, err
	}
	id := string(req.Person)
	if req.Person == "" {
		return nil, thidua.Invalid(op, "individual request", "", "person", "no person")
	}
	if err := checkPeriod(op, "individual request", id, req.Period); err != nil {
		return nil, err
	}
	if err := req.Heading.Validate(); err != nil {
		return nil, thidua.E(op, "individual request", id, "heading", err)
	}
	p, err := src.Org.Person(ctx, req.Person)
	if err != nil {
		return nil, r.wrap("person", id, err)
	}
	rep := &AchievementReport{Period: req.Period, On: reportDay(req.On, req.Heading, req.Period), Sections: cleanSections(req.Sections), Signer: cleanSigner(req.Signer), Recipients: cleanLines(req.Recipients)}
	post, u, err := r.postOf(p, rep.On)
	if err != nil {
		return nil, err
	}
	if rep.Heading, err = r.heading(req.Heading, req.Proposed, u, rep.On); err != nil {
		return nil, err
	}
	rep.Person = &PersonDetails{
		ID: p.ID, FullName: p.FullName, Gender: p.Gender, BirthDate: p.BirthDate, Recruited: p.Recruited,
		Post: post, Unit: u.Name, Details: cleanFields(req.Details),
	}
	pys, err := src.Org.PersonYears(ctx, org.YearFilter{Person: p.ID, From: req.Period.From.Year, To: req.Period.To.Year})
	if err != nil {
		return nil, r.wrap("person", id, err)
	}
	for _, y := range pys {
		rep.Ratings = append(rep.Ratings, YearRating{Year: y.Year, Rating: y.Rating})
	}
	if src.Campaign != nil {
		if rep.Initiatives, err = r.initiatives([]org.Person{p}, req.Period); err != nil {
			return nil, err
		}
	}
	// The person's grants, by the rule every document counts with
	// (report.Scope): earned in the period's years and decided by the
	// report's day, wherever the person worked; none revoked.
	sc, err := r.scope(report.ScopeRequest{Person: p.ID, Period: req.Period, AsOf: rep.On, Select: report.SelectByAchievementYear, ExcludeRevoked: true})
	if err != nil {
		return nil, err
	}
	counted, err := r.countedGrants(sc, nil)
	if err != nil {
		return nil, err
	}
	if err := r.awardRows(rep, sc, counted); err != nil {
		return nil, err
	}
	if rep.Results, err = r.results(campaign.RegistrationFilter{People: []org.PersonID{p.ID}}, req.Period); err != nil {
		return nil, err
	}
	return rep, nil
}

// reportDay is the day a report's details speak of.
func reportDay(on thidua.Date, h Heading, p thidua.Period) thidua.Date {
	switch {
	case !on.IsZero():
		return on
	case !h.Date.IsZero():
		return h.Date
	}
	return p.To
}

// heading completes a requested heading: an empty agency is the unit u (if
// any), and then an empty parent agency the unit's parent, each named as
// on the heading's date, else on day (the document's day); an empty title
// is AchievementTitle; an empty subtitle names the proposed award.
func (r *reader) heading(h Heading, proposed award.Code, u org.Unit, day thidua.Date) (Heading, error) {
	h = h.clean()
	if !h.Date.IsZero() {
		day = h.Date
	}
	if h.Agency == "" && u.ID != "" {
		h.Agency = u.Name
		if !day.IsZero() {
			h.Agency = u.NamedOn(day).Name
		}
		if h.Parent == "" && u.Parent != "" {
			pu, err := r.unitOn(u.Parent, day)
			if err != nil {
				return Heading{}, err
			}
			h.Parent = pu.Name
		}
	}
	if h.Title == "" {
		h.Title = AchievementTitle
	}
	if h.Subtitle == "" && proposed != "" {
		k, err := r.kind(proposed)
		if err != nil {
			return Heading{}, err
		}
		h.Subtitle = "Đề nghị tặng " + k.Name
	}
	return h, nil
}

// initiatives lists the initiatives of people recognised in the period,
// each once, by recognition date then ID, with their authors' names.
func (r *reader) initiatives(people []org.Person, p thidua.Period) ([]InitiativeRow, error) {
	names := make(map[org.PersonID]string, len(people))
	for _, x := range people {
		names[x.ID] = x.FullName
	}
	seen := make(map[campaign.InitiativeID]bool)
	var ins []campaign.Initiative
	for _, x := range people {
		got, err := r.src.Campaign.InitiativesOf(r.ctx, x.ID, campaign.InitiativeFilter{Recognised: p})
		if err != nil {
			return nil, r.wrap("person", string(x.ID), err)
		}
		for _, in := range got {
			if !seen[in.ID] {
				seen[in.ID] = true
				ins = append(ins, in)
			}
		}
	}
	slices.SortFunc(ins, func(a, b campaign.Initiative) int {
		return cmp.Or(a.Recognised.Compare(b.Recognised), cmp.Compare(a.ID, b.ID))
	})
	rows := make([]InitiativeRow, 0, len(ins))
	for _, in := range ins {
		row := InitiativeRow{
			ID: in.ID, Title: vntext.Clean(in.Title), Kind: in.Kind.String(), Level: in.Level.String(),
			RecognisedBy: vntext.Clean(in.RecognisedBy), Decision: vntext.Clean(in.Decision), Recognised: in.Recognised,
		}
		for _, a := range in.Authors {
			name, ok := names[a.Person]
			if !ok {
				ap, err := r.src.Org.Person(r.ctx, a.Person)
				if err != nil {
					return nil, r.wrap("person", string(a.Person), err)
				}
				name = ap.FullName
				names[a.Person] = name
			}
			row.Authors = append(row.Authors, name)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// awardRows fills the tables of section III with the grants gs, titles
// apart from forms of commendation (Luật Thi đua, khen thưởng 2022,
// chapters II and III), each by year, then decision date and number, then
// award level.
func (r *reader) awardRows(rep *AchievementReport, sc *report.Scope, gs []CountedGrant) error {
	type row struct {
		AwardRow
		kind award.Kind
		from thidua.Date
	}
	var titles, forms []row
	for _, cg := range gs {
		g, d := cg.Grant, cg.Decision
		k, err := r.kind(g.Kind)
		if err != nil {
			return err
		}
		name := k.Name
		if g.Title != "" {
			name = vntext.Clean(g.Title)
		}
		x := row{kind: k, AwardRow: AwardRow{
			Grant: g.ID, Code: g.Kind, Award: name, Years: yearSpan(g.Subject),
			Decision: d.Number, NumberUnknown: d.NumberUnknown, DecisionDate: d.Date, Issuer: vntext.Clean(sc.IssuerOffice(d)),
		}, from: g.Span().From}
		if k.Family == award.Title {
			titles = append(titles, x)
		} else {
			forms = append(forms, x)
		}
	}
	order := func(a, b row) int {
		return cmp.Or(a.from.Compare(b.from), a.DecisionDate.Compare(b.DecisionDate),
			cmp.Compare(a.Decision.Number, b.Decision.Number), r.compareKinds(a.kind, b.kind), cmp.Compare(a.Grant, b.Grant))
	}
	for _, t := range []struct {
		rows []row
		dst  *[]AwardRow
	}{{titles, &rep.Titles}, {forms, &rep.Forms}} {
		slices.SortFunc(t.rows, order)
		for _, x := range t.rows {
			*t.dst = append(*t.dst, x.AwardRow)
		}
	}
	return nil
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

func cleanFields(fs []Field) []Field {
	var out []Field
	for _, f := range fs {
		f = Field{Label: vntext.Clean(f.Label), Value: vntext.Clean(f.Value)}
		if f.Label != "" || f.Value != "" {
			out = append(out, f)
		}
	}
	return out
}

func cleanSections(ss []Section) []Section {
	var out []Section
	for _, s := range ss {
		s = Section{Title: vntext.Clean(s.Title), Paragraphs: cleanAll(s.Paragraphs)}
		if s.Title != "" || len(s.Paragraphs) > 0 {
			out = append(out, s)
		}
	}
	return out
}

func cleanSigner(s Signer) Signer {
	return Signer{Title: vntext.Clean(s.Title), Name: vntext.Clean(s.Name)}
}

// cleanLines cleans each line (NFC, single spaces) and drops empty ones.
func cleanLines(ls []string) []string {
	var out []string
	for _, l := range ls {
		if l = vntext.Clean(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
