// Package awardimport imports a whole spreadsheet of emulation and
// commendation data — units, people with their posts, ratings, absences,
// disciplines (package org/orgimport), initiatives (package
// campaign/campaignimport), and decisions with their grants (the Khen
// thưởng sheet, here) — in dependency order, all or nothing: [Import]
// checks every row of every sheet against the workbook and the stores
// before it stores anything, and reports every problem at once as an
// [*orgimport.Error] of (sheet, row, column, Vietnamese message).
// Importing the same workbook twice is a conflict (thidua.ErrConflict), not
// a copy.
//
// [WriteTemplate] writes the empty workbook a unit fills in: a sheet of
// instructions, then one sheet per kind of record with its headers.
//
// On the awards sheet each row is one grant; rows with the same decision
// number dated in the same year form one decision, whose date, issuer and
// signer need only be written on its first row. A decision published
// without its number is written "chưa rõ số" ([UnknownNumber]); it is
// stored with award.Decision.NumberUnknown, and its rows group by date and
// issuer. An award is named as the
// catalogue names it (official name or alias, see award.Catalogue.Lookup)
// or by its code; a grant to a person names a staff code, one to a
// collective a unit code, and both must exist in the workbook or the
// store. The store's own rules (award.CheckDecision) are run on every
// decision before any is stored.
package awardimport
