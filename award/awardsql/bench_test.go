package awardsql_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/sqltest"
	"github.com/thidua-go/thidua/org"
)

// The province-sized volume of the report benchmarks: 10.000 people in 108
// units, 50.000 grants in 100 decisions (one in ten to a unit), and 2.000
// nominations of four steps (proposed, submitted, voted on, approved) with
// their titles granted.
const (
	benchPeople = 10_000
	benchUnits  = 108
)

func benchUnit(i int) org.UnitID     { return org.UnitID(fmt.Sprintf("u%03d", i%benchUnits)) }
func benchPerson(i int) org.PersonID { return org.PersonID(fmt.Sprintf("p%05d", i%benchPeople)) }

// benchTree places every person in a unit under the Cục "cuc".
func benchTree() *award.Tree {
	units := []org.Unit{{ID: "cuc"}}
	for i := range benchUnits {
		units = append(units, org.Unit{ID: benchUnit(i), Parent: "cuc"})
	}
	people := make([]org.Person, benchPeople)
	for i := range people {
		people[i] = org.Person{ID: benchPerson(i), Assignments: []org.Assignment{{Unit: benchUnit(i), Period: thidua.Since(day(2010, 1, 1))}}}
	}
	return award.NewTree(units, people)
}

// province is what the load benchmarks write: nominations as their steps,
// then decisions.
type province struct {
	steps     [][]award.Nomination // each nomination after each of its steps
	decisions []award.Decision
}

func buildProvince(b *testing.B) province {
	b.Helper()
	tree := benchTree()
	var p province
	for i := range 2_000 {
		n := award.Nomination{ID: fmt.Sprintf("n%05d", i), Proposer: benchUnit(i), Authority: "cuc",
			Subject: award.Subject{Kind: award.LDTT, Recipient: award.PersonRecipient(benchPerson(i)), Year: 2020}}
		var trail []award.Nomination
		for _, t := range []award.Transition{
			{Action: award.Propose, By: award.Actor{Unit: benchUnit(i)}, On: day(2021, 1, 5), Verdict: &award.Verdict{Eligible: true, Summary: "Đủ điều kiện"}},
			{Action: award.Submit, By: award.Actor{Unit: benchUnit(i)}, On: day(2021, 1, 6), To: "cuc"},
			{Action: award.RecordVote, By: award.Actor{Unit: "cuc"}, On: day(2021, 1, 8), Vote: award.Vote{Members: 9, InFavour: 8, Threshold: award.Percent(50)}},
			{Action: award.Approve, By: award.Actor{Unit: "cuc"}, On: day(2021, 1, 9)},
		} {
			var err error
			if n, err = n.Apply(t, tree); err != nil {
				b.Fatal(err)
			}
			trail = append(trail, n)
		}
		p.steps = append(p.steps, trail)
	}
	k := 0
	for d := range 100 {
		year := 2015 + d%5
		dec := award.Decision{ID: fmt.Sprintf("d%03d", d), Number: thidua.DocNumber{Number: d + 1, Symbol: "QĐ-BTP"},
			Date: day(year+1, 1, 10), Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp"}
		for range 500 {
			r := award.PersonRecipient(benchPerson(k))
			if k%10 == 0 {
				r = award.UnitRecipient(benchUnit(k))
			}
			dec.Grants = append(dec.Grants, award.Grant{ID: fmt.Sprintf("g%06d", k), Subject: award.Subject{Kind: award.BangKhenBo, Recipient: r, Year: year}})
			k++
		}
		p.decisions = append(p.decisions, dec)
	}
	// The LĐTT 2020 of the approved nominations, in 4 decisions.
	for d := range 4 {
		dec := award.Decision{ID: fmt.Sprintf("e%03d", d), Number: thidua.DocNumber{Number: d + 1, Symbol: "QĐ-CTHADS"},
			Date: day(2021, 2, 1), Issuer: "cuc", SignerTitle: "Cục trưởng"}
		for i := d * 500; i < (d+1)*500; i++ {
			dec.Grants = append(dec.Grants, award.Grant{ID: fmt.Sprintf("h%05d", i), Nomination: fmt.Sprintf("n%05d", i),
				Subject: award.Subject{Kind: award.LDTT, Recipient: award.PersonRecipient(benchPerson(i)), Year: 2020}})
		}
		p.decisions = append(p.decisions, dec)
	}
	return p
}

// load writes p into s.
func (p province) load(b *testing.B, s award.Store) {
	ctx := context.Background()
	for _, trail := range p.steps {
		for k, n := range trail {
			var err error
			if k == 0 {
				err = s.AddNomination(ctx, n)
			} else {
				err = s.UpdateNomination(ctx, n)
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, d := range p.decisions {
		if err := s.AddDecision(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}

// benchEngines are the stores of the benchmarks: memory, the baseline, and
// each SQL engine through a statement counter.
func benchEngines() []struct {
	name string
	open func(b *testing.B) (award.Store, *sqltest.Counter)
} {
	out := []struct {
		name string
		open func(b *testing.B) (award.Store, *sqltest.Counter)
	}{{"memory", func(*testing.B) (award.Store, *sqltest.Counter) { return award.NewMemStore(), nil }}}
	for _, e := range sqltest.Engines() {
		out = append(out, struct {
			name string
			open func(b *testing.B) (award.Store, *sqltest.Counter)
		}{e.Name, func(b *testing.B) (award.Store, *sqltest.Counter) {
			db, c := e.Counting(b)
			return open(b, db), c
		}})
	}
	return out
}

// BenchmarkLoad writes the province (8.000 nomination steps, 104 decisions
// with 52.000 grants) into an empty store. Targets: SQLite ≤ 15 s,
// PostgreSQL ≤ 30 s; the memory store is the baseline.
func BenchmarkLoad(b *testing.B) {
	p := buildProvince(b)
	for _, e := range benchEngines() {
		b.Run(e.name, func(b *testing.B) {
			var c *sqltest.Counter
			for b.Loop() {
				b.StopTimer()
				var s award.Store
				s, c = e.open(b)
				if c != nil {
					c.Reset()
				}
				b.StartTimer()
				p.load(b, s)
			}
			if c != nil {
				b.ReportMetric(float64(c.Load()), "queries/op")
			}
		})
	}
}

// BenchmarkGrantsOfSubtree reads the grants of every person and unit of the
// province at once, as report.BuildSummary does, and the headings of their
// decisions by ID. The number of queries does not grow with the people.
func BenchmarkGrantsOfSubtree(b *testing.B) {
	p := buildProvince(b)
	people := make([]org.PersonID, benchPeople)
	for i := range people {
		people[i] = benchPerson(i)
	}
	units := make([]org.UnitID, benchUnits)
	for i := range units {
		units[i] = benchUnit(i)
	}
	ctx := context.Background()
	for _, e := range benchEngines() {
		b.Run(e.name, func(b *testing.B) {
			s, c := e.open(b)
			p.load(b, s)
			if c != nil {
				c.Reset()
			}
			n := 0
			for b.Loop() {
				gs, err := s.Grants(ctx, award.GrantFilter{People: people, Units: units, IncludeRevoked: true,
					Codes: []award.Code{award.BangKhenBo, award.LDTT}, DecidedIn: thidua.Years(2015, 2021)})
				if err != nil {
					b.Fatal(err)
				}
				ids := []string{}
				seen := map[string]bool{}
				for _, g := range gs {
					if !seen[g.Decision] {
						seen[g.Decision] = true
						ids = append(ids, g.Decision)
					}
				}
				ds, err := s.Decisions(ctx, award.DecisionFilter{IDs: ids, WithoutGrants: true})
				if err != nil {
					b.Fatal(err)
				}
				if len(gs) != 52_000 || len(ds) != 104 {
					b.Fatalf("read %d grants of %d decisions, want 52000 of 104", len(gs), len(ds))
				}
				n++
			}
			if c != nil {
				b.ReportMetric(float64(c.Load())/float64(n), "queries/op")
			}
		})
	}
}
