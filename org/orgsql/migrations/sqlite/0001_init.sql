-- The organisation: units, successions, people and their posts, yearly
-- records, disciplinary decisions. Keys are the library's own string IDs;
-- dates are ISO text (yyyy-mm-dd), so that text order is date order. The
-- rules of the data are checked in Go (package org's Check functions); the
-- schema keeps what the database itself must guarantee: keys, references,
-- one record per person and year, one successor set per unit. The yearly
-- records of people are kept in the order of their key (WITHOUT ROWID), so
-- that the records of a set of people are read together.
CREATE TABLE IF NOT EXISTS org_units (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	short_name TEXT NOT NULL,
	level TEXT NOT NULL,
	parent TEXT REFERENCES org_units (id),
	exists_from TEXT NOT NULL,
	exists_to TEXT NOT NULL,
	name_key TEXT NOT NULL,
	short_key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS org_units_parent ON org_units (parent);
CREATE TABLE IF NOT EXISTS org_successions (
	id TEXT PRIMARY KEY,
	kind INTEGER NOT NULL,
	date TEXT NOT NULL,
	note TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS org_succession_units (
	succession TEXT NOT NULL REFERENCES org_successions (id),
	side TEXT NOT NULL,
	unit TEXT NOT NULL REFERENCES org_units (id),
	PRIMARY KEY (succession, side, unit)
);
CREATE INDEX IF NOT EXISTS org_succession_units_unit ON org_succession_units (unit);
CREATE UNIQUE INDEX IF NOT EXISTS org_succession_units_from ON org_succession_units (unit) WHERE side = 'from';
CREATE TABLE IF NOT EXISTS org_people (
	id TEXT PRIMARY KEY,
	full_name TEXT NOT NULL,
	name_key TEXT NOT NULL,
	gender INTEGER NOT NULL,
	birth_date TEXT NOT NULL,
	recruited TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS org_assignments (
	person TEXT NOT NULL REFERENCES org_people (id),
	seq INTEGER NOT NULL,
	unit TEXT NOT NULL REFERENCES org_units (id),
	position TEXT NOT NULL,
	period_from TEXT NOT NULL,
	period_to TEXT NOT NULL,
	concurrent INTEGER NOT NULL,
	PRIMARY KEY (person, seq)
);
CREATE INDEX IF NOT EXISTS org_assignments_unit ON org_assignments (unit, person);
CREATE TABLE IF NOT EXISTS org_person_years (
	person TEXT NOT NULL REFERENCES org_people (id),
	year INTEGER NOT NULL,
	unit TEXT NOT NULL REFERENCES org_units (id),
	rating INTEGER NOT NULL,
	days_worked INTEGER NOT NULL,
	absences TEXT NOT NULL,
	PRIMARY KEY (person, year)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS org_person_years_unit ON org_person_years (unit, year);
CREATE TABLE IF NOT EXISTS org_unit_years (
	unit TEXT NOT NULL REFERENCES org_units (id),
	year INTEGER NOT NULL,
	rating INTEGER NOT NULL,
	exceeded_targets INTEGER NOT NULL,
	PRIMARY KEY (unit, year)
);
CREATE TABLE IF NOT EXISTS org_disciplines (
	id TEXT PRIMARY KEY,
	person TEXT NOT NULL REFERENCES org_people (id),
	form INTEGER NOT NULL,
	decided TEXT NOT NULL,
	in_force_from TEXT NOT NULL,
	in_force_to TEXT NOT NULL,
	decision TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS org_disciplines_person ON org_disciplines (person, decided, id);
