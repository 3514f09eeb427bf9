package document_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
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

// tagsWith returns the tags of markup (HTML, or the raw HTML Markdown
// lets through) that carry an attribute named attr, or whose name is not
// a plain tag name: a tag taken over by text.
func badTags(markup string) []string {
	var bad []string
	for i := 0; i < len(markup); i++ {
		if markup[i] != '<' {
			continue
		}
		j := i + 1
		if j < len(markup) && markup[j] == '/' {
			j++
		}
		if j >= len(markup) || !(markup[j] >= 'a' && markup[j] <= 'z' || markup[j] >= 'A' && markup[j] <= 'Z') {
			continue // not a tag: "<" as text
		}
		end := strings.IndexByte(markup[i:], '>')
		if end < 0 {
			bad = append(bad, markup[i:])
			break
		}
		tag := markup[i : i+end+1]
		name := strings.TrimLeft(tag[1:], "/")
		k := strings.IndexFunc(name, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') })
		if strings.Contains(strings.ToLower(tag), "onmouseover") || strings.HasPrefix(strings.ToLower(tag), "<script") ||
			k < 0 || !strings.ContainsRune(" \t\n/>", rune(name[k])) {
			bad = append(bad, tag)
		}
		i += end
	}
	return bad
}

// formulaFields returns the fields of a CSV file that a spreadsheet would
// run as a formula: those starting with =, +, @ or - (a number apart),
// tab or carriage return.
func formulaFields(t *testing.T, out string) []string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("csv: %v", err)
	}
	var bad []string
	for _, rec := range recs {
		for _, f := range rec {
			if f == "" || !strings.ContainsRune("=+-@\t\r", rune(f[0])) {
				continue
			}
			if _, err := strconv.ParseFloat(strings.ReplaceAll(f, ",", "."), 64); err != nil {
				bad = append(bad, f)
			}
		}
	}
	return bad
}

// xmlBad checks every XML part of an office file: well formed, and no
// element gains an attribute named onmouseover.
func xmlBad(t *testing.T, file []byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if !strings.HasSuffix(zf.Name, ".xml") && !strings.HasSuffix(zf.Name, ".rels") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(rc)
		for {
			tok, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Errorf("%s: not well formed: %v", zf.Name, err)
				break
			}
			if se, ok := tok.(xml.StartElement); ok {
				for _, a := range se.Attr {
					if strings.EqualFold(a.Name.Local, "onmouseover") {
						t.Errorf("%s: <%s> gained attribute %s", zf.Name, se.Name.Local, a.Name.Local)
					}
				}
			}
		}
		rc.Close()
	}
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
					if bad := badTags(out); len(bad) > 0 {
						t.Errorf("%q: %s %s: tags taken over: %q", name, docName, f, bad)
					}
				case document.CSV:
					if bad := formulaFields(t, out); len(bad) > 0 {
						t.Errorf("%q: %s csv: fields a spreadsheet runs as formulas: %q", name, docName, bad)
					}
				case document.DOCX, document.XLSX:
					xmlBad(t, buf.Bytes())
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
