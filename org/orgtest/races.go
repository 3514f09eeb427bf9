package orgtest

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// testRaces runs the same write from 8 goroutines at once: exactly one
// succeeds and the others get the error the memory store gives one after
// another (ErrConflict), for each kind of key the store guards.
func testRaces(t *testing.T, s org.Store) {
	load(t, s)
	const workers = 8
	race := func(name string, write func(w int) error) {
		t.Helper()
		errs := make([]error, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[w] = write(w)
			}()
		}
		wg.Wait()
		ok := 0
		for _, err := range errs {
			switch {
			case err == nil:
				ok++
			case !errors.Is(err, thidua.ErrConflict):
				t.Errorf("%s: error = %v, want nil or one wrapping ErrConflict", name, err)
			}
		}
		if ok != 1 {
			t.Errorf("%s: %d writers succeeded, want exactly 1", name, ok)
		}
	}
	race("AddPersonYear of one person and year", func(w int) error {
		return s.AddPersonYear(bg, org.PersonYear{Person: "p4", Year: 2020, Rating: org.Rating(1 + w%4), DaysWorked: 200 + w})
	})
	race("AddPersonYears sharing a record", func(w int) error {
		return s.AddPersonYears(bg, []org.PersonYear{
			{Person: "p3", Year: 2020, DaysWorked: 200 + w},
			{Person: "p2", Year: 2020, Unit: "dt-sadec", DaysWorked: 200},
		})
	})
	race("AddUnitYear of one unit and year", func(w int) error {
		return s.AddUnitYear(bg, org.UnitYear{Unit: "dt-sadec", Year: 2019, Rating: org.Rating(1 + w%4)})
	})
	race("AddPerson of one ID", func(w int) error {
		return s.AddPerson(bg, org.Person{ID: "same", FullName: fmt.Sprintf("Người %d", w)})
	})
	race("AddPeople sharing a person", func(w int) error {
		return s.AddPeople(bg, []org.Person{{ID: org.PersonID(fmt.Sprintf("own-%d", w)), FullName: "Người riêng"},
			{ID: "shared", FullName: "Người chung"}})
	})
	race("AddUnit of one ID", func(w int) error {
		return s.AddUnit(bg, org.Unit{ID: "same", Name: fmt.Sprintf("Phòng %d", w), Level: org.LevelPhongTHADSKhuVuc,
			Parent: "dtm", Exists: thidua.Since(merged)})
	})
	race("AddDiscipline of one ID", func(w int) error {
		return s.AddDiscipline(bg, org.Discipline{ID: "kl-same", Person: "p1", Form: org.KhienTrach, Decided: d(2019, time.March, 1+w),
			InForce: period(d(2019, time.March, 1+w), d(2020, time.February, 28))})
	})
	// Eight successors for one ended unit: a unit is succeeded once.
	for w := range workers {
		noErr(t, "AddUnit", s.AddUnit(bg, org.Unit{ID: org.UnitID(fmt.Sprintf("kv-%d", w)), Name: fmt.Sprintf("Phòng khu vực %d", w),
			Level: org.LevelPhongTHADSKhuVuc, Parent: "dtm", Exists: thidua.Since(merged)}))
	}
	race("AddSuccession from one unit", func(w int) error {
		return s.AddSuccession(bg, org.Succession{Kind: org.Rename, Date: merged, From: []org.UnitID{"dt-hongngu-h"},
			To: []org.UnitID{org.UnitID(fmt.Sprintf("kv-%d", w))}})
	})
	got, err := s.PersonYears(bg, org.YearFilter{From: 2020, To: 2020})
	noErr(t, "PersonYears", err)
	check(t, "records of 2020 after the races", []string{"p2/2020", "p3/2020", "p4/2020"}, yearKeys(got))
}
