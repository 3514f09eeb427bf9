package org

import (
	"context"

	"github.com/thidua-go/thidua"
)

// LevelCount is how many units of a level a count found.
type LevelCount struct {
	Level string `json:"level"`
	N     int    `json:"n"`
}

// SubtreeReader reads a unit's subtree; a [Store] is one.
type SubtreeReader interface {
	Subtree(ctx context.Context, root UnitID, asOf thidua.Date) ([]Unit, error)
}

// CountByLevel counts the units under root that exist on the date, by
// level code, in the order the levels first appear in the subtree (depth
// first, by ID): "có 06 phòng chuyên môn và 09 Phòng Thi hành án dân sự
// khu vực trực thuộc" counts the units directly under a provincial office.
// With direct, only root's children count; otherwise every unit below it.
// Root itself never counts. ErrNotFound if root is unknown; ErrInvalid if
// on is not a valid date; an empty result if root does not exist on the
// date.
func CountByLevel(ctx context.Context, s SubtreeReader, root UnitID, on thidua.Date, direct bool) ([]LevelCount, error) {
	if on.IsZero() {
		return nil, thidua.Invalid("org: count by level", "unit", string(root), "on", "no date")
	}
	units, err := s.Subtree(ctx, root, on)
	if err != nil {
		return nil, err
	}
	var out []LevelCount
	at := map[string]int{}
	for _, u := range units {
		if u.ID == root || (direct && u.Parent != root) {
			continue
		}
		i, ok := at[u.Level]
		if !ok {
			i = len(out)
			at[u.Level] = i
			out = append(out, LevelCount{Level: u.Level})
		}
		out[i].N++
	}
	return out, nil
}
