-- The organisation: units, successions, people and their posts, yearly
-- records, disciplinary decisions. Keys are the library's own string IDs;
-- dates are ISO text (yyyy-mm-dd), so that text order is date order. The
-- rules of the data are checked in Go (package org's Check functions); the
-- schema keeps what the database itself must guarantee: keys, references,
-- one record per person and year, one successor set per unit. Text
-- columns use the "C" collation, so that the database orders IDs and
-- dates byte by byte, as Go compares strings, whatever the server's locale.
CREATE TABLE IF NOT EXISTS org_units (
	id TEXT COLLATE "C" PRIMARY KEY,
	name TEXT COLLATE "C" NOT NULL,
	short_name TEXT COLLATE "C" NOT NULL,
	level TEXT COLLATE "C" NOT NULL,
	parent TEXT COLLATE "C" REFERENCES org_units (id),
	exists_from TEXT COLLATE "C" NOT NULL,
	exists_to TEXT COLLATE "C" NOT NULL,
	name_key TEXT COLLATE "C" NOT NULL,
	short_key TEXT COLLATE "C" NOT NULL
);
CREATE INDEX IF NOT EXISTS org_units_parent ON org_units (parent);
CREATE TABLE IF NOT EXISTS org_successions (
	id TEXT COLLATE "C" PRIMARY KEY,
	kind INTEGER NOT NULL,
	date TEXT COLLATE "C" NOT NULL,
	note TEXT COLLATE "C" NOT NULL
);
CREATE TABLE IF NOT EXISTS org_succession_units (
	succession TEXT COLLATE "C" NOT NULL REFERENCES org_successions (id),
	side TEXT COLLATE "C" NOT NULL,
	unit TEXT COLLATE "C" NOT NULL REFERENCES org_units (id),
	PRIMARY KEY (succession, side, unit)
);
CREATE INDEX IF NOT EXISTS org_succession_units_unit ON org_succession_units (unit);
CREATE UNIQUE INDEX IF NOT EXISTS org_succession_units_from ON org_succession_units (unit) WHERE side = 'from';
CREATE TABLE IF NOT EXISTS org_people (
	id TEXT COLLATE "C" PRIMARY KEY,
	full_name TEXT COLLATE "C" NOT NULL,
	name_key TEXT COLLATE "C" NOT NULL,
	gender INTEGER NOT NULL,
	birth_date TEXT COLLATE "C" NOT NULL,
	recruited TEXT COLLATE "C" NOT NULL
);
CREATE TABLE IF NOT EXISTS org_assignments (
	person TEXT COLLATE "C" NOT NULL REFERENCES org_people (id),
	seq INTEGER NOT NULL,
	unit TEXT COLLATE "C" NOT NULL REFERENCES org_units (id),
	position TEXT COLLATE "C" NOT NULL,
	period_from TEXT COLLATE "C" NOT NULL,
	period_to TEXT COLLATE "C" NOT NULL,
	concurrent INTEGER NOT NULL,
	PRIMARY KEY (person, seq)
);
CREATE INDEX IF NOT EXISTS org_assignments_unit ON org_assignments (unit, person);
CREATE TABLE IF NOT EXISTS org_person_years (
	person TEXT COLLATE "C" NOT NULL REFERENCES org_people (id),
	year INTEGER NOT NULL,
	unit TEXT COLLATE "C" NOT NULL REFERENCES org_units (id),
	rating INTEGER NOT NULL,
	days_worked INTEGER NOT NULL,
	absences TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (person, year)
);
CREATE INDEX IF NOT EXISTS org_person_years_unit ON org_person_years (unit, year);
CREATE TABLE IF NOT EXISTS org_unit_years (
	unit TEXT COLLATE "C" NOT NULL REFERENCES org_units (id),
	year INTEGER NOT NULL,
	rating INTEGER NOT NULL,
	exceeded_targets INTEGER NOT NULL,
	PRIMARY KEY (unit, year)
);
CREATE TABLE IF NOT EXISTS org_disciplines (
	id TEXT COLLATE "C" PRIMARY KEY,
	person TEXT COLLATE "C" NOT NULL REFERENCES org_people (id),
	form INTEGER NOT NULL,
	decided TEXT COLLATE "C" NOT NULL,
	in_force_from TEXT COLLATE "C" NOT NULL,
	in_force_to TEXT COLLATE "C" NOT NULL,
	decision TEXT COLLATE "C" NOT NULL
);
CREATE INDEX IF NOT EXISTS org_disciplines_person ON org_disciplines (person, decided, id);
