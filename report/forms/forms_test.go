package forms_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/officetest"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
	"github.com/thidua-go/thidua/report/forms"
)

func day(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }

// province is a Province (Ủy ban nhân dân tỉnh) with a department and a
// district, three people, grants of 2023 and 2024 (one revoked) and the
// movements of 2023 and 2024.
func province(t testing.TB) document.Sources {
	t.Helper()
	src, err := buildProvince()
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// buildProvince builds the province, or returns the first error.
func buildProvince() (document.Sources, error) {
	ctx := context.Background()
	var first error
	must := func(err error) {
		if first == nil {
			first = err
		}
	}
	o := org.NewMemStore()
	cat := award.DefaultCatalogue()
	a := award.NewMemStore(award.WithCatalogue(cat))
	c := campaign.NewMemStore(&campaign.Options{Directory: o})
	since := thidua.Since(day(2000, time.January, 1))
	for _, u := range []org.Unit{
		{ID: "ubnd", Name: "Ủy ban nhân dân tỉnh Đồng Tháp", Exists: since},
		{ID: "snv", Name: "Sở Nội vụ tỉnh Đồng Tháp", Parent: "ubnd", Exists: since},
		{ID: "hcl", Name: "Ủy ban nhân dân huyện Cao Lãnh", Parent: "ubnd", Exists: since},
	} {
		must(o.AddUnit(ctx, u))
	}
	for _, p := range []org.Person{
		{ID: "a", FullName: "Nguyễn Văn An", Gender: org.Male, Assignments: []org.Assignment{{Unit: "snv", Position: "Giám đốc", Period: since}}},
		{ID: "b", FullName: "Trần Thị Bình", Gender: org.Female, Assignments: []org.Assignment{{Unit: "snv", Position: "Chuyên viên", Period: since}}},
		{ID: "c", FullName: "Lê Thị Cúc", Gender: org.Female, Assignments: []org.Assignment{{Unit: "hcl", Position: "Chuyên viên", Period: since}}},
	} {
		must(o.AddPerson(ctx, p))
	}
	g := func(id string, k award.Code, r award.Recipient, b award.Basis) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: k, Recipient: r, Year: 2023, Basis: b}}
	}
	u, p := award.UnitRecipient, award.PersonRecipient
	for _, d := range []award.Decision{
		{ID: "ctn", Number: thidua.MustParseDocNumber("100/QĐ-CTN"), Date: day(2024, time.May, 10), IssuerName: "Chủ tịch nước", SignerTitle: "Chủ tịch nước",
			Grants: []award.Grant{g("g1", award.HCLD3, u("snv"), award.Regular), g("g2", award.HCLD3, p("a"), award.LongService)}},
		{ID: "ttg", Number: thidua.MustParseDocNumber("200/QĐ-TTg"), Date: day(2024, time.June, 1), IssuerName: "Thủ tướng Chính phủ", SignerTitle: "Thủ tướng Chính phủ",
			Grants: []award.Grant{g("g3", award.BangKhenTTg, p("b"), award.Regular), g("g4", award.CoChinhPhu, u("hcl"), award.Regular)}},
		{ID: "ubnd-1", Number: thidua.MustParseDocNumber("300/QĐ-UBND"), Date: day(2024, time.December, 20), Issuer: "ubnd", SignerTitle: "Chủ tịch Ủy ban nhân dân tỉnh",
			Grants: []award.Grant{g("g5", award.BangKhenBo, p("c"), award.AdHoc), g("g6", award.BangKhenBo, u("hcl"), award.Regular),
				g("g7", award.CSTDBo, p("a"), award.Regular), g("g8", award.CoBo, u("snv"), award.Regular)}},
		{ID: "ubnd-2", Number: thidua.MustParseDocNumber("301/QĐ-UBND"), Date: day(2024, time.December, 25), Issuer: "ubnd", SignerTitle: "Chủ tịch Ủy ban nhân dân tỉnh",
			Grants: []award.Grant{g("g9", award.BangKhenBo, p("b"), award.Regular)}},
		{ID: "ubnd-0", Number: thidua.MustParseDocNumber("299/QĐ-UBND"), Date: day(2023, time.December, 1), Issuer: "ubnd", SignerTitle: "Chủ tịch Ủy ban nhân dân tỉnh",
			Grants: []award.Grant{g("g0", award.BangKhenBo, p("a"), award.Regular)}},
	} {
		must(a.AddDecision(ctx, d))
	}
	// Revoked within the year: the forms of the year, as they stood at its
	// end, leave it out (report.Scope).
	must(a.Revoke(ctx, "g9", award.Revocation{Date: day(2024, time.December, 30), Reason: "Kê khai không trung thực"}))
	for _, m := range []campaign.Movement{
		{ID: "m1", Title: "Thi đua hoàn thành nhiệm vụ năm 2024", Kind: campaign.Regular, Launcher: campaign.Launcher{Unit: "ubnd"},
			Period: thidua.Period{From: day(2024, 1, 1), To: day(2024, 12, 31)}},
		{ID: "m2", Title: "Thi đua chuyển đổi số", Kind: campaign.Thematic, Launcher: campaign.Launcher{Unit: "snv"},
			Period: thidua.Period{From: day(2024, 3, 1), To: day(2024, 8, 31)}},
		{ID: "m3", Title: "Cả nước chung tay vì người nghèo", Kind: campaign.Thematic, Launcher: campaign.Launcher{Name: "Thủ tướng Chính phủ"},
			Participants: []org.UnitID{"ubnd"}, Period: thidua.Period{From: day(2024, 1, 1), To: day(2026, 12, 31)}},
		{ID: "m4", Title: "Đợt cao điểm tháng 6", Kind: campaign.PeakDrive, Parent: "m1", Launcher: campaign.Launcher{Unit: "hcl"},
			Period: thidua.Period{From: day(2024, 6, 1), To: day(2024, 6, 30)}},
		{ID: "m5", Title: "Thi đua năm 2023", Kind: campaign.Regular, Launcher: campaign.Launcher{Unit: "ubnd"},
			Period: thidua.Period{From: day(2023, 1, 1), To: day(2024, 12, 31)}},
		{ID: "m6", Title: "Phong trào của Bộ Tư pháp", Kind: campaign.Regular, Launcher: campaign.Launcher{Name: "Bộ Tư pháp"},
			Period: thidua.Period{From: day(2024, 1, 1), To: day(2024, 12, 31)}},
	} {
		must(c.AddMovement(ctx, m))
	}
	return document.Sources{Org: o, Award: a, Catalogue: cat, Campaign: c}, first
}

func request() forms.Request {
	return forms.Request{Unit: "ubnd", Year: 2024, Body: "province", Place: "Đồng Tháp", Date: day(2025, time.January, 15),
		Preparer: "Trần Thị Bình", Signer: document.Signer{Title: "Chủ tịch", Name: "Phạm Văn Hùng"}}
}

// cell is an expected cell: a count, or unknown (-1).
type cell struct {
	row, col string // row code, column code
	want     int
	reason   string
}

func check(t *testing.T, r *forms.Result, cells []cell) {
	t.Helper()
	for _, c := range cells {
		i := r.Row(c.row)
		j := -1
		for k, l := range r.Form.Columns {
			if l.Code == c.col {
				j = k
			}
		}
		if i < 0 || j < 0 {
			t.Fatalf("%s: no row %s or column %s", r.Form.Code, c.row, c.col)
		}
		n, ok := r.Value(i, j)
		switch {
		case c.want < 0 && ok:
			t.Errorf("%s row %s col %s = %d, want empty: %s", r.Form.Code, c.row, c.col, n, c.reason)
		case c.want >= 0 && (!ok || n != c.want):
			t.Errorf("%s row %s col %s = %d (known %v), want %d: %s", r.Form.Code, c.row, c.col, n, ok, c.want, c.reason)
		}
	}
}

func compute(t *testing.T) []*forms.Result {
	t.Helper()
	res, err := forms.Compute(context.Background(), province(t), request(), forms.Forms2023()...)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestCompute(t *testing.T) {
	res := compute(t)
	check(t, res[0], []cell{
		{"01", "1", 4, "m1–m4 launched in 2024 by the province, its units or joined by them; m5 launched in 2023, m6 not joined"},
		{"01", "2", 1, "m3: the Prime Minister"},
		{"01", "3", 1, "m1: the province itself"},
		{"01", "4", 2, "m2, m4: a department and a district"},
		{"02", "1", 1, "m3 is national"},
		{"03", "1", 1, "m1"},
		{"04", "1", -1, "the library does not record clusters"},
		{"05", "1", 2, "m2, m4"},
		{"06", "1", 2, "m2 six months, m4 one month"},
		{"07", "1", 1, "m1 a calendar year"},
		{"08", "1", 0, "none from one to under three years"},
		{"09", "1", 1, "m3 three years"},
		{"10", "1", 0, "none of five years or more"},
		{"11", "1", 3, "m2, m3 thematic; m4 a drive"},
		{"11", "2", 1, "m3"},
		{"12", "1", 1, "m1"},
	})
	check(t, res[1], []cell{
		{"01", "1", 4, "two orders, a Prime Minister's certificate, a Government flag; ministry-level awards are 0603"},
		{"01", "6.1", 1, "Huân chương Lao động to the department"},
		{"01", "6.2", 1, "Huân chương Lao động to An"},
		{"01", "2.1", -1, "the default catalogue has no Huân chương Sao vàng"},
		{"01", "16.1", 1, "Cờ thi đua của Chính phủ to the district"},
		{"01", "17.2", 1, "Bằng khen của Thủ tướng to Bình"},
		{"01", "19.1", 0, "no other state award"},
		{"02", "1", 0, "the unit is a province"},
		{"03", "1", 4, "the unit is a province"},
		{"04", "1", 2, "collectives"},
		{"05", "1", -1, "enterprises are not kept"},
		{"06", "1", -1, "households are not kept"},
		{"07", "1", 2, "individuals"},
		{"08", "1", -1, "post ranks are not kept"},
		{"13", "1", 1, "Bình is a woman"},
		{"14", "1", 3, "regular"},
		{"18", "1", 1, "An's order for long service"},
		{"18", "6.2", 1, "An's order for long service"},
		{"20", "1", -1, "resistance awards are not kept"},
	})
	check(t, res[2], []cell{
		{"01", "1", 4, "four 2024 grants of the province; the revoked one and the 2023 one left out"},
		{"01", "2.1", 1, "Bằng khen to the district"},
		{"01", "2.2", 1, "Bằng khen to Cúc"},
		{"01", "3", 1, "CSTĐ cấp tỉnh to An"},
		{"01", "4", 1, "Cờ thi đua cấp tỉnh to the department"},
		{"01", "5", 0, "no Tập thể lao động xuất sắc"},
		{"13", "1", 1, "Cúc"},
		{"16", "1", 1, "Cúc's Bằng khen is ad hoc"},
		{"16", "2.2", 1, "Cúc's Bằng khen is ad hoc"},
	})
	for _, r := range res {
		// Every total row (01) is the sum of each breakdown whose rows are all known.
		if len(r.Unknown) == 0 {
			t.Errorf("%s: no reason for its empty cells", r.Form.Code)
		}
	}
}

func TestComputeInvalid(t *testing.T) {
	src := province(t)
	ctx := context.Background()
	bad := forms.Form0601()
	bad.Rows = append(bad.Rows, forms.Line{Code: "01", Label: "again"})
	for _, c := range []struct {
		reason string
		src    document.Sources
		req    forms.Request
		forms  []*forms.Form
		want   error
	}{
		{"no unit", src, forms.Request{Year: 2024}, forms.Forms2023(), thidua.ErrInvalid},
		{"bad year", src, forms.Request{Unit: "ubnd"}, forms.Forms2023(), thidua.ErrInvalid},
		{"bad body", src, forms.Request{Unit: "ubnd", Year: 2024, Body: "district"}, forms.Forms2023(), thidua.ErrInvalid},
		{"unknown unit", src, forms.Request{Unit: "x", Year: 2024}, forms.Forms2023(), thidua.ErrNotFound},
		{"duplicate row code", src, request(), []*forms.Form{bad}, thidua.ErrInvalid},
		{"no campaign store", document.Sources{Org: src.Org, Award: src.Award}, request(), []*forms.Form{forms.Form0601()}, thidua.ErrInvalid},
	} {
		t.Run(c.reason, func(t *testing.T) {
			if _, err := forms.Compute(ctx, c.src, c.req, c.forms...); !errors.Is(err, c.want) {
				t.Errorf("error %v, want %v", err, c.want)
			}
		})
	}
}

// TestNoBody checks that the rows by proposing body are empty when the
// request does not say what the unit is.
func TestNoBody(t *testing.T) {
	req := request()
	req.Body = ""
	res, err := forms.Compute(context.Background(), province(t), req, forms.Form0602())
	if err != nil {
		t.Fatal(err)
	}
	check(t, res[0], []cell{{"02", "1", -1, "body unknown"}, {"03", "1", -1, "body unknown"}, {"01", "1", 4, "total known"}})
}

// TestLibreOffice opens the workbook of the three forms and the DOCX of
// 0601 with LibreOffice.
func TestLibreOffice(t *testing.T) {
	res := compute(t)
	var b bytes.Buffer
	if err := forms.WriteXLSX(&b, res...); err != nil {
		t.Fatal(err)
	}
	sheets := officetest.SheetsCSV(t, "forms.xlsx", b.Bytes())
	for _, name := range []string{"0601.N", "0602.N", "0603.N"} {
		if _, ok := sheets[name]; !ok {
			t.Fatalf("no sheet %s among %d", name, len(sheets))
		}
	}
	find := func(rows [][]string, code string) []string {
		for _, r := range rows {
			if len(r) > 1 && r[1] == code {
				return r
			}
		}
		t.Fatalf("no row %s", code)
		return nil
	}
	s := sheets["0601.N"]
	if got := strings.Join(find(s, "01")[2:6], ","); got != "4,1,1,2" {
		t.Errorf("0601 row 01 = %s, want 4,1,1,2", got)
	}
	if got := strings.Join(find(s, "04")[2:6], ","); got != ",,," {
		t.Errorf("0601 row 04 = %q, want empty cells", got)
	}
	if got := strings.Join(find(sheets["0603.N"], "01")[2:9], ","); got != "4,1,1,1,1,0,0" {
		t.Errorf("0603 row 01 = %s", got)
	}
	all := strings.Join(flatten(s), " ")
	for _, want := range []string{"Biểu số: 0601.N/BNV-TĐKT", "SỐ PHONG TRÀO THI ĐUA", "Năm 2024", "Người lập biểu", "(Ký, họ tên, đóng dấu)", "Đồng Tháp, ngày 15 tháng 01 năm 2025", "Chia theo cấp phát động"} {
		if !strings.Contains(all, want) {
			t.Errorf("sheet 0601.N lacks %q", want)
		}
	}

	r, err := document.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if err := r.Render(&b, document.DOCX, res[0]); err != nil {
		t.Fatal(err)
	}
	text, _ := officetest.PDFText(t, "0601.docx", b.Bytes())
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"SỐ PHONG TRÀO THI ĐUA", "Biểu số 0601.N/BNV-TĐKT", "Thường xuyên", "hằng năm", "Chia theo cấp", "phát động", "Phạm Văn Hùng"} {
		if !strings.Contains(flat, want) {
			t.Errorf("DOCX lacks %q", want)
		}
	}
}

func flatten(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}

func TestCSV(t *testing.T) {
	res := compute(t)
	r, err := document.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Render(&b, document.CSV, res[0]); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	if lines[0] != "Mã số,Chỉ tiêu,Tổng số,Chia theo cấp phát động - Trung ương,"+
		"\"Chia theo cấp phát động - Bộ, ngành, đoàn thể trung ương, tỉnh\",Chia theo cấp phát động - Cơ quan, tổ chức, đơn vị" &&
		!strings.HasPrefix(lines[0], "Mã số,Chỉ tiêu,Tổng số") {
		t.Errorf("header %q", lines[0])
	}
	if lines[1] != "01,Tổng số,4,1,1,2" {
		t.Errorf("row 01 %q", lines[1])
	}
}

// A revocation after the year does not change the year's forms: they count
// the grants as they stood at its end, as every document does
// (report.Scope).
func TestComputeRevokedAfterYear(t *testing.T) {
	src := province(t)
	ctx := context.Background()
	if err := src.Award.(award.Store).Revoke(ctx, "g5", award.Revocation{Date: day(2025, time.February, 1), Reason: "Hồ sơ không đúng"}); err != nil {
		t.Fatal(err)
	}
	res, err := forms.Compute(ctx, src, request(), forms.Form0603())
	if err != nil {
		t.Fatal(err)
	}
	check(t, res[0], []cell{
		{"01", "1", 4, "g5, revoked only in 2025, still counts for 2024"},
		{"16", "1", 1, "g5 is the ad hoc one"},
	})
}

// Forms name the reporting unit as on their date: a unit renamed in 2024
// reports 2023, signed in January 2024, under its old name, and 2024 under
// the new one.
func TestComputeNamesUnitAsOnItsDate(t *testing.T) {
	ctx := context.Background()
	src := province(t)
	const before, after = "Ủy ban nhân dân huyện Cao Lãnh", "Ủy ban nhân dân thành phố Cao Lãnh"
	if err := src.Org.(*org.MemStore).RenameUnit(ctx, "hcl", day(2024, time.July, 1), after, "", "Nghị quyết số 1204/NQ-UBTVQH15"); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		year int
		date thidua.Date
		want string
	}{
		{2023, day(2024, time.January, 10), before},
		{2023, thidua.Date{}, before}, // no date: the year's end
		{2024, day(2025, time.January, 15), after},
		{2024, thidua.Date{}, after},
	} {
		res, err := forms.Compute(ctx, src, forms.Request{Unit: "hcl", Year: tt.year, Date: tt.date}, forms.Form0602())
		if err != nil {
			t.Fatal(err)
		}
		if res[0].Unit != tt.want {
			t.Errorf("forms of %d dated %s: unit %q, want %q", tt.year, tt.date, res[0].Unit, tt.want)
		}
	}
}
