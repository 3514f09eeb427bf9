package campaignimport_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/unicode/norm"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaignimport"
	"github.com/thidua-go/thidua/internal/hostile"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgimport"
)

const fuzzInitiatives = "Mã sáng kiến,Tên sáng kiến,Cấp công nhận,Cơ quan công nhận,Ngày công nhận,Mã cán bộ,Tỷ lệ đóng góp\n" +
	"SK-01,Giải pháp rút ngắn thời gian xác minh,cơ sở,Hội đồng sáng kiến Cục THADS,10/11/2023,P001,\"60,5\"\n" +
	"SK-01,,,,,P002,39.5%\n" +
	"SK-02,Sổ tay thi hành án,cơ sở,Hội đồng sáng kiến Cục THADS,01/12/2023,P002,\n"

// FuzzImportCSV imports an initiatives sheet for two known people. No
// panic; a refusal is an *orgimport.Error or ErrInvalid and stores no
// initiative; an accepted sheet stores initiatives whose text is valid
// UTF-8 in NFC, whose shares add up to 100, and importing it again is a
// conflict that changes nothing.
func FuzzImportCSV(f *testing.F) {
	f.Add(fuzzInitiatives)
	f.Add(strings.Replace(fuzzInitiatives, "Sổ tay", hostile.BadUTF8, 1))
	f.Add(strings.Replace(fuzzInitiatives, "\"60,5\"", "\"1,001\"", 1))
	f.Add(strings.Replace(fuzzInitiatives, "SK-02", " SK-02", 1))
	f.Add(strings.Replace(fuzzInitiatives, "Sổ tay", "So\u0302\u0309 tay =1+1", 1))
	f.Add(strings.Replace(fuzzInitiatives, "39.5%", "9223372036854775807%", 1))
	f.Fuzz(func(t *testing.T, csv string) {
		ctx := context.Background()
		people := twoAuthors(t)
		read := func() *orgimport.Workbook {
			book, err := orgimport.ReadCSV([]string{"Sáng kiến.csv"}, []io.Reader{strings.NewReader(csv)}, orgimport.Limits{MaxRows: 200, MaxCols: 40})
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
		s := campaign.NewMemStore(&campaign.Options{Directory: people})
		list := func() []campaign.Initiative {
			ins, err := s.Initiatives(ctx, campaign.InitiativeFilter{})
			if err != nil {
				t.Fatal(err)
			}
			return ins
		}
		_, err := campaignimport.Import(ctx, s, campaignimport.StorePeople(people), book, nil)
		if err != nil {
			var ie *orgimport.Error
			if !errors.As(err, &ie) && !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("Import error %v is neither an *orgimport.Error nor ErrInvalid", err)
			}
			if ins := list(); len(ins) != 0 {
				t.Fatalf("a refused import stored %d initiatives", len(ins))
			}
			return
		}
		before := list()
		for _, in := range before {
			for _, txt := range []string{in.Title, in.RecognisedBy, in.Decision, string(in.ID)} {
				if !utf8.ValidString(txt) || !norm.NFC.IsNormalString(txt) {
					t.Errorf("stored text %q is not valid UTF-8 in NFC", txt)
				}
			}
			sum := decimal.Zero
			for _, a := range in.Authors {
				sum = sum.Add(in.ShareOf(a.Person))
			}
			if !sum.Equal(decimal.NewFromInt(100)) {
				t.Errorf("initiative %s: shares add up to %s", in.ID, sum)
			}
		}
		if _, err := campaignimport.Import(ctx, s, campaignimport.StorePeople(people), read(), nil); len(before) > 0 && !errors.Is(err, thidua.ErrConflict) {
			t.Fatalf("second import: %v, want ErrConflict", err)
		}
		if diff := cmp.Diff(before, list()); diff != "" {
			t.Fatalf("a refused second import changed the store:\n%s", diff)
		}
	})
}

// twoAuthors returns an organisation of one unit, U, with two staff posted
// there since 2015, P001 and P002, the authors the test sheets name.
func twoAuthors(t *testing.T) *org.MemStore {
	t.Helper()
	ctx := context.Background()
	people := org.NewMemStore()
	if err := people.AddUnit(ctx, org.Unit{ID: "U", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Exists: thidua.Since(thidua.MustDate(2009, 7, 1))}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []org.PersonID{"P001", "P002"} {
		if err := people.AddPerson(ctx, org.Person{ID: id, FullName: "Cán bộ " + string(id),
			Assignments: []org.Assignment{{Unit: "U", Position: "Chấp hành viên", Period: thidua.Since(thidua.MustDate(2015, 1, 1))}}}); err != nil {
			t.Fatal(err)
		}
	}
	return people
}
