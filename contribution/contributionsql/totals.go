package contributionsql

import (
	"context"
	"database/sql"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
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

// Totals implements contribution.Store.Totals with GROUP BY in the
// database, a constant number of queries (three to five) whatever the number
// of entries: the database groups by the dimensions asked and by item kind
// (money apart from each kind of items) and sums exactly, and
// contribution.Summer — the code behind contribution.Aggregate — turns the
// groups into rows, so the result equals Aggregate over the same entries.
//
// Totals that need no contributor group contribution_sums, the running
// totals per combination of status, source, purpose, year, unit, movement
// and item kind that every write keeps in its own transaction, for the
// whole years of the period, and the entries for the days of the years it
// cuts; totals by or of contributors group the entries. Entries with
// shares are in neither: two more queries read them and their shares, and
// contribution.Summer filters them and adds them share by share.
//
// On PostgreSQL the sums are NUMERIC. On SQLite, whose SUM over text is a
// float, each entry's worth (its amount, or count × value per item) is
// kept as exact text and, when it is a whole number of đồng within int64,
// also as two integers hi and lo with worth = hi × 10^9 + lo: SUM(hi) and
// SUM(lo) stay exact integers for up to 10^9 entries, and the few other
// worths (fractions of a đồng, amounts beyond int64) are read per group as
// text (group_concat, through a partial index) and added as decimals.
// Item counts are summed the same way. When the absolute item counts of a
// group could overflow int64 the store sums the listed entries in posting
// order instead, so that even the overflow error is Aggregate's.
func (s *Store) Totals(ctx context.Context, f contribution.Filter, by ...contribution.Dim) (contribution.Totals, error) {
	const op = "contributionsql: totals"
	if err := ctx.Err(); err != nil {
		return contribution.Totals{}, err
	}
	sum, err := contribution.NewSummer(f, by...)
	if err != nil {
		return contribution.Totals{}, err
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
	pg := s.db.Dialect == sqldb.Postgres
	var sumsQ, entriesQ string
	if pg {
		sumsQ = "SELECT " + group + ", SUM(entries), SUM(worth)::text, SUM(count_sum)::text, SUM(unvalued_sum)::text, MAX(max_count) FROM contribution_sums"
		entriesQ = "SELECT " + group + ", COUNT(*), SUM(worth)::text, SUM(item_count)::text, SUM(unvalued)::text, MAX(ABS(item_count)) FROM " + table
	} else {
		sumsQ = "SELECT " + group + ", SUM(entries), SUM(worth_hi), SUM(worth_lo), NULL, SUM(count_hi), SUM(count_lo), SUM(unvalued_hi), SUM(unvalued_lo), MAX(max_count) FROM contribution_sums"
		entriesQ = "SELECT " + group + ", COUNT(*), SUM(worth_hi), SUM(worth_lo), group_concat(CASE WHEN worth_hi IS NULL THEN worth END, ' '), " +
			"SUM(item_count / 1000000000), SUM(item_count % 1000000000), SUM(unvalued / 1000000000), SUM(unvalued % 1000000000), MAX(ABS(item_count)) FROM " + table
	}
	type run struct {
		q     string
		args  []any
		extra bool
	}
	var runs []run
	from, to, edges, full := splitYears(f.Period)
	if f.Contributors == nil && !slices.Contains(by, contribution.ByContributor) && full {
		// The whole years from the running sums…
		fy := f
		if !f.Period.IsZero() {
			fy.Period = thidua.Years(from, to)
		}
		w, args, _ := s.where(fy, whereSums)
		runs = append(runs, run{sumsQ + w + " GROUP BY " + group, args, false})
		if !pg {
			// …with the worths the sums leave out (fractions, amounts
			// beyond int64) from the entries, through a partial index…
			w, args, _ := s.where(fy, whereUnsplit)
			runs = append(runs, run{"SELECT " + group + ", group_concat(worth, ' ') FROM " + table + and(w, "worth_hi IS NULL") + " GROUP BY " + group, args, true})
		}
		// …and the days of the years the period cuts from the entries.
		if len(edges) > 0 {
			fe := f
			fe.Period = thidua.Period{}
			w, args, _ := s.where(fe, whereUnsplit)
			var or []string
			for _, p := range edges {
				or = append(or, "(year >= ? AND year <= ? AND day >= ? AND day <= ?)")
				args = append(args, p.From.Year, p.To.Year, p.From.String(), p.To.String())
			}
			if w == "" {
				w = " WHERE "
			} else {
				w += " AND "
			}
			w += "(" + strings.Join(or, " OR ") + ")"
			runs = append(runs, run{entriesQ + w + " GROUP BY " + group, args, false})
		}
	} else {
		w, args, exact := s.where(f, whereUnsplit)
		if !exact {
			return s.slowTotals(ctx, f, by)
		}
		runs = append(runs, run{entriesQ + w + " GROUP BY " + group, args, false})
	}
	parts := map[partKey]*part{}
	var order []partKey
	scan := func(q string, args []any, extra bool) error {
		rows, err := s.db.SQL.QueryContext(ctx, s.db.Q(q), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
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
		dest = append(dest, &kind)
		switch {
		case extra:
			dest = append(dest, &exactList)
		case pg:
			dest = append(dest, &n, &pgWorth, &pgCnt, &pgUn, &maxAbs)
		default:
			dest = append(dest, &n, &hi, &lo, &exactList, &cHi, &cLo, &uHi, &uLo, &maxAbs)
		}
		for rows.Next() {
			if err := rows.Scan(dest...); err != nil {
				return err
			}
			pk := partKey{key, kind}
			p := parts[pk]
			if p == nil {
				p = &part{}
				parts[pk] = p
				order = append(order, pk)
			}
			if extra {
				if p.worth, err = sumText(p.worth, exactList.String); err != nil {
					return err
				}
				continue
			}
			p.n += n
			p.maxAbs = max(p.maxAbs, maxAbs.Int64)
			var ok1, ok2 bool
			var c, u int64
			if pg {
				var w decimal.Decimal
				if pgWorth.Valid {
					if w, err = decimal.NewFromString(pgWorth.String); err != nil {
						return err
					}
				}
				p.worth = p.worth.Add(w)
				c, ok1 = parseInt(pgCnt.String)
				u, ok2 = parseInt(pgUn.String)
			} else {
				p.worth = p.worth.Add(hiLo(hi.Int64, lo.Int64))
				if exactList.Valid {
					if p.worth, err = sumText(p.worth, exactList.String); err != nil {
						return err
					}
				}
				c, ok1 = fromHiLo(cHi.Int64, cLo.Int64)
				u, ok2 = fromHiLo(uHi.Int64, uLo.Int64)
			}
			var ok3, ok4 bool
			p.count, ok3 = add64(p.count, c)
			p.unvalued, ok4 = add64(p.unvalued, u)
			if !ok1 || !ok2 || !ok3 || !ok4 {
				p.overflow = true
			}
		}
		return rows.Err()
	}
	for _, r := range runs {
		if err := scan(r.q, r.args, r.extra); err != nil {
			return contribution.Totals{}, sqldb.Classify(op, "", "", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return contribution.Totals{}, err
	}
	// Entries with shares, which neither the running sums nor the
	// grouped queries hold: share by share.
	shared, err := s.sharedEntries(ctx)
	if err != nil {
		return contribution.Totals{}, sqldb.Classify(op, "", "", err)
	}
	for _, e := range shared {
		if err := sum.Add(e); err != nil {
			return contribution.Totals{}, err
		}
	}
	byKind := slices.Contains(by, contribution.ByKind)
	for _, pk := range order {
		p := parts[pk]
		k := pk.key
		if byKind {
			k.Kind = pk.kind
		}
		if pk.kind == "" {
			sum.AddMoney(k, int(p.n), p.worth)
			continue
		}
		// Aggregate adds counts one entry at a time and fails on an
		// overflowing partial sum; none can overflow if n × max|count|
		// fits, otherwise sum the entries themselves.
		if p.overflow || p.maxAbs > 0 && p.n > math.MaxInt64/p.maxAbs {
			return s.slowTotals(ctx, f, by)
		}
		if err := sum.AddItems(k, pk.kind, int(p.n), p.count, p.worth, p.unvalued); err != nil {
			return contribution.Totals{}, err
		}
	}
	return sum.Totals()
}

// sharedEntries returns the entries with shares, in posting order and
// with their shares, for Summer to filter and add share by share. Such
// entries are few: they are found through the shares table and read by
// key, never by scanning the ledger, whatever the planner knows of it
// (a filter on other columns would let a planner without statistics walk
// an index of the ledger instead). Two statements whatever the ledger
// holds.
func (s *Store) sharedEntries(ctx context.Context) ([]contribution.Entry, error) {
	// On SQLite the unary + keeps the order off the index of seq, which
	// would walk the whole ledger in order: the entries are found by key,
	// then sorted.
	q := " WHERE id IN (SELECT entry_id FROM contribution_shares WHERE pos = 0) ORDER BY +seq"
	if s.db.Dialect == sqldb.Postgres {
		// An array the planner knows as one value: the key's index.
		q = " WHERE id = ANY(ARRAY(SELECT entry_id FROM contribution_shares WHERE pos = 0)) ORDER BY seq"
	}
	es, err := s.queryOnly(ctx, "SELECT "+s.selectCols()+" FROM "+table+q)
	if err != nil {
		return nil, err
	}
	return es, s.fillShares(ctx, s.db.SQL, es, true)
}

// partKey and part are a group's partial sums for money (kind "") or one
// kind of items.
type partKey struct {
	key  contribution.GroupKey
	kind string
}

type part struct {
	n               int64
	worth           decimal.Decimal
	count, unvalued int64
	maxAbs          int64
	overflow        bool
}

// splitYears splits p into the whole calendar years it covers, from..to,
// and the parts of the years it cuts at either end (edges). full is false
// when p covers no whole year; a zero p covers every year (from = to = 0,
// no edges).
func splitYears(p thidua.Period) (from, to int, edges []thidua.Period, full bool) {
	if p.IsZero() {
		return 0, 0, nil, true
	}
	from, to = p.From.Year, p.To.Year
	if p.From.Month != time.January || p.From.Day != 1 {
		from++
	}
	if p.To.Month != time.December || p.To.Day != 31 {
		to--
	}
	if from > to {
		return 0, 0, nil, false
	}
	if from > p.From.Year {
		edges = append(edges, thidua.Period{From: p.From, To: thidua.MustDate(p.From.Year, time.December, 31)})
	}
	if to < p.To.Year {
		edges = append(edges, thidua.Period{From: thidua.MustDate(p.To.Year, time.January, 1), To: p.To})
	}
	return from, to, edges, true
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

// add64 returns a+b and whether it did not overflow.
func add64(a, b int64) (int64, bool) {
	s := a + b
	return s, (s^a)&(s^b) >= 0
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
