package orgtest

import (
	"context"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/hostile"
	"github.com/thidua-go/thidua/org"
)

// Hostile input shared by the rows below: invalid UTF-8, text and IDs one
// byte over the library's limits, IDs blank, padded or with a control
// character.
var (
	badUTF8   = hostile.BadUTF8
	hugeName  = hostile.HugeName
	hugeTitle = hostile.HugeTitle
	hugeNote  = hostile.HugeNote
	badIDs    = hostile.IDs()
)

// testHostileInput feeds the store invalid UTF-8, blank and padded IDs,
// counts that would overflow and text over the limits: each call fails
// with ErrInvalid naming the field, and the store is unchanged.
func testHostileInput(t *testing.T, s org.Store) {
	load(t, s)
	type row struct {
		name  string
		op    op
		field string
	}
	rows := []row{
		// Invalid UTF-8 wherever text enters.
		{"unit name utf8", addUnit(newUnit(func(u *org.Unit) { u.Name = badUTF8 })), "name"},
		{"unit short name utf8", addUnit(newUnit(func(u *org.Unit) { u.ShortName = badUTF8 })), "short_name"},
		{"unit level utf8", addUnit(newUnit(func(u *org.Unit) { u.Level = "\xff" })), "level"},
		{"update unit name utf8", updateUnit(unitWith("dt", func(u *org.Unit) { u.Name = badUTF8 })), "name"},
		{"person name utf8", addPerson(newPerson(func(p *org.Person) { p.FullName = badUTF8 })), "full_name"},
		{"position utf8", addPerson(newPerson(func(p *org.Person) { p.Assignments[0].Position = badUTF8 })), "assignments.position"},
		{"assignment position utf8", func(ctx context.Context, s org.Store) error {
			return s.AddAssignment(ctx, "p1", org.Assignment{Unit: "dt-sadec", Position: badUTF8, Concurrent: true, Period: period(d(2019, time.January, 1), d(2019, time.June, 30))})
		}, "assignments.position"},
		{"succession note utf8", addSuccession(org.Succession{Kind: org.Rename, Date: d(2019, time.January, 1),
			From: []org.UnitID{"dt-sadec"}, To: []org.UnitID{"new"}, Note: badUTF8}), "note"},
		{"discipline decision utf8", addDiscipline(discipline(func(dc *org.Discipline) { dc.Decision = badUTF8 })), "decision"},

		// Overflow: days bounded by the days of the year before they are summed.
		{"days worked 40000", addPersonYear(py(func(r *org.PersonYear) { r.DaysWorked = 40000 })), "days_worked"},
		{"days worked max", addPersonYear(py(func(r *org.PersonYear) {
			r.DaysWorked = math.MaxInt
			r.Absences = []org.Absence{{Reason: org.AbsenceSick, Days: math.MaxInt}}
		})), "days_worked"},
		{"absence wraps", addPersonYear(py(func(r *org.PersonYear) {
			r.DaysWorked = 100
			r.Absences = []org.Absence{{Reason: org.AbsenceSick, Days: math.MaxInt}, {Reason: org.AbsenceSick, Days: math.MaxInt}}
		})), "absences"},
		{"replace days wrap", func(ctx context.Context, s org.Store) error {
			r := fixturePersonYears()[0]
			r.Absences = []org.Absence{{Reason: org.AbsenceSick, Days: math.MaxInt - 10}}
			return s.ReplacePersonYear(ctx, r, fix)
		}, "absences"},

		// Size.
		{"unit name huge", addUnit(newUnit(func(u *org.Unit) { u.Name = hugeName })), "name"},
		{"person name huge", addPerson(newPerson(func(p *org.Person) { p.FullName = hugeName })), "full_name"},
		{"position huge", addPerson(newPerson(func(p *org.Person) { p.Assignments[0].Position = hugeName })), "assignments.position"},
		{"succession note huge", addSuccession(org.Succession{Kind: org.Rename, Date: d(2019, time.January, 1),
			From: []org.UnitID{"dt-sadec"}, To: []org.UnitID{"new"}, Note: hugeNote}), "note"},
		{"discipline decision huge", addDiscipline(discipline(func(dc *org.Discipline) { dc.Decision = hugeTitle })), "decision"},
	}
	for kind, id := range badIDs {
		rows = append(rows,
			row{"unit id " + kind, addUnit(newUnit(func(u *org.Unit) { u.ID = org.UnitID(id) })), "id"},
			row{"unit parent " + kind, addUnit(newUnit(func(u *org.Unit) { u.Parent = org.UnitID(id) })), "parent"},
			row{"person id " + kind, addPerson(newPerson(func(p *org.Person) { p.ID = org.PersonID(id) })), "id"},
			row{"assignment unit " + kind, addPerson(newPerson(func(p *org.Person) { p.Assignments[0].Unit = org.UnitID(id) })), "assignments.unit"},
			row{"person-year person " + kind, addPersonYear(py(func(r *org.PersonYear) { r.Person = org.PersonID(id) })), "person"},
			row{"person-year unit " + kind, addPersonYear(py(func(r *org.PersonYear) { r.Unit = org.UnitID(id) })), "unit"},
			row{"unit-year unit " + kind, addUnitYear(org.UnitYear{Unit: org.UnitID(id), Year: 2019, Rating: org.Excellent}), "unit"},
			row{"discipline id " + kind, addDiscipline(discipline(func(dc *org.Discipline) { dc.ID = id })), "id"},
			row{"discipline person " + kind, addDiscipline(discipline(func(dc *org.Discipline) { dc.Person = org.PersonID(id) })), "person"},
		)
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, s)
			err := tt.op(bg, s)
			wantErr(t, tt.name, err, thidua.ErrInvalid)
			var te *thidua.Error
			if errors.As(err, &te) && te.Field != tt.field {
				t.Errorf("%s: error %v names field %q, want %q", tt.name, err, te.Field, tt.field)
			}
			check(t, "store after the failed call", before, snapshot(t, s))
		})
	}
}
