package main

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// cmd runs the command with args and returns its exit code, standard
// output and standard error.
func cmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// writeXLSX writes the sheets as an XLSX file.
func writeXLSX(t testing.TB, name string, sheets ...sheetData) {
	t.Helper()
	var b bytes.Buffer
	if err := writeWorkbook(&b, sheets...); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// counts returns the units, people, person-years, initiatives and grants
// the database holds.
func counts(t *testing.T, db string) [5]int {
	t.Helper()
	ctx := context.Background()
	s, err := openStores(ctx, db, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	us, err := s.org.Units(ctx, org.UnitFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ps, err := s.org.People(ctx, org.PeopleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	pys, err := s.org.PersonYears(ctx, org.YearFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ins, err := s.campaign.Initiatives(ctx, campaign.InitiativeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	gs, err := s.award.Grants(ctx, award.GrantFilter{IncludeRevoked: true})
	if err != nil {
		t.Fatal(err)
	}
	return [5]int{len(us), len(ps), len(pys), len(ins), len(gs)}
}

// zipText returns the text of the parts of a DOCX or XLSX file whose names
// match part, with the XML tags removed.
func zipText(t *testing.T, name, part string) string {
	t.Helper()
	zr, err := zip.OpenReader(name)
	if err != nil {
		t.Fatalf("%s is not an office file: %v", name, err)
	}
	defer zr.Close()
	re := regexp.MustCompile(part)
	tags := regexp.MustCompile(`<[^>]*>`)
	var b strings.Builder
	for _, f := range zr.File {
		if !re.MatchString(f.Name) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(tags.ReplaceAllString(string(data), " "))
	}
	return b.String()
}

// line returns the first line of out containing every one of parts.
func line(out string, parts ...string) string {
next:
	for _, l := range strings.Split(out, "\n") {
		for _, p := range parts {
			if !strings.Contains(l, p) {
				continue next
			}
		}
		return l
	}
	return ""
}

func TestEndToEnd(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	path := func(n string) string { return filepath.Join(dir, n) }

	if c, _, errs := cmd(t, "init", "-db", db); c != 0 {
		t.Fatalf("init: exit %d: %s", c, errs)
	}
	if c, _, errs := cmd(t, "template", "-o", path("mau.xlsx")); c != 0 {
		t.Fatalf("template: exit %d: %s", c, errs)
	}
	// The template names the sheets the import reads.
	if tx := zipText(t, path("mau.xlsx"), `^xl/(sharedStrings|worksheets/|workbook)`); !strings.Contains(tx, "Xếp loại") || !strings.Contains(tx, "Khen thưởng") {
		t.Errorf("template lacks the sheets: %.300s", tx)
	}

	if c, _, errs := cmd(t, "template", "-sample", "-o", path("dulieu.xlsx")); c != 0 {
		t.Fatalf("template -sample: exit %d: %s", c, errs)
	}
	start := time.Now()
	c, out, errs := cmd(t, "import", "-db", db, path("dulieu.xlsx"))
	if c != 0 {
		t.Fatalf("import: exit %d\n%s%s", c, out, errs)
	}
	t.Logf("import of %d staff, %d years: %s\n%s", staff, lastYear-firstYear+1, time.Since(start), out)
	if errs != "" {
		t.Errorf("import wrote to a non-terminal stderr: %q", errs)
	}
	perYear := staff + 2 // grants per decided year
	want := [5]int{3, staff, staff * 5, 15 * 5, perYear * 4}
	if got := counts(t, db); got != want {
		t.Errorf("after import: units, people, person-years, initiatives, grants = %v, want %v", got, want)
	}
	if !strings.Contains(out, fmt.Sprintf("cán bộ: %d", staff)) {
		t.Errorf("import summary lacks the people count:\n%s", out)
	}

	// Importing it again is refused (records already held), and stores nothing.
	if c, _, errs := cmd(t, "import", "-db", db, path("dulieu.xlsx")); c != 1 || !strings.Contains(errs, "Đơn vị") {
		t.Errorf("second import: exit %d, want 1 with problems listed:\n%s", c, errs)
	}
	if got := counts(t, db); got != want {
		t.Errorf("after the second import: %v, want %v", got, want)
	}

	// Screening the last year. Luật Thi đua, khen thưởng 2022, Điều 26
	// khoản 1: Lao động tiên tiến needs "hoàn thành tốt nhiệm vụ" or
	// better, so the one rated "hoàn thành nhiệm vụ" is not eligible.
	c, out, errs = cmd(t, "screen", "-db", db, "-unit", "CUC", "-year", fmt.Sprint(lastYear), "-o", path("xet.xlsx"))
	if c != 0 {
		t.Fatalf("screen: exit %d\n%s", c, errs)
	}
	ldtt := codeName(award.DefaultCatalogue(), award.LDTT)
	t.Logf("verdict: %s", line(out, weak+" ", ldtt))
	if l := line(out, weak+" ", ldtt); !strings.Contains(l, "không đủ điều kiện") || !strings.Contains(strings.ToLower(l), "hoàn thành nhiệm vụ") {
		t.Errorf("verdict of %s for %s: %q\n%s", weak, ldtt, l, out)
	}
	if l := line(out, "P001 ", ldtt); !strings.Contains(l, "đủ điều kiện") || strings.Contains(l, "không đủ") {
		t.Errorf("verdict of P001 for %s: %q", ldtt, l)
	}
	if l := line(out, ldtt+": "); l != ldtt+": "+fmt.Sprint(staff-1)+" đủ điều kiện" {
		t.Errorf("LĐTT count line %q, want %d eligible", l, staff-1)
	}
	if tx := zipText(t, path("xet.xlsx"), `^xl/(sharedStrings|worksheets/)`); !strings.Contains(tx, "hoàn thành nhiệm vụ") && !strings.Contains(tx, "Hoàn thành nhiệm vụ") {
		t.Errorf("screening workbook lacks the reason: %.500s", tx)
	}

	// The period summary as DOCX, and the statistics table.
	c, _, errs = cmd(t, "report", "-db", db, "-unit", "CUC", "-from", fmt.Sprint(firstYear), "-to", fmt.Sprint(lastYear), "-format", "docx", "-o", path("tongket.docx"))
	if c != 0 {
		t.Fatalf("report: exit %d\n%s", c, errs)
	}
	if tx := zipText(t, path("tongket.docx"), `^word/document\.xml$`); !strings.Contains(tx, "Cục Thi hành án dân sự tỉnh Đồng Tháp") && !strings.Contains(tx, "CỤC THI HÀNH ÁN DÂN SỰ TỈNH ĐỒNG THÁP") {
		t.Errorf("summary DOCX lacks the unit: %.500s", tx)
	}
	c, out, errs = cmd(t, "report", "-db", db, "-unit", "CUC", "-from", fmt.Sprint(firstYear), "-to", fmt.Sprint(lastYear), "-kind", "statistics", "-format", "text")
	if c != 0 {
		t.Fatalf("report statistics: exit %d\n%s", c, errs)
	}
	if !strings.Contains(out, ldtt) {
		t.Errorf("statistics lack %s:\n%s", ldtt, out)
	}
	if c, _, errs := cmd(t, "report", "-db", db, "-unit", "CUC", "-from", "2019", "-to", "2023", "-kind", "person", "-person", star, "-o", path("canhan.docx")); c != 0 {
		t.Errorf("person report: exit %d\n%s", c, errs)
	}

	// The yearly forms of the last decided year.
	c, _, errs = cmd(t, "forms", "-db", db, "-unit", "CUC", "-year", fmt.Sprint(lastYear), "-o", path("bieu.xlsx"))
	if c != 0 {
		t.Fatalf("forms: exit %d\n%s", c, errs)
	}
	if tx := zipText(t, path("bieu.xlsx"), `^xl/(sharedStrings|worksheets/)`); !strings.Contains(tx, "0603.N") {
		t.Errorf("forms workbook lacks form 0603.N: %.300s", tx)
	}

	// Copy to another SQLite file gives the same counts.
	db2 := path("copy.db")
	if c, _, errs := cmd(t, "copy", "-from", db, "-to", db2); c != 0 {
		t.Fatalf("copy: exit %d\n%s", c, errs)
	}
	if got := counts(t, db2); got != want {
		t.Errorf("copy holds %v, want %v", got, want)
	}
}

// TestBadWorkbook imports a workbook with problems: exit 1, every problem
// listed by sheet, row and column, nothing stored.
func TestBadWorkbook(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	if c, _, errs := cmd(t, "init", "-db", db); c != 0 {
		t.Fatalf("init: exit %d: %s", c, errs)
	}
	book := sampleBook()
	bad := filepath.Join(dir, "sai.xlsx")
	book[2].rows[5][3] = "Xuất sắc lắm"         // unknown rating, row 6 of Xếp loại
	book[2].rows[9][0] = "P999"                 // unknown staff, row 10
	book[4].rows[3][5] = "Huân chương Mặt Trời" // unknown award, row 4 of Khen thưởng
	writeXLSX(t, bad, book...)
	before := counts(t, db)
	c, out, errs := cmd(t, "import", "-db", db, bad)
	if c != 1 {
		t.Fatalf("import of a bad workbook: exit %d, want 1\n%s%s", c, out, errs)
	}
	for _, want := range []string{"Xếp loại\t6\tD", "Xếp loại\t10\tA", "Khen thưởng\t4\tF"} {
		if !strings.Contains(errs, want) {
			t.Errorf("errors lack %q:\n%s", want, errs)
		}
	}
	t.Logf("errors listed:\n%s", errs)
	if got := counts(t, db); got != before {
		t.Errorf("a failed import changed the database: %v, was %v", got, before)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		nil,
		{"frobnicate"},
		{"import"},
		{"screen", "-db", "x.db", "-unit", "CUC"},
		{"report", "-db", "x.db", "-unit", "CUC", "-from", "2020", "-to", "2019"},
		{"forms", "-bogus"},
	} {
		if c, _, _ := cmd(t, args...); c != 2 {
			t.Errorf("%q: exit %d, want 2", args, c)
		}
	}
	for _, name := range []string{"init", "template", "import", "screen", "report", "forms", "copy"} {
		c, _, errs := cmd(t, name, "-h")
		if c != 0 || !strings.Contains(errs, "Usage: thidua "+name) {
			t.Errorf("%s -h: exit %d, usage %q", name, c, errs)
		}
	}
	// A database that does not exist is a data error, not created.
	dir := t.TempDir()
	if c, _, errs := cmd(t, "screen", "-db", filepath.Join(dir, "none.db"), "-unit", "CUC", "-year", "2023"); c != 1 || !strings.Contains(errs, "chưa có") {
		t.Errorf("screen on a missing database: exit %d: %s", c, errs)
	}
}

// TestCSVDir imports the sample as a folder of CSV files, one per sheet.
func TestCSVDir(t *testing.T) {
	dir := t.TempDir()
	csvDir := filepath.Join(dir, "csv")
	if err := os.Mkdir(csvDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, sd := range sampleBook() {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		for _, r := range sd.rows {
			rec := make([]string, len(r))
			for i, v := range r {
				if v != nil {
					rec[i] = fmt.Sprint(v)
				}
			}
			if err := w.Write(rec); err != nil {
				t.Fatal(err)
			}
		}
		w.Flush()
		if err := os.WriteFile(filepath.Join(csvDir, sd.name+".csv"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "thidua.db")
	if c, out, errs := cmd(t, "import", "-db", db, csvDir); c != 0 {
		t.Fatalf("import of a CSV folder: exit %d\n%s%s", c, out, errs)
	}
	want := [5]int{3, staff, staff * 5, 15 * 5, (staff + 2) * 4}
	if got := counts(t, db); got != want {
		t.Errorf("after the CSV import: %v, want %v", got, want)
	}
}

// TestCopyPostgres copies a SQLite file to a fresh PostgreSQL schema when
// THIDUA_TEST_POSTGRES names a server.
func TestCopyPostgres(t *testing.T) {
	url := os.Getenv("THIDUA_TEST_POSTGRES")
	if url == "" {
		t.Skip("THIDUA_TEST_POSTGRES not set")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	writeXLSX(t, filepath.Join(dir, "d.xlsx"), sampleBook()...)
	if c, _, errs := cmd(t, "import", "-db", db, filepath.Join(dir, "d.xlsx")); c != 0 {
		t.Fatalf("import: exit %d: %s", c, errs)
	}
	ctx := context.Background()
	admin, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	schema := fmt.Sprintf("thidua_cli_%d", time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE") })
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	pg := url + sep + "search_path=" + schema
	if c, out, errs := cmd(t, "copy", "-from", db, "-to", pg); c != 0 {
		t.Fatalf("copy to PostgreSQL: exit %d\n%s%s", c, out, errs)
	}
	if got, want := counts(t, pg), counts(t, db); got != want {
		t.Errorf("PostgreSQL holds %v, SQLite %v", got, want)
	}
	if c, out, errs := cmd(t, "screen", "-db", pg, "-unit", "CUC", "-year", "2023"); c != 0 || !strings.Contains(out, weak) {
		t.Errorf("screen on PostgreSQL: exit %d\n%s", c, errs)
	}
}
