package award

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// Recipient is whoever receives an award or is proposed for one: a person
// or a unit (a collective). Exactly one of the fields is set.
type Recipient struct {
	Person org.PersonID `json:"person,omitempty"` // a person, for an individual award
	Unit   org.UnitID   `json:"unit,omitempty"`   // a unit, for a collective award
}

// PersonRecipient returns the recipient that is the person id.
func PersonRecipient(id org.PersonID) Recipient { return Recipient{Person: id} }

// UnitRecipient returns the recipient that is the unit id, as a collective.
func UnitRecipient(id org.UnitID) Recipient { return Recipient{Unit: id} }

// Kind returns [Individual] for a person, [Collective] for a unit, and 0 if
// r is not valid.
func (r Recipient) Kind() Recipients {
	switch {
	case r.Person != "" && r.Unit == "":
		return Individual
	case r.Unit != "" && r.Person == "":
		return Collective
	}
	return 0
}

// IsZero reports whether r names nobody.
func (r Recipient) IsZero() bool { return r == Recipient{} }

// String returns "person:ID" or "unit:ID", for logs and errors.
func (r Recipient) String() string {
	switch r.Kind() {
	case Individual:
		return "person:" + string(r.Person)
	case Collective:
		return "unit:" + string(r.Unit)
	}
	return "recipient:?"
}

// Subject is what an award is for: the kind, the recipient, and the
// achievement it rewards. [Grant] and [Nomination] embed it.
type Subject struct {
	Kind      Code      `json:"kind"`      // the award kind, a code of the catalogue
	Recipient Recipient `json:"recipient"` // who receives it
	// Year is the year the achievement is recognised for (the year rated,
	// for the annual titles). Titles need it; forms of commendation need
	// Year or Period.
	Year int `json:"year,omitempty"`
	// Period is the achievement period ("giai đoạn 2015 - 2020"), if any.
	// When both are set Year lies in Period.
	Period thidua.Period `json:"period,omitzero"`
	// Basis is the kind of commendation (Law 2022 art. 8), one of the
	// kind's bases; 0 if not stated.
	Basis Basis `json:"basis,omitempty"`
	// Movement is the ID of the emulation movement a thematic award is for.
	Movement string `json:"movement,omitempty"`
}

// grantedBy reports whether a grant for g gives what a nomination for s
// proposed: the same subject, except that a nomination that does not state
// its basis (0) matches a grant on any basis (the grant's own basis is
// checked against its kind); a stated one must match.
func (s Subject) grantedBy(g Subject) bool {
	if s.Basis == 0 {
		s.Basis = g.Basis
	}
	return s == g
}

// describe writes s for an error message: "cstd-bo to person p1, year
// 2019, period -, basis thường xuyên, movement -", with "-" for what is not
// stated.
func (s Subject) describe() string {
	or := func(v string) string {
		if v == "" {
			return "-"
		}
		return v
	}
	year, period := "-", "-"
	if s.Year != 0 {
		year = strconv.Itoa(s.Year)
	}
	if !s.Period.IsZero() {
		period = s.Period.String()
	}
	return fmt.Sprintf("%s to %s, year %s, period %s, basis %s, movement %s",
		s.Kind, s.Recipient, year, period, or(s.Basis.String()), or(s.Movement))
}

// AchievementYear returns the year the achievement is recognised for: Year
// if set, else the last year of Period (a grant for 2016–2020 counts as one
// for 2020). Reports and rules use it wherever a grant needs one year.
func (s Subject) AchievementYear() int {
	if s.Year != 0 {
		return s.Year
	}
	return s.Period.To.Year
}

// Span returns the achievement period: Period if set, else the calendar
// Year.
func (s Subject) Span() thidua.Period {
	if !s.Period.IsZero() {
		return s.Period
	}
	return thidua.Year(s.Year)
}

// validate checks s against the catalogue: a known kind given to the right
// kind of recipient, a year or period, and a basis the kind allows. kind
// and id name the record for the error.
func (s Subject) validate(c *Catalogue, op, kind, id string) error {
	if err := checkSubjectText(op, kind, id, s); err != nil {
		return err
	}
	k, err := c.Kind(s.Kind)
	if err != nil {
		return thidua.Invalid(op, kind, id, "kind", "unknown award kind %q", s.Kind)
	}
	rk := s.Recipient.Kind()
	switch {
	case rk == 0:
		return thidua.Invalid(op, kind, id, "recipient", "want exactly one of person and unit")
	case !k.Recipients.Has(rk):
		return thidua.Invalid(op, kind, id, "recipient", "%s is given to %s, not to %s", k.Name, k.Recipients, rk)
	case s.Year != 0 && (s.Year < thidua.MinYear || s.Year > thidua.MaxYear):
		return thidua.Invalid(op, kind, id, "year", "year %d outside %d-%d", s.Year, thidua.MinYear, thidua.MaxYear)
	case k.Family == Title && s.Year == 0:
		return thidua.Invalid(op, kind, id, "year", "the title %s needs the year", k.Name)
	case s.Year == 0 && s.Period.IsZero():
		return thidua.Invalid(op, kind, id, "year", "need a year or an achievement period")
	case s.Basis != 0 && (!s.Basis.single() || !k.Bases.Has(s.Basis)):
		return thidua.Invalid(op, kind, id, "basis", "%s is not given on basis %q", k.Name, s.Basis)
	}
	if !s.Period.IsZero() {
		if err := s.Period.Validate(); err != nil {
			return thidua.E(op, kind, id, "period", err)
		}
		if s.Year != 0 && (s.Year < s.Period.From.Year || s.Year > s.Period.To.Year) {
			return thidua.Invalid(op, kind, id, "year", "year %d outside the period %s", s.Year, s.Period)
		}
	}
	return nil
}

// Revocation records the cancellation of a grant (Law 2022 chapter VII): the
// grant stays in history, marked revoked, and counts for nothing.
type Revocation struct {
	Date   thidua.Date `json:"date"`   // the day the award was cancelled
	Reason string      `json:"reason"` // in Vietnamese, e.g. "kê khai không trung thực thành tích"
	// Decision is the number of the decision that cancelled the award, if
	// known.
	Decision thidua.DocNumber `json:"decision,omitzero"`
}

// IsZero reports whether r is the zero Revocation (not revoked).
func (r Revocation) IsZero() bool { return r == Revocation{} }

// Grant is one award given by a [Decision] to one recipient, as a store
// keeps it. The rules engine reads a grant as a rules.Grant (code,
// achievement year, kind, the decision's date), a type of its own because
// package rules imports this one and needs none of the rest;
// rules.GrantOf converts.
type Grant struct {
	ID string `json:"id"` // unique in the store
	// Subject is the award given, the recipient and the achievement.
	Subject
	// Decision is the ID of the decision that gave the grant; the store sets
	// it from the decision the grant comes with.
	Decision string `json:"decision"`
	// Nomination is the ID of the approved nomination the grant answers, if
	// any.
	Nomination string `json:"nomination,omitempty"`
	// Revoked is set when the award was cancelled; see [Store.Revoke].
	Revoked Revocation `json:"revoked,omitzero"`
	// Title is the kind's name as the decision writes it, when the caller
	// wants it kept ("Cờ Thi đua Ngành Tư pháp"); empty means the
	// catalogue's name. Reports quote it when they name this one grant.
	Title string `json:"title,omitempty"`
}

// IsRevoked reports whether the grant was cancelled.
func (g Grant) IsRevoked() bool { return !g.Revoked.IsZero() }

// Decision is a decision (quyết định) conferring awards.
type Decision struct {
	ID string `json:"id"` // unique in the store
	// Number is the number and symbol, "123/QĐ-BTP"; zero only when
	// NumberUnknown is set.
	Number thidua.DocNumber `json:"number"`
	// NumberUnknown records a decision whose number is not known: a text
	// that names it only as "Quyết định của Thủ tướng Chính phủ". It must
	// be said, so that a number left empty by mistake is still refused;
	// Number is then zero, and the decision takes no part in the rule of
	// one number per year.
	NumberUnknown bool        `json:"number_unknown,omitempty"`
	Date          thidua.Date `json:"date"` // the day it was signed
	// Issuer is the issuing unit, when it is in the caller's organisation;
	// IssuerName names it otherwise ("Thủ tướng Chính phủ"). At least one is
	// set.
	Issuer     org.UnitID `json:"issuer,omitempty"`
	IssuerName string     `json:"issuer_name,omitempty"` // see Issuer
	// SignerTitle is the title of the signer's office: "Bộ trưởng Bộ Tư
	// pháp", "Chủ tịch Ủy ban nhân dân Tỉnh", "Thủ tướng Chính phủ".
	SignerTitle string  `json:"signer_title"`
	Signer      string  `json:"signer,omitempty"` // full name of the signer
	Grants      []Grant `json:"grants"`           // the awards it gives
}

// Validate checks d against the catalogue: an ID, a valid number (or none,
// said unknown with NumberUnknown) and date,
// an issuer, a signer's title, at least one grant, and each grant valid with
// a distinct ID, no revocation, and its Decision empty or d.ID. The error
// wraps thidua.ErrInvalid.
func (d Decision) Validate(c *Catalogue) error {
	const op = "award: validate"
	if err := checkFields(op, "decision", d.ID,
		textField{field: "id", value: d.ID},
		textField{field: "issuer", value: string(d.Issuer), optional: true},
		textField{field: "issuer_name", value: d.IssuerName, max: thidua.MaxNameLen},
		textField{field: "signer_title", value: d.SignerTitle, max: thidua.MaxNameLen},
		textField{field: "signer", value: d.Signer, max: thidua.MaxNameLen},
	); err != nil {
		return err
	}
	switch {
	case d.Date.IsZero():
		return thidua.Invalid(op, "decision", d.ID, "date", "no date")
	case d.Issuer == "" && strings.TrimSpace(d.IssuerName) == "":
		return thidua.Invalid(op, "decision", d.ID, "issuer", "no issuer")
	case strings.TrimSpace(d.SignerTitle) == "":
		return thidua.Invalid(op, "decision", d.ID, "signer_title", "no signer's title")
	case len(d.Grants) == 0:
		return thidua.Invalid(op, "decision", d.ID, "grants", "no grants")
	}
	switch {
	case d.NumberUnknown && !d.Number.IsZero():
		return thidua.Invalid(op, "decision", d.ID, "number", "number %s given for a decision whose number is said unknown", d.Number)
	case d.NumberUnknown:
	default:
		if err := d.Number.Validate(); err != nil {
			return thidua.E(op, "decision", d.ID, "number", err)
		}
	}
	if err := d.Date.Validate(); err != nil {
		return thidua.E(op, "decision", d.ID, "date", err)
	}
	seen := make(map[string]bool, len(d.Grants))
	for _, g := range d.Grants {
		if err := checkFields(op, "grant", g.ID,
			textField{field: "id", value: g.ID},
			textField{field: "decision", value: g.Decision, optional: true},
			textField{field: "nomination", value: g.Nomination, optional: true},
			textField{field: "title", value: g.Title, max: thidua.MaxTitleLen},
		); err != nil {
			return err
		}
		switch {
		case seen[g.ID]:
			return thidua.Invalid(op, "grant", g.ID, "id", "ID repeated in decision %q", d.ID)
		case g.Decision != "" && g.Decision != d.ID:
			return thidua.Invalid(op, "grant", g.ID, "decision", "grant of decision %q listed in %q", g.Decision, d.ID)
		case g.IsRevoked():
			return thidua.Invalid(op, "grant", g.ID, "revoked", "a new grant cannot be revoked; use Revoke")
		}
		seen[g.ID] = true
		if err := g.validate(c, op, "grant", g.ID); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks a revocation of a grant given on decided: a date not
// before decided, a reason, and a valid number if one is given. The error
// wraps thidua.ErrInvalid.
func (r Revocation) Validate(decided thidua.Date) error {
	const op = "award: validate revocation"
	if err := thidua.CheckText(op, "", "", "reason", r.Reason, thidua.MaxNoteLen); err != nil {
		return err
	}
	switch {
	case r.Date.IsZero():
		return thidua.Invalid(op, "", "", "date", "no date")
	case strings.TrimSpace(r.Reason) == "":
		return thidua.Invalid(op, "", "", "reason", "no reason")
	}
	if err := r.Date.Validate(); err != nil {
		return thidua.E(op, "", "", "date", err)
	}
	if r.Date.Before(decided) {
		return thidua.Invalid(op, "", "", "date", "revoked %s before the decision of %s", r.Date, decided)
	}
	if !r.Decision.IsZero() {
		if err := r.Decision.Validate(); err != nil {
			return thidua.E(op, "", "", "decision", err)
		}
	}
	return nil
}
