package document_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report/document"
)

func TestTableText(t *testing.T) {
	tb := document.Table{
		Header: []string{"STT", "Danh hiệu", "Số"},
		Rows:   [][]string{{"1", "Lao động tiên tiến", "05"}, {"10", "Chiến sĩ thi đua cơ sở"}},
		Right:  []bool{true, false, true},
	}
	want := "" +
		"STT  Danh hiệu               Số\n" +
		"---  ----------------------  --\n" +
		"  1  Lao động tiên tiến      05\n" +
		" 10  Chiến sĩ thi đua cơ sở\n"
	if diff := cmp.Diff(want, tb.Text()); diff != "" {
		t.Errorf("Text (-want +got):\n%s", diff)
	}
	wantMD := "" +
		"| STT | Danh hiệu | Số |\n" +
		"|---:|---|---:|\n" +
		"| 1 | Lao động tiên tiến | 05 |\n" +
		"| 10 | Chiến sĩ thi đua cơ sở |  |\n"
	if diff := cmp.Diff(wantMD, tb.Markdown()); diff != "" {
		t.Errorf("Markdown (-want +got):\n%s", diff)
	}
	if (document.Table{}).Text() != "" {
		t.Error("empty table: want no text")
	}
}

// custom is a caller's own document, rendered by a template it adds.
type custom struct{ Name string }

func (custom) TemplateName() string { return "giay-moi" }

func TestCustomTemplates(t *testing.T) {
	docs := documents(t)
	tests := []struct {
		name string
		opts []document.Option
		f    document.Format
		doc  document.Document
		want string
		// upTo cuts the output before this text, if set.
		upTo string
	}{{
		name: "a ministry's own nomination layout, with the common heading parts",
		opts: []document.Option{document.WithTemplate(document.NominationTemplate, document.Text,
			`{{.Heading.NumberLine}}|{{range .Groups}}{{.Line}}: {{range $i, $n := .Nominees}}{{if $i}}; {{end}}{{$n.Name}}{{end}}|{{end}}`)},
		f:    document.Text,
		doc:  docs["nominations"],
		want: "Số: 12/TTr-CTHADS|Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể và 01 cá nhân: Chi cục Thi hành án dân sự huyện Cao Lãnh; Chi cục Thi hành án dân sự huyện Tháp Mười; Nguyễn Văn An|Đề nghị tặng Bằng khen của Thủ tướng Chính phủ: 02 cá nhân: Trần Thị Bình; Võ Thị Hoà|Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh: 01 cá nhân: Lê Văn Cường|",
	}, {
		name: "replacing a common part changes every document",
		opts: []document.Option{document.WithTemplate(document.CommonTemplate, document.Markdown,
			`{{define "heading"}}# {{.TitleLine}}{{end}}{{define "signer"}}{{end}}`)},
		f:    document.Markdown,
		doc:  docs["statistics"],
		want: "# THỐNG KÊ KẾT QUẢ KHEN THƯỞNG\nĐơn vị: Cục Thi hành án dân sự tỉnh Đồng Tháp\n\n",
		upTo: "| STT",
	}, {
		name: "a new document with its own template, HTML escaped",
		opts: []document.Option{document.WithTemplate("giay-moi", document.HTML, `<p>Kính mời {{.Name}} — {{count 3 "người"}}</p>`)},
		f:    document.HTML,
		doc:  custom{Name: "<Ông An>"},
		want: "<p>Kính mời &lt;Ông An&gt; — 03 người</p>",
	}, {
		name: "extra functions",
		opts: []document.Option{
			document.WithFuncs(map[string]any{"shout": func(s string) string { return s + "!" }}),
			document.WithTemplate("giay-moi", document.Text, `{{shout (upper .Name)}} {{roman 4}} {{docNumberLine "5/QĐ-UBND"}}`),
		},
		f:    document.Text,
		doc:  custom{Name: "Đồng Tháp"},
		want: "ĐỒNG THÁP! IV Số: 05/QĐ-UBND",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := document.NewRenderer(tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := r.Render(&buf, tt.f, tt.doc); err != nil {
				t.Fatal(err)
			}
			got := buf.String()
			if tt.upTo != "" {
				got, _, _ = strings.Cut(got, tt.upTo)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRenderErrors(t *testing.T) {
	docs := documents(t)
	tests := []struct {
		name string
		opts []document.Option
		f    document.Format
		doc  document.Document
		want error
	}{
		{"template that does not parse", []document.Option{document.WithTemplate(document.StatisticsTemplate, document.Text, "{{.Rows")}, document.Text, docs["statistics"], thidua.ErrInvalid},
		{"template for CSV", []document.Option{document.WithTemplate("x", document.CSV, "")}, document.Text, docs["statistics"], thidua.ErrInvalid},
		{"CSV of a document that is not a table", nil, document.CSV, docs["nominations"], thidua.ErrInvalid},
		{"unknown format", nil, document.Format("odt"), docs["nominations"], thidua.ErrInvalid},
		{"document without a template", nil, document.Text, custom{}, thidua.ErrInvalid},
		{"nil document", nil, document.Text, nil, thidua.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := document.NewRenderer(tt.opts...)
			if err == nil {
				var buf bytes.Buffer
				err = r.Render(&buf, tt.f, tt.doc)
				if buf.Len() != 0 {
					t.Errorf("wrote %q despite the error", buf.String())
				}
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("error = %v, want %v", err, tt.want)
			}
		})
	}
	// A template failing while it runs writes nothing.
	r, err := document.NewRenderer(document.WithTemplate(document.StatisticsTemplate, document.Text, `partial {{.NoSuchField}}`))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Render(&buf, document.Text, docs["statistics"]); err == nil || buf.Len() != 0 {
		t.Errorf("Render = %v and %q, want an error and nothing written", err, buf.String())
	}
}

func TestTemplateSource(t *testing.T) {
	for _, name := range []string{document.AchievementTemplate, document.NominationTemplate, document.StatisticsTemplate, document.CommonTemplate} {
		for _, f := range []document.Format{document.Text, document.HTML, document.Markdown} {
			src, err := document.TemplateSource(name, f)
			if err != nil || src == "" {
				t.Errorf("TemplateSource(%q, %s) = %d bytes, %v", name, f, len(src), err)
			}
		}
	}
	for _, f := range []document.Format{document.CSV, document.Text} {
		if _, err := document.TemplateSource("nope", f); !errors.Is(err, thidua.ErrNotFound) {
			t.Errorf("TemplateSource(nope, %s): error = %v, want ErrNotFound", f, err)
		}
	}
	if _, err := document.TemplateSource(document.StatisticsTemplate, document.CSV); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("CSV template: error = %v, want ErrNotFound", err)
	}
	// The default source, given back as a replacement, renders the same.
	src, _ := document.TemplateSource(document.NominationTemplate, document.Text)
	r, err := document.NewRenderer(document.WithTemplate(document.NominationTemplate, document.Text, src))
	if err != nil {
		t.Fatal(err)
	}
	doc := documents(t)["nominations"]
	var a, b bytes.Buffer
	if err := r.Render(&a, document.Text, doc); err != nil {
		t.Fatal(err)
	}
	if err := document.Render(&b, document.Text, doc); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("the default source given back renders differently")
	}
}
