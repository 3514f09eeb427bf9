-- The contribution ledger: one row per entry, never updated or deleted.
-- id is the library's string ID; seq is the posting order (1, 2, 3… in
-- this database), so listings ORDER BY seq equal the memory store's order.
-- Money is NUMERIC, summed exactly by the database.
CREATE TABLE IF NOT EXISTS contribution_entries (
	id TEXT NOT NULL PRIMARY KEY,
	seq BIGINT NOT NULL UNIQUE,
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
	amount NUMERIC NOT NULL,
	item_kind TEXT NOT NULL,
	item_count BIGINT NOT NULL,
	item_value NUMERIC NOT NULL,
	worth NUMERIC NOT NULL,
	unvalued BIGINT NOT NULL,
	fulfils TEXT REFERENCES contribution_entries (id),
	reverses TEXT UNIQUE REFERENCES contribution_entries (id),
	note TEXT NOT NULL
);
