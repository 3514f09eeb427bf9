package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/report"
	"github.com/thidua-go/thidua/report/document"
	"github.com/thidua-go/thidua/report/forms"
)

//go:embed summary.tmpl
var articleTemplate string

func main() {
	format := flag.String("format", "article", "output: article, text, markdown, html, csv, json, docx or xlsx")
	tmpl := flag.String("template", "", "render with this template file instead")
	dbPath := flag.String("db", "", "keep the data in this SQLite file: the first run stores it, later runs read it back")
	out := flag.String("o", "", "write to this file instead of standard output")
	flag.Parse()
	ctx := context.Background()
	var buf bytes.Buffer
	s, closeDB, err := load(ctx, *dbPath)
	if err == nil {
		if *tmpl != "" {
			err = runTemplate(ctx, &buf, s, *tmpl)
		} else {
			err = run(ctx, &buf, s, *format)
		}
		if cerr := closeDB(); err == nil {
			err = cerr
		}
	}
	if err == nil {
		if *out != "" {
			err = os.WriteFile(*out, buf.Bytes(), 0o644)
		} else {
			_, err = os.Stdout.Write(buf.Bytes())
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "dongthap:", err)
		os.Exit(1)
	}
}

// request is the summary the article gives: the Cục and everything under it,
// 2015–2020, as of the day of publication.
func request() report.SummaryRequest {
	return report.SummaryRequest{
		Unit:          cuc,
		Period:        thidua.Years(2015, 2020),
		AsOf:          thidua.MustDate(2020, time.June, 22),
		HighlightYear: 2019,
		ListGrants:    true,
		Kinds:         []award.Code{award.HCLD3, award.CoBo, award.BangKhenBo, award.CSTDBo},
		// The sector's names, as the Ministry of Justice writes them.
		Labels: map[award.Code]string{
			award.CoBo:       "Cờ Thi đua ngành Tư pháp",
			award.CSTDBo:     "Chiến sỹ thi đua ngành Tư pháp",
			award.CoChinhPhu: "Cờ Thi đua của Chính phủ",
		},
	}
}

// phrases are the words of the article around the figures.
func phrases() *report.PhraseOptions {
	return &report.PhraseOptions{
		Subject: "các cơ quan Thi hành án dân sự trong tỉnh",
		Purposes: map[string]string{
			contribution.PurposeNewRural: "để hỗ trợ cho các xã xây dựng nông thôn mới sửa chữa và xây mới cầu bằng bê tông, làm đường, các công trình điện thấp sáng đường quê ở nông thôn",
		},
		MobilisedLead: "chủ động phối hợp với cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể ở địa phương vận động các nhà hảo tâm ủng hộ đóng góp",
	}
}

// load returns the example's stores: built in memory, or kept in the
// SQLite file at dbPath (see openDB); close releases the database.
func load(ctx context.Context, dbPath string) (s *stores, close func() error, err error) {
	if dbPath == "" {
		s, err := build(ctx)
		return s, func() error { return nil }, err
	}
	return openDB(ctx, dbPath)
}

// summary builds the summary of the article from the stores.
func summary(ctx context.Context, s *stores) (*report.Summary, error) {
	return report.BuildSummary(ctx, s.sources(), request())
}

// runTemplate renders the summary with the template in file path.
func runTemplate(ctx context.Context, w io.Writer, s *stores, path string) error {
	text, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sum, err := summary(ctx, s)
	if err != nil {
		return err
	}
	var r report.Renderer
	if strings.HasSuffix(path, ".html") {
		r, err = report.NewHTMLTemplateRenderer(filepath.Base(path), string(text), phrases())
	} else {
		r, err = report.NewTemplateRenderer(filepath.Base(path), string(text), phrases())
	}
	if err != nil {
		return err
	}
	return r.Render(w, sum)
}

// office is the document around the summary: the Cục under the Ministry,
// its place, the report's number and signer.
func office() *report.OfficeOptions {
	return &report.OfficeOptions{
		Phrases:     phrases(),
		Parent:      "Tổng cục Thi hành án dân sự",
		Number:      thidua.MustParseDocNumber("125/BC-CTHADS"),
		Place:       "Đồng Tháp",
		Recipients:  []string{"Tổng cục Thi hành án dân sự;", "Ban Thi đua - Khen thưởng tỉnh;", "Lưu: VT, TĐKT."},
		SignerTitle: "Cục trưởng",
		SignerName:  "Trần Văn Dũng",
	}
}

// writeWorkbook writes the summary's tables and, after them, the yearly
// statistics forms of 2019 (biểu 0601.N, 0602.N, 0603.N) for the Cục.
func writeWorkbook(ctx context.Context, w io.Writer, s *stores, sum *report.Summary) error {
	wb := report.SummaryWorkbook(sum, office())
	src := document.Sources{Org: s.org, Award: s.award, Catalogue: s.catalogue, Campaign: s.campaign}
	res, err := forms.Compute(ctx, src, forms.Request{Unit: cuc, Year: 2019, Place: "Đồng Tháp",
		Date: thidua.MustDate(2020, time.January, 15), Signer: document.Signer{Title: "Cục trưởng", Name: "Trần Văn Dũng"}},
		forms.Forms2023()...)
	if err != nil {
		return err
	}
	wb.Sheets = append(wb.Sheets, forms.Workbook(res...).Sheets...)
	return wb.Write(w)
}

// articleParagraphs renders the article and returns its paragraphs after
// the title and the date line.
func articleParagraphs(sum *report.Summary) ([]string, error) {
	r, err := report.NewTemplateRenderer("summary.tmpl", articleTemplate, phrases())
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	if err := r.Render(&b, sum); err != nil {
		return nil, err
	}
	var ps []string
	for i, p := range strings.Split(b.String(), "\n\n") {
		if p = strings.TrimSpace(p); p != "" && i >= 2 {
			ps = append(ps, p)
		}
	}
	return ps, nil
}

func run(ctx context.Context, w io.Writer, s *stores, format string) error {
	sum, err := summary(ctx, s)
	if err != nil {
		return err
	}
	var r report.Renderer
	switch format {
	case "article":
		if r, err = report.NewTemplateRenderer("summary.tmpl", articleTemplate, phrases()); err != nil {
			return err
		}
	case "text":
		r = report.NewTextRenderer(phrases())
	case "markdown":
		r = report.NewMarkdownRenderer(phrases())
	case "html":
		r = report.NewHTMLRenderer(phrases())
	case "csv":
		r = report.CSVRenderer{}
	case "docx":
		// The article's paragraphs in an administrative document, with
		// the tables of grants, pending nominations and contributions.
		o := office()
		if o.Body, err = articleParagraphs(sum); err != nil {
			return err
		}
		r = report.NewDOCXRenderer(o)
	case "xlsx":
		return writeWorkbook(ctx, w, s, sum)
	case "json":
		e := json.NewEncoder(w)
		e.SetIndent("", "  ")
		return e.Encode(sum)
	default:
		return fmt.Errorf("unknown format %q", format)
	}
	return r.Render(w, sum)
}
