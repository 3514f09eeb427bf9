package sheet

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"unicode/utf8"
)

// ReadCSV reads a CSV file as the sheet name. It skips a UTF-8 byte-order
// mark, takes the separator from the first line (a comma, or a semicolon
// or a tab when the first line has more of those, as Excel writes in
// locales whose list separator is ";"), accepts rows of different lengths
// and quoted fields spanning lines. Every cell is Text. A file that is not
// UTF-8 (Excel's "CSV" saved in a Windows code page) or not well-formed CSV
// gives an error wrapping thidua.ErrInvalid; one beyond lim.MaxBytes,
// lim.MaxRows or lim.MaxCells one wrapping ErrTooLarge too.
func ReadCSV(name string, r io.Reader, lim Limits) (*Table, error) {
	lim = lim.orDefault()
	br := bufio.NewReaderSize(&limitedPart{rc: io.NopCloser(r), left: lim.MaxBytes, name: name}, 64<<10)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	first, _ := br.Peek(64 << 10)
	if i := bytes.IndexAny(first, "\r\n"); i >= 0 {
		first = first[:i]
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	cr.Comma = separator(first)
	t := &Table{Name: name}
	cells := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				return nil, err
			}
			return nil, fileError("%s: not a well-formed CSV file: %v", name, err)
		}
		line, _ := cr.FieldPos(0)
		if line > lim.MaxRows {
			return nil, tooLarge("%s: more than %d rows", name, lim.MaxRows)
		}
		if len(rec) > lim.MaxCols {
			return nil, tooLarge("%s: row %d has more than %d columns", name, line, lim.MaxCols)
		}
		row := Row{N: line, Cells: make([]Cell, len(rec))}
		for i, f := range rec {
			if !utf8.ValidString(f) {
				return nil, fileError("%s: row %d is not UTF-8 text (save the file as \"CSV UTF-8\")", name, line)
			}
			if f != "" {
				row.Cells[i] = Cell{Kind: Text, V: f}
			}
		}
		if row.Blank() {
			continue
		}
		cells += len(rec)
		if cells > lim.MaxCells {
			return nil, tooLarge("%s: more than %d cells", name, lim.MaxCells)
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// separator guesses the field separator from the first line: the most
// frequent of ",", ";" and tab outside quotes, a comma on a tie.
func separator(line []byte) rune {
	var n [3]int
	quoted := false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == ',':
			n[0]++
		case c == ';':
			n[1]++
		case c == '\t':
			n[2]++
		}
	}
	switch {
	case n[1] > n[0] && n[1] >= n[2]:
		return ';'
	case n[2] > n[0] && n[2] > n[1]:
		return '\t'
	}
	return ','
}
