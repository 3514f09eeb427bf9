// Package officetest opens the files the library writes with a real
// consumer, LibreOffice, for tests: [PDFText] converts a document to PDF
// with `soffice --headless --convert-to pdf` and extracts its text with
// pdftotext; [SheetsCSV] converts every sheet of a workbook to CSV with
// `--convert-to csv` and parses the cells; [ToXLSX] converts a CSV file to
// a workbook, for import tests that read back what LibreOffice saved.
//
// Each helper skips the test with a message when soffice (or pdftotext) is
// not installed; CI installs them (.ci/run). Each conversion runs with its
// own LibreOffice profile directory, so tests may run in parallel.
package officetest
