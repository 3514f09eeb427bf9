package sqldb

import (
	"context"
	"sync"
	"time"
)

// syncMap is a small typed cache of rebound queries.
type syncMap struct{ m sync.Map }

func (s *syncMap) load(k string) (string, bool) {
	v, ok := s.m.Load(k)
	if !ok {
		return "", false
	}
	return v.(string), true
}

func (s *syncMap) store(k, v string) { s.m.Store(k, v) }

// sleep pauses a little longer on each attempt, up to 100 ms, or until ctx
// is done.
func sleep(ctx context.Context, attempt int) {
	d := time.Duration(attempt+1) * 5 * time.Millisecond
	if d > 100*time.Millisecond {
		d = 100 * time.Millisecond
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
