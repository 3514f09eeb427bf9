package campaignsql

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/sqldb"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// component names this package's schema in the version table.
const component = "campaign"

//go:embed migrations
var migrations embed.FS

// Migrations returns the schema migrations: sqlite/NNNN_name.sql and
// postgres/NNNN_name.sql, one idempotent DDL statement per step, for an
// application that applies migrations with its own tool. [Migrate] applies
// them itself.
func Migrations() fs.FS {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		panic(err) // the embedded folder exists
	}
	return sub
}

// Errors about the schema and the database, re-exported so that callers
// match them without importing internal packages.
var (
	// ErrSchemaTooNew: the database was made or migrated by a newer
	// version of the library than this one.
	ErrSchemaTooNew = sqldb.ErrSchemaTooNew
	// ErrSchemaTooOld: the schema is missing or older than this program;
	// run [Migrate].
	ErrSchemaTooOld = sqldb.ErrSchemaTooOld
	// ErrStorage: the database failed (connection lost, disk full…); the
	// driver's error is wrapped beside it.
	ErrStorage = sqldb.ErrStorage
)

func load(d sqldb.Dialect) ([]sqldb.Migration, error) {
	return sqldb.LoadMigrations(migrations, "migrations", d)
}

// Migrate creates the campaign tables in db, or brings them to this
// program's version. It is safe to run again and from two processes at
// once; a database migrated by a newer program is [ErrSchemaTooNew].
func Migrate(ctx context.Context, db *sql.DB) error {
	sdb, err := sqldb.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("campaignsql: migrate: %w", err)
	}
	ms, err := load(sdb.Dialect)
	if err != nil {
		return fmt.Errorf("campaignsql: migrate: %w", err)
	}
	if err := sqldb.Migrate(ctx, sdb, component, ms); err != nil {
		return fmt.Errorf("campaignsql: %w", err)
	}
	return nil
}

// Option configures a [Store].
type Option func(*config)

type config struct{ opts *campaign.Options }

// WithOptions configures the store as [campaign.Options] configure a
// memory store: the directory of units and people, the table of titles
// that may be pledged, and one use per initiative. The store keeps what
// it needs of opts when [Open] returns.
//
// A database written with OneUsePerInitiative off and later opened with it
// on refuses new uses of initiatives already used; uses stored before stay
// as they are.
func WithOptions(opts *campaign.Options) Option {
	return func(c *config) { c.opts = opts }
}

// Store is a [campaign.Store] kept in a SQL database. It is safe for
// concurrent use. Create one with [Open].
type Store struct {
	db    *sqldb.DB
	rules *campaign.Rules
	// tx is the transaction of a batch view (see Batch), nil otherwise.
	tx *sql.Tx
	// scorers caches compiled scoring tables by ID, and movementCache the
	// movements the checks read: neither changes once stored. A batch view
	// has caches of its own, dropped with it, so that nothing read inside
	// a transaction that rolls back is ever cached.
	scorers       *sync.Map
	movementCache *sync.Map
}

var (
	_ campaign.Store   = (*Store)(nil)
	_ campaign.Batcher = (*Store)(nil)
)

// Open returns a store over db, which must hold the campaign schema of
// this program's version: [ErrSchemaTooOld] if [Migrate] has not been run,
// [ErrSchemaTooNew] if a newer program migrated it. The engine (SQLite or
// PostgreSQL) is recognised by asking it. The caller keeps db and closes
// it after the store's last use.
func Open(ctx context.Context, db *sql.DB, opts ...Option) (*Store, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	sdb, err := sqldb.Open(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("campaignsql: open: %w", err)
	}
	ms, err := load(sdb.Dialect)
	if err != nil {
		return nil, fmt.Errorf("campaignsql: open: %w", err)
	}
	if err := sqldb.CheckVersion(ctx, sdb, component, ms); err != nil {
		return nil, fmt.Errorf("campaignsql: open: %w", err)
	}
	return &Store{db: sdb, rules: campaign.NewRules(c.opts), scorers: &sync.Map{}, movementCache: &sync.Map{}}, nil
}

// querier is where reads go: the batch's transaction, or the database.
func (s *Store) querier() sqldb.Querier {
	if s.tx != nil {
		return s.tx
	}
	return s.db.SQL
}

// write runs fn in a write transaction: the batch's, or a new one, retried
// on serialization failures.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.tx != nil {
		return fn(s.tx)
	}
	return s.db.Tx(ctx, fn)
}

// read runs fn in a read transaction: the batch's, or a new one.
func (s *Store) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.tx != nil {
		return fn(s.tx)
	}
	return s.db.ReadTx(ctx, fn)
}

// Batch runs fn with a view of the store whose writes commit together
// when fn returns nil, and are all undone when it returns an error (or
// the commit fails): see [campaign.Batcher]. The view applies the same
// rules and reads its own writes; use it only inside fn, from one
// goroutine, and return the first error a write gives (on PostgreSQL a
// failed statement aborts the transaction). The transaction is retried as
// a whole on serialization failures, so fn must be safe to run again. On
// SQLite the batch holds the database's write lock until it ends.
//
// [campaign.Copy] uses it: copying into a Store is atomic, and one
// transaction instead of one per record.
func (s *Store) Batch(ctx context.Context, fn func(campaign.Store) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.tx != nil {
		return fn(s)
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		return fn(&Store{db: s.db, rules: s.rules, tx: tx, scorers: &sync.Map{}, movementCache: &sync.Map{}})
	})
	return sqldb.Classify("campaignsql: batch", "", "", err)
}

// q rebinds a query for the dialect.
func (s *Store) q(query string) string { return s.db.Q(query) }

// inJSON is the SQL of "x IN the JSON array of strings bound to ?".
func (s *Store) inJSON(col string) string {
	if s.db.Dialect == sqldb.Postgres {
		return col + " IN (SELECT jsonb_array_elements_text(CAST(? AS jsonb)))"
	}
	return col + " IN (SELECT value FROM json_each(?))"
}

func marshal(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // domain values always marshal
	}
	return string(b)
}

func unmarshal(s string, v any) error {
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("campaignsql: corrupt stored value: %w", err)
	}
	return nil
}

func parseDate(s string) (thidua.Date, error) {
	d, err := thidua.ParseDate(s)
	if err != nil {
		return thidua.Date{}, fmt.Errorf("campaignsql: corrupt stored date %q: %w", s, err)
	}
	return d, nil
}

// nullable returns nil for an empty string, for nullable references.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// reader is the [campaign.Reader] of a Store: plain reads outside the write
// transaction (see Reader on why that is safe); the write's constraints
// catch a rival writer.
type reader struct{ s *Store }

func (r reader) FindMovement(ctx context.Context, id campaign.MovementID) (campaign.Movement, bool, error) {
	if m, ok := r.s.movementCache.Load(id); ok {
		return m.(campaign.Movement), true, nil
	}
	ms, err := r.s.movements(ctx, r.s.querier(), "WHERE id = ?", string(id))
	if err != nil || len(ms) == 0 {
		return campaign.Movement{}, false, classify(err)
	}
	// The checks never modify what a Reader returns: the cached value is
	// never handed to a caller.
	r.s.movementCache.Store(id, ms[0])
	return ms[0], true, nil
}

func (r reader) exists(ctx context.Context, query string, args ...any) (bool, error) {
	var one int
	err := r.s.querier().QueryRowContext(ctx, r.s.q(query), args...).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, classify(err)
}

func (r reader) HasRegistration(ctx context.Context, m campaign.MovementID, year int, p campaign.Participant) (bool, error) {
	return r.exists(ctx, `SELECT 1 FROM campaign_registrations WHERE movement = ? AND year = ? AND unit = ? AND person = ?`,
		string(m), year, string(p.Unit), string(p.Person))
}

func (r reader) HasResult(ctx context.Context, m campaign.MovementID, target string, year int, p campaign.Participant) (bool, error) {
	return r.exists(ctx, `SELECT 1 FROM campaign_results WHERE movement = ? AND target = ? AND year = ? AND unit = ? AND person = ?`,
		string(m), target, year, string(p.Unit), string(p.Person))
}

func (r reader) FindScorer(ctx context.Context, id campaign.ScoreTableID) (*campaign.Scorer, bool, error) {
	sc, ok, err := r.s.scorer(ctx, id)
	return sc, ok, classify(err)
}

func (r reader) HasScores(ctx context.Context, table campaign.ScoreTableID, u org.UnitID) (bool, error) {
	return r.exists(ctx, `SELECT 1 FROM campaign_scorecards WHERE table_id = ? AND unit = ?`, string(table), string(u))
}

func (r reader) FindCluster(ctx context.Context, id campaign.ClusterID) (campaign.Cluster, bool, error) {
	cs, err := r.s.clusters(ctx, "WHERE c.id = ?", string(id))
	if err != nil || len(cs) == 0 {
		return campaign.Cluster{}, false, classify(err)
	}
	return cs[0], true, nil
}

func (r reader) ClusterOf(ctx context.Context, u org.UnitID, year int, kind campaign.ClusterKind) (campaign.ClusterID, bool, error) {
	var id string
	err := r.s.querier().QueryRowContext(ctx, r.s.q(`SELECT cluster FROM campaign_cluster_members WHERE unit = ? AND year = ? AND kind = ?`),
		string(u), year, int(kind)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return campaign.ClusterID(id), err == nil, classify(err)
}

func (r reader) HasInitiative(ctx context.Context, id campaign.InitiativeID) (bool, error) {
	return r.exists(ctx, `SELECT 1 FROM campaign_initiatives WHERE id = ?`, string(id))
}

func (r reader) UsesOf(ctx context.Context, id campaign.InitiativeID) ([]campaign.InitiativeUse, error) {
	uses, err := r.s.uses(ctx, r.s.querier(), "WHERE initiative = ?", string(id))
	return uses, classify(err)
}

// classify turns a driver error of a check's read into the store's errors
// (ErrStorage, or the context's error); the check adds what it was doing.
func classify(err error) error {
	if err == nil {
		return nil
	}
	return sqldb.Classify("campaignsql: read", "", "", err)
}

// scorer returns the compiled table with the ID, from the cache or the
// database.
func (s *Store) scorer(ctx context.Context, id campaign.ScoreTableID) (*campaign.Scorer, bool, error) {
	if sc, ok := s.scorers.Load(id); ok {
		return sc.(*campaign.Scorer), true, nil
	}
	var name, criteria string
	err := s.querier().QueryRowContext(ctx, s.q(`SELECT name, criteria FROM campaign_score_tables WHERE id = ?`), string(id)).Scan(&name, &criteria)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	t := campaign.ScoreTable{ID: id, Name: name}
	if err := unmarshal(criteria, &t.Criteria); err != nil {
		return nil, false, err
	}
	sc, err := campaign.NewScorer(t)
	if err != nil {
		return nil, false, fmt.Errorf("campaignsql: stored table %q: %w", id, err)
	}
	s.scorers.Store(id, sc)
	return sc, true, nil
}

// AddMovement implements [campaign.Store.AddMovement].
func (s *Store) AddMovement(ctx context.Context, m campaign.Movement) error {
	const op = "campaignsql: add movement"
	if err := ctx.Err(); err != nil {
		return err
	}
	m, err := s.rules.CheckAddMovement(ctx, reader{s}, m)
	if err != nil {
		return err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO campaign_movements
(id, title, kind, launcher_unit, launcher_name, launcher_fold, period_from, period_to, parent, registration, participants, targets)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			string(m.ID), m.Title, int(m.Kind), string(m.Launcher.Unit), m.Launcher.Name, vntext.Fold(m.Launcher.Name),
			m.Period.From.String(), m.Period.To.String(), nullable(string(m.Parent)),
			marshal(m.Registration), marshal(m.Participants), marshal(m.Targets))
		return err
	})
	return sqldb.Classify(op, "movement", string(m.ID), err)
}

const movementCols = `SELECT id, title, kind, launcher_unit, launcher_name, period_from, period_to, parent, registration, participants, targets FROM campaign_movements `

// movements reads the movements matching where, by ID.
func (s *Store) movements(ctx context.Context, q sqldb.Querier, where string, args ...any) ([]campaign.Movement, error) {
	rows, err := q.QueryContext(ctx, s.q(movementCols+where+" ORDER BY id"), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []campaign.Movement
	for rows.Next() {
		var (
			m                           campaign.Movement
			id, unit, from, to          string
			parent                      sql.NullString
			windows, participants, tgts string
			kind                        int
		)
		if err := rows.Scan(&id, &m.Title, &kind, &unit, &m.Launcher.Name, &from, &to, &parent, &windows, &participants, &tgts); err != nil {
			return nil, err
		}
		m.ID, m.Kind, m.Launcher.Unit, m.Parent = campaign.MovementID(id), campaign.Kind(kind), org.UnitID(unit), campaign.MovementID(parent.String)
		if m.Period.From, err = parseDate(from); err != nil {
			return nil, err
		}
		if m.Period.To, err = parseDate(to); err != nil {
			return nil, err
		}
		if err := unmarshal(windows, &m.Registration); err != nil {
			return nil, err
		}
		if err := unmarshal(participants, &m.Participants); err != nil {
			return nil, err
		}
		if err := unmarshal(tgts, &m.Targets); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Movement implements [campaign.Store.Movement].
func (s *Store) Movement(ctx context.Context, id campaign.MovementID) (campaign.Movement, error) {
	const op = "campaignsql: movement"
	if err := ctx.Err(); err != nil {
		return campaign.Movement{}, err
	}
	ms, err := s.movements(ctx, s.querier(), "WHERE id = ?", string(id))
	if err != nil {
		return campaign.Movement{}, sqldb.Classify(op, "movement", string(id), err)
	}
	if len(ms) == 0 {
		return campaign.Movement{}, thidua.NotFound(op, "movement", string(id))
	}
	return ms[0], nil
}

// Movements implements [campaign.Store.Movements].
func (s *Store) Movements(ctx context.Context, f campaign.MovementFilter) ([]campaign.Movement, error) {
	const op = "campaignsql: movements"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var w where
	if !f.During.IsZero() {
		w.add("period_from <= ? AND period_to >= ?", f.During.To.String(), f.During.From.String())
	}
	if f.LauncherUnit != "" {
		w.add("launcher_unit = ?", string(f.LauncherUnit))
	}
	if name := vntext.Fold(f.LauncherName); name != "" {
		w.add("launcher_fold = ?", name)
	}
	if f.Parent != "" {
		w.add("parent = ?", string(f.Parent))
	}
	if f.Kind != 0 {
		w.add("kind = ?", int(f.Kind))
	}
	ms, err := s.movements(ctx, s.querier(), w.String(), w.args...)
	return ms, sqldb.Classify(op, "movement", "", err)
}

// where builds a WHERE clause of conditions joined by AND.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(w.conds, " AND ")
}

// Register implements [campaign.Store.Register].
func (s *Store) Register(ctx context.Context, r campaign.Registration) error {
	const op = "campaignsql: register"
	if err := ctx.Err(); err != nil {
		return err
	}
	r, err := s.rules.CheckRegister(ctx, reader{s}, r)
	if err != nil {
		return err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO campaign_registrations (movement, year, unit, person, date, titles, note)
VALUES (?, ?, ?, ?, ?, ?, ?)`),
			string(r.Movement), r.Year, string(r.Participant.Unit), string(r.Participant.Person), r.Date.String(), marshal(r.Titles), r.Note)
		return err
	})
	return sqldb.Classify(op, "registration", regID(r.Movement, r.Year, r.Participant), err)
}

func regID(m campaign.MovementID, year int, p campaign.Participant) string {
	return fmt.Sprintf("%s/%d/%s", m, year, p)
}

// regWhere is the WHERE clause of a registration filter.
func (s *Store) regWhere(f campaign.RegistrationFilter) where {
	var w where
	if f.Movement != "" {
		w.add("movement = ?", string(f.Movement))
	}
	if f.Year != 0 {
		w.add("year = ?", f.Year)
	}
	if f.Participant != (campaign.Participant{}) {
		w.add("unit = ? AND person = ?", string(f.Participant.Unit), string(f.Participant.Person))
	}
	if len(f.Movements) > 0 {
		w.add(s.inJSON("movement"), marshal(f.Movements))
	}
	switch {
	case len(f.Units) > 0 && len(f.People) > 0:
		w.add("((unit <> '' AND "+s.inJSON("unit")+") OR (person <> '' AND "+s.inJSON("person")+"))",
			marshal(f.Units), marshal(f.People))
	case len(f.Units) > 0:
		w.add("unit <> '' AND "+s.inJSON("unit"), marshal(f.Units))
	case len(f.People) > 0:
		w.add("person <> '' AND "+s.inJSON("person"), marshal(f.People))
	}
	return w
}

// participantOrder orders as the Store documents: units before people,
// each by ID.
const participantOrder = `movement, year, CASE WHEN unit <> '' THEN 0 ELSE 1 END, unit, person`

func (s *Store) registrations(ctx context.Context, w where) ([]campaign.Registration, error) {
	rows, err := s.querier().QueryContext(ctx, s.q(`SELECT movement, year, unit, person, date, titles, note FROM campaign_registrations `+
		w.String()+` ORDER BY `+participantOrder), w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []campaign.Registration
	for rows.Next() {
		var (
			r                           campaign.Registration
			m, unit, person, date, tits string
		)
		if err := rows.Scan(&m, &r.Year, &unit, &person, &date, &tits, &r.Note); err != nil {
			return nil, err
		}
		r.Movement, r.Participant = campaign.MovementID(m), campaign.Participant{Unit: org.UnitID(unit), Person: org.PersonID(person)}
		if r.Date, err = parseDate(date); err != nil {
			return nil, err
		}
		if err := unmarshal(tits, &r.Titles); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Registration implements [campaign.Store.Registration].
func (s *Store) Registration(ctx context.Context, m campaign.MovementID, year int, p campaign.Participant) (campaign.Registration, error) {
	const op = "campaignsql: registration"
	if err := ctx.Err(); err != nil {
		return campaign.Registration{}, err
	}
	var w where
	w.add("movement = ? AND year = ? AND unit = ? AND person = ?", string(m), year, string(p.Unit), string(p.Person))
	rs, err := s.registrations(ctx, w)
	if err != nil {
		return campaign.Registration{}, sqldb.Classify(op, "registration", regID(m, year, p), err)
	}
	if len(rs) == 0 {
		return campaign.Registration{}, thidua.NotFound(op, "registration", regID(m, year, p))
	}
	return rs[0], nil
}

// Registrations implements [campaign.Store.Registrations].
func (s *Store) Registrations(ctx context.Context, f campaign.RegistrationFilter) ([]campaign.Registration, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rs, err := s.registrations(ctx, s.regWhere(f))
	return rs, sqldb.Classify("campaignsql: registrations", "registration", "", err)
}

// AddResult implements [campaign.Store.AddResult].
func (s *Store) AddResult(ctx context.Context, r campaign.Result) error {
	const op = "campaignsql: add result"
	if err := ctx.Err(); err != nil {
		return err
	}
	pos, err := s.rules.CheckAddResult(ctx, reader{s}, r)
	if err != nil {
		return err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO campaign_results (movement, target, target_pos, year, unit, person, actual)
VALUES (?, ?, ?, ?, ?, ?, ?)`),
			string(r.Movement), r.Target, pos, r.Year, string(r.Participant.Unit), string(r.Participant.Person), r.Actual.String())
		return err
	})
	return sqldb.Classify(op, "result", regID(r.Movement, r.Year, r.Participant)+"/"+r.Target, err)
}

// Results implements [campaign.Store.Results].
func (s *Store) Results(ctx context.Context, f campaign.RegistrationFilter) ([]campaign.Result, error) {
	const op = "campaignsql: results"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	w := s.regWhere(f)
	rows, err := s.querier().QueryContext(ctx, s.q(`SELECT movement, target, year, unit, person, actual FROM campaign_results `+
		w.String()+` ORDER BY `+participantOrder+`, target_pos`), w.args...)
	if err != nil {
		return nil, sqldb.Classify(op, "result", "", err)
	}
	defer rows.Close()
	var out []campaign.Result
	for rows.Next() {
		var (
			r               campaign.Result
			m, unit, person string
		)
		if err := rows.Scan(&m, &r.Target, &r.Year, &unit, &person, &r.Actual); err != nil {
			return nil, sqldb.Classify(op, "result", "", err)
		}
		r.Movement, r.Participant = campaign.MovementID(m), campaign.Participant{Unit: org.UnitID(unit), Person: org.PersonID(person)}
		out = append(out, r)
	}
	return out, sqldb.Classify(op, "result", "", rows.Err())
}

// AddScoreTable implements [campaign.Store.AddScoreTable].
func (s *Store) AddScoreTable(ctx context.Context, t campaign.ScoreTable) error {
	const op = "campaignsql: add score table"
	if err := ctx.Err(); err != nil {
		return err
	}
	sc, err := s.rules.CheckAddScoreTable(ctx, reader{s}, t)
	if err != nil {
		return err
	}
	t = sc.Table()
	err = s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO campaign_score_tables (id, name, criteria) VALUES (?, ?, ?)`),
			string(t.ID), t.Name, marshal(t.Criteria))
		return err
	})
	return sqldb.Classify(op, "score table", string(t.ID), err)
}

// ScoreTable implements [campaign.Store.ScoreTable].
func (s *Store) ScoreTable(ctx context.Context, id campaign.ScoreTableID) (campaign.ScoreTable, error) {
	const op = "campaignsql: score table"
	if err := ctx.Err(); err != nil {
		return campaign.ScoreTable{}, err
	}
	sc, ok, err := s.scorer(ctx, id)
	if err != nil {
		return campaign.ScoreTable{}, sqldb.Classify(op, "score table", string(id), err)
	}
	if !ok {
		return campaign.ScoreTable{}, thidua.NotFound(op, "score table", string(id))
	}
	return sc.Table(), nil
}

// ScoreTables implements [campaign.Store.ScoreTables].
func (s *Store) ScoreTables(ctx context.Context) ([]campaign.ScoreTable, error) {
	const op = "campaignsql: score tables"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rows, err := s.querier().QueryContext(ctx, `SELECT id, name, criteria FROM campaign_score_tables ORDER BY id`)
	if err != nil {
		return nil, sqldb.Classify(op, "score table", "", err)
	}
	defer rows.Close()
	var out []campaign.ScoreTable
	for rows.Next() {
		var t campaign.ScoreTable
		var id, criteria string
		if err := rows.Scan(&id, &t.Name, &criteria); err != nil {
			return nil, sqldb.Classify(op, "score table", "", err)
		}
		t.ID = campaign.ScoreTableID(id)
		if err := unmarshal(criteria, &t.Criteria); err != nil {
			return nil, sqldb.Classify(op, "score table", id, err)
		}
		out = append(out, t)
	}
	return out, sqldb.Classify(op, "score table", "", rows.Err())
}

// AddScores implements [campaign.Store.AddScores].
func (s *Store) AddScores(ctx context.Context, c campaign.Scorecard) error {
	const op = "campaignsql: add scores"
	if err := ctx.Err(); err != nil {
		return err
	}
	c, err := s.rules.CheckAddScores(ctx, reader{s}, c)
	if err != nil {
		return err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO campaign_scorecards (table_id, unit, points) VALUES (?, ?, ?)`),
			string(c.Table), string(c.Unit), marshal(c.Points))
		return err
	})
	return sqldb.Classify(op, "scorecard", string(c.Unit), err)
}

// Scores implements [campaign.Store.Scores].
func (s *Store) Scores(ctx context.Context, table campaign.ScoreTableID) ([]campaign.Scorecard, error) {
	const op = "campaignsql: scores"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []campaign.Scorecard
	found := false
	err := s.read(ctx, func(tx *sql.Tx) error {
		out, found = nil, false
		var one int
		err := tx.QueryRowContext(ctx, s.q(`SELECT 1 FROM campaign_score_tables WHERE id = ?`), string(table)).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		rows, err := tx.QueryContext(ctx, s.q(`SELECT unit, points FROM campaign_scorecards WHERE table_id = ? ORDER BY unit`), string(table))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var unit, points string
			if err := rows.Scan(&unit, &points); err != nil {
				return err
			}
			c := campaign.Scorecard{Table: table, Unit: org.UnitID(unit)}
			if err := unmarshal(points, &c.Points); err != nil {
				return err
			}
			out = append(out, c)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, sqldb.Classify(op, "score table", string(table), err)
	}
	if !found {
		return nil, thidua.NotFound(op, "score table", string(table))
	}
	return out, nil
}

// AddCluster implements [campaign.Store.AddCluster].
func (s *Store) AddCluster(ctx context.Context, c campaign.Cluster) error {
	const op = "campaignsql: add cluster"
	if err := ctx.Err(); err != nil {
		return err
	}
	c, err := s.rules.CheckAddCluster(ctx, reader{s}, c)
	if err != nil {
		return err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO campaign_clusters (id, name, kind, year, table_id) VALUES (?, ?, ?, ?, ?)`),
			string(c.ID), c.Name, int(c.Kind), c.Year, nullable(string(c.Table))); err != nil {
			return err
		}
		var b strings.Builder
		var args []any
		b.WriteString(`INSERT INTO campaign_cluster_members (cluster, pos, unit, year, kind) VALUES `)
		for i, u := range c.Members {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("(?, ?, ?, ?, ?)")
			args = append(args, string(c.ID), i, string(u), c.Year, int(c.Kind))
		}
		if _, err := tx.ExecContext(ctx, s.q(b.String()), args...); err != nil {
			return err
		}
		return s.insertRanks(ctx, tx, c.ID, c.Ranking)
	})
	return sqldb.Classify(op, "cluster", string(c.ID), err)
}

// insertRanks stores a ranking (nothing for an empty one).
func (s *Store) insertRanks(ctx context.Context, tx *sql.Tx, id campaign.ClusterID, ranking []campaign.Rank) error {
	if len(ranking) == 0 {
		return nil
	}
	var b strings.Builder
	var args []any
	b.WriteString(`INSERT INTO campaign_cluster_ranks (cluster, pos, unit, place, total, explanation) VALUES `)
	for i, r := range ranking {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("(?, ?, ?, ?, ?, ?)")
		args = append(args, string(id), i, string(r.Unit), r.Place, int64(r.Total), r.Explanation)
	}
	_, err := tx.ExecContext(ctx, s.q(b.String()), args...)
	return err
}

// clusters reads the clusters matching where (on campaign_clusters c),
// by ID, with members and rankings: three queries in one read
// transaction.
func (s *Store) clusters(ctx context.Context, where string, args ...any) ([]campaign.Cluster, error) {
	var out []campaign.Cluster
	err := s.read(ctx, func(tx *sql.Tx) error {
		out = nil
		rows, err := tx.QueryContext(ctx, s.q(`SELECT c.id, c.name, c.kind, c.year, c.table_id FROM campaign_clusters c `+where+` ORDER BY c.id`), args...)
		if err != nil {
			return err
		}
		idx := map[campaign.ClusterID]int{}
		for rows.Next() {
			var (
				c          campaign.Cluster
				id         string
				kind       int
				scoreTable sql.NullString
			)
			if err := rows.Scan(&id, &c.Name, &kind, &c.Year, &scoreTable); err != nil {
				rows.Close()
				return err
			}
			c.ID, c.Kind, c.Table = campaign.ClusterID(id), campaign.ClusterKind(kind), campaign.ScoreTableID(scoreTable.String)
			idx[c.ID] = len(out)
			out = append(out, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(out) == 0 {
			return nil
		}
		rows, err = tx.QueryContext(ctx, s.q(`SELECT m.cluster, m.unit FROM campaign_cluster_members m
WHERE m.cluster IN (SELECT c.id FROM campaign_clusters c `+where+`) ORDER BY m.cluster, m.pos`), args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, unit string
			if err := rows.Scan(&id, &unit); err != nil {
				rows.Close()
				return err
			}
			if i, ok := idx[campaign.ClusterID(id)]; ok {
				out[i].Members = append(out[i].Members, org.UnitID(unit))
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		rows, err = tx.QueryContext(ctx, s.q(`SELECT `+rankColumns+` FROM campaign_cluster_ranks r
WHERE r.cluster IN (SELECT c.id FROM campaign_clusters c `+where+`) ORDER BY r.cluster, r.pos`), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			id, r, err := scanRank(rows)
			if err != nil {
				return err
			}
			if i, ok := idx[id]; ok {
				out[i].Ranking = append(out[i].Ranking, r)
			}
		}
		return rows.Err()
	})
	return out, err
}

// rankColumns are the columns scanRank reads, in its order.
const rankColumns = `r.cluster, r.unit, r.place, r.total, r.explanation`

// scanRank reads a row of campaign_cluster_ranks r selected with
// rankColumns.
func scanRank(rows *sql.Rows) (campaign.ClusterID, campaign.Rank, error) {
	var (
		id, unit string
		r        campaign.Rank
		total    int64
	)
	if err := rows.Scan(&id, &unit, &r.Place, &total, &r.Explanation); err != nil {
		return "", campaign.Rank{}, err
	}
	r.Unit, r.Total = org.UnitID(unit), campaign.Points(total)
	return campaign.ClusterID(id), r, nil
}

// Cluster implements [campaign.Store.Cluster].
func (s *Store) Cluster(ctx context.Context, id campaign.ClusterID) (campaign.Cluster, error) {
	const op = "campaignsql: cluster"
	if err := ctx.Err(); err != nil {
		return campaign.Cluster{}, err
	}
	cs, err := s.clusters(ctx, "WHERE c.id = ?", string(id))
	if err != nil {
		return campaign.Cluster{}, sqldb.Classify(op, "cluster", string(id), err)
	}
	if len(cs) == 0 {
		return campaign.Cluster{}, thidua.NotFound(op, "cluster", string(id))
	}
	return cs[0], nil
}

// ClustersOf implements [campaign.Store.ClustersOf].
func (s *Store) ClustersOf(ctx context.Context, u org.UnitID, year int) ([]campaign.Cluster, error) {
	const op = "campaignsql: clusters of"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cs, err := s.clusters(ctx, `WHERE c.id IN (SELECT cluster FROM campaign_cluster_members WHERE unit = ? AND year = ?)`, string(u), year)
	if err != nil {
		return nil, sqldb.Classify(op, "unit", string(u), err)
	}
	// At most one of each kind: cụm first.
	if len(cs) == 2 && cs[0].Kind > cs[1].Kind {
		cs[0], cs[1] = cs[1], cs[0]
	}
	return cs, nil
}

// Clusters implements [campaign.Store.Clusters].
func (s *Store) Clusters(ctx context.Context, f campaign.ClusterFilter) ([]campaign.Cluster, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var w where
	if f.Year != 0 {
		w.add("c.year = ?", f.Year)
	}
	if f.Kind != 0 {
		w.add("c.kind = ?", int(f.Kind))
	}
	cs, err := s.clusters(ctx, w.String(), w.args...)
	return cs, sqldb.Classify("campaignsql: clusters", "cluster", "", err)
}

// SetRanking implements [campaign.Store.SetRanking].
func (s *Store) SetRanking(ctx context.Context, id campaign.ClusterID, ranking []campaign.Rank) error {
	const op = "campaignsql: set ranking"
	if err := ctx.Err(); err != nil {
		return err
	}
	ranking, err := s.rules.CheckSetRanking(ctx, reader{s}, id, ranking)
	if err != nil {
		return err
	}
	return sqldb.Classify(op, "cluster", string(id), s.putRanking(ctx, id, nil, nil, ranking))
}

// AddInitiative implements [campaign.Store.AddInitiative].
func (s *Store) AddInitiative(ctx context.Context, in campaign.Initiative) error {
	const op = "campaignsql: add initiative"
	if err := ctx.Err(); err != nil {
		return err
	}
	in, err := s.rules.CheckAddInitiative(ctx, reader{s}, in)
	if err != nil {
		return err
	}
	applied := 0
	if in.Applied {
		applied = 1
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO campaign_initiatives
(id, title, kind, level, recognised_by, decision, created, recognised, applied) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			string(in.ID), in.Title, int(in.Kind), int(in.Level), in.RecognisedBy, in.Decision,
			in.Created.String(), in.Recognised.String(), applied); err != nil {
			return err
		}
		var b strings.Builder
		var args []any
		b.WriteString(`INSERT INTO campaign_initiative_authors (initiative, pos, person, share) VALUES `)
		for i, a := range in.Authors {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("(?, ?, ?, ?)")
			args = append(args, string(in.ID), i, string(a.Person), a.Share.String())
		}
		_, err := tx.ExecContext(ctx, s.q(b.String()), args...)
		return err
	})
	return sqldb.Classify(op, "initiative", string(in.ID), err)
}

// initiatives reads the initiatives matching w (on campaign_initiatives
// i), by recognition date then ID, with their authors: two queries in one
// read transaction, however many initiatives or authors.
func (s *Store) initiatives(ctx context.Context, w where) ([]campaign.Initiative, error) {
	var out []campaign.Initiative
	err := s.read(ctx, func(tx *sql.Tx) error {
		out = nil
		rows, err := tx.QueryContext(ctx, s.q(`SELECT i.id, i.title, i.kind, i.level, i.recognised_by, i.decision, i.created, i.recognised, i.applied
FROM campaign_initiatives i `+w.String()+` ORDER BY i.recognised, i.id`), w.args...)
		if err != nil {
			return err
		}
		idx := map[campaign.InitiativeID]int{}
		for rows.Next() {
			var (
				in                   campaign.Initiative
				id, created, recog   string
				kind, level, applied int
			)
			if err := rows.Scan(&id, &in.Title, &kind, &level, &in.RecognisedBy, &in.Decision, &created, &recog, &applied); err != nil {
				rows.Close()
				return err
			}
			in.ID, in.Kind, in.Level, in.Applied = campaign.InitiativeID(id), campaign.InitiativeKind(kind), campaign.Level(level), applied != 0
			if in.Created, err = parseDate(created); err != nil {
				rows.Close()
				return err
			}
			if in.Recognised, err = parseDate(recog); err != nil {
				rows.Close()
				return err
			}
			idx[in.ID] = len(out)
			out = append(out, in)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(out) == 0 {
			return nil
		}
		rows, err = tx.QueryContext(ctx, s.q(`SELECT a.initiative, a.person, a.share FROM campaign_initiative_authors a
WHERE a.initiative IN (SELECT i.id FROM campaign_initiatives i `+w.String()+`) ORDER BY a.initiative, a.pos`), w.args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				id, person string
				share      decimal.Decimal
			)
			if err := rows.Scan(&id, &person, &share); err != nil {
				return err
			}
			if i, ok := idx[campaign.InitiativeID(id)]; ok {
				out[i].Authors = append(out[i].Authors, campaign.Author{Person: org.PersonID(person), Share: share})
			}
		}
		return rows.Err()
	})
	return out, err
}

// initiativeWhere is the WHERE clause of an initiative filter.
func (s *Store) initiativeWhere(f campaign.InitiativeFilter) where {
	var w where
	if !f.Recognised.IsZero() {
		w.add("i.recognised >= ? AND i.recognised <= ?", f.Recognised.From.String(), f.Recognised.To.String())
	}
	if f.MinLevel != 0 {
		w.add("i.level >= ?", int(f.MinLevel))
	}
	switch len(f.Authors) {
	case 0:
	case 1: // an index lookup; the planner cannot see into a JSON array
		w.add("i.id IN (SELECT initiative FROM campaign_initiative_authors WHERE person = ?)", string(f.Authors[0]))
	default:
		w.add("i.id IN (SELECT initiative FROM campaign_initiative_authors WHERE "+s.inJSON("person")+")", marshal(f.Authors))
	}
	return w
}

// Initiative implements [campaign.Store.Initiative].
func (s *Store) Initiative(ctx context.Context, id campaign.InitiativeID) (campaign.Initiative, error) {
	const op = "campaignsql: initiative"
	if err := ctx.Err(); err != nil {
		return campaign.Initiative{}, err
	}
	var w where
	w.add("i.id = ?", string(id))
	ins, err := s.initiatives(ctx, w)
	if err != nil {
		return campaign.Initiative{}, sqldb.Classify(op, "initiative", string(id), err)
	}
	if len(ins) == 0 {
		return campaign.Initiative{}, thidua.NotFound(op, "initiative", string(id))
	}
	return ins[0], nil
}

// InitiativesOf implements [campaign.Store.InitiativesOf].
func (s *Store) InitiativesOf(ctx context.Context, p org.PersonID, f campaign.InitiativeFilter) ([]campaign.Initiative, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.ValidateOf(); err != nil {
		return nil, err
	}
	f.Authors = []org.PersonID{p}
	ins, err := s.initiatives(ctx, s.initiativeWhere(f))
	return ins, sqldb.Classify("campaignsql: initiatives of", "person", string(p), err)
}

// Initiatives implements [campaign.Store.Initiatives]: two queries,
// whatever the number of authors (the set is bound as one JSON array).
func (s *Store) Initiatives(ctx context.Context, f campaign.InitiativeFilter) ([]campaign.Initiative, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	ins, err := s.initiatives(ctx, s.initiativeWhere(f))
	return ins, sqldb.Classify("campaignsql: initiatives", "initiative", "", err)
}

// UseInitiative implements [campaign.Store.UseInitiative].
func (s *Store) UseInitiative(ctx context.Context, id campaign.InitiativeID, award, grant string) error {
	const op = "campaignsql: use initiative"
	if err := ctx.Err(); err != nil {
		return err
	}
	u, err := s.rules.CheckUseInitiative(ctx, reader{s}, id, award, grant)
	if err != nil {
		return err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO campaign_initiative_uses (initiative, award, slot, grant_id) VALUES (?, ?, ?, ?)`),
			string(u.Initiative), u.Award, s.rules.UseSlot(u.Award), u.Grant)
		return err
	})
	return sqldb.Classify(op, "initiative", string(id), err)
}

// uses reads the uses matching where, by initiative then award code.
func (s *Store) uses(ctx context.Context, q sqldb.Querier, where string, args ...any) ([]campaign.InitiativeUse, error) {
	rows, err := q.QueryContext(ctx, s.q(`SELECT initiative, award, grant_id FROM campaign_initiative_uses `+where+` ORDER BY initiative, award`), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []campaign.InitiativeUse
	for rows.Next() {
		var u campaign.InitiativeUse
		var id string
		if err := rows.Scan(&id, &u.Award, &u.Grant); err != nil {
			return nil, err
		}
		u.Initiative = campaign.InitiativeID(id)
		out = append(out, u)
	}
	return out, rows.Err()
}

// InitiativeUses implements [campaign.Store.InitiativeUses].
func (s *Store) InitiativeUses(ctx context.Context, id campaign.InitiativeID) ([]campaign.InitiativeUse, error) {
	const op = "campaignsql: initiative uses"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []campaign.InitiativeUse
	found := false
	err := s.read(ctx, func(tx *sql.Tx) error {
		var one int
		err := tx.QueryRowContext(ctx, s.q(`SELECT 1 FROM campaign_initiatives WHERE id = ?`), string(id)).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			found = false
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		out, err = s.uses(ctx, tx, "WHERE initiative = ?", string(id))
		return err
	})
	if err != nil {
		return nil, sqldb.Classify(op, "initiative", string(id), err)
	}
	if !found {
		return nil, thidua.NotFound(op, "initiative", string(id))
	}
	return out, nil
}

// Uses implements [campaign.Store.Uses]: one query, whatever the number of
// initiatives (the set is bound as one JSON array).
func (s *Store) Uses(ctx context.Context, f campaign.UseFilter) ([]campaign.InitiativeUse, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var (
		out []campaign.InitiativeUse
		err error
	)
	if len(f.Initiatives) == 0 {
		out, err = s.uses(ctx, s.querier(), "")
	} else {
		out, err = s.uses(ctx, s.querier(), "WHERE "+s.inJSON("initiative"), marshal(f.Initiatives))
	}
	return out, sqldb.Classify("campaignsql: uses", "initiative use", "", err)
}
