package awardsql

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/vntext"
)

// txReader answers the look-ups of the rules ([award.RuleReader]) inside a
// write transaction, so that the rules and the write are one atomic step.
type txReader struct {
	s  *Store
	tx *sql.Tx
}

var _ award.RuleReader = txReader{}

func (r txReader) Nomination(ctx context.Context, id string) (award.Nomination, error) {
	return r.s.nomination(ctx, r.tx, id)
}

// one returns the single text column of query, or "" if no row.
func (r txReader) one(ctx context.Context, query string, args ...any) (string, error) {
	var v string
	err := r.tx.QueryRowContext(ctx, r.s.q(query), args...).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

func (r txReader) OpenTitle(ctx context.Context, k award.TitleKey) (string, error) {
	return r.one(ctx, `SELECT id FROM award_nominations WHERE title_open = ?`, k.String())
}

func (r txReader) TitleGrant(ctx context.Context, k award.TitleKey) (string, error) {
	return r.one(ctx, `SELECT id FROM award_grants WHERE title_lock = ?`, k.String())
}

func (r txReader) NominationGrant(ctx context.Context, id string) (string, error) {
	return r.one(ctx, `SELECT id FROM award_grants WHERE nomination = ?`, id)
}

func (r txReader) HasDecision(ctx context.Context, id string) (bool, error) {
	v, err := r.one(ctx, `SELECT id FROM award_decisions WHERE id = ?`, id)
	return v != "", err
}

func (r txReader) NumberedDecision(ctx context.Context, n thidua.DocNumber, year int) (string, error) {
	return r.one(ctx, `SELECT id FROM award_decisions WHERE number = ? AND number_year = ? AND symbol = ? AND year = ?`,
		n.Number, n.Year, n.Symbol, year)
}

func (r txReader) HasGrant(ctx context.Context, id string) (bool, error) {
	v, err := r.one(ctx, `SELECT id FROM award_grants WHERE id = ?`, id)
	return v != "", err
}

const insertStep = `INSERT INTO award_nomination_steps (nomination_id, seq, action, by_unit, by_name, on_date, from_state, to_state, holder, reason,
	has_verdict, v_eligible, v_summary, v_flagged,
	has_vote, vote_unit, vote_on, vote_members, vote_in_favour, vote_num, vote_den, vote_strict, vote_passed, vote_office)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// addStep stores the last event of n, with the vote it recorded if it is a
// vote step (the state machine adds one vote per vote step).
func (s *Store) addStep(ctx context.Context, tx *sql.Tx, n award.Nomination) error {
	seq := len(n.History) - 1
	e := n.History[seq]
	var v award.Verdict
	if e.Verdict != nil {
		v = *e.Verdict
	}
	var vote award.Vote
	hasVote := e.Action == award.RecordVote && len(n.Votes) > 0
	if hasVote {
		vote = n.Votes[len(n.Votes)-1]
	}
	_, err := tx.ExecContext(ctx, s.q(insertStep), n.ID, seq, int(e.Action), string(e.By.Unit), e.By.Name, day(e.On),
		int(e.From), int(e.To), string(e.Holder), e.Reason,
		b2i(e.Verdict != nil), b2i(v.Eligible), v.Summary, b2i(v.Flagged),
		b2i(hasVote), string(vote.Unit), day(vote.On), vote.Members, vote.InFavour, vote.Threshold.Num, vote.Threshold.Den,
		b2i(vote.Threshold.Strict), b2i(vote.Passed), int(vote.Office))
	if err != nil {
		return err
	}
	if err := s.addVerdict(ctx, tx, n.ID, seq, e.Verdict); err != nil || e.Consultation == nil {
		return err
	}
	c := e.Consultation
	asked := ""
	if !c.Asked.IsZero() {
		asked = day(c.Asked)
	}
	_, err = tx.ExecContext(ctx, s.q(`INSERT INTO award_step_consultations (nomination_id, seq, body, unit, asked, answer, number, number_year, symbol, on_date, note)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`), n.ID, seq, c.Body, string(c.Unit), asked, int(c.Answer), c.Number.Number, c.Number.Year, c.Number.Symbol, day(c.On), c.Note)
	return err
}

// AddNomination implements [award.Store]: the rules of
// [award.CheckProposal], and the title held open by a UNIQUE column, so
// that two processes cannot both propose one title for one year.
func (s *Store) AddNomination(ctx context.Context, n award.Nomination) error {
	if s == nil {
		return errNil("AddNomination")
	}
	const op = "awardsql: add nomination"
	if s.dir != nil {
		if err := award.CheckProposalParties(ctx, s.dir, n); err != nil {
			return err
		}
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		next, err := award.CheckProposal(ctx, s.cat, txReader{s, tx}, n)
		if err != nil {
			return err
		}
		var open string
		if tk, ok := award.TitleOf(s.cat, next.Subject); ok {
			open = tk.String()
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO award_nominations (id, kind, person, unit, rkey, year, period_from, period_to,
	basis, movement, proposer, authority, holder, state, steps, title_open) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			next.ID, string(next.Kind), string(next.Recipient.Person), string(next.Recipient.Unit), recipientKey(next.Recipient),
			next.Year, day(next.Period.From), day(next.Period.To), int(next.Basis), next.Movement,
			string(next.Proposer), string(next.Authority), string(next.Holder), int(next.State), len(next.History), nullable(open)); err != nil {
			return err
		}
		if next.Post != "" {
			if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO award_nomination_post (nomination_id, post) VALUES (?, ?)`),
				next.ID, next.Post); err != nil {
				return err
			}
		}
		if next.ConsultProvince != "" {
			if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO award_nomination_consult (nomination_id, province) VALUES (?, ?)`),
				next.ID, next.ConsultProvince); err != nil {
				return err
			}
		}
		return s.addStep(ctx, tx, next)
	})
	return classify(op, "nomination", n.ID, err)
}

// UpdateNomination implements [award.Store]: the rules of
// [award.CheckUpdate], and the step stored under the key (nomination,
// position), so that of two writers of the same step one gets ErrConflict.
func (s *Store) UpdateNomination(ctx context.Context, n award.Nomination) error {
	if s == nil {
		return errNil("UpdateNomination")
	}
	const op = "awardsql: update nomination"
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		prev, next, err := award.CheckUpdate(ctx, s.cat, txReader{s, tx}, n)
		if err != nil {
			return err
		}
		if err := s.addStep(ctx, tx, next); err != nil {
			return err
		}
		query := `UPDATE award_nominations SET state = ?, holder = ?, steps = ? WHERE id = ? AND steps = ?`
		if !award.HoldsTitleOpen(next.State, false) {
			query = `UPDATE award_nominations SET state = ?, holder = ?, steps = ?, title_open = NULL WHERE id = ? AND steps = ?`
		}
		res, err := tx.ExecContext(ctx, s.q(query), int(next.State), string(next.Holder), len(next.History), next.ID, len(prev.History))
		if err != nil {
			return err
		}
		if k, err := res.RowsAffected(); err != nil {
			return err
		} else if k != 1 {
			return thidua.Conflict(op, "nomination", n.ID, "stale: a step was stored in between")
		}
		return nil
	})
	return classify(op, "nomination", n.ID, err)
}

const insertGrant = `INSERT INTO award_grants (id, decision_id, pos, kind, person, unit, rkey, year, period_from, period_to, basis, movement,
	nomination, title, span_from, span_to, decided, revoked_date, revocation, title_lock)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', ?)`

// AddDecision implements [award.Store]: the rules of
// [award.CheckDecision], and UNIQUE constraints on decision and grant IDs,
// on the decision number in its year, on the nomination a grant answers and
// on the title a grant not revoked gives for a year.
func (s *Store) AddDecision(ctx context.Context, d award.Decision) error {
	if s == nil {
		return errNil("AddDecision")
	}
	const op = "awardsql: add decision"
	if s.dir != nil {
		if err := award.CheckDecisionParties(ctx, s.dir, d); err != nil {
			return err
		}
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		d, err := award.CheckDecision(ctx, s.cat, txReader{s, tx}, d)
		if err != nil {
			return err
		}
		number, numberYear, symbol := numberColumns(d)
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO award_decisions (id, number, number_year, symbol, year, date, issuer, issuer_name,
	issuer_fold, signer_title, signer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			d.ID, number, numberYear, symbol, d.Date.Year, day(d.Date), string(d.Issuer), d.IssuerName,
			vntext.Fold(d.IssuerName), d.SignerTitle, d.Signer); err != nil {
			return err
		}
		ins, err := tx.PrepareContext(ctx, s.q(insertGrant))
		if err != nil {
			return err
		}
		defer ins.Close()
		for i, g := range d.Grants {
			var lock string
			if tk, ok := award.TitleOf(s.cat, g.Subject); ok {
				lock = tk.String()
			}
			span := g.Span()
			if _, err := ins.ExecContext(ctx, g.ID, d.ID, i, string(g.Kind), string(g.Recipient.Person), string(g.Recipient.Unit),
				recipientKey(g.Recipient), g.Year, day(g.Period.From), day(g.Period.To), int(g.Basis), g.Movement,
				nullable(g.Nomination), g.Title, day(span.From), day(span.To), day(d.Date), nullable(lock)); err != nil {
				return err
			}
			if g.Nomination != "" {
				// A granted nomination no longer holds its title open.
				if _, err := tx.ExecContext(ctx, s.q(`UPDATE award_nominations SET title_open = NULL WHERE id = ?`), g.Nomination); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return classify(op, "decision", d.ID, err)
}

// Revoke implements [award.Store]: the rules of [award.CheckRevoke]; the
// grant keeps its row, marked revoked with the revoking decision, and lets
// go of its title.
func (s *Store) Revoke(ctx context.Context, grantID string, r award.Revocation) error {
	if s == nil {
		return errNil("Revoke")
	}
	const op = "awardsql: revoke"
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var decided string
		g, err := scanGrant(tx.QueryRowContext(ctx, s.q(`SELECT `+grantCols+` FROM award_grants g WHERE g.id = ?`), grantID))
		if errors.Is(err, sql.ErrNoRows) {
			return thidua.NotFound("award: revoke", "grant", grantID)
		}
		if err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, s.q(`SELECT decided FROM award_grants WHERE id = ?`), grantID).Scan(&decided); err != nil {
			return err
		}
		on, err := parseDay(decided)
		if err != nil {
			return err
		}
		r, err := award.CheckRevoke(g, on, r)
		if err != nil {
			return err
		}
		text, err := json.Marshal(revocationText{Reason: r.Reason, Number: r.Decision.Number, Year: r.Decision.Year, Symbol: r.Decision.Symbol})
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, s.q(`UPDATE award_grants SET revoked_date = ?, revocation = ?, title_lock = NULL
	WHERE id = ? AND revoked_date IS NULL`), day(r.Date), string(text), grantID)
		if err != nil {
			return err
		}
		if k, err := res.RowsAffected(); err != nil {
			return err
		} else if k != 1 {
			return thidua.Conflict(op, "grant", grantID, "already revoked")
		}
		return nil
	})
	return classify(op, "grant", grantID, err)
}

// revocationText is how a grant's row keeps its revocation beside the date:
// the reason and the number of the revoking decision, as JSON.
type revocationText struct {
	Reason string `json:"reason"`
	Number int    `json:"number,omitempty"`
	Year   int    `json:"year,omitempty"`
	Symbol string `json:"symbol,omitempty"`
}

// addVerdict stores what a step's verdict carries beyond its summary
// (0003_verdict): the regime, the year counted, pending, the basis, the
// criteria and the achievements counted (0005_verdict_uses). A verdict
// given as a summary alone adds no row.
func (s *Store) addVerdict(ctx context.Context, tx *sql.Tx, id string, seq int, v *award.Verdict) error {
	if v == nil || v.Regime == "" && v.Through == 0 && !v.Pending && v.Basis == 0 && len(v.Criteria) == 0 &&
		len(v.Initiatives) == 0 && len(v.Feats) == 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO award_step_verdicts (nomination_id, seq, regime, through, pending, basis, initiatives, feats)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
		id, seq, v.Regime, v.Through, b2i(v.Pending), int(v.Basis), jsonList(v.Initiatives), jsonList(v.Feats)); err != nil {
		return err
	}
	for pos, c := range v.Criteria {
		f := &c.Facts
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO award_step_criteria (nomination_id, seq, pos, id, passed, pending, branch, reason, citation,
	have, need, years, missing, uncounted, excluded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			id, seq, pos, c.ID, b2i(c.Passed), b2i(c.Pending), c.Branch, c.Reason, c.Citation,
			f.Have, f.Need, jsonList(f.Years), jsonList(f.Missing), jsonList(f.Uncounted), jsonList(f.Excluded)); err != nil {
			return err
		}
	}
	return nil
}
