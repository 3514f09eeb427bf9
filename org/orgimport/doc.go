// Package orgimport imports the organisation sheets of a spreadsheet —
// units with their parent and level (Đơn vị), people with their posts (Cán
// bộ), yearly quality ratings of people and collectives (Xếp loại, with
// the abbreviations HTXSNV, HTTNV, HTNV, KHTNV or the full words of Nghị
// định 90/2020/NĐ-CP), absences (Ngày nghỉ) and disciplines (Kỷ luật) —
// into an org.Store, all or nothing.
//
// It also holds what the import packages of every domain share: the
// [Workbook] read from an XLSX file that Excel, LibreOffice or WPS saved
// ([ReadXLSX]) or from CSV files ([ReadCSV]), and the [*Error] listing
// every problem found as (sheet, row, column, Vietnamese message).
//
// Columns are found by their Vietnamese headers, matched without regard to
// case, spacing or where the tone mark sits ("Họ và tên" = "HỌ VÀ TÊN",
// "Hoà" = "Hòa"); a header row may sit below a title; columns "STT" and
// "Ghi chú" are skipped; an unknown header is a problem. [Specs] lists the
// sheets and their columns.
//
// Every row is checked before anything is stored: types (a number in a
// name column, words in a number column), dates (31/02/2024 is not one;
// dates may be text dd/mm/yyyy or date cells in either date system),
// enumerations, references (a parent unit, a post's unit, a rated person
// must be in the workbook or already in the store), duplicates within the
// workbook, and the store's own rules (org.CheckAddUnit and the other
// Check functions, run against the store as the workbook's earlier
// records will leave it). A record the store already holds is a problem
// matching thidua.ErrConflict: importing a workbook twice stores nothing
// the second time.
//
// Package award/awardimport imports a whole workbook, every domain in
// dependency order, and writes the empty template.
package orgimport
