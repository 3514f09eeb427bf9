package rules

import (
	"context"
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// reader is what the loaders read, in the shapes of the store methods they
// call. [LoadPerson] and [LoadUnit] read the stores directly (direct);
// [LoadSubtree] first reads the whole subtree in a constant number of set
// reads and answers the same calls from memory (batch), so that a
// screening of ten thousand people costs a dozen queries on a SQL store,
// not ten per person. The answers are the same: a batch answer is the
// store's answer to the set read, grouped by person or unit, in the
// store's order; a call of another shape goes to the store.
type reader interface {
	Person(ctx context.Context, id org.PersonID) (org.Person, error)
	Unit(ctx context.Context, id org.UnitID) (org.Unit, error)
	PersonYears(ctx context.Context, f org.YearFilter) ([]org.PersonYear, error)
	UnitYears(ctx context.Context, f org.UnitYearFilter) ([]org.UnitYear, error)
	Disciplines(ctx context.Context, f org.DisciplineFilter) ([]org.Discipline, error)
	Grants(ctx context.Context, f award.GrantFilter) ([]award.Grant, error)
	Grant(ctx context.Context, id string) (award.Grant, error)
	Decisions(ctx context.Context, f award.DecisionFilter) ([]award.Decision, error)
	Nominations(ctx context.Context, f award.NominationFilter) ([]award.Nomination, error)
	Movement(ctx context.Context, id campaign.MovementID) (campaign.Movement, error)
	InitiativesOf(ctx context.Context, p org.PersonID, f campaign.InitiativeFilter) ([]campaign.Initiative, error)
	InitiativeUses(ctx context.Context, id campaign.InitiativeID) ([]campaign.InitiativeUse, error)
	Leads(ctx context.Context, u org.UnitID, year int) (bool, error)
}

// direct reads the stores of src as they are.
type direct struct{ src *Sources }

func (d direct) Person(ctx context.Context, id org.PersonID) (org.Person, error) {
	return d.src.Org.Person(ctx, id)
}
func (d direct) Unit(ctx context.Context, id org.UnitID) (org.Unit, error) {
	return d.src.Org.Unit(ctx, id)
}
func (d direct) PersonYears(ctx context.Context, f org.YearFilter) ([]org.PersonYear, error) {
	return d.src.Org.PersonYears(ctx, f)
}
func (d direct) UnitYears(ctx context.Context, f org.UnitYearFilter) ([]org.UnitYear, error) {
	return d.src.Org.UnitYears(ctx, f)
}
func (d direct) Disciplines(ctx context.Context, f org.DisciplineFilter) ([]org.Discipline, error) {
	return d.src.Org.Disciplines(ctx, f)
}
func (d direct) Grants(ctx context.Context, f award.GrantFilter) ([]award.Grant, error) {
	return d.src.Award.Grants(ctx, f)
}
func (d direct) Grant(ctx context.Context, id string) (award.Grant, error) {
	return d.src.Award.Grant(ctx, id)
}
func (d direct) Decisions(ctx context.Context, f award.DecisionFilter) ([]award.Decision, error) {
	return d.src.Award.Decisions(ctx, f)
}
func (d direct) Nominations(ctx context.Context, f award.NominationFilter) ([]award.Nomination, error) {
	return d.src.Award.Nominations(ctx, f)
}
func (d direct) Movement(ctx context.Context, id campaign.MovementID) (campaign.Movement, error) {
	return d.src.Campaign.Movement(ctx, id)
}
func (d direct) InitiativesOf(ctx context.Context, p org.PersonID, f campaign.InitiativeFilter) ([]campaign.Initiative, error) {
	return d.src.Campaign.InitiativesOf(ctx, p, f)
}
func (d direct) InitiativeUses(ctx context.Context, id campaign.InitiativeID) ([]campaign.InitiativeUse, error) {
	return d.src.Campaign.InitiativeUses(ctx, id)
}
func (d direct) Leads(ctx context.Context, u org.UnitID, year int) (bool, error) {
	return campaign.Leads(ctx, d.src.Campaign, u, year)
}

// voteCodes are the awards whose council ballots the loaders read.
var voteCodes = []award.Code{award.CSTDBo, award.CSTDToanQuoc}

// memberCodes are the titles of members a unit's record counts.
var memberCodes = []award.Code{award.LDTT, award.CSTDCS}

// batch answers the loaders' reads for the candidates of one subtree from
// set reads made once (see reader).
type batch struct {
	direct
	from, to   int           // years of the ratings and initiatives read
	grantSpan  thidua.Period // achievement spans of the grants read
	recognised thidua.Period // recognition dates of the initiatives read

	people     map[org.PersonID]org.Person
	units      map[org.UnitID]org.Unit
	years      map[org.PersonID][]org.PersonYear
	ratedBy    map[org.UnitID][]org.PersonYear
	unitYears  map[org.UnitID][]org.UnitYear
	discipline map[org.PersonID][]org.Discipline
	disciplOK  map[org.PersonID]bool // people whose disciplines were read
	toPerson   map[org.PersonID][]award.Grant
	toUnit     map[org.UnitID][]award.Grant
	members    []award.Grant // LĐTT and CSTĐCS of the members, in the store's order
	membersOK  map[org.PersonID]bool
	grants     map[string]award.Grant // every grant read, revoked ones included
	decisions  map[string]award.Decision
	votes      map[award.Recipient][]award.Nomination // of voteCodes
	// every nomination, by recipient: the verdicts of those that grants
	// answer name the initiatives they used
	nominations map[award.Recipient][]award.Nomination
	authored    map[org.PersonID][]campaign.Initiative
	uses        map[campaign.InitiativeID][]campaign.InitiativeUse
	movements   map[campaign.MovementID]campaign.Movement
	lead        map[int]map[org.UnitID]bool
}

// newBatch reads, with set reads, everything the loaders need for the
// units and people given over the years from..to.
func newBatch(ctx context.Context, src *Sources, units []org.Unit, people []org.Person, from, to int) (*batch, error) {
	span := thidua.Years(from, to)
	b := &batch{direct: direct{src}, from: from, to: to, grantSpan: beforeEnd(span),
		recognised: thidua.Period{From: thidua.Date{Year: from, Month: 1, Day: 1}, To: yearEnd(to)},
		people:     make(map[org.PersonID]org.Person, len(people)), units: make(map[org.UnitID]org.Unit, len(units)),
		years: map[org.PersonID][]org.PersonYear{}, ratedBy: map[org.UnitID][]org.PersonYear{},
		unitYears: map[org.UnitID][]org.UnitYear{}, discipline: map[org.PersonID][]org.Discipline{},
		disciplOK: map[org.PersonID]bool{}, toPerson: map[org.PersonID][]award.Grant{},
		toUnit: map[org.UnitID][]award.Grant{}, membersOK: map[org.PersonID]bool{},
		grants: map[string]award.Grant{}, decisions: map[string]award.Decision{},
		votes: map[award.Recipient][]award.Nomination{}, nominations: map[award.Recipient][]award.Nomination{}, authored: map[org.PersonID][]campaign.Initiative{},
		uses: map[campaign.InitiativeID][]campaign.InitiativeUse{}, movements: map[campaign.MovementID]campaign.Movement{},
		lead: map[int]map[org.UnitID]bool{}}
	personIDs := make([]org.PersonID, len(people))
	for i, p := range people {
		b.people[p.ID] = p
		personIDs[i] = p.ID
	}
	unitIDs := make([]org.UnitID, len(units))
	for i, u := range units {
		b.units[u.ID] = u
		unitIDs[i] = u.ID
	}
	// Ratings of the people, and the records each unit made.
	if len(personIDs) > 0 {
		pys, err := src.Org.PersonYears(ctx, org.YearFilter{People: personIDs, From: from, To: to})
		if err != nil {
			return nil, err
		}
		for _, py := range pys {
			b.years[py.Person] = append(b.years[py.Person], py)
		}
	}
	members := map[org.PersonID]bool{}
	var memberIDs []org.PersonID
	for _, u := range units {
		if u.Parent != "" && b.units[u.Parent].ID != "" {
			continue // read with the subtree of its top unit
		}
		pys, err := src.Org.PersonYears(ctx, org.YearFilter{Unit: u.ID, Subtree: true, From: from, To: to})
		if err != nil {
			return nil, err
		}
		for _, py := range pys {
			b.ratedBy[py.Unit] = append(b.ratedBy[py.Unit], py)
			if !members[py.Person] {
				members[py.Person] = true
				memberIDs = append(memberIDs, py.Person)
			}
		}
		uys, err := src.Org.UnitYears(ctx, org.UnitYearFilter{Unit: u.ID, Subtree: true, From: from, To: to})
		if err != nil {
			return nil, err
		}
		for _, uy := range uys {
			b.unitYears[uy.Unit] = append(b.unitYears[uy.Unit], uy)
		}
	}
	// Disciplines of everyone read.
	everyone := slices.Clone(personIDs)
	for _, p := range memberIDs {
		if _, ok := b.people[p]; !ok {
			everyone = append(everyone, p)
		}
	}
	if len(everyone) > 0 {
		ds, err := src.Org.Disciplines(ctx, org.DisciplineFilter{People: everyone})
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			b.discipline[d.Person] = append(b.discipline[d.Person], d)
		}
		for _, p := range everyone {
			b.disciplOK[p] = true
		}
	}
	if src.Award != nil {
		if err := b.readAwards(ctx, src, personIDs, unitIDs, memberIDs); err != nil {
			return nil, err
		}
	}
	if src.Campaign != nil {
		if err := b.readCampaign(ctx, src, personIDs); err != nil {
			return nil, err
		}
	}
	return b, nil
}

func (b *batch) readAwards(ctx context.Context, src *Sources, personIDs []org.PersonID, unitIDs []org.UnitID, memberIDs []org.PersonID) error {
	keep := func(gs []award.Grant) {
		for _, g := range gs {
			b.grants[g.ID] = g
		}
	}
	if len(personIDs) > 0 {
		gs, err := src.Award.Grants(ctx, award.GrantFilter{People: personIDs, Period: b.grantSpan, IncludeRevoked: true})
		if err != nil {
			return err
		}
		keep(gs)
		for _, g := range gs {
			b.toPerson[g.Recipient.Person] = append(b.toPerson[g.Recipient.Person], g)
		}
	}
	if len(unitIDs) > 0 {
		gs, err := src.Award.Grants(ctx, award.GrantFilter{Units: unitIDs, Period: b.grantSpan, IncludeRevoked: true})
		if err != nil {
			return err
		}
		keep(gs)
		for _, g := range gs {
			b.toUnit[g.Recipient.Unit] = append(b.toUnit[g.Recipient.Unit], g)
		}
	}
	if len(memberIDs) > 0 {
		gs, err := src.Award.Grants(ctx, award.GrantFilter{People: memberIDs, Codes: memberCodes, Period: thidua.Years(b.from, b.to)})
		if err != nil {
			return err
		}
		keep(gs)
		b.members = gs
		for _, p := range memberIDs {
			b.membersOK[p] = true
		}
	}
	var decIDs []string
	seen := map[string]bool{}
	for _, g := range b.grants {
		if g.Decision != "" && !seen[g.Decision] {
			seen[g.Decision] = true
			decIDs = append(decIDs, g.Decision)
		}
	}
	slices.Sort(decIDs)
	if len(decIDs) > 0 {
		ds, err := src.Award.Decisions(ctx, award.DecisionFilter{IDs: decIDs, WithoutGrants: true})
		if err != nil {
			return err
		}
		for _, d := range ds {
			b.decisions[d.ID] = d
		}
	}
	ns, err := src.Award.Nominations(ctx, award.NominationFilter{})
	if err != nil {
		return err
	}
	for _, n := range ns {
		b.nominations[n.Recipient] = append(b.nominations[n.Recipient], n)
		if slices.Contains(voteCodes, n.Kind) {
			b.votes[n.Recipient] = append(b.votes[n.Recipient], n)
		}
	}
	return nil
}

func (b *batch) readCampaign(ctx context.Context, src *Sources, personIDs []org.PersonID) error {
	if len(personIDs) > 0 {
		ins, err := src.Campaign.Initiatives(ctx, campaign.InitiativeFilter{Authors: personIDs, Recognised: b.recognised})
		if err != nil {
			return err
		}
		var ids []campaign.InitiativeID
		for _, in := range ins {
			ids = append(ids, in.ID)
			for _, a := range in.Authors {
				if _, ok := b.people[a.Person]; ok {
					b.authored[a.Person] = append(b.authored[a.Person], in)
				}
			}
		}
		if len(ids) > 0 {
			us, err := src.Campaign.Uses(ctx, campaign.UseFilter{Initiatives: ids})
			if err != nil {
				return err
			}
			for _, u := range us {
				b.uses[u.Initiative] = append(b.uses[u.Initiative], u)
			}
			for _, id := range ids {
				if _, ok := b.uses[id]; !ok {
					b.uses[id] = nil
				}
			}
		}
	}
	for y := b.from; y <= b.to; y++ {
		cs, err := src.Campaign.Clusters(ctx, campaign.ClusterFilter{Year: y})
		if err != nil {
			return err
		}
		m := map[org.UnitID]bool{}
		for _, c := range cs {
			for _, u := range c.Members {
				if c.Leads(u) {
					m[u] = true
				}
			}
		}
		b.lead[y] = m
	}
	return nil
}

func (b *batch) Person(ctx context.Context, id org.PersonID) (org.Person, error) {
	if p, ok := b.people[id]; ok {
		return p, nil
	}
	return b.direct.Person(ctx, id)
}

func (b *batch) Unit(ctx context.Context, id org.UnitID) (org.Unit, error) {
	if u, ok := b.units[id]; ok {
		return u, nil
	}
	return b.direct.Unit(ctx, id)
}

func (b *batch) PersonYears(ctx context.Context, f org.YearFilter) ([]org.PersonYear, error) {
	if f.From == b.from && f.To == b.to && !f.Subtree && !f.Predecessors && f.People == nil {
		switch {
		case f.Person != "" && f.Unit == "":
			if _, ok := b.people[f.Person]; ok {
				return b.years[f.Person], nil
			}
		case f.Unit != "" && f.Person == "":
			if _, ok := b.units[f.Unit]; ok {
				return b.ratedBy[f.Unit], nil
			}
		}
	}
	return b.direct.PersonYears(ctx, f)
}

func (b *batch) UnitYears(ctx context.Context, f org.UnitYearFilter) ([]org.UnitYear, error) {
	if _, ok := b.units[f.Unit]; ok && f.From == b.from && f.To == b.to && !f.Subtree && !f.Predecessors {
		return b.unitYears[f.Unit], nil
	}
	return b.direct.UnitYears(ctx, f)
}

func (b *batch) Disciplines(ctx context.Context, f org.DisciplineFilter) ([]org.Discipline, error) {
	if f.Person != "" && f.Year == 0 && f.People == nil && b.disciplOK[f.Person] {
		return b.discipline[f.Person], nil
	}
	return b.direct.Disciplines(ctx, f)
}

func (b *batch) Grants(ctx context.Context, f award.GrantFilter) ([]award.Grant, error) {
	// The grants of the people and units read in bulk include the revoked
	// ones (loadGrants explains them); the members' grants do not.
	plain := f.DecidedIn.IsZero() && !f.IncludeRevoked
	all := f.DecidedIn.IsZero() && f.IncludeRevoked
	switch {
	case all && f.Period == b.grantSpan && len(f.Codes) == 0 && len(f.People) == 1 && len(f.Units) == 0:
		if _, ok := b.people[f.People[0]]; ok {
			return b.toPerson[f.People[0]], nil
		}
	case all && f.Period == b.grantSpan && len(f.Codes) == 0 && len(f.Units) == 1 && len(f.People) == 0:
		if _, ok := b.units[f.Units[0]]; ok {
			return b.toUnit[f.Units[0]], nil
		}
	case plain && f.Period == thidua.Years(b.from, b.to) && slices.Equal(f.Codes, memberCodes) && len(f.Units) == 0 && len(f.People) > 0:
		want := make(map[org.PersonID]bool, len(f.People))
		for _, p := range f.People {
			if !b.membersOK[p] {
				return b.direct.Grants(ctx, f)
			}
			want[p] = true
		}
		var out []award.Grant
		for _, g := range b.members {
			if want[g.Recipient.Person] {
				out = append(out, g)
			}
		}
		return out, nil
	}
	return b.direct.Grants(ctx, f)
}

func (b *batch) Grant(ctx context.Context, id string) (award.Grant, error) {
	if g, ok := b.grants[id]; ok {
		return g, nil
	}
	return b.direct.Grant(ctx, id)
}

func (b *batch) Decisions(ctx context.Context, f award.DecisionFilter) ([]award.Decision, error) {
	if f.WithoutGrants && f.IDs != nil && f.Issuer == "" && f.IssuerName == "" && f.Period.IsZero() {
		out := make([]award.Decision, 0, len(f.IDs))
		for _, id := range f.IDs {
			d, ok := b.decisions[id]
			if !ok {
				return b.direct.Decisions(ctx, f)
			}
			out = append(out, d)
		}
		return out, nil
	}
	return b.direct.Decisions(ctx, f)
}

func (b *batch) Nominations(ctx context.Context, f award.NominationFilter) ([]award.Nomination, error) {
	if !f.Candidate.IsZero() && f.States == nil && f.Proposer == "" && f.Holder == "" && f.PendingDuring.IsZero() {
		switch {
		case slices.Equal(f.Codes, voteCodes):
			return b.votes[f.Candidate], nil
		case f.Codes == nil:
			return b.nominations[f.Candidate], nil
		}
	}
	return b.direct.Nominations(ctx, f)
}

func (b *batch) Movement(ctx context.Context, id campaign.MovementID) (campaign.Movement, error) {
	if m, ok := b.movements[id]; ok {
		return m, nil
	}
	m, err := b.direct.Movement(ctx, id)
	if err == nil {
		b.movements[id] = m
	}
	return m, err
}

func (b *batch) InitiativesOf(ctx context.Context, p org.PersonID, f campaign.InitiativeFilter) ([]campaign.Initiative, error) {
	if _, ok := b.people[p]; ok && f.Recognised == b.recognised && f.MinLevel == 0 && f.Authors == nil {
		return b.authored[p], nil
	}
	return b.direct.InitiativesOf(ctx, p, f)
}

func (b *batch) InitiativeUses(ctx context.Context, id campaign.InitiativeID) ([]campaign.InitiativeUse, error) {
	if us, ok := b.uses[id]; ok {
		return us, nil
	}
	return b.direct.InitiativeUses(ctx, id)
}

func (b *batch) Leads(ctx context.Context, u org.UnitID, year int) (bool, error) {
	if m, ok := b.lead[year]; ok {
		return m[u], nil
	}
	return b.direct.Leads(ctx, u, year)
}
