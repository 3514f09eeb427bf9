package orgsql_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/sqltest"
	"github.com/thidua-go/thidua/org"
)

// province is the volume of the report benchmarks: 10.000 people, each
// with ten yearly records (2014–2023), in the 1.000 branches of ten
// provinces, and a disciplinary decision for one person in twenty.
type province struct {
	units  []org.Unit
	people []org.Person
	years  []org.PersonYear
	discs  []org.Discipline
}

const (
	benchPeople = 10_000
	benchFirst  = 2014
	benchYears  = 10
)

func makeProvince() province {
	var in province
	exists := thidua.Since(thidua.MustDate(2000, time.January, 1))
	in.units = append(in.units, org.Unit{ID: "root", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: exists})
	var branches []org.UnitID
	for i := range 10 {
		p := org.UnitID(fmt.Sprintf("p%02d", i))
		in.units = append(in.units, org.Unit{ID: p, Name: fmt.Sprintf("Cục Thi hành án dân sự tỉnh %d", i),
			Level: org.LevelCucTHADSTinh, Parent: "root", Exists: exists})
		for j := range 100 {
			id := org.UnitID(fmt.Sprintf("p%02d-%03d", i, j))
			in.units = append(in.units, org.Unit{ID: id, Name: fmt.Sprintf("Chi cục Thi hành án dân sự huyện %d-%d", i, j),
				Level: org.LevelChiCucTHADSHuyen, Parent: p, Exists: exists})
			branches = append(branches, id)
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
		for y := benchFirst; y < benchFirst+benchYears; y++ {
			py := org.PersonYear{Person: id, Year: y, Unit: unit, Rating: org.Rating(2 + (i+y)%3), DaysWorked: 240}
			if (i+y)%10 == 0 {
				py.Absences = []org.Absence{{Reason: org.AbsenceSick, Days: 5}}
			}
			in.years = append(in.years, py)
		}
		if i%20 == 0 {
			from := thidua.MustDate(2015+i%8, time.March, 1)
			in.discs = append(in.discs, org.Discipline{ID: fmt.Sprintf("kl-%06d", i), Person: id, Form: org.KhienTrach,
				Decided: from, InForce: thidua.Period{From: from, To: from.AddDays(364)}})
		}
	}
	return in
}

// loadProvince writes in to s as a unit would: each unit and decision on
// its own, the people and the yearly records a thousand at a time.
func loadProvince(tb testing.TB, s org.Store, in province) {
	ctx := context.Background()
	for _, u := range in.units {
		if err := s.AddUnit(ctx, u); err != nil {
			tb.Fatal(err)
		}
	}
	for start := 0; start < len(in.people); start += 1000 {
		if err := s.AddPeople(ctx, in.people[start:min(start+1000, len(in.people))]); err != nil {
			tb.Fatal(err)
		}
	}
	for start := 0; start < len(in.years); start += 1000 {
		if err := s.AddPersonYears(ctx, in.years[start:min(start+1000, len(in.years))]); err != nil {
			tb.Fatal(err)
		}
	}
	for _, d := range in.discs {
		if err := s.AddDiscipline(ctx, d); err != nil {
			tb.Fatal(err)
		}
	}
}

// timeOf returns the mean time of n runs of f.
func timeOf(n int, f func()) time.Duration {
	start := time.Now()
	for range n {
		f()
	}
	return time.Since(start) / time.Duration(n)
}

// BenchmarkLoad: the province (1.011 units, 10.000 people, 100.000 yearly
// records, 500 decisions) into an empty store. The memory store is the
// baseline, measured in the same run: x-memory is the ratio to it.
func BenchmarkLoad(b *testing.B) {
	in := makeProvince()
	mem := timeOf(3, func() { loadProvince(b, org.NewMemStore(), in) })
	b.Run("memory", func(b *testing.B) {
		for b.Loop() {
			loadProvince(b, org.NewMemStore(), in)
		}
	})
	for _, e := range sqltest.Engines() {
		b.Run(e.Name, func(b *testing.B) {
			var queries int64
			var total time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db, c := e.Counting(b)
				s := open(b, db)
				c.Reset()
				b.StartTimer()
				start := time.Now()
				loadProvince(b, s, in)
				total += time.Since(start)
				queries += c.Load()
			}
			b.ReportMetric(float64(queries)/float64(b.N), "queries/op")
			b.ReportMetric(float64(total)/float64(b.N)/float64(mem), "x-memory")
		})
	}
}

// BenchmarkSetReads: the reads of loaders and reports on the province,
// each one statement (or a constant few) however many people it covers,
// against the memory store in the same run (x-memory).
func BenchmarkSetReads(b *testing.B) {
	in := makeProvince()
	ctx := context.Background()
	mem := org.NewMemStore()
	loadProvince(b, mem, in)
	ids := func(n int) []org.PersonID {
		out := make([]org.PersonID, n)
		for i := range out {
			out[i] = in.people[i*(benchPeople/n)].ID
		}
		return out
	}
	type read struct {
		name string
		want int
		run  func(org.Store) (int, error)
	}
	var reads []read
	for _, n := range []int{100, 1000, 10_000} {
		set := ids(n)
		reads = append(reads, read{fmt.Sprintf("PersonYears/people=%d/years=10", n), n * benchYears, func(s org.Store) (int, error) {
			pys, err := s.PersonYears(ctx, org.YearFilter{People: set, From: benchFirst, To: benchFirst + benchYears - 1})
			return len(pys), err
		}})
	}
	set := ids(1000)
	reads = append(reads,
		read{"Disciplines/people=1000", 500, func(s org.Store) (int, error) {
			ds, err := s.Disciplines(ctx, org.DisciplineFilter{People: set})
			return len(ds), err
		}},
		read{"People/subtree=1000", 1000, func(s org.Store) (int, error) {
			ps, err := s.People(ctx, org.PeopleFilter{Unit: "p03", Subtree: true, During: thidua.Year(2019)})
			return len(ps), err
		}},
		read{"PersonYears/subtree=1000/year", 1000, func(s org.Store) (int, error) {
			pys, err := s.PersonYears(ctx, org.YearFilter{Unit: "p03", Subtree: true, From: 2019, To: 2019})
			return len(pys), err
		}},
	)
	check := func(b *testing.B, r read, s org.Store) {
		n, err := r.run(s)
		if err != nil || n != r.want {
			b.Fatalf("%s: %d records, %v; want %d", r.name, n, err, r.want)
		}
	}
	b.Run("memory", func(b *testing.B) {
		for _, r := range reads {
			b.Run(r.name, func(b *testing.B) {
				for b.Loop() {
					check(b, r, mem)
				}
			})
		}
	})
	for _, e := range sqltest.Engines() {
		b.Run(e.Name, func(b *testing.B) {
			db, c := e.Counting(b)
			s := open(b, db)
			if err := org.Copy(ctx, s, mem); err != nil {
				b.Fatal(err)
			}
			for _, r := range reads {
				b.Run(r.name, func(b *testing.B) {
					base := timeOf(5, func() { check(b, r, mem) })
					c.Reset()
					start := time.Now()
					n := 0
					for b.Loop() {
						check(b, r, s)
						n++
					}
					b.ReportMetric(float64(c.Load())/float64(n), "queries/op")
					b.ReportMetric(float64(time.Since(start))/float64(n)/float64(base), "x-memory")
				})
			}
		})
	}
}
