// Package scope decides what belongs to a unit's record, for the reports and
// documents that count it: a person's award counts for the units where the
// person worked when it was earned, not for every unit the person ever
// joined.
package scope
