-- campaign schema, version 1. One DDL statement per step, each idempotent.
-- Keys are the library's string IDs; civil dates are ISO YYYY-MM-DD text;
-- exact decimals are NUMERIC; text is compared byte by byte
-- (COLLATE "C"), as Go compares strings. Lists inside a record that are
-- always read with it (registration windows, participating units, targets,
-- pledged titles, criteria, points) are JSON text.
CREATE TABLE IF NOT EXISTS campaign_movements (
	id TEXT COLLATE "C" PRIMARY KEY,
	title TEXT COLLATE "C" NOT NULL,
	kind INTEGER NOT NULL,
	launcher_unit TEXT COLLATE "C" NOT NULL,
	launcher_name TEXT COLLATE "C" NOT NULL,
	launcher_fold TEXT COLLATE "C" NOT NULL,
	period_from TEXT COLLATE "C" NOT NULL,
	period_to TEXT COLLATE "C" NOT NULL,
	parent TEXT COLLATE "C" REFERENCES campaign_movements (id),
	registration TEXT COLLATE "C" NOT NULL,
	participants TEXT COLLATE "C" NOT NULL,
	targets TEXT COLLATE "C" NOT NULL
);
CREATE INDEX IF NOT EXISTS campaign_movements_parent ON campaign_movements (parent);
CREATE TABLE IF NOT EXISTS campaign_registrations (
	movement TEXT COLLATE "C" NOT NULL REFERENCES campaign_movements (id),
	year INTEGER NOT NULL,
	unit TEXT COLLATE "C" NOT NULL,
	person TEXT COLLATE "C" NOT NULL,
	date TEXT COLLATE "C" NOT NULL,
	titles TEXT COLLATE "C" NOT NULL,
	note TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (movement, year, unit, person)
);
CREATE TABLE IF NOT EXISTS campaign_results (
	movement TEXT COLLATE "C" NOT NULL REFERENCES campaign_movements (id),
	target TEXT COLLATE "C" NOT NULL,
	target_pos INTEGER NOT NULL,
	year INTEGER NOT NULL,
	unit TEXT COLLATE "C" NOT NULL,
	person TEXT COLLATE "C" NOT NULL,
	actual NUMERIC NOT NULL,
	PRIMARY KEY (movement, target, year, unit, person)
);
CREATE TABLE IF NOT EXISTS campaign_score_tables (
	id TEXT COLLATE "C" PRIMARY KEY,
	name TEXT COLLATE "C" NOT NULL,
	criteria TEXT COLLATE "C" NOT NULL
);
CREATE TABLE IF NOT EXISTS campaign_scorecards (
	table_id TEXT COLLATE "C" NOT NULL REFERENCES campaign_score_tables (id),
	unit TEXT COLLATE "C" NOT NULL,
	points TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (table_id, unit)
);
CREATE TABLE IF NOT EXISTS campaign_clusters (
	id TEXT COLLATE "C" PRIMARY KEY,
	name TEXT COLLATE "C" NOT NULL,
	kind INTEGER NOT NULL,
	year INTEGER NOT NULL,
	table_id TEXT COLLATE "C" REFERENCES campaign_score_tables (id)
);
CREATE TABLE IF NOT EXISTS campaign_cluster_members (
	cluster TEXT COLLATE "C" NOT NULL REFERENCES campaign_clusters (id),
	pos INTEGER NOT NULL,
	unit TEXT COLLATE "C" NOT NULL,
	year INTEGER NOT NULL,
	kind INTEGER NOT NULL,
	PRIMARY KEY (cluster, pos),
	UNIQUE (unit, year, kind)
);
CREATE TABLE IF NOT EXISTS campaign_cluster_ranks (
	cluster TEXT COLLATE "C" NOT NULL REFERENCES campaign_clusters (id),
	pos INTEGER NOT NULL,
	unit TEXT COLLATE "C" NOT NULL,
	place INTEGER NOT NULL,
	total BIGINT NOT NULL,
	explanation TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (cluster, pos)
);
CREATE TABLE IF NOT EXISTS campaign_initiatives (
	id TEXT COLLATE "C" PRIMARY KEY,
	title TEXT COLLATE "C" NOT NULL,
	kind INTEGER NOT NULL,
	level INTEGER NOT NULL,
	recognised_by TEXT COLLATE "C" NOT NULL,
	decision TEXT COLLATE "C" NOT NULL,
	created TEXT COLLATE "C" NOT NULL,
	recognised TEXT COLLATE "C" NOT NULL,
	applied INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS campaign_initiatives_recognised ON campaign_initiatives (recognised, id);
CREATE TABLE IF NOT EXISTS campaign_initiative_authors (
	initiative TEXT COLLATE "C" NOT NULL REFERENCES campaign_initiatives (id),
	pos INTEGER NOT NULL,
	person TEXT COLLATE "C" NOT NULL,
	share NUMERIC NOT NULL,
	PRIMARY KEY (initiative, pos),
	UNIQUE (initiative, person)
);
CREATE INDEX IF NOT EXISTS campaign_initiative_authors_person ON campaign_initiative_authors (person, initiative);
-- slot is the award code, or '' in a store that allows one use per
-- initiative: UNIQUE (initiative, slot) is "one achievement, one form".
CREATE TABLE IF NOT EXISTS campaign_initiative_uses (
	initiative TEXT COLLATE "C" NOT NULL REFERENCES campaign_initiatives (id),
	award TEXT COLLATE "C" NOT NULL,
	slot TEXT COLLATE "C" NOT NULL,
	grant_id TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (initiative, award),
	UNIQUE (initiative, slot)
);
