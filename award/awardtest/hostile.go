package awardtest

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/hostile"
	"github.com/thidua-go/thidua/org"
)

// testHostileInput feeds the store, and [award.Start] in front of it,
// invalid UTF-8, blank and padded IDs and codes, and text over the limits:
// each call fails with ErrInvalid naming the field, and the store is
// unchanged.
func testHostileInput(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	approved(t, s, "n1", award.CSTDBo, p1, 2019)
	mustOK(t, s.AddNomination(ctx, proposed(t, "n2", award.LDTT, p2, 2019, "cc2", "cuc")))
	mustOK(t, s.AddDecision(ctx, decision("d1", "123/QĐ-BTP", day(2020, 3, 1), "bo", grant("g1", award.CoBo, u1, 2019))))

	type call func(award.Store) error
	// propose stores n9, p3's Giấy khen proposed by cuc, after f: the
	// store replays the proposal and must refuse what f brought in.
	propose := func(f func(*award.Nomination)) call {
		return func(s award.Store) error {
			n := proposed(t, "n9", award.GiayKhen, p3, 2019, "cuc", "cuc")
			f(&n)
			return s.AddNomination(ctx, n)
		}
	}
	// start proposes n9 through award.Start with the transition after f.
	start := func(f func(*award.Transition)) call {
		return func(s award.Store) error {
			n := award.Nomination{ID: "n9", Subject: award.Subject{Kind: award.GiayKhen, Recipient: p3, Year: 2019},
				Proposer: "cuc", Authority: "cuc"}
			tr := award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 5)}
			f(&tr)
			_, err := award.Start(ctx, s, newHierarchy(), n, tr)
			return err
		}
	}
	// submit stores n2 submitted by hand with an event after f.
	submit := func(f func(*award.Event)) call {
		return func(s award.Store) error {
			n, err := s.Nomination(ctx, "n2")
			if err != nil {
				return err
			}
			e := award.Event{Action: award.Submit, By: award.Actor{Unit: "cc2"}, On: day(2020, 2, 1),
				From: n.State, To: award.Submitted, Holder: "cuc"}
			f(&e)
			n.History = append(n.History, e)
			n.State, n.Holder = e.To, e.Holder
			return s.UpdateNomination(ctx, n)
		}
	}
	addDecision := func(f func(*award.Decision)) call {
		return func(s award.Store) error {
			d := decision("d9", "200/QĐ-BTP", day(2020, 5, 1), "bo", grant("g9", award.LDTT, p3, 2019))
			f(&d)
			return s.AddDecision(ctx, d)
		}
	}
	revoke := func(reason string) call {
		return func(s award.Store) error {
			return s.Revoke(ctx, "g1", award.Revocation{Date: day(2020, 6, 1), Reason: reason})
		}
	}
	type row struct {
		name  string
		call  call
		field string
	}
	rows := []row{
		// Invalid UTF-8 wherever text enters.
		{"start reason utf8", start(func(tr *award.Transition) { tr.Reason = hostile.BadUTF8 }), "reason"},
		{"start actor name utf8", start(func(tr *award.Transition) { tr.By.Name = hostile.BadUTF8 }), "by.name"},
		{"start verdict utf8", start(func(tr *award.Transition) { tr.Verdict = &award.Verdict{Eligible: true, Summary: hostile.BadUTF8} }), "verdict.summary"},
		{"start verdict criterion utf8", start(func(tr *award.Transition) {
			tr.Verdict = &award.Verdict{Eligible: true, Criteria: []award.Criterion{{ID: "ldtt.xep-loai", Passed: true, Reason: hostile.BadUTF8}}}
		}), "verdict.criteria[0].reason"},
		{"start verdict criterion citation utf8", start(func(tr *award.Transition) {
			tr.Verdict = &award.Verdict{Eligible: true, Criteria: []award.Criterion{{ID: "a", Passed: true}, {ID: "b", Passed: true, Citation: hostile.BadUTF8}}}
		}), "verdict.criteria[1].citation"},
		{"start verdict criterion no id", start(func(tr *award.Transition) {
			tr.Verdict = &award.Verdict{Eligible: true, Criteria: []award.Criterion{{Passed: true, Reason: "Đạt"}}}
		}), "verdict.criteria[0].id"},
		{"start verdict criteria too many", start(func(tr *award.Transition) {
			tr.Verdict = &award.Verdict{Eligible: true, Criteria: make([]award.Criterion, award.MaxCriteria+1)}
		}), "verdict.criteria"},
		{"start verdict two bases", start(func(tr *award.Transition) {
			tr.Verdict = &award.Verdict{Eligible: true, Basis: award.Regular | award.AdHoc}
		}), "verdict.basis"},
		{"start verdict year", start(func(tr *award.Transition) { tr.Verdict = &award.Verdict{Eligible: true, Through: 1 << 40} }), "verdict.through"},
		{"start verdict negative count", start(func(tr *award.Transition) {
			tr.Verdict = &award.Verdict{Eligible: true, Criteria: []award.Criterion{{ID: "a", Passed: true, Facts: award.Facts{Have: -1}}}}
		}), "verdict.criteria[0].facts"},
		{"proposal reason utf8", propose(func(n *award.Nomination) { n.History[0].Reason = hostile.BadUTF8 }), "reason"},
		{"step reason utf8", submit(func(e *award.Event) { e.Reason = hostile.BadUTF8 }), "reason"},
		{"issuer name utf8", addDecision(func(d *award.Decision) { d.IssuerName = hostile.BadUTF8 }), "issuer_name"},
		{"signer title utf8", addDecision(func(d *award.Decision) { d.SignerTitle = hostile.BadUTF8 }), "signer_title"},
		{"signer utf8", addDecision(func(d *award.Decision) { d.Signer = hostile.BadUTF8 }), "signer"},
		{"grant title utf8", addDecision(func(d *award.Decision) { d.Grants[0].Title = hostile.BadUTF8 }), "title"},
		{"revocation reason utf8", revoke(hostile.BadUTF8), "reason"},

		// Size.
		{"start reason huge", start(func(tr *award.Transition) { tr.Reason = hostile.HugeNote }), "reason"},
		{"start actor name huge", start(func(tr *award.Transition) { tr.By.Name = hostile.HugeName }), "by.name"},
		{"step reason huge", submit(func(e *award.Event) { e.Reason = hostile.HugeNote }), "reason"},
		{"issuer name huge", addDecision(func(d *award.Decision) { d.IssuerName = hostile.HugeName }), "issuer_name"},
		{"grant title huge", addDecision(func(d *award.Decision) { d.Grants[0].Title = hostile.HugeTitle }), "title"},
		{"decision symbol huge", addDecision(func(d *award.Decision) {
			d.Number.Symbol = "QĐ-" + strings.Repeat("B", thidua.MaxIDLen)
		}), "number"},
		{"revocation reason huge", revoke(hostile.HugeNote), "reason"},
	}
	for kind, id := range hostile.IDs() {
		rows = append(rows,
			row{"start id " + kind, func(s award.Store) error {
				n := award.Nomination{ID: id, Subject: award.Subject{Kind: award.GiayKhen, Recipient: p3, Year: 2019},
					Proposer: "cuc", Authority: "cuc"}
				_, err := award.Start(ctx, s, newHierarchy(), n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc"}, On: day(2020, 1, 5)})
				return err
			}, "id"},
			row{"proposal id " + kind, propose(func(n *award.Nomination) { n.ID = id }), "id"},
			row{"proposal kind " + kind, propose(func(n *award.Nomination) { n.Kind = award.Code(id) }), "kind"},
			row{"proposal recipient " + kind, propose(func(n *award.Nomination) { n.Recipient = award.PersonRecipient(org.PersonID(id)) }), "recipient"},
			row{"proposal movement " + kind, propose(func(n *award.Nomination) { n.Movement = id }), "movement"},
			row{"step to " + kind, submit(func(e *award.Event) { e.Holder = org.UnitID(id) }), "to"},
			row{"decision id " + kind, addDecision(func(d *award.Decision) { d.ID = id }), "id"},
			row{"decision issuer " + kind, addDecision(func(d *award.Decision) { d.Issuer = org.UnitID(id) }), "issuer"},
			row{"grant id " + kind, addDecision(func(d *award.Decision) { d.Grants[0].ID = id }), "id"},
			row{"grant kind " + kind, addDecision(func(d *award.Decision) { d.Grants[0].Kind = award.Code(id) }), "kind"},
			row{"grant recipient " + kind, addDecision(func(d *award.Decision) { d.Grants[0].Recipient = award.PersonRecipient(org.PersonID(id)) }), "recipient"},
			row{"grant nomination " + kind, addDecision(func(d *award.Decision) { d.Grants[0].Nomination = id }), "nomination"},
			row{"grant movement " + kind, addDecision(func(d *award.Decision) { d.Grants[0].Movement = id }), "movement"},
		)
	}
	before := snap(t, s)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call(s)
			hostile.Want(t, err, tt.field)
			if dd := cmp.Diff(before, snap(t, s)); dd != "" {
				t.Errorf("store changed by a failed call (-before +after):\n%s", dd)
			}
		})
	}
}

// hierarchy is the fixture organisation as an [award.Hierarchy], for
// [award.Start].
type hierarchy struct {
	units  map[org.UnitID]org.Unit
	people map[org.PersonID]org.Person
}

func newHierarchy() hierarchy {
	us, ps := fixtureOrg()
	h := hierarchy{units: map[org.UnitID]org.Unit{}, people: map[org.PersonID]org.Person{}}
	for _, u := range us {
		h.units[u.ID] = u
	}
	for _, p := range ps {
		h.people[p.ID] = p
	}
	return h
}

// Unit returns the fixture unit, or an error wrapping thidua.ErrNotFound.
func (h hierarchy) Unit(_ context.Context, id org.UnitID) (org.Unit, error) {
	if u, ok := h.units[id]; ok {
		return u, nil
	}
	return org.Unit{}, thidua.NotFound("awardtest: unit", "unit", string(id))
}

// Person returns the fixture person, or an error wrapping thidua.ErrNotFound.
func (h hierarchy) Person(_ context.Context, id org.PersonID) (org.Person, error) {
	if p, ok := h.people[id]; ok {
		return p, nil
	}
	return org.Person{}, thidua.NotFound("awardtest: person", "person", string(id))
}
