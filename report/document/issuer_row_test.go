package document_test

import (
	"context"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/report/document"
)

// The tables of an achievement report cite a decision under its issuing
// authority: a Bằng khen signed "KT. Bộ trưởng" by a Thứ trưởng is the
// Bộ trưởng's (report.Scope.IssuerOffice), as the summary counts it.
func TestAchievementRowIssuerIsTheAuthority(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	d := award.Decision{ID: "qd-kt", Number: thidua.MustParseDocNumber("777/QĐ-BTP"), Date: day(2020, time.May, 4), Issuer: "btp",
		SignerTitle: "Thứ trưởng Bộ Tư pháp", Grants: []award.Grant{{ID: "g-kt", Subject: award.Subject{
			Kind: award.BangKhenBo, Recipient: award.PersonRecipient("p-an"), Year: 2019, Basis: award.AdHoc}}}}
	if err := f.award.AddDecision(ctx, d); err != nil {
		t.Fatal(err)
	}
	rep, err := document.IndividualReport(ctx, f.sources(), document.IndividualRequest{Person: "p-an", Period: thidua.Years(2016, 2020), On: day(2020, time.December, 31)})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, row := range rep.Forms {
		if row.Grant == "g-kt" {
			found = true
			if row.Issuer != "Bộ trưởng Bộ Tư pháp" {
				t.Errorf("issuer = %q, want %q", row.Issuer, "Bộ trưởng Bộ Tư pháp")
			}
		}
	}
	if !found {
		t.Errorf("grant g-kt not in the forms: %+v", rep.Forms)
	}
}
