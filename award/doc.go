// Package award holds what is given and how: the catalogue of award kinds,
// nominations (đề nghị) and their path up the hierarchy, decisions (quyết
// định) and the grants they make, and the [Store] that keeps them.
//
// # Catalogue
//
// The law keeps two families apart (Luật Thi đua, khen thưởng 06/2022/QH15):
// emulation titles (danh hiệu thi đua: Lao động tiên tiến, Chiến sĩ thi đua,
// Tập thể lao động xuất sắc, Cờ thi đua…) and forms of commendation (hình
// thức khen thưởng: Giấy khen, Bằng khen, Huân chương, Kỷ niệm chương…). A
// [Kind] carries its stable [Code], its official name, its [Family], the
// [Recipients] it may go to, its [Level], its [Conferrer] and the bases
// ([Basis], Law 2022 art. 8) it may be given on.
//
// A [Catalogue] is a value the caller holds. [DefaultCatalogue] has the
// kinds every sector uses; [JusticeCatalogue] adds the justice sector's
// names ("Cờ thi đua ngành Tư pháp", "Chiến sỹ thi đua ngành Tư pháp",
// "Bằng khen của Bộ trưởng Bộ Tư pháp") and its Kỷ niệm chương. A ministry
// adds its own with [Catalogue.Add] and [Catalogue.AddAlias].
// [Catalogue.Lookup] finds a kind by any of its names, whatever the case,
// the tone placement, "sỹ" or "sĩ", or "hạng III" for "hạng Ba".
//
// # Nominations
//
// A [Nomination] moves through its states (Draft → Submitted → Approved,
// Rejected, Withdrawn, or Returned when a unit it was sent to sends the
// dossier back with a reason; an [Appraise] step records the appraisal,
// thẩm định, of the dossier) by [Nomination.Apply], a pure function that checks
// who acts against a [HierarchyView] and records every step in the
// nomination's history. A unit proposes only candidates in its subtree,
// sends the nomination only to a unit above it, and only the authority
// that confers the award approves or rejects it, after the council vote the
// award needs: the kind's own [Kind.Council] (90 % of all members for CSTĐ
// cấp bộ and toàn quốc, NĐ 91/2017 art. 45.8) or the approver's
// [Transition.Require], whichever demands more, cast by the council the
// kind names ([Kind.CouncilOffice]: for both CSTĐ the council of the
// proposing ministry or province, which for CSTĐ toàn quốc votes on its
// draft before it goes to the Prime Minister). When the view tells which
// office each unit holds ([ConferrerView]; a [Tree] made [WithConferrers]),
// the authority must hold the office that confers the kind
// ([Kind.Conferrer]); a view that cannot tell leaves that to the hierarchy
// alone. A unit on two lines of authority (org.Line: a Sở Tư pháp belongs
// to the Ủy ban nhân dân tỉnh, and the Bộ Tư pháp guides its sector)
// proposes along the line that reaches the authority ([RouteLine], when the
// view is a [LineView]; a [Tree] is): the Minister's Bằng khen goes from the
// Sở to the Bộ, the Chủ tịch UBND tỉnh's to the People's Committee, and
// "above" and "subtree" are read on that line. A refused step is a
// [*TransitionError] whose Code says why;
// errors.Is matches it with thidua.ErrPermission or thidua.ErrInvalid.
//
// A state-level form ([Kind.Consultation]: orders, medals, state honorary
// titles, Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng; Luật Thi đua,
// khen thưởng 2022, Điều 84 khoản 3) proposed by a ministry for one of its
// units located in a province needs that province's People's Committee's
// opinion (hiệp y, Nghị định 98/2023/NĐ-CP, Điều 31 [C]). Propose sets
// [Nomination.ConsultProvince] when the view tells where the candidate's
// unit is ([LocationView]; a [Tree] made [WithProvinces]) or the caller
// set it; a [Consult] step by the unit holding the nomination records the
// answer ([Consultation]: who was asked, the answer, the document number
// and date); the nomination goes to its authority, and is approved, only
// once the last answer concurs ([MissingConsultation] otherwise).
//
// The eligibility rules live in package award/rules; a nomination carries
// their [Verdict], recorded in the [Event] of the step that attached it,
// and one for an ineligible candidate goes ahead only flagged. The engine's
// verdict becomes a nomination's in one call (rules.Verdict.ForNomination),
// which keeps the regime, the year counted, the basis and every
// [Criterion] with its reason, citation and [Facts]; every store gives it
// back as given. A nomination with no verdict is one whose eligibility was
// not assessed.
//
// # Decisions and grants
//
// A [Decision] has a [thidua.DocNumber] ("Số: 123/QĐ-BTP"), a date, an issuer and
// a signer, and gives [Grant]s. A recipient cannot hold the same title twice
// for a year. A grant revoked under chapter VII of the Law stays in history,
// marked, and counts for nothing: queries leave it out unless asked.
//
// Nothing is stored that the organisation contradicts. [Decide] is the
// checked path of decisions, as [Start] and [Advance] are of nominations: it
// checks the issuing unit exists on the decision's date and every recipient
// exists (a unit during its achievement) against an org.Store
// ([CheckDecisionParties]) and refuses with thidua.ErrInvalid before it
// stores. A store made [WithDirectory] makes the same checks in
// [Store.AddDecision], and refuses in [Store.AddNomination] a nomination
// proposed by a unit on a day it did not exist ([CheckProposalParties]);
// [Nomination.Apply] refuses that too when its view knows the units'
// periods ([ExistenceView]; a [Tree] does).
//
// # Storage
//
// [Store] is the storage interface; [NewMemStore] is the in-memory
// implementation and package awardtest holds the conformance suite any
// implementation can run. [Start] and [Advance] load the hierarchy a step
// needs from an org.Store, apply it and store the result: they are the
// checked path. A store, which has no hierarchy, guards what it can: the
// transition table, the unit each action belongs to, the verdicts in the
// history, the flag rule and the council vote.
package award
