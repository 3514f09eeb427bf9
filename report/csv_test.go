package report_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua/report"
)

// TestCSVRendererSafe checks the two points of a CSV that Excel opens: the
// byte-order mark on request, and a label that would run as a formula
// neutralised.
func TestCSVRendererSafe(t *testing.T) {
	s := &report.Summary{Awards: []report.AwardTally{{
		Code: "X", Label: "=HYPERLINK(\"http://x\")",
		ByYear:      []report.YearCount{{Year: 2019, Collectives: report.RecipientCount{Recipients: 1, Grants: 1}}},
		Collectives: report.RecipientCount{Recipients: 1, Grants: 1},
	}}}
	for _, c := range []struct {
		reason string
		r      report.CSVRenderer
		bom    bool
	}{
		{"defaults", report.CSVRenderer{}, false},
		{"with BOM and semicolons", report.CSVRenderer{CSVOptions: report.CSVOptions{BOM: true, Comma: ';'}}, true},
	} {
		t.Run(c.reason, func(t *testing.T) {
			var b bytes.Buffer
			if err := c.r.Render(&b, s); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if got := strings.HasPrefix(out, "\uFEFF"); got != c.bom {
				t.Fatalf("BOM present: %v, want %v", got, c.bom)
			}
			cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
			if c.r.Comma != 0 {
				cr.Comma = c.r.Comma
			}
			recs, err := cr.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			want := []string{"X", "'=HYPERLINK(\"http://x\")", "2019", "1", "1", "0", "0"}
			if diff := cmp.Diff(want, recs[1]); diff != "" {
				t.Errorf("row (-want +got):\n%s", diff)
			}
		})
	}
}
