-- The award component: nominations with their steps, decisions, grants.
-- IDs are the library's own strings; dates are ISO text (YYYY-MM-DD).
CREATE TABLE IF NOT EXISTS award_nominations (
	id TEXT NOT NULL PRIMARY KEY,
	kind TEXT NOT NULL,
	person TEXT NOT NULL,
	unit TEXT NOT NULL,
	rkey TEXT NOT NULL,
	year INTEGER NOT NULL,
	period_from TEXT NOT NULL,
	period_to TEXT NOT NULL,
	basis INTEGER NOT NULL,
	movement TEXT NOT NULL,
	proposer TEXT NOT NULL,
	authority TEXT NOT NULL,
	holder TEXT NOT NULL,
	state INTEGER NOT NULL,
	steps INTEGER NOT NULL,
	title_open TEXT UNIQUE
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS award_nominations_proposer ON award_nominations (proposer, id);
CREATE INDEX IF NOT EXISTS award_nominations_rkey ON award_nominations (rkey);
CREATE TABLE IF NOT EXISTS award_nomination_steps (
	nomination_id TEXT NOT NULL REFERENCES award_nominations (id),
	seq INTEGER NOT NULL,
	action INTEGER NOT NULL,
	by_unit TEXT NOT NULL,
	by_name TEXT NOT NULL,
	on_date TEXT NOT NULL,
	from_state INTEGER NOT NULL,
	to_state INTEGER NOT NULL,
	holder TEXT NOT NULL,
	reason TEXT NOT NULL,
	has_verdict INTEGER NOT NULL,
	v_eligible INTEGER NOT NULL,
	v_summary TEXT NOT NULL,
	v_flagged INTEGER NOT NULL,
	has_vote INTEGER NOT NULL,
	vote_unit TEXT NOT NULL,
	vote_on TEXT NOT NULL,
	vote_members INTEGER NOT NULL,
	vote_in_favour INTEGER NOT NULL,
	vote_num INTEGER NOT NULL,
	vote_den INTEGER NOT NULL,
	vote_strict INTEGER NOT NULL,
	vote_passed INTEGER NOT NULL,
	vote_office INTEGER NOT NULL,
	PRIMARY KEY (nomination_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS award_decisions (
	id TEXT NOT NULL PRIMARY KEY,
	number INTEGER NOT NULL,
	number_year INTEGER NOT NULL,
	symbol TEXT NOT NULL,
	year INTEGER NOT NULL,
	date TEXT NOT NULL,
	issuer TEXT NOT NULL,
	issuer_name TEXT NOT NULL,
	issuer_fold TEXT NOT NULL,
	signer_title TEXT NOT NULL,
	signer TEXT NOT NULL,
	UNIQUE (number, number_year, symbol, year)
);
CREATE INDEX IF NOT EXISTS award_decisions_date ON award_decisions (date, id);
CREATE TABLE IF NOT EXISTS award_grants (
	id TEXT NOT NULL PRIMARY KEY,
	decision_id TEXT NOT NULL REFERENCES award_decisions (id),
	pos INTEGER NOT NULL,
	kind TEXT NOT NULL,
	person TEXT NOT NULL,
	unit TEXT NOT NULL,
	rkey TEXT NOT NULL,
	year INTEGER NOT NULL,
	period_from TEXT NOT NULL,
	period_to TEXT NOT NULL,
	basis INTEGER NOT NULL,
	movement TEXT NOT NULL,
	nomination TEXT UNIQUE REFERENCES award_nominations (id),
	title TEXT NOT NULL,
	span_from TEXT NOT NULL,
	span_to TEXT NOT NULL,
	decided TEXT NOT NULL,
	revoked_date TEXT,
	revocation TEXT NOT NULL,
	title_lock TEXT UNIQUE
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS award_grants_rkey ON award_grants (rkey);
CREATE INDEX IF NOT EXISTS award_grants_decision ON award_grants (decision_id, pos);
