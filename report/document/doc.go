// Package document builds and renders the standard documents units publish
// about emulation and commendation work.
//
// The documents follow the rules of Nghị định 30/2020/NĐ-CP on
// administrative documents and the forms annexed to Nghị định
// 98/2023/NĐ-CP: every document starts with a [Heading] —
// the issuing agency under its parent agency, the national heading
// ([NationalName], [NationalMotto]), the number line ("Số: 05/QĐ-UBND",
// thidua.DocNumber.Line) and the place-and-date line ("Đồng Tháp, ngày 05
// tháng 02 năm 2024") — then its title.
//
// Builders read the stores named in [Sources] and return plain values,
// encodable as JSON, that templates render:
//
//   - [CollectiveReport] and [IndividualReport]: the achievement report
//     (báo cáo thành tích) of a collective or a person: I. general situation
//     or personal details; II. achievements — the caller's narrative
//     sections, the yearly quality ratings, the initiatives; III. awards
//     received, a table of titles and a table of forms of commendation with
//     the year, the decision's number and date, and its issuer.
//   - [NominationList]: the nominations of a proposing unit grouped by award
//     kind, highest level first: "Đề nghị tặng Huân chương Lao động hạng
//     Ba: 02 tập thể và 01 cá nhân", then the numbered names ("Ông Nguyễn
//     Văn An, Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp").
//   - [StatisticsTable]: grants by kind and year for a unit and the units
//     under it, collectives and individuals apart, with totals
//     ([CountedGrants] is the rule of what counts).
//   - [Screening]: the results of a screening (award/rules.Screen), each
//     candidate and award with the verdict and the reasons, for the
//     office formats.
//
// Units are named as on the document's day (the heading's date, else the
// report's day, the list's day or the day a table speaks from): a unit
// renamed since bears, in a document about the years before, the name it
// bore then (org.Unit.NameOn), and a unit that no longer existed that day
// is "nguyên …" (report.FormerName).
//
// Revoked awards are never listed or counted; pending nominations are
// never counted as grants. The library cannot invent achievements: the
// narrative of a report is the caller's, laid out with the figures read
// from the stores.
//
// A [Renderer] writes documents in a [Format]: plain text (fixed layout:
// heading block, title, sections numbered I., II., III., tables with
// aligned columns), HTML (html/template, escaped) and Markdown from
// templates; the statistics table as CSV (report.CSVOptions: byte-order
// mark, formula cells neutralised); and Word (DOCX) and Excel (XLSX) files
// through the documents' [Layout] ([NewDOCXRenderer], [NewXLSXRenderer],
// written with the packages report/docx and report/xlsx). Formats are
// open: each is a [FormatRenderer], and [WithFormat] adds a ministry's own
// or replaces a built-in one; a caller's own document type gets DOCX and
// XLSX by implementing [Layouter]. The templates are embedded in the
// package; [TemplateSource] returns them and [WithTemplate] replaces one
// with a caller's text/template source, so a ministry can change a layout
// without Go code. Templates get report.Funcs (count, join, docDate,
// placeDate…) and the functions listed on [Renderer]. The text written is
// NFC.
//
// Builders take a context first and return errors matchable with
// errors.Is: thidua.ErrInvalid for a bad request, thidua.ErrNotFound for an
// unknown unit or person, wrapped in a *thidua.Error whose Op starts with
// "document: ". There is no package-level state; a Renderer is safe for
// concurrent use.
package document
