package report_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/report"
)

// A caller's summary template that would write without end is stopped by
// the limit, or by the context; without either, rendering is unchanged.
func TestTemplateRendererBounded(t *testing.T) {
	const loop = `{{range $i := 1000000000}}{{$.Unit.Name}}{{end}}`
	s := &report.Summary{}
	s.Unit.Name = "Cục Thi hành án dân sự tỉnh Đồng Tháp"
	for _, html := range []bool{false, true} {
		var r *report.TemplateRenderer
		var err error
		if html {
			r, err = report.NewHTMLTemplateRenderer("loop", loop, nil)
		} else {
			r, err = report.NewTemplateRenderer("loop", loop, nil)
		}
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		err = r.Limit(10_000).Render(&buf, s)
		if !errors.Is(err, report.ErrTooLarge) || !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("error = %v, want ErrTooLarge", err)
		}
		if buf.Len() > 10_000 {
			t.Errorf("wrote %d bytes, limit 10000", buf.Len())
		}
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		err = r.RenderContext(ctx, &bytes.Buffer{}, s)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("error = %v, want context.DeadlineExceeded", err)
		}
	}
	r, err := report.NewTemplateRenderer("name", `{{.Unit.Name}}`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Limit(1000).RenderContext(context.Background(), &buf, s); err != nil || buf.String() != s.Unit.Name {
		t.Errorf("got %q, %v", buf.String(), err)
	}
	if err := r.Render(&buf, nil); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("nil summary: %v, want ErrInvalid", err)
	}
}
