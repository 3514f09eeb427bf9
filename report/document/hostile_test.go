package document_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/hostile"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
)

// Hostile names: a combining mark that would compose with the ">" closing
// a tag if the escaped output were normalised, markup, Markdown and CSV
// formula characters.
var hostileNames = []string{
	"\u0338 onmouseover=alert(1) x= Nguyễn Văn X",
	"<script>alert(1)</script>",
	"\u0338\" onmouseover=alert(2) \"",
	"=HYPERLINK(\"http://x\") | *a* [b](c) \u0338",
}

// hostileDocuments builds every document of the package over a fixture
// whose unit, person, signer, heading and narrative carry name.
func hostileDocuments(t testing.TB, name string) map[string]document.Document {
	t.Helper()
	docs, err := buildHostileDocuments(name)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// buildHostileDocuments is hostileDocuments, returning the first error
// (a name the stores refuse, for one).
func buildHostileDocuments(name string) (map[string]document.Document, error) {
	ctx := context.Background()
	f, err := buildFixture()
	if err != nil {
		return nil, err
	}
	since := thidua.Since(day(2000, time.January, 1))
	if err := f.org.AddUnit(ctx, org.Unit{ID: "cc-x", Name: name, ShortName: name, Parent: "cuc-dt", Exists: since}); err != nil {
		return nil, err
	}
	if err := f.org.AddPerson(ctx, org.Person{ID: "p-x", FullName: name, Gender: org.Male,
		Assignments: []org.Assignment{{Unit: "cc-x", Position: name, Period: since}}}); err != nil {
		return nil, err
	}
	if err := f.award.AddDecision(ctx, award.Decision{ID: "qd-x", Number: thidua.MustParseDocNumber("77/QĐ-BTP"),
		Date: day(2020, time.February, 1), IssuerName: name, SignerTitle: name, Grants: []award.Grant{
			{ID: "g-x1", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.UnitRecipient("cc-x"), Year: 2019}},
			{ID: "g-x2", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient("p-x"), Year: 2019}},
		}}); err != nil {
		return nil, err
	}
	_, err = award.Start(ctx, f.award, f.org, award.Nomination{ID: "dn-x", Subject: award.Subject{Kind: award.CSTDBo,
		Recipient: award.PersonRecipient("p-x"), Year: 2020}, Proposer: "cuc-dt", Authority: "btp"},
		award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc-dt"}, On: day(2021, time.January, 20), Reason: name})
	if err != nil {
		return nil, err
	}
	h := document.Heading{Parent: name, Agency: name, Place: name, Date: day(2021, time.February, 1), Subtitle: name}
	signer := document.Signer{Title: name, Name: name}
	sections := []document.Section{{Title: name, Paragraphs: []string{name, "a " + name}}}
	period := thidua.Years(2019, 2020)
	docs := map[string]document.Document{}
	coll, err := document.CollectiveReport(ctx, f.sources(), document.CollectiveRequest{Unit: "cc-x", Period: period,
		Heading: h, Address: name, Details: []document.Field{{Label: name, Value: name}}, History: []string{name},
		Sections: sections, Signer: signer, Recipients: []string{name}})
	if err != nil {
		return nil, err
	}
	docs["collective"] = coll
	ind, err := document.IndividualReport(ctx, f.sources(), document.IndividualRequest{Person: "p-x", Period: period,
		Details: []document.Field{{Label: name, Value: name}}, Sections: sections, Signer: signer, Recipients: []string{name}})
	if err != nil {
		return nil, err
	}
	docs["individual"] = ind
	nom, err := document.NominationList(ctx, f.sources(), document.NominationRequest{Proposer: "cuc-dt", Heading: h, Signer: signer, Recipients: []string{name}})
	if err != nil {
		return nil, err
	}
	docs["nominations"] = nom
	st, err := document.StatisticsTable(ctx, f.sources(), document.StatisticsRequest{Unit: "cuc-dt", Period: period, Heading: h, Signer: signer, Recipients: []string{name}})
	if err != nil {
		return nil, err
	}
	docs["statistics"] = st
	docs["screening"] = document.Screening(screeningResult(), map[string]string{"p1": name, "p2": name}, award.DefaultCatalogue(), h, signer)
	return docs, nil
}

// Every document in every format it has, over hostile names: no tag gains
// an attribute, no script tag appears, office files stay well formed.
func TestHostileNamesEveryFormat(t *testing.T) {
	r, err := document.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range hostileNames {
		for docName, doc := range hostileDocuments(t, name) {
			for _, f := range []document.Format{document.HTML, document.Markdown, document.Text, document.CSV, document.DOCX, document.XLSX} {
				var buf bytes.Buffer
				if err := r.Render(&buf, f, doc); err != nil {
					if errors.Is(err, thidua.ErrInvalid) {
						continue // a format the document has not
					}
					t.Fatalf("%s %s: %v", docName, f, err)
				}
				out := buf.String()
				switch f {
				case document.HTML, document.Markdown:
					if bad := hostile.TakenTags(out); len(bad) > 0 {
						t.Errorf("%q: %s %s: tags taken over: %q", name, docName, f, bad)
					}
				case document.CSV:
					if bad := hostile.FormulaFields(t, out); len(bad) > 0 {
						t.Errorf("%q: %s csv: fields a spreadsheet runs as formulas: %q", name, docName, bad)
					}
				case document.DOCX, document.XLSX:
					hostile.OfficeXML(t, buf.Bytes())
				case document.Text:
					if !strings.Contains(out, strings.TrimSpace(strings.Fields(name)[len(strings.Fields(name))-1])) {
						t.Errorf("%q: %s text lacks the name", name, docName)
					}
				}
			}
		}
	}
}

// The document the issue reported: a name opening with U+0338 in the
// <strong>, <li> and <p> of the HTML of a collective report.
func TestHTMLCombiningMarkAfterTag(t *testing.T) {
	name := hostileNames[0]
	doc := hostileDocuments(t, name)["collective"]
	var buf bytes.Buffer
	if err := document.Render(&buf, document.HTML, doc); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "≯") {
		t.Errorf("a tag's \">\" composed with the name:\n%s", buf.String())
	}
	if !strings.Contains(buf.String(), ">\u0338 onmouseover=alert(1) x= Nguyễn Văn X<") {
		t.Errorf("the name is not text of an element:\n%s", buf.String())
	}
}
