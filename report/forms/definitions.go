package forms

// The forms of Thông tư 02/2023/TT-BNV (chế độ báo cáo thống kê ngành Nội
// vụ), biểu mẫu 06: thi đua, khen thưởng. Rows and columns follow the
// forms as published with the circular and as implemented in the
// open-source system of Quảng Bình (github.com/lifephongphanmem/
// thiduakhenthuong_php8, resources/views/BaoCao/TT022023/Mau0601–0603).
// Each function returns a new value the caller may change.

const basis2023 = "Thông tư số 02/2023/TT-BNV"

const receiver = "Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)"

func is(attr string, values ...string) Cond { return Cond{Attr: attr, In: values} }

func prefix(attr string, values ...string) Cond { return Cond{Attr: attr, In: values, Prefix: true} }

// Form0601 is biểu 0601.N/BNV-TĐKT, Số phong trào thi đua: the movements
// launched in the year, by the level that launched them (columns 2 to 4,
// column 1 their total), by reach (rows 02 to 05), by duration (06 to 10)
// and by kind (11, 12). Drives (đợt thi đua cao điểm) count as movements.
// Row 04 (cụm, khối thi đua) needs a movement's cluster, which the library
// does not record: its cells are empty.
func Form0601() *Form {
	return &Form{
		Code: "0601.N/BNV-TĐKT", Basis: basis2023, Title: "SỐ PHONG TRÀO THI ĐUA", Measure: "Phong trào",
		Source: Movements, Receiver: receiver,
		Columns: []Line{
			{Code: "1", Label: "Tổng số"},
			{Code: "2", Label: "Trung ương", Group: "Chia theo cấp phát động", Where: []Cond{is(AttrLaunch, "central")}},
			{Code: "3", Label: "Bộ, ngành, đoàn thể trung ương, tỉnh", Group: "Chia theo cấp phát động", Where: []Cond{is(AttrLaunch, "ministry")}},
			{Code: "4", Label: "Cơ quan, tổ chức, đơn vị", Group: "Chia theo cấp phát động", Where: []Cond{is(AttrLaunch, "unit")}},
		},
		Rows: []Line{
			{Code: "01", Label: "Tổng số"},
			{Label: "Chia theo phạm vi", Indent: 1, Heading: true},
			{Code: "02", Label: "Toàn quốc", Indent: 2, Where: []Cond{is(AttrScope, "national")}},
			{Code: "03", Label: "Bộ, ngành, địa phương", Indent: 2, Where: []Cond{is(AttrScope, "ministry")}},
			{Code: "04", Label: "Cụm, khối thi đua", Indent: 2, Where: []Cond{is(AttrCluster, "yes")}},
			{Code: "05", Label: "Cơ quan, đơn vị", Indent: 2, Where: []Cond{is(AttrScope, "unit")}},
			{Label: "Chia theo thời gian", Indent: 1, Heading: true},
			{Code: "06", Label: "Dưới 1 năm", Indent: 2, Where: []Cond{is(AttrDuration, "lt1")}},
			{Code: "07", Label: "1 năm", Indent: 2, Where: []Cond{is(AttrDuration, "1")}},
			{Code: "08", Label: "Từ 1 năm đến dưới 3 năm", Indent: 2, Where: []Cond{is(AttrDuration, "1to3")}},
			{Code: "09", Label: "Từ 3 năm đến dưới 5 năm", Indent: 2, Where: []Cond{is(AttrDuration, "3to5")}},
			{Code: "10", Label: "Từ 5 năm trở lên", Indent: 2, Where: []Cond{is(AttrDuration, "ge5")}},
			{Label: "Chia theo hình thức", Indent: 1, Heading: true},
			{Code: "11", Label: "Chuyên đề", Indent: 2, Where: []Cond{is(AttrKind, "thematic", "drive")}},
			{Code: "12", Label: "Thường xuyên hằng năm", Indent: 2, Where: []Cond{is(AttrKind, "regular")}},
		},
	}
}

// pair returns the columns "Tập thể" and "Cá nhân" of an award group.
func pair(code, group string, where ...Cond) []Line {
	return []Line{
		{Code: code + ".1", Label: "Tập thể", Group: group, Where: append(where[:len(where):len(where)], is(AttrRecipient, "collective"))},
		{Code: code + ".2", Label: "Cá nhân", Group: group, Where: append(where[:len(where):len(where)], is(AttrRecipient, "individual"))},
	}
}

// grantRows are the row breakdowns of forms 0602 and 0603: by proposing
// body, by recipient, by kind of commendation.
func grantRows() []Line {
	return []Line{
		{Code: "01", Label: "Tổng số"},
		{Label: "Chia theo cơ quan đề nghị", Indent: 1, Heading: true},
		{Code: "02", Label: "Bộ, ban, ngành, đoàn thể trung ương", Indent: 2, Where: []Cond{is(AttrBody, "ministry")}},
		{Code: "03", Label: "Tỉnh, thành phố trực thuộc trung ương", Indent: 2, Where: []Cond{is(AttrBody, "province")}},
		{Label: "Chia theo đối tượng", Indent: 1, Heading: true},
		{Code: "04", Label: "Tập thể", Indent: 2, Where: []Cond{is(AttrRecipient, "collective")}},
		{Code: "05", Label: "Trong đó: Doanh nghiệp", Indent: 3, Where: []Cond{is(AttrRecipient, "collective"), is(AttrEnterprise, "yes")}},
		{Code: "06", Label: "Hộ gia đình", Indent: 2, Where: []Cond{is(AttrHousehold, "yes")}},
		{Code: "07", Label: "Cá nhân", Indent: 2, Where: []Cond{is(AttrRecipient, "individual")}},
		{Code: "08", Label: "Trong đó: Lãnh đạo cấp bộ, tỉnh trở lên", Indent: 3, Where: []Cond{is(AttrRecipient, "individual"), is(AttrPostRank, "ministry")}},
		{Code: "09", Label: "Lãnh đạo cấp vụ, sở, ngành và tương đương", Indent: 3, Where: []Cond{is(AttrRecipient, "individual"), is(AttrPostRank, "department")}},
		{Code: "10", Label: "Doanh nhân", Indent: 3, Where: []Cond{is(AttrRecipient, "individual"), is(AttrPostRank, "business")}},
		{Code: "11", Label: "Lãnh đạo khác từ cấp phó trưởng phòng trở lên", Indent: 3, Where: []Cond{is(AttrRecipient, "individual"), is(AttrPostRank, "other-leader")}},
		{Code: "12", Label: "Người trực tiếp lao động, sản xuất, công tác", Indent: 3, Where: []Cond{is(AttrRecipient, "individual"), is(AttrPostRank, "worker")}},
		{Code: "13", Label: "Nữ", Indent: 3, Where: []Cond{is(AttrRecipient, "individual"), is(AttrGender, "female")}},
		{Label: "Chia theo loại hình khen thưởng", Indent: 1, Heading: true},
		{Code: "14", Label: "Thường xuyên", Indent: 2, Where: []Cond{is(AttrBasis, "regular")}},
		{Code: "15", Label: "Theo đợt, chuyên đề", Indent: 2, Where: []Cond{is(AttrBasis, "thematic")}},
		{Code: "16", Label: "Đột xuất", Indent: 2, Where: []Cond{is(AttrBasis, "adhoc")}},
		{Code: "17", Label: "Đối ngoại", Indent: 2, Where: []Cond{is(AttrBasis, "external")}},
		{Code: "18", Label: "Quá trình cống hiến", Indent: 2, Where: []Cond{is(AttrBasis, "long-service")}},
		{Code: "19", Label: "Niên hạn", Indent: 2, Where: []Cond{is(AttrBasis, "length-of-service")}},
		{Code: "20", Label: "Thành tích kháng chiến", Indent: 2, Where: []Cond{is(AttrResistance, "yes")}},
	}
}

// Form0602 is biểu 0602.N/BNV-TĐKT, Số lượng khen thưởng cấp nhà nước:
// the grants of the year of state-level awards (those the President or the
// Prime Minister confers), by award (columns, collectives and individuals
// apart) and by proposing body, recipient and kind of commendation (rows).
// Awards are matched by the catalogue's names, so a catalogue that adds a
// Huân chương fills its column; columns whose awards the catalogue lacks
// are empty.
func Form0602() *Form {
	state := []Cond{is(AttrLevel, "government", "state")}
	cols := []Line{{Code: "1", Label: "Tổng số"}}
	orders := []string{"Huân chương Sao vàng", "Huân chương Hồ Chí Minh", "Huân chương Độc lập", "Huân chương Quân công",
		"Huân chương Lao động", "Huân chương Bảo vệ Tổ quốc", "Huân chương Chiến công", "Huân chương Đại đoàn kết dân tộc",
		"Huân chương Dũng cảm", "Huân chương Hữu nghị"}
	n := 2
	add := func(group string, where ...Cond) {
		cols = append(cols, pair(itoa(n), group, where...)...)
		n++
	}
	for _, o := range orders {
		add(o, prefix(AttrAward, o))
	}
	add("Huy chương", prefix(AttrAward, "Huy chương"))
	add("Giải thưởng Hồ Chí Minh", prefix(AttrAward, "Giải thưởng Hồ Chí Minh"))
	add("Giải thưởng Nhà nước", prefix(AttrAward, "Giải thưởng Nhà nước"))
	honours := []string{"Anh hùng", "Bà mẹ Việt Nam anh hùng", "Nhà giáo nhân dân", "Nhà giáo ưu tú", "Thầy thuốc nhân dân",
		"Thầy thuốc ưu tú", "Nghệ sĩ nhân dân", "Nghệ sĩ ưu tú", "Nghệ nhân nhân dân", "Nghệ nhân ưu tú"}
	add("Danh hiệu vinh dự nhà nước", prefix(AttrAward, honours...))
	add("Cờ thi đua của Chính phủ", is(AttrCode, "co-chinh-phu"))
	add("Bằng khen của Thủ tướng Chính phủ", is(AttrCode, "bang-khen-ttg"))
	add("Chiến sĩ thi đua toàn quốc", is(AttrCode, "cstd-toan-quoc"))
	listed := append(append(append([]string{}, orders...), "Huy chương", "Giải thưởng Hồ Chí Minh", "Giải thưởng Nhà nước"), honours...)
	add("Hình thức khác", Cond{Attr: AttrAward, In: listed, Prefix: true, Not: true},
		Cond{Attr: AttrCode, In: []string{"co-chinh-phu", "bang-khen-ttg", "cstd-toan-quoc"}, Not: true})
	return &Form{
		Code: "0602.N/BNV-TĐKT", Basis: basis2023, Title: "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC", Measure: "Lượt",
		Source: Grants, Where: state, Receiver: receiver, Columns: cols, Rows: grantRows(),
	}
}

// Form0603 is biểu 0603.N/BNV-TĐKT, Số lượng khen thưởng cấp bộ, ban,
// ngành, đoàn thể trung ương và tỉnh: the grants of the year of awards a
// minister or a provincial chair confers, by form and by the rows of
// [Form0602].
func Form0603() *Form {
	cols := []Line{{Code: "1", Label: "Tổng số"}}
	cols = append(cols, pair("2", "Bằng khen", is(AttrCode, "bang-khen-bo"))...)
	cols = append(cols, Line{Code: "3", Label: "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", Where: []Cond{is(AttrCode, "cstd-bo")}})
	cols = append(cols, Line{Code: "4", Label: "Cờ thi đua cấp bộ, ngành, tỉnh", Where: []Cond{is(AttrCode, "co-bo")}})
	cols = append(cols, Line{Code: "5", Label: "Tập thể lao động xuất sắc", Where: []Cond{is(AttrCode, "ttld-xuat-sac")}})
	cols = append(cols, pair("6", "Huy hiệu, kỷ niệm chương", prefix(AttrAward, "Kỷ niệm chương", "Huy hiệu"))...)
	return &Form{
		Code: "0603.N/BNV-TĐKT", Basis: basis2023, Title: "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH",
		Measure: "Lượt", Source: Grants, Where: []Cond{is(AttrLevel, "ministry")}, Receiver: receiver, Columns: cols, Rows: grantRows(),
	}
}

// Forms2023 returns the forms of Thông tư 02/2023/TT-BNV this package
// computes: 0601.N, 0602.N and 0603.N.
func Forms2023() []*Form { return []*Form{Form0601(), Form0602(), Form0603()} }
