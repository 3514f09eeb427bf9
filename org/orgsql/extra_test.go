package orgsql_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/sqltest"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgsql"
	"github.com/thidua-go/thidua/org/orgtest"
)

func TestMigrations(t *testing.T) {
	for _, name := range []string{"sqlite/0001_init.sql", "postgres/0001_init.sql"} {
		if _, err := fs.Stat(orgsql.Migrations(), name); err != nil {
			t.Errorf("Migrations(): %v", err)
		}
	}
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			db := e.Open(t)
			if _, err := orgsql.Open(bg, db); !errors.Is(err, orgsql.ErrSchemaTooOld) {
				t.Fatalf("Open before Migrate: %v, want ErrSchemaTooOld", err)
			}
			s := open(t, db)
			noErr(t, "AddUnit", s.AddUnit(bg, org.Unit{ID: "u", Name: "Bộ Tư pháp", Exists: thidua.Since(thidua.MustDate(1945, 8, 28))}))
			var steps int
			noErr(t, "count steps", db.QueryRowContext(bg, "SELECT COUNT(*) FROM thidua_schema WHERE component = 'org'").Scan(&steps))
			// Migrating again changes nothing and keeps the data.
			noErr(t, "Migrate again", orgsql.Migrate(bg, db))
			var again int
			noErr(t, "count steps", db.QueryRowContext(bg, "SELECT COUNT(*) FROM thidua_schema WHERE component = 'org'").Scan(&again))
			if again != steps || steps == 0 {
				t.Errorf("schema steps after a second Migrate = %d, want %d (> 0)", again, steps)
			}
			if _, err := s.Unit(bg, "u"); err != nil {
				t.Errorf("Unit after a second Migrate: %v", err)
			}
			// A newer program migrated the database: refuse it.
			if _, err := db.ExecContext(bg, "INSERT INTO thidua_schema (component, version, step, name) VALUES ('org', 99, 1, 'future')"); err != nil {
				t.Fatal(err)
			}
			if _, err := orgsql.Open(bg, db); !errors.Is(err, orgsql.ErrSchemaTooNew) {
				t.Errorf("Open of a newer schema: %v, want ErrSchemaTooNew", err)
			}
			if err := orgsql.Migrate(bg, db); !errors.Is(err, orgsql.ErrSchemaTooNew) {
				t.Errorf("Migrate of a newer schema: %v, want ErrSchemaTooNew", err)
			}
		})
	}
}

func noErr(t testing.TB, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// TestDurability: what a nil error stored is there after closing and
// reopening the file; what failed left nothing.
func TestDurability(t *testing.T) {
	path := sqltest.SQLitePath(t)
	db, err := sql.Open("sqlite", sqltest.SQLiteDSN(path))
	noErr(t, "open", err)
	s := open(t, db)
	orgtest.Load(t, s)
	mem := org.NewMemStore()
	noErr(t, "Copy to memory", org.Copy(bg, mem, s))

	// Failed writes, each after some of its work was done in the
	// transaction.
	fails := []struct {
		name string
		err  error
		want error
	}{
		{"batch with a bad last record", s.AddPersonYears(bg, []org.PersonYear{
			{Person: "p4", Year: 2020, DaysWorked: 200}, {Person: "p1", Year: 2020, DaysWorked: 400}}), thidua.ErrInvalid},
		{"person with a post in an unknown unit", s.AddPerson(bg, org.Person{ID: "x", FullName: "Ngô Văn X", Assignments: []org.Assignment{
			{Unit: "nowhere", Position: "Chuyên viên", Period: thidua.Years(2020, 2021)}}}), thidua.ErrInvalid},
		{"succession of a succeeded unit", s.AddSuccession(bg, org.Succession{Kind: org.Rename, Date: thidua.MustDate(2025, 7, 1),
			From: []org.UnitID{"dt-sadec"}, To: []org.UnitID{"dtm"}}), thidua.ErrConflict},
		{"post overlapping", s.AddAssignment(bg, "p1", org.Assignment{Unit: "tg", Position: "Phó Cục trưởng", Period: thidua.Year(2015)}), thidua.ErrInvalid},
	}
	for _, f := range fails {
		if !errors.Is(f.err, f.want) {
			t.Errorf("%s: error = %v, want %v", f.name, f.err, f.want)
		}
	}
	noErr(t, "close", db.Close())

	s2 := open(t, sqltest.OpenSQLite(t, path))
	orgtest.CheckSame(t, mem, s2)
	// The reopened store goes on with the same rules.
	if err := s2.AddPersonYear(bg, org.PersonYear{Person: "p3", Year: 2019, DaysWorked: 100}); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("AddPersonYear over a stored record after reopening: %v, want ErrConflict", err)
	}
}

// TestCopyAcrossEngines moves the fixture memory → SQLite → PostgreSQL →
// memory and finds it unchanged at every step.
func TestCopyAcrossEngines(t *testing.T) {
	mem := org.NewMemStore()
	orgtest.Load(t, mem)
	lite := open(t, sqltest.SQLite(t))
	noErr(t, "memory → SQLite", org.Copy(bg, lite, mem))
	orgtest.CheckSame(t, mem, lite)
	last := org.Store(lite)
	if os.Getenv(sqltest.EnvPostgres) != "" || os.Getenv(sqltest.EnvRequired) == "1" {
		pg := open(t, sqltest.Postgres(t))
		noErr(t, "SQLite → PostgreSQL", org.Copy(bg, pg, lite))
		orgtest.CheckSame(t, mem, pg)
		last = pg
	} else {
		t.Logf("PostgreSQL leg skipped: %s not set", sqltest.EnvPostgres)
	}
	back := org.NewMemStore()
	noErr(t, "back to memory", org.Copy(bg, back, last))
	orgtest.CheckSame(t, mem, back)
}

// TestStorageErrors: a failure of the database is ErrStorage, with no
// driver type to import; a cancelled context stops a read with its error.
func TestStorageErrors(t *testing.T) {
	for _, e := range sqltest.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			db := e.Open(t)
			s := open(t, db)
			orgtest.Load(t, s)
			ctx, cancel := context.WithCancel(bg)
			cancel()
			reads := map[string]func(context.Context) error{
				"PersonYears": func(ctx context.Context) error { _, err := s.PersonYears(ctx, org.YearFilter{}); return err },
				"People": func(ctx context.Context) error {
					_, err := s.People(ctx, org.PeopleFilter{Unit: "bo", Subtree: true})
					return err
				},
				"Subtree":     func(ctx context.Context) error { _, err := s.Subtree(ctx, "bo", thidua.Date{}); return err },
				"Disciplines": func(ctx context.Context) error { _, err := s.Disciplines(ctx, org.DisciplineFilter{}); return err },
			}
			for name, read := range reads {
				if err := read(ctx); !errors.Is(err, context.Canceled) {
					t.Errorf("%s with a cancelled context: %v, want context.Canceled", name, err)
				}
			}
			noErr(t, "close", db.Close())
			for name, read := range reads {
				err := read(bg)
				if !errors.Is(err, orgsql.ErrStorage) {
					t.Errorf("%s on a closed database: %v, want ErrStorage", name, err)
				}
				var te *thidua.Error
				if !errors.As(err, &te) {
					t.Errorf("%s on a closed database: %T is not a *thidua.Error", name, err)
				}
			}
			if err := s.AddUnit(bg, org.Unit{ID: "z", Name: "Z", Exists: thidua.Year(2020)}); !errors.Is(err, orgsql.ErrStorage) {
				t.Errorf("AddUnit on a closed database: %v, want ErrStorage", err)
			}
		})
	}
}

const envChild = "ORGSQL_CHILD_DB"

// TestTwoProcesses: two processes write to one SQLite file at once, each
// its own people and records and, racing, the same ones: nothing is lost,
// nothing doubled, and each shared write succeeds once.
func TestTwoProcesses(t *testing.T) {
	if os.Getenv(envChild) != "" {
		t.Skip("in a child process")
	}
	path := sqltest.SQLitePath(t)
	s := open(t, sqltest.OpenSQLite(t, path))
	noErr(t, "AddUnit", s.AddUnit(bg, org.Unit{ID: "bo", Name: "Bộ Tư pháp", Exists: thidua.Since(thidua.MustDate(1945, 8, 28))}))
	const procs, each = 2, 30
	cmds := make([]*exec.Cmd, procs)
	outs := make([]*strings.Builder, procs)
	for i := range procs {
		cmd := exec.Command(os.Args[0], "-test.run=^TestChildProcess$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), envChild+"="+path, "ORGSQL_WORKER="+strconv.Itoa(i), "ORGSQL_EACH="+strconv.Itoa(each))
		outs[i] = &strings.Builder{}
		cmd.Stdout, cmd.Stderr = outs[i], outs[i]
		noErr(t, "start child", cmd.Start())
		cmds[i] = cmd
	}
	shared := 0
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("child %d: %v\n%s", i, err, outs[i])
		}
		for _, line := range strings.Split(outs[i].String(), "\n") {
			if n, ok := strings.CutPrefix(strings.TrimSpace(line), "shared-ok "); ok {
				v, _ := strconv.Atoi(n)
				shared += v
			}
		}
	}
	if shared != each {
		t.Errorf("shared writes that succeeded = %d, want %d (one per shared record)", shared, each)
	}
	ps, err := s.People(bg, org.PeopleFilter{})
	noErr(t, "People", err)
	if got, want := len(ps), procs*each+each; got != want {
		t.Errorf("people after two processes = %d, want %d", got, want)
	}
	pys, err := s.PersonYears(bg, org.YearFilter{})
	noErr(t, "PersonYears", err)
	if got, want := len(pys), procs*each+each; got != want {
		t.Errorf("records after two processes = %d, want %d", got, want)
	}
}

// TestChildProcess is the worker of TestTwoProcesses.
func TestChildProcess(t *testing.T) {
	path := os.Getenv(envChild)
	if path == "" {
		t.Skip("run by TestTwoProcesses")
	}
	w, _ := strconv.Atoi(os.Getenv("ORGSQL_WORKER"))
	each, _ := strconv.Atoi(os.Getenv("ORGSQL_EACH"))
	db, err := sql.Open("sqlite", sqltest.SQLiteDSN(path))
	noErr(t, "open", err)
	defer db.Close()
	s, err := orgsql.Open(bg, db)
	noErr(t, "Open", err)
	post := []org.Assignment{{Unit: "bo", Position: "Chuyên viên", Period: thidua.Years(2018, 2022)}}
	ok := 0
	for i := range each {
		own := org.PersonID(fmt.Sprintf("w%d-%02d", w, i))
		noErr(t, "AddPerson", s.AddPerson(bg, org.Person{ID: own, FullName: "Nguyễn Văn Bảy", Assignments: post}))
		noErr(t, "AddPersonYear", s.AddPersonYear(bg, org.PersonYear{Person: own, Year: 2019, DaysWorked: 200}))
		sh := org.PersonID(fmt.Sprintf("shared-%02d", i))
		err := s.AddPerson(bg, org.Person{ID: sh, FullName: "Trần Thị Chung", Assignments: post})
		if err != nil && !errors.Is(err, thidua.ErrConflict) {
			t.Fatalf("AddPerson shared: %v", err)
		}
		err = s.AddPersonYear(bg, org.PersonYear{Person: sh, Year: 2020, DaysWorked: 200 + w})
		switch {
		case err == nil:
			ok++
		case errors.Is(err, thidua.ErrConflict):
		default:
			t.Fatalf("AddPersonYear shared: %v", err)
		}
		time.Sleep(time.Millisecond)
	}
	fmt.Printf("shared-ok %d\n", ok)
}
