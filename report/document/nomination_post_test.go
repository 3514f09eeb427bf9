package document_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/report/document"
)

// A proposal that states the candidate's post and the period of the
// achievement is listed with them: the post as the proposal writes it (not
// the organisation's record), and the achievement in the caller's words
// followed by the period.
func TestNominationListPostAndAchievement(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	// Trần Thị Bình is Phó Cục trưởng in the records; the proposal names
	// her by the post it states.
	n := award.Nomination{ID: "dn-bk-binh", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient("p-binh"),
		Period: thidua.Years(2020, 2024)}, Proposer: "cuc-dt", Authority: "btp", Post: "Phó Cục trưởng phụ trách Cục Thi hành án dân sự tỉnh Đồng Tháp"}
	if _, err := award.Start(ctx, f.award, f.org, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc-dt"}, On: day(2025, time.January, 6)}); err != nil {
		t.Fatal(err)
	}
	req := document.NominationRequest{Proposer: "cuc-dt", Codes: []award.Code{award.BangKhenBo}, On: day(2025, time.January, 10),
		Achievement: "đã có thành tích xuất sắc"}
	l, err := document.NominationList(ctx, f.sources(), req)
	if err != nil {
		t.Fatal(err)
	}
	var got *document.Nominee
	for _, g := range l.Groups {
		for _, x := range g.Nominees() {
			if x.Recipient.Person == "p-binh" {
				got = &x
			}
		}
	}
	if got == nil {
		t.Fatalf("p-binh not listed: %+v", l.Groups)
	}
	want := document.Nominee{
		Recipient: award.PersonRecipient("p-binh"), Nominations: []string{"dn-bk-binh"}, Name: "Trần Thị Bình",
		Post:        "Phó Cục trưởng phụ trách Cục Thi hành án dân sự tỉnh Đồng Tháp",
		Achievement: "đã có thành tích xuất sắc từ năm 2020 đến năm 2024",
		Line:        "Bà Trần Thị Bình, Phó Cục trưởng phụ trách Cục Thi hành án dân sự tỉnh Đồng Tháp, đã có thành tích xuất sắc từ năm 2020 đến năm 2024",
	}
	if diff := cmp.Diff(want, *got); diff != "" {
		t.Errorf("nominee (-want +got):\n%s", diff)
	}
	// The rendered list carries the line.
	var b strings.Builder
	if err := document.Render(&b, document.Text, l); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), want.Line) {
		t.Errorf("text list lacks %q:\n%s", want.Line, b.String())
	}
	// Without the words, no achievement is stated, and a nominee without
	// a stated post keeps the organisation's.
	req.Achievement = ""
	l, err = document.NominationList(ctx, f.sources(), req)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range l.Groups {
		for _, x := range g.Nominees() {
			if x.Achievement != "" || strings.Contains(x.Line, "thành tích") {
				t.Errorf("nominee %s states an achievement unasked: %q", x.Name, x.Line)
			}
		}
	}
}

// A decision recorded without its number is listed in the achievement
// report's table as such, not with an empty number.
func TestAchievementTableUnknownNumber(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	if err := f.award.AddDecision(ctx, award.Decision{ID: "d-ttg", NumberUnknown: true, Date: day(2020, time.June, 1),
		IssuerName: "Chính phủ", SignerTitle: "Thủ tướng Chính phủ",
		Grants: []award.Grant{{ID: "g-bkttg-dung", Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: award.PersonRecipient("p-dung"), Period: thidua.Years(2017, 2019)}}}}); err != nil {
		t.Fatal(err)
	}
	rep, err := document.IndividualReport(ctx, f.sources(), document.IndividualRequest{Person: "p-dung", Period: thidua.Years(2017, 2020)})
	if err != nil {
		t.Fatal(err)
	}
	var row *document.AwardRow
	for i := range rep.Forms {
		if rep.Forms[i].Grant == "g-bkttg-dung" {
			row = &rep.Forms[i]
		}
	}
	if row == nil || !row.NumberUnknown || !row.Decision.IsZero() {
		t.Fatalf("forms = %+v, want g-bkttg-dung with its number unknown", rep.Forms)
	}
	table := rep.FormsTable()
	found := false
	for _, r := range table.Rows {
		if len(r) > 4 && r[3] == "chưa rõ số, ngày 01/06/2020" && r[4] == "Thủ tướng Chính phủ" {
			found = true
		}
	}
	if !found {
		t.Errorf("forms table lacks the row of the unnumbered decision: %v", table.Rows)
	}
}
