// Package contribution keeps the account of what units and their staff give
// during emulation movements, and what they mobilise others to give, so that
// the totals in a summary can be trusted and traced back to entries.
//
// A summary such as "đã đóng góp hơn 50.000.000 đồng để hỗ trợ cho các xã xây
// dựng nông thôn mới; vận động các nhà hảo tâm ủng hộ đóng góp xây 12 cây cầu,
// 25 căn nhà tình nghĩa, 60 căn nhà tình thương và hỗ trợ 110.000.000 đồng để
// giúp các em học sinh nghèo hiếu học" is a set of totals over [Entry] values:
//
//   - who gave ([Contributor]: a unit, a person or a named outside benefactor)
//     and the unit the entry is credited to;
//   - the [Source]: the giver's own contribution ([Own], đóng góp) or what was
//     mobilised from others ([Mobilised], vận động);
//   - the [Status]: [Received], or only [Pledged] (cam kết); a receipt may
//     name the pledge it makes good (Entry.Fulfils); totals never add the two
//     statuses together unless asked to group by status;
//   - the purpose, a code from a [Purposes] registry the caller holds and may
//     extend ([NewPurposes] has the common ones: xây dựng nông thôn mới, nhà
//     tình nghĩa, nhà tình thương, cầu và đường giao thông nông thôn, học sinh
//     nghèo hiếu học, thiên tai, vì người nghèo);
//   - the beneficiary and the movement ([MovementID]) it belongs to;
//   - either money, a decimal.Decimal in đồng (never a float), or [Items]: a
//     kind from an [ItemKinds] registry with its classifier ("cây cầu", "căn
//     nhà tình nghĩa", "suất học bổng"), a count and optionally the value of
//     one item and what it holds ("100 suất học bổng, mỗi suất 1.000.000
//     đồng"; "10 phần quà, mỗi phần gồm 10 kg gạo và 1 thùng mì trị giá
//     300.000 đồng"), and the total a source text states for them, kept
//     apart from what they add up to and never summed ("tổng kinh phí
//     khoảng 500 triệu đồng").
//
// An entry funded by several contributors — a house built with money of
// the unit, a lawyer and a company — lists their [Share] values
// (Entry.Shares): each share names a contributor, its source and its part
// of the amount (or of the items), and the shares add up exactly to the
// entry. Totals by contributor or by source credit each contributor its
// share only; totals by any other dimension count the entry once, whole.
//
// Such totals are evidence: a major socio-economic or charitable
// contribution is one of the grounds for the Huân chương Lao động hạng Ba
// (Luật Thi đua, khen thưởng 2022, art. 44.2), so each figure must add up
// from entries that can be shown.
//
// # The account
//
// A [Store] appends entries and never edits or deletes them. A correction is
// a reversing entry ([Store.Reverse], [NewReversal]) that points at the
// original and carries its dimensions with the amount or count negated: the
// history shows both and every total nets them out. An entry is reversed at
// most once.
//
// Every post carries the caller's idempotency key: posting the same key with
// the same content returns the stored entry, with different content it fails
// with thidua.ErrConflict, and concurrent posts of one key store one entry.
// Bad input — a zero or negative amount, fractions of a đồng (unless
// [Options].DongPlaces allows them), an unknown purpose or item kind, a count
// below one, a date outside the movement's period (when [Options].Movements
// can tell), an empty key — is rejected with an *thidua.Error wrapping
// thidua.ErrInvalid, and nothing is stored.
//
// The movement checks need a lookup: with nil [Options] (or Options without
// Movements) an unknown movement or a date outside the movement's period is
// NOT detected and the entry is stored as given. Set Options.Movements,
// adapting a campaign store with [MovementsFunc], to have them rejected.
//
// [NewMemStore] is the in-memory store, safe for concurrent use. It keeps a
// million entries in about 120 bytes each and running totals per
// combination of the small dimensions, so that most totals take time in
// the number of combinations, not of entries. Its readers take a view of
// the append-only ledger and scan it without the store's lock: a long List
// never stalls a writer, and sees the ledger as it was when it began. Package contributionsql keeps the ledger in SQLite or
// PostgreSQL. Every store proves it behaves the same by running the
// conformance suite in package contributiontest.
//
// # One set of rules
//
// The account's rules live in this package, once, as pure functions every
// store calls: [Options.Check] for an entry on its own, and — given a
// [Ledger], the store's view of what it holds, read under its lock or in
// its transaction — [AdmitPost] (idempotency keys, pledges),
// [CheckReversal] and [AdmitReversal] (one reversal per entry, of an
// existing entry that is not itself a reversal), and [Options.AdmitImport].
// A store adds persistence and atomicity only; [Summer] gives it
// [Aggregate]'s arithmetic for totals it groups itself.
//
// # Moving a ledger
//
// [Store.List] with an empty [Filter] lists everything a store holds, in
// posting order, and [Store.Import] appends entries keeping their IDs.
// [Copy] uses the two to move a ledger — memory to SQLite, SQLite to
// PostgreSQL — with reversals and fulfilments, and checks that the
// destination lists the same entries in the same order.
//
// # Reading a large ledger
//
// [Store.List] builds every entry a filter selects at once: about 200
// bytes an entry, 20 MB for 100.000. [Store.Page] reads them a page at a
// time instead (at most [MaxPageSize] entries), in posting order, each
// page starting after the last entry of the one before, named by its ID;
// [ScanEntries] walks a whole ledger so, holding one page in memory.
// Entries are only ever appended, so a walk while others post sees every
// entry that was stored when it began once, and an entry posted during
// the walk once or not at all.
//
// # Totals
//
// [Store.Totals] adds up the entries a [Filter] selects (period, unit set,
// contributors, source, status, purposes, movements, item kinds), grouped by
// any subset of the dimensions [ByPurpose], [BySource], [ByStatus], [ByYear],
// [ByUnit], [ByMovement], [ByKind] and [ByContributor]. Each [Row] gives
// money and item counts side by side, exactly; the grand total is the sum of
// the rows. Filters take unit IDs, not a tree: to total a unit and all units
// under it, pass the IDs org.Store.Subtree returns.
//
// [Aggregate] is the reference aggregation, a pure function over entries that
// any store may use; the memory store computes the same result faster, from
// running totals that add whole-đồng amounts as int64 and switch to exact
// decimals only for fractions, huge amounts or a sum that would overflow.
//
// # Money in text
//
// [ParseDong] reads amounts the way Vietnamese documents write them
// ("50.000.000", "50.000.000 đồng") and refuses anything that might have been
// written the English way ("50,000,000") or is otherwise ambiguous;
// [FormatDong] writes them back. [Split] and [SplitEven] divide an amount
// between beneficiaries so that the parts add up to the whole, to the đồng.
package contribution
