package sheet

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua/internal/vnnum"
)

// numberCell binds one text cell under an IntCol and a DecimalCol.
func numberCell(v string) (*Bound, Row, *Problems) {
	spec := &Spec{Name: "S", Cols: []Col{{Header: "Số", Type: IntCol}, {Header: "Tỷ lệ", Type: DecimalCol}}}
	tbl := &Table{Name: "S", Rows: []Row{
		{N: 1, Cells: []Cell{{Text, "Số"}, {Text, "Tỷ lệ"}}},
		{N: 2, Cells: []Cell{{Text, v}, {Text, v}}},
	}}
	var ps Problems
	b := Bind(tbl, spec, &ps)
	return b, b.Rows[0], &ps
}

// TestTextNumbersOneRule: numbers written as text in a sheet are read as
// the library reads every number: a dot groups thousands, a comma starts
// the decimals, "1,001" is ambiguous; a plain English-style decimal point
// with no comma is still read.
func TestTextNumbersOneRule(t *testing.T) {
	for _, tt := range []struct {
		in     string
		intV   int
		intOK  bool
		dec    string // "" for a problem
		reason string
	}{
		{"1.000", 1000, true, "1000", "a dot groups thousands, as report.ParseNumber reads it (was read as 1)"},
		{"2.023", 2023, true, "2023", "a dot groups thousands"},
		{"33,5", 0, false, "33.5", "a decimal comma"},
		{"33,5%", 0, false, "33.5", "a percentage"},
		{"1,001", 0, false, "", "ambiguous: 1.001 or a thousand and one written the English way (was read as 1.001)"},
		{"50,000", 0, false, "", "ambiguous"},
		{"39.5", 0, false, "39.5", "an English decimal point, unambiguous (not three digits after it)"},
		{"12", 12, true, "12", "plain"},
		{"1.000,0", 1000, true, "1000", "grouped with a zero decimal"},
	} {
		b, r, ps := numberCell(tt.in)
		n, ok := b.Int(r, 0)
		if ok != tt.intOK || ok && n != tt.intV {
			t.Errorf("%s: Int(%q) = %d, %v; want %d, %v", tt.reason, tt.in, n, ok, tt.intV, tt.intOK)
		}
		d, ok := b.Decimal(r, 1)
		switch {
		case tt.dec == "" && ok:
			t.Errorf("%s: Decimal(%q) = %s, want a problem", tt.reason, tt.in, d)
		case tt.dec != "" && (!ok || !d.Equal(decimal.RequireFromString(tt.dec))):
			t.Errorf("%s: Decimal(%q) = %s, %v; want %s (problems: %v)", tt.reason, tt.in, d, ok, tt.dec, ps.Err())
		}
	}
}

// FuzzTextNumber: where the library's number rule reads a text cell, Int
// and Decimal read the same value; where it refuses a number with a comma,
// Decimal refuses it too.
func FuzzTextNumber(f *testing.F) {
	for _, s := range []string{"1.000", "33,5", "1,001", "39.5", "-12", "1e3", "1.000.000,25", "7%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.TrimSpace(s) == "" {
			return // a blank row, skipped
		}
		b, r, _ := numberCell(s)
		n, intOK := b.Int(r, 0)
		d, decOK := b.Decimal(r, 1)
		num, err := vnnum.Parse(s)
		if err != nil {
			return
		}
		want, err := num.Decimal()
		if err != nil {
			t.Fatalf("vnnum.Parse(%q) gives no decimal: %v", s, err)
		}
		if !decOK || !d.Equal(want) {
			t.Fatalf("Decimal(%q) = %s, %v; the number rule reads %s", s, d, decOK, want)
		}
		if intOK && !decimal.NewFromInt(int64(n)).Equal(want) {
			t.Fatalf("Int(%q) = %d; the number rule reads %s", s, n, want)
		}
	})
}
