// Package xlsx writes Office Open XML workbooks (.xlsx) with nothing but
// archive/zip and encoding/xml: a [Workbook] holds [Sheet]s, a sheet holds
// rows of [Cell]s, column widths, merged ranges and an A4 page setup, and
// [Workbook.Write] writes the file. The output depends only on the
// workbook's content (fixed zip timestamps, no random IDs), so the same
// workbook always gives the same bytes and golden tests can compare them.
//
// The package knows nothing of emulation and commendation: the library's
// tables, statistics forms and import templates are written through it, and
// a ministry developer can write any other table the same way.
//
// The parts written follow ECMA-376 Part 1 (SpreadsheetML): the workbook,
// one worksheet part per sheet, a shared-string table, a style sheet whose
// cell formats are collected from the [Style]s used, and the document
// properties. Text is written as shared strings; numbers as decimal
// literals (money stays exact: [Decimal] writes the decimal.Decimal's own
// digits); dates as serial numbers of the 1900 date system with a
// dd/mm/yyyy format.
//
// A Workbook is not safe for concurrent modification; writing a workbook
// that no one modifies is safe from several goroutines.
package xlsx
