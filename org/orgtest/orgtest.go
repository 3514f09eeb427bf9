package orgtest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
	"golang.org/x/text/unicode/norm"
)

// RunStoreTests runs the behavioural tests of org.Store against stores made
// by newStore. Each subtest calls newStore once, with its own *testing.T,
// and expects a fresh, empty store (as testing/slogtest.Run does); the
// factory may register cleanups on that T.
// The tests cover reading back what was written (names cleaned, order of
// results, defensive copies), the queries reports and screening use, the
// set-based reads (records, disciplines, people and units of many IDs at
// once), the batch writes AddPeople and AddPersonYears, listing everything the store
// holds, org.Copy into a second store from newStore and into the memory
// store (every listing equal afterwards), the errors each method
// documents, that a failed write leaves the store unchanged, and
// concurrent use (run with -race).
func RunStoreTests(t *testing.T, newStore func(t *testing.T) org.Store) {
	tests := []struct {
		name string
		run  func(*testing.T, org.Store)
	}{
		{"Units", testUnits},
		{"UnitFilter", testUnitFilter},
		{"Subtree", testSubtree},
		{"UpdateUnit", testUpdateUnit},
		{"RenameUnit", testRenameUnit},
		{"CorrectUnit", testCorrectUnit},
		{"EndUnitHistory", testEndUnitHistory},
		{"RecordHistory", testRecordHistory},
		{"AddHistory", testAddHistory},
		{"Successions", testSuccessions},
		{"People", testPeople},
		{"PeopleFilter", testPeopleFilter},
		{"Assignments", testAssignments},
		{"FormerHolders", testFormerHolders},
		{"PersonYears", testPersonYears},
		{"UnitYears", testUnitYears},
		{"Disciplines", testDisciplines},
		{"Names", testNames},
		{"Copies", testCopies},
		{"BadInput", testBadInput},
		{"HostileInput", testHostileInput},
		{"NotFound", testNotFound},
		{"Context", testContext},
		{"Concurrency", testConcurrency},
		{"SetReads", testSetReads},
		{"AddPersonYears", testAddPersonYears},
		{"AddPeople", testAddPeople},
		{"ListAll", testListAll},
		{"Races", testRaces},
		{"Lines", testLines},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t, newStore(t)) })
	}
	t.Run("Copy", func(t *testing.T) { testCopy(t, newStore) })
	t.Run("CopyLines", func(t *testing.T) { testCopyLines(t, newStore) })
}

var bg = context.Background()

// equateEmpty makes nil and empty slices equal: a store may return either
// for "no results".
var equateEmpty = cmpopts.EquateEmpty()

func unitIDs(us []org.Unit) []org.UnitID {
	ids := make([]org.UnitID, len(us))
	for i, u := range us {
		ids[i] = u.ID
	}
	return ids
}

func personIDs(ps []org.Person) []org.PersonID {
	ids := make([]org.PersonID, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}

func check(t testing.TB, what string, want, got any) {
	t.Helper()
	if diff := cmp.Diff(want, got, equateEmpty); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, diff)
	}
}

func noErr(t testing.TB, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: unexpected error: %v", what, err)
	}
}

// wantErr checks err wraps sentinel inside a *thidua.Error.
func wantErr(t testing.TB, what string, err, sentinel error) {
	t.Helper()
	if !errors.Is(err, sentinel) {
		t.Errorf("%s: error = %v, want one wrapping %v", what, err, sentinel)
		return
	}
	var te *thidua.Error
	if !errors.As(err, &te) {
		t.Errorf("%s: error %v (%T) is not a *thidua.Error", what, err, err)
	}
}

func testUnits(t *testing.T, s org.Store) {
	load(t, s)
	for _, want := range fixtureUnits() {
		got, err := s.Unit(bg, want.ID)
		noErr(t, "Unit "+string(want.ID), err)
		check(t, "Unit "+string(want.ID), want, got)
	}
	all, err := s.Units(bg, org.UnitFilter{})
	noErr(t, "Units", err)
	check(t, "Units (all, by ID)", []org.UnitID{"bo", "dt", "dt-caolanh", "dt-hongngu", "dt-hongngu-h", "dt-hongngu-tp", "dt-sadec", "dtm", "dtm-kv1", "tg"}, unitIDs(all))
}

func testUnitFilter(t *testing.T, s org.Store) {
	load(t, s)
	tests := []struct {
		name   string
		reason string
		f      org.UnitFilter
		want   []org.UnitID
	}{
		{"level on date", "the provincial departments of 2019", org.UnitFilter{Level: org.LevelCucTHADSTinh, On: midYear},
			[]org.UnitID{"dt", "tg"}},
		{"level after restructuring", "no Cục THADS tỉnh after 01/07/2025", org.UnitFilter{Level: org.LevelCucTHADSTinh, On: lateYear}, nil},
		{"name words", "whole words of the name, any case", org.UnitFilter{Name: "đồng tháp"},
			[]org.UnitID{"dt", "dtm"}},
		{"short name", "the short name matches too", org.UnitFilter{Name: "Cục THADS Tiền Giang"}, []org.UnitID{"tg"}},
		{"name on date", "names in force on a date", org.UnitFilter{Name: "Hồng Ngự", On: midYear}, []org.UnitID{"dt-hongngu"}},
		{"no partial word", "a query matches whole words only", org.UnitFilter{Name: "Đồng Th"}, nil},
		{"no tone-less match", "Đông is not Đồng", org.UnitFilter{Name: "Đông Tháp"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Units(bg, tt.f)
			noErr(t, "Units", err)
			check(t, "Units ("+tt.reason+")", tt.want, unitIDs(got))
		})
	}
}

func testSubtree(t *testing.T, s org.Store) {
	load(t, s)
	tests := []struct {
		name   string
		reason string
		root   org.UnitID
		asOf   thidua.Date
		want   []org.UnitID
	}{
		{"2019", "root first, depth-first by ID, only units existing on the date",
			"bo", midYear, []org.UnitID{"bo", "dt", "dt-caolanh", "dt-hongngu", "dt-sadec", "tg"}},
		{"2021", "the split branches replace Hồng Ngự", "dt", d(2021, time.March, 1),
			[]org.UnitID{"dt", "dt-caolanh", "dt-hongngu-h", "dt-hongngu-tp", "dt-sadec"}},
		{"after 2025", "the new structure", "bo", lateYear, []org.UnitID{"bo", "dtm", "dtm-kv1"}},
		{"last day", "periods are inclusive", "dt", lastOld,
			[]org.UnitID{"dt", "dt-caolanh", "dt-hongngu-h", "dt-hongngu-tp", "dt-sadec"}},
		{"root closed", "a root that does not exist on the date gives nothing", "dt", lateYear, nil},
		{"all dates", "a zero date keeps every unit", "dt", thidua.Date{},
			[]org.UnitID{"dt", "dt-caolanh", "dt-hongngu", "dt-hongngu-h", "dt-hongngu-tp", "dt-sadec"}},
		{"leaf", "a unit without children", "dt-sadec", midYear, []org.UnitID{"dt-sadec"}},
		{"whole subtree in force", "every unit under dtm exists on the date", "dtm", lateYear, []org.UnitID{"dtm", "dtm-kv1"}},
		{"day before subtree", "dtm and its branch start on 01/07/2025", "dtm", lastOld, nil},
		{"first day of split", "Hồng Ngự ended the day before", "dt", split,
			[]org.UnitID{"dt", "dt-caolanh", "dt-hongngu-h", "dt-hongngu-tp", "dt-sadec"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Subtree(bg, tt.root, tt.asOf)
			noErr(t, "Subtree", err)
			check(t, "Subtree ("+tt.reason+")", tt.want, unitIDs(got))
		})
	}
	// The units come back whole, with the names in force then.
	got, err := s.Subtree(bg, "dt", midYear)
	noErr(t, "Subtree", err)
	if len(got) == 0 || got[0].Name != "Cục Thi hành án dân sự tỉnh Đồng Tháp" {
		t.Errorf("Subtree(dt)[0] = %+v, want the Cục THADS tỉnh Đồng Tháp", got)
	}
}

func testUpdateUnit(t *testing.T, s org.Store) {
	load(t, s)
	u, err := s.Unit(bg, "dt-sadec")
	noErr(t, "Unit", err)
	u.Level = org.LevelChiCucTHADSHuyen + " " // trimmed: an update unchanged
	noErr(t, "UpdateUnit", s.UpdateUnit(bg, u))
	got, err := s.Unit(bg, "dt-sadec")
	noErr(t, "Unit", err)
	check(t, "updated unit", u.Normalize(), got)

	// Moving a unit under another parent moves its place in subtrees.
	h, err := s.Unit(bg, "dt-hongngu-h")
	noErr(t, "Unit", err)
	h.Parent = "tg"
	noErr(t, "UpdateUnit (move)", s.UpdateUnit(bg, h))
	sub, err := s.Subtree(bg, "tg", d(2021, time.January, 1))
	noErr(t, "Subtree", err)
	check(t, "Subtree after a move", []org.UnitID{"tg", "dt-hongngu-h"}, unitIDs(sub))
	sub, err = s.Subtree(bg, "dt", d(2021, time.January, 1))
	noErr(t, "Subtree", err)
	check(t, "old parent's subtree after a move", []org.UnitID{"dt", "dt-caolanh", "dt-hongngu-tp", "dt-sadec"}, unitIDs(sub))

	// Ending a unit: a new unit with no dependants can be closed.
	noErr(t, "AddUnit", s.AddUnit(bg, org.Unit{ID: "dtm-kv2", Name: "Phòng Thi hành án dân sự khu vực 2",
		Level: org.LevelPhongTHADSKhuVuc, Parent: "dtm", Exists: thidua.Since(merged)}))
	end := d(2026, time.March, 31)
	noErr(t, "EndUnit", s.EndUnit(bg, "dtm-kv2", end))
	got, err = s.Unit(bg, "dtm-kv2")
	noErr(t, "Unit", err)
	check(t, "ended unit's period", period(merged, end), got.Exists)
	sub, err = s.Subtree(bg, "dtm", d(2026, time.April, 1))
	noErr(t, "Subtree", err)
	check(t, "Subtree after the end", []org.UnitID{"dtm", "dtm-kv1"}, unitIDs(sub))
}

func testSuccessions(t *testing.T, s org.Store) {
	load(t, s)
	all, err := s.Successions(bg, "")
	noErr(t, "Successions", err)
	fx := fixtureSuccessions()
	// By date, then by From units: [dt tg] sorts before [dt-caolanh …].
	check(t, "all successions", []org.Succession{fx[0], fx[1], fx[2]}, all)

	got, err := s.Successions(bg, "dt-sadec")
	noErr(t, "Successions", err)
	check(t, "successions of dt-sadec", []org.Succession{fx[2]}, got)

	lineage := []struct {
		name string
		unit org.UnitID
		back bool
		want []org.UnitID
	}{
		// Latest ending first: the 2025 predecessors, then the branch
		// split in 2020 (transitive).
		{"predecessors of kv1", "dtm-kv1", true, []org.UnitID{"dt-caolanh", "dt-hongngu-tp", "dt-sadec", "dt-hongngu"}},
		{"predecessors of dtm", "dtm", true, []org.UnitID{"dt", "tg"}},
		{"no predecessors", "bo", true, nil},
		// Earliest starting first.
		{"successors of hongngu", "dt-hongngu", false, []org.UnitID{"dt-hongngu-h", "dt-hongngu-tp", "dtm-kv1"}},
		{"successors of dt", "dt", false, []org.UnitID{"dtm"}},
		{"no successors", "dt-hongngu-h", false, nil},
	}
	for _, tt := range lineage {
		t.Run(tt.name, func(t *testing.T) {
			var us []org.Unit
			var err error
			if tt.back {
				us, err = s.Predecessors(bg, tt.unit)
			} else {
				us, err = s.Successors(bg, tt.unit)
			}
			noErr(t, tt.name, err)
			check(t, tt.name, tt.want, unitIDs(us))
		})
	}

	// A report of 2019 asked about today's units finds the units in force.
	inForce := []struct {
		unit org.UnitID
		on   thidua.Date
		want []org.UnitID
	}{
		{"dtm-kv1", midYear, []org.UnitID{"dt-caolanh", "dt-hongngu", "dt-sadec"}},
		{"dtm-kv1", d(2022, time.May, 5), []org.UnitID{"dt-caolanh", "dt-hongngu-tp", "dt-sadec"}},
		{"dtm", midYear, []org.UnitID{"dt", "tg"}},
		{"dtm", lateYear, []org.UnitID{"dtm"}},
		{"dtm", d(2000, time.January, 1), nil},
	}
	for _, tt := range inForce {
		got, err := org.UnitsInForce(bg, s, tt.unit, tt.on)
		noErr(t, "UnitsInForce", err)
		check(t, fmt.Sprintf("UnitsInForce(%s, %s)", tt.unit, tt.on), tt.want, unitIDs(got))
	}
	// A unit that absorbed another keeps its own history and gains the
	// other's: both are in force before the merge.
	noErr(t, "AddUnit", s.AddUnit(bg, org.Unit{ID: "dt-x", Name: "Chi cục Thi hành án dân sự huyện X", Parent: "dt",
		Level: org.LevelChiCucTHADSHuyen, Exists: period(created, d(2015, time.December, 31))}))
	noErr(t, "AddSuccession", s.AddSuccession(bg, org.Succession{Kind: org.Merge, Date: d(2016, time.January, 1),
		From: []org.UnitID{"dt-x"}, To: []org.UnitID{"dt-sadec"}}))
	got1, err := org.UnitsInForce(bg, s, "dt-sadec", d(2015, time.June, 30))
	noErr(t, "UnitsInForce", err)
	check(t, "UnitsInForce after absorbing a unit", []org.UnitID{"dt-sadec", "dt-x"}, unitIDs(got1))
	got2, err := org.UnitsInForce(bg, s, "dtm", midYear)
	noErr(t, "UnitsInForce", err)
	if len(got2) == 2 && got2[0].Name != "Cục Thi hành án dân sự tỉnh Đồng Tháp" {
		t.Errorf("UnitsInForce(dtm, 2019)[0].Name = %q, want the name in force in 2019", got2[0].Name)
	}
}

func testPeople(t *testing.T, s org.Store) {
	load(t, s)
	for _, want := range fixturePeople() {
		got, err := s.Person(bg, want.ID)
		noErr(t, "Person", err)
		check(t, "Person "+string(want.ID), want, got)
	}
	all, err := s.People(bg, org.PeopleFilter{})
	noErr(t, "People", err)
	check(t, "People (all, by ID)", []org.PersonID{"p1", "p2", "p3", "p4"}, personIDs(all))
	// A person with no assignment yet is stored and listed.
	noErr(t, "AddPerson", s.AddPerson(bg, org.Person{ID: "p0", FullName: "Võ Minh Chí"}))
	all, err = s.People(bg, org.PeopleFilter{})
	noErr(t, "People", err)
	check(t, "People after adding one without posts", []org.PersonID{"p0", "p1", "p2", "p3", "p4"}, personIDs(all))
}

func testPeopleFilter(t *testing.T, s org.Store) {
	load(t, s)
	tests := []struct {
		name   string
		reason string
		f      org.PeopleFilter
		want   []org.PersonID
	}{
		{"unit on date", "only the unit itself without Subtree", org.PeopleFilter{Unit: "dt", On: midYear}, []org.PersonID{"p1"}},
		{"subtree on date", "the whole subtree", org.PeopleFilter{Unit: "dt", Subtree: true, On: midYear},
			[]org.PersonID{"p1", "p2", "p3", "p4"}},
		{"subtree during", "assignments overlapping 2021", org.PeopleFilter{Unit: "dt", Subtree: true, During: thidua.Year(2021)},
			[]org.PersonID{"p2", "p3", "p4"}},
		{"unit during period", "everyone who served in the unit in 2015-2020", org.PeopleFilter{Unit: "dt", During: thidua.Years(2015, 2020)},
			[]org.PersonID{"p1"}},
		{"unit any time", "no date: anyone ever assigned", org.PeopleFilter{Unit: "dt"}, []org.PersonID{"p1", "p2"}},
		{"position", "position matched in any case", org.PeopleFilter{Position: "chấp hành viên"}, []org.PersonID{"p3"}},
		{"position in unit on date", "the Cục trưởng on a date", org.PeopleFilter{Unit: "dt", Position: "Cục trưởng", On: d(2022, time.January, 1)},
			[]org.PersonID{"p2"}},
		{"concurrent post", "concurrent posts count", org.PeopleFilter{Position: "Tổ trưởng công đoàn", On: midYear}, []org.PersonID{"p3"}},
		{"new unit", "after the restructuring", org.PeopleFilter{Unit: "dtm", Subtree: true, On: lateYear}, []org.PersonID{"p2", "p3"}},
		{"closed unit", "nobody in a unit after it closed", org.PeopleFilter{Unit: "dt", Subtree: true, On: lateYear}, nil},
		{"name new tone", "Hòa finds Hoà", org.PeopleFilter{Name: "Hòa"}, []org.PersonID{"p2"}},
		{"name old tone", "Thủy finds Thuỷ", org.PeopleFilter{Name: "thủy"}, []org.PersonID{"p4"}},
		{"full name", "the whole name", org.PeopleFilter{Name: "nguyễn  văn an"}, []org.PersonID{"p1"}},
		{"no toneless match", "Hoa is another name", org.PeopleFilter{Name: "Hoa"}, nil},
		{"name and unit", "both filters apply", org.PeopleFilter{Name: "Văn", Unit: "dt-caolanh"}, []org.PersonID{"p3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.People(bg, tt.f)
			noErr(t, "People", err)
			check(t, "People ("+tt.reason+")", tt.want, personIDs(got))
			// A scan visits the same people, whole, in the same order.
			var scanned []org.Person
			noErr(t, "ScanPeople", org.ScanPeople(bg, s, tt.f, func(p *org.Person) error {
				scanned = append(scanned, *p)
				return nil
			}))
			check(t, "ScanPeople, as People ("+tt.reason+")", got, scanned)
		})
	}
	t.Run("scan stops", func(t *testing.T) {
		stop := errors.New("enough")
		n := 0
		err := org.ScanPeople(bg, s, org.PeopleFilter{}, func(*org.Person) error {
			n++
			if n == 2 {
				return stop
			}
			return nil
		})
		if err != stop || n != 2 {
			t.Errorf("ScanPeople after the callback's error = %v with %d people visited, want the error itself after 2", err, n)
		}
	})
	t.Run("scan errors", func(t *testing.T) {
		err := org.ScanPeople(bg, s, org.PeopleFilter{Unit: "nowhere"}, func(*org.Person) error { return nil })
		if !errors.Is(err, thidua.ErrNotFound) {
			t.Errorf("ScanPeople of an unknown unit = %v, want ErrNotFound as People", err)
		}
		err = org.ScanPeople(bg, s, org.PeopleFilter{On: midYear, During: thidua.Year(2021)}, func(*org.Person) error { return nil })
		if !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("ScanPeople with On and During = %v, want ErrInvalid as People", err)
		}
	})
	if _, ok := s.(org.PeopleScanner); !ok {
		t.Errorf("%T is not an org.PeopleScanner: reports copy every person they read", s)
	}
}

func testAssignments(t *testing.T, s org.Store) {
	load(t, s)
	deputy := org.Assignment{Unit: "dt", Position: "Phó Cục trưởng", Period: period(created, d(2011, time.December, 31))}
	noErr(t, "AddAssignment", s.AddAssignment(bg, "p1", deputy))
	p, err := s.Person(bg, "p1")
	noErr(t, "Person", err)
	want := append([]org.Assignment{deputy}, fixturePeople()[0].Assignments...)
	check(t, "assignments, by start date", want, p.Assignments)

	// A concurrent post may overlap the full-time one.
	conc := org.Assignment{Unit: "dt", Position: "Chủ tịch Hội đồng thi đua, khen thưởng", Concurrent: true,
		Period: period(d(2015, time.January, 1), d(2020, time.December, 31))}
	noErr(t, "AddAssignment (concurrent)", s.AddAssignment(bg, "p1", conc))

	// Ending an open post.
	end := d(2025, time.December, 31)
	noErr(t, "EndAssignment", s.EndAssignment(bg, "p3", "dtm-kv1", "Chấp hành viên", end))
	p, err = s.Person(bg, "p3")
	noErr(t, "Person", err)
	post, ok := p.PostOn(end)
	check(t, "post on the last day", org.Assignment{Unit: "dtm-kv1", Position: "Chấp hành viên", Period: period(merged, end)}, post)
	if _, ok2 := p.PostOn(end.AddDays(1)); !ok || ok2 {
		t.Errorf("PostOn around the end = %v, %v; want a post on the last day and none after", ok, ok2)
	}
	// The unit may now be ended.
	people, err := s.People(bg, org.PeopleFilter{Unit: "dtm-kv1", On: d(2026, time.January, 1)})
	noErr(t, "People", err)
	check(t, "people after the end", []org.PersonID(nil), personIDs(people))
}

func testFormerHolders(t *testing.T, s org.Store) {
	load(t, s)
	tests := []struct {
		name   string
		reason string
		unit   org.UnitID
		pos    string
		on     thidua.Date
		want   []org.PersonID
	}{
		{"one former", "p1 left the post at the end of 2020; p2 holds it", "dt", "Cục trưởng", d(2022, time.January, 1), []org.PersonID{"p1"}},
		{"most recent first", "after the unit closed both are former holders", "dt", "cục trưởng", lateYear, []org.PersonID{"p2", "p1"}},
		{"holder is not former", "p1 still holds the post in 2015", "dt", "Cục trưởng", d(2015, time.January, 1), nil},
		{"other post", "p2 was Chi cục trưởng of Sa Đéc", "dt-sadec", "Chi cục trưởng", d(2021, time.January, 1), []org.PersonID{"p2"}},
		{"before anyone", "nobody held it before 2012", "dt", "Cục trưởng", d(2011, time.January, 1), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.FormerHolders(bg, tt.unit, tt.pos, tt.on)
			noErr(t, "FormerHolders", err)
			check(t, "FormerHolders ("+tt.reason+")", tt.want, personIDs(got))
		})
	}
}

func testPersonYears(t *testing.T, s org.Store) {
	load(t, s)
	fx := fixturePersonYears()
	for _, want := range fx {
		got, err := s.PersonYear(bg, want.Person, want.Year)
		noErr(t, "PersonYear", err)
		check(t, "PersonYear", want, got)
	}
	// An empty unit is filled with the unit of the post held that year.
	noErr(t, "AddPersonYear", s.AddPersonYear(bg, org.PersonYear{Person: "p3", Year: 2020, Rating: org.CompletedWell, DaysWorked: 250}))
	got, err := s.PersonYear(bg, "p3", 2020)
	noErr(t, "PersonYear", err)
	check(t, "filled unit", org.UnitID("dt-caolanh"), got.Unit)
	// A leap year has 366 days.
	noErr(t, "AddPersonYear (leap)", s.AddPersonYear(bg, org.PersonYear{Person: "p1", Year: 2020, Unit: "dt", DaysWorked: 366}))

	key := func(pys []org.PersonYear) []string {
		var ks []string
		for _, py := range pys {
			ks = append(ks, fmt.Sprintf("%s/%d", py.Person, py.Year))
		}
		return ks
	}
	tests := []struct {
		name   string
		reason string
		f      org.YearFilter
		want   []string
	}{
		{"subtree year", "all records of a subtree for a year", org.YearFilter{Unit: "dt", Subtree: true, From: 2019, To: 2019},
			[]string{"p1/2019", "p2/2019", "p3/2019", "p4/2019"}},
		{"unit only", "records rated by the unit itself", org.YearFilter{Unit: "dt"}, []string{"p1/2019", "p1/2020"}},
		{"person", "a person's years in order", org.YearFilter{Person: "p3"}, []string{"p3/2018", "p3/2019", "p3/2020"}},
		{"person from", "open-ended range", org.YearFilter{Person: "p3", From: 2019}, []string{"p3/2019", "p3/2020"}},
		{"all to", "every record up to 2018", org.YearFilter{To: 2018}, []string{"p3/2018"}},
		{"person and unit", "both filters", org.YearFilter{Person: "p2", Unit: "dt-sadec"}, []string{"p2/2019"}},
		{"no records", "the new unit has none", org.YearFilter{Unit: "dtm", Subtree: true}, nil},
		{"predecessors", "kv1 inherits the records of the branches merged into it, transitively",
			org.YearFilter{Unit: "dtm-kv1", Predecessors: true, From: 2019, To: 2019},
			[]string{"p2/2019", "p3/2019", "p4/2019"}},
		{"predecessors subtree", "today's province finds the 2019 records of the old one",
			org.YearFilter{Unit: "dtm", Subtree: true, Predecessors: true, To: 2019},
			[]string{"p1/2019", "p2/2019", "p3/2018", "p3/2019", "p4/2019"}},
		{"predecessors only the tree", "without Subtree only the old units themselves",
			org.YearFilter{Unit: "dtm", Predecessors: true}, []string{"p1/2019", "p1/2020"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.PersonYears(bg, tt.f)
			noErr(t, "PersonYears", err)
			check(t, "PersonYears ("+tt.reason+")", tt.want, key(got))
		})
	}
	all, err := s.PersonYears(bg, org.YearFilter{Person: "p4"})
	noErr(t, "PersonYears", err)
	check(t, "whole records", []org.PersonYear{fx[4]}, all)

	// Correction.
	fixed := fx[3]
	fixed.Rating = org.Excellent
	fixed.Absences = nil
	noErr(t, "ReplacePersonYear", s.ReplacePersonYear(bg, fixed, fix))
	got, err = s.PersonYear(bg, "p3", 2019)
	noErr(t, "PersonYear", err)
	check(t, "corrected record", fixed, got)
	wantErr(t, "AddPersonYear twice", s.AddPersonYear(bg, fixed), thidua.ErrConflict)
}

func testUnitYears(t *testing.T, s org.Store) {
	load(t, s)
	fx := fixtureUnitYears()
	for _, want := range fx {
		got, err := s.UnitYear(bg, want.Unit, want.Year)
		noErr(t, "UnitYear", err)
		check(t, "UnitYear", want, got)
	}
	extra := org.UnitYear{Unit: "dt", Year: 2018, Rating: org.CompletedWell}
	noErr(t, "AddUnitYear", s.AddUnitYear(bg, extra))
	got, err := s.UnitYears(bg, org.UnitYearFilter{Unit: "dt", Subtree: true})
	noErr(t, "UnitYears", err)
	check(t, "UnitYears of a subtree, by unit then year", []org.UnitYear{extra, fx[0], fx[1]}, got)
	got, err = s.UnitYears(bg, org.UnitYearFilter{From: 2019, To: 2019})
	noErr(t, "UnitYears", err)
	check(t, "UnitYears of 2019", fx, got)
	got, err = s.UnitYears(bg, org.UnitYearFilter{Unit: "dtm", Predecessors: true})
	noErr(t, "UnitYears", err)
	check(t, "UnitYears of the units merged into dtm", []org.UnitYear{extra, fx[0], fx[2]}, got)
	got, err = s.UnitYears(bg, org.UnitYearFilter{Unit: "dtm", Predecessors: true, Subtree: true, From: 2019})
	noErr(t, "UnitYears", err)
	check(t, "UnitYears of the merged units and their branches", fx, got)

	fixed := fx[1]
	fixed.Rating = org.Excellent
	noErr(t, "ReplaceUnitYear", s.ReplaceUnitYear(bg, fixed, fix))
	one, err := s.UnitYear(bg, "dt-caolanh", 2019)
	noErr(t, "UnitYear", err)
	check(t, "corrected unit record", fixed, one)
	// A unit existing part of a year may be rated for it.
	noErr(t, "AddUnitYear (partial year)", s.AddUnitYear(bg, org.UnitYear{Unit: "dtm", Year: 2025, Rating: org.CompletedWell}))
}

func testDisciplines(t *testing.T, s org.Store) {
	load(t, s)
	fx := fixtureDisciplines()
	later := org.Discipline{ID: "kl-2021-03", Person: "p3", Form: org.CanhCao, Decided: d(2021, time.February, 1),
		InForce: period(d(2021, time.February, 1), d(2022, time.January, 31))}
	other := org.Discipline{ID: "kl-2021-01", Person: "p1", Form: org.KhienTrach, Decided: d(2020, time.March, 3),
		InForce: period(d(2020, time.March, 3), d(2021, time.March, 2))}
	noErr(t, "AddDiscipline", s.AddDiscipline(bg, later))
	noErr(t, "AddDiscipline", s.AddDiscipline(bg, other))
	tests := []struct {
		name string
		f    org.DisciplineFilter
		want []org.Discipline
	}{
		{"person, by date", org.DisciplineFilter{Person: "p3"}, []org.Discipline{fx[0], later}},
		{"all, by person", org.DisciplineFilter{}, []org.Discipline{other, fx[0], later}},
		{"in force in 2018", org.DisciplineFilter{Year: 2018}, []org.Discipline{fx[0]}},
		{"in force in 2021", org.DisciplineFilter{Year: 2021}, []org.Discipline{other, later}},
		{"none in 2019", org.DisciplineFilter{Year: 2019}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Disciplines(bg, tt.f)
			noErr(t, "Disciplines", err)
			check(t, "Disciplines", tt.want, got)
		})
	}
}

func testNames(t *testing.T, s org.Store) {
	load(t, s)
	// Stored cleaned (NFC, single spaces); the tone placement given is kept.
	u := org.Unit{ID: "x", Name: norm.NFD.String("  Chi cục Thi hành án dân sự  huyện Lai Vung "), Parent: "dt",
		Level: org.LevelChiCucTHADSHuyen, Exists: period(created, lastOld)}
	noErr(t, "AddUnit", s.AddUnit(bg, u))
	got, err := s.Unit(bg, "x")
	noErr(t, "Unit", err)
	check(t, "cleaned unit name", "Chi cục Thi hành án dân sự huyện Lai Vung", got.Name)

	p := org.Person{ID: "q", FullName: norm.NFD.String(" Đỗ  Thị Thuỷ\t"), Gender: org.Female}
	noErr(t, "AddPerson", s.AddPerson(bg, p))
	gp, err := s.Person(bg, "q")
	noErr(t, "Person", err)
	check(t, "cleaned person name (old tone placement kept)", "Đỗ Thị Thuỷ", gp.FullName)
	found, err := s.People(bg, org.PeopleFilter{Name: "THỦY"})
	noErr(t, "People", err)
	check(t, "people named Thủy", []org.PersonID{"p4", "q"}, personIDs(found))
	org.SortPeople(found)
	check(t, "sorted by given name then full name", []org.PersonID{"q", "p4"}, personIDs(found))
}

func testCopies(t *testing.T, s org.Store) {
	load(t, s)
	// Changing what was passed in does not change the store.
	p := org.Person{ID: "c", FullName: "Hồ Văn Cường", Assignments: []org.Assignment{
		{Unit: "dt", Position: "Chấp hành viên", Period: period(d(2015, time.January, 1), d(2016, time.December, 31))},
	}}
	noErr(t, "AddPerson", s.AddPerson(bg, p))
	p.Assignments[0].Position = "changed"
	py := org.PersonYear{Person: "c", Year: 2016, Unit: "dt", DaysWorked: 200, Absences: []org.Absence{{Reason: org.AbsenceSick, Days: 3}}}
	noErr(t, "AddPersonYear", s.AddPersonYear(bg, py))
	py.Absences[0].Days = 99
	sc := org.Succession{Kind: org.Rename, Date: merged, From: []org.UnitID{"dt-hongngu-h"}, To: []org.UnitID{"dtm-kv1"}}
	noErr(t, "AddSuccession", s.AddSuccession(bg, sc))
	sc.From[0] = "bo"

	gp, err := s.Person(bg, "c")
	noErr(t, "Person", err)
	check(t, "position after changing the input", "Chấp hành viên", gp.Assignments[0].Position)
	gy, err := s.PersonYear(bg, "c", 2016)
	noErr(t, "PersonYear", err)
	check(t, "absence after changing the input", 3, gy.Absences[0].Days)
	ss, err := s.Successions(bg, "dt-hongngu-h")
	noErr(t, "Successions", err)
	ss = ss[len(ss)-1:] // the rename, after the 2020 split
	check(t, "succession after changing the input", []org.UnitID{"dt-hongngu-h"}, ss[0].From)

	// Changing what came out does not change the store.
	gp.Assignments[0].Position = "changed"
	gy.Absences[0].Days = 99
	ss[0].From[0] = "bo"
	ps, err := s.People(bg, org.PeopleFilter{Name: "Cường"})
	noErr(t, "People", err)
	ps[0].Assignments[0].Unit = "bo"
	pys, err := s.PersonYears(bg, org.YearFilter{Person: "c"})
	noErr(t, "PersonYears", err)
	pys[0].Absences[0].Days = 77

	gp2, _ := s.Person(bg, "c")
	check(t, "person after changing the output", org.Assignment{Unit: "dt", Position: "Chấp hành viên",
		Period: period(d(2015, time.January, 1), d(2016, time.December, 31))}, gp2.Assignments[0])
	gy2, _ := s.PersonYear(bg, "c", 2016)
	check(t, "absence after changing the output", 3, gy2.Absences[0].Days)
	ss2, _ := s.Successions(bg, "dt-hongngu-h")
	check(t, "succession after changing the output", []org.UnitID{"dt-hongngu-h"}, ss2[len(ss2)-1].From)
}

func testContext(t *testing.T, s org.Store) {
	load(t, s)
	before := snapshot(t, s)
	ctx, cancel := context.WithCancel(bg)
	cancel()
	err := s.AddPerson(ctx, org.Person{ID: "z", FullName: "Mai Văn Z"})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("AddPerson with a cancelled context: error = %v, want context.Canceled", err)
	}
	if _, err := s.Unit(ctx, "dt"); !errors.Is(err, context.Canceled) {
		t.Errorf("Unit with a cancelled context: error = %v, want context.Canceled", err)
	}
	check(t, "store after a cancelled write", before, snapshot(t, s))
}

func testConcurrency(t *testing.T, s org.Store) {
	load(t, s)
	const workers, each = 8, 25
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				id := org.PersonID(fmt.Sprintf("w%d-%02d", w, i))
				p := org.Person{ID: id, FullName: "Nguyễn Văn Bảy", Recruited: d(2016, time.January, 1),
					Assignments: []org.Assignment{{Unit: "dt-sadec", Position: "Chấp hành viên", Period: period(d(2016, time.January, 1), lastOld)}}}
				if err := s.AddPerson(bg, p); err != nil {
					t.Errorf("AddPerson: %v", err)
					return
				}
				if err := s.AddPersonYear(bg, org.PersonYear{Person: id, Year: 2019, Rating: org.Completed, DaysWorked: 240}); err != nil {
					t.Errorf("AddPersonYear: %v", err)
					return
				}
				if _, err := s.People(bg, org.PeopleFilter{Unit: "dt", Subtree: true, On: midYear}); err != nil {
					t.Errorf("People: %v", err)
				}
				// Reads of many people, while others add people, see
				// each once, by ID.
				for _, f := range []org.PeopleFilter{{}, {Unit: "dt", Subtree: true}} {
					ps, err := s.People(bg, f)
					if err != nil {
						t.Errorf("People: %v", err)
					} else if ids := personIDs(ps); !slices.IsSorted(ids) || len(slices.Compact(slices.Clone(ids))) != len(ids) {
						t.Errorf("People(%+v) during writes = %v, want each person once, by ID", f, ids)
					}
				}
				u := org.Unit{ID: org.UnitID(id) + "-u", Name: "Phòng Thi hành án dân sự khu vực " + string(id), Parent: "dtm",
					Level: org.LevelPhongTHADSKhuVuc, Exists: thidua.Since(merged)}
				if err := s.AddUnit(bg, u); err != nil {
					t.Errorf("AddUnit: %v", err)
				}
				if _, err := s.Subtree(bg, "bo", lateYear); err != nil {
					t.Errorf("Subtree: %v", err)
				}
			}
		}()
	}
	wg.Wait()
	pys, err := s.PersonYears(bg, org.YearFilter{Unit: "dt-sadec", From: 2019, To: 2019})
	noErr(t, "PersonYears", err)
	if got, want := len(pys), workers*each+1; got != want {
		t.Errorf("records after concurrent writes = %d, want %d", got, want)
	}
	units, err := s.Subtree(bg, "dtm", lateYear)
	noErr(t, "Subtree", err)
	if got, want := len(units), workers*each+2; got != want {
		t.Errorf("units after concurrent writes = %d, want %d", got, want)
	}
	// Everyone added is read back, each once, in ID order.
	ps, err := s.People(bg, org.PeopleFilter{Unit: "dt-sadec"})
	noErr(t, "People", err)
	var want []org.PersonID
	for w := range workers {
		for i := range each {
			want = append(want, org.PersonID(fmt.Sprintf("w%d-%02d", w, i)))
		}
	}
	got := slices.DeleteFunc(personIDs(ps), func(id org.PersonID) bool { return !strings.HasPrefix(string(id), "w") })
	check(t, "people added by concurrent writers, by ID", want, got)
}

// state is everything a store holds, read back through the interface.
type state struct {
	Units       []org.Unit
	Successions []org.Succession
	People      []org.Person
	PersonYears []org.PersonYear
	UnitYears   []org.UnitYear
	Disciplines []org.Discipline
	History     org.History
}

func snapshot(t testing.TB, s org.Store) state {
	t.Helper()
	var st state
	var err error
	st.Units, err = s.Units(bg, org.UnitFilter{})
	noErr(t, "snapshot units", err)
	st.Successions, err = s.Successions(bg, "")
	noErr(t, "snapshot successions", err)
	st.People, err = s.People(bg, org.PeopleFilter{})
	noErr(t, "snapshot people", err)
	st.PersonYears, err = s.PersonYears(bg, org.YearFilter{})
	noErr(t, "snapshot person-years", err)
	st.UnitYears, err = s.UnitYears(bg, org.UnitYearFilter{})
	noErr(t, "snapshot unit-years", err)
	st.Disciplines, err = s.Disciplines(bg, org.DisciplineFilter{})
	noErr(t, "snapshot disciplines", err)
	st.History, err = s.History(bg)
	noErr(t, "snapshot history", err)
	return st
}
