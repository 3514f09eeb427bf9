package rules

import (
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
)

// ForNomination returns v as a nomination records it, in one call: the
// outcome, the regime, the last achievement year, pending, the basis
// ([GrantKind.Basis]), every criterion with its reason and citation, the
// initiatives and feats it counted, and a Vietnamese summary — "Đủ điều kiện …", or "Chưa đủ điều kiện: " and the
// reasons of the criteria that failed, or what an eligible verdict still
// waits for. flagged says the proposer goes ahead knowing the candidate is
// ineligible. Attach it to the Propose, Submit or Forward step
// (award.Transition.Verdict); every store keeps it as given.
func (v Verdict) ForNomination(flagged bool) *award.Verdict {
	out := award.Verdict{Eligible: v.Eligible, Flagged: flagged, Regime: v.Regime, Through: v.Through,
		Pending: v.Pending, Basis: v.Basis.Basis(), Summary: v.summary(), Criteria: v.Criteria}.Clone()
	for _, a := range v.Used {
		if a.Feat {
			out.Feats = append(out.Feats, a.ID)
		} else {
			out.Initiatives = append(out.Initiatives, a.ID)
		}
	}
	return &out
}

// summary says the verdict in one sentence.
func (v *Verdict) summary() string {
	what := awardOf(v.Code) + " năm " + itoa(v.Year)
	var parts []string
	for _, c := range v.Criteria {
		if c.Reason != "" && (!v.Eligible && !c.Passed && !c.Pending || v.Eligible && c.Pending) {
			parts = append(parts, c.Reason)
		}
	}
	switch {
	case !v.Eligible && len(parts) > 0:
		return "Chưa đủ điều kiện " + what + ": " + strings.Join(parts, "; ")
	case !v.Eligible:
		return "Chưa đủ điều kiện " + what
	case v.Pending && len(parts) > 0:
		return "Đủ điều kiện " + what + ", còn chờ: " + strings.Join(parts, "; ")
	case v.Pending:
		return "Đủ điều kiện " + what + ", còn chờ xét"
	}
	return "Đủ điều kiện " + what
}

// Basis returns the kind of commendation k as package award names it
// (award.Basis, Luật Thi đua, khen thưởng 2022, Điều 8): Merit is
// award.Regular, Seniority award.LengthOfService, the others their
// namesakes; 0 for an unknown kind.
//
// Two types are needed: GrantKind's zero value is Merit, so that a
// [Grant] written without a kind counts towards merit-based higher awards
// as the law's regular commendation does, while award.Basis is a set of
// bits (a kind lists the bases it may be given on) whose zero value is no
// basis at all. [KindOf] converts back.
func (k GrantKind) Basis() award.Basis {
	switch k {
	case Merit:
		return award.Regular
	case AdHoc:
		return award.AdHoc
	case Thematic:
		return award.Thematic
	case LongService:
		return award.LongService
	case Seniority:
		return award.LengthOfService
	case External:
		return award.External
	}
	return 0
}

// KindOf returns the GrantKind of a single award.Basis, and false for no
// basis or several ([GrantKind.Basis] converts the other way).
func KindOf(b award.Basis) (GrantKind, bool) {
	for k := Merit; k <= External; k++ {
		if k.Basis() == b {
			return k, true
		}
	}
	return Merit, false
}

// GrantOf returns the engine's reading of a grant a store keeps: its code,
// its achievement year (award.Grant.AchievementYear), its kind from its
// basis ([KindOf]) and decided, the day its decision was signed (zero if
// unknown). A grant that states no basis is Merit, unless it names a
// movement: a thematic movement's award does not count for merit (NĐ
// 98/2023/NĐ-CP, Điều 4), which only the movement tells, so GrantOf then
// returns Merit and false, and [LoadPerson] looks the movement up. A
// revoked grant counts for nothing: record it as a [Revoked] instead.
func GrantOf(g award.Grant, decided thidua.Date) (Grant, bool) {
	out := Grant{Code: g.Kind, Year: g.AchievementYear(), Kind: Merit, Decided: decided}
	if k, ok := KindOf(g.Basis); ok {
		out.Kind = k
		return out, true
	}
	return out, g.Basis == 0 && g.Movement == ""
}

// AwardLevel returns the level of the authority whose scope is l: cơ sở,
// bộ, ngành, tỉnh, or, for a national recognition, the Government
// (award.LevelGovernment; the President's awards are national too, see
// [LevelOf]); 0 for an unknown level. An initiative's level says which
// council recognised it and an award's level who confers it: two scopes
// of one ladder, not one type (rules.Level is campaign.Level).
func AwardLevel(l Level) award.Level {
	switch l {
	case Grassroots:
		return award.LevelGrassroots
	case Ministry:
		return award.LevelMinistry
	case National:
		return award.LevelGovernment
	}
	return 0
}

// LevelOf returns the scope of an award level as a recognition level:
// the Government's and the President's awards are both national; false
// for an unknown level.
func LevelOf(l award.Level) (Level, bool) {
	switch l {
	case award.LevelGrassroots:
		return Grassroots, true
	case award.LevelMinistry:
		return Ministry, true
	case award.LevelGovernment, award.LevelState:
		return National, true
	}
	return 0, false
}
