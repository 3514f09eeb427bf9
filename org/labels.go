package org

import "strconv"

// Valid reports whether k is one of the known kinds of restructuring.
func (k SuccessionKind) Valid() bool { return k >= Rename && k <= Split }

// String returns the Vietnamese name of the kind ("đổi tên", "hợp nhất",
// "chia tách").
func (k SuccessionKind) String() string {
	switch k {
	case Rename:
		return "đổi tên"
	case Merge:
		return "hợp nhất"
	case Split:
		return "chia tách"
	}
	return "SuccessionKind(" + strconv.Itoa(int(k)) + ")"
}

// Valid reports whether g is one of the known genders (GenderUnknown included).
func (g Gender) Valid() bool { return g >= GenderUnknown && g <= Female }

// String returns "Nam", "Nữ", or "" for GenderUnknown.
func (g Gender) String() string {
	switch g {
	case GenderUnknown:
		return ""
	case Male:
		return "Nam"
	case Female:
		return "Nữ"
	}
	return "Gender(" + strconv.Itoa(int(g)) + ")"
}

// Valid reports whether r is one of the known ratings (NotRated included).
func (r Rating) Valid() bool { return r >= NotRated && r <= Excellent }

// String returns the rating as official documents write it
// ("Hoàn thành xuất sắc nhiệm vụ"), or "Chưa xếp loại" for NotRated.
func (r Rating) String() string {
	switch r {
	case NotRated:
		return "Chưa xếp loại"
	case Failed:
		return "Không hoàn thành nhiệm vụ"
	case Completed:
		return "Hoàn thành nhiệm vụ"
	case CompletedWell:
		return "Hoàn thành tốt nhiệm vụ"
	case Excellent:
		return "Hoàn thành xuất sắc nhiệm vụ"
	}
	return "Rating(" + strconv.Itoa(int(r)) + ")"
}

// Valid reports whether r is one of the known absence reasons.
func (r AbsenceReason) Valid() bool { return r >= AbsenceOther && r <= AbsenceTraining }

// String returns the Vietnamese name of the reason.
func (r AbsenceReason) String() string {
	switch r {
	case AbsenceOther:
		return "nghỉ khác"
	case AbsenceMaternity:
		return "nghỉ thai sản"
	case AbsenceSick:
		return "nghỉ ốm"
	case AbsenceInjuryOnDuty:
		return "điều trị thương tích khi làm nhiệm vụ"
	case AbsenceTraining:
		return "đi học, bồi dưỡng"
	}
	return "AbsenceReason(" + strconv.Itoa(int(r)) + ")"
}

// CountsAsWork reports whether days absent for r count as working time for
// the title Lao động tiên tiến: maternity leave and treatment of injuries
// suffered in combat or rescue do (NĐ 65/2014 art. 5; NĐ 91/2017 art. 10; NĐ
// 98/2023 art. 4). Every other absence counts against the 40-day limit.
//
// Training is counted as absence here: NĐ 91/2017 art. 10 lets training
// with a "khá" result combine with working time, but the result is not
// recorded in PersonYear, so the eligibility rules decide [?].
func (r AbsenceReason) CountsAsWork() bool {
	return r == AbsenceMaternity || r == AbsenceInjuryOnDuty
}

// Valid reports whether f is one of the known discipline forms.
func (f DisciplineForm) Valid() bool { return f >= KhienTrach && f <= BuocThoiViec }

// String returns the form as documents write it ("khiển trách", "cảnh cáo"…).
func (f DisciplineForm) String() string {
	switch f {
	case KhienTrach:
		return "khiển trách"
	case CanhCao:
		return "cảnh cáo"
	case HaBacLuong:
		return "hạ bậc lương"
	case GiangChuc:
		return "giáng chức"
	case CachChuc:
		return "cách chức"
	case BuocThoiViec:
		return "buộc thôi việc"
	}
	return "DisciplineForm(" + strconv.Itoa(int(f)) + ")"
}
