package report_test

import (
	"testing"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/report"
)

// The leadership of a unit is its heads and deputy heads, the offices that
// Luật Thi đua, khen thưởng 2022, Điều 80 gives the power to confer, and
// the heads of its parts; the summary's authority wording and the
// collective report read them by one rule.
func TestIsHeadPost(t *testing.T) {
	for post, want := range map[string]bool{
		"Cục trưởng":         true,
		"Phó Chi cục trưởng": true,
		"Giám đốc":           true,
		"Phó Chủ tịch Ủy ban nhân dân tỉnh": true,
		"Trưởng phòng":        true,
		"Thủ tướng Chính phủ": true,
		"Chấp hành viên":      false,
		"Chuyên viên":         false,
		"Thẩm tra viên":       false,
		"":                    false,
	} {
		if got := report.IsHeadPost(post); got != want {
			t.Errorf("IsHeadPost(%q) = %v, want %v", post, got, want)
		}
	}
	for post, want := range map[string]bool{
		"Phó Cục trưởng": true,
		"phó giám đốc":   true,
		"Cục trưởng":     false,
		"Phóng viên":     false,
		"":               false,
	} {
		if got := report.IsDeputyPost(post); got != want {
			t.Errorf("IsDeputyPost(%q) = %v, want %v", post, got, want)
		}
	}
	// Every head the authority wording names is a head post.
	for _, unit := range []string{"Ủy ban nhân dân tỉnh Đồng Tháp", "Sở Tư pháp", "Cục Thi hành án dân sự", "Phòng Tư pháp", "Trường Trung cấp"} {
		office := report.AuthorityOffice(award.ByHead, unit)
		if !report.IsHeadPost(office) {
			t.Errorf("IsHeadPost(%q), the head AuthorityOffice names for %q, = false", office, unit)
		}
	}
}
