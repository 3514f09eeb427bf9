package thidua

import (
	"strings"

	"github.com/thidua-go/thidua/internal/vntext"
)

// Correction says who changed a stored record that was already decided or
// entered, when and why: the correction of a mistaken rating, a ranking
// redone, a unit's name entered wrongly. Stores keep the version a
// correction replaced together with it, so that history is never
// overwritten: a reader can always ask what a record said before and who
// changed it.
type Correction struct {
	// By names who made the correction: a user ID or a full name.
	By string `json:"by"`
	// On is the day the correction was made.
	On Date `json:"on"`
	// Reason says why, in the user's words ("nhập nhầm xếp loại").
	Reason string `json:"reason"`
}

// Check checks c as the correction of the record kind/id in op: By and
// Reason not blank, valid text (By at most [MaxNameLen] bytes, Reason at
// most [MaxNoteLen]), On a valid date. The error is an [*Error] wrapping
// [ErrInvalid], naming the field "correction.by", "correction.on" or
// "correction.reason".
func (c Correction) Check(op, kind, id string) error {
	if err := CheckText(op, kind, id, "correction.by", c.By, MaxNameLen); err != nil {
		return err
	}
	if strings.TrimSpace(c.By) == "" {
		return Invalid(op, kind, id, "correction.by", "a correction needs who made it")
	}
	if err := c.On.Validate(); err != nil {
		return E(op, kind, id, "correction.on", cause(err))
	}
	if err := CheckText(op, kind, id, "correction.reason", c.Reason, MaxNoteLen); err != nil {
		return err
	}
	if strings.TrimSpace(c.Reason) == "" {
		return Invalid(op, kind, id, "correction.reason", "a correction needs a reason")
	}
	return nil
}

// Normalize returns c with By and Reason cleaned (NFC, single spaces).
// Stores keep corrections normalised.
func (c Correction) Normalize() Correction {
	c.By = vntext.Clean(c.By)
	c.Reason = vntext.Clean(c.Reason)
	return c
}

// Validate checks c on its own (see [Correction.Check]).
func (c Correction) Validate() error { return c.Check("thidua: validate correction", "correction", "") }
