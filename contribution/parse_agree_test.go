package contribution_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/report"
)

// TestParseDongAgreesWithParseNumber: the library reads a number one way.
// Where ParseDongFraction reads an amount, report.ParseNumber reads the
// same value; where one refuses a number as ambiguous ("1,001": 1.001, or
// a thousand and one written the English way?), so does the other.
func TestParseDongAgreesWithParseNumber(t *testing.T) {
	for _, s := range []string{
		"1,001", "50,000", "12,125", "-12,500", "1,5", "0,125", "1.001,125", "1,0010",
		"1.001", "50.000.000", "1234", "1.5", "50,000,000", "0,5",
	} {
		n, nerr := report.ParseNumber(s)
		d, derr := contribution.ParseDongFraction(s)
		switch {
		case (nerr == nil) != (derr == nil):
			t.Errorf("%q: ParseNumber = %s, %v; ParseDongFraction = %s, %v: they disagree", s, n, nerr, d, derr)
		case nerr == nil && !n.Equal(d):
			t.Errorf("%q: ParseNumber = %s, ParseDongFraction = %s", s, n, d)
		case nerr != nil && (!errors.Is(nerr, thidua.ErrInvalid) || !errors.Is(derr, thidua.ErrInvalid)):
			t.Errorf("%q: errors %v, %v do not wrap ErrInvalid", s, nerr, derr)
		}
	}
	// "1,001" is refused by ParseDong for the same reason, not read as a
	// fraction.
	if _, err := contribution.ParseDong("1,001"); err == nil || !strings.Contains(err.Error(), "ambiguous") {
		t.Errorf(`ParseDong("1,001") error = %v, want ambiguous`, err)
	}
}

// TestParseLongInputRefused: a million digits is refused with ErrInvalid,
// not converted (conversion is quadratic: seconds for 1 M digits); the
// speed is measured by BenchmarkParseLong.
func TestParseLongInputRefused(t *testing.T) {
	long := "1" + strings.Repeat("0", 999_999)
	grouped := "1" + strings.Repeat(".000", 300_000)
	for _, s := range []string{long, grouped, long + " đồng", "1" + strings.Repeat("0", 100)} {
		if _, err := contribution.ParseDong(s); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("ParseDong(%d bytes) error = %v, want ErrInvalid", len(s), err)
		}
		if _, err := report.ParseNumber(s); !errors.Is(err, thidua.ErrInvalid) && !strings.HasSuffix(s, "đồng") {
			t.Errorf("ParseNumber(%d bytes) error = %v, want ErrInvalid", len(s), err)
		}
	}
	if d, err := contribution.ParseDong(strings.Repeat("9", 100)); err != nil || len(d.String()) != 100 {
		t.Errorf("ParseDong(100 digits) = %s, %v", d, err)
	}
}

// BenchmarkParseLong: parsing is linear in the input. Baseline: a plain
// scan of the same bytes (counting the digits) in the same run.
func BenchmarkParseLong(b *testing.B) {
	for _, n := range []int{100, 1_000_000} {
		s := "1" + strings.Repeat("0", n-1)
		b.Run("baseline-scan/"+itoaN(n), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				c := 0
				for i := 0; i < len(s); i++ {
					if s[i] >= '0' && s[i] <= '9' {
						c++
					}
				}
				if c != n {
					b.Fatal(c)
				}
			}
		})
		b.Run("ParseDong/"+itoaN(n), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				_, _ = contribution.ParseDong(s)
			}
		})
		b.Run("ParseNumber/"+itoaN(n), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				_, _ = report.ParseNumber(s)
			}
		})
	}
}

func itoaN(n int) string { return report.FormatInt(int64(n)) }

// FuzzParseAgree: ParseDongFraction and report.ParseNumber read every
// input by one rule. Where the amount reader accepts s, the number reader
// accepts it too (without the word "đồng") with the same value; where the
// number reader accepts s, the amount reader refuses it only for a rule of
// amounts (a plus sign, a leading zero); every refusal wraps ErrInvalid.
func FuzzParseAgree(f *testing.F) {
	for _, s := range []string{
		"1,001", "50,000", "1.001", "1.001,5", "0,125", "-12,500", "50.000.000 đồng", "+5", "007", "1.5",
		" 1.234,5 ", "50,000,000", "1,475", "1\u00a0000", "1.000.000,00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, nerr := report.ParseNumber(s)
		d, derr := contribution.ParseDongFraction(s)
		for _, err := range []error{nerr, derr} {
			if err != nil && !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("%q: error %v does not wrap ErrInvalid", s, err)
			}
		}
		if derr == nil {
			num := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "đồng"))
			n2, err := report.ParseNumber(num)
			if err != nil || !n2.Equal(d) {
				t.Fatalf("ParseDongFraction(%q) = %s but ParseNumber(%q) = %s, %v", s, d, num, n2, err)
			}
		}
		if nerr == nil {
			v := strings.TrimPrefix(strings.TrimSpace(s), "-")
			amountRule := strings.HasPrefix(v, "+") || len(v) > 1 && v[0] == '0' && v[1] != ','
			if derr != nil && !amountRule {
				t.Fatalf("ParseNumber(%q) = %s but ParseDongFraction refuses it: %v", s, n, derr)
			}
			if derr == nil && !d.Equal(n) {
				t.Fatalf("%q: ParseNumber = %s, ParseDongFraction = %s", s, n, d)
			}
		}
	})
}
