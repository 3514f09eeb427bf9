package orgsql

import (
	"context"
	"database/sql"
	"encoding/json"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/sqldb"
	"github.com/thidua-go/thidua/org"
)

// versions reads the versions kept in the table h whose key columns match
// cond and args (all of them when cond is empty), in the order of their
// key then of the corrections, and calls add for each with the old
// version's JSON and its correction.
func (s *Store) versions(ctx context.Context, op, kind, id string, h historyTable, cond string, args []any, add func(old []byte, c thidua.Correction) error) error {
	query := "SELECT old, by_whom, on_date, reason FROM " + h.table
	if cond != "" {
		query += " WHERE " + cond
	}
	query += " ORDER BY " + h.key + ", seq"
	return s.query(ctx, op, kind, id, s.db.SQL, query, args, func(rows *sql.Rows) error {
		var old, on string
		var c thidua.Correction
		if err := rows.Scan(&old, &c.By, &on, &c.Reason); err != nil {
			return err
		}
		var err error
		if c.On, err = parseDate(on); err != nil {
			return err
		}
		return add([]byte(old), c)
	})
}

// exists reports whether the query finds a row.
func (s *Store) exists(ctx context.Context, query string, args ...any) (bool, error) {
	var one int
	err := s.db.SQL.QueryRowContext(ctx, s.q(query), args...).Scan(&one)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, err
}

// UnitHistory implements org.Store.
func (s *Store) UnitHistory(ctx context.Context, id org.UnitID) ([]org.UnitCorrection, error) {
	const op = "org: history"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := s.mustUnit(ctx, op, id); err != nil {
		return nil, err
	}
	var out []org.UnitCorrection
	err := s.versions(ctx, op, "unit", string(id), unitHistory, "unit = ?", []any{string(id)}, func(old []byte, c thidua.Correction) error {
		uc := org.UnitCorrection{Correction: c}
		out = append(out, uc)
		return json.Unmarshal(old, &out[len(out)-1].Old)
	})
	return out, err
}

// PersonYearHistory implements org.Store.
func (s *Store) PersonYearHistory(ctx context.Context, person org.PersonID, year int) ([]org.PersonYearCorrection, error) {
	const op = "org: history"
	key := string(person) + "/" + itoa(year)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if ok, err := s.exists(ctx, "SELECT 1 FROM org_person_years WHERE person = ? AND year = ?", string(person), year); err != nil {
		return nil, sqldb.Classify(op, "person-year", key, err)
	} else if !ok {
		return nil, thidua.NotFound(op, "person-year", key)
	}
	var out []org.PersonYearCorrection
	err := s.versions(ctx, op, "person-year", key, personYearHistory, "person = ? AND year = ?", []any{string(person), year}, func(old []byte, c thidua.Correction) error {
		out = append(out, org.PersonYearCorrection{Correction: c})
		return json.Unmarshal(old, &out[len(out)-1].Old)
	})
	return out, err
}

// UnitYearHistory implements org.Store.
func (s *Store) UnitYearHistory(ctx context.Context, unit org.UnitID, year int) ([]org.UnitYearCorrection, error) {
	const op = "org: history"
	key := string(unit) + "/" + itoa(year)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if ok, err := s.exists(ctx, "SELECT 1 FROM org_unit_years WHERE unit = ? AND year = ?", string(unit), year); err != nil {
		return nil, sqldb.Classify(op, "unit-year", key, err)
	} else if !ok {
		return nil, thidua.NotFound(op, "unit-year", key)
	}
	var out []org.UnitYearCorrection
	err := s.versions(ctx, op, "unit-year", key, unitYearHistory, "unit = ? AND year = ?", []any{string(unit), year}, func(old []byte, c thidua.Correction) error {
		out = append(out, org.UnitYearCorrection{Correction: c})
		return json.Unmarshal(old, &out[len(out)-1].Old)
	})
	return out, err
}

// History implements org.Store: three queries.
func (s *Store) History(ctx context.Context) (org.History, error) {
	const op = "org: history"
	var h org.History
	err := s.versions(ctx, op, "unit", "", unitHistory, "", nil, func(old []byte, c thidua.Correction) error {
		h.Units = append(h.Units, org.UnitCorrection{Correction: c})
		return json.Unmarshal(old, &h.Units[len(h.Units)-1].Old)
	})
	if err != nil {
		return org.History{}, err
	}
	err = s.versions(ctx, op, "person-year", "", personYearHistory, "", nil, func(old []byte, c thidua.Correction) error {
		h.PersonYears = append(h.PersonYears, org.PersonYearCorrection{Correction: c})
		return json.Unmarshal(old, &h.PersonYears[len(h.PersonYears)-1].Old)
	})
	if err != nil {
		return org.History{}, err
	}
	err = s.versions(ctx, op, "unit-year", "", unitYearHistory, "", nil, func(old []byte, c thidua.Correction) error {
		h.UnitYears = append(h.UnitYears, org.UnitYearCorrection{Correction: c})
		return json.Unmarshal(old, &h.UnitYears[len(h.UnitYears)-1].Old)
	})
	if err != nil {
		return org.History{}, err
	}
	return h, nil
}
