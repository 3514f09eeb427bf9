// Command sotuphap is the second worked example: the Sở Tư pháp of an
// invented province (Hà Lam), its offices (phòng) and public service units,
// 2020–2024, entered as data through the library's public API — one office
// renamed in 2022, titles decided in the January after their year,
// Bằng khen from the Minister of Justice and from the province's chair on
// several bases (công trạng, chuyên đề, đột xuất), proposals still under
// consideration, the Sở's yearly results against the targets of its
// movement, and the ministry's target on which the Sở is ranked among the
// Sở of two neighbouring provinces — and prints its five-year summary,
// every figure counted from the data.
//
// Run it with
//
//	go run ./examples/sotuphap
//
// The default output runs the template file templates/bao-cao.tmpl over the
// summary: counts by issuer and by basis inside one kind ("Bằng khen của
// Bộ trưởng Bộ Tư pháp cho 06 tập thể và 17 lượt cá nhân, trong đó có 05
// Bằng khen chuyên đề của Bộ trưởng Bộ Tư pháp"), the achievement years of
// the Sở and of each person ("Tập thể lao động xuất sắc các năm 2021,
// 2022, 2023"), the results of 2024 compared with 2023 and ranked
// among the peers (report.ResultRequest: "412 vụ việc, tăng 44 vụ việc
// (tăng 11,96%) so với cùng kỳ năm 2023, xếp thứ 2/3"; a rate's change in
// percentage points), the proposals by the authority asked, and the
// dossier pipeline of the period (report.BuildPipeline through
// SummaryRequest.Pipeline): the Sở's 2023 round of the province's Bằng
// khen — five drafts before its council, four passed and sent, one
// returned as incomplete, one withdrawn, three granted — and the 2025
// proposals awaiting appraisal ("Trong tổng số 11 hồ sơ đề nghị, Hội đồng
// Thi đua - Khen thưởng Sở đã xét 05 trường hợp, …"). The summary
// selects grants by achievement year (report.SelectByAchievementYear), so
// the titles of 2024 decided in January 2025 are the period's.
//
// The -format flag picks another output: text and markdown (the built-in
// phrasing, with its pending-proposal sentence), json (the Summary value),
// nominations (the Sở's nomination list in its own order, with
// document.AsProposed and a GroupOrder) or achievement (its achievement
// report, with the yearly results against its targets). With -template
// FILE the program runs any template file over the summary.
//
// The justice sector's scale of levels in package org covers the civil
// judgment enforcement system; the Sở and its offices are given levels of
// the example's own.
package main
