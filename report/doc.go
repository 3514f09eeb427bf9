// Package report turns the stored facts of emulation and commendation work
// into the period summaries units publish, and writes their figures the way
// official Vietnamese documents do.
//
// # Period summaries
//
// [BuildSummary] reads the stores of org, award, contribution and campaign
// ([Sources]) for a unit with everything under it — following
// restructuring: a summary of 2015–2020 asked about today's unit covers the
// units, with the names, in force then — and a period ([SummaryRequest]).
// The result, a [Summary], is a plain value with stable field names, ready
// for JSON: grants by award kind, recipient kind, unit level, year and
// issuer, counting both distinct recipients and grants ("03 tập thể (4
// cờ)"); revoked grants excluded; nominations under consideration listed
// apart ("đang đề nghị"), never counted; contributions received, own and
// mobilised, by purpose and item kind; movements launched and joined and the
// peak drives of each year; initiatives recognised.
//
//	sum, err := report.BuildSummary(ctx, report.Sources{Org: o, Award: a, Contribution: c, Campaign: m},
//		report.SummaryRequest{Unit: "cuc-thads-dong-thap", Period: thidua.Years(2015, 2020), HighlightYear: 2019})
//	err = report.NewTextRenderer(nil).Render(os.Stdout, sum)
//
// A [Renderer] writes a summary: [NewTextRenderer] (the paragraph style of
// published summaries), [NewMarkdownRenderer], [NewHTMLRenderer]
// (html/template, escaped) and [CSVRenderer]. [PhraseOptions] supply the
// words around the figures — the figures always come from the data — and
// [NewTemplateRenderer] runs a ministry's own template, in a file, with the
// functions of [SummaryFuncs]: a new report without Go code. Package
// report/document builds the standard documents (achievement reports,
// nomination lists, statistics tables) with the national heading.
//
// # Vietnamese formatting
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
