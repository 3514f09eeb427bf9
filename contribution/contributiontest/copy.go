package contributiontest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
)

// CheckSame fails t unless got holds what want holds: the same entries in
// the same order (List of everything), the same history for every entry,
// and the same totals for a spread of groupings.
func CheckSame(t testing.TB, want, got contribution.Store) {
	t.Helper()
	ctx := context.Background()
	we, err := want.List(ctx, contribution.Filter{})
	if err != nil {
		t.Fatalf("List want: %v", err)
	}
	ge, err := got.List(ctx, contribution.Filter{})
	if err != nil {
		t.Fatalf("List got: %v", err)
	}
	if diff := cmp.Diff(we, ge, cmpOpts); diff != "" {
		t.Fatalf("List differs (-want +got):\n%s", diff)
	}
	for _, e := range we {
		wh, err1 := want.History(ctx, e.ID)
		gh, err2 := got.History(ctx, e.ID)
		if err1 != nil || err2 != nil {
			t.Fatalf("History(%s): %v, %v", e.ID, err1, err2)
		}
		if diff := cmp.Diff(wh, gh, cmpOpts); diff != "" {
			t.Fatalf("History(%s) differs (-want +got):\n%s", e.ID, diff)
		}
	}
	for _, by := range [][]contribution.Dim{
		{contribution.ByStatus},
		{contribution.ByStatus, contribution.ByPurpose, contribution.BySource, contribution.ByYear},
		{contribution.ByStatus, contribution.ByKind, contribution.ByUnit},
		{contribution.ByStatus, contribution.ByContributor, contribution.ByMovement},
	} {
		wt, err1 := want.Totals(ctx, contribution.Filter{}, by...)
		gt, err2 := got.Totals(ctx, contribution.Filter{}, by...)
		if err1 != nil || err2 != nil {
			t.Fatalf("Totals by %v: %v, %v", by, err1, err2)
		}
		if diff := cmp.Diff(wt, gt, cmpOpts); diff != "" {
			t.Fatalf("Totals by %v differ (-want +got):\n%s", by, diff)
		}
	}
}

// ledgerWithEverything posts to s an ordinary entry, a pledge, its
// fulfilment, items, entries with shares, a reversal of money, of items
// and of an entry with shares, and returns what List gives.
func ledgerWithEverything(t *testing.T, s contribution.Store) []contribution.Entry {
	t.Helper()
	ctx := context.Background()
	a := mustPost(t, s, money("a", "1000000"))
	pledge := money("pledge", "20000000")
	pledge.Status = contribution.Pledged
	p := mustPost(t, s, pledge)
	paid := money("paid", "15000000.5")
	paid.Fulfils = p.ID
	mustPost(t, s, paid)
	b := mustPost(t, s, items("b", contribution.KindBridge, 12))
	mustPost(t, s, houseEntry("house"))
	h2 := mustPost(t, s, houseEntry("house2"))
	for _, r := range []contribution.Reversal{{Key: "ra", Of: a.ID, Note: "Ghi nhầm"}, {Key: "rb", Of: b.ID}, {Key: "rh", Of: h2.ID}} {
		if _, err := s.Reverse(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	return listAll(t, s)
}

func testImport(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	// IDs another store chose, in its own format.
	in := []contribution.Entry{money("a", "1000000"), money("b", "2000000.25"), items("c", contribution.KindCharity, 3)}
	in[0].ID, in[1].ID, in[2].ID = "x-1", "e1", "x-3"
	in[1].Status = contribution.Pledged
	paid := money("paid", "500000")
	paid.ID, paid.Fulfils = "x-4", "e1"
	in = append(in, paid)
	rev := contribution.NewReversal(in[0], contribution.Reversal{Key: "r", Of: "x-1", Note: "Hủy"})
	rev.ID = "e2"
	in = append(in, rev)
	if err := s.Import(ctx, in); err != nil {
		t.Fatalf("Import: %v", err)
	}
	if diff := cmp.Diff(in, listAll(t, s), cmpOpts); diff != "" {
		t.Fatalf("List after Import (-want +got):\n%s", diff)
	}
	h, err := s.History(ctx, "x-1")
	if err != nil || len(h) != 2 || h[1].ID != "e2" {
		t.Errorf("History(x-1) = %v, %v; want the entry and its reversal e2", h, err)
	}
	// Posting afterwards never takes an imported ID.
	ids := map[contribution.EntryID]bool{}
	for _, e := range in {
		ids[e.ID] = true
	}
	for i := range 8 {
		e := mustPost(t, s, money(fmt.Sprintf("new%d", i), "1000"))
		if ids[e.ID] {
			t.Fatalf("Post after Import gave the taken ID %s", e.ID)
		}
		ids[e.ID] = true
		if back, err := s.Entry(ctx, e.ID); err != nil || back.Key != e.Key {
			t.Fatalf("Entry(%s) = %+v, %v", e.ID, back, err)
		}
	}
	if back, err := s.Entry(ctx, "e1"); err != nil || back.Key != "b" {
		t.Errorf("Entry(e1) = %+v, %v; want the imported entry b", back, err)
	}
	// The same entries again: left out.
	if err := s.Import(ctx, in); err != nil {
		t.Fatalf("Import again: %v", err)
	}
	if n := len(listAll(t, s)); n != len(in)+8 {
		t.Errorf("stored %d entries after a repeated Import, want %d", n, len(in)+8)
	}
	// A reversed entry stays reversed once.
	if _, err := s.Reverse(ctx, contribution.Reversal{Key: "r-again", Of: "x-1"}); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("Reverse of an imported reversed entry: %v, want ErrConflict", err)
	}

	bad := []struct {
		name string
		e    func() contribution.Entry
		want error
	}{
		{"no ID", func() contribution.Entry { return money("n1", "1") }, thidua.ErrInvalid},
		{"ID taken, other content", func() contribution.Entry { e := money("n2", "1"); e.ID = "x-1"; return e }, thidua.ErrConflict},
		{"key taken", func() contribution.Entry { e := money("a", "1000000"); e.ID = "x-9"; return e }, thidua.ErrConflict},
		{"bad entry", func() contribution.Entry { e := money("n3", "-1"); e.ID = "x-10"; return e }, thidua.ErrInvalid},
		{"second reversal", func() contribution.Entry {
			e := contribution.NewReversal(in[0], contribution.Reversal{Key: "r2", Of: "x-1"})
			e.ID = "x-11"
			return e
		}, thidua.ErrConflict},
		{"reversal not matching", func() contribution.Entry {
			e := contribution.NewReversal(in[2], contribution.Reversal{Key: "r3", Of: "x-3"})
			e.ID, e.Items.Count = "x-12", -1
			return e
		}, thidua.ErrInvalid},
		{"reversal of nothing", func() contribution.Entry {
			e := contribution.NewReversal(in[2], contribution.Reversal{Key: "r4", Of: "x-3"})
			e.ID, e.Reverses = "x-13", "x-404"
			return e
		}, thidua.ErrInvalid},
		{"fulfils nothing", func() contribution.Entry { e := money("n5", "1"); e.ID, e.Fulfils = "x-14", "x-404"; return e }, thidua.ErrInvalid},
	}
	for _, tt := range bad {
		before := listAll(t, s)
		err := s.Import(ctx, []contribution.Entry{tt.e()})
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Import error = %v, want %v", tt.name, err, tt.want)
		}
		if diff := cmp.Diff(before, listAll(t, s), cmpOpts); diff != "" {
			t.Errorf("%s: a failed Import changed the store (-before +after):\n%s", tt.name, diff)
		}
	}
}

func testImportAllOrNothing(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	mustPost(t, s, money("kept", "1000"))
	good := money("g", "1000")
	good.ID = "g1"
	bad := money("h", "1000")
	bad.ID, bad.Purpose = "g2", "xay-chua"
	later := money("l", "1000")
	later.ID = "g3"
	err := s.Import(ctx, []contribution.Entry{good, bad, later})
	if !errors.Is(err, thidua.ErrInvalid) {
		t.Fatalf("Import with a bad entry in the middle: %v, want ErrInvalid", err)
	}
	if es := listAll(t, s); len(es) != 1 || es[0].Key != "kept" {
		t.Errorf("after a failed Import the store holds %+v, want only the entry posted before", es)
	}
	// A reversal before its original is out of order.
	orig := money("o", "1000")
	orig.ID = "o1"
	rev := contribution.NewReversal(orig, contribution.Reversal{Key: "ro", Of: "o1"})
	rev.ID = "o2"
	if err := s.Import(ctx, []contribution.Entry{rev, orig}); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("reversal imported before its original: %v, want ErrInvalid", err)
	}
	if n := len(listAll(t, s)); n != 1 {
		t.Errorf("stored %d entries, want 1", n)
	}
}

func testCopy(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	src := newStore(t)
	ledgerWithEverything(t, src)
	Populate(t, src, 5, 300)
	dst := newStore(t)
	if err := contribution.Copy(ctx, dst, src); err != nil {
		t.Fatalf("Copy: %v", err)
	}
	CheckSame(t, src, dst)
	// Again: nothing more is stored.
	if err := contribution.Copy(ctx, dst, src); err != nil {
		t.Fatalf("Copy again: %v", err)
	}
	CheckSame(t, src, dst)
	// And into the memory store, and back.
	mem := contribution.NewMemStore(Options())
	if err := contribution.Copy(ctx, mem, dst); err != nil {
		t.Fatalf("Copy to memory: %v", err)
	}
	CheckSame(t, src, mem)
	back := newStore(t)
	if err := contribution.Copy(ctx, back, mem); err != nil {
		t.Fatalf("Copy from memory: %v", err)
	}
	CheckSame(t, src, back)
}

func testCopyConflict(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	src := newStore(t)
	ledgerWithEverything(t, src)
	dst := newStore(t)
	// dst already has an entry under one of src's keys, with other content.
	mustPost(t, dst, money("zzz", "5"))
	mustPost(t, dst, money("paid", "7"))
	before := listAll(t, dst)
	if err := contribution.Copy(ctx, dst, src); !errors.Is(err, thidua.ErrConflict) {
		t.Fatalf("Copy into a store with a clashing entry: %v, want ErrConflict", err)
	}
	if diff := cmp.Diff(before, listAll(t, dst), cmpOpts); diff != "" {
		t.Errorf("a failed Copy changed dst (-before +after):\n%s", diff)
	}
	// A clashing ID.
	dst2 := newStore(t)
	e := money("other", "5")
	e.ID = listAll(t, src)[0].ID
	if err := dst2.Import(ctx, []contribution.Entry{e}); err != nil {
		t.Fatal(err)
	}
	if err := contribution.Copy(ctx, dst2, src); !errors.Is(err, thidua.ErrConflict) {
		t.Fatalf("Copy with a clashing ID: %v, want ErrConflict", err)
	}
	if n := len(listAll(t, dst2)); n != 1 {
		t.Errorf("dst holds %d entries after a failed Copy, want 1", n)
	}
}

// testConcurrentSharedKeys: 8 goroutines post the same keys (replays), each
// also its own keys, then try a different amount under a shared key
// (conflict), and all race to reverse the same entries with one key
// (replays) or their own (one wins, the rest conflict).
func testConcurrentSharedKeys(t *testing.T, newStore NewStore) {
	const workers, shared, own = 8, 30, 10
	ctx := context.Background()
	s := newStore(t)
	ids := make([][]contribution.EntryID, workers)
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := map[contribution.EntryID]int{}
	for g := range workers {
		ids[g] = make([]contribution.EntryID, shared)
		wg.Go(func() {
			for i := range shared {
				k := (i + g) % shared // different goroutines start at different keys
				e, err := s.Post(ctx, money(fmt.Sprintf("s%d", k), fmt.Sprint(1000*(k+1))))
				if err != nil {
					t.Errorf("goroutine %d: Post s%d: %v", g, k, err)
					return
				}
				ids[g][k] = e.ID
				if i < own {
					if _, err := s.Post(ctx, money(fmt.Sprintf("g%d-%d", g, i), "1")); err != nil {
						t.Errorf("goroutine %d: own post: %v", g, err)
						return
					}
				}
				if _, err := s.Post(ctx, money(fmt.Sprintf("s%d", k), "999")); !errors.Is(err, thidua.ErrConflict) {
					t.Errorf("goroutine %d: other amount under s%d: %v, want ErrConflict", g, k, err)
				}
			}
			for k := range 5 {
				// Same key, same request: every goroutine gets the one reversal.
				r, err := s.Reverse(ctx, contribution.Reversal{Key: fmt.Sprintf("r%d", k), Of: ids[g][k]})
				if err != nil || r.Reverses != ids[g][k] {
					t.Errorf("goroutine %d: shared reversal r%d: %+v, %v", g, k, r, err)
				}
				// Own key: one goroutine wins, the others conflict.
				r, err = s.Reverse(ctx, contribution.Reversal{Key: fmt.Sprintf("r%d-%d", k+5, g), Of: ids[g][k+5]})
				switch {
				case err == nil:
					mu.Lock()
					wins[r.Reverses]++
					mu.Unlock()
				case !errors.Is(err, thidua.ErrConflict):
					t.Errorf("goroutine %d: racing reversal: %v, want nil or ErrConflict", g, err)
				}
			}
		})
	}
	wg.Wait()
	for g := range workers {
		for k := range shared {
			if ids[g][k] != ids[0][k] {
				t.Fatalf("key s%d: goroutine %d got ID %s, goroutine 0 got %s", k, g, ids[g][k], ids[0][k])
			}
		}
	}
	for k := 5; k < 10; k++ {
		if wins[ids[0][k]] != 1 {
			t.Errorf("entry s%d reversed %d times by racing keys, want once", k, wins[ids[0][k]])
		}
	}
	es := listAll(t, s)
	if want := shared + workers*own + 10; len(es) != want {
		t.Errorf("stored %d entries, want %d", len(es), want)
	}
	reversed := map[contribution.EntryID]int{}
	for _, e := range es {
		if e.Reverses != "" {
			reversed[e.Reverses]++
		}
	}
	for id, n := range reversed {
		if n != 1 {
			t.Errorf("entry %s has %d reversals", id, n)
		}
	}
	tot, err := s.Totals(ctx, contribution.Filter{Status: contribution.Received})
	if err != nil {
		t.Fatal(err)
	}
	want := decimal.NewFromInt(workers * own) // own posts of 1 đồng
	for k := 10; k < shared; k++ {
		want = want.Add(decimal.NewFromInt(int64(1000 * (k + 1))))
	}
	if !tot.Total.Money.Equal(want) {
		t.Errorf("total = %s, want %s", tot.Total.Money, want)
	}
	if diff := cmp.Diff(mustAggregate(t, es), tot, cmpOpts); diff != "" {
		t.Errorf("Totals differ from Aggregate (-want +got):\n%s", diff)
	}
}

func mustAggregate(t *testing.T, es []contribution.Entry) contribution.Totals {
	t.Helper()
	tot, err := contribution.Aggregate(es, contribution.Filter{Status: contribution.Received})
	if err != nil {
		t.Fatal(err)
	}
	return tot
}

func testCancelled(t *testing.T, newStore NewStore) {
	s := newStore(t)
	mustPost(t, s, money("a", "1000"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.List(ctx, contribution.Filter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("List with a cancelled context: %v, want context.Canceled", err)
	}
	if _, _, err := s.Page(ctx, contribution.Filter{}, "", 10); !errors.Is(err, context.Canceled) {
		t.Errorf("Page with a cancelled context: %v, want context.Canceled", err)
	}
	if _, err := s.Totals(ctx, contribution.Filter{Status: contribution.Received}); !errors.Is(err, context.Canceled) {
		t.Errorf("Totals with a cancelled context: %v, want context.Canceled", err)
	}
	if _, err := s.Post(ctx, money("b", "1000")); !errors.Is(err, context.Canceled) {
		t.Errorf("Post with a cancelled context: %v, want context.Canceled", err)
	}
	if n := len(listAll(t, s)); n != 1 {
		t.Errorf("stored %d entries, want 1", n)
	}
}
