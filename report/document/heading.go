package document

import (
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/report"
)

// The national heading (quốc hiệu và tiêu ngữ) every administrative document
// carries at its top right (Nghị định 30/2020/NĐ-CP, Phụ lục I).
const (
	NationalName  = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	NationalMotto = "Độc lập - Tự do - Hạnh phúc"
)

// Heading is the heading block of a document as Nghị định 30/2020/NĐ-CP
// lays it out: the issuing agency under its parent agency at the top left,
// the national heading at the top right, the number line ("Số: 05/BC-CTHADS")
// under the agency, the place and date line under the national heading, then
// the title of the document.
//
// The builders fill the agency lines from the store when the request leaves
// them empty, and the title from the kind of document.
type Heading struct {
	// Parent is the agency the issuer belongs to (cơ quan chủ quản), e.g.
	// "Bộ Tư pháp"; empty for none. Agency is the issuing agency, e.g. "Cục
	// Thi hành án dân sự tỉnh Đồng Tháp". Both are written in capitals.
	Parent string `json:"parent,omitempty"`
	Agency string `json:"agency,omitempty"`
	// Number is the document's number and symbol; the zero DocNumber leaves
	// the number line out.
	Number thidua.DocNumber `json:"number,omitzero"`
	// Place and Date make the place-and-date line; a zero Date leaves it
	// out.
	Place string      `json:"place,omitempty"`
	Date  thidua.Date `json:"date,omitzero"`
	// Title is the name of the document ("BÁO CÁO THÀNH TÍCH"), written in
	// capitals; Subtitle the line under it ("Đề nghị tặng Huân chương Lao
	// động hạng Ba"), written as given.
	Title    string `json:"title,omitempty"`
	Subtitle string `json:"subtitle,omitempty"`
}

// Upper writes s in capitals, Vietnamese letters included ("Cục Thi hành án
// dân sự tỉnh Đồng Tháp" → "CỤC THI HÀNH ÁN DÂN SỰ TỈNH ĐỒNG THÁP"), in NFC.
func Upper(s string) string { return vntext.NFC(strings.ToUpper(vntext.Clean(s))) }

// AgencyLines returns the agency lines of the heading in capitals: the
// parent agency, if any, then the issuing agency, if any.
func (h Heading) AgencyLines() []string {
	var ls []string
	for _, s := range []string{h.Parent, h.Agency} {
		if s = Upper(s); s != "" {
			ls = append(ls, s)
		}
	}
	return ls
}

// NumberLine returns the number line, "Số: 05/QĐ-UBND", or "" if the
// heading has no number.
func (h Heading) NumberLine() string {
	if h.Number.IsZero() {
		return ""
	}
	return h.Number.Line()
}

// PlaceDateLine returns the place-and-date line, "Đồng Tháp, ngày 05 tháng
// 02 năm 2024" (report.PlaceDate), "ngày 05 tháng 02 năm 2024" without a
// place, or "" if the heading has no date.
func (h Heading) PlaceDateLine() string {
	switch {
	case h.Date.IsZero():
		return ""
	case vntext.Clean(h.Place) == "":
		return report.DocDate(h.Date)
	}
	return report.PlaceDate(h.Place, h.Date)
}

// TitleLine returns the title in capitals.
func (h Heading) TitleLine() string { return Upper(h.Title) }

// Validate checks the heading: a valid number and date when they are set.
// The error wraps thidua.ErrInvalid.
func (h Heading) Validate() error {
	const op = "document: validate heading"
	if !h.Number.IsZero() {
		if err := h.Number.Validate(); err != nil {
			return thidua.E(op, "heading", "", "number", err)
		}
	}
	if !h.Date.IsZero() {
		if err := h.Date.Validate(); err != nil {
			return thidua.E(op, "heading", "", "date", err)
		}
	}
	return nil
}

// clean returns the heading with its text fields cleaned (NFC, single
// spaces).
func (h Heading) clean() Heading {
	h.Parent = vntext.Clean(h.Parent)
	h.Agency = vntext.Clean(h.Agency)
	h.Place = vntext.Clean(h.Place)
	h.Title = vntext.Clean(h.Title)
	h.Subtitle = vntext.Clean(h.Subtitle)
	return h
}
