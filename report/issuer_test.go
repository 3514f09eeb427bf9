package report_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// addDecision adds d to the award store of src.
func addDecision(t *testing.T, src report.Sources, d award.Decision) {
	t.Helper()
	if err := src.Award.(*award.MemStore).AddDecision(context.Background(), d); err != nil {
		t.Fatal(err)
	}
}

// bkGrant is a Bằng khen cấp bộ of 2023 to r, ad hoc.
func bkGrant(id string, r award.Recipient) award.Grant {
	return award.Grant{ID: id, Subject: award.Subject{Kind: award.BangKhenBo, Recipient: r, Year: 2023, Basis: award.AdHoc}}
}

// TestSummaryIssuerIsTheAuthority checks that the split by issuer counts
// decisions by the authority that issued them, not by their signer's
// title: a Thứ trưởng signing for the Bộ trưởng, and a province's
// decisions whose signer's title is spelt two ways, make no new issuer.
func TestSummaryIssuerIsTheAuthority(t *testing.T) {
	src := newSoFixture(t)
	addDecision(t, src, award.Decision{ID: "kt", Number: thidua.DocNumber{Number: 777, Symbol: "QĐ-BTP"}, Date: date(2023, 5, 1), Issuer: "bo",
		SignerTitle: "Thứ trưởng Bộ Tư pháp", Grants: []award.Grant{bkGrant("kt-1", award.PersonRecipient("cv"))}})
	// An earlier decision of the province, its signer's title abridged.
	addDecision(t, src, award.Decision{ID: "t-ab", Number: thidua.DocNumber{Number: 19, Symbol: "QĐ-UBND"}, Date: date(2020, 12, 1), Issuer: "ubnd",
		SignerTitle: "Chủ tịch UBND tỉnh Xuân", Grants: []award.Grant{bkGrant("t-ab-1", award.UnitRecipient("p-vb"))}})
	s := buildSo(t, src, report.SummaryRequest{ListDecisions: true})
	bk := tallyOf(t, s, award.BangKhenBo)
	wantIssuers := []string{"Bộ trưởng Bộ Tư pháp", "Chủ tịch Ủy ban nhân dân tỉnh Xuân"}
	if diff := cmp.Diff(wantIssuers, bk.Issuers); diff != "" {
		t.Fatalf("issuers (-want +got):\n%s", diff)
	}
	if len(bk.ByIssuer) != 2 {
		t.Fatalf("by issuer: %d lines, want 2: %+v", len(bk.ByIssuer), bk.ByIssuer)
	}
	// The Bộ: the Sở; the Giám đốc, the Trưởng phòng and now the Chuyên
	// viên. The province: the office, the centres, now p-vb too.
	if got := bk.ByIssuer[0]; got.Collectives != rc(1, 1) || got.Individuals != rc(3, 3) {
		t.Errorf("the Bộ: %+v", got)
	}
	if got := bk.ByIssuer[1]; got.Collectives != rc(5, 6) || got.Individuals != rc(1, 1) {
		t.Errorf("the province: %+v", got)
	}
	if want := "Bằng khen của Bộ trưởng Bộ Tư pháp và Chủ tịch Ủy ban nhân dân tỉnh Xuân"; bk.Label != want {
		t.Errorf("label %q, want %q", bk.Label, want)
	}
	// The decision signed for the Bộ trưởng is cited as the Bộ trưởng's.
	for _, d := range s.Decisions {
		if d.ID == "kt" && d.Issuer != "Bộ trưởng Bộ Tư pháp" {
			t.Errorf("decision kt cited as of %q", d.Issuer)
		}
	}

	// The request names an authority's office itself.
	s = buildSo(t, src, report.SummaryRequest{Authorities: map[org.UnitID]string{"ubnd": "Chủ tịch UBND tỉnh"}})
	if got := tallyOf(t, s, award.BangKhenBo).Issuers; !cmp.Equal(got, []string{"Bộ trưởng Bộ Tư pháp", "Chủ tịch UBND tỉnh"}) {
		t.Errorf("issuers named by the request: %q", got)
	}
}

// TestSummaryIssuerSignedByDeputyOnly checks an authority whose decisions
// in the period were all signed by a deputy is named after its head, by
// the name of its unit.
func TestSummaryIssuerSignedByDeputyOnly(t *testing.T) {
	src := newSoFixture(t)
	addDecision(t, src, award.Decision{ID: "ttg", Number: thidua.DocNumber{Number: 88, Symbol: "QĐ-TTg"}, Date: date(2023, 6, 1), Issuer: "cp",
		SignerTitle: "Phó Thủ tướng Chính phủ", Grants: []award.Grant{{ID: "ttg-1", Subject: award.Subject{Kind: award.BangKhenTTg,
			Recipient: award.PersonRecipient("gd"), Period: thidua.Years(2018, 2022)}}}})
	s := buildSo(t, src, report.SummaryRequest{})
	if got := tallyOf(t, s, award.BangKhenTTg).Issuers; !cmp.Equal(got, []string{"Thủ tướng Chính phủ"}) {
		t.Errorf("issuers %q, want the Thủ tướng Chính phủ", got)
	}
}
