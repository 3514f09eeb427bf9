package campaign

import (
	"fmt"
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// ClusterID identifies an emulation cluster within a store.
type ClusterID string

// ClusterKind says whether a cluster groups units by area or by field.
type ClusterKind int

// Cluster kinds. The zero ClusterKind is not valid. A unit belongs to at
// most one cluster of each kind in a year.
const (
	Cum  ClusterKind = iota + 1 // cụm thi đua (by area, e.g. the Mekong delta provinces)
	Khoi                        // khối thi đua (by field or kind of unit)
)

// String returns the Vietnamese name of the kind.
func (k ClusterKind) String() string {
	switch k {
	case Cum:
		return "cụm thi đua"
	case Khoi:
		return "khối thi đua"
	}
	return fmt.Sprintf("ClusterKind(%d)", int(k))
}

// Cluster is an emulation cluster (cụm or khối thi đua) for one year: units
// that compare with each other, and, once decided, their ranking. The
// justice sector is organised in such clusters (TT 11/2023/TT-BTP); Cờ thi
// đua cấp bộ goes to a unit that leads its cluster (NĐ 91/2017 art. 12;
// Luật TĐKT art. 26).
type Cluster struct {
	ID      ClusterID    `json:"id"`
	Name    string       `json:"name"`
	Kind    ClusterKind  `json:"kind"`
	Year    int          `json:"year"`
	Members []org.UnitID `json:"members"`
	// Table is the scoring table the members are scored on, if any.
	Table ScoreTableID `json:"table,omitempty"`
	// Ranking is the decided ranking, best first; empty while undecided.
	// Places are not decreasing; a ranking given by hand may repeat a
	// place (đồng hạng), a computed one ([Scorer.Rank]) never does.
	Ranking []Rank `json:"ranking,omitempty"`
}

// Validate checks c: an ID, a name, a known kind, a valid year, at least
// one member, no member twice and a valid ranking of members. Errors wrap
// [thidua.ErrInvalid].
func (c Cluster) Validate() error {
	const op = "campaign: validate cluster"
	id := string(c.ID)
	if err := checkID(op, "cluster", id, "id", id); err != nil {
		return err
	}
	if err := checkText(op, "cluster", id, "name", c.Name, thidua.MaxTitleLen); err != nil {
		return err
	}
	if err := checkOptionalID(op, "cluster", id, "table", string(c.Table)); err != nil {
		return err
	}
	switch {
	case blank(c.Name):
		return thidua.Invalid(op, "cluster", id, "name", "empty name")
	case c.Kind != Cum && c.Kind != Khoi:
		return thidua.Invalid(op, "cluster", id, "kind", "unknown kind %d", int(c.Kind))
	case c.Year < thidua.MinYear || c.Year > thidua.MaxYear:
		return thidua.Invalid(op, "cluster", id, "year", "year %d out of range", c.Year)
	case len(c.Members) == 0:
		return thidua.Invalid(op, "cluster", id, "members", "no members")
	}
	for i, u := range c.Members {
		if err := checkID(op, "cluster", id, "members", string(u)); err != nil {
			return err
		}
		if slices.Contains(c.Members[:i], u) {
			return thidua.Invalid(op, "cluster", id, "members", "unit %q listed twice", u)
		}
	}
	return validateRanking(op, id, c.Members, c.Ranking)
}

// Leads reports whether unit u is first in the cluster's ranking (shares
// first place, for a ranking given by hand). It is false while the cluster
// is unranked.
func (c Cluster) Leads(u org.UnitID) bool {
	for _, r := range c.Ranking {
		if r.Place != 1 {
			break
		}
		if r.Unit == u {
			return true
		}
	}
	return false
}

// Has reports whether u is a member of c.
func (c Cluster) Has(u org.UnitID) bool { return slices.Contains(c.Members, u) }

func (c Cluster) clone() Cluster {
	c.Members = slices.Clone(c.Members)
	c.Ranking = slices.Clone(c.Ranking)
	return c
}

// cleaned returns a copy of c with its name cleaned.
func (c Cluster) cleaned() Cluster {
	c = c.clone()
	c.Name = vntext.Clean(c.Name)
	return c
}

// RankingCorrection is a version of a cluster's ranking replaced or cleared
// by a correction ([Store.ReplaceRanking]): the ranking as it was stored
// before, with who changed it, when and why. A decided ranking is history —
// Cờ thi đua goes to the unit that leads its cluster (Luật Thi đua, khen
// thưởng 2022, Điều 26) — so a store never drops it without a trace.
type RankingCorrection struct {
	Cluster    ClusterID         `json:"cluster"`
	Old        []Rank            `json:"old"`
	Correction thidua.Correction `json:"correction"`
}

// History is every replaced version a [Store] keeps ([Store.History]):
// rankings by cluster ID, the versions of one cluster in the order they
// were replaced, oldest first. Registrations, results and scorecards are
// never replaced (a second one is ErrConflict), so they have none.
type History struct {
	Rankings []RankingCorrection `json:"rankings,omitempty"`
}

// IsZero reports whether h holds no version.
func (h History) IsZero() bool { return len(h.Rankings) == 0 }

// clone returns a copy of rc sharing nothing with it.
func (rc RankingCorrection) clone() RankingCorrection {
	rc.Old = slices.Clone(rc.Old)
	return rc
}

// cloneRankings copies a list of versions, sharing nothing with it.
func cloneRankings(rcs []RankingCorrection) []RankingCorrection {
	if rcs == nil {
		return nil
	}
	out := make([]RankingCorrection, len(rcs))
	for i, rc := range rcs {
		out[i] = rc.clone()
	}
	return out
}
