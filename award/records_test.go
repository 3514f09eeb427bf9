package award_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
)

func TestJSONRoundTrip(t *testing.T) {
	d := award.Decision{
		ID: "d1", Number: thidua.MustParseDocNumber("123/QĐ-BTP"), Date: day(2020, 1, 15), Issuer: "bo",
		SignerTitle: "Bộ trưởng Bộ Tư pháp", Signer: "Lê Thành Long",
		Grants: []award.Grant{
			{ID: "g1", Subject: award.Subject{Kind: award.CSTDBo, Recipient: award.PersonRecipient("p1"), Year: 2019}, Decision: "d1", Nomination: "n1",
				Revoked: award.Revocation{Date: day(2021, 3, 1), Reason: "Kê khai không trung thực", Decision: thidua.MustParseDocNumber("15/QĐ-BTP")}},
			{ID: "g2", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.UnitRecipient("cc1"), Period: thidua.Years(2015, 2019),
				Basis: award.Thematic, Movement: "mv-ntm"}, Decision: "d1"},
		},
	}
	n := apply(t, newNomination(award.CSTDBo, award.PersonRecipient("p1"), "cc1", "bo"),
		award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 5), Verdict: &award.Verdict{Eligible: true, Summary: "Đủ"}},
		to(act(award.Submit, "cc1", day(2020, 1, 6)), "bo"),
		award.Transition{Action: award.RecordVote, By: award.Actor{Unit: "bo"}, On: day(2020, 1, 7), Vote: award.Vote{Members: 11, InFavour: 10, Threshold: award.Percent(90)}},
	)
	for name, v := range map[string]any{"decision": &d, "nomination": &n} {
		t.Run(name, func(t *testing.T) {
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			var back any
			switch v.(type) {
			case *award.Decision:
				back = new(award.Decision)
			default:
				back = new(award.Nomination)
			}
			if err := json.Unmarshal(b, back); err != nil {
				t.Fatalf("unmarshal %s: %v", b, err)
			}
			if diff := cmp.Diff(v, back); diff != "" {
				t.Errorf("JSON round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSubjectSpan(t *testing.T) {
	if got := (award.Subject{Year: 2019}).Span(); got != thidua.Year(2019) {
		t.Errorf("Span of a year = %v", got)
	}
	if got := (award.Subject{Year: 2019, Period: thidua.Years(2015, 2019)}).Span(); got != thidua.Years(2015, 2019) {
		t.Errorf("Span with a period = %v", got)
	}
}

func TestRecipient(t *testing.T) {
	tests := []struct {
		r    award.Recipient
		kind award.Recipients
		str  string
	}{
		{award.PersonRecipient("p1"), award.Individual, "person:p1"},
		{award.UnitRecipient("u1"), award.Collective, "unit:u1"},
		{award.Recipient{Person: "p1", Unit: "u1"}, 0, "recipient:?"},
		{award.Recipient{}, 0, "recipient:?"},
	}
	for _, tt := range tests {
		if got := tt.r.Kind(); got != tt.kind {
			t.Errorf("%#v.Kind() = %v, want %v", tt.r, got, tt.kind)
		}
		if got := tt.r.String(); got != tt.str {
			t.Errorf("%#v.String() = %q, want %q", tt.r, got, tt.str)
		}
	}
}
