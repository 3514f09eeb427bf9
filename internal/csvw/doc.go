// Package csvw is the one CSV writer of the library: every CSV it emits
// (report.CSVRenderer, document.Statistics.WriteCSV, the statistics
// forms…) goes through [Writer], so they all open correctly in Excel and
// none carries a formula.
//
// Two things make a CSV safe to open in a spreadsheet:
//
//   - Excel on Windows reads a CSV without a byte-order mark in the local
//     code page and garbles Vietnamese; [Options.BOM] writes the UTF-8 BOM
//     first.
//   - A cell starting with =, +, -, @, tab or carriage return is run as a
//     formula when the file is opened (OWASP, "CSV Injection"). The writer
//     prefixes such a text cell with an apostrophe, which spreadsheets show
//     as text and hide. A field that is a plain number ("-5", "+3.25") is
//     left alone: it is data, not a formula. [Restore] undoes the prefix
//     for a reader of the library's own files.
package csvw
