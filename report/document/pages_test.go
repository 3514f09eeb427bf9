package document_test

import (
	"bytes"
	"testing"

	"github.com/thidua-go/thidua/internal/officetest"
	"github.com/thidua-go/thidua/report/document"
)

// TestLongReportPages checks that the report of the DOCX benchmark is the
// size it claims: about 20 pages in LibreOffice.
func TestLongReportPages(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	r, err := document.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Render(&b, document.DOCX, longReport()); err != nil {
		t.Fatal(err)
	}
	_, pages := officetest.PDFText(t, "long.docx", b.Bytes())
	if pages < 18 || pages > 24 {
		t.Errorf("%d pages, want about 20", pages)
	}
	t.Logf("%d pages", pages)
}
