package docx

import (
	"strings"
)

// The national heading (quốc hiệu và tiêu ngữ) of every administrative
// document (Nghị định 30/2020/NĐ-CP, Phụ lục I).
const (
	NationalName  = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	NationalMotto = "Độc lập - Tự do - Hạnh phúc"
)

// Letterhead is the top of an administrative document as Nghị định
// 30/2020/NĐ-CP, Phụ lục I lays it out: a two-column table without borders,
// the parent agency (regular) and the issuing agency (bold) in capitals
// over a short rule and the number line on the left; the national name
// (bold capitals), the motto (bold) over a rule and the place-and-date line
// (italic) on the right; then the title (bold capitals) and the subtitle
// (trích yếu, bold) over a short rule, centred. Empty lines are left out.
type Letterhead struct {
	Parent    string // cơ quan chủ quản: "Bộ Tư pháp"
	Agency    string // cơ quan ban hành: "Cục Thi hành án dân sự tỉnh Đồng Tháp"
	Number    string // "Số: 05/BC-CTHADS"
	PlaceDate string // "Đồng Tháp, ngày 05 tháng 02 năm 2024"
	Title     string // "BÁO CÁO THÀNH TÍCH"
	Subtitle  string // "Đề nghị tặng Huân chương Lao động hạng Ba"
}

// upper writes s in capitals (Vietnamese letters included: strings.ToUpper
// maps every letter of the Vietnamese alphabet, precomposed or not).
func upper(s string) string { return strings.ToUpper(s) }

// Blocks returns the letterhead for a document laid out on page.
func (l Letterhead) Blocks(page Page) []Block {
	width := page.TextWidth()
	lw := width * 0.4
	rw := width - lw
	var left, right []*Paragraph
	if l.Parent != "" {
		left = append(left, &Paragraph{Runs: []Run{{Text: upper(l.Parent), Size: 13}}, Align: Center})
	}
	if l.Agency != "" {
		left = append(left, &Paragraph{Runs: []Run{{Text: upper(l.Agency), Size: 13, Bold: true}}, Align: Center},
			&Paragraph{Rule: min(25, lw-2), Align: Center, Before: 2})
	}
	right = append(right, &Paragraph{Runs: []Run{{Text: NationalName, Size: 13, Bold: true}}, Align: Center},
		&Paragraph{Runs: []Run{{Text: NationalMotto, Size: 14, Bold: true}}, Align: Center},
		&Paragraph{Rule: min(62, rw-2), Align: Center, Before: 2})
	if l.Number != "" || l.PlaceDate != "" {
		// Number and date on one row, below both columns' heads.
		for len(left) < len(right) {
			left = append(left, &Paragraph{Rule: 0})
		}
		left = append(left, &Paragraph{Runs: []Run{{Text: l.Number, Size: 13}}, Align: Center, Before: 6})
		right = append(right, &Paragraph{Runs: []Run{{Text: l.PlaceDate, Size: 14, Italic: true}}, Align: Center, Before: 6})
	}
	head := &Table{Widths: []float64{lw, rw}}
	head.Rows = []TableRow{{Cells: []TableCell{{Paras: left}, {Paras: right}}, CantSplit: true}}
	blocks := []Block{head}
	if l.Title != "" {
		blocks = append(blocks, &Paragraph{Runs: []Run{{Text: upper(l.Title), Bold: true}}, Align: Center, Before: 18, KeepNext: true})
	}
	if l.Subtitle != "" {
		blocks = append(blocks, &Paragraph{Runs: []Run{{Text: l.Subtitle, Bold: true}}, Align: Center, KeepNext: true})
	}
	if l.Title != "" || l.Subtitle != "" {
		blocks = append(blocks, &Paragraph{Rule: 30, Align: Center, Before: 4, After: 12})
	}
	return blocks
}

// Signature is the foot of an administrative document (Nghị định
// 30/2020/NĐ-CP, Phụ lục I): "Nơi nhận:" (bold italic, 12 pt) and its
// list (11 pt) at the bottom left, the signature block at the bottom right
// — the authority ("KT. CỤC TRƯỞNG", "TM. ỦY BAN NHÂN DÂN") and the title of
// the signer in bold capitals, room for the signature and the seal, the
// signer's name in bold — in a two-column table without borders kept on
// one page.
type Signature struct {
	// Recipients are the lines of "Nơi nhận:", without the leading dash
	// ("Như trên;", "Lưu: VT, TĐKT."); none leaves the list out.
	Recipients []string
	Authority  string
	Title      string
	Name       string
}

// IsZero reports whether the signature has nothing to show.
func (s Signature) IsZero() bool {
	return len(s.Recipients) == 0 && s.Authority == "" && s.Title == "" && s.Name == ""
}

// Block returns the foot as a table for a document laid out on page.
func (s Signature) Block(page Page) *Table {
	width := page.TextWidth()
	lw := width * 0.45
	var left, right []*Paragraph
	if len(s.Recipients) > 0 {
		left = append(left, &Paragraph{Runs: []Run{{Text: "Nơi nhận:", Bold: true, Italic: true, Size: 12}}})
		for _, r := range s.Recipients {
			left = append(left, &Paragraph{Runs: []Run{{Text: "- " + r, Size: 11}}})
		}
	}
	for _, t := range []string{s.Authority, s.Title} {
		if t != "" {
			right = append(right, &Paragraph{Runs: []Run{{Text: upper(t), Bold: true}}, Align: Center})
		}
	}
	if s.Name != "" {
		for range 4 {
			right = append(right, &Paragraph{})
		}
		right = append(right, &Paragraph{Runs: []Run{{Text: s.Name, Bold: true}}, Align: Center})
	}
	return &Table{Widths: []float64{lw, width - lw}, Rows: []TableRow{{
		Cells:     []TableCell{{Paras: left}, {Paras: right}},
		CantSplit: true,
	}}}
}
