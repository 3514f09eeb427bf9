package contribution

import "testing"

// TestCowList pins the copy-on-write of the running totals: a reader's
// view keeps the values as they were when it was taken, while writers go
// on changing and appending; a writer copies a chunk once per view, not
// once per change; and values appended after a view are not in it.
func TestCowList(t *testing.T) {
	var l cowList[int]
	var snaps uint64
	const n = 3*cowSize + 7
	for i := range n {
		if got := l.push(i, snaps); got != i {
			t.Fatalf("push returned index %d, want %d", got, i)
		}
	}
	v := l.snapshot()
	snaps++
	first := l.chunks[0]
	for i := range n {
		*l.at(i, snaps) += 1000
	}
	if l.chunks[0] == first {
		t.Fatal("a chunk a reader holds was changed in place")
	}
	copied := l.chunks[0]
	*l.at(1, snaps) += 1000
	if l.chunks[0] != copied {
		t.Error("a chunk no reader holds was copied again")
	}
	l.push(-1, snaps)
	if v.n != n {
		t.Fatalf("view of %d values, want %d", v.n, n)
	}
	for i := range n {
		if got := v.get(i); got != i {
			t.Fatalf("view value %d = %d after writes, want %d", i, got, i)
		}
	}
	w := l.snapshot()
	for i, want := range map[int]int{0: 1000, 1: 2001, n - 1: n - 1 + 1000, n: -1} {
		if got := w.get(i); got != want {
			t.Errorf("new view value %d = %d, want %d", i, got, want)
		}
	}
}
