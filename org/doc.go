// Package org keeps the organisation side of emulation and commendation
// work: units (cơ quan, đơn vị) and their restructuring, people and the
// posts they held, and the yearly records every eligibility rule reads.
//
// # Units and restructuring
//
// A [Unit] has an official name ("Cục Thi hành án dân sự tỉnh Đồng Tháp"),
// a short name, a level code from a caller-defined [Scale] ([JusticeScale]
// gives the justice sector's: Bộ → Tổng cục THADS → Cục THADS tỉnh → Chi cục
// THADS cấp huyện, and the levels of 2025), a parent, and the period in
// which it exists. A unit lives within its parent's period and never
// changes parent in history: a restructuring ends the old units and starts
// new ones, and a [Succession] (rename, merge, split) links them on its date.
// So the names in force on any date are the names of the units existing
// then: [UnitsInForce] finds, from today's unit, the units that carried its
// history on a past date, and [Store.Subtree] lists a tree as of a date.
//
// A unit of a sector placed in a local government belongs to two lines of
// authority ([Line]): its parent on the administrative line (a Sở Tư pháp
// belongs to the Ủy ban nhân dân tỉnh) and its [Unit].Sector on the sector
// line (the Bộ Tư pháp guides the Sở's sector and its Minister gives Bằng
// khen to the Sở's staff). [Unit.Above] walks either line; [Store.Subtree]
// follows the administrative one. [JusticeLocalScale] has the levels of the
// Sở and Phòng Tư pháp and of the People's Committees they belong to.
//
// # History is never overwritten
//
// A unit renamed without becoming a new unit is renamed from a date
// ([Store.RenameUnit]): its earlier names stay in [Unit.Former], and
// [Unit.NameOn] gives the name in force on any day, so a report of a past
// period names the unit as it was. [Store.UpdateUnit] changes only the
// level and the parent: it refuses (ErrConflict) to rename a unit in place
// or change its period, and [Store.EndUnit] refuses to move the end of an
// ended unit (which would revive it in past reports). A mistaken entry is
// corrected ([Store.CorrectUnit], [Store.ReplacePersonYear],
// [Store.ReplaceUnitYear]) with a [thidua.Correction] saying who, when and
// why; the version it replaced is kept, and [Store.UnitHistory],
// [Store.PersonYearHistory] and [Store.UnitYearHistory] read it back.
// [Copy] carries the history over ([Store.History], [Store.AddHistory]).
//
// # People and yearly records
//
// A [Person] has assignments: a post ("Cục trưởng", "Chấp hành viên") in a
// unit for a period, full-time or concurrent (kiêm nhiệm); two full-time
// posts never overlap. Pure helpers answer the usual questions:
// [Person.PostOn] (the post on a date), [Person.FormerPost] (is this a
// "nguyên Cục trưởng"?), [Person.InService], [Person.RatingUnit].
//
// A [PersonYear] holds the inputs of the rules for a person and a year: the
// quality rating (Nghị định 90/2020), days worked and days absent with the
// reason. [PersonYear.WorkingDays] and [PersonYear.AbsentDays] apply NĐ
// 91/2017 art. 10: maternity leave and treatment of injuries on duty count
// as working time. [UnitYear] is the record of a collective; [Discipline] a
// sanction from khiển trách upward, with [Discipline.InForceIn].
//
// # Storage
//
// [Store] is the storage interface the rest of the library uses; [MemStore]
// ([NewMemStore]) is the in-memory implementation and the default; with
// [WithScale] it also checks unit levels against a scale. Another
// implementation (package orgsql keeps the data in SQLite or PostgreSQL)
// proves it behaves the same by running the suite in package orgtest. The
// rules of the data (parents and periods, levels against a scale,
// successions, overlapping posts, yearly records within service) live once,
// in the Check functions ([CheckAddUnit], [CheckPersonYear]…), which read
// the store through the narrow [Reader] interface: every store calls them
// before it writes, inside its transaction or lock, and implements
// persistence and atomicity only. Stores validate what they are given (the
// shape checks are exported as Validate methods), keep names cleaned but as
// typed (NFC,
// single spaces; "Hoà" stays "Hoà"), and return errors that are
// *thidua.Error values wrapping thidua.ErrInvalid, thidua.ErrNotFound or
// thidua.ErrConflict. Name queries ([NameMatches], the Name fields of the
// filters) ignore case and where the tone mark sits ("Hoà" = "Hòa",
// "Thuỷ" = "Thủy"); [SortPeople] orders people the Vietnamese way, by given
// name first.
//
// Readers that need many records read them as sets, with one call (one
// query on a SQL store) whatever the number of people:
// [YearFilter].People for the yearly records of many people over many
// years, [DisciplineFilter].People, [PeopleFilter].IDs and
// [UnitFilter].IDs, and [PeopleFilter] with Unit and Subtree for the people
// of a subtree. [Store.AddPeople] and [Store.AddPersonYears] write batches,
// all or none. Every store lists everything it holds through its filters
// left zero, and [Copy] moves all of it from one store to another (memory
// to SQLite, SQLite to PostgreSQL).
//
// A report on a past period starts from today's unit:
//
//	s := org.NewMemStore()
//	// … AddUnit, AddSuccession, AddPerson, AddPersonYear …
//	on := thidua.MustDate(2019, time.December, 31)
//	roots, err := org.UnitsInForce(ctx, s, "thads-dong-thap", on)
//	if err != nil {
//		return err
//	}
//	for _, root := range roots {
//		units, err := s.Subtree(ctx, root.ID, on) // names in force in 2019
//		if err != nil {
//			return err
//		}
//		pys, err := s.PersonYears(ctx, org.YearFilter{Unit: root.ID, Subtree: true, From: 2019, To: 2019})
//		…
//	}
package org
