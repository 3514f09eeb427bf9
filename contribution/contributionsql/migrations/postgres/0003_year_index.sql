-- Totals over a period that cuts years read the entries of those years
-- only (the running sums answer the whole years).
CREATE INDEX IF NOT EXISTS contribution_entries_year ON contribution_entries (year, status);
