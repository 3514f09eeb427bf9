-- A nomination's verdict as the rules engine gave it (award.Verdict): the
-- regime, the last achievement year counted, pending and the basis, and each
-- criterion checked with its reason, its legal citation and its facts (the
-- lists of years and of achievements left out as JSON arrays).
CREATE TABLE IF NOT EXISTS award_step_verdicts (
	nomination_id TEXT COLLATE "C" NOT NULL,
	seq INTEGER NOT NULL,
	regime TEXT NOT NULL,
	through INTEGER NOT NULL,
	pending INTEGER NOT NULL,
	basis INTEGER NOT NULL,
	PRIMARY KEY (nomination_id, seq),
	FOREIGN KEY (nomination_id, seq) REFERENCES award_nomination_steps (nomination_id, seq)
);
CREATE TABLE IF NOT EXISTS award_step_criteria (
	nomination_id TEXT COLLATE "C" NOT NULL,
	seq INTEGER NOT NULL,
	pos INTEGER NOT NULL,
	id TEXT NOT NULL,
	passed INTEGER NOT NULL,
	pending INTEGER NOT NULL,
	branch TEXT NOT NULL,
	reason TEXT NOT NULL,
	citation TEXT NOT NULL,
	have BIGINT NOT NULL,
	need BIGINT NOT NULL,
	years TEXT NOT NULL,
	missing TEXT NOT NULL,
	uncounted TEXT NOT NULL,
	excluded TEXT NOT NULL,
	PRIMARY KEY (nomination_id, seq, pos),
	FOREIGN KEY (nomination_id, seq) REFERENCES award_step_verdicts (nomination_id, seq)
);
