package contributiontest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/org"
)

// NewStore returns a new, empty store made with the options [Options]
// returns; it is called once or more per test, like the factory of
// testing/slogtest.Run. It may register cleanups on t.
type NewStore func(t *testing.T) contribution.Store

// RunStoreTests runs the conformance suite against stores made by newStore.
// Every subtest gets a new, empty store.
func RunStoreTests(t *testing.T, newStore NewStore) {
	t.Run("PostAndGet", func(t *testing.T) { testPostAndGet(t, newStore) })
	t.Run("BadInput", func(t *testing.T) { testBadInput(t, newStore) })
	t.Run("HostileInput", func(t *testing.T) { testHostileInput(t, newStore) })
	t.Run("Fractions", func(t *testing.T) { testFractions(t, newStore) })
	t.Run("Idempotency", func(t *testing.T) { testIdempotency(t, newStore) })
	t.Run("ConcurrentSameKey", func(t *testing.T) { testConcurrentSameKey(t, newStore) })
	t.Run("ConcurrentPosts", func(t *testing.T) { testConcurrentPosts(t, newStore) })
	t.Run("Reversal", func(t *testing.T) { testReversal(t, newStore) })
	t.Run("Pledges", func(t *testing.T) { testPledges(t, newStore) })
	t.Run("Filters", func(t *testing.T) { testFilters(t, newStore) })
	t.Run("TotalsNeedStatus", func(t *testing.T) { testTotalsNeedStatus(t, newStore) })
	t.Run("TotalsMatchAggregate", func(t *testing.T) { testTotalsMatchAggregate(t, newStore) })
	t.Run("Copies", func(t *testing.T) { testCopies(t, newStore) })
	t.Run("Import", func(t *testing.T) { testImport(t, newStore) })
	t.Run("ImportAllOrNothing", func(t *testing.T) { testImportAllOrNothing(t, newStore) })
	t.Run("Copy", func(t *testing.T) { testCopy(t, newStore) })
	t.Run("CopyConflict", func(t *testing.T) { testCopyConflict(t, newStore) })
	t.Run("ConcurrentSharedKeys", func(t *testing.T) { testConcurrentSharedKeys(t, newStore) })
	t.Run("Cancelled", func(t *testing.T) { testCancelled(t, newStore) })
	t.Run("ItemContents", func(t *testing.T) { testItemContents(t, newStore) })
	t.Run("Shares", func(t *testing.T) { testShares(t, newStore) })
	t.Run("Pages", func(t *testing.T) { testPages(t, newStore) })
	t.Run("PagesAcrossBatches", func(t *testing.T) { testPagesAcrossBatches(t, newStore) })
	t.Run("PagesWhilePosting", func(t *testing.T) { testPagesWhilePosting(t, newStore) })
	t.Run("PageBadInput", func(t *testing.T) { testPageBadInput(t, newStore) })
}

// Options returns the options the suite's stores must be made with: the
// ready-made purposes and item kinds, a movement lookup knowing "m2015"
// (2015–2020) and "m2019" (2019), and amounts to the hundredth of a đồng,
// so fractions reach the store. Each call returns a new value.
func Options() *contribution.Options {
	return &contribution.Options{
		Movements:  movements{"m2015": thidua.Years(2015, 2020), "m2019": thidua.Year(2019)},
		DongPlaces: 2,
	}
}

type movements map[string]thidua.Period

func (m movements) MovementPeriod(_ context.Context, id string) (thidua.Period, error) {
	p, ok := m[id]
	if !ok {
		return thidua.Period{}, fmt.Errorf("movement %q: %w", id, thidua.ErrNotFound)
	}
	return p, nil
}

// opts compares entries and totals: decimals by value, nil and empty slices
// alike.
var cmpOpts = cmp.Options{cmpopts.EquateEmpty()}

func money(key string, amount string) contribution.Entry {
	return contribution.Entry{
		Key:         key,
		Date:        thidua.MustDate(2018, time.March, 15),
		Contributor: contribution.UnitContributor("cuc"),
		Unit:        "cuc",
		Source:      contribution.Own,
		Status:      contribution.Received,
		Purpose:     contribution.PurposeNewRural,
		Beneficiary: "Xã Tân Thuận Đông",
		Movement:    "m2015",
		Amount:      decimal.RequireFromString(amount),
	}
}

func items(key, kind string, n int64) contribution.Entry {
	e := money(key, "0")
	e.Amount = decimal.Decimal{}
	e.Source = contribution.Mobilised
	e.Contributor = contribution.Benefactor("Công ty TNHH Minh Phát")
	e.Purpose = contribution.PurposeRuralRoads
	e.Items = contribution.Items{Kind: kind, Count: n}
	return e
}

func mustPost(t *testing.T, s contribution.Store, e contribution.Entry) contribution.Entry {
	t.Helper()
	got, err := s.Post(context.Background(), e)
	if err != nil {
		t.Fatalf("Post(%q): %v", e.Key, err)
	}
	return got
}

func listAll(t *testing.T, s contribution.Store) []contribution.Entry {
	t.Helper()
	es, err := s.List(context.Background(), contribution.Filter{})
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	return es
}

func testPostAndGet(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	in := money("a", "50350000")
	in.Beneficiary = "  Xã  Tân Thuận Đông " // cleaned on the way in
	got := mustPost(t, s, in)
	if got.ID == "" {
		t.Fatal("Post returned no ID")
	}
	want := money("a", "50350000")
	want.ID = got.ID
	if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
		t.Errorf("Post (-want +got):\n%s", diff)
	}
	back, err := s.Entry(ctx, got.ID)
	if err != nil {
		t.Fatalf("Entry: %v", err)
	}
	if diff := cmp.Diff(want, back, cmpOpts); diff != "" {
		t.Errorf("Entry (-want +got):\n%s", diff)
	}
	it := items("b", contribution.KindBridge, 12)
	it.Items.ValuePerItem = decimal.RequireFromString("150000000")
	gotIt := mustPost(t, s, it)
	it.ID = gotIt.ID
	if diff := cmp.Diff(it, gotIt, cmpOpts); diff != "" {
		t.Errorf("Post items (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]contribution.Entry{want, it}, listAll(t, s), cmpOpts); diff != "" {
		t.Errorf("List in posting order (-want +got):\n%s", diff)
	}
	for _, id := range []contribution.EntryID{"", "nope", "e999999"} {
		if _, err := s.Entry(ctx, id); !errors.Is(err, thidua.ErrNotFound) {
			t.Errorf("Entry(%q) error = %v, want ErrNotFound", id, err)
		}
		if _, err := s.History(ctx, id); !errors.Is(err, thidua.ErrNotFound) {
			t.Errorf("History(%q) error = %v, want ErrNotFound", id, err)
		}
	}
}

func testBadInput(t *testing.T, newStore NewStore) {
	tests := []struct {
		name   string
		reason string
		edit   func(*contribution.Entry)
	}{
		{"zero amount", "money entries must give something", func(e *contribution.Entry) { e.Amount = decimal.Zero }},
		{"negative amount", "only a reversal carries a negative amount", func(e *contribution.Entry) { e.Amount = decimal.NewFromInt(-5) }},
		{"too many places", "the option allows two places", func(e *contribution.Entry) { e.Amount = decimal.RequireFromString("1000.125") }},
		{"unknown purpose", "purposes come from the registry", func(e *contribution.Entry) { e.Purpose = "xay-chua" }},
		{"unknown item kind", "item kinds come from the registry", func(e *contribution.Entry) {
			*e = items(e.Key, "cay-xang", 1)
		}},
		{"zero item count", "an items entry gives at least one", func(e *contribution.Entry) { *e = items(e.Key, contribution.KindBridge, 0) }},
		{"negative item count", "only a reversal carries a negative count", func(e *contribution.Entry) { *e = items(e.Key, contribution.KindBridge, -3) }},
		{"negative value per item", "a value is never negative", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindBridge, 2)
			e.Items.ValuePerItem = decimal.NewFromInt(-1)
		}},
		{"money and items", "an entry records one or the other", func(e *contribution.Entry) {
			e.Items = contribution.Items{Kind: contribution.KindBridge, Count: 1}
		}},
		{"stated bound without total", "a bound qualifies a stated total", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindGift, 10)
			e.Items.StatedBound = "khoảng"
		}},
		{"unknown stated bound", "the bound is one of StatedBounds", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindGift, 10)
			e.Items.StatedTotal, e.Items.StatedBound = decimal.NewFromInt(3_000_000), "chừng như"
		}},
		{"negative stated total", "a total is never negative", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindGift, 10)
			e.Items.StatedTotal = decimal.NewFromInt(-1)
		}},
		{"stated total too large", "MaxDong bounds every amount", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindGift, 10)
			e.Items.StatedTotal = decimal.RequireFromString("1000000000000000001")
		}},
		{"contents on money", "contents describe items", func(e *contribution.Entry) { e.Items.Contents = "10 kg gạo" }},
		{"contents invalid UTF-8", "text is valid UTF-8", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindGift, 10)
			e.Items.Contents = "g\xffạo"
		}},
		{"date before movement", "m2019 runs through 2019 only", func(e *contribution.Entry) { e.Movement = "m2019" }},
		{"date after movement", "m2015 ends 31/12/2020", func(e *contribution.Entry) { e.Date = thidua.MustDate(2021, time.January, 1) }},
		{"unknown movement", "the lookup does not know it", func(e *contribution.Entry) { e.Movement = "m1990" }},
		{"empty key", "every post carries an idempotency key", func(e *contribution.Entry) { e.Key = "" }},
		{"invalid date", "30 February does not exist", func(e *contribution.Entry) { e.Date = thidua.Date{Year: 2018, Month: 2, Day: 30} }},
		{"no unit", "entries are credited to a unit", func(e *contribution.Entry) { e.Unit = "" }},
		{"contributor mismatch", "a unit contributor names a unit", func(e *contribution.Entry) {
			e.Contributor = contribution.Contributor{Kind: contribution.ContributorUnit, Person: "p1"}
		}},
		{"unnamed benefactor", "a benefactor has a name", func(e *contribution.Entry) { e.Contributor = contribution.Benefactor("  ") }},
		{"no source", "own or mobilised", func(e *contribution.Entry) { e.Source = 0 }},
		{"no status", "received or pledged", func(e *contribution.Entry) { e.Status = 9 }},
		{"ID given", "the store assigns IDs", func(e *contribution.Entry) { e.ID = "e1" }},
		{"reverses given", "corrections go through Reverse", func(e *contribution.Entry) { e.Reverses = "e1" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			e := money("k", "1000000")
			tt.edit(&e)
			_, err := s.Post(context.Background(), e)
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("Post error = %v, want ErrInvalid (%s)", err, tt.reason)
			}
			// ErrNotFound is for the record asked about; bad input is only
			// ErrInvalid, even when a lookup behind it found nothing.
			if errors.Is(err, thidua.ErrNotFound) || errors.Is(err, thidua.ErrConflict) {
				t.Errorf("Post error %v also matches ErrNotFound or ErrConflict", err)
			}
			var te *thidua.Error
			if !errors.As(err, &te) || te.Op == "" {
				t.Errorf("Post error %v is not a *thidua.Error with an Op", err)
			}
			if es := listAll(t, s); len(es) != 0 {
				t.Errorf("stored %d entries after an error", len(es))
			}
		})
	}
}

func testFractions(t *testing.T, newStore NewStore) {
	s := newStore(t)
	amt, err := contribution.ParseDongFraction("1.234,5")
	if err != nil {
		t.Fatal(err)
	}
	e := money("f", "0")
	e.Amount = amt
	got := mustPost(t, s, e)
	if !got.Amount.Equal(decimal.RequireFromString("1234.5")) {
		t.Errorf("amount = %s, want 1234.5", got.Amount)
	}
	tot, err := s.Totals(context.Background(), contribution.Filter{Status: contribution.Received})
	if err != nil {
		t.Fatal(err)
	}
	if !tot.Total.Money.Equal(amt) {
		t.Errorf("total = %s, want %s", tot.Total.Money, amt)
	}
}

func testIdempotency(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	first := mustPost(t, s, money("k1", "1000000"))
	again := mustPost(t, s, money("k1", "1000000.00")) // same value, other scale
	if diff := cmp.Diff(first, again, cmpOpts); diff != "" {
		t.Errorf("repeated post (-first +again):\n%s", diff)
	}
	_, err := s.Post(ctx, money("k1", "2000000"))
	if !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("same key, other amount: error = %v, want ErrConflict", err)
	}
	other := money("k1", "1000000")
	other.Beneficiary = "Trường Tiểu học Mỹ Hiệp"
	if _, err := s.Post(ctx, other); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("same key, other beneficiary: error = %v, want ErrConflict", err)
	}
	if n := len(listAll(t, s)); n != 1 {
		t.Errorf("stored %d entries, want 1", n)
	}
}

func testConcurrentSameKey(t *testing.T, newStore NewStore) {
	s := newStore(t)
	var wg sync.WaitGroup
	ids := make([]contribution.EntryID, 8)
	errs := make([]error, 8)
	for g := range 8 {
		wg.Go(func() {
			e, err := s.Post(context.Background(), money("same", "500000"))
			ids[g], errs[g] = e.ID, err
		})
	}
	wg.Wait()
	for g := range 8 {
		if errs[g] != nil {
			t.Fatalf("goroutine %d: %v", g, errs[g])
		}
		if ids[g] != ids[0] {
			t.Errorf("goroutine %d got ID %q, goroutine 0 got %q", g, ids[g], ids[0])
		}
	}
	if n := len(listAll(t, s)); n != 1 {
		t.Errorf("stored %d entries, want 1", n)
	}
}

func testConcurrentPosts(t *testing.T, newStore NewStore) {
	const workers, each = 8, 250
	s := newStore(t)
	var wg sync.WaitGroup
	for g := range workers {
		wg.Go(func() {
			for i := range each {
				e := money(fmt.Sprintf("g%d-%d", g, i), strconv.Itoa(1000*(i+1)))
				if _, err := s.Post(context.Background(), e); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	es := listAll(t, s)
	if len(es) != workers*each {
		t.Fatalf("stored %d entries, want %d", len(es), workers*each)
	}
	seen := make(map[contribution.EntryID]bool)
	for _, e := range es {
		if seen[e.ID] {
			t.Fatalf("ID %q used twice", e.ID)
		}
		seen[e.ID] = true
	}
	tot, err := s.Totals(context.Background(), contribution.Filter{Status: contribution.Received})
	if err != nil {
		t.Fatal(err)
	}
	// Each worker posts 1000 × (1 + 2 + … + 250) đồng.
	want := decimal.NewFromInt(workers * 1000 * each * (each + 1) / 2)
	if !tot.Total.Money.Equal(want) || tot.Total.Entries != workers*each {
		t.Errorf("total = %s over %d entries, want %s over %d", tot.Total.Money, tot.Total.Entries, want, workers*each)
	}
}

func testReversal(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	orig := mustPost(t, s, money("o", "7000000"))
	keep := mustPost(t, s, money("keep", "3000000"))
	bridges := mustPost(t, s, items("b", contribution.KindBridge, 12))

	rev, err := s.Reverse(ctx, contribution.Reversal{Key: "r", Of: orig.ID, Note: "Ghi  nhầm số tiền"})
	if err != nil {
		t.Fatalf("Reverse: %v", err)
	}
	want := orig
	want.ID, want.Key, want.Reverses, want.Note = rev.ID, "r", orig.ID, "Ghi nhầm số tiền"
	want.Amount = decimal.NewFromInt(-7000000)
	if diff := cmp.Diff(want, rev, cmpOpts); diff != "" {
		t.Errorf("reversal (-want +got):\n%s", diff)
	}
	for _, id := range []contribution.EntryID{orig.ID, rev.ID} {
		h, err := s.History(ctx, id)
		if err != nil {
			t.Fatalf("History(%s): %v", id, err)
		}
		if diff := cmp.Diff([]contribution.Entry{orig, rev}, h, cmpOpts); diff != "" {
			t.Errorf("History(%s) (-want +got):\n%s", id, diff)
		}
	}
	h, _ := s.History(ctx, keep.ID)
	if diff := cmp.Diff([]contribution.Entry{keep}, h, cmpOpts); diff != "" {
		t.Errorf("History of an unreversed entry (-want +got):\n%s", diff)
	}

	again, err := s.Reverse(ctx, contribution.Reversal{Key: "r", Of: orig.ID, Note: "Ghi nhầm số tiền"})
	if err != nil || again.ID != rev.ID {
		t.Errorf("repeated Reverse = %v, %v; want the stored reversal %s", again.ID, err, rev.ID)
	}
	bad := []struct {
		name   string
		r      contribution.Reversal
		want   error
		reason string
	}{
		{"second reversal", contribution.Reversal{Key: "r2", Of: orig.ID}, thidua.ErrConflict, "an entry is reversed at most once"},
		{"key reused for another entry", contribution.Reversal{Key: "r", Of: keep.ID}, thidua.ErrConflict, "the key belongs to the reversal of another entry"},
		{"key reused with another note", contribution.Reversal{Key: "r", Of: orig.ID, Note: "Lý do khác"}, thidua.ErrConflict, "a replay carries the same note"},
		{"key of a posted entry", contribution.Reversal{Key: "keep", Of: keep.ID}, thidua.ErrConflict, "the key belongs to an ordinary entry"},
		{"key of a posted entry, empty Of", contribution.Reversal{Key: "keep"}, thidua.ErrInvalid, "nothing named to reverse; must not replay the ordinary entry"},
		{"key of a reversal, empty Of", contribution.Reversal{Key: "r", Note: "Ghi nhầm số tiền"}, thidua.ErrInvalid, "nothing named to reverse"},
		{"new key, empty Of", contribution.Reversal{Key: "r5"}, thidua.ErrInvalid, "nothing named to reverse"},
		{"unknown entry", contribution.Reversal{Key: "r3", Of: "e424242"}, thidua.ErrNotFound, "the entry asked about does not exist"},
		{"reversal of a reversal", contribution.Reversal{Key: "r4", Of: rev.ID}, thidua.ErrInvalid, "a reversal cannot itself be reversed"},
		{"empty key", contribution.Reversal{Of: keep.ID}, thidua.ErrInvalid, "every reversal carries an idempotency key"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Reverse(ctx, tt.r)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Reverse(%+v) = %+v, %v; want %v (%s)", tt.r, got, err, tt.want, tt.reason)
			}
			if !cmp.Equal(got, contribution.Entry{}, cmpOpts) {
				t.Errorf("Reverse(%+v) returned entry %+v with the error, want the zero Entry", tt.r, got)
			}
			if n := len(listAll(t, s)); n != 4 {
				t.Errorf("stored %d entries after a failed Reverse, want 4", n)
			}
		})
	}
	if _, err := s.Reverse(ctx, contribution.Reversal{Key: "rb", Of: bridges.ID}); err != nil {
		t.Fatalf("Reverse items: %v", err)
	}
	if n := len(listAll(t, s)); n != 5 {
		t.Errorf("stored %d entries, want 5 (3 posts, 2 reversals)", n)
	}

	tot, err := s.Totals(ctx, contribution.Filter{Status: contribution.Received}, contribution.BySource)
	if err != nil {
		t.Fatal(err)
	}
	wantRows := []contribution.Row{
		{Key: contribution.GroupKey{Source: contribution.Own}, Money: decimal.NewFromInt(3000000), Entries: 3},
		{Key: contribution.GroupKey{Source: contribution.Mobilised}, Money: decimal.Zero, Entries: 2,
			Items: []contribution.ItemTotal{{Kind: contribution.KindBridge, Count: 0, Value: decimal.Zero, Unvalued: 0}}},
	}
	if diff := cmp.Diff(wantRows, tot.Rows, cmpOpts); diff != "" {
		t.Errorf("totals net out reversals (-want +got):\n%s", diff)
	}
}

func testFilters(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	a := money("a", "1000000") // cuc, 15/03/2018
	b := money("b", "2000000")
	b.Unit, b.Contributor, b.Date = "chicuc-caolanh", contribution.PersonContributor("p7"), thidua.MustDate(2019, time.July, 1)
	b.Purpose, b.Movement = contribution.PurposePoorStudents, "m2019"
	c := items("c", contribution.KindCharity, 60)
	c.Status = contribution.Pledged
	d := money("d", "4000000")
	d.Date = thidua.MustDate(2018, time.December, 31)
	d.Source = contribution.Mobilised
	d.Contributor = contribution.Benefactor("Bà  Nguyễn Thị Hoà")
	var posted []contribution.Entry
	for _, e := range []contribution.Entry{a, b, c, d} {
		posted = append(posted, mustPost(t, s, e))
	}
	pa, pb, pc, pd := posted[0], posted[1], posted[2], posted[3]
	tests := []struct {
		name string
		f    contribution.Filter
		want []contribution.Entry
	}{
		{"all", contribution.Filter{}, posted},
		{"period cutting a year", contribution.Filter{Period: thidua.Period{From: thidua.MustDate(2018, 4, 1), To: thidua.MustDate(2019, 6, 30)}}, []contribution.Entry{pd}},
		{"whole year", contribution.Filter{Period: thidua.Year(2019)}, []contribution.Entry{pb}},
		{"unit set", contribution.Filter{Units: []org.UnitID{"chicuc-caolanh", "chicuc-khac"}}, []contribution.Entry{pb}},
		{"no unit", contribution.Filter{Units: []org.UnitID{}}, nil},
		{"person", contribution.Filter{Contributors: []contribution.Contributor{contribution.PersonContributor("p7")}}, []contribution.Entry{pb}},
		{"benefactor, spaces folded", contribution.Filter{Contributors: []contribution.Contributor{contribution.Benefactor("Bà Nguyễn Thị Hoà ")}}, []contribution.Entry{pd}},
		{"source", contribution.Filter{Source: contribution.Mobilised}, []contribution.Entry{pc, pd}},
		{"status", contribution.Filter{Status: contribution.Pledged}, []contribution.Entry{pc}},
		{"purposes", contribution.Filter{Purposes: []string{contribution.PurposePoorStudents, contribution.PurposeRuralRoads}}, []contribution.Entry{pb, pc}},
		{"movement", contribution.Filter{Movements: []contribution.MovementID{"m2019"}}, []contribution.Entry{pb}},
		{"kind leaves money out", contribution.Filter{Kinds: []string{contribution.KindCharity}}, []contribution.Entry{pc}},
		{"combined", contribution.Filter{Source: contribution.Own, Status: contribution.Received, Period: thidua.Year(2018)}, []contribution.Entry{pa}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.List(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmpOpts); diff != "" {
				t.Errorf("List (-want +got):\n%s", diff)
			}
			for _, e := range posted {
				if m := tt.f.Match(e); m != containsID(tt.want, e.ID) {
					t.Errorf("Filter.Match(%s) = %v, List disagrees", e.ID, m)
				}
			}
		})
	}
}

func containsID(es []contribution.Entry, id contribution.EntryID) bool {
	for _, e := range es {
		if e.ID == id {
			return true
		}
	}
	return false
}

func testTotalsNeedStatus(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	mustPost(t, s, money("a", "1000"))
	if _, err := s.Totals(ctx, contribution.Filter{}, contribution.ByPurpose); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("totals adding pledges to receipts: error = %v, want ErrInvalid", err)
	}
	if _, err := s.Totals(ctx, contribution.Filter{Status: contribution.Received}, contribution.Dim(99)); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("unknown dimension: error = %v, want ErrInvalid", err)
	}
	backwards := contribution.Filter{Status: contribution.Received, Period: thidua.Period{From: thidua.MustDate(2019, 1, 1), To: thidua.MustDate(2018, 1, 1)}}
	if _, err := s.Totals(ctx, backwards); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Totals with a period ending before it starts: error = %v, want ErrInvalid", err)
	}
	if _, err := s.List(ctx, backwards); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("List with a period ending before it starts: error = %v, want ErrInvalid", err)
	}
	tot, err := s.Totals(ctx, contribution.Filter{}, contribution.ByStatus)
	if err != nil || len(tot.Rows) != 1 || tot.Rows[0].Key.Status != contribution.Received {
		t.Errorf("grouped by status: %+v, %v", tot.Rows, err)
	}
}

// Populate posts n random entries to s, seeded by seed: money (whole,
// fractional and huge amounts) and items, both sources and statuses, units
// u0–u5, movements m2015/m2019 or none, and a reversal for about one entry
// in ten, and shares (two or three contributors, either source) for about
// one entry in eight. s must accept two decimal places of a đồng. It returns the
// entries as stored, each once, in posting order.
func Populate(t testing.TB, s contribution.Store, seed uint64, n int) []contribution.Entry {
	t.Helper()
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(seed, 7))
	rs := rand.New(rand.NewPCG(seed, 11)) // shares: rng's stream stays as it was
	purposes := contribution.NewPurposes().All()
	kinds := contribution.NewItemKinds().All()
	var out []contribution.Entry
	for i := range n {
		e := contribution.Entry{
			Key:     fmt.Sprintf("p%d", i),
			Date:    thidua.Date{Year: 2015 + rng.IntN(6), Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)},
			Unit:    org.UnitID(fmt.Sprintf("u%d", rng.IntN(6))),
			Source:  contribution.Source(1 + rng.IntN(2)),
			Status:  contribution.Status(1 + rng.IntN(2)),
			Purpose: purposes[rng.IntN(len(purposes))].Code,
		}
		switch rng.IntN(3) {
		case 0:
			e.Contributor = contribution.UnitContributor(e.Unit)
		case 1:
			e.Contributor = contribution.PersonContributor(org.PersonID(fmt.Sprintf("p%d", rng.IntN(4))))
		default:
			e.Contributor = contribution.Benefactor([]string{"Nhà hảo tâm A", "Công ty B", "Chùa C"}[rng.IntN(3)])
		}
		if rng.IntN(3) == 0 && e.Date.Year == 2019 {
			e.Movement = "m2019"
		} else if rng.IntN(2) == 0 {
			e.Movement = "m2015"
		}
		switch r := rng.IntN(20); {
		case r < 12:
			e.Amount = decimal.NewFromInt(1000 * (1 + rng.Int64N(100000)))
		case r < 14:
			e.Amount = decimal.New(1+rng.Int64N(99999), -2) // hundredths of a đồng
		case r < 15:
			// Near 10^18 đồng: an int64 holds each amount, not their sum.
			e.Amount = decimal.NewFromInt(900_000_000_000_000_000 + rng.Int64N(1000))
		case r < 16:
			// As large as an entry may be (contribution.MaxDong), with a
			// fraction: only exact decimals add these.
			e.Amount = decimal.RequireFromString("987654321098765432.10").Add(decimal.NewFromInt(rng.Int64N(1000)))
		default:
			e.Items = contribution.Items{Kind: kinds[rng.IntN(len(kinds))].Code, Count: 1 + rng.Int64N(30)}
			if rng.IntN(2) == 0 {
				e.Items.ValuePerItem = decimal.NewFromInt(1_000_000 * (1 + rng.Int64N(200)))
			}
		}
		if rs.IntN(8) == 0 {
			e.Shares = randomShares(rs, e)
		}
		got, err := s.Post(ctx, e)
		if err != nil {
			t.Fatalf("Populate: Post: %v", err)
		}
		out = append(out, got)
		if len(out) > 1 && rng.IntN(10) == 0 {
			victim := out[rng.IntN(len(out))]
			rev, err := s.Reverse(ctx, contribution.Reversal{Key: "rev-" + string(victim.ID), Of: victim.ID, Note: "Điều chỉnh"})
			if err == nil {
				if !containsID(out, rev.ID) { // a replay returns the stored reversal
					out = append(out, rev)
				}
			} else if !errors.Is(err, thidua.ErrConflict) && !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("Populate: Reverse: %v", err)
			}
		}
	}
	return out
}

// randomShares splits e between two or three contributors of the ones
// Populate uses, by random weights; nil when a part would be empty.
func randomShares(rng *rand.Rand, e contribution.Entry) []contribution.Share {
	pool := []contribution.Contributor{contribution.UnitContributor("u2"), contribution.PersonContributor("p1"),
		contribution.Benefactor("Công ty B"), contribution.Benefactor("Luật sư D")}
	rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	k := 2 + rng.IntN(2)
	w := make([]int64, k)
	for i := range w {
		w[i] = 1 + rng.Int64N(5)
	}
	whole := e.Amount
	if e.IsItems() {
		whole, _ = e.Items.Value()
	}
	var amounts []decimal.Decimal
	if !whole.IsZero() {
		var err error
		if amounts, err = contribution.Split(whole, w...); err != nil {
			return nil
		}
	}
	counts := make([]int64, k)
	if e.IsItems() {
		// The counts by the same weights, the rest to the first share.
		var sum, given int64
		for _, x := range w {
			sum += x
		}
		for i := range counts {
			counts[i] = e.Items.Count * w[i] / sum
			given += counts[i]
		}
		counts[0] += e.Items.Count - given
	}
	out := make([]contribution.Share, k)
	for i := range out {
		out[i] = contribution.Share{Contributor: pool[i], Source: contribution.Source(1 + rng.IntN(2)), Count: counts[i]}
		if amounts != nil {
			out[i].Amount = amounts[i]
		}
		if out[i].Amount.Sign() <= 0 && (!e.IsItems() || out[i].Count == 0) {
			return nil
		}
	}
	return out
}

// RandomQuery returns a random filter and grouping over the data Populate
// makes. The filter always chooses a status unless the grouping is by status.
func RandomQuery(rng *rand.Rand) (contribution.Filter, []contribution.Dim) {
	var f contribution.Filter
	var by []contribution.Dim
	for d := contribution.ByPurpose; d <= contribution.ByContributor; d++ {
		if rng.IntN(3) == 0 {
			by = append(by, d)
		}
	}
	rng.Shuffle(len(by), func(i, j int) { by[i], by[j] = by[j], by[i] })
	if rng.IntN(3) > 0 {
		f.Status = contribution.Status(1 + rng.IntN(2))
	} else if !containsDim(by, contribution.ByStatus) {
		by = append(by, contribution.ByStatus)
	}
	if rng.IntN(3) == 0 {
		f.Source = contribution.Source(1 + rng.IntN(2))
	}
	if rng.IntN(3) == 0 {
		from := thidua.Date{Year: 2015 + rng.IntN(6), Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)}
		f.Period = thidua.Period{From: from, To: from.AddDays(rng.IntN(900))}
	}
	if rng.IntN(4) == 0 {
		f.Units = []org.UnitID{"u1", "u3", "u9"}
	}
	if rng.IntN(5) == 0 {
		f.Contributors = []contribution.Contributor{contribution.UnitContributor("u2"), contribution.Benefactor("Công ty B")}
	}
	if rng.IntN(5) == 0 {
		f.Purposes = []string{contribution.PurposeCharity, contribution.PurposeNewRural}
	}
	if rng.IntN(5) == 0 {
		f.Movements = []contribution.MovementID{"m2019", ""}
	}
	if rng.IntN(6) == 0 {
		f.Kinds = []string{contribution.KindBridge, contribution.KindScholarship}
	}
	return f, by
}

func containsDim(by []contribution.Dim, d contribution.Dim) bool {
	for _, x := range by {
		if x == d {
			return true
		}
	}
	return false
}

func testTotalsMatchAggregate(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	posted := Populate(t, s, 1, 600)
	all := listAll(t, s)
	if diff := cmp.Diff(posted, all, cmpOpts); diff != "" {
		t.Fatalf("List differs from what was posted, in posting order (-posted +listed):\n%s", diff)
	}
	rng := rand.New(rand.NewPCG(2, 3))
	for q := range 200 {
		f, by := RandomQuery(rng)
		want, err := contribution.Aggregate(all, f, by...)
		if err != nil {
			t.Fatalf("query %d: Aggregate: %v", q, err)
		}
		got, err := s.Totals(ctx, f, by...)
		if err != nil {
			t.Fatalf("query %d: Totals: %v", q, err)
		}
		if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
			t.Fatalf("query %d: filter %+v by %v: Totals differ from Aggregate (-want +got):\n%s", q, f, by, diff)
		}
	}
}

func testCopies(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	mustPost(t, s, money("a", "1000"))
	es := listAll(t, s)
	es[0].Amount = decimal.NewFromInt(5)
	es[0].Key = "changed"
	if got := listAll(t, s); got[0].Key != "a" || !got[0].Amount.Equal(decimal.NewFromInt(1000)) {
		t.Errorf("changing a listed entry changed the store: %+v", got[0])
	}
	f := contribution.Filter{Status: contribution.Received, Units: []org.UnitID{"cuc"}}
	by := []contribution.Dim{contribution.ByUnit}
	tot, err := s.Totals(ctx, f, by...)
	if err != nil {
		t.Fatal(err)
	}
	f.Units[0] = "other"
	by[0] = contribution.ByYear
	if tot.Filter.Units[0] != "cuc" || tot.By[0] != contribution.ByUnit {
		t.Errorf("Totals shares slices with the caller: %+v %v", tot.Filter, tot.By)
	}
}

func testPledges(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	pledge := money("cam-ket", "20000000")
	pledge.Status = contribution.Pledged
	p := mustPost(t, s, pledge)
	paid := money("nhan-1", "15000000")
	paid.Fulfils = p.ID
	r := mustPost(t, s, paid)
	if r.Fulfils != p.ID {
		t.Errorf("Post returned Fulfils %q, want %q", r.Fulfils, p.ID)
	}
	if back, err := s.Entry(ctx, r.ID); err != nil || back.Fulfils != p.ID {
		t.Errorf("Entry(%s) = %+v, %v; want Fulfils %q", r.ID, back, err, p.ID)
	}
	again := mustPost(t, s, paid)
	if again.ID != r.ID {
		t.Errorf("repeated post with Fulfils got %s, want %s", again.ID, r.ID)
	}
	other := paid
	other.Fulfils = ""
	if _, err := s.Post(ctx, other); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("same key without Fulfils: error = %v, want ErrConflict", err)
	}

	bad := []struct {
		name, reason string
		edit         func(*contribution.Entry)
	}{
		{"fulfils a receipt", "only pledges are fulfilled", func(e *contribution.Entry) { e.Fulfils = r.ID }},
		{"fulfils nothing", "the pledge must exist", func(e *contribution.Entry) { e.Fulfils = "e999" }},
		{"pledge fulfils a pledge", "a fulfilment is a receipt", func(e *contribution.Entry) {
			e.Status = contribution.Pledged
			e.Fulfils = p.ID
		}},
	}
	for _, tt := range bad {
		e := money("bad-"+tt.name, "1000")
		tt.edit(&e)
		if _, err := s.Post(ctx, e); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("%s: error = %v, want ErrInvalid (%s)", tt.name, err, tt.reason)
		}
	}
	rev, err := s.Reverse(ctx, contribution.Reversal{Key: "huy-cam-ket", Of: p.ID})
	if err != nil {
		t.Fatal(err)
	}
	late := money("nhan-2", "5000000")
	late.Fulfils = rev.ID
	if _, err := s.Post(ctx, late); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("fulfilling a reversal: error = %v, want ErrInvalid", err)
	}
	if n := len(listAll(t, s)); n != 3 {
		t.Errorf("stored %d entries, want 3", n)
	}

	tot, err := s.Totals(ctx, contribution.Filter{}, contribution.ByStatus)
	if err != nil {
		t.Fatal(err)
	}
	want := []contribution.Row{
		{Key: contribution.GroupKey{Status: contribution.Received}, Money: decimal.NewFromInt(15000000), Entries: 1},
		{Key: contribution.GroupKey{Status: contribution.Pledged}, Money: decimal.Zero, Entries: 2},
	}
	if diff := cmp.Diff(want, tot.Rows, cmpOpts); diff != "" {
		t.Errorf("totals by status (-want +got):\n%s", diff)
	}
}

// testItemContents posts items with their value and contents per item and a
// stated total that the items do not add up to: the store keeps all of it
// (Entry, List, History, a replay), totals add the items' own value, never
// the stated total, and a reversal keeps the description.
func testItemContents(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	gifts := items("qua", contribution.KindGift, 10)
	gifts.Items.ValuePerItem = decimal.NewFromInt(300_000)
	gifts.Items.Contents = "10 kg gạo và 1 thùng mì"
	scholarships := items("hoc-bong", contribution.KindScholarship, 100)
	scholarships.Items.ValuePerItem = decimal.NewFromInt(1_000_000)
	scholarships.Items.StatedTotal = decimal.NewFromInt(500_000_000)
	scholarships.Items.StatedBound = "khoảng"
	g := mustPost(t, s, gifts)
	h := mustPost(t, s, scholarships)
	for _, want := range []contribution.Entry{g, h} {
		got, err := s.Entry(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !contribution.SameContent(got, want) || got.Items.Contents != want.Items.Contents ||
			!got.Items.StatedTotal.Equal(want.Items.StatedTotal) || got.Items.StatedBound != want.Items.StatedBound {
			t.Errorf("Entry(%s) = %+v, want %+v", want.ID, got.Items, want.Items)
		}
	}
	if g.Items.Contents != "10 kg gạo và 1 thùng mì" || !h.Items.StatedTotal.Equal(decimal.NewFromInt(500_000_000)) {
		t.Errorf("posted items = %+v and %+v, want the contents and the stated total kept", g.Items, h.Items)
	}
	// A replay with the same description returns the entry; another
	// stated total under the key is a conflict.
	if again, err := s.Post(ctx, scholarships); err != nil || again.ID != h.ID {
		t.Errorf("replay = %v, %v; want %s", again.ID, err, h.ID)
	}
	other := scholarships
	other.Items.StatedTotal = decimal.NewFromInt(400_000_000)
	if _, err := s.Post(ctx, other); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("same key, another stated total: %v, want ErrConflict", err)
	}
	// Totals add Count × ValuePerItem: 100 × 1.000.000, not the stated
	// 500.000.000.
	tot, err := s.Totals(ctx, contribution.Filter{Status: contribution.Received, Kinds: []string{contribution.KindScholarship}}, contribution.ByKind)
	if err != nil {
		t.Fatal(err)
	}
	if len(tot.Total.Items) != 1 || !tot.Total.Items[0].Value.Equal(decimal.NewFromInt(100_000_000)) || tot.Total.Items[0].Count != 100 {
		t.Errorf("scholarship totals = %+v, want 100 worth 100.000.000 đồng", tot.Total.Items)
	}
	rev, err := s.Reverse(ctx, contribution.Reversal{Key: "rev-qua", Of: g.ID, Note: "Nhập trùng"})
	if err != nil {
		t.Fatal(err)
	}
	if rev.Items.Contents != g.Items.Contents || rev.Items.Count != -10 {
		t.Errorf("reversal items = %+v, want the contents kept and the count negated", rev.Items)
	}
	hist, err := s.History(ctx, g.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[0].Items.Contents != g.Items.Contents || hist[1].ID != rev.ID {
		t.Errorf("History(%s) = %+v, want the entry with its contents and its reversal", g.ID, hist)
	}
	es := listAll(t, s)
	if len(es) != 3 || es[1].Items.StatedBound != "khoảng" {
		t.Errorf("List = %+v, want 3 entries with the stated bound kept", es)
	}
}
