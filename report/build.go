package report

import (
	"cmp"
	"context"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// Sources are the stores a summary reads. Org and Award are required; a nil
// Contribution or Campaign store leaves its part of the summary empty.
//
// Each store is read through a narrow interface of the methods the report
// and its documents call ([OrgReader], [AwardReader], [CampaignReader],
// [ContributionReader]), so a caller may pass a read-only view; the stores
// of org, award, campaign and contribution (memory or SQL) satisfy them.
type Sources struct {
	Org   OrgReader
	Award AwardReader
	// Catalogue names the award kinds and gives their levels; nil means
	// award.DefaultCatalogue().
	Catalogue *award.Catalogue
	// Scale names the unit levels; the zero Scale leaves level names empty.
	Scale        org.Scale
	Contribution ContributionReader
	// Purposes and ItemKinds name the contributions' purposes and item
	// kinds; nil means the ready-made registries.
	Purposes  *contribution.Purposes
	ItemKinds *contribution.ItemKinds
	Campaign  CampaignReader
}

// OrgReader is what reports read of the organisation; an [org.Store]
// satisfies it.
type OrgReader interface {
	Unit(ctx context.Context, id org.UnitID) (org.Unit, error)
	Units(ctx context.Context, f org.UnitFilter) ([]org.Unit, error)
	Subtree(ctx context.Context, root org.UnitID, asOf thidua.Date) ([]org.Unit, error)
	Predecessors(ctx context.Context, unit org.UnitID) ([]org.Unit, error)
	Person(ctx context.Context, id org.PersonID) (org.Person, error)
	People(ctx context.Context, f org.PeopleFilter) ([]org.Person, error)
	PersonYears(ctx context.Context, f org.YearFilter) ([]org.PersonYear, error)
	UnitYears(ctx context.Context, f org.UnitYearFilter) ([]org.UnitYear, error)
}

// AwardReader is what reports read of the awards; an [award.Store]
// satisfies it.
type AwardReader interface {
	Grants(ctx context.Context, f award.GrantFilter) ([]award.Grant, error)
	Decision(ctx context.Context, id string) (award.Decision, error)
	Decisions(ctx context.Context, f award.DecisionFilter) ([]award.Decision, error)
	Nominations(ctx context.Context, f award.NominationFilter) ([]award.Nomination, error)
}

// CampaignReader is what reports read of the movements and initiatives; a
// [campaign.Store] satisfies it.
type CampaignReader interface {
	Movement(ctx context.Context, id campaign.MovementID) (campaign.Movement, error)
	Movements(ctx context.Context, f campaign.MovementFilter) ([]campaign.Movement, error)
	Registrations(ctx context.Context, f campaign.RegistrationFilter) ([]campaign.Registration, error)
	Results(ctx context.Context, f campaign.RegistrationFilter) ([]campaign.Result, error)
	Initiatives(ctx context.Context, f campaign.InitiativeFilter) ([]campaign.Initiative, error)
	InitiativesOf(ctx context.Context, p org.PersonID, f campaign.InitiativeFilter) ([]campaign.Initiative, error)
}

// ContributionReader is what reports read of the ledger; a
// [contribution.Store] satisfies it.
type ContributionReader interface {
	Totals(ctx context.Context, f contribution.Filter, by ...contribution.Dim) (contribution.Totals, error)
}

// SummaryRequest says which summary to build.
type SummaryRequest struct {
	// Unit is the unit summarised, with everything under it. A unit that
	// succeeded others (a rename, a merger) carries their history: a
	// summary of 2015–2020 asked about today's unit covers the units, with
	// the names, in force then.
	Unit org.UnitID
	// Period is the period summarised: grants of decisions dated in it,
	// contributions received in it, movements active in it.
	Period thidua.Period
	// AsOf is the day the summary speaks from: nothing after it counts, and
	// nominations pending on it are listed. Zero means Period.To.
	AsOf thidua.Date
	// HighlightYear, if set, picks out the unit's own grants for that year
	// ("Đặc biệt, năm 2019 …").
	HighlightYear int
	// Kinds lists the award kinds to tally, in this order. Nil means every
	// kind at the level of a ministry or above, in award.CompareKinds order.
	Kinds []award.Code
	// ListGrants lists every grant counted in AwardTally.Grants (a province
	// has tens of thousands); by default only the counts are kept.
	ListGrants bool
	// Select says which grants the period holds: those decided in it (the
	// default, [SelectByDecisionDate]) or those earned in its years
	// ([SelectByAchievementYear]).
	Select Selection
	// ListRecipients lists each kind's distinct recipients with their
	// achievement years in AwardTally.Recipients.
	ListRecipients bool
	// Authorities name the office of an authority unit a pending
	// nomination asks or a decision was issued by ("Chủ tịch Ủy ban nhân
	// dân tỉnh Đồng Tháp"), in place of the one [AuthorityOffice] derives
	// from the unit's name and of its decisions' signers' titles
	// ([Scope.IssuerOffice]).
	Authorities map[org.UnitID]string
	// Labels are the names the report writes for award kinds, in place of
	// the catalogue's official names: "Cờ Thi đua ngành Tư pháp". In a label
	// "{issuers}" stands for the issuers' offices joined with "và". They
	// are laid over DefaultLabels().
	Labels map[award.Code]string
	// Results are the unit's yearly results on targets to state beside the
	// awards, each compared with the year before ("tăng 2.150 việc (tăng
	// 9,75%) so với cùng kỳ năm 2024") and ranked when asked.
	Results []ResultRequest
	// ListDecisions lists the decisions of the grants counted in
	// Summary.Decisions, with their number, date, issuer and counts.
	ListDecisions bool
	// Pipeline, if set, counts the nominations of the period by stage in
	// Summary.Pipeline ([BuildPipeline] over the summary's scope).
	Pipeline *PipelineOptions
	// Subunits, if set, counts the units under the unit on AsOf by level
	// (Summary.Subunits): "có 06 phòng chuyên môn và 09 Phòng Thi hành án
	// dân sự khu vực trực thuộc".
	Subunits *SubunitRequest
}

// SubunitRequest asks a summary to count the units under its unit on
// AsOf by level ([org.CountByLevel]).
type SubunitRequest struct {
	// All counts every unit below the unit; by default only those
	// directly under it (trực thuộc).
	All bool
	// Labels are the words a count puts after the number, by level code:
	// "phòng chuyên môn", "Phòng Thi hành án dân sự khu vực". A level
	// without one is named by the scale, or by its code.
	Labels map[string]string
	// Order lists level codes in the order the counts name them; levels
	// not listed follow in the order org.CountByLevel finds them.
	Order []string
}

// Selection says which grants a period summary holds.
type Selection int

// Selections.
const (
	// SelectByDecisionDate holds the grants of decisions dated in the
	// period (and by AsOf), counted under the year of the decision. It is
	// the default: a summary speaks of the decisions made in its period, as
	// the statistics forms do (biểu 0601.N, Thông tư 02/2023/TT-BNV: "số
	// quyết định khen thưởng trong kỳ"), and a figure published at the end
	// of the period never changes afterwards. The achievement years it
	// lists (Summary.Own, AwardTally.Years, RecipientYears.Years) are then
	// those of the grants decided in the period, and may lie before it;
	// select by achievement year to list only the period's.
	SelectByDecisionDate Selection = iota
	// SelectByAchievementYear holds the grants whose achievement year
	// ([award.Subject.AchievementYear]) lies in the period's years and
	// whose decision is dated by AsOf, counted under the achievement year:
	// the titles of 2024 decided in January 2025 belong to 2020–2024. Set
	// AsOf after the period to take in the decisions made after it.
	SelectByAchievementYear
)

// IssuersPlaceholder is the token a label uses for the offices that signed
// the decisions: "Bằng khen của {issuers}".
const IssuersPlaceholder = "{issuers}"

// DefaultLabels returns the labels used when a request has none: the
// Bằng khen and Giấy khen of ministries, provinces and units are named after
// the offices that gave them ("Bằng khen của Bộ trưởng Bộ Tư pháp và Chủ
// tịch Ủy ban nhân dân Tỉnh"). Every call returns a new map.
func DefaultLabels() map[award.Code]string {
	return map[award.Code]string{
		award.BangKhenBo: "Bằng khen của " + IssuersPlaceholder,
		award.GiayKhen:   "Giấy khen của " + IssuersPlaceholder,
	}
}

// BuildSummary reads the sources and builds the summary the request asks
// for. The error wraps thidua.ErrInvalid for a bad request, and
// thidua.ErrNotFound if the unit is unknown; errors of the stores are
// returned wrapped.
func BuildSummary(ctx context.Context, src Sources, req SummaryRequest) (*Summary, error) {
	const op = "report: build summary"
	switch {
	case src.Org == nil || src.Award == nil:
		return nil, thidua.Invalid(op, "sources", "", "", "the org and award stores are required")
	case req.Unit == "":
		return nil, thidua.Invalid(op, "summary request", "", "unit", "no unit")
	}
	switch {
	case req.Period.IsZero():
		return nil, thidua.Invalid(op, "summary request", string(req.Unit), "period", "no period")
	case req.Period.IsOpen():
		return nil, thidua.Invalid(op, "summary request", string(req.Unit), "period", "open-ended period %s", req.Period)
	}
	if err := req.Period.Validate(); err != nil {
		return nil, thidua.E(op, "summary request", string(req.Unit), "period", err)
	}
	if y := req.HighlightYear; y != 0 && (y < req.Period.From.Year || y > req.Period.To.Year) {
		return nil, thidua.Invalid(op, "summary request", string(req.Unit), "highlight year", "year %d outside the period %s", y, req.Period)
	}
	for i, k := range req.Kinds {
		if slices.Contains(req.Kinds[:i], k) {
			return nil, thidua.Invalid(op, "summary request", string(req.Unit), "kinds", "kind %q listed twice", k)
		}
	}
	if req.Select != SelectByDecisionDate && req.Select != SelectByAchievementYear {
		return nil, thidua.Invalid(op, "summary request", string(req.Unit), "select", "unknown selection %d", int(req.Select))
	}
	if req.AsOf.IsZero() {
		req.AsOf = req.Period.To
	} else if err := req.AsOf.Validate(); err != nil {
		return nil, thidua.E(op, "summary request", string(req.Unit), "as of", err)
	}
	if req.AsOf.Before(req.Period.From) {
		return nil, thidua.Invalid(op, "summary request", string(req.Unit), "as of", "as-of day %s before the period", req.AsOf)
	}
	b := &builder{ctx: ctx, src: src, req: req}
	if b.src.Catalogue == nil {
		b.src.Catalogue = award.DefaultCatalogue()
	}
	labels := DefaultLabels()
	maps.Copy(labels, req.Labels)
	b.req.Labels = labels
	b.sc = newScope(b.src, ScopeRequest{Unit: req.Unit, Period: req.Period, AsOf: req.AsOf, Select: req.Select, Authorities: req.Authorities})
	if err := b.sc.loadUnits(ctx); err != nil {
		return nil, wrapStore(op, string(req.Unit), err)
	}
	b.sum.Unit = b.sc.head
	b.sum.Period = req.Period
	b.sum.AsOf = req.AsOf
	b.sum.Units = b.sc.Units()
	// The ledger is read beside the rest: the stores are safe for
	// concurrent use, and loadContributions reads only the units (settled
	// by now) and writes only the summary's contributions.
	side := make(chan error, 1)
	go func() { side <- b.loadContributions() }()
	err := run(func() error { return b.sc.loadPeople(ctx) }, b.loadAwards, b.loadPending, b.loadMovements, b.loadInitiatives, b.loadResults, b.loadPipeline, b.loadSubunits)
	if serr := <-side; err == nil {
		err = serr
	}
	if err != nil {
		return nil, wrapStore(op, string(req.Unit), err)
	}
	return &b.sum, nil
}

// loadSubunits counts the units under the unit on AsOf by level, when
// asked.
func (b *builder) loadSubunits() error {
	rq := b.req.Subunits
	if rq == nil {
		return nil
	}
	counts, err := org.CountByLevel(b.ctx, b.src.Org, b.req.Unit, b.req.AsOf, !rq.All)
	if err != nil {
		return err
	}
	rank := func(level string) int {
		if i := slices.Index(rq.Order, level); i >= 0 {
			return i
		}
		return len(rq.Order)
	}
	slices.SortStableFunc(counts, func(x, y org.LevelCount) int { return cmp.Compare(rank(x.Level), rank(y.Level)) })
	for _, c := range counts {
		label := rq.Labels[c.Level]
		if label == "" {
			label = c.Level
			if l, ok := b.src.Scale.Lookup(c.Level); ok {
				label = l.Name
			}
		}
		b.sum.Subunits = append(b.sum.Subunits, SubunitCount{Level: c.Level, Label: label, N: c.N})
	}
	return nil
}

// run runs steps in order, stopping at the first error.
func run(steps ...func() error) error {
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// wrapStore adds the operation to an error unless it already carries one.
func wrapStore(op, id string, err error) error {
	if _, ok := err.(*thidua.Error); ok {
		return err
	}
	return thidua.E(op, "summary", id, "", err)
}

// builder holds the state of one BuildSummary call.
type builder struct {
	ctx context.Context
	src Sources
	req SummaryRequest
	sc  *Scope // what the summary counts
	sum Summary

	recDesc []*Recipient // by recipient index of sc, made on first use

	recLevel  []int32    // by recipient index of sc: 1 + number of its unit's level, 0 if not yet known
	levelInfo []UnitInfo // by level number: the first unit met of the level
}

// personInfo describes a person by the post held on AsOf, or the last one
// held before it.
func (b *builder) personInfo(p org.Person) *PersonInfo {
	info := &PersonInfo{ID: p.ID, FullName: p.FullName, Gender: p.Gender}
	a, former, ok := p.LastPostOn(b.req.AsOf)
	info.Former = former
	if ok {
		info.Post = a.Position
		if u, known := b.sc.units[a.Unit]; known {
			info.PostUnit = u
		} else if u, known := b.sc.allUnits[a.Unit]; known {
			info.PostUnit = b.sc.info(u)
		}
	}
	return info
}

// recipient describes an award's recipient. Descriptions are made once per
// recipient and shared; the index numbers the recipient within the build.
func (b *builder) recipient(r award.Recipient) (Recipient, int32) {
	i := b.sc.recKey(r)
	return b.desc(i), i
}

// desc returns the description of recipient i, made on first use.
func (b *builder) desc(i int32) Recipient {
	if n := len(b.sc.recKeys); len(b.recDesc) < n {
		b.recDesc = append(b.recDesc, make([]*Recipient, n-len(b.recDesc))...)
	}
	if d := b.recDesc[i]; d != nil {
		return *d
	}
	d := b.describe(b.sc.recKeys[i])
	b.recDesc[i] = &d
	return d
}

func (b *builder) describe(r award.Recipient) Recipient {
	if r.Unit != "" {
		u := b.sc.unitInfo(r.Unit)
		return Recipient{Unit: &u}
	}
	if pi, ok := b.sc.person(r.Person); ok {
		if p, err := b.sc.whole(b.ctx, pi); err == nil {
			return Recipient{Person: b.personInfo(*p)}
		}
	}
	p, err := b.src.Org.Person(b.ctx, r.Person)
	if err != nil {
		p = org.Person{ID: r.Person, FullName: string(r.Person)}
	}
	return Recipient{Person: b.personInfo(p)}
}

// label is the report's name of a kind, issuers not yet filled in.
func (b *builder) label(k award.Kind) string {
	if l, ok := b.req.Labels[k.Code]; ok && l != "" {
		return vntext.NFC(l)
	}
	return k.Name
}

// kinds returns the kinds the request tallies, in order.
func (b *builder) kinds() ([]award.Kind, error) {
	kinds := make([]award.Kind, 0, len(b.req.Kinds))
	if b.req.Kinds != nil {
		for _, c := range b.req.Kinds {
			k, err := b.src.Catalogue.Kind(c)
			if err != nil {
				return nil, thidua.Invalid("report: build summary", "summary request", string(b.req.Unit), "kinds", "unknown award kind %q", c)
			}
			kinds = append(kinds, k)
		}
		return kinds, nil
	}
	for _, k := range b.src.Catalogue.Kinds() {
		if k.Level >= award.LevelMinistry {
			kinds = append(kinds, k)
		}
	}
	slices.SortStableFunc(kinds, award.CompareKinds)
	return kinds, nil
}

// loadAwards tallies the grants of the period.
func (b *builder) loadAwards() error {
	kinds, err := b.kinds()
	if err != nil {
		return err
	}
	codes := make([]award.Code, len(kinds))
	for i, k := range kinds {
		codes[i] = k.Code
	}
	highlighted := func(r award.Recipient, year int) bool {
		return b.req.HighlightYear != 0 && year == b.req.HighlightYear && r.Unit != "" && b.sc.Own(r.Unit)
	}
	keep := highlighted
	if b.req.ListGrants {
		keep = func(award.Recipient, int) bool { return true }
	}
	cs, scanned, grants, err := b.sc.scan(b.ctx, codes, keep)
	if err != nil {
		return err
	}
	if b.req.ListRecipients || b.req.ListGrants {
		// The people named, their records read with one call.
		if err := b.sc.readRecipients(b.ctx); err != nil {
			return err
		}
	}
	// Group by kind, in one array: a counting sort on the kind.
	start := make([]int, len(scanned)+1)
	for _, c := range cs {
		start[c.code+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	grouped := cs // already in order when of one kind
	if !slices.IsSortedFunc(cs, func(x, y counted) int { return cmp.Compare(x.code, y.code) }) {
		grouped = make([]counted, len(cs))
		pos := slices.Clone(start)
		for _, c := range cs {
			grouped[pos[c.code]] = c
			pos[c.code]++
		}
	}
	byCode := make(map[award.Code][]counted, len(scanned))
	for i, code := range scanned {
		byCode[code] = grouped[start[i]:start[i+1]:start[i+1]]
	}
	for _, k := range kinds {
		gs := byCode[k.Code]
		if len(gs) == 0 {
			continue
		}
		t := b.tally(k, gs)
		highlight := func(g counted) bool { return highlighted(b.sc.recKeys[g.rec], int(g.year)) }
		var own *OwnAward
		var owned []counted
		for _, g := range gs {
			if u := b.sc.recKeys[g.rec].Unit; u != "" && b.sc.Own(u) {
				if own == nil {
					own = &OwnAward{Code: k.Code, Family: k.Family}
				}
				owned = append(owned, g)
				own.Grants++
				own.Years = append(own.Years, int(g.year))
			}
		}
		if own != nil {
			own.Label = b.labelOf(k, owned)
			slices.Sort(own.Years)
			own.Years = slices.Compact(own.Years)
			b.sum.Own = append(b.sum.Own, *own)
		}
		picked := gs
		if !b.req.ListGrants {
			picked = nil
			for _, g := range gs {
				if highlight(g) {
					picked = append(picked, g)
				}
			}
		}
		for _, g := range b.sortGrants(picked) {
			gi := b.grantInfo(grants[g.kept], g, t.Label)
			if b.req.ListGrants {
				t.Grants = append(t.Grants, gi)
			}
			if highlight(g) {
				if grants[g.kept].Title == "" {
					// labelOf of the one grant: its decision's issuer.
					gi.Label = FillIssuers(b.label(k), gi.Issuer)
				}
				b.sum.Highlights = append(b.sum.Highlights, gi)
			}
		}
		b.sum.Awards = append(b.sum.Awards, t)
	}
	if b.req.ListDecisions {
		b.sum.Decisions = b.decisionInfos(kinds, scanned, cs)
	}
	return nil
}

// loadPipeline counts the nominations by stage, if the request asks.
func (b *builder) loadPipeline() error {
	if b.req.Pipeline == nil {
		return nil
	}
	p, err := BuildPipeline(b.ctx, b.sc, *b.req.Pipeline)
	b.sum.Pipeline = p
	return err
}

// decisionInfos lists the decisions of the counted grants cs (of the kinds
// scanned, indexes of counted.code), by date, number and ID, each with its
// counts and the kinds it gave in the order of kinds.
func (b *builder) decisionInfos(kinds []award.Kind, scanned []award.Code, cs []counted) []DecisionInfo {
	type acc struct {
		info  DecisionInfo
		codes map[award.Code]bool
	}
	byDec := make(map[int32]*acc)
	var order []int32
	for _, c := range cs {
		a, ok := byDec[c.dec]
		if !ok {
			a = &acc{info: DecisionOf(b.sc.decisions[c.dec]), codes: make(map[award.Code]bool)}
			a.info.Issuer = b.issuer(c.dec)
			byDec[c.dec] = a
			order = append(order, c.dec)
		}
		if b.sc.recKeys[c.rec].Unit != "" {
			a.info.Collectives++
		} else {
			a.info.Individuals++
		}
		a.codes[scanned[c.code]] = true
	}
	out := make([]DecisionInfo, 0, len(order))
	for _, i := range order {
		a := byDec[i]
		for _, k := range kinds {
			if a.codes[k.Code] {
				// The decision names its issuer: "Bằng khen", not "Bằng
				// khen của {issuers}".
				l := strings.ReplaceAll(b.label(k), " của "+IssuersPlaceholder, "")
				a.info.Awards = append(a.info.Awards, strings.ReplaceAll(l, IssuersPlaceholder, a.info.Issuer))
			}
		}
		out = append(out, a.info)
	}
	slices.SortFunc(out, func(x, y DecisionInfo) int {
		return cmp.Or(x.Date.Compare(y.Date), cmp.Compare(x.Number.Symbol, y.Number.Symbol), cmp.Compare(x.Number.Number, y.Number.Number), cmp.Compare(x.ID, y.ID))
	})
	return out
}

// grantInfo describes one grant for the summary.
func (b *builder) grantInfo(g award.Grant, r counted, label string) GrantInfo {
	d := b.sc.decisions[r.dec]
	gi := GrantInfo{
		ID: g.ID, Code: g.Kind, Label: label, Recipient: b.desc(r.rec), Year: g.Year, Period: g.Period,
		DecisionID: d.ID, Decision: d.Number, DecisionDate: d.Date, Issuer: b.issuer(r.dec), Basis: g.Basis,
		NumberUnknown: d.NumberUnknown,
	}
	if g.Title != "" {
		gi.Label = vntext.NFC(g.Title)
	}
	return gi
}

// issuer is the office decision d is counted under ([Scope.IssuerOffice]).
func (b *builder) issuer(d int32) string { return b.sc.IssuerOffice(&b.sc.decisions[d]) }

// issuersOf returns the offices of the decisions of gs in the order of
// their first decision ([Scope.IssuersInOrder]), those decisions in that
// order, and for each of them the index of its office in issuers.
func (b *builder) issuersOf(gs []counted) (issuers []string, decisions []int32, of []int) {
	seen := make([]bool, len(b.sc.decisions))
	for _, g := range gs {
		if !seen[g.dec] {
			seen[g.dec] = true
			decisions = append(decisions, g.dec)
		}
	}
	issuers, of = issuersInOrder(b.sc, decisions, func(d int32) *award.Decision { return &b.sc.decisions[d] })
	return issuers, decisions, of
}

// labelOf is the report's name of kind k for the grants gs: the label with
// "{issuers}" the issuers of these grants, not of the whole kind — the
// unit's own Bằng khen, all of the Bộ, are "Bằng khen của Bộ trưởng Bộ Tư
// pháp" though the province gave others. The tally, the unit's own awards
// and the highlights are named by it.
func (b *builder) labelOf(k award.Kind, gs []counted) string {
	issuers, _, _ := b.issuersOf(gs)
	return FillIssuers(b.label(k), issuers...)
}

// basisOrder lists the bases in the order summaries name them; 0 (not
// stated) comes last.
var basisOrder = []award.Basis{award.Regular, award.AdHoc, award.Thematic, award.LongService, award.LengthOfService, award.External, 0}

func basisRank(x award.Basis) int {
	if i := slices.Index(basisOrder, x); i >= 0 {
		return i
	}
	return len(basisOrder)
}

// tally counts the grants of one kind. Distinct recipients are counted per
// collective (renames followed): the grants are grouped by recipient, and
// each figure counts a recipient once however many of its grants fall in it.
// Every figure is an array indexed by small numbers (year, issuer, basis,
// level) and a recipient's first grant in it is told by a stamp, so the
// count is linear in the grants.
func (b *builder) tally(k award.Kind, gs []counted) AwardTally {
	t := AwardTally{Code: k.Code, Name: k.Name, Family: k.Family, Level: k.Level, Counter: k.Counter, Conferrer: k.Conferrer.String()}
	// Issuers in the order of their first decision.
	var (
		order []int32
		of    []int
	)
	t.Issuers, order, of = b.issuersOf(gs)
	issuerOf := make([]int32, len(b.sc.decisions)) // decision → index in t.Issuers
	for i, d := range order {
		issuerOf[d] = int32(of[i])
	}
	t.Label = FillIssuers(b.label(k), t.Issuers...)

	// Group by recipient: a counting sort on the collective's number, of
	// what the figures read of each grant.
	n := len(b.sc.recKeys)
	canon := b.sc.canon
	start := make([]int32, n+1)
	for _, g := range gs {
		start[canon[g.rec]+1]++
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	type tallied struct {
		rec, dec  int32
		year, sel int16 // achievement year, year counted under (thidua.MinYear..MaxYear)
		basis     award.Basis
	}
	grouped := make([]tallied, len(gs))
	pos := slices.Clone(start[:n])
	for _, g := range gs {
		r := canon[g.rec]
		grouped[pos[r]] = tallied{rec: g.rec, dec: g.dec, year: int16(g.year), sel: int16(b.sc.selYear(g)), basis: g.basis}
		pos[r]++
	}

	const nb = math.MaxUint8 + 1 // bases
	var (
		years, achieved smallInts // years counted under, achievement years
		byYear          []YearCount
		yearSeen        []int32 // by index in years: the last recipient counted
		achievedSeen    []int32
		issuers         = make([]IssuerCount, len(t.Issuers))
		issuerSeen      = make([]int32, len(t.Issuers))
		bases           [nb]*BasisCount
		basisSeen       [nb]int32
		issuerBases     = make([]*BasisCount, len(t.Issuers)*nb)
		issuerBasisSeen = make([]int32, len(t.Issuers)*nb)
		levels          []levelTally // by level number (builder.levelOf)
		levelSeen       []int32
	)
	for i := range issuers {
		issuers[i].Issuer = t.Issuers[i]
	}
	side := func(unit bool, coll, ind *RecipientCount) *RecipientCount {
		if unit {
			return coll
		}
		return ind
	}
	for r := 0; r < n; r++ {
		grp := grouped[start[r]:start[r+1]]
		if len(grp) == 0 {
			continue
		}
		stamp := int32(r + 1) // marks what this recipient was counted in
		canonUnit := b.sc.recKeys[r].Unit
		unit := canonUnit != ""
		total := side(unit, &t.Collectives, &t.Individuals)
		total.Recipients++
		total.Grants += len(grp)
		var ry *RecipientYears
		if b.req.ListRecipients {
			t.Recipients = append(t.Recipients, RecipientYears{Recipient: b.desc(int32(r)), Grants: len(grp)})
			ry = &t.Recipients[len(t.Recipients)-1]
		}
		for _, g := range grp {
			// Achievement years.
			ai := achieved.index(int32(g.year))
			if ai == len(achievedSeen) {
				achievedSeen = append(achievedSeen, 0)
			}
			if ry != nil && achievedSeen[ai] != stamp {
				ry.Years = append(ry.Years, int(g.year))
			}
			achievedSeen[ai] = stamp
			// By year.
			yi := years.index(int32(g.sel))
			if yi == len(byYear) {
				byYear = append(byYear, YearCount{Year: int(g.sel)})
				yearSeen = append(yearSeen, 0)
			}
			c := side(unit, &byYear[yi].Collectives, &byYear[yi].Individuals)
			c.Grants++
			if yearSeen[yi] != stamp {
				yearSeen[yi] = stamp
				c.Recipients++
			}
			// By issuer, and basis within it.
			ii := int(issuerOf[g.dec])
			c = side(unit, &issuers[ii].Collectives, &issuers[ii].Individuals)
			c.Grants++
			if issuerSeen[ii] != stamp {
				issuerSeen[ii] = stamp
				c.Recipients++
			}
			bc := bases[g.basis]
			if bc == nil {
				bc = &BasisCount{Basis: g.basis, Name: BasisName(g.basis)}
				bases[g.basis] = bc
			}
			c = side(unit, &bc.Collectives, &bc.Individuals)
			c.Grants++
			if basisSeen[g.basis] != stamp {
				basisSeen[g.basis] = stamp
				c.Recipients++
			}
			ib := ii*nb + int(g.basis)
			bc = issuerBases[ib]
			if bc == nil {
				bc = &BasisCount{Basis: g.basis, Name: BasisName(g.basis)}
				issuerBases[ib] = bc
			}
			c = side(unit, &bc.Collectives, &bc.Individuals)
			c.Grants++
			if issuerBasisSeen[ib] != stamp {
				issuerBasisSeen[ib] = stamp
				c.Recipients++
			}
			// By unit level, of the unit as named on the grant.
			if b.sc.recKeys[g.rec].Unit != "" {
				li := b.levelOf(g.rec)
				for len(levels) <= li {
					levels = append(levels, levelTally{})
					levelSeen = append(levelSeen, 0)
				}
				lt := &levels[li]
				if lt.count == nil {
					info := b.levelInfo[li]
					lt.count = &LevelCount{Level: info.Level, LevelName: info.LevelName, LevelRank: info.LevelRank}
					lt.unit = canonUnit
				} else if lt.unit != canonUnit {
					lt.many = true
				}
				lt.count.Grants++
				if levelSeen[li] != stamp {
					levelSeen[li] = stamp
					lt.count.Recipients++
				}
			}
		}
		if ry != nil {
			slices.Sort(ry.Years)
		}
	}
	t.ByYear = byYear
	slices.SortFunc(t.ByYear, func(x, y YearCount) int { return cmp.Compare(x.Year, y.Year) })
	for _, y := range achieved {
		t.Years = append(t.Years, int(y))
	}
	slices.Sort(t.Years)
	for _, lt := range levels {
		if lt.count == nil {
			continue
		}
		if !lt.many {
			u := b.sc.unitInfo(lt.unit)
			lt.count.Unit = &u
		}
		t.ByLevel = append(t.ByLevel, *lt.count)
	}
	slices.SortFunc(t.ByLevel, func(x, y LevelCount) int {
		return cmp.Or(cmp.Compare(rankKey(x.LevelRank), rankKey(y.LevelRank)), cmp.Compare(x.Level, y.Level))
	})
	sortBases := func(bs []*BasisCount) []BasisCount {
		var out []BasisCount
		for _, bc := range bs {
			if bc != nil {
				out = append(out, *bc)
			}
		}
		slices.SortStableFunc(out, func(x, y BasisCount) int { return CompareBases(x.Basis, y.Basis) })
		return out
	}
	t.ByBasis = sortBases(bases[:])
	for i := range issuers {
		issuers[i].ByBasis = sortBases(issuerBases[i*nb : (i+1)*nb])
	}
	t.ByIssuer = issuers
	if b.req.ListRecipients {
		b.sortRecipients(t.Recipients)
	}
	return t
}

// levelTally is the count of one unit level in a tally, with the only
// collective counted in it unless many.
type levelTally struct {
	count *LevelCount
	unit  org.UnitID
	many  bool
}

// levelOf returns the number of the level of the unit recipient rec
// (numbered on first use, described in b.levelInfo).
func (b *builder) levelOf(rec int32) int {
	if n := len(b.sc.recKeys); len(b.recLevel) < n {
		b.recLevel = append(b.recLevel, make([]int32, n-len(b.recLevel))...)
	}
	if l := b.recLevel[rec]; l > 0 {
		return int(l - 1)
	}
	info := b.sc.unitInfo(b.sc.recKeys[rec].Unit)
	i := slices.IndexFunc(b.levelInfo, func(x UnitInfo) bool { return x.Level == info.Level })
	if i < 0 {
		i = len(b.levelInfo)
		b.levelInfo = append(b.levelInfo, info)
	}
	b.recLevel[rec] = int32(i + 1)
	return i
}

// smallInts numbers a few distinct values (years) in the order first seen.
type smallInts []int32

// index returns the number of v, adding it if new.
func (s *smallInts) index(v int32) int {
	for i, w := range *s {
		if w == v {
			return i
		}
	}
	*s = append(*s, v)
	return len(*s) - 1
}

// sortRecipients orders recipients collectives first, then by name, then by
// ID.
func (b *builder) sortRecipients(rs []RecipientYears) {
	slices.SortStableFunc(rs, func(x, y RecipientYears) int {
		ux, uy := x.Recipient.Unit == nil, y.Recipient.Unit == nil
		return cmp.Or(compareBool(ux, uy), strings.Compare(x.Recipient.Name(), y.Recipient.Name()))
	})
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

// sortGrants orders grants by year, then recipient's name, then decision
// date, then ID. The grants come in ID order (as stores return them), so
// their position stands for the ID, and each gets a key of two integers.
func (b *builder) sortGrants(gs []counted) []counted {
	if len(gs) == 0 {
		return nil
	}
	// Rank the names of the recipients of these grants only.
	var recs []int32
	seen := make(map[int32]bool)
	for _, g := range gs {
		if !seen[g.rec] {
			seen[g.rec] = true
			recs = append(recs, g.rec)
		}
	}
	slices.SortFunc(recs, func(x, y int32) int {
		return cmp.Or(strings.Compare(b.desc(x).Name(), b.desc(y).Name()), strings.Compare(b.sc.recKeys[x].String(), b.sc.recKeys[y].String()))
	})
	nameRank := make(map[int32]uint64, len(recs))
	for i, r := range recs {
		nameRank[r] = uint64(i)
	}
	type key struct{ hi, lo uint64 }
	keys := make([]key, len(gs))
	epoch := thidua.Date{Year: thidua.MinYear, Month: 1, Day: 1}
	days := make(map[int32]uint64)
	for i, g := range gs {
		day, ok := days[g.dec]
		if !ok {
			day = uint64(epoch.DaysUntil(b.sc.decisions[g.dec].Date))
			days[g.dec] = day
		}
		keys[i] = key{hi: uint64(int(g.year)-thidua.MinYear)<<40 | nameRank[g.rec], lo: day<<32 | uint64(i)}
	}
	slices.SortFunc(keys, func(x, y key) int {
		if x.hi != y.hi {
			return cmp.Compare(x.hi, y.hi)
		}
		return cmp.Compare(x.lo, y.lo)
	})
	out := make([]counted, len(gs))
	for i, k := range keys {
		out[i] = gs[uint32(k.lo)]
	}
	return out
}

// pending lists the nominations under consideration on AsOf.
func (b *builder) loadPending() error {
	ns, err := b.src.Award.Nominations(b.ctx, award.NominationFilter{
		PendingDuring: thidua.Period{From: b.req.AsOf, To: b.req.AsOf},
	})
	if err != nil {
		return err
	}
	// The nominees of the scope, their records read with one call.
	var pis []int32
	for _, n := range ns {
		if pi, ok := b.sc.person(n.Recipient.Person); ok {
			pis = append(pis, pi)
		}
	}
	if err := b.sc.readWhole(b.ctx, pis); err != nil {
		return err
	}
	for _, n := range ns {
		r := n.Recipient
		if !b.sc.Nominee(r) {
			continue
		}
		k, err := b.src.Catalogue.Kind(n.Kind)
		if err != nil {
			continue
		}
		p := PendingInfo{
			ID: n.ID, Code: n.Kind, Label: b.label(k), Conferrer: k.Conferrer.String(),
			Authority: b.authority(k, n.Authority),
			Own:       r.Unit != "" && b.sc.lineage[r.Unit],
		}
		p.Recipient, _ = b.recipient(r)
		p.Label = FillIssuers(p.Label, p.Authority)
		if v := NominationVerb(award.Kind{Name: p.Label, Family: k.Family, Counter: k.Counter}); v != "tặng" {
			p.Verb = v
		}
		if pp, ok := n.Pending(); ok {
			p.Submitted = pp.From
		}
		b.sum.Pending = append(b.sum.Pending, p)
	}
	slices.SortStableFunc(b.sum.Pending, func(x, y PendingInfo) int {
		own := func(p PendingInfo) int {
			if p.Own {
				return 0
			}
			return 1
		}
		return cmp.Or(cmp.Compare(own(x), own(y)), -cmp.Compare(b.level(x.Code), b.level(y.Code)), x.Submitted.Compare(y.Submitted), cmp.Compare(x.ID, y.ID))
	})
	type tk struct {
		code      award.Code
		authority string
		own       bool
	}
	tallies := make(map[tk]int)
	for _, p := range b.sum.Pending {
		key := tk{p.Code, p.Authority, p.Own}
		i, ok := tallies[key]
		if !ok {
			i = len(b.sum.PendingTallies)
			tallies[key] = i
			b.sum.PendingTallies = append(b.sum.PendingTallies, PendingTally{Code: p.Code, Label: p.Label, Authority: p.Authority, Own: p.Own})
		}
		if p.Recipient.Unit != nil {
			b.sum.PendingTallies[i].Collectives++
		} else {
			b.sum.PendingTallies[i].Individuals++
		}
	}
	return nil
}

// authority is the office a nomination of kind k asks: the request's name
// for the authority unit, else [AuthorityOffice] of it, else the kind's
// office.
func (b *builder) authority(k award.Kind, unit org.UnitID) string {
	if s := b.req.Authorities[unit]; s != "" {
		return vntext.Clean(s)
	}
	name := ""
	if u, ok := b.sc.allUnits[unit]; ok {
		name, _ = u.NameOn(b.req.AsOf)
	}
	return AuthorityOffice(k.Conferrer, name)
}

// AuthorityOffice names the office that confers an award of conferrer c
// when the nomination is before the unit named unitName: the head of the
// unit ("Bộ trưởng Bộ Tư pháp", "Chủ tịch Ủy ban nhân dân tỉnh Đồng
// Tháp", "Giám đốc Sở Tư pháp", "Cục trưởng Cục Thi hành án dân sự"), as
// Luật Thi đua, khen thưởng 2022, Điều 80 assigns the power to confer to
// the head of the agency. The Prime Minister's and the President's awards
// name their office whatever the unit ("Thủ tướng Chính phủ", "Chủ tịch
// nước"). With no unit name it is the kind's office (c.String()).
func AuthorityOffice(c award.Conferrer, unitName string) string {
	switch c {
	case award.ByPrimeMinister, award.ByPresident:
		return c.String()
	}
	name := vntext.Clean(unitName)
	if name == "" {
		return c.String()
	}
	if head, ok := headOf(name); ok {
		return head + " " + name
	}
	return "Thủ trưởng " + name
}

// officeHeads are the heads of agencies, by the first words of the
// agency's name; an agency not listed is headed by its "Thủ trưởng".
var officeHeads = []struct{ prefix, head string }{
	{"Ủy ban nhân dân", "Chủ tịch"},
	{"Chính phủ", "Thủ tướng"},
	{"Tổng cục", "Tổng cục trưởng"},
	{"Chi cục", "Chi cục trưởng"},
	{"Cục", "Cục trưởng"},
	{"Bộ", "Bộ trưởng"},
	{"Sở", "Giám đốc"},
	{"Vụ", "Vụ trưởng"},
	{"Phòng", "Trưởng phòng"},
	{"Ban", "Trưởng ban"},
}

// IsHeadPost reports whether post is the head of an office or of a part of
// one, or a deputy head: a head [AuthorityOffice] names ("Cục trưởng",
// "Giám đốc", "Chủ tịch", "Thủ tướng"), or any post "… trưởng" ("Trưởng
// phòng", "Tổ trưởng"), with or without "Phó". It is the one rule the
// documents classify the leadership of a unit by.
func IsHeadPost(post string) bool {
	if org.NameMatches(post, "trưởng") {
		return true
	}
	for _, h := range officeHeads {
		if org.NameMatches(post, h.head) {
			return true
		}
	}
	return false
}

// IsDeputyPost reports whether post is a deputy's: "Phó Cục trưởng", "Phó
// Giám đốc".
func IsDeputyPost(post string) bool {
	f := strings.Fields(vntext.Fold(post))
	return len(f) > 0 && f[0] == vntext.Fold("Phó")
}

// level returns the level of a kind, 0 if unknown.
func (b *builder) level(c award.Code) award.Level {
	k, err := b.src.Catalogue.Kind(c)
	if err != nil {
		return 0
	}
	return k.Level
}

// contributions totals the received contributions of the period. An
// entry funded by several contributors (contribution.Entry.Shares) counts
// each share under its own source: the unit's own money as đóng góp, a
// benefactor's as vận động.
func (b *builder) loadContributions() error {
	if b.src.Contribution == nil {
		return nil
	}
	purposes := b.src.Purposes
	if purposes == nil {
		purposes = contribution.NewPurposes()
	}
	kinds := b.src.ItemKinds
	if kinds == nil {
		kinds = contribution.NewItemKinds()
	}
	// One pass over the ledger, grouped finely; the views below add the
	// rows up (exactly: decimal sums).
	f := contribution.Filter{Period: b.sc.span, Units: b.sc.unitIDs, Status: contribution.Received}
	totals, err := b.src.Contribution.Totals(b.ctx, f, contribution.BySource, contribution.ByPurpose, contribution.ByYear)
	if err != nil {
		return err
	}
	type pk struct {
		src     contribution.Source
		purpose string
	}
	type kk struct {
		src  contribution.Source
		kind string
	}
	type yk struct {
		src  contribution.Source
		year int
	}
	money := make(map[pk]decimal.Decimal)
	items := make(map[kk]*ItemLine)
	years := make(map[yk]decimal.Decimal)
	var pks []pk
	var kks []kk
	var yks []yk
	addMoney := func(src contribution.Source, purpose string, year int, amount decimal.Decimal) {
		p := pk{src, purpose}
		if _, ok := money[p]; !ok {
			pks = append(pks, p)
		}
		money[p] = money[p].Add(amount)
		y := yk{src, year}
		if _, ok := years[y]; !ok {
			yks = append(yks, y)
		}
		years[y] = years[y].Add(amount)
	}
	for _, r := range totals.Rows {
		src := r.Key.Source
		if !r.Money.IsZero() {
			addMoney(src, r.Key.Purpose, r.Key.Year, r.Money)
		}
		for _, it := range r.Items {
			if it.Count == 0 && !it.Value.IsZero() {
				// Shares of items that paid for none of them (the
				// lawyer's part of a house the unit built): money
				// given for the purpose.
				addMoney(src, r.Key.Purpose, r.Key.Year, it.Value)
				continue
			}
			k := kk{src, it.Kind}
			line := items[k]
			if line == nil {
				line = &ItemLine{Kind: it.Kind, Name: it.Kind, Classifier: it.Kind}
				if ik, ok := kinds.Lookup(it.Kind); ok {
					line.Name, line.Classifier = ik.Name, ik.Classifier
				}
				items[k] = line
				kks = append(kks, k)
			}
			line.Count += it.Count
			line.Value = line.Value.Add(it.Value)
		}
	}
	side := func(s contribution.Source) *SourceSummary {
		if s == contribution.Own {
			return &b.sum.Contributions.Own
		}
		return &b.sum.Contributions.Mobilised
	}
	slices.SortFunc(pks, func(x, y pk) int { return cmp.Or(cmp.Compare(x.src, y.src), strings.Compare(x.purpose, y.purpose)) })
	for _, p := range pks {
		if money[p].IsZero() {
			continue
		}
		name := p.purpose
		if pp, ok := purposes.Lookup(p.purpose); ok {
			name = pp.Name
		}
		s := side(p.src)
		s.Money = append(s.Money, MoneyLine{Purpose: p.purpose, PurposeName: name, Amount: money[p]})
		s.Total = s.Total.Add(money[p])
	}
	order := make(map[string]int)
	for i, k := range kinds.All() {
		order[k.Code] = i
	}
	rank := func(kind string) int {
		if o, ok := order[kind]; ok {
			return o
		}
		return math.MaxInt
	}
	slices.SortFunc(kks, func(x, y kk) int {
		return cmp.Or(cmp.Compare(x.src, y.src), cmp.Compare(rank(x.kind), rank(y.kind)), strings.Compare(x.kind, y.kind))
	})
	for _, k := range kks {
		if items[k].Count != 0 {
			s := side(k.src)
			s.Items = append(s.Items, *items[k])
		}
	}
	slices.SortFunc(yks, func(x, y yk) int { return cmp.Or(cmp.Compare(x.src, y.src), cmp.Compare(x.year, y.year)) })
	for _, y := range yks {
		if !years[y].IsZero() {
			s := side(y.src)
			s.ByYear = append(s.ByYear, YearAmount{Year: y.year, Amount: years[y]})
		}
	}
	return nil
}

// movements lists the movements of the period and counts the peak drives.
func (b *builder) loadMovements() error {
	if b.src.Campaign == nil {
		return nil
	}
	ms, err := b.src.Campaign.Movements(b.ctx, campaign.MovementFilter{During: b.sc.span})
	if err != nil {
		return err
	}
	// The units above the summary's unit: a movement for their subtree
	// includes it.
	above := make(map[org.UnitID]bool)
	for id := range b.sc.lineage {
		u, err := b.src.Org.Unit(b.ctx, id)
		for err == nil && u.Parent != "" && !above[u.Parent] {
			above[u.Parent] = true
			u, err = b.src.Org.Unit(b.ctx, u.Parent)
		}
	}
	drives := make(map[int]int)
	for _, m := range ms {
		own := m.Launcher.Unit != "" && b.sc.Covers(m.Launcher.Unit)
		info := MovementInfo{ID: string(m.ID), Title: m.Title, Kind: m.Kind.String(), Launcher: m.Launcher.Name, LauncherRank: -1, Period: m.Period}
		if m.Launcher.Unit != "" {
			if u, err := b.src.Org.Unit(b.ctx, m.Launcher.Unit); err == nil {
				ui := b.sc.info(u)
				info.LauncherRank = ui.LevelRank
				if info.Launcher == "" {
					info.Launcher = ui.Name
				}
			} else if info.Launcher == "" {
				info.Launcher = string(m.Launcher.Unit)
			}
		}
		switch {
		case own && m.Kind == campaign.PeakDrive:
			if b.sc.span.Contains(m.Period.From) {
				drives[m.Period.From.Year]++
			}
		case own:
			b.sum.Movements.Launched = append(b.sum.Movements.Launched, info)
		case m.Kind != campaign.PeakDrive:
			joined, err := b.joins(m, above)
			if err != nil {
				return err
			}
			if joined {
				b.sum.Movements.Joined = append(b.sum.Movements.Joined, info)
			}
		}
	}
	if len(drives) > 0 {
		for y := b.sc.span.From.Year; y <= b.sc.span.To.Year; y++ {
			b.sum.Movements.Drives = append(b.sum.Movements.Drives, DriveYear{Year: y, Drives: drives[y]})
		}
	}
	byStart := func(x, y MovementInfo) int {
		return cmp.Or(x.Period.From.Compare(y.Period.From), cmp.Compare(x.ID, y.ID))
	}
	slices.SortFunc(b.sum.Movements.Launched, byStart)
	slices.SortFunc(b.sum.Movements.Joined, byStart)
	return nil
}

// joins reports whether the covered units take part in a movement launched
// by others: it names one of them, or a unit above them, among its
// participants; or, open to all, it was launched from above them or one of
// their units or people registered for it.
func (b *builder) joins(m campaign.Movement, above map[org.UnitID]bool) (bool, error) {
	if len(m.Participants) > 0 {
		for _, p := range m.Participants {
			if b.sc.Covers(p) || above[p] {
				return true, nil
			}
		}
		return false, nil
	}
	if m.Launcher.Unit != "" && above[m.Launcher.Unit] {
		return true, nil
	}
	regs, err := b.src.Campaign.Registrations(b.ctx, campaign.RegistrationFilter{Movement: m.ID})
	if err != nil {
		return false, err
	}
	for _, r := range regs {
		if r.Year < b.sc.span.From.Year || r.Year > b.sc.span.To.Year {
			continue
		}
		if r.Participant.Unit != "" && b.sc.Covers(r.Participant.Unit) {
			return true, nil
		}
		// A person registers for the unit where they work on that day.
		if r.Participant.Person != "" && b.sc.Credits(r.Participant.Person, thidua.Period{}, r.Date) {
			return true, nil
		}
	}
	return false, nil
}

// initiatives counts the initiatives of the units' people recognised in the
// period, each once however many authors it has.
func (b *builder) loadInitiatives() error {
	if b.src.Campaign == nil {
		return nil
	}
	counts := make(map[campaign.Level]*InitiativeTally)
	if len(b.sc.personIs) == 0 {
		return nil
	}
	// One read for every author at once; an initiative counts once, if one
	// of its authors in the units earned it there.
	ins, err := b.src.Campaign.Initiatives(b.ctx, campaign.InitiativeFilter{Authors: b.sc.personIs, Recognised: b.sc.span})
	if err != nil {
		return err
	}
	for _, in := range ins {
		credited := false
		for _, a := range in.Authors {
			if b.sc.Credits(a.Person, thidua.Period{}, in.Recognised) {
				credited = true
				break
			}
		}
		if !credited {
			continue
		}
		t := counts[in.Level]
		if t == nil {
			t = &InitiativeTally{Level: strconv.Itoa(int(in.Level)), LevelName: in.Level.String()}
			counts[in.Level] = t
		}
		t.Count++
		if in.Applied {
			t.Applied++
		}
	}
	levels := slices.Sorted(maps.Keys(counts))
	for i := len(levels) - 1; i >= 0; i-- {
		b.sum.Initiatives = append(b.sum.Initiatives, *counts[levels[i]])
	}
	return nil
}
