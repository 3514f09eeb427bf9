package org_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

func date(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }

func TestPersonYearDays(t *testing.T) {
	// NĐ 91/2017 art. 10 (NĐ 65/2014 art. 5): maternity leave and treatment of
	// injuries from combat or rescue count as working time; other absences
	// count towards the 40 working days that exclude Lao động tiên tiến.
	tests := []struct {
		name        string
		reason      string
		py          org.PersonYear
		working     int
		countsAgain int
	}{
		{"no absence", "days worked only", org.PersonYear{DaysWorked: 250}, 250, 0},
		{"maternity", "maternity leave counts as working time, not as absence",
			org.PersonYear{DaysWorked: 70, Absences: []org.Absence{{Reason: org.AbsenceMaternity, Days: 180}}}, 250, 0},
		{"injury on duty", "treatment of injuries on duty counts as working time",
			org.PersonYear{DaysWorked: 200, Absences: []org.Absence{{Reason: org.AbsenceInjuryOnDuty, Days: 45}}}, 245, 0},
		{"sick and other", "sick leave and other absences count against",
			org.PersonYear{DaysWorked: 200, Absences: []org.Absence{{Reason: org.AbsenceSick, Days: 30}, {Reason: org.AbsenceOther, Days: 10}}}, 200, 40},
		{"mixed", "maternity excepted, sick counted",
			org.PersonYear{DaysWorked: 100, Absences: []org.Absence{{Reason: org.AbsenceMaternity, Days: 120}, {Reason: org.AbsenceSick, Days: 5}}}, 220, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.py.WorkingDays(); got != tt.working {
				t.Errorf("WorkingDays() = %d, want %d (%s)", got, tt.working, tt.reason)
			}
			if got := tt.py.AbsentDays(); got != tt.countsAgain {
				t.Errorf("AbsentDays() = %d, want %d (%s)", got, tt.countsAgain, tt.reason)
			}
		})
	}
}

func testPerson() org.Person {
	return org.Person{ID: "p", FullName: "Trần Thị Hoà", Recruited: date(2005, time.September, 1),
		Assignments: []org.Assignment{
			{Unit: "sadec", Position: "Chi cục trưởng", Period: thidua.Period{From: date(2010, time.January, 1), To: date(2020, time.December, 31)}},
			{Unit: "dt", Position: "Chủ tịch Công đoàn", Concurrent: true, Period: thidua.Period{From: date(2018, time.January, 1), To: date(2022, time.December, 31)}},
			{Unit: "dt", Position: "Cục trưởng", Period: thidua.Period{From: date(2021, time.January, 1), To: date(2025, time.June, 30)}},
		}}
}

func TestPostOn(t *testing.T) {
	p := testPerson()
	tests := []struct {
		name   string
		on     thidua.Date
		want   org.Assignment
		wantOK bool
	}{
		{"full-time before concurrent", date(2019, time.June, 1), p.Assignments[0], true},
		{"first day of new post", date(2021, time.January, 1), p.Assignments[2], true},
		{"last day", date(2025, time.June, 30), p.Assignments[2], true},
		{"after", date(2025, time.July, 1), org.Assignment{}, false},
		{"before any post", date(2009, time.December, 31), org.Assignment{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := p.PostOn(tt.on)
			if ok != tt.wantOK {
				t.Fatalf("PostOn(%s) ok = %v, want %v", tt.on, ok, tt.wantOK)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("PostOn(%s) mismatch (-want +got):\n%s", tt.on, diff)
			}
		})
	}
	// Only a concurrent post: it is returned.
	q := org.Person{Assignments: []org.Assignment{p.Assignments[1]}}
	if got, ok := q.PostOn(date(2019, time.January, 1)); !ok || got != p.Assignments[1] {
		t.Errorf("PostOn with only a concurrent post = %+v, %v", got, ok)
	}
	if got := len(p.PostsOn(date(2019, time.January, 1))); got != 2 {
		t.Errorf("PostsOn(2019) has %d posts, want 2", got)
	}
}

func TestFormerPost(t *testing.T) {
	p := testPerson()
	tests := []struct {
		name     string
		unit     org.UnitID
		position string
		on       thidua.Date
		want     bool
	}{
		{"after leaving", "sadec", "Chi cục trưởng", date(2021, time.January, 1), true},
		{"tone and case variants", "sadec", "chi cục trưởng", date(2021, time.January, 1), true},
		{"still holding", "dt", "Cục trưởng", date(2024, time.January, 1), false},
		{"left", "dt", "Cục trưởng", date(2025, time.July, 1), true},
		{"never held", "dt", "Phó Cục trưởng", date(2025, time.July, 1), false},
		{"not yet held", "dt", "Cục trưởng", date(2020, time.January, 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := p.FormerPost(tt.unit, tt.position, tt.on); got != tt.want {
				t.Errorf("FormerPost(%s, %s, %s) = %v, want %v", tt.unit, tt.position, tt.on, got, tt.want)
			}
		})
	}
}

func TestRatingUnitAndService(t *testing.T) {
	p := testPerson()
	tests := []struct {
		year      int
		unit      org.UnitID
		inService bool
	}{
		{2004, "", false}, // before recruitment
		{2008, "", false}, // recruited, but no post recorded
		{2019, "sadec", true},
		{2021, "dt", true},
		{2026, "", false},
	}
	for _, tt := range tests {
		u, _ := p.RatingUnit(tt.year)
		if u != tt.unit {
			t.Errorf("RatingUnit(%d) = %q, want %q", tt.year, u, tt.unit)
		}
		if got := p.InService(tt.year); got != tt.inService {
			t.Errorf("InService(%d) = %v, want %v", tt.year, got, tt.inService)
		}
	}
	// In 2020 the full-time post in Sa Đéc rates the person, not the
	// concurrent one in the Cục.
	if u, _ := p.RatingUnit(2020); u != "sadec" {
		t.Errorf("RatingUnit(2020) = %q, want sadec", u)
	}
}

func TestDisciplineInForceIn(t *testing.T) {
	dc := org.Discipline{InForce: thidua.Period{From: date(2017, time.May, 10), To: date(2018, time.May, 9)}}
	for y, want := range map[int]bool{2016: false, 2017: true, 2018: true, 2019: false} {
		if got := dc.InForceIn(y); got != want {
			t.Errorf("InForceIn(%d) = %v, want %v", y, got, want)
		}
	}
}

func TestNameMatches(t *testing.T) {
	tests := []struct {
		name, query string
		want        bool
	}{
		{"Trần Thị Hoà", "Hòa", true},
		{"Trần Thị Hoà", "thị hoà", true},
		{"Phạm Thị Thuỷ", "THỦY", true},
		{"Phạm Thị Thuỷ", "Thuy", false},
		{"Trần Thị Hoà", "Hoa", false},
		{"Trần Thị Hoà", "Trần Hoà", false}, // not a run of words
		{"Trần Thị Hoà", "Hoà Trần", false},
		{"Trần Thị Hoà", "", false},
		{"Chiến sỹ thi đua", "chiến sĩ", true},
	}
	for _, tt := range tests {
		if got := org.NameMatches(tt.name, tt.query); got != tt.want {
			t.Errorf("NameMatches(%q, %q) = %v, want %v", tt.name, tt.query, got, tt.want)
		}
	}
}

func TestSortPeople(t *testing.T) {
	ps := []org.Person{
		{ID: "1", FullName: "Trần Thị Hoà"},
		{ID: "2", FullName: "Đỗ Văn Đức"},
		{ID: "3", FullName: "Phạm Văn An"},
		{ID: "4", FullName: "Lê Thị Hòa"},
		{ID: "5", FullName: "Võ Thị Dung"},
		{ID: "6", FullName: "Nguyễn Văn Ân"},
		{ID: "7", FullName: "Lê Thị Hòa"},
	}
	org.SortPeople(ps)
	var got []string
	for _, p := range ps {
		got = append(got, p.FullName+"#"+string(p.ID))
	}
	// By given name (a < â, d < đ; Hoà and Hòa together), then full name,
	// then ID.
	want := []string{"Phạm Văn An#3", "Nguyễn Văn Ân#6", "Võ Thị Dung#5", "Đỗ Văn Đức#2",
		"Lê Thị Hòa#4", "Lê Thị Hòa#7", "Trần Thị Hoà#1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SortPeople mismatch (-want +got):\n%s", diff)
	}
}

func TestScale(t *testing.T) {
	s := org.JusticeScale()
	l, ok := s.Lookup(org.LevelCucTHADSTinh)
	if !ok || l.Rank != 2 || l.Name != "Cục Thi hành án dân sự tỉnh" {
		t.Errorf("Lookup(cuc-thads-tinh) = %+v, %v", l, ok)
	}
	if _, ok := s.Lookup("xa"); ok {
		t.Error("Lookup(xa) found a level")
	}
	tests := []struct {
		a, b string
		want int
	}{
		{org.LevelBo, org.LevelCucTHADSTinh, -1},
		{org.LevelChiCucTHADSHuyen, org.LevelCucTHADSTinh, 1},
		{org.LevelTHADSTinh, org.LevelCucTHADSTinh, 0},
		{org.LevelPhongTHADSKhuVuc, org.LevelTHADSTinh, 1},
	}
	for _, tt := range tests {
		got, err := s.Compare(tt.a, tt.b)
		if err != nil || got != tt.want {
			t.Errorf("Compare(%s, %s) = %d, %v; want %d", tt.a, tt.b, got, err, tt.want)
		}
	}
	if _, err := s.Compare("xa", org.LevelBo); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("Compare with an unknown code: error = %v, want ErrNotFound", err)
	}
	// Each call returns a fresh value: changing one copy changes no other.
	ls := s.Levels()
	ls[0].Name = "changed"
	if l, _ := org.JusticeScale().Lookup(org.LevelBo); l.Name != "Bộ" {
		t.Errorf("JusticeScale shares state: %q", l.Name)
	}
	if l, _ := s.Lookup(org.LevelBo); l.Name != "Bộ" {
		t.Errorf("Levels shares state: %q", l.Name)
	}

	own, err := org.NewScale(org.Level{Code: "xa", Name: "Cấp xã", Rank: 2}, org.Level{Code: "tinh", Name: "Cấp tỉnh", Rank: 0})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"tinh", "xa"}, []string{own.Levels()[0].Code, own.Levels()[1].Code}); diff != "" {
		t.Errorf("NewScale order mismatch (-want +got):\n%s", diff)
	}
	bad := []struct {
		name   string
		levels []org.Level
	}{
		{"empty code", []org.Level{{Name: "Cấp tỉnh"}}},
		{"blank name", []org.Level{{Code: "tinh", Name: " "}}},
		{"negative rank", []org.Level{{Code: "tinh", Name: "Cấp tỉnh", Rank: -1}}},
		{"duplicate code", []org.Level{{Code: "tinh", Name: "Cấp tỉnh"}, {Code: "tinh", Name: "Tỉnh", Rank: 1}}},
	}
	for _, tt := range bad {
		if _, err := org.NewScale(tt.levels...); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("NewScale(%s): error = %v, want ErrInvalid", tt.name, err)
		}
	}
}

func TestLabels(t *testing.T) {
	got := []string{org.Excellent.String(), org.Failed.String(), org.KhienTrach.String(), org.BuocThoiViec.String(),
		org.Female.String(), org.Merge.String(), org.AbsenceMaternity.String(), org.Rating(12).String()}
	want := []string{"Hoàn thành xuất sắc nhiệm vụ", "Không hoàn thành nhiệm vụ", "khiển trách", "buộc thôi việc",
		"Nữ", "hợp nhất", "nghỉ thai sản", "Rating(12)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("labels mismatch (-want +got):\n%s", diff)
	}
}

func TestValidate(t *testing.T) {
	// The shape checks are exported for other stores; each wraps ErrInvalid.
	tests := []struct {
		name string
		err  error
	}{
		{"unit", org.Unit{ID: "u", Name: " "}.Validate()},
		{"person", org.Person{ID: "p", FullName: "A", Gender: 3}.Validate()},
		{"person-year", org.PersonYear{Person: "p", Year: 2019, DaysWorked: 366}.Validate()},
		{"unit-year", org.UnitYear{Unit: "u", Year: 1800}.Validate()},
		{"discipline", org.Discipline{ID: "d", Person: "p", Form: org.CanhCao}.Validate()},
		{"succession", org.Succession{Kind: org.Split, Date: date(2025, time.July, 1), From: []org.UnitID{"a"}, To: []org.UnitID{"b"}}.Validate()},
	}
	for _, tt := range tests {
		var te *thidua.Error
		if !errors.Is(tt.err, thidua.ErrInvalid) || !errors.As(tt.err, &te) {
			t.Errorf("%s: Validate() = %v, want a *thidua.Error wrapping ErrInvalid", tt.name, tt.err)
		}
	}
	ok := org.PersonYear{Person: "p", Year: 2020, DaysWorked: 366}
	if err := ok.Validate(); err != nil {
		t.Errorf("366 days in 2020: %v", err)
	}
}
