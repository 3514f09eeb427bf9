package contributiontest

import (
	"context"
	"runtime"
	"strconv"
	"testing"

	"github.com/thidua-go/thidua/contribution"
)

// PostWhileReading measures what a reader costs writers: it posts to s in
// b's timed loop — posts[i % len(posts)] under the key "w<i>", without its
// ID — while read runs without pause in another goroutine, and reports
// posts/s, the posting rate, and reads/s, how many reads completed
// meanwhile. With a nil read it posts alone: the baseline, to run in the
// same benchmark. An error of a post or of read fails b.
func PostWhileReading(b *testing.B, s contribution.Store, posts []contribution.Entry, read func() error) {
	b.Helper()
	ctx := context.Background()
	stop := make(chan struct{})
	done := make(chan struct{})
	var reads int
	var readErr error
	if read != nil {
		go func() {
			defer close(done)
			for {
				select {
				case <-stop:
					return
				default:
				}
				if err := read(); err != nil {
					readErr = err
					return
				}
				reads++
			}
		}()
		// Let the reader start before timing.
		runtime.Gosched()
	} else {
		close(done)
	}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		e := posts[i%len(posts)]
		e.ID, e.Key = "", "w"+strconv.Itoa(i)
		if _, err := s.Post(ctx, e); err != nil {
			b.Fatal(err)
		}
		i++
	}
	elapsed := b.Elapsed()
	close(stop)
	<-done
	if readErr != nil {
		b.Fatal(readErr)
	}
	b.ReportMetric(float64(i)/elapsed.Seconds(), "posts/s")
	b.ReportMetric(float64(reads)/elapsed.Seconds(), "reads/s")
}
