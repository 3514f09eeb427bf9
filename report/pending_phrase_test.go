package report_test

import (
	"context"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// propose starts nominations for the Sở and submits them on 10/01/2025.
func propose(t *testing.T, src report.Sources, ns ...award.Nomination) {
	t.Helper()
	ctx := context.Background()
	as, os := src.Award.(*award.MemStore), src.Org.(*org.MemStore)
	for _, n := range ns {
		if _, err := award.Start(ctx, as, os, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "so"}, On: date(2025, 1, 5)}); err != nil {
			t.Fatal(err)
		}
		if _, err := award.Advance(ctx, as, os, n.ID, award.Transition{Action: award.Submit, By: award.Actor{Unit: "so"}, On: date(2025, 1, 10), To: "ubnd"}); err != nil {
			t.Fatal(err)
		}
	}
}

// addChv adds Chấp hành viên to the Sở fixture's office p-vb.
func addChv(t *testing.T, src report.Sources, ids ...org.PersonID) {
	t.Helper()
	for _, id := range ids {
		p := org.Person{ID: id, FullName: "Đỗ Văn " + string(id), Gender: org.Male,
			Assignments: []org.Assignment{{Unit: "p-vb", Position: "Chấp hành viên", Period: thidua.Since(date(2010, 1, 1))}}}
		if err := src.Org.(*org.MemStore).AddPerson(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	}
}

// TestPendingSentenceRecipientsAndAuthority checks the sentence on the
// others' pending nominations: kinds go together only for the same people
// (two Chấp hành viên proposed for two kinds are two people), the
// authority asked is named when neither label nor kind names it, and a
// title is proposed as a "danh hiệu".
func TestPendingSentenceRecipientsAndAuthority(t *testing.T) {
	person := award.PersonRecipient
	nominate := func(id string, k award.Code, p org.PersonID) award.Nomination {
		return award.Nomination{ID: id, Proposer: "so", Authority: "ubnd", Subject: award.Subject{Kind: k, Recipient: person(p), Year: 2024}}
	}
	sentence := func(src report.Sources, asOf thidua.Date) string {
		return (&report.PhraseOptions{}).HighlightSentence(buildSo(t, src, report.SummaryRequest{AsOf: asOf}))
	}
	// Before the fixture's nominations of 15/02/2025.
	early := date(2025, 2, 1)

	src := newSoFixture(t)
	addChv(t, src, "chv1", "chv2")
	propose(t, src, nominate("n-bk-chv1", award.BangKhenBo, "chv1"), nominate("n-cstd-chv2", award.CSTDBo, "chv2"))
	want := "Đặc biệt, đang đề nghị Chủ tịch Ủy ban nhân dân tỉnh Xuân tặng Bằng khen cho 01 đồng chí Chấp hành viên và danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh cho 01 đồng chí Chấp hành viên."
	if got := sentence(src, early); got != want {
		t.Errorf("two people:\n got %s\nwant %s", got, want)
	}
	// With the fixture's: the Thủ tướng's Bằng khen names its office in
	// its label and is said apart.
	want = "Đặc biệt, đang đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho Giám đốc Sở Tư pháp và 01 đồng chí Trưởng phòng; " +
		"đề nghị Chủ tịch Ủy ban nhân dân tỉnh Xuân tặng Bằng khen cho 01 đồng chí Chấp hành viên và Phó Giám đốc Sở Tư pháp và danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh cho 01 đồng chí Chấp hành viên."
	if got := sentence(src, date(2025, 3, 31)); got != want {
		t.Errorf("with the Thủ tướng's:\n got %s\nwant %s", got, want)
	}

	// One person proposed for both kinds is named once.
	src = newSoFixture(t)
	addChv(t, src, "chv1")
	propose(t, src, nominate("n-bk-chv1", award.BangKhenBo, "chv1"), nominate("n-cstd-chv1", award.CSTDBo, "chv1"))
	want = "Đặc biệt, đang đề nghị Chủ tịch Ủy ban nhân dân tỉnh Xuân tặng Bằng khen và danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh cho 01 đồng chí Chấp hành viên."
	if got := sentence(src, early); got != want {
		t.Errorf("one person:\n got %s\nwant %s", got, want)
	}
}
