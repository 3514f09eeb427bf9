package report_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report"
)

func TestDocNumber(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   report.DocNumber
		str    string
		line   string
	}{
		{"Số line, padded", "Số: 05/QĐ-UBND", report.DocNumber{Number: 5, Symbol: "QĐ-UBND"}, "05/QĐ-UBND", "Số: 05/QĐ-UBND"},
		{"unpadded input is padded on output", "5/QĐ-UBND", report.DocNumber{Number: 5, Symbol: "QĐ-UBND"}, "05/QĐ-UBND", "Số: 05/QĐ-UBND"},
		{"three digits", "123/QĐ-BTP", report.DocNumber{Number: 123, Symbol: "QĐ-BTP"}, "123/QĐ-BTP", "Số: 123/QĐ-BTP"},
		{"with the year", "Số: 30/2020/NĐ-CP", report.DocNumber{Number: 30, Year: 2020, Symbol: "NĐ-CP"}, "30/2020/NĐ-CP", "Số: 30/2020/NĐ-CP"},
		{"Số without colon", "Số 10/TTr-SNV", report.DocNumber{Number: 10, Symbol: "TTr-SNV"}, "10/TTr-SNV", "Số: 10/TTr-SNV"},
		{"lower-case số and spaces", "  số:  01/BC-UBND ", report.DocNumber{Number: 1, Symbol: "BC-UBND"}, "01/BC-UBND", "Số: 01/BC-UBND"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			got, err := report.ParseDocNumber(tt.in)
			if err != nil {
				t.Fatalf("ParseDocNumber(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseDocNumber(%q) (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.str, got.String()); diff != "" {
				t.Errorf("String (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.line, got.Line()); diff != "" {
				t.Errorf("Line (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDocNumberRejects(t *testing.T) {
	for _, in := range []string{"", "Số:", "05", "05/", "/QĐ-UBND", "0/QĐ-UBND", "x5/QĐ-UBND", "05/QĐ UBND",
		"05/-QĐ", "05/QĐ-", "05/QĐ--UBND", "05/20/NĐ-CP", "05/1800/NĐ-CP", "05/2020/NĐ-CP/X", "-5/QĐ-UBND"} {
		t.Run(in, func(t *testing.T) {
			got, err := report.ParseDocNumber(in)
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Errorf("ParseDocNumber(%q) = %+v, %v; want ErrInvalid", in, got, err)
			}
		})
	}
	if err := (report.DocNumber{Number: 5}).Validate(); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Validate without symbol = %v, want ErrInvalid", err)
	}
}

func TestDocNumberText(t *testing.T) {
	type rec struct {
		N report.DocNumber `json:"n"`
	}
	b, err := json.Marshal(rec{report.MustParseDocNumber("Số: 05/QĐ-UBND")})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`{"n":"05/QĐ-UBND"}`, string(b)); diff != "" {
		t.Errorf("json (-want +got):\n%s", diff)
	}
	var back rec
	if err := json.Unmarshal(b, &back); err != nil || back.N != (report.DocNumber{Number: 5, Symbol: "QĐ-UBND"}) {
		t.Errorf("Unmarshal = %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"n":"05/QĐ UBND"}`), &back); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Unmarshal of a bad number: %v", err)
	}
	if _, err := json.Marshal(rec{report.DocNumber{Number: -1, Symbol: "QĐ"}}); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Marshal of a bad number: %v", err)
	}
}

func TestMustParseDocNumberPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseDocNumber did not panic")
		}
	}()
	report.MustParseDocNumber("QĐ-UBND")
}

func FuzzDocNumberRoundTrip(f *testing.F) {
	for _, s := range []string{"Số: 05/QĐ-UBND", "123/QĐ-BTP", "30/2020/NĐ-CP", "1/a", "Số:1/B.C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		n, err := report.ParseDocNumber(in)
		if err != nil {
			return
		}
		for _, s := range []string{n.String(), n.Line()} {
			back, err := report.ParseDocNumber(s)
			if err != nil || back != n {
				t.Fatalf("ParseDocNumber(%q) = %+v, formatted %q parses to %+v, %v", in, n, s, back, err)
			}
		}
	})
}
