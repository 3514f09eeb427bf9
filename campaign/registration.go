package campaign

import (
	"fmt"
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
)

// Recipient says who may receive a title: a person or a collective.
type Recipient int

// Recipients. The zero Recipient is not valid.
const (
	Individual Recipient = iota + 1 // cá nhân
	Collective                      // tập thể
)

// String returns the Vietnamese word for the recipient.
func (r Recipient) String() string {
	switch r {
	case Individual:
		return "cá nhân"
	case Collective:
		return "tập thể"
	}
	return fmt.Sprintf("Recipient(%d)", int(r))
}

// DefaultTitleRecipients returns a new table giving the recipient of the
// emulation titles a participant may pledge. The keys are the award codes of
// package award (award.LDTT is "ldtt", and so on), written here as strings so
// that campaign does not depend on award. Individual titles: Lao động tiên
// tiến, Chiến sĩ thi đua cơ sở, cấp bộ and toàn quốc (Luật TĐKT arts. 21–24);
// collective titles: Tập thể lao động tiên tiến, Tập thể lao động xuất sắc,
// Cờ thi đua cấp bộ and Cờ thi đua của Chính phủ (arts. 25–28). The caller
// owns the returned map and may add its own codes.
func DefaultTitleRecipients() map[string]Recipient {
	return map[string]Recipient{
		"ldtt":           Individual, // award.LDTT
		"cstd-co-so":     Individual, // award.CSTDCS
		"cstd-bo":        Individual, // award.CSTDBo
		"cstd-toan-quoc": Individual, // award.CSTDToanQuoc
		"ttld-tien-tien": Collective, // award.TTLDTT
		"ttld-xuat-sac":  Collective, // award.TTLDXS
		"co-bo":          Collective, // award.CoBo
		"co-chinh-phu":   Collective, // award.CoChinhPhu
	}
}

// Registration is a participant's registration (đăng ký thi đua) for a
// movement and a year, with the titles it pledges to reach. Whether a
// candidate registered is an input to eligibility.
type Registration struct {
	Movement    MovementID  `json:"movement"`
	Year        int         `json:"year"`
	Participant Participant `json:"participant"`
	Date        thidua.Date `json:"date"` // date of the registration
	// Titles holds the pledged titles as award codes (award.Code values,
	// e.g. "ttld-xuat-sac", "cstd-co-so"), in the order given.
	Titles []string `json:"titles"`
	Note   string   `json:"note,omitempty"`
}

// Validate checks r on its own: a movement, a valid year and date, exactly
// one participant, at least one title, no title twice, every title a code
// of recipients and the right kind of participant for it (no collective
// title for a person, no individual title for a unit). A code missing from
// recipients is rejected: titles are pledged by code, exactly as the table
// spells it, so a title's name ("Tập thể lao động xuất sắc"), a code in
// another case ("TTLD-XUAT-SAC") or a form that is not an emulation title
// ("bang-khen-bo") is an error, not a title nobody checks. Callers with
// titles of their own add them to the table ([Options.TitleRecipients]).
// Errors wrap [thidua.ErrInvalid].
func (r Registration) Validate(recipients map[string]Recipient) error {
	const op = "campaign: validate registration"
	id := r.key()
	if err := checkID(op, "registration", id, "movement", string(r.Movement)); err != nil {
		return err
	}
	if err := checkText(op, "registration", id, "note", r.Note, thidua.MaxNoteLen); err != nil {
		return err
	}
	switch {
	case r.Year < thidua.MinYear || r.Year > thidua.MaxYear:
		return thidua.Invalid(op, "registration", id, "year", "year %d out of range", r.Year)
	case len(r.Titles) == 0:
		return thidua.Invalid(op, "registration", id, "titles", "no title pledged")
	}
	if err := r.Participant.validate(op, "registration", id); err != nil {
		return err
	}
	if err := r.Date.Validate(); err != nil {
		return thidua.E(op, "registration", id, "date", err)
	}
	want := Individual
	if r.Participant.IsUnit() {
		want = Collective
	}
	for i, t := range r.Titles {
		if err := checkID(op, "registration", id, "titles", t); err != nil {
			return err
		}
		if slices.Contains(r.Titles[:i], t) {
			return thidua.Invalid(op, "registration", id, "titles", "title %q pledged twice", t)
		}
		got, ok := recipients[t]
		if !ok {
			return thidua.Invalid(op, "registration", id, "titles", "unknown title code %q", t)
		}
		if got != want {
			return thidua.Invalid(op, "registration", id, "titles",
				"title %q is for a %s recipient, not a %s", t, recipientEnglish(got), recipientEnglish(want))
		}
	}
	return nil
}

func recipientEnglish(r Recipient) string {
	if r == Collective {
		return "collective"
	}
	return "individual"
}

// CheckMovement checks r against its movement m: r names m, the year is one
// of the years of m's period, the date falls in one of m's registration
// windows (in m's period when it has none), and the date is not after the
// pledged year: a participant registers for a year during that year or
// before it. Windows lie within the movement's period ([Movement.Validate]),
// so a registration is always made during the movement.
//
// The window need not be in the pledged year itself: at the launch of a
// multi-year movement (e.g. 2016–2020) participants commonly register for
// every year of the period at once, so a registration dated in the 2016
// window may pledge titles for 2018. A registration dated after the pledged
// year (in 2019 for 2018) cannot be a pledge and is rejected. Errors wrap
// [thidua.ErrInvalid].
func (r Registration) CheckMovement(m Movement) error {
	const op = "campaign: check registration"
	id := r.key()
	switch {
	case r.Movement != m.ID:
		return thidua.Invalid(op, "registration", id, "movement", "movement is %q, not %q", r.Movement, m.ID)
	case r.Year < m.Period.From.Year || r.Year > m.Period.To.Year:
		return thidua.Invalid(op, "registration", id, "year", "year %d outside movement period %s", r.Year, m.Period)
	case !m.RegistrationOpen(r.Date):
		return thidua.Invalid(op, "registration", id, "date", "date %s outside the registration window of %q", r.Date, m.ID)
	case r.Date.Year > r.Year:
		return thidua.Invalid(op, "registration", id, "date", "date %s is after the pledged year %d", r.Date, r.Year)
	}
	return nil
}

// key identifies r for errors: "movement/year/participant".
func (r Registration) key() string {
	return fmt.Sprintf("%s/%d/%s", r.Movement, r.Year, r.Participant)
}

func (r Registration) clone() Registration {
	r.Titles = slices.Clone(r.Titles)
	return r
}

// cleaned returns a copy of r with its note cleaned.
func (r Registration) cleaned() Registration {
	r = r.clone()
	r.Note = vntext.Clean(r.Note)
	return r
}
