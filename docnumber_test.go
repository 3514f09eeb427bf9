package thidua_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
)

func TestParseDocNumber(t *testing.T) {
	tests := []struct {
		in     string
		reason string
		want   thidua.DocNumber
		str    string
	}{
		{"123/QĐ-BTP", "decision of the Ministry of Justice", thidua.DocNumber{Number: 123, Symbol: "QĐ-BTP"}, "123/QĐ-BTP"},
		{"05/QĐ-UBND", "padded number", thidua.DocNumber{Number: 5, Symbol: "QĐ-UBND"}, "05/QĐ-UBND"},
		{"5/QĐ-UBND", "numbers below 10 are padded on output", thidua.DocNumber{Number: 5, Symbol: "QĐ-UBND"}, "05/QĐ-UBND"},
		{"Số: 05/QĐ-UBND", "the number line", thidua.DocNumber{Number: 5, Symbol: "QĐ-UBND"}, "05/QĐ-UBND"},
		{"số 12/QĐ-CTHADS", "lower-case prefix without colon", thidua.DocNumber{Number: 12, Symbol: "QĐ-CTHADS"}, "12/QĐ-CTHADS"},
		{"  10 / QĐ-TTg ", "spaces; the symbol keeps its case (TTg)", thidua.DocNumber{Number: 10, Symbol: "QĐ-TTg"}, "10/QĐ-TTg"},
		{"91/2017/NĐ-CP", "normative document with its year", thidua.DocNumber{Number: 91, Year: 2017, Symbol: "NĐ-CP"}, "91/2017/NĐ-CP"},
		{"06/2022/QH15", "a law: one-part symbol after the year", thidua.DocNumber{Number: 6, Year: 2022, Symbol: "QH15"}, "06/2022/QH15"},
		{"1234/QĐ-BTP-TĐKT", "three-part symbol", thidua.DocNumber{Number: 1234, Symbol: "QĐ-BTP-TĐKT"}, "1234/QĐ-BTP-TĐKT"},
		{"007/QĐ-BTP", "leading zeros", thidua.DocNumber{Number: 7, Symbol: "QĐ-BTP"}, "07/QĐ-BTP"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := thidua.ParseDocNumber(tt.in)
			if tt.str == "" {
				if !errors.Is(err, thidua.ErrInvalid) {
					t.Errorf("%s: ParseDocNumber(%q) = %v, %v; want ErrInvalid", tt.reason, tt.in, got, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("%s: ParseDocNumber(%q): %v", tt.reason, tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: ParseDocNumber(%q) (-want +got):\n%s", tt.reason, tt.in, diff)
			}
			if s := got.String(); s != tt.str {
				t.Errorf("%s: String() = %q, want %q", tt.reason, s, tt.str)
			}
			if l := got.Line(); l != "Số: "+tt.str {
				t.Errorf("%s: Line() = %q", tt.reason, l)
			}
		})
	}
}

func TestParseDocNumberErrors(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"", "empty"},
		{"Số:", "prefix only"},
		{"123", "no symbol"},
		{"123/", "empty symbol"},
		{"/QĐ-BTP", "no number"},
		{"0/QĐ-BTP", "numbers start at 1"},
		{"-5/QĐ-BTP", "negative"},
		{"12a/QĐ-BTP", "letters in the number"},
		{"1234567890/QĐ-BTP", "ten digits"},
		{"123/QĐ", "symbol without issuer"},
		{"123/QĐ-", "empty issuer"},
		{"123/-BTP", "empty type"},
		{"123/QĐ--BTP", "empty middle part"},
		{"123/QĐ BTP", "space in the symbol"},
		{"123/QĐ.BTP", "punctuation in the symbol"},
		{"123/1QĐ-BTP", "symbol starting with a digit"},
		{"123/17/QĐ-BTP", "two-digit year"},
		{"123/1800/QĐ-BTP", "year out of range"},
		{"1/2/3/QĐ-BTP", "too many parts"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			if got, err := thidua.ParseDocNumber(tt.in); !errors.Is(err, thidua.ErrInvalid) {
				t.Errorf("%s: ParseDocNumber(%q) = %v, %v; want ErrInvalid", tt.reason, tt.in, got, err)
			}
		})
	}
}

func TestDocNumberText(t *testing.T) {
	type doc struct {
		Number thidua.DocNumber `json:"number"`
	}
	b, err := json.Marshal(doc{thidua.MustParseDocNumber("5/QĐ-BTP")})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"number":"05/QĐ-BTP"}` {
		t.Errorf("json = %s", b)
	}
	var back doc
	if err := json.Unmarshal(b, &back); err != nil || back.Number != thidua.MustParseDocNumber("05/QĐ-BTP") {
		t.Errorf("unmarshal = %v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"number":"05/QĐ"}`), &back); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("unmarshal of a bad number = %v, want ErrInvalid", err)
	}
	if _, err := json.Marshal(doc{thidua.DocNumber{Number: -1, Symbol: "QĐ-BTP"}}); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("marshal of a bad number = %v, want ErrInvalid", err)
	}
	if s := (thidua.DocNumber{}).String(); s != "" {
		t.Errorf("zero String = %q", s)
	}
}

func FuzzDocNumber(f *testing.F) {
	for _, s := range []string{"123/QĐ-BTP", "Số: 05/QĐ-UBND", "91/2017/NĐ-CP", "1/a-b", "0/QĐ-BTP", "123/QĐ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := thidua.ParseDocNumber(s)
		if err != nil {
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("ParseDocNumber(%q): error %v does not wrap ErrInvalid", s, err)
			}
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("ParseDocNumber(%q) = %#v, which does not validate: %v", s, d, err)
		}
		back, err := thidua.ParseDocNumber(d.String())
		if err != nil || back != d {
			t.Fatalf("round trip of %q: %q → %#v, %v", s, d.String(), back, err)
		}
		if line, err := thidua.ParseDocNumber(d.Line()); err != nil || line != d {
			t.Fatalf("Line of %q: %q → %#v, %v", s, d.Line(), line, err)
		}
	})
}

// TestDocNumberSymbolSize: a symbol longer than an ID is refused, so that a
// decision cannot carry a megabyte in its number.
func TestDocNumberSymbolSize(t *testing.T) {
	long := "QĐ-" + strings.Repeat("B", thidua.MaxIDLen)
	if err := (thidua.DocNumber{Number: 1, Symbol: long}).Validate(); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Validate of a %d-byte symbol: error = %v, want thidua.ErrInvalid", len(long), err)
	}
	if _, err := thidua.ParseDocNumber("1/" + long); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("ParseDocNumber of a %d-byte symbol: error = %v, want thidua.ErrInvalid", len(long), err)
	}
	if err := (thidua.DocNumber{Number: 1, Symbol: "QĐ-" + strings.Repeat("B", thidua.MaxIDLen-len("QĐ-"))}).Validate(); err != nil {
		t.Errorf("Validate of a symbol of thidua.MaxIDLen bytes: %v", err)
	}
}
