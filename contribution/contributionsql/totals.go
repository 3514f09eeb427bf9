package contributionsql

import (
	"context"
	"database/sql"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/internal/sqldb"
)

// dimCols are the columns each dimension groups on.
var dimCols = map[contribution.Dim][]string{
	contribution.ByPurpose:     {"purpose"},
	contribution.BySource:      {"source"},
	contribution.ByStatus:      {"status"},
	contribution.ByYear:        {"year"},
	contribution.ByUnit:        {"unit"},
	contribution.ByMovement:    {"movement"},
	contribution.ByContributor: {"contributor_kind", "contributor_unit", "contributor_person", "contributor_name"},
}

// Totals implements contribution.Store.Totals with one GROUP BY query:
// the database groups the entries by the dimensions asked and by item
// kind (money apart from each kind of items) and sums them exactly, and
// contribution.Summer — the code behind contribution.Aggregate — turns the
// groups into rows, so the result equals Aggregate over the same entries.
//
// On PostgreSQL the sums are NUMERIC. On SQLite, whose SUM over text is a
// float, each entry's worth (its amount, or count × value per item) is
// kept as exact text and, when it is a whole number of đồng within int64,
// also as two integers hi and lo with worth = hi × 10^9 + lo: SUM(hi) and
// SUM(lo) stay exact integers for up to 10^9 entries, and the few other
// worths (fractions of a đồng, amounts beyond int64) come back per group as
// text (group_concat) and are added as decimals. Item counts are summed
// the same way. When the absolute item counts of a group could overflow
// int64 the store falls back to summing the listed entries in posting
// order, so even the overflow error is Aggregate's.
func (s *Store) Totals(ctx context.Context, f contribution.Filter, by ...contribution.Dim) (contribution.Totals, error) {
	const op = "contributionsql: totals"
	if err := ctx.Err(); err != nil {
		return contribution.Totals{}, err
	}
	sum, err := contribution.NewSummer(f, by...)
	if err != nil {
		return contribution.Totals{}, err
	}
	w, args, exact := s.where(f)
	if !exact {
		return s.slowTotals(ctx, f, by)
	}
	var dims []contribution.Dim
	var cols []string
	for d := contribution.ByPurpose; d <= contribution.ByContributor; d++ {
		if slices.Contains(by, d) && d != contribution.ByKind {
			dims = append(dims, d)
			cols = append(cols, dimCols[d]...)
		}
	}
	cols = append(cols, "item_kind")
	group := strings.Join(cols, ", ")
	var aggs string
	if s.db.Dialect == sqldb.Postgres {
		aggs = "COUNT(*), SUM(worth)::text, SUM(item_count)::text, SUM(unvalued)::text, MAX(ABS(item_count))"
	} else {
		aggs = "COUNT(*), SUM(worth_hi), SUM(worth_lo), group_concat(CASE WHEN worth_hi IS NULL THEN worth END, ' '), " +
			"SUM(item_count / 1000000000), SUM(item_count % 1000000000), SUM(unvalued / 1000000000), SUM(unvalued % 1000000000), MAX(ABS(item_count))"
	}
	q := "SELECT " + group + ", " + aggs + " FROM " + table + w + " GROUP BY " + group
	rows, err := s.db.SQL.QueryContext(ctx, s.db.Q(q), args...)
	if err != nil {
		return contribution.Totals{}, sqldb.Classify(op, "", "", err)
	}
	defer rows.Close()
	byKind := slices.Contains(by, contribution.ByKind)
	var (
		key                  contribution.GroupKey
		kind                 string
		n                    int64
		maxAbs               sql.NullInt64
		pgWorth, pgCnt, pgUn sql.NullString
		hi, lo, cHi, cLo     sql.NullInt64
		uHi, uLo             sql.NullInt64
		exactList            sql.NullString
	)
	dest := make([]any, 0, len(cols)+9)
	for _, d := range dims {
		switch d {
		case contribution.ByPurpose:
			dest = append(dest, &key.Purpose)
		case contribution.BySource:
			dest = append(dest, &key.Source)
		case contribution.ByStatus:
			dest = append(dest, &key.Status)
		case contribution.ByYear:
			dest = append(dest, &key.Year)
		case contribution.ByUnit:
			dest = append(dest, &key.Unit)
		case contribution.ByMovement:
			dest = append(dest, &key.Movement)
		case contribution.ByContributor:
			dest = append(dest, &key.Contributor.Kind, &key.Contributor.Unit, &key.Contributor.Person, &key.Contributor.Name)
		}
	}
	dest = append(dest, &kind, &n)
	if s.db.Dialect == sqldb.Postgres {
		dest = append(dest, &pgWorth, &pgCnt, &pgUn, &maxAbs)
	} else {
		dest = append(dest, &hi, &lo, &exactList, &cHi, &cLo, &uHi, &uLo, &maxAbs)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return contribution.Totals{}, sqldb.Classify(op, "", "", err)
		}
		k := key
		if byKind {
			k.Kind = kind
		}
		var worth decimal.Decimal
		var count, unvalued int64
		if s.db.Dialect == sqldb.Postgres {
			if worth, err = decimal.NewFromString(pgWorth.String); err != nil {
				return contribution.Totals{}, sqldb.Classify(op, "", "", err)
			}
			var ok1, ok2 bool
			count, ok1 = parseInt(pgCnt.String)
			unvalued, ok2 = parseInt(pgUn.String)
			if !ok1 || !ok2 {
				return s.slowTotals(ctx, f, by)
			}
		} else {
			worth = hiLo(hi.Int64, lo.Int64)
			if exactList.Valid {
				if worth, err = sumText(worth, exactList.String); err != nil {
					return contribution.Totals{}, sqldb.Classify(op, "", "", err)
				}
			}
			var ok1, ok2 bool
			count, ok1 = fromHiLo(cHi.Int64, cLo.Int64)
			unvalued, ok2 = fromHiLo(uHi.Int64, uLo.Int64)
			if !ok1 || !ok2 {
				return s.slowTotals(ctx, f, by)
			}
		}
		if kind == "" {
			sum.AddMoney(k, int(n), worth)
			continue
		}
		// Aggregate adds counts one entry at a time and fails on an
		// overflowing partial sum; none can overflow if n × max|count|
		// fits, otherwise sum the entries themselves.
		if maxAbs.Int64 > 0 && n > math.MaxInt64/maxAbs.Int64 {
			return s.slowTotals(ctx, f, by)
		}
		if err := sum.AddItems(k, kind, int(n), count, worth, unvalued); err != nil {
			return contribution.Totals{}, err
		}
	}
	if err := rows.Err(); err != nil {
		return contribution.Totals{}, sqldb.Classify(op, "", "", err)
	}
	if err := ctx.Err(); err != nil {
		return contribution.Totals{}, err
	}
	return sum.Totals()
}

// slowTotals sums the listed entries one by one, in posting order, as
// Aggregate does.
func (s *Store) slowTotals(ctx context.Context, f contribution.Filter, by []contribution.Dim) (contribution.Totals, error) {
	es, err := s.List(ctx, f)
	if err != nil {
		return contribution.Totals{}, err
	}
	sum, err := contribution.NewSummer(f, by...)
	if err != nil {
		return contribution.Totals{}, err
	}
	for _, e := range es {
		if err := sum.Add(e); err != nil {
			return contribution.Totals{}, err
		}
	}
	return sum.Totals()
}

func parseInt(s string) (int64, bool) {
	if s == "" {
		return 0, true
	}
	v, err := strconv.ParseInt(s, 10, 64)
	return v, err == nil
}

// fromHiLo returns hi × 10^9 + lo if it fits an int64.
func fromHiLo(hi, lo int64) (int64, bool) {
	const b = 1_000_000_000
	if hi > math.MaxInt64/b || hi < math.MinInt64/b {
		return 0, false
	}
	v := hi * b
	s := v + lo
	if (s^v)&(s^lo) < 0 {
		return 0, false
	}
	return s, true
}
