package rules_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
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
// individual title and form of R2017 (year 2023). Divide ns/op and
// allocs/op by 100.000 for the per-candidate cost.
func BenchmarkScreen(b *testing.B) {
	cs := population(100000)
	rs := rules.DefaultRegimes()
	opt := &rules.ScreenOptions{VerdictsOnly: true}
	b.ResetTimer()
	for b.Loop() {
		rules.Screen(rs, cs, 2023, individualCodes, opt)
	}
}

// BenchmarkScreenExplain is BenchmarkScreen with every reason built.
func BenchmarkScreenExplain(b *testing.B) {
	cs := population(10000)
	rs := rules.DefaultRegimes()
	b.ResetTimer()
	for b.Loop() {
		rules.Screen(rs, cs, 2023, individualCodes, nil)
	}
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
