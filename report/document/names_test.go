package document_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
)

// Unit names of the rename test: the Chi cục of Cao Lãnh renamed on 1
// July 2023 (org.Store.RenameUnit keeps the old name for the days before),
// and a Chi cục of Hồng Ngự that ended on 30 June 2024.
const (
	oldCaoLanh = "Chi cục Thi hành án dân sự huyện Cao Lãnh"
	newCaoLanh = "Chi cục Thi hành án dân sự thành phố Cao Lãnh"
	hongNgu    = "Chi cục Thi hành án dân sự huyện Hồng Ngự"
)

// renamedFixture is the fixture with the Chi cục of Cao Lãnh renamed in
// 2023 and a Chi cục of Hồng Ngự that existed until mid-2024.
func renamedFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	f := newFixture(t)
	if err := f.org.RenameUnit(ctx, "cc-cl", day(2023, time.July, 1), newCaoLanh, "Chi cục THADS TP. Cao Lãnh", "Quyết định số 512/QĐ-TCTHADS"); err != nil {
		t.Fatal(err)
	}
	hn := org.Unit{ID: "cc-hn", Name: hongNgu, Parent: "cuc-dt",
		Exists: thidua.Period{From: day(2000, time.January, 1), To: day(2024, time.June, 30)}}
	if err := f.org.AddUnit(ctx, hn); err != nil {
		t.Fatal(err)
	}
	return f
}

// rendered renders doc as text.
func rendered(t *testing.T, doc document.Document) string {
	t.Helper()
	var b strings.Builder
	if err := document.Render(&b, document.Text, doc); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// wantName checks that got is want, and that the text rendering names the
// unit by want and never by the name not in force.
func wantName(t *testing.T, what, got, want, text, notWant string) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
	if !strings.Contains(text, want) {
		t.Errorf("%s: the text lacks %q", what, want)
	}
	if notWant != "" && strings.Contains(text, notWant) {
		t.Errorf("%s: the text names the unit %q, not in force then", what, notWant)
	}
}

// A document about the years before a rename, dated then, names the unit
// as it was; one about the years after names it by its new name. A unit
// that no longer exists on the document's day is "nguyên …".
func TestDocumentsNameUnitsAsOnTheirDay(t *testing.T) {
	ctx := context.Background()
	f := renamedFixture(t)
	src := f.sources()
	periods := []struct {
		name      string
		period    thidua.Period
		want, not string
	}{
		{"About2021to2022", thidua.Years(2021, 2022), oldCaoLanh, newCaoLanh},
		{"About2024", thidua.Year(2024), newCaoLanh, oldCaoLanh},
	}
	for _, p := range periods {
		t.Run(p.name, func(t *testing.T) {
			// The collective report of the Chi cục: its name in section I
			// and in the heading, as on the report's day (the period's
			// end).
			rep, err := document.CollectiveReport(ctx, src, document.CollectiveRequest{Unit: "cc-cl", Period: p.period})
			if err != nil {
				t.Fatal(err)
			}
			text := rendered(t, rep)
			wantName(t, "collective report unit", rep.Unit.Name, p.want, text, p.not)
			wantName(t, "collective report agency", rep.Heading.Agency, p.want, text, p.not)

			// The Cục's report lists its subunits by their names then.
			rep, err = document.CollectiveReport(ctx, src, document.CollectiveRequest{Unit: "cuc-dt", Period: p.period})
			if err != nil {
				t.Fatal(err)
			}
			if !contains(rep.Unit.Subunits, p.want) || contains(rep.Unit.Subunits, p.not) {
				t.Errorf("subunits of the Cục = %q, want %q and not %q", rep.Unit.Subunits, p.want, p.not)
			}

			// A person of the Chi cục: the unit of the post.
			ind, err := document.IndividualReport(ctx, src, document.IndividualRequest{Person: "p-cuong", Period: p.period})
			if err != nil {
				t.Fatal(err)
			}
			wantName(t, "individual report unit", ind.Person.Unit, p.want, rendered(t, ind), p.not)

			// The statistics table of the Chi cục, speaking from the
			// period's end.
			st, err := document.StatisticsTable(ctx, src, document.StatisticsRequest{Unit: "cc-cl", Period: p.period})
			if err != nil {
				t.Fatal(err)
			}
			wantName(t, "statistics unit", st.Unit, p.want, rendered(t, st), p.not)

			// The nomination list dated in the period: the Chi cục
			// nominated, and its Chi cục trưởng.
			l, err := document.NominationList(ctx, src, document.NominationRequest{Proposer: "cuc-dt",
				Codes: []award.Code{award.HCLD3, award.CSTDBo}, On: p.period.To})
			if err != nil {
				t.Fatal(err)
			}
			text = rendered(t, l)
			for _, g := range l.Groups {
				for _, x := range g.Nominees() {
					switch {
					case x.Recipient.Unit == "cc-cl":
						wantName(t, "nominated unit", x.Name, p.want, text, p.not)
					case x.Recipient.Person == "p-cuong":
						wantName(t, "nominee's post", x.Post, "Chi cục trưởng "+p.want, text, p.not)
					}
				}
			}
		})
	}

	// Dated after the rename, a report about the years before it is the
	// renamed unit's report: it bears the name of its day.
	rep, err := document.CollectiveReport(ctx, src, document.CollectiveRequest{Unit: "cc-cl", Period: thidua.Years(2021, 2022), On: day(2024, time.March, 1)})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Unit.Name != newCaoLanh {
		t.Errorf("report dated 2024 about 2021–2022 names the unit %q, want %q", rep.Unit.Name, newCaoLanh)
	}
	// A heading dated before the rename names the issuing unit as then.
	rep, err = document.CollectiveReport(ctx, src, document.CollectiveRequest{Unit: "cc-cl", Period: thidua.Years(2021, 2022),
		Heading: document.Heading{Place: "Cao Lãnh", Date: day(2023, time.January, 5)}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Heading.Agency != oldCaoLanh || rep.Unit.Name != oldCaoLanh {
		t.Errorf("report dated 5/1/2023: agency %q, unit %q; want %q", rep.Heading.Agency, rep.Unit.Name, oldCaoLanh)
	}

	// The Chi cục of Hồng Ngự ended on 30 June 2024: a table of 2022–2023
	// names it as it was, one speaking from 2025 "nguyên …" (report.FormerName).
	for _, tt := range []struct {
		period thidua.Period
		asOf   thidua.Date
		want   string
	}{
		{thidua.Years(2022, 2023), thidua.Date{}, hongNgu},
		{thidua.Years(2023, 2024), thidua.Date{}, "nguyên " + hongNgu},
		{thidua.Years(2022, 2023), day(2025, time.January, 15), "nguyên " + hongNgu},
	} {
		st, err := document.StatisticsTable(ctx, src, document.StatisticsRequest{Unit: "cc-hn", Period: tt.period, AsOf: tt.asOf,
			Heading: document.Heading{Agency: "Cục Thi hành án dân sự tỉnh Đồng Tháp"}})
		if err != nil {
			t.Fatal(err)
		}
		if st.Unit != tt.want {
			t.Errorf("statistics of %s as of %s: unit %q, want %q", tt.period, tt.asOf, st.Unit, tt.want)
		}
	}
}
