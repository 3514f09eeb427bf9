package org_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// dongThap builds a small tree of the civil judgment enforcement system of
// Đồng Tháp and its 2025 restructuring.
func dongThap(ctx context.Context) (*org.MemStore, error) {
	s := org.NewMemStore()
	d := thidua.MustDate
	old := thidua.Period{From: d(2009, time.October, 1), To: d(2025, time.June, 30)}
	restructured := d(2025, time.July, 1)
	units := []org.Unit{
		{ID: "btp", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: thidua.Since(d(1945, time.August, 28))},
		{ID: "dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", ShortName: "Cục THADS Đồng Tháp",
			Level: org.LevelCucTHADSTinh, Parent: "btp", Exists: old},
		{ID: "dt-caolanh", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Level: org.LevelChiCucTHADSHuyen, Parent: "dt", Exists: old},
		{ID: "dt-laivung", Name: "Chi cục Thi hành án dân sự huyện Lai Vung", Level: org.LevelChiCucTHADSHuyen, Parent: "dt", Exists: old},
		{ID: "dt-sadec", Name: "Chi cục Thi hành án dân sự thành phố Sa Đéc", Level: org.LevelChiCucTHADSHuyen, Parent: "dt", Exists: old},
		// 2025: the Cục is renamed and the district branches merged.
		{ID: "thads-dt", Name: "Thi hành án dân sự tỉnh Đồng Tháp", Level: org.LevelTHADSTinh, Parent: "btp",
			Exists: thidua.Since(restructured)},
		{ID: "thads-dt-kv1", Name: "Phòng Thi hành án dân sự khu vực 1", Level: org.LevelPhongTHADSKhuVuc, Parent: "thads-dt",
			Exists: thidua.Since(restructured)},
	}
	for _, u := range units {
		if err := s.AddUnit(ctx, u); err != nil {
			return nil, err
		}
	}
	successions := []org.Succession{
		{Kind: org.Rename, Date: restructured, From: []org.UnitID{"dt"}, To: []org.UnitID{"thads-dt"}},
		{Kind: org.Merge, Date: restructured, From: []org.UnitID{"dt-caolanh", "dt-laivung", "dt-sadec"},
			To: []org.UnitID{"thads-dt-kv1"}},
	}
	for _, sc := range successions {
		if err := s.AddSuccession(ctx, sc); err != nil {
			return nil, err
		}
	}
	people := []org.Person{
		{ID: "an", FullName: "Nguyễn Văn An", Gender: org.Male, Recruited: d(1990, time.May, 1),
			Assignments: []org.Assignment{{Unit: "dt", Position: "Cục trưởng",
				Period: thidua.Period{From: d(2012, time.January, 1), To: d(2020, time.December, 31)}}}},
		{ID: "hoa", FullName: "Trần Thị Hoà", Gender: org.Female, Recruited: d(2005, time.September, 1),
			Assignments: []org.Assignment{
				{Unit: "dt-sadec", Position: "Chi cục trưởng", Period: thidua.Period{From: d(2010, time.January, 1), To: d(2020, time.December, 31)}},
				{Unit: "dt", Position: "Cục trưởng", Period: thidua.Period{From: d(2021, time.January, 1), To: d(2025, time.June, 30)}},
				{Unit: "thads-dt", Position: "Trưởng Thi hành án dân sự tỉnh", Period: thidua.Since(restructured)},
			}},
	}
	for _, p := range people {
		if err := s.AddPerson(ctx, p); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// A report on 2015–2020 asked about today's unit shows the units, and the
// names, in force in 2019; the post of a person on a date; the former
// holder of a post.
func Example() {
	ctx := context.Background()
	s, err := dongThap(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	on := thidua.MustDate(2019, time.December, 31)

	roots, err := org.UnitsInForce(ctx, s, "thads-dt", on)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, root := range roots {
		units, err := s.Subtree(ctx, root.ID, on)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, u := range units {
			indent := ""
			if u.ID != root.ID {
				indent = "  "
			}
			fmt.Println(indent + u.Name)
		}
	}

	p, err := s.Person(ctx, "hoa")
	if err != nil {
		fmt.Println(err)
		return
	}
	if a, ok := p.PostOn(on); ok {
		u, _ := s.Unit(ctx, a.Unit)
		fmt.Printf("%s, %s %s\n", p.FullName, a.Position, u.Name)
	}

	former, err := s.FormerHolders(ctx, "dt", "Cục trưởng", thidua.MustDate(2022, time.January, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range former {
		fmt.Printf("nguyên Cục trưởng: %s\n", f.FullName)
	}
	// Output:
	// Cục Thi hành án dân sự tỉnh Đồng Tháp
	//   Chi cục Thi hành án dân sự huyện Cao Lãnh
	//   Chi cục Thi hành án dân sự huyện Lai Vung
	//   Chi cục Thi hành án dân sự thành phố Sa Đéc
	// Trần Thị Hoà, Chi cục trưởng Chi cục Thi hành án dân sự thành phố Sa Đéc
	// nguyên Cục trưởng: Nguyễn Văn An
}

// The history of a unit created by the 2025 restructuring: the units merged
// into it.
func ExampleStore_predecessors() {
	ctx := context.Background()
	s, err := dongThap(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	preds, err := s.Predecessors(ctx, "thads-dt-kv1")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, u := range preds {
		fmt.Printf("%s (đến %s)\n", u.Name, u.Exists.To)
	}
	// Output:
	// Chi cục Thi hành án dân sự huyện Cao Lãnh (đến 2025-06-30)
	// Chi cục Thi hành án dân sự huyện Lai Vung (đến 2025-06-30)
	// Chi cục Thi hành án dân sự thành phố Sa Đéc (đến 2025-06-30)
}

// Names match whatever the tone placement: "Hòa" finds "Hoà", and the name
// is shown as it was entered.
func ExampleMemStore_People_byName() {
	ctx := context.Background()
	s, err := dongThap(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	ps, err := s.People(ctx, org.PeopleFilter{Name: "hòa"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range ps {
		fmt.Println(p.FullName)
	}
	// Output:
	// Trần Thị Hoà
}

// The days that count for Lao động tiên tiến: maternity leave counts as
// working time, sick leave counts against the 40-day limit.
func ExamplePersonYear_AbsentDays() {
	py := org.PersonYear{
		Person: "hoa", Year: 2019, Rating: org.CompletedWell, DaysWorked: 60,
		Absences: []org.Absence{
			{Reason: org.AbsenceMaternity, Days: 180},
			{Reason: org.AbsenceSick, Days: 12},
		},
	}
	fmt.Println("làm việc:", py.WorkingDays(), "ngày")
	fmt.Println("nghỉ tính trừ:", py.AbsentDays(), "ngày")
	// Output:
	// làm việc: 240 ngày
	// nghỉ tính trừ: 12 ngày
}

// Sorting people the Vietnamese way: by given name, then full name.
func ExampleSortPeople() {
	ps := []org.Person{
		{ID: "1", FullName: "Trần Thị Hoà"},
		{ID: "2", FullName: "Đỗ Văn Đức"},
		{ID: "3", FullName: "Võ Thị Dung"},
		{ID: "4", FullName: "Phạm Văn An"},
	}
	org.SortPeople(ps)
	var names []string
	for _, p := range ps {
		names = append(names, p.FullName)
	}
	fmt.Println(strings.Join(names, "; "))
	// Output:
	// Phạm Văn An; Võ Thị Dung; Đỗ Văn Đức; Trần Thị Hoà
}

// The levels of the justice sector, with the 2025 levels beside the old.
func ExampleJusticeScale() {
	for _, l := range org.JusticeScale().Levels() {
		fmt.Println(l.Rank, l.Name)
	}
	// Output:
	// 0 Bộ
	// 1 Tổng cục Thi hành án dân sự
	// 1 Cục Quản lý thi hành án dân sự
	// 2 Cục Thi hành án dân sự tỉnh
	// 2 Thi hành án dân sự tỉnh
	// 3 Chi cục Thi hành án dân sự cấp huyện
	// 3 Phòng Thi hành án dân sự khu vực
}

// The local units of the justice sector beside its civil judgment
// enforcement system.
func ExampleJusticeLocalScale() {
	for _, l := range org.JusticeLocalScale().Levels() {
		fmt.Println(l.Rank, l.Name)
	}
	// Output:
	// 0 Bộ
	// 1 Tổng cục Thi hành án dân sự
	// 1 Cục Quản lý thi hành án dân sự
	// 1 Ủy ban nhân dân tỉnh
	// 2 Cục Thi hành án dân sự tỉnh
	// 2 Thi hành án dân sự tỉnh
	// 2 Sở Tư pháp
	// 2 Ủy ban nhân dân cấp huyện
	// 3 Chi cục Thi hành án dân sự cấp huyện
	// 3 Phòng Thi hành án dân sự khu vực
	// 3 Phòng Tư pháp
}

// A store created with a scale checks unit levels: a level must be a code of
// the scale and rank below the parent's.
func ExampleWithScale() {
	ctx := context.Background()
	s := org.NewMemStore(org.WithScale(org.JusticeScale()))
	always := thidua.Since(thidua.MustDate(2009, time.October, 1))
	units := []org.Unit{
		{ID: "btp", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: always},
		{ID: "dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Level: org.LevelCucTHADSTinh, Parent: "btp", Exists: always},
		{ID: "typo", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Level: "chi-cuc-thads", Parent: "dt", Exists: always},
		{ID: "upside-down", Name: "Bộ Tư pháp", Level: org.LevelBo, Parent: "dt", Exists: always},
	}
	for _, u := range units {
		fmt.Printf("%s: %v\n", u.ID, errors.Is(s.AddUnit(ctx, u), thidua.ErrInvalid))
	}
	// Output:
	// btp: false
	// dt: false
	// typo: true
	// upside-down: true
}

// A screening reads the records of all its people for the years it looks
// back on in one call, and a unit moving to a bigger server copies its
// whole store.
func ExampleCopy() {
	ctx := context.Background()
	s, err := dongThap(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	err = s.AddPersonYears(ctx, []org.PersonYear{
		{Person: "an", Year: 2019, Rating: org.Excellent, DaysWorked: 250},
		{Person: "hoa", Year: 2019, Rating: org.CompletedWell, DaysWorked: 245},
		{Person: "an", Year: 2020, Rating: org.Excellent, DaysWorked: 251},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	pys, err := s.PersonYears(ctx, org.YearFilter{People: []org.PersonID{"hoa", "an"}, From: 2019, To: 2020})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, py := range pys {
		fmt.Println(py.Person, py.Year, py.Unit, py.Rating)
	}

	dst := org.NewMemStore() // an orgsql.Store on a server, say
	if err := org.Copy(ctx, dst, s); err != nil {
		fmt.Println(err)
		return
	}
	people, _ := dst.People(ctx, org.PeopleFilter{})
	years, _ := dst.PersonYears(ctx, org.YearFilter{})
	fmt.Println("copied:", len(people), "people,", len(years), "yearly records")
	// A second copy finds the IDs taken and writes nothing.
	fmt.Println(errors.Is(org.Copy(ctx, dst, s), thidua.ErrConflict))
	// Output:
	// an 2019 dt Hoàn thành xuất sắc nhiệm vụ
	// an 2020 dt Hoàn thành xuất sắc nhiệm vụ
	// hoa 2019 dt-sadec Hoàn thành tốt nhiệm vụ
	// copied: 2 people, 3 yearly records
	// true
}

// A Sở Tư pháp belongs to the provincial People's Committee and its sector
// is guided by the Bộ Tư pháp: two lines of authority.
func ExampleUnit_Above() {
	ctx := context.Background()
	s := org.NewMemStore(org.WithScale(org.JusticeLocalScale()))
	always := thidua.Since(thidua.MustDate(1990, time.January, 1))
	for _, u := range []org.Unit{
		{ID: "btp", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: always},
		{ID: "ubnd-dt", Name: "Ủy ban nhân dân tỉnh Đồng Tháp", Level: org.LevelUBNDTinh, Exists: always},
		{ID: "stp-dt", Name: "Sở Tư pháp tỉnh Đồng Tháp", Level: org.LevelSoTuPhap, Parent: "ubnd-dt", Sector: "btp", Exists: always},
	} {
		if err := s.AddUnit(ctx, u); err != nil {
			fmt.Println(err)
			return
		}
	}
	so, _ := s.Unit(ctx, "stp-dt")
	for _, l := range []org.Line{org.Administrative, org.Sector} {
		fmt.Printf("%s: %s\n", l, so.Above(l))
	}
	// Output:
	// hành chính: ubnd-dt
	// ngành: btp
}

// A unit renamed in place keeps its former name for the days before the
// rename, and a correction keeps the version it replaced.
func ExampleMemStore_RenameUnit() {
	ctx := context.Background()
	s := org.NewMemStore()
	d := thidua.MustDate
	_ = s.AddUnit(ctx, org.Unit{ID: "pvp", Name: "Văn phòng Cục", Exists: thidua.Since(d(2010, time.January, 1))})
	_ = s.RenameUnit(ctx, "pvp", d(2021, time.July, 1), "Văn phòng Cục Thi hành án dân sự", "", "Quyết định số 12/QĐ-CTHADS")
	u, _ := s.Unit(ctx, "pvp")
	before, _ := u.NameOn(d(2020, time.December, 31))
	after, _ := u.NameOn(d(2021, time.July, 1))
	fmt.Println(before)
	fmt.Println(after)

	// Renaming in place through UpdateUnit would rename every past report.
	u.Name = "Văn phòng"
	err := s.UpdateUnit(ctx, u)
	fmt.Println(errors.Is(err, thidua.ErrConflict))

	// A mistaken founding date is corrected, and the old version kept.
	u, _ = s.Unit(ctx, "pvp")
	u.Exists = thidua.Since(d(2009, time.October, 1))
	_ = s.CorrectUnit(ctx, u, thidua.Correction{By: "Nguyễn Văn Tổ", On: d(2026, time.March, 2), Reason: "Ngày thành lập theo Quyết định số 1059/QĐ-BTP"})
	h, _ := s.UnitHistory(ctx, "pvp")
	fmt.Println(h[0].Old.Exists.From, h[0].Correction.By, "-", h[0].Correction.Reason)
	// Output:
	// Văn phòng Cục
	// Văn phòng Cục Thi hành án dân sự
	// true
	// 2010-01-01 Nguyễn Văn Tổ - Ngày thành lập theo Quyết định số 1059/QĐ-BTP
}
