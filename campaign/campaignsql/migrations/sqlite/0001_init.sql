-- campaign schema, version 1. One DDL statement per step, each idempotent.
-- Keys are the library's string IDs; civil dates are ISO YYYY-MM-DD text;
-- exact decimals are text (never REAL). Lists inside a record that are
-- always read with it (registration windows, participating units, targets,
-- pledged titles, criteria, points) are JSON text.
CREATE TABLE IF NOT EXISTS campaign_movements (
	id TEXT PRIMARY KEY,
	title TEXT NOT NULL,
	kind INTEGER NOT NULL,
	launcher_unit TEXT NOT NULL,
	launcher_name TEXT NOT NULL,
	launcher_fold TEXT NOT NULL,
	period_from TEXT NOT NULL,
	period_to TEXT NOT NULL,
	parent TEXT REFERENCES campaign_movements (id),
	registration TEXT NOT NULL,
	participants TEXT NOT NULL,
	targets TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS campaign_movements_parent ON campaign_movements (parent);
CREATE TABLE IF NOT EXISTS campaign_registrations (
	movement TEXT NOT NULL REFERENCES campaign_movements (id),
	year INTEGER NOT NULL,
	unit TEXT NOT NULL,
	person TEXT NOT NULL,
	date TEXT NOT NULL,
	titles TEXT NOT NULL,
	note TEXT NOT NULL,
	PRIMARY KEY (movement, year, unit, person)
);
CREATE TABLE IF NOT EXISTS campaign_results (
	movement TEXT NOT NULL REFERENCES campaign_movements (id),
	target TEXT NOT NULL,
	target_pos INTEGER NOT NULL,
	year INTEGER NOT NULL,
	unit TEXT NOT NULL,
	person TEXT NOT NULL,
	actual TEXT NOT NULL,
	PRIMARY KEY (movement, target, year, unit, person)
);
CREATE TABLE IF NOT EXISTS campaign_score_tables (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	criteria TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS campaign_scorecards (
	table_id TEXT NOT NULL REFERENCES campaign_score_tables (id),
	unit TEXT NOT NULL,
	points TEXT NOT NULL,
	PRIMARY KEY (table_id, unit)
);
CREATE TABLE IF NOT EXISTS campaign_clusters (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	kind INTEGER NOT NULL,
	year INTEGER NOT NULL,
	table_id TEXT REFERENCES campaign_score_tables (id)
);
CREATE TABLE IF NOT EXISTS campaign_cluster_members (
	cluster TEXT NOT NULL REFERENCES campaign_clusters (id),
	pos INTEGER NOT NULL,
	unit TEXT NOT NULL,
	year INTEGER NOT NULL,
	kind INTEGER NOT NULL,
	PRIMARY KEY (cluster, pos),
	UNIQUE (unit, year, kind)
);
CREATE TABLE IF NOT EXISTS campaign_cluster_ranks (
	cluster TEXT NOT NULL REFERENCES campaign_clusters (id),
	pos INTEGER NOT NULL,
	unit TEXT NOT NULL,
	place INTEGER NOT NULL,
	total INTEGER NOT NULL,
	explanation TEXT NOT NULL,
	PRIMARY KEY (cluster, pos)
);
CREATE TABLE IF NOT EXISTS campaign_initiatives (
	id TEXT PRIMARY KEY,
	title TEXT NOT NULL,
	kind INTEGER NOT NULL,
	level INTEGER NOT NULL,
	recognised_by TEXT NOT NULL,
	decision TEXT NOT NULL,
	created TEXT NOT NULL,
	recognised TEXT NOT NULL,
	applied INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS campaign_initiatives_recognised ON campaign_initiatives (recognised, id);
CREATE TABLE IF NOT EXISTS campaign_initiative_authors (
	initiative TEXT NOT NULL REFERENCES campaign_initiatives (id),
	pos INTEGER NOT NULL,
	person TEXT NOT NULL,
	share TEXT NOT NULL,
	PRIMARY KEY (initiative, pos),
	UNIQUE (initiative, person)
);
CREATE INDEX IF NOT EXISTS campaign_initiative_authors_person ON campaign_initiative_authors (person, initiative);
-- slot is the award code, or '' in a store that allows one use per
-- initiative: UNIQUE (initiative, slot) is "one achievement, one form".
CREATE TABLE IF NOT EXISTS campaign_initiative_uses (
	initiative TEXT NOT NULL REFERENCES campaign_initiatives (id),
	award TEXT NOT NULL,
	slot TEXT NOT NULL,
	grant_id TEXT NOT NULL,
	PRIMARY KEY (initiative, award),
	UNIQUE (initiative, slot)
);
