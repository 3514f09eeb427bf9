package report_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/thidua-go/thidua/report"
)

// Cases from VIETNAMESE.md ("Names and text").
func TestTextHelpers(t *testing.T) {
	same := []struct{ a, b string }{
		{"Hoà", "Hòa"},
		{"Thuỷ", "Thủy"},
		{"Chiến sỹ thi đua cơ sở", "Chiến sĩ thi đua cơ sở"},
		{"Lao động  tiên tiến", "lao động tiên tiến"},
	}
	for _, tt := range same {
		if !report.SameText(tt.a, tt.b) {
			t.Errorf("SameText(%q, %q) = false", tt.a, tt.b)
		}
		if report.FoldKey(tt.a) != report.FoldKey(tt.b) {
			t.Errorf("FoldKey(%q) != FoldKey(%q)", tt.a, tt.b)
		}
	}
	if report.SameText("Hòa", "Hoa") {
		t.Error(`SameText("Hòa", "Hoa") = true`)
	}
	nfd := norm.NFD.String("Nguyễn Thị Thanh Hoà")
	if got := report.NFC(nfd); got != "Nguyễn Thị Thanh Hoà" || !norm.NFC.IsNormalString(got) {
		t.Errorf("NFC = %q", got)
	}
	if diff := cmp.Diff("Nguyễn Văn A", report.CleanText("  Nguyễn \t Văn   A ")); diff != "" {
		t.Errorf("CleanText (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("Hoà", report.GivenName("Nguyễn Thị Thanh Hoà")); diff != "" {
		t.Errorf("GivenName (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("Âm một", report.Capitalize("âm một")); diff != "" {
		t.Errorf("Capitalize (-want +got):\n%s", diff)
	}
}

func TestSortNames(t *testing.T) {
	in := []string{"Trần Văn Đức", "Nguyễn Văn Dũng", "Lê Thị Ánh", "Phạm Thị Ăn", "Nguyễn Thị Anh", "Võ Văn Ân", "Bùi Thị Anh"}
	orig := append([]string(nil), in...)
	// By given name with a < ă < â and d < đ, then by full name.
	want := []string{"Bùi Thị Anh", "Nguyễn Thị Anh", "Lê Thị Ánh", "Phạm Thị Ăn", "Võ Văn Ân", "Nguyễn Văn Dũng", "Trần Văn Đức"}
	if diff := cmp.Diff(want, report.SortNames(in)); diff != "" {
		t.Errorf("SortNames (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(orig, in); diff != "" {
		t.Errorf("SortNames changed its argument (-want +got):\n%s", diff)
	}
	c := report.NewNameCollator()
	if c.Compare("Nguyễn Văn Dũng", "Trần Văn Đức") >= 0 || report.CompareNames("Lê Thị Ánh", "Bùi Thị Anh") <= 0 {
		t.Error("collator order is wrong")
	}
}
