package orgsql

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/sqldb"
	"github.com/thidua-go/thidua/org"
)

// write runs fn in a write transaction with a reader for the checks, and
// classifies a driver error into the domain's sentinels for op on the
// record kind/id.
func (s *Store) write(ctx context.Context, op, kind, id string, fn func(tx *sql.Tx, r *txReader) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		return fn(tx, &txReader{s: s, tx: tx})
	})
	return sqldb.Classify(op, kind, id, err)
}

func (s *Store) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) error {
	_, err := tx.ExecContext(ctx, s.q(query), args...)
	return err
}

// AddUnit implements org.Store.
func (s *Store) AddUnit(ctx context.Context, u org.Unit) error {
	return s.write(ctx, "org: add unit", "unit", string(u.ID), func(tx *sql.Tx, r *txReader) error {
		u, err := org.CheckAddUnit(ctx, r, s.scale, u)
		if err != nil {
			return err
		}
		if err := s.exec(ctx, tx, "INSERT INTO org_units (id, name, short_name, level, parent, exists_from, exists_to, name_key, short_key, sector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
			string(u.ID), u.Name, u.ShortName, u.Level, nullID(u.Parent), dateText(u.Exists.From), dateText(u.Exists.To),
			org.NameKey(u.Name), org.NameKey(u.ShortName), nullID(u.Sector)); err != nil {
			return err
		}
		return s.putFormer(ctx, tx, u)
	})
}

func (s *Store) putUnit(ctx context.Context, tx *sql.Tx, u org.Unit) error {
	if err := s.exec(ctx, tx, "UPDATE org_units SET name = ?, short_name = ?, level = ?, parent = ?, exists_from = ?, exists_to = ?, name_key = ?, short_key = ?, sector = ? WHERE id = ?",
		u.Name, u.ShortName, u.Level, nullID(u.Parent), dateText(u.Exists.From), dateText(u.Exists.To),
		org.NameKey(u.Name), org.NameKey(u.ShortName), nullID(u.Sector), string(u.ID)); err != nil {
		return err
	}
	return s.putFormer(ctx, tx, u)
}

// putFormer stores the unit's former names, as JSON, or none.
func (s *Store) putFormer(ctx context.Context, tx *sql.Tx, u org.Unit) error {
	if err := s.exec(ctx, tx, "DELETE FROM org_unit_former WHERE unit = ?", string(u.ID)); err != nil {
		return err
	}
	if len(u.Former) == 0 {
		return nil
	}
	b, err := json.Marshal(u.Former)
	if err != nil {
		return err
	}
	return s.exec(ctx, tx, "INSERT INTO org_unit_former (unit, names) VALUES (?, ?)", string(u.ID), string(b))
}

// RenameUnit implements org.Store.
func (s *Store) RenameUnit(ctx context.Context, id org.UnitID, on thidua.Date, name, shortName, note string) error {
	return s.write(ctx, "org: rename unit", "unit", string(id), func(tx *sql.Tx, r *txReader) error {
		u, err := org.CheckRenameUnit(ctx, r, id, on, name, shortName, note)
		if err != nil {
			return err
		}
		return s.putUnit(ctx, tx, u)
	})
}

// CorrectUnit implements org.Store.
func (s *Store) CorrectUnit(ctx context.Context, u org.Unit, c thidua.Correction) error {
	return s.write(ctx, "org: correct unit", "unit", string(u.ID), func(tx *sql.Tx, r *txReader) error {
		u, old, err := org.CheckCorrectUnit(ctx, r, s.scale, u, c)
		if err != nil {
			return err
		}
		if err := s.keepVersion(ctx, tx, unitHistory, old.Old, old.Correction, string(u.ID)); err != nil {
			return err
		}
		return s.putUnit(ctx, tx, u)
	})
}

// A historyTable is where the versions of one kind of record are kept,
// and the columns of the record's key.
type historyTable struct{ table, key string }

var (
	unitHistory       = historyTable{"org_unit_corrections", "unit"}
	personYearHistory = historyTable{"org_person_year_corrections", "person, year"}
	unitYearHistory   = historyTable{"org_unit_year_corrections", "unit, year"}
)

// keepVersion stores old, the version of the record with the key values
// replaced by the correction c, after those kept already.
func (s *Store) keepVersion(ctx context.Context, tx *sql.Tx, h historyTable, old any, c thidua.Correction, key ...any) error {
	b, err := json.Marshal(old)
	if err != nil {
		return err
	}
	cond := strings.ReplaceAll(h.key, ",", " = ? AND") + " = ?"
	var seq int
	if err := tx.QueryRowContext(ctx, s.q("SELECT COALESCE(MAX(seq), 0) + 1 FROM "+h.table+" WHERE "+cond), key...).Scan(&seq); err != nil {
		return err
	}
	marks := strings.Repeat("?, ", len(key))
	args := append(append([]any{}, key...), seq, string(b), c.By, dateText(c.On), c.Reason)
	return s.exec(ctx, tx, "INSERT INTO "+h.table+" ("+h.key+", seq, old, by_whom, on_date, reason) VALUES ("+marks+"?, ?, ?, ?, ?)", args...)
}

// UpdateUnit implements org.Store.
func (s *Store) UpdateUnit(ctx context.Context, u org.Unit) error {
	return s.write(ctx, "org: update unit", "unit", string(u.ID), func(tx *sql.Tx, r *txReader) error {
		u, err := org.CheckUpdateUnit(ctx, r, s.scale, u)
		if err != nil {
			return err
		}
		return s.putUnit(ctx, tx, u)
	})
}

// EndUnit implements org.Store.
func (s *Store) EndUnit(ctx context.Context, id org.UnitID, last thidua.Date) error {
	return s.write(ctx, "org: end unit", "unit", string(id), func(tx *sql.Tx, r *txReader) error {
		u, err := org.CheckEndUnit(ctx, r, s.scale, id, last)
		if err != nil {
			return err
		}
		return s.putUnit(ctx, tx, u)
	})
}

// successionKey is the key of a succession: its units and date, which no
// other succession shares (a unit is succeeded once).
func successionKey(sc org.Succession) string {
	var b []byte
	for i, u := range sc.From {
		if i > 0 {
			b = append(b, '+')
		}
		b = append(b, u...)
	}
	b = append(b, '>')
	for i, u := range sc.To {
		if i > 0 {
			b = append(b, '+')
		}
		b = append(b, u...)
	}
	b = append(b, '@')
	b = append(b, sc.Date.String()...)
	return string(b)
}

// AddSuccession implements org.Store.
func (s *Store) AddSuccession(ctx context.Context, sc org.Succession) error {
	return s.write(ctx, "org: add succession", "succession", "", func(tx *sql.Tx, r *txReader) error {
		sc, err := org.CheckAddSuccession(ctx, r, sc)
		if err != nil {
			return err
		}
		key := successionKey(sc)
		if err := s.exec(ctx, tx, "INSERT INTO org_successions (id, kind, date, note) VALUES (?, ?, ?, ?)",
			key, int(sc.Kind), dateText(sc.Date), sc.Note); err != nil {
			return err
		}
		for _, side := range []struct {
			name  string
			units []org.UnitID
		}{{"from", sc.From}, {"to", sc.To}} {
			for _, u := range side.units {
				if err := s.exec(ctx, tx, "INSERT INTO org_succession_units (succession, side, unit) VALUES (?, ?, ?)",
					key, side.name, string(u)); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// insertAssignments writes the person's assignments, numbered in order.
func (s *Store) insertAssignments(ctx context.Context, tx *sql.Tx, p org.Person) error {
	for i, a := range p.Assignments {
		if err := s.exec(ctx, tx, "INSERT INTO org_assignments (person, seq, unit, position, period_from, period_to, concurrent) VALUES (?, ?, ?, ?, ?, ?, ?)",
			string(p.ID), i, string(a.Unit), a.Position, dateText(a.Period.From), dateText(a.Period.To), boolInt(a.Concurrent)); err != nil {
			return err
		}
	}
	return nil
}

// AddPerson implements org.Store.
func (s *Store) AddPerson(ctx context.Context, p org.Person) error {
	return s.write(ctx, "org: add person", "person", string(p.ID), func(tx *sql.Tx, r *txReader) error {
		p, err := org.CheckAddPerson(ctx, r, p)
		if err != nil {
			return err
		}
		if err := s.exec(ctx, tx, "INSERT INTO org_people (id, full_name, name_key, gender, birth_date, recruited) VALUES (?, ?, ?, ?, ?, ?)",
			string(p.ID), p.FullName, org.NameKey(p.FullName), int(p.Gender), dateText(p.BirthDate), dateText(p.Recruited)); err != nil {
			return err
		}
		return s.insertAssignments(ctx, tx, p)
	})
}

// AddPeople implements org.Store: one transaction for the batch, and a
// constant number of statements for each 500 people. It finds which of the
// IDs are stored and reads the units of their posts with two queries,
// checks each person with org.CheckAddPerson against them and the people
// before it, and inserts 500 people (and their posts) to a statement.
func (s *Store) AddPeople(ctx context.Context, ps []org.Person) error {
	const op = "org: add person"
	if len(ps) == 0 {
		return ctx.Err()
	}
	return s.write(ctx, op, "person", "", func(tx *sql.Tx, r *txReader) error {
		r.people = make(map[org.PersonID]*org.Person, len(ps))
		r.units = make(map[org.UnitID]*org.Unit)
		ids := make([]org.PersonID, len(ps))
		for i, p := range ps {
			ids[i] = p.ID
			r.people[p.ID] = nil
		}
		// A stored person is found; the checks need only that it is.
		stored := &org.Person{}
		rows, err := tx.QueryContext(ctx, s.q("SELECT id FROM org_people WHERE id IN ("+s.idSet()+")"), jsonIDs(ids))
		if err != nil {
			return err
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			r.people[org.PersonID(id)] = stored
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if err := s.prefetchUnits(ctx, tx, r, ps); err != nil {
			return err
		}
		checked := make([]org.Person, 0, len(ps))
		for _, p := range ps {
			p, err := org.CheckAddPerson(ctx, r, p)
			if err != nil {
				return err
			}
			r.people[p.ID] = stored
			checked = append(checked, p)
		}
		return s.insertPeople(ctx, tx, checked)
	})
}

// prefetchUnits reads into r the units of the people's posts: one query.
func (s *Store) prefetchUnits(ctx context.Context, tx *sql.Tx, r *txReader, ps []org.Person) error {
	var ids []org.UnitID
	for _, p := range ps {
		for _, a := range p.Assignments {
			if _, ok := r.units[a.Unit]; !ok {
				r.units[a.Unit] = nil
				ids = append(ids, a.Unit)
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, s.q("SELECT "+unitCols+" FROM org_units WHERE id IN ("+s.idSet()+")"), jsonIDs(ids))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			return err
		}
		r.units[u.ID] = &u
	}
	return rows.Err()
}

// insertPeople inserts checked people and their posts, 500 rows to a
// statement.
func (s *Store) insertPeople(ctx context.Context, tx *sql.Tx, ps []org.Person) error {
	const rows = 500
	var posts []any
	nposts := 0
	flushPosts := func() error {
		if nposts == 0 {
			return nil
		}
		q := "INSERT INTO org_assignments (person, seq, unit, position, period_from, period_to, concurrent) VALUES " +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?), ", nposts), ", ")
		err := s.exec(ctx, tx, q, posts...)
		posts, nposts = posts[:0], 0
		return err
	}
	for start := 0; start < len(ps); start += rows {
		part := ps[start:min(start+rows, len(ps))]
		args := make([]any, 0, 6*len(part))
		for _, p := range part {
			args = append(args, string(p.ID), p.FullName, org.NameKey(p.FullName), int(p.Gender), dateText(p.BirthDate), dateText(p.Recruited))
		}
		q := "INSERT INTO org_people (id, full_name, name_key, gender, birth_date, recruited) VALUES " +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?), ", len(part)), ", ")
		if err := s.exec(ctx, tx, q, args...); err != nil {
			return err
		}
		for _, p := range part {
			for i, a := range p.Assignments {
				posts = append(posts, string(p.ID), i, string(a.Unit), a.Position, dateText(a.Period.From), dateText(a.Period.To), boolInt(a.Concurrent))
				if nposts++; nposts == rows {
					if err := flushPosts(); err != nil {
						return err
					}
				}
			}
		}
		if err := flushPosts(); err != nil {
			return err
		}
	}
	return nil
}

// AddAssignment implements org.Store.
func (s *Store) AddAssignment(ctx context.Context, person org.PersonID, a org.Assignment) error {
	return s.write(ctx, "org: add assignment", "person", string(person), func(tx *sql.Tx, r *txReader) error {
		p, err := org.CheckAddAssignment(ctx, r, person, a)
		if err != nil {
			return err
		}
		// The new post may sort anywhere among the others: number them
		// again.
		if err := s.exec(ctx, tx, "DELETE FROM org_assignments WHERE person = ?", string(person)); err != nil {
			return err
		}
		return s.insertAssignments(ctx, tx, p)
	})
}

// EndAssignment implements org.Store.
func (s *Store) EndAssignment(ctx context.Context, person org.PersonID, unit org.UnitID, position string, last thidua.Date) error {
	return s.write(ctx, "org: end assignment", "assignment", string(person), func(tx *sql.Tx, r *txReader) error {
		p, i, err := org.CheckEndAssignment(ctx, r, person, unit, position, last)
		if err != nil {
			return err
		}
		// Ending a post keeps its start: the order, and so seq, holds.
		return s.exec(ctx, tx, "UPDATE org_assignments SET period_to = ? WHERE person = ? AND seq = ?",
			dateText(p.Assignments[i].Period.To), string(person), i)
	})
}

func personYearKey(py org.PersonYear) string { return string(py.Person) + "/" + itoa(py.Year) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func (s *Store) putPersonYear(ctx context.Context, tx *sql.Tx, r *txReader, py org.PersonYear) error {
	py, err := org.CheckPersonYear(ctx, r, py, false)
	if err != nil {
		return err
	}
	return s.exec(ctx, tx, "INSERT INTO org_person_years (person, year, unit, rating, days_worked, absences) VALUES (?, ?, ?, ?, ?, ?)",
		string(py.Person), py.Year, string(py.Unit), int(py.Rating), py.DaysWorked, absencesText(py.Absences))
}

// AddPersonYear implements org.Store.
func (s *Store) AddPersonYear(ctx context.Context, py org.PersonYear) error {
	return s.write(ctx, "org: add person-year", "person-year", personYearKey(py), func(tx *sql.Tx, r *txReader) error {
		return s.putPersonYear(ctx, tx, r, py)
	})
}

// AddPersonYears implements org.Store: one transaction for the batch, and
// a constant number of statements for each 500 records. It reads the
// people of the batch and their stored years at once, checks each record
// with org.CheckPersonYear against them and the records before it, and
// inserts the records 500 to a statement.
func (s *Store) AddPersonYears(ctx context.Context, pys []org.PersonYear) error {
	const op = "org: add person-year"
	if len(pys) == 0 {
		return ctx.Err()
	}
	return s.write(ctx, op, "person-year", "", func(tx *sql.Tx, r *txReader) error {
		if err := s.prefetch(ctx, tx, r, pys); err != nil {
			return err
		}
		checked := make([]org.PersonYear, 0, len(pys))
		for _, py := range pys {
			py, err := org.CheckPersonYear(ctx, r, py, false)
			if err != nil {
				return err
			}
			r.years[yearKey{py.Person, py.Year}] = true
			checked = append(checked, py)
		}
		const rows = 500
		for start := 0; start < len(checked); start += rows {
			part := checked[start:min(start+rows, len(checked))]
			var b strings.Builder
			b.WriteString("INSERT INTO org_person_years (person, year, unit, rating, days_worked, absences) VALUES ")
			args := make([]any, 0, 6*len(part))
			for i, py := range part {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString("(?, ?, ?, ?, ?, ?)")
				args = append(args, string(py.Person), py.Year, string(py.Unit), int(py.Rating), py.DaysWorked, absencesText(py.Absences))
			}
			if err := s.exec(ctx, tx, b.String(), args...); err != nil {
				return err
			}
		}
		return nil
	})
}

// prefetch reads into r the people of the records, with their
// assignments, and the years of their stored records: two queries.
func (s *Store) prefetch(ctx context.Context, tx *sql.Tx, r *txReader, pys []org.PersonYear) error {
	ids := make([]org.PersonID, 0, len(pys))
	r.people = make(map[org.PersonID]*org.Person)
	r.years = make(map[yearKey]bool)
	for _, py := range pys {
		if _, ok := r.people[py.Person]; !ok {
			r.people[py.Person] = nil
			ids = append(ids, py.Person)
		}
	}
	set := jsonIDs(ids)
	rows, err := tx.QueryContext(ctx, s.q("SELECT "+personJoinCols+
		" FROM org_people p LEFT JOIN org_assignments a ON a.person = p.id WHERE p.id IN ("+s.idSet()+") ORDER BY p.id, a.seq"), set)
	if err != nil {
		return err
	}
	err = scanPeople(rows, func(p *org.Person, _ string) error {
		r.people[p.ID] = p
		return nil
	})
	rows.Close()
	if err != nil {
		return err
	}
	rows, err = tx.QueryContext(ctx, s.q("SELECT person, year FROM org_person_years WHERE person IN ("+s.idSet()+")"), set)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k yearKey
		if err := rows.Scan(&k.person, &k.year); err != nil {
			return err
		}
		r.years[k] = true
	}
	return rows.Err()
}

// ReplacePersonYear implements org.Store: the stored version is kept
// with the correction, then replaced.
func (s *Store) ReplacePersonYear(ctx context.Context, py org.PersonYear, c thidua.Correction) error {
	return s.write(ctx, "org: replace person-year", "person-year", personYearKey(py), func(tx *sql.Tx, r *txReader) error {
		py, c, err := org.CheckReplacePersonYear(ctx, r, py, c)
		if err != nil {
			return err
		}
		old, err := scanPersonYear(tx.QueryRowContext(ctx, s.q("SELECT "+personYearCols+" FROM org_person_years WHERE person = ? AND year = ?"),
			string(py.Person), py.Year))
		if err != nil {
			return err
		}
		if err := s.keepVersion(ctx, tx, personYearHistory, old, c, string(py.Person), py.Year); err != nil {
			return err
		}
		return s.exec(ctx, tx, "UPDATE org_person_years SET unit = ?, rating = ?, days_worked = ?, absences = ? WHERE person = ? AND year = ?",
			string(py.Unit), int(py.Rating), py.DaysWorked, absencesText(py.Absences), string(py.Person), py.Year)
	})
}

// AddUnitYear implements org.Store.
func (s *Store) AddUnitYear(ctx context.Context, uy org.UnitYear) error {
	return s.write(ctx, "org: add unit-year", "unit-year", string(uy.Unit)+"/"+itoa(uy.Year), func(tx *sql.Tx, r *txReader) error {
		uy, err := org.CheckUnitYear(ctx, r, uy, false)
		if err != nil {
			return err
		}
		return s.exec(ctx, tx, "INSERT INTO org_unit_years (unit, year, rating, exceeded_targets) VALUES (?, ?, ?, ?)",
			string(uy.Unit), uy.Year, int(uy.Rating), boolInt(uy.ExceededTargets))
	})
}

// ReplaceUnitYear implements org.Store: the stored version is kept with
// the correction, then replaced.
func (s *Store) ReplaceUnitYear(ctx context.Context, uy org.UnitYear, c thidua.Correction) error {
	return s.write(ctx, "org: replace unit-year", "unit-year", string(uy.Unit)+"/"+itoa(uy.Year), func(tx *sql.Tx, r *txReader) error {
		uy, c, err := org.CheckReplaceUnitYear(ctx, r, uy, c)
		if err != nil {
			return err
		}
		old, err := scanUnitYear(tx.QueryRowContext(ctx, s.q("SELECT "+unitYearCols+" FROM org_unit_years WHERE unit = ? AND year = ?"),
			string(uy.Unit), uy.Year))
		if err != nil {
			return err
		}
		if err := s.keepVersion(ctx, tx, unitYearHistory, old, c, string(uy.Unit), uy.Year); err != nil {
			return err
		}
		return s.exec(ctx, tx, "UPDATE org_unit_years SET rating = ?, exceeded_targets = ? WHERE unit = ? AND year = ?",
			int(uy.Rating), boolInt(uy.ExceededTargets), string(uy.Unit), uy.Year)
	})
}

// AddHistory implements org.Store.
func (s *Store) AddHistory(ctx context.Context, h org.History) error {
	return s.write(ctx, "org: add history", "history", "", func(tx *sql.Tx, r *txReader) error {
		h, err := org.CheckAddHistory(ctx, r, h)
		if err != nil {
			return err
		}
		for _, uc := range h.Units {
			if err := s.keepVersion(ctx, tx, unitHistory, uc.Old, uc.Correction, string(uc.Old.ID)); err != nil {
				return err
			}
		}
		for _, pc := range h.PersonYears {
			if err := s.keepVersion(ctx, tx, personYearHistory, pc.Old, pc.Correction, string(pc.Old.Person), pc.Old.Year); err != nil {
				return err
			}
		}
		for _, yc := range h.UnitYears {
			if err := s.keepVersion(ctx, tx, unitYearHistory, yc.Old, yc.Correction, string(yc.Old.Unit), yc.Old.Year); err != nil {
				return err
			}
		}
		return nil
	})
}

// AddDiscipline implements org.Store.
func (s *Store) AddDiscipline(ctx context.Context, d org.Discipline) error {
	return s.write(ctx, "org: add discipline", "discipline", d.ID, func(tx *sql.Tx, r *txReader) error {
		d, err := org.CheckAddDiscipline(ctx, r, d)
		if err != nil {
			return err
		}
		return s.exec(ctx, tx, "INSERT INTO org_disciplines (id, person, form, decided, in_force_from, in_force_to, decision) VALUES (?, ?, ?, ?, ?, ?, ?)",
			d.ID, string(d.Person), int(d.Form), dateText(d.Decided), dateText(d.InForce.From), dateText(d.InForce.To), d.Decision)
	})
}
