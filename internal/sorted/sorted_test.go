package sorted

import (
	"cmp"
	"slices"
	"testing"
)

func TestMerge(t *testing.T) {
	type rec struct {
		key  int
		from string
	}
	byKey := func(a, b rec) int { return cmp.Compare(a.key, b.key) }
	old := []rec{{1, "old"}, {3, "old"}, {5, "old"}}
	added := []rec{{4, "new"}, {3, "new"}, {0, "new"}, {9, "new"}}
	got := Merge(old, added, byKey)
	want := []rec{{0, "new"}, {1, "old"}, {3, "old"}, {3, "new"}, {4, "new"}, {5, "old"}, {9, "new"}}
	if !slices.Equal(got, want) {
		t.Errorf("Merge = %v, want %v (sorted, old first among equals)", got, want)
	}
	if !slices.Equal(old, []rec{{1, "old"}, {3, "old"}, {5, "old"}}) {
		t.Errorf("Merge changed old: %v", old)
	}
	if got := Merge(nil, []rec{{2, "new"}, {1, "new"}}, byKey); !slices.Equal(got, []rec{{1, "new"}, {2, "new"}}) {
		t.Errorf("Merge into nothing = %v", got)
	}
}
