// Package campaign records what happens inside an emulation movement (phong
// trào thi đua): the movements and their drives, their targets and each
// participant's results, registrations, emulation clusters and their
// scoring, and initiatives. The award rules and the reports read it.
//
// # Movements
//
// A [Movement] is regular (thường xuyên), thematic (chuyên đề) or a peak
// drive (đợt cao điểm) inside a parent movement. It names its launcher — a
// unit of package org or an external body such as "Ủy ban nhân dân tỉnh Đồng
// Tháp" —, its period, its registration windows, its participating units
// and its targets (chỉ tiêu). The kind matters to awards:
// [Kind.CountsForMerit] is false for thematic movements and drives, whose
// achievements do not count towards merit-based higher awards (Nghị định
// 98/2023/NĐ-CP art. 4).
//
// # Targets and results
//
// A [Target] has a decimal value in a [Measure]: a percentage ("96% về
// việc", "96,2% về tiền"), a count or an amount in đồng. [Evaluate] compares
// an actual value with a target (met, exceeded or missed, and by how much);
// [Assess] does so for all the targets of a movement, and [AllExceeded]
// answers "vượt chỉ tiêu", a criterion of Cờ thi đua.
//
// # Registrations
//
// A [Registration] (đăng ký thi đua) pledges titles, given as award codes
// ("ttld-xuat-sac", "cstd-co-so": the award.Code values), for a movement and
// a year. The store rejects a registration outside the movement's window or
// dated after the pledged year, a code missing from its title table (the
// caller may extend [DefaultTitleRecipients] with its own), a collective
// title pledged by a person and the reverse, and a second registration for
// the same movement and year.
//
// # Clusters and scoring
//
// A [Cluster] groups units in a cụm or khối thi đua for a year; a unit
// belongs to at most one cluster of each kind a year. A [ScoreTable]
// (bảng chấm điểm thi đua) lists criteria with maximum [Points], possibly
// nested; a [Scorecard] gives a unit's points. [NewScorer] compiles a table
// once; [Scorer.Rank] ranks a cluster with ties broken by a documented
// order and explained in Vietnamese. [Cluster.Leads] and [Leads] answer
// "leads its cluster", a criterion of Cờ thi đua cấp bộ.
//
// A decided ranking is history: [Store.SetRanking] sets a cluster's first
// ranking, and [Store.ReplaceRanking] replaces or clears it only as a
// [thidua.Correction] (who, when, why; a ranking is never cleared without
// a reason). The version replaced is kept: [Store.RankingHistory] reads a
// cluster's, [Store.History] all of them, and [Copy] carries them over.
// Registrations, results and scorecards are never replaced (a second one
// is ErrConflict), so they have no history to keep.
//
// # Initiatives
//
// An [Initiative] (sáng kiến, đề tài khoa học) has authors with shares, a
// recognition [Level] and dates. Under "one achievement, one form" (Luật
// Thi đua, khen thưởng 2022 art. 5) [Store.UseInitiative] records which
// grant used it and refuses a second use for the same award.
//
// # Storage
//
// [Store] is the storage interface; [MemStore] is the in-memory
// implementation. An optional [Directory] (an org.Store satisfies it)
// makes the store reject unknown units and people. Package campaignsql
// keeps the same records in SQLite or PostgreSQL. Package campaigntest
// holds the conformance suite every implementation should pass.
//
// The rules of what may be stored live once, in [Rules] ([NewRules] from
// the store's [Options]): each Check method validates a write against a
// narrow [Reader] of the store and the [Directory], and every store calls
// it before it writes, adding only persistence and atomicity (locks or
// UNIQUE constraints).
//
// Every store lists everything it holds ([Store.Movements],
// [Store.Registrations], [Store.Results], [Store.ScoreTables] and
// [Store.Scores], [Store.Clusters], [Store.Initiatives], [Store.Uses]), and
// [Copy] moves it all from one store to another; [TakeSnapshot] reads it
// all for comparison. [Store.Initiatives] with [InitiativeFilter.Authors]
// and [Store.Uses] with [UseFilter.Initiatives] read sets at once: the
// initiatives of many people, the uses of many initiatives.
package campaign
