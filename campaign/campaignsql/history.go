package campaignsql

import (
	"context"
	"database/sql"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/sqldb"
)

// ranking reads the stored ranking of cluster id in tx, best first (nil
// for an unranked cluster).
func (s *Store) ranking(ctx context.Context, tx *sql.Tx, id campaign.ClusterID) ([]campaign.Rank, error) {
	rows, err := tx.QueryContext(ctx, s.q(`SELECT `+rankColumns+` FROM campaign_cluster_ranks r WHERE r.cluster = ? ORDER BY r.pos`), string(id))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []campaign.Rank
	for rows.Next() {
		_, r, err := scanRank(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ReplaceRanking implements [campaign.Store.ReplaceRanking]: in one
// transaction, the stored ranking is checked to be the one the rules saw,
// kept in campaign_ranking_corrections, and replaced.
func (s *Store) ReplaceRanking(ctx context.Context, id campaign.ClusterID, ranking []campaign.Rank, c thidua.Correction) error {
	const op = "campaignsql: replace ranking"
	if err := ctx.Err(); err != nil {
		return err
	}
	ranking, old, err := s.rules.CheckReplaceRanking(ctx, reader{s}, id, ranking, c)
	if err != nil {
		return err
	}
	return sqldb.Classify(op, "cluster", string(id), s.putRanking(ctx, id, old.Old, &old, ranking))
}

// putRanking stores ranking as the ranking of cluster id in one
// transaction: it checks that the stored ranking is still seen, the one
// the rules saw ([campaign.Rules.RecheckRanking]), keeps the version kept
// replaces (nil for a first ranking), and writes the new one.
func (s *Store) putRanking(ctx context.Context, id campaign.ClusterID, seen []campaign.Rank, kept *campaign.RankingCorrection, ranking []campaign.Rank) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		stored, err := s.ranking(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := s.rules.RecheckRanking(id, seen, stored); err != nil {
			return err
		}
		if kept != nil {
			if err := s.keepRankings(ctx, tx, []campaign.RankingCorrection{*kept}); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM campaign_cluster_ranks WHERE cluster = ?`), string(id)); err != nil {
				return err
			}
		}
		return s.insertRanks(ctx, tx, id, ranking)
	})
}

// keepRankings appends the versions to the history of their clusters, each
// numbered after the last one kept for its cluster.
func (s *Store) keepRankings(ctx context.Context, tx *sql.Tx, rcs []campaign.RankingCorrection) error {
	for _, rc := range rcs {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO campaign_ranking_corrections (cluster, seq, old, by_whom, on_date, reason)
SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ? FROM campaign_ranking_corrections WHERE cluster = ?`),
			string(rc.Cluster), marshal(rc.Old), rc.Correction.By, rc.Correction.On.String(), rc.Correction.Reason, string(rc.Cluster)); err != nil {
			return err
		}
	}
	return nil
}

// rankingVersions reads the versions kept for the clusters matching where
// (on campaign_ranking_corrections h), by cluster then in the order kept.
func (s *Store) rankingVersions(ctx context.Context, where string, args ...any) ([]campaign.RankingCorrection, error) {
	var out []campaign.RankingCorrection
	err := s.read(ctx, func(tx *sql.Tx) error {
		out = nil
		rows, err := tx.QueryContext(ctx, s.q(`SELECT h.cluster, h.old, h.by_whom, h.on_date, h.reason
FROM campaign_ranking_corrections h `+where+` ORDER BY h.cluster, h.seq`), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				rc          campaign.RankingCorrection
				cluster, on string
				old         string
			)
			if err := rows.Scan(&cluster, &old, &rc.Correction.By, &on, &rc.Correction.Reason); err != nil {
				return err
			}
			rc.Cluster = campaign.ClusterID(cluster)
			if err := unmarshal(old, &rc.Old); err != nil {
				return err
			}
			if rc.Correction.On, err = parseDate(on); err != nil {
				return err
			}
			out = append(out, rc)
		}
		return rows.Err()
	})
	return out, err
}

// RankingHistory implements [campaign.Store.RankingHistory].
func (s *Store) RankingHistory(ctx context.Context, id campaign.ClusterID) ([]campaign.RankingCorrection, error) {
	const op = "campaignsql: ranking history"
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if ok, err := (reader{s}).exists(ctx, `SELECT 1 FROM campaign_clusters WHERE id = ?`, string(id)); err != nil {
		return nil, sqldb.Classify(op, "cluster", string(id), err)
	} else if !ok {
		return nil, thidua.NotFound(op, "cluster", string(id))
	}
	out, err := s.rankingVersions(ctx, "WHERE h.cluster = ?", string(id))
	return out, sqldb.Classify(op, "cluster", string(id), err)
}

// History implements [campaign.Store.History]: one query.
func (s *Store) History(ctx context.Context) (campaign.History, error) {
	const op = "campaignsql: history"
	if err := ctx.Err(); err != nil {
		return campaign.History{}, err
	}
	rcs, err := s.rankingVersions(ctx, "")
	if err != nil {
		return campaign.History{}, sqldb.Classify(op, "history", "", err)
	}
	return campaign.History{Rankings: rcs}, nil
}

// AddHistory implements [campaign.Store.AddHistory], in one transaction.
func (s *Store) AddHistory(ctx context.Context, h campaign.History) error {
	const op = "campaignsql: add history"
	if err := ctx.Err(); err != nil {
		return err
	}
	h, err := s.rules.CheckAddHistory(ctx, reader{s}, h)
	if err != nil {
		return err
	}
	if h.IsZero() {
		return nil
	}
	err = s.write(ctx, func(tx *sql.Tx) error { return s.keepRankings(ctx, tx, h.Rankings) })
	return sqldb.Classify(op, "history", "", err)
}
