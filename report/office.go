package report

import (
	"bytes"
	"io"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/report/docx"
	"github.com/thidua-go/thidua/report/xlsx"
)

// SummaryTitle is the default title of a period summary as a document.
const SummaryTitle = "Báo cáo thành tích thi đua, khen thưởng"

// ResultsTitle heads the results against the targets of the movements in
// every renderer of a summary, as the achievement report heads them.
const ResultsTitle = "Kết quả thực hiện chỉ tiêu thi đua"

// OfficeOptions are what a period summary needs to be an administrative
// document (Word) or a workbook (Excel) besides its figures; nil means the
// defaults.
type OfficeOptions struct {
	// Phrases writes the paragraphs; nil means the defaults.
	Phrases *PhraseOptions
	// Parent is the agency the unit belongs to (cơ quan chủ quản); the
	// issuing agency is the summary's unit.
	Parent string
	// Number is the document's number; the zero DocNumber leaves the number
	// line out.
	Number thidua.DocNumber
	// Place and Date make the place-and-date line; a zero Date takes the
	// summary's AsOf.
	Place string
	Date  thidua.Date
	// Title is the document's title; "" means SummaryTitle. The subtitle is
	// the period ("Giai đoạn 2015 - 2020").
	Title string
	// Body replaces the paragraphs of the summary (the movements and the
	// achievements paragraphs) with the caller's, an article for instance.
	Body []string
	// Recipients are the lines of "Nơi nhận:"; SignerTitle and SignerName
	// make the signature block.
	Recipients              []string
	SignerTitle, SignerName string
}

func (o *OfficeOptions) or() OfficeOptions {
	if o == nil {
		return OfficeOptions{}
	}
	return *o
}

// summaryTables returns the tables of a summary: the results against
// targets, the grants by kind, by kind and year, the pending nominations
// and the contributions. Each is a title,
// a header, the rows and which columns hold numbers.
type summaryTable struct {
	title  string
	sheet  string // the sheet's name when title is too long for one (31 characters)
	header []string
	rows   [][]string
	nums   []bool
}

func summaryTables(s *Summary, o *PhraseOptions) []summaryTable {
	kinds := summaryTable{title: "Khen thưởng", header: []string{"Hình thức", "Tập thể", "Cá nhân", "Cấp quyết định"}}
	years := summaryTable{title: "Khen thưởng theo năm", header: []string{"Mã", "Hình thức", "Năm", "Tập thể", "Lượt tập thể", "Cá nhân", "Lượt cá nhân"},
		nums: []bool{false, false, true, true, true, true, true}}
	for _, a := range s.Awards {
		dash := func(c RecipientCount, cl string) string {
			if c.Grants == 0 {
				return "–"
			}
			return o.RecipientsAndGrants(c, cl, a.Counter)
		}
		kinds.rows = append(kinds.rows, []string{a.Label, dash(a.Collectives, "tập thể"), dash(a.Individuals, "cá nhân"), JoinList(a.Issuers...)})
		for _, y := range a.ByYear {
			years.rows = append(years.rows, []string{string(a.Code), a.Label, strconv.Itoa(y.Year),
				strconv.Itoa(y.Collectives.Recipients), strconv.Itoa(y.Collectives.Grants),
				strconv.Itoa(y.Individuals.Recipients), strconv.Itoa(y.Individuals.Grants)})
		}
	}
	pending := summaryTable{title: "Đang đề nghị", header: []string{"Hình thức", "Tập thể, cá nhân", "Chức vụ", "Trình", "Ngày trình"}}
	for _, p := range s.Pending {
		post := ""
		if pp := p.Recipient.Person; pp != nil && pp.Post != "" {
			post = pp.Post
			if pp.Former {
				post = FormerPost(pp.Post)
			}
		}
		pending.rows = append(pending.rows, []string{p.Label, p.Recipient.Name(), post, p.Conferrer, NewsDate(p.Submitted)})
	}
	contrib := summaryTable{title: "Đóng góp, vận động", header: []string{"Nguồn", "Nội dung", "Số lượng", "Số tiền"}, nums: []bool{false, false, true, true}}
	for _, src := range []struct {
		name string
		s    SourceSummary
	}{{"Đóng góp", s.Contributions.Own}, {"Vận động", s.Contributions.Mobilised}} {
		for _, m := range src.s.Money {
			contrib.rows = append(contrib.rows, []string{src.name, m.PurposeName, "", m.Amount.String()})
		}
		for _, it := range src.s.Items {
			v := ""
			if !it.Value.IsZero() {
				v = it.Value.String()
			}
			contrib.rows = append(contrib.rows, []string{src.name, it.Name + " (" + it.Classifier + ")", strconv.FormatInt(it.Count, 10), v})
		}
	}
	results := summaryTable{title: ResultsTitle, sheet: "Kết quả chỉ tiêu", header: []string{"Chỉ tiêu", "Năm", "Kết quả", "So với năm trước", "Xếp hạng"}}
	for _, r := range s.Results {
		results.rows = append(results.rows, []string{r.Target.Name, strconv.Itoa(r.Year), r.Figure(),
			orString(r.ChangePhrase(), "–"), orString(r.RankPhrase(), "–")})
	}
	var out []summaryTable
	for _, t := range []summaryTable{results, kinds, years, pending, contrib} {
		if len(t.rows) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// NewDOCXRenderer returns a renderer of the period summary as a Word
// document laid out as Nghị định 30/2020/NĐ-CP requires (package
// report/docx): the unit's heading, the title and the period, the
// paragraphs, the tables of results against targets (with the change from
// the year before and the rank among peers), of grants by kind, of
// pending nominations and of contributions, "Nơi nhận:" and the signature block.
func NewDOCXRenderer(o *OfficeOptions) Renderer {
	opt := o.or()
	return rendererFunc(func(w io.Writer, s *Summary) error {
		const op = "report: render docx"
		d := summaryDOCX(s, &opt)
		var buf bytes.Buffer
		if err := d.Write(&buf); err != nil {
			return thidua.E(op, "summary", string(s.Unit.ID), "", err)
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return thidua.E(op, "summary", string(s.Unit.ID), "", err)
		}
		return nil
	})
}

type rendererFunc func(w io.Writer, s *Summary) error

func (f rendererFunc) Render(w io.Writer, s *Summary) error { return f(w, s) }

func summaryDOCX(s *Summary, o *OfficeOptions) *docx.Document {
	nfc := vntext.NFC
	d := docx.New()
	date := o.Date
	if date.IsZero() {
		date = s.AsOf
	}
	lh := docx.Letterhead{Parent: o.Parent, Agency: nfc(s.Unit.Name), Title: SummaryTitle, Subtitle: Capitalize(PeriodPhrase(s.Period))}
	if o.Title != "" {
		lh.Title = nfc(o.Title)
	}
	if !o.Number.IsZero() {
		lh.Number = o.Number.Line()
	}
	if !date.IsZero() {
		lh.PlaceDate = DocDate(date)
		if o.Place != "" {
			lh.PlaceDate = PlaceDate(o.Place, date)
		}
	}
	d.Add(lh.Blocks(d.Page)...)
	body := o.Body
	if body == nil {
		for _, p := range []string{o.Phrases.MovementsParagraph(s), o.Phrases.AchievementsParagraph(s)} {
			if p != "" {
				body = append(body, p)
			}
		}
	}
	for _, p := range body {
		d.Add(&docx.Paragraph{Runs: []docx.Run{docx.T(nfc(p))}, Align: docx.Justify, FirstLine: 10, Before: 6})
	}
	width := d.Page.TextWidth()
	n := 0
	for _, t := range summaryTables(s, o.Phrases) {
		if t.title == "Khen thưởng theo năm" {
			continue // the spreadsheet's data; the document shows the kinds
		}
		n++
		d.Add(&docx.Paragraph{Runs: []docx.Run{docx.B(strconv.Itoa(n) + ". " + t.title)}, Before: 6, KeepNext: true})
		tb := &docx.Table{Borders: true, HeaderRows: 1, Center: true}
		cols := len(t.header)
		for range cols {
			tb.Widths = append(tb.Widths, width/float64(cols))
		}
		if cols == 4 {
			tb.Widths = []float64{width * 0.34, width * 0.2, width * 0.2, width * 0.26}
		}
		var head []docx.TableCell
		for _, h := range t.header {
			head = append(head, sized(docx.BoldCell(h), 12))
		}
		tb.AddRow(head...)
		for _, r := range t.rows {
			var cells []docx.TableCell
			for j, c := range r {
				al := docx.Left
				if j < len(t.nums) && t.nums[j] {
					al = docx.Right
					if c != "" && j == 3 {
						c = FormatMoney(mustDecimal(c))
					}
				}
				cells = append(cells, sized(docx.Cell(nfc(c), al), 12))
			}
			tb.AddRow(cells...)
		}
		d.Add(tb)
	}
	sig := docx.Signature{Recipients: o.Recipients, Title: o.SignerTitle, Name: o.SignerName}
	if !sig.IsZero() {
		d.Add(&docx.Paragraph{Before: 6}, sig.Block(d.Page))
	}
	return d
}

func sized(c docx.TableCell, size float64) docx.TableCell {
	for _, p := range c.Paras {
		for i := range p.Runs {
			p.Runs[i].Size = size
		}
	}
	return c
}

// NewXLSXRenderer returns a renderer of the period summary as a workbook
// (package report/xlsx): a sheet for each table — grants by kind, grants
// by kind and year with counts as numbers, pending nominations,
// contributions with amounts in đồng as exact numbers — each under the
// unit's name and the title, with widths, a bold header, A4 page setup.
func NewXLSXRenderer(o *OfficeOptions) Renderer {
	opt := o.or()
	return rendererFunc(func(w io.Writer, s *Summary) error {
		const op = "report: render xlsx"
		wb := SummaryWorkbook(s, &opt)
		var buf bytes.Buffer
		if err := wb.Write(&buf); err != nil {
			return thidua.E(op, "summary", string(s.Unit.ID), "", err)
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return thidua.E(op, "summary", string(s.Unit.ID), "", err)
		}
		return nil
	})
}

// SummaryWorkbook returns the workbook [NewXLSXRenderer] writes, for a
// caller who adds sheets (the statistics forms, say) before writing it.
func SummaryWorkbook(s *Summary, o *OfficeOptions) *xlsx.Workbook {
	if o == nil {
		o = &OfficeOptions{}
	}
	nfc := vntext.NFC
	wb := xlsx.New()
	title := SummaryTitle
	if o.Title != "" {
		title = o.Title
	}
	tables := summaryTables(s, o.Phrases)
	if len(tables) == 0 {
		tables = []summaryTable{{title: "Khen thưởng", header: []string{"Hình thức", "Tập thể", "Cá nhân", "Cấp quyết định"}}}
	}
	for _, t := range tables {
		sh := wb.AddSheet(orString(t.sheet, t.title))
		n := len(t.header)
		widths := make([]float64, n)
		for j, h := range t.header {
			widths[j] = float64(min(max(len([]rune(h))+2, 8), 50))
			for _, r := range t.rows {
				widths[j] = max(widths[j], float64(min(len([]rune(r[j]))+2, 50)))
			}
		}
		sh.SetWidths(widths...)
		for _, line := range []struct {
			text string
			st   xlsx.Style
		}{
			{vntext.NFC(stringsUpper(s.Unit.Name)), xlsx.Style{Bold: true}},
			{stringsUpper(title), xlsx.Style{Bold: true, Size: 14, Align: xlsx.Center}},
			{Capitalize(PeriodPhrase(s.Period)), xlsx.Style{Bold: true, Align: xlsx.Center}},
			{t.title, xlsx.Style{Italic: true, Align: xlsx.Center}},
		} {
			r := len(sh.Rows)
			sh.AddRow(xlsx.Text(nfc(line.text)).With(line.st))
			sh.Merge(r, 0, r, n-1)
		}
		sh.AddRow()
		sh.AddRow(xlsx.Texts(xlsx.HeaderStyle(), t.header...)...).Height = 32
		sh.FreezeRows, sh.RepeatRows = len(sh.Rows), len(sh.Rows)
		body := xlsx.BodyStyle()
		num := body
		num.Align = xlsx.Right
		money := num
		money.NumFormat = "#,##0"
		for _, r := range t.rows {
			cells := make([]xlsx.Cell, n)
			for j, c := range r {
				switch {
				case j < len(t.nums) && t.nums[j] && c == "":
					cells[j] = xlsx.Cell{Style: num}
				case j < len(t.nums) && t.nums[j] && t.title == "Đóng góp, vận động" && j == 3:
					cells[j] = xlsx.Decimal(mustDecimal(c)).With(money)
				case j < len(t.nums) && t.nums[j]:
					if k, err := strconv.Atoi(c); err == nil {
						cells[j] = xlsx.Int(k).With(num)
					} else {
						cells[j] = xlsx.Text(nfc(c)).With(num)
					}
				default:
					cells[j] = xlsx.Text(nfc(c)).With(body)
				}
			}
			sh.AddRow(cells...)
		}
		sh.Page = xlsx.Page{Landscape: n > 5, FitWidth: true, PageNumbers: true}
	}
	return wb
}

func stringsUpper(s string) string { return vntext.NFC(strings.ToUpper(s)) }

// mustDecimal parses an amount the summary wrote itself.
func mustDecimal(s string) decimal.Decimal {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Zero
	}
	return d
}
