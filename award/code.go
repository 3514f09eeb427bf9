package award

// Code is the stable code of an award kind in a [Catalogue]. The codes below
// are the kinds the library knows; a ministry adds its own codes (for a
// sector Kỷ niệm chương, say) to its catalogue without editing the library.
type Code string

// Emulation titles (danh hiệu thi đua).
const (
	LDTT         Code = "ldtt"           // Lao động tiên tiến
	CSTDCS       Code = "cstd-co-so"     // Chiến sĩ thi đua cơ sở
	CSTDBo       Code = "cstd-bo"        // Chiến sĩ thi đua cấp bộ, ngành, tỉnh
	CSTDToanQuoc Code = "cstd-toan-quoc" // Chiến sĩ thi đua toàn quốc
	TTLDTT       Code = "ttld-tien-tien" // Tập thể lao động tiên tiến
	TTLDXS       Code = "ttld-xuat-sac"  // Tập thể lao động xuất sắc
	CoBo         Code = "co-bo"          // Cờ thi đua cấp bộ, ngành, tỉnh
	CoChinhPhu   Code = "co-chinh-phu"   // Cờ thi đua của Chính phủ
)

// Forms of commendation (hình thức khen thưởng).
const (
	GiayKhen     Code = "giay-khen"     // Giấy khen
	BangKhenBo   Code = "bang-khen-bo"  // Bằng khen cấp bộ, ngành, tỉnh
	BangKhenTTg  Code = "bang-khen-ttg" // Bằng khen của Thủ tướng Chính phủ
	HCLD3        Code = "hcld-3"        // Huân chương Lao động hạng Ba
	HCLD2        Code = "hcld-2"        // Huân chương Lao động hạng Nhì
	HCLD1        Code = "hcld-1"        // Huân chương Lao động hạng Nhất
	HCDocLap3    Code = "hcdl-3"        // Huân chương Độc lập hạng Ba
	KyNiemChuong Code = "knc"           // Kỷ niệm chương (generic; sectors add their own)
)

// More forms of commendation known to the default and justice catalogues.
const (
	HCDocLap2 Code = "hcdl-2"      // Huân chương Độc lập hạng Nhì
	HCDocLap1 Code = "hcdl-1"      // Huân chương Độc lập hạng Nhất
	KNCTuPhap Code = "knc-tu-phap" // Kỷ niệm chương "Vì sự nghiệp Tư pháp" (JusticeCatalogue only)
)

// Name returns the official Vietnamese name, with its capitalisation, of a
// code the library knows ("Huân chương Lao động hạng Ba"), or the code
// itself for another. The default and justice catalogues take their names
// from here; a caller's catalogue may name its own kinds as it likes.
func (c Code) Name() string {
	switch c {
	case LDTT:
		return "Lao động tiên tiến"
	case CSTDCS:
		return "Chiến sĩ thi đua cơ sở"
	case CSTDBo:
		return "Chiến sĩ thi đua cấp bộ, ngành, tỉnh"
	case CSTDToanQuoc:
		return "Chiến sĩ thi đua toàn quốc"
	case TTLDTT:
		return "Tập thể lao động tiên tiến"
	case TTLDXS:
		return "Tập thể lao động xuất sắc"
	case CoBo:
		return "Cờ thi đua cấp bộ, ngành, tỉnh"
	case CoChinhPhu:
		return "Cờ thi đua của Chính phủ"
	case GiayKhen:
		return "Giấy khen"
	case BangKhenBo:
		return "Bằng khen cấp bộ, ngành, tỉnh"
	case BangKhenTTg:
		return "Bằng khen của Thủ tướng Chính phủ"
	case HCLD3:
		return "Huân chương Lao động hạng Ba"
	case HCLD2:
		return "Huân chương Lao động hạng Nhì"
	case HCLD1:
		return "Huân chương Lao động hạng Nhất"
	case HCDocLap3:
		return "Huân chương Độc lập hạng Ba"
	case HCDocLap2:
		return "Huân chương Độc lập hạng Nhì"
	case HCDocLap1:
		return "Huân chương Độc lập hạng Nhất"
	case KyNiemChuong:
		return "Kỷ niệm chương"
	case KNCTuPhap:
		return `Kỷ niệm chương "Vì sự nghiệp Tư pháp"`
	}
	return string(c)
}
