-- Running totals per combination of the small dimensions, kept by every
-- write in the same transaction as the entry, so that totals over whole
-- years read a few thousand rows instead of every entry. The last step
-- fills the table from entries stored before this migration.
CREATE TABLE IF NOT EXISTS contribution_sums (
	status INTEGER NOT NULL,
	source INTEGER NOT NULL,
	purpose TEXT NOT NULL,
	year INTEGER NOT NULL,
	unit TEXT NOT NULL,
	movement TEXT NOT NULL,
	item_kind TEXT NOT NULL,
	entries BIGINT NOT NULL,
	worth NUMERIC NOT NULL,
	count_sum NUMERIC NOT NULL,
	unvalued_sum NUMERIC NOT NULL,
	max_count BIGINT NOT NULL,
	PRIMARY KEY (status, purpose, source, year, item_kind, unit, movement)
);
INSERT INTO contribution_sums (status, source, purpose, year, unit, movement, item_kind, entries, worth, count_sum, unvalued_sum, max_count)
SELECT status, source, purpose, year, unit, movement, item_kind, COUNT(*), SUM(worth), SUM(item_count), SUM(unvalued), MAX(ABS(item_count))
FROM contribution_entries
GROUP BY status, source, purpose, year, unit, movement, item_kind
ON CONFLICT DO NOTHING;
