package orgtest

import (
	"testing"

	"github.com/thidua-go/thidua/org"
)

// Load fills the empty store s with the suite's fixture, a slice of the
// Đồng Tháp civil judgment enforcement system before and after the 2025
// restructuring, and some history (an ended post, an ended unit, a
// corrected record, a person without posts), failing t on any error. Tests
// of a store's durability or of copies across engines start from it.
func Load(t testing.TB, s org.Store) {
	t.Helper()
	load(t, s)
	history(t, s)
}

// CheckSame fails t unless the two stores hold the same records: every
// listing (units, successions, people with their assignments, yearly
// records of people and units, disciplinary decisions) compared with cmp.
func CheckSame(t testing.TB, want, got org.Store) {
	t.Helper()
	check(t, "store contents", snapshot(t, want), snapshot(t, got))
}
