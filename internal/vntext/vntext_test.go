package vntext

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// Expected matches come from VIETNAMESE.md §Names and text: old and new
// tone placement and sỹ/sĩ match, different letters and tones do not.
func TestFold(t *testing.T) {
	tests := []struct {
		name   string
		a, b   string
		same   bool
		reason string
	}{
		{"hoa tone placement", "Hoà", "Hòa", true, "old and new tone placement match"},
		{"thuy tone placement", "Thuỷ", "Thủy", true, "old and new tone placement match"},
		{"khoe tone and case", "Khoẻ", "khỏe", true, "tone placement and case do not matter"},
		{"sỹ and sĩ with spaces", "Chiến sỹ thi đua", "chiến sĩ  thi đua", true, "sỹ/sĩ match; repeated spaces fold"},
		{"kỹ and kĩ", "Kỹ thuật", "kĩ thuật", true, "a syllable-final y right after a consonant reads as i"},
		{"quý and quí", "Quý", "Quí", true, "the u of qu is part of the consonant, so final y reads as i"},
		{"different vowel", "Thủy", "Thủi", false, "uy with a real vowel u keeps its y"},
		{"tone versus none", "Hòa", "Hoa", false, "a tone mark is part of the word"},
		{"different tones", "Hòa", "Hóa", false, "huyền and sắc differ"},
		{"đ is not d", "đ", "d", false, "đ is its own letter"},
		{"NFD input", norm.NFD.String("Nguyễn"), "Nguyễn", true, "text is compared in NFC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.same, Equal(tt.a, tt.b)); diff != "" {
				t.Errorf("Equal(%q, %q) (-want +got) (%s), keys %q and %q:\n%s", tt.a, tt.b, tt.reason, Fold(tt.a), Fold(tt.b), diff)
			}
		})
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
		reason         string
	}{
		{"spaces", "  Nguyễn \t Văn   A ", "Nguyễn Văn A", "spaces trimmed and folded to one"},
		{"NFD to NFC", norm.NFD.String("Hòa"), "Hòa", "stored text is NFC"},
		{"empty", "", "", "nothing to clean"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Clean(%q) (-want +got) (%s):\n%s", tt.in, tt.reason, diff)
			}
			if !norm.NFC.IsNormalString(got) {
				t.Errorf("Clean(%q) = %q is not NFC", tt.in, got)
			}
		})
	}
}

func TestNameOrder(t *testing.T) {
	tests := []struct {
		name   string
		in     []string
		want   []string
		reason string
	}{
		{
			name:   "given name first, Vietnamese letters",
			in:     []string{"Trần Văn Đức", "Nguyễn Văn Dũng", "Lê Thị Ánh", "Phạm Thị Ăn", "Nguyễn Thị Anh", "Võ Văn Ân", "Bùi Thị Anh"},
			want:   []string{"Bùi Thị Anh", "Nguyễn Thị Anh", "Lê Thị Ánh", "Phạm Thị Ăn", "Võ Văn Ân", "Nguyễn Văn Dũng", "Trần Văn Đức"},
			reason: "by given name, then full name; a < ă < â, d < đ, tones ordered",
		},
	}
	c := NewNameCollator()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.in)
			slices.SortFunc(got, c.Compare)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sorted (-want +got) (%s):\n%s", tt.reason, diff)
			}
		})
	}
	t.Run("distinct spellings", func(t *testing.T) {
		// Different spellings still get a stable, total order.
		if c.Compare("Lê Thị Hoà", "Lê Thị Hòa") == 0 {
			t.Errorf("Compare(%q, %q) = 0, want a total order between distinct spellings", "Lê Thị Hoà", "Lê Thị Hòa")
		}
	})
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, in, want string
		reason         string
	}{
		{"multibyte first letter", "âm một", "Âm một", "the first letter may take two bytes"},
		{"word", "một", "Một", "only the first letter changes"},
		{"empty", "", "", "nothing to capitalise"},
		{"already capital", "A", "A", "unchanged"},
		{"đ", "đồng", "Đồng", "đ has its own capital"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Title(tt.in)); diff != "" {
				t.Errorf("Title(%q) (-want +got) (%s):\n%s", tt.in, tt.reason, diff)
			}
		})
	}
}

// composedOnly's ranges hold only runes that start a segment, combine with
// nothing before them and are NFC themselves (UAX #15 quick check "Yes",
// combining class 0), so that a string of them is NFC without norm's
// tables; anything else, a combining tone mark included, goes to norm.
func TestComposedOnly(t *testing.T) {
	for r := rune(0); r <= 0x1EFF; r++ {
		if r == 0x300 {
			r = 0x1E00
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !composedOnly(s) || !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Fatalf("U+%04X: composedOnly %v, NFC %v, ccc %d, boundary before %v", r, composedOnly(s), norm.NFC.IsNormalString(s), p.CCC(), p.BoundaryBefore())
		}
	}
	for _, r := range []rune{0x300, 0x36F, 0x1DFF, 0x1F00, 0x2013, 0x212B} {
		if composedOnly(string(r)) {
			t.Errorf("composedOnly(U+%04X) = true", r)
		}
	}
	for _, bad := range []string{"\xc2", "\xcb\x41", "\xe1\xbb", "\xe1\xbb\x41", "\xc0\x80"} {
		if composedOnly(bad) {
			t.Errorf("composedOnly(%q) = true", bad)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"Hoà thuận", "Hoà thuận"},
		{"Hoa\u0300", "Hoà"},                  // decomposed tone mark composes
		{"Nguye\u0302\u0303n", "Nguyễn"},      // two combining marks
		{"\u212Ban", "\u00C5an"},              // Ångström sign, an NFC singleton
		{"đ\xffx", norm.NFC.String("đ\xffx")}, // invalid UTF-8 left to norm
	} {
		if composedOnly(tc.in) && tc.in != tc.want {
			t.Errorf("composedOnly(%q) = true", tc.in)
		}
		if got := NFC(tc.in); got != tc.want {
			t.Errorf("NFC(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
