package awardimport

import (
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/sheet"
	"github.com/thidua-go/thidua/org/orgimport"
)

// SheetAwards is the name of the sheet of decisions and their grants.
const SheetAwards = "Khen thưởng"

// Columns of the awards sheet.
const (
	gNumber = iota
	gDate
	gIssuer
	gIssuerUnit
	gSignerTitle
	gSigner
	gKind
	gPerson
	gName
	gUnit
	gYear
	gFromYear
	gToYear
	gBasis
	gMovement
	gGrantID
	gDecisionID
)

var awardSpec = sheet.Spec{
	Name:    SheetAwards,
	Aliases: []string{"Khen thưởng", "Danh sách khen thưởng", "Quyết định khen thưởng", "Thi đua, khen thưởng"},
	Help: "Mỗi dòng một danh hiệu hoặc hình thức khen thưởng trao cho một người (ghi mã cán bộ) hoặc một tập thể (chỉ ghi mã đơn vị). " +
		"Các dòng cùng số quyết định và cùng năm của ngày quyết định là một quyết định; ngày, cơ quan ban hành, người ký chỉ cần ghi ở dòng đầu của quyết định.",
	Cols: []sheet.Col{
		gNumber:      {Header: "Số quyết định", Aliases: []string{"Số QĐ", "Số, ký hiệu quyết định"}, Required: true, Type: sheet.CodeCol, Help: "số và ký hiệu, ví dụ 123/QĐ-BTP; quyết định chưa rõ số thì ghi \"chưa rõ số\""},
		gDate:        {Header: "Ngày quyết định", Aliases: []string{"Ngày QĐ", "Ngày ký"}, Type: sheet.DateCol, Help: "ngày ký quyết định; bắt buộc ở dòng đầu của quyết định"},
		gIssuer:      {Header: "Cơ quan ban hành", Aliases: []string{"Cấp khen", "Cơ quan quyết định"}, Help: "ví dụ Bộ Tư pháp, Thủ tướng Chính phủ"},
		gIssuerUnit:  {Header: "Mã đơn vị ban hành", Type: sheet.CodeCol, Help: "mã đơn vị ban hành, nếu có trong sheet Đơn vị hoặc trong dữ liệu"},
		gSignerTitle: {Header: "Chức vụ người ký", Aliases: []string{"Chức danh người ký"}, Help: "ví dụ Bộ trưởng Bộ Tư pháp; bắt buộc ở dòng đầu của quyết định"},
		gSigner:      {Header: "Người ký", Aliases: []string{"Họ tên người ký"}},
		gKind:        {Header: "Hình thức khen thưởng", Aliases: []string{"Danh hiệu, hình thức khen thưởng", "Danh hiệu", "Hình thức"}, Required: true, Help: "tên (ví dụ Chiến sĩ thi đua cơ sở, Bằng khen của Bộ trưởng, Huân chương Lao động hạng Ba) hoặc mã trong danh mục"},
		gPerson:      {Header: "Mã cán bộ", Aliases: []string{"Mã CBCC", "Mã nhân sự"}, Type: sheet.CodeCol, Help: "người được khen; để trống nếu khen tập thể"},
		gName:        {Header: "Họ và tên", Aliases: []string{"Họ tên"}, Help: "không bắt buộc; nếu ghi, phải khớp với mã cán bộ"},
		gUnit:        {Header: "Mã đơn vị", Aliases: []string{"Tập thể", "Mã tập thể"}, Type: sheet.CodeCol, Help: "tập thể được khen; để trống nếu khen cá nhân"},
		gYear:        {Header: "Năm", Aliases: []string{"Năm thành tích"}, Type: sheet.IntCol, Help: "năm của thành tích (bắt buộc với danh hiệu thi đua)"},
		gFromYear:    {Header: "Từ năm", Type: sheet.IntCol, Help: "giai đoạn thành tích, năm đầu (ví dụ 2016)"},
		gToYear:      {Header: "Đến năm", Type: sheet.IntCol, Help: "giai đoạn thành tích, năm cuối (ví dụ 2020)"},
		gBasis: {Header: "Loại hình khen thưởng", Aliases: []string{"Loại hình"}, Help: "thường xuyên, đột xuất, chuyên đề, cống hiến, niên hạn, đối ngoại; để trống nếu không rõ",
			List: []string{"thường xuyên", "đột xuất", "chuyên đề", "cống hiến", "niên hạn", "đối ngoại"}},
		gMovement:   {Header: "Mã phong trào", Aliases: []string{"Phong trào thi đua"}, Type: sheet.CodeCol, Help: "mã phong trào thi đua (khen chuyên đề)"},
		gGrantID:    {Header: "Mã khen thưởng", Type: sheet.CodeCol, Help: "không bắt buộc; để trống thì đánh theo số quyết định và thứ tự dòng"},
		gDecisionID: {Header: "Mã quyết định", Type: sheet.CodeCol, Help: "không bắt buộc; để trống thì dùng số quyết định và ngày"},
	},
}

var bases = sheet.NewChoices(
	sheet.Choice{Value: int(award.Regular), Names: []string{"thường xuyên", "công trạng và thành tích", "khen thường xuyên"}},
	sheet.Choice{Value: int(award.AdHoc), Names: []string{"đột xuất", "khen đột xuất"}},
	sheet.Choice{Value: int(award.Thematic), Names: []string{"chuyên đề", "theo đợt, chuyên đề", "theo đợt", "khen chuyên đề"}},
	sheet.Choice{Value: int(award.LongService), Names: []string{"cống hiến", "quá trình cống hiến"}},
	sheet.Choice{Value: int(award.LengthOfService), Names: []string{"niên hạn", "theo niên hạn"}},
	sheet.Choice{Value: int(award.External), Names: []string{"đối ngoại", "khen đối ngoại"}},
)

// Specs returns the sheets of the award side, for a template.
func Specs() []*orgimport.Spec { return []*orgimport.Spec{&awardSpec} }
