package award

import (
	"context"
	"errors"
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
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
// snapshot of the part of an organisation a transition needs. It is also a
// [ConferrerView] when made [WithConferrers], and a [KindView] (the kinds
// of [WithKinds], or of [DefaultCatalogue]). A Tree is safe for concurrent
// reads; a nil *Tree knows nothing.
type Tree struct {
	parent map[org.UnitID]org.UnitID
	sector map[org.UnitID]org.UnitID    // units with a sector unit (org.Unit.Sector)
	exists map[org.UnitID]thidua.Period // units whose period is known
	posts  map[org.PersonID][]org.Assignment
	office map[org.UnitID]Conferrer // nil: the tree cannot tell
	kinds  KindView                 // nil: the default kinds
	// province is where each unit of a ministry located in a province is
	// ([WithProvinces]); nil: the tree cannot tell.
	province map[org.UnitID]string
}

var (
	_ HierarchyView = (*Tree)(nil)
	_ ConferrerView = (*Tree)(nil)
	_ KindView      = (*Tree)(nil)
	_ LocationView  = (*Tree)(nil)
	_ ExistenceView = (*Tree)(nil)
	_ LineView      = (*Tree)(nil)
)

// TreeOption configures a [Tree].
type TreeOption func(*treeConfig)

type treeConfig struct {
	office   func(org.Unit) Conferrer
	kinds    KindView
	province func(org.Unit) string
}

// WithConferrers makes the tree tell, with f, which conferring office
// each of its units holds ([ConferrerView]): for instance ByMinister for a
// ministry, ByPrimeMinister for the unit standing for the Government,
// ByPresident for the one standing for the President (Luật Thi đua, khen
// thưởng 2022, Chương IV: who confers what). A
// unit for which f returns 0 is taken as held by a head of agency
// ([ByHead]), who confers only the grassroots awards. A nil f is ignored.
func WithConferrers(f func(org.Unit) Conferrer) TreeOption {
	return func(c *treeConfig) {
		if f != nil {
			c.office = f
		}
	}
}

// WithKinds makes the tree give the award kinds of k ([KindView]; a
// *Catalogue or a *MemStore) instead of those of [DefaultCatalogue]. A nil
// k is ignored.
func WithKinds(k KindView) TreeOption {
	return func(c *treeConfig) {
		if cat, ok := k.(*Catalogue); k == nil || ok && cat == nil {
			return
		}
		c.kinds = k
	}
}

// NewTree returns a tree of the units and people given. A unit whose parent
// is not given is treated as unknown above it only when a walk reaches the
// missing parent.
func NewTree(units []org.Unit, people []org.Person, opts ...TreeOption) *Tree {
	var cfg treeConfig
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	t := &Tree{
		parent: make(map[org.UnitID]org.UnitID, len(units)),
		exists: make(map[org.UnitID]thidua.Period),
		sector: make(map[org.UnitID]org.UnitID),
		posts:  make(map[org.PersonID][]org.Assignment, len(people)),
		kinds:  cfg.kinds,
	}
	if cfg.office != nil {
		t.office = make(map[org.UnitID]Conferrer, len(units))
	}
	if cfg.province != nil {
		t.province = make(map[org.UnitID]string, len(units))
	}
	for _, u := range units {
		t.parent[u.ID] = u.Parent
		if !u.Exists.IsZero() {
			t.exists[u.ID] = u.Exists
		}
		if u.Sector != "" {
			t.sector[u.ID] = u.Sector
		}
		if cfg.province != nil {
			if p := vntext.Clean(cfg.province(u)); p != "" {
				t.province[u.ID] = p
			}
		}
		if cfg.office != nil {
			c := cfg.office(u)
			if c < ByHead || c > ByPresident {
				c = ByHead
			}
			t.office[u.ID] = c
		}
	}
	for _, p := range people {
		t.posts[p.ID] = slices.Clone(p.Assignments)
	}
	return t
}

// Parent implements [HierarchyView].
func (t *Tree) Parent(u org.UnitID) (org.UnitID, bool) {
	if t == nil {
		return "", false
	}
	p, ok := t.parent[u]
	return p, ok
}

// Above implements [LineView]: the unit above u on line l, as
// org.Unit.Above gives it.
func (t *Tree) Above(u org.UnitID, l org.Line) (org.UnitID, bool) {
	if t == nil {
		return "", false
	}
	p, ok := t.parent[u]
	if s := t.sector[u]; ok && l == org.Sector && s != "" {
		return s, true
	}
	return p, ok
}

// Exists implements [ExistenceView]: false if the tree does not know u or
// was given it with a zero period.
func (t *Tree) Exists(u org.UnitID) (thidua.Period, bool) {
	if t == nil {
		return thidua.Period{}, false
	}
	p, ok := t.exists[u]
	return p, ok
}

// Confers implements [ConferrerView]: false if the tree was made without
// [WithConferrers] or does not know u.
func (t *Tree) Confers(u org.UnitID) (Conferrer, bool) {
	if t == nil {
		return 0, false
	}
	c, ok := t.office[u]
	return c, ok
}

// Kind implements [KindView]: the kind of [WithKinds], or of
// [DefaultCatalogue]; an error wrapping thidua.ErrNotFound if there is none.
func (t *Tree) Kind(code Code) (Kind, error) {
	if t != nil && t.kinds != nil {
		return t.kinds.Kind(code)
	}
	if k, ok := defaultKind(code); ok {
		return k, nil
	}
	return Kind{}, thidua.NotFound("award: tree", "kind", string(code))
}

// UnitOf implements [HierarchyView]: the unit of the person's full-time post
// on the date, or failing that of the first concurrent post then.
func (t *Tree) UnitOf(p org.PersonID, on thidua.Date) (org.UnitID, bool) {
	if t == nil {
		return "", false
	}
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
// their posts, and every unit above those on either line of authority
// (parents and sector units, org.Line), into a [Tree] made with opts.
// Units and people h does not know are left out (Apply then reports them
// unknown); any other error of h is returned, and ErrInvalid for a nil h.
func LoadTree(ctx context.Context, h Hierarchy, units []org.UnitID, people []org.PersonID, opts ...TreeOption) (*Tree, error) {
	if h == nil {
		return nil, thidua.Invalid("award: load tree", "", "", "hierarchy", "nil hierarchy")
	}
	var us []org.Unit
	var ps []org.Person
	var sectors []org.UnitID // sector units met, loaded with the units above them
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
			if u.Sector != "" {
				sectors = append(sectors, u.Sector)
			}
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
	for i := 0; i < len(sectors) && i < maxDepth; i++ {
		if err := load(sectors[i]); err != nil {
			return nil, err
		}
	}
	return NewTree(us, ps, opts...), nil
}

// TreeFor loads from h, with [LoadTree], what [Nomination.Apply] needs to
// check transition t on n, into a tree made with opts.
func TreeFor(ctx context.Context, h Hierarchy, n Nomination, t Transition, opts ...TreeOption) (*Tree, error) {
	units := []org.UnitID{n.Proposer, n.Authority, n.Holder, t.By.Unit, t.To, n.Recipient.Unit}
	var people []org.PersonID
	if n.Recipient.Person != "" {
		people = append(people, n.Recipient.Person)
	}
	return LoadTree(ctx, h, units, people, opts...)
}

// Start proposes n: it applies t (a Propose transition) against the
// hierarchy h and adds the result to s. It returns what was stored, or the
// error of Apply or of the store.
//
// Start and [Advance] are the checked path: they check who acts against
// the hierarchy, which a [Store] cannot do (it guards only the transition
// table, the actors it can name and the flag rule). The tree they check
// against is made with opts; when s is a [KindView] (a *MemStore is), the
// kinds are the store's own, unless opts say [WithKinds]. To check the
// conferring office of the authority, pass [WithConferrers]: without it
// the check is left to the hierarchy alone (see [Nomination.Apply]).
func Start(ctx context.Context, s Store, h Hierarchy, n Nomination, t Transition, opts ...TreeOption) (Nomination, error) {
	if s == nil {
		return Nomination{}, thidua.Invalid("award: start", "nomination", n.ID, "store", "nil store")
	}
	tree, err := TreeFor(ctx, h, n, t, storeKinds(s, opts)...)
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
// in between) or of Apply. opts are as for [Start].
func Advance(ctx context.Context, s Store, h Hierarchy, id string, t Transition, opts ...TreeOption) (Nomination, error) {
	if s == nil {
		return Nomination{}, thidua.Invalid("award: advance", "nomination", id, "store", "nil store")
	}
	n, err := s.Nomination(ctx, id)
	if err != nil {
		return Nomination{}, err
	}
	tree, err := TreeFor(ctx, h, n, t, storeKinds(s, opts)...)
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

// storeKinds puts the kinds of s, if s is a [KindView], before opts. A nil
// *MemStore is not one.
func storeKinds(s Store, opts []TreeOption) []TreeOption {
	if m, ok := s.(*MemStore); ok && m == nil {
		return opts
	}
	if kv, ok := s.(KindView); ok {
		return append([]TreeOption{WithKinds(kv)}, opts...)
	}
	return opts
}
