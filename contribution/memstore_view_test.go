package contribution

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// hookCtx calls fn each time a reader checks it after its first check: a
// reader that scans checks its context between chunks, so fn runs in the
// middle of the scan, on the reader's goroutine.
type hookCtx struct {
	context.Context
	calls int
	fn    func()
}

func (c *hookCtx) Err() error {
	c.calls++
	if c.calls > 1 && c.fn != nil {
		c.fn()
	}
	return c.Context.Err()
}

func viewEntry(i int, year int) Entry {
	u := org.UnitID(fmt.Sprintf("u%d", i%3))
	return Entry{
		Key:         fmt.Sprintf("k%d", i),
		Date:        thidua.Date{Year: year, Month: time.Month(1 + i%12), Day: 1 + i%28},
		Contributor: UnitContributor(u),
		Unit:        u,
		Source:      Source(1 + i%2),
		Status:      Received,
		Purpose:     PurposeThePoor,
		Amount:      decimal.NewFromInt(int64(1000 * (1 + i%7))),
	}
}

// TestReadersDoNotHoldTheLock pins that List and Totals scan without the
// store's lock: in the middle of a scan over several chunks, the write
// lock is free and a Post completes; the reader still returns the store
// as it was when it started (a snapshot), and a later read sees the new
// entry. Before views, a reader held the shared lock for its whole scan
// (and never checked its context in it), so this test failed.
func TestReadersDoNotHoldTheLock(t *testing.T) {
	ctx := context.Background()
	s := NewMemStore(nil)
	const n = 3*chunkSize + 10
	for i := range n {
		if _, err := s.Post(ctx, viewEntry(i, 2019)); err != nil {
			t.Fatal(err)
		}
	}
	extra := n
	// midScan checks the lock is free and posts an entry while a reader is
	// scanning.
	midScan := func(name string) (*hookCtx, *bool) {
		ran := new(bool)
		c := &hookCtx{Context: ctx}
		c.fn = func() {
			if *ran {
				return
			}
			*ran = true
			if !s.mu.TryLock() {
				t.Errorf("%s: the write lock is held in the middle of a scan", name)
				return
			}
			s.mu.Unlock()
			if _, err := s.Post(ctx, viewEntry(extra, 2019)); err != nil {
				t.Errorf("%s: Post during a scan: %v", name, err)
			}
			extra++
		}
		return c, ran
	}

	c, ran := midScan("List")
	got, err := s.List(c, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if !*ran {
		t.Fatal("List never checked its context during the scan")
	}
	if len(got) != n {
		t.Errorf("List returned %d entries, want the %d there were when it started", len(got), n)
	}
	later, err := s.List(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(later) != n+1 {
		t.Errorf("List after the post returned %d entries, want %d", len(later), n+1)
	}

	// Totals scans entries for a period that cuts years and for
	// contributors.
	queries := []struct {
		name string
		f    Filter
		by   []Dim
	}{
		{"Totals cut period", Filter{Status: Received, Period: thidua.Period{From: thidua.MustDate(2019, time.March, 1), To: thidua.MustDate(2019, time.October, 31)}}, []Dim{ByUnit}},
		{"Totals by contributor", Filter{Status: Received}, []Dim{ByContributor}},
		{"Totals contributor filter", Filter{Status: Received, Contributors: []Contributor{UnitContributor("u1")}}, []Dim{BySource}},
	}
	for _, q := range queries {
		before, err := s.List(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		want, err := Aggregate(before, q.f, q.by...)
		if err != nil {
			t.Fatal(err)
		}
		c, ran := midScan(q.name)
		tot, err := s.Totals(c, q.f, q.by...)
		if err != nil {
			t.Fatal(err)
		}
		if !*ran {
			t.Fatalf("%s: never checked its context during the scan", q.name)
		}
		if !tot.Total.Money.Equal(want.Total.Money) || tot.Total.Entries != want.Total.Entries || len(tot.Rows) != len(want.Rows) {
			t.Errorf("%s: total %s in %d entries (%d rows), want the snapshot's %s in %d (%d rows)", q.name,
				tot.Total.Money, tot.Total.Entries, len(tot.Rows), want.Total.Money, want.Total.Entries, len(want.Rows))
		}
	}
}

// TestReadersSeeSnapshots runs writers (posts and reversals) against
// readers (List, Totals, History) and checks, under -race, that every read
// is the store as it was at one moment: List returns a prefix of the final
// posting order, every reversal after the entry it reverses; each Totals
// equals Aggregate over the prefix of as many entries.
func TestReadersSeeSnapshots(t *testing.T) {
	ctx := context.Background()
	s := NewMemStore(nil)
	const writers, each = 4, 400
	var wg sync.WaitGroup
	done := make(chan struct{})
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				k := w*each + i
				e, err := s.Post(ctx, viewEntry(k, 2015+k%4))
				if err != nil {
					t.Error(err)
					return
				}
				if k%5 == 0 {
					if _, err := s.Reverse(ctx, Reversal{Key: "r" + e.Key, Of: e.ID, Note: "Điều chỉnh"}); err != nil {
						t.Error(err)
						return
					}
				}
			}
		}()
	}
	type totalsRead struct {
		entries int
		money   decimal.Decimal
	}
	var (
		mu     sync.Mutex
		lists  [][]Entry
		totals []totalsRead
	)
	var readers sync.WaitGroup
	for r := range 2 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				es, err := s.List(ctx, Filter{})
				if err != nil {
					t.Error(err)
					return
				}
				f := Filter{Status: Received}
				if r == 1 {
					f.Period = thidua.Period{From: thidua.MustDate(2016, time.February, 1), To: thidua.MustDate(2018, time.June, 30)}
				}
				tot, err := s.Totals(ctx, f, ByPurpose, BySource, ByYear)
				if err != nil {
					t.Error(err)
					return
				}
				if len(es) > 0 {
					if _, err := s.History(ctx, es[len(es)-1].ID); err != nil {
						t.Error(err)
					}
				}
				mu.Lock()
				lists = append(lists, es)
				if r == 0 {
					totals = append(totals, totalsRead{tot.Total.Entries, tot.Total.Money})
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(done)
	readers.Wait()

	final, err := s.List(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if want := writers*each + writers*each/5; len(final) != want {
		t.Fatalf("final List has %d entries, want %d", len(final), want)
	}
	for _, es := range lists {
		seen := make(map[EntryID]bool, len(es))
		for i, e := range es {
			if !SameContent(e, final[i]) || e.ID != final[i].ID {
				t.Fatalf("a List of %d entries differs from the final list at %d: %+v", len(es), i, e)
			}
			if e.Reverses != "" && !seen[e.Reverses] {
				t.Fatalf("a List holds reversal %s without the entry %s it reverses", e.ID, e.Reverses)
			}
			seen[e.ID] = true
		}
	}
	// Received entries only, so the prefix of k entries is the first k of
	// the final list; find it by its count of entries.
	prefixSum := []decimal.Decimal{decimal.Zero}
	for _, e := range final {
		prefixSum = append(prefixSum, prefixSum[len(prefixSum)-1].Add(e.Amount))
	}
	for _, tr := range totals {
		if !tr.money.Equal(prefixSum[tr.entries]) {
			t.Errorf("a Totals of %d entries is %s đồng, want the sum of the first %d entries, %s", tr.entries, tr.money, tr.entries, prefixSum[tr.entries])
		}
	}
	t.Logf("%d lists and %d totals read during %d writes", len(lists), len(totals), len(final))
}
