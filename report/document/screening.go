package document

import (
	"strconv"
	"strings"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/internal/vntext"
)

// ScreeningTemplate is the template name of [ScreeningResults]. There is
// no built-in text template: the results are written as XLSX and DOCX
// (their [Layout]), or through a template added with [WithTemplate].
const ScreeningTemplate = "screening"

// Verdict words of a screening table.
const (
	Eligible    = "Đủ điều kiện"
	EligibleYet = "Đủ điều kiện, chờ bỏ phiếu hoặc xét tỷ lệ"
	NotEligible = "Chưa đủ điều kiện"
	CutByQuota  = "Đủ tiêu chuẩn nhưng vượt tỷ lệ"
)

// ScreeningRow is the outcome for one candidate and one award, with the
// reasons when the candidate is not eligible.
type ScreeningRow struct {
	Candidate string     `json:"candidate"`
	Name      string     `json:"name"`
	Code      award.Code `json:"code"`
	Award     string     `json:"award"`
	Result    string     `json:"result"` // Eligible, EligibleYet, NotEligible or CutByQuota
	Reasons   []string   `json:"reasons,omitempty"`
}

// ScreeningResults is the table of a screening (rules.Screen): every
// candidate and award in the order screened, the verdict and, for a
// candidate who is not eligible, each criterion that failed with its legal
// citation, or the quota that cut them.
type ScreeningResults struct {
	Heading    Heading        `json:"heading"`
	Year       int            `json:"year"`
	Regime     string         `json:"regime"`
	Rows       []ScreeningRow `json:"rows"`
	Signer     Signer         `json:"signer,omitzero"`
	Recipients []string       `json:"recipients,omitempty"`
}

// TemplateName implements [Document]: "screening".
func (s *ScreeningResults) TemplateName() string { return ScreeningTemplate }

// Screening makes the table of a screening result. names gives the
// candidates' names by ID (a missing name shows the ID); award names come
// from cat (nil: the codes' own names). An empty heading title becomes
// "KẾT QUẢ XÉT THI ĐUA, KHEN THƯỞNG NĂM <year>". A result built without
// reasons (ScreenOptions.VerdictsOnly) gives rows without reasons.
func Screening(res rules.Result, names map[string]string, cat *award.Catalogue, h Heading, signer Signer) *ScreeningResults {
	h = h.clean()
	if h.Title == "" {
		h.Title = "Kết quả xét thi đua, khen thưởng năm " + strconv.Itoa(res.Year)
	}
	out := &ScreeningResults{Heading: h, Year: res.Year, Regime: res.Regime, Signer: cleanSigner(signer)}
	label := func(c award.Code) string {
		if cat != nil {
			if k, err := cat.Kind(c); err == nil {
				return k.Name
			}
		}
		return c.Name()
	}
	for _, row := range res.Rows {
		name := vntext.Clean(names[row.Candidate])
		if name == "" {
			name = row.Candidate
		}
		for j, d := range row.Decisions {
			if j >= len(res.Codes) {
				break
			}
			r := ScreeningRow{Candidate: row.Candidate, Name: name, Code: res.Codes[j], Award: label(res.Codes[j])}
			switch {
			case d.Cut() != "":
				r.Result, r.Reasons = CutByQuota, []string{d.Cut()}
			case d.Eligible && d.Pending:
				r.Result = EligibleYet
			case d.Eligible:
				r.Result = Eligible
			default:
				r.Result = NotEligible
				for _, c := range d.Failed() {
					reason := c.Reason
					if c.Citation != "" {
						reason += " (" + c.Citation + ")"
					}
					r.Reasons = append(r.Reasons, reason)
				}
			}
			out.Rows = append(out.Rows, r)
		}
	}
	return out
}

// Table lays the results out: STT, candidate, award, result, reasons (one
// per line); the number and name only on a candidate's first line.
func (s *ScreeningResults) Table() Table {
	t := Table{Title: "Kết quả xét", Header: []string{"STT", "Tập thể, cá nhân", "Hình thức", "Kết quả", "Lý do"},
		Right: []bool{true}, Continue: []bool{true, true}, Widths: []float64{5, 22, 22, 16, 35}}
	n, last := 0, ""
	for _, r := range s.Rows {
		num, name := "", ""
		if r.Candidate != last {
			n++
			num, name, last = strconv.Itoa(n), r.Name, r.Candidate
		}
		t.Rows = append(t.Rows, []string{num, name, r.Award, r.Result, strings.Join(r.Reasons, "\n")})
	}
	return t
}

// Layout lays the results out: the regime applied, then the table.
func (s *ScreeningResults) Layout() *Layout {
	var body []Block
	if s.Regime != "" {
		body = append(body, text(Body, "Chế độ áp dụng: "+s.Regime+"."))
	}
	body = append(body, tableBlock(s.Table()))
	return &Layout{Heading: s.Heading, Body: body, Signer: s.Signer, Recipients: s.Recipients, Landscape: true}
}
