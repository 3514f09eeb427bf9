package orgsql

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/sqldb"
	"github.com/thidua-go/thidua/org"
)

// Reads. Units and people are never deleted, so a read that first checks
// the unit or person it is asked about exists and then runs its query
// needs no transaction: what existed still exists. Each read is a constant
// number of queries, whatever the number of records.

// query runs a query and calls each for every row, classifying errors.
func (s *Store) query(ctx context.Context, op, kind, id string, q sqldb.Querier, query string, args []any, each func(*sql.Rows) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	rows, err := q.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return sqldb.Classify(op, kind, id, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows); err != nil {
			return sqldb.Classify(op, kind, id, err)
		}
	}
	if err := rows.Err(); err != nil {
		return sqldb.Classify(op, kind, id, err)
	}
	return sqldb.Classify(op, kind, id, ctx.Err())
}

// mustUnit returns ErrNotFound (for op) if the unit is unknown.
func (s *Store) mustUnit(ctx context.Context, op string, id org.UnitID) error {
	_, ok, err := s.findUnit(ctx, s.db.SQL, id)
	if err != nil {
		return sqldb.Classify(op, "unit", string(id), err)
	}
	if !ok {
		return thidua.NotFound(op, "unit", string(id))
	}
	return nil
}

// mustPerson returns ErrNotFound (for op) if the person is unknown.
func (s *Store) mustPerson(ctx context.Context, op string, id org.PersonID) error {
	var one int
	err := s.db.SQL.QueryRowContext(ctx, s.q("SELECT 1 FROM org_people WHERE id = ?"), string(id)).Scan(&one)
	if err == sql.ErrNoRows {
		return thidua.NotFound(op, "person", string(id))
	}
	return sqldb.Classify(op, "person", string(id), err)
}

// Unit implements org.Store.
func (s *Store) Unit(ctx context.Context, id org.UnitID) (org.Unit, error) {
	const op = "org: unit"
	if err := ctx.Err(); err != nil {
		return org.Unit{}, err
	}
	u, ok, err := s.findUnit(ctx, s.db.SQL, id)
	if err != nil {
		return org.Unit{}, sqldb.Classify(op, "unit", string(id), err)
	}
	if !ok {
		return org.Unit{}, thidua.NotFound(op, "unit", string(id))
	}
	return u, nil
}

// Units implements org.Store: one query.
func (s *Store) Units(ctx context.Context, f org.UnitFilter) ([]org.Unit, error) {
	const op = "org: units"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	query := "SELECT " + unitCols + ", name_key, short_key FROM org_units"
	var where []string
	var args []any
	if f.IDs != nil {
		where = append(where, "id IN ("+s.idSet()+")")
		args = append(args, jsonIDs(f.IDs))
	}
	if f.Level != "" {
		where = append(where, "level = ?")
		args = append(args, f.Level)
	}
	if !f.On.IsZero() {
		where = append(where, "exists_from <= ? AND exists_to >= ?")
		args = append(args, dateText(f.On), dateText(f.On))
	}
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY id"
	m := f.Matcher()
	var us []org.Unit
	err := s.query(ctx, op, "filter", "", s.db.SQL, query, args, func(rows *sql.Rows) error {
		var nameKey, shortKey string
		u, err := scanUnit(rows, &nameKey, &shortKey)
		if err != nil {
			return err
		}
		if m.Match(u, nameKey, shortKey) {
			us = append(us, u)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return us, nil
}

// subtreeCTE returns a recursive CTE named sub holding the IDs of the unit
// given as the next parameter and, with all, every unit under it. With
// preds it starts from the unit and its predecessors (lineage, transitive)
// instead. Every unit under those, whatever its dates, is included.
func (s *Store) subtreeCTE(all, preds bool) string {
	var b strings.Builder
	b.WriteString("WITH RECURSIVE ")
	if preds {
		b.WriteString(s.lineageCTE("start", true))
		b.WriteString(", ")
	} else {
		b.WriteString("start(id) AS (SELECT " + s.textParam() + "), ")
	}
	if all {
		b.WriteString("sub(id) AS (SELECT id FROM start UNION SELECT u.id FROM org_units u JOIN sub ON u.parent = sub.id)")
	} else {
		b.WriteString("sub(id) AS (SELECT id FROM start)")
	}
	return b.String()
}

// lineageCTE returns a recursive CTE named name holding the unit given as
// the next parameter and every unit reached from it through successions,
// backwards (its predecessors) or forwards.
func (s *Store) lineageCTE(name string, back bool) string {
	here, next := "'to'", "'from'"
	if !back {
		here, next = next, here
	}
	return name + "(id) AS (SELECT " + s.textParam() + " UNION SELECT n.unit FROM " + name +
		" JOIN org_succession_units h ON h.unit = " + name + ".id AND h.side = " + here +
		" JOIN org_succession_units n ON n.succession = h.succession AND n.side = " + next + ")"
}

// textParam is a parameter typed as text for a recursive query's first
// term, in the collation of the ID columns (see the migrations).
func (s *Store) textParam() string {
	if s.db.Dialect == sqldb.Postgres {
		return `CAST(? AS TEXT) COLLATE "C"`
	}
	return "CAST(? AS TEXT)"
}

// Subtree implements org.Store: the unit check and one recursive query.
func (s *Store) Subtree(ctx context.Context, root org.UnitID, asOf thidua.Date) ([]org.Unit, error) {
	const op = "org: subtree"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !asOf.IsZero() {
		if err := asOf.Validate(); err != nil {
			return nil, thidua.E(op, "unit", string(root), "as_of", err)
		}
	}
	if err := s.mustUnit(ctx, op, root); err != nil {
		return nil, err
	}
	// A unit's children exist within its period, so pruning the units
	// not in force on asOf prunes whole branches, as a walk would.
	inForce := ""
	var args []any
	if !asOf.IsZero() {
		inForce = " AND u.exists_from <= ? AND u.exists_to >= ?"
		args = []any{string(root), dateText(asOf), dateText(asOf), dateText(asOf), dateText(asOf)}
	} else {
		args = []any{string(root)}
	}
	query := "WITH RECURSIVE sub(id) AS (SELECT u.id FROM org_units u WHERE u.id = ?" + inForce +
		" UNION ALL SELECT u.id FROM org_units u JOIN sub ON u.parent = sub.id WHERE 1 = 1" + inForce + ")" +
		" SELECT " + unitCols + " FROM org_units WHERE id IN (SELECT id FROM sub)"
	children := map[org.UnitID][]org.Unit{}
	var top *org.Unit
	err := s.query(ctx, op, "unit", string(root), s.db.SQL, query, args, func(rows *sql.Rows) error {
		u, err := scanUnit(rows)
		if err != nil {
			return err
		}
		if u.ID == root {
			top = &u
		} else {
			children[u.Parent] = append(children[u.Parent], u)
		}
		return nil
	})
	if err != nil || top == nil {
		return nil, err
	}
	out := make([]org.Unit, 0, 1+len(children))
	var walk func(u org.Unit)
	walk = func(u org.Unit) {
		out = append(out, u)
		cs := children[u.ID]
		slices.SortFunc(cs, func(a, b org.Unit) int { return strings.Compare(string(a.ID), string(b.ID)) })
		for _, c := range cs {
			walk(c)
		}
	}
	walk(*top)
	return out, nil
}

// successions returns the successions naming unit (on side, "from" or
// "to", if not empty), or all if unit is empty, in the order of
// org.SortSuccessions.
func (s *Store) successions(ctx context.Context, q sqldb.Querier, unit org.UnitID, side string) ([]org.Succession, error) {
	query := "SELECT s.id, s.kind, s.date, s.note, su.side, su.unit FROM org_successions s JOIN org_succession_units su ON su.succession = s.id"
	var args []any
	if unit != "" {
		cond := "SELECT succession FROM org_succession_units WHERE unit = ?"
		args = append(args, string(unit))
		if side != "" {
			cond += " AND side = ?"
			args = append(args, side)
		}
		query += " WHERE s.id IN (" + cond + ")"
	}
	query += " ORDER BY s.id, su.side, su.unit"
	rows, err := q.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []org.Succession
	last := ""
	for rows.Next() {
		var id, date, note, sd, u string
		var kind int
		if err := rows.Scan(&id, &kind, &date, &note, &sd, &u); err != nil {
			return nil, err
		}
		if id != last {
			d, err := parseDate(date)
			if err != nil {
				return nil, err
			}
			out = append(out, org.Succession{Kind: org.SuccessionKind(kind), Date: d, Note: note})
			last = id
		}
		sc := &out[len(out)-1]
		if sd == "from" {
			sc.From = append(sc.From, org.UnitID(u))
		} else {
			sc.To = append(sc.To, org.UnitID(u))
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	org.SortSuccessions(out)
	return out, nil
}

// Successions implements org.Store: the unit check and one query.
func (s *Store) Successions(ctx context.Context, unit org.UnitID) ([]org.Succession, error) {
	const op = "org: successions"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if unit != "" {
		if err := s.mustUnit(ctx, op, unit); err != nil {
			return nil, err
		}
	}
	ss, err := s.successions(ctx, s.db.SQL, unit, "")
	if err != nil {
		return nil, sqldb.Classify(op, "unit", string(unit), err)
	}
	return ss, nil
}

// lineage returns the units reached from unit through successions,
// backwards or forwards, unit excluded: the unit check and one recursive
// query.
func (s *Store) lineage(ctx context.Context, op string, unit org.UnitID, back bool) ([]org.Unit, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := s.mustUnit(ctx, op, unit); err != nil {
		return nil, err
	}
	query := "WITH RECURSIVE " + s.lineageCTE("lin", back) +
		" SELECT " + unitCols + " FROM org_units WHERE id IN (SELECT id FROM lin) AND id <> ?"
	var us []org.Unit
	err := s.query(ctx, op, "unit", string(unit), s.db.SQL, query, []any{string(unit), string(unit)}, func(rows *sql.Rows) error {
		u, err := scanUnit(rows)
		us = append(us, u)
		return err
	})
	return us, err
}

// Predecessors implements org.Store.
func (s *Store) Predecessors(ctx context.Context, unit org.UnitID) ([]org.Unit, error) {
	us, err := s.lineage(ctx, "org: predecessors", unit, true)
	org.SortPredecessors(us)
	return us, err
}

// Successors implements org.Store.
func (s *Store) Successors(ctx context.Context, unit org.UnitID) ([]org.Unit, error) {
	us, err := s.lineage(ctx, "org: successors", unit, false)
	org.SortSuccessors(us)
	return us, err
}

// Person implements org.Store.
func (s *Store) Person(ctx context.Context, id org.PersonID) (org.Person, error) {
	const op = "org: person"
	if err := ctx.Err(); err != nil {
		return org.Person{}, err
	}
	p, ok, err := s.findPerson(ctx, s.db.SQL, id)
	if err != nil {
		return org.Person{}, sqldb.Classify(op, "person", string(id), err)
	}
	if !ok {
		return org.Person{}, thidua.NotFound(op, "person", string(id))
	}
	return p, nil
}

// people reads the people the condition cond (on p, with args) selects,
// with their assignments, by ID, keeping those keep accepts: one query.
//
// With inSub not nil, with defines the CTE sub, and inSub gathers the
// units of the people's posts that are in it, in the same query (one
// snapshot), before keep sees each person.
func (s *Store) people(ctx context.Context, op string, with, cond string, args []any, inSub map[org.UnitID]bool, keep func(p *org.Person, key string) bool) ([]org.Person, error) {
	var out []org.Person
	err := s.eachPerson(ctx, op, with, cond, args, inSub, func(p *org.Person, key string) error {
		if keep(p, key) {
			out = append(out, *p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// eachPerson is people calling fn with each person as it is read, rather
// than listing them; an error of fn stops the read and is returned as it
// is.
func (s *Store) eachPerson(ctx context.Context, op string, with, cond string, args []any, inSub map[org.UnitID]bool, fn func(p *org.Person, key string) error) error {
	cols := personJoinCols
	if inSub != nil {
		cols += ", CASE WHEN a.unit IN (SELECT id FROM sub) THEN 1 ELSE 0 END"
	}
	query := with + " SELECT " + cols + " FROM org_people p LEFT JOIN org_assignments a ON a.person = p.id"
	if cond != "" {
		query += " WHERE " + cond
	}
	query += " ORDER BY p.id, a.seq"
	if err := ctx.Err(); err != nil {
		return err
	}
	rows, err := s.db.SQL.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return sqldb.Classify(op, "filter", "", err)
	}
	defer rows.Close()
	var fnErr error
	err = scanPeopleFlagged(rows, inSub, func(p *org.Person, key string) error {
		fnErr = fn(p, key)
		return fnErr
	})
	if fnErr != nil {
		return fnErr
	}
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return sqldb.Classify(op, "filter", "", err)
	}
	return nil
}

// People implements org.Store: the unit check and one query. The
// database selects the candidates by ID, unit and date; the filter's
// matcher (names and posts folded) decides.
func (s *Store) People(ctx context.Context, f org.PeopleFilter) ([]org.Person, error) {
	var out []org.Person
	err := s.selectPeople(ctx, f, func(p *org.Person) error {
		out = append(out, *p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ScanPeople implements org.PeopleScanner: the query of People, each
// person handed to fn as it is read, none kept.
func (s *Store) ScanPeople(ctx context.Context, f org.PeopleFilter, fn func(p *org.Person) error) error {
	return s.selectPeople(ctx, f, fn)
}

// selectPeople calls fn with each person f selects, by ID, as it is read.
func (s *Store) selectPeople(ctx context.Context, f org.PeopleFilter, fn func(p *org.Person) error) error {
	const op = "org: people"
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := f.Validate(); err != nil {
		return err
	}
	var with string
	var conds, posts []string
	var args []any
	var inUnits func(org.UnitID) bool
	if f.Unit != "" {
		if err := s.mustUnit(ctx, op, f.Unit); err != nil {
			return err
		}
		with = s.subtreeCTE(f.Subtree, false)
		args = append(args, string(f.Unit))
		posts = append(posts, "x.unit IN (SELECT id FROM sub)")
	}
	if f.IDs != nil {
		conds = append(conds, "p.id IN ("+s.idSet()+")")
		args = append(args, jsonIDs(f.IDs))
	}
	var postArgs []any
	switch {
	case !f.On.IsZero():
		posts = append(posts, "x.period_from <= ? AND x.period_to >= ?")
		postArgs = append(postArgs, dateText(f.On), dateText(f.On))
	case !f.During.IsZero():
		posts = append(posts, "x.period_from <= ? AND x.period_to >= ?")
		postArgs = append(postArgs, dateText(f.During.To), dateText(f.During.From))
	}
	if len(posts) > 0 {
		// Not correlated: the database finds the posts once, by unit.
		conds = append(conds, "p.id IN (SELECT x.person FROM org_assignments x WHERE "+strings.Join(posts, " AND ")+")")
		args = append(args, postArgs...)
	}
	// The unit set is known in the database: the same query flags the
	// posts in it, and the matcher reads the flags.
	var inSub map[org.UnitID]bool
	if f.Unit != "" {
		inSub = map[org.UnitID]bool{}
		inUnits = func(id org.UnitID) bool { return inSub[id] }
	}
	m := f.Matcher(inUnits)
	return s.eachPerson(ctx, op, with, strings.Join(conds, " AND "), args, inSub, func(p *org.Person, key string) error {
		if !m.Match(p, key) {
			return nil
		}
		return fn(p)
	})
}

// FormerHolders implements org.Store: the unit check and one query.
func (s *Store) FormerHolders(ctx context.Context, unit org.UnitID, position string, d thidua.Date) ([]org.Person, error) {
	const op = "org: former holders"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := d.Validate(); err != nil {
		return nil, thidua.E(op, "unit", string(unit), "date", err)
	}
	if err := s.mustUnit(ctx, op, unit); err != nil {
		return nil, err
	}
	ps, err := s.people(ctx, op, "", "p.id IN (SELECT x.person FROM org_assignments x WHERE x.unit = ? AND x.period_from < ?)",
		[]any{string(unit), dateText(d)}, nil, func(*org.Person, string) bool { return true })
	if err != nil {
		return nil, err
	}
	return org.SortFormerHolders(ps, unit, position, d), nil
}

// PersonYear implements org.Store.
func (s *Store) PersonYear(ctx context.Context, person org.PersonID, year int) (org.PersonYear, error) {
	const op = "org: person-year"
	key := string(person) + "/" + itoa(year)
	if err := ctx.Err(); err != nil {
		return org.PersonYear{}, err
	}
	py, err := scanPersonYear(s.db.SQL.QueryRowContext(ctx, s.q("SELECT "+personYearCols+" FROM org_person_years WHERE person = ? AND year = ?"), string(person), year))
	if err == sql.ErrNoRows {
		return org.PersonYear{}, thidua.NotFound(op, "person-year", key)
	}
	if err != nil {
		return org.PersonYear{}, sqldb.Classify(op, "person-year", key, err)
	}
	return py, nil
}

// PersonYears implements org.Store: the checks of the person and unit
// asked about, and one query, however many people f.People names.
func (s *Store) PersonYears(ctx context.Context, f org.YearFilter) ([]org.PersonYear, error) {
	const op = "org: person-years"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var with string
	var where []string
	var args []any
	if f.Unit != "" {
		if err := s.mustUnit(ctx, op, f.Unit); err != nil {
			return nil, err
		}
		with = s.subtreeCTE(f.Subtree, f.Predecessors) + " "
		args = append(args, string(f.Unit))
		where = append(where, "unit IN (SELECT id FROM sub)")
	}
	if f.Person != "" {
		if err := s.mustPerson(ctx, op, f.Person); err != nil {
			return nil, err
		}
		where = append(where, "person = ?")
		args = append(args, string(f.Person))
	}
	if f.People != nil {
		where = append(where, "person IN ("+s.idSet()+")")
		args = append(args, jsonIDs(f.People))
	}
	if f.From != 0 {
		where = append(where, "year >= ?")
		args = append(args, f.From)
	}
	if f.To != 0 {
		where = append(where, "year <= ?")
		args = append(args, f.To)
	}
	query := with + "SELECT " + personYearCols + " FROM org_person_years"
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY person, year"
	var out []org.PersonYear
	err := s.query(ctx, op, "filter", "", s.db.SQL, query, args, func(rows *sql.Rows) error {
		py, err := scanPersonYear(rows)
		out = append(out, py)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// UnitYear implements org.Store.
func (s *Store) UnitYear(ctx context.Context, unit org.UnitID, year int) (org.UnitYear, error) {
	const op = "org: unit-year"
	key := string(unit) + "/" + itoa(year)
	if err := ctx.Err(); err != nil {
		return org.UnitYear{}, err
	}
	uy, err := scanUnitYear(s.db.SQL.QueryRowContext(ctx, s.q("SELECT "+unitYearCols+" FROM org_unit_years WHERE unit = ? AND year = ?"), string(unit), year))
	if err == sql.ErrNoRows {
		return org.UnitYear{}, thidua.NotFound(op, "unit-year", key)
	}
	if err != nil {
		return org.UnitYear{}, sqldb.Classify(op, "unit-year", key, err)
	}
	return uy, nil
}

// UnitYears implements org.Store: the unit check and one query.
func (s *Store) UnitYears(ctx context.Context, f org.UnitYearFilter) ([]org.UnitYear, error) {
	const op = "org: unit-years"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var with string
	var where []string
	var args []any
	if f.Unit != "" {
		if err := s.mustUnit(ctx, op, f.Unit); err != nil {
			return nil, err
		}
		with = s.subtreeCTE(f.Subtree, f.Predecessors) + " "
		args = append(args, string(f.Unit))
		where = append(where, "unit IN (SELECT id FROM sub)")
	}
	if f.From != 0 {
		where = append(where, "year >= ?")
		args = append(args, f.From)
	}
	if f.To != 0 {
		where = append(where, "year <= ?")
		args = append(args, f.To)
	}
	query := with + "SELECT " + unitYearCols + " FROM org_unit_years"
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY unit, year"
	var out []org.UnitYear
	err := s.query(ctx, op, "filter", "", s.db.SQL, query, args, func(rows *sql.Rows) error {
		uy, err := scanUnitYear(rows)
		out = append(out, uy)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Disciplines implements org.Store: the person check and one query.
func (s *Store) Disciplines(ctx context.Context, f org.DisciplineFilter) ([]org.Discipline, error) {
	const op = "org: disciplines"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var where []string
	var args []any
	if f.Person != "" {
		if err := s.mustPerson(ctx, op, f.Person); err != nil {
			return nil, err
		}
		where = append(where, "person = ?")
		args = append(args, string(f.Person))
	}
	if f.People != nil {
		where = append(where, "person IN ("+s.idSet()+")")
		args = append(args, jsonIDs(f.People))
	}
	query := "SELECT " + disciplineCols + " FROM org_disciplines"
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY person, decided, id"
	var out []org.Discipline
	err := s.query(ctx, op, "filter", "", s.db.SQL, query, args, func(rows *sql.Rows) error {
		d, err := scanDiscipline(rows)
		if err != nil {
			return err
		}
		if f.Year == 0 || d.InForceIn(f.Year) {
			out = append(out, d)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
