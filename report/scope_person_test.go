package report_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// A person's scope counts their own record: every grant to them, wherever
// they worked when they earned it, by the one rule of period, day and
// revocation.
func TestScopeOfPerson(t *testing.T) {
	ctx := context.Background()
	day := func(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }
	orgs := org.NewMemStore()
	awards := award.NewMemStore()
	since := thidua.Since(day(2009, 10, 1))
	for _, u := range []org.Unit{
		{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Exists: since},
		{ID: "khac", Name: "Cục Thi hành án dân sự tỉnh An Giang", Exists: since},
	} {
		if err := orgs.AddUnit(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	// Bình worked in An Giang until 2019, then in Đồng Tháp.
	if err := orgs.AddPerson(ctx, org.Person{ID: "binh", FullName: "Trần Thị Bình", Assignments: []org.Assignment{
		{Unit: "khac", Position: "Chấp hành viên", Period: thidua.Period{From: day(2010, 1, 1), To: day(2019, 12, 31)}},
		{Unit: "cuc", Position: "Chấp hành viên", Period: thidua.Since(day(2020, 1, 1))},
	}}); err != nil {
		t.Fatal(err)
	}
	bk := func(id string, y int) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient("binh"), Year: y}}
	}
	for _, d := range []award.Decision{
		// Earned in An Giang: still hers.
		{ID: "qd-1", Number: thidua.MustParseDocNumber("5/QĐ-BTP"), Date: day(2019, 12, 20), Issuer: "khac", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{bk("g1", 2019)}},
		// Revoked in 2022.
		{ID: "qd-2", Number: thidua.MustParseDocNumber("10/QĐ-BTP"), Date: day(2021, 1, 15), Issuer: "cuc", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{bk("g2", 2020)}},
		// Earned in 2021, decided after the scope's day.
		{ID: "qd-3", Number: thidua.MustParseDocNumber("20/QĐ-BTP"), Date: day(2022, 1, 15), Issuer: "cuc", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{bk("g3", 2021)}},
	} {
		if err := awards.AddDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := awards.Revoke(ctx, "g2", award.Revocation{Date: day(2022, 3, 1), Reason: "Hồ sơ không đúng"}); err != nil {
		t.Fatal(err)
	}
	src := report.Sources{Org: orgs, Award: awards}
	ids := func(req report.ScopeRequest) []string {
		t.Helper()
		sc, err := report.NewScope(ctx, src, req)
		if err != nil {
			t.Fatal(err)
		}
		gs, err := sc.Grants(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, g := range gs {
			out = append(out, g.Grant.ID)
		}
		return out
	}
	req := report.ScopeRequest{Person: "binh", Period: thidua.Years(2019, 2021), Select: report.SelectByAchievementYear}
	// On the last day of 2021: g1 earned elsewhere counts, g2 was not yet
	// revoked, g3 not yet decided.
	if diff := cmp.Diff([]string{"g1", "g2"}, ids(req)); diff != "" {
		t.Errorf("person's grants on 2021-12-31 (-want +got):\n%s", diff)
	}
	// A listing of what she holds leaves out g2, revoked since.
	req.ExcludeRevoked = true
	if diff := cmp.Diff([]string{"g1"}, ids(req)); diff != "" {
		t.Errorf("person's grants, none revoked (-want +got):\n%s", diff)
	}
	// Asked after the 2022 decision, g3 counts.
	req.AsOf = day(2022, 6, 30)
	if diff := cmp.Diff([]string{"g1", "g3"}, ids(req)); diff != "" {
		t.Errorf("person's grants on 2022-06-30 (-want +got):\n%s", diff)
	}
	// The unit's scope does not credit Đồng Tháp with g1, earned in An
	// Giang.
	if diff := cmp.Diff([]string{"g2"}, ids(report.ScopeRequest{Unit: "cuc", Period: thidua.Years(2019, 2021), Select: report.SelectByAchievementYear})); diff != "" {
		t.Errorf("unit's grants (-want +got):\n%s", diff)
	}
	for _, bad := range []struct {
		req  report.ScopeRequest
		want error
	}{
		{report.ScopeRequest{Unit: "cuc", Person: "binh", Period: thidua.Year(2020)}, thidua.ErrInvalid},
		{report.ScopeRequest{Person: "ai", Period: thidua.Year(2020)}, thidua.ErrNotFound},
	} {
		if _, err := report.NewScope(ctx, src, bad.req); !errors.Is(err, bad.want) {
			t.Errorf("NewScope(%+v) = %v, want %v", bad.req, err, bad.want)
		}
	}
}
