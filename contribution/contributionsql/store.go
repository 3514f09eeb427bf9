package contributionsql

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/big"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/internal/sqldb"
)

//go:embed migrations
var migrationsFS embed.FS

// component names this package's schema in the version table.
const component = "contribution"

// Errors of the schema and the database, shared with the other SQL stores.
var (
	// ErrSchemaTooNew: the database was migrated by a newer program.
	ErrSchemaTooNew = sqldb.ErrSchemaTooNew
	// ErrSchemaTooOld: the database lacks migrations; run Migrate.
	ErrSchemaTooOld = sqldb.ErrSchemaTooOld
	// ErrStorage is matched by every failure of the database that is not
	// a rule of the domain.
	ErrStorage = sqldb.ErrStorage
)

// Migrations returns the schema migrations: sqlite/NNNN_name.sql and
// postgres/NNNN_name.sql, one idempotent DDL statement per step, for an
// application that applies migrations with its own tool.
func Migrations() fs.FS {
	sub, err := fs.Sub(migrationsFS, "migrations")
	if err != nil {
		panic(err) // unreachable: the folder is embedded
	}
	return sub
}

func load(d sqldb.Dialect) ([]sqldb.Migration, error) {
	return sqldb.LoadMigrations(Migrations(), ".", d)
}

// Migrate creates or migrates the ledger's schema in db (component
// "contribution" of the version table). It is safe to run again and from
// two processes at once; ErrSchemaTooNew if a newer program migrated db.
func Migrate(ctx context.Context, db *sql.DB) error {
	d, err := sqldb.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("contributionsql: migrate: %w", err)
	}
	ms, err := load(d.Dialect)
	if err != nil {
		return err
	}
	return sqldb.Migrate(ctx, d, component, ms)
}

// Option configures a Store.
type Option func(*config)

type config struct {
	opts *contribution.Options
}

// WithOptions sets the rules' options: purposes, item kinds, the movement
// lookup and the places of a đồng allowed (see contribution.Options). The
// store keeps copies of the registries. Without it the defaults apply, as
// for contribution.NewMemStore(nil).
func WithOptions(o *contribution.Options) Option {
	return func(c *config) { c.opts = o }
}

// Store is the SQL [contribution.Store]. It is safe for concurrent use, and
// several processes may share one database.
type Store struct {
	db   *sqldb.DB
	opts *contribution.Options
}

var _ contribution.Store = (*Store)(nil)

// Open returns the store over db, which the caller opened with the driver
// of their choice and keeps open while the store is used. It detects the
// engine (SQLite or PostgreSQL) and checks the schema: ErrSchemaTooOld if
// Migrate has not been run, ErrSchemaTooNew if a newer program migrated it.
func Open(ctx context.Context, db *sql.DB, options ...Option) (*Store, error) {
	var c config
	for _, o := range options {
		o(&c)
	}
	d, err := sqldb.Open(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("contributionsql: open: %w", err)
	}
	// Every post of the ledger reads the last seq, so concurrent writers
	// serialise: allow them enough attempts.
	d.MaxRetries = 60
	ms, err := load(d.Dialect)
	if err != nil {
		return nil, err
	}
	if err := sqldb.CheckVersion(ctx, d, component, ms); err != nil {
		return nil, fmt.Errorf("contributionsql: open: %w", err)
	}
	var opts contribution.Options
	if c.opts != nil {
		opts = *c.opts
	}
	if opts.Purposes == nil {
		opts.Purposes = contribution.NewPurposes()
	} else {
		opts.Purposes = opts.Purposes.Clone()
	}
	if opts.ItemKinds == nil {
		opts.ItemKinds = contribution.NewItemKinds()
	} else {
		opts.ItemKinds = opts.ItemKinds.Clone()
	}
	return &Store{db: d, opts: &opts}, nil
}

const table = "contribution_entries"

// columns are the entry's columns, in the order row and scan use.
const columns = `id, seq, idem_key, day, year, contributor_kind, contributor_unit, contributor_person, contributor_name,
	unit, source, status, purpose, beneficiary, movement, amount, item_kind, item_count, item_value,
	item_contents, item_stated, item_stated_bound, fulfils, reverses, note, shares`

// selectCols reads the columns, with PostgreSQL's NUMERIC as text.
func (s *Store) selectCols() string {
	if s.db.Dialect == sqldb.Postgres {
		return strings.NewReplacer("amount,", "amount::text,", "item_value,", "item_value::text,", "item_stated,", "item_stated::text,").Replace(columns)
	}
	return columns
}

// rowScanner is *sql.Row or *sql.Rows.
type rowScanner interface{ Scan(dest ...any) error }

func scanEntry(r rowScanner) (e contribution.Entry, err error) {
	var (
		seq                    int64
		day, amount, itemValue string
		stated                 string
		year                   int
		fulfils, reverses      sql.NullString
		shares                 int
	)
	err = r.Scan(&e.ID, &seq, &e.Key, &day, &year, &e.Contributor.Kind, &e.Contributor.Unit, &e.Contributor.Person,
		&e.Contributor.Name, &e.Unit, &e.Source, &e.Status, &e.Purpose, &e.Beneficiary, &e.Movement, &amount,
		&e.Items.Kind, &e.Items.Count, &itemValue, &e.Items.Contents, &stated, &e.Items.StatedBound,
		&fulfils, &reverses, &e.Note, &shares)
	if err != nil {
		return contribution.Entry{}, err
	}
	if e.Date, err = thidua.ParseDate(day); err != nil {
		return contribution.Entry{}, fmt.Errorf("contributionsql: entry %s: date %q: %w", e.ID, day, err)
	}
	if e.Items.Kind == "" {
		if e.Amount, err = decimal.NewFromString(amount); err != nil {
			return contribution.Entry{}, fmt.Errorf("contributionsql: entry %s: amount %q: %w", e.ID, amount, err)
		}
	} else if e.Items.ValuePerItem, err = decimal.NewFromString(itemValue); err != nil {
		return contribution.Entry{}, fmt.Errorf("contributionsql: entry %s: item value %q: %w", e.ID, itemValue, err)
	} else if e.Items.StatedTotal, err = decimal.NewFromString(stated); err != nil {
		return contribution.Entry{}, fmt.Errorf("contributionsql: entry %s: stated total %q: %w", e.ID, stated, err)
	}
	e.Fulfils = contribution.EntryID(fulfils.String)
	e.Reverses = contribution.EntryID(reverses.String)
	if shares > 0 {
		// Placeholders that fillShares replaces.
		e.Shares = make([]contribution.Share, shares)
	}
	return e, nil
}

// queryer is *sql.DB or *sql.Tx.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// fillShares reads the shares of the entries of es that have any, with
// one query; none when no entry has shares, unless always (so that
// Totals runs as many statements whatever the ledger holds).
func (s *Store) fillShares(ctx context.Context, q queryer, es []contribution.Entry, always bool) error {
	at := map[contribution.EntryID]int{}
	var ids []string
	for i, e := range es {
		if len(e.Shares) > 0 {
			at[e.ID] = i
			ids = append(ids, string(e.ID))
		}
	}
	if len(ids) == 0 && !always {
		return nil
	}
	if ids == nil {
		ids = []string{}
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	amount := "amount"
	if s.db.Dialect == sqldb.Postgres {
		amount = "amount::text"
	}
	rows, err := q.QueryContext(ctx, s.db.Q("SELECT entry_id, pos, contributor_kind, contributor_unit, contributor_person, contributor_name, source, "+
		amount+", item_count FROM contribution_shares WHERE entry_id IN "+s.jsonSet()), string(list))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id     string
			pos    int
			sh     contribution.Share
			amount string
		)
		if err := rows.Scan(&id, &pos, &sh.Contributor.Kind, &sh.Contributor.Unit, &sh.Contributor.Person, &sh.Contributor.Name,
			&sh.Source, &amount, &sh.Count); err != nil {
			return err
		}
		if sh.Amount, err = decimal.NewFromString(amount); err != nil {
			return fmt.Errorf("contributionsql: entry %s: share amount %q: %w", id, amount, err)
		}
		i, ok := at[contribution.EntryID(id)]
		if !ok || pos < 0 || pos >= len(es[i].Shares) {
			return fmt.Errorf("contributionsql: entry %s: share %d not counted in the entry", id, pos)
		}
		es[i].Shares[pos] = sh
	}
	return rows.Err()
}

// insertShares stores the shares of the entries of es that have any.
func (s *Store) insertShares(ctx context.Context, tx *sql.Tx, es []contribution.Entry) error {
	const per = 200
	var args []any
	n := 0
	flush := func() error {
		if n == 0 {
			return nil
		}
		q := "INSERT INTO contribution_shares (entry_id, pos, contributor_kind, contributor_unit, contributor_person, contributor_name, source, amount, item_count) VALUES " +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?, ?), ", n), ", ")
		_, err := tx.ExecContext(ctx, s.db.Q(q), args...)
		args, n = args[:0], 0
		return err
	}
	for _, e := range es {
		for pos, sh := range e.Shares {
			c := sh.Contributor
			args = append(args, string(e.ID), pos, int(c.Kind), string(c.Unit), string(c.Person), c.Name, int(sh.Source), sh.Amount.String(), sh.Count)
			if n++; n == per {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
	return flush()
}

// row returns the column values of e at seq, derived columns included.
func (s *Store) row(e contribution.Entry, seq int64) []any {
	worth, unvalued := worthOf(e)
	null := func(id contribution.EntryID) any {
		if id == "" {
			return nil
		}
		return string(id)
	}
	vals := []any{string(e.ID), seq, e.Key, e.Date.String(), e.Date.Year, int(e.Contributor.Kind), string(e.Contributor.Unit),
		string(e.Contributor.Person), e.Contributor.Name, string(e.Unit), int(e.Source), int(e.Status), e.Purpose,
		e.Beneficiary, string(e.Movement), e.Amount.String(), e.Items.Kind, e.Items.Count, e.Items.ValuePerItem.String(),
		worth.String()}
	if s.db.Dialect == sqldb.SQLite {
		var hi, lo any
		if v, ok := wholeInt64(worth); ok {
			hi, lo = split(v)
		}
		vals = append(vals, hi, lo)
	}
	return append(vals, unvalued, null(e.Fulfils), null(e.Reverses), e.Note,
		e.Items.Contents, e.Items.StatedTotal.String(), e.Items.StatedBound, len(e.Shares))
}

// insertSQL returns the INSERT of n rows; on a clash of the ID it does
// nothing (Post then picks another ID).
func (s *Store) insertSQL(n int) string {
	cols := `id, seq, idem_key, day, year, contributor_kind, contributor_unit, contributor_person, contributor_name,
	unit, source, status, purpose, beneficiary, movement, amount, item_kind, item_count, item_value, worth`
	width := 24
	if s.db.Dialect == sqldb.SQLite {
		cols += ", worth_hi, worth_lo"
		width = 26
	}
	cols += ", unvalued, fulfils, reverses, note, item_contents, item_stated, item_stated_bound, shares"
	width += 4
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", width), ", ") + ")"
	var b strings.Builder
	b.WriteString("INSERT INTO " + table + " (" + cols + ") VALUES ")
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(one)
	}
	b.WriteString(" ON CONFLICT (id) DO NOTHING")
	return s.db.Q(b.String())
}

// txLedger is the contribution.Ledger inside a write transaction.
type txLedger struct {
	s  *Store
	tx *sql.Tx
}

func (l txLedger) one(ctx context.Context, where string, arg any) (contribution.Entry, bool, error) {
	e, err := scanEntry(l.tx.QueryRowContext(ctx, l.s.db.Q("SELECT "+l.s.selectCols()+" FROM "+table+" WHERE "+where), arg))
	if err == sql.ErrNoRows {
		return contribution.Entry{}, false, nil
	}
	if err != nil {
		return contribution.Entry{}, false, err
	}
	es := []contribution.Entry{e}
	if err := l.s.fillShares(ctx, l.tx, es, false); err != nil {
		return contribution.Entry{}, false, err
	}
	return es[0], true, nil
}

func (l txLedger) ByKey(ctx context.Context, key string) (contribution.Entry, bool, error) {
	return l.one(ctx, "idem_key = ?", key)
}

func (l txLedger) ByID(ctx context.Context, id contribution.EntryID) (contribution.Entry, bool, error) {
	return l.one(ctx, "id = ?", string(id))
}

func (l txLedger) ReversedBy(ctx context.Context, id contribution.EntryID) (contribution.EntryID, bool, error) {
	var r string
	err := l.tx.QueryRowContext(ctx, l.s.db.Q("SELECT id FROM "+table+" WHERE reverses = ?"), string(id)).Scan(&r)
	if err == sql.ErrNoRows {
		return "", false, nil
	}
	return contribution.EntryID(r), err == nil, err
}

// write runs fn in a transaction (retried by sqldb on serialization
// failures and busy databases) and runs it again when another writer got
// in first and a UNIQUE constraint refused the write: the next attempt
// sees that writer's entry and the rules decide (a replay, a conflict).
func (s *Store) write(ctx context.Context, op, id string, fn func(tx *sql.Tx) error) error {
	var err error
	for attempt := 0; attempt < 20; attempt++ {
		err = s.db.Tx(ctx, fn)
		if !sqldb.IsUnique(err) {
			break
		}
		if ctx.Err() != nil {
			break
		}
		time.Sleep(time.Duration(attempt+1) * time.Millisecond)
	}
	return sqldb.Classify(op, "entry", id, err)
}

// appendEntry inserts e as the next entry and returns it with its ID: e.ID
// if set, or e<seq> (e<seq>-2, -3… if an imported entry holds it).
func (s *Store) appendEntry(ctx context.Context, tx *sql.Tx, e contribution.Entry) (contribution.Entry, error) {
	var seq int64
	if err := tx.QueryRowContext(ctx, "SELECT COALESCE(MAX(seq), 0) + 1 FROM "+table).Scan(&seq); err != nil {
		return contribution.Entry{}, err
	}
	exists := "SELECT COUNT(*) FROM " + table + " WHERE id = " + s.db.Q("?")
	id, err := contribution.NextEntryID(seq, func(id contribution.EntryID) (bool, error) {
		var n int
		err := tx.QueryRowContext(ctx, exists, string(id)).Scan(&n)
		return n > 0, err
	})
	if err != nil {
		return contribution.Entry{}, err
	}
	e.ID = id
	res, err := tx.ExecContext(ctx, s.insertSQL(1), s.row(e, seq)...)
	if err != nil {
		return contribution.Entry{}, err
	}
	if k, err := res.RowsAffected(); err != nil {
		return contribution.Entry{}, err
	} else if k != 1 {
		// Another writer took the ID between the check and the insert.
		return contribution.Entry{}, thidua.Conflict("contributionsql: post", "entry", string(id), "id taken by a concurrent writer")
	}
	if err := s.insertShares(ctx, tx, []contribution.Entry{e}); err != nil {
		return contribution.Entry{}, err
	}
	return e, s.addSums(ctx, tx, []contribution.Entry{e})
}

// Post implements contribution.Store.Post. The rules are
// contribution.Options.Check and contribution.AdmitPost, run inside the
// write transaction; the UNIQUE constraint on the key refuses a second
// writer of the same key even from another process.
func (s *Store) Post(ctx context.Context, e contribution.Entry) (contribution.Entry, error) {
	if err := ctx.Err(); err != nil {
		return contribution.Entry{}, err
	}
	e, err := s.opts.Check(ctx, e)
	if err != nil {
		return contribution.Entry{}, err
	}
	var out contribution.Entry
	err = s.write(ctx, "contributionsql: post", e.Key, func(tx *sql.Tx) error {
		got, replay, err := contribution.AdmitPost(ctx, txLedger{s, tx}, e)
		if err != nil || replay {
			out = got
			return err
		}
		out, err = s.appendEntry(ctx, tx, got)
		return err
	})
	if err != nil {
		return contribution.Entry{}, err
	}
	return out, nil
}

// Reverse implements contribution.Store.Reverse with the rules of
// contribution.CheckReversal and contribution.AdmitReversal; the UNIQUE
// constraint on reverses keeps one reversal per entry.
func (s *Store) Reverse(ctx context.Context, r contribution.Reversal) (contribution.Entry, error) {
	if err := ctx.Err(); err != nil {
		return contribution.Entry{}, err
	}
	r, err := contribution.CheckReversal(r)
	if err != nil {
		return contribution.Entry{}, err
	}
	var out contribution.Entry
	err = s.write(ctx, "contributionsql: reverse", r.Key, func(tx *sql.Tx) error {
		rev, replay, err := contribution.AdmitReversal(ctx, txLedger{s, tx}, r)
		if err != nil || replay {
			out = rev
			return err
		}
		out, err = s.appendEntry(ctx, tx, rev)
		return err
	})
	if err != nil {
		return contribution.Entry{}, err
	}
	return out, nil
}

// importRows is how many entries one INSERT statement of Import carries.
const importRows = 200

// Import implements contribution.Store.Import in one transaction: the
// rules (contribution.Options.AdmitImport) see what the database holds
// under the batch's IDs and keys, read with one query, and the entries go
// in with multi-row INSERTs.
func (s *Store) Import(ctx context.Context, es []contribution.Entry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(es) == 0 {
		return nil
	}
	return s.write(ctx, "contributionsql: import", "", func(tx *sql.Tx) error {
		l, err := s.prefetch(ctx, tx, es)
		if err != nil {
			return err
		}
		add, err := s.opts.AdmitImport(ctx, l, es)
		if err != nil {
			return err
		}
		all := add
		var seq int64
		if err := tx.QueryRowContext(ctx, "SELECT COALESCE(MAX(seq), 0) FROM "+table).Scan(&seq); err != nil {
			return err
		}
		// One prepared statement for the full batches: drivers such as
		// modernc.org/sqlite would otherwise parse it again each time.
		var full *sql.Stmt
		if len(add) >= importRows {
			if full, err = tx.PrepareContext(ctx, s.insertSQL(importRows)); err != nil {
				return err
			}
			defer full.Close()
		}
		args := make([]any, 0, importRows*26)
		for len(add) > 0 {
			n := min(len(add), importRows)
			args = args[:0]
			for _, e := range add[:n] {
				seq++
				args = append(args, s.row(e, seq)...)
			}
			var res sql.Result
			if n == importRows {
				res, err = full.ExecContext(ctx, args...)
			} else {
				res, err = tx.ExecContext(ctx, s.insertSQL(n), args...)
			}
			if err != nil {
				return err
			}
			// The rules found no clash; a row left out means another
			// writer got in first: run again.
			if k, err := res.RowsAffected(); err != nil {
				return err
			} else if k != int64(n) {
				return thidua.Conflict("contributionsql: import", "entry", "", "an ID was taken while importing")
			}
			add = add[n:]
		}
		if err := s.insertShares(ctx, tx, all); err != nil {
			return err
		}
		return s.addSums(ctx, tx, all)
	})
}

// prefetch reads, with one query, the stored entries that share an ID or
// key with es, that es names as reversed or fulfilled, or that reverse
// them, into a ledger the import rules consult.
func (s *Store) prefetch(ctx context.Context, tx *sql.Tx, es []contribution.Entry) (*mapLedger, error) {
	l := &mapLedger{byID: map[contribution.EntryID]contribution.Entry{}, byKey: map[string]contribution.EntryID{},
		rev: map[contribution.EntryID]contribution.EntryID{}}
	var any1 int
	err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM (SELECT 1 FROM "+table+" LIMIT 1) t").Scan(&any1)
	if err != nil || any1 == 0 {
		return l, err
	}
	ids := make([]string, 0, 2*len(es))
	keys := make([]string, 0, len(es))
	for _, e := range es {
		ids = append(ids, string(e.ID))
		if e.Reverses != "" {
			ids = append(ids, string(e.Reverses))
		}
		if e.Fulfils != "" {
			ids = append(ids, string(e.Fulfils))
		}
		keys = append(keys, e.Key)
	}
	idList, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	keyList, err := json.Marshal(keys)
	if err != nil {
		return nil, err
	}
	q := "SELECT " + s.selectCols() + " FROM " + table + " WHERE id IN " + s.jsonSet() +
		" OR idem_key IN " + s.jsonSet() + " OR reverses IN " + s.jsonSet()
	rows, err := tx.QueryContext(ctx, s.db.Q(q), string(idList), string(keyList), string(idList))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var got []contribution.Entry
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return nil, err
		}
		got = append(got, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if err := s.fillShares(ctx, tx, got, false); err != nil {
		return nil, err
	}
	for _, e := range got {
		l.byID[e.ID] = e
		l.byKey[e.Key] = e.ID
		if e.Reverses != "" {
			l.rev[e.Reverses] = e.ID
		}
	}
	return l, nil
}

// jsonSet is a subquery over the strings of a JSON array parameter.
func (s *Store) jsonSet() string {
	if s.db.Dialect == sqldb.Postgres {
		return "(SELECT jsonb_array_elements_text(CAST(? AS jsonb)))"
	}
	return "(SELECT value FROM json_each(?))"
}

// mapLedger is a contribution.Ledger over prefetched entries.
type mapLedger struct {
	byID  map[contribution.EntryID]contribution.Entry
	byKey map[string]contribution.EntryID
	rev   map[contribution.EntryID]contribution.EntryID
}

func (l *mapLedger) ByKey(_ context.Context, key string) (contribution.Entry, bool, error) {
	id, ok := l.byKey[key]
	if !ok {
		return contribution.Entry{}, false, nil
	}
	return l.byID[id], true, nil
}

func (l *mapLedger) ByID(_ context.Context, id contribution.EntryID) (contribution.Entry, bool, error) {
	e, ok := l.byID[id]
	return e, ok, nil
}

func (l *mapLedger) ReversedBy(_ context.Context, id contribution.EntryID) (contribution.EntryID, bool, error) {
	r, ok := l.rev[id]
	return r, ok, nil
}

// Entry implements contribution.Store.Entry.
func (s *Store) Entry(ctx context.Context, id contribution.EntryID) (contribution.Entry, error) {
	e, err := scanEntry(s.db.SQL.QueryRowContext(ctx, s.db.Q("SELECT "+s.selectCols()+" FROM "+table+" WHERE id = ?"), string(id)))
	if err == sql.ErrNoRows {
		return contribution.Entry{}, thidua.NotFound("contribution: get", "entry", string(id))
	}
	if err == nil {
		es := []contribution.Entry{e}
		err = s.fillShares(ctx, s.db.SQL, es, false)
		e = es[0]
	}
	if err != nil {
		return contribution.Entry{}, sqldb.Classify("contributionsql: get", "entry", string(id), err)
	}
	return e, nil
}

// History implements contribution.Store.History with one query.
func (s *Store) History(ctx context.Context, id contribution.EntryID) ([]contribution.Entry, error) {
	q := "SELECT " + s.selectCols() + " FROM " + table +
		" WHERE id = ? OR reverses = ? OR id = (SELECT reverses FROM " + table + " WHERE id = ?) ORDER BY seq"
	out, err := s.query(ctx, s.db.Q(q), string(id), string(id), string(id))
	if err != nil {
		return nil, sqldb.Classify("contributionsql: history", "entry", string(id), err)
	}
	for _, e := range out {
		if e.ID == id {
			return out, nil
		}
	}
	return nil, thidua.NotFound("contribution: history", "entry", string(id))
}

// query runs q and scans the entries it returns, with their shares,
// stopping when ctx is done.
func (s *Store) query(ctx context.Context, q string, args ...any) ([]contribution.Entry, error) {
	out, err := s.queryOnly(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	if err := s.fillShares(ctx, s.db.SQL, out, false); err != nil {
		return nil, err
	}
	return out, nil
}

// queryOnly is query without reading the shares: the entries that have
// shares hold placeholders.
func (s *Store) queryOnly(ctx context.Context, q string, args ...any) ([]contribution.Entry, error) {
	rows, err := s.db.SQL.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []contribution.Entry
	for n := 0; rows.Next(); n++ {
		if n&1023 == 1023 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		e, err := scanEntry(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

// List implements contribution.Store.List: one query, in posting order
// (ORDER BY seq).
func (s *Store) List(ctx context.Context, f contribution.Filter) ([]contribution.Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	w, args, exact := s.where(f, whereList)
	out, err := s.query(ctx, s.db.Q("SELECT "+s.selectCols()+" FROM "+table+w+" ORDER BY seq"), args...)
	if err != nil {
		return nil, sqldb.Classify("contributionsql: list", "entry", "", err)
	}
	return keep(f, exact, out), nil
}

// matchAfter reports whether the entries a where clause selects (see
// where, whereList) must also pass f.Match: when it is not exact, and
// when f tests the contributor or the source, which the query leaves to
// Match for an entry with shares.
func matchAfter(f contribution.Filter, exact bool) bool {
	return !exact || f.Source != 0 || f.Contributors != nil
}

// keep returns the entries of es, selected by a where clause (whereList)
// exact or not, that pass f, in es's backing array.
func keep(f contribution.Filter, exact bool, es []contribution.Entry) []contribution.Entry {
	if !matchAfter(f, exact) {
		return es
	}
	kept := es[:0]
	for _, e := range es {
		if (exact && e.Shares == nil) || f.Match(e) {
			kept = append(kept, e)
		}
	}
	return kept
}

// pageBatch is the fewest rows Page reads with one statement when the
// rows must also pass Match (see matchAfter), so that a page whose rows
// mostly fail it does not take a statement per row.
const pageBatch = 256

// Page implements contribution.Store.Page by keyset pagination on seq,
// the posting order: one statement reads, by the UNIQUE index on seq, the
// limit+1 entries that pass f after the seq of after (WHERE … AND seq >
// (SELECT seq … WHERE id = ?) ORDER BY seq LIMIT ?), and one more reads
// their shares if any has some. A page is as consistent as one statement;
// across pages, an entry's seq is fixed when it is stored (a write reads
// the last seq in its SERIALIZABLE or, on SQLite, exclusive transaction,
// so seqs are committed in order) and a walk sees each entry once. When f
// tests what the query leaves to Match (see matchAfter), more statements
// read on until the page is full or the ledger ends. An after that names
// no entry is found out by one more statement, when its page is empty.
func (s *Store) Page(ctx context.Context, f contribution.Filter, after contribution.EntryID, limit int) ([]contribution.Entry, contribution.EntryID, error) {
	const op = "contributionsql: page"
	if err := ctx.Err(); err != nil {
		return nil, "", err
	}
	if err := contribution.CheckPage(f, after, limit); err != nil {
		return nil, "", err
	}
	w, args, exact := s.where(f, whereList)
	var (
		out  []contribution.Entry
		from any = int64(0) // the seq to read after, or the ID of the entry to read after
		cond     = "seq > ?"
	)
	const afterID = "seq > (SELECT seq FROM " + table + " WHERE id = ?)"
	if after != "" {
		cond, from = afterID, string(after)
	}
	for first := true; ; first = false {
		n := limit + 1 - len(out)
		if matchAfter(f, exact) {
			n = max(n, pageBatch)
		}
		q := s.db.Q("SELECT " + s.selectCols() + " FROM " + table + and(w, cond) + " ORDER BY seq LIMIT ?")
		batch, err := s.query(ctx, q, append(args[:len(args):len(args)], from, n)...)
		if err != nil {
			return nil, "", sqldb.Classify(op, "entry", string(after), err)
		}
		if len(batch) == 0 && first && after != "" {
			var found int
			err := s.db.SQL.QueryRowContext(ctx, s.db.Q("SELECT COUNT(*) FROM "+table+" WHERE id = ?"), string(after)).Scan(&found)
			if err != nil {
				return nil, "", sqldb.Classify(op, "entry", string(after), err)
			}
			if found == 0 {
				return nil, "", thidua.Invalid("contribution: page", "entry", string(after), "after", "no such entry to page after")
			}
		}
		read := len(batch)
		if read > 0 {
			cond, from = afterID, string(batch[read-1].ID) // before keep filters batch in place
		}
		out = append(out, keep(f, exact, batch)...)
		if read < n || len(out) > limit {
			break
		}
	}
	if len(out) <= limit {
		return out, "", nil
	}
	return out[:limit:limit], out[limit-1].ID, nil
}

// Which rows a WHERE clause selects (see where).
const (
	whereList    = iota // entries; those with shares whatever their contributor and source
	whereSums           // rows of contribution_sums
	whereUnsplit        // entries without shares
)

// maxParams bounds the values of one IN list written with placeholders;
// longer lists go as one JSON array parameter.
const maxParams = 500

// where returns the WHERE clause selecting the entries that pass f, its
// arguments, and whether it is exact (false: the caller must also apply
// f.Match, for a very long list of contributors). mode says which rows:
// whereSums selects the rows of contribution_sums instead (f has whole
// years only and no contributors); whereList leaves the contributor and
// source tests of an entry with shares to f.Match.
func (s *Store) where(f contribution.Filter, mode int) (string, []any, bool) {
	var conds []string
	var args []any
	exact := true
	sums := mode == whereSums
	if mode == whereUnsplit {
		conds = append(conds, "shares = 0")
	}
	var split []string // the conditions shares may override
	var splitArgs []any
	in := func(col string, vs []string) {
		switch {
		case vs == nil:
		case len(vs) == 0:
			conds = append(conds, "1 = 0")
		case len(vs) > maxParams:
			j, _ := json.Marshal(vs)
			conds = append(conds, col+" IN "+s.jsonSet())
			args = append(args, string(j))
		default:
			conds = append(conds, col+" IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(vs)), ", ")+")")
			for _, v := range vs {
				args = append(args, v)
			}
		}
	}
	switch {
	case f.Period.IsZero():
	case sums:
		conds = append(conds, "year >= ? AND year <= ?")
		args = append(args, f.Period.From.Year, f.Period.To.Year)
	default:
		conds = append(conds, "year >= ? AND year <= ? AND day >= ? AND day <= ?")
		args = append(args, f.Period.From.Year, f.Period.To.Year, f.Period.From.String(), f.Period.To.String())
	}
	in("unit", strs(f.Units))
	switch {
	case f.Contributors == nil:
	case len(f.Contributors) == 0:
		split = append(split, "1 = 0")
	case len(f.Contributors) > maxParams:
		exact = false
	default:
		var or []string
		for _, c := range f.Contributors {
			c = c.Canonical()
			or = append(or, "(contributor_kind = ? AND contributor_unit = ? AND contributor_person = ? AND contributor_name = ?)")
			splitArgs = append(splitArgs, int(c.Kind), string(c.Unit), string(c.Person), c.Name)
		}
		split = append(split, "("+strings.Join(or, " OR ")+")")
	}
	if f.Source != 0 {
		split = append(split, "source = ?")
		splitArgs = append(splitArgs, int(f.Source))
	}
	switch {
	case len(split) == 0:
	case mode == whereList:
		conds = append(conds, "(shares > 0 OR ("+strings.Join(split, " AND ")+"))")
		args = append(args, splitArgs...)
	default:
		conds = append(conds, split...)
		args = append(args, splitArgs...)
	}
	if f.Status != 0 {
		conds = append(conds, "status = ?")
		args = append(args, int(f.Status))
	}
	in("purpose", f.Purposes)
	in("movement", strs(f.Movements))
	if f.Kinds != nil {
		conds = append(conds, "item_kind <> ''")
		in("item_kind", f.Kinds)
	}
	if len(conds) == 0 {
		return "", nil, exact
	}
	return " WHERE " + strings.Join(conds, " AND "), args, exact
}

// and returns the WHERE clause w (as where returns it, or empty) with
// cond added.
func and(w, cond string) string {
	if w == "" {
		return " WHERE " + cond
	}
	return w + " AND " + cond
}

func strs[T ~string](vs []T) []string {
	if vs == nil {
		return nil
	}
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// sumText adds the decimals of a space-separated list to acc.
func sumText(acc decimal.Decimal, list string) (decimal.Decimal, error) {
	for _, v := range strings.Fields(list) {
		d, err := decimal.NewFromString(v)
		if err != nil {
			return acc, fmt.Errorf("contributionsql: stored amount %q: %w", v, err)
		}
		acc = acc.Add(d)
	}
	return acc, nil
}

// hiLo returns hi × 10^9 + lo.
func hiLo(hi, lo int64) decimal.Decimal {
	return decimal.NewFromBigInt(new(big.Int).Add(new(big.Int).Mul(big.NewInt(hi), big.NewInt(1_000_000_000)), big.NewInt(lo)), 0)
}
