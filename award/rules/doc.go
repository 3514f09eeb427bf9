// Package rules holds the legal regimes of emulation and commendation (thi
// đua, khen thưởng) and an explainable eligibility engine.
//
// Eligibility is a pure function of a candidate's history, the award asked
// for and the year: no context, no storage. A [Candidate] carries a person's
// or a collective's yearly records (rating, counted absence, titles and forms
// conferred, the council's ballot on each proposal, member counts), disciplines, pending
// proceedings, initiatives and one-off feats. [Check] returns a [Verdict]
// listing every criterion checked — passed, failed or pending — each with a
// Vietnamese reason (NFC), its legal citation and structured [Facts].
//
//	rs := rules.DefaultRegimes()            // R2010a, R2010b, R2014, R2017, R2024, R2025
//	v := rs.Check(c, award.CSTDBo, 2020)    // read with the regime rating 2020
//	for _, cr := range v.Criteria { fmt.Println(cr.Passed, cr.Reason, cr.Citation) }
//
// # Regimes
//
// A [Regime] is a value: a period in force, [Params] (every number of the
// rules, overridable), a map of [Rule] per award.Code and a map of
// citations per criterion ID. [Regimes] is a registry the caller holds.
// Before 01/10/2017 there are three regimes: R2010a to 31/05/2014 (Luật
// TĐKT 2003, NĐ 42/2010/NĐ-CP, NĐ 39/2012/NĐ-CP), R2010b from 01/06/2014
// (Luật 39/2013/QH13 in force, NĐ 42/2010 where not contrary) and R2014
// from 20/08/2014 (NĐ 65/2014/NĐ-CP, which repealed most of NĐ 42/2010,
// its Điều 30); then R2017 (NĐ 91/2017/NĐ-CP), R2024 (Luật TĐKT
// 06/2022/QH15, NĐ 98/2023/NĐ-CP) and R2025 (NĐ 152/2025/NĐ-CP).
// [Regimes.ForYear] picks the regime in force on 31/12 of the year rated
// (year 2014 → R2014, 2017 → R2017, 2025 → R2025). Which regime applies to
// a dossier considered after the law changed is not settled by the Law
// (Luật TĐKT 2022, Điều 95 keeps only the awards already granted): by
// default the date of consideration picks it ([Regimes.CheckAt],
// ScreenOptions.AsOf), and Regimes.Select = ByAchievementYear picks by the
// year rated instead. A history that spans regimes is read with the rules
// of the regime chosen. The draft law amending Law 06/2022 is an optional
// regime ([NewDraftLaw2026]) that differs from R2025 only by data
// (CSTDCSMode = ExcellentAndInitiative). A ministry adds its own award by
// registering a rule — reg.Rules[code] = rule — for example [TuPhapKNC]
// for Kỷ niệm chương "Vì sự nghiệp Tư pháp", or a rule written with
// [Eval]'s exported methods, and by its data in Regime.Codes ([CodeSpec]):
// the codes it requires and over how many years, its quota and the unit
// the quota counts over, each with its citation. The library's own codes
// are in the same data: what CSTĐCS, CSTĐ cấp bộ and toàn quốc, the Bằng
// khen and Huân chương Lao động hạng Ba require, and the CSTĐCS and Cờ thi
// đua của Chính phủ quotas, each cited, for a caller to read or change. The
// engine applies the data and the general principles itself (a rule may
// place the requirements among its criteria with [Eval.Require]; a code may
// have data and no rule), and decides codes after the ones they require in
// the same [Screen], so an added code may require another code and a
// library code an added one. A rule sees copies ([Eval.Params], [Eval.Candidate], [Eval.Spec]):
// it cannot change what another rule reads. Citations ending in "[?]" and Params
// documented "[?] unverified" encode rules that no legal text read so far
// confirms; "[C]" marks those known only from secondary sources.
//
// # Counting consecutive years
//
// A title or form that needs N consecutive years is considered for year Y
// when Y is the LAST year of the run: CSTĐ cấp bộ asked for 2020 needs
// CSTĐCS in 2018, 2019 and 2020, as units nominate at year end in the same
// round as the year's own titles. Another reading ("considered in the year
// right after the N-th qualifying one") is not confirmed by any text read
// ([?]): Params.ConsiderInYearAfter switches to it (the run then ends in
// Y-1); [Eval.RunEnd] gives the last year of the run either way. Where a
// text pins it, the text wins: under NĐ 65/2014/NĐ-CP, Điều 3 khoản 4 CSTĐ
// toàn quốc is conferred after the year of the second CSTĐ cấp bộ. CSTĐ
// toàn quốc needs two consecutive CSTĐ cấp bộ periods, the ones ending in
// the last year of the run and three years before, and its own council
// ballot (YearRecord.Ballots: the vote on CSTĐ cấp bộ never stands for it,
// NĐ 91/2017 art. 45.8). "Holds X, then N years" (Bằng khen Thủ tướng,
// Huân chương Lao động) counts the run of years after the earliest grant of
// X that follows the last grant of the award asked for. The interval is
// counted from the achievement period of the earlier grant (NĐ 91/2017 and
// TT 08/2017/TT-BNV [C]): a grant's Year is the last year of its
// achievement period, under either convention, as in the rest of the
// library, so a grant for year G used the run ending in G. Under
// Params.ConsiderInYearAfter a form considered in 2019 counted the run
// ending in 2018 and is granted for 2018 (Verdict.Through says which year
// to record); a Bằng khen cấp bộ for 2013 then lets 2014-2018 count towards
// Bằng khen Thủ tướng considered in 2019. Under
// R2014 it is counted from the earlier DECISION (NĐ 65/2014/NĐ-CP, Điều 2
// khoản 4; Params.IntervalFromDecision, Grant.Decided): years before the
// year the decision was signed do not count. Years never count when they
// were touched by a discipline (the achievement period restarts after it
// ends, NĐ 98/2023 art. 4) or already served a grant of the same code (one
// achievement, one form, Luật TĐKT 2022 art. 5); an initiative already
// used for the same code in another year is not counted again. Only merit
// grants count towards merit-based higher awards: thematic and ad hoc
// awards are kept apart by [Candidate.Add].
//
// # Alternatives, pending criteria
//
// Criteria with a Branch are alternatives (CSTĐCS under Law 2022: excellent
// rating OR an initiative): a verdict is eligible when every mandatory
// criterion passed and every criterion of one branch passed. Criteria the
// history cannot decide — the council vote, a quota — are Pending: they do
// not fail the verdict, and Verdict.Pending says some remain.
//
// # Screening and quotas
//
// [Screen] checks a unit's people and collectives for a year and a list of
// codes, deciding codes in dependency order (LĐTT before CSTĐCS, its quota
// base; CSTĐCS before CSTĐ cấp bộ and Tập thể lao động xuất sắc) and
// passing each result forward; a code a listed one needs (LĐTT for the
// CSTĐCS quota base) is decided internally even when it is not listed. It
// applies the CSTĐCS quota (15 % of the LĐTT of the unit under R2017,
// rounded down, NĐ 91/2017 art. 9.3 "không quá 15 %", a rate each ministry
// or province sets; no earlier decree sets one, and under Law 2022 none is
// known, so a verdict there says "chưa áp dụng tỷ lệ" unless the caller sets
// the ministry's rate in Regime.Codes) and the Cờ thi đua của Chính phủ
// quota (20 %, NĐ 91/2017 art. 11; [?] for the other regimes), ordering ties
// by score, women first, rating and ID, and explains each cut in
// Vietnamese. With ScreenOptions.VerdictsOnly no reason is built: screening
// 100.000 people with ten-year histories for the seven individual titles
// and forms takes about 0,1 s of processor time (about 50 ms on two
// cores), with less than one allocation per candidate (BenchmarkScreen).
// A [Result] keeps each decision in 16 bytes ([Decision]: eligible,
// pending, basis; criteria, achievements used and a quota's cut out of
// line) and the rest once per code; [Result.Verdict] gives a decision as
// the [Verdict] [Check] returns.
//
// [Earliest] tells when an award becomes possible if every future year goes
// well, and what is missing now. [Prize] computes prize money as a multiple
// of the base salary in force, in decimal đồng.
package rules
