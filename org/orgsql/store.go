package orgsql

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/sqldb"
	"github.com/thidua-go/thidua/org"
)

//go:embed migrations
var migrations embed.FS

// component names the schema of this package in the version table.
const component = "org"

// Migrations returns the schema migrations of the store: the files
// sqlite/NNNN_name.sql and postgres/NNNN_name.sql, one statement per step,
// each idempotent. Migrate applies them; an application that uses its own
// migration tool may apply them instead.
func Migrations() fs.FS {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		panic(err) // the embedded folder exists
	}
	return sub
}

// Errors of the schema and of the database, as package sqldb defines
// them: match them with errors.Is.
var (
	// ErrSchemaTooNew: the database was migrated by a newer version of
	// the library; this one refuses to use it.
	ErrSchemaTooNew = sqldb.ErrSchemaTooNew
	// ErrSchemaTooOld: the database lacks migrations; run Migrate.
	ErrSchemaTooOld = sqldb.ErrSchemaTooOld
	// ErrStorage: a failure of the database that is not a rule of the
	// domain (a lost connection, a full disk).
	ErrStorage = sqldb.ErrStorage
)

func loadMigrations(d sqldb.Dialect) ([]sqldb.Migration, error) {
	return sqldb.LoadMigrations(Migrations(), ".", d)
}

// Migrate creates the store's tables in db, or brings them up to the
// version this package knows. It is safe to run at every start and from
// two processes at once. ErrSchemaTooNew if a newer version of the
// library migrated db.
func Migrate(ctx context.Context, db *sql.DB) error {
	h, err := sqldb.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("orgsql: migrate: %w", err)
	}
	ms, err := loadMigrations(h.Dialect)
	if err != nil {
		return fmt.Errorf("orgsql: migrate: %w", err)
	}
	if err := sqldb.Migrate(ctx, h, component, ms); err != nil {
		return fmt.Errorf("orgsql: migrate: %w", err)
	}
	return nil
}

// Option configures a Store; see WithScale.
type Option func(*Store)

// WithScale makes the store check unit levels against sc, as
// org.WithScale does for the memory store: AddUnit and UpdateUnit refuse,
// with ErrInvalid, a level not in sc or not ranked strictly below the
// parent's. Without it levels are free text.
func WithScale(sc org.Scale) Option {
	return func(s *Store) { s.scale = &sc }
}

// Store is an org.Store kept in a SQL database (SQLite or PostgreSQL). It
// is safe for concurrent use, also by several processes on one database:
// every write runs in one transaction (SERIALIZABLE on PostgreSQL, retried
// when it loses a race) that reads what the checks of package org need,
// calls them, and writes.
type Store struct {
	db    *sqldb.DB
	scale *org.Scale
}

var (
	_ org.Store         = (*Store)(nil)
	_ org.PeopleScanner = (*Store)(nil)
)

// Open returns a store on db, whose schema Migrate made. It recognises the
// engine (SQLite or PostgreSQL) by asking it. ErrSchemaTooOld if db was
// not migrated (or not to this version), ErrSchemaTooNew if a newer version
// of the library migrated it.
func Open(ctx context.Context, db *sql.DB, opts ...Option) (*Store, error) {
	h, err := sqldb.Open(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("orgsql: open: %w", err)
	}
	ms, err := loadMigrations(h.Dialect)
	if err != nil {
		return nil, fmt.Errorf("orgsql: open: %w", err)
	}
	if err := sqldb.CheckVersion(ctx, h, component, ms); err != nil {
		return nil, fmt.Errorf("orgsql: open: %w", err)
	}
	s := &Store{db: h}
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// q rebinds a query written with ? placeholders for the dialect.
func (s *Store) q(query string) string { return s.db.Q(query) }

// idSet returns the SQL of a subquery yielding the strings of the JSON
// array given as one parameter, so that a set of any size is one
// parameter: json_each on SQLite, jsonb_array_elements_text on PostgreSQL.
func (s *Store) idSet() string {
	if s.db.Dialect == sqldb.Postgres {
		return "SELECT jsonb_array_elements_text(CAST(? AS jsonb))"
	}
	return "SELECT value FROM json_each(?)"
}

// jsonIDs encodes IDs as a JSON array of strings.
func jsonIDs[T ~string](ids []T) string {
	ss := make([]string, len(ids))
	for i, id := range ids {
		ss[i] = string(id)
	}
	b, _ := json.Marshal(ss) // strings always encode
	return string(b)
}

// ---- encoding of values ----

// dateText returns the ISO form of d, "" for the zero date.
func dateText(d thidua.Date) string { return d.String() }

// parseDate reads a date written by dateText.
func parseDate(s string) (thidua.Date, error) {
	if s == "" {
		return thidua.Date{}, nil
	}
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, ok1 := digits(s[0:4])
		m, ok2 := digits(s[5:7])
		d, ok3 := digits(s[8:10])
		if ok1 && ok2 && ok3 {
			return thidua.Date{Year: y, Month: time.Month(m), Day: d}, nil
		}
	}
	return thidua.Date{}, fmt.Errorf("orgsql: bad date %q in the database: %w", s, ErrStorage)
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// absencesText encodes absences as a JSON array, "" for none.
func absencesText(as []org.Absence) string {
	if len(as) == 0 {
		return ""
	}
	b, _ := json.Marshal(as) // ints always encode
	return string(b)
}

func parseAbsences(s string) ([]org.Absence, error) {
	if s == "" {
		return nil, nil
	}
	var as []org.Absence
	if err := json.Unmarshal([]byte(s), &as); err != nil {
		return nil, fmt.Errorf("orgsql: bad absences %q in the database: %w", s, ErrStorage)
	}
	return as, nil
}

// nullID returns NULL for an empty parent or sector unit.
func nullID(id org.UnitID) any {
	if id == "" {
		return nil
	}
	return string(id)
}

// ---- scanning rows ----

// unitCols are the columns of a unit read FROM org_units, its former
// names (JSON, empty for none) with them.
const unitCols = "id, name, short_name, level, parent, exists_from, exists_to, sector, " +
	"COALESCE((SELECT names FROM org_unit_former f WHERE f.unit = org_units.id), '')"

type scanner interface{ Scan(dest ...any) error }

// scanUnit scans the unitCols of a row, and into extra the columns
// selected after them.
func scanUnit(r scanner, extra ...any) (org.Unit, error) {
	var u org.Unit
	var parent, sector sql.NullString
	var from, to, former string
	if err := r.Scan(append([]any{&u.ID, &u.Name, &u.ShortName, &u.Level, &parent, &from, &to, &sector, &former}, extra...)...); err != nil {
		return org.Unit{}, err
	}
	if former != "" {
		if err := json.Unmarshal([]byte(former), &u.Former); err != nil {
			return org.Unit{}, fmt.Errorf("orgsql: former names of %q: %w", u.ID, err)
		}
	}
	u.Parent, u.Sector = org.UnitID(parent.String), org.UnitID(sector.String)
	var err error
	if u.Exists.From, err = parseDate(from); err != nil {
		return org.Unit{}, err
	}
	if u.Exists.To, err = parseDate(to); err != nil {
		return org.Unit{}, err
	}
	return u, nil
}

const personYearCols = "person, year, unit, rating, days_worked, absences"

func scanPersonYear(r scanner) (org.PersonYear, error) {
	var py org.PersonYear
	var abs string
	if err := r.Scan(&py.Person, &py.Year, &py.Unit, &py.Rating, &py.DaysWorked, &abs); err != nil {
		return org.PersonYear{}, err
	}
	var err error
	py.Absences, err = parseAbsences(abs)
	return py, err
}

const unitYearCols = "unit, year, rating, exceeded_targets"

func scanUnitYear(r scanner) (org.UnitYear, error) {
	var uy org.UnitYear
	var exceeded int
	if err := r.Scan(&uy.Unit, &uy.Year, &uy.Rating, &exceeded); err != nil {
		return org.UnitYear{}, err
	}
	uy.ExceededTargets = exceeded != 0
	return uy, nil
}

const disciplineCols = "id, person, form, decided, in_force_from, in_force_to, decision"

func scanDiscipline(r scanner) (org.Discipline, error) {
	var d org.Discipline
	var decided, from, to string
	if err := r.Scan(&d.ID, &d.Person, &d.Form, &decided, &from, &to, &d.Decision); err != nil {
		return org.Discipline{}, err
	}
	var err error
	if d.Decided, err = parseDate(decided); err != nil {
		return org.Discipline{}, err
	}
	if d.InForce.From, err = parseDate(from); err != nil {
		return org.Discipline{}, err
	}
	if d.InForce.To, err = parseDate(to); err != nil {
		return org.Discipline{}, err
	}
	return d, nil
}

// scanPeople reads people with their assignments from rows of the columns
// personJoinCols, ordered by person then seq, calling keep for each person
// (with its name key) until rows end or keep returns an error.
const personJoinCols = "p.id, p.full_name, p.name_key, p.gender, p.birth_date, p.recruited, a.unit, a.position, a.period_from, a.period_to, a.concurrent"

func scanPeople(rows *sql.Rows, keep func(p *org.Person, key string) error) error {
	return scanPeopleFlagged(rows, nil, keep)
}

// scanPeopleFlagged is scanPeople for rows with one more column, 1 when
// the assignment's unit is in a set of units, recorded in inSet before
// keep sees the person.
func scanPeopleFlagged(rows *sql.Rows, inSet map[org.UnitID]bool, keep func(p *org.Person, key string) error) error {
	var cur *org.Person
	var curKey string
	for rows.Next() {
		var id, name, key string
		var gender int
		var birth, recruited string
		var unit, position, from, to sql.NullString
		var conc, flag sql.NullInt64
		dest := []any{&id, &name, &key, &gender, &birth, &recruited, &unit, &position, &from, &to, &conc}
		if inSet != nil {
			dest = append(dest, &flag)
		}
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		if flag.Int64 == 1 && unit.Valid {
			inSet[org.UnitID(unit.String)] = true
		}
		if cur == nil || string(cur.ID) != id {
			if cur != nil {
				if err := keep(cur, curKey); err != nil {
					return err
				}
			}
			p := &org.Person{ID: org.PersonID(id), FullName: name, Gender: org.Gender(gender)}
			var err error
			if p.BirthDate, err = parseDate(birth); err != nil {
				return err
			}
			if p.Recruited, err = parseDate(recruited); err != nil {
				return err
			}
			cur, curKey = p, key
		}
		if unit.Valid {
			a := org.Assignment{Unit: org.UnitID(unit.String), Position: position.String, Concurrent: conc.Int64 != 0}
			var err error
			if a.Period.From, err = parseDate(from.String); err != nil {
				return err
			}
			if a.Period.To, err = parseDate(to.String); err != nil {
				return err
			}
			cur.Assignments = append(cur.Assignments, a)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if cur != nil {
		return keep(cur, curKey)
	}
	return nil
}
