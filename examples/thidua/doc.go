// Command thidua runs the library from the command line, for those who keep
// their emulation and commendation (thi đua, khen thưởng) records in
// spreadsheets and write no Go: a workbook in, a SQLite file (or a
// PostgreSQL database), documents out.
//
//	thidua init     -db thidua.db
//	thidua template -o nhap-lieu.xlsx            # fill it in (-sample: a filled-in sample)
//	thidua import   -db thidua.db nhap-lieu.xlsx # all or nothing; errors as sheet, row, column
//	thidua screen   -db thidua.db -unit CUC -year 2023 -o xet-2023.xlsx
//	thidua report   -db thidua.db -unit CUC -from 2019 -to 2023 -format docx -o tong-ket.docx
//	thidua forms    -db thidua.db -unit CUC -year 2023 -o bieu-mau-2023.xlsx
//	thidua copy     -from thidua.db -to postgres://user@host/db
//
// The import (awardimport) checks every row of every sheet before it stores
// anything, so a workbook with problems leaves the database as it was; the
// problems are listed on standard error. Import and copy are transactions
// on both engines: they work on a copy of the database (a working copy of
// the SQLite file beside it, or a private schema of the PostgreSQL
// database, the database's tables locked against other writers
// meanwhile) that replaces the database's rows in one transaction at the
// end, so that a command that fails or is killed leaves the database as it
// was. The working copies of killed commands are removed by the next
// import or copy. A progress line is written to
// standard error while records are stored, only when it is a terminal.
//
// Exit status: 0 success, 1 data errors (bad rows, a store error; an
// ineligible candidate is not an error), 2 usage errors. Run
// "thidua COMMAND -h" for each command's flags.
package main
