package thidua

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Length limits of the text a store accepts, in bytes of UTF-8 (a
// Vietnamese letter with its marks takes two or three). They are far above
// what the documents hold — the longest unit names run to about 120 bytes
// — and bound what one record can make a store, a sum or a report carry.
// [CheckID] and [CheckText] apply them; every store checks them before it
// writes, through the validation of its package.
const (
	// MaxIDLen bounds IDs and keys: of units, people, decisions, grants,
	// movements, ledger entries, award codes.
	MaxIDLen = 256
	// MaxNameLen bounds names: of units and people, positions, names of
	// award kinds, issuers and signers.
	MaxNameLen = 1024
	// MaxTitleLen bounds titles: of movements, initiatives, clusters,
	// targets and decisions.
	MaxTitleLen = 4096
	// MaxNoteLen bounds free text: notes, reasons, descriptions.
	MaxNoteLen = 65536
)

// CheckID checks value, given in field of the record kind/id, as an ID or
// a key: not empty, no white space at either end, valid UTF-8 with no
// control characters, at most [MaxIDLen] bytes. It is the one rule for IDs
// across the library. The error is an [*Error] wrapping [ErrInvalid]
// (Op op, naming kind, id and field).
func CheckID(op, kind, id, field, value string) error {
	switch {
	case value == "":
		return Invalid(op, kind, id, field, "empty id")
	case len(value) > MaxIDLen:
		return Invalid(op, kind, id, field, "id of %d bytes, more than %d", len(value), MaxIDLen)
	case !utf8.ValidString(value):
		return Invalid(op, kind, id, field, "id %q is not valid UTF-8", value)
	case strings.TrimSpace(value) != value:
		return Invalid(op, kind, id, field, "id %q padded with white space", value)
	case strings.IndexFunc(value, unicode.IsControl) >= 0:
		return Invalid(op, kind, id, field, "id %q holds a control character", value)
	}
	return nil
}

// ValidID reports whether [CheckID] accepts value.
func ValidID(value string) bool { return CheckID("", "", "", "", value) == nil }

// CheckText checks value, given in field of the record kind/id, as text to
// store: valid UTF-8, no NUL character (which PostgreSQL cannot store in
// text) and at most max bytes ([MaxNameLen], [MaxTitleLen],
// [MaxNoteLen]). Empty text passes: whether a field is required is the
// record's rule. The error is an [*Error] wrapping [ErrInvalid].
func CheckText(op, kind, id, field, value string, max int) error {
	switch {
	case len(value) > max:
		return Invalid(op, kind, id, field, "text of %d bytes, more than %d", len(value), max)
	case !utf8.ValidString(value):
		return Invalid(op, kind, id, field, "text is not valid UTF-8")
	case strings.IndexByte(value, 0) >= 0:
		return Invalid(op, kind, id, field, "text holds a NUL character")
	}
	return nil
}
