-- The contribution ledger: one row per entry, never updated or deleted.
-- id is the library's string ID; seq is the posting order (1, 2, 3… in
-- this database), so listings ORDER BY seq equal the memory store's order.
-- Money is exact decimal text; worth_hi/worth_lo split the whole-đồng
-- worth (worth = worth_hi × 10^9 + worth_lo) so SUM stays in integers.
CREATE TABLE IF NOT EXISTS contribution_entries (
	id TEXT NOT NULL PRIMARY KEY,
	seq INTEGER NOT NULL UNIQUE,
	idem_key TEXT NOT NULL UNIQUE,
	day TEXT NOT NULL,
	year INTEGER NOT NULL,
	contributor_kind INTEGER NOT NULL,
	contributor_unit TEXT NOT NULL,
	contributor_person TEXT NOT NULL,
	contributor_name TEXT NOT NULL,
	unit TEXT NOT NULL,
	source INTEGER NOT NULL CHECK (source IN (1, 2)),
	status INTEGER NOT NULL CHECK (status IN (1, 2)),
	purpose TEXT NOT NULL,
	beneficiary TEXT NOT NULL,
	movement TEXT NOT NULL,
	amount TEXT NOT NULL,
	item_kind TEXT NOT NULL,
	item_count INTEGER NOT NULL,
	item_value TEXT NOT NULL,
	worth TEXT NOT NULL,
	worth_hi INTEGER,
	worth_lo INTEGER,
	unvalued INTEGER NOT NULL,
	fulfils TEXT REFERENCES contribution_entries (id),
	reverses TEXT UNIQUE REFERENCES contribution_entries (id),
	note TEXT NOT NULL
);
