// Package report writes the figures of emulation and commendation reports
// the way official Vietnamese documents do.
//
// Numbers use "." between thousands and "," before decimals, exactly, from
// the digits of a decimal.Decimal: [FormatInt], [FormatDecimal],
// [FormatFixed], [FormatTrimmed], [FormatPercent]; [ParseNumber] reads the
// form back and rejects ambiguous input such as "50,000,000".
//
// Money is in đồng: [FormatMoney] ("50.000.000 đồng"), [FormatMoneyIn]
// ("420,52 triệu đồng"), [FormatMoneyApprox] ("hơn 50.000.000 đồng",
// "gần 50 triệu đồng") and [MoneyWords] ("Bảy mươi lăm triệu, hai trăm ba
// mươi nghìn đồng").
//
// Numbers are read aloud (đọc số) by [Words], [DecimalWords] and the
// methods of [WordOptions], which select the variants (lẻ/linh, tư/bốn,
// lăm/nhăm, nghìn/ngàn, tỷ/tỉ, phẩy/chấm).
//
// Counts are padded below 10 with their classifier ([Count]: "01 tập thể"),
// lists end with "và" ([JoinList]), breakdowns go in brackets
// ([Breakdown]). Dates follow Nghị định 30/2020/NĐ-CP ([DocDate]: "ngày 05
// tháng 02 năm 2024", [PlaceDate], [ParseDocDate]) or news style
// ([NewsDate]: "22/06/2020"); periods and years have their phrases
// ([PeriodPhrase], [PeriodYearsPhrase], [YearList]). [thidua.DocNumber] is a
// document's number and symbol ("Số: 05/QĐ-UBND"). [PendingProposal] and
// [FormerPost] word proposals not yet granted and posts already left.
//
// The text helpers [NFC], [FoldKey], [SameText] and [SortNames] expose the
// library's Vietnamese matching and name order. [Funcs] puts all of it in a
// template function map for custom report templates.
//
// Every function here is pure and safe for concurrent use (a [NameCollator]
// is the one value to keep per goroutine); option types are plain values.
// There is no package-level state.
package report
