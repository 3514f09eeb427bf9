package awardimport_test

import (
	"context"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardimport"
	"github.com/thidua-go/thidua/internal/hostile"
	"github.com/thidua-go/thidua/org/orgimport"
)

// csvOf writes a sheet of the fixture as CSV text, dates as dd/mm/yyyy.
func csvOf(t testing.TB, sd sheetData) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	for _, r := range sd.rows {
		rec := make([]string, len(r))
		for i, v := range r {
			switch v := v.(type) {
			case nil:
			case string:
				rec[i] = v
			case int:
				rec[i] = strconv.Itoa(v)
			case thidua.Date:
				rec[i] = v.String()
			default:
				t.Fatalf("unsupported cell %T", v)
			}
		}
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	return b.String()
}

// FuzzImportAwards imports the fixture's organisation and initiatives with
// a fuzzed award sheet, as CSV files. No panic; a refusal is an
// *orgimport.Error or ErrInvalid and stores nothing in any store; an
// accepted workbook stores grants whose kinds are in the catalogue and
// whose titles are valid UTF-8 in NFC, and importing it again is a
// conflict that changes nothing.
func FuzzImportAwards(f *testing.F) {
	var names, others []string
	var awards string
	for _, sd := range fixture() {
		if sd.name == "Khen thưởng" {
			awards = csvOf(f, sd)
			continue
		}
		names, others = append(names, sd.name+".csv"), append(others, csvOf(f, sd))
	}
	f.Add(awards)
	f.Add(strings.Replace(awards, "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua suất sắc", 1))
	f.Add(strings.Replace(awards, "Lao động tiên tiến", "Lao \u0111\u00f4\u0323ng tiên tiến", 1))
	f.Add(strings.Replace(awards, "Bộ Tư pháp", hostile.BadUTF8, 1))
	f.Add(strings.Replace(awards, "Bằng khen cấp bộ", "Bằng khen của Chủ tịch UBND tỉnh Đồng Tháp", 1))
	f.Add(strings.Replace(awards, "2019", "1.000", 1))
	f.Add(strings.Replace(awards, "15/QĐ-CTHADS", "=1+1", 1))
	f.Fuzz(func(t *testing.T, awardCSV string) {
		ctx := context.Background()
		files := func() []io.Reader {
			rs := make([]io.Reader, 0, len(others)+1)
			for _, o := range others {
				rs = append(rs, strings.NewReader(o))
			}
			return append(rs, strings.NewReader(awardCSV))
		}
		all := append(names[:len(names):len(names)], "Khen thưởng.csv")
		opts := awardimport.Options{Limits: orgimport.Limits{MaxRows: 200, MaxCols: 40}}
		s := newStores()
		_, err := awardimport.ImportCSV(ctx, s.Stores(), all, files(), opts)
		if err != nil {
			var ie *orgimport.Error
			if !errors.As(err, &ie) && !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("ImportCSV error %v is neither an *orgimport.Error nor ErrInvalid", err)
			}
			if c := s.counts(t); c != ([6]int{}) {
				t.Fatalf("a refused import stored records: %v", c)
			}
			return
		}
		cat := award.DefaultCatalogue()
		gs, err := s.award.Grants(ctx, award.GrantFilter{IncludeRevoked: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range gs {
			if _, err := cat.Kind(g.Kind); err != nil {
				t.Errorf("grant %s of kind %q not in the catalogue", g.ID, g.Kind)
			}
			if !utf8.ValidString(g.Title) || !norm.NFC.IsNormalString(g.Title) {
				t.Errorf("grant %s: title %q is not valid UTF-8 in NFC", g.ID, g.Title)
			}
		}
		ds, err := s.award.Decisions(ctx, award.DecisionFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			for _, txt := range []string{d.IssuerName, d.SignerTitle} {
				if !utf8.ValidString(txt) || !norm.NFC.IsNormalString(txt) {
					t.Errorf("decision %s: text %q is not valid UTF-8 in NFC", d.ID, txt)
				}
			}
		}
		before := s.counts(t)
		if _, err := awardimport.ImportCSV(ctx, s.Stores(), all, files(), opts); !errors.Is(err, thidua.ErrConflict) {
			t.Fatalf("second import: %v, want ErrConflict", err)
		}
		if diff := cmp.Diff(before, s.counts(t)); diff != "" {
			t.Fatalf("a refused second import changed the stores:\n%s", diff)
		}
	})
}
