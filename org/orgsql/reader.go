package orgsql

import (
	"context"
	"database/sql"
	"errors"

	"github.com/thidua-go/thidua/internal/sqldb"
	"github.com/thidua-go/thidua/org"
)

// txReader is the org.Reader of the checks inside a write transaction: what
// the checks read is what the transaction then writes over.
type txReader struct {
	s  *Store
	tx sqldb.Querier
	// people caches FindPerson within one batch (AddPersonYears), whose
	// records do not change the people they read.
	people map[org.PersonID]*org.Person
	// years, when not nil, holds the yearly records stored for the people
	// in people, and those the batch has written so far: HasPersonYear
	// answers from it for them.
	years map[yearKey]bool
	// units, when not nil, caches FindUnit within one batch (AddPeople),
	// which does not change units.
	units map[org.UnitID]*org.Unit
}

type yearKey struct {
	person org.PersonID
	year   int
}

var _ org.Reader = (*txReader)(nil)

func (r *txReader) FindUnit(ctx context.Context, id org.UnitID) (org.Unit, bool, error) {
	if r.units == nil {
		return r.s.findUnit(ctx, r.tx, id)
	}
	if u, ok := r.units[id]; ok {
		if u == nil {
			return org.Unit{}, false, nil
		}
		return *u, true, nil
	}
	u, ok, err := r.s.findUnit(ctx, r.tx, id)
	if err != nil {
		return org.Unit{}, false, err
	}
	if ok {
		r.units[id] = &u
	} else {
		r.units[id] = nil
	}
	return u, ok, nil
}

func (s *Store) findUnit(ctx context.Context, q sqldb.Querier, id org.UnitID) (org.Unit, bool, error) {
	u, err := scanUnit(q.QueryRowContext(ctx, s.q("SELECT "+unitCols+" FROM org_units WHERE id = ?"), string(id)))
	if errors.Is(err, sql.ErrNoRows) {
		return org.Unit{}, false, nil
	}
	if err != nil {
		return org.Unit{}, false, err
	}
	return u, true, nil
}

func (r *txReader) FindPerson(ctx context.Context, id org.PersonID) (org.Person, bool, error) {
	if p, ok := r.people[id]; ok {
		if p == nil {
			return org.Person{}, false, nil
		}
		return *p, true, nil
	}
	p, ok, err := r.s.findPerson(ctx, r.tx, id)
	if err != nil {
		return org.Person{}, false, err
	}
	if r.people != nil {
		if ok {
			r.people[id] = &p
		} else {
			r.people[id] = nil
		}
	}
	return p, ok, nil
}

func (s *Store) findPerson(ctx context.Context, q sqldb.Querier, id org.PersonID) (org.Person, bool, error) {
	rows, err := q.QueryContext(ctx, s.q("SELECT "+personJoinCols+
		" FROM org_people p LEFT JOIN org_assignments a ON a.person = p.id WHERE p.id = ? ORDER BY a.seq"), string(id))
	if err != nil {
		return org.Person{}, false, err
	}
	defer rows.Close()
	var out org.Person
	found := false
	err = scanPeople(rows, func(p *org.Person, _ string) error {
		out, found = *p, true
		return nil
	})
	return out, found, err
}

func (r *txReader) UnitDependents(ctx context.Context, id org.UnitID) (org.Dependents, error) {
	var d org.Dependents
	rows, err := r.tx.QueryContext(ctx, r.s.q("SELECT "+unitCols+" FROM org_units WHERE parent = ?"), string(id))
	if err != nil {
		return d, err
	}
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			rows.Close()
			return d, err
		}
		d.Children = append(d.Children, u)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, err
	}

	rows, err = r.tx.QueryContext(ctx, r.s.q("SELECT person, unit, position, period_from, period_to, concurrent FROM org_assignments WHERE unit = ?"), string(id))
	if err != nil {
		return d, err
	}
	for rows.Next() {
		var pp org.PersonPost
		var from, to string
		var conc int
		if err := rows.Scan(&pp.Person, &pp.Assignment.Unit, &pp.Assignment.Position, &from, &to, &conc); err != nil {
			rows.Close()
			return d, err
		}
		pp.Assignment.Concurrent = conc != 0
		if pp.Assignment.Period.From, err = parseDate(from); err == nil {
			pp.Assignment.Period.To, err = parseDate(to)
		}
		if err != nil {
			rows.Close()
			return d, err
		}
		d.Posts = append(d.Posts, pp)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, err
	}

	rows, err = r.tx.QueryContext(ctx, r.s.q("SELECT year FROM org_unit_years WHERE unit = ?"), string(id))
	if err != nil {
		return d, err
	}
	for rows.Next() {
		var y int
		if err := rows.Scan(&y); err != nil {
			rows.Close()
			return d, err
		}
		d.Years = append(d.Years, y)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, err
	}

	d.Successions, err = r.s.successions(ctx, r.tx, id, "")
	return d, err
}

func (r *txReader) SuccessionFrom(ctx context.Context, id org.UnitID) (org.Succession, bool, error) {
	ss, err := r.s.successions(ctx, r.tx, id, "from")
	if err != nil || len(ss) == 0 {
		return org.Succession{}, false, err
	}
	return ss[0], true, nil
}

func (r *txReader) PersonYearsOf(ctx context.Context, person org.PersonID) ([]org.PersonYear, error) {
	rows, err := r.tx.QueryContext(ctx, r.s.q("SELECT "+personYearCols+" FROM org_person_years WHERE person = ?"), string(person))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []org.PersonYear
	for rows.Next() {
		py, err := scanPersonYear(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, py)
	}
	return out, rows.Err()
}

func (r *txReader) exists(ctx context.Context, query string, args ...any) (bool, error) {
	var one int
	err := r.tx.QueryRowContext(ctx, r.s.q(query), args...).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

func (r *txReader) HasPersonYear(ctx context.Context, person org.PersonID, year int) (bool, error) {
	if r.years != nil {
		if _, cached := r.people[person]; cached {
			return r.years[yearKey{person, year}], nil
		}
	}
	return r.exists(ctx, "SELECT 1 FROM org_person_years WHERE person = ? AND year = ?", string(person), year)
}

func (r *txReader) HasUnitYear(ctx context.Context, unit org.UnitID, year int) (bool, error) {
	return r.exists(ctx, "SELECT 1 FROM org_unit_years WHERE unit = ? AND year = ?", string(unit), year)
}

func (r *txReader) HasDiscipline(ctx context.Context, id string) (bool, error) {
	return r.exists(ctx, "SELECT 1 FROM org_disciplines WHERE id = ?", id)
}
