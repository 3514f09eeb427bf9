package thidua

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sentinel errors shared by every package. Match them with [errors.Is]; the
// packages wrap them with context, often inside an [*Error].
var (
	// ErrNotFound means the record asked for does not exist.
	ErrNotFound = errors.New("thidua: not found")
	// ErrConflict means the write clashes with stored data: a duplicate ID,
	// a record that already exists, or a stale update.
	ErrConflict = errors.New("thidua: conflict")
	// ErrInvalid means the input is malformed or breaks a rule of the domain.
	ErrInvalid = errors.New("thidua: invalid input")
	// ErrPermission means the actor may not perform the operation.
	ErrPermission = errors.New("thidua: permission denied")
)

// Error describes a failed operation on one record: which operation, which
// kind of record and which ID, which field (if one is to blame) and why.
// Err usually wraps one of the sentinels, so errors.Is(err, ErrInvalid)
// works through an *Error; errors.As gives the details.
type Error struct {
	Op    string // operation, prefixed with the package name: "org: add unit"
	Kind  string // kind of record: "unit", "person", "entry"
	ID    string // record ID, if known
	Field string // field at fault, if one is
	Err   error  // the cause
}

// Error formats the error as `op kind "id": field: cause`, leaving out the
// parts that are empty.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Op)
	if e.Kind != "" || e.ID != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(e.Kind)
		if e.ID != "" {
			if e.Kind != "" {
				b.WriteByte(' ')
			}
			b.WriteString(strconv.Quote(shortID(e.ID)))
		}
	}
	if e.Field != "" {
		if b.Len() > 0 {
			b.WriteString(": ")
		}
		b.WriteString(e.Field)
	}
	if e.Err != nil {
		if b.Len() > 0 {
			b.WriteString(": ")
		}
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// shortID cuts an ID too long to be one (see [MaxIDLen]) for an error
// message: its first bytes and "…".
func shortID(id string) string {
	if len(id) <= MaxIDLen {
		return id
	}
	n := MaxIDLen
	for n > 0 && !utf8.RuneStart(id[n]) {
		n--
	}
	return id[:n] + "…"
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// E returns an [*Error] for op on the record kind/id, blaming field, with
// cause err. It is the one constructor the packages use.
func E(op, kind, id, field string, err error) *Error {
	return &Error{Op: op, Kind: kind, ID: id, Field: field, Err: err}
}

// Invalid returns an [*Error] wrapping [ErrInvalid] with a formatted reason.
func Invalid(op, kind, id, field, format string, args ...any) *Error {
	return E(op, kind, id, field, fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, args...)...))
}

// NotFound returns an [*Error] wrapping [ErrNotFound].
func NotFound(op, kind, id string) *Error {
	return E(op, kind, id, "", ErrNotFound)
}

// Conflict returns an [*Error] wrapping [ErrConflict] with a formatted reason.
func Conflict(op, kind, id, format string, args ...any) *Error {
	return E(op, kind, id, "", fmt.Errorf("%w: "+format, append([]any{ErrConflict}, args...)...))
}

// cause returns the cause of err when err is an [*Error], err otherwise: a
// caller that wraps a date's error in its own *Error names its own field
// and keeps the reason, without repeating the date's operation.
func cause(err error) error {
	if e, ok := err.(*Error); ok {
		return e.Err
	}
	return err
}
