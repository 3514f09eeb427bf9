package awardsql

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/sqldb"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

const (
	nominationCols = `n.id, n.kind, n.person, n.unit, n.year, n.period_from, n.period_to, n.basis, n.movement,
	n.proposer, n.authority, n.holder, n.state, COALESCE(nc.province, ''), COALESCE(np.post, '')`
	// nominationFrom joins the province to consult (0002_consultation) and
	// the post the proposal states (0004_proposal).
	nominationFrom = ` FROM award_nominations n LEFT JOIN award_nomination_consult nc ON nc.nomination_id = n.id
	LEFT JOIN award_nomination_post np ON np.nomination_id = n.id`
	stepCols = `st.nomination_id, st.action, st.by_unit, st.by_name, st.on_date, st.from_state, st.to_state, st.holder, st.reason,
	st.has_verdict, st.v_eligible, st.v_summary, st.v_flagged,
	st.has_vote, st.vote_unit, st.vote_on, st.vote_members, st.vote_in_favour, st.vote_num, st.vote_den, st.vote_strict, st.vote_passed, st.vote_office,
	CASE WHEN sc.seq IS NULL THEN 0 ELSE 1 END, COALESCE(sc.body, ''), COALESCE(sc.unit, ''), COALESCE(sc.asked, ''), COALESCE(sc.answer, 0),
	COALESCE(sc.number, 0), COALESCE(sc.number_year, 0), COALESCE(sc.symbol, ''), COALESCE(sc.on_date, ''), COALESCE(sc.note, ''),
	CASE WHEN sv.seq IS NULL THEN 0 ELSE 1 END, COALESCE(sv.regime, ''), COALESCE(sv.through, 0), COALESCE(sv.pending, 0), COALESCE(sv.basis, 0),
	COALESCE(sv.initiatives, '[]'), COALESCE(sv.feats, '[]')`
	// stepConsultJoin joins the consultation a step recorded (0002_consultation)
	// and what its verdict carries beyond the summary (0003_verdict, and the
	// achievements it counted, 0005_verdict_uses).
	stepConsultJoin = ` LEFT JOIN award_step_consultations sc ON sc.nomination_id = st.nomination_id AND sc.seq = st.seq` +
		` LEFT JOIN award_step_verdicts sv ON sv.nomination_id = st.nomination_id AND sv.seq = st.seq`
	criterionCols = `cr.nomination_id, cr.seq, cr.id, cr.passed, cr.pending, cr.branch, cr.reason, cr.citation,
	cr.have, cr.need, cr.years, cr.missing, cr.uncounted, cr.excluded`
	decisionCols = `d.id, d.number, d.number_year, d.symbol, d.date, d.issuer, d.issuer_name, d.signer_title, d.signer`
	grantCols    = `g.id, g.decision_id, g.kind, g.person, g.unit, g.year, g.period_from, g.period_to, g.basis, g.movement,
	g.nomination, g.title, g.revoked_date, g.revocation`
)

type scanner interface{ Scan(dest ...any) error }

// subject reads the columns of a subject.
type subjectCols struct {
	kind, person, unit, from, to, movement string
	year, basis                            int64
}

func (c *subjectCols) dest() []any {
	return []any{&c.kind, &c.person, &c.unit, &c.year, &c.from, &c.to, &c.basis, &c.movement}
}

func (c *subjectCols) subject() (award.Subject, error) {
	from, err := parseDay(c.from)
	if err != nil {
		return award.Subject{}, err
	}
	to, err := parseDay(c.to)
	if err != nil {
		return award.Subject{}, err
	}
	return award.Subject{Kind: award.Code(c.kind), Recipient: award.Recipient{Person: org.PersonID(c.person), Unit: org.UnitID(c.unit)},
		Year: int(c.year), Period: thidua.Period{From: from, To: to}, Basis: award.Basis(c.basis), Movement: c.movement}, nil
}

func scanNomination(r scanner) (award.Nomination, error) {
	var n award.Nomination
	var sc subjectCols
	var proposer, authority, holder, province, post string
	var state int64
	dest := append([]any{&n.ID}, sc.dest()...)
	dest = append(dest, &proposer, &authority, &holder, &state, &province, &post)
	if err := r.Scan(dest...); err != nil {
		return n, err
	}
	n.ConsultProvince, n.Post = province, post
	sub, err := sc.subject()
	if err != nil {
		return n, err
	}
	n.Subject, n.Proposer, n.Authority, n.Holder, n.State = sub, org.UnitID(proposer), org.UnitID(authority), org.UnitID(holder), award.State(state)
	return n, nil
}

// scanStep reads a step: the ID of its nomination, its event, and its vote
// if it recorded one. The criteria of its verdict are read apart
// (scanCriterion); detailed says it has some to read.
func scanStep(r scanner) (string, award.Event, *award.Vote, bool, error) {
	var (
		id, byUnit, byName, on, holder, reason, summary, voteUnit, voteOn string
		action, from, to, hasVerdict, eligible, flagged, hasVote          int64
		members, inFavour, num, den, strict, passed, office               int64
		hasConsult, cAnswer, cNumber, cNumberYear                         int64
		cBody, cUnit, cAsked, cSymbol, cOn, cNote                         string
		hasDetail, vThrough, vPending, vBasis                             int64
		vRegime, vInitiatives, vFeats                                     string
	)
	if err := r.Scan(&id, &action, &byUnit, &byName, &on, &from, &to, &holder, &reason,
		&hasVerdict, &eligible, &summary, &flagged,
		&hasVote, &voteUnit, &voteOn, &members, &inFavour, &num, &den, &strict, &passed, &office,
		&hasConsult, &cBody, &cUnit, &cAsked, &cAnswer, &cNumber, &cNumberYear, &cSymbol, &cOn, &cNote,
		&hasDetail, &vRegime, &vThrough, &vPending, &vBasis, &vInitiatives, &vFeats); err != nil {
		return "", award.Event{}, nil, false, err
	}
	d, err := parseDay(on)
	if err != nil {
		return "", award.Event{}, nil, false, err
	}
	e := award.Event{Action: award.Action(action), By: award.Actor{Unit: org.UnitID(byUnit), Name: byName}, On: d,
		From: award.State(from), To: award.State(to), Holder: org.UnitID(holder), Reason: reason}
	if hasVerdict != 0 {
		e.Verdict = &award.Verdict{Eligible: eligible != 0, Summary: summary, Flagged: flagged != 0}
		if hasDetail != 0 {
			e.Verdict.Regime, e.Verdict.Through, e.Verdict.Pending, e.Verdict.Basis = vRegime, int(vThrough), vPending != 0, award.Basis(vBasis)
			for _, l := range []struct {
				text string
				dst  *[]string
			}{{vInitiatives, &e.Verdict.Initiatives}, {vFeats, &e.Verdict.Feats}} {
				if err := json.Unmarshal([]byte(l.text), l.dst); err != nil {
					return "", award.Event{}, nil, false, err
				}
				if len(*l.dst) == 0 {
					*l.dst = nil
				}
			}
		}
	}
	if hasConsult != 0 {
		asked, err := parseDay(cAsked)
		if err != nil {
			return "", award.Event{}, nil, false, err
		}
		answered, err := parseDay(cOn)
		if err != nil {
			return "", award.Event{}, nil, false, err
		}
		e.Consultation = &award.Consultation{Body: cBody, Unit: org.UnitID(cUnit), Asked: asked, Answer: award.Answer(cAnswer),
			Number: thidua.DocNumber{Number: int(cNumber), Year: int(cNumberYear), Symbol: cSymbol}, On: answered, Note: cNote}
	}
	if hasVote == 0 {
		return id, e, nil, hasDetail != 0, nil
	}
	vd, err := parseDay(voteOn)
	if err != nil {
		return "", award.Event{}, nil, false, err
	}
	v := &award.Vote{Unit: org.UnitID(voteUnit), On: vd, Members: int(members), InFavour: int(inFavour),
		Threshold: award.Threshold{Num: int(num), Den: int(den), Strict: strict != 0}, Passed: passed != 0, Office: award.Conferrer(office)}
	return id, e, v, hasDetail != 0, nil
}

// scanCriterion reads one criterion of a step's verdict: the ID of its
// nomination and the step's seq.
func scanCriterion(r scanner) (string, int, award.Criterion, error) {
	var (
		id, cid, branch, reason, citation, years, missing, uncounted, excluded string
		seq, passed, pending, have, need                                       int64
		c                                                                      award.Criterion
	)
	if err := r.Scan(&id, &seq, &cid, &passed, &pending, &branch, &reason, &citation,
		&have, &need, &years, &missing, &uncounted, &excluded); err != nil {
		return "", 0, c, err
	}
	c = award.Criterion{ID: cid, Passed: passed != 0, Pending: pending != 0, Branch: branch, Reason: reason, Citation: citation,
		Facts: award.Facts{Have: int(have), Need: int(need)}}
	for _, l := range []struct {
		text string
		dst  any
	}{{years, &c.Facts.Years}, {missing, &c.Facts.Missing}, {uncounted, &c.Facts.Uncounted}, {excluded, &c.Facts.Excluded}} {
		if err := json.Unmarshal([]byte(l.text), l.dst); err != nil {
			return "", 0, c, err
		}
	}
	return id, int(seq), c, nil
}

// criteria reads the criteria of the verdicts of the nominations matching
// w (over the alias n) into out, then sets each nomination's verdict to a
// copy of its last attached one.
func (s *Store) criteria(ctx context.Context, q sqldb.Querier, w *where, out []award.Nomination, index map[string]int) error {
	rows, err := q.QueryContext(ctx, s.q(`SELECT `+criterionCols+` FROM award_step_criteria cr JOIN award_nominations n ON n.id = cr.nomination_id`+
		w.String()+` ORDER BY cr.nomination_id, cr.seq, cr.pos`), w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		id, seq, c, err := scanCriterion(rows)
		if err != nil {
			return err
		}
		if i, ok := index[id]; ok && seq < len(out[i].History) && out[i].History[seq].Verdict != nil {
			v := out[i].History[seq].Verdict
			v.Criteria = append(v.Criteria, c)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i := range out {
		n := &out[i]
		for k := len(n.History) - 1; k >= 0; k-- {
			if e := n.History[k].Verdict; e != nil {
				v := e.Clone()
				n.Verdict = &v
				break
			}
		}
	}
	return nil
}

// addStep appends a step read by scanStep to n: its event, its vote, and
// the verdict it attached, which is n's until a later step attaches one.
func addStep(n *award.Nomination, e award.Event, v *award.Vote) {
	n.History = append(n.History, e)
	if v != nil {
		n.Votes = append(n.Votes, *v)
	}
	if e.Verdict != nil {
		vd := *e.Verdict
		n.Verdict = &vd
	}
}

// nominations reads the nominations matching w (over the alias n), by ID,
// with their steps: two queries.
func (s *Store) nominations(ctx context.Context, q sqldb.Querier, w *where) ([]award.Nomination, error) {
	rows, err := q.QueryContext(ctx, s.q(`SELECT `+nominationCols+nominationFrom+w.String()+` ORDER BY n.id`), w.args...)
	if err != nil {
		return nil, err
	}
	var out []award.Nomination
	index := map[string]int{}
	for rows.Next() {
		n, err := scanNomination(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		index[n.ID] = len(out)
		out = append(out, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, nil
	}
	rows, err = q.QueryContext(ctx, s.q(`SELECT `+stepCols+` FROM award_nomination_steps st JOIN award_nominations n ON n.id = st.nomination_id`+
		stepConsultJoin+w.String()+` ORDER BY st.nomination_id, st.seq`), w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	detailed := false
	for rows.Next() {
		id, e, v, d, err := scanStep(rows)
		if err != nil {
			return nil, err
		}
		if i, ok := index[id]; ok {
			addStep(&out[i], e, v)
			detailed = detailed || d
		}
	}
	if err := rows.Err(); err != nil || !detailed {
		return out, err
	}
	rows.Close()
	return out, s.criteria(ctx, q, w, out, index)
}

// nomination reads one nomination, or ErrNotFound.
func (s *Store) nomination(ctx context.Context, q sqldb.Querier, id string) (award.Nomination, error) {
	var w where
	w.add("n.id = ?", id)
	ns, err := s.nominations(ctx, q, &w)
	if err != nil {
		return award.Nomination{}, err
	}
	if len(ns) == 0 {
		return award.Nomination{}, thidua.NotFound("awardsql: nomination", "nomination", id)
	}
	return ns[0], nil
}

// Nomination implements [award.Store].
func (s *Store) Nomination(ctx context.Context, id string) (award.Nomination, error) {
	if s == nil {
		return award.Nomination{}, errNil("Nomination")
	}
	const op = "awardsql: nomination"
	var n award.Nomination
	err := s.db.ReadTx(ctx, func(tx *sql.Tx) error {
		var err error
		n, err = s.nomination(ctx, tx, id)
		return err
	})
	return n, classify(op, "nomination", id, err)
}

// Nominations implements [award.Store]: two queries.
func (s *Store) Nominations(ctx context.Context, f award.NominationFilter) ([]award.Nomination, error) {
	if s == nil {
		return nil, errNil("Nominations")
	}
	const op = "awardsql: nominations"
	var w where
	if len(f.States) > 0 {
		w.add(s.inInts("n.state"), jsonList(f.States))
	}
	if f.Proposer != "" {
		w.add("n.proposer = ?", string(f.Proposer))
	}
	if f.Holder != "" {
		w.add("n.holder = ?", string(f.Holder))
	}
	if !f.Candidate.IsZero() {
		w.add("n.rkey = ?", recipientKey(f.Candidate))
	}
	if len(f.Codes) > 0 {
		w.add(s.in("n.kind"), jsonList(f.Codes))
	}
	var out []award.Nomination
	err := s.db.ReadTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = s.nominations(ctx, tx, &w)
		return err
	})
	if err != nil {
		return nil, classify(op, "nomination", "", err)
	}
	if !f.PendingDuring.IsZero() {
		out = slices.DeleteFunc(out, func(n award.Nomination) bool {
			p, ok := n.Pending()
			return !ok || !p.Overlaps(f.PendingDuring)
		})
	}
	return out, nil
}

func scanGrant(r scanner) (award.Grant, error) {
	var gs grantScanner
	return gs.scan(r)
}

// grantScanner reads grant rows into the same variables row after row, so
// that a read of fifty thousand grants does not allocate its destinations
// fifty thousand times.
type grantScanner struct {
	g            award.Grant
	sc           subjectCols
	nom, revoked sql.NullString
	revocation   string
	dest         []any
}

func (gs *grantScanner) scan(r scanner) (award.Grant, error) {
	if gs.dest == nil {
		gs.dest = append([]any{&gs.g.ID, &gs.g.Decision}, gs.sc.dest()...)
		gs.dest = append(gs.dest, &gs.nom, &gs.g.Title, &gs.revoked, &gs.revocation)
	}
	if err := r.Scan(gs.dest...); err != nil {
		return award.Grant{}, err
	}
	g := gs.g
	sub, err := gs.sc.subject()
	if err != nil {
		return award.Grant{}, err
	}
	g.Subject, g.Nomination = sub, gs.nom.String
	if gs.revoked.Valid {
		d, err := parseDay(gs.revoked.String)
		if err != nil {
			return award.Grant{}, err
		}
		var r revocationText
		if err := json.Unmarshal([]byte(gs.revocation), &r); err != nil {
			return award.Grant{}, fmt.Errorf("awardsql: grant %q: revocation %q: %w", g.ID, gs.revocation, err)
		}
		g.Revoked = award.Revocation{Date: d, Reason: r.Reason, Decision: thidua.DocNumber{Number: r.Number, Year: r.Year, Symbol: r.Symbol}}
	}
	return g, nil
}

func scanDecision(r scanner) (award.Decision, error) {
	var d award.Decision
	var number, numberYear int64
	var symbol, date, issuer string
	if err := r.Scan(&d.ID, &number, &numberYear, &symbol, &date, &issuer, &d.IssuerName, &d.SignerTitle, &d.Signer); err != nil {
		return d, err
	}
	on, err := parseDay(date)
	if err != nil {
		return d, err
	}
	d.Date, d.Issuer = on, org.UnitID(issuer)
	if number == 0 && strings.HasPrefix(symbol, unknownNumber) {
		d.NumberUnknown = true // see 0004_proposal
	} else {
		d.Number = thidua.DocNumber{Number: int(number), Year: int(numberYear), Symbol: symbol}
	}
	return d, nil
}

// unknownNumber starts the symbol column of a decision whose number is
// unknown, followed by its ID (0004_proposal): a real symbol starts with a
// letter, and two such decisions of one year do not collide in the key of
// numbers.
const unknownNumber = "?"

// numberColumns returns what the number columns of award_decisions hold
// for d.
func numberColumns(d award.Decision) (number, year int, symbol string) {
	if d.NumberUnknown {
		return 0, 0, unknownNumber + d.ID
	}
	return d.Number.Number, d.Number.Year, d.Number.Symbol
}

// grants reads the grants of query (over the alias g), in its order.
func (s *Store) grants(ctx context.Context, q sqldb.Querier, query string, args ...any) ([]award.Grant, error) {
	rows, err := q.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	// Collected in chunks and copied once: a grant is a large value, and
	// growing one slice would copy tens of thousands several times.
	const chunk = 1024
	var gs grantScanner
	var chunks [][]award.Grant
	cur := make([]award.Grant, 0, 64)
	n := 0
	for rows.Next() {
		if len(cur) == cap(cur) {
			chunks = append(chunks, cur)
			cur = make([]award.Grant, 0, chunk)
		}
		cur = append(cur, award.Grant{})
		if cur[len(cur)-1], err = gs.scan(rows); err != nil {
			return nil, err
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(chunks) == 0 {
		if n == 0 {
			return nil, nil
		}
		return cur, nil
	}
	out := make([]award.Grant, 0, n)
	for _, c := range chunks {
		out = append(out, c...)
	}
	return append(out, cur...), nil
}

// decisions reads the decisions matching w (over the alias d), by date and
// ID, with their grants unless without: two queries.
func (s *Store) decisions(ctx context.Context, q sqldb.Querier, w *where, without bool) ([]award.Decision, error) {
	rows, err := q.QueryContext(ctx, s.q(`SELECT `+decisionCols+` FROM award_decisions d`+w.String()+` ORDER BY d.date, d.id`), w.args...)
	if err != nil {
		return nil, err
	}
	var out []award.Decision
	index := map[string]int{}
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		index[d.ID] = len(out)
		out = append(out, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil || without || len(out) == 0 {
		return out, err
	}
	gs, err := s.grants(ctx, q, `SELECT `+grantCols+` FROM award_grants g JOIN award_decisions d ON d.id = g.decision_id`+
		w.String()+` ORDER BY g.decision_id, g.pos`, w.args...)
	if err != nil {
		return nil, err
	}
	for _, g := range gs {
		if i, ok := index[g.Decision]; ok {
			out[i].Grants = append(out[i].Grants, g)
		}
	}
	return out, nil
}

// Decision implements [award.Store].
func (s *Store) Decision(ctx context.Context, id string) (award.Decision, error) {
	if s == nil {
		return award.Decision{}, errNil("Decision")
	}
	const op = "awardsql: decision"
	var ds []award.Decision
	err := s.db.ReadTx(ctx, func(tx *sql.Tx) error {
		var w where
		w.add("d.id = ?", id)
		var err error
		ds, err = s.decisions(ctx, tx, &w, false)
		return err
	})
	if err != nil {
		return award.Decision{}, classify(op, "decision", id, err)
	}
	if len(ds) == 0 {
		return award.Decision{}, thidua.NotFound(op, "decision", id)
	}
	return ds[0], nil
}

// Decisions implements [award.Store]: two queries (one WithoutGrants),
// whatever the number of IDs.
func (s *Store) Decisions(ctx context.Context, f award.DecisionFilter) ([]award.Decision, error) {
	if s == nil {
		return nil, errNil("Decisions")
	}
	const op = "awardsql: decisions"
	if f.IDs != nil && len(f.IDs) == 0 {
		return nil, ctx.Err()
	}
	var w where
	if f.IDs != nil {
		w.add(s.in("d.id"), jsonList(f.IDs))
	}
	if f.Issuer != "" {
		w.add("d.issuer = ?", string(f.Issuer))
	}
	if name := vntext.Fold(f.IssuerName); name != "" {
		w.add("d.issuer_fold = ?", name)
	}
	if !f.Period.IsZero() {
		w.add("d.date >= ? AND d.date <= ?", day(f.Period.From), day(f.Period.To))
	}
	var out []award.Decision
	err := s.db.ReadTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = s.decisions(ctx, tx, &w, f.WithoutGrants)
		return err
	})
	if err != nil {
		return nil, classify(op, "decision", "", err)
	}
	return out, nil
}

// Grant implements [award.Store].
func (s *Store) Grant(ctx context.Context, id string) (award.Grant, error) {
	if s == nil {
		return award.Grant{}, errNil("Grant")
	}
	const op = "awardsql: grant"
	g, err := scanGrant(s.db.SQL.QueryRowContext(ctx, s.q(`SELECT `+grantCols+` FROM award_grants g WHERE g.id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return award.Grant{}, thidua.NotFound(op, "grant", id)
	}
	return g, classify(op, "grant", id, err)
}

// manyRecipients is the size of a set of recipients above which SQLite
// reads grants by scanning rather than through the index of recipients.
const manyRecipients = 64

// Grants implements [award.Store]: one query, whatever the number of
// people and units in f.
func (s *Store) Grants(ctx context.Context, f award.GrantFilter) ([]award.Grant, error) {
	if s == nil {
		return nil, errNil("Grants")
	}
	const op = "awardsql: grants"
	if !f.Period.IsZero() && f.Period.To.Before(f.Period.From) {
		return nil, ctx.Err() // an empty period overlaps nothing
	}
	var w where
	if !f.IncludeRevoked {
		w.add("g.revoked_date IS NULL")
	}
	if len(f.People) > 0 || len(f.Units) > 0 {
		keys := make([]string, 0, len(f.People)+len(f.Units))
		for _, p := range f.People {
			keys = append(keys, recipientKey(award.PersonRecipient(p)))
		}
		for _, u := range f.Units {
			keys = append(keys, recipientKey(award.UnitRecipient(u)))
		}
		col := "g.rkey"
		if s.db.Dialect == sqldb.SQLite && len(keys) > manyRecipients {
			// For a large set, scan the table in the order of its key (it
			// is WITHOUT ROWID, ordered by ID) rather than look up each
			// recipient in the index and sort: a unary + keeps SQLite off
			// the index (sqlite.org/optoverview.html, "Disqualifying WHERE
			// clause terms using unary-+").
			col = "+g.rkey"
		}
		w.add(s.in(col), jsonList(keys))
	}
	if len(f.Codes) > 0 {
		w.add(s.in("g.kind"), jsonList(f.Codes))
	}
	if !f.Period.IsZero() {
		w.add("g.span_from <= ? AND g.span_to >= ?", day(f.Period.To), day(f.Period.From))
	}
	if !f.DecidedIn.IsZero() {
		w.add("g.decided >= ? AND g.decided <= ?", day(f.DecidedIn.From), day(f.DecidedIn.To))
	}
	out, err := s.grants(ctx, s.db.SQL, `SELECT `+grantCols+` FROM award_grants g`+w.String()+` ORDER BY g.id`, w.args...)
	if err != nil {
		return nil, classify(op, "grant", "", err)
	}
	return out, nil
}
