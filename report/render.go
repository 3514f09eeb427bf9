package report

import (
	"context"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"io"
	"strconv"
	"strings"
	"text/template"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/boundw"
	"github.com/thidua-go/thidua/internal/csvw"
)

// ErrTooLarge is wrapped by the error of a render that would write more
// than the limit its caller set ([TemplateRenderer.Limit],
// document.WithMaxBytes). It wraps thidua.ErrInvalid in turn, so both
// errors.Is(err, ErrTooLarge) and errors.Is(err, thidua.ErrInvalid) hold.
var ErrTooLarge = fmt.Errorf("report: output too large: %w", thidua.ErrInvalid)

// Renderer writes a summary in some format. The built-in renderers are
// [NewTextRenderer] (the paragraph style of published summaries),
// [NewMarkdownRenderer], [NewHTMLRenderer] and [CSVRenderer] (the table of
// grants); [NewTemplateRenderer] and [NewHTMLTemplateRenderer] run a
// caller's own template. A Renderer is safe for concurrent use once made.
type Renderer interface {
	Render(w io.Writer, s *Summary) error
}

//go:embed templates
var builtin embed.FS

// SummaryFuncs returns the functions summary templates can call: every
// function of [Funcs], and these, which write phrases of a [Summary] with
// the options o (nil for the defaults):
//
//	achievements s        PhraseOptions.AchievementsParagraph
//	movements s           PhraseOptions.MovementsParagraph
//	contributions s       PhraseOptions.ContributionPhrases   []string
//	awards s              PhraseOptions.AwardPhrases          []string
//	award a               PhraseOptions.AwardPhrase           "Cờ … cho 10 tập thể (…)"
//	highlight s           PhraseOptions.HighlightSentence     "Đặc biệt, năm 2019 …"
//	approxMoney v         PhraseOptions.Money                 "hơn 50.000.000 đồng"
//	themes s              ThemeTitles                         []string
//	yearlyLaunchers s     YearlyLaunchers                     []string
//	driveRange s          PhraseOptions.DriveRange            "từ 01 đến 03"
//	yearsCount p          the years of a period               "05 năm"
//	joinWith items sep    strings.Join
//	recipients c cl ctr   PhraseOptions.RecipientsAndGrants   "03 tập thể (4 cờ)"
//	turns c cl            PhraseOptions.GrantTurns            "219 lượt cá nhân"
//	inc i                 i + 1, to number the items of a range
//	md s                  MarkdownEscape, for text inside Markdown
//	results s             ResultSentences                     []string: "Số việc … năm 2025: …, tăng … so với cùng kỳ năm 2024, xếp thứ 1/34."
//	resultsTitle          ResultsTitle                        "Kết quả thực hiện chỉ tiêu thi đua"
//	pipelineSentence s    PhraseOptions.PipelineSentence      "Trong tổng số 1.200 hồ sơ đề nghị, Hội đồng đã xét 900 trường hợp, …."
//	pipelineCount c       PipelinePhrase with o's counts      (c a PipelineCount: Pipeline.Total, a kind's Collectives …)
//	decisionLines s       PhraseOptions.DecisionLines         []string: "Khen thưởng … tại 05 Quyết định, từ số … đến số …:", "- Quyết định số …"
//	decisionTally d       DecisionTallyPhrase, o's counts     "Quyết định số … tặng Bằng khen cho 05 tập thể"
//	decisionsTally ds     DecisionsTallyPhrase, o's counts    "25 tập thể và 40 cá nhân tại 05 Quyết định, từ số … đến số …"
//	subunits s            SubunitsPhrase                      "có 06 phòng chuyên môn và 09 … trực thuộc" (SummaryRequest.Subunits)
//	formerPlace name      FormerPlace                         "huyện Tháp Mười cũ"
//	called u [style]      UnitInfo.Called                     the name, or "… cũ" (style "cũ", the default) / "nguyên …" (style "nguyên") for a unit gone by AsOf
//
// The function count follows o.Count (NoPad, and Pad per classifier), as
// the phrases do.
// Every call returns a new map.
func SummaryFuncs(o *PhraseOptions) map[string]any {
	f := Funcs()
	f["achievements"] = o.AchievementsParagraph
	f["movements"] = o.MovementsParagraph
	f["contributions"] = o.ContributionPhrases
	f["awards"] = o.AwardPhrases
	f["award"] = o.AwardPhrase
	f["highlight"] = o.HighlightSentence
	f["approxMoney"] = o.Money
	f["themes"] = ThemeTitles
	f["yearlyLaunchers"] = YearlyLaunchers
	f["driveRange"] = o.DriveRange
	f["yearsCount"] = func(p thidua.Period) string { return o.count(YearsInPeriod(p), "năm") }
	f["joinWith"] = func(items []string, sep string) string { return strings.Join(items, sep) }
	f["recipients"] = func(c RecipientCount, classifier, counter string) string {
		return o.RecipientsAndGrants(c, classifier, counter)
	}
	f["turns"] = o.GrantTurns
	f["inc"] = func(i int) int { return i + 1 }
	f["md"] = MarkdownEscape
	f["results"] = ResultSentences
	f["resultsTitle"] = func() string { return ResultsTitle }
	f["pipelineSentence"] = o.PipelineSentence
	f["pipelineCount"] = func(c PipelineCount) string {
		po := o.orDefault().Pipeline
		po.Count = o.orDefault().Count
		return PipelinePhrase(c, po)
	}
	f["decisionLines"] = o.DecisionLines
	f["decisionTally"] = func(d DecisionInfo) string {
		return DecisionTallyPhrase(d, DecisionOptions{Count: o.orDefault().Count})
	}
	f["decisionsTally"] = func(ds []DecisionInfo) string {
		return DecisionsTallyPhrase(ds, DecisionOptions{Count: o.orDefault().Count})
	}
	f["subunits"] = o.SubunitsPhrase
	f["formerPlace"] = FormerPlace
	f["called"] = func(u UnitInfo, style ...string) (string, error) {
		switch {
		case len(style) == 0 || len(style) == 1 && style[0] == "cũ":
			return u.Called(FormerCu), nil
		case len(style) == 1 && style[0] == "nguyên":
			return u.Called(FormerNguyen), nil
		}
		return "", fmt.Errorf("report: called: style %q, want \"cũ\" or \"nguyên\"", style)
	}
	if o != nil && (o.Count.NoPad || o.Count.Pad != nil) {
		// Counts in a template follow the options, as the phrases do.
		f["count"] = func(n any, classifier string) (string, error) {
			i, err := toInt(n)
			return o.Count.Count(i, classifier), err
		}
	}
	return f
}

// RecipientsAndGrants writes distinct recipients with the number of grants
// in brackets when they differ: "03 tập thể (4 cờ)", or "03 tập thể".
func (o *PhraseOptions) RecipientsAndGrants(c RecipientCount, classifier, counter string) string {
	head := o.count(c.Recipients, classifier)
	if c.Grants == c.Recipients || counter == "" {
		return head
	}
	return Bracket(head, strconv.Itoa(c.Grants)+" "+counter)
}

// TemplateRenderer renders a summary with a template; make one with
// [NewTemplateRenderer] or [NewHTMLTemplateRenderer]. The template's data is
// the *Summary.
type TemplateRenderer struct {
	exec     func(w io.Writer, s *Summary) error
	maxBytes int64
}

// Render executes the template for s. It is RenderContext with a
// background context.
func (r *TemplateRenderer) Render(w io.Writer, s *Summary) error {
	return r.RenderContext(context.Background(), w, s)
}

// RenderContext executes the template for s, stopping when ctx is done
// (the error wraps ctx.Err()) or when the output would pass the limit set
// with [TemplateRenderer.Limit] (the error wraps [ErrTooLarge]). The
// context is checked each time the template writes, so a caller's template
// that loops writing output is stopped; what was written before the stop
// stays written to w.
func (r *TemplateRenderer) RenderContext(ctx context.Context, w io.Writer, s *Summary) error {
	if s == nil {
		return thidua.Invalid("report: render", "summary", "", "", "no summary")
	}
	bw := &boundw.Writer{Ctx: ctx, W: w, Max: r.maxBytes, ErrLimit: ErrTooLarge}
	if err := r.exec(bw, s); err != nil {
		return thidua.E("report: render", "summary", string(s.Unit.ID), "", err)
	}
	return nil
}

// Limit returns a copy of r that writes at most maxBytes bytes of output
// (0 or less: no limit); a render that would write more fails with an
// error wrapping [ErrTooLarge]. The limit bounds a caller's template that
// could otherwise grow without end.
func (r *TemplateRenderer) Limit(maxBytes int64) *TemplateRenderer {
	c := *r
	c.maxBytes = maxBytes
	return &c
}

// NewTemplateRenderer parses a text/template with [SummaryFuncs] (options
// o) and returns a renderer that executes it. A ministry writes its own
// report this way, in a template file, without Go code. A template that does
// not parse gives an error wrapping thidua.ErrInvalid.
func NewTemplateRenderer(name, text string, o *PhraseOptions) (*TemplateRenderer, error) {
	t, err := template.New(name).Funcs(SummaryFuncs(o)).Parse(text)
	if err != nil {
		return nil, thidua.Invalid("report: parse template", "template", name, "", "%v", err)
	}
	return &TemplateRenderer{exec: func(w io.Writer, s *Summary) error { return t.Execute(w, s) }}, nil
}

// NewHTMLTemplateRenderer is like [NewTemplateRenderer] for html/template:
// everything the summary holds is escaped.
func NewHTMLTemplateRenderer(name, text string, o *PhraseOptions) (*TemplateRenderer, error) {
	t, err := htmltemplate.New(name).Funcs(SummaryFuncs(o)).Parse(text)
	if err != nil {
		return nil, thidua.Invalid("report: parse template", "template", name, "", "%v", err)
	}
	return &TemplateRenderer{exec: func(w io.Writer, s *Summary) error { return t.Execute(w, s) }}, nil
}

// mustBuiltin parses a built-in template; they are tested, so an error is a
// bug of the library.
func mustBuiltin(name string, html bool, o *PhraseOptions) *TemplateRenderer {
	b, err := builtin.ReadFile("templates/" + name)
	if err != nil {
		panic(err)
	}
	var r *TemplateRenderer
	if html {
		r, err = NewHTMLTemplateRenderer(name, string(b), o)
	} else {
		r, err = NewTemplateRenderer(name, string(b), o)
	}
	if err != nil {
		panic(err)
	}
	return r
}

// BuiltinTemplate returns the source of a built-in template, as a starting
// point for a custom one: "summary.txt", "summary.md" or "summary.html".
// The error wraps thidua.ErrNotFound for another name.
func BuiltinTemplate(name string) (string, error) {
	b, err := builtin.ReadFile("templates/" + name + ".tmpl")
	if err != nil {
		return "", thidua.NotFound("report: builtin template", "template", name)
	}
	return string(b), nil
}

// NewTextRenderer returns the plain-text renderer: a title line, the
// movements paragraph and the achievements paragraph, in the style of the
// summaries units publish.
func NewTextRenderer(o *PhraseOptions) Renderer { return mustBuiltin("summary.txt.tmpl", false, o) }

// NewMarkdownRenderer returns a renderer of the summary as a Markdown
// document: the paragraphs, then tables of grants, pending nominations and
// contributions.
func NewMarkdownRenderer(o *PhraseOptions) Renderer { return mustBuiltin("summary.md.tmpl", false, o) }

// NewHTMLRenderer returns a renderer of the summary as an HTML fragment
// (html/template: all text escaped).
func NewHTMLRenderer(o *PhraseOptions) Renderer { return mustBuiltin("summary.html.tmpl", true, o) }

// CSVOptions tune every CSV the library writes. The zero value writes
// comma-separated UTF-8 without a byte-order mark and LF line ends. Text
// cells starting with =, +, -, @, tab or carriage return are always
// prefixed with an apostrophe, so that a spreadsheet never runs them as
// formulas (OWASP, "CSV Injection"); plain numbers such as "-5" are left as
// they are.
type CSVOptions struct {
	// BOM writes the UTF-8 byte-order mark first: Excel on Windows reads a
	// CSV without one in the local code page and garbles Vietnamese.
	BOM bool
	// Comma is the separator; 0 means ','. Excel with Vietnamese regional
	// settings (decimal comma) expects ';'.
	Comma rune
	// CRLF ends lines with \r\n.
	CRLF bool
}

// NewCSVWriter returns the library's CSV writer to w: records written
// through it follow the options and are neutralised as [CSVOptions]
// describes. Call Flush at the end.
func (o CSVOptions) NewCSVWriter(w io.Writer) *CSVWriter {
	opt := csvw.Options(o)
	return &CSVWriter{w: csvw.NewWriter(w, &opt)}
}

// CSVWriter writes CSV records the way every CSV of the library is
// written; make one with [CSVOptions.NewCSVWriter].
type CSVWriter struct{ w *csvw.Writer }

// Write writes one record.
func (w *CSVWriter) Write(record []string) error { return w.w.Write(record) }

// Flush writes what is buffered and returns the first error met.
func (w *CSVWriter) Flush() error { return w.w.Flush() }

// CSVRenderer writes the grants of a summary as CSV, one row per award kind
// and year: kind code, label, year, collectives (recipients, grants),
// individuals (recipients, grants). Its options say how ([CSVOptions]).
type CSVRenderer struct {
	CSVOptions
}

// Render writes the table.
func (r CSVRenderer) Render(w io.Writer, s *Summary) error {
	cw := csvw.NewWriter(w, (*csvw.Options)(&r.CSVOptions))
	rows := [][]string{{"ma", "hinh_thuc", "nam", "tap_the", "luot_tap_the", "ca_nhan", "luot_ca_nhan"}}
	for _, a := range s.Awards {
		for _, y := range a.ByYear {
			rows = append(rows, []string{string(a.Code), a.Label, strconv.Itoa(y.Year),
				strconv.Itoa(y.Collectives.Recipients), strconv.Itoa(y.Collectives.Grants),
				strconv.Itoa(y.Individuals.Recipients), strconv.Itoa(y.Individuals.Grants)})
		}
		rows = append(rows, []string{string(a.Code), a.Label, "tổng",
			strconv.Itoa(a.Collectives.Recipients), strconv.Itoa(a.Collectives.Grants),
			strconv.Itoa(a.Individuals.Recipients), strconv.Itoa(a.Individuals.Grants)})
	}
	if err := cw.WriteAll(rows); err != nil {
		return thidua.E("report: render csv", "summary", string(s.Unit.ID), "", err)
	}
	return nil
}
