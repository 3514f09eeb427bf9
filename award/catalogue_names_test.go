package award_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
)

// TestLookupNamesInDocuments: names as real decisions and reports write
// them resolve to the kind the law gives that name (Law 2022 arts. 25, 26,
// 72, 74; art. 78 for who confers them).
func TestLookupNamesInDocuments(t *testing.T) {
	cat := award.DefaultCatalogue()
	tests := []struct {
		name, reason string
		want         award.Code
	}{
		{"Cờ thi đua của Thủ tướng Chính phủ", "the Prime Minister confers the Cờ thi đua của Chính phủ", award.CoChinhPhu},
		{"Cờ thi đua Thủ tướng Chính phủ", "without \"của\"", award.CoChinhPhu},
		{"Cờ thi đua của TTCP", "abbreviated", award.CoChinhPhu},
		{"Cờ thi đua xuất sắc của Bộ Công an", "a ministry's flag", award.CoBo},
		{"Cờ thi đua xuất sắc của Bộ Giáo dục và Đào tạo", "a ministry's flag", award.CoBo},
		{"Cờ thi đua của Bộ Tài chính", "a ministry's flag", award.CoBo},
		{"Cờ thi đua của UBND tỉnh Đồng Tháp", "a province's flag", award.CoBo},
		{"Cờ thi đua của UBND thành phố Hà Nội", "a centrally-run city's flag", award.CoBo},
		{"Bằng khen của Chủ tịch UBND tỉnh", "UBND = Ủy ban nhân dân", award.BangKhenBo},
		{"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "written out", award.BangKhenBo},
		{"Bằng khen của Chủ tịch Uỷ ban nhân dân tỉnh Đồng Tháp", "old tone placement, with the province", award.BangKhenBo},
		{"Bằng khen của Chủ tịch UBND thành phố Hồ Chí Minh", "a centrally-run city", award.BangKhenBo},
		{"Bằng khen của UBND tỉnh", "the committee for its chair", award.BangKhenBo},
		{"Bằng khen của UBND tỉnh Tiền Giang", "the committee, with the province", award.BangKhenBo},
		{"Bằng khen của Bộ trưởng Bộ Công Thương", "a minister", award.BangKhenBo},
		{"Bằng khen của Bộ Quốc phòng", "a ministry", award.BangKhenBo},
		{"Bằng khen của TTg Chính phủ", "abbreviated", award.BangKhenTTg},
		{"CSTĐ cơ sở", "abbreviated", award.CSTDCS},
		// Full names still come before open ones.
		{"Cờ thi đua của bộ, ban, ngành, tỉnh", "the full name", award.CoBo},
		{"Bằng khen của Bộ trưởng", "the full name", award.BangKhenBo},
	}
	for _, tt := range tests {
		k, err := cat.Lookup(tt.name)
		if err != nil || k.Code != tt.want {
			t.Errorf("%s: Lookup(%q) = %q, %v; want %q", tt.reason, tt.name, k.Code, err, tt.want)
		}
	}
	// An open name needs the whole word: "Bộ" is not the start of "Bội".
	for _, name := range []string{"Cờ thi đua xuất sắc", "Cờ thi đua của Bội", "Cờ thi đua của UBND huyện X", "Bằng khen của"} {
		if k, err := cat.Lookup(name); !errors.Is(err, thidua.ErrNotFound) {
			t.Errorf("Lookup(%q) = %q, %v; want ErrNotFound", name, k.Code, err)
		}
	}
	// A copy keeps the open names.
	if k, err := cat.Clone().Lookup("Cờ thi đua xuất sắc của Bộ Công an"); err != nil || k.Code != award.CoBo {
		t.Errorf("Clone: Lookup = %q, %v", k.Code, err)
	}
}

// TestLookupSuggests: a name no kind has is ErrNotFound, never a guess,
// and the error names the closest known names.
func TestLookupSuggests(t *testing.T) {
	cat := award.JusticeCatalogue()
	tests := []struct {
		name  string
		first string // the suggestion that must come first
		all   string // a prefix every suggestion has, if set
	}{
		{"Tập thể lao động suất sắc", "Tập thể lao động xuất sắc", ""},
		{"Chiến sĩ thi đua suất sắc", "", "Chiến sĩ thi đua"},
		{"Chiến sỹ thi đua co so", "Chiến sĩ thi đua cơ sở", ""},
		{"Lao động tiên tiếng", "Lao động tiên tiến", ""},
		{"Bằng khen của Thủ tướng Chín phủ", "Bằng khen của Thủ tướng Chính phủ", ""},
		{"Cờ thi đua suất sắc của Bộ Công an", "Cờ thi đua xuất sắc của Bộ …", ""},
		{"Huân chương Lao động hạng Tư", "", "Huân chương Lao động hạng"},
	}
	for _, tt := range tests {
		k, err := cat.Lookup(tt.name)
		if !errors.Is(err, thidua.ErrNotFound) {
			t.Errorf("Lookup(%q) = %q, %v; want ErrNotFound", tt.name, k.Code, err)
			continue
		}
		var ne *award.NameError
		if !errors.As(err, &ne) {
			t.Errorf("Lookup(%q) error %v is not a *NameError", tt.name, err)
			continue
		}
		var te *thidua.Error
		if !errors.As(err, &te) || te.Kind != "kind" {
			t.Errorf("Lookup(%q) error %v is not a *thidua.Error on a kind", tt.name, err)
		}
		if len(ne.Suggestions) == 0 || len(ne.Suggestions) > award.MaxSuggestions {
			t.Errorf("Lookup(%q) suggests %q", tt.name, ne.Suggestions)
			continue
		}
		if tt.first != "" && ne.Suggestions[0] != tt.first {
			t.Errorf("Lookup(%q) suggests %q, want %q first", tt.name, ne.Suggestions, tt.first)
		}
		for _, s := range ne.Suggestions {
			if tt.all != "" && !strings.HasPrefix(s, tt.all) {
				t.Errorf("Lookup(%q) suggests %q, not a %s…", tt.name, s, tt.all)
			}
		}
		if !strings.Contains(err.Error(), "did you mean \""+ne.Suggestions[0]+"\"") {
			t.Errorf("Lookup(%q) error text %q", tt.name, err)
		}
	}
	// Nothing close: no suggestion, the plain message.
	for _, name := range []string{"Huy hiệu", "", "???", strings.Repeat("Bằng khen ", 200)} {
		_, err := cat.Lookup(name)
		var ne *award.NameError
		if !errors.As(err, &ne) || !errors.Is(err, thidua.ErrNotFound) || len(ne.Suggestions) != 0 || strings.Contains(err.Error(), "did you mean") {
			t.Errorf("Lookup(%.30q) = %v, want ErrNotFound with no suggestion", name, err)
		}
	}
}

func ExampleNameError() {
	cat := award.DefaultCatalogue()
	k, _ := cat.Lookup("Bằng khen của Chủ tịch UBND tỉnh Đồng Tháp")
	fmt.Println(k.Code)
	_, err := cat.Lookup("Chiến sĩ thi đua suất sắc")
	var ne *award.NameError
	if errors.As(err, &ne) && errors.Is(err, thidua.ErrNotFound) {
		fmt.Println(ne.Suggestions)
	}
	fmt.Println(err)
	// Output:
	// bang-khen-bo
	// [Chiến sĩ thi đua cấp bộ Chiến sĩ thi đua toàn quốc Chiến sĩ thi đua cơ sở]
	// award: lookup kind "Chiến sĩ thi đua suất sắc": thidua: not found; did you mean "Chiến sĩ thi đua cấp bộ", "Chiến sĩ thi đua toàn quốc" or "Chiến sĩ thi đua cơ sở"?
}
