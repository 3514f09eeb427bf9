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
//	rs := rules.DefaultRegimes()            // R2010, R2017, R2024, R2025
//	v := rs.Check(c, award.CSTDBo, 2020)    // read with the regime rating 2020
//	for _, cr := range v.Criteria { fmt.Println(cr.Passed, cr.Reason, cr.Citation) }
//
// # Regimes
//
// A [Regime] is a value: a period in force, [Params] (every number of the
// rules, overridable), a map of [Rule] per award.Code and a map of
// citations per criterion ID. [Regimes] is a registry the caller holds;
// [Regimes.ForYear] picks the regime in force on 31/12 of the year rated
// (year 2017 → R2017, 2025 → R2025). A history that spans regimes is read
// with the rules of the regime of the year asked for. The draft law amending
// Law 06/2022 is an optional regime ([NewDraftLaw2026]) that differs from
// R2025 only by data (CSTDCSMode = ExcellentAndInitiative). A ministry adds
// its own award by registering a rule — reg.Rules[code] = rule — for
// example [TuPhapKNC] for Kỷ niệm chương "Vì sự nghiệp Tư pháp", or a rule
// written with [Eval]'s exported methods. Citations ending in "[?]" and
// Params documented "[?] unverified" encode rules that the domain reference
// does not confirm.
//
// # Counting consecutive years
//
// A title or form that needs N consecutive years is considered for year Y
// when Y is the LAST year of the run: CSTĐ cấp bộ asked for 2020 needs
// CSTĐCS in 2018, 2019 and 2020, as units nominate at year end in the same
// round as the year's own titles. DOMAIN.md reads it otherwise ("considered
// in the year right after the N-th qualifying one") but marks that [?]
// unverified: Params.ConsiderInYearAfter switches to it (the run then ends
// in Y-1); [Eval.RunEnd] gives the last year of the run either way. CSTĐ
// toàn quốc needs two consecutive CSTĐ cấp bộ periods, the ones ending in
// Y and in Y-3, and its own council ballot (YearRecord.Ballots: the vote on
// CSTĐ cấp bộ never stands for it, NĐ 91/2017 art. 45.8). "Holds X, then
// N years" (Bằng khen Thủ tướng, Huân chương Lao động) counts the run of
// years after the period used by the earliest grant of X that follows the
// last grant of the award asked for (DOMAIN.md §4 [C]); a grant for year G
// used the run ending in G, or in G-1 under Params.ConsiderInYearAfter, so
// with it a Bằng khen cấp bộ for 2014 lets 2014-2018 count towards Bằng
// khen Thủ tướng for 2019. Years never count when they were touched by a discipline (the
// achievement period restarts after it ends, NĐ 98/2023 art. 4) or already
// served a grant of the same code (one achievement, one form, Luật TĐKT
// 2022 art. 5); an initiative already used for the same code in another
// year is not counted again. Only merit grants count towards merit-based
// higher awards: thematic and ad hoc awards are kept apart by
// [Candidate.Add].
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
// rounded down, NĐ 91/2017 art. 9.3) and the Cờ thi đua của Chính phủ
// quota (20 %, NĐ 91/2017 art. 11; [?] for R2010 and Law 2022), ordering ties
// by score, women first, rating and ID, and explains each cut in
// Vietnamese. With ScreenOptions.VerdictsOnly no reason is built: screening
// 100.000 people with ten-year histories for the seven individual titles
// and forms takes about 0,2 s on one core, with less than one allocation
// per candidate (BenchmarkScreen).
//
// [Earliest] tells when an award becomes possible if every future year goes
// well, and what is missing now. [Prize] computes prize money as a multiple
// of the base salary in force, in decimal đồng.
package rules
