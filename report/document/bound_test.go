package document_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report"
	"github.com/thidua-go/thidua/report/document"
)

// A caller's template that would write without end is stopped by the size
// limit, or by the context, and writes nothing.
func TestRenderBounded(t *testing.T) {
	const loop = `{{range $i := 1000000000}}{{$.Name}}{{end}}`
	r, err := document.NewRenderer(document.WithMaxBytes(4096), document.WithTemplate("giay-moi", document.Text, loop))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	err = r.Render(&buf, document.Text, custom{Name: "Đồng Tháp"})
	if !errors.Is(err, report.ErrTooLarge) || !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("error = %v, want report.ErrTooLarge", err)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes after the error", buf.Len())
	}

	r, err = document.NewRenderer(document.WithTemplate("giay-moi", document.HTML, loop))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	err = r.RenderContext(ctx, &buf, document.HTML, custom{Name: "Đồng Tháp"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error = %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("stopped after %v", d)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes after the error", buf.Len())
	}

	// Within the limit, the document is written as before.
	r, err = document.NewRenderer(document.WithMaxBytes(4096), document.WithTemplate("giay-moi", document.Text, `{{.Name}}`))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.RenderContext(context.Background(), &buf, document.Text, custom{Name: "Đồng Tháp"}); err != nil || buf.String() != "Đồng Tháp" {
		t.Errorf("got %q, %v", buf.String(), err)
	}
}

// A caller's document with decomposed text is written in NFC: the data is
// normalised before the template sees it.
func TestRenderNormalisesData(t *testing.T) {
	r, err := document.NewRenderer(document.WithTemplate("giay-moi", document.HTML, `<p>{{.Name}}</p>`))
	if err != nil {
		t.Fatal(err)
	}
	doc := custom{Name: "Đo\u0302\u0300ng Tha\u0301p"}
	var buf bytes.Buffer
	if err := r.Render(&buf, document.HTML, doc); err != nil {
		t.Fatal(err)
	}
	if buf.String() != "<p>Đồng Tháp</p>" {
		t.Errorf("got %q", buf.String())
	}
	if doc.Name != "Đo\u0302\u0300ng Tha\u0301p" {
		t.Errorf("the caller's document changed: %q", doc.Name)
	}
}
