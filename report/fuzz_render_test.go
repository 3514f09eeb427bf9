package report_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/hostile"
	"github.com/thidua-go/thidua/report"
)

// nameFields are the fields of a Summary that hold a name or a label a
// caller or a store supplied: FuzzSummaryRenderers puts the fuzzed text in
// every one of them.
var nameFields = map[string]bool{
	"Name": true, "ShortName": true, "LevelName": true, "Label": true, "Counter": true, "Conferrer": true,
	"Issuer": true, "Authority": true, "Classifier": true, "Title": true, "Position": true,
}

// withNames returns a deep copy of s with every field of nameFields set to
// name.
func withNames(t testing.TB, s *report.Summary, name string) *report.Summary {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var c report.Summary
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	var set func(v reflect.Value, depth int)
	set = func(v reflect.Value, depth int) {
		if depth > 20 {
			return
		}
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				set(v.Elem(), depth+1)
			}
		case reflect.Struct:
			for i := range v.NumField() {
				f, sf := v.Field(i), v.Type().Field(i)
				if !sf.IsExported() {
					continue
				}
				if f.Kind() == reflect.String && nameFields[sf.Name] && f.String() != "" {
					f.SetString(name)
					continue
				}
				set(f, depth+1)
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				set(v.Index(i), depth+1)
			}
		}
	}
	set(reflect.ValueOf(&c), 0)
	return &c
}

// FuzzSummaryRenderers renders a summary whose names and labels are the
// fuzzer's with every built-in renderer and compares each output with the
// same summary over a plain name: the same HTML tags and attributes, the
// same Markdown table cells and no raw tag, the same CSV records and
// fields and no formula, well-formed office files, valid UTF-8 text.
func FuzzSummaryRenderers(f *testing.F) {
	for _, n := range []string{
		"\u0338 onmouseover=alert(1) x= Nguyễn Văn X", "<script>alert(1)</script>", "cờ | x <b>", "=HYPERLINK(\"http://x\")",
		"a\n| b | c |", "-1+2", "@SUM(A1)", "\u0338\" onmouseover=alert(2) \"", "a\\|b", "]]>&amp;", "e\u0301\u0338",
	} {
		f.Add(n)
	}
	fx := newFixture(f)
	base, err := report.BuildSummary(f.Context(), fx.src, report.SummaryRequest{Unit: "cuc-a", Period: thidua.Years(2015, 2020), HighlightYear: 2016})
	if err != nil {
		f.Fatal(err)
	}
	renderers := map[string]report.Renderer{
		"text": report.NewTextRenderer(nil), "markdown": report.NewMarkdownRenderer(nil), "html": report.NewHTMLRenderer(nil),
		"csv": report.CSVRenderer{}, "docx": report.NewDOCXRenderer(nil), "xlsx": report.NewXLSXRenderer(nil),
	}
	render := func(t testing.TB, r report.Renderer, s *report.Summary) string {
		var buf bytes.Buffer
		if err := r.Render(&buf, s); err != nil {
			t.Fatalf("render: %v", err)
		}
		return buf.String()
	}
	ref := map[string]string{}
	plain := withNames(f, base, "Nguyễn Văn X")
	for name, r := range renderers {
		ref[name] = render(f, r, plain)
	}
	f.Fuzz(func(t *testing.T, name string) {
		// The stores refuse what a summary could not hold: text that is
		// blank, not UTF-8 or over the name limit.
		if strings.TrimSpace(name) == "" || !utf8.ValidString(name) || len(name) > thidua.MaxNameLen {
			t.Skip()
		}
		s := withNames(t, base, name)
		for rname, r := range renderers {
			out := render(t, r, s)
			if (rname == "text" || rname == "markdown" || rname == "html" || rname == "csv") && !utf8.ValidString(out) {
				t.Errorf("%s over %q: not valid UTF-8", rname, name)
			}
			switch rname {
			case "html":
				if bad := hostile.TakenTags(out); len(bad) > 0 {
					t.Errorf("html over %q: tags taken over: %q", name, bad)
				}
				if got, want := hostile.TagSkeleton(out), hostile.TagSkeleton(ref[rname]); got != want {
					t.Errorf("html over %q: tags differ from the plain name's:\n%s\nwant\n%s", name, got, want)
				}
			case "markdown":
				if bad := hostile.TakenTags(out); len(bad) > 0 {
					t.Errorf("markdown over %q: tags taken over: %q", name, bad)
				}
				if got, want := hostile.TableCells(out), hostile.TableCells(ref[rname]); got != want {
					t.Errorf("markdown over %q: table rows %s, with a plain name %s:\n%s", name, got, want, out)
				}
			case "csv":
				if bad := hostile.FormulaFields(t, out); len(bad) > 0 {
					t.Errorf("csv over %q: fields a spreadsheet runs as formulas: %q", name, bad)
				}
				if got, want := hostile.CSVShape(t, out), hostile.CSVShape(t, ref[rname]); got != want {
					t.Errorf("csv over %q: records %s, with a plain name %s", name, got, want)
				}
			case "docx", "xlsx":
				hostile.OfficeXML(t, []byte(out))
			}
		}
	})
}
