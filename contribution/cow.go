package contribution

import "slices"

// cowBits sets the size of a cowList chunk: 256 values.
const (
	cowBits = 8
	cowSize = 1 << cowBits
	cowMask = cowSize - 1
)

// cowList is a list of values that writers change in place and readers
// take in O(len/256): a reader copies the list of chunk pointers under the
// store's shared lock and reads the chunks after releasing it; a writer
// (holding the exclusive lock) copies a chunk before its first change
// after a reader took it. owner is the snapshot count when a chunk became
// the writers' own: a chunk whose owner is not the current count may be
// held by a reader and is copied before it changes. The running totals of
// the combinations live in one, so that Totals never copies them all under
// the lock while writers wait.
type cowList[T any] struct {
	chunks []*cowChunk[T]
	n      int
}

type cowChunk[T any] struct {
	owner uint64
	v     [cowSize]T
}

// at returns a pointer to value i for a writer, copying its chunk first if
// a reader may hold it; snaps is the store's current snapshot count.
func (l *cowList[T]) at(i int, snaps uint64) *T {
	c := l.chunks[i>>cowBits]
	if c.owner != snaps {
		cp := *c
		cp.owner = snaps
		c = &cp
		l.chunks[i>>cowBits] = c
	}
	return &c.v[i&cowMask]
}

// push appends x and returns its index.
func (l *cowList[T]) push(x T, snaps uint64) int {
	i := l.n
	if i&cowMask == 0 {
		l.chunks = append(l.chunks, &cowChunk[T]{owner: snaps})
	}
	l.n++
	*l.at(i, snaps) = x
	return i
}

// snapshot returns the chunks for a reader; the caller then advances the
// store's snapshot count, still under the lock, so that writers copy a
// chunk before they change it.
func (l *cowList[T]) snapshot() cowView[T] {
	return cowView[T]{chunks: slices.Clone(l.chunks), n: l.n}
}

// cowView is a reader's copy of a cowList: the values as they were when
// it was taken.
type cowView[T any] struct {
	chunks []*cowChunk[T]
	n      int
}

// get returns value i; i < n.
func (v cowView[T]) get(i int) T { return v.chunks[i>>cowBits].v[i&cowMask] }
