package contributionsql_test

import (
	"context"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/contribution/contributionsql"
	"github.com/thidua-go/thidua/internal/sqltest"
	"github.com/thidua-go/thidua/org"
)

const benchN = 200_000

// benchLedger returns 200.000 entries as a memory store holds them: 50
// units, 5 movements, the seven ready purposes, both sources, dates in
// 2015–2020, whole amounts from 10.000 to 100.000.000 đồng, one entry in
// ten items (bridges or houses), one in fifty a pledge; and the whole
// amounts as int64 for the plain-loop baseline.
func benchLedger(b *testing.B) ([]contribution.Entry, []int64) {
	b.Helper()
	rng := rand.New(rand.NewPCG(2015, 2020))
	purposes := contribution.NewPurposes().All()
	mem := contribution.NewMemStore(nil)
	ctx := context.Background()
	amounts := make([]int64, 0, benchN)
	for i := range benchN {
		u := org.UnitID("u" + strconv.Itoa(rng.IntN(50)))
		e := contribution.Entry{
			Key:         "k" + strconv.Itoa(i),
			Date:        thidua.Date{Year: 2015 + rng.IntN(6), Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)},
			Contributor: contribution.UnitContributor(u),
			Unit:        u,
			Source:      contribution.Source(1 + rng.IntN(2)),
			Status:      contribution.Received,
			Purpose:     purposes[rng.IntN(len(purposes))].Code,
			Movement:    contribution.MovementID("m" + strconv.Itoa(rng.IntN(5))),
		}
		if rng.IntN(50) == 0 {
			e.Status = contribution.Pledged
		}
		if rng.IntN(10) == 0 {
			e.Items = contribution.Items{Kind: []string{contribution.KindBridge, contribution.KindCharity}[rng.IntN(2)], Count: 1 + rng.Int64N(5)}
			if rng.IntN(2) == 0 {
				e.Items.ValuePerItem = decimal.NewFromInt(50_000_000)
			}
		} else {
			a := 10_000 * (1 + rng.Int64N(10_000))
			e.Amount = decimal.NewFromInt(a)
			if e.Status == contribution.Received {
				amounts = append(amounts, a)
			}
		}
		if _, err := mem.Post(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
	es, err := mem.List(ctx, contribution.Filter{})
	if err != nil {
		b.Fatal(err)
	}
	return es, amounts
}

// BenchmarkLoad imports 200.000 entries into an empty store per
// iteration (what contribution.Copy does): the memory store is the
// baseline. Run with -benchtime=1x.
func BenchmarkLoad(b *testing.B) {
	es, _ := benchLedger(b)
	ctx := context.Background()
	b.Run("memory", func(b *testing.B) {
		for b.Loop() {
			s := contribution.NewMemStore(nil)
			if err := s.Import(ctx, es); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchN, "ns/entry")
	})
	for _, eng := range sqltest.Engines() {
		b.Run(eng.Name, func(b *testing.B) {
			var queries int64
			for b.Loop() {
				b.StopTimer()
				db, c := eng.Counting(b)
				if err := contributionsql.Migrate(ctx, db); err != nil {
					b.Fatal(err)
				}
				s, err := contributionsql.Open(ctx, db)
				if err != nil {
					b.Fatal(err)
				}
				c.Reset()
				b.StartTimer()
				if err := s.Import(ctx, es); err != nil {
					b.Fatal(err)
				}
				queries += c.Load()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchN, "ns/entry")
			b.ReportMetric(float64(queries)/float64(b.N), "queries/op")
		})
	}
}

// BenchmarkTotals totals 200.000 entries grouped by purpose × source ×
// year (received only), in the database on each engine; the baselines in
// the same run are the memory store's Totals, contribution.Aggregate over
// the entries in memory, and a plain int64 loop over the amounts.
func BenchmarkTotals(b *testing.B) {
	es, amounts := benchLedger(b)
	ctx := context.Background()
	f := contribution.Filter{Status: contribution.Received}
	by := []contribution.Dim{contribution.ByPurpose, contribution.BySource, contribution.ByYear}
	const rows = 7 * 2 * 6
	mem := contribution.NewMemStore(nil)
	if err := mem.Import(ctx, es); err != nil {
		b.Fatal(err)
	}
	want, err := mem.Totals(ctx, f, by...)
	if err != nil || len(want.Rows) != rows {
		b.Fatalf("memory totals: %d rows, %v", len(want.Rows), err)
	}
	b.Run("BaselineLoop", func(b *testing.B) {
		for b.Loop() {
			var s int64
			for _, a := range amounts {
				s += a
			}
			sink = s
		}
	})
	b.Run("BaselineAggregate", func(b *testing.B) {
		for b.Loop() {
			if _, err := contribution.Aggregate(es, f, by...); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("memory/PurposeSourceYear", func(b *testing.B) {
		for b.Loop() {
			if _, err := mem.Totals(ctx, f, by...); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, eng := range sqltest.Engines() {
		b.Run(eng.Name, func(b *testing.B) {
			db, c := eng.Counting(b)
			if err := contributionsql.Migrate(ctx, db); err != nil {
				b.Fatal(err)
			}
			s, err := contributionsql.Open(ctx, db)
			if err != nil {
				b.Fatal(err)
			}
			if err := s.Import(ctx, es); err != nil {
				b.Fatal(err)
			}
			got, err := s.Totals(ctx, f, by...)
			if err != nil {
				b.Fatal(err)
			}
			if !got.Total.Money.Equal(want.Total.Money) || len(got.Rows) != rows {
				b.Fatalf("SQL totals %s in %d rows, memory %s", got.Total.Money, len(got.Rows), want.Total.Money)
			}
			b.Run("PurposeSourceYear", func(b *testing.B) {
				c.Reset()
				for b.Loop() {
					if _, err := s.Totals(ctx, f, by...); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(c.Load())/float64(b.N), "queries/op")
			})
			// Queries the running sums cannot answer group the entries.
			for _, q := range []struct {
				name string
				f    contribution.Filter
				by   []contribution.Dim
			}{
				{"UnitsPartialPeriod", contribution.Filter{Status: contribution.Received, Units: []org.UnitID{"u1", "u2", "u3", "u4", "u5"},
					Period: thidua.Period{From: thidua.MustDate(2016, time.July, 1), To: thidua.MustDate(2019, time.June, 30)}},
					[]contribution.Dim{contribution.ByUnit, contribution.ByPurpose}},
				{"ByContributor", f, []contribution.Dim{contribution.ByContributor}},
			} {
				b.Run(q.name, func(b *testing.B) {
					c.Reset()
					for b.Loop() {
						if _, err := s.Totals(ctx, q.f, q.by...); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(c.Load())/float64(b.N), "queries/op")
				})
			}
		})
	}
}

var sink int64
