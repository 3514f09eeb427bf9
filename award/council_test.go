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

// govOffices maps the test units to the conferring offices: the Government
// unit to the Prime Minister, the ministry to the Minister, others to a
// head of agency (Luật Thi đua, khen thưởng 2022, Chương IV).
func govOffices() award.TreeOption {
	return award.WithConferrers(func(u org.Unit) award.Conferrer {
		switch u.ID {
		case "cp":
			return award.ByPrimeMinister
		case "bo":
			return award.ByMinister
		}
		return award.ByHead
	})
}

// orgWithGovernment is newFakeOrg with the unit standing for the Government
// above the ministry.
func orgWithGovernment() *fakeOrg {
	f := newFakeOrg()
	f.units["cp"] = org.Unit{ID: "cp", Name: "Chính phủ"}
	bo := f.units["bo"]
	bo.Parent = "cp"
	f.units["bo"] = bo
	return f
}

// TestCouncilOfProposingMinistry checks the flow of CSTĐ toàn quốc: the
// ministry proposes, its council votes (≥ 90 % of all members, NĐ 91/2017
// art. 45.8), it submits to the Government and the Prime Minister approves
// (the council that votes is the proposing ministry's [C], the documented
// default of DefaultCatalogue). Through Apply and through the store.
func TestCouncilOfProposingMinistry(t *testing.T) {
	ctx := context.Background()
	jan := func(d int) thidua.Date { return day(2020, 1, d) }
	vote := func(by org.UnitID, d, members, inFavour int) award.Transition {
		return award.Transition{Action: award.RecordVote, By: award.Actor{Unit: by, Name: "Hội đồng Thi đua - Khen thưởng"}, On: jan(d),
			Vote: award.Vote{Members: members, InFavour: inFavour, Threshold: award.Percent(90)}}
	}
	propose := act(award.Propose, "bo", jan(5))
	submit := to(act(award.Submit, "bo", jan(7)), "cp")
	approve := act(award.Approve, "cp", jan(9))
	tests := []struct {
		name   string
		reason string
		opts   []award.TreeOption
		steps  []award.Transition // after Propose, the last one is checked
		code   award.TransitionCode
	}{
		{"ministry votes, PM approves, offices known", "the ministry's council is the one that votes for CSTĐ toàn quốc",
			[]award.TreeOption{govOffices()}, []award.Transition{vote("bo", 6, 10, 10), submit, approve}, ""},
		{"ministry votes, PM approves, offices unknown", "without an office mapping, a vote of any unit on the path counts",
			nil, []award.Transition{vote("bo", 6, 10, 10), submit, approve}, ""},
		{"only the Government's council voted, offices known", "the Government's council is not the proposing ministry's",
			[]award.TreeOption{govOffices()}, []award.Transition{submit, vote("cp", 8, 20, 20), approve}, award.MissingVote},
		{"ministry's vote failed", "9/11 = 81,8 % < 90 %",
			[]award.TreeOption{govOffices()}, []award.Transition{vote("bo", 6, 11, 9), submit, approve}, award.VoteFailed},
		{"a later vote of another office does not count", "the Government's failed vote is not the ministry's council",
			[]award.TreeOption{govOffices()}, []award.Transition{vote("bo", 6, 10, 10), submit, vote("cp", 8, 20, 1), approve}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := award.NewMemStore()
			n := award.Nomination{ID: "dn1", Subject: award.Subject{Kind: award.CSTDToanQuoc, Recipient: award.PersonRecipient("p1"), Year: 2019},
				Proposer: "bo", Authority: "cp"}
			if _, err := award.Start(ctx, s, orgWithGovernment(), n, propose, tt.opts...); err != nil {
				t.Fatalf("Start: %v", err)
			}
			var err error
			var got award.Nomination
			for i, tr := range tt.steps {
				got, err = award.Advance(ctx, s, orgWithGovernment(), "dn1", tr, tt.opts...)
				if i < len(tt.steps)-1 && err != nil {
					t.Fatalf("%s: %v", tr.Action, err)
				}
			}
			if tt.code == "" {
				if err != nil {
					t.Fatalf("%s: Approve: %v", tt.reason, err)
				}
				if got.State != award.Approved {
					t.Errorf("%s: state %q, want %q", tt.reason, got.State, award.Approved)
				}
				return
			}
			var te *award.TransitionError
			if !errors.As(err, &te) || te.Code != tt.code || !errors.Is(err, thidua.ErrInvalid) {
				t.Errorf("%s: Approve = %v, want code %q", tt.reason, err, tt.code)
			}
		})
	}
}

// TestVoteRecordsOffice checks that a vote records the office its council's
// unit held, as the view told, and that the default kinds name the
// ministry's council for both CSTĐ (NĐ 91/2017 art. 45.8 [C]).
func TestVoteRecordsOffice(t *testing.T) {
	tree := award.NewTree([]org.Unit{{ID: "cp"}, {ID: "bo", Parent: "cp"}}, nil, govOffices())
	n := award.Nomination{ID: "dn1", Subject: award.Subject{Kind: award.CSTDToanQuoc, Recipient: award.UnitRecipient("bo"), Year: 2019},
		Proposer: "bo", Authority: "cp", Holder: "bo", State: award.Draft}
	got, err := n.Apply(award.Transition{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 6),
		Vote: award.Vote{Members: 10, InFavour: 10, Threshold: award.Percent(90), Office: award.ByPresident}}, tree)
	if err != nil {
		t.Fatal(err)
	}
	want := []award.Vote{{Unit: "bo", On: day(2020, 1, 6), Members: 10, InFavour: 10, Threshold: award.Percent(90), Passed: true, Office: award.ByMinister}}
	if diff := cmp.Diff(want, got.Votes); diff != "" {
		t.Errorf("votes (-want +got):\n%s", diff)
	}
	cat := award.DefaultCatalogue()
	for _, code := range []award.Code{award.CSTDBo, award.CSTDToanQuoc} {
		if k, err := cat.Kind(code); err != nil || k.CouncilOffice != award.ByMinister {
			t.Errorf("kind %q: council office %v, %v; want %v", code, k.CouncilOffice, err, award.ByMinister)
		}
	}
	bad := award.Kind{Code: "x", Name: "X", Family: award.Title, Recipients: award.Individual, Level: award.LevelMinistry,
		Conferrer: award.ByMinister, Bases: award.Regular, CouncilOffice: 9}
	if err := bad.Validate(); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Validate with council office 9 = %v, want ErrInvalid", err)
	}
}

// TestThresholdOverflow checks that the threshold arithmetic is exact for
// any input: huge shares are invalid and never met, and an invalid Require
// on Approve is refused with a code.
func TestThresholdOverflow(t *testing.T) {
	huge := award.Threshold{Num: 1 << 62, Den: 1 << 62}
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"huge threshold not met by 1 of 4", huge.Met(1, 4), false},
		{"huge threshold invalid", huge.Validate() == nil, false},
		{"den above the bound invalid", award.Threshold{Num: 1, Den: award.MaxThresholdDen + 1}.Validate() == nil, false},
		{"den at the bound valid", award.Threshold{Num: 1, Den: award.MaxThresholdDen}.Validate() == nil, true},
		{"90 % of a huge council", award.Percent(90).Met(1<<62, 1<<62), true},
		{"90 % of a huge council, one short of 90 %", award.Percent(90).Met(9*(1<<58)-1, 10*(1<<58)), false},
		{"negative votes", award.Percent(50).Met(-1, 4), false},
		{"huge not at least 90 %", huge.AtLeast(award.Percent(90)), false},
		{"90 % not at least huge", award.Percent(90).AtLeast(huge), false},
		{"max den at least 90 %", award.Threshold{Num: award.MaxThresholdDen, Den: award.MaxThresholdDen}.AtLeast(award.Percent(90)), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
	n := apply(t, newNomination(award.LDTT, award.PersonRecipient("p1"), "cc1", "cuc"), act(award.Propose, "cc1", day(2020, 1, 5)),
		to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"))
	for _, req := range []award.Threshold{{Num: 1, Den: 0}, {Num: 3, Den: 2}, huge} {
		tr := act(award.Approve, "cuc", day(2020, 1, 7))
		tr.Require = req
		_, err := n.Apply(tr, testTree())
		var te *award.TransitionError
		if !errors.As(err, &te) || te.Code != award.BadThreshold || !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("Approve with Require %v = %v, want %q", req, err, award.BadThreshold)
		}
	}
}

// TestNilMemStore checks that a typed nil *MemStore is refused, not a panic.
func TestNilMemStore(t *testing.T) {
	ctx := context.Background()
	var s *award.MemStore
	n := award.Nomination{ID: "dn1", Subject: award.Subject{Kind: award.LDTT, Recipient: award.PersonRecipient("p1"), Year: 2019},
		Proposer: "cc1", Authority: "cuc"}
	if _, err := award.Start(ctx, s, newFakeOrg(), n, act(award.Propose, "cc1", day(2020, 1, 5))); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Start with a nil *MemStore = %v, want ErrInvalid", err)
	}
	if _, err := award.Advance(ctx, s, newFakeOrg(), "dn1", act(award.Withdraw, "cc1", day(2020, 1, 5))); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Advance with a nil *MemStore = %v, want ErrInvalid", err)
	}
	if _, err := s.Kind(award.LDTT); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("nil MemStore.Kind = %v, want ErrInvalid", err)
	}
	for name, err := range map[string]error{
		"AddNomination":    s.AddNomination(ctx, n),
		"UpdateNomination": s.UpdateNomination(ctx, n),
		"AddDecision":      s.AddDecision(ctx, award.Decision{}),
		"Revoke":           s.Revoke(ctx, "g", award.Revocation{}),
	} {
		if !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("nil MemStore.%s = %v, want ErrInvalid", name, err)
		}
	}
	if _, err := s.Nominations(ctx, award.NominationFilter{}); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("nil MemStore.Nominations = %v, want ErrInvalid", err)
	}
	if _, err := s.Grants(ctx, award.GrantFilter{}); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("nil MemStore.Grants = %v, want ErrInvalid", err)
	}
}
