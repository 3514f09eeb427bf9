package org

import (
	"context"

	"github.com/thidua-go/thidua"
)

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
}

// Store keeps units, people and their yearly records. Implementations must
// be safe for concurrent use, must copy values in and out (a caller never
// shares a slice with the store), must leave stored data unchanged when a
// method returns an error, and must return results in a deterministic order
// (by ID unless a method says otherwise). Errors wrap thidua.ErrNotFound,
// thidua.ErrConflict and thidua.ErrInvalid as each method documents.
//
// The conformance suite in package orgtest checks all of this.
type Store interface {
	// AddUnit stores a new unit. ErrConflict if the ID exists; ErrInvalid for
	// an empty name, an invalid period, an unknown parent, a parent cycle or
	// a unit existing outside its parent's period.
	AddUnit(ctx context.Context, u Unit) error
	// Unit returns the unit with the ID, or ErrNotFound.
	Unit(ctx context.Context, id UnitID) (Unit, error)
	// Subtree returns the unit root and every unit under it that exists on
	// asOf, root first, then in depth-first order by ID. ErrNotFound if root
	// is unknown.
	Subtree(ctx context.Context, root UnitID, asOf thidua.Date) ([]Unit, error)

	// AddPerson stores a new person with its assignments. ErrConflict if the
	// ID exists; ErrInvalid for an empty name, an unknown unit in an
	// assignment, or overlapping full-time assignments.
	AddPerson(ctx context.Context, p Person) error
	// Person returns the person with the ID, or ErrNotFound.
	Person(ctx context.Context, id PersonID) (Person, error)
	// People returns the people matching f, by ID.
	People(ctx context.Context, f PeopleFilter) ([]Person, error)
}
