package boundw

import (
	"bytes"
	"context"
	"errors"
	"testing"
)

func TestWriter(t *testing.T) {
	errLimit := errors.New("limit")
	var buf bytes.Buffer
	w := &Writer{W: &buf, Max: 5, ErrLimit: errLimit}
	if _, err := w.Write([]byte("abc")); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("def")); !errors.Is(err, errLimit) {
		t.Fatalf("error = %v, want the limit", err)
	}
	if buf.String() != "abc" || w.Written() != 3 {
		t.Errorf("wrote %q (%d)", buf.String(), w.Written())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w = &Writer{Ctx: ctx, W: &buf}
	if _, err := w.Write([]byte("x")); !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
}
