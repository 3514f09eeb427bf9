-- History that is never overwritten: the former names of units renamed in
-- place (org.Unit.Former, as JSON), and every version of a unit, a
-- person's yearly record or a unit's yearly record replaced by a
-- correction, as JSON, with who corrected it, when and why, numbered in
-- the order of the corrections.
CREATE TABLE IF NOT EXISTS org_unit_former (
	unit TEXT PRIMARY KEY REFERENCES org_units (id),
	names TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS org_unit_corrections (
	unit TEXT NOT NULL REFERENCES org_units (id),
	seq INTEGER NOT NULL,
	old TEXT NOT NULL,
	by_whom TEXT NOT NULL,
	on_date TEXT NOT NULL,
	reason TEXT NOT NULL,
	PRIMARY KEY (unit, seq)
);
CREATE TABLE IF NOT EXISTS org_person_year_corrections (
	person TEXT NOT NULL,
	year INTEGER NOT NULL,
	seq INTEGER NOT NULL,
	old TEXT NOT NULL,
	by_whom TEXT NOT NULL,
	on_date TEXT NOT NULL,
	reason TEXT NOT NULL,
	PRIMARY KEY (person, year, seq),
	FOREIGN KEY (person, year) REFERENCES org_person_years (person, year)
);
CREATE TABLE IF NOT EXISTS org_unit_year_corrections (
	unit TEXT NOT NULL,
	year INTEGER NOT NULL,
	seq INTEGER NOT NULL,
	old TEXT NOT NULL,
	by_whom TEXT NOT NULL,
	on_date TEXT NOT NULL,
	reason TEXT NOT NULL,
	PRIMARY KEY (unit, year, seq),
	FOREIGN KEY (unit, year) REFERENCES org_unit_years (unit, year)
);
