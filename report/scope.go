package report

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"sync"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/scope"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// ScopeRequest says which unit, period and day a [Scope] is about.
type ScopeRequest struct {
	// Unit is the unit, with every unit ever under it and the units it
	// succeeded (a rename, a merger) with theirs.
	Unit org.UnitID
	// Person, in place of Unit, makes the scope one person's: every grant
	// to them counts, wherever they earned it (a person's own record, as
	// their achievement report lists it), by the same rule of period and
	// day. Set one of Unit and Person.
	Person org.PersonID
	// ExcludeRevoked leaves out every grant revoked, whenever: a document
	// listing what a recipient holds (an achievement report) names no
	// award taken back since. By default a grant revoked after AsOf still
	// counts, as it did on AsOf.
	ExcludeRevoked bool
	// Period is the period counted; it must be closed.
	Period thidua.Period
	// AsOf is the day the count speaks from: no decision dated after it
	// counts, and a grant revoked after it still counts. Zero means
	// Period.To.
	AsOf thidua.Date
	// Select says which grants the period holds (by decision date, the
	// default, or by achievement year).
	Select Selection
	// Authorities name the office of an issuing unit, in place of the one
	// its decisions give ([Scope.IssuerOffice]).
	Authorities map[org.UnitID]string
}

// Scope is the one rule of what the documents about a unit and a period
// count: [BuildSummary], the statistics table and the collective
// achievement report of package document, and the statistics forms all
// read their units, people and grants through it, so that two documents
// about one unit and period never disagree.
//
// The rule:
//   - Units: the unit, the units it succeeded (a rename, a merger), and
//     every unit ever under them. A grant to any of them counts; the units
//     listed ([Scope.Units]) are those that existed during the period (cut
//     at AsOf), with the names in force then.
//   - People: everyone ever posted to a covered unit. A person's grant
//     counts only where they worked when it was earned or conferred: a post
//     in a covered unit overlapping the achievement span or holding on the
//     decision's date (one who moved in after earning an award elsewhere
//     brings no credit; one who left keeps the credit earned here).
//   - Grants: those of decisions dated in the period (or, by
//     [SelectByAchievementYear], earned in its years) and not after AsOf; a
//     grant revoked on or before AsOf does not count, one revoked after it
//     does (a figure published on AsOf never changes afterwards).
//   - Collectives: a unit renamed during the period is one collective under
//     both names, named as it was last in the period ([Scope.Collective]);
//     a merger or a split makes another.
//   - Own: a grant to the unit itself or to a unit it succeeded is the
//     unit's own ([Scope.Own]), what its achievement report lists.
//
// A Scope is built once per document and is not safe for concurrent use
// while grants are read; its look-ups may be called concurrently
// otherwise.
type Scope struct {
	src  Sources
	req  ScopeRequest
	span thidua.Period // Period cut at AsOf

	head     UnitInfo
	lineage  map[org.UnitID]bool // the unit and its predecessors
	covered  map[org.UnitID]bool // the lineage and every unit ever under it
	unitIDs  []org.UnitID        // covered, sorted
	units    map[org.UnitID]UnitInfo
	listed   []UnitInfo // covered units existing during span
	allUnits map[org.UnitID]org.Unit
	renames  map[org.UnitID]org.UnitID // a covered unit renamed → its new name, covered too

	// People: everyone ever posted to a covered unit, by ID, with what the
	// rule reads of them; their whole records are read only when a
	// document names them (whole).
	personIs []org.PersonID // their IDs
	people   []personPosts  // by index in personIs
	posts    [][]thidua.Period
	wholeMu  sync.Mutex
	wholes   map[int32]*org.Person // by index in personIs, those read

	recPerson  []int32                   // by index in people: 1 + recipient number, 0 if none yet
	recUnit    []int32                   // by index in unitIDs: 1 + recipient number, 0 if none yet
	recOthers  map[award.Recipient]int32 // recipient number of anyone else
	recPeople  []int32                   // by recipient number: index in personIs, -1 if not a person of the scope
	recKeys    []award.Recipient         // by recipient index
	canon      []int32                   // by recipient index: the collective it counts as
	insideOnly []bool                    // by recipient index: a person posted only in covered units

	decisions    []award.Decision
	decIdx       map[string]int32
	issuerHeads  map[org.UnitID]int32 // by issuing unit: its latest decision signed by its head
	signedByHead map[signer]bool      // whether a title is the head's of its issuing unit
}

// NewScope reads the units and people of the scope the request asks for.
// The error wraps thidua.ErrInvalid for a bad request (no unit, a missing,
// open or invalid period, an as-of day before the period, an unknown
// selection) and thidua.ErrNotFound for an unknown unit; errors of the
// stores are returned wrapped.
func NewScope(ctx context.Context, src Sources, req ScopeRequest) (*Scope, error) {
	const op = "report: scope"
	if err := checkScope(op, src, &req); err != nil {
		return nil, err
	}
	s := newScope(src, req)
	if req.Person != "" {
		if err := s.loadPerson(ctx); err != nil {
			return nil, wrapStore(op, string(req.Person), err)
		}
		return s, nil
	}
	if err := s.loadUnits(ctx); err != nil {
		return nil, wrapStore(op, string(req.Unit), err)
	}
	if err := s.loadPeople(ctx); err != nil {
		return nil, wrapStore(op, string(req.Unit), err)
	}
	return s, nil
}

// newScope returns a scope of a checked request, its units and people not
// yet read.
func newScope(src Sources, req ScopeRequest) *Scope {
	s := &Scope{src: src, req: req, span: req.Period}
	if s.src.Catalogue == nil {
		s.src.Catalogue = award.DefaultCatalogue()
	}
	// Nothing after AsOf counts.
	if req.AsOf.Before(s.span.To) {
		s.span.To = req.AsOf
	}
	return s
}

// checkScope checks a scope request and sets its default AsOf.
func checkScope(op string, src Sources, req *ScopeRequest) error {
	switch {
	case src.Org == nil || src.Award == nil:
		return thidua.Invalid(op, "sources", "", "", "the org and award stores are required")
	case req.Unit == "" && req.Person == "":
		return thidua.Invalid(op, "request", "", "unit", "no unit")
	case req.Unit != "" && req.Person != "":
		return thidua.Invalid(op, "request", string(req.Unit), "person", "a unit and a person")
	case req.Period.IsZero():
		return thidua.Invalid(op, "request", string(req.Unit), "period", "no period")
	case req.Period.IsOpen():
		return thidua.Invalid(op, "request", string(req.Unit), "period", "open-ended period %s", req.Period)
	}
	if err := req.Period.Validate(); err != nil {
		return thidua.E(op, "request", string(req.Unit), "period", err)
	}
	if req.Select != SelectByDecisionDate && req.Select != SelectByAchievementYear {
		return thidua.Invalid(op, "request", string(req.Unit), "select", "unknown selection %d", int(req.Select))
	}
	if req.AsOf.IsZero() {
		req.AsOf = req.Period.To
	} else if err := req.AsOf.Validate(); err != nil {
		return thidua.E(op, "request", string(req.Unit), "as of", err)
	}
	if req.AsOf.Before(req.Period.From) {
		return thidua.Invalid(op, "request", string(req.Unit), "as of", "as-of day %s before the period", req.AsOf)
	}
	return nil
}

// Request returns the request of the scope, with AsOf set.
func (s *Scope) Request() ScopeRequest { return s.req }

// Unit returns the scope's unit as named on AsOf: itself, or if it did not
// exist then, the predecessor in force.
func (s *Scope) Unit() UnitInfo { return s.head }

// Units returns the covered units that existed during the period (cut at
// AsOf), by level then ID.
func (s *Scope) Units() []UnitInfo { return slices.Clone(s.listed) }

// Lineage returns the scope's unit and the units it succeeded, sorted.
func (s *Scope) Lineage() []org.UnitID { return slices.Sorted(maps.Keys(s.lineage)) }

// Covers reports whether a grant to unit u counts: u is the unit, one it
// succeeded, or a unit ever under them.
func (s *Scope) Covers(u org.UnitID) bool { return s.covered[u] }

// Own reports whether u is the scope's unit itself or a unit it succeeded,
// directly or through renames: a grant to it is the unit's own.
func (s *Scope) Own(u org.UnitID) bool {
	if s.lineage[u] {
		return true
	}
	to, ok := s.renamedTo(u)
	return ok && s.lineage[to]
}

// Collective returns the collective a grant to u counts as: the last name
// u carried by renames within the scope, or u itself.
func (s *Scope) Collective(u org.UnitID) org.UnitID {
	if to, ok := s.renamedTo(u); ok {
		return to
	}
	return u
}

// Person returns a person ever posted to a covered unit, read from the
// org store on first use (the scope keeps of everyone else only what its
// rule reads). The value is shared: read it, do not change it. Errors of
// the store are returned wrapped.
func (s *Scope) Person(ctx context.Context, id org.PersonID) (*org.Person, bool, error) {
	pi, ok := s.person(id)
	if !ok {
		return nil, false, nil
	}
	p, err := s.whole(ctx, pi)
	if err != nil {
		return nil, false, wrapStore("report: scope person", string(id), err)
	}
	return p, true, nil
}

// Credits reports whether an achievement of person p over span, recognised
// on the day decided, counts for the scope: p held a post in a covered unit
// during the span or on that day. Someone never posted to a covered unit
// gets no credit.
func (s *Scope) Credits(p org.PersonID, span thidua.Period, decided thidua.Date) bool {
	pi, ok := s.person(p)
	return ok && scope.Credits(s.postsOf(pi), span, decided)
}

// personPosts is what the scope keeps of a person: their posts in the
// covered units (posts[block][from:to] of the scope), and whether they held
// none elsewhere.
type personPosts struct {
	block, from, to int32
	inside          bool
}

// postsBlock is the number of posts in a block of Scope.posts: the posts
// of everyone are kept in blocks, each person's in one, rather than in one
// slice copied as it grows.
const postsBlock = 1 << 12

// postsOf returns the periods of the posts of person pi in the covered
// units.
func (s *Scope) postsOf(pi int32) []thidua.Period {
	pp := s.people[pi]
	if pp.to == pp.from {
		return nil // the person of a person's scope
	}
	return s.posts[pp.block][pp.from:pp.to:pp.to]
}

// addPosts keeps the periods of p's posts in the covered units, and
// returns where, with whether p held posts elsewhere.
func (s *Scope) addPosts(p *org.Person) personPosts {
	pp := personPosts{inside: true}
	n := 0
	for _, a := range p.Assignments {
		if s.covered[a.Unit] {
			n++
		} else {
			pp.inside = false
		}
	}
	if n == 0 {
		return pp
	}
	if last := len(s.posts) - 1; last < 0 || cap(s.posts[last])-len(s.posts[last]) < n {
		s.posts = append(s.posts, make([]thidua.Period, 0, max(n, postsBlock)))
	}
	pp.block = int32(len(s.posts) - 1)
	block := s.posts[pp.block]
	pp.from = int32(len(block))
	for _, a := range p.Assignments {
		if s.covered[a.Unit] {
			block = append(block, a.Period)
		}
	}
	pp.to = int32(len(block))
	s.posts[pp.block] = block
	return pp
}

// loadUnits finds the unit, its predecessors and every unit ever under
// them.
func (s *Scope) loadUnits(ctx context.Context) error {
	root, err := s.src.Org.Unit(ctx, s.req.Unit)
	if err != nil {
		return err
	}
	preds, err := s.src.Org.Predecessors(ctx, root.ID)
	if err != nil {
		return err
	}
	s.lineage = map[org.UnitID]bool{root.ID: true}
	for _, p := range preds {
		s.lineage[p.ID] = true
	}
	// The unit as named on AsOf: itself, or the predecessor then in force.
	head := root
	if !root.ExistsOn(s.req.AsOf) {
		if inForce, err := org.UnitsInForce(ctx, s.src.Org, root.ID, s.req.AsOf); err == nil && len(inForce) > 0 {
			head = inForce[0]
		}
	}
	s.head = s.info(head)

	all, err := s.src.Org.Units(ctx, org.UnitFilter{})
	if err != nil {
		return err
	}
	children := make(map[org.UnitID][]org.Unit)
	byID := make(map[org.UnitID]org.Unit, len(all))
	s.allUnits = byID
	for _, u := range all {
		byID[u.ID] = u
		if u.Parent != "" {
			children[u.Parent] = append(children[u.Parent], u)
		}
	}
	s.covered = make(map[org.UnitID]bool)
	s.units = make(map[org.UnitID]UnitInfo)
	var walk func(u org.Unit)
	walk = func(u org.Unit) {
		if s.covered[u.ID] {
			return
		}
		s.covered[u.ID] = true
		s.unitIDs = append(s.unitIDs, u.ID)
		info := s.info(u)
		s.units[u.ID] = info
		if u.Exists.Overlaps(s.span) {
			s.listed = append(s.listed, info)
		}
		for _, c := range children[u.ID] {
			walk(c)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(s.lineage)) {
		if u, ok := byID[id]; ok {
			walk(u)
		}
	}
	slices.Sort(s.unitIDs)
	s.recUnit = make([]int32, len(s.unitIDs))
	slices.SortFunc(s.listed, func(x, y UnitInfo) int {
		return cmp.Or(cmp.Compare(rankKey(x.LevelRank), rankKey(y.LevelRank)), cmp.Compare(x.ID, y.ID))
	})
	return s.loadRenames(ctx)
}

// SuccessionReader is what a summary reads of the restructurings, if the
// org reader has it (an [org.Store] does): a unit renamed during the period
// is then counted as one collective under both names.
type SuccessionReader interface {
	Successions(ctx context.Context, unit org.UnitID) ([]org.Succession, error)
}

// loadRenames reads the renames between covered units.
func (s *Scope) loadRenames(ctx context.Context) error {
	sr, ok := s.src.Org.(SuccessionReader)
	if !ok {
		return nil
	}
	ss, err := sr.Successions(ctx, "")
	if err != nil {
		return err
	}
	for _, x := range ss {
		if x.Kind != org.Rename || len(x.From) != 1 || len(x.To) != 1 {
			continue
		}
		// Both names in force during the period: the collective is
		// named as it was then, not by a later name.
		if s.during(x.From[0]) && s.during(x.To[0]) {
			if s.renames == nil {
				s.renames = make(map[org.UnitID]org.UnitID)
			}
			s.renames[x.From[0]] = x.To[0]
		}
	}
	return nil
}

// during reports whether u is a covered unit that existed during the
// period (cut at AsOf).
func (s *Scope) during(u org.UnitID) bool {
	ou, ok := s.allUnits[u]
	return ok && s.covered[u] && ou.Exists.Overlaps(s.span)
}

// renamedTo follows the renames of a unit to the last name it carried: a
// unit renamed is the same collective. A merger or a split makes another
// collective: the units merged were distinct collectives when their
// achievements were recognised, and stay so in the counts.
func (s *Scope) renamedTo(u org.UnitID) (org.UnitID, bool) {
	to, ok := s.renames[u]
	for i := 0; ok && i < 64; i++ { // a chain of renames; the bound guards a cycle in bad data
		next, more := s.renames[to]
		if !more {
			break
		}
		to = next
	}
	return to, ok
}

// info describes a unit, named as on AsOf (a unit renamed since keeps,
// in a past period's figures, the name it bore then: org.Unit.NameOn),
// with its level's name and rank from the scale.
func (s *Scope) info(u org.Unit) UnitInfo {
	name, short := u.NameOn(s.req.AsOf)
	i := UnitInfo{ID: u.ID, Name: name, ShortName: short, Level: u.Level, LevelRank: -1, Former: endedBy(u, s.req.AsOf)}
	if l, ok := s.src.Scale.Lookup(u.Level); ok {
		i.LevelName, i.LevelRank = l.Name, l.Rank
	}
	return i
}

// unitInfo describes a unit of the store by its ID.
func (s *Scope) unitInfo(id org.UnitID) UnitInfo {
	if u, ok := s.units[id]; ok {
		return u
	}
	if ou, known := s.allUnits[id]; known {
		return s.info(ou)
	}
	return UnitInfo{ID: id, Name: string(id), LevelRank: -1}
}

// loadPeople finds everyone ever posted to a covered unit: someone who left
// before the period may still have an award decided in it for work done
// here (Credits decides). Of each it keeps the ID and the posts in the
// covered units, read from the store's own records without copying them
// (org.ScanPeople).
func (s *Scope) loadPeople(ctx context.Context) error {
	lineage := slices.Sorted(maps.Keys(s.lineage))
	for _, id := range lineage {
		err := org.ScanPeople(ctx, s.src.Org, org.PeopleFilter{Unit: id, Subtree: true}, func(p *org.Person) error {
			pp := s.addPosts(p)
			if pp.to == pp.from {
				return nil // never posted in a covered unit
			}
			s.personIs = append(doubled(s.personIs), p.ID)
			s.people = append(doubled(s.people), pp)
			return nil
		})
		if err != nil {
			return err
		}
	}
	if !slices.IsSorted(s.personIs) { // the people of several units
		order := make([]int, len(s.personIs))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(s.personIs[x], s.personIs[y]) })
		ids, pps := make([]org.PersonID, len(order)), make([]personPosts, len(order))
		for i, j := range order {
			ids[i], pps[i] = s.personIs[j], s.people[j]
		}
		s.personIs, s.people = ids, pps
	}
	if len(lineage) > 1 { // one person posted under two of them: keep the first
		s.personIs, s.people = compactPeople(s.personIs, s.people)
	}
	s.recPerson = make([]int32, len(s.people))
	return nil
}

// doubled returns s with room for one more element: when full, with twice
// its capacity, so that a list of unknown length built by appending is
// copied about once (append grows a long slice by a quarter at a time,
// allocating in all some five times the final size).
func doubled[T any](s []T) []T {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(cap(s), 64))
}

// compactPeople drops the repeats of a person in sorted ids, keeping the
// first, and the matching entries of pps.
func compactPeople(ids []org.PersonID, pps []personPosts) ([]org.PersonID, []personPosts) {
	n := 0
	for i := range ids {
		if n > 0 && ids[n-1] == ids[i] {
			continue
		}
		ids[n], pps[n] = ids[i], pps[i]
		n++
	}
	return ids[:n], pps[:n]
}

// loadPerson makes the scope one person's.
func (s *Scope) loadPerson(ctx context.Context) error {
	p, err := s.src.Org.Person(ctx, s.req.Person)
	if err != nil {
		return err
	}
	s.lineage, s.covered = map[org.UnitID]bool{}, map[org.UnitID]bool{}
	// Posted in no covered unit: every grant to them counts (newRec).
	s.personIs, s.people = []org.PersonID{p.ID}, []personPosts{{}}
	s.wholes = map[int32]*org.Person{0: &p}
	s.recPerson = make([]int32, 1)
	// The units, to name the issuers of the person's decisions
	// ([Scope.IssuerOffice]) and the units they name.
	all, err := s.src.Org.Units(ctx, org.UnitFilter{})
	if err != nil {
		return err
	}
	s.allUnits = make(map[org.UnitID]org.Unit, len(all))
	for _, u := range all {
		s.allUnits[u.ID] = u
	}
	return nil
}

// person returns the index of a person of the scope in s.personIs.
func (s *Scope) person(id org.PersonID) (int32, bool) {
	i, ok := slices.BinarySearch(s.personIs, id)
	if !ok || id == "" {
		return -1, false
	}
	return int32(i), true
}

// whole returns the whole record of person pi, read on first use.
func (s *Scope) whole(ctx context.Context, pi int32) (*org.Person, error) {
	if err := s.readWhole(ctx, []int32{pi}); err != nil {
		return nil, err
	}
	s.wholeMu.Lock()
	defer s.wholeMu.Unlock()
	return s.wholes[pi], nil
}

// readWhole reads, with one call, the whole records of the people pis
// (indexes in s.personIs) not read yet. A person the store no longer
// knows gets a record of their ID alone.
func (s *Scope) readWhole(ctx context.Context, pis []int32) error {
	s.wholeMu.Lock()
	defer s.wholeMu.Unlock()
	var ids []org.PersonID
	for _, pi := range pis {
		if _, ok := s.wholes[pi]; !ok {
			ids = append(ids, s.personIs[pi])
		}
	}
	if len(ids) == 0 {
		return nil
	}
	ps, err := s.src.Org.People(ctx, org.PeopleFilter{IDs: ids})
	if err != nil {
		return err
	}
	if s.wholes == nil {
		s.wholes = make(map[int32]*org.Person, len(ps))
	}
	for i := range ps {
		if pi, ok := s.person(ps[i].ID); ok {
			s.wholes[pi] = &ps[i]
		}
	}
	for _, pi := range pis {
		if _, ok := s.wholes[pi]; !ok {
			s.wholes[pi] = &org.Person{ID: s.personIs[pi], FullName: string(s.personIs[pi])}
		}
	}
	return nil
}

// readRecipients reads, with one call, the whole records of the people
// among the recipients numbered (recPeople) not read yet ([Scope.readWhole]).
func (s *Scope) readRecipients(ctx context.Context) error {
	var pis []int32
	for _, pi := range s.recPeople {
		if pi >= 0 {
			pis = append(pis, pi)
		}
	}
	return s.readWhole(ctx, pis)
}

// recKey numbers a recipient within the scope; the number of the
// collective it counts as (renames followed) is canon[i].
func (s *Scope) recKey(r award.Recipient) int32 {
	if r.Person != "" {
		if pi, ok := s.person(r.Person); ok {
			return s.personRec(pi)
		}
	} else if ui, ok := slices.BinarySearch(s.unitIDs, r.Unit); ok && r.Unit != "" {
		return s.unitRec(int32(ui))
	}
	if i, ok := s.recOthers[r]; ok {
		return i
	}
	i := s.newRec(r, -1)
	if s.recOthers == nil {
		s.recOthers = make(map[award.Recipient]int32)
	}
	s.recOthers[r] = i
	return i
}

// personRec is the recipient number of the person s.personIs[pi].
func (s *Scope) personRec(pi int32) int32 {
	if i := s.recPerson[pi]; i > 0 {
		return i - 1
	}
	i := s.newRec(award.PersonRecipient(s.personIs[pi]), pi)
	s.recPerson[pi] = i + 1
	return i
}

// unitRec is the recipient number of the covered unit s.unitIDs[ui].
func (s *Scope) unitRec(ui int32) int32 {
	if i := s.recUnit[ui]; i > 0 {
		return i - 1
	}
	i := s.newRec(award.UnitRecipient(s.unitIDs[ui]), -1)
	s.recUnit[ui] = i + 1
	return i
}

// newRec numbers a recipient met for the first time; pi is the index of a
// person of the scope in s.personIs, -1 for anyone else.
func (s *Scope) newRec(r award.Recipient, pi int32) int32 {
	if s.recKeys == nil {
		n := len(s.people) + len(s.unitIDs) // at most, but for a store that ignores the filter
		s.recKeys = make([]award.Recipient, 0, n)
		s.recPeople = make([]int32, 0, n)
		s.canon = make([]int32, 0, n)
		s.insideOnly = make([]bool, 0, n)
	}
	i := int32(len(s.recKeys))
	s.recKeys = append(s.recKeys, r)
	s.recPeople = append(s.recPeople, pi)
	s.canon = append(s.canon, i)
	// A person who never worked outside the covered units needs no check
	// of where each award was earned.
	inside := pi >= 0 && (s.req.Person != "" || s.people[pi].inside)
	s.insideOnly = append(s.insideOnly, inside)
	if r.Unit != "" {
		if to, ok := s.renamedTo(r.Unit); ok {
			c := s.recKey(award.UnitRecipient(to))
			s.canon[i] = c
		}
	}
	return i
}

// grantFilter is the store query of the grants the scope may count; scan
// applies the rest of the rule.
func (s *Scope) grantFilter(codes []award.Code) award.GrantFilter {
	f := award.GrantFilter{
		People: s.personIs, Units: s.unitIDs, Codes: codes,
		// Revoked after AsOf still counted then.
		IncludeRevoked: true,
	}
	if s.req.Select == SelectByAchievementYear {
		// Every grant whose achievement year is in the period has a span
		// overlapping it; the decision must be dated by AsOf.
		f.Period = thidua.Years(s.req.Period.From.Year, s.req.Period.To.Year)
	} else {
		f.DecidedIn = s.span
	}
	return f
}

// counted is a grant the scope counts, reduced to numbers (no pointers:
// tens of thousands of them cost the collector nothing).
//
// The recipient it counts as is canon[rec] of the scope, the year it is
// counted under selYear: kept small, the list of a large store's grants
// costs less to write and to read.
type counted struct {
	kept  int32 // index among the grants kept whole, -1 if not kept
	code  int32 // index of the kind in scan's codes
	rec   int32 // recipient index
	dec   int32 // decision index
	year  int32 // achievement year
	basis award.Basis
}

// selYear is the year a counted grant is counted under: its decision's,
// or its achievement year when the scope selects by it.
func (s *Scope) selYear(c counted) int32 {
	if s.req.Select == SelectByAchievementYear {
		return c.year
	}
	return int32(s.decisions[c.dec].Date.Year)
}

// countedBlock is the length of the blocks scan gathers the grants in.
const countedBlock = 1 << 12

// scan reads the grants of the kinds codes (nil: every kind) and returns
// those the scope counts, in the store's (ID) order, with the kinds they
// are of (indexes of counted.code). keep says which grants to keep whole,
// by recipient and achievement year; nil keeps none.
func (s *Scope) scan(ctx context.Context, codes []award.Code, keep func(r award.Recipient, year int) bool) ([]counted, []award.Code, []award.Grant, error) {
	kinds := slices.Clone(codes)
	kindIdx := make(map[award.Code]int32, len(kinds))
	for i, c := range kinds {
		kindIdx[c] = int32(i)
	}
	if s.decIdx == nil {
		s.decIdx = make(map[string]int32)
	}
	var (
		out     [][]counted // in blocks: one long slice would be copied as it grows
		last    []counted   // the last block
		total   int
		kept    []award.Grant
		spans   []thidua.Period // by index in out: span of a grant whose credit is checked after
		check   []int32         // indexes in out to check for credit
		missing []string        // decisions to read
	)
	from, to := int32(s.req.Period.From.Year), int32(s.req.Period.To.Year)
	lastDec, lastIdx := "", int32(-1)
	lastKind, lastCode := award.Code(""), int32(-1)
	// The store numbers the recipients by their place in the filter's
	// lists (people, then units): no look-up per grant. byNum numbers the
	// others (a store that ignores the filter): 1 + recipient number, -1
	// for one outside the scope.
	f := s.grantFilter(codes)
	listed := len(f.People) + len(f.Units)
	var byNum []int32
	err := award.ScanFacts(ctx, s.src.Award, f, func(g award.GrantFacts, grant func() award.Grant) error {
		if !g.Revoked.IsZero() && (s.req.ExcludeRevoked || !g.Revoked.After(s.req.AsOf)) {
			return nil
		}
		c := counted{kept: -1, year: int32(g.Year), basis: g.Basis}
		if s.req.Select == SelectByAchievementYear && (c.year < from || c.year > to) {
			return nil
		}
		if g.Kind == lastKind {
			c.code = lastCode
		} else {
			ki, ok := kindIdx[g.Kind]
			if !ok {
				ki = int32(len(kinds))
				kinds = append(kinds, g.Kind)
				kindIdx[g.Kind] = ki
			}
			c.code, lastKind, lastCode = ki, g.Kind, ki
		}
		if g.Decision == lastDec {
			c.dec = lastIdx
		} else {
			di, ok := s.decIdx[g.Decision]
			if !ok {
				di = int32(len(s.decisions))
				s.decIdx[g.Decision] = di
				s.decisions = append(s.decisions, award.Decision{ID: g.Decision})
				missing = append(missing, g.Decision)
			}
			c.dec, lastDec, lastIdx = di, g.Decision, di
		}
		switch num := g.Recipient; {
		case num < len(f.People):
			c.rec = s.personRec(int32(num))
		case num < listed:
			c.rec = s.unitRec(int32(num - len(f.People)))
		default:
			num -= listed
			if num >= len(byNum) {
				byNum = append(byNum, make([]int32, max(num+1-len(byNum), len(byNum)))...)
			}
			switch ri := byNum[num]; {
			case ri > 0:
				c.rec = ri - 1
			case ri < 0:
				return nil
			default:
				r := grant().Recipient
				if r.Unit != "" && !s.covered[r.Unit] {
					byNum[num] = -1
					return nil // a store that ignores the recipients asked
				}
				c.rec = s.recKey(r)
				byNum[num] = c.rec + 1
			}
		}
		r := &s.recKeys[c.rec]
		if r.Person != "" && !s.insideOnly[c.rec] {
			check = append(check, int32(total))
			spans = append(spans, grant().Span())
		}
		if keep != nil && keep(*r, int(c.year)) {
			c.kept = int32(len(kept))
			kept = append(kept, grant())
		}
		if len(last) == cap(last) {
			last = make([]counted, 0, countedBlock)
			out = append(out, last)
		}
		last = append(last, c)
		out[len(out)-1] = last
		total++
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	if err := s.readDecisions(ctx, missing); err != nil {
		return nil, nil, nil, err
	}
	// The rest of the rule needs the decisions' dates: decided in the
	// period and by AsOf, and a person's grant only where they worked.
	drop := make([]bool, total)
	for i, ci := range check {
		c := &out[ci/countedBlock][ci%countedBlock]
		if pi := s.recPeople[c.rec]; pi < 0 || !scope.Credits(s.postsOf(pi), spans[i], s.decisions[c.dec].Date) {
			drop[ci] = true
		}
	}
	res := make([]counted, 0, total)
	for bi, block := range out {
		for j, c := range block {
			decided := s.decisions[c.dec].Date
			if s.req.Select == SelectByAchievementYear {
				if drop[bi*countedBlock+j] || decided.After(s.req.AsOf) {
					continue
				}
			} else if drop[bi*countedBlock+j] || !s.span.Contains(decided) {
				continue // a store that ignores DecidedIn
			}
			res = append(res, c)
		}
	}
	return res, kinds, kept, nil
}

// readDecisions reads the headings of the decisions ids, placeholders in
// s.decisions until then.
func (s *Scope) readDecisions(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	heads, err := s.src.Award.Decisions(ctx, award.DecisionFilter{IDs: ids, WithoutGrants: true})
	if err != nil {
		return err
	}
	got := make(map[string]bool, len(heads))
	for _, d := range heads {
		s.setDecision(d)
		got[d.ID] = true
	}
	for _, id := range ids {
		if got[id] {
			continue
		}
		// A store whose Decisions ignores the IDs or the headings-only
		// flag still answers one by one.
		d, err := s.src.Award.Decision(ctx, id)
		if err != nil {
			return err
		}
		s.setDecision(d)
	}
	return nil
}

func (s *Scope) setDecision(d award.Decision) {
	i, ok := s.decIdx[d.ID]
	if !ok {
		return
	}
	d.Grants = nil
	d.SignerTitle, d.IssuerName = vntext.NFC(d.SignerTitle), vntext.NFC(d.IssuerName)
	s.decisions[i] = d
	s.noteIssuer(i)
}

// CountedGrant is a grant a [Scope] counts, with its decision and, for an
// individual award, the person. Decision and Person are shared between
// the grants of one decision and of one person: read them, do not change
// them.
type CountedGrant struct {
	Grant    award.Grant
	Decision *award.Decision // its heading: Grants is nil
	Person   *org.Person     // nil for a collective award
	// Year is the year the grant is counted under: its decision's, or its
	// achievement year when the scope selects by it.
	Year int
	// Collective is, for a grant to a unit, the collective it counts as
	// (renames followed, [Scope.Collective]); empty for a person.
	Collective org.UnitID
	// Own reports a grant to the scope's unit itself or a unit it
	// succeeded ([Scope.Own]).
	Own bool
}

// Grants returns the grants of the kinds codes (nil: every kind) the scope
// counts, in ID order. Errors of the stores are returned wrapped.
func (s *Scope) Grants(ctx context.Context, codes []award.Code) ([]CountedGrant, error) {
	cs, _, kept, err := s.scan(ctx, codes, func(award.Recipient, int) bool { return true })
	if err != nil {
		return nil, wrapStore("report: scope grants", string(s.req.Unit), err)
	}
	if err := s.readRecipients(ctx); err != nil {
		return nil, wrapStore("report: scope grants", string(s.req.Unit), err)
	}
	out := make([]CountedGrant, len(cs))
	for i, c := range cs {
		g := kept[c.kept]
		cg := CountedGrant{Grant: g, Decision: &s.decisions[c.dec], Year: int(s.selYear(c))}
		if p := g.Recipient.Person; p != "" {
			if pi := s.recPeople[c.rec]; pi >= 0 {
				cg.Person = s.wholes[pi]
			}
		} else {
			cg.Collective = s.recKeys[s.canon[c.rec]].Unit
			cg.Own = s.Own(g.Recipient.Unit)
		}
		out[i] = cg
	}
	return out, nil
}
