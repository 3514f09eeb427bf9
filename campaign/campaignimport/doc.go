// Package campaignimport imports the initiatives sheet (Sáng kiến) of a
// workbook into a campaign.Store: initiatives and science works with their
// authors and shares, checked all or nothing (see package
// org/orgimport for the workbook, the problems and the rules every import
// follows). Package award/awardimport imports a whole workbook in
// dependency order.
package campaignimport
