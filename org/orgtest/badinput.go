package orgtest

import (
	"context"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

type op = func(context.Context, org.Store) error

func addUnit(u org.Unit) op {
	return func(ctx context.Context, s org.Store) error { return s.AddUnit(ctx, u) }
}

func updateUnit(u org.Unit) op {
	return func(ctx context.Context, s org.Store) error { return s.UpdateUnit(ctx, u) }
}

func correctUnit(u org.Unit) op {
	return func(ctx context.Context, s org.Store) error { return s.CorrectUnit(ctx, u, fix) }
}

func renameUnit(id org.UnitID, on thidua.Date, name, short string) op {
	return func(ctx context.Context, s org.Store) error { return s.RenameUnit(ctx, id, on, name, short, "") }
}

// correction returns the suite's correction changed by f.
func correction(f func(*thidua.Correction)) thidua.Correction {
	c := fix
	f(&c)
	return c
}

func addPerson(p org.Person) op {
	return func(ctx context.Context, s org.Store) error { return s.AddPerson(ctx, p) }
}

func addPersonYear(py org.PersonYear) op {
	return func(ctx context.Context, s org.Store) error { return s.AddPersonYear(ctx, py) }
}

func addUnitYear(uy org.UnitYear) op {
	return func(ctx context.Context, s org.Store) error { return s.AddUnitYear(ctx, uy) }
}

func addDiscipline(dc org.Discipline) op {
	return func(ctx context.Context, s org.Store) error { return s.AddDiscipline(ctx, dc) }
}

func addSuccession(sc org.Succession) op {
	return func(ctx context.Context, s org.Store) error { return s.AddSuccession(ctx, sc) }
}

// unitWith returns the fixture unit id changed by f.
func unitWith(id org.UnitID, f func(*org.Unit)) org.Unit {
	for _, u := range fixtureUnits() {
		if u.ID == id {
			f(&u)
			return u
		}
	}
	panic("orgtest: no fixture unit " + id)
}

func newUnit(f func(*org.Unit)) org.Unit {
	u := org.Unit{ID: "new", Name: "Chi cục Thi hành án dân sự huyện Tháp Mười", Level: org.LevelChiCucTHADSHuyen,
		Parent: "dt", Exists: period(created, lastOld)}
	f(&u)
	return u
}

func newPerson(f func(*org.Person)) org.Person {
	p := org.Person{ID: "new", FullName: "Đặng Thị Mai", Gender: org.Female, Recruited: d(2015, time.January, 5),
		Assignments: []org.Assignment{{Unit: "dt-sadec", Position: "Chấp hành viên", Period: period(d(2015, time.January, 5), lastOld)}}}
	f(&p)
	return p
}

func py(f func(*org.PersonYear)) org.PersonYear {
	r := org.PersonYear{Person: "p3", Year: 2020, Unit: "dt-caolanh", Rating: org.Completed, DaysWorked: 240}
	f(&r)
	return r
}

func discipline(f func(*org.Discipline)) org.Discipline {
	dc := org.Discipline{ID: "kl-new", Person: "p2", Form: org.CanhCao, Decided: d(2019, time.April, 1),
		InForce: period(d(2019, time.April, 1), d(2020, time.March, 31))}
	f(&dc)
	return dc
}

func testBadInput(t *testing.T, s org.Store) {
	load(t, s)
	tests := []struct {
		name   string
		reason string
		op     op
		want   error
	}{
		// Units.
		{"unit empty name", "a unit needs a name", addUnit(newUnit(func(u *org.Unit) { u.Name = "" })), thidua.ErrInvalid},
		{"unit blank name", "white space is no name", addUnit(newUnit(func(u *org.Unit) { u.Name = " \t\u00a0 " })), thidua.ErrInvalid},
		{"unit empty id", "a unit needs an ID", addUnit(newUnit(func(u *org.Unit) { u.ID = "" })), thidua.ErrInvalid},
		{"unit padded id", "IDs are not trimmed silently", addUnit(newUnit(func(u *org.Unit) { u.ID = " new" })), thidua.ErrInvalid},
		{"unit unknown parent", "the parent must exist", addUnit(newUnit(func(u *org.Unit) { u.Parent = "nowhere" })), thidua.ErrInvalid},
		{"unit own parent", "a unit cannot be its own parent", addUnit(newUnit(func(u *org.Unit) { u.Parent = "new" })), thidua.ErrInvalid},
		{"unit parent cycle", "dt under its own branch, periods fitting",
			updateUnit(unitWith("dt", func(u *org.Unit) { u.Parent = "dt-caolanh" })), thidua.ErrInvalid},
		{"unit before parent", "a unit exists within its parent's period",
			addUnit(newUnit(func(u *org.Unit) { u.Exists.From = d(2005, time.January, 1) })), thidua.ErrInvalid},
		{"unit after parent", "open-ended under a closed parent",
			addUnit(newUnit(func(u *org.Unit) { u.Exists = thidua.Since(created) })), thidua.ErrInvalid},
		{"unit invalid date", "30 February", addUnit(newUnit(func(u *org.Unit) {
			u.Exists.From = thidua.Date{Year: 2019, Month: time.February, Day: 30}
		})), thidua.ErrInvalid},
		{"unit zero period", "a unit needs a period", addUnit(newUnit(func(u *org.Unit) { u.Exists = thidua.Period{} })), thidua.ErrInvalid},
		{"unit ends before start", "period backwards", addUnit(newUnit(func(u *org.Unit) {
			u.Exists = period(d(2020, time.January, 1), d(2019, time.January, 1))
		})), thidua.ErrInvalid},
		{"unit duplicate id", "IDs are unique", addUnit(newUnit(func(u *org.Unit) { u.ID = "dt-sadec" })), thidua.ErrConflict},
		{"update unknown unit", "update needs a stored unit", updateUnit(newUnit(func(*org.Unit) {})), thidua.ErrNotFound},
		{"update blank name", "update validates like add", updateUnit(unitWith("dt", func(u *org.Unit) { u.Name = "  " })), thidua.ErrInvalid},
		{"update orphans child", "a child would outlive its parent",
			correctUnit(unitWith("dt", func(u *org.Unit) { u.Exists.To = d(2024, time.December, 31) })), thidua.ErrInvalid},
		{"update orphans assignment", "p2 served in Sa Đéc until the end of 2020",
			correctUnit(unitWith("dt-sadec", func(u *org.Unit) { u.Exists.To = d(2019, time.December, 31) })), thidua.ErrInvalid},
		{"update orphans unit-year", "tg has a record for 2019",
			correctUnit(unitWith("tg", func(u *org.Unit) { u.Exists.From = d(2020, time.January, 1) })), thidua.ErrInvalid},
		{"update breaks succession", "dt-hongngu-h must exist on the day of the split",
			correctUnit(unitWith("dt-hongngu-h", func(u *org.Unit) { u.Exists.From = d(2020, time.February, 1) })), thidua.ErrInvalid},
		{"end unit with children", "end the branches first",
			func(ctx context.Context, s org.Store) error { return s.EndUnit(ctx, "dtm", d(2026, time.June, 30)) }, thidua.ErrInvalid},
		{"end unit with people", "end the assignments first",
			func(ctx context.Context, s org.Store) error { return s.EndUnit(ctx, "dtm-kv1", d(2026, time.June, 30)) }, thidua.ErrInvalid},
		{"end unit before start", "the end is before the start",
			func(ctx context.Context, s org.Store) error { return s.EndUnit(ctx, "dtm-kv1", d(2020, time.June, 30)) }, thidua.ErrInvalid},
		{"end unit invalid date", "31 April",
			func(ctx context.Context, s org.Store) error {
				return s.EndUnit(ctx, "dtm-kv1", thidua.Date{Year: 2026, Month: time.April, Day: 31})
			}, thidua.ErrInvalid},
		{"end unknown unit", "nothing to end",
			func(ctx context.Context, s org.Store) error { return s.EndUnit(ctx, "nowhere", lateYear) }, thidua.ErrNotFound},
		{"end revives unit", "dt ended on 30 June 2025: a later end would revive it in past reports",
			func(ctx context.Context, s org.Store) error {
				return s.EndUnit(ctx, "dt-sadec", d(2025, time.December, 31))
			}, thidua.ErrConflict},
		{"end ended unit earlier", "an end is history; a mistaken one is corrected",
			func(ctx context.Context, s org.Store) error { return s.EndUnit(ctx, "tg", d(2024, time.December, 31)) }, thidua.ErrConflict},
		{"update renames in place", "the old name stays in force in past reports",
			updateUnit(unitWith("dt-sadec", func(u *org.Unit) { u.Name = "Chi cục Thi hành án dân sự thành phố Sa Đéc mới" })), thidua.ErrConflict},
		{"update short name in place", "short names are history too",
			updateUnit(unitWith("dt", func(u *org.Unit) { u.ShortName = "Cục THADS tỉnh ĐT" })), thidua.ErrConflict},
		{"update revives unit", "moving the end of dt-sadec later revives it",
			updateUnit(unitWith("dt-sadec", func(u *org.Unit) { u.Exists.To = d(2026, time.December, 31) })), thidua.ErrConflict},
		{"update moves founding", "the founding day is history",
			updateUnit(unitWith("dt-sadec", func(u *org.Unit) { u.Exists.From = d(2009, time.November, 1) })), thidua.ErrConflict},

		// Renames and corrections of units.
		{"rename unknown unit", "nothing to rename", renameUnit("nowhere", lateYear, "Tên mới", ""), thidua.ErrNotFound},
		{"rename blank name", "a unit needs a name", renameUnit("dtm-kv1", lateYear, " \t ", ""), thidua.ErrInvalid},
		{"rename unchanged", "the same names are no rename", renameUnit("dtm-kv1", lateYear, "Phòng Thi hành án dân sự khu vực 1", ""), thidua.ErrInvalid},
		{"rename on founding day", "a wrong name from the start is a correction", renameUnit("dtm-kv1", merged, "Tên mới", ""), thidua.ErrInvalid},
		{"rename after end", "dt-sadec ended on 30 June 2025", renameUnit("dt-sadec", lateYear, "Tên mới", ""), thidua.ErrInvalid},
		{"rename invalid date", "30 February", renameUnit("dtm-kv1", thidua.Date{Year: 2026, Month: time.February, Day: 30}, "Tên mới", ""), thidua.ErrInvalid},
		{"rename bad text", "invalid UTF-8", renameUnit("dtm-kv1", lateYear, "Tên \xff", ""), thidua.ErrInvalid},
		{"correct unknown unit", "nothing to correct", correctUnit(newUnit(func(*org.Unit) {})), thidua.ErrNotFound},
		{"correct without correction", "who, when and why", func(ctx context.Context, s org.Store) error {
			return s.CorrectUnit(ctx, unitWith("dt-sadec", func(u *org.Unit) { u.Name = "Tên đúng" }), thidua.Correction{})
		}, thidua.ErrInvalid},
		{"correct former names out of order", "former names in date order",
			correctUnit(unitWith("dt-sadec", func(u *org.Unit) {
				u.Former = []org.FormerName{{Name: "B", Until: d(2015, time.January, 1)}, {Name: "A", Until: d(2012, time.January, 1)}}
			})), thidua.ErrInvalid},
		{"correct former name after end", "the current name is in force at least a day",
			correctUnit(unitWith("dt-sadec", func(u *org.Unit) { u.Former = []org.FormerName{{Name: "A", Until: lastOld}} })), thidua.ErrInvalid},
		{"correct former name before founding", "a former name ends within the unit's period",
			correctUnit(unitWith("dt-sadec", func(u *org.Unit) { u.Former = []org.FormerName{{Name: "A", Until: d(2009, time.January, 1)}} })), thidua.ErrInvalid},
		{"add unit blank former name", "a former name is a name",
			addUnit(newUnit(func(u *org.Unit) { u.Former = []org.FormerName{{Name: " ", Until: d(2015, time.January, 1)}} })), thidua.ErrInvalid},

		// Successions.
		{"rename of two", "a rename takes one unit", addSuccession(org.Succession{Kind: org.Rename, Date: merged,
			From: []org.UnitID{"dt-hongngu-h", "tg"}, To: []org.UnitID{"dtm"}}), thidua.ErrInvalid},
		{"merge into two", "a merge gives one unit", addSuccession(org.Succession{Kind: org.Merge, Date: merged,
			From: []org.UnitID{"dt-hongngu-h"}, To: []org.UnitID{"dtm", "dtm-kv1"}}), thidua.ErrInvalid},
		{"split into one", "a split gives several units", addSuccession(org.Succession{Kind: org.Split, Date: merged,
			From: []org.UnitID{"dt-hongngu-h"}, To: []org.UnitID{"dtm-kv1"}}), thidua.ErrInvalid},
		{"succession unknown kind", "kind 0", addSuccession(org.Succession{Date: merged,
			From: []org.UnitID{"dt-hongngu-h"}, To: []org.UnitID{"dtm-kv1"}}), thidua.ErrInvalid},
		{"succession unknown unit", "units must exist", addSuccession(org.Succession{Kind: org.Rename, Date: merged,
			From: []org.UnitID{"nowhere"}, To: []org.UnitID{"dtm-kv1"}}), thidua.ErrInvalid},
		{"succession still open", "the predecessor must end the day before", addSuccession(org.Succession{Kind: org.Rename,
			Date: d(2024, time.January, 1), From: []org.UnitID{"dt-hongngu-h"}, To: []org.UnitID{"dtm-kv1"}}), thidua.ErrInvalid},
		{"successor not there", "the successor must exist on the date", addSuccession(org.Succession{Kind: org.Rename,
			Date: merged, From: []org.UnitID{"dt-hongngu-h"}, To: []org.UnitID{"tg"}}), thidua.ErrInvalid},
		{"unit twice", "a unit cannot succeed itself", addSuccession(org.Succession{Kind: org.Rename,
			Date: merged, From: []org.UnitID{"dtm"}, To: []org.UnitID{"dtm"}}), thidua.ErrInvalid},
		{"succeeded twice", "sa-dec already merged into kv1", addSuccession(org.Succession{Kind: org.Rename,
			Date: merged, From: []org.UnitID{"dt-sadec"}, To: []org.UnitID{"dtm"}}), thidua.ErrConflict},

		// People.
		{"person empty name", "a person needs a name", addPerson(newPerson(func(p *org.Person) { p.FullName = "" })), thidua.ErrInvalid},
		{"person blank name", "white space is no name", addPerson(newPerson(func(p *org.Person) { p.FullName = "   " })), thidua.ErrInvalid},
		{"person unknown unit", "assignments name stored units", addPerson(newPerson(func(p *org.Person) {
			p.Assignments[0].Unit = "nowhere"
		})), thidua.ErrInvalid},
		{"person overlapping posts", "two full-time posts at once", addPerson(newPerson(func(p *org.Person) {
			p.Assignments = append(p.Assignments, org.Assignment{Unit: "dt-caolanh", Position: "Thẩm tra viên",
				Period: period(d(2019, time.January, 1), d(2019, time.December, 31))})
		})), thidua.ErrInvalid},
		{"person post outside unit", "the unit closed on 30/06/2025", addPerson(newPerson(func(p *org.Person) {
			p.Assignments[0].Period = thidua.Since(d(2015, time.January, 5))
		})), thidua.ErrInvalid},
		{"person blank position", "a post needs a title", addPerson(newPerson(func(p *org.Person) { p.Assignments[0].Position = " " })), thidua.ErrInvalid},
		{"person invalid birth date", "29 February 1999", addPerson(newPerson(func(p *org.Person) {
			p.BirthDate = thidua.Date{Year: 1999, Month: time.February, Day: 29}
		})), thidua.ErrInvalid},
		{"person recruited before birth", "dates out of order", addPerson(newPerson(func(p *org.Person) {
			p.BirthDate = d(2016, time.January, 1)
		})), thidua.ErrInvalid},
		{"person post before recruitment", "a post is held in service, which starts on 05/01/2015", addPerson(newPerson(func(p *org.Person) {
			p.Assignments[0].Period.From = d(2014, time.December, 1)
		})), thidua.ErrInvalid},
		{"person unknown gender", "gender 7", addPerson(newPerson(func(p *org.Person) { p.Gender = 7 })), thidua.ErrInvalid},
		{"person duplicate id", "IDs are unique", addPerson(newPerson(func(p *org.Person) { p.ID = "p1" })), thidua.ErrConflict},
		{"assignment overlap", "p1 is Cục trưởng in 2015", func(ctx context.Context, s org.Store) error {
			return s.AddAssignment(ctx, "p1", org.Assignment{Unit: "tg", Position: "Phó Cục trưởng",
				Period: period(d(2015, time.January, 1), d(2015, time.December, 31))})
		}, thidua.ErrInvalid},
		{"assignment before recruitment", "p3 was recruited on 15/03/2016", func(ctx context.Context, s org.Store) error {
			return s.AddAssignment(ctx, "p3", org.Assignment{Unit: "dt-caolanh", Position: "Thư ký thi hành án",
				Period: period(d(2016, time.January, 1), d(2016, time.March, 14))})
		}, thidua.ErrInvalid},
		{"assignment unknown unit", "assignments name stored units", func(ctx context.Context, s org.Store) error {
			return s.AddAssignment(ctx, "p1", org.Assignment{Unit: "nowhere", Position: "Chuyên viên",
				Period: period(d(2021, time.January, 1), d(2021, time.December, 31))})
		}, thidua.ErrInvalid},
		{"assignment unknown person", "nobody to assign", func(ctx context.Context, s org.Store) error {
			return s.AddAssignment(ctx, "nobody", org.Assignment{Unit: "dt", Position: "Chuyên viên",
				Period: period(d(2021, time.January, 1), d(2021, time.December, 31))})
		}, thidua.ErrNotFound},
		{"end assignment not held", "p1 is not Chấp hành viên", func(ctx context.Context, s org.Store) error {
			return s.EndAssignment(ctx, "p1", "dt", "Chấp hành viên", midYear)
		}, thidua.ErrNotFound},
		{"end assignment orphans record", "p1 has a record for 2019", func(ctx context.Context, s org.Store) error {
			return s.EndAssignment(ctx, "p1", "dt", "Cục trưởng", d(2018, time.December, 31))
		}, thidua.ErrInvalid},

		// Yearly records of people.
		{"year unknown person", "records name stored people", addPersonYear(py(func(r *org.PersonYear) { r.Person = "nobody" })), thidua.ErrInvalid},
		{"year before recruitment", "p3 was recruited in 2016", addPersonYear(py(func(r *org.PersonYear) { r.Year = 2015 })), thidua.ErrInvalid},
		{"year outside assignments", "p1 left at the end of 2020", addPersonYear(py(func(r *org.PersonYear) {
			r.Person, r.Year, r.Unit = "p1", 2022, "dt"
		})), thidua.ErrInvalid},
		{"year in unit not served", "p3 never served in dt", addPersonYear(py(func(r *org.PersonYear) { r.Unit = "dt" })), thidua.ErrInvalid},
		{"year too many days", "240 + 130 > 366", addPersonYear(py(func(r *org.PersonYear) {
			r.Absences = []org.Absence{{Reason: org.AbsenceMaternity, Days: 130}}
		})), thidua.ErrInvalid},
		{"year 366 days in a common year", "2021 has 365 days", addPersonYear(py(func(r *org.PersonYear) {
			r.Year, r.DaysWorked = 2021, 366
		})), thidua.ErrInvalid},
		{"year negative days", "days worked cannot be negative", addPersonYear(py(func(r *org.PersonYear) { r.DaysWorked = -1 })), thidua.ErrInvalid},
		{"year zero absence", "an absence has days", addPersonYear(py(func(r *org.PersonYear) {
			r.Absences = []org.Absence{{Reason: org.AbsenceSick}}
		})), thidua.ErrInvalid},
		{"year unknown reason", "absence reason 42", addPersonYear(py(func(r *org.PersonYear) {
			r.Absences = []org.Absence{{Reason: 42, Days: 3}}
		})), thidua.ErrInvalid},
		{"year unknown rating", "rating 9", addPersonYear(py(func(r *org.PersonYear) { r.Rating = 9 })), thidua.ErrInvalid},
		{"year out of range", "year 0", addPersonYear(py(func(r *org.PersonYear) { r.Year = 0 })), thidua.ErrInvalid},
		{"year duplicate", "p3 already has 2019", addPersonYear(py(func(r *org.PersonYear) { r.Year = 2019 })), thidua.ErrConflict},
		{"replace absent year", "nothing to correct", func(ctx context.Context, s org.Store) error {
			return s.ReplacePersonYear(ctx, py(func(*org.PersonYear) {}), fix)
		}, thidua.ErrNotFound},
		{"replace with bad record", "a correction is validated", func(ctx context.Context, s org.Store) error {
			return s.ReplacePersonYear(ctx, py(func(r *org.PersonYear) { r.Year, r.DaysWorked = 2019, 400 }), fix)
		}, thidua.ErrInvalid},
		{"replace without correction", "who, when and why are kept with the replaced version", func(ctx context.Context, s org.Store) error {
			return s.ReplacePersonYear(ctx, py(func(r *org.PersonYear) { r.Year = 2019 }), thidua.Correction{})
		}, thidua.ErrInvalid},
		{"replace without reason", "a correction says why", func(ctx context.Context, s org.Store) error {
			return s.ReplacePersonYear(ctx, py(func(r *org.PersonYear) { r.Year = 2019 }), correction(func(c *thidua.Correction) { c.Reason = " " }))
		}, thidua.ErrInvalid},
		{"replace correction bad day", "31 April", func(ctx context.Context, s org.Store) error {
			return s.ReplacePersonYear(ctx, py(func(r *org.PersonYear) { r.Year = 2019 }),
				correction(func(c *thidua.Correction) { c.On = thidua.Date{Year: 2026, Month: time.April, Day: 31} }))
		}, thidua.ErrInvalid},
		{"replace correction bad text", "invalid UTF-8 in who", func(ctx context.Context, s org.Store) error {
			return s.ReplacePersonYear(ctx, py(func(r *org.PersonYear) { r.Year = 2019 }), correction(func(c *thidua.Correction) { c.By = "\xff" }))
		}, thidua.ErrInvalid},

		// Yearly records of units.
		{"unit-year unknown unit", "records name stored units", addUnitYear(org.UnitYear{Unit: "nowhere", Year: 2019}), thidua.ErrInvalid},
		{"unit-year outside existence", "dtm did not exist in 2020", addUnitYear(org.UnitYear{Unit: "dtm", Year: 2020}), thidua.ErrInvalid},
		{"unit-year unknown rating", "rating -1", addUnitYear(org.UnitYear{Unit: "dt", Year: 2020, Rating: -1}), thidua.ErrInvalid},
		{"unit-year duplicate", "dt already has 2019", addUnitYear(org.UnitYear{Unit: "dt", Year: 2019}), thidua.ErrConflict},
		{"replace absent unit-year", "nothing to correct", func(ctx context.Context, s org.Store) error {
			return s.ReplaceUnitYear(ctx, org.UnitYear{Unit: "dt", Year: 2015}, fix)
		}, thidua.ErrNotFound},
		{"replace unit-year without who", "a correction names who made it", func(ctx context.Context, s org.Store) error {
			return s.ReplaceUnitYear(ctx, org.UnitYear{Unit: "dt", Year: 2019, Rating: org.Excellent}, correction(func(c *thidua.Correction) { c.By = "" }))
		}, thidua.ErrInvalid},

		// Discipline.
		{"discipline ends before start", "period backwards", addDiscipline(discipline(func(dc *org.Discipline) {
			dc.InForce.To = d(2019, time.March, 1)
		})), thidua.ErrInvalid},
		{"discipline invalid date", "31 June", addDiscipline(discipline(func(dc *org.Discipline) {
			dc.Decided = thidua.Date{Year: 2019, Month: time.June, Day: 31}
		})), thidua.ErrInvalid},
		{"discipline decided after it ended", "a decision of 01/05/2020 cannot put in force a sanction that ended on 31/03/2020",
			addDiscipline(discipline(func(dc *org.Discipline) { dc.Decided = d(2020, time.May, 1) })), thidua.ErrInvalid},
		{"discipline unknown form", "form 0", addDiscipline(discipline(func(dc *org.Discipline) { dc.Form = 0 })), thidua.ErrInvalid},
		{"discipline unknown person", "decisions name stored people", addDiscipline(discipline(func(dc *org.Discipline) { dc.Person = "nobody" })), thidua.ErrInvalid},
		{"discipline empty id", "a decision needs an ID", addDiscipline(discipline(func(dc *org.Discipline) { dc.ID = "" })), thidua.ErrInvalid},
		{"discipline duplicate id", "IDs are unique", addDiscipline(discipline(func(dc *org.Discipline) { dc.ID = "kl-2017-01" })), thidua.ErrConflict},

		// Filters.
		{"people on and during", "set one of On and During", func(ctx context.Context, s org.Store) error {
			_, err := s.People(ctx, org.PeopleFilter{On: midYear, During: thidua.Year(2019)})
			return err
		}, thidua.ErrInvalid},
		{"people invalid date", "31 November", func(ctx context.Context, s org.Store) error {
			_, err := s.People(ctx, org.PeopleFilter{On: thidua.Date{Year: 2019, Month: time.November, Day: 31}})
			return err
		}, thidua.ErrInvalid},
		{"person-years backwards", "From after To", func(ctx context.Context, s org.Store) error {
			_, err := s.PersonYears(ctx, org.YearFilter{From: 2020, To: 2019})
			return err
		}, thidua.ErrInvalid},
		{"unit-years backwards", "From after To", func(ctx context.Context, s org.Store) error {
			_, err := s.UnitYears(ctx, org.UnitYearFilter{From: 2020, To: 2019})
			return err
		}, thidua.ErrInvalid},
		{"subtree invalid date", "30 February", func(ctx context.Context, s org.Store) error {
			_, err := s.Subtree(ctx, "bo", thidua.Date{Year: 2019, Month: time.February, Day: 30})
			return err
		}, thidua.ErrInvalid},
		{"units invalid date", "month 13", func(ctx context.Context, s org.Store) error {
			_, err := s.Units(ctx, org.UnitFilter{On: thidua.Date{Year: 2019, Month: 13, Day: 1}})
			return err
		}, thidua.ErrInvalid},
		{"disciplines year out of range", "year 20190", func(ctx context.Context, s org.Store) error {
			_, err := s.Disciplines(ctx, org.DisciplineFilter{Year: 20190})
			return err
		}, thidua.ErrInvalid},
		{"former holders invalid date", "the zero date", func(ctx context.Context, s org.Store) error {
			_, err := s.FormerHolders(ctx, "dt", "Cục trưởng", thidua.Date{})
			return err
		}, thidua.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, s)
			err := tt.op(bg, s)
			wantErr(t, tt.reason, err, tt.want)
			check(t, "store after the failed call", before, snapshot(t, s))
		})
	}
}

func testNotFound(t *testing.T, s org.Store) {
	load(t, s)
	tests := []struct {
		name string
		op   op
	}{
		{"Unit", func(ctx context.Context, s org.Store) error { _, err := s.Unit(ctx, "nowhere"); return err }},
		{"Subtree", func(ctx context.Context, s org.Store) error { _, err := s.Subtree(ctx, "nowhere", midYear); return err }},
		{"Successions", func(ctx context.Context, s org.Store) error { _, err := s.Successions(ctx, "nowhere"); return err }},
		{"Predecessors", func(ctx context.Context, s org.Store) error { _, err := s.Predecessors(ctx, "nowhere"); return err }},
		{"Successors", func(ctx context.Context, s org.Store) error { _, err := s.Successors(ctx, "nowhere"); return err }},
		{"UnitsInForce", func(ctx context.Context, s org.Store) error {
			_, err := org.UnitsInForce(ctx, s, "nowhere", midYear)
			return err
		}},
		{"Person", func(ctx context.Context, s org.Store) error { _, err := s.Person(ctx, "nobody"); return err }},
		{"People unit", func(ctx context.Context, s org.Store) error {
			_, err := s.People(ctx, org.PeopleFilter{Unit: "nowhere"})
			return err
		}},
		{"FormerHolders", func(ctx context.Context, s org.Store) error {
			_, err := s.FormerHolders(ctx, "nowhere", "Cục trưởng", midYear)
			return err
		}},
		{"PersonYear person", func(ctx context.Context, s org.Store) error { _, err := s.PersonYear(ctx, "nobody", 2019); return err }},
		{"PersonYear year", func(ctx context.Context, s org.Store) error { _, err := s.PersonYear(ctx, "p1", 2015); return err }},
		{"PersonYears person", func(ctx context.Context, s org.Store) error {
			_, err := s.PersonYears(ctx, org.YearFilter{Person: "nobody"})
			return err
		}},
		{"PersonYears unit", func(ctx context.Context, s org.Store) error {
			_, err := s.PersonYears(ctx, org.YearFilter{Unit: "nowhere"})
			return err
		}},
		{"UnitYear unit", func(ctx context.Context, s org.Store) error { _, err := s.UnitYear(ctx, "nowhere", 2019); return err }},
		{"UnitYear year", func(ctx context.Context, s org.Store) error { _, err := s.UnitYear(ctx, "dt", 2010); return err }},
		{"UnitYears unit", func(ctx context.Context, s org.Store) error {
			_, err := s.UnitYears(ctx, org.UnitYearFilter{Unit: "nowhere"})
			return err
		}},
		{"Disciplines person", func(ctx context.Context, s org.Store) error {
			_, err := s.Disciplines(ctx, org.DisciplineFilter{Person: "nobody"})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantErr(t, tt.name, tt.op(bg, s), thidua.ErrNotFound)
		})
	}
}
