package orgimport_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/hostile"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgimport"
	"github.com/thidua-go/thidua/org/orgtest"
)

const (
	fuzzUnits = "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Ngày thành lập,Ngày kết thúc\n" +
		"CC-CL,Chi cục Thi hành án dân sự huyện Cao Lãnh,CTHADS-DT,01/07/2009,30/06/2025\n" +
		"CTHADS-DT,Cục Thi hành án dân sự tỉnh Đồng Tháp,,01/07/2009,30/06/2025\n"
	fuzzPeople = "\ufeffMÃ CÁN BỘ;HỌ VÀ TÊN;GIỚI TÍNH;NGÀY SINH;MÃ ĐƠN VỊ;CHỨC VỤ;TỪ NGÀY;ĐẾN NGÀY;KIÊM NHIỆM\n" +
		"P001;Trần Thị Thuỷ;Nữ;12.3.1980;CC-CL;Chi cục trưởng;2015-01-01;30/06/2025;\n" +
		"P001;;;;CTHADS-DT;Ủy viên Hội đồng thi đua;2018-01-01;31/12/2020;x\n"
	fuzzRatings  = "Mã cán bộ,Mã đơn vị,Năm,Xếp loại,Số ngày làm việc,Vượt chỉ tiêu\nP001,,2023,HTTNV,130,\n,CC-CL,2023,Hoàn thành xuất sắc nhiệm vụ,,x\n"
	fuzzAbsences = "Mã cán bộ,Năm,Lý do nghỉ,Số ngày\nP001,2023,Nghỉ thai sản,120\n"
)

// FuzzImportCSV imports four CSV sheets (units, people and posts, ratings,
// absences) into an empty store. Whatever the bytes: no panic; a refusal
// is an *orgimport.Error or an error matching ErrInvalid, and the store
// is left empty; an import that passes stores only valid UTF-8 text in
// NFC and IDs that thidua.CheckID accepts, and importing the same
// workbook again is refused with ErrConflict and changes nothing.
func FuzzImportCSV(f *testing.F) {
	f.Add(fuzzUnits, fuzzPeople, fuzzRatings, fuzzAbsences)
	f.Add(strings.Replace(fuzzUnits, "Cao Lãnh", "Cao La\u0303nh", 1), fuzzPeople, fuzzRatings, fuzzAbsences)
	f.Add(fuzzUnits, strings.Replace(fuzzPeople, "Trần Thị Thuỷ", hostile.BadUTF8, 1), fuzzRatings, fuzzAbsences)
	f.Add(strings.Replace(fuzzUnits, "CC-CL", " CC-CL", 2), fuzzPeople, fuzzRatings, fuzzAbsences)
	f.Add(fuzzUnits, fuzzPeople, strings.Replace(fuzzRatings, "130", "40000", 1), strings.Replace(fuzzAbsences, "120", "9223372036854775807", 1))
	f.Add(fuzzUnits, fuzzPeople, strings.Replace(fuzzRatings, "2023", "2.023", 1), fuzzAbsences)
	f.Add("Mã đơn vị,Tên đơn vị,Ngày thành lập\n=cmd|' /C calc'!A0,\"<b>x</b>\",1/1/2000\n", "", "", "")
	f.Fuzz(func(t *testing.T, units, people, ratings, absences string) {
		ctx := context.Background()
		read := func() *orgimport.Workbook {
			book, err := orgimport.ReadCSV([]string{"Đơn vị.csv", "Cán bộ.csv", "Xếp loại.csv", "Ngày nghỉ.csv"},
				[]io.Reader{strings.NewReader(units), strings.NewReader(people), strings.NewReader(ratings), strings.NewReader(absences)},
				orgimport.Limits{MaxRows: 200, MaxCols: 40})
			if err != nil {
				if !errors.Is(err, thidua.ErrInvalid) {
					t.Fatalf("ReadCSV error %v does not match ErrInvalid", err)
				}
				return nil
			}
			return book
		}
		book := read()
		if book == nil {
			return
		}
		s := org.NewMemStore()
		_, err := orgimport.Import(ctx, s, book, orgimport.Options{})
		if err != nil {
			var ie *orgimport.Error
			if !errors.As(err, &ie) && !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("Import error %v is neither an *orgimport.Error nor ErrInvalid", err)
			}
			orgtest.CheckSame(t, org.NewMemStore(), s)
			return
		}
		us, err := s.Units(ctx, org.UnitFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range us {
			checkText(t, "unit name", u.Name, u.ShortName, u.Level)
			if err := thidua.CheckID("fuzz", "unit", "", "id", string(u.ID)); err != nil {
				t.Errorf("stored unit ID %q: %v", u.ID, err)
			}
		}
		ps, err := s.People(ctx, org.PeopleFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			checkText(t, "person", p.FullName)
			for _, a := range p.Assignments {
				checkText(t, "position", a.Position)
			}
			if err := thidua.CheckID("fuzz", "person", "", "id", string(p.ID)); err != nil {
				t.Errorf("stored person ID %q: %v", p.ID, err)
			}
		}
		// The same workbook again: a conflict, nothing changed. The
		// reference is the same workbook imported into a fresh store.
		want := org.NewMemStore()
		if _, err := orgimport.Import(ctx, want, read(), orgimport.Options{}); err != nil {
			t.Fatalf("the workbook imported once but not into a second empty store: %v", err)
		}
		if _, err := orgimport.Import(ctx, s, read(), orgimport.Options{}); err == nil && len(us)+len(ps) > 0 {
			t.Fatalf("the same workbook imported twice")
		} else if err != nil && !errors.Is(err, thidua.ErrConflict) {
			t.Fatalf("second import: %v, want ErrConflict", err)
		}
		orgtest.CheckSame(t, want, s)
	})
}

// checkText fails t unless every text is valid UTF-8 in NFC.
func checkText(t *testing.T, what string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
			t.Errorf("stored %s %q is not valid UTF-8 in NFC", what, s)
		}
	}
}
