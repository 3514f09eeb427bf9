// Package vnnum holds the one implementation of numbers written the
// Vietnamese way (VIETNAMESE.md §Numbers, §Counts) that the report and
// contribution packages share: "." between groups of three digits, "," before
// the decimals (1.234.567,89), the strict reading of that form, and counts
// padded to two digits below ten with their classifier ("03 cây cầu").
//
// Formatting works from the digits of a value, never through float64, so
// decimals are exact. Parse errors are plain reasons; callers wrap them in a
// *thidua.Error with their own operation name.
package vnnum
