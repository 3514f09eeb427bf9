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

// dienHinh is a kind a unit defines at its own level: "điển hình tiên tiến"
// chosen by the Sở's head, counted like a grant.
const dienHinh award.Code = "dien-hinh-tien-tien"

// newSoFixture is a Sở Tư pháp of a province, 2020–2024: its office
// "Phòng Hành chính tư pháp" renamed in 2021; two centres merged in 2022
// into a third; Bằng khen from the Bộ trưởng and from the Chủ tịch Ủy ban
// nhân dân tỉnh, on three bases; the titles of each year decided in the
// January after it.
func newSoFixture(t testing.TB) report.Sources {
	t.Helper()
	ctx := context.Background()
	os := org.NewMemStore()
	cat := award.JusticeCatalogue()
	if err := cat.Add(award.Kind{Code: dienHinh, Name: "Điển hình tiên tiến", Family: award.Title, Recipients: award.Individual | award.Collective,
		Level: award.LevelGrassroots, Conferrer: award.ByHead, Bases: award.Regular, Counter: "lần"}); err != nil {
		t.Fatal(err)
	}
	as := award.NewMemStore(award.WithCatalogue(cat))
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	since := thidua.Since(date(2008, 1, 1))
	for _, u := range []org.Unit{
		{ID: "cp", Name: "Chính phủ", Level: "chinh-phu", Exists: thidua.Since(date(1945, 9, 2))},
		{ID: "bo", Name: "Bộ Tư pháp", Level: org.LevelBo, Parent: "cp", Exists: thidua.Since(date(1981, 10, 1))},
		{ID: "ubnd", Name: "Ủy ban nhân dân tỉnh Xuân", Level: "ubnd-tinh", Parent: "cp", Exists: thidua.Since(date(1976, 1, 1))},
		{ID: "so", Name: "Sở Tư pháp tỉnh Xuân", ShortName: "Sở Tư pháp", Level: "so", Parent: "ubnd", Exists: since},
		{ID: "p-htp", Name: "Phòng Hành chính tư pháp", Level: "phong", Parent: "so", Exists: thidua.Period{From: date(2008, 1, 1), To: date(2021, 6, 30)}},
		{ID: "p-htp2", Name: "Phòng Hành chính tư pháp và Bổ trợ tư pháp", Level: "phong", Parent: "so", Exists: thidua.Since(date(2021, 7, 1))},
		{ID: "p-vb", Name: "Phòng Xây dựng và kiểm tra văn bản", Level: "phong", Parent: "so", Exists: since},
		{ID: "tt-1", Name: "Trung tâm Trợ giúp pháp lý", Level: "trung-tam", Parent: "so", Exists: thidua.Period{From: date(2008, 1, 1), To: date(2022, 3, 31)}},
		{ID: "tt-2", Name: "Trung tâm Dịch vụ bán đấu giá tài sản", Level: "trung-tam", Parent: "so", Exists: thidua.Period{From: date(2008, 1, 1), To: date(2022, 3, 31)}},
		{ID: "tt-3", Name: "Trung tâm Trợ giúp pháp lý và Dịch vụ tư pháp", Level: "trung-tam", Parent: "so", Exists: thidua.Since(date(2022, 4, 1))},
	} {
		must(os.AddUnit(ctx, u))
	}
	must(os.AddSuccession(ctx, org.Succession{Kind: org.Rename, Date: date(2021, 7, 1), From: []org.UnitID{"p-htp"}, To: []org.UnitID{"p-htp2"}}))
	must(os.AddSuccession(ctx, org.Succession{Kind: org.Merge, Date: date(2022, 4, 1), From: []org.UnitID{"tt-1", "tt-2"}, To: []org.UnitID{"tt-3"}}))
	for _, p := range []org.Person{
		{ID: "gd", FullName: "Trần Văn Giám", Gender: org.Male, Assignments: []org.Assignment{{Unit: "so", Position: "Giám đốc", Period: since}}},
		{ID: "pgd", FullName: "Nguyễn Thị Phó", Gender: org.Female, Assignments: []org.Assignment{{Unit: "so", Position: "Phó Giám đốc", Period: since}}},
		{ID: "tp", FullName: "Lê Văn Trưởng", Gender: org.Male, Assignments: []org.Assignment{{Unit: "p-vb", Position: "Trưởng phòng", Period: since}}},
		{ID: "cv", FullName: "Phạm Thị Chuyên", Gender: org.Female, Assignments: []org.Assignment{{Unit: "p-vb", Position: "Chuyên viên", Period: since}}},
	} {
		must(os.AddPerson(ctx, p))
	}
	unit, person := award.UnitRecipient, award.PersonRecipient
	g := func(id string, k award.Code, r award.Recipient, y int, b award.Basis) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: k, Recipient: r, Year: y, Basis: b}}
	}
	bo := func(id string, n int, d thidua.Date, gs ...award.Grant) award.Decision {
		return award.Decision{ID: id, Number: thidua.DocNumber{Number: n, Symbol: "QĐ-BTP"}, Date: d, Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: gs}
	}
	tinh := func(id string, n int, d thidua.Date, gs ...award.Grant) award.Decision {
		return award.Decision{ID: id, Number: thidua.DocNumber{Number: n, Symbol: "QĐ-UBND"}, Date: d, Issuer: "ubnd", SignerTitle: "Chủ tịch Ủy ban nhân dân tỉnh Xuân", Grants: gs}
	}
	for _, d := range []award.Decision{
		// 2020: a regular Bằng khen of the province to the office, one of
		// the Bộ for a movement (thematic) to the Sở and two people.
		tinh("t20", 20, date(2020, 12, 20), g("t20-1", award.BangKhenBo, unit("p-htp"), 2020, award.Regular), g("t20-2", award.BangKhenBo, person("cv"), 2020, award.AdHoc)),
		bo("b20", 120, date(2020, 11, 5), g("b20-1", award.BangKhenBo, unit("so"), 2020, award.Thematic), g("b20-2", award.BangKhenBo, person("gd"), 2020, award.Thematic),
			g("b20-3", award.BangKhenBo, person("tp"), 2020, award.Thematic)),
		// The titles of 2020, decided in January 2021.
		bo("b21t", 5, date(2021, 1, 20), g("ttld-20", award.TTLDXS, unit("so"), 2020, award.Regular), g("cstd-gd-20", award.CSTDBo, person("gd"), 2020, award.Regular)),
		// 2021: the province again to the office, now renamed; the two
		// centres each.
		tinh("t21", 21, date(2021, 12, 20), g("t21-1", award.BangKhenBo, unit("p-htp2"), 2021, award.Regular),
			g("t21-2", award.BangKhenBo, unit("tt-1"), 2021, award.Regular), g("t21-3", award.BangKhenBo, unit("tt-2"), 2021, award.Regular)),
		bo("b22t", 6, date(2022, 1, 20), g("ttld-21", award.TTLDXS, unit("so"), 2021, award.Regular)),
		// 2022: the merged centre; the Sở's own điển hình tiên tiến.
		tinh("t22", 22, date(2022, 12, 20), g("t22-1", award.BangKhenBo, unit("tt-3"), 2022, award.Regular)),
		{ID: "so22", Number: thidua.DocNumber{Number: 30, Symbol: "QĐ-STP"}, Date: date(2022, 12, 28), Issuer: "so", SignerTitle: "Giám đốc Sở Tư pháp",
			Grants: []award.Grant{g("dh-1", dienHinh, person("cv"), 2022, award.Regular), g("dh-2", dienHinh, unit("p-vb"), 2022, award.Regular)}},
		bo("b23t", 7, date(2023, 1, 20), g("ttld-22", award.TTLDXS, unit("so"), 2022, award.Regular)),
		bo("b24t", 8, date(2024, 1, 20), g("ttld-23", award.TTLDXS, unit("so"), 2023, award.Regular), g("cstd-gd-23", award.CSTDBo, person("gd"), 2023, award.Regular)),
		// The titles of 2024, decided in January 2025.
		bo("b25t", 9, date(2025, 1, 20), g("ttld-24", award.TTLDXS, unit("so"), 2024, award.Regular)),
	} {
		must(as.AddDecision(ctx, d))
	}
	// Pending on 31/03/2025: the Sở proposes the Prime Minister's Bằng khen
	// for the Giám đốc and the Trưởng phòng, and the Chủ tịch Ủy ban nhân
	// dân tỉnh's Bằng khen for the Phó Giám đốc.
	for _, n := range []award.Nomination{
		{ID: "n-ttg-gd", Proposer: "so", Authority: "cp", Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: person("gd"), Period: thidua.Years(2020, 2024)}},
		{ID: "n-ttg-tp", Proposer: "so", Authority: "cp", Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: person("tp"), Period: thidua.Years(2020, 2024)}},
		{ID: "n-bk-pgd", Proposer: "so", Authority: "ubnd", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: person("pgd"), Year: 2024}},
	} {
		_, err := award.Start(ctx, as, os, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "so"}, On: date(2025, 2, 10)})
		must(err)
		_, err = award.Advance(ctx, as, os, n.ID, award.Transition{Action: award.Submit, By: award.Actor{Unit: "so"}, On: date(2025, 2, 15), To: "ubnd"})
		must(err)
	}
	return report.Sources{Org: os, Award: as, Catalogue: cat}
}

func buildSo(t *testing.T, src report.Sources, req report.SummaryRequest) *report.Summary {
	t.Helper()
	if req.Unit == "" {
		req.Unit = "so"
	}
	if req.Period.IsZero() {
		req.Period = thidua.Years(2020, 2024)
	}
	s, err := report.BuildSummary(context.Background(), src, req)
	if err != nil {
		t.Fatalf("BuildSummary: %v", err)
	}
	return s
}

func tallyOf(t *testing.T, s *report.Summary, code award.Code) report.AwardTally {
	t.Helper()
	for _, a := range s.Awards {
		if a.Code == code {
			return a
		}
	}
	t.Fatalf("no tally of %s in %+v", code, s.Awards)
	return report.AwardTally{}
}

func rc(recipients, grants int) report.RecipientCount {
	return report.RecipientCount{Recipients: recipients, Grants: grants}
}

// TestSummaryByIssuerAndBasis checks the counts of one kind split by the
// office that signed the decisions and by basis.
func TestSummaryByIssuerAndBasis(t *testing.T) {
	src := newSoFixture(t)
	s := buildSo(t, src, report.SummaryRequest{})
	bk := tallyOf(t, s, award.BangKhenBo)
	// The Bộ signed b20 (Nov 2020) before the province's t20 (Dec 2020).
	// The Bộ: the Sở, Giám đốc and Trưởng phòng, all for a movement. The
	// province: the office (p-htp, renamed p-htp2: one collective, two
	// grants), the two centres and the merged one (three collectives: a
	// merger makes another collective), and the Chuyên viên, ad hoc.
	want := []report.IssuerCount{
		{Issuer: "Bộ trưởng Bộ Tư pháp", Collectives: rc(1, 1), Individuals: rc(2, 2),
			ByBasis: []report.BasisCount{{Basis: award.Thematic, Name: "chuyên đề", Collectives: rc(1, 1), Individuals: rc(2, 2)}}},
		{Issuer: "Chủ tịch Ủy ban nhân dân tỉnh Xuân", Collectives: rc(4, 5), Individuals: rc(1, 1),
			ByBasis: []report.BasisCount{
				{Basis: award.Regular, Name: "công trạng", Collectives: rc(4, 5)},
				{Basis: award.AdHoc, Name: "đột xuất", Individuals: rc(1, 1)},
			}},
	}
	if diff := cmp.Diff(want, bk.ByIssuer); diff != "" {
		t.Errorf("by issuer (-want +got):\n%s", diff)
	}
	wantBasis := []report.BasisCount{
		{Basis: award.Regular, Name: "công trạng", Collectives: rc(4, 5)},
		{Basis: award.AdHoc, Name: "đột xuất", Individuals: rc(1, 1)},
		{Basis: award.Thematic, Name: "chuyên đề", Collectives: rc(1, 1), Individuals: rc(2, 2)},
	}
	if diff := cmp.Diff(wantBasis, bk.ByBasis); diff != "" {
		t.Errorf("by basis (-want +got):\n%s", diff)
	}
	if bk.Collectives != rc(5, 6) || bk.Individuals != rc(3, 3) {
		t.Errorf("totals: collectives %+v, individuals %+v; want 5 (6 grants) and 3", bk.Collectives, bk.Individuals)
	}
	if s.Awards[len(s.Awards)-1].Code == dienHinh {
		t.Errorf("a grassroots kind is tallied without being asked for")
	}
}

// TestSummaryRenamedUnitIsOneRecipient checks that grants to a unit before
// and after its rename count one collective, and that the units of a merger
// count apart.
func TestSummaryRenamedUnitIsOneRecipient(t *testing.T) {
	src := newSoFixture(t)
	s := buildSo(t, src, report.SummaryRequest{ListRecipients: true})
	bk := tallyOf(t, s, award.BangKhenBo)
	var got []string
	for _, r := range bk.Recipients {
		if r.Recipient.Unit != nil {
			got = append(got, string(r.Recipient.Unit.ID))
		}
	}
	// Named by the last name in the period.
	want := []string{"p-htp2", "so", "tt-2", "tt-1", "tt-3"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("collectives (-want +got):\n%s", diff)
	}
	for _, r := range bk.Recipients {
		if r.Recipient.Unit != nil && r.Recipient.Unit.ID == "p-htp2" && (r.Grants != 2 || !cmp.Equal(r.Years, []int{2020, 2021})) {
			t.Errorf("renamed office: %+v, want 2 grants for 2020 and 2021", r)
		}
	}
	// Without a succession reader nothing is merged: the org store hidden
	// behind a narrow interface.
	narrow := src
	narrow.Org = orgOnly{src.Org}
	s2 := buildSo(t, narrow, report.SummaryRequest{})
	if got := tallyOf(t, s2, award.BangKhenBo).Collectives; got != rc(6, 6) {
		t.Errorf("without successions: %+v, want 6 collectives", got)
	}
}

// orgOnly hides every method but those of report.OrgReader.
type orgOnly struct{ report.OrgReader }

// TestSummaryAchievementYears checks the two selections of grants and the
// lists of achievement years.
func TestSummaryAchievementYears(t *testing.T) {
	src := newSoFixture(t)
	kinds := []award.Code{award.TTLDXS, award.CSTDBo}
	byDecision := buildSo(t, src, report.SummaryRequest{Kinds: kinds})
	ttld := tallyOf(t, byDecision, award.TTLDXS)
	// Decided in 2021–2024: the titles of 2020–2023.
	if !cmp.Equal(ttld.Years, []int{2020, 2021, 2022, 2023}) || ttld.Collectives != rc(1, 4) {
		t.Errorf("by decision date: years %v, %+v", ttld.Years, ttld.Collectives)
	}
	if ttld.ByYear[0].Year != 2021 {
		t.Errorf("by decision date, the first column is %d, want 2021", ttld.ByYear[0].Year)
	}
	// By achievement year, seen on 31/03/2025: the titles of 2020–2024.
	byYear := buildSo(t, src, report.SummaryRequest{Kinds: kinds, Select: report.SelectByAchievementYear, AsOf: date(2025, 3, 31), ListRecipients: true})
	ttld = tallyOf(t, byYear, award.TTLDXS)
	if !cmp.Equal(ttld.Years, []int{2020, 2021, 2022, 2023, 2024}) || ttld.Collectives != rc(1, 5) {
		t.Errorf("by achievement year: years %v, %+v", ttld.Years, ttld.Collectives)
	}
	var cols []int
	for _, y := range ttld.ByYear {
		cols = append(cols, y.Year)
	}
	if !cmp.Equal(cols, []int{2020, 2021, 2022, 2023, 2024}) {
		t.Errorf("columns by achievement year: %v", cols)
	}
	// The same request seen at the end of 2024 lacks the 2024 title.
	early := buildSo(t, src, report.SummaryRequest{Kinds: kinds, Select: report.SelectByAchievementYear})
	if got := tallyOf(t, early, award.TTLDXS).Years; !cmp.Equal(got, []int{2020, 2021, 2022, 2023}) {
		t.Errorf("by achievement year on 31/12/2024: %v", got)
	}
	// The unit's own kinds with their years, for YearList.
	wantOwn := []report.OwnAward{{Code: award.TTLDXS, Label: "Tập thể lao động xuất sắc", Family: award.Title, Years: []int{2020, 2021, 2022, 2023, 2024}, Grants: 5}}
	if diff := cmp.Diff(wantOwn, byYear.Own); diff != "" {
		t.Errorf("own (-want +got):\n%s", diff)
	}
	if got := report.YearList(byYear.Own[0].Years); got != "các năm 2020, 2021, 2022, 2023, 2024" {
		t.Errorf("YearList = %q", got)
	}
	// A person's years.
	cstd := tallyOf(t, byYear, award.CSTDBo)
	if len(cstd.Recipients) != 1 || cstd.Recipients[0].Recipient.Person == nil || !cmp.Equal(cstd.Recipients[0].Years, []int{2020, 2023}) {
		t.Errorf("CSTĐ recipients = %+v", cstd.Recipients)
	}
	if _, err := report.BuildSummary(context.Background(), src, report.SummaryRequest{Unit: "so", Period: thidua.Years(2020, 2024), Select: 7}); err == nil {
		t.Errorf("an unknown selection was accepted")
	}
}

// TestSummaryPendingAuthority checks that pending nominations name the
// office actually asked and are counted by kind and recipient, never as
// grants; and that a kind the caller added is counted like a grant.
func TestSummaryPendingAuthority(t *testing.T) {
	src := newSoFixture(t)
	s := buildSo(t, src, report.SummaryRequest{AsOf: date(2025, 3, 31), Kinds: []award.Code{award.BangKhenTTg, award.BangKhenBo, dienHinh}})
	want := []report.PendingTally{
		{Code: award.BangKhenTTg, Label: "Bằng khen của Thủ tướng Chính phủ", Authority: "Thủ tướng Chính phủ", Individuals: 2},
		{Code: award.BangKhenBo, Label: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Xuân", Authority: "Chủ tịch Ủy ban nhân dân tỉnh Xuân", Individuals: 1},
	}
	if diff := cmp.Diff(want, s.PendingTallies); diff != "" {
		t.Errorf("pending tallies (-want +got):\n%s", diff)
	}
	for _, a := range s.Awards {
		if a.Code == award.BangKhenTTg {
			t.Errorf("a pending nomination was counted as a grant: %+v", a)
		}
	}
	dh := tallyOf(t, s, dienHinh)
	if dh.Collectives != rc(1, 1) || dh.Individuals != rc(1, 1) || dh.Issuers[0] != "Giám đốc Sở Tư pháp" {
		t.Errorf("điển hình tiên tiến: %+v", dh)
	}
	// The request may name an authority's office itself.
	s = buildSo(t, src, report.SummaryRequest{AsOf: date(2025, 3, 31), Authorities: map[org.UnitID]string{"ubnd": "Chủ tịch UBND tỉnh"}})
	if got := s.PendingTallies[1].Authority; got != "Chủ tịch UBND tỉnh" {
		t.Errorf("authority named by the request: %q", got)
	}
}

func TestAuthorityOffice(t *testing.T) {
	for _, tt := range []struct {
		c    award.Conferrer
		unit string
		want string
	}{
		{award.ByMinister, "Bộ Tư pháp", "Bộ trưởng Bộ Tư pháp"},
		{award.ByMinister, "Ủy ban nhân dân tỉnh Đồng Tháp", "Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp"},
		{award.ByMinister, "UỶ BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "Chủ tịch UỶ BAN NHÂN DÂN TỈNH ĐỒNG THÁP"},
		{award.ByHead, "Sở Tư pháp tỉnh Xuân", "Giám đốc Sở Tư pháp tỉnh Xuân"},
		{award.ByHead, "Cục Thi hành án dân sự tỉnh A", "Cục trưởng Cục Thi hành án dân sự tỉnh A"},
		{award.ByHead, "Chi cục Thi hành án dân sự huyện Một", "Chi cục trưởng Chi cục Thi hành án dân sự huyện Một"},
		{award.ByHead, "Bộ đội Biên phòng tỉnh", "Bộ trưởng Bộ đội Biên phòng tỉnh"},
		{award.ByPrimeMinister, "Bộ Tư pháp", "Thủ tướng Chính phủ"},
		{award.ByPresident, "", "Chủ tịch nước"},
		{award.ByMinister, "", "Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh"},
		{award.ByHead, "Trường Đại học Luật", "Thủ trưởng Trường Đại học Luật"},
	} {
		if got := report.AuthorityOffice(tt.c, tt.unit); got != tt.want {
			t.Errorf("AuthorityOffice(%v, %q) = %q, want %q", tt.c, tt.unit, got, tt.want)
		}
	}
}

// TestSummaryRenamedInPlace checks a summary names a unit renamed in
// place (org.Store.RenameUnit) by the name it bore on the day the summary
// speaks from: a past period keeps the old name, in the heading and in the
// lists of recipients.
func TestSummaryRenamedInPlace(t *testing.T) {
	src := newSoFixture(t)
	os := src.Org.(*org.MemStore)
	ctx := context.Background()
	if err := os.RenameUnit(ctx, "so", date(2023, 1, 1), "Sở Tư pháp và Pháp chế tỉnh Xuân", "Sở Tư pháp và Pháp chế", "Quyết định số 1/QĐ-UBND"); err != nil {
		t.Fatal(err)
	}
	if err := os.RenameUnit(ctx, "p-vb", date(2021, 1, 1), "Phòng Văn bản và Pháp chế", "", ""); err != nil {
		t.Fatal(err)
	}
	names := func(s *report.Summary) (head string, recipients []string) {
		for _, r := range tallyOf(t, s, award.BangKhenBo).Recipients {
			if r.Recipient.Unit != nil {
				recipients = append(recipients, r.Recipient.Unit.Name)
			}
		}
		return s.Unit.Name, recipients
	}
	past := buildSo(t, src, report.SummaryRequest{Period: thidua.Years(2020, 2022), ListRecipients: true})
	if head, _ := names(past); head != "Sở Tư pháp tỉnh Xuân" {
		t.Errorf("summary of 2020–2022 names the Sở %q, want the name in force then, Sở Tư pháp tỉnh Xuân", head)
	}
	now := buildSo(t, src, report.SummaryRequest{ListRecipients: true})
	head, recipients := names(now)
	if head != "Sở Tư pháp và Pháp chế tỉnh Xuân" {
		t.Errorf("summary of 2020–2024 names the Sở %q, want its name since 2023", head)
	}
	for _, n := range recipients {
		if n == "Sở Tư pháp tỉnh Xuân" {
			t.Errorf("summary of 2020–2024 lists the Sở under its former name: %v", recipients)
		}
	}
	early := buildSo(t, src, report.SummaryRequest{Period: thidua.Years(2020, 2020)})
	for _, u := range early.Units {
		if u.ID == "p-vb" && u.Name != "Phòng Xây dựng và kiểm tra văn bản" {
			t.Errorf("summary of 2020 names p-vb %q, want its name before 2021", u.Name)
		}
	}
}
