package contributionsql

import (
	"context"
	"database/sql"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/internal/sqldb"
)

// sumKey is a row of contribution_sums: a combination of the small
// dimensions.
type sumKey struct {
	status, source int
	purpose        string
	year           int
	unit, movement string
	kind           string
}

// sumAdd is what entries add to a row of contribution_sums.
type sumAdd struct {
	n                int64
	worthHi, worthLo int64           // whole worths within int64 (SQLite)
	worth            decimal.Decimal // every worth (PostgreSQL)
	countHi, countLo int64
	unvHi, unvLo     int64
	maxCount         int64
}

func keyOfEntry(e contribution.Entry) sumKey {
	return sumKey{int(e.Status), int(e.Source), e.Purpose, e.Date.Year, string(e.Unit), string(e.Movement), e.Items.Kind}
}

// worthOf returns what e adds to money (or to its kind's value) and the
// count of items without a known value.
func worthOf(e contribution.Entry) (decimal.Decimal, int64) {
	if e.Items.Kind == "" {
		return e.Amount, 0
	}
	if v, ok := e.Items.Value(); ok {
		return v, 0
	}
	return decimal.Zero, e.Items.Count
}

// split returns v as hi × 10^9 + lo, both truncated toward zero like
// SQLite's integer division and remainder.
func split(v int64) (int64, int64) { return v / 1_000_000_000, v % 1_000_000_000 }

// wholeInt64 returns d as an int64 when it is a whole number that fits.
func wholeInt64(d decimal.Decimal) (int64, bool) {
	if !d.IsInteger() {
		return 0, false
	}
	b := d.BigInt()
	if !b.IsInt64() {
		return 0, false
	}
	return b.Int64(), true
}

func (a *sumAdd) add(e contribution.Entry) {
	worth, unv := worthOf(e)
	a.n++
	a.worth = a.worth.Add(worth)
	if v, ok := wholeInt64(worth); ok {
		h, l := split(v)
		a.worthHi += h
		a.worthLo += l
	}
	h, l := split(e.Items.Count)
	a.countHi += h
	a.countLo += l
	h, l = split(unv)
	a.unvHi += h
	a.unvLo += l
	c := e.Items.Count
	if c < 0 {
		c = -c
	}
	a.maxCount = max(a.maxCount, c)
}

// addSums adds entries to contribution_sums: one upsert per 100 rows.
func (s *Store) addSums(ctx context.Context, tx *sql.Tx, es []contribution.Entry) error {
	adds := map[sumKey]*sumAdd{}
	var keys []sumKey
	for _, e := range es {
		if e.Shares != nil {
			continue // summed share by share: see Totals
		}
		k := keyOfEntry(e)
		a := adds[k]
		if a == nil {
			a = &sumAdd{}
			adds[k] = a
			keys = append(keys, k)
		}
		a.add(e)
	}
	const per = 100
	for len(keys) > 0 {
		n := min(len(keys), per)
		args := make([]any, 0, n*15)
		for _, k := range keys[:n] {
			a := adds[k]
			args = append(args, k.status, k.purpose, k.source, k.year, k.kind, k.unit, k.movement, a.n)
			if s.db.Dialect == sqldb.Postgres {
				args = append(args, a.worth.String(), hiLo(a.countHi, a.countLo).String(), hiLo(a.unvHi, a.unvLo).String())
			} else {
				args = append(args, a.worthHi, a.worthLo, a.countHi, a.countLo, a.unvHi, a.unvLo)
			}
			args = append(args, a.maxCount)
		}
		if _, err := tx.ExecContext(ctx, s.upsertSQL(n), args...); err != nil {
			return err
		}
		keys = keys[n:]
	}
	return nil
}

// upsertSQL adds n rows to contribution_sums.
func (s *Store) upsertSQL(n int) string {
	keyCols := "status, purpose, source, year, item_kind, unit, movement"
	var cols, set, bigger string
	var width int
	if s.db.Dialect == sqldb.Postgres {
		cols = keyCols + ", entries, worth, count_sum, unvalued_sum, max_count"
		set = "entries = t.entries + excluded.entries, worth = t.worth + excluded.worth, count_sum = t.count_sum + excluded.count_sum, " +
			"unvalued_sum = t.unvalued_sum + excluded.unvalued_sum, "
		bigger = "max_count = GREATEST(t.max_count, excluded.max_count)"
		width = 12
	} else {
		cols = keyCols + ", entries, worth_hi, worth_lo, count_hi, count_lo, unvalued_hi, unvalued_lo, max_count"
		set = "entries = t.entries + excluded.entries, worth_hi = t.worth_hi + excluded.worth_hi, worth_lo = t.worth_lo + excluded.worth_lo, " +
			"count_hi = t.count_hi + excluded.count_hi, count_lo = t.count_lo + excluded.count_lo, " +
			"unvalued_hi = t.unvalued_hi + excluded.unvalued_hi, unvalued_lo = t.unvalued_lo + excluded.unvalued_lo, "
		bigger = "max_count = MAX(t.max_count, excluded.max_count)"
		width = 15
	}
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", width), ", ") + ")"
	var b strings.Builder
	b.WriteString("INSERT INTO contribution_sums AS t (" + cols + ") VALUES ")
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(one)
	}
	b.WriteString(" ON CONFLICT (" + keyCols + ") DO UPDATE SET " + set + bigger)
	return s.db.Q(b.String())
}
