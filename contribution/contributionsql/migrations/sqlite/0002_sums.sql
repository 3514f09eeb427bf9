-- Running totals per combination of the small dimensions, kept by every
-- write in the same transaction as the entry, so that totals over whole
-- years read a few thousand rows instead of every entry. Worths that are
-- not whole đồng within int64 are not in worth_hi/worth_lo: totals read
-- them from the entries, through the partial index below. The last step
-- fills the table from entries stored before this migration. The key
-- leads with the grouping of the usual summary (status, purpose, source,
-- year), so that its totals read the table in key order without sorting.
CREATE TABLE IF NOT EXISTS contribution_sums (
	status INTEGER NOT NULL,
	source INTEGER NOT NULL,
	purpose TEXT NOT NULL,
	year INTEGER NOT NULL,
	unit TEXT NOT NULL,
	movement TEXT NOT NULL,
	item_kind TEXT NOT NULL,
	entries INTEGER NOT NULL,
	worth_hi INTEGER NOT NULL,
	worth_lo INTEGER NOT NULL,
	count_hi INTEGER NOT NULL,
	count_lo INTEGER NOT NULL,
	unvalued_hi INTEGER NOT NULL,
	unvalued_lo INTEGER NOT NULL,
	max_count INTEGER NOT NULL,
	PRIMARY KEY (status, purpose, source, year, item_kind, unit, movement)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS contribution_entries_exact ON contribution_entries (status) WHERE worth_hi IS NULL;
INSERT INTO contribution_sums (status, source, purpose, year, unit, movement, item_kind, entries, worth_hi, worth_lo,
	count_hi, count_lo, unvalued_hi, unvalued_lo, max_count)
SELECT status, source, purpose, year, unit, movement, item_kind, COUNT(*), COALESCE(SUM(worth_hi), 0), COALESCE(SUM(worth_lo), 0),
	SUM(item_count / 1000000000), SUM(item_count % 1000000000), SUM(unvalued / 1000000000), SUM(unvalued % 1000000000), MAX(ABS(item_count))
FROM contribution_entries WHERE true
GROUP BY status, source, purpose, year, unit, movement, item_kind
ON CONFLICT DO NOTHING;
