package officetest

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// timeout bounds one conversion; LibreOffice's first start on a cold
// machine takes several seconds.
const timeout = 3 * time.Minute

// Soffice returns the path of soffice, or skips t when it is not installed.
func Soffice(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("officetest: soffice not installed; install libreoffice-writer-nogui and libreoffice-calc-nogui to run this test")
	return ""
}

// csvUTF8 tells LibreOffice to read CSV input as UTF-8 (character set 76),
// comma-separated, with double quotes, from line 1.
const csvUTF8 = "--infilter=CSV:44,34,76,1"

// Convert writes data to a file named name in a temporary directory,
// converts it with `soffice --headless --convert-to filter` and returns the
// paths of the files LibreOffice wrote (one per sheet for a CSV export of
// every sheet).
func Convert(t testing.TB, name string, data []byte, filter string) []string {
	t.Helper()
	return ConvertAll(t, map[string][]byte{name: data}, filter)[name]
}

// ConvertAll is [Convert] for several files at once, in one start of
// LibreOffice (which takes seconds): it returns the files written for each
// input name. Names must not be prefixes of one another before their
// extension.
func ConvertAll(t testing.TB, files map[string][]byte, filter string) map[string][]string {
	t.Helper()
	soffice := Soffice(t)
	dir := t.TempDir()
	args := []string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--headless", "--norestore", "--convert-to", filter, "--outdir", filepath.Join(dir, "out")}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
		if strings.HasSuffix(name, ".csv") && !slices.Contains(args, csvUTF8) {
			// Without it LibreOffice reads a CSV in the system code
			// page and Vietnamese letters come out garbled.
			args = append(args, csvUTF8)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		in := filepath.Join(dir, name)
		if err := os.WriteFile(in, files[name], 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, in)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	msg, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("officetest: soffice --convert-to %s: %v\n%s", filter, err, msg)
	}
	out, _ := filepath.Glob(filepath.Join(dir, "out", "*"))
	sort.Strings(out)
	res := make(map[string][]string)
	for _, name := range names {
		stem := strings.TrimSuffix(name, filepath.Ext(name))
		for _, f := range out {
			base := filepath.Base(f)
			if strings.TrimSuffix(base, filepath.Ext(base)) == stem || strings.HasPrefix(base, stem+"-") {
				res[name] = append(res[name], f)
			}
		}
		if len(res[name]) == 0 {
			t.Fatalf("officetest: soffice wrote nothing for %s (the file may be unreadable):\n%s", name, msg)
		}
	}
	return res
}

// PDFTexts converts several documents at once; see [PDFText]. It returns
// the text of each by name.
func PDFTexts(t testing.TB, files map[string][]byte) map[string]string {
	t.Helper()
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("officetest: pdftotext not installed; install poppler-utils to run this test")
	}
	res := make(map[string]string)
	for name, pdfs := range ConvertAll(t, files, "pdf") {
		out, err := exec.Command(pdftotext, "-enc", "UTF-8", pdfs[0], "-").Output()
		if err != nil {
			t.Fatalf("officetest: pdftotext: %v", err)
		}
		res[name] = string(out)
	}
	return res
}

// PDFText converts the document data (a .docx, named name) to PDF with
// LibreOffice and returns the text pdftotext finds in it (-layout off), with
// pages separated by form feeds. It also returns the number of pages.
func PDFText(t testing.TB, name string, data []byte) (text string, pages int) {
	t.Helper()
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("officetest: pdftotext not installed; install poppler-utils to run this test")
	}
	files := Convert(t, name, data, "pdf")
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", files[0], "-").Output()
	if err != nil {
		t.Fatalf("officetest: pdftotext: %v", err)
	}
	text = string(out)
	return text, strings.Count(strings.TrimRight(text, "\f"), "\f") + 1
}

// PDF converts the document to PDF with LibreOffice and returns the PDF's
// path, for pdftoppm and other tools.
func PDF(t testing.TB, name string, data []byte) string {
	t.Helper()
	return Convert(t, name, data, "pdf")[0]
}

// SheetsCSV converts the workbook data (named name, e.g. "x.xlsx") with
// LibreOffice to CSV, one file per sheet, and returns the cells of each
// sheet as LibreOffice shows them, by sheet name.
func SheetsCSV(t testing.TB, name string, data []byte) map[string][][]string {
	t.Helper()
	return SheetsCSVAll(t, map[string][]byte{name: data})[name]
}

// SheetsCSVAll is [SheetsCSV] for several workbooks in one start of
// LibreOffice: the sheets of each workbook by its name.
func SheetsCSVAll(t testing.TB, files map[string][]byte) map[string]map[string][][]string {
	t.Helper()
	// Filter options: comma, double quote, UTF-8 (76), start at row 1, no
	// column formats, language default, quote all text off, detect special
	// numbers, save as shown, export formulas off, remove space off, and -1:
	// every sheet to its own file "<name>-<sheet>.csv" (LibreOffice 7.2 and
	// later).
	out := ConvertAll(t, files, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1`)
	res := make(map[string]map[string][][]string)
	for name, csvs := range out {
		stem := strings.TrimSuffix(name, filepath.Ext(name)) + "-"
		sheets := make(map[string][][]string)
		for _, f := range csvs {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(bytes.NewReader(b))
			r.FieldsPerRecord = -1
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatalf("officetest: csv from LibreOffice: %v", err)
			}
			sheets[strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), stem), ".csv")] = rows
		}
		res[name] = sheets
	}
	return res
}

// ToXLSX converts a CSV file (UTF-8, comma-separated) to a workbook with
// LibreOffice and returns the workbook's bytes: a real workbook saved by
// an office application, with shared strings, for import tests.
func ToXLSX(t testing.TB, csvData []byte) []byte {
	t.Helper()
	files := Convert(t, "in.csv", csvData, "xlsx")
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return b
}
