// Package sheet reads spreadsheets for the import packages (org/orgimport,
// campaign/campaignimport, award/awardimport): CSV files and XLSX workbooks
// as Excel, LibreOffice Calc or WPS Spreadsheets save them, with only
// archive/zip and encoding/xml. It finds the columns of a sheet by their
// Vietnamese header names, matched without regard to case, spacing or where
// the tone mark sits (vntext.Fold), reads typed values out of cells (text,
// whole numbers, decimals, dates written as text or stored as serial numbers
// in the 1900 or the 1904 date system, yes/no) and gathers every problem it
// meets as a (sheet, row, column, Vietnamese message) list in one [*Error].
//
// The XLSX reader follows ECMA-376 Part 1 (SpreadsheetML, §18): the
// officeDocument relationship of _rels/.rels names the workbook part, whose
// relationships name the worksheets and the shared string table; a cell is
// a c element with an optional r reference and a t type (s shared string,
// inlineStr, str formula string, b boolean, e error, d ISO 8601 date, n or
// absent: a number in v); shared and inline strings may be rich text (runs r
// of t elements; phonetic runs rPh are not part of the value); the
// workbookPr date1904 attribute selects the 1904 date system.
package sheet
