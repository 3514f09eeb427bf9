package org

import (
	"fmt"
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
)

// Scale is an ordered set of unit levels defined by the caller: a ministry's
// hierarchy, a province's. Levels of equal Rank stand side by side (an old
// and a new name for the same step). The zero Scale is empty. A Scale is an
// immutable value, safe for concurrent use.
type Scale struct {
	levels []Level // by Rank, then in the order given
}

// NewScale returns a scale of the levels, ordered by Rank (stable). Codes
// must be non-empty and unique, names non-empty, ranks not negative;
// otherwise the error wraps thidua.ErrInvalid.
func NewScale(levels ...Level) (Scale, error) {
	const op = "org: new scale"
	ls := make([]Level, len(levels))
	for i, l := range levels {
		l.Code = strings.TrimSpace(l.Code)
		l.Name = clean(l.Name)
		switch {
		case l.Code == "":
			return Scale{}, thidua.Invalid(op, "level", "", "code", "level %d has an empty code", i)
		case l.Name == "":
			return Scale{}, thidua.Invalid(op, "level", l.Code, "name", "empty name")
		case l.Rank < 0:
			return Scale{}, thidua.Invalid(op, "level", l.Code, "rank", "negative rank %d", l.Rank)
		}
		for _, prev := range ls[:i] {
			if prev.Code == l.Code {
				return Scale{}, thidua.Invalid(op, "level", l.Code, "code", "duplicate code")
			}
		}
		ls[i] = l
	}
	slices.SortStableFunc(ls, func(a, b Level) int { return a.Rank - b.Rank })
	return Scale{levels: ls}, nil
}

// JusticeScale returns the levels of the civil judgment enforcement system
// (thi hành án dân sự) of the justice sector, a fresh value on each call
// (Luật Thi hành án dân sự; TT 11/2023/TT-BTP): Bộ Tư pháp → Tổng cục THADS → Cục THADS tỉnh → Chi cục
// THADS cấp huyện until 2025, and beside them, at the same ranks, the
// levels of the 2025 restructuring: Cục Quản lý THADS, THADS tỉnh, Phòng
// THADS khu vực.

func JusticeScale() Scale {
	return Scale{levels: []Level{
		{Code: LevelBo, Name: "Bộ", Rank: 0},
		{Code: LevelTongCucTHADS, Name: "Tổng cục Thi hành án dân sự", Rank: 1},
		{Code: LevelCucQuanLyTHADS, Name: "Cục Quản lý thi hành án dân sự", Rank: 1},
		{Code: LevelCucTHADSTinh, Name: "Cục Thi hành án dân sự tỉnh", Rank: 2},
		{Code: LevelTHADSTinh, Name: "Thi hành án dân sự tỉnh", Rank: 2},
		{Code: LevelChiCucTHADSHuyen, Name: "Chi cục Thi hành án dân sự cấp huyện", Rank: 3},
		{Code: LevelPhongTHADSKhuVuc, Name: "Phòng Thi hành án dân sự khu vực", Rank: 3},
	}}
}

// JusticeLocalScale returns the levels of [JusticeScale] and those of the
// justice sector's local units, a fresh value on each call. These belong
// to two lines of authority (see [Line]): a Sở Tư pháp (rank 2) belongs to
// the Ủy ban nhân dân tỉnh (rank 1) and its sector is guided by the Bộ Tư
// pháp (rank 0); a Phòng Tư pháp (rank 3) belonged, until 30/06/2025 when
// the district level ended, to the Ủy ban nhân dân cấp huyện (rank 2) and
// its sector was guided by the Sở Tư pháp (Luật Tổ chức chính quyền địa
// phương 2015, Điều 9; Luật Thi đua, khen thưởng 2022, Điều 80). A store
// with this scale checks both lines: a unit ranks below its parent and
// below its sector unit ([Unit].Sector).
func JusticeLocalScale() Scale {
	s := JusticeScale()
	local, _ := NewScale(append(s.levels,
		Level{Code: LevelUBNDTinh, Name: "Ủy ban nhân dân tỉnh", Rank: 1},
		Level{Code: LevelSoTuPhap, Name: "Sở Tư pháp", Rank: 2},
		Level{Code: LevelUBNDHuyen, Name: "Ủy ban nhân dân cấp huyện", Rank: 2},
		Level{Code: LevelPhongTuPhap, Name: "Phòng Tư pháp", Rank: 3},
	)...)
	return local
}

// Level codes of [JusticeScale] and [JusticeLocalScale].
const (
	LevelBo               = "bo"
	LevelTongCucTHADS     = "tong-cuc-thads"
	LevelCucQuanLyTHADS   = "cuc-quan-ly-thads"
	LevelCucTHADSTinh     = "cuc-thads-tinh"
	LevelTHADSTinh        = "thads-tinh"
	LevelChiCucTHADSHuyen = "chi-cuc-thads-huyen"
	LevelPhongTHADSKhuVuc = "phong-thads-khu-vuc"
	// The sector's local units and the People's Committees they belong to.
	LevelUBNDTinh    = "ubnd-tinh"
	LevelSoTuPhap    = "so-tu-phap"
	LevelUBNDHuyen   = "ubnd-huyen"
	LevelPhongTuPhap = "phong-tu-phap"
)

// Levels returns the levels of the scale, top first (a copy).
func (s Scale) Levels() []Level { return slices.Clone(s.levels) }

// Len returns the number of levels.
func (s Scale) Len() int { return len(s.levels) }

// Lookup returns the level with the code, and false if the scale has none.
func (s Scale) Lookup(code string) (Level, bool) {
	for _, l := range s.levels {
		if l.Code == code {
			return l, true
		}
	}
	return Level{}, false
}

// Compare orders two level codes by rank: -1 if a is higher (closer to the
// top) than b, +1 if lower, 0 if at the same rank. The error wraps
// thidua.ErrNotFound if either code is not in the scale.
func (s Scale) Compare(a, b string) (int, error) {
	la, ok := s.Lookup(a)
	if !ok {
		return 0, fmt.Errorf("org: scale: level %q: %w", a, thidua.ErrNotFound)
	}
	lb, ok := s.Lookup(b)
	if !ok {
		return 0, fmt.Errorf("org: scale: level %q: %w", b, thidua.ErrNotFound)
	}
	switch {
	case la.Rank < lb.Rank:
		return -1, nil
	case la.Rank > lb.Rank:
		return 1, nil
	}
	return 0, nil
}
