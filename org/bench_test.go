package org_test

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/benchclock"
	"github.com/thidua-go/thidua/org"
)

// benchTree returns a 10.000-unit tree: a root, 99 provinces, 100
// branches under each.
func benchTree() []org.Unit {
	exists := thidua.Since(thidua.MustDate(2000, time.January, 1))
	us := []org.Unit{{ID: "root", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: exists}}
	for i := range 99 {
		p := org.UnitID(fmt.Sprintf("p%02d", i))
		us = append(us, org.Unit{ID: p, Name: fmt.Sprintf("Cục Thi hành án dân sự tỉnh %d", i),
			Level: org.LevelCucTHADSTinh, Parent: "root", Exists: exists})
		for j := range 100 {
			us = append(us, org.Unit{ID: org.UnitID(fmt.Sprintf("p%02d-%03d", i, j)),
				Name:  fmt.Sprintf("Chi cục Thi hành án dân sự huyện %d-%d", i, j),
				Level: org.LevelChiCucTHADSHuyen, Parent: p, Exists: exists})
		}
	}
	return us
}

func loadUnits(b *testing.B, s org.Store, us []org.Unit) {
	ctx := context.Background()
	for _, u := range us {
		if err := s.AddUnit(ctx, u); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSubtree: the whole of a 10.000-unit tree (target: under 1 ms).
func BenchmarkSubtree(b *testing.B) {
	s := org.NewMemStore()
	loadUnits(b, s, benchTree())
	ctx := context.Background()
	on := thidua.MustDate(2019, time.June, 30)
	cpu := benchclock.CPU()
	for b.Loop() {
		us, err := s.Subtree(ctx, "root", on)
		if err != nil || len(us) != 10000 {
			b.Fatalf("Subtree: %d units, %v", len(us), err)
		}
	}
	b.ReportMetric(float64(benchclock.CPU()-cpu)/float64(b.N), "cpu-ns/op")
}

const (
	benchPeople = 100_000
	benchYears  = 10
)

type benchInput struct {
	units  []org.Unit
	people []org.Person
	years  []org.PersonYear
}

// benchData returns 100.000 people spread over the branches of a
// 1.000-unit tree, each with ten yearly records (2014–2023), a few with
// absences.
func benchData() benchInput {
	var in benchInput
	all := benchTree()
	in.units = all[:1+10*101] // root and ten provinces with their branches
	var branches []org.UnitID
	for _, u := range in.units {
		if u.Level == org.LevelChiCucTHADSHuyen {
			branches = append(branches, u.ID)
		}
	}
	recruited := thidua.MustDate(2010, time.March, 1)
	given := []string{"An", "Bình", "Hoà", "Thuỷ", "Dũng", "Hương", "Minh", "Lan"}
	for i := range benchPeople {
		id := org.PersonID(fmt.Sprintf("cb%06d", i))
		unit := branches[i%len(branches)]
		in.people = append(in.people, org.Person{
			ID: id, FullName: "Nguyễn Văn " + given[i%len(given)], Gender: org.Gender(1 + i%2), Recruited: recruited,
			Assignments: []org.Assignment{{Unit: unit, Position: "Chấp hành viên", Period: thidua.Since(recruited)}},
		})
		for y := 2014; y < 2014+benchYears; y++ {
			py := org.PersonYear{Person: id, Year: y, Unit: unit, Rating: org.CompletedWell, DaysWorked: 240}
			if (i+y)%10 == 0 {
				py.Absences = []org.Absence{{Reason: org.AbsenceSick, Days: 5}}
			}
			in.years = append(in.years, py)
		}
	}
	return in
}

func load(b *testing.B, in benchInput) *org.MemStore {
	ctx := context.Background()
	s := org.NewMemStore()
	loadUnits(b, s, in.units)
	for _, p := range in.people {
		if err := s.AddPerson(ctx, p); err != nil {
			b.Fatal(err)
		}
	}
	for _, py := range in.years {
		if err := s.AddPersonYear(ctx, py); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkLoad: 100.000 people with ten yearly records each into the
// memory store (targets: under 1 s, under 1 KB of heap per person-year).
// B/person-year is the allocation per record (B/op divided by 10⁶);
// heap-B/person-year is what stays on the heap once loaded.
func BenchmarkLoad(b *testing.B) {
	in := benchData()
	records := float64(len(in.years))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	n := 0
	cpu := benchclock.CPU()
	for b.Loop() {
		load(b, in)
		n++
	}
	b.ReportMetric(float64(benchclock.CPU()-cpu)/float64(n), "cpu-ns/op")
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(n)/records, "B/person-year")

	runtime.GC()
	runtime.ReadMemStats(&before)
	s := load(b, in)
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/records, "heap-B/person-year")
	runtime.KeepAlive(s)
	runtime.KeepAlive(in) // the input must not be freed between the two readings
}

// BenchmarkPersonYearsSubtree: every record of a province for a year, the
// input of a screening (10.000 people).
func BenchmarkPersonYearsSubtree(b *testing.B) {
	s := load(b, benchData())
	ctx := context.Background()
	for b.Loop() {
		pys, err := s.PersonYears(ctx, org.YearFilter{Unit: "p03", Subtree: true, From: 2019, To: 2019})
		if err != nil || len(pys) != benchPeople/10 {
			b.Fatalf("PersonYears: %d, %v", len(pys), err)
		}
	}
}

// BenchmarkPeopleSubtree: the people of a province on a date.
func BenchmarkPeopleSubtree(b *testing.B) {
	s := load(b, benchData())
	ctx := context.Background()
	on := thidua.MustDate(2019, time.June, 30)
	for b.Loop() {
		ps, err := s.People(ctx, org.PeopleFilter{Unit: "p03", Subtree: true, On: on})
		if err != nil || len(ps) != benchPeople/10 {
			b.Fatalf("People: %d, %v", len(ps), err)
		}
	}
}
