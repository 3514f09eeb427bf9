package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
	"github.com/thidua-go/thidua/report/document"
	"github.com/thidua-go/thidua/report/forms"
)

// defaultCodes are the titles and forms screened when -codes is not given.
const defaultCodes = "ldtt,cstd-co-so,cstd-bo,bang-khen-bo,ttld-tien-tien,ttld-xuat-sac"

// parseCodes reads a comma-separated list of award codes or names.
func parseCodes(cat *award.Catalogue, list string) ([]award.Code, error) {
	var codes []award.Code
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if k, err := cat.Lookup(f); err == nil {
			codes = append(codes, k.Code)
			continue
		}
		if k, err := cat.Kind(award.Code(f)); err == nil {
			codes = append(codes, k.Code)
			continue
		}
		return nil, fmt.Errorf("unknown award %q", f)
	}
	if len(codes) == 0 {
		return nil, fmt.Errorf("no award given")
	}
	return codes, nil
}

func cmdScreen(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("screen", "-db FILE|URL -unit ID -year N [-codes LIST] [-o FILE.xlsx|.csv|.docx]",
		"Screens everyone under the unit (đơn vị) for the year's titles and forms (xét danh hiệu thi đua,\nhình thức khen thưởng), with the quotas (tỷ lệ) and the reasons (lý do), prints the table and\nwrites it to a file when -o is given. Being ineligible is not an error.", stderr)
	dbf := fs.String("db", "", "SQLite file or postgres:// URL (required)")
	unit := fs.String("unit", "", "unit code (mã đơn vị) (required)")
	year := fs.Int("year", 0, "year rated (năm xét) (required)")
	codesf := fs.String("codes", defaultCodes, "awards screened: codes or Vietnamese names, comma separated")
	span := fs.Int("span", 10, "years of history read")
	out := fs.String("o", "", "write the table to this .xlsx, .csv, .docx, .html, .md or .txt file")
	if c := parse(fs, args, stdout); c >= 0 {
		return c
	}
	if *dbf == "" || *unit == "" || *year == 0 || fs.NArg() > 0 {
		return usageError(fs, "-db, -unit and -year are required")
	}
	var format document.Format
	if *out != "" {
		var ok bool
		if format, ok = formatOf(*out); !ok {
			return usageError(fs, "unknown output format %q", filepath.Ext(*out))
		}
	}
	s, err := openStores(ctx, *dbf, false)
	if err != nil {
		return fail(stderr, "screen", err)
	}
	defer s.Close()
	codes, err := parseCodes(s.catalogue, *codesf)
	if err != nil {
		return usageError(fs, "%v", err)
	}
	src := rules.Sources{Org: s.org, Campaign: s.campaign, Award: s.award}
	cands, err := rules.LoadSubtree(ctx, src, org.UnitID(*unit), *year, *span)
	if err != nil {
		return fail(stderr, "screen", err)
	}
	res := rules.Screen(rules.DefaultRegimes(), cands, *year, codes, nil)
	names, err := candidateNames(ctx, s.org, org.UnitID(*unit), *year)
	if err != nil {
		return fail(stderr, "screen", err)
	}
	printScreening(stdout, res, cands, names, s.catalogue)
	if *out != "" {
		doc := document.Screening(res, names, s.catalogue, document.Heading{}, document.Signer{})
		if err := writeFile(*out, func(w io.Writer) error { return document.Render(w, format, doc) }); err != nil {
			return fail(stderr, "screen", err)
		}
		fmt.Fprintf(stdout, "Đã ghi %s.\n", *out)
	}
	return exitOK
}

// formatOf picks the document format of a file by its extension.
func formatOf(name string) (document.Format, bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx":
		return document.XLSX, true
	case ".csv":
		return document.CSV, true
	case ".docx":
		return document.DOCX, true
	case ".html", ".htm":
		return document.HTML, true
	case ".md":
		return document.Markdown, true
	case ".txt":
		return document.Text, true
	}
	return "", false
}

// candidateNames names the units and people under unit in year by ID.
func candidateNames(ctx context.Context, o org.Store, unit org.UnitID, year int) (map[string]string, error) {
	names := map[string]string{}
	units, err := o.Subtree(ctx, unit, thidua.Year(year).To)
	if err != nil {
		return nil, err
	}
	for _, u := range units {
		names[string(u.ID)] = u.Name
	}
	people, err := o.People(ctx, org.PeopleFilter{Unit: unit, Subtree: true, During: thidua.Year(year)})
	if err != nil {
		return nil, err
	}
	for _, p := range people {
		names[string(p.ID)] = p.FullName
	}
	return names, nil
}

// printScreening prints one line per candidate and award: the verdict and,
// for those not proposed, why.
func printScreening(w io.Writer, res rules.Result, cands []rules.Candidate, names map[string]string, cat *award.Catalogue) {
	fmt.Fprintf(w, "KẾT QUẢ XÉT THI ĐUA, KHEN THƯỞNG NĂM %d (chế độ %s)\n", res.Year, res.Regime)
	for _, n := range res.Notes {
		fmt.Fprintf(w, "Ghi chú: %s\n", n)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "Mã\tHọ tên / Đơn vị\tDanh hiệu, hình thức\tKết quả\tLý do")
	eligible := make([]int, len(res.Codes))
	for i, row := range res.Rows {
		for j, d := range row.Decisions {
			if !applies(cat, res.Codes[j], cands[i].Collective) {
				continue
			}
			v, _ := res.Verdict(i, j)
			verdict, reason := "không đủ điều kiện", failures(v)
			switch {
			case d.Eligible:
				verdict, reason = "đủ điều kiện", pending(v)
				eligible[j]++
			case d.Cut() != "":
				verdict, reason = "vượt tỷ lệ", d.Cut()
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", row.Candidate, names[row.Candidate], codeName(cat, res.Codes[j]), verdict, reason)
		}
	}
	tw.Flush()
	for j, c := range res.Codes {
		fmt.Fprintf(w, "%s: %d đủ điều kiện\n", codeName(cat, c), eligible[j])
	}
}

// applies tells whether code may go to a collective (or a person when
// collective is false): a screening checks every candidate for every code,
// and only the verdicts of the right kind of recipient are printed.
func applies(cat *award.Catalogue, code award.Code, collective bool) bool {
	k, err := cat.Kind(code)
	if err != nil {
		return true
	}
	if collective {
		return k.Recipients.Has(award.Collective)
	}
	return k.Recipients.Has(award.Individual)
}

func codeName(cat *award.Catalogue, c award.Code) string {
	if k, err := cat.Kind(c); err == nil {
		return k.Name
	}
	return rules.CodeName(c)
}

// failures joins the reasons of the criteria that failed.
func failures(v rules.Verdict) string {
	var rs []string
	for _, cr := range v.Failed() {
		rs = append(rs, cr.Reason)
	}
	return strings.Join(rs, "; ")
}

// pending joins the reasons of the criteria still pending.
func pending(v rules.Verdict) string {
	var rs []string
	for _, cr := range v.Criteria {
		if cr.Pending {
			rs = append(rs, cr.Reason)
		}
	}
	return strings.Join(rs, "; ")
}

func cmdReport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("report", "-db FILE|URL -unit ID -from Y -to Y [-kind K] -format F -o FILE",
		"Writes the period summary (báo cáo tổng kết thi đua, khen thưởng) of a unit and everything under it,\nor a standard document: the achievement report (báo cáo thành tích) of the unit or of a person,\nthe nomination list (danh sách đề nghị) or the statistics table (bảng thống kê khen thưởng).", stderr)
	dbf := fs.String("db", "", "SQLite file or postgres:// URL (required)")
	unit := fs.String("unit", "", "unit code (mã đơn vị) (required)")
	from := fs.Int("from", 0, "first year of the period (required)")
	to := fs.Int("to", 0, "last year of the period (required)")
	kind := fs.String("kind", "summary", "summary (tổng kết), unit (thành tích tập thể), person (thành tích cá nhân), nominations (danh sách đề nghị), statistics (thống kê)")
	person := fs.String("person", "", "staff code (mã cán bộ) for -kind person")
	proposed := fs.String("proposed", "", "award proposed, for the achievement reports")
	formatf := fs.String("format", "", "text, md, html, docx or xlsx (default: from the -o extension)")
	tmpl := fs.String("template", "", "a text/template file to render the summary with (report.SummaryFuncs)")
	out := fs.String("o", "", "output file (default: standard output, text formats only)")
	if c := parse(fs, args, stdout); c >= 0 {
		return c
	}
	if *dbf == "" || *unit == "" || *from == 0 || *to == 0 || fs.NArg() > 0 {
		return usageError(fs, "-db, -unit, -from and -to are required")
	}
	if *to < *from {
		return usageError(fs, "-to is before -from")
	}
	format := document.Format(*formatf)
	if format == "md" {
		format = document.Markdown
	}
	if format == "" {
		if *out == "" {
			format = document.Text
		} else {
			var ok bool
			if format, ok = formatOf(*out); !ok {
				return usageError(fs, "give -format")
			}
		}
	}
	switch format {
	case document.Text, document.Markdown, document.HTML, document.DOCX, document.XLSX:
	case document.CSV:
		if *kind == "summary" {
			return usageError(fs, "the summary has no csv format")
		}
	default:
		return usageError(fs, "unknown format %q", format)
	}
	if (format == document.DOCX || format == document.XLSX) && *out == "" {
		return usageError(fs, "-o is required for %s", format)
	}
	if *kind == "person" && *person == "" {
		return usageError(fs, "-kind person needs -person")
	}
	var tmplText string
	if *tmpl != "" {
		b, err := readFile(*tmpl)
		if err != nil {
			return fail(stderr, "report", err)
		}
		tmplText = b
	}
	s, err := openStores(ctx, *dbf, false)
	if err != nil {
		return fail(stderr, "report", err)
	}
	defer s.Close()
	var code award.Code
	if *proposed != "" {
		cs, err := parseCodes(s.catalogue, *proposed)
		if err != nil {
			return usageError(fs, "%v", err)
		}
		code = cs[0]
	}
	period := thidua.Years(*from, *to)
	dsrc := document.Sources{Org: s.org, Award: s.award, Catalogue: s.catalogue, Campaign: s.campaign}
	var write func(io.Writer) error
	switch *kind {
	case "summary":
		sum, err := report.BuildSummary(ctx, report.Sources{Org: s.org, Award: s.award, Catalogue: s.catalogue,
			Contribution: s.contribution, Campaign: s.campaign}, report.SummaryRequest{Unit: org.UnitID(*unit), Period: period})
		if err != nil {
			return fail(stderr, "report", err)
		}
		var r report.Renderer
		switch {
		case tmplText != "" && format == document.HTML:
			if r, err = report.NewHTMLTemplateRenderer(filepath.Base(*tmpl), tmplText, nil); err != nil {
				return fail(stderr, "report", err)
			}
		case tmplText != "":
			if r, err = report.NewTemplateRenderer(filepath.Base(*tmpl), tmplText, nil); err != nil {
				return fail(stderr, "report", err)
			}
		case format == document.Text:
			r = report.NewTextRenderer(nil)
		case format == document.Markdown:
			r = report.NewMarkdownRenderer(nil)
		case format == document.HTML:
			r = report.NewHTMLRenderer(nil)
		case format == document.DOCX:
			r = report.NewDOCXRenderer(nil)
		case format == document.XLSX:
			r = report.NewXLSXRenderer(nil)
		}
		write = func(w io.Writer) error { return r.Render(w, sum) }
	default:
		var doc document.Document
		var err error
		switch *kind {
		case "unit":
			doc, err = document.CollectiveReport(ctx, dsrc, document.CollectiveRequest{Unit: org.UnitID(*unit), Period: period, Proposed: code, IncludeSubunits: true})
		case "person":
			doc, err = document.IndividualReport(ctx, dsrc, document.IndividualRequest{Person: org.PersonID(*person), Period: period, Proposed: code})
		case "nominations":
			doc, err = document.NominationList(ctx, dsrc, document.NominationRequest{Proposer: org.UnitID(*unit)})
		case "statistics":
			doc, err = document.StatisticsTable(ctx, dsrc, document.StatisticsRequest{Unit: org.UnitID(*unit), Period: period})
		default:
			return usageError(fs, "unknown -kind %q", *kind)
		}
		if err != nil {
			return fail(stderr, "report", err)
		}
		write = func(w io.Writer) error { return document.Render(w, format, doc) }
	}
	if *out == "" {
		if err := write(stdout); err != nil {
			return fail(stderr, "report", err)
		}
		return exitOK
	}
	if err := writeFile(*out, write); err != nil {
		return fail(stderr, "report", err)
	}
	fmt.Fprintf(stdout, "Đã ghi %s.\n", *out)
	return exitOK
}

func cmdForms(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("forms", "-db FILE|URL -unit ID -year N -o FILE.xlsx",
		"Writes the yearly statistics forms (biểu mẫu thống kê 0601.N, 0602.N, 0603.N, Thông tư 02/2023/TT-BNV)\nof a unit and everything under it as one workbook.", stderr)
	dbf := fs.String("db", "", "SQLite file or postgres:// URL (required)")
	unit := fs.String("unit", "", "reporting unit code (mã đơn vị) (required)")
	year := fs.Int("year", 0, "year reported (required)")
	body := fs.String("body", "", "what the unit is: ministry (bộ, ngành) or province (tỉnh); empty for a unit below them")
	out := fs.String("o", "", "the workbook to write (required)")
	if c := parse(fs, args, stdout); c >= 0 {
		return c
	}
	if *dbf == "" || *unit == "" || *year == 0 || *out == "" || fs.NArg() > 0 {
		return usageError(fs, "-db, -unit, -year and -o are required")
	}
	if *body != "" && *body != "ministry" && *body != "province" {
		return usageError(fs, "-body is ministry or province")
	}
	s, err := openStores(ctx, *dbf, false)
	if err != nil {
		return fail(stderr, "forms", err)
	}
	defer s.Close()
	dsrc := document.Sources{Org: s.org, Award: s.award, Catalogue: s.catalogue, Campaign: s.campaign}
	res, err := forms.Compute(ctx, dsrc, forms.Request{Unit: org.UnitID(*unit), Year: *year, Body: *body}, forms.Forms2023()...)
	if err != nil {
		return fail(stderr, "forms", err)
	}
	if err := writeFile(*out, func(w io.Writer) error { return forms.WriteXLSX(w, res...) }); err != nil {
		return fail(stderr, "forms", err)
	}
	fmt.Fprintf(stdout, "Đã ghi %d biểu thống kê năm %d vào %s.\n", len(res), *year, *out)
	return exitOK
}

func cmdCopy(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("copy", "-from FILE|URL -to FILE|URL",
		"Copies every record — units and people (tổ chức, cán bộ), movements and initiatives (phong trào,\nsáng kiến), decisions and grants (khen thưởng), contributions (đóng góp) — from one database to\nanother, e.g. from a SQLite file to PostgreSQL. The target is created or migrated first.", stderr)
	from := fs.String("from", "", "source database (required)")
	to := fs.String("to", "", "target database (required)")
	if c := parse(fs, args, stdout); c >= 0 {
		return c
	}
	if *from == "" || *to == "" || fs.NArg() > 0 {
		return usageError(fs, "-from and -to are required")
	}
	if *from == *to {
		return usageError(fs, "-from and -to are the same database")
	}
	src, err := openStores(ctx, *from, false)
	if err != nil {
		return fail(stderr, "copy", err)
	}
	defer src.Close()
	start := time.Now()
	// The copy runs on a copy of the target (of the SQLite file, or in a
	// private PostgreSQL schema), swapped in at the end in one transaction:
	// failed or killed half-way, it leaves the target as it was.
	err = atomically(ctx, *to, func(dst *stores) error {
		steps := []struct {
			name string
			copy func() error
		}{
			{"tổ chức, cán bộ", func() error { return org.Copy(ctx, dst.org, src.org) }},
			{"phong trào, sáng kiến", func() error { return campaign.Copy(ctx, dst.campaign, src.campaign) }},
			{"khen thưởng", func() error { return award.Copy(ctx, dst.award, src.award) }},
			{"đóng góp", func() error { return contribution.Copy(ctx, dst.contribution, src.contribution) }},
		}
		for _, st := range steps {
			if err := st.copy(); err != nil {
				return fmt.Errorf("%s: %w", st.name, err)
			}
			fmt.Fprintf(stdout, "Đã sao chép: %s\n", st.name)
		}
		return nil
	})
	if err != nil {
		return fail(stderr, "copy", err)
	}
	fmt.Fprintf(stdout, "Hoàn tất sau %s.\n", time.Since(start).Round(time.Millisecond))
	return exitOK
}
