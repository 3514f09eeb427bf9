package report_test

import (
	"context"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// province builds a province-sized store: a Cục with 12 branches of 8
// offices each, 10.000 people, 50.000 grants in 100 decisions and 200.000
// contribution entries.
func province(b *testing.B) report.Sources { return provinceOf(b, 1, true) }

// provinceOf builds the province store k times over: k×12 branches, k×10.000
// people, k×50.000 grants and k×200.000 contribution entries; ratings holds
// ten years of ratings for everyone (the summary does not read them).
func provinceOf(b *testing.B, k int, ratings bool) report.Sources {
	b.Helper()
	ctx := context.Background()
	os := org.NewMemStore()
	cat := award.DefaultCatalogue()
	as := award.NewMemStore(award.WithCatalogue(cat))
	cs := contribution.NewMemStore(nil)
	must := func(err error) {
		if err != nil {
			b.Fatal(err)
		}
	}
	since := thidua.Since(date(2009, 10, 1))
	must(os.AddUnit(ctx, org.Unit{ID: "bo", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: thidua.Since(date(1981, 10, 1))}))
	must(os.AddUnit(ctx, org.Unit{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh", Level: org.LevelCucTHADSTinh, Parent: "bo", Exists: since}))
	var units []org.UnitID
	for i := range 12 * k {
		cc := org.UnitID(fmt.Sprintf("cc-%02d", i))
		must(os.AddUnit(ctx, org.Unit{ID: cc, Name: fmt.Sprintf("Chi cục %d", i), Level: org.LevelChiCucTHADSHuyen, Parent: "cuc", Exists: since}))
		units = append(units, cc)
		for j := range 8 {
			id := org.UnitID(fmt.Sprintf("%s-to-%d", cc, j))
			must(os.AddUnit(ctx, org.Unit{ID: id, Name: fmt.Sprintf("Tổ %d Chi cục %d", j, i), Level: "to", Parent: cc, Exists: since}))
			units = append(units, id)
		}
	}
	people := 10_000 * k
	for i := range people {
		must(os.AddPerson(ctx, org.Person{ID: org.PersonID(fmt.Sprintf("p%05d", i)), FullName: fmt.Sprintf("Người %d", i),
			Assignments: []org.Assignment{{Unit: units[i%len(units)], Position: "Chấp hành viên", Period: thidua.Since(date(2012, 1, 1))}}}))
	}
	// Ten years of ratings for everyone, as the screening reads them.
	pys := make([]org.PersonYear, 0, people*10)
	for i := range people {
		if !ratings {
			break
		}
		for y := 2012; y < 2022; y++ {
			r := org.Completed
			switch (i + y) % 7 {
			case 0, 1:
				r = org.Excellent
			case 2, 3, 4:
				r = org.CompletedWell
			}
			pys = append(pys, org.PersonYear{Person: org.PersonID(fmt.Sprintf("p%05d", i)), Year: y, Unit: units[i%len(units)], Rating: r, DaysWorked: 250})
		}
	}
	if len(pys) > 0 {
		must(os.AddPersonYears(ctx, pys))
	}
	n := 0
	for d := range 100 * k {
		year := 2015 + d%5
		dec := award.Decision{ID: fmt.Sprintf("d%03d", d), Number: thidua.DocNumber{Number: d + 1, Symbol: "QĐ-BTP"},
			Date: date(year+1, 1, 10), Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp"}
		for range 500 {
			var r award.Recipient
			if n%10 == 0 {
				r = award.UnitRecipient(units[n%len(units)])
			} else {
				r = award.PersonRecipient(org.PersonID(fmt.Sprintf("p%05d", n%people)))
			}
			dec.Grants = append(dec.Grants, award.Grant{ID: fmt.Sprintf("g%06d", n), Subject: award.Subject{Kind: award.BangKhenBo, Recipient: r, Year: year}})
			n++
		}
		must(as.AddDecision(ctx, dec))
	}
	for i := range 200_000 * k {
		e := contribution.Entry{Key: fmt.Sprintf("e%06d", i), Date: date(2015+i%6, time.Month(1+i%12), 1+i%28), Unit: units[i%len(units)],
			Contributor: contribution.Benefactor("Nhà hảo tâm"), Source: contribution.Source(1 + i%2), Status: contribution.Received,
			Purpose: contribution.PurposeNewRural}
		if i%3 == 0 {
			e.Purpose, e.Items = contribution.PurposeCharity, contribution.Items{Kind: contribution.KindCharity, Count: 1}
		} else {
			e.Amount = decimal.NewFromInt(int64(100_000 + i))
		}
		_, err := cs.Post(ctx, e)
		must(err)
	}
	return report.Sources{Org: os, Award: as, Catalogue: cat, Scale: org.JusticeScale(), Contribution: cs}
}

// BenchmarkBuildSummary measures a five-year summary over a province-sized
// store (target: under 50 ms).
func BenchmarkBuildSummary(b *testing.B) {
	src := province(b)
	req := report.SummaryRequest{Unit: "cuc", Period: thidua.Years(2015, 2020)}
	ctx := context.Background()
	var s *report.Summary
	for b.Loop() {
		var err error
		if s, err = report.BuildSummary(ctx, src, req); err != nil {
			b.Fatal(err)
		}
	}
	if got := s.Awards[0].Collectives.Grants + s.Awards[0].Individuals.Grants; got != 50_000 {
		b.Fatalf("counted %d grants, want 50000", got)
	}
}

// BenchmarkBuildSummaryScale measures the five-year summary over the
// province store at 1×, 2× and 4× its size (target: at most 15 ms at 1×, and
// 2× and 4× the data within 2,2× and 4,5× the time of 1×). Beside each,
// the baseline of the same run: a plain loop over the same grants, held in
// a slice, counting them by kind and distinct recipient, the least any
// summary must do. At 2× and 4×, each reports its time as a multiple of
// its mean time at 1× in the same run (metric "of-1x"; with -count, the
// mean of the 1× runs, all run first).
func BenchmarkBuildSummaryScale(b *testing.B) {
	ctx := context.Background()
	type mean struct{ sum, n float64 }
	at1 := map[string]*mean{} // ns/op at 1×, by sub-benchmark
	ratio := func(b *testing.B, name string, k int) {
		ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		m := at1[name]
		if m == nil {
			m = &mean{}
			at1[name] = m
		}
		if k == 1 {
			m.sum, m.n = m.sum+ns, m.n+1
		} else if m.n > 0 {
			b.ReportMetric(ns/(m.sum/m.n), "of-1x")
		}
	}
	for _, k := range []int{1, 2, 4} {
		src := provinceOf(b, k, false)
		req := report.SummaryRequest{Unit: "cuc", Period: thidua.Years(2015, 2020)}
		b.Run(fmt.Sprintf("%dx/summary", k), func(b *testing.B) {
			var s *report.Summary
			for b.Loop() {
				var err error
				if s, err = report.BuildSummary(ctx, src, req); err != nil {
					b.Fatal(err)
				}
			}
			if got := s.Awards[0].Collectives.Grants + s.Awards[0].Individuals.Grants; got != 50_000*k {
				b.Fatalf("counted %d grants, want %d", got, 50_000*k)
			}
			ratio(b, "summary", k)
		})
		gs, err := src.Award.Grants(ctx, award.GrantFilter{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dx/baseline", k), func(b *testing.B) {
			var n int
			for b.Loop() {
				type key struct {
					code award.Code
					r    award.Recipient
				}
				seen := make(map[key]bool)
				n = 0
				for i := range gs {
					k := key{gs[i].Kind, gs[i].Recipient}
					if !seen[k] {
						seen[k] = true
						n++
					}
				}
			}
			if n == 0 {
				b.Fatal("no recipients")
			}
			ratio(b, "baseline", k)
		})
	}
}

// BenchmarkRender measures rendering that summary (target: under 5 ms).
func BenchmarkRender(b *testing.B) {
	src := province(b)
	s, err := report.BuildSummary(context.Background(), src, report.SummaryRequest{Unit: "cuc", Period: thidua.Years(2015, 2020)})
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range []struct {
		name string
		r    report.Renderer
	}{{"text", report.NewTextRenderer(nil)}, {"markdown", report.NewMarkdownRenderer(nil)}, {"html", report.NewHTMLRenderer(nil)}, {"csv", report.CSVRenderer{}}} {
		b.Run(r.name, func(b *testing.B) {
			for b.Loop() {
				if err := r.r.Render(io.Discard, s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
