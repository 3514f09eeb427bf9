-- History that is never overwritten: every version of a cluster's ranking
-- replaced or cleared by a correction (campaign.Store.ReplaceRanking), as
-- JSON, with who corrected it, when and why, numbered in the order of the
-- corrections.
CREATE TABLE IF NOT EXISTS campaign_ranking_corrections (
	cluster TEXT NOT NULL REFERENCES campaign_clusters (id),
	seq INTEGER NOT NULL,
	old TEXT NOT NULL,
	by_whom TEXT NOT NULL,
	on_date TEXT NOT NULL,
	reason TEXT NOT NULL,
	PRIMARY KEY (cluster, seq)
);
