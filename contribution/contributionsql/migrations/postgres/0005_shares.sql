-- The shares of an entry funded by several contributors (a house built
-- with money of the unit, a lawyer and a company): one row per share, in
-- the order posted (pos from 0). item_count is the items the share paid
-- for. Entries with shares are not in contribution_sums: totals add them
-- share by share.
CREATE TABLE IF NOT EXISTS contribution_shares (
	entry_id TEXT NOT NULL REFERENCES contribution_entries (id),
	pos INTEGER NOT NULL,
	contributor_kind INTEGER NOT NULL,
	contributor_unit TEXT NOT NULL,
	contributor_person TEXT NOT NULL,
	contributor_name TEXT NOT NULL,
	source INTEGER NOT NULL CHECK (source IN (1, 2)),
	amount NUMERIC NOT NULL,
	item_count BIGINT NOT NULL,
	PRIMARY KEY (entry_id, pos)
);
-- How many shares an entry has; 0 for the entries stored before.
ALTER TABLE contribution_entries ADD COLUMN IF NOT EXISTS shares INTEGER NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS contribution_entries_shared ON contribution_entries (seq) WHERE shares > 0;
