package vntext

import (
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Hoà", "Hòa", true},
		{"Thuỷ", "Thủy", true},
		{"Khoẻ", "khỏe", true},
		{"Chiến sỹ thi đua", "chiến sĩ  thi đua", true},
		{"Kỹ thuật", "kĩ thuật", true},
		{"Quý", "Quí", true},
		{"Thủy", "Thủi", false},
		{"Hòa", "Hoa", false},
		{"Hòa", "Hóa", false},
		{"đ", "d", false},
		{norm.NFD.String("Nguyễn"), "Nguyễn", true},
	}
	for _, tt := range tests {
		if got := Equal(tt.a, tt.b); got != tt.same {
			t.Errorf("Equal(%q, %q) = %v, want %v (keys %q, %q)", tt.a, tt.b, got, tt.same, Fold(tt.a), Fold(tt.b))
		}
	}
}

func TestClean(t *testing.T) {
	if got := Clean("  Nguyễn \t Văn   A "); got != "Nguyễn Văn A" {
		t.Errorf("Clean = %q", got)
	}
	if got := Clean(norm.NFD.String("Hòa")); got != "Hòa" || !norm.NFC.IsNormalString(got) {
		t.Errorf("Clean did not give NFC: %q", got)
	}
}

func TestNameOrder(t *testing.T) {
	names := []string{"Trần Văn Đức", "Nguyễn Văn Dũng", "Lê Thị Ánh", "Phạm Thị Ăn", "Nguyễn Thị Anh", "Võ Văn Ân", "Bùi Thị Anh"}
	c := NewNameCollator()
	slices.SortFunc(names, c.Compare)
	want := []string{"Bùi Thị Anh", "Nguyễn Thị Anh", "Lê Thị Ánh", "Phạm Thị Ăn", "Võ Văn Ân", "Nguyễn Văn Dũng", "Trần Văn Đức"}
	if !slices.Equal(names, want) {
		t.Errorf("sorted = %q\nwant     %q", names, want)
	}
	if c.Compare("Lê Thị Hoà", "Lê Thị Hòa") == 0 {
		// Different spellings still get a stable, total order.
		t.Errorf("distinct spellings compare equal")
	}
}

func TestTitle(t *testing.T) {
	for in, want := range map[string]string{"âm một": "Âm một", "một": "Một", "": "", "A": "A", "đồng": "Đồng"} {
		if got := Title(in); got != want {
			t.Errorf("Title(%q) = %q, want %q", in, got, want)
		}
	}
}
