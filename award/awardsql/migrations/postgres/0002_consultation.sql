-- The consultation (hiệp y) of nominations for state-level forms (Luật Thi đua,
-- khen thưởng 2022, Điều 84 khoản 3; Nghị định 98/2023/NĐ-CP, Điều 31): the
-- province whose People's Committee must be consulted, and the record each
-- consult step made (who was asked, the answer, the answering document).
CREATE TABLE IF NOT EXISTS award_nomination_consult (
	nomination_id TEXT COLLATE "C" NOT NULL PRIMARY KEY REFERENCES award_nominations (id),
	province TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS award_step_consultations (
	nomination_id TEXT COLLATE "C" NOT NULL,
	seq INTEGER NOT NULL,
	body TEXT NOT NULL,
	unit TEXT NOT NULL,
	asked TEXT NOT NULL,
	answer INTEGER NOT NULL,
	number BIGINT NOT NULL,
	number_year INTEGER NOT NULL,
	symbol TEXT NOT NULL,
	on_date TEXT NOT NULL,
	note TEXT NOT NULL,
	PRIMARY KEY (nomination_id, seq),
	FOREIGN KEY (nomination_id, seq) REFERENCES award_nomination_steps (nomination_id, seq)
);
