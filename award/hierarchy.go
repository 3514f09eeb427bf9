package award

import (
	"context"
	"errors"
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// Hierarchy is the part of an organisation store the permission checks read.
// org.Store satisfies it.
type Hierarchy interface {
	// Unit returns the unit with the ID, or an error wrapping
	// thidua.ErrNotFound.
	Unit(ctx context.Context, id org.UnitID) (org.Unit, error)
	// Person returns the person with the ID, or an error wrapping
	// thidua.ErrNotFound.
	Person(ctx context.Context, id org.PersonID) (org.Person, error)
}

// Tree is a [HierarchyView] over units and people held in memory: a
// snapshot of the part of an organisation a transition needs. A Tree is
// safe for concurrent reads.
type Tree struct {
	parent map[org.UnitID]org.UnitID
	posts  map[org.PersonID][]org.Assignment
}

var _ HierarchyView = (*Tree)(nil)

// NewTree returns a tree of the units and people given. A unit whose parent
// is not given is treated as unknown above it only when a walk reaches the
// missing parent.
func NewTree(units []org.Unit, people []org.Person) *Tree {
	t := &Tree{
		parent: make(map[org.UnitID]org.UnitID, len(units)),
		posts:  make(map[org.PersonID][]org.Assignment, len(people)),
	}
	for _, u := range units {
		t.parent[u.ID] = u.Parent
	}
	for _, p := range people {
		t.posts[p.ID] = slices.Clone(p.Assignments)
	}
	return t
}

// Parent implements [HierarchyView].
func (t *Tree) Parent(u org.UnitID) (org.UnitID, bool) {
	p, ok := t.parent[u]
	return p, ok
}

// UnitOf implements [HierarchyView]: the unit of the person's full-time post
// on the date, or failing that of the first concurrent post then.
func (t *Tree) UnitOf(p org.PersonID, on thidua.Date) (org.UnitID, bool) {
	var concurrent org.UnitID
	for _, a := range t.posts[p] {
		if !a.Period.Contains(on) {
			continue
		}
		if !a.Concurrent {
			return a.Unit, true
		}
		if concurrent == "" {
			concurrent = a.Unit
		}
	}
	return concurrent, concurrent != ""
}

// LoadTree reads from h the units given, the people given, the units of all
// their posts, and every unit above those, into a [Tree]. Units and people
// h does not know are left out (Apply then reports them unknown); any other
// error of h is returned.
func LoadTree(ctx context.Context, h Hierarchy, units []org.UnitID, people []org.PersonID) (*Tree, error) {
	var us []org.Unit
	var ps []org.Person
	seen := make(map[org.UnitID]bool)
	load := func(id org.UnitID) error {
		for range maxDepth {
			if id == "" || seen[id] {
				return nil
			}
			seen[id] = true
			u, err := h.Unit(ctx, id)
			if errors.Is(err, thidua.ErrNotFound) {
				return nil
			}
			if err != nil {
				return err
			}
			us = append(us, u)
			id = u.Parent
		}
		return nil
	}
	for _, id := range people {
		p, err := h.Person(ctx, id)
		if errors.Is(err, thidua.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
		for _, a := range p.Assignments {
			units = append(units, a.Unit)
		}
	}
	for _, id := range units {
		if err := load(id); err != nil {
			return nil, err
		}
	}
	return NewTree(us, ps), nil
}

// TreeFor loads from h, with [LoadTree], what [Nomination.Apply] needs to
// check transition t on n.
func TreeFor(ctx context.Context, h Hierarchy, n Nomination, t Transition) (*Tree, error) {
	units := []org.UnitID{n.Proposer, n.Authority, n.Holder, t.By.Unit, t.To, n.Recipient.Unit}
	var people []org.PersonID
	if n.Recipient.Person != "" {
		people = append(people, n.Recipient.Person)
	}
	return LoadTree(ctx, h, units, people)
}

// Start proposes n: it applies t (a Propose transition) against the
// hierarchy h and adds the result to s. It returns what was stored, or the
// error of Apply or of the store.
func Start(ctx context.Context, s Store, h Hierarchy, n Nomination, t Transition) (Nomination, error) {
	tree, err := TreeFor(ctx, h, n, t)
	if err != nil {
		return Nomination{}, err
	}
	next, err := n.Apply(t, tree)
	if err != nil {
		return Nomination{}, err
	}
	if err := s.AddNomination(ctx, next); err != nil {
		return Nomination{}, err
	}
	return next, nil
}

// Advance applies transition t to the stored nomination id against the
// hierarchy h and stores the result. It returns the new nomination, or the
// error of the store (ErrNotFound; ErrConflict if another step was stored
// in between) or of Apply.
func Advance(ctx context.Context, s Store, h Hierarchy, id string, t Transition) (Nomination, error) {
	n, err := s.Nomination(ctx, id)
	if err != nil {
		return Nomination{}, err
	}
	tree, err := TreeFor(ctx, h, n, t)
	if err != nil {
		return Nomination{}, err
	}
	next, err := n.Apply(t, tree)
	if err != nil {
		return Nomination{}, err
	}
	if err := s.UpdateNomination(ctx, next); err != nil {
		return Nomination{}, err
	}
	return next, nil
}
