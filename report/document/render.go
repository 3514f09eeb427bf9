package document

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	htemplate "html/template"
	"io"
	"maps"
	"slices"
	"strings"
	ttemplate "text/template"
	"unicode/utf8"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/boundw"
	"github.com/thidua-go/thidua/report"
)

// Names of the templates of the standard documents. CommonTemplate holds
// the parts they share ("heading", "title", "signer"); every document's
// template is parsed together with it.
const (
	AchievementTemplate = "achievement"
	NominationTemplate  = "nominations"
	StatisticsTemplate  = "statistics"
	CommonTemplate      = "common"
)

// Format names an output format. The formats are open: [NewRenderer]
// knows the built-in ones below, and [WithFormat] adds a caller's own (a
// ministry's ODT or PDF writer, say) or replaces one, as a
// [FormatRenderer].
type Format string

// Built-in formats. Text, HTML and Markdown come from templates; CSV is
// written by documents that are tables ([Statistics.WriteCSVWith]); DOCX
// and XLSX lay out documents that have a [Layout] ([NewDOCXRenderer],
// [NewXLSXRenderer]).
const (
	Text     Format = "text"
	HTML     Format = "html"
	Markdown Format = "markdown"
	CSV      Format = "csv"
	DOCX     Format = "docx"
	XLSX     Format = "xlsx"
)

// String returns the name of the format: "text", "html", "docx"…
func (f Format) String() string { return string(f) }

// ext is the file extension of the format's templates; "" for a format
// without templates.
func (f Format) ext() string {
	switch f {
	case Text:
		return "txt"
	case HTML:
		return "html"
	case Markdown:
		return "md"
	}
	return ""
}

// FormatRenderer writes documents in one format: it is to documents what
// report.Renderer is to summaries. The built-in ones are the templates of
// each text format, the CSV of tables, [NewDOCXRenderer] and
// [NewXLSXRenderer]; [Renderer.Format] returns the one a Renderer uses for
// a format. A FormatRenderer must be safe for concurrent use; it returns
// an error wrapping thidua.ErrInvalid for a document it cannot write.
type FormatRenderer interface {
	Render(w io.Writer, doc Document) error
}

// FormatRendererFunc adapts a function to a [FormatRenderer].
type FormatRendererFunc func(w io.Writer, doc Document) error

// Render calls f(w, doc).
func (f FormatRendererFunc) Render(w io.Writer, doc Document) error { return f(w, doc) }

// Document is what a [Renderer] renders: the standard documents of this
// package, or a caller's own value rendered by a template added with
// [WithTemplate] under the name it returns.
type Document interface {
	TemplateName() string
}

//go:embed templates/*.tmpl
var templateFS embed.FS

// TemplateSource returns the source of the built-in template name
// (AchievementTemplate, NominationTemplate, StatisticsTemplate or
// CommonTemplate) for format f, to copy and change. ErrNotFound if there is
// none.
func TemplateSource(name string, f Format) (string, error) {
	b, err := templateFS.ReadFile("templates/" + name + "." + f.ext() + ".tmpl")
	if err != nil || f.ext() == "" {
		return "", thidua.NotFound("document: template source", "template", name+"."+f.String())
	}
	return string(b), nil
}

// Option configures a [Renderer].
type Option func(*config)

type tkey struct {
	name string
	f    Format
}

type config struct {
	sources  map[tkey]string
	funcs    map[string]any
	formats  map[Format]FormatRenderer
	csv      report.CSVOptions
	maxBytes int64
}

// WithMaxBytes bounds what the renderer writes for one document in a
// template format (Text, HTML, Markdown) or as CSV to n bytes (0 or less:
// no limit); a document that would take more fails with an error wrapping
// report.ErrTooLarge, and nothing is written. It bounds a caller's own
// template ([WithTemplate]) that could otherwise grow without end; see
// also [Renderer.RenderContext].
func WithMaxBytes(n int64) Option {
	return func(c *config) { c.maxBytes = n }
}

// WithFormat makes the renderer write format f with fr: a new format, or
// another writer for a built-in one. A nil fr removes the format.
func WithFormat(f Format, fr FormatRenderer) Option {
	return func(c *config) { c.formats[f] = fr }
}

// WithCSV sets the options of the CSV the renderer writes (byte-order mark,
// separator); formula cells are always neutralised.
func WithCSV(o report.CSVOptions) Option {
	return func(c *config) { c.csv = o }
}

// WithTemplate replaces the template name for format f (Text, HTML or
// Markdown) with src, text/template syntax (html/template for HTML, which
// escapes what it prints), or adds it if name is new. The template sees the
// document as dot, the functions of report.Funcs and those listed on
// [Renderer], and the parts of CommonTemplate ({{template "heading"
// .Heading}}), which may be replaced in turn. A ministry changes a layout
// this way without Go code.
func WithTemplate(name string, f Format, src string) Option {
	return func(c *config) { c.sources[tkey{name, f}] = src }
}

// WithFuncs adds functions to the templates, or replaces those of the same
// name.
func WithFuncs(funcs map[string]any) Option {
	return func(c *config) { maps.Copy(c.funcs, funcs) }
}

// Renderer renders documents through templates. It is safe for concurrent
// use once made.
//
// Besides report.Funcs (count, join, docDate, placeDate, docNumberLine…),
// templates may call:
//
//	headingText h    the heading block of h in plain text, two columns
//	signerText s     the signature block of s in plain text
//	center s         s centred on the text page (80 characters)
//	right s          s aligned right on the text page
//	roman n          n in Roman numerals: "III"
//	inc n            n + 1, to number from 1
//	upper s          s in capitals, Vietnamese letters included
//	honorific g      "Ông" or "Bà" for an org.Gender
//	textTable t      a Table laid out in plain text
//	mdTable t        a Table as a Markdown pipe table
//	md s             s escaped for Markdown
//	nationalName     NationalName; nationalMotto: NationalMotto
//
// Formats other than the templates' are [FormatRenderer]s: CSV, DOCX and
// XLSX built in, others added with [WithFormat].
type Renderer struct {
	tmpl     map[tkey]executor
	formats  map[Format]FormatRenderer
	maxBytes int64
}

type executor interface {
	Execute(w io.Writer, data any) error
}

// NewRenderer returns a renderer with the built-in templates, changed by
// opts. ErrInvalid if a template does not parse.
func NewRenderer(opts ...Option) (*Renderer, error) {
	const op = "document: new renderer"
	c := &config{sources: make(map[tkey]string), funcs: ownFuncs(), formats: make(map[Format]FormatRenderer)}
	for _, o := range opts {
		o(c)
	}
	for k := range c.sources {
		if k.f.ext() == "" {
			return nil, thidua.Invalid(op, "template", k.name, "format", "templates are for text, html or markdown, not %s", k.f)
		}
	}
	funcs := report.Funcs()
	maps.Copy(funcs, c.funcs)
	r := &Renderer{tmpl: make(map[tkey]executor), formats: make(map[Format]FormatRenderer), maxBytes: c.maxBytes}
	for _, f := range []Format{Text, HTML, Markdown} {
		r.formats[f] = templateFormat{r, f}
	}
	r.formats[CSV] = csvFormat{c.csv, c.maxBytes}
	r.formats[DOCX] = NewDOCXRenderer(nil)
	r.formats[XLSX] = NewXLSXRenderer(nil)
	for f, fr := range c.formats {
		if fr == nil {
			delete(r.formats, f)
		} else {
			r.formats[f] = fr
		}
	}
	for _, f := range []Format{Text, HTML, Markdown} {
		src := func(name string) (string, error) {
			if s, ok := c.sources[tkey{name, f}]; ok {
				return s, nil
			}
			return TemplateSource(name, f)
		}
		names := []string{AchievementTemplate, NominationTemplate, StatisticsTemplate}
		for k := range c.sources {
			if k.f == f && k.name != CommonTemplate && !slices.Contains(names, k.name) {
				names = append(names, k.name)
			}
		}
		common, err := src(CommonTemplate)
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			body, err := src(name)
			if err != nil {
				return nil, err
			}
			var ex executor
			if f == HTML {
				t := htemplate.New(name).Funcs(funcs)
				if _, err = t.Parse(common); err == nil {
					_, err = t.Parse(body)
				}
				ex = t
			} else {
				t := ttemplate.New(name).Funcs(funcs)
				if _, err = t.Parse(common); err == nil {
					_, err = t.Parse(body)
				}
				ex = t
			}
			if err != nil {
				return nil, thidua.E(op, "template", name+"."+f.String(), "", fmt.Errorf("%w: %v", thidua.ErrInvalid, err))
			}
			r.tmpl[tkey{name, f}] = ex
		}
	}
	return r, nil
}

// Render writes doc in format f to w. The document's text is put in NFC
// before a template or the CSV writer sees it (the output itself is never
// normalised after escaping: see [Renderer.RenderContext]). CSV is for
// documents with a WriteCSVWith method ([Statistics]); DOCX and XLSX for
// documents with a Layout method ([Layouter]). ErrInvalid for a nil
// document, an unknown format or a format the document cannot be written
// in; errors of the template or of w are returned wrapped. Nothing is
// written to w if the document cannot be written.
func (r *Renderer) Render(w io.Writer, f Format, doc Document) error {
	return r.RenderContext(context.Background(), w, f, doc)
}

// RenderContext is [Renderer.Render] bounded by ctx: a template format
// (Text, HTML, Markdown) checks ctx each time its template writes and stops
// with an error wrapping ctx.Err() once ctx is done, so a caller's template
// that loops is stopped; other formats check ctx before they start. The
// limit of [WithMaxBytes] applies as well. Nothing is written to w when the
// render stops.
func (r *Renderer) RenderContext(ctx context.Context, w io.Writer, f Format, doc Document) error {
	fr, err := r.Format(f)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return thidua.E("document: render", "document", "", "", err)
	}
	if t, ok := fr.(templateFormat); ok {
		return t.render(ctx, w, doc)
	}
	return fr.Render(w, doc)
}

// Format returns the renderer r uses for format f. ErrInvalid for a format
// r does not know.
func (r *Renderer) Format(f Format) (FormatRenderer, error) {
	fr, ok := r.formats[f]
	if !ok {
		return nil, thidua.Invalid("document: render", "format", string(f), "", "unknown format")
	}
	return fr, nil
}

// Formats returns the formats r writes, sorted.
func (r *Renderer) Formats() []Format {
	fs := slices.Collect(maps.Keys(r.formats))
	slices.Sort(fs)
	return fs
}

// templateFormat renders through the templates of one format.
type templateFormat struct {
	r *Renderer
	f Format
}

func (t templateFormat) Render(w io.Writer, doc Document) error {
	return t.render(context.Background(), w, doc)
}

func (t templateFormat) render(ctx context.Context, w io.Writer, doc Document) error {
	const op = "document: render"
	if doc == nil {
		return thidua.Invalid(op, "document", "", "", "no document")
	}
	name := doc.TemplateName()
	ex, ok := t.r.tmpl[tkey{name, t.f}]
	if !ok {
		return thidua.Invalid(op, "document", name, "format", "no %s template", t.f)
	}
	var buf bytes.Buffer
	bw := &boundw.Writer{Ctx: ctx, W: &buf, Max: t.r.maxBytes, ErrLimit: report.ErrTooLarge}
	if err := ex.Execute(bw, nfcData(doc)); err != nil {
		return thidua.E(op, "document", name, "", err)
	}
	return write(op, name, w, buf.Bytes())
}

// CSVWriter is implemented by documents that are tables and can be written
// as CSV ([Statistics]).
type CSVWriter interface {
	WriteCSVWith(w io.Writer, o report.CSVOptions) error
}

// csvFormat writes documents that are tables as CSV.
type csvFormat struct {
	o        report.CSVOptions
	maxBytes int64
}

func (c csvFormat) Render(w io.Writer, doc Document) error {
	const op = "document: render"
	if doc == nil {
		return thidua.Invalid(op, "document", "", "", "no document")
	}
	name := doc.TemplateName()
	cw, ok := doc.(CSVWriter)
	if !ok {
		return thidua.Invalid(op, "document", name, "format", "no CSV form")
	}
	if n, ok := nfcData(doc).(CSVWriter); ok {
		cw = n
	}
	var buf bytes.Buffer
	bw := &boundw.Writer{W: &buf, Max: c.maxBytes, ErrLimit: report.ErrTooLarge}
	if err := cw.WriteCSVWith(bw, c.o); err != nil {
		return thidua.E(op, "document", name, "", err)
	}
	return write(op, name, w, buf.Bytes())
}

// write writes b to w as it is. b is not normalised: its data was (see
// [nfcData]), and normalising escaped output could undo the escaping.
func write(op, name string, w io.Writer, b []byte) error {
	if _, err := w.Write(b); err != nil {
		return thidua.E(op, "document", name, "", err)
	}
	return nil
}

// Render renders doc with the built-in templates; see [Renderer.Render]. It
// parses the templates on every call (about a millisecond): to render many
// documents, make a [Renderer] once and keep it.
func Render(w io.Writer, f Format, doc Document) error {
	r, err := NewRenderer()
	if err != nil {
		return err
	}
	return r.Render(w, f, doc)
}

// pageWidth is the width of the plain-text page, in characters.
const pageWidth = 80

// Rules drawn under the agency and under the motto, as documents do.
const (
	agencyRule = "--------"
	mottoRule  = "---------------"
)

// ownFuncs are the package's template functions.
func ownFuncs() map[string]any {
	return map[string]any{
		"headingText": HeadingText,
		"signerText":  SignerText,
		"center":      func(s string) string { return center(s, pageWidth) },
		"right": func(s string) string {
			return strings.Repeat(" ", max(0, pageWidth-utf8.RuneCountInString(s))) + s
		},
		"roman":         roman,
		"inc":           func(i int) int { return i + 1 },
		"upper":         Upper,
		"honorific":     Honorific,
		"textTable":     Table.Text,
		"mdTable":       Table.Markdown,
		"md":            MarkdownEscape,
		"nationalName":  func() string { return NationalName },
		"nationalMotto": func() string { return NationalMotto },
	}
}

// center centres s in width characters, without trailing spaces.
func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	return strings.Repeat(" ", (width-n)/2) + s
}

// HeadingText lays the heading block out in plain text as Nghị định
// 30/2020/NĐ-CP places it: the agency lines on the left over a short rule
// and the number line, the national heading on the right over its rule and
// the place-and-date line, each column centred on itself, the right column
// ending at the page's edge (80 characters). The title is not part of the
// block. Lines end with a newline and carry no trailing spaces.
func HeadingText(h Heading) string {
	left := h.AgencyLines()
	if len(left) > 0 {
		left = append(left, agencyRule)
	}
	right := []string{NationalName, NationalMotto, mottoRule}
	for len(left) < len(right) {
		left = append([]string{""}, left...)
	}
	for len(right) < len(left) {
		right = append([]string{""}, right...)
	}
	if n, pd := h.NumberLine(), h.PlaceDateLine(); n != "" || pd != "" {
		left, right = append(left, n), append(right, pd)
	}
	lw, rw := 0, 0
	for i := range left {
		lw = max(lw, utf8.RuneCountInString(left[i]))
		rw = max(rw, utf8.RuneCountInString(right[i]))
	}
	gap := max(4, pageWidth-lw-rw)
	var b strings.Builder
	for i := range left {
		l := center(left[i], lw)
		l += strings.Repeat(" ", lw-utf8.RuneCountInString(l)+gap)
		b.WriteString(strings.TrimRight(l+center(right[i], rw), " "))
		b.WriteByte('\n')
	}
	return b.String()
}

// SignerText lays the signature block out in plain text: the office in
// capitals, three empty lines for the signature and the seal, then the
// name, centred on the right half of the page. Lines end with a newline and
// carry no trailing spaces.
func SignerText(s Signer) string {
	const half = pageWidth / 2
	var b strings.Builder
	for _, l := range []string{Upper(s.Title), "", "", "", s.Name} {
		if l != "" {
			b.WriteString(strings.Repeat(" ", half) + center(l, half))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// roman writes n (1 to 3999) in Roman numerals, the numbering of a
// document's parts; other numbers in digits.
func roman(n int) string {
	if n < 1 || n > 3999 {
		return itoa(n)
	}
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
