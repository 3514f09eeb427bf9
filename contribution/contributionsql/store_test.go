package contributionsql_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/shopspring/decimal"
	_ "modernc.org/sqlite"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/contribution/contributionsql"
	"github.com/thidua-go/thidua/contribution/contributiontest"
	"github.com/thidua-go/thidua/internal/sqltest"
)

// open migrates db and opens the store with the suite's options.
func open(t testing.TB, db *sql.DB) *contributionsql.Store {
	t.Helper()
	ctx := context.Background()
	if err := contributionsql.Migrate(ctx, db); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	s, err := contributionsql.Open(ctx, db, contributionsql.WithOptions(contributiontest.Options()))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestConformance(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			contributiontest.RunStoreTests(t, func(t *testing.T) contribution.Store {
				return open(t, e.Open(t))
			})
		})
	}
}

var cmpOpts = cmp.Options{cmpopts.EquateEmpty()}

// TestTotalsProperty: random ledgers and random queries, Totals against
// contribution.Aggregate over the listed entries, on each engine.
func TestTotalsProperty(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := context.Background()
			for seed := uint64(10); seed < 13; seed++ {
				s := open(t, e.Open(t))
				contributiontest.Populate(t, s, seed, 400)
				all, err := s.List(ctx, contribution.Filter{})
				if err != nil {
					t.Fatal(err)
				}
				rng := rand.New(rand.NewPCG(seed, 99))
				for q := range 150 {
					f, by := contributiontest.RandomQuery(rng)
					want, err := contribution.Aggregate(all, f, by...)
					if err != nil {
						t.Fatal(err)
					}
					got, err := s.Totals(ctx, f, by...)
					if err != nil {
						t.Fatalf("seed %d query %d: %v", seed, q, err)
					}
					if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
						t.Fatalf("seed %d query %d: filter %+v by %v (-Aggregate +Totals):\n%s", seed, q, f, by, diff)
					}
				}
			}
		})
	}
}

// TestTotalsExtremes: item counts and amounts at the edges of int64, where
// the SQL sums must fall back or spill exactly as Aggregate does.
func TestTotalsExtremes(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t, e.Open(t))
			base := contribution.Entry{Date: thidua.MustDate(2018, 3, 1), Contributor: contribution.UnitContributor("u"), Unit: "u",
				Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeCharity}
			post := func(key string, edit func(*contribution.Entry)) contribution.Entry {
				e := base
				e.Key = key
				edit(&e)
				got, err := s.Post(ctx, e)
				if err != nil {
					t.Fatalf("Post %s: %v", key, err)
				}
				return got
			}
			// Ten entries of the most an entry may hold: each fits an int64,
			// their sum does not, and both totals must stay exact.
			for i := range 10 {
				post(fmt.Sprintf("m%d", i), func(e *contribution.Entry) { e.Amount = decimal.NewFromInt(contribution.MaxDong) })
			}
			post("m-cent", func(e *contribution.Entry) { e.Amount = decimal.RequireFromString("0.01") })
			post("i1", func(e *contribution.Entry) {
				e.Items = contribution.Items{Kind: contribution.KindGift, Count: contribution.MaxItemCount, ValuePerItem: decimal.RequireFromString("3.5")}
			})
			all, _ := s.List(ctx, contribution.Filter{})
			check := func(name string) {
				t.Helper()
				for _, by := range [][]contribution.Dim{nil, {contribution.ByKind}, {contribution.ByUnit, contribution.ByKind}} {
					f := contribution.Filter{Status: contribution.Received}
					want, werr := contribution.Aggregate(all, f, by...)
					got, gerr := s.Totals(ctx, f, by...)
					if werr != nil || gerr != nil {
						t.Fatalf("%s by %v: Aggregate error %v, Totals error %v", name, by, werr, gerr)
					}
					if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
						t.Fatalf("%s by %v (-Aggregate +Totals):\n%s", name, by, diff)
					}
				}
			}
			check("huge")
			// A count that would overflow a sum is refused at the door, and
			// the totals stay readable.
			e := base
			e.Key = "i2"
			e.Items = contribution.Items{Kind: contribution.KindGift, Count: math.MaxInt64 - 5}
			if _, err := s.Post(ctx, e); !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("Post of %d items: %v, want ErrInvalid", e.Items.Count, err)
			}
			check("after refusal")
		})
	}
}

// TestCopyAcrossEngines moves a ledger memory → SQLite → PostgreSQL →
// memory, unchanged at every step.
func TestCopyAcrossEngines(t *testing.T) {
	ctx := context.Background()
	mem := contribution.NewMemStore(contributiontest.Options())
	contributiontest.Populate(t, mem, 42, 500)
	lite := open(t, sqltest.SQLite(t))
	if err := contribution.Copy(ctx, lite, mem); err != nil {
		t.Fatalf("memory → SQLite: %v", err)
	}
	contributiontest.CheckSame(t, mem, lite)
	last := contribution.Store(lite)
	if os.Getenv(sqltest.EnvPostgres) != "" || os.Getenv(sqltest.EnvRequired) == "1" {
		pg := open(t, sqltest.Postgres(t))
		if err := contribution.Copy(ctx, pg, lite); err != nil {
			t.Fatalf("SQLite → PostgreSQL: %v", err)
		}
		contributiontest.CheckSame(t, mem, pg)
		last = pg
	} else {
		t.Logf("PostgreSQL leg skipped: %s not set", sqltest.EnvPostgres)
	}
	back := contribution.NewMemStore(contributiontest.Options())
	if err := contribution.Copy(ctx, back, last); err != nil {
		t.Fatalf("back to memory: %v", err)
	}
	contributiontest.CheckSame(t, mem, back)
}

// TestDurability: what a nil error stored is there after closing and
// reopening the file; what failed left nothing.
func TestDurability(t *testing.T) {
	ctx := context.Background()
	path := sqltest.SQLitePath(t)
	db, err := sql.Open("sqlite", sqltest.SQLiteDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	s := open(t, db)
	contributiontest.Populate(t, s, 3, 120)
	posted, err := s.List(ctx, contribution.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	bad := posted[0]
	bad.ID, bad.Amount = "", decimal.NewFromInt(-1)
	if _, err := s.Post(ctx, bad); !errors.Is(err, thidua.ErrInvalid) {
		t.Fatalf("bad post: %v", err)
	}
	clash := posted[0]
	clash.ID, clash.Note = "", "khác"
	if _, err := s.Post(ctx, clash); !errors.Is(err, thidua.ErrConflict) {
		t.Fatalf("clashing post: %v", err)
	}
	badImport := []contribution.Entry{{ID: "z1", Key: "z1"}}
	if err := s.Import(ctx, badImport); !errors.Is(err, thidua.ErrInvalid) {
		t.Fatalf("bad import: %v", err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	s2 := open(t, sqltest.OpenSQLite(t, path))
	got, err := s2.List(ctx, contribution.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(posted, got, cmpOpts); diff != "" {
		t.Fatalf("after reopening (-posted +listed):\n%s", diff)
	}
	// New IDs continue after the stored ones.
	e := posted[0]
	e.ID, e.Key, e.Reverses, e.Fulfils = "", "after-reopen", "", ""
	if e.IsItems() {
		e.Amount = decimal.Decimal{}
	}
	if e.Reverses == "" && e.Amount.Sign() < 0 {
		e.Amount = e.Amount.Neg()
	}
	n, err := s2.Post(ctx, e)
	if err != nil {
		t.Fatal(err)
	}
	if want := contribution.EntryID("e" + strconv.Itoa(len(posted)+1)); n.ID != want {
		t.Errorf("ID after reopening = %s, want %s", n.ID, want)
	}
}

func TestMigrations(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := context.Background()
			db := e.Open(t)
			if _, err := contributionsql.Open(ctx, db); !errors.Is(err, contributionsql.ErrSchemaTooOld) {
				t.Fatalf("Open before Migrate: %v, want ErrSchemaTooOld", err)
			}
			for range 2 {
				if err := contributionsql.Migrate(ctx, db); err != nil {
					t.Fatalf("Migrate: %v", err)
				}
			}
			s, err := contributionsql.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Post(ctx, contribution.Entry{Key: "k", Date: thidua.MustDate(2020, 1, 2), Contributor: contribution.UnitContributor("u"),
				Unit: "u", Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeThePoor, Amount: decimal.NewFromInt(5)}); err != nil {
				t.Fatal(err)
			}
			q := "INSERT INTO thidua_schema (component, version, step, name) VALUES ('contribution', 99, 1, 'future')"
			if _, err := db.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
			if _, err := contributionsql.Open(ctx, db); !errors.Is(err, contributionsql.ErrSchemaTooNew) {
				t.Fatalf("Open of a newer schema: %v, want ErrSchemaTooNew", err)
			}
			if err := contributionsql.Migrate(ctx, db); !errors.Is(err, contributionsql.ErrSchemaTooNew) {
				t.Fatalf("Migrate of a newer schema: %v, want ErrSchemaTooNew", err)
			}
		})
	}
}

// TestConcurrentWriters: 8 goroutines on one store post shared and own
// keys and race reversals (the suite's test), then the same with two
// stores over two connections pools of one SQLite file.
func TestTwoPoolsOneFile(t *testing.T) {
	path := sqltest.SQLitePath(t)
	a := open(t, sqltest.OpenSQLite(t, path))
	b := open(t, sqltest.OpenSQLite(t, path))
	var wg sync.WaitGroup
	for g := range 8 {
		s := a
		if g%2 == 1 {
			s = b
		}
		wg.Go(func() { postWorkload(t, s, g) })
	}
	wg.Wait()
	checkWorkload(t, a, 8)
}

// postWorkload posts keys shared by every worker and keys of worker g.
func postWorkload(t testing.TB, s contribution.Store, g int) {
	ctx := context.Background()
	for i := range 40 {
		k := (i + 7*g) % 40
		if _, err := s.Post(ctx, workEntry(fmt.Sprintf("shared-%d", k), int64(k+1))); err != nil {
			t.Errorf("worker %d: shared %d: %v", g, k, err)
			return
		}
		if _, err := s.Post(ctx, workEntry(fmt.Sprintf("w%d-%d", g, i), 1)); err != nil {
			t.Errorf("worker %d: own %d: %v", g, i, err)
			return
		}
		if _, err := s.Post(ctx, workEntry(fmt.Sprintf("shared-%d", k), 999)); !errors.Is(err, thidua.ErrConflict) {
			t.Errorf("worker %d: other content under shared-%d: %v, want ErrConflict", g, k, err)
		}
	}
}

func workEntry(key string, amount int64) contribution.Entry {
	return contribution.Entry{Key: key, Date: thidua.MustDate(2019, 5, 1), Contributor: contribution.UnitContributor("u"), Unit: "u",
		Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeDisaster, Amount: decimal.NewFromInt(amount)}
}

// checkWorkload checks that workers' posts are all there, once.
func checkWorkload(t testing.TB, s contribution.Store, workers int) {
	t.Helper()
	es, err := s.List(context.Background(), contribution.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if want := 40 + workers*40; len(es) != want {
		t.Fatalf("stored %d entries, want %d", len(es), want)
	}
	keys := map[string]bool{}
	for i, e := range es {
		if keys[e.Key] {
			t.Fatalf("key %s stored twice", e.Key)
		}
		keys[e.Key] = true
		if want := contribution.EntryID("e" + strconv.Itoa(i+1)); e.ID != want {
			t.Errorf("entry %d has ID %s, want %s", i, e.ID, want)
		}
	}
	tot, err := s.Totals(context.Background(), contribution.Filter{Status: contribution.Received})
	if err != nil {
		t.Fatal(err)
	}
	if want := decimal.NewFromInt(40*41/2 + int64(workers*40)); !tot.Total.Money.Equal(want) {
		t.Errorf("total %s, want %s", tot.Total.Money, want)
	}
}

const envChild = "CONTRIBUTIONSQL_CHILD"

// TestTwoProcesses: two processes (this test binary run again) post the
// same shared keys and their own into one SQLite file at once.
func TestTwoProcesses(t *testing.T) {
	if v := os.Getenv(envChild); v != "" {
		return // the child's work is in TestChildProcess
	}
	path := sqltest.SQLitePath(t)
	db := sqltest.OpenSQLite(t, path)
	s := open(t, db)
	var cmds []*exec.Cmd
	for g := range 2 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestChildProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), envChild+"="+path, "CONTRIBUTIONSQL_WORKER="+strconv.Itoa(g))
		cmds = append(cmds, cmd)
	}
	outs := make([][]byte, len(cmds))
	errs := make([]error, len(cmds))
	var wg sync.WaitGroup
	for i, cmd := range cmds {
		wg.Go(func() { outs[i], errs[i] = cmd.CombinedOutput() })
	}
	wg.Wait()
	for i := range cmds {
		if errs[i] != nil {
			t.Fatalf("process %d: %v\n%s", i, errs[i], outs[i])
		}
	}
	checkWorkload(t, s, 2)
}

// TestChildProcess is the work of one process of TestTwoProcesses; it
// does nothing unless that test started it.
func TestChildProcess(t *testing.T) {
	path := os.Getenv(envChild)
	if path == "" {
		t.Skip("run by TestTwoProcesses")
	}
	g, _ := strconv.Atoi(os.Getenv("CONTRIBUTIONSQL_WORKER"))
	s, err := contributionsql.Open(context.Background(), sqltest.OpenSQLite(t, path), contributionsql.WithOptions(contributiontest.Options()))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	postWorkload(t, s, g)
	t.Logf("worker %d done in %v", g, time.Since(start))
}

func TestNoDriverTypesLeak(t *testing.T) {
	ctx := context.Background()
	db := sqltest.SQLite(t)
	s := open(t, db)
	if _, err := db.ExecContext(ctx, "DROP TABLE contribution_entries"); err != nil {
		t.Fatal(err)
	}
	_, err := s.List(ctx, contribution.Filter{})
	if !errors.Is(err, contributionsql.ErrStorage) {
		t.Fatalf("List on a broken database: %v, want ErrStorage", err)
	}
	var te *thidua.Error
	if !errors.As(err, &te) {
		t.Errorf("error %v is not a *thidua.Error", err)
	}
}

// TestSumsBackfill: a database whose entries predate the running sums
// (migration 2) gets them filled by Migrate, equal to Aggregate.
func TestSumsBackfill(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := context.Background()
			db := e.Open(t)
			s := open(t, db)
			// Entries of a version-1 database: without shares, which
			// came later (migration 4 on SQLite, 5 on PostgreSQL).
			mem := contribution.NewMemStore(contributiontest.Options())
			var all []contribution.Entry
			kept := map[contribution.EntryID]bool{}
			for _, e := range contributiontest.Populate(t, mem, 8, 300) {
				if e.Shares != nil {
					continue
				}
				if !kept[e.Fulfils] {
					e.Fulfils = ""
				}
				kept[e.ID] = true
				all = append(all, e)
			}
			if err := s.Import(ctx, all); err != nil {
				t.Fatal(err)
			}
			// Back to a version-1 database holding the same entries.
			for _, q := range []string{"DELETE FROM contribution_sums", "DELETE FROM thidua_schema WHERE component = 'contribution' AND version = 2"} {
				if _, err := db.ExecContext(ctx, q); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := contributionsql.Open(ctx, db); !errors.Is(err, contributionsql.ErrSchemaTooOld) {
				t.Fatalf("Open of a version-1 database: %v, want ErrSchemaTooOld", err)
			}
			s = open(t, db)
			rng := rand.New(rand.NewPCG(8, 8))
			for q := 0; q < 60; {
				f, by := contributiontest.RandomQuery(rng)
				if f.Contributors != nil || slices.Contains(by, contribution.ByContributor) || !f.Period.IsZero() {
					continue // only queries the sums answer
				}
				q++
				want, err := contribution.Aggregate(all, f, by...)
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.Totals(ctx, f, by...)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
					t.Fatalf("after backfill, filter %+v by %v (-Aggregate +Totals):\n%s", f, by, diff)
				}
			}
		})
	}
}

// TestTotalsQueryCount: a totals call runs the same small number of
// statements whatever the number of entries and groups: up to three for
// the grouped sums, one for the entries with shares and one for their
// shares.
func TestTotalsQueryCount(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := context.Background()
			counts := map[int][]int64{}
			for _, n := range []int{50, 500} {
				db, c := e.Counting(t)
				s := open(t, db)
				contributiontest.Populate(t, s, 4, n)
				rng := rand.New(rand.NewPCG(1, 2))
				for range 30 {
					f, by := contributiontest.RandomQuery(rng)
					c.Reset()
					if _, err := s.Totals(ctx, f, by...); err != nil {
						t.Fatal(err)
					}
					counts[n] = append(counts[n], c.Load())
				}
			}
			for i := range counts[50] {
				a, b := counts[50][i], counts[500][i]
				if a != b || b > 5 {
					t.Errorf("query %d: %d statements over 50 entries, %d over 500; want the same, at most 5", i, a, b)
				}
			}
		})
	}
}
