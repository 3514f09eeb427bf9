package campaignsql_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaignsql"
	"github.com/thidua-go/thidua/internal/sqltest"
	"github.com/thidua-go/thidua/org"
)

func d(y int, m time.Month, day int) thidua.Date { return thidua.MustDate(y, m, day) }

func movement() campaign.Movement {
	return campaign.Movement{
		ID: "pt-2019", Title: "Thi đua hoàn thành xuất sắc nhiệm vụ năm 2019", Kind: campaign.Regular,
		Launcher: campaign.Launcher{Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp"}, Period: thidua.Year(2019),
	}
}

func initiative(id campaign.InitiativeID, authors ...org.PersonID) campaign.Initiative {
	in := campaign.Initiative{
		ID: id, Title: "Sáng kiến " + string(id), Kind: campaign.KindInitiative, Level: campaign.LevelGrassroots,
		RecognisedBy: "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp",
		Created:      d(2019, 3, 1), Recognised: d(2019, 10, 1),
	}
	for _, p := range authors {
		in.Authors = append(in.Authors, campaign.Author{Person: p})
	}
	return in
}

// TestDurability checks that what a write stored is there after the
// database is closed and opened again, and that failed writes left
// nothing.
func TestDurability(t *testing.T) {
	ctx := context.Background()
	path := sqltest.SQLitePath(t)
	db := sqltest.OpenSQLite(t, path)
	s := open(t, db, nil)
	mustOK(t, s.AddMovement(ctx, movement()))
	mustOK(t, s.Register(ctx, campaign.Registration{Movement: "pt-2019", Year: 2019, Participant: campaign.UnitParticipant("cuc-dt"),
		Date: d(2019, 1, 10), Titles: []string{"ttld-xuat-sac"}}))
	mustOK(t, s.AddInitiative(ctx, initiative("sk-1", "an")))
	mustOK(t, s.UseInitiative(ctx, "sk-1", "cstd-co-so", "qd-1"))
	mustOK(t, s.AddCluster(ctx, campaign.Cluster{ID: "cum-1", Name: "Cụm 1", Kind: campaign.Cum, Year: 2019, Members: []org.UnitID{"cuc-dt", "cuc-ag"}}))
	mustOK(t, s.SetRanking(ctx, "cum-1", []campaign.Rank{{Unit: "cuc-ag", Place: 1}, {Unit: "cuc-dt", Place: 2}}))
	// Failed writes: each must leave nothing.
	failed := []error{
		s.AddCluster(ctx, campaign.Cluster{ID: "cum-2", Name: "Cụm 2", Kind: campaign.Cum, Year: 2019, Members: []org.UnitID{"cuc-hcm", "cuc-dt"}}),
		s.AddInitiative(ctx, initiative("sk-1", "binh")),
		s.UseInitiative(ctx, "sk-1", "cstd-co-so", "qd-2"),
		s.SetRanking(ctx, "cum-1", []campaign.Rank{{Unit: "cuc-hcm", Place: 1}}),
		s.Register(ctx, campaign.Registration{Movement: "pt-2019", Year: 2019, Participant: campaign.UnitParticipant("cuc-dt"),
			Date: d(2019, 1, 11), Titles: []string{"co-bo"}}),
	}
	for i, err := range failed {
		if err == nil {
			t.Errorf("failed write %d returned nil", i)
		}
	}
	want, err := campaign.TakeSnapshot(ctx, s)
	mustOK(t, err)
	mustOK(t, db.Close())

	s2 := open(t, sqltest.OpenSQLite(t, path), nil)
	got, err := campaign.TakeSnapshot(ctx, s2)
	mustOK(t, err)
	if dd := cmp.Diff(want, got, cmpopts.EquateEmpty()); dd != "" {
		t.Errorf("after reopening (-want +got):\n%s", dd)
	}
	if len(got.Clusters) != 1 || len(got.Initiatives) != 1 || len(got.Uses) != 1 || len(got.Registrations) != 1 {
		t.Errorf("failed writes left records: %+v", got)
	}
	if len(got.Clusters) == 1 && !got.Clusters[0].Leads("cuc-ag") {
		t.Errorf("ranking lost: %+v", got.Clusters[0])
	}
	if len(got.Initiatives) == 1 && got.Initiatives[0].Authors[0].Person != "an" {
		t.Errorf("initiative overwritten by a failed write: %+v", got.Initiatives[0])
	}
}

func mustOK(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestConcurrency runs 8 goroutines writing shared keys on one store:
// exactly one write of each key wins, the others get ErrConflict, and the
// losers leave nothing behind.
func TestConcurrency(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t, e.Open(t), nil)
			mustOK(t, s.AddMovement(ctx, movement()))
			for i := range 4 {
				mustOK(t, s.AddInitiative(ctx, initiative(campaign.InitiativeID(fmt.Sprintf("sk-%d", i)), "an")))
			}
			const workers = 8
			var wg sync.WaitGroup
			var mu sync.Mutex
			wins := map[string]int{}
			for w := range workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					record := func(key string, err error) {
						mu.Lock()
						defer mu.Unlock()
						switch {
						case err == nil:
							wins[key]++
						case !errors.Is(err, thidua.ErrConflict):
							t.Errorf("%s: %v", key, err)
						}
					}
					for i := range 4 {
						id := campaign.InitiativeID(fmt.Sprintf("sk-%d", i))
						record("use "+string(id), s.UseInitiative(ctx, id, "cstd-co-so", fmt.Sprintf("qd-%d", w)))
						record(fmt.Sprintf("cluster %d", i), s.AddCluster(ctx, campaign.Cluster{
							ID: campaign.ClusterID(fmt.Sprintf("cum-%d-%d", i, w)), Name: "Cụm", Kind: campaign.Cum, Year: 2010 + i,
							Members: []org.UnitID{org.UnitID(fmt.Sprintf("u-%d", w)), "cuc-dt"}}))
						record(fmt.Sprintf("register %d", i), s.Register(ctx, campaign.Registration{Movement: "pt-2019", Year: 2019,
							Participant: campaign.UnitParticipant(org.UnitID(fmt.Sprintf("u-%d", i))), Date: d(2019, 1, 1+w), Titles: []string{"co-bo"}}))
					}
					// Distinct keys: all succeed.
					record(fmt.Sprintf("initiative %d", w), s.AddInitiative(ctx, initiative(campaign.InitiativeID(fmt.Sprintf("own-%d", w)), "binh")))
				}()
			}
			wg.Wait()
			for i := range 4 {
				for _, k := range []string{fmt.Sprintf("use sk-%d", i), fmt.Sprintf("cluster %d", i), fmt.Sprintf("register %d", i)} {
					if wins[k] != 1 {
						t.Errorf("%s: %d writes won, want 1", k, wins[k])
					}
				}
			}
			for w := range workers {
				if k := fmt.Sprintf("initiative %d", w); wins[k] != 1 {
					t.Errorf("%s: lost", k)
				}
			}
			snap, err := campaign.TakeSnapshot(ctx, s)
			mustOK(t, err)
			if len(snap.Clusters) != 4 || len(snap.Uses) != 4 || len(snap.Registrations) != 4 || len(snap.Initiatives) != 4+workers {
				t.Errorf("stored %d clusters, %d uses, %d registrations, %d initiatives; want 4, 4, 4, %d",
					len(snap.Clusters), len(snap.Uses), len(snap.Registrations), len(snap.Initiatives), 4+workers)
			}
			for _, c := range snap.Clusters {
				if len(c.Members) != 2 {
					t.Errorf("cluster %s has members %v", c.ID, c.Members)
				}
			}
		})
	}
}

const envChild = "CAMPAIGNSQL_TEST_CHILD"

// TestTwoProcesses runs two processes writing shared keys to one SQLite
// file: each key is stored once.
func TestTwoProcesses(t *testing.T) {
	if path := os.Getenv(envChild); path != "" {
		child(t, path)
		return
	}
	ctx := context.Background()
	path := sqltest.SQLitePath(t)
	s := open(t, sqltest.OpenSQLite(t, path), nil)
	const n = 20
	for i := range n {
		mustOK(t, s.AddInitiative(ctx, initiative(campaign.InitiativeID(fmt.Sprintf("sk-%02d", i)), "an")))
	}
	var cmds []*exec.Cmd
	var outs []*strings.Builder
	for range 2 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestTwoProcesses$", "-test.count=1")
		cmd.Env = append(os.Environ(), envChild+"="+path)
		out := &strings.Builder{}
		cmd.Stdout, cmd.Stderr = out, out
		mustOK(t, cmd.Start())
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	won := 0
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("child %d: %v\n%s", i, err, outs[i])
		}
		var k int
		for _, line := range strings.Split(outs[i].String(), "\n") {
			if _, err := fmt.Sscanf(line, "won %d", &k); err == nil {
				won += k
			}
		}
	}
	if won != n {
		t.Errorf("children won %d uses, want %d", won, n)
	}
	uses, err := s.Uses(ctx, campaign.UseFilter{})
	mustOK(t, err)
	if len(uses) != n {
		t.Errorf("stored %d uses, want %d", len(uses), n)
	}
}

// child uses every initiative for the same award; it prints how many of
// its uses were stored.
func child(t *testing.T, path string) {
	ctx := context.Background()
	db := sqltest.OpenSQLite(t, path)
	s, err := campaignsql.Open(ctx, db)
	mustOK(t, err)
	won := 0
	for i := range 20 {
		err := s.UseInitiative(ctx, campaign.InitiativeID(fmt.Sprintf("sk-%02d", i)), "cstd-co-so", fmt.Sprintf("qd-%d", os.Getpid()))
		switch {
		case err == nil:
			won++
		case !errors.Is(err, thidua.ErrConflict):
			t.Fatalf("use %d: %v", i, err)
		}
	}
	fmt.Printf("won %d\n", won)
}

func TestMigrations(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := context.Background()
			db := e.Open(t)
			if _, err := campaignsql.Open(ctx, db); !errors.Is(err, campaignsql.ErrSchemaTooOld) {
				t.Fatalf("Open before Migrate: %v, want ErrSchemaTooOld", err)
			}
			mustOK(t, campaignsql.Migrate(ctx, db))
			count := func() int {
				var n int
				mustOK(t, db.QueryRowContext(ctx, "SELECT COUNT(*) FROM thidua_schema WHERE component = 'campaign'").Scan(&n))
				return n
			}
			before := count()
			s, err := campaignsql.Open(ctx, db)
			mustOK(t, err)
			mustOK(t, s.AddMovement(ctx, movement()))
			mustOK(t, campaignsql.Migrate(ctx, db))
			if after := count(); after != before {
				t.Errorf("second Migrate applied %d steps", after-before)
			}
			if _, err := s.Movement(ctx, "pt-2019"); err != nil {
				t.Errorf("second Migrate lost data: %v", err)
			}
			if _, err := db.ExecContext(ctx, "INSERT INTO thidua_schema (component, version, step, name) VALUES ('campaign', 99, 1, 'future')"); err != nil {
				t.Fatal(err)
			}
			if _, err := campaignsql.Open(ctx, db); !errors.Is(err, campaignsql.ErrSchemaTooNew) {
				t.Errorf("Open of a newer schema: %v, want ErrSchemaTooNew", err)
			}
			if err := campaignsql.Migrate(ctx, db); !errors.Is(err, campaignsql.ErrSchemaTooNew) {
				t.Errorf("Migrate of a newer schema: %v, want ErrSchemaTooNew", err)
			}
		})
	}
}

// TestQueryCounts checks that the set reads take a constant number of
// statements, however many authors or initiatives.
func TestQueryCounts(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			ctx := context.Background()
			db, c := e.Counting(t)
			s := open(t, db, nil)
			var people []org.PersonID
			var ids []campaign.InitiativeID
			for i := range 60 {
				p := org.PersonID(fmt.Sprintf("p-%03d", i))
				id := campaign.InitiativeID(fmt.Sprintf("sk-%03d", i))
				people, ids = append(people, p), append(ids, id)
				mustOK(t, s.AddInitiative(ctx, initiative(id, p)))
				mustOK(t, s.UseInitiative(ctx, id, "ldtt", "g"))
			}
			for _, n := range []int{1, 10, 60} {
				c.Reset()
				got, err := s.Initiatives(ctx, campaign.InitiativeFilter{Authors: people[:n]})
				mustOK(t, err)
				if len(got) != n {
					t.Errorf("Initiatives of %d people: %d", n, len(got))
				}
				q := c.Load()
				c.Reset()
				uses, err := s.Uses(ctx, campaign.UseFilter{Initiatives: ids[:n]})
				mustOK(t, err)
				if len(uses) != n {
					t.Errorf("Uses of %d initiatives: %d", n, len(uses))
				}
				// Two queries, plus BEGIN/COMMIT where the driver sends them as statements.
				if q > 4 || c.Load() > 1 {
					t.Errorf("%d people: Initiatives took %d statements, Uses %d", n, q, c.Load())
				}
			}
		})
	}
}

// TestStorageErrors checks that a failing database gives ErrStorage, not a
// driver type, and that a cancelled context is reported as such.
func TestStorageErrors(t *testing.T) {
	ctx := context.Background()
	db := sqltest.SQLite(t)
	s := open(t, db, nil)
	mustOK(t, s.AddMovement(ctx, movement()))
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Initiatives(cctx, campaign.InitiativeFilter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled read: %v, want context.Canceled", err)
	}
	mustOK(t, db.Close())
	_, err := s.Movements(ctx, campaign.MovementFilter{})
	if !errors.Is(err, campaignsql.ErrStorage) {
		t.Errorf("read from a closed database: %v, want ErrStorage", err)
	}
	var te *thidua.Error
	if !errors.As(err, &te) {
		t.Errorf("read from a closed database: %T is not a *thidua.Error", err)
	}
	if err := s.AddInitiative(ctx, initiative("sk-1", "an")); !errors.Is(err, campaignsql.ErrStorage) {
		t.Errorf("write to a closed database: %v, want ErrStorage", err)
	}
}
