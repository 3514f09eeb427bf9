package org

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// Kinds of record named in errors (thidua.Error.Kind).
const (
	kindUnit       = "unit"
	kindSuccession = "succession"
	kindPerson     = "person"
	kindAssignment = "assignment"
	kindPersonYear = "person-year"
	kindUnitYear   = "unit-year"
	kindDiscipline = "discipline"
)

// checkID applies the library's rule for IDs (thidua.CheckID) to value,
// given in field of the record kind/id.
func checkID(op, kind, id, field, value string) error {
	return thidua.CheckID(op, kind, id, field, value)
}

// checkText checks text to store (thidua.CheckText): valid UTF-8 of at most
// max bytes.
func checkText(op, kind, id, field, value string, max int) error {
	return thidua.CheckText(op, kind, id, field, value, max)
}

// clean returns s cleaned as vntext.Clean does (NFC, single spaces, no
// space at the ends), without allocating when s is clean already, as
// almost all input is.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	return vntext.Clean(s)
}

func isClean(s string) bool {
	space := true // no leading space
	for _, r := range s {
		switch {
		case r == ' ':
			if space {
				return false
			}
			space = true
		case unicode.IsSpace(r):
			return false
		default:
			space = false
		}
	}
	return (s == "" || !space) && norm.NFC.IsNormalString(s)
}

// validID reports whether checkID accepts value.
func validID(value string) bool { return thidua.ValidID(value) }

func checkPeriod(op, kind, id, field string, p thidua.Period) error {
	if err := p.Validate(); err != nil {
		return thidua.E(op, kind, id, field, err)
	}
	return nil
}

func checkYear(op, kind, id string, y int) error {
	if y < thidua.MinYear || y > thidua.MaxYear {
		return thidua.Invalid(op, kind, id, "year", "year %d outside %d-%d", y, thidua.MinYear, thidua.MaxYear)
	}
	return nil
}

// Normalize returns u with its names cleaned (NFC, single spaces, see
// vntext.Clean), its level code trimmed, and its Sector cleared when it is
// its parent (one line of authority). Stores keep units normalised.
func (u Unit) Normalize() Unit {
	u.Name = clean(u.Name)
	u.ShortName = clean(u.ShortName)
	u.Level = strings.TrimSpace(u.Level)
	if u.Sector == u.Parent {
		u.Sector = "" // one line
	}
	if u.Former != nil {
		u.Former = slices.Clone(u.Former)
		for i := range u.Former {
			f := &u.Former[i]
			f.Name, f.ShortName, f.Note = clean(f.Name), clean(f.ShortName), clean(f.Note)
		}
	}
	return u
}

// Validate checks what can be checked on the unit alone: a non-empty,
// unpadded ID, a name that is not empty or blank, a valid period, and a
// parent and a sector unit other than itself. The error is a *thidua.Error wrapping
// thidua.ErrInvalid. Stores also check the parent exists and its period
// covers the unit's.
func (u Unit) Validate() error { return u.validate("org: validate unit") }

func (u Unit) validate(op string) error {
	id := string(u.ID)
	if err := checkID(op, kindUnit, id, "id", id); err != nil {
		return err
	}
	if err := checkText(op, kindUnit, id, "name", u.Name, thidua.MaxNameLen); err != nil {
		return err
	}
	if clean(u.Name) == "" {
		return thidua.Invalid(op, kindUnit, id, "name", "empty name")
	}
	if err := checkText(op, kindUnit, id, "short_name", u.ShortName, thidua.MaxNameLen); err != nil {
		return err
	}
	if err := checkText(op, kindUnit, id, "level", u.Level, thidua.MaxIDLen); err != nil {
		return err
	}
	if u.Parent != "" {
		if err := checkID(op, kindUnit, id, "parent", string(u.Parent)); err != nil {
			return err
		}
	}
	if u.Sector != "" {
		if err := checkID(op, kindUnit, id, "sector", string(u.Sector)); err != nil {
			return err
		}
	}
	if err := checkPeriod(op, kindUnit, id, "exists", u.Exists); err != nil {
		return err
	}
	if u.Parent == u.ID {
		return thidua.Invalid(op, kindUnit, id, "parent", "parent cycle: unit is its own parent")
	}
	if u.Sector == u.ID {
		return thidua.Invalid(op, kindUnit, id, "sector", "sector cycle: unit guides its own sector")
	}
	return u.validateFormer(op)
}

// validateFormer checks the unit's former names: each named, valid text,
// in force at least one day, in date order, all within the unit's period
// and ending before it does (the current name is in force at least one
// day).
func (u Unit) validateFormer(op string) error {
	id := string(u.ID)
	prev := u.Exists.From.AddDays(-1) // the day before the first name took force
	for _, f := range u.Former {
		if err := checkText(op, kindUnit, id, "former.name", f.Name, thidua.MaxNameLen); err != nil {
			return err
		}
		if clean(f.Name) == "" {
			return thidua.Invalid(op, kindUnit, id, "former.name", "empty former name")
		}
		if err := checkText(op, kindUnit, id, "former.short_name", f.ShortName, thidua.MaxNameLen); err != nil {
			return err
		}
		if err := checkText(op, kindUnit, id, "former.note", f.Note, thidua.MaxNoteLen); err != nil {
			return err
		}
		if err := f.Until.Validate(); err != nil {
			return thidua.E(op, kindUnit, id, "former.until", err)
		}
		if !f.Until.After(prev) {
			return thidua.Invalid(op, kindUnit, id, "former.until",
				"former name %q ends on %s, not after %s (names in date order, within the unit's period from %s)", f.Name, f.Until, prev, u.Exists.From)
		}
		prev = f.Until
	}
	if !prev.Before(u.Exists.To) && len(u.Former) > 0 {
		return thidua.Invalid(op, kindUnit, id, "former.until",
			"last former name ends on %s, not before the unit's end on %s", prev, u.Exists.To)
	}
	return nil
}

// ExistsOn reports whether the unit exists on d.
func (u Unit) ExistsOn(d thidua.Date) bool { return u.Exists.Contains(d) }

// NameOn returns the name and short name of the unit in force on d: the
// former name whose time holds d, or the current names after the last
// rename (see Unit.Former). A day before the unit existed gets its first
// name. A report of a past period names the unit with it.
func (u Unit) NameOn(d thidua.Date) (name, shortName string) {
	for _, f := range u.Former {
		if !d.After(f.Until) {
			return f.Name, f.ShortName
		}
	}
	return u.Name, u.ShortName
}

// NamedOn returns u with Name and ShortName those in force on d (see
// NameOn) and its other fields unchanged.
func (u Unit) NamedOn(d thidua.Date) Unit {
	u.Name, u.ShortName = u.NameOn(d)
	return u
}

// rename returns u renamed on the day on (see Store.RenameUnit): its
// current names become a former name ending the day before, and name and
// shortName, cleaned, take force on on. ErrInvalid for an invalid day, a
// blank name, unchanged names, or a day not after the unit's founding or
// outside its period; ErrConflict for a day not after the last rename's
// (correct earlier names with Store.CorrectUnit).
func (u Unit) rename(op string, on thidua.Date, name, shortName, note string) (Unit, error) {
	id := string(u.ID)
	if err := on.Validate(); err != nil {
		return Unit{}, thidua.E(op, kindUnit, id, "on", err)
	}
	for _, t := range []struct {
		field, value string
		max          int
	}{{"name", name, thidua.MaxNameLen}, {"short_name", shortName, thidua.MaxNameLen}, {"note", note, thidua.MaxNoteLen}} {
		if err := checkText(op, kindUnit, id, t.field, t.value, t.max); err != nil {
			return Unit{}, err
		}
	}
	name, shortName, note = clean(name), clean(shortName), clean(note)
	if name == "" {
		return Unit{}, thidua.Invalid(op, kindUnit, id, "name", "empty name")
	}
	if name == u.Name && shortName == u.ShortName {
		return Unit{}, thidua.Invalid(op, kindUnit, id, "name", "names unchanged: %q", name)
	}
	if !on.After(u.Exists.From) || !u.Exists.Contains(on) {
		return Unit{}, thidua.Invalid(op, kindUnit, id, "on",
			"rename on %s outside the unit's period %s after its founding day (a wrong name from the start is a correction)", on, u.Exists)
	}
	if n := len(u.Former); n > 0 && !on.After(u.Former[n-1].Until.AddDays(1)) {
		return Unit{}, thidua.Conflict(op, kindUnit, id,
			"rename on %s not after the name in force since %s (correct earlier names with CorrectUnit)", on, u.Former[n-1].Until.AddDays(1))
	}
	u.Former = append(slices.Clone(u.Former), FormerName{Name: u.Name, ShortName: u.ShortName, Until: on.AddDays(-1), Note: note})
	u.Name, u.ShortName = name, shortName
	return u, nil
}

// Normalize returns s with its unit lists copied and sorted by ID and its
// note cleaned.
func (s Succession) Normalize() Succession {
	s.From = slices.Clone(s.From)
	s.To = slices.Clone(s.To)
	slices.Sort(s.From)
	slices.Sort(s.To)
	s.Note = clean(s.Note)
	return s
}

// Validate checks the succession on its own: a known kind, a valid date,
// one unit before and after a rename, one after a merge, several after a
// split, no unit twice. The error wraps thidua.ErrInvalid. Stores
// also check that the units in From end the day before Date and the units
// in To exist on Date.
func (s Succession) Validate() error { return s.validate("org: validate succession") }

func (s Succession) validate(op string) error {
	id := s.label()
	if !s.Kind.Valid() {
		return thidua.Invalid(op, kindSuccession, id, "kind", "unknown kind %d", int(s.Kind))
	}
	if err := s.Date.Validate(); err != nil {
		return thidua.E(op, kindSuccession, id, "date", err)
	}
	nf, nt := len(s.From), len(s.To)
	switch {
	case nf == 0 || nt == 0:
		return thidua.Invalid(op, kindSuccession, id, "units", "needs units before and after")
	case s.Kind == Rename && (nf != 1 || nt != 1):
		return thidua.Invalid(op, kindSuccession, id, "units", "a rename takes one unit to one unit, not %d to %d", nf, nt)
	case s.Kind == Merge && nt != 1:
		return thidua.Invalid(op, kindSuccession, id, "units", "a merge takes units to one, not %d to %d", nf, nt)
	case s.Kind == Split && (nf != 1 || nt < 2):
		return thidua.Invalid(op, kindSuccession, id, "units", "a split takes one unit to several, not %d to %d", nf, nt)
	}
	if err := checkText(op, kindSuccession, id, "note", s.Note, thidua.MaxNoteLen); err != nil {
		return err
	}
	seen := make(map[UnitID]bool, nf+nt)
	for _, u := range slices.Concat(s.From, s.To) {
		if err := checkID(op, kindSuccession, id, "units", string(u)); err != nil {
			return err
		}
		if seen[u] {
			return thidua.Invalid(op, kindSuccession, id, "units", "unit %q named twice", u)
		}
		seen[u] = true
	}
	return nil
}

// checkUnits checks the succession against the units it names: every unit
// in from ends the day before Date, every unit in to exists on Date.
func (s Succession) checkUnits(op string, from, to []Unit) error {
	last := s.Date.AddDays(-1)
	for _, u := range from {
		if u.Exists.To != last {
			return thidua.Invalid(op, kindSuccession, s.label(), "from",
				"unit %q must end on %s, the day before the succession, not %s", u.ID, last, u.Exists.To)
		}
	}
	for _, u := range to {
		if !u.Exists.Contains(s.Date) {
			return thidua.Invalid(op, kindSuccession, s.label(), "to",
				"unit %q does not exist on %s", u.ID, s.Date)
		}
	}
	return nil
}

// label names a succession in errors: "a+b>c@2025-07-01".
func (s Succession) label() string {
	var b strings.Builder
	for i, u := range s.From {
		if i > 0 {
			b.WriteByte('+')
		}
		b.WriteString(string(u))
	}
	b.WriteByte('>')
	for i, u := range s.To {
		if i > 0 {
			b.WriteByte('+')
		}
		b.WriteString(string(u))
	}
	b.WriteByte('@')
	b.WriteString(s.Date.String())
	return b.String()
}

// Normalize returns p with its name and position titles cleaned and its
// assignments copied and ordered by start date, then unit, then position.
func (p Person) Normalize() Person {
	p.FullName = clean(p.FullName)
	p.Assignments = slices.Clone(p.Assignments)
	for i := range p.Assignments {
		p.Assignments[i].Position = clean(p.Assignments[i].Position)
	}
	sortAssignments(p.Assignments)
	return p
}

func sortAssignments(as []Assignment) {
	slices.SortStableFunc(as, func(a, b Assignment) int {
		if c := a.Period.From.Compare(b.Period.From); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Unit, b.Unit); c != 0 {
			return c
		}
		return strings.Compare(a.Position, b.Position)
	})
}

// Validate checks what can be checked on the person alone: ID, a name that
// is not blank, a known gender, valid dates (birth before recruitment), and
// assignments with a unit, a position and a valid period starting no earlier
// than the recruitment date (when known), no two full-time posts
// overlapping. The error wraps thidua.ErrInvalid. Stores also check
// that each assigned unit exists throughout the assignment.
func (p Person) Validate() error { return p.validate("org: validate person") }

func (p Person) validate(op string) error {
	id := string(p.ID)
	if err := checkID(op, kindPerson, id, "id", id); err != nil {
		return err
	}
	if err := checkText(op, kindPerson, id, "full_name", p.FullName, thidua.MaxNameLen); err != nil {
		return err
	}
	if clean(p.FullName) == "" {
		return thidua.Invalid(op, kindPerson, id, "full_name", "empty name")
	}
	if !p.Gender.Valid() {
		return thidua.Invalid(op, kindPerson, id, "gender", "unknown gender %d", int(p.Gender))
	}
	if !p.BirthDate.IsZero() {
		if err := p.BirthDate.Validate(); err != nil {
			return thidua.E(op, kindPerson, id, "birth_date", err)
		}
	}
	if !p.Recruited.IsZero() {
		if err := p.Recruited.Validate(); err != nil {
			return thidua.E(op, kindPerson, id, "recruited", err)
		}
		if !p.BirthDate.IsZero() && !p.BirthDate.Before(p.Recruited) {
			return thidua.Invalid(op, kindPerson, id, "recruited", "recruited %s not after birth %s", p.Recruited, p.BirthDate)
		}
	}
	for i, a := range p.Assignments {
		if err := a.validate(op, id); err != nil {
			return err
		}
		if err := p.checkRecruited(op, a); err != nil {
			return err
		}
		for _, b := range p.Assignments[:i] {
			if err := overlapping(op, id, a, b); err != nil {
				return err
			}
		}
	}
	return nil
}

func (a Assignment) validate(op, person string) error {
	if err := checkID(op, kindPerson, person, "assignments.unit", string(a.Unit)); err != nil {
		return err
	}
	if err := checkText(op, kindPerson, person, "assignments.position", a.Position, thidua.MaxNameLen); err != nil {
		return err
	}
	if clean(a.Position) == "" {
		return thidua.Invalid(op, kindPerson, person, "assignments.position", "empty position in %q", a.Unit)
	}
	return checkPeriod(op, kindPerson, person, "assignments.period", a.Period)
}

// checkRecruited rejects an assignment starting before the person was
// recruited: a post is held in service, which begins with recruitment. A
// zero Recruited date is unknown and checks nothing.
func (p Person) checkRecruited(op string, a Assignment) error {
	if p.Recruited.IsZero() || !a.Period.From.Before(p.Recruited) {
		return nil
	}
	return thidua.Invalid(op, kindPerson, string(p.ID), "assignments.period",
		"assignment in %q starts %s, before recruitment on %s", a.Unit, a.Period.From, p.Recruited)
}

// overlapping rejects two full-time assignments sharing a day.
func overlapping(op, person string, a, b Assignment) error {
	if a.Concurrent || b.Concurrent || !a.Period.Overlaps(b.Period) {
		return nil
	}
	return thidua.Invalid(op, kindPerson, person, "assignments",
		"full-time posts overlap: %s in %q (%s) and %s in %q (%s)",
		b.Position, b.Unit, b.Period, a.Position, a.Unit, a.Period)
}

// PostOn returns the post the person held on d: the full-time assignment in
// force that day, or failing one, the first concurrent one; false if none.
func (p Person) PostOn(d thidua.Date) (Assignment, bool) {
	var conc Assignment
	found := false
	for _, a := range p.Assignments {
		if !a.Period.Contains(d) {
			continue
		}
		if !a.Concurrent {
			return a, true
		}
		if !found {
			conc, found = a, true
		}
	}
	return conc, found
}

// LastPostOn returns the post the person held on d ([Person.PostOn]), or
// failing one the last post they had taken up by d (the one that ended
// latest), with former set: documents then describe the person by it as a
// former holder ("nguyên Giám đốc Sở Tư pháp"). False if the person had no
// post on or before d.
func (p Person) LastPostOn(d thidua.Date) (a Assignment, former, ok bool) {
	if a, ok := p.PostOn(d); ok {
		return a, false, true
	}
	for _, x := range p.Assignments {
		if !x.Period.From.After(d) && (!ok || x.Period.To.After(a.Period.To)) {
			a, ok = x, true
		}
	}
	return a, ok, ok
}

// PostsOn returns every assignment in force on d, full-time and concurrent.
func (p Person) PostsOn(d thidua.Date) []Assignment {
	var as []Assignment
	for _, a := range p.Assignments {
		if a.Period.Contains(d) {
			as = append(as, a)
		}
	}
	return as
}

// Holds reports whether the person holds position in unit on d. Positions
// match up to the spelling variants vntext.Fold ignores.
func (p Person) Holds(unit UnitID, position string, d thidua.Date) bool {
	for _, a := range p.Assignments {
		if a.Unit == unit && a.Period.Contains(d) && vntext.Equal(a.Position, position) {
			return true
		}
	}
	return false
}

// FormerPost returns the last time the person held position in unit before
// d, if they no longer hold it on d: the person is then a former holder
// ("nguyên Cục trưởng"). False if they never held it before d or still do.
func (p Person) FormerPost(unit UnitID, position string, d thidua.Date) (Assignment, bool) {
	if p.Holds(unit, position, d) {
		return Assignment{}, false
	}
	var last Assignment
	found := false
	for _, a := range p.Assignments {
		if a.Unit != unit || !a.Period.From.Before(d) || !vntext.Equal(a.Position, position) {
			continue
		}
		if !found || a.Period.To.After(last.Period.To) {
			last, found = a, true
		}
	}
	return last, found
}

// InService reports whether year is within the person's service: not
// before the year of recruitment, and overlapping at least one assignment.
func (p Person) InService(year int) bool {
	if !p.Recruited.IsZero() && year < p.Recruited.Year {
		return false
	}
	y := thidua.Year(year)
	for _, a := range p.Assignments {
		if a.Period.Overlaps(y) {
			return true
		}
	}
	return false
}

// RatingUnit returns the unit that rates the person for year: the unit of
// the last full-time post held in the year, or failing one, of the last
// concurrent post. False if the person held no post in the year.
func (p Person) RatingUnit(year int) (UnitID, bool) {
	y := thidua.Year(year)
	var best Assignment
	found := false
	for _, a := range p.Assignments {
		if !a.Period.Overlaps(y) {
			continue
		}
		switch {
		case !found, best.Concurrent && !a.Concurrent,
			best.Concurrent == a.Concurrent && !a.Period.From.Before(best.Period.From):
			best, found = a, true
		}
	}
	return best.Unit, found
}

// checkYear checks a yearly record against the person: the year lies in
// their service and the rating unit is one where they held a post that
// year.
func (p Person) checkYear(op string, py PersonYear) error {
	if !p.Recruited.IsZero() && py.Year < p.Recruited.Year {
		return thidua.Invalid(op, kindPersonYear, py.key(), "year", "year %d before recruitment on %s", py.Year, p.Recruited)
	}
	if !p.InService(py.Year) {
		return thidua.Invalid(op, kindPersonYear, py.key(), "year", "year %d outside the person's assignments", py.Year)
	}
	if py.Unit == "" {
		return nil
	}
	y := thidua.Year(py.Year)
	for _, a := range p.Assignments {
		if a.Unit == py.Unit && a.Period.Overlaps(y) {
			return nil
		}
	}
	return thidua.Invalid(op, kindPersonYear, py.key(), "unit", "person held no post in unit %q in %d", py.Unit, py.Year)
}

// key names a person-year in errors: "person/2019".
func (py PersonYear) key() string { return fmt.Sprintf("%s/%d", py.Person, py.Year) }

// Normalize returns py with its absences copied.
func (py PersonYear) Normalize() PersonYear {
	py.Absences = slices.Clone(py.Absences)
	return py
}

// Validate checks the record on its own: a person, a year in range, a known
// rating, no negative days, known absence reasons, and days worked plus
// days absent within the days of the year. The error wraps
// thidua.ErrInvalid. Stores also check the year against the person's
// service (see Person.InService).
func (py PersonYear) Validate() error { return py.validate("org: validate person-year") }

func (py PersonYear) validate(op string) error {
	if !validID(string(py.Person)) {
		return checkID(op, kindPersonYear, py.key(), "person", string(py.Person))
	}
	if py.Year < thidua.MinYear || py.Year > thidua.MaxYear {
		return checkYear(op, kindPersonYear, py.key(), py.Year)
	}
	if !py.Rating.Valid() {
		return thidua.Invalid(op, kindPersonYear, py.key(), "rating", "unknown rating %d", int(py.Rating))
	}
	if py.Unit != "" {
		if err := checkID(op, kindPersonYear, py.key(), "unit", string(py.Unit)); err != nil {
			return err
		}
	}
	// Each count is bounded by the days of the year before it is added, so
	// the sum cannot overflow whatever the input: at most
	// (1+len(Absences)) × 366.
	n := thidua.DaysInYear(py.Year)
	if py.DaysWorked < 0 {
		return thidua.Invalid(op, kindPersonYear, py.key(), "days_worked", "negative days worked %d", py.DaysWorked)
	}
	if py.DaysWorked > n {
		return thidua.Invalid(op, kindPersonYear, py.key(), "days_worked", "%d days worked, more than the %d days of %d", py.DaysWorked, n, py.Year)
	}
	if len(py.Absences) > n {
		return thidua.Invalid(op, kindPersonYear, py.key(), "absences", "%d absences, more than the %d days of %d", len(py.Absences), n, py.Year)
	}
	total := py.DaysWorked
	for _, a := range py.Absences {
		if !a.Reason.Valid() {
			return thidua.Invalid(op, kindPersonYear, py.key(), "absences", "unknown absence reason %d", int(a.Reason))
		}
		if a.Days <= 0 {
			return thidua.Invalid(op, kindPersonYear, py.key(), "absences", "%d days of %s: want a positive number", a.Days, a.Reason)
		}
		if a.Days > n {
			return thidua.Invalid(op, kindPersonYear, py.key(), "absences", "%d days of %s, more than the %d days of %d", a.Days, a.Reason, n, py.Year)
		}
		total += a.Days
	}
	if total > n {
		return thidua.Invalid(op, kindPersonYear, py.key(), "days_worked",
			"%d days worked or absent, more than the %d days of %d", total, n, py.Year)
	}
	return nil
}

// WorkingDays returns the days that count as working time in the year:
// days worked plus absences that count as work, maternity leave and
// treatment of injuries on duty (NĐ 91/2017 art. 10; see
// AbsenceReason.CountsAsWork).
func (py PersonYear) WorkingDays() int {
	n := py.DaysWorked
	for _, a := range py.Absences {
		if a.Reason.CountsAsWork() {
			n += a.Days
		}
	}
	return n
}

// AbsentDays returns the days absent that count against the title Lao động
// tiên tiến (40 days or more exclude it, NĐ 91/2017 art. 10): every absence
// except maternity leave and treatment of injuries on duty.
func (py PersonYear) AbsentDays() int {
	n := 0
	for _, a := range py.Absences {
		if !a.Reason.CountsAsWork() {
			n += a.Days
		}
	}
	return n
}

// Validate checks the record on its own: a unit, a year in range and a
// known rating. The error wraps thidua.ErrInvalid. Stores also check the
// unit exists during the year.
func (uy UnitYear) Validate() error { return uy.validate("org: validate unit-year") }

func (uy UnitYear) key() string { return fmt.Sprintf("%s/%d", uy.Unit, uy.Year) }

func (uy UnitYear) validate(op string) error {
	if !validID(string(uy.Unit)) {
		return checkID(op, kindUnitYear, uy.key(), "unit", string(uy.Unit))
	}
	if uy.Year < thidua.MinYear || uy.Year > thidua.MaxYear {
		return checkYear(op, kindUnitYear, uy.key(), uy.Year)
	}
	if !uy.Rating.Valid() {
		return thidua.Invalid(op, kindUnitYear, uy.key(), "rating", "unknown rating %d", int(uy.Rating))
	}
	return nil
}

// Normalize returns d with its decision number cleaned.
func (d Discipline) Normalize() Discipline {
	d.Decision = clean(d.Decision)
	return d
}

// Validate checks the decision on its own: an ID, a person, a known form,
// a valid decision date and a valid period in force (not ending before it
// starts) that has not ended before the decision: a decision cannot put a
// sanction in force only in the past. The error wraps thidua.ErrInvalid. Stores also check the person
// exists.
func (d Discipline) Validate() error { return d.validate("org: validate discipline") }

func (d Discipline) validate(op string) error {
	if err := checkID(op, kindDiscipline, d.ID, "id", d.ID); err != nil {
		return err
	}
	if err := checkID(op, kindDiscipline, d.ID, "person", string(d.Person)); err != nil {
		return err
	}
	if !d.Form.Valid() {
		return thidua.Invalid(op, kindDiscipline, d.ID, "form", "unknown form %d", int(d.Form))
	}
	if err := checkText(op, kindDiscipline, d.ID, "decision", d.Decision, thidua.MaxTitleLen); err != nil {
		return err
	}
	if err := d.Decided.Validate(); err != nil {
		return thidua.E(op, kindDiscipline, d.ID, "decided", err)
	}
	if err := checkPeriod(op, kindDiscipline, d.ID, "in_force", d.InForce); err != nil {
		return err
	}
	if d.Decided.After(d.InForce.To) {
		return thidua.Invalid(op, kindDiscipline, d.ID, "decided",
			"decided %s, after the period in force ended on %s", d.Decided, d.InForce.To)
	}
	return nil
}

// InForceIn reports whether the discipline was in force on at least one
// day of year. A sanction of khiển trách or above in force during the year
// excludes Lao động tiên tiến (NĐ 65/2014 art. 5.6; NĐ 91/2017 art. 10 [?]).
func (d Discipline) InForceIn(year int) bool { return d.InForce.Overlaps(thidua.Year(year)) }

// NameMatches reports whether query names name: the words of query, folded
// with vntext.Fold (NFC, case, old and new tone placement, "sỹ"/"sĩ"),
// appear as a run of whole words in name. "Hoà", "thị hòa" and
// "Nguyễn Thị Hoà" all match "Nguyễn Thị Hòa"; "Hoa" does not. An empty or
// blank query matches nothing.
func NameMatches(name, query string) bool { return foldedMatch(vntext.Fold(name), vntext.Fold(query)) }

// foldedMatch is NameMatches on folded keys.
func foldedMatch(name, query string) bool {
	if query == "" {
		return false
	}
	if name == query {
		return true
	}
	return strings.Contains(" "+name+" ", " "+query+" ")
}

// SortPeople sorts people the Vietnamese way: by given name, then by full
// name (vntext.NameCollator, so "Hoà" and "Hòa" sort together), then by ID.
func SortPeople(ps []Person) {
	c := vntext.NewNameCollator()
	slices.SortStableFunc(ps, func(a, b Person) int {
		if r := c.Compare(a.FullName, b.FullName); r != 0 {
			return r
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// wrapf returns an error wrapping sentinel with a formatted reason.
func wrapf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)
}
