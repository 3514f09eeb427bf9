package awardimport_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award/awardimport"
	"github.com/thidua-go/thidua/internal/officetest"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgimport"
)

// TestLibreOfficeWorkbooks imports workbooks that LibreOffice Calc saved
// from CSV files: shared strings, ISO dates turned into date cells, staff
// codes turned into numbers. It skips when soffice is not installed.
func TestLibreOfficeWorkbooks(t *testing.T) {
	officetest.Soffice(t)
	sheets := map[string]string{
		"Đơn vị": "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Ngày thành lập\n" +
			"CTHADS-DT,Cục Thi hành án dân sự tỉnh Đồng Tháp,,2009-07-01\n" +
			"CC-CL,Chi cục Thi hành án dân sự huyện Cao Lãnh,CTHADS-DT,2009-07-01\n",
		"Cán bộ": "Mã cán bộ,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị,Chức vụ,Từ ngày\n" +
			"1024,Trần Thị Thuỷ,Nữ,1985-09-02,CC-CL,Thư ký thi hành án,2010-01-01\n" +
			"P002,\"Nguyễn Văn An, Jr\",Nam,1980-03-15,CTHADS-DT,Chấp hành viên,2010-01-01\n",
		"Xếp loại": "Mã cán bộ,Năm,Xếp loại,Số ngày làm việc\n1024,2023,HTXSNV,250\nP002,2023,Hoàn thành tốt nhiệm vụ,245\n",
		"Khen thưởng": "Số quyết định,Ngày quyết định,Cơ quan ban hành,Chức vụ người ký,Hình thức khen thưởng,Mã cán bộ,Năm\n" +
			"15/QĐ-CTHADS,2024-01-20,Cục Thi hành án dân sự tỉnh Đồng Tháp,Cục trưởng,Chiến sĩ thi đua cơ sở,1024,2023\n",
	}
	s := newStores()
	ctx := context.Background()
	// Units through the store, to spare a conversion.
	for _, u := range []org.Unit{
		{ID: "CTHADS-DT", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Exists: thidua.Since(thidua.MustDate(2009, 7, 1))},
		{ID: "CC-CL", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "CTHADS-DT", Exists: thidua.Since(thidua.MustDate(2009, 7, 1))},
	} {
		if err := s.org.AddUnit(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	book := &orgimport.Workbook{}
	for _, name := range []string{"Cán bộ", "Khen thưởng"} {
		file := csvToXLSX(t, name, sheets[name])
		b, err := orgimport.ReadFile(file, orgimport.Limits{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(b.Sheets) != 1 || b.Sheets[0].Name != name || len(b.Sheets[0].Rows) == 0 {
			t.Fatalf("%s: sheets %+v", name, b.Sheets)
		}
		if h := b.Sheets[0].Rows[0].Cells[0].V; h != "Mã cán bộ" && h != "Số quyết định" {
			t.Fatalf("%s: first header %q", name, h)
		}
		book.Sheets = append(book.Sheets, b.Sheets[0])
	}
	if _, err := awardimport.Import(ctx, s.Stores(), book, awardimport.Options{}); err != nil {
		t.Fatal(err)
	}
	p, err := s.org.Person(ctx, "1024")
	if err != nil {
		t.Fatal(err)
	}
	if p.FullName != "Trần Thị Thuỷ" || p.Gender != org.Female || p.BirthDate != thidua.MustDate(1985, 9, 2) {
		t.Errorf("person = %+v", p)
	}
	if p, _ := s.org.Person(ctx, "P002"); p.FullName != "Nguyễn Văn An, Jr" {
		t.Errorf("quoted name = %q", p.FullName)
	}
	if c := s.counts(t); c[5] != 1 {
		t.Errorf("grants = %d", c[5])
	}
}

// csvToXLSX saves the CSV text as name.xlsx with LibreOffice Calc, reading
// it as UTF-8 (the CSV filter's options: comma, double quote, character
// set 76 = UTF-8, from line 1; without them LibreOffice reads the system
// code page), and returns the workbook's path.
func csvToXLSX(t *testing.T, name, text string) string {
	t.Helper()
	soffice := officetest.Soffice(t)
	dir := t.TempDir()
	in := filepath.Join(dir, name+".csv")
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--norestore", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir, in)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	return filepath.Join(dir, name+".xlsx")
}
