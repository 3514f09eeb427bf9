package contributiontest

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/internal/hostile"
	"github.com/thidua-go/thidua/org"
)

// walk reads every page of s that passes f, limit entries at a time,
// checking the shape of each page: at most limit entries, next the ID of
// the last when it is set, a page full unless it is the last. It returns
// the entries and the number of pages.
func walk(t *testing.T, s contribution.Store, f contribution.Filter, limit int) ([]contribution.Entry, int) {
	t.Helper()
	var (
		all   []contribution.Entry
		after contribution.EntryID
		pages int
	)
	for {
		es, next, err := s.Page(context.Background(), f, after, limit)
		if err != nil {
			t.Fatalf("Page(%+v, after %q, %d): %v", f, after, limit, err)
		}
		pages++
		if len(es) > limit {
			t.Fatalf("Page(after %q, %d) returned %d entries", after, limit, len(es))
		}
		all = append(all, es...)
		if next == "" {
			return all, pages
		}
		if len(es) != limit || next != es[len(es)-1].ID {
			t.Fatalf("Page(after %q, %d) = %d entries and next %q: want a full page and next the ID of its last entry", after, limit, len(es), next)
		}
		if pages > 100_000 {
			t.Fatalf("Page(%+v, %d) never ends", f, limit)
		}
		after = next
	}
}

// countReversals returns how many of es reverse an entry.
func countReversals(es []contribution.Entry) int {
	n := 0
	for _, e := range es {
		if e.Reverses != "" {
			n++
		}
	}
	return n
}

// pageLedger makes a ledger to page through: two entries imported under
// IDs of another store ("x-1", and "e3", which the store's own third entry
// then cannot take), and 150 random entries (Populate), with reversals and
// shares. It returns what List gives.
func pageLedger(t *testing.T, s contribution.Store) []contribution.Entry {
	t.Helper()
	in := []contribution.Entry{money("imp-a", "1000000"), items("imp-b", contribution.KindBridge, 2)}
	in[0].ID, in[1].ID = "x-1", "e3"
	if err := s.Import(context.Background(), in); err != nil {
		t.Fatalf("Import: %v", err)
	}
	Populate(t, s, 17, 150)
	return listAll(t, s)
}

// testPagesAcrossBatches: a page whose filter needs the entries' shares
// (contributors) reads on past a first batch that holds too few of its
// entries, each batch after the last entry of the one before; the pages
// still concatenate to List's result. 600 entries have shares, so that a
// SQL store reads them all to test their contributors; three of them have
// a share of one benefactor, one in each batch such a store reads.
func testPagesAcrossBatches(t *testing.T, newStore NewStore) {
	s := newStore(t)
	const n = 600
	in := make([]contribution.Entry, n)
	for i := range in {
		in[i] = sharedMoney(fmt.Sprintf("batch-%03d", i))
		in[i].ID = contribution.EntryID(fmt.Sprintf("b-%03d", i))
		if i == 10 || i == 300 || i == 590 {
			in[i].Shares[1].Contributor = contribution.Benefactor("Ông Lê Văn Tư")
		}
	}
	if err := s.Import(context.Background(), in); err != nil {
		t.Fatalf("Import: %v", err)
	}
	f := contribution.Filter{Contributors: []contribution.Contributor{contribution.Benefactor("Ông Lê Văn Tư")}}
	want, err := s.List(context.Background(), f)
	if err != nil || len(want) != 3 {
		t.Fatalf("List: %d entries, %v; want 3", len(want), err)
	}
	for _, limit := range []int{1, 2, 3} {
		if got, _ := walk(t, s, f, limit); !cmp.Equal(want, got, cmpOpts) {
			t.Errorf("pages of %d differ from List (-List +pages):\n%s", limit, cmp.Diff(want, got, cmpOpts))
		}
	}
}

// testPages: pages concatenate to List's result, for filters that the
// query answers, filters that need the shares of an entry (source,
// contributors), and random ones, at page sizes from one entry to
// MaxPageSize; a page may start after any entry, one the filter leaves
// out included; ScanEntries gives the same entries.
func testPages(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	all := pageLedger(t, s)
	if reversals := countReversals(all); reversals == 0 || len(all) < 150 {
		t.Fatalf("the ledger holds %d entries, %d reversals: want 150 or more, and reversals", len(all), reversals)
	}
	filters := []struct {
		name string
		f    contribution.Filter
	}{
		{"all", contribution.Filter{}},
		{"received", contribution.Filter{Status: contribution.Received}},
		{"mobilised, shares tested", contribution.Filter{Source: contribution.Mobilised}},
		{"contributors, shares tested", contribution.Filter{Contributors: []contribution.Contributor{contribution.UnitContributor("u2"), contribution.Benefactor("Luật sư D")}}},
		{"units and period", contribution.Filter{Units: []org.UnitID{"u1", "u4"}, Period: thidua.Years(2016, 2018)}},
		{"bridges", contribution.Filter{Kinds: []string{contribution.KindBridge}}},
		{"no unit", contribution.Filter{Units: []org.UnitID{}}},
	}
	rng := rand.New(rand.NewPCG(17, 3))
	for i := range 6 {
		f, _ := RandomQuery(rng)
		filters = append(filters, struct {
			name string
			f    contribution.Filter
		}{fmt.Sprintf("random %d", i), f})
	}
	for _, ff := range filters {
		t.Run(ff.name, func(t *testing.T) {
			want, err := s.List(ctx, ff.f)
			if err != nil {
				t.Fatal(err)
			}
			sizes := []int{2, 7, 64, len(want), len(want) + 1, contribution.MaxPageSize}
			if ff.name == "all" || ff.name == "mobilised, shares tested" {
				sizes = append(sizes, 1)
			}
			for _, limit := range sizes {
				if limit < 1 {
					continue
				}
				got, pages := walk(t, s, ff.f, limit)
				if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
					t.Fatalf("pages of %d differ from List (-List +pages):\n%s", limit, diff)
				}
				// No empty page at the end when the entries fill the pages.
				if wantPages := max(1, (len(want)+limit-1)/limit); pages != wantPages {
					t.Errorf("%d entries in pages of %d took %d pages, want %d", len(want), limit, pages, wantPages)
				}
			}
			var scanned []contribution.Entry
			if err := contribution.ScanEntries(ctx, s, ff.f, func(e contribution.Entry) error {
				scanned = append(scanned, e)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, scanned, cmpOpts); diff != "" {
				t.Errorf("ScanEntries differs from List (-List +scan):\n%s", diff)
			}
			// A page after any entry, whether f keeps it or not, holds
			// the entries f keeps that were posted after it.
			for _, at := range []int{0, 1, 2, len(all) / 2, len(all) - 2, len(all) - 1} {
				after := all[at].ID
				var rest []contribution.Entry
				for _, e := range all[at+1:] {
					if containsID(want, e.ID) {
						rest = append(rest, e)
					}
				}
				got, next, err := s.Page(ctx, ff.f, after, contribution.MaxPageSize)
				if err != nil {
					t.Fatalf("Page after %s: %v", after, err)
				}
				if diff := cmp.Diff(rest, got, cmpOpts); diff != "" || next != "" {
					t.Errorf("Page after %s (entry %d): next %q (-want +got):\n%s", after, at, next, diff)
				}
			}
		})
	}
	if n := len(listAll(t, s)); n != len(all) {
		t.Errorf("paging changed the ledger: %d entries, want %d", n, len(all))
	}
}

// testPagesWhilePosting walks the ledger in small pages while another
// goroutine posts and reverses, and with ScanEntries whose fn itself
// posts: every entry stored when the walk began is seen once, in order,
// then some of the entries posted since, each once and in posting order.
func testPagesWhilePosting(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	const stored, during = 120, 80
	var first []contribution.Entry
	for i := range stored {
		first = append(first, mustPost(t, s, money(fmt.Sprintf("s%d", i), fmt.Sprint(1000*(i+1)))))
	}
	check := func(t *testing.T, start, walked []contribution.Entry) {
		t.Helper()
		final := listAll(t, s)
		if len(walked) < len(start) {
			t.Fatalf("walked %d entries, %d were stored at the start", len(walked), len(start))
		}
		if diff := cmp.Diff(start, walked[:len(start)], cmpOpts); diff != "" {
			t.Fatalf("the walk differs from List at its start (-List +walk):\n%s", diff)
		}
		// The walk is a subsequence of the final listing: each entry once,
		// in posting order.
		j := 0
		for _, e := range walked {
			for j < len(final) && final[j].ID != e.ID {
				j++
			}
			if j == len(final) {
				t.Fatalf("entry %s walked twice, out of order, or not stored", e.ID)
			}
			if diff := cmp.Diff(final[j], e, cmpOpts); diff != "" {
				t.Fatalf("entry %s walked differs from List (-List +walk):\n%s", e.ID, diff)
			}
			j++
		}
	}

	t.Run("another goroutine posts", func(t *testing.T) {
		start := listAll(t, s)
		var wg sync.WaitGroup
		errs := make(chan error, 1)
		wg.Go(func() {
			for i := range during {
				var err error
				if i%4 == 3 {
					_, err = s.Reverse(ctx, contribution.Reversal{Key: fmt.Sprintf("r%d", i), Of: first[i].ID, Note: "Ghi nhầm"})
				} else {
					_, err = s.Post(ctx, money(fmt.Sprintf("d%d", i), fmt.Sprint(500*(i+1))))
				}
				if err != nil {
					errs <- err
					return
				}
			}
		})
		var walked []contribution.Entry
		var after contribution.EntryID
		for {
			es, next, err := s.Page(ctx, contribution.Filter{}, after, 7)
			if err != nil {
				t.Fatal(err)
			}
			walked = append(walked, es...)
			if next == "" {
				break
			}
			after = next
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		check(t, start, walked)
		// A walk after the posts ends sees every entry, reversals
		// included.
		all, _ := walk(t, s, contribution.Filter{}, 7)
		if diff := cmp.Diff(listAll(t, s), all, cmpOpts); diff != "" {
			t.Errorf("walk after the posts differs from List (-List +walk):\n%s", diff)
		}
		if reversals := countReversals(all); reversals != during/4 {
			t.Errorf("walk saw %d reversals, want %d", reversals, during/4)
		}
	})

	t.Run("fn posts", func(t *testing.T) {
		start := listAll(t, s)
		var walked []contribution.Entry
		err := contribution.ScanEntries(ctx, s, contribution.Filter{}, func(e contribution.Entry) error {
			walked = append(walked, e)
			if len(walked) <= stored {
				_, err := s.Post(ctx, money("echo-"+string(e.ID), "1000"))
				return err
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		check(t, start, walked)
	})
}

// testPageBadInput: a page size out of range, a hostile or unknown after,
// an invalid filter each fail with ErrInvalid naming the field, return no
// entries, and leave the ledger unchanged; a page after the last entry is
// empty and ends the walk.
func testPageBadInput(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	a := mustPost(t, s, money("a", "1000000"))
	last := mustPost(t, s, items("b", contribution.KindBridge, 2))
	before := listAll(t, s)
	type row struct {
		name  string
		f     contribution.Filter
		after contribution.EntryID
		limit int
		field string
	}
	rows := []row{
		{"zero limit", contribution.Filter{}, "", 0, "limit"},
		{"negative limit", contribution.Filter{}, "", -1, "limit"},
		{"min int limit", contribution.Filter{}, "", math.MinInt, "limit"},
		{"limit over MaxPageSize", contribution.Filter{}, "", contribution.MaxPageSize + 1, "limit"},
		{"max int limit", contribution.Filter{}, a.ID, math.MaxInt, "limit"},
		{"unknown after", contribution.Filter{}, "e424242", 10, "after"},
		{"unknown after, foreign form", contribution.Filter{}, "x-404", 10, "after"},
		{"unknown after, e0", contribution.Filter{}, "e0", 10, "after"},
		{"unknown source", contribution.Filter{Source: 9}, "", 10, "source"},
		{"unknown status", contribution.Filter{Status: -1}, "", 10, "status"},
		{"period backwards", contribution.Filter{Period: thidua.Period{From: thidua.MustDate(2020, 1, 1), To: thidua.MustDate(2019, 1, 1)}}, "", 10, "period"},
	}
	for kind, id := range hostile.IDs() {
		rows = append(rows, row{"after " + kind, contribution.Filter{}, contribution.EntryID(id), 10, "after"})
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			es, next, err := s.Page(ctx, tt.f, tt.after, tt.limit)
			hostile.Want(t, err, tt.field)
			if len(err.Error()) > 4*thidua.MaxIDLen {
				t.Errorf("error message of %d bytes", len(err.Error()))
			}
			if es != nil || next != "" {
				t.Errorf("Page returned %d entries and next %q with an error", len(es), next)
			}
			if diff := cmp.Diff(before, listAll(t, s), cmpOpts); diff != "" {
				t.Errorf("ledger changed (-before +after):\n%s", diff)
			}
		})
	}
	es, next, err := s.Page(ctx, contribution.Filter{}, last.ID, contribution.MaxPageSize)
	if err != nil || len(es) != 0 || next != "" {
		t.Errorf("Page after the last entry = %d entries, next %q, %v; want none, no next", len(es), next, err)
	}
	es, next, err = s.Page(ctx, contribution.Filter{}, "", 1)
	if err != nil || len(es) != 1 || es[0].ID != a.ID || next != a.ID {
		t.Errorf("Page of 1 = %v, next %q, %v; want entry %s, next %s", es, next, err, a.ID, a.ID)
	}
}
