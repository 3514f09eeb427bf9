package report

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

// FormerPost names a post its holder has left: FormerPost("Cục trưởng Cục
// Thi hành án dân sự") is "nguyên Cục trưởng Cục Thi hành án dân sự".
func FormerPost(post string) string {
	return "nguyên " + post
}
