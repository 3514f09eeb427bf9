package campaign

import (
	"fmt"
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// MovementID identifies a movement within a store.
type MovementID string

// Kind is the kind of an emulation movement.
type Kind int

// Kinds of movement. The zero Kind is not valid.
const (
	// Regular is a regular movement (phong trào thi đua thường xuyên),
	// yearly or for a multi-year period, e.g. "Toàn ngành Tư pháp đoàn kết,
	// kỷ cương, sáng tạo, tích cực thi đua hoàn thành xuất sắc nhiệm vụ
	// chính trị được giao giai đoạn 2016 - 2020".
	Regular Kind = iota + 1
	// Thematic is a thematic movement (phong trào thi đua chuyên đề), e.g.
	// "Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới".
	Thematic
	// PeakDrive is a short drive inside a movement (đợt thi đua cao điểm),
	// e.g. to speed up judgment enforcement before the year-end report. A
	// drive always has a parent movement.
	PeakDrive
)

// String returns the Vietnamese name of the kind.
func (k Kind) String() string {
	switch k {
	case Regular:
		return "thường xuyên"
	case Thematic:
		return "chuyên đề"
	case PeakDrive:
		return "đợt cao điểm"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Valid reports whether k is one of the defined kinds.
func (k Kind) Valid() bool { return k >= Regular && k <= PeakDrive }

// CountsForMerit reports whether achievements in a movement of this kind
// count towards merit-based (regular) higher awards. Only regular movements
// do: achievements in thematic movements and drives are commended "theo
// đợt, chuyên đề" (Luật Thi đua, khen thưởng 2022 art. 8) and "ad hoc and
// thematic achievements do not count towards merit-based higher awards"
// (Nghị định 98/2023/NĐ-CP art. 4).
func (k Kind) CountsForMerit() bool { return k == Regular }

// Launcher is the authority that launched a movement: a unit of package org
// (Unit set), a named external body such as "Ủy ban nhân dân tỉnh Đồng
// Tháp" (Name set), or both (a unit known to the store, with the name used in
// documents). At least one of the two must be set.
type Launcher struct {
	Unit org.UnitID `json:"unit,omitempty"`
	Name string     `json:"name,omitempty"`
}

// IsZero reports whether neither field is set.
func (l Launcher) IsZero() bool { return l.Unit == "" && l.Name == "" }

// Movement is an emulation movement (phong trào thi đua) or a drive inside
// one.
type Movement struct {
	ID       MovementID    `json:"id"`
	Title    string        `json:"title"`
	Kind     Kind          `json:"kind"`
	Launcher Launcher      `json:"launcher"`
	Period   thidua.Period `json:"period"`
	// Registration lists the windows in which participants may register
	// (đăng ký thi đua), for instance one window at the start of each year
	// of a five-year movement. Every window lies within Period. Empty means
	// any date within Period.
	Registration []thidua.Period `json:"registration,omitempty"`
	// Parent is the movement a drive belongs to. Required for a PeakDrive,
	// optional for other kinds (a thematic movement launched inside a
	// regular one). A movement lies within its parent's period.
	Parent MovementID `json:"parent,omitempty"`
	// Participants are the units taking part: each unit and its subtree.
	// Empty means the movement is open to everyone (no check).
	Participants []org.UnitID `json:"participants,omitempty"`
	// Targets are the movement's measurable targets (chỉ tiêu).
	Targets []Target `json:"targets,omitempty"`
}

// Validate checks m on its own: an ID, a title, a valid kind, a launcher, a
// valid period, valid registration windows within the period, a parent for
// a drive, no
// duplicate participant and valid, uniquely identified targets. It does not
// look at other records; see [Movement.CheckParent]. Errors wrap
// [thidua.ErrInvalid].
func (m Movement) Validate() error {
	const op = "campaign: validate movement"
	id := string(m.ID)
	if err := m.checkText(op); err != nil {
		return err
	}
	switch {
	case blank(m.Title):
		return thidua.Invalid(op, "movement", id, "title", "empty title")
	case !m.Kind.Valid():
		return thidua.Invalid(op, "movement", id, "kind", "unknown kind %d", int(m.Kind))
	case m.Launcher.Unit == "" && blank(m.Launcher.Name):
		return thidua.Invalid(op, "movement", id, "launcher", "no launcher")
	case m.Kind == PeakDrive && m.Parent == "":
		return thidua.Invalid(op, "movement", id, "parent", "a peak drive needs a parent movement")
	case m.Parent == m.ID:
		return thidua.Invalid(op, "movement", id, "parent", "movement is its own parent")
	}
	if err := m.Period.Validate(); err != nil {
		return thidua.E(op, "movement", id, "period", err)
	}
	for i, w := range m.Registration {
		if err := w.Validate(); err != nil {
			return thidua.E(op, "movement", id, fmt.Sprintf("registration[%d]", i), err)
		}
		if !m.Period.ContainsPeriod(w) {
			return thidua.Invalid(op, "movement", id, fmt.Sprintf("registration[%d]", i),
				"registration window %s outside the movement period %s", w, m.Period)
		}
	}
	seen := make(map[org.UnitID]bool, len(m.Participants))
	for _, u := range m.Participants {
		if err := checkID(op, "movement", id, "participants", string(u)); err != nil {
			return err
		}
		if seen[u] {
			return thidua.Invalid(op, "movement", id, "participants", "unit %q listed twice", u)
		}
		seen[u] = true
	}
	targets := make(map[string]bool, len(m.Targets))
	for i, t := range m.Targets {
		if err := t.Validate(); err != nil {
			return thidua.E(op, "movement", id, fmt.Sprintf("targets[%d]", i), err)
		}
		if targets[t.ID] {
			return thidua.Invalid(op, "movement", id, "targets", "target %q listed twice", t.ID)
		}
		targets[t.ID] = true
	}
	return nil
}

// checkText applies the library's rules for IDs and text to the ID,
// title, launcher and parent of m.
func (m Movement) checkText(op string) error {
	id := string(m.ID)
	if err := checkID(op, "movement", id, "id", id); err != nil {
		return err
	}
	if err := checkText(op, "movement", id, "title", m.Title, thidua.MaxTitleLen); err != nil {
		return err
	}
	if err := checkOptionalID(op, "movement", id, "launcher.unit", string(m.Launcher.Unit)); err != nil {
		return err
	}
	if err := checkText(op, "movement", id, "launcher.name", m.Launcher.Name, thidua.MaxNameLen); err != nil {
		return err
	}
	return checkOptionalID(op, "movement", id, "parent", string(m.Parent))
}

// CheckParent checks that m fits in parent: m.Parent names it and m's
// period lies within parent's period (a drive outside its movement is a
// mistake). Errors wrap [thidua.ErrInvalid].
func (m Movement) CheckParent(parent Movement) error {
	const op = "campaign: check parent"
	if m.Parent != parent.ID {
		return thidua.Invalid(op, "movement", string(m.ID), "parent", "parent is %q, not %q", m.Parent, parent.ID)
	}
	if !parent.Period.ContainsPeriod(m.Period) {
		return thidua.Invalid(op, "movement", string(m.ID), "period",
			"period %s outside parent %q period %s", m.Period, parent.ID, parent.Period)
	}
	return nil
}

// RegistrationOpen reports whether d falls in one of m's registration
// windows, or in m's period when m has no window.
func (m Movement) RegistrationOpen(d thidua.Date) bool {
	if len(m.Registration) == 0 {
		return m.Period.Contains(d)
	}
	for _, w := range m.Registration {
		if w.Contains(d) {
			return true
		}
	}
	return false
}

// Target returns the target with the given ID, and false if m has none.
func (m Movement) Target(id string) (Target, bool) {
	for _, t := range m.Targets {
		if t.ID == id {
			return t, true
		}
	}
	return Target{}, false
}

// clone returns a deep copy of m.
func (m Movement) clone() Movement {
	m.Registration = slices.Clone(m.Registration)
	m.Participants = slices.Clone(m.Participants)
	m.Targets = slices.Clone(m.Targets)
	return m
}

// cleaned returns a copy of m with its text cleaned ([vntext.Clean]), as
// the store keeps it.
func (m Movement) cleaned() Movement {
	m = m.clone()
	m.Title = vntext.Clean(m.Title)
	m.Launcher.Name = vntext.Clean(m.Launcher.Name)
	for i := range m.Targets {
		m.Targets[i].Name = vntext.Clean(m.Targets[i].Name)
	}
	return m
}

// blank reports whether s is empty once cleaned: empty or only white space.
// Names and titles are checked with it and stored cleaned.
func blank(s string) bool { return vntext.Clean(s) == "" }
