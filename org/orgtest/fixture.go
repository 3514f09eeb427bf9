package orgtest

import (
	"context"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

func d(y int, m time.Month, day int) thidua.Date { return thidua.MustDate(y, m, day) }

func period(from, to thidua.Date) thidua.Period { return thidua.Period{From: from, To: to} }

// Dates of the fixture.
var (
	created  = d(2009, time.October, 1) // the THADS units of the fixture start
	lastOld  = d(2025, time.June, 30)   // the old units end
	merged   = d(2025, time.July, 1)    // the 2025 restructuring
	split    = d(2020, time.January, 1) // Hồng Ngự branch split
	midYear  = d(2019, time.June, 30)   // a date in 2019
	lateYear = d(2025, time.August, 1)  // after the restructuring
)

// Units of the fixture: a slice of the Đồng Tháp civil judgment
// enforcement system before and after the 2025 restructuring.
func fixtureUnits() []org.Unit {
	old := period(created, lastOld)
	return []org.Unit{
		{ID: "bo", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: thidua.Since(d(1945, time.August, 28))},
		{ID: "dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", ShortName: "Cục THADS Đồng Tháp",
			Level: org.LevelCucTHADSTinh, Parent: "bo", Exists: old},
		{ID: "tg", Name: "Cục Thi hành án dân sự tỉnh Tiền Giang", ShortName: "Cục THADS Tiền Giang",
			Level: org.LevelCucTHADSTinh, Parent: "bo", Exists: old},
		{ID: "dt-caolanh", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh",
			Level: org.LevelChiCucTHADSHuyen, Parent: "dt", Exists: old},
		{ID: "dt-sadec", Name: "Chi cục Thi hành án dân sự thành phố Sa Đéc",
			Level: org.LevelChiCucTHADSHuyen, Parent: "dt", Exists: old},
		{ID: "dt-hongngu", Name: "Chi cục Thi hành án dân sự thị xã Hồng Ngự",
			Level: org.LevelChiCucTHADSHuyen, Parent: "dt", Exists: period(created, split.AddDays(-1))},
		{ID: "dt-hongngu-h", Name: "Chi cục Thi hành án dân sự huyện Hồng Ngự",
			Level: org.LevelChiCucTHADSHuyen, Parent: "dt", Exists: period(split, lastOld)},
		{ID: "dt-hongngu-tp", Name: "Chi cục Thi hành án dân sự thành phố Hồng Ngự",
			Level: org.LevelChiCucTHADSHuyen, Parent: "dt", Exists: period(split, lastOld)},
		{ID: "dtm", Name: "Thi hành án dân sự tỉnh Đồng Tháp", ShortName: "THADS Đồng Tháp",
			Level: org.LevelTHADSTinh, Parent: "bo", Exists: thidua.Since(merged)},
		{ID: "dtm-kv1", Name: "Phòng Thi hành án dân sự khu vực 1",
			Level: org.LevelPhongTHADSKhuVuc, Parent: "dtm", Exists: thidua.Since(merged)},
	}
}

func fixtureSuccessions() []org.Succession {
	return []org.Succession{
		{Kind: org.Split, Date: split, From: []org.UnitID{"dt-hongngu"}, To: []org.UnitID{"dt-hongngu-h", "dt-hongngu-tp"}},
		{Kind: org.Merge, Date: merged, From: []org.UnitID{"dt", "tg"}, To: []org.UnitID{"dtm"},
			Note: "Hợp nhất tỉnh Đồng Tháp và tỉnh Tiền Giang"},
		{Kind: org.Merge, Date: merged, From: []org.UnitID{"dt-caolanh", "dt-hongngu-tp", "dt-sadec"}, To: []org.UnitID{"dtm-kv1"}},
	}
}

func fixturePeople() []org.Person {
	return []org.Person{
		{ID: "p1", FullName: "Nguyễn Văn An", Gender: org.Male, BirthDate: d(1965, time.March, 2), Recruited: d(1990, time.May, 1),
			Assignments: []org.Assignment{
				{Unit: "dt", Position: "Cục trưởng", Period: period(d(2012, time.January, 1), d(2020, time.December, 31))},
			}},
		{ID: "p2", FullName: "Trần Thị Hoà", Gender: org.Female, BirthDate: d(1975, time.July, 9), Recruited: d(2005, time.September, 1),
			Assignments: []org.Assignment{
				{Unit: "dt-sadec", Position: "Chi cục trưởng", Period: period(d(2010, time.January, 1), d(2020, time.December, 31))},
				{Unit: "dt", Position: "Cục trưởng", Period: period(d(2021, time.January, 1), lastOld)},
				{Unit: "dtm", Position: "Trưởng Thi hành án dân sự tỉnh", Period: thidua.Since(merged)},
			}},
		{ID: "p3", FullName: "Lê Văn Bình", Gender: org.Male, Recruited: d(2016, time.March, 15),
			Assignments: []org.Assignment{
				{Unit: "dt-caolanh", Position: "Chấp hành viên", Period: period(d(2016, time.March, 15), lastOld)},
				{Unit: "dt-caolanh", Position: "Tổ trưởng công đoàn", Concurrent: true,
					Period: period(d(2018, time.January, 1), d(2019, time.December, 31))},
				{Unit: "dtm-kv1", Position: "Chấp hành viên", Period: thidua.Since(merged)},
			}},
		{ID: "p4", FullName: "Phạm Thị Thuỷ", Gender: org.Female, Recruited: d(2014, time.July, 1),
			Assignments: []org.Assignment{
				{Unit: "dt-hongngu", Position: "Thư ký thi hành án", Period: period(d(2014, time.July, 1), split.AddDays(-1))},
				{Unit: "dt-hongngu-tp", Position: "Thư ký thi hành án", Period: period(split, lastOld)},
			}},
	}
}

func fixturePersonYears() []org.PersonYear {
	return []org.PersonYear{
		{Person: "p1", Year: 2019, Unit: "dt", Rating: org.Excellent, DaysWorked: 250},
		{Person: "p2", Year: 2019, Unit: "dt-sadec", Rating: org.Excellent, DaysWorked: 248},
		{Person: "p3", Year: 2018, Unit: "dt-caolanh", Rating: org.Completed, DaysWorked: 240},
		{Person: "p3", Year: 2019, Unit: "dt-caolanh", Rating: org.CompletedWell, DaysWorked: 230,
			Absences: []org.Absence{{Reason: org.AbsenceSick, Days: 12}}},
		{Person: "p4", Year: 2019, Unit: "dt-hongngu", Rating: org.CompletedWell, DaysWorked: 120,
			Absences: []org.Absence{{Reason: org.AbsenceMaternity, Days: 180}, {Reason: org.AbsenceSick, Days: 10}}},
	}
}

func fixtureUnitYears() []org.UnitYear {
	return []org.UnitYear{
		{Unit: "dt", Year: 2019, Rating: org.Excellent, ExceededTargets: true},
		{Unit: "dt-caolanh", Year: 2019, Rating: org.CompletedWell},
		{Unit: "tg", Year: 2019, Rating: org.CompletedWell},
	}
}

func fixtureDisciplines() []org.Discipline {
	return []org.Discipline{
		{ID: "kl-2017-01", Person: "p3", Form: org.KhienTrach, Decided: d(2017, time.May, 10),
			InForce: period(d(2017, time.May, 10), d(2018, time.May, 9)), Decision: "12/QĐ-CTHADS"},
	}
}

// load fills s with the fixture, failing the test on any error.
func load(t testing.TB, s org.Store) {
	t.Helper()
	ctx := context.Background()
	for _, u := range fixtureUnits() {
		must(t, s.AddUnit(ctx, u))
	}
	for _, sc := range fixtureSuccessions() {
		must(t, s.AddSuccession(ctx, sc))
	}
	for _, p := range fixturePeople() {
		must(t, s.AddPerson(ctx, p))
	}
	for _, py := range fixturePersonYears() {
		must(t, s.AddPersonYear(ctx, py))
	}
	for _, uy := range fixtureUnitYears() {
		must(t, s.AddUnitYear(ctx, uy))
	}
	for _, dc := range fixtureDisciplines() {
		must(t, s.AddDiscipline(ctx, dc))
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("loading the fixture: %v", err)
	}
}
