// Package thidua is an embeddable library for Vietnam's public-sector
// emulation and commendation work (thi đua, khen thưởng): the movements units
// run, the pledges they register, the yearly ratings of their staff, the
// initiatives they recognise, the contributions they mobilise, and the titles
// and commendations they propose and receive, whose eligibility is fixed by a
// law that changes over time.
//
// # Packages
//
//   - org: units (with their level, parent and restructuring history),
//     people (with their posts) and the yearly records every rule reads:
//     quality ratings, days worked and absent, discipline.
//   - campaign: emulation movements (regular, thematic, peak drives), their
//     targets, registrations (đăng ký thi đua), clusters (cụm, khối thi đua),
//     scoring tables and initiatives (sáng kiến).
//   - award: the catalogue of titles and forms of commendation, nominations
//     with their audit trail (including the consultation, hiệp y, of
//     state-level forms), decisions and grants; award/rules holds the
//     legal regimes (R2010a, R2010b, R2014, R2017, R2024, R2025) and the explainable
//     eligibility engine, with loaders that read a candidate's history from
//     the stores.
//   - contribution: an append-only ledger of money and in-kind contributions
//     (đóng góp, vận động) with exact totals.
//   - report: Vietnamese formatting of numbers, money, dates and counts, the
//     period summary built from the stores, and its renderers and templates;
//     report/document builds the standard documents (achievement reports,
//     nomination lists, statistics tables) with the national heading.
//
// # How data flows
//
// A caller keeps its facts in the stores of org, campaign, award and
// contribution (the in-memory stores are the embedded default; any database
// can implement the Store interfaces and prove it with the conformance suites
// in orgtest, campaigntest, awardtest and contributiontest). The eligibility
// rules read a candidate's history and answer, with reasons and legal
// citations, whether a title or form may be proposed. Package report reads
// the stores for a unit and a period and produces a plain Go value (the
// summary) that the built-in renderers or a custom template turn into the
// text units publish.
//
// This package holds the vocabulary they share: [Date], a civil date with no
// time zone; [Period], an inclusive range of dates; [DocNumber], the number
// and symbol of a document; and the errors every package wraps ([ErrNotFound], [ErrConflict], [ErrInvalid], [ErrPermission],
// and the typed [Error]).
package thidua
