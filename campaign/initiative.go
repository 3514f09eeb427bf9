package campaign

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// InitiativeID identifies an initiative or science work within a store.
type InitiativeID string

// InitiativeKind says what an achievement of this sort is.
type InitiativeKind int

// Initiative kinds. The zero kind is not valid.
const (
	KindInitiative  InitiativeKind = iota + 1 // sáng kiến
	KindScienceWork                           // đề tài, công trình nghiên cứu khoa học
	KindCombat                                // sáng tạo trong chiến đấu (armed forces)
)

// String returns the Vietnamese name of the kind.
func (k InitiativeKind) String() string {
	switch k {
	case KindInitiative:
		return "sáng kiến"
	case KindScienceWork:
		return "đề tài khoa học"
	case KindCombat:
		return "sáng tạo trong chiến đấu"
	}
	return fmt.Sprintf("InitiativeKind(%d)", int(k))
}

// Level is the level at which an initiative was recognised. Levels are
// ordered: a higher level satisfies a criterion that asks for a lower one.
// The eligibility rules read initiatives with this same type (rules.Level
// names it). It is not award.Level, the level of the authority conferring
// an award (cơ sở, bộ, Chính phủ, Nhà nước): package rules, which sees
// both, converts (rules.AwardLevel, rules.LevelOf). Nor is it org.Level, a
// step of a unit scale.
type Level int

// Recognition levels, lowest first. The zero Level is not valid.
const (
	LevelGrassroots Level = iota + 1 // cấp cơ sở
	LevelMinistry                    // cấp bộ, ngành, tỉnh
	LevelNational                    // toàn quốc
)

// String returns the Vietnamese name of the level.
func (l Level) String() string {
	switch l {
	case LevelGrassroots:
		return "cơ sở"
	case LevelMinistry:
		return "bộ, ngành, tỉnh"
	case LevelNational:
		return "toàn quốc"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// Author is an author of an initiative with a share of it, in percent. A
// sole author may leave Share zero: it means 100 %.
type Author struct {
	Person org.PersonID    `json:"person"`
	Share  decimal.Decimal `json:"share"`
}

// Initiative is an initiative (sáng kiến) or science work recognised
// by a body. Initiatives are criteria of CSTĐCS, CSTĐ cấp bộ and Bằng khen
// (Luật TĐKT 2022 arts. 22–23, 74; NĐ 65/2014 arts. 3–4, 23–24).
type Initiative struct {
	ID      InitiativeID   `json:"id"`
	Title   string         `json:"title"`
	Kind    InitiativeKind `json:"kind"`
	Authors []Author       `json:"authors"`
	Level   Level          `json:"level"`
	// RecognisedBy is the body that recognised it, e.g. "Hội đồng sáng
	// kiến Cục Thi hành án dân sự tỉnh Đồng Tháp".
	RecognisedBy string      `json:"recognised_by"`
	Decision     string      `json:"decision,omitempty"` // e.g. "45/QĐ-CTHADS"
	Created      thidua.Date `json:"created"`
	Recognised   thidua.Date `json:"recognised"`
	// Applied records that the initiative was applied effectively (áp
	// dụng hiệu quả), which several criteria ask for.
	Applied bool `json:"applied,omitempty"`
}

// Validate checks r: an ID, a title, known kind and level, a recognising
// body, valid dates with recognition not before creation, at least one
// author, no author twice, and shares that are positive and sum to exactly
// 100 (a sole author's share may be 0, meaning 100). Errors wrap
// [thidua.ErrInvalid].
func (r Initiative) Validate() error {
	const op = "campaign: validate initiative"
	id := string(r.ID)
	if err := r.checkText(op); err != nil {
		return err
	}
	switch {
	case blank(r.Title):
		return thidua.Invalid(op, "initiative", id, "title", "empty title")
	case r.Kind < KindInitiative || r.Kind > KindCombat:
		return thidua.Invalid(op, "initiative", id, "kind", "unknown kind %d", int(r.Kind))
	case r.Level < LevelGrassroots || r.Level > LevelNational:
		return thidua.Invalid(op, "initiative", id, "level", "unknown level %d", int(r.Level))
	case blank(r.RecognisedBy):
		return thidua.Invalid(op, "initiative", id, "recognised_by", "no recognising body")
	case len(r.Authors) == 0:
		return thidua.Invalid(op, "initiative", id, "authors", "no author")
	}
	if err := r.Created.Validate(); err != nil {
		return thidua.E(op, "initiative", id, "created", err)
	}
	if err := r.Recognised.Validate(); err != nil {
		return thidua.E(op, "initiative", id, "recognised", err)
	}
	if r.Recognised.Before(r.Created) {
		return thidua.Invalid(op, "initiative", id, "recognised",
			"recognised %s before it was created %s", r.Recognised, r.Created)
	}
	sum := decimal.Zero
	for i, a := range r.Authors {
		if err := checkID(op, "initiative", id, "authors", string(a.Person)); err != nil {
			return err
		}
		if err := checkDecimal(op, "initiative", id, "authors", a.Share); err != nil {
			return err
		}
		for _, b := range r.Authors[:i] {
			if b.Person == a.Person {
				return thidua.Invalid(op, "initiative", id, "authors", "author %q listed twice", a.Person)
			}
		}
		if a.Share.IsNegative() || (a.Share.IsZero() && len(r.Authors) > 1) {
			return thidua.Invalid(op, "initiative", id, "authors", "author %q has share %s%%", a.Person, a.Share)
		}
		sum = sum.Add(a.Share)
	}
	if len(r.Authors) == 1 && sum.IsZero() {
		return nil
	}
	if !sum.Equal(hundred) {
		return thidua.Invalid(op, "initiative", id, "authors", "shares sum to %s%%, not 100%%", sum)
	}
	return nil
}

// checkText applies the library's rules for IDs and text to the ID, title,
// recognising body and decision of r.
func (r Initiative) checkText(op string) error {
	id := string(r.ID)
	if err := checkID(op, "initiative", id, "id", id); err != nil {
		return err
	}
	texts := []struct {
		field, value string
		max          int
	}{
		{"title", r.Title, thidua.MaxTitleLen},
		{"recognised_by", r.RecognisedBy, thidua.MaxNameLen},
		{"decision", r.Decision, thidua.MaxTitleLen},
	}
	for _, t := range texts {
		if err := checkText(op, "initiative", id, t.field, t.value, t.max); err != nil {
			return err
		}
	}
	return nil
}

// ShareOf returns person p's share of r in percent: 0 if p is not an
// author, 100 for a sole author whose share was left zero.
func (r Initiative) ShareOf(p org.PersonID) decimal.Decimal {
	for _, a := range r.Authors {
		if a.Person == p {
			if len(r.Authors) == 1 && a.Share.IsZero() {
				return hundred
			}
			return a.Share
		}
	}
	return decimal.Zero
}

func (r Initiative) clone() Initiative {
	r.Authors = slices.Clone(r.Authors)
	return r
}

// cleaned returns a copy of r with its text cleaned.
func (r Initiative) cleaned() Initiative {
	r = r.clone()
	r.Title = vntext.Clean(r.Title)
	r.RecognisedBy = vntext.Clean(r.RecognisedBy)
	r.Decision = vntext.Clean(r.Decision)
	return r
}

// InitiativeUse records that a grant used an initiative as its achievement.
// Under "one achievement, one form" (Luật TĐKT 2022 art. 5)
// an initiative is used at most once per award code.
type InitiativeUse struct {
	Initiative InitiativeID `json:"initiative"`
	// Award is the award code of the grant (an award.Code value, e.g.
	// "cstd-co-so").
	Award string `json:"award"`
	Grant string `json:"grant"` // the grant's ID in the caller's award store
}
