package sorted

import "slices"

// Merge sorts added by cmp and merges it into old, already sorted by cmp,
// returning a new slice: old is not changed, so a list handed out before
// stays as it was. Of equal elements, old's come first.
func Merge[T any](old, added []T, cmp func(a, b T) int) []T {
	slices.SortFunc(added, cmp)
	merged := make([]T, 0, len(old)+len(added))
	for len(old) > 0 && len(added) > 0 {
		if cmp(old[0], added[0]) <= 0 {
			merged, old = append(merged, old[0]), old[1:]
		} else {
			merged, added = append(merged, added[0]), added[1:]
		}
	}
	return append(append(merged, old...), added...)
}
