package orgtest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
	"golang.org/x/text/unicode/norm"
)

func yearKeys(pys []org.PersonYear) []string {
	var ks []string
	for _, py := range pys {
		ks = append(ks, fmt.Sprintf("%s/%d", py.Person, py.Year))
	}
	return ks
}

// testSetReads checks the reads of many records at once: the records of a
// set of people for a span of years, their disciplines, people and units by
// ID.
func testSetReads(t *testing.T, s org.Store) {
	load(t, s)
	noErr(t, "AddPersonYear", s.AddPersonYear(bg, org.PersonYear{Person: "p3", Year: 2020, DaysWorked: 200}))
	noErr(t, "AddDiscipline", s.AddDiscipline(bg, org.Discipline{ID: "kl-2020-02", Person: "p2", Form: org.KhienTrach,
		Decided: d(2020, time.February, 3), InForce: period(d(2020, time.February, 3), d(2021, time.February, 2))}))

	years := []struct {
		name   string
		reason string
		f      org.YearFilter
		want   []string
	}{
		{"people years", "the records of a set of people for a span, by person then year; order and repeats of the set do not matter",
			org.YearFilter{People: []org.PersonID{"p3", "p1", "p3"}, From: 2019, To: 2020}, []string{"p1/2019", "p3/2019", "p3/2020"}},
		{"people all years", "no years: all their records",
			org.YearFilter{People: []org.PersonID{"p3", "p4"}}, []string{"p3/2018", "p3/2019", "p3/2020", "p4/2019"}},
		{"unknown people skipped", "an ID that names nobody has no records",
			org.YearFilter{People: []org.PersonID{"nobody", "p2"}}, []string{"p2/2019"}},
		{"empty set", "a set of no people selects nothing (nil does not filter)",
			org.YearFilter{People: []org.PersonID{}}, nil},
		{"people and unit", "both filters apply",
			org.YearFilter{People: []org.PersonID{"p1", "p2", "p3"}, Unit: "dt", Subtree: true, To: 2019},
			[]string{"p1/2019", "p2/2019", "p3/2018", "p3/2019"}},
		{"people and person", "Person within People",
			org.YearFilter{People: []org.PersonID{"p1", "p3"}, Person: "p3", From: 2020}, []string{"p3/2020"}},
		{"person outside people", "Person not in People: nothing",
			org.YearFilter{People: []org.PersonID{"p1"}, Person: "p3"}, nil},
	}
	for _, tt := range years {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.PersonYears(bg, tt.f)
			noErr(t, "PersonYears", err)
			check(t, "PersonYears ("+tt.reason+")", tt.want, yearKeys(got))
		})
	}
	// Whole records come back.
	got, err := s.PersonYears(bg, org.YearFilter{People: []org.PersonID{"p4"}})
	noErr(t, "PersonYears", err)
	check(t, "whole records of a set", []org.PersonYear{fixturePersonYears()[4]}, got)

	discKeys := func(ds []org.Discipline) []string {
		var ks []string
		for _, dc := range ds {
			ks = append(ks, dc.ID)
		}
		return ks
	}
	discs := []struct {
		name string
		f    org.DisciplineFilter
		want []string
	}{
		{"people", org.DisciplineFilter{People: []org.PersonID{"p3", "p2", "nobody"}}, []string{"kl-2020-02", "kl-2017-01"}},
		{"people in year", org.DisciplineFilter{People: []org.PersonID{"p3", "p2"}, Year: 2018}, []string{"kl-2017-01"}},
		{"empty set", org.DisciplineFilter{People: []org.PersonID{}}, nil},
		{"person outside people", org.DisciplineFilter{People: []org.PersonID{"p2"}, Person: "p3"}, nil},
	}
	for _, tt := range discs {
		t.Run("disciplines "+tt.name, func(t *testing.T) {
			got, err := s.Disciplines(bg, tt.f)
			noErr(t, "Disciplines", err)
			check(t, "Disciplines", tt.want, discKeys(got))
		})
	}

	people := []struct {
		name string
		f    org.PeopleFilter
		want []org.PersonID
	}{
		{"by IDs", org.PeopleFilter{IDs: []org.PersonID{"p4", "p1", "nobody", "p4"}}, []org.PersonID{"p1", "p4"}},
		{"IDs and unit", org.PeopleFilter{IDs: []org.PersonID{"p1", "p2", "p3"}, Unit: "dt", Subtree: true, On: d(2022, time.January, 1)},
			[]org.PersonID{"p2", "p3"}},
		{"IDs and name", org.PeopleFilter{IDs: []org.PersonID{"p1", "p2", "p3"}, Name: "văn"}, []org.PersonID{"p1", "p3"}},
		{"empty IDs", org.PeopleFilter{IDs: []org.PersonID{}}, nil},
	}
	for _, tt := range people {
		t.Run("people "+tt.name, func(t *testing.T) {
			got, err := s.People(bg, tt.f)
			noErr(t, "People", err)
			check(t, "People", tt.want, personIDs(got))
		})
	}
	ps, err := s.People(bg, org.PeopleFilter{IDs: []org.PersonID{"p3"}})
	noErr(t, "People", err)
	check(t, "whole people by ID", []org.Person{fixturePeople()[2]}, ps)

	units := []struct {
		name string
		f    org.UnitFilter
		want []org.UnitID
	}{
		{"by IDs", org.UnitFilter{IDs: []org.UnitID{"tg", "dt", "nowhere", "dt"}}, []org.UnitID{"dt", "tg"}},
		{"IDs on date", org.UnitFilter{IDs: []org.UnitID{"dt", "dtm", "dtm-kv1"}, On: lateYear}, []org.UnitID{"dtm", "dtm-kv1"}},
		{"empty IDs", org.UnitFilter{IDs: []org.UnitID{}}, nil},
	}
	for _, tt := range units {
		t.Run("units "+tt.name, func(t *testing.T) {
			got, err := s.Units(bg, tt.f)
			noErr(t, "Units", err)
			check(t, "Units", tt.want, unitIDs(got))
		})
	}
}

// testAddPersonYears checks the batch write: all records or none.
func testAddPersonYears(t *testing.T, s org.Store) {
	load(t, s)
	batch := []org.PersonYear{
		{Person: "p3", Year: 2020, Rating: org.CompletedWell, DaysWorked: 250},
		{Person: "p2", Year: 2020, Unit: "dt-sadec", Rating: org.Excellent, DaysWorked: 240,
			Absences: []org.Absence{{Reason: org.AbsenceTraining, Days: 10}}},
	}
	noErr(t, "AddPersonYears", s.AddPersonYears(bg, batch))
	got, err := s.PersonYears(bg, org.YearFilter{From: 2020, To: 2020})
	noErr(t, "PersonYears", err)
	want := []org.PersonYear{batch[1], batch[0]}
	want[1].Unit = "dt-caolanh" // filled as AddPersonYear fills it
	check(t, "records added in a batch", want, got)
	noErr(t, "AddPersonYears (none)", s.AddPersonYears(bg, nil))

	bad := []struct {
		name   string
		reason string
		batch  []org.PersonYear
		want   error
	}{
		{"twice in the batch", "the second record of p1 for 2020 conflicts with the first", []org.PersonYear{
			{Person: "p1", Year: 2020, DaysWorked: 200}, {Person: "p4", Year: 2020, DaysWorked: 200}, {Person: "p1", Year: 2020, DaysWorked: 100},
		}, thidua.ErrConflict},
		{"stored already", "p3 has 2019", []org.PersonYear{
			{Person: "p4", Year: 2020, DaysWorked: 200}, {Person: "p3", Year: 2019, DaysWorked: 200},
		}, thidua.ErrConflict},
		{"bad last", "the last record is malformed", []org.PersonYear{
			{Person: "p4", Year: 2020, DaysWorked: 200}, {Person: "p1", Year: 2020, DaysWorked: 400},
		}, thidua.ErrInvalid},
		{"unknown person", "records name stored people", []org.PersonYear{
			{Person: "p4", Year: 2020, DaysWorked: 200}, {Person: "nobody", Year: 2020},
		}, thidua.ErrInvalid},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, s)
			wantErr(t, tt.reason, s.AddPersonYears(bg, tt.batch), tt.want)
			check(t, "store after the failed batch", before, snapshot(t, s))
		})
	}
	ctx, cancel := context.WithCancel(bg)
	cancel()
	before := snapshot(t, s)
	if err := s.AddPersonYears(ctx, []org.PersonYear{{Person: "p4", Year: 2020, DaysWorked: 200}}); !errors.Is(err, context.Canceled) {
		t.Errorf("AddPersonYears with a cancelled context: error = %v, want context.Canceled", err)
	}
	check(t, "store after a cancelled batch", before, snapshot(t, s))
}

// testListAll checks every kind of record can be listed whole: what was
// written is what the listings return.
func testListAll(t *testing.T, s org.Store) {
	load(t, s)
	st := snapshot(t, s)
	check(t, "all units", fixtureUnitsByID(), st.Units)
	check(t, "all successions", fixtureSuccessions(), st.Successions)
	check(t, "all people with their assignments", fixturePeople(), st.People)
	check(t, "all person-years", fixturePersonYears(), st.PersonYears)
	check(t, "all unit-years", fixtureUnitYears(), st.UnitYears)
	check(t, "all disciplines", fixtureDisciplines(), st.Disciplines)
}

// history adds to the fixture what a store must keep through a copy: an
// ended post, an ended unit, corrections of records and of a unit (with
// the versions they replaced), a rename in place, a person without posts,
// a unit absorbed into another.
func history(t testing.TB, s org.Store) {
	t.Helper()
	noErr(t, "EndAssignment", s.EndAssignment(bg, "p3", "dtm-kv1", "Chấp hành viên", d(2025, time.December, 31)))
	noErr(t, "AddUnit", s.AddUnit(bg, org.Unit{ID: "dtm-kv2", Name: "Phòng Thi hành án dân sự khu vực 2", ShortName: "Phòng THADS KV2",
		Level: org.LevelPhongTHADSKhuVuc, Parent: "dtm", Exists: thidua.Since(merged)}))
	noErr(t, "EndUnit", s.EndUnit(bg, "dtm-kv2", d(2026, time.March, 31)))
	fixed := fixturePersonYears()[3]
	fixed.Rating = org.Excellent
	noErr(t, "ReplacePersonYear", s.ReplacePersonYear(bg, fixed, fix))
	noErr(t, "AddPerson", s.AddPerson(bg, org.Person{ID: "p0", FullName: "Võ Minh Chí"}))
	noErr(t, "AddAssignment", s.AddAssignment(bg, "p1", org.Assignment{Unit: "dt", Position: "Phó Cục trưởng",
		Period: period(created, d(2011, time.December, 31))}))
	noErr(t, "AddUnitYear", s.AddUnitYear(bg, org.UnitYear{Unit: "dtm", Year: 2025, Rating: org.CompletedWell}))
	noErr(t, "AddPersonYear", s.AddPersonYear(bg, org.PersonYear{Person: "p2", Year: 2025, Rating: org.Excellent, DaysWorked: 250,
		Absences: []org.Absence{{Reason: org.AbsenceTraining, Days: 5}, {Reason: org.AbsenceSick, Days: 2}}}))
	again := fixed
	again.Rating, again.DaysWorked = org.CompletedWell, 230
	noErr(t, "ReplacePersonYear (twice)", s.ReplacePersonYear(bg, again, thidua.Correction{By: "Lê Thị Kiểm", On: d(2026, time.April, 1), Reason: "Phúc tra ngày công"}))
	uy := fixtureUnitYears()[0]
	uy.ExceededTargets = !uy.ExceededTargets
	noErr(t, "ReplaceUnitYear", s.ReplaceUnitYear(bg, uy, fix))
	noErr(t, "RenameUnit", s.RenameUnit(bg, "dtm-kv1", d(2026, time.January, 1), "Phòng Thi hành án dân sự khu vực 1 - Cao Lãnh", "Phòng THADS KV1", "Quyết định số 5/QĐ-THADS"))
	kv2, err := s.Unit(bg, "dtm-kv2")
	noErr(t, "Unit", err)
	kv2.ShortName = "Phòng THADS khu vực 2"
	noErr(t, "CorrectUnit", s.CorrectUnit(bg, kv2, fix))
}

// testCopy copies a store into a fresh one and back into the memory store,
// and checks every listing is equal; a copy into a store holding the same
// IDs is ErrConflict and writes nothing.
func testCopy(t *testing.T, newStore func(*testing.T) org.Store) {
	src := newStore(t)
	load(t, src)
	history(t, src)
	want := snapshot(t, src)

	dst := newStore(t)
	noErr(t, "Copy", org.Copy(bg, dst, src))
	check(t, "destination after the copy", want, snapshot(t, dst))
	check(t, "source after the copy", want, snapshot(t, src))
	for _, u := range []org.UnitID{"dtm-kv1", "dt-hongngu"} {
		a, err := src.Predecessors(bg, u)
		noErr(t, "Predecessors", err)
		b, err := dst.Predecessors(bg, u)
		noErr(t, "Predecessors", err)
		check(t, "predecessors after the copy", a, b)
	}

	mem := org.NewMemStore()
	noErr(t, "Copy to memory", org.Copy(bg, mem, dst))
	check(t, "memory store after the copy", want, snapshot(t, mem))

	// A second copy clashes on every ID and writes nothing.
	err := org.Copy(bg, dst, src)
	wantErr(t, "Copy into a store holding the same units", err, thidua.ErrConflict)
	check(t, "destination after the refused copy", want, snapshot(t, dst))

	// Clashing people or decisions alone are found too.
	other := newStore(t)
	noErr(t, "AddPerson", other.AddPerson(bg, org.Person{ID: "p2", FullName: "Người Khác"}))
	before := snapshot(t, other)
	wantErr(t, "Copy into a store holding a person of the source", org.Copy(bg, other, src), thidua.ErrConflict)
	check(t, "store after the refused copy", before, snapshot(t, other))

	// A larger store: more people than one batch of yearly records.
	big := newStore(t)
	load(t, big)
	n := org.CopyBatch + 7
	var pys []org.PersonYear
	for i := range n {
		id := org.PersonID(fmt.Sprintf("b%05d", i))
		noErr(t, "AddPerson", big.AddPerson(bg, org.Person{ID: id, FullName: "Nguyễn Văn " + strings.Repeat("A", 1+i%3),
			Assignments: []org.Assignment{{Unit: "dt-sadec", Position: "Chấp hành viên", Period: period(d(2018, time.January, 1), lastOld)}}}))
		pys = append(pys, org.PersonYear{Person: id, Year: 2018 + i%3, Rating: org.Rating(1 + i%4), DaysWorked: 200 + i%50})
	}
	noErr(t, "AddPersonYears", big.AddPersonYears(bg, pys))
	bigWant := snapshot(t, big)
	bigDst := newStore(t)
	noErr(t, "Copy", org.Copy(bg, bigDst, big))
	got := snapshot(t, bigDst)
	if len(got.PersonYears) != len(bigWant.PersonYears) || !slices.EqualFunc(got.People, bigWant.People, func(a, b org.Person) bool { return a.ID == b.ID }) {
		t.Errorf("copy of %d people: %d people and %d records, want %d and %d", n+4, len(got.People), len(got.PersonYears),
			len(bigWant.People), len(bigWant.PersonYears))
	}
	check(t, "large copy", bigWant, got)
}

// testAddPeople checks the batch write of people: all or none.
func testAddPeople(t *testing.T, s org.Store) {
	load(t, s)
	post := func(unit org.UnitID) []org.Assignment {
		return []org.Assignment{{Unit: unit, Position: " Chấp  hành viên", Period: period(d(2016, time.January, 1), lastOld)}}
	}
	batch := []org.Person{
		{ID: "n2", FullName: "Đinh Văn Hai", Assignments: post("dt-sadec")},
		{ID: "n1", FullName: norm.NFD.String("Lý Thị Một"), Gender: org.Female, Assignments: append(post("dt-caolanh"),
			org.Assignment{Unit: "dt-caolanh", Position: "Tổ trưởng công đoàn", Concurrent: true, Period: thidua.Year(2019)})},
		{ID: "n3", FullName: "Mai Văn Ba"},
	}
	noErr(t, "AddPeople", s.AddPeople(bg, batch))
	got, err := s.People(bg, org.PeopleFilter{IDs: []org.PersonID{"n1", "n2", "n3"}})
	noErr(t, "People", err)
	want := []org.Person{batch[1].Normalize(), batch[0].Normalize(), batch[2].Normalize()}
	check(t, "people added in a batch, normalised", want, got)
	sub, err := s.People(bg, org.PeopleFilter{Unit: "dt", Subtree: true, On: midYear, Position: "chấp hành viên"})
	noErr(t, "People", err)
	check(t, "batch people found by unit", []org.PersonID{"n1", "n2", "p3"}, personIDs(sub))
	noErr(t, "AddPeople (none)", s.AddPeople(bg, nil))

	bad := []struct {
		name   string
		reason string
		batch  []org.Person
		want   error
	}{
		{"twice in the batch", "the second n4 conflicts with the first", []org.Person{
			{ID: "n4", FullName: "A", Assignments: post("dt")}, {ID: "n5", FullName: "B"}, {ID: "n4", FullName: "C"},
		}, thidua.ErrConflict},
		{"stored already", "p1 exists", []org.Person{{ID: "n4", FullName: "A", Assignments: post("dt")}, {ID: "p1", FullName: "B"}}, thidua.ErrConflict},
		{"unknown unit", "posts name stored units", []org.Person{{ID: "n4", FullName: "A", Assignments: post("dt")},
			{ID: "n5", FullName: "B", Assignments: post("nowhere")}}, thidua.ErrInvalid},
		{"blank name", "a person needs a name", []org.Person{{ID: "n4", FullName: "A"}, {ID: "n5", FullName: " "}}, thidua.ErrInvalid},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, s)
			wantErr(t, tt.reason, s.AddPeople(bg, tt.batch), tt.want)
			check(t, "store after the failed batch", before, snapshot(t, s))
			ps, err := s.People(bg, org.PeopleFilter{Unit: "dt"})
			noErr(t, "People", err)
			check(t, "people of dt after the failed batch", []org.PersonID{"p1", "p2"}, personIDs(ps))
		})
	}
}
