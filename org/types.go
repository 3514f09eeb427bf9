package org

import (
	"fmt"

	"github.com/thidua-go/thidua"
)

// UnitID identifies a unit (cơ quan, đơn vị) within a store.
type UnitID string

// PersonID identifies a person within a store.
type PersonID string

// Level is one step of a unit scale, e.g. "Cục THADS tỉnh". Rank orders the
// scale: 0 is the top, larger ranks are lower levels. It names where a unit
// stands in the caller's organisation, not a level of recognition: an
// award's level (award.Level) and an initiative's (campaign.Level) are
// other types, and no conversion exists, as a unit scale is the caller's
// own (a Cục may stand at the province's level in one scale and below a
// Tổng cục in another).
type Level struct {
	Code string `json:"code"` // stable code, e.g. "cuc-thads-tinh"
	Name string `json:"name"` // Vietnamese name, e.g. "Cục Thi hành án dân sự"
	Rank int    `json:"rank"`
}

// Unit is an organisation unit: a ministry, a department, a district branch.
type Unit struct {
	ID        UnitID `json:"id"`
	Name      string `json:"name"`       // official name, e.g. "Cục Thi hành án dân sự tỉnh Đồng Tháp"
	ShortName string `json:"short_name"` // e.g. "Cục THADS Đồng Tháp"
	Level     string `json:"level"`      // Level.Code in the caller's scale
	Parent    UnitID `json:"parent"`     // "" for a root
	// Sector is the unit that guides this unit's sector (quản lý ngành)
	// when that is not its parent: a Sở Tư pháp belongs to the provincial
	// People's Committee (Parent) and its sector is guided by the Bộ Tư
	// pháp (Sector); a Phòng Tư pháp's sector by the Sở Tư pháp. Empty for
	// a unit with one line of authority. See [Line].
	Sector UnitID `json:"sector,omitempty"`
	// Exists is the period in which the unit exists; use thidua.Since for a
	// unit that still exists.
	Exists thidua.Period `json:"exists"`
	// Former holds the names the unit bore before renames that kept the
	// unit (Store.RenameUnit), earliest first: Name and ShortName are in
	// force from the day after the last one's Until. A past period's
	// report names the unit as it was then (see NameOn). Nil for a unit
	// never renamed.
	Former []FormerName `json:"former,omitempty"`
}

// FormerName is a name a unit bore before a rename that kept the unit (the
// same ID, the same history; a rename that made a new unit is a Succession
// of kind Rename). It was in force from the day after the previous former
// name's Until, or from the unit's founding, to Until.
type FormerName struct {
	Name      string      `json:"name"`
	ShortName string      `json:"short_name,omitempty"`
	Until     thidua.Date `json:"until"`          // the last day the name was in force
	Note      string      `json:"note,omitempty"` // the decision of the rename that ended it
}

// UnitCorrection is a version of a unit replaced by a correction
// (Store.CorrectUnit): the unit as it was stored before, with who
// corrected it, when and why.
type UnitCorrection struct {
	Old        Unit              `json:"old"`
	Correction thidua.Correction `json:"correction"`
}

// PersonYearCorrection is a version of a person's yearly record replaced by
// a correction (Store.ReplacePersonYear).
type PersonYearCorrection struct {
	Old        PersonYear        `json:"old"`
	Correction thidua.Correction `json:"correction"`
}

// UnitYearCorrection is a version of a unit's yearly record replaced by a
// correction (Store.ReplaceUnitYear).
type UnitYearCorrection struct {
	Old        UnitYear          `json:"old"`
	Correction thidua.Correction `json:"correction"`
}

// History is every replaced version a store keeps (see Store.History):
// units by ID, person-years by person then year, unit-years by unit then
// year, and the versions of one record in the order they were replaced,
// oldest first.
type History struct {
	Units       []UnitCorrection       `json:"units,omitempty"`
	PersonYears []PersonYearCorrection `json:"person_years,omitempty"`
	UnitYears   []UnitYearCorrection   `json:"unit_years,omitempty"`
}

// Line is a line of authority a unit belongs to. A unit of a sector placed
// in a local government belongs to two: the People's Committee it is part
// of (the administrative line, [Unit].Parent) and the ministry guiding its
// sector (the sector line, [Unit].Sector), each of which proposes or gives
// awards of its own (Luật Thi đua, khen thưởng 2022, Điều 84).
type Line int

// Lines of authority. The zero Line is the administrative one.
const (
	// Administrative is the line of parents: a Sở to its Ủy ban nhân dân
	// tỉnh.
	Administrative Line = iota
	// Sector is the line of the sector: a unit to its [Unit].Sector where
	// it has one, else to its parent (a Sở Tư pháp to the Bộ Tư pháp, a
	// Chi cục THADS to its Cục).
	Sector
)

// String returns the Vietnamese name of the line.
func (l Line) String() string {
	switch l {
	case Administrative:
		return "hành chính"
	case Sector:
		return "ngành"
	}
	return fmt.Sprintf("Line(%d)", int(l))
}

// Valid reports whether l is a known line.
func (l Line) Valid() bool { return l == Administrative || l == Sector }

// Above returns the unit above u on the line: its parent on the
// administrative line; on the sector line its Sector, or its parent if it
// has none. "" for a top of the line.
func (u Unit) Above(l Line) UnitID {
	if l == Sector && u.Sector != "" {
		return u.Sector
	}
	return u.Parent
}

// SuccessionKind says how units were restructured.
type SuccessionKind int

// Kinds of restructuring.
const (
	Rename SuccessionKind = iota + 1 // one unit continues under a new name (and ID)
	Merge                            // units become one, new or existing (a unit absorbed by another is a merge of one)
	Split                            // one unit becomes several
)

// Succession records a restructuring on a date: the units in From end the
// day before Date and the units in To carry on their history.
type Succession struct {
	Kind SuccessionKind `json:"kind"`
	Date thidua.Date    `json:"date"`
	From []UnitID       `json:"from"`
	To   []UnitID       `json:"to"`
	Note string         `json:"note,omitempty"` // e.g. the decision that ordered it
}

// Gender of a person. Some rules treat women differently (ties favour women;
// shorter service for long-service awards).
type Gender int

// Genders.
const (
	GenderUnknown Gender = iota
	Male
	Female
)

// Assignment is a post held by a person in a unit for a period.
type Assignment struct {
	Unit     UnitID        `json:"unit"`
	Position string        `json:"position"` // "Cục trưởng", "Chi cục trưởng", "Chấp hành viên"
	Period   thidua.Period `json:"period"`
	// Concurrent marks a post held concurrently (kiêm nhiệm); it may overlap
	// the person's full-time post. Two full-time posts may not overlap.
	Concurrent bool `json:"concurrent,omitempty"`
}

// Person is a civil servant or worker.
type Person struct {
	ID          PersonID     `json:"id"`
	FullName    string       `json:"full_name"`
	Gender      Gender       `json:"gender"`
	BirthDate   thidua.Date  `json:"birth_date"`
	Recruited   thidua.Date  `json:"recruited"` // date of recruitment
	Assignments []Assignment `json:"assignments"`
}

// Rating is the annual quality rating of a person or a collective
// (xếp loại chất lượng, Nghị định 90/2020 as amended by 48/2023). Higher is
// better; the zero value means "not rated".
type Rating int

// Ratings, worst first.
const (
	NotRated      Rating = iota
	Failed               // Không hoàn thành nhiệm vụ
	Completed            // Hoàn thành nhiệm vụ
	CompletedWell        // Hoàn thành tốt nhiệm vụ
	Excellent            // Hoàn thành xuất sắc nhiệm vụ
)

// AbsenceReason says why a person did not work some days.
type AbsenceReason int

// Absence reasons. Maternity leave and treatment of injuries from combat or
// rescue count as working time (NĐ 91/2017 art. 10; NĐ 98/2023 art. 4).
const (
	AbsenceOther AbsenceReason = iota
	AbsenceMaternity
	AbsenceSick
	AbsenceInjuryOnDuty
	AbsenceTraining
)

// Absence is a number of days absent for one reason.
type Absence struct {
	Reason AbsenceReason `json:"reason"`
	Days   int           `json:"days"`
}

// PersonYear is the yearly record of a person: the inputs of the rules.
type PersonYear struct {
	Person     PersonID  `json:"person"`
	Year       int       `json:"year"`
	Unit       UnitID    `json:"unit"` // unit that rated the person
	Rating     Rating    `json:"rating"`
	DaysWorked int       `json:"days_worked"`
	Absences   []Absence `json:"absences,omitempty"`
}

// UnitYear is the yearly record of a collective.
type UnitYear struct {
	Unit   UnitID `json:"unit"`
	Year   int    `json:"year"`
	Rating Rating `json:"rating"`
	// ExceededTargets records that the unit exceeded all its targets
	// (vượt chỉ tiêu), a criterion of Cờ thi đua.
	ExceededTargets bool `json:"exceeded_targets,omitempty"`
}

// DisciplineForm is a disciplinary sanction for civil servants, lightest
// first (Luật Cán bộ, công chức, Điều 79).
type DisciplineForm int

// Discipline forms.
const (
	KhienTrach   DisciplineForm = iota + 1 // khiển trách
	CanhCao                                // cảnh cáo
	HaBacLuong                             // hạ bậc lương
	GiangChuc                              // giáng chức
	CachChuc                               // cách chức
	BuocThoiViec                           // buộc thôi việc
)

// Discipline is a disciplinary decision against a person.
type Discipline struct {
	ID       string         `json:"id"`
	Person   PersonID       `json:"person"`
	Form     DisciplineForm `json:"form"`
	Decided  thidua.Date    `json:"decided"`
	InForce  thidua.Period  `json:"in_force"`
	Decision string         `json:"decision,omitempty"` // e.g. "12/QĐ-CTHADS"
}
