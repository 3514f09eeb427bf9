-- What one item holds and the total a source text states for the items,
-- recorded apart from what they add up to (never summed). Entries stored
-- before this migration have neither.
ALTER TABLE contribution_entries ADD COLUMN item_contents TEXT NOT NULL DEFAULT '';
ALTER TABLE contribution_entries ADD COLUMN item_stated TEXT NOT NULL DEFAULT '0';
ALTER TABLE contribution_entries ADD COLUMN item_stated_bound TEXT NOT NULL DEFAULT '';
