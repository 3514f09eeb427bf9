package report

import (
	"strconv"
	"strings"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/vntext"
)

// PendingProposal writes an award that has been proposed but not yet
// granted, as reports must say it (it is never counted as a grant):
// PendingProposal("Thủ tướng Chính phủ", "Cờ Thi đua") is "đang đề nghị Thủ
// tướng Chính phủ tặng Cờ Thi đua"; with no issuer, "đang đề nghị tặng Cờ
// Thi đua".
func PendingProposal(issuer, award string) string {
	if issuer == "" {
		return "đang đề nghị tặng " + award
	}
	return "đang đề nghị " + issuer + " tặng " + award
}

// NominationVerb returns the verb a proposal writes before a kind: "tặng
// danh hiệu" for an emulation title counted as a title (Chiến sĩ thi đua,
// Tập thể lao động xuất sắc: Luật Thi đua, khen thưởng 2022, Điều 21 – 28
// name them danh hiệu) unless its name says "Danh hiệu" already, "tặng" for
// a flag (Cờ thi đua) and for the forms of commendation (Huân chương, Bằng
// khen, Giấy khen). It is the one rule of the nomination lists and of the
// summary's pending proposals; titles of honour that are "phong tặng" are
// the caller's to word.
func NominationVerb(k award.Kind) string {
	if k.Family == award.Title && k.Counter == "danh hiệu" && !strings.HasPrefix(vntext.Fold(k.Name), vntext.Fold("danh hiệu")+" ") {
		return "tặng danh hiệu"
	}
	return "tặng"
}

// FormerPost names a post its holder has left: FormerPost("Cục trưởng Cục
// Thi hành án dân sự") is "nguyên Cục trưởng Cục Thi hành án dân sự".
func FormerPost(post string) string {
	return "nguyên " + post
}

// AchievementSpan writes the period of an achievement as a proposal states
// it after its words: "năm 2024" for one calendar year, "từ năm 2020 đến
// năm 2024" for whole years, otherwise as [PeriodPhrase] does ("6 tháng
// đầu năm 2024", "từ ngày … đến ngày …"). The zero Period gives "".
func AchievementSpan(p thidua.Period) string {
	if p.IsZero() {
		return ""
	}
	f, t := p.From, p.To
	if f.Year != t.Year && f.Month == time.January && f.Day == 1 && t.Month == time.December && t.Day == 31 {
		return "từ năm " + strconv.Itoa(f.Year) + " đến năm " + strconv.Itoa(t.Year)
	}
	return PeriodPhrase(p)
}

// AchievementPhrase writes the achievement a proposal states: the words
// given, then the period of the subject ([award.Subject.Span]: its Period,
// else its Year) by [AchievementSpan]:
//
//	AchievementPhrase("đã có thành tích xuất sắc", s) → "đã có thành tích xuất sắc từ năm 2020 đến năm 2024"
//
// Empty words give "".
func AchievementPhrase(words string, s award.Subject) string {
	words = vntext.Clean(words)
	if words == "" {
		return ""
	}
	if sp := AchievementSpan(s.Span()); sp != "" {
		return words + " " + sp
	}
	return words
}
