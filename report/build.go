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
	"github.com/thidua-go/thidua/internal/scope"
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
	// Labels are the names the report writes for award kinds, in place of
	// the catalogue's official names: "Cờ Thi đua ngành Tư pháp". In a label
	// "{issuers}" stands for the issuers' offices joined with "và". They
	// are laid over DefaultLabels().
	Labels map[award.Code]string
}

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
	// Nothing after AsOf counts.
	b.span = req.Period
	if req.AsOf.Before(b.span.To) {
		b.span.To = req.AsOf
	}
	if err := b.loadUnits(); err != nil {
		return nil, wrapStore(op, string(req.Unit), err)
	}
	// The ledger is read beside the rest: the stores are safe for
	// concurrent use, and loadContributions reads only the units (settled
	// by now) and writes only the summary's contributions.
	side := make(chan error, 1)
	go func() { side <- b.loadContributions() }()
	err := run(b.loadPeople, b.loadAwards, b.loadPending, b.loadMovements, b.loadInitiatives)
	if serr := <-side; err == nil {
		err = serr
	}
	if err != nil {
		return nil, wrapStore(op, string(req.Unit), err)
	}
	return &b.sum, nil
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
	ctx  context.Context
	src  Sources
	req  SummaryRequest
	span thidua.Period // Period cut at AsOf
	sum  Summary

	lineage  map[org.UnitID]bool // the unit and its predecessors
	units    map[org.UnitID]UnitInfo
	unitIDs  []org.UnitID
	allUnits map[org.UnitID]org.Unit // every unit of the store, read once
	people   map[org.PersonID]org.Person
	personIs []org.PersonID

	recipients map[award.Recipient]int32
	recList    []Recipient
	nameRank   []uint32 // by recipient index
	insideOnly []bool   // by recipient index: a person posted only in covered units
	decisions  []award.Decision
}

// units finds the unit, its predecessors and every unit under them that
// existed during the period.
func (b *builder) loadUnits() error {
	root, err := b.src.Org.Unit(b.ctx, b.req.Unit)
	if err != nil {
		return err
	}
	preds, err := b.src.Org.Predecessors(b.ctx, root.ID)
	if err != nil {
		return err
	}
	b.lineage = map[org.UnitID]bool{root.ID: true}
	for _, p := range preds {
		b.lineage[p.ID] = true
	}
	// The unit as named on AsOf: itself, or the predecessor then in force.
	head := root
	if !root.ExistsOn(b.req.AsOf) {
		if inForce, err := org.UnitsInForce(b.ctx, b.src.Org, root.ID, b.req.AsOf); err == nil && len(inForce) > 0 {
			head = inForce[0]
		}
	}
	b.sum.Unit = b.info(head)
	b.sum.Period = b.req.Period
	b.sum.AsOf = b.req.AsOf

	all, err := b.src.Org.Units(b.ctx, org.UnitFilter{})
	if err != nil {
		return err
	}
	children := make(map[org.UnitID][]org.Unit)
	byID := make(map[org.UnitID]org.Unit, len(all))
	b.allUnits = byID
	for _, u := range all {
		byID[u.ID] = u
		if u.Parent != "" {
			children[u.Parent] = append(children[u.Parent], u)
		}
	}
	b.units = make(map[org.UnitID]UnitInfo)
	var walk func(u org.Unit)
	walk = func(u org.Unit) {
		if _, seen := b.units[u.ID]; seen {
			return
		}
		if u.Exists.Overlaps(b.span) {
			b.units[u.ID] = b.info(u)
		}
		for _, c := range children[u.ID] {
			walk(c)
		}
	}
	for id := range b.lineage {
		walk(byID[id])
	}
	for id, u := range b.units {
		b.unitIDs = append(b.unitIDs, id)
		b.sum.Units = append(b.sum.Units, u)
	}
	slices.Sort(b.unitIDs)
	slices.SortFunc(b.sum.Units, func(x, y UnitInfo) int {
		return cmp.Or(cmp.Compare(rankKey(x.LevelRank), rankKey(y.LevelRank)), cmp.Compare(x.ID, y.ID))
	})
	return nil
}

// info describes a unit, with its level's name and rank from the scale.
func (b *builder) info(u org.Unit) UnitInfo {
	i := UnitInfo{ID: u.ID, Name: u.Name, ShortName: u.ShortName, Level: u.Level, LevelRank: -1}
	if l, ok := b.src.Scale.Lookup(u.Level); ok {
		i.LevelName, i.LevelRank = l.Name, l.Rank
	}
	return i
}

// people finds everyone posted to a covered unit during the period.
func (b *builder) loadPeople() error {
	b.people = make(map[org.PersonID]org.Person)
	for _, id := range slices.Sorted(maps.Keys(b.lineage)) {
		// Everyone ever posted there: someone who left before the period
		// may still have an award decided in it for work done here
		// (scope.Credits decides).
		ps, err := b.src.Org.People(b.ctx, org.PeopleFilter{Unit: id, Subtree: true})
		if err != nil {
			return err
		}
		for _, p := range ps {
			if _, ok := b.people[p.ID]; !ok && b.postedInside(p) {
				b.people[p.ID] = p
				b.personIs = append(b.personIs, p.ID)
			}
		}
	}
	slices.Sort(b.personIs)
	return nil
}

// postedInside reports whether p ever held a post in a covered unit.
func (b *builder) postedInside(p org.Person) bool {
	for _, a := range p.Assignments {
		if _, ok := b.units[a.Unit]; ok {
			return true
		}
	}
	return false
}

// personInfo describes a person by the post held on AsOf, or the last one
// held before it.
func (b *builder) personInfo(p org.Person) *PersonInfo {
	info := &PersonInfo{ID: p.ID, FullName: p.FullName, Gender: p.Gender}
	a, ok := p.PostOn(b.req.AsOf)
	if !ok {
		// The latest post that ended before AsOf.
		for _, x := range p.Assignments {
			if !x.Period.From.After(b.req.AsOf) && (!ok || x.Period.To.After(a.Period.To)) {
				a, ok = x, true
			}
		}
		info.Former = ok
	}
	if ok {
		info.Post = a.Position
		if u, known := b.units[a.Unit]; known {
			info.PostUnit = u
		} else if u, known := b.allUnits[a.Unit]; known {
			info.PostUnit = b.info(u)
		}
	}
	return info
}

// recipient describes an award's recipient. Descriptions are made once per
// recipient and shared; the index numbers the recipient within the build.
func (b *builder) recipient(r award.Recipient) (Recipient, int32) {
	if i, ok := b.recipients[r]; ok {
		return b.recList[i], i
	}
	if b.recipients == nil {
		b.recipients = make(map[award.Recipient]int32)
	}
	i := int32(len(b.recList))
	b.recipients[r] = i
	b.recList = append(b.recList, b.describe(r))
	// A person who never worked outside the covered units needs no check
	// of where each award was earned.
	inside := r.Person != ""
	for _, a := range b.people[r.Person].Assignments {
		if _, ok := b.units[a.Unit]; !ok {
			inside = false
		}
	}
	b.insideOnly = append(b.insideOnly, inside)
	return b.recList[i], i
}

func (b *builder) describe(r award.Recipient) Recipient {
	if r.Unit != "" {
		u, ok := b.units[r.Unit]
		if !ok {
			u = UnitInfo{ID: r.Unit, Name: string(r.Unit), LevelRank: -1}
			if ou, known := b.allUnits[r.Unit]; known {
				u = b.info(ou)
			}
		}
		return Recipient{Unit: &u}
	}
	p, ok := b.people[r.Person]
	if !ok {
		var err error
		if p, err = b.src.Org.Person(b.ctx, r.Person); err != nil {
			p = org.Person{ID: r.Person, FullName: string(r.Person)}
		}
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

// grantRec is a grant reduced to what counting needs; the full grant is
// built only when the summary lists it.
type grantRec struct {
	src  int32 // index in the store's answer
	rec  int32 // recipient index
	dec  int32 // decision index
	year int32 // grantYear
}

// loadAwards tallies the grants of the period.
func (b *builder) loadAwards() error {
	kinds := make([]award.Kind, 0, len(b.req.Kinds))
	if b.req.Kinds != nil {
		for _, c := range b.req.Kinds {
			k, err := b.src.Catalogue.Kind(c)
			if err != nil {
				return thidua.Invalid("report: build summary", "summary request", string(b.req.Unit), "kinds", "unknown award kind %q", c)
			}
			kinds = append(kinds, k)
		}
	} else {
		for _, k := range b.src.Catalogue.Kinds() {
			if k.Level >= award.LevelMinistry {
				kinds = append(kinds, k)
			}
		}
		slices.SortStableFunc(kinds, award.CompareKinds)
	}
	codes := make([]award.Code, len(kinds))
	for i, k := range kinds {
		codes[i] = k.Code
	}
	grants, err := b.src.Award.Grants(b.ctx, award.GrantFilter{
		People: b.personIs, Units: b.unitIDs, Codes: codes, DecidedIn: b.span,
		// Revoked after AsOf still counted then.
		IncludeRevoked: true,
	})
	if err != nil {
		return err
	}
	// The headings of the decisions, read once.
	decIDs := []string{} // not nil: nil would ask for every decision
	seenDec := make(map[string]bool)
	for _, g := range grants {
		if !seenDec[g.Decision] {
			seenDec[g.Decision] = true
			decIDs = append(decIDs, g.Decision)
		}
	}
	heads, err := b.src.Award.Decisions(b.ctx, award.DecisionFilter{IDs: decIDs, WithoutGrants: true})
	if err != nil {
		return err
	}
	decIdx := make(map[string]int32, len(heads))
	for _, d := range heads {
		d.SignerTitle, d.IssuerName = vntext.NFC(d.SignerTitle), vntext.NFC(d.IssuerName)
		decIdx[d.ID] = int32(len(b.decisions))
		b.decisions = append(b.decisions, d)
	}
	byCode := make(map[award.Code][]grantRec, len(kinds))
	lastDec, lastIdx := "", int32(-1)
	covered := func(u org.UnitID) bool { _, ok := b.units[u]; return ok }
	for i, g := range grants {
		if g.IsRevoked() && !g.Revoked.Date.After(b.req.AsOf) {
			continue
		}
		di, ok := decIdx[g.Decision]
		if g.Decision == lastDec {
			di, ok = lastIdx, true
		}
		if !ok {
			d, err := b.src.Award.Decision(b.ctx, g.Decision)
			if err != nil {
				return err
			}
			d.Grants = nil
			d.SignerTitle, d.IssuerName = vntext.NFC(d.SignerTitle), vntext.NFC(d.IssuerName)
			di = int32(len(b.decisions))
			decIdx[d.ID] = di
			b.decisions = append(b.decisions, d)
		}
		lastDec, lastIdx = g.Decision, di
		// A person's award counts for the units where they worked when it
		// was earned or conferred, not for every unit they ever joined.
		_, ri := b.recipient(g.Recipient)
		if p := g.Recipient.Person; p != "" && !b.insideOnly[ri] && !scope.Credits(b.people[p], covered, g.Span(), b.decisions[di].Date) {
			continue
		}
		byCode[g.Kind] = append(byCode[g.Kind], grantRec{src: int32(i), rec: ri, dec: di, year: int32(g.AchievementYear())})
	}
	b.rankNames()
	for _, k := range kinds {
		gs := byCode[k.Code]
		if len(gs) == 0 {
			continue
		}
		t := b.tally(k, gs)
		highlight := func(g grantRec) bool {
			r := b.recList[g.rec]
			return b.req.HighlightYear != 0 && int(g.year) == b.req.HighlightYear && r.Unit != nil && b.lineage[r.Unit.ID]
		}
		picked := gs
		if !b.req.ListGrants {
			picked = slices.DeleteFunc(slices.Clone(gs), func(g grantRec) bool { return !highlight(g) })
		}
		for _, g := range b.sortGrants(picked) {
			gi := b.grantInfo(grants[g.src], g, t.Label)
			if b.req.ListGrants {
				t.Grants = append(t.Grants, gi)
			}
			if highlight(g) {
				b.sum.Highlights = append(b.sum.Highlights, gi)
			}
		}
		b.sum.Awards = append(b.sum.Awards, t)
	}
	return nil
}

// grantInfo describes one grant for the summary.
func (b *builder) grantInfo(g award.Grant, r grantRec, label string) GrantInfo {
	d := b.decisions[r.dec]
	issuer := d.SignerTitle
	if issuer == "" {
		issuer = d.IssuerName
	}
	gi := GrantInfo{
		ID: g.ID, Code: g.Kind, Label: label, Recipient: b.recList[r.rec], Year: g.Year, Period: g.Period,
		DecisionID: d.ID, Decision: d.Number, DecisionDate: d.Date, Issuer: issuer,
	}
	if g.Title != "" {
		gi.Label = vntext.NFC(g.Title)
	}
	return gi
}

// rankNames numbers the recipients met so far in the order of their names
// (then of their keys, so that the order is total).
func (b *builder) rankNames() {
	idx := make([]int32, len(b.recList))
	for i := range idx {
		idx[i] = int32(i)
	}
	keys := make([]award.Recipient, len(b.recList))
	for r, i := range b.recipients {
		keys[i] = r
	}
	slices.SortFunc(idx, func(x, y int32) int {
		if c := strings.Compare(b.recList[x].Name(), b.recList[y].Name()); c != 0 {
			return c
		}
		return strings.Compare(keys[x].String(), keys[y].String())
	})
	b.nameRank = make([]uint32, len(idx))
	for rank, i := range idx {
		b.nameRank[i] = uint32(rank)
	}
}

// issuer is the office that signed decision d.
func (b *builder) issuer(d int32) string {
	if t := b.decisions[d].SignerTitle; t != "" {
		return t
	}
	return b.decisions[d].IssuerName
}

// tally counts the grants of one kind.
func (b *builder) tally(k award.Kind, gs []grantRec) AwardTally {
	t := AwardTally{Code: k.Code, Name: k.Name, Family: k.Family, Level: k.Level, Counter: k.Counter, Conferrer: k.Conferrer.String()}
	// Issuers in the order of their first decision.
	decs := make(map[int32]bool)
	for _, g := range gs {
		decs[g.dec] = true
	}
	order := slices.Collect(maps.Keys(decs))
	slices.SortFunc(order, func(x, y int32) int {
		dx, dy := b.decisions[x], b.decisions[y]
		return cmp.Or(dx.Date.Compare(dy.Date), strings.Compare(dx.ID, dy.ID))
	})
	for _, d := range order {
		if is := b.issuer(d); is != "" && !slices.Contains(t.Issuers, is) {
			t.Issuers = append(t.Issuers, is)
		}
	}
	t.Label = strings.ReplaceAll(b.label(k), IssuersPlaceholder, JoinList(t.Issuers...))

	seen := make([]bool, len(b.recList))
	seenYear := make(map[int64]bool)
	levels := make(map[string]*LevelCount)
	levelUnits := make(map[string]map[org.UnitID]UnitInfo)
	years := make(map[int]*YearCount)
	for _, g := range gs {
		// By the year of the decision, as statistics tables count them.
		dy := b.decisions[g.dec].Date.Year
		yc := years[dy]
		if yc == nil {
			yc = &YearCount{Year: dy}
			years[dy] = yc
		}
		var total, year *RecipientCount
		if u := b.recList[g.rec].Unit; u != nil {
			total, year = &t.Collectives, &yc.Collectives
			lc := levels[u.Level]
			if lc == nil {
				lc = &LevelCount{Level: u.Level, LevelName: u.LevelName, LevelRank: u.LevelRank}
				levels[u.Level] = lc
				levelUnits[u.Level] = make(map[org.UnitID]UnitInfo)
			}
			lc.Grants++
			if _, ok := levelUnits[u.Level][u.ID]; !ok {
				levelUnits[u.Level][u.ID] = *u
				lc.Recipients++
			}
		} else {
			total, year = &t.Individuals, &yc.Individuals
		}
		total.Grants++
		year.Grants++
		if !seen[g.rec] {
			seen[g.rec] = true
			total.Recipients++
		}
		if yk := int64(dy)<<32 | int64(g.rec); !seenYear[yk] {
			seenYear[yk] = true
			year.Recipients++
		}
	}
	for _, yc := range years {
		t.ByYear = append(t.ByYear, *yc)
	}
	slices.SortFunc(t.ByYear, func(x, y YearCount) int { return cmp.Compare(x.Year, y.Year) })
	for code, lc := range levels {
		if len(levelUnits[code]) == 1 {
			for _, u := range levelUnits[code] {
				lc.Unit = &u
			}
		}
		t.ByLevel = append(t.ByLevel, *lc)
	}
	slices.SortFunc(t.ByLevel, func(x, y LevelCount) int {
		return cmp.Or(cmp.Compare(rankKey(x.LevelRank), rankKey(y.LevelRank)), cmp.Compare(x.Level, y.Level))
	})
	return t
}

// sortGrants orders grants by year, then recipient's name, then decision
// date, then ID. The grants come in ID order (as stores return them), so
// their position stands for the ID, and each gets a key of two integers.
func (b *builder) sortGrants(gs []grantRec) []grantRec {
	type key struct{ hi, lo uint64 }
	keys := make([]key, len(gs))
	epoch := thidua.Date{Year: thidua.MinYear, Month: 1, Day: 1}
	days := make(map[int32]uint64)
	for i, g := range gs {
		day, ok := days[g.dec]
		if !ok {
			day = uint64(epoch.DaysUntil(b.decisions[g.dec].Date))
			days[g.dec] = day
		}
		keys[i] = key{hi: uint64(int(g.year)-thidua.MinYear)<<40 | uint64(b.nameRank[g.rec]), lo: day<<32 | uint64(i)}
	}
	slices.SortFunc(keys, func(x, y key) int {
		if x.hi != y.hi {
			return cmp.Compare(x.hi, y.hi)
		}
		return cmp.Compare(x.lo, y.lo)
	})
	out := make([]grantRec, len(gs))
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
	for _, n := range ns {
		r := n.Recipient
		if (r.Unit != "" && b.units[r.Unit].ID == "") || (r.Person != "" && b.people[r.Person].ID == "") {
			continue
		}
		k, err := b.src.Catalogue.Kind(n.Kind)
		if err != nil {
			continue
		}
		p := PendingInfo{
			ID: n.ID, Code: n.Kind, Label: b.label(k), Conferrer: k.Conferrer.String(),
			Own: r.Unit != "" && b.lineage[r.Unit],
		}
		p.Recipient, _ = b.recipient(r)
		p.Label = strings.ReplaceAll(p.Label, IssuersPlaceholder, p.Conferrer)
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
	return nil
}

// level returns the level of a kind, 0 if unknown.
func (b *builder) level(c award.Code) award.Level {
	k, err := b.src.Catalogue.Kind(c)
	if err != nil {
		return 0
	}
	return k.Level
}

// contributions totals the received contributions of the period.
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
	f := contribution.Filter{Period: b.span, Units: b.unitIDs, Status: contribution.Received}
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
	for _, r := range totals.Rows {
		src := r.Key.Source
		if !r.Money.IsZero() {
			p := pk{src, r.Key.Purpose}
			if _, ok := money[p]; !ok {
				pks = append(pks, p)
			}
			money[p] = money[p].Add(r.Money)
			y := yk{src, r.Key.Year}
			if _, ok := years[y]; !ok {
				yks = append(yks, y)
			}
			years[y] = years[y].Add(r.Money)
		}
		for _, it := range r.Items {
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
	ms, err := b.src.Campaign.Movements(b.ctx, campaign.MovementFilter{During: b.span})
	if err != nil {
		return err
	}
	// The units above the summary's unit: a movement for their subtree
	// includes it.
	above := make(map[org.UnitID]bool)
	for id := range b.lineage {
		u, err := b.src.Org.Unit(b.ctx, id)
		for err == nil && u.Parent != "" && !above[u.Parent] {
			above[u.Parent] = true
			u, err = b.src.Org.Unit(b.ctx, u.Parent)
		}
	}
	drives := make(map[int]int)
	for _, m := range ms {
		own := m.Launcher.Unit != "" && b.units[m.Launcher.Unit].ID != ""
		info := MovementInfo{ID: string(m.ID), Title: m.Title, Kind: m.Kind.String(), Launcher: m.Launcher.Name, LauncherRank: -1, Period: m.Period}
		if m.Launcher.Unit != "" {
			if u, err := b.src.Org.Unit(b.ctx, m.Launcher.Unit); err == nil {
				ui := b.info(u)
				info.LauncherRank = ui.LevelRank
				if info.Launcher == "" {
					info.Launcher = u.Name
				}
			} else if info.Launcher == "" {
				info.Launcher = string(m.Launcher.Unit)
			}
		}
		switch {
		case own && m.Kind == campaign.PeakDrive:
			if b.span.Contains(m.Period.From) {
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
		for y := b.span.From.Year; y <= b.span.To.Year; y++ {
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
			if _, ok := b.units[p]; ok || above[p] {
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
	covered := func(u org.UnitID) bool { _, ok := b.units[u]; return ok }
	for _, r := range regs {
		if r.Year < b.span.From.Year || r.Year > b.span.To.Year {
			continue
		}
		if _, ok := b.units[r.Participant.Unit]; ok && r.Participant.Unit != "" {
			return true, nil
		}
		// A person registers for the unit where they work on that day.
		if p, ok := b.people[r.Participant.Person]; ok && r.Participant.Person != "" && scope.Credits(p, covered, thidua.Period{}, r.Date) {
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
	covered := func(u org.UnitID) bool { _, ok := b.units[u]; return ok }
	if len(b.personIs) == 0 {
		return nil
	}
	// One read for every author at once; an initiative counts once, if one
	// of its authors in the units earned it there.
	ins, err := b.src.Campaign.Initiatives(b.ctx, campaign.InitiativeFilter{Authors: b.personIs, Recognised: b.span})
	if err != nil {
		return err
	}
	for _, in := range ins {
		credited := false
		for _, a := range in.Authors {
			if p, ok := b.people[a.Person]; ok && scope.Credits(p, covered, thidua.Period{}, in.Recognised) {
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
