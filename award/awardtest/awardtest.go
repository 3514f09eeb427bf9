package awardtest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// RunStoreTests runs the conformance suite against the stores newStore
// makes, as testing/slogtest.Run does: each call of newStore, with the test
// it is for, must return a fresh, empty store that checks records against
// award.DefaultCatalogue.
func RunStoreTests(t *testing.T, newStore func(t *testing.T) award.Store) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(*testing.T, func(*testing.T) award.Store)
	}{
		{"Nominations", testNominations},
		{"UpdateNomination", testUpdateNomination},
		{"NominationFilters", testNominationFilters},
		{"Decisions", testDecisions},
		{"DecisionFilters", testDecisionFilters},
		{"GrantFilters", testGrantFilters},
		{"Revoke", testRevoke},
		{"BadInputLeavesStoreUnchanged", testBadInput},
		{"HostileInput", testHostileInput},
		{"VerdictTrail", testVerdictTrail},
		{"VerdictCriteria", testVerdictCriteria},
		{"VerdictUses", testVerdictUses},
		{"TitleLock", testTitleLock},
		{"GrantBasis", testGrantBasis},
		{"CouncilOfProposer", testCouncilOfProposer},
		{"Copies", testCopies},
		{"Concurrent", testConcurrent},
		{"ConcurrentSteps", testConcurrentSteps},
		{"ListEverything", testListEverything},
		{"Copy", testCopy},
		{"SetReads", testSetReads},
		{"Consultation", testConsultation},
		{"ProposalPost", testProposalPost},
		{"UnknownNumber", testUnknownNumber},
		{"Returned", testReturned},
		{"CancelledContext", testCancelledContext},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, newStore) })
	}
}

// The organisation of the fixtures: a ministry, a department, two branches.
//
//	bo ─ cuc ─┬─ cc1   (p1)
//	          └─ cc2   (p2)
//	p3 works at cuc.
func fixture() *award.Tree { return award.NewTree(fixtureOrg()) }

// fixtureOrg returns the units and people of the fixtures.
func fixtureOrg() ([]org.Unit, []org.Person) {
	return []org.Unit{
			{ID: "bo", Name: "Bộ Tư pháp"},
			{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Parent: "bo"},
			{ID: "cc1", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc"},
			{ID: "cc2", Name: "Chi cục Thi hành án dân sự huyện Tháp Mười", Parent: "cuc"},
		}, []org.Person{
			{ID: "p1", FullName: "Nguyễn Văn An", Assignments: []org.Assignment{{Unit: "cc1", Period: thidua.Since(day(2010, 1, 1))}}},
			{ID: "p2", FullName: "Trần Thị Bình", Assignments: []org.Assignment{{Unit: "cc2", Period: thidua.Since(day(2010, 1, 1))}}},
			{ID: "p3", FullName: "Lê Văn Cường", Assignments: []org.Assignment{{Unit: "cuc", Period: thidua.Since(day(2010, 1, 1))}}},
		}
}

func day(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }

// proposed returns a nomination just proposed by proposer.
func proposed(t *testing.T, id string, kind award.Code, r award.Recipient, year int, proposer, authority org.UnitID) award.Nomination {
	t.Helper()
	return proposedWith(t, id, kind, r, year, proposer, authority, nil)
}

// proposedWith returns a nomination just proposed by proposer with the
// verdict v attached.
func proposedWith(t *testing.T, id string, kind award.Code, r award.Recipient, year int, proposer, authority org.UnitID, v *award.Verdict) award.Nomination {
	t.Helper()
	n := award.Nomination{
		ID: id, Subject: award.Subject{Kind: kind, Recipient: r, Year: year},
		Proposer: proposer, Authority: authority,
	}
	n, err := n.Apply(award.Transition{Action: award.Propose, By: award.Actor{Unit: proposer}, On: day(year+1, 1, 5), Verdict: v}, fixture())
	if err != nil {
		t.Fatalf("propose %s: %v", id, err)
	}
	return n
}

// step applies a transition that must succeed and stores it.
func step(t *testing.T, s award.Store, n award.Nomination, tr award.Transition) award.Nomination {
	t.Helper()
	next, err := n.Apply(tr, fixture())
	if err != nil {
		t.Fatalf("apply %s to %s: %v", tr.Action, n.ID, err)
	}
	if err := s.UpdateNomination(context.Background(), next); err != nil {
		t.Fatalf("UpdateNomination(%s after %s): %v", n.ID, tr.Action, err)
	}
	return next
}

// approved stores a nomination proposed by cc1 and approved by bo, with the
// steps submit to cuc, forward to bo, council vote, approve.
func approved(t *testing.T, s award.Store, id string, kind award.Code, r award.Recipient, year int) award.Nomination {
	t.Helper()
	n := proposed(t, id, kind, r, year, "cc1", "bo")
	mustOK(t, s.AddNomination(context.Background(), n))
	on := day(year+1, 2, 1)
	n = step(t, s, n, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: on, To: "cuc"})
	n = step(t, s, n, award.Transition{Action: award.Forward, By: award.Actor{Unit: "cuc"}, On: on, To: "bo"})
	n = step(t, s, n, award.Transition{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: on,
		Vote: award.Vote{Members: 11, InFavour: 10, Threshold: award.Percent(90)}})
	return step(t, s, n, award.Transition{Action: award.Approve, By: award.Actor{Unit: "bo"}, On: on, Require: award.Percent(90)})
}

func mustOK(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func decision(id, number string, date thidua.Date, issuer org.UnitID, grants ...award.Grant) award.Decision {
	return award.Decision{
		ID: id, Number: thidua.MustParseDocNumber(number), Date: date, Issuer: issuer,
		SignerTitle: "Bộ trưởng Bộ Tư pháp", Signer: "Lê Thành Long", Grants: grants,
	}
}

func grant(id string, kind award.Code, r award.Recipient, year int) award.Grant {
	return award.Grant{ID: id, Subject: award.Subject{Kind: kind, Recipient: r, Year: year}}
}

var (
	p1, p2, p3 = award.PersonRecipient("p1"), award.PersonRecipient("p2"), award.PersonRecipient("p3")
	u1, u2     = award.UnitRecipient("cc1"), award.UnitRecipient("cc2")
)

// snapshot is everything a store holds, read through its queries.
type snapshot struct {
	Nominations []award.Nomination
	Decisions   []award.Decision
	Grants      []award.Grant
}

func snap(t *testing.T, s award.Store) snapshot {
	t.Helper()
	ctx := context.Background()
	ns, err := s.Nominations(ctx, award.NominationFilter{})
	mustOK(t, err)
	ds, err := s.Decisions(ctx, award.DecisionFilter{})
	mustOK(t, err)
	gs, err := s.Grants(ctx, award.GrantFilter{IncludeRevoked: true})
	mustOK(t, err)
	return snapshot{ns, ds, gs}
}

func ids[T any](xs []T, id func(T) string) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, id(x))
	}
	return out
}

func nomID(n award.Nomination) string { return n.ID }
func grantID(g award.Grant) string    { return g.ID }
func decID(d award.Decision) string   { return d.ID }

func testNominations(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	n := proposedWith(t, "n1", award.CSTDCS, p1, 2019, "cc1", "cuc", &award.Verdict{Eligible: true, Summary: "Đủ điều kiện"})
	mustOK(t, s.AddNomination(ctx, n))
	got, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	if diff := cmp.Diff(n, got); diff != "" {
		t.Errorf("Nomination(n1) (-want +got):\n%s", diff)
	}
	if _, err := s.Nomination(ctx, "nope"); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("Nomination(nope) = %v, want ErrNotFound", err)
	}
	// A withdrawn title nomination frees the title for a new one.
	step(t, s, n, award.Transition{Action: award.Withdraw, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 6)})
	if err := s.AddNomination(ctx, proposed(t, "n2", award.CSTDCS, p1, 2019, "cc1", "cuc")); err != nil {
		t.Errorf("AddNomination after the first was withdrawn: %v", err)
	}
	// Forms of commendation may be proposed several times in a year.
	for _, id := range []string{"bk1", "bk2"} {
		n := proposed(t, id, award.BangKhenBo, p1, 2019, "cc1", "bo")
		if err := s.AddNomination(ctx, n); err != nil {
			t.Errorf("AddNomination(%s): %v", id, err)
		}
	}
}

func testUpdateNomination(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	n := proposed(t, "n1", award.CSTDCS, p1, 2019, "cc1", "cuc")
	mustOK(t, s.AddNomination(ctx, n))
	sub, err := n.Apply(award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 6), To: "cuc"}, fixture())
	mustOK(t, err)
	wd, err := n.Apply(award.Transition{Action: award.Withdraw, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 6)}, fixture())
	mustOK(t, err)
	mustOK(t, s.UpdateNomination(ctx, sub))
	// wd was made from the same stored version as sub: it is stale now.
	if err := s.UpdateNomination(ctx, wd); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("UpdateNomination(stale) = %v, want ErrConflict", err)
	}
	got, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	if diff := cmp.Diff(sub, got); diff != "" {
		t.Errorf("after a stale update (-want +got):\n%s", diff)
	}
}

func testNominationFilters(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	// n3: p1's CSTĐCS, submitted 01/02/2020 and approved the same day.
	approved(t, s, "n3", award.CSTDCS, p1, 2019)
	// n1: cc2 proposes p2 for LĐTT 2019 and submits it on 10/01/2020.
	n1 := proposed(t, "n1", award.LDTT, p2, 2019, "cc2", "cuc")
	mustOK(t, s.AddNomination(ctx, n1))
	step(t, s, n1, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc2"}, On: day(2020, 1, 10), To: "cuc"})
	// n2: cc1 proposes its own unit for Tập thể lao động tiên tiến, a draft.
	mustOK(t, s.AddNomination(ctx, proposed(t, "n2", award.TTLDTT, u1, 2019, "cc1", "cuc")))
	// n0: cuc proposes p3 for Bằng khen cấp bộ, submitted 05/01/2020, rejected 20/01/2020.
	n0 := proposed(t, "n0", award.BangKhenBo, p3, 2019, "cuc", "bo")
	mustOK(t, s.AddNomination(ctx, n0))
	n0 = step(t, s, n0, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 5), To: "bo"})
	step(t, s, n0, award.Transition{Action: award.Reject, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 20), Reason: "Chưa đủ tiêu chuẩn"})

	tests := []struct {
		name   string
		reason string
		f      award.NominationFilter
		want   []string
	}{
		{"all", "no filter gives every nomination, by ID", award.NominationFilter{}, []string{"n0", "n1", "n2", "n3"}},
		{"state", "by state", award.NominationFilter{States: []award.State{award.Draft, award.Submitted}}, []string{"n1", "n2"}},
		{"proposer", "by proposing unit", award.NominationFilter{Proposer: "cc1"}, []string{"n2", "n3"}},
		{"holder", "by the unit holding it", award.NominationFilter{Holder: "bo"}, []string{"n0", "n3"}},
		{"candidate", "by candidate", award.NominationFilter{Candidate: p2}, []string{"n1"}},
		{"codes", "by award kind", award.NominationFilter{Codes: []award.Code{award.LDTT, award.TTLDTT}}, []string{"n1", "n2"}},
		{"pending on a day", "n0 pending 05/01-19/01, n1 from 10/01; n3 closed the day it was sent",
			award.NominationFilter{PendingDuring: thidua.Period{From: day(2020, 1, 15), To: day(2020, 1, 15)}}, []string{"n0", "n1"}},
		{"pending after rejection", "n0 was rejected on 20/01: no longer pending that day",
			award.NominationFilter{PendingDuring: thidua.Period{From: day(2020, 1, 20), To: day(2020, 12, 31)}}, []string{"n1"}},
		{"pending before", "nothing was submitted before 05/01",
			award.NominationFilter{PendingDuring: thidua.Period{From: day(2019, 1, 1), To: day(2020, 1, 4)}}, []string{}},
		{"proposer and state", "filters combine", award.NominationFilter{Proposer: "cc1", States: []award.State{award.Approved}}, []string{"n3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Nominations(ctx, tt.f)
			mustOK(t, err)
			if diff := cmp.Diff(tt.want, ids(got, nomID)); diff != "" {
				t.Errorf("%s: Nominations (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func testDecisions(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	n := approved(t, s, "n1", award.CSTDBo, p1, 2019)
	g1 := grant("g1", award.CSTDBo, p1, 2019)
	g1.Nomination = n.ID
	d := decision("d1", "123/QĐ-BTP", day(2020, 3, 1), "bo", g1, grant("g2", award.BangKhenBo, u1, 2019))
	mustOK(t, s.AddDecision(ctx, d))
	got, err := s.Decision(ctx, "d1")
	mustOK(t, err)
	want := d
	want.Grants = []award.Grant{g1, grant("g2", award.BangKhenBo, u1, 2019)}
	want.Grants[0].Decision, want.Grants[1].Decision = "d1", "d1"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Decision(d1) (-want +got):\n%s", diff)
	}
	g, err := s.Grant(ctx, "g2")
	mustOK(t, err)
	if diff := cmp.Diff(want.Grants[1], g); diff != "" {
		t.Errorf("Grant(g2) (-want +got):\n%s", diff)
	}
	if _, err := s.Grant(ctx, "nope"); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("Grant(nope) = %v, want ErrNotFound", err)
	}
	if _, err := s.Decision(ctx, "nope"); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("Decision(nope) = %v, want ErrNotFound", err)
	}
	// Numbers restart every year; forms of commendation may repeat; the
	// same title in another year is fine.
	mustOK(t, s.AddDecision(ctx, decision("d2", "123/QĐ-BTP", day(2021, 3, 1), "bo",
		grant("g3", award.BangKhenBo, u1, 2019), grant("g4", award.CSTDBo, p1, 2020))))
	// The title nomination for p1, 2019, is settled: a new one conflicts.
	if err := s.AddNomination(ctx, proposed(t, "n9", award.CSTDBo, p1, 2019, "cc1", "bo")); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("AddNomination for a title already held = %v, want ErrConflict", err)
	}
}

func testDecisionFilters(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	d3 := decision("d3", "10/QĐ-BTP", day(2019, 5, 1), "bo", grant("g3", award.BangKhenBo, p1, 2018))
	d1 := decision("d1", "20/QĐ-CTHADS", day(2020, 1, 10), "cuc", grant("g1", award.LDTT, p1, 2019))
	d2 := decision("d2", "11/QĐ-BTP", day(2020, 1, 10), "bo", grant("g2", award.BangKhenBo, p2, 2019))
	d4 := decision("d4", "05/QĐ-TTg", day(2020, 6, 1), "", grant("g4", award.BangKhenTTg, p3, 2019))
	d4.IssuerName, d4.SignerTitle = "Thủ tướng Chính phủ", "Thủ tướng Chính phủ"
	for _, d := range []award.Decision{d3, d1, d2, d4} {
		mustOK(t, s.AddDecision(ctx, d))
	}
	tests := []struct {
		name   string
		reason string
		f      award.DecisionFilter
		want   []string
	}{
		{"all", "by date, then ID", award.DecisionFilter{}, []string{"d3", "d1", "d2", "d4"}},
		{"issuer", "by issuing unit", award.DecisionFilter{Issuer: "bo"}, []string{"d3", "d2"}},
		{"issuer name", "by name, case and spacing ignored", award.DecisionFilter{IssuerName: "thủ tướng  chính phủ"}, []string{"d4"}},
		{"period", "by date", award.DecisionFilter{Period: thidua.Year(2020)}, []string{"d1", "d2", "d4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Decisions(ctx, tt.f)
			mustOK(t, err)
			if diff := cmp.Diff(tt.want, ids(got, decID)); diff != "" {
				t.Errorf("%s: Decisions (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
	t.Run("by IDs", func(t *testing.T) {
		got, err := s.Decisions(ctx, award.DecisionFilter{IDs: []string{"d4", "nope", "d3", "d4"}, Issuer: "bo"})
		mustOK(t, err)
		if diff := cmp.Diff([]string{"d3"}, ids(got, decID)); diff != "" {
			t.Errorf("IDs with another filter: only listed decisions that match, once each, unknown skipped (-want +got):\n%s", diff)
		}
		got, err = s.Decisions(ctx, award.DecisionFilter{IDs: []string{}})
		mustOK(t, err)
		if len(got) != 0 {
			t.Errorf("an empty, non-nil IDs list selects nothing; got %d", len(got))
		}
	})
	t.Run("without grants", func(t *testing.T) {
		full, err := s.Decisions(ctx, award.DecisionFilter{Issuer: "bo"})
		mustOK(t, err)
		heads, err := s.Decisions(ctx, award.DecisionFilter{Issuer: "bo", WithoutGrants: true})
		mustOK(t, err)
		if len(full) != 2 || len(full[0].Grants) != 1 {
			t.Fatalf("Decisions with grants = %+v", full)
		}
		for i := range full {
			full[i].Grants = nil
		}
		if diff := cmp.Diff(full, heads); diff != "" {
			t.Errorf("WithoutGrants must give the same headings and no grants (-want +got):\n%s", diff)
		}
	})
}

func testGrantFilters(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	bk := grant("g5", award.BangKhenTTg, p3, 0)
	bk.Period = thidua.Years(2015, 2019)
	mustOK(t, s.AddDecision(ctx, decision("d1", "01/QĐ-BTP", day(2019, 1, 10), "bo",
		grant("g1", award.CSTDCS, p1, 2018), grant("g2", award.CoBo, u1, 2018), grant("g3", award.CoBo, u2, 2018))))
	mustOK(t, s.AddDecision(ctx, decision("d2", "02/QĐ-BTP", day(2020, 1, 10), "bo",
		grant("g4", award.CSTDCS, p1, 2019), grant("g6", award.LDTT, p2, 2019), bk)))
	mustOK(t, s.Revoke(ctx, "g3", award.Revocation{Date: day(2020, 5, 1), Reason: "Hồ sơ giả mạo"}))

	tests := []struct {
		name   string
		reason string
		f      award.GrantFilter
		want   []string
	}{
		{"all", "every grant not revoked, by ID", award.GrantFilter{}, []string{"g1", "g2", "g4", "g5", "g6"}},
		{"with revoked", "revoked grants only when asked", award.GrantFilter{IncludeRevoked: true}, []string{"g1", "g2", "g3", "g4", "g5", "g6"}},
		{"one person", "grants of a recipient", award.GrantFilter{People: []org.PersonID{"p1"}}, []string{"g1", "g4"}},
		{"people and units", "a set of recipients", award.GrantFilter{People: []org.PersonID{"p2"}, Units: []org.UnitID{"cc1", "cc2"}}, []string{"g2", "g6"}},
		{"codes", "by kind", award.GrantFilter{Codes: []award.Code{award.CSTDCS, award.BangKhenTTg}}, []string{"g1", "g4", "g5"}},
		{"period", "achievement span overlaps: year 2019 and the period 2015-2019", award.GrantFilter{Period: thidua.Year(2019)}, []string{"g4", "g5", "g6"}},
		{"decided in", "by the decision's date", award.GrantFilter{DecidedIn: thidua.Year(2019), IncludeRevoked: true}, []string{"g1", "g2", "g3"}},
		{"combined", "recipients, codes and period", award.GrantFilter{People: []org.PersonID{"p1", "p3"}, Codes: []award.Code{award.CSTDCS}, Period: thidua.Year(2018)}, []string{"g1"}},
		{"unknown recipient", "nothing for someone never awarded", award.GrantFilter{People: []org.PersonID{"p9"}}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Grants(ctx, tt.f)
			mustOK(t, err)
			if diff := cmp.Diff(tt.want, ids(got, grantID)); diff != "" {
				t.Errorf("%s: Grants (-want +got):\n%s", tt.reason, diff)
			}
			// A scan visits the same grants, whole, in the same order.
			var scanned []award.Grant
			mustOK(t, award.ScanGrants(ctx, s, tt.f, func(g award.Grant) error {
				scanned = append(scanned, g)
				return nil
			}))
			if diff := cmp.Diff(got, scanned, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s: ScanGrants differs from Grants (-grants +scan):\n%s", tt.reason, diff)
			}
			checkFacts(t, s, tt.f, got)
		})
	}
	t.Run("facts", func(t *testing.T) {
		// A listed person's grants carry its place in the list (the first,
		// if listed twice), a listed unit len(People) + its place.
		f := award.GrantFilter{People: []org.PersonID{"p9", "p3", "p1", "p3"}, Units: []org.UnitID{"cc2", "cc1"}, IncludeRevoked: true}
		numbers := map[string]int{}
		var revoked thidua.Date
		var year int
		mustOK(t, award.ScanFacts(ctx, s, f, func(x award.GrantFacts, g func() award.Grant) error {
			id := g().ID
			numbers[id] = x.Recipient
			if id == "g3" {
				revoked = x.Revoked
			}
			if id == "g5" {
				year = x.Year
			}
			return nil
		}))
		want := map[string]int{"g1": 2, "g4": 2, "g5": 1, "g2": 4 + 1, "g3": 4 + 0}
		if diff := cmp.Diff(want, numbers); diff != "" {
			t.Errorf("recipients numbered by their place in the filter (-want +got):\n%s", diff)
		}
		if revoked != day(2020, 5, 1) {
			t.Errorf("facts of the revoked g3: revoked %s, want 2020-05-01", revoked)
		}
		if year != 2019 {
			t.Errorf("facts of g5 (period 2015-2019, no year): achievement year %d, want 2019", year)
		}
	})
	t.Run("scan stops", func(t *testing.T) {
		stop := errors.New("enough")
		n := 0
		err := award.ScanGrants(ctx, s, award.GrantFilter{}, func(award.Grant) error {
			n++
			if n == 2 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || n != 2 {
			t.Errorf("ScanGrants after the callback's error = %v with %d grants visited, want the error after 2", err, n)
		}
	})
}

// checkFacts checks that ScanFacts visits the grants want, Grants's answer
// to f, in order, with their facts, and numbers the recipients: one number
// per recipient, a listed one by its place, the others from the lists' end
// on, below it plus the recipients counted.
func checkFacts(t *testing.T, s award.Store, f award.GrantFilter, want []award.Grant) {
	t.Helper()
	var whole []award.Grant
	var facts []award.GrantFacts
	mustOK(t, award.ScanFacts(context.Background(), s, f, func(x award.GrantFacts, g func() award.Grant) error {
		facts = append(facts, x)
		whole = append(whole, g())
		return nil
	}))
	if diff := cmp.Diff(want, whole, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("ScanFacts visits other grants than Grants (-grants +scan):\n%s", diff)
		return
	}
	listed := len(f.People) + len(f.Units)
	byRecipient := map[award.Recipient]int{}
	numbers := map[int]award.Recipient{}
	for i, g := range want {
		x := facts[i]
		if x.Kind != g.Kind || x.Decision != g.Decision || x.Basis != g.Basis || x.Revoked != g.Revoked.Date {
			t.Errorf("facts of %s = %+v, want kind %s, decision %s, basis %d, revoked %s", g.ID, x, g.Kind, g.Decision, g.Basis, g.Revoked.Date)
		}
		if g.Year != 0 && x.Year != g.Year {
			t.Errorf("facts of %s: year %d, want %d", g.ID, x.Year, g.Year)
		}
		if n, ok := byRecipient[g.Recipient]; ok && n != x.Recipient {
			t.Errorf("%s: recipient %v numbered %d and %d", g.ID, g.Recipient, n, x.Recipient)
		}
		if r, ok := numbers[x.Recipient]; ok && r != g.Recipient {
			t.Errorf("%s: number %d for %v and %v", g.ID, x.Recipient, r, g.Recipient)
		}
		byRecipient[g.Recipient], numbers[x.Recipient] = x.Recipient, g.Recipient
		switch p, u := slices.Index(f.People, g.Recipient.Person), slices.Index(f.Units, g.Recipient.Unit); {
		case g.Recipient.Person != "" && p >= 0:
			if x.Recipient != p {
				t.Errorf("%s: person %s numbered %d, want its place %d", g.ID, g.Recipient.Person, x.Recipient, p)
			}
		case g.Recipient.Unit != "" && u >= 0:
			if x.Recipient != len(f.People)+u {
				t.Errorf("%s: unit %s numbered %d, want %d", g.ID, g.Recipient.Unit, x.Recipient, len(f.People)+u)
			}
		case x.Recipient < listed:
			t.Errorf("%s: recipient %v not listed numbered %d, below the lists' %d", g.ID, g.Recipient, x.Recipient, listed)
		}
	}
}

func testRevoke(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	mustOK(t, s.AddDecision(ctx, decision("d1", "01/QĐ-CTHADS", day(2020, 1, 10), "cuc", grant("g1", award.CSTDCS, p1, 2019))))
	r := award.Revocation{Date: day(2021, 3, 1), Reason: "Kê khai không trung thực thành tích", Decision: thidua.MustParseDocNumber("15/QĐ-CTHADS")}
	mustOK(t, s.Revoke(ctx, "g1", r))
	g, err := s.Grant(ctx, "g1")
	mustOK(t, err)
	if diff := cmp.Diff(r, g.Revoked); diff != "" {
		t.Errorf("Grant(g1).Revoked (-want +got):\n%s", diff)
	}
	d, err := s.Decision(ctx, "d1")
	mustOK(t, err)
	if !d.Grants[0].IsRevoked() {
		t.Errorf("Decision(d1).Grants[0] not marked revoked")
	}
	// A revoked title counts for nothing: it may be given again.
	if err := s.AddDecision(ctx, decision("d2", "02/QĐ-CTHADS", day(2021, 4, 1), "cuc", grant("g2", award.CSTDCS, p1, 2019))); err != nil {
		t.Errorf("AddDecision after revocation: %v", err)
	}
}

// testBadInput runs every bad call against a populated store and checks that
// it fails with the right error and changes nothing.
func testBadInput(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	setup := func(t *testing.T) award.Store {
		s := newStore(t)
		approved(t, s, "n1", award.CSTDBo, p1, 2019)
		mustOK(t, s.AddNomination(ctx, proposed(t, "n2", award.LDTT, p2, 2019, "cc2", "cuc")))
		draft := proposed(t, "n3", award.BangKhenBo, p1, 2019, "cc1", "bo")
		mustOK(t, s.AddNomination(ctx, draft))
		mustOK(t, s.AddDecision(ctx, decision("d1", "123/QĐ-BTP", day(2020, 3, 1), "bo",
			grant("g1", award.CoBo, u1, 2019), grant("g2", award.CSTDCS, p2, 2019))))
		mustOK(t, s.AddDecision(ctx, decision("d2", "124/QĐ-BTP", day(2020, 3, 2), "bo", grant("g3", award.LDTT, p3, 2019))))
		mustOK(t, s.Revoke(ctx, "g3", award.Revocation{Date: day(2020, 6, 1), Reason: "Vi phạm trong thời gian xét"}))
		// n4: p1's LĐTT, with the Cục. n5: p2's CSTĐ cấp bộ, with the
		// ministry, no vote. n6: p3's CSTĐ cấp bộ, with the ministry, whose
		// council voted 10 of 11 at 50 %.
		n4 := proposed(t, "n4", award.LDTT, p1, 2019, "cc1", "cuc")
		mustOK(t, s.AddNomination(ctx, n4))
		step(t, s, n4, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: day(2020, 2, 1), To: "cuc"})
		n5 := proposed(t, "n5", award.CSTDBo, p2, 2019, "cc2", "bo")
		mustOK(t, s.AddNomination(ctx, n5))
		step(t, s, n5, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc2"}, On: day(2020, 2, 1), To: "bo"})
		n6 := proposed(t, "n6", award.CSTDBo, p3, 2019, "cuc", "bo")
		mustOK(t, s.AddNomination(ctx, n6))
		n6 = step(t, s, n6, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cuc"}, On: day(2020, 2, 1), To: "bo"})
		step(t, s, n6, award.Transition{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: day(2020, 2, 2),
			Vote: award.Vote{Members: 11, InFavour: 10, Threshold: award.Percent(50)}})
		return s
	}
	// hand appends to the stored nomination id an event made by hand,
	// moving its state and holder as the event says, then lets f change it.
	hand := func(s award.Store, id string, e award.Event, f func(*award.Nomination)) error {
		n, err := s.Nomination(ctx, id)
		if err != nil {
			return err
		}
		e.From = n.State
		n.History = append(n.History, e)
		n.State, n.Holder = e.To, e.Holder
		if f != nil {
			f(&n)
		}
		return s.UpdateNomination(ctx, n)
	}
	byHand := func(id string, e award.Event, f func(*award.Nomination)) func(award.Store) error {
		return func(s award.Store) error { return hand(s, id, e, f) }
	}
	ev := func(a award.Action, by org.UnitID, to award.State, holder org.UnitID) award.Event {
		return award.Event{Action: a, By: award.Actor{Unit: by}, On: day(2020, 3, 1), To: to, Holder: holder}
	}
	// newProposal returns n8, p1's Giấy khen proposed by cc1, after f.
	newProposal := func(f func(*award.Nomination)) func(award.Store) error {
		return func(s award.Store) error {
			n := proposed(t, "n8", award.GiayKhen, p1, 2019, "cc1", "cuc")
			f(&n)
			return s.AddNomination(ctx, n)
		}
	}
	ineligible := &award.Verdict{Eligible: false, Summary: "Chưa đủ tiêu chuẩn"}
	withGrant := func(g award.Grant) func(award.Store) error {
		return func(s award.Store) error {
			return s.AddDecision(ctx, decision("d9", "200/QĐ-BTP", day(2020, 5, 1), "bo", g))
		}
	}
	linked := func(nom string, kind award.Code, r award.Recipient) award.Grant {
		g := grant("g9", kind, r, 2019)
		g.Nomination = nom
		return g
	}
	bk := proposed(t, "n3", award.BangKhenBo, p1, 2019, "cc1", "bo")
	tests := []struct {
		name   string
		reason string
		call   func(award.Store) error
		want   error
	}{
		{"nomination: duplicate ID", "IDs are unique",
			func(s award.Store) error { return s.AddNomination(ctx, bk) }, thidua.ErrConflict},
		{"nomination: open title", "n2 already proposes p2 for LĐTT 2019",
			func(s award.Store) error {
				return s.AddNomination(ctx, proposed(t, "n8", award.LDTT, p2, 2019, "cuc", "cuc"))
			}, thidua.ErrConflict},
		{"nomination: title held", "p2 holds CSTĐCS 2019 (g2)",
			func(s award.Store) error {
				return s.AddNomination(ctx, proposed(t, "n8", award.CSTDCS, p2, 2019, "cc2", "cuc"))
			}, thidua.ErrConflict},
		{"nomination: unknown kind", "the catalogue has no such kind",
			func(s award.Store) error {
				return s.AddNomination(ctx, proposed(t, "n8", "huy-hieu", p1, 2019, "cc1", "bo"))
			}, thidua.ErrInvalid},
		{"nomination: wrong recipient", "Cờ thi đua goes to collectives only",
			func(s award.Store) error {
				return s.AddNomination(ctx, proposed(t, "n8", award.CoBo, p1, 2019, "cc1", "bo"))
			}, thidua.ErrInvalid},
		{"nomination: not proposed", "a nomination enters the store in Draft, through Propose",
			func(s award.Store) error {
				return s.AddNomination(ctx, award.Nomination{ID: "n8", Subject: award.Subject{Kind: award.LDTT, Recipient: p1, Year: 2019}, Proposer: "cc1", Authority: "cuc"})
			}, thidua.ErrInvalid},
		{"update: unknown", "no such nomination",
			func(s award.Store) error {
				n := proposed(t, "n8", award.LDTT, p1, 2019, "cc1", "cuc")
				n, _ = n.Apply(award.Transition{Action: award.Withdraw, By: award.Actor{Unit: "cc1"}, On: day(2020, 2, 1)}, fixture())
				return s.UpdateNomination(ctx, n)
			}, thidua.ErrNotFound},
		{"update: subject changed", "the candidate of a nomination cannot change",
			func(s award.Store) error {
				n, _ := bk.Apply(award.Transition{Action: award.Withdraw, By: award.Actor{Unit: "cc1"}, On: day(2020, 2, 1)}, fixture())
				n.Recipient = p3
				return s.UpdateNomination(ctx, n)
			}, thidua.ErrInvalid},
		{"update: votes rewritten", "recorded votes stay as they were",
			func(s award.Store) error {
				n, _ := s.Nomination(ctx, "n1")
				n.Votes = nil
				n.History = append(n.History, award.Event{Action: award.Approve, By: award.Actor{Unit: "bo"}, On: day(2020, 3, 1),
					From: award.Approved, To: award.Approved, Holder: "bo"})
				return s.UpdateNomination(ctx, n)
			}, thidua.ErrInvalid},
		{"update: no new step", "an update must add exactly one event",
			func(s award.Store) error { return s.UpdateNomination(ctx, bk) }, thidua.ErrConflict},
		{"update: draft approved by hand", "Approve applies to a submitted nomination; cc2 is not the authority",
			byHand("n3", ev(award.Approve, "cc2", award.Approved, "cc1"), nil), thidua.ErrInvalid},
		{"update: approved by a sibling", "only the authority (cuc) approves n4",
			byHand("n4", ev(award.Approve, "cc2", award.Approved, "cuc"), nil), thidua.ErrPermission},
		{"update: forwarded by a unit not holding it", "n4 is with cuc, not cc1",
			byHand("n4", ev(award.Forward, "cc1", award.Submitted, "bo"), nil), thidua.ErrPermission},
		{"update: wrong to-state", "Withdraw leads to Withdrawn, not Rejected",
			byHand("n4", ev(award.Withdraw, "cc1", award.Rejected, "cuc"), nil), thidua.ErrInvalid},
		{"update: withdraw moves the nomination", "only Submit and Forward change the holder",
			byHand("n4", ev(award.Withdraw, "cc1", award.Withdrawn, "cc1"), nil), thidua.ErrInvalid},
		{"update: reject without reason", "a rejection states why",
			byHand("n4", ev(award.Reject, "cuc", award.Rejected, "cuc"), nil), thidua.ErrInvalid},
		{"update: verdict replaced silently", "a verdict enters through an event that records it",
			byHand("n4", ev(award.Forward, "cuc", award.Submitted, "bo"), func(n *award.Nomination) {
				n.Verdict = &award.Verdict{Eligible: false, Summary: "Chưa đủ tiêu chuẩn", Flagged: true}
			}), thidua.ErrInvalid},
		{"update: ineligible verdict unflagged", "an ineligible candidate goes ahead only flagged",
			byHand("n4", ev(award.Forward, "cuc", award.Submitted, "bo"), func(n *award.Nomination) {
				n.Verdict = ineligible
				n.History[len(n.History)-1].Verdict = ineligible
			}), thidua.ErrInvalid},
		{"update: CSTĐ cấp bộ approved without a vote", "NĐ 91/2017 art. 45.8: ≥ 90 % of all council members",
			byHand("n5", ev(award.Approve, "bo", award.Approved, "bo"), nil), thidua.ErrInvalid},
		{"update: CSTĐ cấp bộ approved on a 50 % vote", "a ballot held below 90 % does not count (NĐ 91/2017 art. 45.8)",
			byHand("n6", ev(award.Approve, "bo", award.Approved, "bo"), nil), thidua.ErrInvalid},
		{"update: forged vote", "5 of 11 does not pass 90 %",
			byHand("n5", ev(award.RecordVote, "bo", award.Submitted, "bo"), func(n *award.Nomination) {
				n.Votes = append(n.Votes, award.Vote{Unit: "bo", On: day(2020, 3, 1), Members: 11, InFavour: 5, Threshold: award.Percent(90), Passed: true})
			}), thidua.ErrInvalid},
		{"nomination: proposed by an unknown unit", "the Propose event is the proposer's",
			newProposal(func(n *award.Nomination) { n.History[0].By.Unit = "zz" }), thidua.ErrPermission},
		{"nomination: ineligible unflagged", "an ineligible candidate goes ahead only flagged",
			newProposal(func(n *award.Nomination) { n.Verdict, n.History[0].Verdict = ineligible, ineligible }), thidua.ErrInvalid},
		{"nomination: verdict not in the history", "the Propose event records the verdict it attaches",
			newProposal(func(n *award.Nomination) { n.Verdict = &award.Verdict{Eligible: true} }), thidua.ErrInvalid},
		{"nomination: held by another unit", "a proposal is with its proposer",
			newProposal(func(n *award.Nomination) { n.Holder, n.History[0].Holder = "cuc", "cuc" }), thidua.ErrInvalid},
		{"nomination: two events", "a nomination enters the store with its Propose event only",
			newProposal(func(n *award.Nomination) { n.History = append(n.History, n.History[0]) }), thidua.ErrInvalid},
		{"decision: duplicate ID", "IDs are unique",
			func(s award.Store) error {
				return s.AddDecision(ctx, decision("d1", "300/QĐ-BTP", day(2020, 5, 1), "bo", grant("g9", award.GiayKhen, p1, 2019)))
			}, thidua.ErrConflict},
		{"decision: duplicate number", "123/QĐ-BTP was already used in 2020",
			func(s award.Store) error {
				return s.AddDecision(ctx, decision("d9", "123/QĐ-BTP", day(2020, 5, 1), "bo", grant("g9", award.GiayKhen, p1, 2019)))
			}, thidua.ErrConflict},
		{"decision: no grants", "a decision gives something",
			func(s award.Store) error {
				return s.AddDecision(ctx, decision("d9", "300/QĐ-BTP", day(2020, 5, 1), "bo"))
			}, thidua.ErrInvalid},
		{"decision: no signer's title", "the signer's office is required",
			func(s award.Store) error {
				d := decision("d9", "300/QĐ-BTP", day(2020, 5, 1), "bo", grant("g9", award.GiayKhen, p1, 2019))
				d.SignerTitle = " "
				return s.AddDecision(ctx, d)
			}, thidua.ErrInvalid},
		{"decision: bad number", "a number without the issuer part",
			func(s award.Store) error {
				d := decision("d9", "300/QĐ-BTP", day(2020, 5, 1), "bo", grant("g9", award.GiayKhen, p1, 2019))
				d.Number = thidua.DocNumber{Number: 300, Symbol: "QĐ"}
				return s.AddDecision(ctx, d)
			}, thidua.ErrInvalid},
		{"grant: duplicate ID", "g1 exists",
			withGrant(grant("g1", award.GiayKhen, p1, 2019)), thidua.ErrConflict},
		{"grant: duplicate title", "cc1 already holds Cờ thi đua cấp bộ for 2019",
			withGrant(grant("g9", award.CoBo, u1, 2019)), thidua.ErrConflict},
		{"grant: duplicate title in one decision", "two LĐTT 2019 for p1",
			func(s award.Store) error {
				return s.AddDecision(ctx, decision("d9", "300/QĐ-BTP", day(2020, 5, 1), "bo",
					grant("g8", award.LDTT, p1, 2019), grant("g9", award.LDTT, p1, 2019)))
			}, thidua.ErrConflict},
		{"grant: unknown kind", "the catalogue has no such kind",
			withGrant(grant("g9", "huy-hieu", p1, 2019)), thidua.ErrInvalid},
		{"grant: wrong recipient", "Lao động tiên tiến goes to individuals",
			withGrant(grant("g9", award.LDTT, u1, 2019)), thidua.ErrInvalid},
		{"grant: title without year", "titles are given for a year",
			withGrant(grant("g9", award.LDTT, p1, 0)), thidua.ErrInvalid},
		{"grant: no recipient", "exactly one of person and unit",
			withGrant(grant("g9", award.GiayKhen, award.Recipient{}, 2019)), thidua.ErrInvalid},
		{"grant: basis not allowed", "Lao động tiên tiến is not given ad hoc",
			withGrant(award.Grant{ID: "g9", Subject: award.Subject{Kind: award.LDTT, Recipient: p1, Year: 2019, Basis: award.AdHoc}}), thidua.ErrInvalid},
		{"grant: year outside period", "2021 is not in 2015-2019",
			withGrant(award.Grant{ID: "g9", Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: p1, Year: 2021, Period: thidua.Years(2015, 2019)}}), thidua.ErrInvalid},
		{"grant: nomination not approved", "n3 is a draft",
			withGrant(linked("n3", award.BangKhenBo, p1)), thidua.ErrInvalid},
		{"grant: nomination for another subject", "n1 is for CSTĐ cấp bộ",
			withGrant(linked("n1", award.BangKhenBo, p1)), thidua.ErrInvalid},
		{"grant: nomination for another year", "n1 is p1's CSTĐ cấp bộ for 2019, not 2020",
			withGrant(award.Grant{ID: "g9", Subject: award.Subject{Kind: award.CSTDBo, Recipient: p1, Year: 2020}, Nomination: "n1"}), thidua.ErrInvalid},
		{"grant: nomination for another period", "n1 states no achievement period",
			withGrant(award.Grant{ID: "g9", Subject: award.Subject{Kind: award.CSTDBo, Recipient: p1, Year: 2019, Period: thidua.Years(2017, 2019)}, Nomination: "n1"}), thidua.ErrInvalid},
		{"grant: unknown nomination", "no such nomination",
			withGrant(linked("n99", award.BangKhenBo, p1)), thidua.ErrInvalid},
		{"revoke: unknown grant", "no such grant",
			func(s award.Store) error {
				return s.Revoke(ctx, "g99", award.Revocation{Date: day(2021, 1, 1), Reason: "Sai phạm"})
			}, thidua.ErrNotFound},
		{"revoke: no reason", "Law 2022 ch. VII: a revocation states its ground",
			func(s award.Store) error { return s.Revoke(ctx, "g1", award.Revocation{Date: day(2021, 1, 1)}) }, thidua.ErrInvalid},
		{"revoke: before the decision", "d1 is dated 01/03/2020",
			func(s award.Store) error {
				return s.Revoke(ctx, "g1", award.Revocation{Date: day(2020, 2, 1), Reason: "Sai phạm"})
			}, thidua.ErrInvalid},
		{"revoke: twice", "g3 is already revoked",
			func(s award.Store) error {
				return s.Revoke(ctx, "g3", award.Revocation{Date: day(2021, 1, 1), Reason: "Sai phạm"})
			}, thidua.ErrConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := setup(t)
			before := snap(t, s)
			err := tt.call(s)
			t.Logf("error: %v", err)
			if !errors.Is(err, tt.want) {
				t.Errorf("%s: got error %v, want %v", tt.reason, err, tt.want)
			}
			if diff := cmp.Diff(before, snap(t, s)); diff != "" {
				t.Errorf("%s: store changed by a failed call (-before +after):\n%s", tt.reason, diff)
			}
		})
	}
}

// testGrantBasis checks that a grant gives what its nomination proposed: a
// nomination that does not state its basis (Law 2022 art. 8) is granted on
// any basis the kind allows; a stated basis must match.
func testGrantBasis(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	withBasis := func(b award.Basis) award.Decision {
		return decision("d9", "300/QĐ-BTP", day(2020, 5, 1), "bo",
			award.Grant{ID: "g9", Nomination: "n1", Subject: award.Subject{Kind: award.CSTDBo, Recipient: p1, Year: 2019, Basis: b}})
	}
	s := newStore(t)
	approved(t, s, "n1", award.CSTDBo, p1, 2019)
	if err := s.AddDecision(ctx, withBasis(award.Regular)); err != nil {
		t.Errorf("grant on basis %q for a nomination not stating one: %v", award.Regular, err)
	}

	s = newStore(t)
	n := award.Nomination{ID: "n1", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: p1, Year: 2019, Basis: award.Regular},
		Proposer: "cc1", Authority: "bo"}
	n, err := n.Apply(award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 5)}, fixture())
	mustOK(t, err)
	mustOK(t, s.AddNomination(ctx, n))
	n = step(t, s, n, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 6), To: "bo"})
	step(t, s, n, award.Transition{Action: award.Approve, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 7)})
	d := withBasis(award.AdHoc)
	d.Grants[0].Kind = award.BangKhenBo
	if err := s.AddDecision(ctx, d); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("grant on basis %q for a nomination on basis %q = %v, want ErrInvalid", award.AdHoc, award.Regular, err)
	}
	d.Grants[0].Basis = award.Regular
	if err := s.AddDecision(ctx, d); err != nil {
		t.Errorf("grant on the nomination's own basis: %v", err)
	}
}

// testCouncilOfProposer checks that a store accepts the steps Apply makes
// when the council that votes is the proposer's, not the authority's
// (Kind.CouncilOffice; NĐ 91/2017 art. 45.8 [C]): the ministry's council
// votes on its draft for CSTĐ toàn quốc, then the Government approves.
func testCouncilOfProposer(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	tree := award.NewTree([]org.Unit{
		{ID: "cp", Name: "Chính phủ"}, {ID: "bo", Name: "Bộ Tư pháp", Parent: "cp"},
		{ID: "cuc", Parent: "bo"}, {ID: "cc1", Parent: "cuc"},
	}, []org.Person{{ID: "p1", Assignments: []org.Assignment{{Unit: "cc1", Period: thidua.Since(day(2010, 1, 1))}}}})
	n := award.Nomination{ID: "n1", Subject: award.Subject{Kind: award.CSTDToanQuoc, Recipient: p1, Year: 2019}, Proposer: "bo", Authority: "cp"}
	var err error
	for i, tr := range []award.Transition{
		{Action: award.Propose, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 5)},
		{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 6), Vote: award.Vote{Members: 10, InFavour: 10, Threshold: award.Percent(90)}},
		{Action: award.Submit, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 7), To: "cp"},
		{Action: award.Approve, By: award.Actor{Unit: "cp"}, On: day(2020, 1, 9)},
	} {
		if n, err = n.Apply(tr, tree); err != nil {
			t.Fatalf("apply %s: %v", tr.Action, err)
		}
		if i == 0 {
			err = s.AddNomination(ctx, n)
		} else {
			err = s.UpdateNomination(ctx, n)
		}
		if err != nil {
			t.Fatalf("store the step %s: %v", tr.Action, err)
		}
	}
}

func testCopies(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	n := proposedWith(t, "n1", award.CSTDCS, p1, 2019, "cc1", "cuc", &award.Verdict{Eligible: true, Summary: "Đủ điều kiện"})
	mustOK(t, s.AddNomination(ctx, n))
	n.History[0].Reason = "changed"
	n.Verdict.Summary = "changed"
	got, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	if got.History[0].Reason == "changed" || got.Verdict.Summary == "changed" {
		t.Errorf("the store shares the nomination's history or verdict with the caller")
	}
	got.History[0].Reason = "changed again"
	got.Verdict.Summary = "changed again"
	again, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	if again.History[0].Reason != "" || again.Verdict.Summary != "Đủ điều kiện" {
		t.Errorf("the store returned its own history or verdict")
	}

	d := decision("d1", "01/QĐ-BTP", day(2020, 1, 10), "bo", grant("g1", award.LDTT, p1, 2019))
	mustOK(t, s.AddDecision(ctx, d))
	d.Grants[0].Kind = award.GiayKhen
	gotD, err := s.Decision(ctx, "d1")
	mustOK(t, err)
	gotD.Grants[0].Kind = award.GiayKhen
	if g, _ := s.Grant(ctx, "g1"); g.Kind != award.LDTT {
		t.Errorf("the store shares a decision's grants: kind %q", g.Kind)
	}
}

func testConcurrent(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	const n = 20
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(2)
		go func() {
			defer wg.Done()
			id := fmt.Sprintf("d%02d", i)
			err := s.AddDecision(ctx, decision(id, fmt.Sprintf("%d/QĐ-BTP", i+1), day(2020, 1, 10), "bo",
				grant("g"+id, award.GiayKhen, p1, 2019)))
			if err != nil {
				t.Errorf("AddDecision(%s): %v", id, err)
			}
		}()
		go func() {
			defer wg.Done()
			if _, err := s.Grants(ctx, award.GrantFilter{People: []org.PersonID{"p1"}}); err != nil {
				t.Errorf("Grants: %v", err)
			}
		}()
	}
	wg.Wait()
	gs, err := s.Grants(ctx, award.GrantFilter{People: []org.PersonID{"p1"}})
	mustOK(t, err)
	if len(gs) != n {
		t.Errorf("after %d concurrent decisions, p1 has %d grants", n, len(gs))
	}
}

// testVerdictTrail checks that the store keeps the verdict each step
// attached in the step's event, and the nomination's current verdict.
func testVerdictTrail(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	first := &award.Verdict{Eligible: true, Summary: "Đủ điều kiện"}
	second := &award.Verdict{Eligible: false, Summary: "Chưa có sáng kiến cấp bộ", Flagged: true}
	n := proposedWith(t, "n1", award.CSTDBo, p1, 2019, "cc1", "bo", first)
	mustOK(t, s.AddNomination(ctx, n))
	step(t, s, n, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 6), To: "cuc", Verdict: second})
	// A nomination without a verdict is stored: eligibility not assessed.
	mustOK(t, s.AddNomination(ctx, proposed(t, "n2", award.LDTT, p2, 2019, "cc2", "cuc")))

	got, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	var trail []*award.Verdict
	for _, e := range got.History {
		trail = append(trail, e.Verdict)
	}
	if diff := cmp.Diff([]*award.Verdict{first, second}, trail); diff != "" {
		t.Errorf("verdicts in the stored history (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(second, got.Verdict); diff != "" {
		t.Errorf("stored verdict (-want +got):\n%s", diff)
	}
	got.History[0].Verdict.Summary = "changed"
	again, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	if again.History[0].Verdict.Summary != first.Summary {
		t.Errorf("the store shares an event's verdict with the caller")
	}
	if n2, err := s.Nomination(ctx, "n2"); err != nil || n2.Verdict != nil {
		t.Errorf("Nomination(n2) = %v, %v; want no verdict", n2.Verdict, err)
	}
}

// testVerdictCriteria checks that a verdict from the rules engine — its
// regime, year counted, pending, basis and every criterion with its reason,
// citation, alternative and facts — is kept on the step that attached it
// and on the nomination, and read back as given by Nomination and
// Nominations, through AddNomination (a whole proposal) and a step alike.
func testVerdictCriteria(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	first := &award.Verdict{Eligible: true, Pending: true, Summary: "Đủ điều kiện danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh năm 2019, còn chờ: Chờ kết quả bỏ phiếu",
		Regime: "R2017", Through: 2019, Basis: award.Regular,
		Criteria: []award.Criterion{
			{ID: "doi-tuong", Passed: true, Reason: "Đối tượng xét: cá nhân", Citation: "Luật TĐKT 2003, Điều 23-28"},
			{ID: "cstdbo.cstdcs", Passed: true, Reason: "Đạt danh hiệu Chiến sĩ thi đua cơ sở 03 trong 03 năm liên tục 2017-2019 (không tính 2016)",
				Citation: "Luật TĐKT 2003, Điều 22", Facts: award.Facts{Have: 3, Need: 3, Years: []int{2017, 2018, 2019}, Uncounted: []int{2016}}},
			{ID: "cstdbo.sang-kien", Passed: true, Reason: "Có 01 sáng kiến; không tính sáng kiến SK-1 đã được tính cho danh hiệu Chiến sĩ thi đua cơ sở năm 2018",
				Citation: "Luật TĐKT 2003, Điều 22", Facts: award.Facts{Have: 1, Need: 1, Excluded: []string{"SK-1"}}},
			{ID: "cstdbo.hoi-dong", Pending: true, Reason: "Chờ kết quả bỏ phiếu", Citation: "NĐ 91/2017/NĐ-CP, Điều 45 khoản 8"},
		}}
	second := &award.Verdict{Eligible: false, Flagged: true, Summary: "Chưa đủ điều kiện", Regime: "R2024", Through: 2019, Basis: award.LongService,
		Criteria: []award.Criterion{
			{ID: "hcld3.cong-hien", Branch: "cong-hien", Reason: "Giữ chức vụ 08 năm, cần 10 năm", Citation: "Luật TĐKT 2022, Điều 44 khoản 1 điểm g",
				Facts: award.Facts{Have: 8, Need: 10, Missing: []int{2010, 2011}}},
		}}
	// A summary alone stays a summary alone.
	plain := &award.Verdict{Eligible: true, Summary: "Đủ điều kiện"}
	got, all := storedTrail(t, s, award.CSTDBo, first, second, func() {
		mustOK(t, s.AddNomination(ctx, proposedWith(t, "n2", award.LDTT, p2, 2019, "cc2", "cuc", plain)))
	})
	if len(all) != 2 {
		t.Fatalf("Nominations: %d, want 2", len(all))
	}
	if diff := cmp.Diff(plain, all[1].Verdict); diff != "" {
		t.Errorf("a summary alone (-given +read):\n%s", diff)
	}
	got.Verdict.Criteria[0].Facts.Missing[0] = 1999
	got.History[0].Verdict.Criteria[1].Facts.Years[0] = 1999
	again, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	checkTrail(t, "after the caller changed its copy", again, first, second)
}

// storedTrail stores nomination n1 of kind for p1, proposed with the
// verdict first and submitted with second, calls more, reads n1 back alone
// and with every nomination, checks its verdicts both times
// ([checkTrail]) and returns what it read.
func storedTrail(t *testing.T, s award.Store, kind award.Code, first, second *award.Verdict, more func()) (award.Nomination, []award.Nomination) {
	t.Helper()
	ctx := context.Background()
	n := proposedWith(t, "n1", kind, p1, 2019, "cc1", "bo", first)
	mustOK(t, s.AddNomination(ctx, n))
	step(t, s, n, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 6), To: "cuc", Verdict: second})
	if more != nil {
		more()
	}
	got, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	checkTrail(t, "Nomination", got, first, second)
	all, err := s.Nominations(ctx, award.NominationFilter{})
	mustOK(t, err)
	if len(all) == 0 || all[0].ID != "n1" {
		t.Fatalf("Nominations: %d, want n1 first", len(all))
	}
	checkTrail(t, "Nominations", all[0], first, second)
	return got, all
}

// checkTrail checks that the verdicts of got's steps are those given, in
// order, and that its verdict is the last one.
func checkTrail(t *testing.T, how string, got award.Nomination, given ...*award.Verdict) {
	t.Helper()
	var trail []*award.Verdict
	for _, e := range got.History {
		trail = append(trail, e.Verdict)
	}
	if diff := cmp.Diff(given, trail); diff != "" {
		t.Errorf("%s: verdicts in the stored history (-given +read):\n%s", how, diff)
	}
	if diff := cmp.Diff(given[len(given)-1], got.Verdict); diff != "" {
		t.Errorf("%s: the nomination's verdict (-given +read):\n%s", how, diff)
	}
}

// testVerdictUses checks that the store keeps the initiatives and feats a
// verdict counted (one achievement, one form: Luật Thi đua, khen thưởng
// 2022, Điều 5), with or without criteria, in every step, and refuses an
// invalid ID with ErrInvalid, storing nothing.
func testVerdictUses(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	first := &award.Verdict{Eligible: true, Summary: "Đủ điều kiện", Regime: "R2017", Through: 2019, Basis: award.Regular,
		Initiatives: []string{"SK-2", "SK-1"},
		Criteria:    []award.Criterion{{ID: "bkbo.sang-kien", Passed: true, Reason: "Có 02 sáng kiến", Facts: award.Facts{Have: 2, Need: 2}}}}
	second := &award.Verdict{Eligible: true, Summary: "Đủ điều kiện", Feats: []string{"TT-1"}}
	got, _ := storedTrail(t, s, award.BangKhenBo, first, second, nil)
	got.History[0].Verdict.Initiatives[0] = "changed"
	again, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	checkTrail(t, "after the caller changed its copy", again, first, second)

	for _, v := range []*award.Verdict{
		{Eligible: true, Summary: "Đủ điều kiện", Initiatives: []string{""}},
		{Eligible: true, Summary: "Đủ điều kiện", Feats: []string{"TT 1\x00"}},
	} {
		bad := proposedWith(t, "n2", award.LDTT, p2, 2019, "cc2", "cuc", &award.Verdict{Eligible: true, Summary: "Đủ điều kiện"})
		bad.Verdict, bad.History[0].Verdict = v, v
		if err := s.AddNomination(ctx, bad); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("AddNomination with verdict %+v = %v, want ErrInvalid", v, err)
		}
		if _, err := s.Nomination(ctx, "n2"); !errors.Is(err, thidua.ErrNotFound) {
			t.Errorf("after the refused verdict %+v, Nomination(n2) = %v, want ErrNotFound", v, err)
		}
	}
}

// testTitleLock checks which nomination holds a title open: a granted
// nomination lets go of it; a grant that answers no nomination does not
// settle another one still open.
func testTitleLock(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	// n1: p1's CSTĐ cấp bộ 2019, approved and granted, then revoked.
	n1 := approved(t, s, "n1", award.CSTDBo, p1, 2019)
	g1 := grant("g1", award.CSTDBo, p1, 2019)
	g1.Nomination = n1.ID
	mustOK(t, s.AddDecision(ctx, decision("d1", "01/QĐ-BTP", day(2020, 3, 1), "bo", g1)))
	mustOK(t, s.Revoke(ctx, "g1", award.Revocation{Date: day(2020, 6, 1), Reason: "Kê khai không trung thực thành tích"}))
	if err := s.AddNomination(ctx, proposed(t, "n2", award.CSTDBo, p1, 2019, "cc1", "bo")); err != nil {
		t.Errorf("a nomination after the granted one was revoked: %v", err)
	}
	// n3: p2's LĐTT 2019, a draft; a grant without nomination, then revoked.
	mustOK(t, s.AddNomination(ctx, proposed(t, "n3", award.LDTT, p2, 2019, "cc2", "cuc")))
	mustOK(t, s.AddDecision(ctx, decision("d2", "02/QĐ-CTHADS", day(2020, 3, 1), "cuc", grant("g2", award.LDTT, p2, 2019))))
	mustOK(t, s.Revoke(ctx, "g2", award.Revocation{Date: day(2020, 6, 1), Reason: "Kê khai không trung thực thành tích"}))
	if err := s.AddNomination(ctx, proposed(t, "n4", award.LDTT, p2, 2019, "cc2", "cuc")); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("a second nomination while n3 is open = %v, want ErrConflict", err)
	}
}

// testConcurrentSteps checks that steps of one nomination stored from
// several goroutines are neither lost nor doubled: of eight writers of the
// same step from the same stored version one wins and the others get
// ErrConflict; writers that re-read and retry all get their step in.
func testConcurrentSteps(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	n := proposed(t, "n1", award.CSTDBo, p1, 2019, "cc1", "bo")
	mustOK(t, s.AddNomination(ctx, n))
	sub, err := n.Apply(award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: day(2020, 2, 1), To: "bo"}, fixture())
	mustOK(t, err)
	const writers = 8
	var wg sync.WaitGroup
	errs := make([]error, writers)
	for i := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = s.UpdateNomination(ctx, sub)
		}()
	}
	wg.Wait()
	won := 0
	for i, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, thidua.ErrConflict):
			t.Errorf("writer %d of the same step: %v, want nil or ErrConflict", i, err)
		}
	}
	if won != 1 {
		t.Errorf("%d writers of the same step succeeded, want exactly 1", won)
	}
	got, err := s.Nomination(ctx, "n1")
	mustOK(t, err)
	if diff := cmp.Diff(sub, got); diff != "" {
		t.Errorf("after concurrent writers of one step (-want +got):\n%s", diff)
	}

	// Each writer records three council votes, re-reading on a conflict.
	const votes = 3
	for i := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := 0; v < votes; {
				cur, err := s.Nomination(ctx, "n1")
				if err != nil {
					t.Errorf("writer %d: %v", i, err)
					return
				}
				next, err := cur.Apply(award.Transition{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: day(2020, 2, 2),
					Vote: award.Vote{Members: 10, InFavour: i + 1, Threshold: award.Percent(50)}}, fixture())
				if err != nil {
					t.Errorf("writer %d: %v", i, err)
					return
				}
				switch err := s.UpdateNomination(ctx, next); {
				case err == nil:
					v++
				case !errors.Is(err, thidua.ErrConflict):
					t.Errorf("writer %d: UpdateNomination = %v, want nil or ErrConflict", i, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	got, err = s.Nomination(ctx, "n1")
	mustOK(t, err)
	if len(got.Votes) != writers*votes || len(got.History) != 2+writers*votes {
		t.Errorf("after %d writers of %d votes: %d votes, %d events; want %d and %d",
			writers, votes, len(got.Votes), len(got.History), writers*votes, 2+writers*votes)
	}
	perWriter := map[int]int{}
	for _, v := range got.Votes {
		perWriter[v.InFavour]++
	}
	for i := 1; i <= writers; i++ {
		if perWriter[i] != votes {
			t.Errorf("writer %d has %d votes stored, want %d", i-1, perWriter[i], votes)
		}
	}
}

// Populate fills s, an empty store checking against
// award.DefaultCatalogue, with every kind of record a store holds: nominations at
// every stage (a draft, one submitted with a verdict and a council vote, one
// rejected, one withdrawn and proposed again the same day, one approved and
// granted), decisions with several grants (a period, a basis, a title as
// written, an issuer named only), and revocations, one of a title proposed
// again afterwards.
func Populate(t *testing.T, s award.Store) {
	t.Helper()
	ctx := context.Background()
	// n1: p1's CSTĐ cấp bộ 2019, approved, granted by d1 (g1), revoked.
	n1 := approved(t, s, "n1", award.CSTDBo, p1, 2019)
	g1 := grant("g1", award.CSTDBo, p1, 2019)
	g1.Nomination = n1.ID
	g1.Title = "Chiến sĩ thi đua Ngành Tư pháp"
	g2 := grant("g2", award.BangKhenBo, u1, 2019)
	g2.Basis = award.Regular
	mustOK(t, s.AddDecision(ctx, decision("d1", "01/QĐ-BTP", day(2020, 3, 1), "bo", g1, g2)))
	mustOK(t, s.Revoke(ctx, "g1", award.Revocation{Date: day(2020, 6, 1), Reason: "Kê khai không trung thực thành tích",
		Decision: thidua.MustParseDocNumber("30/QĐ-BTP")}))
	// n2: p1's CSTĐ cấp bộ 2019 again, submitted with a flagged verdict,
	// voted on by the ministry's council: mid-way.
	n2 := proposedWith(t, "n2", award.CSTDBo, p1, 2019, "cc1", "bo", &award.Verdict{Eligible: true, Summary: "Đủ điều kiện"})
	n2.History[0].On = day(2020, 7, 1)
	mustOK(t, s.AddNomination(ctx, n2))
	n2 = step(t, s, n2, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1", Name: "Chi cục trưởng"}, On: day(2020, 7, 2), To: "cuc",
		Verdict: &award.Verdict{Eligible: false, Summary: "Chưa có sáng kiến", Flagged: true}})
	n2 = step(t, s, n2, award.Transition{Action: award.Forward, By: award.Actor{Unit: "cuc"}, On: day(2020, 7, 3), To: "bo"})
	step(t, s, n2, award.Transition{Action: award.RecordVote, By: award.Actor{Unit: "bo", Name: "Hội đồng TĐKT"}, On: day(2020, 7, 4),
		Vote: award.Vote{Members: 11, InFavour: 9, Threshold: award.Percent(90)}})
	// n3: p2's LĐTT 2019, rejected. n4: p2's CSTĐCS, withdrawn, and n5
	// proposing it again the same day.
	n3 := proposed(t, "n3", award.LDTT, p2, 2019, "cc2", "cuc")
	mustOK(t, s.AddNomination(ctx, n3))
	n3 = step(t, s, n3, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc2"}, On: day(2020, 1, 10), To: "cuc"})
	step(t, s, n3, award.Transition{Action: award.Reject, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 20), Reason: "Chưa đủ tiêu chuẩn"})
	n4 := proposed(t, "n4", award.CSTDCS, p2, 2019, "cc2", "cuc")
	mustOK(t, s.AddNomination(ctx, n4))
	step(t, s, n4, award.Transition{Action: award.Withdraw, By: award.Actor{Unit: "cc2"}, On: day(2020, 1, 5)})
	mustOK(t, s.AddNomination(ctx, proposed(t, "n0", award.CSTDCS, p2, 2019, "cc2", "cuc")))
	// n6: a draft of the Cục for its own unit.
	mustOK(t, s.AddNomination(ctx, proposed(t, "n6", award.TTLDTT, award.UnitRecipient("cuc"), 2019, "cuc", "cuc")))
	// d2: the Prime Minister's certificate for a period, issuer named only.
	g3 := grant("g3", award.BangKhenTTg, p3, 0)
	g3.Period = thidua.Years(2015, 2019)
	d2 := decision("d2", "05/QĐ-TTg", day(2020, 6, 1), "", g3, grant("g4", award.BangKhenTTg, p2, 2019))
	d2.IssuerName, d2.SignerTitle = "Thủ tướng Chính phủ", "Thủ tướng Chính phủ"
	mustOK(t, s.AddDecision(ctx, d2))
	// d3: p1's LĐTT 2019 given, revoked and given again by d4.
	mustOK(t, s.AddDecision(ctx, decision("d3", "02/QĐ-CTHADS", day(2020, 1, 10), "cuc", grant("g5", award.LDTT, p1, 2019))))
	mustOK(t, s.Revoke(ctx, "g5", award.Revocation{Date: day(2020, 2, 1), Reason: "Vi phạm kỷ luật"}))
	mustOK(t, s.AddDecision(ctx, decision("d4", "03/QĐ-CTHADS", day(2020, 2, 1), "cuc", grant("g6", award.LDTT, p1, 2019))))
	// n7: p3's Bằng khen Thủ tướng 2019, proposed by the Cục, consulted
	// (hiệp y) and sent on: the consultation must survive a copy.
	n7 := consulted(t, "n7")
	mustOK(t, s.AddNomination(ctx, n7))
	n7 = step(t, s, n7, consultStep(award.Concurs))
	step(t, s, n7, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cuc"}, On: day(2020, 3, 1), To: "bo"})
}

// consulted returns p3's Bằng khen Thủ tướng 2019 proposed by the Cục to
// the ministry standing as authority, with the People's Committee of Đồng
// Tháp to consult (Luật TĐKT 2022, Điều 84 khoản 3; NĐ 98/2023/NĐ-CP, Điều
// 31).
func consulted(t *testing.T, id string) award.Nomination {
	t.Helper()
	n := award.Nomination{ID: id, Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: award.PersonRecipient("p3"), Year: 2019},
		Proposer: "cuc", Authority: "bo", ConsultProvince: "Đồng Tháp"}
	n, err := n.Apply(award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 5)}, fixture())
	if err != nil {
		t.Fatalf("propose %s: %v", id, err)
	}
	return n
}

// consultStep records the province's answer, by the Cục holding the
// nomination.
func consultStep(a award.Answer) award.Transition {
	return award.Transition{Action: award.Consult, By: award.Actor{Unit: "cuc", Name: "Cục trưởng"}, On: day(2020, 2, 10),
		Consultation: &award.Consultation{Body: "Ủy ban nhân dân tỉnh Đồng Tháp", Unit: "ubnd-dt", Asked: day(2020, 1, 20), Answer: a,
			Number: thidua.DocNumber{Number: 125, Symbol: "UBND-TĐKT"}, On: day(2020, 2, 5), Note: "Nhất trí đề nghị"}}
}

// testConsultation checks that a store keeps the consultation (hiệp y) of a
// nomination — the province to consult and each answer, with its document
// — and refuses, on its own, a step sending the nomination to its authority
// without a concurring answer, leaving what it holds unchanged.
func testConsultation(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	n := consulted(t, "hy1")
	mustOK(t, s.AddNomination(ctx, n))

	// A forged step: sent to the authority without the answer.
	blank := n.Clone()
	blank.ConsultProvince = ""
	forged, err := blank.Apply(award.Transition{Action: award.Submit, By: award.Actor{Unit: "cuc"}, On: day(2020, 3, 1), To: "bo"}, fixture())
	mustOK(t, err)
	forged.ConsultProvince = "Đồng Tháp"
	var te *award.TransitionError
	if err := s.UpdateNomination(ctx, forged); !errors.As(err, &te) || te.Code != award.MissingConsultation {
		t.Errorf("UpdateNomination sending it on without hiệp y: %v, want %q", err, award.MissingConsultation)
	}
	if got, err := s.Nomination(ctx, n.ID); err != nil || got.State != award.Draft || len(got.History) != 1 {
		t.Errorf("after the refused step: %v, state %q, %d events; want the draft unchanged", err, got.State, len(got.History))
	}

	n = step(t, s, n, consultStep(award.Objects))
	n = step(t, s, n, consultStep(award.Concurs))
	n = step(t, s, n, award.Transition{Action: award.Submit, By: award.Actor{Unit: "cuc"}, On: day(2020, 3, 1), To: "bo"})
	got, err := s.Nomination(ctx, n.ID)
	mustOK(t, err)
	if got.ConsultProvince != "Đồng Tháp" {
		t.Errorf("ConsultProvince = %q, want Đồng Tháp", got.ConsultProvince)
	}
	if diff := cmp.Diff(n.Consultations(), got.Consultations()); diff != "" || len(got.Consultations()) != 2 {
		t.Errorf("consultations (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(n, got); diff != "" {
		t.Errorf("stored nomination (-want +got):\n%s", diff)
	}
	all, err := s.Nominations(ctx, award.NominationFilter{})
	mustOK(t, err)
	if len(all) != 1 || !cmp.Equal(all[0], n) {
		t.Errorf("Nominations lists %d, want the consulted one as stored", len(all))
	}
}

// testListEverything checks that the listings of a store give back every
// record it holds, as it holds it: nominations with their whole trail,
// decisions with their grants in order, revoked grants with their
// revocation.
func testListEverything(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	Populate(t, s)
	got := snap(t, s)
	if diff := cmp.Diff([]string{"n0", "n1", "n2", "n3", "n4", "n6", "n7"}, ids(got.Nominations, nomID)); diff != "" {
		t.Errorf("every nomination (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"d3", "d4", "d1", "d2"}, ids(got.Decisions, decID)); diff != "" {
		t.Errorf("every decision, by date (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"g1", "g2", "g3", "g4", "g5", "g6"}, ids(got.Grants, grantID)); diff != "" {
		t.Errorf("every grant, revoked ones too (-want +got):\n%s", diff)
	}
	for _, n := range got.Nominations {
		one, err := s.Nomination(ctx, n.ID)
		mustOK(t, err)
		if diff := cmp.Diff(one, n); diff != "" {
			t.Errorf("Nominations lists %s otherwise than Nomination (-one +listed):\n%s", n.ID, diff)
		}
	}
	n2, err := s.Nomination(ctx, "n2")
	mustOK(t, err)
	if len(n2.History) != 4 || n2.State != award.Submitted || n2.Holder != "bo" || len(n2.Votes) != 1 || n2.Verdict == nil || !n2.Verdict.Flagged {
		t.Errorf("n2 mid-way = %+v; want 4 steps, submitted to bo, one vote, the flagged verdict", n2)
	}
	for _, d := range got.Decisions {
		one, err := s.Decision(ctx, d.ID)
		mustOK(t, err)
		if diff := cmp.Diff(one, d); diff != "" {
			t.Errorf("Decisions lists %s otherwise than Decision (-one +listed):\n%s", d.ID, diff)
		}
	}
	if d1 := got.Decisions[2]; len(d1.Grants) != 2 || d1.Grants[0].ID != "g1" || d1.Grants[1].ID != "g2" {
		t.Errorf("d1 lists its grants %v; want g1, g2 in the decision's order", ids(d1.Grants, grantID))
	}
	g1, err := s.Grant(ctx, "g1")
	mustOK(t, err)
	want := award.Revocation{Date: day(2020, 6, 1), Reason: "Kê khai không trung thực thành tích", Decision: thidua.MustParseDocNumber("30/QĐ-BTP")}
	if g1.Decision != "d1" || g1.Nomination != "n1" || g1.Title != "Chiến sĩ thi đua Ngành Tư pháp" || g1.Revoked != want {
		t.Errorf("revoked g1 = %+v; want its decision d1, nomination n1, title and revocation kept", g1)
	}
}

// testCopy checks award.Copy: everything moves, nominations mid-way stay
// mid-way and can go on in the copy, and a second copy clashes.
func testCopy(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	src := newStore(t)
	Populate(t, src)
	dst := newStore(t)
	mustOK(t, award.Copy(ctx, dst, src))
	want := snap(t, src)
	if diff := cmp.Diff(want, snap(t, dst)); diff != "" {
		t.Fatalf("after Copy, the destination differs (-src +dst):\n%s", diff)
	}
	// The copy goes on where the source stood: n2 can be approved there
	// (9 of 11 fall short of 90 %, so the council votes again).
	n2, err := dst.Nomination(ctx, "n2")
	mustOK(t, err)
	n2 = step(t, dst, n2, award.Transition{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: day(2020, 7, 5),
		Vote: award.Vote{Members: 11, InFavour: 10, Threshold: award.Percent(90)}})
	step(t, dst, n2, award.Transition{Action: award.Approve, By: award.Actor{Unit: "bo"}, On: day(2020, 7, 6)})
	// The title lock came across: p2's CSTĐCS 2019 is open with n0.
	if err := dst.AddNomination(ctx, proposed(t, "n9", award.CSTDCS, p2, 2019, "cc2", "cuc")); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("a second open nomination for a title in the copy = %v, want ErrConflict", err)
	}
	before := snap(t, dst)
	if err := award.Copy(ctx, dst, src); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("Copy into a store holding the same IDs = %v, want ErrConflict", err)
	}
	if diff := cmp.Diff(before, snap(t, dst)); diff != "" {
		t.Errorf("a clashing Copy changed the destination (-before +after):\n%s", diff)
	}
	// An empty source copies nothing.
	empty := newStore(t)
	mustOK(t, award.Copy(ctx, empty, newStore(t)))
	if got := snap(t, empty); len(got.Nominations)+len(got.Decisions)+len(got.Grants) != 0 {
		t.Errorf("Copy of an empty store wrote %+v", got)
	}
	if err := award.Copy(ctx, nil, src); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Copy into nil = %v, want ErrInvalid", err)
	}
}

// testSetReads checks the reads of sets: the grants of many recipients and
// the decisions of many IDs at once, equal to the reads one by one.
func testSetReads(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	Populate(t, s)
	people := []org.PersonID{"p1", "p2", "p3", "p9"}
	units := []org.UnitID{"cc1", "cuc"}
	for _, revoked := range []bool{false, true} {
		all, err := s.Grants(ctx, award.GrantFilter{People: people, Units: units, IncludeRevoked: revoked})
		mustOK(t, err)
		var one []award.Grant
		for _, p := range people {
			gs, err := s.Grants(ctx, award.GrantFilter{People: []org.PersonID{p}, IncludeRevoked: revoked})
			mustOK(t, err)
			one = append(one, gs...)
		}
		for _, u := range units {
			gs, err := s.Grants(ctx, award.GrantFilter{Units: []org.UnitID{u}, IncludeRevoked: revoked})
			mustOK(t, err)
			one = append(one, gs...)
		}
		slices.SortFunc(one, func(a, b award.Grant) int { return strings.Compare(a.ID, b.ID) })
		if diff := cmp.Diff(one, all); diff != "" {
			t.Errorf("grants of a set (revoked %v) differ from the grants of each (-each +set):\n%s", revoked, diff)
		}
	}
	ds, err := s.Decisions(ctx, award.DecisionFilter{IDs: []string{"d2", "d9", "d1", "d2"}})
	mustOK(t, err)
	var each []award.Decision
	for _, id := range []string{"d1", "d2"} {
		d, err := s.Decision(ctx, id)
		mustOK(t, err)
		each = append(each, d)
	}
	slices.SortFunc(each, func(a, b award.Decision) int { return a.Date.Compare(b.Date) })
	if diff := cmp.Diff(each, ds); diff != "" {
		t.Errorf("decisions of a set of IDs (-each +set):\n%s", diff)
	}
}

// CheckSame fails t unless got lists the same nominations (with their
// trails), decisions (with their grants) and grants (revoked ones too) as
// want.
func CheckSame(t *testing.T, want, got award.Store) {
	t.Helper()
	if diff := cmp.Diff(snap(t, want), snap(t, got)); diff != "" {
		t.Errorf("the stores differ (-want +got):\n%s", diff)
	}
}
