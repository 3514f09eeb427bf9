package main

import (
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
)

//go:embed summary.tmpl
var articleTemplate string

func main() {
	format := flag.String("format", "article", "output: article, text, markdown, html, csv or json")
	tmpl := flag.String("template", "", "render with this template file instead")
	dbPath := flag.String("db", "", "keep the data in this SQLite file: the first run stores it, later runs read it back")
	flag.Parse()
	ctx := context.Background()
	s, closeDB, err := load(ctx, *dbPath)
	if err == nil {
		if *tmpl != "" {
			err = runTemplate(ctx, os.Stdout, s, *tmpl)
		} else {
			err = run(ctx, os.Stdout, s, *format)
		}
		if cerr := closeDB(); err == nil {
			err = cerr
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
	case "json":
		e := json.NewEncoder(w)
		e.SetIndent("", "  ")
		return e.Encode(sum)
	default:
		return fmt.Errorf("unknown format %q", format)
	}
	return r.Render(w, sum)
}
