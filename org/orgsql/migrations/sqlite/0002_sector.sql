-- Two lines of authority: the unit guiding a unit's sector (quản lý ngành)
-- when it is not its parent, as a Bộ Tư pháp guides a Sở Tư pháp that
-- belongs to the provincial People's Committee. NULL for a unit with one
-- line.
ALTER TABLE org_units ADD COLUMN sector TEXT REFERENCES org_units (id);
CREATE INDEX IF NOT EXISTS org_units_sector ON org_units (sector);
