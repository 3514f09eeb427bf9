package boundw

import (
	"context"
	"io"
)

// Writer passes writes on to W until Ctx is done or Max bytes have been
// written (Max <= 0: no limit). A write that would go past Max writes
// nothing and returns ErrLimit; a write after Ctx is done returns
// Ctx.Err().
type Writer struct {
	Ctx      context.Context // nil: never done
	W        io.Writer
	Max      int64
	ErrLimit error // returned when Max would be passed
	n        int64
}

// Write implements io.Writer.
func (b *Writer) Write(p []byte) (int, error) {
	if b.Ctx != nil {
		if err := b.Ctx.Err(); err != nil {
			return 0, err
		}
	}
	if b.Max > 0 && b.n+int64(len(p)) > b.Max {
		return 0, b.ErrLimit
	}
	n, err := b.W.Write(p)
	b.n += int64(n)
	return n, err
}

// Written returns the number of bytes written so far.
func (b *Writer) Written() int64 { return b.n }
