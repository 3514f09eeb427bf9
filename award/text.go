package award

import (
	"unicode"

	"github.com/thidua-go/thidua"
)

// One text check of a record's fields: the library's rules for IDs
// ([thidua.CheckID]) and text ([thidua.CheckText]), in the order listed.
type textField struct {
	field, value string
	max          int  // 0: an ID
	optional     bool // an ID that may be empty
}

// checkFields applies the library's rules to the fields of the record
// kind/id, and returns the first error, naming its field.
func checkFields(op, kind, id string, fs ...textField) error {
	for _, f := range fs {
		var err error
		switch {
		case f.max > 0:
			err = thidua.CheckText(op, kind, id, f.field, f.value, f.max)
		case f.optional && f.value == "":
		default:
			err = thidua.CheckID(op, kind, id, f.field, f.value)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// hasLetter reports whether s holds a letter: a name of marks, digits and
// punctuation alone ("—", "123") names no award.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// checkSubjectText checks the codes and IDs of s.
func checkSubjectText(op, kind, id string, s Subject) error {
	return checkFields(op, kind, id,
		textField{field: "kind", value: string(s.Kind)},
		textField{field: "recipient", value: string(s.Recipient.Person) + string(s.Recipient.Unit)},
		textField{field: "movement", value: s.Movement, optional: true},
	)
}

// checkTransitionText checks the IDs and texts a transition brings in.
func checkTransitionText(n Nomination, t Transition) error {
	const op = "award: step"
	fs := []textField{
		{field: "by.unit", value: string(t.By.Unit)},
		{field: "by.name", value: t.By.Name, max: thidua.MaxNameLen},
		{field: "to", value: string(t.To), optional: true},
		{field: "reason", value: t.Reason, max: thidua.MaxNoteLen},
	}
	if v := t.Verdict; v != nil {
		if err := checkFields(op, "nomination", n.ID, fs...); err != nil {
			return err
		}
		if err := v.check(op, n.ID); err != nil {
			return err
		}
		fs = fs[:0]
	}
	if c := t.Consultation; c != nil {
		fs = append(fs,
			textField{field: "consultation.body", value: c.Body, max: thidua.MaxNameLen},
			textField{field: "consultation.unit", value: string(c.Unit), optional: true},
			textField{field: "consultation.note", value: c.Note, max: thidua.MaxNoteLen},
		)
	}
	return checkFields(op, "nomination", n.ID, fs...)
}

// checkNominationText checks the IDs and codes of a nomination proposed.
func checkNominationText(n Nomination) error {
	const op = "award: propose"
	if err := checkFields(op, "nomination", n.ID,
		textField{field: "id", value: n.ID},
		textField{field: "proposer", value: string(n.Proposer)},
		textField{field: "authority", value: string(n.Authority)},
		textField{field: "post", value: n.Post, max: thidua.MaxNameLen},
	); err != nil {
		return err
	}
	return checkSubjectText(op, "nomination", n.ID, n.Subject)
}
