package org

import (
	"context"

	"github.com/thidua-go/thidua"
)

// UnitFilter selects units. Zero fields do not filter.
type UnitFilter struct {
	// Name keeps units whose name or short name matches (see NameMatches:
	// whole words, folded, so "Hoà" finds "Hòa").
	Name string
	// Level keeps units of this level code.
	Level string
	// On keeps units existing on this date.
	On thidua.Date
	// IDs, if not nil, restricts to these units (in any order, each once);
	// unknown IDs are skipped. A reader that needs many units by ID reads
	// them with one call.
	IDs []UnitID
}

// PeopleFilter selects people. Zero fields do not filter.
type PeopleFilter struct {
	// Unit restricts to people assigned to this unit; with Subtree, to the
	// unit or any unit under it.
	Unit    UnitID
	Subtree bool
	// On restricts to assignments in force on this date; During, to
	// assignments overlapping this period. Set at most one.
	On     thidua.Date
	During thidua.Period
	// Position restricts to assignments to this post ("Chấp hành viên"),
	// matched up to spelling variants (vntext.Fold).
	Position string
	// Name keeps people whose full name matches (see NameMatches).
	Name string
	// IDs, if not nil, restricts to these people (in any order, each
	// once); unknown IDs are skipped. A reader that needs many people by
	// ID reads them with one call.
	IDs []PersonID
}

// YearFilter selects yearly records of people. Zero fields do not filter.
type YearFilter struct {
	// Person restricts to the records of one person.
	Person PersonID
	// People, if not nil, restricts to the records of these people (in any
	// order, each once); unknown IDs are skipped. With From and To it reads
	// the records of many people for many years at once, the set-based
	// read of loaders and reports (one query on a SQL store, however many
	// people).
	People []PersonID
	// Unit restricts to records rated by this unit (PersonYear.Unit); with
	// Subtree, by the unit or any unit under it.
	Unit    UnitID
	Subtree bool
	// Predecessors widens Unit to the units whose history it carries on
	// (Store.Predecessors), so that a report asked about today's unit finds
	// the records of the units it succeeded.
	Predecessors bool
	// From and To bound the years, inclusive; zero leaves that end open.
	From, To int
}

// UnitYearFilter selects yearly records of units. Zero fields do not filter.
type UnitYearFilter struct {
	// Unit restricts to the records of this unit; with Subtree, of the unit
	// and every unit under it.
	Unit    UnitID
	Subtree bool
	// Predecessors widens Unit to the units whose history it carries on
	// (Store.Predecessors), and with Subtree to their subtrees too.
	Predecessors bool
	// From and To bound the years, inclusive; zero leaves that end open.
	From, To int
}

// DisciplineFilter selects disciplinary decisions. Zero fields do not filter.
type DisciplineFilter struct {
	// Person restricts to the decisions against one person.
	Person PersonID
	// People, if not nil, restricts to the decisions against these people
	// (in any order, each once); unknown IDs are skipped: the disciplines
	// of many people with one call.
	People []PersonID
	// Year keeps decisions in force on at least one day of the year.
	Year int
}

// Store keeps units, people and their yearly records. Implementations must
// be safe for concurrent use, must copy values in and out (a caller never
// shares a slice with the store), must leave stored data unchanged when a
// method returns an error, and must return results in a deterministic order
// (by ID unless a method says otherwise). Errors wrap thidua.ErrNotFound,
// thidua.ErrConflict and thidua.ErrInvalid as each method documents,
// usually inside a *thidua.Error; every method also returns the context's
// error if it is done.
//
// ErrNotFound is for the record a method is asked about (the ID in its
// arguments); a record that refers to an unknown unit or person is
// ErrInvalid. Stores keep names cleaned (vntext.Clean: NFC, single spaces)
// and otherwise as given: display keeps the input.
//
// The conformance suite in package orgtest checks all of this.
type Store interface {
	// AddUnit stores a new unit. ErrConflict if the ID exists; ErrInvalid for
	// an empty name, an invalid period, an unknown parent, a parent cycle or
	// a unit existing outside its parent's period; and for a sector unit
	// (Unit.Sector) that is unknown, never exists while the unit does, or
	// closes a cycle on the sector line (see Line). A store that checks
	// levels against a scale (MemStore with WithScale; see
	// orgtest.RunScaleTests) also returns ErrInvalid for a level not in the
	// scale or not ranked strictly below the parent's (and its sector unit's).
	AddUnit(ctx context.Context, u Unit) error
	// UpdateUnit replaces the stored unit with the same ID: its level and
	// parent. ErrNotFound if the ID is unknown; ErrInvalid as AddUnit, and
	// if a child unit, an assignment, a unit-year or a succession would no
	// longer fit. What is dated history stays: ErrConflict if u changes the
	// name, the short name or the period (a rename in place would rename
	// the unit in every past report; use RenameUnit, EndUnit, or
	// CorrectUnit for a mistaken entry). u.Former is ignored: the stored
	// former names are kept.
	UpdateUnit(ctx context.Context, u Unit) error
	// RenameUnit renames the unit from the day on: its names until the day
	// before are kept in Unit.Former (with note, e.g. the decision that
	// renamed it), and name and shortName are in force from on, so a past
	// period's report still names the unit as it was (Unit.NameOn).
	// ErrNotFound if the ID is unknown; ErrInvalid for an invalid day, a
	// blank name, names unchanged, or a day not after the unit's founding
	// or outside its period; ErrConflict for a day not after the previous
	// rename's. A rename that makes a new unit (a new ID) is a Succession
	// of kind Rename instead.
	RenameUnit(ctx context.Context, id UnitID, on thidua.Date, name, shortName, note string) error
	// CorrectUnit replaces the stored unit with the same ID by u, every
	// field (names, former names, level, parent, period), as the
	// correction c of a mistaken entry: the version it replaces is kept
	// with c (UnitHistory). ErrNotFound if the ID is unknown; ErrInvalid as
	// UpdateUnit, or if c is invalid (thidua.Correction.Check).
	CorrectUnit(ctx context.Context, u Unit, c thidua.Correction) error
	// UnitHistory returns the versions of the unit replaced by
	// corrections, oldest first (none for a unit never corrected).
	// ErrNotFound if the ID is unknown.
	UnitHistory(ctx context.Context, id UnitID) ([]UnitCorrection, error)
	// EndUnit closes an open unit on last, its last day of existence (for
	// a restructuring). ErrNotFound if the ID is unknown; ErrInvalid as
	// UpdateUnit (end child units and assignments first). Ending a unit
	// that has ended already changes nothing on the same day and is
	// ErrConflict on another: an end is history (it would revive the unit,
	// or end it earlier, in past reports); a mistaken end is corrected with
	// CorrectUnit.
	EndUnit(ctx context.Context, id UnitID, last thidua.Date) error
	// Unit returns the unit with the ID, or ErrNotFound.
	Unit(ctx context.Context, id UnitID) (Unit, error)
	// Units returns the units matching f, by ID. ErrInvalid if f.On is not
	// a valid date.
	Units(ctx context.Context, f UnitFilter) ([]Unit, error)
	// Subtree returns the unit root and every unit under it that exists on
	// asOf, root first, then in depth-first order by ID; a zero asOf keeps
	// units of every date. The result is empty if root does not exist on
	// asOf. ErrNotFound if root is unknown; ErrInvalid if asOf is neither
	// zero nor a valid date.
	Subtree(ctx context.Context, root UnitID, asOf thidua.Date) ([]Unit, error)

	// AddSuccession records a restructuring. ErrInvalid if the succession
	// is malformed (see Succession.Validate), names an unknown unit, a unit
	// in From does not end the day before Date or a unit in To does not
	// exist on Date; ErrConflict if a unit in From already has successors.
	AddSuccession(ctx context.Context, s Succession) error
	// Successions returns the successions in which the unit is a
	// predecessor or a successor, or all when unit is empty, by date then
	// by their From units. ErrNotFound if the unit is unknown.
	Successions(ctx context.Context, unit UnitID) ([]Succession, error)
	// Predecessors returns every unit whose history the unit carries on,
	// transitively (the units renamed, merged or split into it, and theirs),
	// latest ending first, then by ID. ErrNotFound if the unit is unknown.
	Predecessors(ctx context.Context, unit UnitID) ([]Unit, error)
	// Successors returns every unit that carries on the unit's history,
	// transitively, earliest starting first, then by ID. ErrNotFound if the
	// unit is unknown.
	Successors(ctx context.Context, unit UnitID) ([]Unit, error)

	// AddPerson stores a new person with its assignments. ErrConflict if the
	// ID exists; ErrInvalid for an empty name, an unknown unit in an
	// assignment, an assignment outside its unit's period or starting
	// before the person's recruitment date, or overlapping full-time
	// assignments.
	AddPerson(ctx context.Context, p Person) error
	// AddPeople stores many people in one step, all or none (a unit
	// entering its staff; Copy): each is checked as AddPerson checks it,
	// in order, so a second person with the same ID is ErrConflict. On any
	// error nothing is stored.
	AddPeople(ctx context.Context, ps []Person) error
	// Person returns the person with the ID, or ErrNotFound.
	Person(ctx context.Context, id PersonID) (Person, error)
	// People returns the people matching f, by ID. ErrInvalid if both On
	// and During are set or either is invalid; ErrNotFound if f.Unit is
	// unknown.
	People(ctx context.Context, f PeopleFilter) ([]Person, error)
	// AddAssignment adds a post to the person. ErrNotFound if the person is
	// unknown; ErrInvalid for a malformed assignment, an unknown unit, an
	// assignment outside its unit's period, starting before the person's
	// recruitment date or overlapping another full-time post.
	AddAssignment(ctx context.Context, person PersonID, a Assignment) error
	// EndAssignment ends, on last, the person's assignment to position in
	// unit that is in force on last. ErrNotFound if the person is unknown or
	// holds no such post on last; ErrInvalid if last is invalid or the
	// change would leave a yearly record outside the person's service.
	EndAssignment(ctx context.Context, person PersonID, unit UnitID, position string, last thidua.Date) error
	// FormerHolders returns the people who held position in unit before d
	// and no longer hold it on d ("nguyên Cục trưởng"), the most recent
	// holder first, then by ID (see Person.FormerPost). ErrNotFound if the
	// unit is unknown; ErrInvalid if d is invalid.
	FormerHolders(ctx context.Context, unit UnitID, position string, d thidua.Date) ([]Person, error)

	// AddPersonYear stores the yearly record of a person. An empty Unit is
	// filled with Person.RatingUnit. ErrConflict if the person already has
	// a record for the year; ErrInvalid if the record is malformed (see
	// PersonYear.Validate), the person is unknown, the year is outside the
	// person's service or the unit is not one where the person held a post
	// that year.
	AddPersonYear(ctx context.Context, py PersonYear) error
	// AddPersonYears stores many yearly records in one step, all or none
	// (a unit entering a year of ratings; Copy): each is checked as
	// AddPersonYear checks it, in order, so a second record for the same
	// person and year is ErrConflict. On any error nothing is stored.
	AddPersonYears(ctx context.Context, pys []PersonYear) error
	// ReplacePersonYear replaces a stored yearly record as the correction
	// c, and keeps the version it replaces with c (PersonYearHistory).
	// ErrNotFound if there is none for the person and year (an unknown
	// person has none); ErrInvalid as AddPersonYear, or if c is invalid
	// (thidua.Correction.Check).
	ReplacePersonYear(ctx context.Context, py PersonYear, c thidua.Correction) error
	// PersonYearHistory returns the versions of the person's record for
	// the year replaced by corrections, oldest first (none for a record
	// never corrected). ErrNotFound if there is no record.
	PersonYearHistory(ctx context.Context, person PersonID, year int) ([]PersonYearCorrection, error)
	// PersonYear returns the record of the person for the year, or
	// ErrNotFound.
	PersonYear(ctx context.Context, person PersonID, year int) (PersonYear, error)
	// PersonYears returns the records matching f, by person ID then year.
	// ErrNotFound if f.Person or f.Unit is unknown; ErrInvalid if f.From is
	// after f.To.
	PersonYears(ctx context.Context, f YearFilter) ([]PersonYear, error)

	// AddUnitYear stores the yearly record of a unit. ErrConflict if the
	// unit already has a record for the year; ErrInvalid if the record is
	// malformed, the unit is unknown or does not exist during the year.
	AddUnitYear(ctx context.Context, uy UnitYear) error
	// ReplaceUnitYear replaces a stored unit record as the correction c,
	// and keeps the version it replaces with c (UnitYearHistory).
	// ErrNotFound if there is none; ErrInvalid as AddUnitYear, or if c is
	// invalid.
	ReplaceUnitYear(ctx context.Context, uy UnitYear, c thidua.Correction) error
	// UnitYearHistory returns the versions of the unit's record for the
	// year replaced by corrections, oldest first. ErrNotFound if there is
	// no record.
	UnitYearHistory(ctx context.Context, unit UnitID, year int) ([]UnitYearCorrection, error)
	// UnitYear returns the record of the unit for the year, or ErrNotFound.
	UnitYear(ctx context.Context, unit UnitID, year int) (UnitYear, error)
	// UnitYears returns the records matching f, by unit ID then year.
	// ErrNotFound if f.Unit is unknown; ErrInvalid if f.From is after f.To.
	UnitYears(ctx context.Context, f UnitYearFilter) ([]UnitYear, error)

	// AddDiscipline stores a disciplinary decision. ErrConflict if the ID
	// exists; ErrInvalid if it is malformed (see Discipline.Validate: among
	// others, decided after its period in force ended) or the person is
	// unknown.
	AddDiscipline(ctx context.Context, d Discipline) error
	// Disciplines returns the decisions matching f, by person ID, then
	// decision date, then ID. ErrNotFound if f.Person is unknown;
	// ErrInvalid if f.Year is outside thidua.MinYear..thidua.MaxYear.
	Disciplines(ctx context.Context, f DisciplineFilter) ([]Discipline, error)

	// History returns every version the store keeps of records replaced by
	// corrections (see History for the order): what Copy carries over.
	History(ctx context.Context) (History, error)
	// AddHistory keeps the replaced versions in h, after those the store
	// holds for the same records, all or none: how Copy carries history
	// over, and how an application restores it. ErrInvalid if a
	// correction is invalid, an old version is malformed or names no
	// stored record (see CheckAddHistory). On any error nothing is stored.
	AddHistory(ctx context.Context, h History) error
}

// LineageReader reads a unit and its predecessors; a [Store] satisfies it.
type LineageReader interface {
	Unit(ctx context.Context, id UnitID) (Unit, error)
	Predecessors(ctx context.Context, unit UnitID) ([]Unit, error)
}

// UnitsInForce returns the units through which the history of id ran on
// date on: id itself if it existed that day, and those of its predecessors
// (see Store.Predecessors) that existed that day, by ID. A report for
// 2015–2020 asked about today's unit thus finds the units, and the names,
// in force then. ErrNotFound if id is unknown.
func UnitsInForce(ctx context.Context, s LineageReader, id UnitID, on thidua.Date) ([]Unit, error) {
	u, err := s.Unit(ctx, id)
	if err != nil {
		return nil, err
	}
	preds, err := s.Predecessors(ctx, id)
	if err != nil {
		return nil, err
	}
	var us []Unit
	for _, p := range append(preds, u) {
		if p.ExistsOn(on) {
			us = append(us, p)
		}
	}
	sortUnits(us)
	return us, nil
}
