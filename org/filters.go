package org

import (
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
)

// The checks of the read methods' arguments and the matching of names and
// posts, shared by every store so that a filter means the same whatever
// keeps the data.

// Validate checks the filter as Store.Units does: ErrInvalid if On is
// neither zero nor a valid date.
func (f UnitFilter) Validate() error {
	if !f.On.IsZero() {
		if err := f.On.Validate(); err != nil {
			return thidua.E(opUnits, "filter", "", "on", err)
		}
	}
	return nil
}

// Validate checks the filter as Store.People does: ErrInvalid if both On
// and During are set or either is invalid.
func (f PeopleFilter) Validate() error {
	switch {
	case !f.On.IsZero() && !f.During.IsZero():
		return thidua.Invalid(opPeople, "filter", "", "on", "set On or During, not both")
	case !f.On.IsZero():
		if err := f.On.Validate(); err != nil {
			return thidua.E(opPeople, "filter", "", "on", err)
		}
	case !f.During.IsZero():
		if err := f.During.Validate(); err != nil {
			return thidua.E(opPeople, "filter", "", "during", err)
		}
	}
	return nil
}

// Validate checks the filter as Store.PersonYears does: ErrInvalid if From
// is after To.
func (f YearFilter) Validate() error { return checkYearRange(opPersonYears, f.From, f.To) }

// Validate checks the filter as Store.UnitYears does: ErrInvalid if From
// is after To.
func (f UnitYearFilter) Validate() error { return checkYearRange(opUnitYears, f.From, f.To) }

// Validate checks the filter as Store.Disciplines does: ErrInvalid if Year
// is neither zero nor within thidua.MinYear..thidua.MaxYear.
func (f DisciplineFilter) Validate() error {
	if f.Year != 0 {
		return checkYear(opDisciplines, "filter", "", f.Year)
	}
	return nil
}

func checkYearRange(op string, from, to int) error {
	if from != 0 && to != 0 && from > to {
		return thidua.Invalid(op, "filter", "", "from", "years from %d to %d", from, to)
	}
	return nil
}

// InYears reports whether year lies within from..to, where a zero bound
// leaves that end open (as the From and To of YearFilter and
// UnitYearFilter).
func InYears(year, from, to int) bool {
	return (from == 0 || year >= from) && (to == 0 || year <= to)
}

// NameKey returns the key name queries compare: the name folded with the
// spelling variants name matching ignores (case, NFC, where the tone mark
// sits, "sỹ"/"sĩ"). A store may keep it beside the name, so that matching
// does not fold every name again; see KeyMatches.
func NameKey(name string) string { return vntext.Fold(name) }

// KeyMatches is NameMatches on keys made by NameKey: the words of the
// query key appear as a run of whole words in the name key.
func KeyMatches(nameKey, queryKey string) bool { return foldedMatch(nameKey, queryKey) }

// UnitMatcher is a UnitFilter prepared for testing units one by one: the
// query is folded once. Make one with UnitFilter.Matcher.
type UnitMatcher struct {
	f   UnitFilter
	key string
}

// Matcher prepares f for matching. IDs are not tested: the store selects
// the units by ID.
func (f UnitFilter) Matcher() UnitMatcher {
	m := UnitMatcher{f: f}
	if f.Name != "" {
		m.key = NameKey(f.Name)
	}
	return m
}

// Match reports whether u, whose name and short name have the keys nameKey
// and shortKey (see NameKey), matches the filter's Name, Level and On.
func (m UnitMatcher) Match(u Unit, nameKey, shortKey string) bool {
	f := &m.f
	switch {
	case f.Name != "" && !foldedMatch(nameKey, m.key) && !foldedMatch(shortKey, m.key),
		f.Level != "" && u.Level != f.Level,
		!f.On.IsZero() && !u.Exists.Contains(f.On):
		return false
	}
	return true
}

// PeopleMatcher is a PeopleFilter prepared for testing people one by one:
// the name and the position are folded once. Make one with
// PeopleFilter.Matcher.
type PeopleMatcher struct {
	f              PeopleFilter
	nameKey        string
	posKey         string
	inUnits        func(UnitID) bool
	checkPosts     bool
	postsMatchFunc func(Assignment) bool
}

// Matcher prepares f for matching. inUnits reports whether a unit belongs
// to the filter's units (f.Unit and, with Subtree, every unit under it);
// it is nil when f.Unit is empty. IDs are not tested: the store selects
// the people by ID.
func (f PeopleFilter) Matcher(inUnits func(UnitID) bool) PeopleMatcher {
	m := PeopleMatcher{f: f, inUnits: inUnits}
	if f.Name != "" {
		m.nameKey = NameKey(f.Name)
	}
	if f.Position != "" {
		m.posKey = NameKey(f.Position)
	}
	m.checkPosts = inUnits != nil || m.posKey != "" || !f.On.IsZero() || !f.During.IsZero()
	m.postsMatchFunc = m.post
	return m
}

// post reports whether the assignment meets the filter's unit, date and
// position.
func (m *PeopleMatcher) post(a Assignment) bool {
	f := &m.f
	switch {
	case m.inUnits != nil && !m.inUnits(a.Unit),
		!f.On.IsZero() && !a.Period.Contains(f.On),
		!f.During.IsZero() && !a.Period.Overlaps(f.During),
		m.posKey != "" && vntext.Fold(a.Position) != m.posKey:
		return false
	}
	return true
}

// Match reports whether p, whose full name has the key nameKey (see
// NameKey), matches the filter: its name, and at least one assignment
// meeting the unit, date and position fields together.
func (m *PeopleMatcher) Match(p *Person, nameKey string) bool {
	if m.f.Name != "" && !foldedMatch(nameKey, m.nameKey) {
		return false
	}
	return !m.checkPosts || slices.ContainsFunc(p.Assignments, m.postsMatchFunc)
}

// SortFormerHolders orders the former holders of a post as
// Store.FormerHolders returns them: the most recent holder first (the
// latest end of the post before d, see Person.FormerPost), then by ID. It
// drops the people who are not former holders.
func SortFormerHolders(ps []Person, unit UnitID, position string, d thidua.Date) []Person {
	type holder struct {
		p   Person
		end thidua.Date
	}
	hs := make([]holder, 0, len(ps))
	for _, p := range ps {
		if a, ok := p.FormerPost(unit, position, d); ok {
			hs = append(hs, holder{p, a.Period.To})
		}
	}
	slices.SortStableFunc(hs, func(a, b holder) int {
		if c := b.end.Compare(a.end); c != 0 {
			return c
		}
		return compareIDs(a.p.ID, b.p.ID)
	})
	out := make([]Person, len(hs))
	for i, h := range hs {
		out[i] = h.p
	}
	return out
}

func compareIDs[T ~string](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// SortPredecessors orders units as Store.Predecessors returns them: latest
// ending first, then by ID.
func SortPredecessors(us []Unit) {
	slices.SortFunc(us, func(a, b Unit) int {
		if c := b.Exists.To.Compare(a.Exists.To); c != 0 {
			return c
		}
		return compareIDs(a.ID, b.ID)
	})
}

// SortSuccessors orders units as Store.Successors returns them: earliest
// starting first, then by ID.
func SortSuccessors(us []Unit) {
	slices.SortFunc(us, func(a, b Unit) int {
		if c := a.Exists.From.Compare(b.Exists.From); c != 0 {
			return c
		}
		return compareIDs(a.ID, b.ID)
	})
}

// SortSuccessions orders successions as Store.Successions returns them:
// by date, then by their From units.
func SortSuccessions(ss []Succession) {
	slices.SortFunc(ss, func(a, b Succession) int { return compareSuccessions(&a, &b) })
}

// SortDisciplines orders decisions as Store.Disciplines returns them: by
// person ID, then decision date, then ID.
func SortDisciplines(ds []Discipline) {
	slices.SortFunc(ds, func(a, b Discipline) int {
		if c := compareIDs(a.Person, b.Person); c != 0 {
			return c
		}
		return compareDisciplines(a, b)
	})
}
