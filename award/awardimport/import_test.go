package awardimport_test

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardimport"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgimport"
)

func TestImportWorkbook(t *testing.T) {
	s := newStores()
	ctx := context.Background()
	sum, err := importBytes(t, s, workbook(t, fixture()...), awardimport.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := awardimport.Summary{
		Org:       orgimport.Summary{Units: 3, People: 3, Posts: 4, PersonYears: 3, UnitYears: 1, Disciplines: 1},
		Decisions: 2, Grants: 4, Rows: 3 + 4 + 4 + 1 + 1 + 2 + 4,
	}
	want.Campaign.Initiatives, want.Campaign.Authors = 1, 2
	if sum != want {
		t.Errorf("summary = %+v, want %+v", sum, want)
	}
	u, err := s.org.Unit(ctx, "CC-CL")
	if err != nil || u.Parent != "CTHADS-DT" || u.Level != "chi-cuc" || u.Exists != thidua.Since(d("2009-07-01")) {
		t.Errorf("unit CC-CL = %+v, %v", u, err)
	}
	p, err := s.org.Person(ctx, "P001")
	if err != nil {
		t.Fatal(err)
	}
	if p.FullName != "Nguyễn Văn An" || p.Gender != org.Male || p.BirthDate != d("1980-03-15") || p.Recruited != d("2005-08-01") || len(p.Assignments) != 2 {
		t.Errorf("person P001 = %+v", p)
	}
	if a, ok := p.PostOn(d("2020-06-01")); !ok || a.Unit != "CTHADS-DT" {
		t.Errorf("full-time post of P001 in 2020 = %+v, %v", a, ok)
	}
	if !slices.ContainsFunc(p.Assignments, func(a org.Assignment) bool {
		return a.Unit == "CC-CL" && a.Concurrent && a.Period == thidua.Period{From: d("2018-01-01"), To: d("2022-12-31")}
	}) {
		t.Errorf("concurrent post of P001 missing: %+v", p.Assignments)
	}
	if p, err := s.org.Person(ctx, "1024"); err != nil || p.FullName != "Lê Văn Bình" {
		t.Errorf("person with a numeric staff code: %+v, %v", p, err)
	}
	py, err := s.org.PersonYear(ctx, "P002", 2023)
	if err != nil {
		t.Fatal(err)
	}
	if py.Rating != org.CompletedWell || py.Unit != "CC-CL" || py.DaysWorked != 130 ||
		!slices.Equal(py.Absences, []org.Absence{{Reason: org.AbsenceMaternity, Days: 120}}) {
		t.Errorf("P002 2023 = %+v", py)
	}
	if py, _ := s.org.PersonYear(ctx, "P001", 2023); py.Rating != org.Excellent || py.Unit != "CTHADS-DT" {
		t.Errorf("P001 2023 = %+v (rating unit should be the full-time post's)", py)
	}
	if py, _ := s.org.PersonYear(ctx, "1024", 2023); py.Rating != org.Completed {
		t.Errorf("1024 2023 = %+v", py)
	}
	if uy, err := s.org.UnitYear(ctx, "CTHADS-DT", 2023); err != nil || uy.Rating != org.Excellent || !uy.ExceededTargets {
		t.Errorf("unit-year = %+v, %v", uy, err)
	}
	ds, _ := s.org.Disciplines(ctx, org.DisciplineFilter{Person: "1024"})
	if len(ds) != 1 || ds[0].Form != org.KhienTrach || ds[0].InForce != (thidua.Period{From: d("2023-05-15"), To: d("2024-05-14")}) || ds[0].Decision != "12/QĐ-CTHADS" {
		t.Errorf("disciplines = %+v", ds)
	}
	ins, _ := s.campaign.InitiativesOf(ctx, "P002", campaign.InitiativeFilter{})
	if len(ins) != 1 || !ins[0].ShareOf("P002").Equal(decimal.NewFromInt(40)) || !ins[0].ShareOf("P001").Equal(decimal.NewFromInt(60)) || ins[0].Level != campaign.LevelGrassroots {
		t.Errorf("initiatives = %+v", ins)
	}
	decs, _ := s.award.Decisions(ctx, award.DecisionFilter{})
	if len(decs) != 2 {
		t.Fatalf("decisions = %+v", decs)
	}
	first := decs[0]
	if first.Number != thidua.MustParseDocNumber("15/QĐ-CTHADS") || first.Date != d("2024-01-20") || first.Issuer != "CTHADS-DT" || len(first.Grants) != 3 {
		t.Errorf("decision 15 = %+v", first)
	}
	kinds := map[award.Code]award.Recipient{}
	for _, g := range first.Grants {
		kinds[g.Kind] = g.Recipient
	}
	if kinds[award.CSTDCS] != award.PersonRecipient("P001") || kinds[award.LDTT] != award.PersonRecipient("P002") || kinds[award.TTLDTT] != award.UnitRecipient("CC-CL") {
		t.Errorf("grants of decision 15 = %+v", first.Grants)
	}
	if g := decs[1].Grants[0]; g.Kind != award.BangKhenBo || g.Period != thidua.Years(2019, 2023) {
		t.Errorf("grant of decision 123 = %+v", g)
	}
}

// problemAt reports whether err lists a problem at sheet, row and column
// header whose message contains words.
func problemAt(err error, sheet string, row int, column, words string) bool {
	var ie *orgimport.Error
	if !errors.As(err, &ie) {
		return false
	}
	for _, p := range ie.Problems {
		if p.Sheet == sheet && p.Row == row && (column == "" || p.Column == column) && strings.Contains(p.Message, words) {
			return true
		}
	}
	return false
}

func TestImportAllOrNothing(t *testing.T) {
	sheets := fixture()
	set := func(sheet string, row, col int, v any) {
		for _, sd := range sheets {
			if sd.name == sheet {
				sd.rows[row][col] = v
			}
		}
	}
	set("Khen thưởng", 2, 6, "P0O2")  // a typo in a staff code: row 3
	set("Cán bộ", 3, 3, "31/02/1985") // no such day: row 4
	for i := range sheets {
		if sheets[i].name == "Đơn vị" { // an unknown parent: row 6
			sheets[i].rows = append(sheets[i].rows, []any{4, "CC-X", "Chi cục X", nil, "chi-cuc", "BTP-X", "01/01/2010", nil})
		}
		if sheets[i].name == "Cán bộ" { // a number in the name column: row 6
			sheets[i].rows = append(sheets[i].rows, []any{"P009", 12345, "Nam", nil, nil, "CC-CL", "Chuyên viên", "01/01/2020"})
		}
	}
	set("Xếp loại", 1, 4, "Xuất sắc lắm")          // a rating word nobody uses: row 2
	set("Ngày nghỉ", 1, 2, "nghỉ mát")             // an unknown absence reason: row 2
	set("Sáng kiến", 2, 6, "50")                   // shares summing to 110: row 2
	set("Kỷ luật", 1, 4, "14/05/2022")             // in force ending before the decision: row 2
	set("Khen thưởng", 4, 5, "Bằng khen siêu cấp") // an award nobody knows: row 5
	s := newStores()
	before := s.counts(t)
	_, err := importBytes(t, s, workbook(t, sheets...), awardimport.Options{Progress: func(done, total int) {
		t.Errorf("progress called (%d/%d) for a workbook with problems", done, total)
	}})
	var ie *orgimport.Error
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want *orgimport.Error", err)
	}
	if !errors.Is(err, thidua.ErrInvalid) || errors.Is(err, thidua.ErrConflict) {
		t.Errorf("err = %v, want ErrInvalid and not ErrConflict", err)
	}
	for _, c := range []struct {
		sheet  string
		row    int
		column string
		words  string
	}{
		{"Khen thưởng", 3, "Mã cán bộ", "P0O2 không có"},
		{"Cán bộ", 4, "Ngày sinh", "31/02/1985 không có trong lịch"},
		{"Cán bộ", 6, "HỌ VÀ TÊN", "số 12345"},
		{"Xếp loại", 2, "Xếp loại", "Xuất sắc lắm"},
		{"Đơn vị", 6, "Mã đơn vị cấp trên", "BTP-X"},
		{"Ngày nghỉ", 2, "Lý do nghỉ", "nghỉ mát"},
		{"Sáng kiến", 2, "Tỷ lệ đóng góp", "100%"},
		{"Kỷ luật", 2, "Hiệu lực đến", ""},
		{"Khen thưởng", 5, "Hình thức khen thưởng", "không có trong danh mục"},
	} {
		if !problemAt(err, c.sheet, c.row, c.column, c.words) {
			t.Errorf("no problem at %s row %d column %q with %q in:\n%v", c.sheet, c.row, c.column, c.words, problems(ie))
		}
	}
	if after := s.counts(t); after != before {
		t.Errorf("stores changed: %v, was %v", after, before)
	}
}

func problems(e *orgimport.Error) string {
	var b strings.Builder
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "  %s [col %s]\n", p.String(), p.Col)
	}
	return b.String()
}

func TestImportTwiceIsConflict(t *testing.T) {
	s := newStores()
	data := workbook(t, fixture()...)
	if _, err := importBytes(t, s, data, awardimport.Options{}); err != nil {
		t.Fatal(err)
	}
	before := s.counts(t)
	_, err := importBytes(t, s, data, awardimport.Options{})
	if !errors.Is(err, thidua.ErrConflict) {
		t.Fatalf("second import: err = %v, want ErrConflict", err)
	}
	if errors.Is(err, thidua.ErrInvalid) {
		var ie *orgimport.Error
		errors.As(err, &ie)
		t.Errorf("second import also reports bad data:\n%s", problems(ie))
	}
	if after := s.counts(t); after != before {
		t.Errorf("second import changed the stores: %v, was %v", after, before)
	}
	// Only the awards sheet again: its decisions are stored.
	_, err = importBytes(t, s, workbook(t, fixture()[6]), awardimport.Options{})
	if !errors.Is(err, thidua.ErrConflict) || !problemAt(err, "Khen thưởng", 2, "Số quyết định", "đã có") {
		t.Errorf("awards again: err = %v", err)
	}
}

func TestReferencesToTheStore(t *testing.T) {
	// A second workbook refers to units and people stored by the first.
	s := newStores()
	f := fixture()
	if _, err := importBytes(t, s, workbook(t, f[0], f[1]), awardimport.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := importBytes(t, s, workbook(t, f[2], f[3], f[6]), awardimport.Options{}); err != nil {
		t.Fatal(err)
	}
	if c := s.counts(t); c[2] != 3 || c[5] != 4 {
		t.Errorf("counts = %v", c)
	}
}

func TestProgress(t *testing.T) {
	s := newStores()
	var calls [][2]int
	sum, err := importBytes(t, s, workbook(t, fixture()...), awardimport.Options{Progress: func(done, total int) {
		calls = append(calls, [2]int{done, total})
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) == 0 {
		t.Fatal("progress never called")
	}
	for i, c := range calls {
		if c[1] != sum.Rows || c[0] > c[1] || (i > 0 && c[0] < calls[i-1][0]) {
			t.Errorf("call %d = %v (rows %d)", i, c, sum.Rows)
		}
	}
	if last := calls[len(calls)-1]; last[0] != sum.Rows {
		t.Errorf("last call = %v, want %d done", last, sum.Rows)
	}
}

func TestBadWorkbooks(t *testing.T) {
	var emptyZip bytes.Buffer
	zw := zip.NewWriter(&emptyZip)
	w, _ := zw.Create("hello.txt")
	w.Write([]byte("not a workbook"))
	zw.Close()
	cases := []struct {
		name  string
		data  []byte
		check func(error) bool
	}{
		{"not a zip", []byte("Mã cán bộ,Họ và tên\nP1,An\n"), func(err error) bool { return errors.Is(err, thidua.ErrInvalid) }},
		{"zip without workbook", emptyZip.Bytes(), func(err error) bool {
			return errors.Is(err, thidua.ErrInvalid) && strings.Contains(err.Error(), "no workbook")
		}},
		{"sheet without header row", workbook(t, sheetData{"Cán bộ", [][]any{{"P001", "Nguyễn Văn An"}, {"P002", "Trần Thị Hoà"}}}),
			func(err error) bool {
				return problemAt(err, "Cán bộ", 1, "", "không tìm thấy dòng tiêu đề")
			}},
		{"unknown header", workbook(t, sheetData{"Cán bộ", [][]any{{"Mã cán bộ", "Họ và tên", "Số điện thoại"}, {"P001", "An", "0900"}}}),
			func(err error) bool {
				return problemAt(err, "Cán bộ", 1, "Số điện thoại", "tiêu đề cột không rõ")
			}},
		{"missing required column", workbook(t, sheetData{"Xếp loại", [][]any{{"Mã cán bộ", "Năm"}, {"P001", 2023}}}),
			func(err error) bool {
				return problemAt(err, "Xếp loại", 1, "Xếp loại", "thiếu cột bắt buộc")
			}},
		{"unknown sheet", workbook(t, sheetData{"Can bo", [][]any{{"Mã cán bộ"}, {"P1"}}}),
			func(err error) bool { return problemAt(err, "Can bo", 0, "", "sheet không rõ") }},
		{"value without header", workbook(t, sheetData{"Đơn vị", [][]any{{"Mã đơn vị", "Tên đơn vị", "Ngày thành lập"}, {"U1", "Đơn vị 1", "01/01/2020", "lạc"}}}),
			func(err error) bool { return problemAt(err, "Đơn vị", 2, "", "cột không có tiêu đề") }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newStores()
			_, err := importBytes(t, s, c.data, awardimport.Options{})
			if err == nil || !c.check(err) {
				t.Errorf("err = %v", err)
			}
			if got := s.counts(t); got != [6]int{} {
				t.Errorf("stores changed: %v", got)
			}
		})
	}
}

func TestTemplate(t *testing.T) {
	var buf bytes.Buffer
	if err := awardimport.WriteTemplate(&buf); err != nil {
		t.Fatal(err)
	}
	book, err := orgimport.ReadXLSX(bytes.NewReader(buf.Bytes()), int64(buf.Len()), orgimport.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, sh := range book.Sheets {
		names = append(names, sh.Name)
	}
	want := []string{"Hướng dẫn", "Đơn vị", "Cán bộ", "Xếp loại", "Ngày nghỉ", "Kỷ luật", "Sáng kiến", "Khen thưởng"}
	if !slices.Equal(names, want) {
		t.Errorf("sheets = %q, want %q", names, want)
	}
	for i, spec := range awardimport.AllSpecs() {
		sh := book.Sheets[i+1]
		if len(sh.Rows) != 1 || len(sh.Rows[0].Cells) != len(spec.Cols) {
			t.Fatalf("sheet %s: rows %+v", sh.Name, sh.Rows)
		}
		for j, c := range spec.Cols {
			if got := sh.Rows[0].Cells[j].V; got != c.Header {
				t.Errorf("sheet %s column %d = %q, want %q", sh.Name, j, got, c.Header)
			}
		}
	}
	// The empty template imports, storing nothing.
	s := newStores()
	if sum, err := importBytes(t, s, buf.Bytes(), awardimport.Options{}); err != nil || sum.Rows != 0 {
		t.Errorf("empty template: %+v, %v", sum, err)
	}
	// Filled in with the fixture's rows (without their title lines), it
	// imports.
	f := fixture()
	f[0].rows = f[0].rows[1:]
	data := workbook(t, f...)
	if _, err := importBytes(t, newStores(), data, awardimport.Options{}); err != nil {
		t.Error(err)
	}
}

func TestManyRows(t *testing.T) {
	if testing.Short() {
		t.Skip("100 000 rows")
	}
	// 100 000 rating rows: 10 000 people over ten years.
	units := sheetData{"Đơn vị", [][]any{{"Mã đơn vị", "Tên đơn vị", "Ngày thành lập"}, {"U", "Đơn vị", "01/01/2000"}}}
	people := sheetData{"Cán bộ", [][]any{{"Mã cán bộ", "Họ và tên", "Mã đơn vị", "Chức vụ", "Từ ngày"}}}
	ratings := sheetData{"Xếp loại", [][]any{{"Mã cán bộ", "Năm", "Xếp loại"}}}
	words := []string{"HTXSNV", "HTTNV", "HTNV", "KHTNV"}
	for i := range 10_000 {
		id := fmt.Sprintf("P%05d", i)
		people.rows = append(people.rows, []any{id, "Người " + id, "U", "Chuyên viên", "01/01/2010"})
		for y := 2014; y < 2024; y++ {
			ratings.rows = append(ratings.rows, []any{id, y, words[(i+y)%4]})
		}
	}
	s := newStores()
	sum, err := importBytes(t, s, workbook(t, units, people, ratings), awardimport.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Org.PersonYears != 100_000 {
		t.Errorf("person-years = %d", sum.Org.PersonYears)
	}
	// The same rows with one bad date in the middle: nothing stored.
	people.rows[5000][4] = "30/02/2010"
	s = newStores()
	_, err = importBytes(t, s, workbook(t, units, people, ratings), awardimport.Options{})
	if !problemAt(err, "Cán bộ", 5001, "Từ ngày", "không có trong lịch") {
		t.Errorf("err = %.300v", err)
	}
	if c := s.counts(t); c != [6]int{} {
		t.Errorf("stores changed: %v", c)
	}
}

func TestGrantIDStored(t *testing.T) {
	s := newStores()
	f := fixture()
	f[6].rows[0] = append(f[6].rows[0], "Mã khen thưởng")
	for i := 1; i < len(f[6].rows); i++ {
		f[6].rows[i] = append(f[6].rows[i], fmt.Sprintf("KT-%d", i))
	}
	if _, err := importBytes(t, s, workbook(t, f...), awardimport.Options{}); err != nil {
		t.Fatal(err)
	}
	// Another decision reusing a stored grant code.
	f[6].rows = [][]any{f[6].rows[0], {"16/QĐ-CTHADS", "21/01/2024", "Cục Thi hành án dân sự tỉnh Đồng Tháp", "CTHADS-DT", "Cục trưởng", "Giấy khen", "P002", nil, nil, 2023, nil, nil, "KT-1"}}
	_, err := importBytes(t, s, workbook(t, f[6]), awardimport.Options{})
	if !errors.Is(err, thidua.ErrConflict) || !problemAt(err, "Khen thưởng", 2, "Mã khen thưởng", "KT-1 đã có") {
		t.Errorf("err = %v", err)
	}
}
