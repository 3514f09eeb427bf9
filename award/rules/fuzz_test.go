package rules_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// fuzzCodes are the codes FuzzScreen draws from, the library's and one a
// sector adds by its data alone.
var fuzzCodes = []award.Code{award.LDTT, award.CSTDCS, award.CSTDBo, award.CSTDToanQuoc, award.BangKhenBo,
	award.BangKhenTTg, award.HCLD3, award.TTLDTT, award.TTLDXS, award.CoBo, award.CoChinhPhu, award.GiayKhen, "sector"}

// fuzzCandidates reads candidates from b: a few bytes a year record, an
// initiative, a grant, a discipline, with IDs and units from a small set so
// that quotas, member counts and repeated IDs meet.
func fuzzCandidates(b []byte) []rules.Candidate {
	next := func() int {
		if len(b) == 0 {
			return 0
		}
		v := int(b[0])
		b = b[1:]
		return v
	}
	var cs []rules.Candidate
	for len(b) > 0 && len(cs) < 12 {
		c := rules.Candidate{ID: string(rune('a' + next()%6)), Unit: string(rune('u' + next()%3)), Collective: next()%4 == 0,
			Gender: org.Gender(next() % 3), FirstYear: 2010 + next()%10}
		if c.Collective {
			c.ID = string(rune('u' + next()%3))
			c.Unit = "root"
			c.Founded = thidua.MustDate(1980+next()%40, 1, 1)
		} else {
			c.Recruited = thidua.MustDate(2000+next()%25, time.Month(1+next()%12), 1)
		}
		for range next() % 16 {
			v := next()
			c.Years = append(c.Years, rules.YearRecord{Rating: org.Rating(v % 6), Awards: rules.Set(next()) | rules.Set(next())<<8,
				Score: next(), DaysAbsent: next() % 60, Post: rules.Post(v % 3), ExceededTargets: v&8 != 0, ClusterLead: v&16 != 0,
				Ballots: rules.Ballots{CSTDBo: rules.Votes{For: v % 12, Members: 11}, CSTDToanQuoc: rules.Votes{For: next() % 12, Members: 11}},
				Members: rules.Members{Total: 10, LDTT: v % 11, CSTDCS: next() % 11, Completed: 10}})
		}
		for range next() % 4 {
			c.Initiatives = append(c.Initiatives, rules.Initiative{ID: string(rune('i' + next()%4)), Kind: rules.Improvement,
				Level: rules.Level(1 + next()%3), Year: 2010 + next()%16, Applied: next()%2 == 0})
		}
		for range next() % 3 {
			c.Add(rules.Grant{Code: fuzzCodes[next()%len(fuzzCodes)], Year: 2008 + next()%18, Kind: rules.GrantKind(next() % 3)})
		}
		if next()%5 == 0 {
			from := 2010 + next()%15
			c.Disciplines = append(c.Disciplines, rules.Discipline{Form: org.DisciplineForm(1 + next()%4),
				InForce: thidua.Period{From: thidua.MustDate(from, 3, 1), To: thidua.MustDate(from+1, 2, 28)}})
		}
		cs = append(cs, c)
	}
	return cs
}

// fuzzSpec draws the data of the sector's code from the bits of x: what it
// requires and how, its quota and over which candidates, whether it is of
// the year-end round.
func fuzzSpec(x uint16) rules.CodeSpec {
	req := rules.Requirement{Code: fuzzCodes[int(x>>5)%len(fuzzCodes)], Kind: rules.RequirementKind(x>>9) % 5, Years: 1 + int(x>>12)%4, Times: 1 + int(x>>14)}
	if req.Kind == rules.Earlier && req.Code == "sector" {
		req.Code = award.BangKhenBo
	}
	return rules.CodeSpec{Requires: []rules.Requirement{req}, SameRound: x&0x10 != 0,
		Quota: rules.Quota{Percent: int(x>>3) % 3 * 25, Over: rules.QuotaScope(x>>11) % 2}}
}

// FuzzScreen screens hostile candidates (repeated IDs, collectives whose
// members are screened with them, grants of every kind) for codes drawn
// with repetitions: Screen never panics, gives each listed code one row
// per candidate, the same decisions on 1 and several workers, the same
// outcome with and without reasons, and each decision of a code not cut by
// a quota or a member count what Check gives the candidate.
func FuzzScreen(f *testing.F) {
	f.Add([]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"), []byte{0, 1, 2, 1}, uint16(2024))
	f.Add([]byte("\x00\x00\x00\x00\x05\x0f\x05\xff\xff\x10\x10\x01\x02\x02\x02\x01"), []byte{12, 12, 3}, uint16(2020))
	f.Fuzz(func(t *testing.T, data, codeIdx []byte, year uint16) {
		within(t, "screen", func() { fuzzScreen(t, data, codeIdx, year) })
	})
}

func fuzzScreen(t *testing.T, data, codeIdx []byte, year uint16) {
	{
		rs := rules.DefaultRegimes()
		spec := fuzzSpec(year)
		for _, reg := range rs.All() {
			reg.Codes["sector"] = spec
		}
		cands := fuzzCandidates(data)
		var codes []award.Code
		for _, x := range codeIdx {
			if len(codes) == 8 {
				break
			}
			codes = append(codes, fuzzCodes[int(x)%len(fuzzCodes)])
		}
		y := 2000 + int(year)%30
		one := rules.Screen(rs, cands, y, codes, &rules.ScreenOptions{Workers: 1})
		many := rules.Screen(rs, cands, y, codes, &rules.ScreenOptions{Workers: 4})
		quick := rules.Screen(rs, cands, y, codes, &rules.ScreenOptions{VerdictsOnly: true})
		if len(one.Rows) != len(cands) || !cmp.Equal(one.Codes, codes) {
			t.Fatalf("%d rows for %d candidates, codes %v for %v", len(one.Rows), len(cands), one.Codes, codes)
		}
		if diff := cmp.Diff(one, many); diff != "" {
			t.Fatalf("1 worker vs 4 (-1 +4):\n%s", diff)
		}
		for i := range one.Rows {
			for j := range codes {
				a, okA := one.Verdict(i, j)
				q, okQ := quick.Verdict(i, j)
				if okA != okQ || a.Eligible != q.Eligible || a.Pending != q.Pending || a.Basis != q.Basis {
					t.Fatalf("row %d %s: with reasons %v/%v/%v, without %v/%v/%v", i, codes[j], a.Eligible, a.Pending, a.Basis, q.Eligible, q.Pending, q.Basis)
				}
				if okA && a.Eligible && len(a.Failed()) > 0 {
					t.Fatalf("row %d %s: eligible with failed criteria %v", i, codes[j], a.Failed())
				}
			}
		}
		for i := range cands {
			for _, code := range codes {
				rs.Check(&cands[i], code, y)
				rules.Earliest(rs, &cands[i], code, y)
			}
		}
	}
}
