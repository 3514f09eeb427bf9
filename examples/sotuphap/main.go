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
	"github.com/thidua-go/thidua/report"
	"github.com/thidua-go/thidua/report/document"
)

//go:embed templates/bao-cao.tmpl
var reportTemplate string

func main() {
	format := flag.String("format", "report", "output: report (templates/bao-cao.tmpl), text, markdown, json, nominations or achievement")
	tmpl := flag.String("template", "", "render the summary with this template file instead")
	flag.Parse()
	ctx := context.Background()
	var buf bytes.Buffer
	s, err := build(ctx)
	if err == nil {
		if *tmpl != "" {
			err = runTemplateFile(ctx, &buf, s, *tmpl)
		} else {
			err = run(ctx, &buf, s, *format)
		}
	}
	if err == nil {
		_, err = os.Stdout.Write(buf.Bytes())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "sotuphap:", err)
		os.Exit(1)
	}
}

// request is the five-year summary of the Sở and its offices, 2020–2024,
// said on 31/03/2025: grants selected by their achievement year, so the
// titles of 2024 decided in January 2025 are the period's and those of
// 2019 decided in January 2020 are not.
func request() report.SummaryRequest {
	return report.SummaryRequest{
		Unit:           so,
		Period:         thidua.Years(2020, 2024),
		AsOf:           day(2025, time.March, 31),
		Select:         report.SelectByAchievementYear,
		HighlightYear:  2024,
		ListRecipients: true,
		Kinds:          []award.Code{award.BangKhenTTg, award.CoBo, award.BangKhenBo, award.CSTDBo, award.TTLDXS},
		Labels: map[award.Code]string{
			award.CoBo:   "Cờ thi đua",
			award.CSTDBo: "Chiến sĩ thi đua cấp tỉnh",
		},
		// The results of 2024 against 2023: the ministry's target with the
		// Sở's rank among the provinces' Sở, and the Sở's own rate, whose
		// change is in percentage points.
		Results: []report.ResultRequest{
			{Movement: movementMinistry, Target: targetTGPL, Year: 2024, Rank: true, Wording: report.ChangeOptions{Classifier: "vụ việc"}},
			{Movement: movementYearly, Target: targetLyLich, Year: 2024, Wording: report.ChangeOptions{Points: true}},
		},
		// The dossiers of the period as the Sở handled them: its council's
		// votes and what it sent on.
		Pipeline: &report.PipelineOptions{Council: so, Labels: map[award.Code]string{award.BangKhenBo: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"}},
	}
}

// phrases are the words around the figures: a subject of the Sở's own, and
// grants that outnumber their recipients written as turns ("lượt").
func phrases() *report.PhraseOptions {
	return &report.PhraseOptions{
		Subject:  "Sở Tư pháp và các phòng, đơn vị thuộc Sở",
		Turns:    true,
		Pipeline: report.PipelinePhraseOptions{Council: "Hội đồng Thi đua - Khen thưởng Sở", SubmittedTo: "cấp có thẩm quyền"},
	}
}

// summary builds the summary from the stores.
func summary(ctx context.Context, s *stores) (*report.Summary, error) {
	return report.BuildSummary(ctx, s.sources(), request())
}

// runTemplateFile renders the summary with the template in file path
// (html/template for a .html file, text/template otherwise).
func runTemplateFile(ctx context.Context, w io.Writer, s *stores, path string) error {
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

func (s *stores) documents() document.Sources {
	return document.Sources{Org: s.org, Award: s.award, Catalogue: s.catalogue, Campaign: s.campaign}
}

// signer signs the Sở's documents.
var signer = document.Signer{Title: "Giám đốc", Name: "Trần Thị Minh Thư"}

// nominations is the Sở's list of proposals in its own order: the Prime
// Minister's Bằng khen first, then the Huân chương, then the flag, names
// as proposed; the province's Bằng khen under the name the province uses.
func nominations(ctx context.Context, s *stores) (*document.Nominations, error) {
	return document.NominationList(ctx, s.documents(), document.NominationRequest{
		Proposer:   so,
		Order:      document.AsProposed,
		GroupOrder: []award.Code{award.BangKhenTTg, award.HCLD3, award.CoChinhPhu},
		Labels:     map[award.Code]string{award.BangKhenBo: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"},
		Heading: document.Heading{Number: thidua.MustParseDocNumber("45/TTr-STP"), Place: "Hà Lam", Date: day(2025, time.March, 5),
			Title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", Subtitle: "Kèm theo Tờ trình số 45/TTr-STP ngày 05/3/2025 của Sở Tư pháp"},
		Signer:     signer,
		Recipients: []string{"Ban Thi đua - Khen thưởng tỉnh;", "Lưu: VT, VP."},
	})
}

// achievement is the Sở's achievement report for the Government's flag,
// with its yearly results against the targets of its movement.
func achievement(ctx context.Context, s *stores) (*document.AchievementReport, error) {
	return document.CollectiveReport(ctx, s.documents(), document.CollectiveRequest{
		Unit: so, Period: thidua.Years(2020, 2024), Proposed: award.CoChinhPhu, IncludeSubunits: true,
		Heading: document.Heading{Number: thidua.MustParseDocNumber("30/BC-STP"), Place: "Hà Lam", Date: day(2025, time.February, 10)},
		Address: "Số 12, đường Trần Phú, thành phố Hà Lam, tỉnh Hà Lam",
		Sections: []document.Section{{Title: "Chức năng, nhiệm vụ được giao",
			Paragraphs: []string{"Sở Tư pháp tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác tư pháp trên địa bàn tỉnh."}}},
		Signer: signer,
	})
}

func run(ctx context.Context, w io.Writer, s *stores, format string) error {
	switch format {
	case "nominations":
		l, err := nominations(ctx, s)
		if err != nil {
			return err
		}
		return document.Render(w, document.Text, l)
	case "achievement":
		rep, err := achievement(ctx, s)
		if err != nil {
			return err
		}
		return document.Render(w, document.Text, rep)
	}
	sum, err := summary(ctx, s)
	if err != nil {
		return err
	}
	var r report.Renderer
	switch format {
	case "report":
		if r, err = report.NewTemplateRenderer("bao-cao.tmpl", reportTemplate, phrases()); err != nil {
			return err
		}
	case "text":
		r = report.NewTextRenderer(phrases())
	case "markdown":
		r = report.NewMarkdownRenderer(phrases())
	case "json":
		e := json.NewEncoder(w)
		e.SetIndent("", "  ")
		return e.Encode(sum)
	default:
		return fmt.Errorf("unknown format %q", format)
	}
	return r.Render(w, sum)
}
