package document

import (
	"cmp"
	"fmt"
	"strconv"

	"github.com/thidua-go/thidua/report"
)

// Layouter is implemented by documents the office formats (DOCX, XLSX)
// can write: the standard documents of this package, and a caller's own
// document type that returns its [Layout]. It is an optional capability,
// found by type assertion, as in database/sql/driver.
type Layouter interface {
	Document
	Layout() *Layout
}

// Layout is a document as the office formats lay it out: the heading of
// Nghị định 30/2020/NĐ-CP, the body as a list of blocks, "Nơi nhận:" and the
// signature block. DOCX writes everything but the tables marked SheetOnly;
// XLSX writes every table, one sheet each, under the document's title.
type Layout struct {
	Heading Heading
	Body    []Block
	// Recipients are the lines of "Nơi nhận:" ("Như trên;", "Lưu: VT.");
	// none leaves the list out.
	Recipients []string
	Signer     Signer
	// Landscape lays the pages out across, for wide tables.
	Landscape bool
}

// BlockKind is the kind of a [Block].
type BlockKind int

// Kinds of blocks.
const (
	// SectionTitle is the title of a part: "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH".
	SectionTitle BlockKind = iota + 1
	// SubTitle is a numbered heading inside a part: "1. Kết quả đạt được".
	SubTitle
	// Body is a paragraph of text, justified, its first line indented.
	Body
	// Item is a line of a list: "- Tên tập thể: …", "+ Ông …".
	Item
	// TableBlock is a table.
	TableBlock
	// Note is a remark in italics: "Ghi chú: …".
	Note
)

// Block is one part of a layout's body: text of some kind, or a table.
type Block struct {
	Kind  BlockKind
	Text  string
	Table *Table
}

func text(k BlockKind, s string) Block { return Block{Kind: k, Text: s} }

func tableBlock(t Table) Block { return Block{Kind: TableBlock, Table: &t} }

// Layout lays the achievement report out: I. the unit's or the person's
// details, II. the achievements (the narrative sections, the ratings, the
// initiatives), III. the awards received (tables of titles and of forms),
// as the text template does; the ratings and initiatives also as tables
// for spreadsheets.
func (r *AchievementReport) Layout() *Layout {
	l := &Layout{Heading: r.Heading, Signer: r.Signer, Recipients: r.Recipients}
	add := func(k BlockKind, s string) { l.Body = append(l.Body, text(k, s)) }
	fields := func(fs []Field) {
		for _, f := range fs {
			add(Item, "- "+f.Label+": "+f.Value)
		}
	}
	if u := r.Unit; u != nil {
		add(SectionTitle, "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH")
		add(Item, "- Tên tập thể: "+u.Name)
		if u.Address != "" {
			add(Item, "- Địa chỉ: "+u.Address)
		}
		if len(u.Leaders) > 0 {
			add(Item, "- Lãnh đạo đơn vị:")
			for _, ld := range u.Leaders {
				add(Item, "+ "+ld.Line())
			}
		}
		staff := "- Tổng số cán bộ, công chức, người lao động: " + report.Count(u.Staff, "người")
		if u.Women > 0 {
			staff += " (trong đó nữ: " + report.Count(u.Women, "người") + ")"
		}
		add(Item, staff)
		if len(u.Subunits) > 0 {
			add(Item, "- Các đơn vị trực thuộc: "+report.JoinList(u.Subunits...))
		}
		fields(u.Details)
		for _, h := range u.History {
			add(Body, h)
		}
	}
	if p := r.Person; p != nil {
		add(SectionTitle, "I. SƠ LƯỢC LÝ LỊCH")
		add(Item, "- Họ và tên: "+p.FullName)
		if g := p.Gender.String(); g != "" {
			add(Item, "- Giới tính: "+g)
		}
		if !p.BirthDate.IsZero() {
			add(Item, "- Ngày, tháng, năm sinh: "+report.NewsDate(p.BirthDate))
		}
		if p.Post != "" {
			post := p.Post
			if p.Unit != "" {
				post += " " + p.Unit
			}
			add(Item, "- Chức vụ, đơn vị công tác: "+post)
		}
		if !p.Recruited.IsZero() {
			add(Item, "- Ngày tuyển dụng: "+report.NewsDate(p.Recruited))
		}
		fields(p.Details)
	}
	add(SectionTitle, "II. THÀNH TÍCH ĐẠT ĐƯỢC")
	n := 0
	for _, s := range r.Sections {
		n++
		add(SubTitle, strconv.Itoa(n)+". "+s.Title)
		for _, para := range s.Paragraphs {
			add(Body, para)
		}
	}
	if len(r.Results) > 0 {
		n++
		add(SubTitle, strconv.Itoa(n)+". Kết quả thực hiện chỉ tiêu thi đua")
		for _, m := range r.Results {
			add(Item, "- "+m.Line()+".")
		}
	}
	if len(r.Ratings) > 0 {
		n++
		add(SubTitle, strconv.Itoa(n)+". Kết quả xếp loại chất lượng")
		t := Table{Title: "Xếp loại chất lượng", Header: []string{"Năm", "Xếp loại"}, Right: []bool{true}, SheetOnly: true}
		for _, y := range r.Ratings {
			add(Item, "- Năm "+strconv.Itoa(y.Year)+": "+fmt.Sprint(y.Rating))
			t.Rows = append(t.Rows, []string{strconv.Itoa(y.Year), fmt.Sprint(y.Rating)})
		}
		l.Body = append(l.Body, tableBlock(t))
	}
	if len(r.Initiatives) > 0 {
		n++
		add(SubTitle, strconv.Itoa(n)+". Sáng kiến, đề tài khoa học")
		t := Table{Title: "Sáng kiến", Header: []string{"STT", "Tên sáng kiến, đề tài", "Loại", "Cấp", "Cơ quan công nhận", "Quyết định", "Ngày công nhận", "Tác giả"},
			Right: []bool{true}, SheetOnly: true}
		for i, in := range r.Initiatives {
			line := "- " + in.Title + " (" + in.Kind + " cấp " + in.Level + "), " + in.RecognisedBy + " công nhận"
			if in.Decision != "" {
				line += " tại Quyết định số " + in.Decision
			}
			line += " ngày " + report.NewsDate(in.Recognised)
			if len(in.Authors) > 0 {
				line += "; tác giả: " + report.JoinList(in.Authors...)
			}
			add(Item, line)
			t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), in.Title, in.Kind, in.Level, in.RecognisedBy, in.Decision,
				report.NewsDate(in.Recognised), report.JoinList(in.Authors...)})
		}
		l.Body = append(l.Body, tableBlock(t))
	}
	add(SectionTitle, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")
	for i, part := range []struct {
		title string
		rows  []AwardRow
		table func() Table
	}{
		{"Danh hiệu thi đua", r.Titles, r.TitlesTable},
		{"Hình thức khen thưởng", r.Forms, r.FormsTable},
	} {
		add(SubTitle, strconv.Itoa(i+1)+". "+part.title)
		if len(part.rows) == 0 {
			add(Body, "Không có.")
			continue
		}
		t := part.table()
		t.Title = part.title
		l.Body = append(l.Body, tableBlock(t))
	}
	return l
}

// Layout lays the nomination list out as the text template does — one part
// per award kind with its head line and the numbered nominees — and, for
// spreadsheets, as one table of every nominee.
func (n *Nominations) Layout() *Layout {
	l := &Layout{Heading: n.Heading, Signer: n.Signer, Recipients: n.Recipients}
	t := Table{Title: "Danh sách đề nghị", Header: []string{"STT", "Hình thức khen thưởng", "Đối tượng", "Tên tập thể, cá nhân", "Chức vụ, đơn vị"},
		Right: []bool{true}, SheetOnly: true, Continue: []bool{false, true}}
	k := 0
	for i, g := range n.Groups {
		numeral := g.Numeral
		if numeral == "" {
			numeral = roman(i + 1)
		}
		l.Body = append(l.Body, text(SectionTitle, numeral+". "+g.Line()))
		first := true
		for j, x := range g.Nominees() {
			l.Body = append(l.Body, text(Item, strconv.Itoa(j+1)+". "+x.Line))
			k++
			kind := "Cá nhân"
			if x.Recipient.Unit != "" {
				kind = "Tập thể"
			}
			award := ""
			if first {
				award, first = g.Award, false
			}
			t.Rows = append(t.Rows, []string{strconv.Itoa(k), award, kind, x.Name, x.Line})
		}
	}
	if len(n.Groups) == 0 {
		l.Body = append(l.Body, text(Body, "Không có đề nghị."))
	}
	l.Body = append(l.Body, tableBlock(t))
	return l
}

// StatisticsNote is the remark under a statistics table that selects
// grants by decision date (the default); StatisticsNoteByAchievement the
// one under a table that selects them by achievement year
// (report.SelectByAchievementYear). [Statistics.Note] holds the one that
// applies.
const (
	StatisticsNote              = "Ghi chú: số lượt khen thưởng, tính theo năm ban hành quyết định; không tính các khen thưởng đã bị hủy bỏ."
	StatisticsNoteByAchievement = "Ghi chú: số lượt khen thưởng, tính theo năm đạt thành tích; không tính các khen thưởng đã bị hủy bỏ."
)

// statisticsNote is the remark under a table selecting grants by sel.
func statisticsNote(sel report.Selection) string {
	if sel == report.SelectByAchievementYear {
		return StatisticsNoteByAchievement
	}
	return StatisticsNote
}

// Layout lays the statistics table out: the unit, the table with the
// years grouped under one label and each award's name merged over its
// lines, and the note; across the page when there are more than five
// years.
func (s *Statistics) Layout() *Layout {
	t := s.Table()
	t.Title = "Thống kê khen thưởng"
	if len(s.Years) > 0 {
		t.Groups = []ColumnGroup{{Label: "Số lượt khen thưởng theo năm", From: 3, To: 2 + len(s.Years)}}
	}
	t.Continue = []bool{true, true}
	t.Widths = []float64{5, 30, 10}
	for range s.Years {
		t.Widths = append(t.Widths, 7)
	}
	t.Widths = append(t.Widths, 9)
	return &Layout{
		Heading:    s.Heading,
		Body:       []Block{text(Body, "Đơn vị: "+s.Unit), tableBlock(t), text(Note, cmp.Or(s.Note, StatisticsNote))},
		Recipients: s.Recipients,
		Signer:     s.Signer,
		Landscape:  len(s.Years) > 5,
	}
}
