package contributionsql_test

import (
	"context"
	"database/sql"
	"math/rand/v2"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/contribution/contributionsql"
	"github.com/thidua-go/thidua/contribution/contributiontest"
	"github.com/thidua-go/thidua/internal/benchclock"
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
			s := loadedStore(b, db, es)
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

// loadedStore migrates db, opens the store over it with the default
// options and imports es.
func loadedStore(b *testing.B, db *sql.DB, es []contribution.Entry) *contributionsql.Store {
	b.Helper()
	ctx := context.Background()
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
	return s
}

// BenchmarkWalk reads every entry of a ledger of 100.000 entries (the
// first of benchLedger's) on each engine: with one List, the baseline,
// which builds them all at once, and page by page with
// contribution.ScanEntries, 1000 entries a page. B/op is what a whole walk
// allocates in this process (the driver's garbage included), B/page what
// one page does, against List's B/op; cpu-ns/op is the CPU time of this
// process (not of the PostgreSQL server). Run with -benchtime=3x.
func BenchmarkWalk(b *testing.B) {
	const n = 100_000
	es, _ := benchLedger(b)
	es = es[:n]
	ctx := context.Background()
	for _, eng := range sqltest.Engines() {
		b.Run(eng.Name, func(b *testing.B) {
			db, c := eng.Counting(b)
			s := loadedStore(b, db, es)
			b.Run("List", func(b *testing.B) {
				b.ReportAllocs()
				c.Reset()
				cpu := benchclock.CPU()
				for b.Loop() {
					got, err := s.List(ctx, contribution.Filter{})
					if err != nil || len(got) != n {
						b.Fatalf("List: %d entries, %v", len(got), err)
					}
				}
				b.ReportMetric(float64(benchclock.CPU()-cpu)/float64(b.N), "cpu-ns/op")
				b.ReportMetric(float64(c.Load())/float64(b.N), "queries/op")
			})
			b.Run("ScanEntries", func(b *testing.B) {
				b.ReportAllocs()
				c.Reset()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				cpu := benchclock.CPU()
				for b.Loop() {
					if got, err := scanAll(ctx, s); err != nil || got != n {
						b.Fatalf("walk: %d entries, %v", got, err)
					}
				}
				b.ReportMetric(float64(benchclock.CPU()-cpu)/float64(b.N), "cpu-ns/op")
				runtime.ReadMemStats(&after)
				const pages = n / 1000
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N*pages), "B/page")
				b.ReportMetric(float64(c.Load())/float64(b.N), "queries/op")
			})
		})
	}
}

// scanAll walks every entry of s with contribution.ScanEntries and
// returns how many it saw.
func scanAll(ctx context.Context, s contribution.Store) (int, error) {
	n := 0
	err := contribution.ScanEntries(ctx, s, contribution.Filter{}, func(contribution.Entry) error {
		n++
		return nil
	})
	return n, err
}

// BenchmarkPostWithReader posts to a ledger of 100.000 entries on each
// engine, alone (the baseline of the same run) and while another
// goroutine reads it without pause: listing every entry (List), or
// walking them a page of 1000 at a time (Pages). posts/s is the posting
// rate; reads/s how many reads (whole walks) completed meanwhile.
// Run with -benchtime=3s or more.
func BenchmarkPostWithReader(b *testing.B) {
	const n = 100_000
	es, _ := benchLedger(b)
	posts := es[n:]
	es = es[:n]
	ctx := context.Background()
	readers := []struct {
		name string
		read func(s contribution.Store) error
	}{
		{"Alone", nil},
		{"List", func(s contribution.Store) error {
			_, err := s.List(ctx, contribution.Filter{})
			return err
		}},
		{"Pages", func(s contribution.Store) error {
			_, err := scanAll(ctx, s)
			return err
		}},
	}
	for _, eng := range sqltest.Engines() {
		b.Run(eng.Name, func(b *testing.B) {
			for _, r := range readers {
				b.Run(r.name, func(b *testing.B) {
					s := loadedStore(b, eng.Open(b), es)
					var read func() error
					if r.read != nil {
						read = func() error { return r.read(s) }
					}
					contributiontest.PostWhileReading(b, s, posts, read)
				})
			}
		})
	}
}
