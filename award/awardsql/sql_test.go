package awardsql_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardsql"
	"github.com/thidua-go/thidua/award/awardtest"
	"github.com/thidua-go/thidua/internal/sqltest"
	"github.com/thidua-go/thidua/org"
)

func day(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }

// tree is the organisation of the workloads: bo ─ cuc ─ cc1 (p1, p2).
func tree() *award.Tree {
	since := thidua.Since(day(2010, 1, 1))
	return award.NewTree([]org.Unit{{ID: "bo"}, {ID: "cuc", Parent: "bo"}, {ID: "cc1", Parent: "cuc"}},
		[]org.Person{{ID: "p1", Assignments: []org.Assignment{{Unit: "cc1", Period: since}}},
			{ID: "p2", Assignments: []org.Assignment{{Unit: "cc1", Period: since}}}})
}

// TestCopyAcrossEngines moves the suite's populated store from memory to
// SQLite, to PostgreSQL (when configured) and back to memory, equal at every
// stage.
func TestCopyAcrossEngines(t *testing.T) {
	ctx := context.Background()
	mem := award.NewMemStore()
	awardtest.Populate(t, mem)
	lite := open(t, sqltest.SQLite(t))
	if err := award.Copy(ctx, lite, mem); err != nil {
		t.Fatalf("memory → SQLite: %v", err)
	}
	awardtest.CheckSame(t, mem, lite)
	last := award.Store(lite)
	if os.Getenv(sqltest.EnvPostgres) != "" || os.Getenv(sqltest.EnvRequired) == "1" {
		pg := open(t, sqltest.Postgres(t))
		if err := award.Copy(ctx, pg, lite); err != nil {
			t.Fatalf("SQLite → PostgreSQL: %v", err)
		}
		awardtest.CheckSame(t, mem, pg)
		last = pg
	} else {
		t.Logf("PostgreSQL leg skipped: %s not set", sqltest.EnvPostgres)
	}
	back := award.NewMemStore()
	if err := award.Copy(ctx, back, last); err != nil {
		t.Fatalf("back to memory: %v", err)
	}
	awardtest.CheckSame(t, mem, back)
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
	awardtest.Populate(t, s)
	want := award.NewMemStore()
	if err := award.Copy(ctx, want, s); err != nil {
		t.Fatal(err)
	}
	// Failed writes: a decision whose second grant clashes with a title
	// held (the first grant must not stay), a stale step, a bad revocation.
	clash := award.Decision{ID: "d9", Number: thidua.MustParseDocNumber("99/QĐ-CTHADS"), Date: day(2021, 1, 5), Issuer: "cuc", SignerTitle: "Cục trưởng",
		Grants: []award.Grant{
			{ID: "g90", Subject: award.Subject{Kind: award.GiayKhen, Recipient: award.PersonRecipient("p1"), Year: 2020}},
			{ID: "g91", Subject: award.Subject{Kind: award.LDTT, Recipient: award.PersonRecipient("p1"), Year: 2019}},
		}}
	if err := s.AddDecision(ctx, clash); !errors.Is(err, thidua.ErrConflict) {
		t.Fatalf("clashing decision: %v, want ErrConflict", err)
	}
	n2, err := s.Nomination(ctx, "n2")
	if err != nil {
		t.Fatal(err)
	}
	n2.History = n2.History[:len(n2.History)-1]
	if err := s.UpdateNomination(ctx, n2); !errors.Is(err, thidua.ErrConflict) {
		t.Fatalf("stale step: %v, want ErrConflict", err)
	}
	if err := s.Revoke(ctx, "g2", award.Revocation{Date: day(2019, 1, 1), Reason: "Sai"}); !errors.Is(err, thidua.ErrInvalid) {
		t.Fatalf("revocation before the decision: %v, want ErrInvalid", err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	again := open(t, sqltest.OpenSQLite(t, path))
	awardtest.CheckSame(t, want, again)
	if _, err := again.Grant(ctx, "g90"); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("grant of a failed decision after reopening: %v, want ErrNotFound", err)
	}
}

func TestMigrations(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := context.Background()
			db := e.Open(t)
			if _, err := awardsql.Open(ctx, db); !errors.Is(err, awardsql.ErrSchemaTooOld) {
				t.Fatalf("Open before Migrate: %v, want ErrSchemaTooOld", err)
			}
			for range 2 {
				if err := awardsql.Migrate(ctx, db); err != nil {
					t.Fatalf("Migrate: %v", err)
				}
			}
			s, err := awardsql.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			awardtest.Populate(t, s)
			if err := awardsql.Migrate(ctx, db); err != nil {
				t.Fatalf("Migrate of a populated database: %v", err)
			}
			if gs, err := s.Grants(ctx, award.GrantFilter{IncludeRevoked: true}); err != nil || len(gs) != 6 {
				t.Fatalf("after migrating again: %d grants, %v; want 6", len(gs), err)
			}
			q := "INSERT INTO thidua_schema (component, version, step, name) VALUES ('award', 99, 1, 'future')"
			if _, err := db.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
			if _, err := awardsql.Open(ctx, db); !errors.Is(err, awardsql.ErrSchemaTooNew) {
				t.Fatalf("Open of a newer schema: %v, want ErrSchemaTooNew", err)
			}
			if err := awardsql.Migrate(ctx, db); !errors.Is(err, awardsql.ErrSchemaTooNew) {
				t.Fatalf("Migrate of a newer schema: %v, want ErrSchemaTooNew", err)
			}
		})
	}
}

func TestMigrationsFS(t *testing.T) {
	for _, name := range []string{"sqlite/0001_award.sql", "postgres/0001_award.sql"} {
		if _, err := awardsql.Migrations().Open(name); err != nil {
			t.Errorf("Migrations() lacks %s: %v", name, err)
		}
	}
}

// workload is what each worker of the concurrency tests does: it records
// votes on the shared nomination (re-reading on a conflict), adds its own
// decisions, races the other workers for shared decision IDs and for one
// title per year.
func workload(t testing.TB, s award.Store, g int) {
	ctx := context.Background()
	const rounds = 6
	for i := range rounds {
		for done := false; !done; {
			n, err := s.Nomination(ctx, "shared")
			if err != nil {
				t.Errorf("worker %d: %v", g, err)
				return
			}
			next, err := n.Apply(award.Transition{Action: award.RecordVote, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 6),
				Vote: award.Vote{Members: 10, InFavour: g + 1, Threshold: award.Percent(50)}}, tree())
			if err != nil {
				t.Errorf("worker %d: %v", g, err)
				return
			}
			switch err := s.UpdateNomination(ctx, next); {
			case err == nil:
				done = true
			case !errors.Is(err, thidua.ErrConflict):
				t.Errorf("worker %d: vote %d: %v, want nil or ErrConflict", g, i, err)
				return
			}
		}
		own := award.Decision{ID: fmt.Sprintf("w%d-%d", g, i), Number: thidua.DocNumber{Number: 10000 + 100*g + i, Symbol: "QĐ-CTHADS"},
			Date: day(2021, 1, 10), Issuer: "cuc", SignerTitle: "Cục trưởng",
			Grants: []award.Grant{{ID: fmt.Sprintf("gw%d-%d", g, i), Subject: award.Subject{Kind: award.GiayKhen, Recipient: award.PersonRecipient("p1"), Year: 2020}}}}
		if err := s.AddDecision(ctx, own); err != nil {
			t.Errorf("worker %d: own decision %d: %v", g, i, err)
		}
		shared := award.Decision{ID: fmt.Sprintf("s-%d", i), Number: thidua.DocNumber{Number: 500 + i, Symbol: "QĐ-CTHADS"},
			Date: day(2021, 1, 10), Issuer: "cuc", SignerTitle: "Cục trưởng",
			Grants: []award.Grant{{ID: fmt.Sprintf("gs-%d", i), Subject: award.Subject{Kind: award.GiayKhen, Recipient: award.PersonRecipient("p2"), Year: 2020}}}}
		if err := s.AddDecision(ctx, shared); err != nil && !errors.Is(err, thidua.ErrConflict) {
			t.Errorf("worker %d: shared decision %d: %v, want nil or ErrConflict", g, i, err)
		}
		// The title of LĐTT for p2 in year 2000+i goes to one worker only.
		title := award.Decision{ID: fmt.Sprintf("t%d-%d", g, i), Number: thidua.DocNumber{Number: 20000 + 100*g + i, Symbol: "QĐ-CTHADS"},
			Date: day(2021, 1, 10), Issuer: "cuc", SignerTitle: "Cục trưởng",
			Grants: []award.Grant{{ID: fmt.Sprintf("gt%d-%d", g, i), Subject: award.Subject{Kind: award.LDTT, Recipient: award.PersonRecipient("p2"), Year: 2000 + i}}}}
		if err := s.AddDecision(ctx, title); err != nil && !errors.Is(err, thidua.ErrConflict) {
			t.Errorf("worker %d: title %d: %v, want nil or ErrConflict", g, i, err)
		}
	}
}

// prepare stores the shared nomination of the workload.
func prepare(t testing.TB, s award.Store) {
	n := award.Nomination{ID: "shared", Subject: award.Subject{Kind: award.GiayKhen, Recipient: award.PersonRecipient("p1"), Year: 2019},
		Proposer: "cc1", Authority: "cuc"}
	n, err := n.Apply(award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc1"}, On: day(2020, 1, 5)}, tree())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AddNomination(context.Background(), n); err != nil {
		t.Fatal(err)
	}
}

// checkWorkload checks that nothing of the workers was lost or doubled.
func checkWorkload(t testing.TB, s award.Store, workers int) {
	t.Helper()
	ctx := context.Background()
	const rounds = 6
	n, err := s.Nomination(ctx, "shared")
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Votes) != workers*rounds || len(n.History) != 1+workers*rounds {
		t.Errorf("shared nomination: %d votes, %d steps; want %d and %d", len(n.Votes), len(n.History), workers*rounds, 1+workers*rounds)
	}
	for g := range workers {
		got := 0
		for _, v := range n.Votes {
			if v.InFavour == g+1 {
				got++
			}
		}
		if got != rounds {
			t.Errorf("worker %d: %d votes stored, want %d", g, got, rounds)
		}
	}
	gs, err := s.Grants(ctx, award.GrantFilter{People: []org.PersonID{"p1", "p2"}})
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, g := range gs {
		switch {
		case g.Kind == award.LDTT:
			count[fmt.Sprintf("title %d", g.Year)]++
		case g.Recipient.Person == "p2":
			count["shared "+g.ID]++
		default:
			count["own"]++
		}
	}
	for i := range rounds {
		if c := count[fmt.Sprintf("title %d", 2000+i)]; c != 1 {
			t.Errorf("title of %d given %d times, want once", 2000+i, c)
		}
		if c := count[fmt.Sprintf("shared gs-%d", i)]; c != 1 {
			t.Errorf("shared decision %d stored %d times, want once", i, c)
		}
	}
	if count["own"] != workers*rounds {
		t.Errorf("%d own decisions stored, want %d", count["own"], workers*rounds)
	}
}

// TestEightWriters runs the workload from 8 goroutines on one store, on
// each engine, then with two connection pools on one SQLite file.
func TestEightWriters(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			s := open(t, e.Open(t))
			prepare(t, s)
			var wg sync.WaitGroup
			for g := range 8 {
				wg.Go(func() { workload(t, s, g) })
			}
			wg.Wait()
			checkWorkload(t, s, 8)
		})
	}
	t.Run("two pools", func(t *testing.T) {
		path := sqltest.SQLitePath(t)
		a := open(t, sqltest.OpenSQLite(t, path))
		b := open(t, sqltest.OpenSQLite(t, path))
		prepare(t, a)
		var wg sync.WaitGroup
		for g := range 8 {
			s := a
			if g%2 == 1 {
				s = b
			}
			wg.Go(func() { workload(t, s, g) })
		}
		wg.Wait()
		checkWorkload(t, a, 8)
	})
}

const envChild = "AWARDSQL_CHILD"

// TestTwoProcesses: two processes (this test binary run again) run the
// workload on one SQLite file at once.
func TestTwoProcesses(t *testing.T) {
	if os.Getenv(envChild) != "" {
		return // the child's work is in TestChildProcess
	}
	path := sqltest.SQLitePath(t)
	s := open(t, sqltest.OpenSQLite(t, path))
	prepare(t, s)
	var cmds []*exec.Cmd
	for g := range 2 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestChildProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), envChild+"="+path, "AWARDSQL_WORKER="+strconv.Itoa(g))
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
	g, _ := strconv.Atoi(os.Getenv("AWARDSQL_WORKER"))
	s, err := awardsql.Open(context.Background(), sqltest.OpenSQLite(t, path))
	if err != nil {
		t.Fatal(err)
	}
	workload(t, s, g)
}

// TestErrors: a broken database gives ErrStorage inside a *thidua.Error,
// no driver type; a cancelled context stops a read; a nil store refuses.
func TestErrors(t *testing.T) {
	ctx := context.Background()
	db := sqltest.SQLite(t)
	s := open(t, db)
	awardtest.Populate(t, s)
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Grants(cancelled, award.GrantFilter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Grants with a cancelled context: %v, want context.Canceled", err)
	}
	if _, err := s.Nominations(cancelled, award.NominationFilter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Nominations with a cancelled context: %v, want context.Canceled", err)
	}
	if err := award.Copy(cancelled, award.NewMemStore(), s); !errors.Is(err, context.Canceled) {
		t.Errorf("Copy with a cancelled context: %v, want context.Canceled", err)
	}
	var nilStore *awardsql.Store
	if _, err := nilStore.Grants(ctx, award.GrantFilter{}); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Grants of a nil store: %v, want ErrInvalid", err)
	}
	if _, err := db.ExecContext(ctx, "DROP TABLE award_grants"); err != nil {
		t.Fatal(err)
	}
	_, err := s.Grants(ctx, award.GrantFilter{})
	if !errors.Is(err, awardsql.ErrStorage) {
		t.Fatalf("Grants on a broken database: %v, want ErrStorage", err)
	}
	var te *thidua.Error
	if !errors.As(err, &te) {
		t.Errorf("error %v is not a *thidua.Error", err)
	}
	if err := s.AddDecision(ctx, award.Decision{ID: "d9", Number: thidua.MustParseDocNumber("9/QĐ-BTP"), Date: day(2021, 1, 1), Issuer: "bo",
		SignerTitle: "Bộ trưởng", Grants: []award.Grant{{ID: "g9", Subject: award.Subject{Kind: award.GiayKhen, Recipient: award.PersonRecipient("p1"), Year: 2020}}}}); !errors.Is(err, awardsql.ErrStorage) {
		t.Errorf("AddDecision on a broken database: %v, want ErrStorage", err)
	}
}
