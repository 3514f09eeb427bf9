package rules

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// Sources are the stores a [Candidate] is loaded from. Org is required;
// Campaign and Award are optional: without Campaign a candidate has no
// initiatives and no cluster leadership, without Award no titles or forms
// received and no council ballot.
//
// Each store is read through a narrow interface of the methods the loaders
// call, so a caller may pass its own read-only view; the stores of org,
// campaign and award (memory or SQL) satisfy them. The ratings a view
// returns for years outside the span asked, and grants of a year before
// thidua.MinYear, are left out.
type Sources struct {
	Org      OrgReader
	Campaign CampaignReader
	Award    AwardReader
	// Posts classifies a post for the long-service rules; nil means
	// [PostOf] on the position's name.
	Posts func(org.Assignment) Post

	// posts memoises PostOf by position during one LoadSubtree, where
	// thousands of people share a handful of posts.
	posts map[string]Post
}

// OrgReader is what the loaders read of the organisation; an [org.Store]
// satisfies it.
type OrgReader interface {
	Unit(ctx context.Context, id org.UnitID) (org.Unit, error)
	Subtree(ctx context.Context, root org.UnitID, asOf thidua.Date) ([]org.Unit, error)
	Person(ctx context.Context, id org.PersonID) (org.Person, error)
	People(ctx context.Context, f org.PeopleFilter) ([]org.Person, error)
	PersonYears(ctx context.Context, f org.YearFilter) ([]org.PersonYear, error)
	UnitYears(ctx context.Context, f org.UnitYearFilter) ([]org.UnitYear, error)
	Disciplines(ctx context.Context, f org.DisciplineFilter) ([]org.Discipline, error)
}

// AwardReader is what the loaders read of the awards; an [award.Store]
// satisfies it.
type AwardReader interface {
	Grants(ctx context.Context, f award.GrantFilter) ([]award.Grant, error)
	Grant(ctx context.Context, id string) (award.Grant, error)
	Decisions(ctx context.Context, f award.DecisionFilter) ([]award.Decision, error)
	Nominations(ctx context.Context, f award.NominationFilter) ([]award.Nomination, error)
}

// CampaignReader is what the loaders read of the movements, clusters and
// initiatives; a [campaign.Store] satisfies it.
type CampaignReader interface {
	Movement(ctx context.Context, id campaign.MovementID) (campaign.Movement, error)
	InitiativesOf(ctx context.Context, p org.PersonID, f campaign.InitiativeFilter) ([]campaign.Initiative, error)
	Initiatives(ctx context.Context, f campaign.InitiativeFilter) ([]campaign.Initiative, error)
	InitiativeUses(ctx context.Context, id campaign.InitiativeID) ([]campaign.InitiativeUse, error)
	Uses(ctx context.Context, f campaign.UseFilter) ([]campaign.InitiativeUse, error)
	Clusters(ctx context.Context, f campaign.ClusterFilter) ([]campaign.Cluster, error)
	ClustersOf(ctx context.Context, u org.UnitID, year int) ([]campaign.Cluster, error)
}

// PostOf classifies a position's name: a deputy ("Phó Chi cục trưởng",
// "Phó Trưởng phòng", "Phó Giám đốc") is [Deputy]; a head ("Chi cục
// trưởng", "Cục trưởng", "Trưởng phòng", "Chánh Văn phòng", "Giám đốc",
// "Chủ tịch") is [Head]; anything else ("Chấp hành viên", "Thư ký") is
// [Staff]. Spelling variants are ignored (vntext.Fold). A sector whose
// titles read otherwise sets [Sources.Posts].
func PostOf(position string) Post {
	words := strings.Fields(vntext.Fold(position))
	if slices.Contains(words, vntext.Fold("phó")) {
		return Deputy
	}
	key := " " + strings.Join(words, " ") + " "
	for _, head := range []string{"trưởng", "chánh", "giám đốc", "chủ tịch"} {
		if strings.Contains(key, " "+vntext.Fold(head)+" ") {
			return Head
		}
	}
	return Staff
}

func (src *Sources) post(a org.Assignment) Post {
	if src.Posts != nil {
		return src.Posts(a)
	}
	if src.posts == nil {
		return PostOf(a.Position)
	}
	p, ok := src.posts[a.Position]
	if !ok {
		p = PostOf(a.Position)
		src.posts[a.Position] = p
	}
	return p
}

// checkSources checks the common arguments of the loaders.
func checkSources(op, kind, id string, src *Sources, span thidua.Period) error {
	if src.Org == nil {
		return thidua.Invalid(op, kind, id, "Org", "no org store")
	}
	if span.IsZero() {
		return thidua.Invalid(op, kind, id, "span", "empty period")
	}
	if err := span.Validate(); err != nil {
		return thidua.E(op, kind, id, "span", err)
	}
	return nil
}

// yearEnd returns 31/12 of y.
func yearEnd(y int) thidua.Date { return thidua.Date{Year: y, Month: time.December, Day: 31} }

// beforeEnd is every date up to the end of span: the rules look back past
// the span (the last grant of a form, a discipline's end), so grants and
// disciplines are loaded from the whole history up to it.
func beforeEnd(span thidua.Period) thidua.Period {
	return thidua.Period{From: thidua.Date{Year: thidua.MinYear, Month: time.January, Day: 1}, To: yearEnd(span.To.Year)}
}

// LoadPerson loads the history of a person over the calendar years of span
// (From.Year to To.Year) into a [Candidate] ready for [Check], [Screen] and
// [Earliest]:
//
//   - from src.Org: gender, recruitment date, each year's rating, the
//     absences that count against LĐTT ([CountedAbsence]: maternity leave
//     and treatment of injuries on duty count as working time, NĐ 91/2017
//     art. 10), the leadership post held for most of each rated year
//     (Sources.Posts), and every disciplinary decision; Unit is the unit
//     that rated the person in the last year of span (the unit of their
//     last post that year if it has no record; else of the last record);
//   - from src.Campaign: the initiatives and science works the person
//     authored that were recognised in span, with their level, kind,
//     "applied" mark and recognition year, and the awards each already
//     served ([campaign.Store.InitiativeUses], dated by the grant they
//     name, and, with src.Award, those the verdict of a nomination a
//     grant answers counted, award.Verdict.Initiatives), so that one
//     achievement earns only one form (Luật TĐKT 2022 art. 5);
//   - from src.Award: every grant held up to the end of span — a revoked
//     grant counts for nothing (Luật TĐKT 2022 chapter VII) and goes into
//     [Candidate.Revoked], with the decision that cancelled it, so that
//     the reasons say it was revoked —, the others added
//     with [Candidate.Add] so that thematic and ad hoc awards do not count
//     towards merit-based higher awards (NĐ 98/2023 art. 4); and the
//     council ballot recorded on each CSTĐ cấp bộ and CSTĐ toàn quốc
//     nomination of each year, into the ballot of that award
//     ([YearRecord.Ballots]).
//
// Grants are loaded from the whole history up to the end of span, and
// disciplines from the whole history, because the rules look back past the
// span (the last grant of a form, the end of a discipline) and [CheckAt]
// may consider a date after it; ratings and initiatives only for span. A grant whose basis is not stated is read as regular (merit),
// unless it names a movement that is not regular. What the stores do not
// keep stays zero: Training, Deceased, Worker, Proceedings, Feats, Score.
//
// Errors are *thidua.Error values with Op "rules: load person": ErrNotFound
// for an unknown person, ErrInvalid for a nil org store or an invalid span,
// and any store error, wrapped.
func LoadPerson(ctx context.Context, src Sources, id org.PersonID, span thidua.Period) (Candidate, error) {
	const op = "rules: load person"
	if err := checkSources(op, "person", string(id), &src, span); err != nil {
		return Candidate{}, err
	}
	return loadPerson(ctx, &src, direct{&src}, id, span)
}

// loadPerson is LoadPerson reading through rd.
func loadPerson(ctx context.Context, src *Sources, rd reader, id org.PersonID, span thidua.Period) (Candidate, error) {
	const op = "rules: load person"
	sid := string(id)
	fail := func(field string, err error) (Candidate, error) {
		return Candidate{}, thidua.E(op, "person", sid, field, err)
	}
	p, err := rd.Person(ctx, id)
	if err != nil {
		return fail("", err)
	}
	c := Candidate{ID: sid, Gender: p.Gender, Recruited: p.Recruited}
	from, to := span.From.Year, span.To.Year

	pys, err := rd.PersonYears(ctx, org.YearFilter{Person: id, From: from, To: to})
	if err != nil {
		return fail("years", err)
	}
	posts := make([]Post, len(p.Assignments))
	for i, a := range p.Assignments {
		posts[i] = min(src.post(a), Head)
	}
	for _, py := range pys {
		if py.Year < from || py.Year > to { // a reader's record outside the span asked
			continue
		}
		r := c.Ensure(py.Year)
		r.Rating = py.Rating
		r.DaysAbsent = CountedAbsence(py.Absences)
		for _, a := range py.Absences {
			switch a.Reason {
			case org.AbsenceMaternity:
				r.MaternityDays += max(a.Days, 0)
			case org.AbsenceInjuryOnDuty:
				r.InjuryDays += max(a.Days, 0)
			}
		}
		r.Post = postIn(p.Assignments, posts, py.Year)
		c.Unit = string(py.Unit) // the last record's unit…
	}
	if n := len(pys); n == 0 || pys[n-1].Year != to {
		if u, ok := p.RatingUnit(to); ok {
			c.Unit = string(u) // … unless the last year of span has none
		}
	}

	ds, err := rd.Disciplines(ctx, org.DisciplineFilter{Person: id})
	if err != nil {
		return fail("disciplines", err)
	}
	for _, d := range ds {
		c.Disciplines = append(c.Disciplines, Discipline{Form: d.Form, InForce: d.InForce})
	}

	var grants map[string]award.Grant // every grant read, by ID, to date initiative uses
	if src.Award != nil {
		if grants, err = src.loadGrants(ctx, rd, &c, award.GrantFilter{People: []org.PersonID{id}, Period: beforeEnd(span), IncludeRevoked: true}, to); err != nil {
			return fail("grants", err)
		}
		if err := src.loadVotes(ctx, rd, &c, award.PersonRecipient(id), from, to); err != nil {
			return fail("nominations", err)
		}
	}
	if src.Campaign != nil {
		var vu map[string][]grantUse
		if src.Award != nil {
			if vu, err = verdictUses(ctx, rd, award.PersonRecipient(id), grants); err != nil {
				return fail("nominations", err)
			}
		}
		if err := src.loadInitiatives(ctx, rd, &c, id, span, grants, vu); err != nil {
			return fail("initiatives", err)
		}
	}
	return c, nil
}

// postIn returns the post held for most of year y: the highest post held,
// full-time or concurrently, on more than half of the year's days. posts[i]
// is the post of as[i].
func postIn(as []org.Assignment, posts []Post, y int) Post {
	var held [Head + 1][]thidua.Period
	for i, a := range as {
		in, ok := a.Period.Intersect(thidua.Year(y))
		if !ok {
			continue
		}
		for k := posts[i]; k > Staff; k-- {
			held[k] = append(held[k], in)
		}
	}
	for k := Head; k > Staff; k-- {
		if 2*unionDays(held[k]) > thidua.DaysInYear(y) {
			return k
		}
	}
	return Staff
}

// unionDays counts the days covered by at least one of ps.
func unionDays(ps []thidua.Period) int {
	slices.SortFunc(ps, func(a, b thidua.Period) int { return a.From.Compare(b.From) })
	n := 0
	var cur thidua.Period
	for i, p := range ps {
		switch {
		case i == 0:
			cur = p
		case !p.From.After(cur.To.AddDays(1)):
			if p.To.After(cur.To) {
				cur.To = p.To
			}
		default:
			n += cur.Days()
			cur = p
		}
	}
	if len(ps) > 0 {
		n += cur.Days()
	}
	return n
}

// grantKind maps the basis of a grant (Luật TĐKT 2022 art. 8) to a
// [GrantKind]. A grant without a stated basis is regular, unless it names a
// movement that does not count for merit (thematic, a drive: NĐ 98/2023
// art. 4).
func (src *Sources) grantKind(ctx context.Context, rd reader, g award.Grant) (GrantKind, error) {
	if k, ok := KindOf(g.Basis); ok {
		return k, nil
	}
	if g.Movement != "" && src.Campaign != nil {
		m, err := rd.Movement(ctx, campaign.MovementID(g.Movement))
		switch {
		case err == nil && !m.Kind.CountsForMerit():
			return Thematic, nil
		case err != nil && !isNotFound(err):
			return 0, err
		}
	}
	return Merit, nil
}

// loadGrants adds to c the grants matching f up to year to, and returns
// them by ID.
func (src *Sources) loadGrants(ctx context.Context, rd reader, c *Candidate, f award.GrantFilter, to int) (map[string]award.Grant, error) {
	gs, err := rd.Grants(ctx, f)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]award.Grant, len(gs))
	var ids []string // decisions of the grants kept
	for _, g := range gs {
		byID[g.ID] = g
		if g.AchievementYear() <= to && g.Decision != "" && !g.IsRevoked() && !slices.Contains(ids, g.Decision) {
			ids = append(ids, g.Decision)
		}
	}
	// The decision dates: under NĐ 65/2014/NĐ-CP, Điều 2 khoản 4 the time
	// before the next award counts from the earlier decision.
	signed := map[string]thidua.Date{}
	if len(ids) > 0 {
		ds, err := rd.Decisions(ctx, award.DecisionFilter{IDs: ids, WithoutGrants: true})
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			signed[d.ID] = d.Date
		}
	}
	for _, g := range gs {
		y := g.AchievementYear()
		if y > to || y < thidua.MinYear { // after the span, or before any history a reader's record may claim
			continue
		}
		if g.IsRevoked() {
			// It counts for nothing; the reasons name it and its decision.
			c.Revoked = append(c.Revoked, Revoked{Code: g.Kind, Year: y, On: g.Revoked.Date, Decision: g.Revoked.Decision})
			continue
		}
		rg, ok := GrantOf(g, signed[g.Decision])
		if !ok {
			if rg.Kind, err = src.grantKind(ctx, rd, g); err != nil {
				return nil, err
			}
		}
		c.Add(rg)
	}
	return byID, nil
}

// loadVotes copies into c's years the council ballot of each of its CSTĐ
// nominations, into the ballot of the nomination's own award: CSTĐ cấp bộ
// and CSTĐ toàn quốc each need their own secret ballot (NĐ 91/2017
// art. 45.8), so one never stands for the other. A nomination's ballot is
// the last vote of the authority's council (of any council if the
// authority has not voted); of several nominations for the same award and
// year, the last listed wins. Withdrawn nominations are left out.
func (src *Sources) loadVotes(ctx context.Context, rd reader, c *Candidate, r award.Recipient, from, to int) error {
	ns, err := rd.Nominations(ctx, award.NominationFilter{Candidate: r, Codes: voteCodes})
	if err != nil {
		return err
	}
	for _, n := range ns {
		if n.State == award.Withdrawn || n.Year < from || n.Year > to || len(n.Votes) == 0 {
			continue
		}
		v := n.Votes[len(n.Votes)-1]
		for _, w := range n.Votes {
			if w.Unit == n.Authority {
				v = w
			}
		}
		c.Ensure(n.Year).Ballots.Set(n.Kind, Votes{For: v.InFavour, Members: v.Members})
	}
	return nil
}

// grantUse is a use of an initiative by a grant, known from the verdict of
// the nomination the grant answers.
type grantUse struct {
	grant string
	use   Use
}

// verdictUses returns, by initiative ID, the uses that the grants of r
// (by ID) make of the initiatives their nominations' verdicts counted
// (award.Verdict.Initiatives, from [Verdict.Used]): one achievement earns
// one form (Luật Thi đua, khen thưởng 2022, Điều 5) whether or not the
// caller also recorded the use in the campaign store. A revoked grant uses
// nothing.
func verdictUses(ctx context.Context, rd reader, r award.Recipient, grants map[string]award.Grant) (map[string][]grantUse, error) {
	byNomination := map[string]award.Grant{}
	for _, g := range grants {
		if g.Nomination != "" && !g.IsRevoked() {
			byNomination[g.Nomination] = g
		}
	}
	if len(byNomination) == 0 {
		return nil, nil
	}
	ns, err := rd.Nominations(ctx, award.NominationFilter{Candidate: r})
	if err != nil {
		return nil, err
	}
	out := map[string][]grantUse{}
	for _, n := range ns {
		g, ok := byNomination[n.ID]
		if !ok || n.Verdict == nil {
			continue
		}
		for _, in := range n.Verdict.Initiatives {
			out[in] = append(out[in], grantUse{grant: g.ID, use: Use{Code: g.Kind, Year: g.AchievementYear()}})
		}
	}
	return out, nil
}

// loadInitiatives adds to c the initiatives person id authored that were
// recognised in span, with the awards each already served: the uses the
// campaign store records and those of the grants in vu ([verdictUses])
// it does not. A use is dated by its grant, looked up in grants and then
// in the award store; a use whose grant is revoked is dropped (the grant
// counts for nothing); one whose grant cannot be found keeps year 0, so
// that it is counted for no year of that award.
func (src *Sources) loadInitiatives(ctx context.Context, rd reader, c *Candidate, id org.PersonID, span thidua.Period, grants map[string]award.Grant, vu map[string][]grantUse) error {
	recognised := thidua.Period{From: thidua.Date{Year: span.From.Year, Month: time.January, Day: 1}, To: yearEnd(span.To.Year)}
	ins, err := rd.InitiativesOf(ctx, id, campaign.InitiativeFilter{Recognised: recognised})
	if err != nil {
		return err
	}
	for _, in := range ins {
		uses, err := rd.InitiativeUses(ctx, in.ID)
		if err != nil {
			return err
		}
		ri := Initiative{ID: string(in.ID), Kind: initiativeKind(in.Kind), Level: in.Level,
			Year: in.Recognised.Year, Applied: in.Applied}
		for _, u := range uses {
			y, keep, err := src.useYear(ctx, rd, u.Grant, grants)
			if err != nil {
				return err
			}
			if keep {
				ri.UsedFor = append(ri.UsedFor, Use{Code: award.Code(u.Award), Year: y})
			}
		}
		for _, gu := range vu[ri.ID] {
			if !slices.ContainsFunc(uses, func(u campaign.InitiativeUse) bool { return u.Grant == gu.grant }) {
				ri.UsedFor = append(ri.UsedFor, gu.use)
			}
		}
		c.Initiatives = append(c.Initiatives, ri)
	}
	return nil
}

// useYear returns the year of the grant an initiative use names, and
// whether the use stands (false for a revoked grant).
func (src *Sources) useYear(ctx context.Context, rd reader, id string, grants map[string]award.Grant) (int, bool, error) {
	if g, ok := grants[id]; ok {
		return g.AchievementYear(), !g.IsRevoked(), nil
	}
	if src.Award == nil {
		return 0, true, nil
	}
	g, err := rd.Grant(ctx, id)
	switch {
	case isNotFound(err):
		return 0, true, nil
	case err != nil:
		return 0, false, err
	case g.IsRevoked():
		return 0, false, nil
	}
	return g.AchievementYear(), true, nil
}

func isNotFound(err error) bool { return err != nil && errors.Is(err, thidua.ErrNotFound) }

// initiativeKind maps a campaign initiative kind (Luật TĐKT 2022 art. 23).
func initiativeKind(k campaign.InitiativeKind) InitiativeKind {
	switch k {
	case campaign.KindScienceWork:
		return ScienceWork
	case campaign.KindCombat:
		return CombatIngenuity
	}
	return Improvement
}

// LoadUnit loads the history of a unit, as a collective, over the calendar
// years of span into a [Candidate]:
//
//   - from src.Org: the founding date (the start of Unit.Exists; the
//     history of predecessor units is not followed), each year's rating and
//     "vượt chỉ tiêu" (UnitYear), and
//     the member counts of each year with records (Luật TĐKT art. 27, 28):
//     the members are the people the unit rated that year; Completed counts
//     those rated "hoàn thành nhiệm vụ" or better, Disciplined those under a
//     discipline "cảnh cáo" or heavier in force during the year;
//   - from src.Award: the grants to the unit (as for [LoadPerson]), and the
//     members holding Lao động tiên tiến and Chiến sĩ thi đua cơ sở for the
//     year (grants not revoked; without an award store both counts are 0);
//   - from src.Campaign: whether the unit led its khối or cụm thi đua each
//     year with records ([campaign.Leads]), a criterion of Cờ thi đua cấp
//     bộ (NĐ 91/2017 art. 12).
//
// Unit is the parent unit. [Screen] recomputes the member counts of the
// year it screens from the screened members. The history of predecessor
// units is not merged in.
//
// Errors are *thidua.Error values with Op "rules: load unit": ErrNotFound
// for an unknown unit, ErrInvalid for a nil org store or an invalid span,
// and any store error, wrapped.
func LoadUnit(ctx context.Context, src Sources, id org.UnitID, span thidua.Period) (Candidate, error) {
	const op = "rules: load unit"
	if err := checkSources(op, "unit", string(id), &src, span); err != nil {
		return Candidate{}, err
	}
	return loadUnit(ctx, &src, direct{&src}, id, span)
}

// loadUnit is LoadUnit reading through rd.
func loadUnit(ctx context.Context, src *Sources, rd reader, id org.UnitID, span thidua.Period) (Candidate, error) {
	const op = "rules: load unit"
	sid := string(id)
	fail := func(field string, err error) (Candidate, error) {
		return Candidate{}, thidua.E(op, "unit", sid, field, err)
	}
	u, err := rd.Unit(ctx, id)
	if err != nil {
		return fail("", err)
	}
	c := Candidate{ID: sid, Unit: string(u.Parent), Collective: true, Founded: u.Exists.From}
	from, to := span.From.Year, span.To.Year

	uys, err := rd.UnitYears(ctx, org.UnitYearFilter{Unit: id, From: from, To: to})
	if err != nil {
		return fail("years", err)
	}
	for _, uy := range uys {
		if uy.Year < from || uy.Year > to { // a reader's record outside the span asked
			continue
		}
		r := c.Ensure(uy.Year)
		r.Rating, r.ExceededTargets = uy.Rating, uy.ExceededTargets
	}

	pys, err := rd.PersonYears(ctx, org.YearFilter{Unit: id, From: from, To: to})
	if err != nil {
		return fail("members", err)
	}
	type member struct {
		year   int
		person org.PersonID
	}
	members := map[member]bool{} // who the unit rated, each year
	ldtt := map[member]bool{}    // members awarded LĐTT for the year
	var people []org.PersonID    // by ID, once each
	var years []int              // with members
	// A reader may return records outside the span asked: they are left out.
	inSpan := func(py org.PersonYear) bool { return py.Year >= from && py.Year <= to }
	for _, py := range pys {
		if !inSpan(py) {
			continue
		}
		c.Ensure(py.Year).Members.Total++
		members[member{py.Year, py.Person}] = true
		if n := len(people); n == 0 || people[n-1] != py.Person {
			people = append(people, py.Person)
		}
		if !slices.Contains(years, py.Year) {
			years = append(years, py.Year)
		}
	}
	for _, p := range people {
		ds, err := rd.Disciplines(ctx, org.DisciplineFilter{Person: p})
		if err != nil {
			return fail("disciplines", err)
		}
		for _, y := range years {
			if !members[member{y, p}] {
				continue
			}
			for _, d := range ds {
				if d.Form >= org.CanhCao && d.InForceIn(y) {
					c.Ensure(y).Members.Disciplined++
					break
				}
			}
		}
	}

	if src.Award != nil {
		if _, err := src.loadGrants(ctx, rd, &c, award.GrantFilter{Units: []org.UnitID{id}, Period: beforeEnd(span), IncludeRevoked: true}, to); err != nil {
			return fail("grants", err)
		}
		if len(people) > 0 {
			gs, err := rd.Grants(ctx, award.GrantFilter{People: people, Codes: memberCodes, Period: thidua.Years(from, to)})
			if err != nil {
				return fail("member grants", err)
			}
			for _, g := range gs {
				y := g.AchievementYear()
				if !members[member{y, g.Recipient.Person}] {
					continue // held while rated by another unit
				}
				m := &c.Ensure(y).Members
				if g.Kind == award.LDTT {
					m.LDTT++
					ldtt[member{y, g.Recipient.Person}] = true
				} else {
					m.CSTDCS++
				}
			}
		}
	}
	for _, py := range pys {
		if inSpan(py) && completedDuties(py.Rating, ldtt[member{py.Year, py.Person}]) {
			c.Ensure(py.Year).Members.Completed++
		}
	}

	if src.Campaign != nil && len(c.Years) > 0 {
		for y := max(from, c.FirstYear); y <= min(to, c.FirstYear+len(c.Years)-1); y++ {
			lead, err := rd.Leads(ctx, id, y)
			if err != nil {
				return fail("clusters", err)
			}
			c.Year(y).ClusterLead = lead
		}
	}
	return c, nil
}

// LoadSubtree loads the candidates of a screening of year: every unit of
// the subtree of root that exists during the year (root first, then depth
// first by ID, as [org.Store.Subtree] lists them), then every person posted
// in the subtree during the year, by ID, each with span years of history
// ending in year ([LoadUnit], [LoadPerson]). A person's Unit is the unit
// that rated them in year. The result is ready for [Screen].
//
// Errors are *thidua.Error values with Op "rules: load subtree":
// ErrNotFound for an unknown root, ErrInvalid for a span below 1 or a year
// out of range, and the errors of the loaders and stores, wrapped.
func LoadSubtree(ctx context.Context, src Sources, root org.UnitID, year, span int) ([]Candidate, error) {
	const op = "rules: load subtree"
	sid := string(root)
	if span < 1 {
		return nil, thidua.Invalid(op, "unit", sid, "span", "span of %d years: want at least 1", span)
	}
	first := max(year-span+1, thidua.MinYear)
	if year < thidua.MinYear || year > thidua.MaxYear {
		return nil, thidua.Invalid(op, "unit", sid, "year", "year %d outside %d-%d", year, thidua.MinYear, thidua.MaxYear)
	}
	hist := thidua.Years(first, year)
	if err := checkSources(op, "unit", sid, &src, hist); err != nil {
		return nil, err
	}
	units, err := src.Org.Subtree(ctx, root, thidua.Date{})
	if err != nil {
		return nil, thidua.E(op, "unit", sid, "", err)
	}
	people, err := src.Org.People(ctx, org.PeopleFilter{Unit: root, Subtree: true, During: thidua.Year(year)})
	if err != nil {
		return nil, thidua.E(op, "unit", sid, "people", err)
	}
	src.posts = map[string]Post{}
	rd, err := newBatch(ctx, &src, units, people, first, year)
	if err != nil {
		return nil, thidua.E(op, "unit", sid, "", err)
	}
	out := make([]Candidate, 0, len(units)+len(people))
	for _, u := range units {
		if !u.Exists.Overlaps(thidua.Year(year)) {
			continue
		}
		c, err := loadUnit(ctx, &src, rd, u.ID, hist)
		if err != nil {
			return nil, thidua.E(op, "unit", sid, "", err)
		}
		out = append(out, c)
	}
	for _, p := range people {
		c, err := loadPerson(ctx, &src, rd, p.ID, hist)
		if err != nil {
			return nil, thidua.E(op, "unit", sid, "", err)
		}
		out = append(out, c)
	}
	return out, nil
}
