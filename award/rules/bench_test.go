package rules_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/internal/benchclock"
	"github.com/thidua-go/thidua/org"
)

// population builds n people with 10-year histories (2014-2023) in units of
// 50, deterministic pseudo-random.
func population(n int) []rules.Candidate {
	cs := make([]rules.Candidate, n)
	x := uint32(12345)
	next := func() uint32 { x ^= x << 13; x ^= x >> 17; x ^= x << 5; return x }
	for i := range cs {
		c := &cs[i]
		c.ID = fmt.Sprintf("p%06d", i)
		c.Unit = fmt.Sprintf("u%04d", i/50)
		c.Gender = org.Gender(1 + next()%2)
		c.Recruited = thidua.MustDate(2005+int(next()%15), time.Month(1+next()%12), 1)
		c.FirstYear = 2014
		c.Years = make([]rules.YearRecord, 10)
		for y := range c.Years {
			r := &c.Years[y]
			r.Rating = org.Rating(2 + next()%3)
			r.DaysAbsent = int(next() % 50)
			r.Score = int(next() % 100)
			if r.Rating >= org.CompletedWell {
				r.Awards.Add(award.LDTT)
				if next()%3 == 0 {
					r.Awards.Add(award.CSTDCS)
				}
			}
			if next()%4 == 0 {
				r.Awards.Add(award.BangKhenBo)
			}
			v := rules.Votes{For: int(next() % 12), Members: 11}
			r.Ballots = rules.Ballots{CSTDBo: v, CSTDToanQuoc: v}
			if next()%3 == 0 {
				c.Initiatives = append(c.Initiatives, rules.Initiative{ID: "s", Kind: rules.Improvement,
					Level: rules.Level(1 + next()%3), Year: 2014 + y, Applied: next()%2 == 0})
			}
		}
		if next()%20 == 0 {
			c.Disciplines = []rules.Discipline{{Form: org.KhienTrach, InForce: thidua.Year(2014 + int(next()%10))}}
		}
	}
	return cs
}

var individualCodes = []award.Code{award.LDTT, award.CSTDCS, award.CSTDBo, award.CSTDToanQuoc,
	award.BangKhenBo, award.BangKhenTTg, award.HCLD3}

// BenchmarkScreen screens 100.000 people with 10-year histories for every
// individual title and form of R2017 (year 2023), verdicts only, and
// reports the cost per person-year (1.000.000 of them) and the ratio to a
// plain loop over the same person-years measured in the same run (see
// screenBench).
func BenchmarkScreen(b *testing.B) {
	screenBench(b, 100000, &rules.ScreenOptions{VerdictsOnly: true})
}

// BenchmarkScreenExplain is BenchmarkScreen with every reason built, over
// 10.000 people.
func BenchmarkScreenExplain(b *testing.B) {
	screenBench(b, 10000, nil)
}

// screenBench times Screen of n people of population for individualCodes.
// Beside ns/op it reports cpu-ns/op, the CPU time of the process (a busy
// machine inflates wall time); baseline-cpu-ns/op, the CPU time of a
// plain loop that reads every person-year Screen reads (summing ratings,
// days absent and award sets), measured in the same run, the best of
// five; x-baseline, the ratio of the two; and cpu-ns/person-year.
func screenBench(b *testing.B, n int, opt *rules.ScreenOptions) {
	cs := population(n)
	rs := rules.DefaultRegimes()
	personYears := 0
	for i := range cs {
		personYears += len(cs[i].Years)
	}
	base := time.Duration(1<<63 - 1)
	sink := 0
	for range 5 {
		start := benchclock.CPU()
		for range 10 { // CPU time is counted in ticks: make it long enough
			for i := range cs {
				for y := range cs[i].Years {
					r := &cs[i].Years[y]
					sink += int(r.Rating) + r.DaysAbsent + int(r.Awards)
				}
			}
		}
		base = min(base, (benchclock.CPU()-start)/10)
	}
	if sink == 0 {
		b.Fatal("baseline read nothing")
	}
	b.ResetTimer()
	cpu := benchclock.CPU()
	for b.Loop() {
		rules.Screen(rs, cs, 2023, individualCodes, opt)
	}
	ns := float64(benchclock.CPU()-cpu) / float64(b.N)
	b.ReportMetric(ns, "cpu-ns/op")
	b.ReportMetric(float64(base), "baseline-cpu-ns/op")
	b.ReportMetric(ns/float64(base), "x-baseline")
	b.ReportMetric(ns/float64(personYears), "cpu-ns/person-year")
}

// BenchmarkCheck explains one CSTĐ cấp bộ verdict (every reason built).
func BenchmarkCheck(b *testing.B) {
	cs := population(1000)
	reg := rules.DefaultRegimes().ForYear(2023)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		rules.Check(reg, &cs[i%len(cs)], award.CSTDBo, 2023)
		i++
	}
}
