package award_test

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// fakeOrg is a Hierarchy held in maps, standing in for an org.Store.
type fakeOrg struct {
	units  map[org.UnitID]org.Unit
	people map[org.PersonID]org.Person
	broken org.UnitID // Unit fails with a non-NotFound error for this ID
}

var errBroken = errors.New("fake: backend down")

func (f *fakeOrg) Unit(ctx context.Context, id org.UnitID) (org.Unit, error) {
	if id == f.broken {
		return org.Unit{}, errBroken
	}
	u, ok := f.units[id]
	if !ok {
		return org.Unit{}, thidua.NotFound("fake: unit", "unit", string(id))
	}
	return u, nil
}

func (f *fakeOrg) Person(ctx context.Context, id org.PersonID) (org.Person, error) {
	p, ok := f.people[id]
	if !ok {
		return org.Person{}, thidua.NotFound("fake: person", "person", string(id))
	}
	return p, nil
}

func newFakeOrg() *fakeOrg {
	f := &fakeOrg{units: map[org.UnitID]org.Unit{}, people: map[org.PersonID]org.Person{}}
	for _, u := range []org.Unit{
		{ID: "bo", Name: "Bộ Tư pháp"},
		{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Parent: "bo"},
		{ID: "cc1", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc"},
		{ID: "cc2", Name: "Chi cục Thi hành án dân sự huyện Tháp Mười", Parent: "cuc"},
	} {
		f.units[u.ID] = u
	}
	f.people["p1"] = org.Person{ID: "p1", FullName: "Nguyễn Văn An",
		Assignments: []org.Assignment{{Unit: "cc1", Period: thidua.Since(day(2010, 1, 1))}}}
	return f
}

func TestTreeUnitOf(t *testing.T) {
	tree := award.NewTree(nil, []org.Person{{ID: "p", Assignments: []org.Assignment{
		{Unit: "a", Period: thidua.Years(2015, 2017)},
		{Unit: "k", Period: thidua.Years(2016, 2020), Concurrent: true},
		{Unit: "b", Period: thidua.Years(2018, 2020)},
	}}})
	tests := []struct {
		name string
		on   thidua.Date
		want org.UnitID
		ok   bool
	}{
		{"full-time post", day(2015, 6, 1), "a", true},
		{"full-time before concurrent", day(2016, 6, 1), "a", true},
		{"new post", day(2019, 6, 1), "b", true},
		{"before any post", day(2014, 6, 1), "", false},
		{"after every post", day(2021, 1, 1), "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tree.UnitOf("p", tt.on)
			if got != tt.want || ok != tt.ok {
				t.Errorf("UnitOf(p, %s) = %q, %v; want %q, %v", tt.on, got, ok, tt.want, tt.ok)
			}
		})
	}
	only := award.NewTree(nil, []org.Person{{ID: "q", Assignments: []org.Assignment{
		{Unit: "k", Period: thidua.Years(2016, 2020), Concurrent: true}}}})
	if got, ok := only.UnitOf("q", day(2017, 1, 1)); got != "k" || !ok {
		t.Errorf("UnitOf with only a concurrent post = %q, %v", got, ok)
	}
}

func TestLoadTree(t *testing.T) {
	ctx := context.Background()
	f := newFakeOrg()
	tree, err := award.LoadTree(ctx, f, []org.UnitID{"cc2", "zz"}, []org.PersonID{"p1", "p9"})
	if err != nil {
		t.Fatal(err)
	}
	// p1's post brings cc1 and every unit above; unknown IDs are left out.
	for _, u := range []org.UnitID{"bo", "cuc", "cc1", "cc2"} {
		if _, ok := tree.Parent(u); !ok {
			t.Errorf("tree lacks unit %q", u)
		}
	}
	if _, ok := tree.Parent("zz"); ok {
		t.Errorf("tree knows the unknown unit zz")
	}
	if u, ok := tree.UnitOf("p1", day(2020, 1, 1)); u != "cc1" || !ok {
		t.Errorf("UnitOf(p1) = %q, %v", u, ok)
	}
	f.broken = "cuc"
	if _, err := award.LoadTree(ctx, f, []org.UnitID{"cc2"}, nil); !errors.Is(err, errBroken) {
		t.Errorf("LoadTree with a failing store = %v, want its error", err)
	}
}

func TestStartAdvance(t *testing.T) {
	ctx := context.Background()
	f := newFakeOrg()
	s := award.NewMemStore()
	n := award.Nomination{ID: "dn1", Subject: award.Subject{Kind: award.CSTDCS, Recipient: award.PersonRecipient("p1"), Year: 2019},
		Proposer: "cc1", Authority: "cuc"}

	// A unit outside the chain cannot propose: nothing is stored.
	if _, err := award.Start(ctx, s, f, n, act(award.Propose, "cc2", day(2020, 1, 5))); !errors.Is(err, thidua.ErrPermission) {
		t.Fatalf("Start by cc2 = %v, want ErrPermission", err)
	}
	if _, err := s.Nomination(ctx, "dn1"); !errors.Is(err, thidua.ErrNotFound) {
		t.Fatalf("a refused proposal was stored: %v", err)
	}

	got, err := award.Start(ctx, s, f, n, act(award.Propose, "cc1", day(2020, 1, 5)))
	if err != nil {
		t.Fatal(err)
	}
	stale := got
	if _, err := award.Advance(ctx, s, f, "dn1", to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc")); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Nomination(ctx, "dn1")
	// Permission error: the store is unchanged.
	if _, err := award.Advance(ctx, s, f, "dn1", act(award.Approve, "cc2", day(2020, 1, 7))); !errors.Is(err, thidua.ErrPermission) {
		t.Errorf("Advance approve by cc2 = %v, want ErrPermission", err)
	}
	after, _ := s.Nomination(ctx, "dn1")
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("a refused step changed the store (-before +after):\n%s", diff)
	}
	// A step computed from an old version is refused by the store.
	old, err := stale.Apply(act(award.Withdraw, "cc1", day(2020, 1, 7)), testTree())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateNomination(ctx, old); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("stale update = %v, want ErrConflict", err)
	}
	final, err := award.Advance(ctx, s, f, "dn1", act(award.Approve, "cuc", day(2020, 1, 8)))
	if err != nil {
		t.Fatal(err)
	}
	if final.State != award.Approved || len(final.History) != 3 {
		t.Errorf("after Advance: state %q, %d events", final.State, len(final.History))
	}
	if _, err := award.Advance(ctx, s, f, "nope", act(award.Approve, "cuc", day(2020, 1, 8))); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("Advance(nope) = %v, want ErrNotFound", err)
	}
	f.broken = "cuc"
	if _, err := award.Advance(ctx, s, f, "dn1", act(award.Withdraw, "cc1", day(2020, 1, 9))); !errors.Is(err, errBroken) {
		t.Errorf("Advance with a failing org store = %v, want its error", err)
	}
}

// org.Store satisfies Hierarchy, so callers pass their organisation store.
var _ award.Hierarchy = org.Store(nil)

// TestStartChecksConferrer checks the conferring office through Start and
// Advance with an org-like hierarchy (Luật TĐKT 2022, Chương IV: CSTĐ cấp
// bộ is the Minister's).
func TestStartChecksConferrer(t *testing.T) {
	ctx := context.Background()
	minister := award.WithConferrers(func(u org.Unit) award.Conferrer {
		if u.ID == "bo" {
			return award.ByMinister
		}
		return 0
	})
	n := award.Nomination{ID: "dn1", Subject: award.Subject{Kind: award.CSTDBo, Recipient: award.PersonRecipient("p1"), Year: 2019},
		Proposer: "cc1", Authority: "cc1"}
	propose := act(award.Propose, "cc1", day(2020, 1, 5))

	s := award.NewMemStore()
	_, err := award.Start(ctx, s, newFakeOrg(), n, propose, minister)
	var te *award.TransitionError
	if !errors.As(err, &te) || te.Code != award.WrongConferrer || !errors.Is(err, thidua.ErrPermission) {
		t.Errorf("Start with the Chi cục as authority for CSTĐ cấp bộ = %v, want %q", err, award.WrongConferrer)
	}
	if ns, _ := s.Nominations(ctx, award.NominationFilter{}); len(ns) != 0 {
		t.Errorf("a refused proposal was stored: %v", ns)
	}
	// Without an office mapping the view cannot tell: the hierarchy alone
	// decides (documented default), and the proposal goes ahead...
	if _, err := award.Start(ctx, s, newFakeOrg(), n, propose); err != nil {
		t.Fatalf("Start without an office mapping: %v", err)
	}
	// ...but the council ballot of CSTĐ cấp bộ still stands in the way.
	if _, err := award.Advance(ctx, s, newFakeOrg(), "dn1", act(award.Approve, "cc1", day(2020, 1, 6))); !errors.As(err, &te) || te.Code != award.MissingVote {
		t.Errorf("Advance approve without a vote = %v, want %q", err, award.MissingVote)
	}
	// With the ministry as authority, the flow goes through.
	n.ID, n.Authority = "dn2", "bo"
	n.Year = 2018
	if _, err := award.Start(ctx, s, newFakeOrg(), n, propose, minister); err != nil {
		t.Fatalf("Start with the ministry as authority: %v", err)
	}
}

// TestAdvanceUsesStoreKinds checks that Start and Advance check against the
// store's own catalogue: a sector kind that needs a ballot is not approved
// without one.
func TestAdvanceUsesStoreKinds(t *testing.T) {
	ctx := context.Background()
	cat := award.JusticeCatalogue()
	if err := cat.Add(award.Kind{Code: "cstd-nganh", Name: "Chiến sĩ thi đua ngành", Family: award.Title, Recipients: award.Individual,
		Level: award.LevelMinistry, Conferrer: award.ByMinister, Bases: award.Regular, Council: award.Percent(90)}); err != nil {
		t.Fatal(err)
	}
	s := award.NewMemStore(award.WithCatalogue(cat))
	if k, err := s.Kind("cstd-nganh"); err != nil || k.Council != award.Percent(90) {
		t.Fatalf("MemStore.Kind = %v, %v", k, err)
	}
	n := award.Nomination{ID: "dn1", Subject: award.Subject{Kind: "cstd-nganh", Recipient: award.PersonRecipient("p1"), Year: 2019},
		Proposer: "cc1", Authority: "bo"}
	if _, err := award.Start(ctx, s, newFakeOrg(), n, act(award.Propose, "cc1", day(2020, 1, 5))); err != nil {
		t.Fatal(err)
	}
	if _, err := award.Advance(ctx, s, newFakeOrg(), "dn1", to(act(award.Submit, "cc1", day(2020, 1, 6)), "bo")); err != nil {
		t.Fatal(err)
	}
	_, err := award.Advance(ctx, s, newFakeOrg(), "dn1", act(award.Approve, "bo", day(2020, 1, 7)))
	var te *award.TransitionError
	if !errors.As(err, &te) || te.Code != award.MissingVote {
		t.Errorf("approve a kind needing a ballot without one = %v, want %q", err, award.MissingVote)
	}
	if _, err := award.Start(ctx, nil, newFakeOrg(), n, act(award.Propose, "cc1", day(2020, 1, 5))); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Start with a nil store = %v, want ErrInvalid", err)
	}
	if _, err := award.LoadTree(ctx, nil, nil, nil); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("LoadTree with a nil hierarchy = %v, want ErrInvalid", err)
	}
}

// TestApplyUnitExistence checks that a unit cannot propose on a day it did
// not exist, nor be sent a nomination then, when the tree knows the units'
// periods; a tree given no period checks nothing about it.
func TestApplyUnitExistence(t *testing.T) {
	units := []org.Unit{
		{ID: "bo", Name: "Bộ Tư pháp", Exists: thidua.Since(day(2000, 1, 1))},
		{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Parent: "bo", Exists: thidua.Period{From: day(2000, 1, 1), To: day(2025, 6, 30)}},
		{ID: "cc1", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc", Exists: thidua.Period{From: day(2019, 3, 1), To: day(2025, 6, 30)}},
	}
	tree := award.NewTree(units, nil)
	n := award.Nomination{ID: "n1", Subject: award.Subject{Kind: award.TTLDXS, Recipient: award.UnitRecipient("cc1"), Year: 2018},
		Proposer: "cc1", Authority: "bo"}
	propose := func(on thidua.Date) award.Transition {
		return award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc1"}, On: on}
	}
	_, err := n.Apply(propose(day(2019, 1, 5)), tree)
	var te *award.TransitionError
	if !errors.As(err, &te) || te.Code != award.UnitNotInExistence || !errors.Is(err, thidua.ErrInvalid) {
		t.Fatalf("propose before the proposer existed: %v, want %s", err, award.UnitNotInExistence)
	}
	// Without periods the same step goes through.
	bare := []org.Unit{units[0], units[1], units[2]}
	for i := range bare {
		bare[i].Exists = thidua.Period{}
	}
	if _, err := n.Apply(propose(day(2019, 1, 5)), award.NewTree(bare, nil)); err != nil {
		t.Fatalf("propose with no periods known: %v", err)
	}
	// Proposed once cc1 exists, it cannot be sent to the Cục after the
	// Cục ended.
	n, err = n.Apply(propose(day(2025, 6, 1)), tree)
	if err != nil {
		t.Fatal(err)
	}
	_, err = n.Apply(award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: day(2025, 7, 1), To: "cuc"}, tree)
	if !errors.As(err, &te) || te.Code != award.UnitNotInExistence {
		t.Fatalf("submit to a unit that had ended: %v, want %s", err, award.UnitNotInExistence)
	}
	if _, err := n.Apply(award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: day(2025, 6, 2), To: "cuc"}, tree); err != nil {
		t.Fatalf("submit while the Cục exists: %v", err)
	}
}
