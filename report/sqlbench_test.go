package report_test

import (
	"context"
	"database/sql"
	"os"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardsql"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/contribution/contributionsql"
	"github.com/thidua-go/thidua/internal/sqltest"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgsql"
	"github.com/thidua-go/thidua/report"
)

// The benchmarks of this file measure the province-sized fixture (10.000
// people × 10 years of ratings, 50.000 grants, 200.000 ledger entries) kept
// in SQLite and PostgreSQL, beside the memory stores as the baseline of the
// same run, and report the statements each operation sends to the
// database (queries/op), which must not grow with the number of people.

// sqlProvince is the fixture copied into one engine's database.
type sqlProvince struct {
	src     report.Sources
	counter *sqltest.Counter
	load    time.Duration
}

var (
	memOnce    sync.Once
	memFixture report.Sources
	sqlMu      sync.Mutex
	sqlFixture = map[string]*sqlProvince{}
	cleanups   []func() // of the shared fixtures, run by TestMain
)

// TestMain drops the databases the shared benchmark fixtures made.
func TestMain(m *testing.M) {
	code := m.Run()
	for _, c := range cleanups {
		c()
	}
	os.Exit(code)
}

// memProvince builds the memory fixture once for every benchmark.
func memProvince(b *testing.B) report.Sources {
	memOnce.Do(func() { memFixture = province(b) })
	if memFixture.Org == nil {
		b.Fatal("fixture failed")
	}
	return memFixture
}

// openSQLStores migrates and opens the org, award and contribution stores
// on db.
func openSQLStores(ctx context.Context, db *sql.DB, cat *award.Catalogue) (org.Store, award.Store, contribution.Store, error) {
	if err := orgsql.Migrate(ctx, db); err != nil {
		return nil, nil, nil, err
	}
	if err := awardsql.Migrate(ctx, db); err != nil {
		return nil, nil, nil, err
	}
	if err := contributionsql.Migrate(ctx, db); err != nil {
		return nil, nil, nil, err
	}
	os, err := orgsql.Open(ctx, db)
	if err != nil {
		return nil, nil, nil, err
	}
	as, err := awardsql.Open(ctx, db, award.WithCatalogue(cat))
	if err != nil {
		return nil, nil, nil, err
	}
	cs, err := contributionsql.Open(ctx, db)
	if err != nil {
		return nil, nil, nil, err
	}
	return os, as, cs, nil
}

// copyProvince copies the memory fixture into the stores given.
func copyProvince(ctx context.Context, src report.Sources, os org.Store, as award.Store, cs contribution.Store) error {
	if err := org.Copy(ctx, os, src.Org.(org.Store)); err != nil {
		return err
	}
	if err := award.Copy(ctx, as, src.Award.(award.Store)); err != nil {
		return err
	}
	return contribution.Copy(ctx, cs, src.Contribution.(contribution.Store))
}

// provinceIn returns the fixture kept in engine e, loading it once.
func provinceIn(b *testing.B, e sqltest.Engine) *sqlProvince {
	b.Helper()
	mem := memProvince(b)
	sqlMu.Lock()
	defer sqlMu.Unlock()
	if p, ok := sqlFixture[e.Name]; ok {
		return p
	}
	ctx := context.Background()
	db, counter, cleanup, ok, err := sqltest.OpenShared(e.Name)
	if err != nil {
		b.Fatal(err)
	}
	if !ok {
		b.Skipf("no %s server: set %s", e.Name, sqltest.EnvPostgres)
	}
	cleanups = append(cleanups, cleanup)
	os, as, cs, err := openSQLStores(ctx, db, mem.Catalogue)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if err := copyProvince(ctx, mem, os, as, cs); err != nil {
		b.Fatal(err)
	}
	p := &sqlProvince{counter: counter, load: time.Since(start)}
	p.src = mem
	p.src.Org, p.src.Award, p.src.Contribution = os, as, cs
	sqlFixture[e.Name] = p
	return p
}

// BenchmarkLoadProvince copies the whole fixture into an empty database
// (targets: SQLite ≤ 15 s, PostgreSQL ≤ 30 s); the baseline is the same copy
// into empty memory stores.
func BenchmarkLoadProvince(b *testing.B) {
	mem := memProvince(b)
	ctx := context.Background()
	b.Run("memory", func(b *testing.B) {
		for b.Loop() {
			os := org.NewMemStore()
			as := award.NewMemStore(award.WithCatalogue(mem.Catalogue))
			cs := contribution.NewMemStore(nil)
			if err := copyProvince(ctx, mem, os, as, cs); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, e := range sqltest.Engines() {
		b.Run(e.Name, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				db, counter := e.Counting(b)
				os, as, cs, err := openSQLStores(ctx, db, mem.Catalogue)
				if err != nil {
					b.Fatal(err)
				}
				counter.Reset()
				b.StartTimer()
				if err := copyProvince(ctx, mem, os, as, cs); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				b.ReportMetric(float64(counter.Load()), "queries/op")
				db.Close()
				b.StartTimer()
			}
		})
	}
}

// benchSources runs f over the memory fixture and over each engine's copy,
// reporting the statements sent per operation.
func benchSources(b *testing.B, f func(b *testing.B, src report.Sources)) {
	b.Run("memory", func(b *testing.B) { f(b, memProvince(b)) })
	for _, e := range sqltest.Engines() {
		b.Run(e.Name, func(b *testing.B) {
			p := provinceIn(b, e)
			p.counter.Reset()
			f(b, p.src)
			b.ReportMetric(float64(p.counter.Load())/float64(b.N), "queries/op")
		})
	}
}

// BenchmarkBuildSummarySQL builds the five-year summary from each store
// (targets: SQLite ≤ 300 ms, PostgreSQL ≤ 600 ms).
func BenchmarkBuildSummarySQL(b *testing.B) {
	req := report.SummaryRequest{Unit: "cuc", Period: thidua.Years(2015, 2020)}
	ctx := context.Background()
	benchSources(b, func(b *testing.B, src report.Sources) {
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
	})
}

// BenchmarkScreenProvince loads the candidates of the whole province for
// one year and screens them (target from SQLite: ≤ 1 s for 10.000 people).
func BenchmarkScreenProvince(b *testing.B) {
	ctx := context.Background()
	rs := rules.DefaultRegimes()
	codes := []award.Code{award.LDTT, award.CSTDCS, award.BangKhenBo}
	benchSources(b, func(b *testing.B, src report.Sources) {
		rsrc := rules.Sources{Org: src.Org.(org.Store), Award: src.Award.(award.Store)}
		var n int
		for b.Loop() {
			cands, err := rules.LoadSubtree(ctx, rsrc, "cuc", 2019, 5)
			if err != nil {
				b.Fatal(err)
			}
			res := rules.Screen(rs, cands, 2019, codes, nil)
			n = len(cands)
			_ = res
		}
		if n < 10_000 {
			b.Fatalf("loaded %d candidates, want at least 10000", n)
		}
	})
}

// BenchmarkTotalsSQL groups the 200.000 ledger entries by purpose × source
// × year (target in SQL: ≤ 100 ms).
func BenchmarkTotalsSQL(b *testing.B) {
	ctx := context.Background()
	benchSources(b, func(b *testing.B, src report.Sources) {
		var ts contribution.Totals
		for b.Loop() {
			var err error
			if ts, err = src.Contribution.Totals(ctx, contribution.Filter{Status: contribution.Received}, contribution.ByPurpose, contribution.BySource, contribution.ByYear); err != nil {
				b.Fatal(err)
			}
		}
		if len(ts.Rows) == 0 {
			b.Fatal("no totals")
		}
	})
}
