package main

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/xlsx"
)

// cmd runs the command with args and returns its exit code, standard
// output and standard error.
func cmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// sheetData is a sheet of a test workbook: rows of cells, each a string,
// an int, a thidua.Date or nil (empty).
type sheetData struct {
	name string
	rows [][]any
}

// writeWorkbook writes the sheets as an XLSX file with the library's writer.
func writeWorkbook(t *testing.T, name string, sheets ...sheetData) {
	t.Helper()
	wb := xlsx.New()
	for _, sd := range sheets {
		s := wb.AddSheet(sd.name)
		for _, r := range sd.rows {
			cells := make([]xlsx.Cell, len(r))
			for i, v := range r {
				switch v := v.(type) {
				case nil:
					cells[i] = xlsx.Text("")
				case string:
					cells[i] = xlsx.Text(v)
				case int:
					cells[i] = xlsx.Int(v)
				case thidua.Date:
					cells[i] = xlsx.Date(v)
				default:
					t.Fatalf("unsupported cell %T", v)
				}
			}
			s.AddRow(cells...)
		}
	}
	b, err := wb.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

const (
	staff     = 60
	firstYear = 2019
	lastYear  = 2023
	weak      = "P007" // rated "hoàn thành nhiệm vụ" in the last year
	star      = "P002" // excellent every year, initiatives, CSTĐCS each year
)

func unitOf(i int) string {
	switch i % 3 {
	case 0:
		return "CUC"
	case 1:
		return "CC-CL"
	}
	return "CC-SD"
}

// sampleBook is a unit's workbook: a department with two branches, 60 staff,
// five years of ratings of people and units, initiatives and a decision of
// yearly titles per year.
func sampleBook() []sheetData {
	units := sheetData{"Đơn vị", [][]any{
		{"Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên", "Ngày thành lập"},
		{"CUC", "Cục Thi hành án dân sự tỉnh Đồng Tháp", "cuc", nil, "01/07/2009"},
		{"CC-CL", "Chi cục Thi hành án dân sự huyện Cao Lãnh", "chi-cuc", "CUC", "01/07/2009"},
		{"CC-SD", "Chi cục Thi hành án dân sự thành phố Sa Đéc", "chi-cuc", "CUC", "01/07/2009"},
	}}
	people := sheetData{"Cán bộ", [][]any{{"Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày tuyển dụng", "Mã đơn vị", "Chức vụ", "Từ ngày"}}}
	ratings := sheetData{"Xếp loại", [][]any{{"Mã cán bộ", "Mã đơn vị", "Năm", "Xếp loại"}}}
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ"}
	given := []string{"Văn An", "Thị Hoà", "Minh Tâm", "Thị Lan", "Quốc Bảo", "Ngọc Hân", "Văn Hùng", "Thị Thuỷ", "Đức Thắng", "Kim Chi"}
	for i := 1; i <= staff; i++ {
		id := fmt.Sprintf("P%03d", i)
		gender := "Nam"
		if strings.Contains(given[i%10], "Thị") || i%10 == 5 || i%10 == 9 {
			gender = "Nữ"
		}
		post := "Chấp hành viên"
		if i <= 3 {
			post = "Chi cục trưởng"
			if unitOf(i) == "CUC" {
				post = "Cục trưởng"
			}
		}
		people.rows = append(people.rows, []any{id, family[i%6] + " " + given[i%10], gender,
			fmt.Sprintf("%02d/%02d/%d", 1+i%28, 1+i%12, 1970+i%25), "01/01/2012", unitOf(i), post, "01/01/2012"})
		for y := firstYear; y <= lastYear; y++ {
			r := "Hoàn thành tốt nhiệm vụ"
			if i%4 == 2 {
				r = "Hoàn thành xuất sắc nhiệm vụ"
			}
			if id == weak && y == lastYear {
				r = "Hoàn thành nhiệm vụ"
			}
			ratings.rows = append(ratings.rows, []any{id, nil, y, r})
		}
	}
	for _, u := range []string{"CUC", "CC-CL", "CC-SD"} {
		for y := firstYear; y <= lastYear; y++ {
			ratings.rows = append(ratings.rows, []any{nil, u, y, "Hoàn thành xuất sắc nhiệm vụ"})
		}
	}
	initiatives := sheetData{"Sáng kiến", [][]any{{"Mã sáng kiến", "Tên sáng kiến", "Cấp công nhận", "Cơ quan công nhận", "Ngày công nhận", "Mã cán bộ", "Tỷ lệ đóng góp"}}}
	awards := sheetData{"Khen thưởng", [][]any{{"Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Mã đơn vị ban hành", "Chức vụ người ký", "Hình thức khen thưởng", "Mã cán bộ", "Mã đơn vị", "Năm"}}}
	for y := firstYear; y <= lastYear; y++ {
		// Initiatives of the excellent staff, recognised each year.
		for i := 2; i <= staff; i += 4 {
			initiatives.rows = append(initiatives.rows, []any{fmt.Sprintf("SK-%d-%03d", y, i),
				fmt.Sprintf("Giải pháp nâng cao hiệu quả thi hành án năm %d số %d", y, i), "cơ sở",
				"Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp", fmt.Sprintf("15/11/%d", y), fmt.Sprintf("P%03d", i), 100})
		}
		if y == lastYear {
			break // the last year is the one screened: not decided yet
		}
		no := fmt.Sprintf("%d/QĐ-CTHADS", 10+y-firstYear)
		first := true
		add := func(award, person, unit string) {
			row := []any{no, nil, nil, nil, nil, award, nil, nil, y}
			if first {
				row[1], row[2], row[3], row[4] = fmt.Sprintf("20/01/%d", y+1), "Cục Thi hành án dân sự tỉnh Đồng Tháp", "CUC", "Cục trưởng"
				first = false
			}
			if person != "" {
				row[6] = person
			} else {
				row[7] = unit
			}
			awards.rows = append(awards.rows, row)
		}
		for i := 1; i <= staff; i++ {
			id := fmt.Sprintf("P%03d", i)
			if i%4 == 2 && i <= 10 {
				add("Chiến sĩ thi đua cơ sở", id, "")
			} else {
				add("Lao động tiên tiến", id, "")
			}
		}
		add("Tập thể lao động tiên tiến", "", "CC-CL")
		add("Tập thể lao động tiên tiến", "", "CC-SD")
	}
	return []sheetData{units, people, ratings, initiatives, awards}
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

	writeWorkbook(t, path("dulieu.xlsx"), sampleBook()...)
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
	writeWorkbook(t, bad, book...)
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
