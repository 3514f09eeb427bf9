package sheet

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/thidua-go/thidua"
)

// Problem is one thing wrong with an imported workbook: where it is and,
// in Vietnamese, what is wrong. Row is the row number as the spreadsheet
// shows it (0 for a problem of the whole sheet), Col the column letters
// ("C", empty for a whole row or sheet), Column the header of the column
// as the file wrote it, or the expected header of a missing column.
type Problem struct {
	Sheet   string
	Row     int
	Col     string
	Column  string
	Message string
	// Err is thidua.ErrConflict for a record the store already holds
	// (importing a workbook twice), thidua.ErrInvalid otherwise.
	Err error
}

// String formats the problem as "Cán bộ, dòng 5, cột C (Ngày sinh): message".
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.Sheet)
	if p.Row > 0 {
		b.WriteString(", dòng ")
		b.WriteString(strconv.Itoa(p.Row))
	}
	switch {
	case p.Col != "" && p.Column != "":
		fmt.Fprintf(&b, ", cột %s (%s)", p.Col, p.Column)
	case p.Col != "":
		fmt.Fprintf(&b, ", cột %s", p.Col)
	case p.Column != "":
		fmt.Fprintf(&b, ", cột %s", p.Column)
	}
	b.WriteString(": ")
	b.WriteString(p.Message)
	return b.String()
}

// Error is the error of an import that found problems: all of them, in the
// order of the sheets and rows. Nothing was stored. errors.Is matches
// thidua.ErrInvalid when a problem is bad data, and thidua.ErrConflict
// when a problem is a record the store already holds.
type Error struct {
	Problems []Problem
}

// maxListed bounds the problems Error lists in its text.
const maxListed = 10

// Error lists the first problems.
func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "import: %d problem(s) in the workbook, nothing stored", len(e.Problems))
	for i, p := range e.Problems {
		if i == maxListed {
			fmt.Fprintf(&b, "; … %d more", len(e.Problems)-maxListed)
			break
		}
		b.WriteString("; ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns the distinct errors of the problems (thidua.ErrInvalid,
// thidua.ErrConflict), so errors.Is tells a workbook imported twice from
// one with bad data.
func (e *Error) Unwrap() []error {
	var errs []error
	for _, p := range e.Problems {
		found := false
		for _, x := range errs {
			if x == p.Err {
				found = true
				break
			}
		}
		if !found && p.Err != nil {
			errs = append(errs, p.Err)
		}
	}
	return errs
}

// Problems gathers problems.
type Problems struct {
	list []Problem
}

// Add records a problem with thidua.ErrInvalid.
func (ps *Problems) Add(p Problem) {
	if p.Err == nil {
		p.Err = thidua.ErrInvalid
	}
	ps.list = append(ps.list, p)
}

// Len returns the number of problems so far.
func (ps *Problems) Len() int { return len(ps.list) }

// Err returns an *Error with the problems, or nil if there are none.
func (ps *Problems) Err() error {
	if len(ps.list) == 0 {
		return nil
	}
	return &Error{Problems: ps.list}
}

// Merge adds the problems of err if it is an *Error and reports whether it
// was one.
func (ps *Problems) Merge(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	ps.list = append(ps.list, e.Problems...)
	return true
}
