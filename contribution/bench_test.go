package contribution_test

import (
	"context"
	"math/rand/v2"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/contribution/contributiontest"
	"github.com/thidua-go/thidua/internal/benchclock"
	"github.com/thidua-go/thidua/org"
)

const benchEntries = 1_000_000

// benchGen makes the same stream of entries for every benchmark: 50 units,
// 5 movements, the seven ready purposes, both sources, dates in 2015–2020,
// whole amounts from 10.000 to 10.000.000 đồng.
type benchGen struct {
	rng      *rand.Rand
	units    []org.UnitID
	moves    []contribution.MovementID
	purposes []string
	amounts  []decimal.Decimal // pool, so the generator allocates little
	keyBuf   []byte
}

func newBenchGen() *benchGen {
	g := &benchGen{rng: rand.New(rand.NewPCG(2015, 2020))}
	for i := range 50 {
		g.units = append(g.units, org.UnitID("u"+strconv.Itoa(i)))
	}
	for i := range 5 {
		g.moves = append(g.moves, contribution.MovementID("m"+strconv.Itoa(i)))
	}
	for _, p := range contribution.NewPurposes().All() {
		g.purposes = append(g.purposes, p.Code)
	}
	for i := range 1000 {
		g.amounts = append(g.amounts, decimal.NewFromInt(int64(10_000*(i+1)*(i%10+1))))
	}
	return g
}

// next returns entry i and the whole amount it carries.
func (g *benchGen) next(i int) (contribution.Entry, int64) {
	r := g.rng.Uint64()
	a := g.amounts[r%1000]
	u := g.units[(r>>10)%50]
	g.keyBuf = strconv.AppendInt(append(g.keyBuf[:0], 'k'), int64(i), 10)
	e := contribution.Entry{
		Key:         string(g.keyBuf),
		Date:        thidua.Date{Year: 2015 + int((r>>16)%6), Month: time.Month(1 + (r>>20)%12), Day: 1 + int((r>>24)%28)},
		Contributor: contribution.UnitContributor(u),
		Unit:        u,
		Source:      contribution.Source(1 + (r>>30)%2),
		Status:      contribution.Received,
		Purpose:     g.purposes[(r>>32)%uint64(len(g.purposes))],
		Movement:    g.moves[(r>>40)%5],
		Amount:      a,
	}
	return e, a.IntPart()
}

// BenchmarkPost posts 1.000.000 entries to a new memory store per
// iteration; ns/entry and B/entry are per posted entry, heapB/entry is the
// live heap the store keeps per entry.
func BenchmarkPost(b *testing.B) {
	ctx := context.Background()
	var heap uint64
	for b.Loop() {
		b.StopTimer()
		g := newBenchGen()
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		s := contribution.NewMemStore(nil)
		b.StartTimer()
		for i := range benchEntries {
			e, _ := g.next(i)
			if _, err := s.Post(ctx, e); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		heap = after.HeapAlloc - before.HeapAlloc
		runtime.KeepAlive(s)
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchEntries, "ns/entry")
	b.ReportMetric(float64(heap)/benchEntries, "heapB/entry")
}

func benchStore(b *testing.B) (*contribution.MemStore, []int64) {
	b.Helper()
	ctx := context.Background()
	g := newBenchGen()
	s := contribution.NewMemStore(nil)
	amounts := make([]int64, benchEntries)
	for i := range benchEntries {
		e, a := g.next(i)
		if _, err := s.Post(ctx, e); err != nil {
			b.Fatal(err)
		}
		amounts[i] = a
	}
	return s, amounts
}

var sink int64

// BenchmarkTotals totals one store of 1.000.000 received entries.
// PurposeSourceYear is the target query (purpose × source × year);
// BaselineSum is its yardstick, a plain int64 loop summing the same
// amounts. The other sub-benchmarks show the slower paths: a unit set with
// a period that cuts years, and a grouping by contributor, which the store
// cannot do per combo.
func BenchmarkTotals(b *testing.B) {
	s, amounts := benchStore(b)
	ctx := context.Background()
	run := func(name string, f contribution.Filter, rows int, by ...contribution.Dim) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				t, err := s.Totals(ctx, f, by...)
				if err != nil {
					b.Fatal(err)
				}
				if rows > 0 && len(t.Rows) != rows {
					b.Fatalf("%d rows, want %d", len(t.Rows), rows)
				}
			}
		})
	}
	received := contribution.Filter{Status: contribution.Received}
	run("PurposeSourceYear", received, 7*2*6, contribution.ByPurpose, contribution.BySource, contribution.ByYear)
	b.Run("BaselineSum", func(b *testing.B) {
		for b.Loop() {
			var s int64
			for _, a := range amounts {
				s += a
			}
			sink = s
		}
	})
	run("UnitsPartialPeriod", contribution.Filter{
		Status: contribution.Received,
		Units:  []org.UnitID{"u1", "u2", "u3", "u4", "u5"},
		Period: thidua.Period{From: thidua.MustDate(2016, time.July, 1), To: thidua.MustDate(2019, time.June, 30)},
	}, 0, contribution.ByUnit, contribution.ByPurpose)
	run("ByContributor", received, 50, contribution.ByContributor)
}

// postStore returns a memory store of stored entries and 65.536 more
// entries to post to it, made outside the timed loop.
func postStore(b *testing.B, stored int) (*contribution.MemStore, []contribution.Entry) {
	b.Helper()
	ctx := context.Background()
	g := newBenchGen()
	s := contribution.NewMemStore(nil)
	for i := range stored {
		e, _ := g.next(i)
		if _, err := s.Post(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
	posts := make([]contribution.Entry, 0, 1<<16)
	for i := range cap(posts) {
		e, _ := g.next(stored + i)
		posts = append(posts, e)
	}
	return s, posts
}

// BenchmarkPostWithReader posts to a memory store of 100.000 entries, alone
// and while another goroutine reads it without pause: listing every entry
// (List), walking them all a page of 1000 at a time (Pages), or
// totalling them by purpose × source × year (Totals), or by contributor,
// which scans every entry (TotalsScan). posts/s is the posting rate;
// reads/s how many reads (whole walks, for Pages, which read the entries
// posted meanwhile too) completed meanwhile.
// Readers take a view of the store and scan without its lock, so posting
// goes on while they run; Alone is the baseline.
func BenchmarkPostWithReader(b *testing.B) {
	const stored = 100_000
	ctx := context.Background()
	received := contribution.Filter{Status: contribution.Received}
	readers := []struct {
		name string
		read func(s *contribution.MemStore) error
	}{
		{"Alone", nil},
		{"List", func(s *contribution.MemStore) error {
			_, err := s.List(ctx, contribution.Filter{})
			return err
		}},
		{"Pages", func(s *contribution.MemStore) error {
			_, _, err := walkPages(ctx, s, contribution.Filter{}, 1000)
			return err
		}},
		{"Totals", func(s *contribution.MemStore) error {
			_, err := s.Totals(ctx, received, contribution.ByPurpose, contribution.BySource, contribution.ByYear)
			return err
		}},
		{"TotalsScan", func(s *contribution.MemStore) error {
			_, err := s.Totals(ctx, received, contribution.ByContributor)
			return err
		}},
	}
	for _, r := range readers {
		b.Run(r.name, func(b *testing.B) {
			s, posts := postStore(b, stored)
			var read func() error
			if r.read != nil {
				read = func() error { return r.read(s) }
			}
			contributiontest.PostWhileReading(b, s, posts, read)
		})
	}
}

// BenchmarkConcurrentReadWrite posts to a memory store of 100.000 entries
// from several writers at once (b.RunParallel, one writer per GOMAXPROCS)
// while four readers read it without pause: listing every entry (List),
// walking them all a page of 1000 at a time (Page), or totalling by
// purpose × source × year (Totals). Writers is the baseline of the same
// run, the writers alone. posts/s is the posting rate of all writers
// together, reads/s how many reads the readers completed meanwhile (a
// walk reads the entries posted while it runs too, so it is longer than
// a List). Readers take a view of the append-only ledger and scan without
// the lock; a page reader holds one page, not the whole ledger.
func BenchmarkConcurrentReadWrite(b *testing.B) {
	const (
		stored  = 100_000
		readers = 4
	)
	ctx := context.Background()
	received := contribution.Filter{Status: contribution.Received}
	cases := []struct {
		name string
		read func(s *contribution.MemStore) error
	}{
		{"Writers", nil},
		{"WritersAndListReaders", func(s *contribution.MemStore) error {
			_, err := s.List(ctx, contribution.Filter{})
			return err
		}},
		{"WritersAndPageReaders", func(s *contribution.MemStore) error {
			_, _, err := walkPages(ctx, s, contribution.Filter{}, 1000)
			return err
		}},
		{"WritersAndTotalsReaders", func(s *contribution.MemStore) error {
			_, err := s.Totals(ctx, received, contribution.ByPurpose, contribution.BySource, contribution.ByYear)
			return err
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			s, posts := postStore(b, stored)
			stop := make(chan struct{})
			var reads atomic.Int64
			var wg sync.WaitGroup
			errs := make(chan error, readers)
			if c.read != nil {
				for range readers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for {
							select {
							case <-stop:
								return
							default:
							}
							if err := c.read(s); err != nil {
								errs <- err
								return
							}
							reads.Add(1)
						}
					}()
				}
			}
			var next atomic.Int64
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					n := next.Add(1)
					e := posts[n%int64(len(posts))]
					e.Key = "w" + strconv.FormatInt(n, 10)
					if _, err := s.Post(ctx, e); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.StopTimer()
			elapsed := b.Elapsed()
			close(stop)
			wg.Wait()
			close(errs)
			for err := range errs {
				b.Fatal(err)
			}
			all, err := s.List(ctx, contribution.Filter{})
			if err != nil {
				b.Fatal(err)
			}
			if got, want := len(all), stored+int(next.Load()); got != want {
				b.Fatalf("store holds %d entries, want %d: a post was lost", got, want)
			}
			b.ReportMetric(float64(next.Load())/elapsed.Seconds(), "posts/s")
			b.ReportMetric(float64(reads.Load())/elapsed.Seconds(), "reads/s")
		})
	}
}

// walkPages reads every entry of s that passes f with Page, limit at a
// time, and returns how many entries and pages it read.
func walkPages(ctx context.Context, s contribution.Store, f contribution.Filter, limit int) (entries, pages int, err error) {
	var after contribution.EntryID
	for {
		es, next, err := s.Page(ctx, f, after, limit)
		if err != nil {
			return entries, pages, err
		}
		entries += len(es)
		pages++
		if next == "" {
			return entries, pages, nil
		}
		after = next
	}
}

// BenchmarkWalk reads every entry of a memory store of 100.000 entries:
// with one List (the baseline, which builds them all at once) and page by
// page with Page, 100, 1000 (as ScanEntries does) and MaxPageSize entries
// at a time. B/op is what a whole walk allocates, about the same both
// ways (each entry is built once); B/page what one page allocates; heldB
// the live heap of one result after a collection — all the entries for
// List, one page for Page — the memory a reader holds at a time.
// cpu-ns/op is the CPU time of the process, steadier than ns/op on a busy
// machine.
func BenchmarkWalk(b *testing.B) {
	const stored = 100_000
	s, _ := postStore(b, stored)
	ctx := context.Background()
	b.Run("List", func(b *testing.B) {
		held := heldBytes(func() any {
			es, _ := s.List(ctx, contribution.Filter{})
			return es
		})
		b.ReportAllocs()
		cpu := benchclock.CPU()
		for b.Loop() {
			es, err := s.List(ctx, contribution.Filter{})
			if err != nil || len(es) != stored {
				b.Fatalf("List: %d entries, %v", len(es), err)
			}
		}
		b.ReportMetric(float64(benchclock.CPU()-cpu)/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(held), "heldB")
	})
	for _, limit := range []int{100, 1000, contribution.MaxPageSize} {
		b.Run("Pages"+strconv.Itoa(limit), func(b *testing.B) {
			held := heldBytes(func() any {
				es, _, _ := s.Page(ctx, contribution.Filter{}, "", limit)
				return es
			})
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			cpu := benchclock.CPU()
			pages := 0
			for b.Loop() {
				n, p, err := walkPages(ctx, s, contribution.Filter{}, limit)
				if err != nil || n != stored {
					b.Fatalf("walk: %d entries, %v", n, err)
				}
				pages += p
			}
			b.ReportMetric(float64(benchclock.CPU()-cpu)/float64(b.N), "cpu-ns/op")
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(pages), "B/page")
			b.ReportMetric(float64(held), "heldB")
		})
	}
}

// heldBytes returns the live heap that the result of fn holds, measured
// after a collection.
func heldBytes(fn func() any) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := fn()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	if after.HeapAlloc < before.HeapAlloc {
		return 0
	}
	return after.HeapAlloc - before.HeapAlloc
}
