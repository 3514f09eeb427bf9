package orgimport

import (
	"github.com/thidua-go/thidua/internal/sheet"
	"github.com/thidua-go/thidua/org"
)

// Sheet names of the organisation side of a workbook.
const (
	SheetUnits       = "Đơn vị"
	SheetPeople      = "Cán bộ"
	SheetRatings     = "Xếp loại"
	SheetAbsences    = "Ngày nghỉ"
	SheetDisciplines = "Kỷ luật"
)

// Columns of the units sheet.
const (
	uCode = iota
	uName
	uShort
	uLevel
	uParent
	uFrom
	uTo
)

var unitSpec = sheet.Spec{
	Name:    SheetUnits,
	Aliases: []string{"Đơn vị", "Danh sách đơn vị", "Cơ quan, đơn vị"},
	Help:    "Mỗi dòng một cơ quan, đơn vị. Đơn vị cấp trên ghi trước hoặc sau đều được; đơn vị cấp trên phải có trong sheet này hoặc đã có trong dữ liệu.",
	Cols: []sheet.Col{
		uCode:   {Header: "Mã đơn vị", Required: true, Type: sheet.CodeCol, Help: "mã riêng của đơn vị, không trùng, ví dụ CTHADS-DT"},
		uName:   {Header: "Tên đơn vị", Aliases: []string{"Tên cơ quan, đơn vị"}, Required: true, Help: "tên chính thức, ví dụ Cục Thi hành án dân sự tỉnh Đồng Tháp"},
		uShort:  {Header: "Tên viết tắt", Aliases: []string{"Tên ngắn"}, Help: "ví dụ Cục THADS Đồng Tháp (không bắt buộc)"},
		uLevel:  {Header: "Cấp", Aliases: []string{"Cấp đơn vị"}, Type: sheet.CodeCol, Help: "mã hoặc tên cấp của đơn vị trong thang cấp đang dùng"},
		uParent: {Header: "Mã đơn vị cấp trên", Aliases: []string{"Đơn vị cấp trên"}, Type: sheet.CodeCol, Help: "mã đơn vị cấp trên; để trống nếu là đơn vị gốc"},
		uFrom:   {Header: "Ngày thành lập", Aliases: []string{"Từ ngày"}, Required: true, Type: sheet.DateCol, Help: "ngày/tháng/năm, ví dụ 01/07/2009"},
		uTo:     {Header: "Ngày kết thúc", Aliases: []string{"Đến ngày", "Ngày giải thể"}, Type: sheet.DateCol, Help: "ngày cuối cùng đơn vị tồn tại; để trống nếu còn hoạt động"},
	},
}

// Columns of the people sheet.
const (
	pCode = iota
	pName
	pGender
	pBirth
	pRecruited
	pUnit
	pPosition
	pFrom
	pTo
	pConcurrent
)

var peopleSpec = sheet.Spec{
	Name:    SheetPeople,
	Aliases: []string{"Cán bộ, công chức", "Danh sách cán bộ", "Nhân sự", "Quá trình công tác"},
	Help:    "Mỗi dòng một chức vụ của một người. Người giữ nhiều chức vụ (kể cả kiêm nhiệm, hoặc các chức vụ trước đây) ghi nhiều dòng cùng mã cán bộ; họ tên, giới tính, ngày sinh, ngày tuyển dụng chỉ cần ghi ở dòng đầu.",
	Cols: []sheet.Col{
		pCode:       {Header: "Mã cán bộ", Aliases: []string{"Mã CBCC", "Mã nhân sự", "Mã số cán bộ"}, Required: true, Type: sheet.CodeCol, Help: "mã riêng của người, không trùng"},
		pName:       {Header: "Họ và tên", Aliases: []string{"Họ tên"}, Help: "họ và tên đầy đủ, có dấu"},
		pGender:     {Header: "Giới tính", Help: "Nam hoặc Nữ", List: []string{"Nam", "Nữ"}},
		pBirth:      {Header: "Ngày sinh", Type: sheet.DateCol, Help: "ngày/tháng/năm"},
		pRecruited:  {Header: "Ngày tuyển dụng", Type: sheet.DateCol, Help: "ngày/tháng/năm"},
		pUnit:       {Header: "Mã đơn vị", Aliases: []string{"Đơn vị"}, Type: sheet.CodeCol, Help: "mã đơn vị nơi giữ chức vụ"},
		pPosition:   {Header: "Chức vụ", Aliases: []string{"Chức danh", "Chức vụ, chức danh"}, Help: "ví dụ Chi cục trưởng, Chấp hành viên, Thư ký thi hành án"},
		pFrom:       {Header: "Từ ngày", Aliases: []string{"Ngày bổ nhiệm"}, Type: sheet.DateCol, Help: "ngày bắt đầu giữ chức vụ"},
		pTo:         {Header: "Đến ngày", Type: sheet.DateCol, Help: "ngày cuối giữ chức vụ; để trống nếu đang giữ"},
		pConcurrent: {Header: "Kiêm nhiệm", Type: sheet.BoolCol, Help: "ghi x nếu là chức vụ kiêm nhiệm"},
	},
}

// Columns of the ratings sheet.
const (
	rPerson = iota
	rName
	rUnit
	rYear
	rRating
	rDays
	rExceeded
)

var ratingSpec = sheet.Spec{
	Name:    SheetRatings,
	Aliases: []string{"Xếp loại chất lượng", "Đánh giá, xếp loại", "Đánh giá xếp loại"},
	Help:    "Mỗi dòng một kết quả xếp loại chất lượng của một năm: của một người (ghi mã cán bộ; mã đơn vị là đơn vị xếp loại, có thể để trống) hoặc của một tập thể (chỉ ghi mã đơn vị).",
	Cols: []sheet.Col{
		rPerson: {Header: "Mã cán bộ", Aliases: []string{"Mã CBCC", "Mã nhân sự"}, Type: sheet.CodeCol, Help: "để trống nếu là xếp loại tập thể"},
		rName:   {Header: "Họ và tên", Aliases: []string{"Họ tên"}, Help: "không bắt buộc; nếu ghi, phải khớp với họ tên của mã cán bộ"},
		rUnit:   {Header: "Mã đơn vị", Aliases: []string{"Đơn vị"}, Type: sheet.CodeCol, Help: "đơn vị xếp loại (cá nhân) hoặc tập thể được xếp loại"},
		rYear:   {Header: "Năm", Required: true, Type: sheet.IntCol, Help: "năm được xếp loại, ví dụ 2024"},
		rRating: {Header: "Xếp loại", Aliases: []string{"Kết quả xếp loại", "Mức xếp loại"}, Required: true, Type: sheet.CodeCol, Help: "HTXSNV, HTTNV, HTNV, KHTNV hoặc viết đủ: Hoàn thành xuất sắc nhiệm vụ…",
			List: []string{"HTXSNV", "HTTNV", "HTNV", "KHTNV", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ", "Chưa xếp loại"}},
		rDays:     {Header: "Số ngày làm việc", Aliases: []string{"Ngày làm việc", "Số ngày công"}, Type: sheet.IntCol, Help: "số ngày làm việc thực tế trong năm (cá nhân)"},
		rExceeded: {Header: "Vượt chỉ tiêu", Type: sheet.BoolCol, Help: "ghi x nếu tập thể hoàn thành vượt mức các chỉ tiêu"},
	},
}

// Columns of the absences sheet.
const (
	aPerson = iota
	aYear
	aReason
	aDays
)

var absenceSpec = sheet.Spec{
	Name:    SheetAbsences,
	Aliases: []string{"Nghỉ", "Số ngày nghỉ", "Nghỉ phép"},
	Help:    "Mỗi dòng số ngày nghỉ của một người trong một năm vì một lý do. Năm đó của người đó phải có dòng trong sheet Xếp loại.",
	Cols: []sheet.Col{
		aPerson: {Header: "Mã cán bộ", Aliases: []string{"Mã CBCC", "Mã nhân sự"}, Required: true, Type: sheet.CodeCol},
		aYear:   {Header: "Năm", Required: true, Type: sheet.IntCol},
		aReason: {Header: "Lý do nghỉ", Aliases: []string{"Lý do"}, Required: true, Help: "nghỉ thai sản, nghỉ ốm, điều trị thương tích khi làm nhiệm vụ, đi học, nghỉ khác",
			List: []string{"nghỉ thai sản", "nghỉ ốm", "điều trị thương tích khi làm nhiệm vụ", "đi học", "nghỉ khác"}},
		aDays: {Header: "Số ngày", Aliases: []string{"Số ngày nghỉ"}, Required: true, Type: sheet.IntCol},
	},
}

// Columns of the disciplines sheet.
const (
	dID = iota
	dPerson
	dForm
	dNumber
	dDecided
	dFrom
	dTo
)

var disciplineSpec = sheet.Spec{
	Name:    SheetDisciplines,
	Aliases: []string{"Kỷ luật", "Xử lý kỷ luật"},
	Help:    "Mỗi dòng một quyết định kỷ luật đối với một người.",
	Cols: []sheet.Col{
		dID:     {Header: "Mã kỷ luật", Type: sheet.CodeCol, Help: "không bắt buộc; để trống thì dùng mã cán bộ và số quyết định"},
		dPerson: {Header: "Mã cán bộ", Aliases: []string{"Mã CBCC", "Mã nhân sự"}, Required: true, Type: sheet.CodeCol},
		dForm: {Header: "Hình thức kỷ luật", Aliases: []string{"Hình thức"}, Required: true, Help: "khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc",
			List: []string{"khiển trách", "cảnh cáo", "hạ bậc lương", "giáng chức", "cách chức", "buộc thôi việc"}},
		dNumber:  {Header: "Số quyết định", Aliases: []string{"Số QĐ"}, Type: sheet.CodeCol, Help: "ví dụ 12/QĐ-CTHADS"},
		dDecided: {Header: "Ngày quyết định", Aliases: []string{"Ngày QĐ"}, Required: true, Type: sheet.DateCol},
		dFrom:    {Header: "Hiệu lực từ", Aliases: []string{"Có hiệu lực từ"}, Type: sheet.DateCol, Help: "để trống thì là ngày quyết định"},
		dTo:      {Header: "Hiệu lực đến", Aliases: []string{"Có hiệu lực đến"}, Required: true, Type: sheet.DateCol, Help: "ngày cuối cùng kỷ luật còn hiệu lực"},
	},
}

// ratings are the words of the yearly quality rating (Nghị định 90/2020/NĐ-CP,
// Điều 2, amended by Nghị định 48/2023/NĐ-CP), with the abbreviations
// agencies use.
var ratings = sheet.NewChoices(
	sheet.Choice{Value: int(org.Excellent), Names: []string{"HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc", "HTXS"}},
	sheet.Choice{Value: int(org.CompletedWell), Names: []string{"HTTNV", "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt", "HTT"}},
	sheet.Choice{Value: int(org.Completed), Names: []string{"HTNV", "Hoàn thành nhiệm vụ", "HT"}},
	sheet.Choice{Value: int(org.Failed), Names: []string{"KHTNV", "Không hoàn thành nhiệm vụ", "Không hoàn thành", "KHT"}},
	sheet.Choice{Value: int(org.NotRated), Names: []string{"Chưa xếp loại", "Không xếp loại", "CXL"}},
)

var genders = sheet.NewChoices(
	sheet.Choice{Value: int(org.Male), Names: []string{"Nam", "M", "Male"}},
	sheet.Choice{Value: int(org.Female), Names: []string{"Nữ", "F", "Female"}},
)

var absenceReasons = sheet.NewChoices(
	sheet.Choice{Value: int(org.AbsenceMaternity), Names: []string{"nghỉ thai sản", "thai sản"}},
	sheet.Choice{Value: int(org.AbsenceSick), Names: []string{"nghỉ ốm", "ốm", "ốm đau", "nghỉ ốm đau"}},
	sheet.Choice{Value: int(org.AbsenceInjuryOnDuty), Names: []string{"điều trị thương tích khi làm nhiệm vụ", "điều trị thương tích", "thương tích khi làm nhiệm vụ"}},
	sheet.Choice{Value: int(org.AbsenceTraining), Names: []string{"đi học", "đi học, bồi dưỡng", "học tập", "bồi dưỡng", "đào tạo"}},
	sheet.Choice{Value: int(org.AbsenceOther), Names: []string{"nghỉ khác", "khác", "việc riêng", "nghỉ việc riêng", "nghỉ không lương"}},
)

var disciplineForms = sheet.NewChoices(
	sheet.Choice{Value: int(org.KhienTrach), Names: []string{"khiển trách"}},
	sheet.Choice{Value: int(org.CanhCao), Names: []string{"cảnh cáo"}},
	sheet.Choice{Value: int(org.HaBacLuong), Names: []string{"hạ bậc lương"}},
	sheet.Choice{Value: int(org.GiangChuc), Names: []string{"giáng chức"}},
	sheet.Choice{Value: int(org.CachChuc), Names: []string{"cách chức"}},
	sheet.Choice{Value: int(org.BuocThoiViec), Names: []string{"buộc thôi việc"}},
)

// Specs returns the sheets of the organisation side, in import order, for
// a template or documentation.
func Specs() []*Spec {
	return []*Spec{&unitSpec, &peopleSpec, &ratingSpec, &absenceSpec, &disciplineSpec}
}
