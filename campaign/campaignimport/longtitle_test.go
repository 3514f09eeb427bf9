package campaignimport_test

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaignimport"
	"github.com/thidua-go/thidua/org/orgimport"
)

// TestLongTitleWithoutID: an initiative given without an ID is known by its
// title and recognition day, whatever the title's length (up to
// thidua.MaxTitleLen): a title whose matching key is longer than an ID may
// be still imports, its authors on several rows join it, two long titles
// that differ only at the end are two initiatives, and importing the sheet
// again is a conflict. Before, such a row was refused ("id of 380 bytes,
// more than 256") though nothing in it was wrong.
func TestLongTitleWithoutID(t *testing.T) {
	ctx := context.Background()
	people := twoAuthors(t)
	long := strings.Repeat("Giải pháp nâng cao hiệu quả công tác thi hành án dân sự ", 5)
	csv := "Mã sáng kiến,Tên sáng kiến,Cấp công nhận,Cơ quan công nhận,Ngày công nhận,Mã cán bộ,Tỷ lệ đóng góp\n" +
		"," + long + "tại Chi cục,cơ sở,Hội đồng sáng kiến Cục THADS,10/11/2023,P001,60\n" +
		"," + long + "tại Chi cục,,,10/11/2023,P002,40\n" +
		"," + long + "tại Cục,cơ sở,Hội đồng sáng kiến Cục THADS,10/11/2023,P002,\n"
	read := func() *orgimport.Workbook {
		book, err := orgimport.ReadCSV([]string{"Sáng kiến.csv"}, []io.Reader{strings.NewReader(csv)}, orgimport.Limits{MaxRows: 200, MaxCols: 40})
		if err != nil {
			t.Fatal(err)
		}
		return book
	}
	s := campaign.NewMemStore(&campaign.Options{Directory: people})
	res, err := campaignimport.Import(ctx, s, campaignimport.StorePeople(people), read(), nil)
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	if res.Initiatives != 2 || res.Authors != 3 {
		t.Errorf("imported %+v, want 2 initiatives of 3 authors", res)
	}
	ins, err := s.Initiatives(ctx, campaign.InitiativeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range ins {
		if !thidua.ValidID(string(in.ID)) || !strings.HasPrefix(in.Title, long[:40]) {
			t.Errorf("initiative %q (%d bytes): title %q", in.ID, len(in.ID), in.Title)
		}
	}
	if len(ins) == 2 && ins[0].ID == ins[1].ID {
		t.Errorf("two titles, one ID %q", ins[0].ID)
	}
	if _, err := campaignimport.Import(ctx, s, campaignimport.StorePeople(people), read(), nil); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("second import: %v, want ErrConflict", err)
	}
}
