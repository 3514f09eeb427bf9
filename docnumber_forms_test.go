package thidua_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
)

func TestDocNumberForms(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   thidua.DocNumber
		str    string
		line   string
	}{
		{"Số line, padded", "Số: 05/QĐ-UBND", thidua.DocNumber{Number: 5, Symbol: "QĐ-UBND"}, "05/QĐ-UBND", "Số: 05/QĐ-UBND"},
		{"unpadded input is padded on output", "5/QĐ-UBND", thidua.DocNumber{Number: 5, Symbol: "QĐ-UBND"}, "05/QĐ-UBND", "Số: 05/QĐ-UBND"},
		{"three digits", "123/QĐ-BTP", thidua.DocNumber{Number: 123, Symbol: "QĐ-BTP"}, "123/QĐ-BTP", "Số: 123/QĐ-BTP"},
		{"with the year", "Số: 30/2020/NĐ-CP", thidua.DocNumber{Number: 30, Year: 2020, Symbol: "NĐ-CP"}, "30/2020/NĐ-CP", "Số: 30/2020/NĐ-CP"},
		{"Số without colon", "Số 10/TTr-SNV", thidua.DocNumber{Number: 10, Symbol: "TTr-SNV"}, "10/TTr-SNV", "Số: 10/TTr-SNV"},
		{"lower-case số and spaces", "  số:  01/BC-UBND ", thidua.DocNumber{Number: 1, Symbol: "BC-UBND"}, "01/BC-UBND", "Số: 01/BC-UBND"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			got, err := thidua.ParseDocNumber(tt.in)
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
			got, err := thidua.ParseDocNumber(in)
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Errorf("ParseDocNumber(%q) = %+v, %v; want ErrInvalid", in, got, err)
			}
		})
	}
	if err := (thidua.DocNumber{Number: 5}).Validate(); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Validate without symbol = %v, want ErrInvalid", err)
	}
}

func TestMustParseDocNumberPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseDocNumber did not panic")
		}
	}()
	thidua.MustParseDocNumber("QĐ-UBND")
}
