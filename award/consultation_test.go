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

// provinces says where testTree's units of the ministry are located: the
// Cục and Chi cục THADS of Đồng Tháp in Đồng Tháp, the ministry itself at
// its seat.
func provinces(u org.Unit) string {
	switch u.ID {
	case "cuc", "cc1", "cc2":
		return "Đồng Tháp"
	case "cuc2", "cc3":
		return "Tiền Giang"
	}
	return ""
}

// consultTree is officeTree telling where the ministry's units are located.
func consultTree() *award.Tree { return officeTree(award.WithProvinces(provinces)) }

func hiepY(answer award.Answer) award.Transition {
	t := act(award.Consult, "bo", day(2020, 2, 10))
	t.By.Name = "Vụ Thi đua - Khen thưởng"
	t.Consultation = &award.Consultation{Body: "Ủy ban nhân dân tỉnh Đồng Tháp", Asked: day(2020, 1, 20), Answer: answer,
		Number: thidua.DocNumber{Number: 125, Symbol: "UBND-TĐKT"}, On: day(2020, 2, 5), Note: "Nhất trí đề nghị"}
	return t
}

// TestConsultation checks the consultation step (hiệp y): a state-level
// form (Luật Thi đua, khen thưởng 2022, Điều 84 khoản 3) proposed by the
// ministry for a unit located in a province needs the provincial People's
// Committee's opinion before it goes to the authority (Nghị định
// 98/2023/NĐ-CP, Điều 31 [C]); a ministry-level form does not.
func TestConsultation(t *testing.T) {
	tree := consultTree()
	run := func(n award.Nomination, ts ...award.Transition) (award.Nomination, error) {
		for _, tr := range ts {
			var err error
			if n, err = n.Apply(tr, tree); err != nil {
				return n, err
			}
		}
		return n, nil
	}
	up := []award.Transition{act(award.Propose, "cc1", day(2020, 1, 5)), to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"),
		to(act(award.Forward, "cuc", day(2020, 1, 7)), "bo")}
	p1 := award.PersonRecipient("p1")
	tests := []struct {
		name, reason string
		kind         award.Code
		province     string // ConsultProvince Propose sets
		steps        []award.Transition
		code         award.TransitionCode // of the last step; "" if it succeeds
	}{
		{"bkttg-khong-hiep-y", "Bằng khen Thủ tướng for a Chi cục's staff member, sent by the ministry to the Government without the province's opinion (NĐ 98/2023 art. 31)",
			award.BangKhenTTg, "Đồng Tháp", []award.Transition{to(act(award.Forward, "bo", day(2020, 3, 1)), "cp")}, award.MissingConsultation},
		{"bkttg-hiep-y", "with the province's concurring opinion (no. 125/UBND-TĐKT of 05/02/2020) it goes to the Government",
			award.BangKhenTTg, "Đồng Tháp", []award.Transition{hiepY(award.Concurs), to(act(award.Forward, "bo", day(2020, 3, 1)), "cp")}, ""},
		{"bkttg-tinh-khong-nhat-tri", "the province objects: the ministry cannot send it on",
			award.BangKhenTTg, "Đồng Tháp", []award.Transition{hiepY(award.Objects), to(act(award.Forward, "bo", day(2020, 3, 1)), "cp")}, award.MissingConsultation},
		{"bkttg-nhat-tri-sau", "a later concurring answer replaces the objection",
			award.BangKhenTTg, "Đồng Tháp", []award.Transition{hiepY(award.Objects), hiepY(award.Concurs), to(act(award.Forward, "bo", day(2020, 3, 1)), "cp")}, ""},
		{"bkbo-khong-can", "Bằng khen cấp bộ is a ministry-level form: no consultation is required (Luật TĐKT 2022 art. 84.3 lists state-level forms only)",
			award.BangKhenBo, "", []award.Transition{act(award.Approve, "bo", day(2020, 3, 1))}, ""},
		{"hiep-y-thieu-so", "the record needs the number of the answering document",
			award.BangKhenTTg, "Đồng Tháp", []award.Transition{func() award.Transition {
				h := hiepY(award.Concurs)
				h.Consultation.Number = thidua.DocNumber{}
				return h
			}()}, award.BadConsultation},
		{"hiep-y-sau-ngay-ghi", "an answer cannot be dated after the step recording it",
			award.BangKhenTTg, "Đồng Tháp", []award.Transition{func() award.Transition {
				h := hiepY(award.Concurs)
				h.Consultation.On = day(2020, 2, 11)
				return h
			}()}, award.BadConsultation},
		{"hiep-y-chi-boi-don-vi-giu", "only the unit holding the nomination records the consultation",
			award.BangKhenTTg, "Đồng Tháp", []award.Transition{func() award.Transition {
				h := hiepY(award.Concurs)
				h.By.Unit = "cuc"
				return h
			}()}, award.NotHolder},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			authority := org.UnitID("cp")
			if tt.kind == award.BangKhenBo {
				authority = "bo"
			}
			n, err := run(newNomination(tt.kind, p1, "cc1", authority), up...)
			if err != nil {
				t.Fatalf("up to the ministry: %v", err)
			}
			if n.ConsultProvince != tt.province {
				t.Errorf("%s: ConsultProvince %q, want %q", tt.reason, n.ConsultProvince, tt.province)
			}
			got, err := run(n, tt.steps...)
			var te *award.TransitionError
			switch {
			case tt.code == "" && err != nil:
				t.Errorf("%s: %v", tt.reason, err)
			case tt.code != "" && (!errors.As(err, &te) || te.Code != tt.code):
				t.Errorf("%s: got %v, want code %q", tt.reason, err, tt.code)
			case tt.code == "" && tt.kind == award.BangKhenTTg:
				c, ok := got.Consulted()
				if !ok || c.Answer != award.Concurs || c.Number.String() != "125/UBND-TĐKT" || c.On != day(2020, 2, 5) || c.Body != "Ủy ban nhân dân tỉnh Đồng Tháp" {
					t.Errorf("%s: last consultation %+v, %v", tt.reason, c, ok)
				}
				if got.Holder != "cp" || got.State != award.Submitted {
					t.Errorf("%s: holder %q state %q, want cp, submitted", tt.reason, got.Holder, got.State)
				}
			}
		})
	}

	// A Huân chương for the Cục (a collective located in the province)
	// cannot be approved by the President without the opinion either, even
	// when it reached the authority some other way (a caller's own flow).
	n, err := run(newNomination(award.HCLD3, award.UnitRecipient("cuc"), "cuc", "ctn"), act(award.Propose, "cuc", day(2020, 1, 5)))
	if err != nil || n.ConsultProvince != "Đồng Tháp" {
		t.Fatalf("HCLĐ for the Cục: %v, ConsultProvince %q", err, n.ConsultProvince)
	}
	// The view cannot tell: nothing is required unless the caller says so.
	n, err = newNomination(award.BangKhenTTg, p1, "cc1", "cp").Apply(act(award.Propose, "cc1", day(2020, 1, 5)), officeTree())
	if err != nil || n.ConsultProvince != "" {
		t.Errorf("no LocationView: %v, ConsultProvince %q, want none", err, n.ConsultProvince)
	}
	set := newNomination(award.BangKhenTTg, p1, "cc1", "cp")
	set.ConsultProvince = "Đồng Tháp"
	n, err = set.Apply(act(award.Propose, "cc1", day(2020, 1, 5)), officeTree())
	if err != nil || n.ConsultProvince != "Đồng Tháp" {
		t.Errorf("caller's ConsultProvince: %v, %q", err, n.ConsultProvince)
	}
	// A consultation is recorded only by a Consult step.
	tr := to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc")
	tr.Consultation = hiepY(award.Concurs).Consultation
	var te *award.TransitionError
	if _, err := n.Apply(tr, officeTree()); !errors.As(err, &te) || te.Code != award.BadTransition {
		t.Errorf("Submit carrying a consultation: %v, want %q", err, award.BadTransition)
	}
}

// TestConsultationStored checks that a store keeps the consultation and
// replays the rule: CheckStep refuses a step sending the nomination to the
// authority without it, and a changed province to consult.
func TestConsultationStored(t *testing.T) {
	ctx := context.Background()
	s := award.NewMemStore()
	tree := consultTree()
	n := newNomination(award.BangKhenTTg, award.PersonRecipient("p1"), "cc1", "cp")
	steps := []award.Transition{act(award.Propose, "cc1", day(2020, 1, 5)), to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc"),
		to(act(award.Forward, "cuc", day(2020, 1, 7)), "bo"), hiepY(award.Concurs), to(act(award.Forward, "bo", day(2020, 3, 1)), "cp")}
	for i, tr := range steps {
		next, err := n.Apply(tr, tree)
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if i == 0 {
			err = s.AddNomination(ctx, next)
		} else {
			err = s.UpdateNomination(ctx, next)
		}
		if err != nil {
			t.Fatalf("store step %d: %v", i, err)
		}
		n = next
	}
	got, err := s.Nomination(ctx, n.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(n.Consultations(), got.Consultations()); diff != "" || len(got.Consultations()) != 1 || got.ConsultProvince != "Đồng Tháp" {
		t.Errorf("stored consultations (-want +got):\n%s; province %q", diff, got.ConsultProvince)
	}

	// Skipping the consultation: the store refuses the step on its own.
	prev := got
	prev.History = prev.History[:3]
	prev.State, prev.Holder = award.Submitted, "bo"
	bad := prev.Clone()
	bad.Holder = "cp"
	bad.History = append(bad.History, award.Event{Action: award.Forward, By: award.Actor{Unit: "bo"}, On: day(2020, 3, 1),
		From: award.Submitted, To: award.Submitted, Holder: "cp"})
	var te *award.TransitionError
	if _, err := award.CheckStep(prev, bad, nil); !errors.As(err, &te) || te.Code != award.MissingConsultation {
		t.Errorf("CheckStep without consultation: %v, want %q", err, award.MissingConsultation)
	}
	moved := bad.Clone()
	moved.ConsultProvince = ""
	if _, err := award.CheckStep(prev, moved, nil); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("CheckStep with the province dropped: %v, want ErrInvalid", err)
	}
}
