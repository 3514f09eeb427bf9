package rules_test

import (
	"slices"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// person returns an individual recruited long ago.
func person(id string) *rules.Candidate {
	return &rules.Candidate{ID: id, Unit: "u1", Gender: org.Male, Recruited: thidua.MustDate(2000, time.January, 1)}
}

// rate sets the rating of years from..to and adds codes to each.
func rate(c *rules.Candidate, from, to int, r org.Rating, codes ...award.Code) *rules.Candidate {
	for y := from; y <= to; y++ {
		rec := c.Ensure(y)
		rec.Rating = r
		for _, code := range codes {
			rec.Awards.Add(code)
		}
	}
	return c
}

// give adds code to the given years.
func give(c *rules.Candidate, code award.Code, ys ...int) *rules.Candidate {
	for _, y := range ys {
		c.Add(rules.Grant{Code: code, Year: y})
	}
	return c
}

func initiative(id string, y int, l rules.Level, applied bool) rules.Initiative {
	return rules.Initiative{ID: id, Kind: rules.Improvement, Level: l, Year: y, Applied: applied}
}

// failed lists the IDs of the criteria that failed (pending ones left out).
func failed(v rules.Verdict) []string {
	var ids []string
	for _, c := range v.Failed() {
		ids = append(ids, c.ID)
	}
	slices.Sort(ids)
	return ids
}

func criterion(v rules.Verdict, id string) *rules.Criterion {
	for i := range v.Criteria {
		if v.Criteria[i].ID == id {
			return &v.Criteria[i]
		}
	}
	return nil
}

func d(y int, m time.Month, day int) thidua.Date { return thidua.MustDate(y, m, day) }

// decided is a screening's decision with its whole verdict
// (Result.VerdictOf) and its quota cut (Decision.Cut), for tests.
type decided struct {
	rules.Verdict
	Cut string
}

// decision returns candidate id's decision for code in r, or nil.
func decision(r *rules.Result, id string, code award.Code) *decided {
	d := r.Decision(id, code)
	v, ok := r.VerdictOf(id, code)
	if d == nil || !ok {
		return nil
	}
	return &decided{Verdict: v, Cut: d.Cut()}
}

// verdictAt returns r's verdict of row i for code j; a test fails on a
// missing one through the zero verdict it gets.
func verdictAt(r *rules.Result, i, j int) rules.Verdict {
	v, _ := r.Verdict(i, j)
	return v
}
