package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/thidua-go/thidua/internal/officetest"
)

// TestOffice writes the summary as DOCX and XLSX, checks that the same data
// gives the same bytes, and opens both with LibreOffice: the PDF of the
// document states every figure of the article, and the workbook's sheet of
// grants by kind lists every kind of the article.
func TestOffice(t *testing.T) {
	s := memory(t)
	docx := []byte(renderFrom(t, s, "docx"))
	xlsx := []byte(renderFrom(t, s, "xlsx"))
	if !bytes.Equal(docx, []byte(renderFrom(t, s, "docx"))) || !bytes.Equal(xlsx, []byte(renderFrom(t, s, "xlsx"))) {
		t.Error("two renderings differ")
	}
	if !bytes.HasPrefix(docx, []byte("PK")) || !bytes.HasPrefix(xlsx, []byte("PK")) {
		t.Fatal("not zip files")
	}
	text, pages := officetest.PDFText(t, "dongthap.docx", docx)
	flat := strings.Join(strings.Fields(text), " ")
	for _, f := range seedFigures {
		if !strings.Contains(flat, f) {
			t.Errorf("DOCX lacks %q", f)
		}
	}
	for _, f := range []string{"CỤC THI HÀNH ÁN DÂN SỰ", "Số: 125/BC-CTHADS", "Đồng Tháp, ngày 22 tháng 6 năm 2020", "BÁO CÁO THÀNH TÍCH THI ĐUA, KHEN THƯỞNG", "Nơi nhận:", "Trần Văn Dũng"} {
		if !strings.Contains(flat, f) {
			t.Errorf("DOCX lacks %q", f)
		}
	}
	if pages < 2 {
		t.Errorf("%d page(s), want 2 or more", pages)
	}
	sheets := officetest.SheetsCSV(t, "dongthap.xlsx", xlsx)
	for _, name := range []string{"0601.N", "0602.N", "0603.N"} {
		rows, ok := sheets[name]
		if !ok || len(rows) == 0 || !strings.HasPrefix(rows[0][0], "Biểu số: "+name) {
			t.Errorf("no statistics form %s in the workbook", name)
		}
	}
	kinds := sheets["Khen thưởng"]
	if len(kinds) < 6 {
		t.Fatalf("sheet of grants: %v", kinds)
	}
	var labels []string
	for _, r := range kinds[6:] {
		labels = append(labels, r[0])
	}
	for _, want := range []string{"Huân chương Lao động hạng Ba", "Cờ Thi đua ngành Tư pháp", "Chiến sỹ thi đua ngành Tư pháp"} {
		if !strings.Contains(strings.Join(labels, "|"), want) {
			t.Errorf("sheet of grants lacks %q: %v", want, labels)
		}
	}
}
