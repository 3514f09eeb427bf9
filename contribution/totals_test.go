package contribution_test

import (
	"context"
	"math/rand/v2"
	"testing"
	"testing/quick"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/contribution/contributiontest"
)

// sumRows adds up the rows of t the slow, obvious way.
func sumRows(t contribution.Totals) (decimal.Decimal, map[string]int64, int) {
	money := decimal.Zero
	items := map[string]int64{}
	n := 0
	for _, r := range t.Rows {
		money = money.Add(r.Money)
		n += r.Entries
		for _, it := range r.Items {
			items[it.Kind] += it.Count
		}
	}
	return money, items, n
}

func itemMap(its []contribution.ItemTotal) map[string]int64 {
	m := map[string]int64{}
	for _, it := range its {
		m[it.Kind] += it.Count
	}
	return m
}

// TestTotalsSumOfParts checks, for random ledgers and random queries, that
// the total is the sum of its parts for every grouping, that a grouping
// does not change the total, and that the total equals the plain decimal
// sum of the listed entries.
func TestTotalsSumOfParts(t *testing.T) {
	ctx := context.Background()
	opts := cmp.Options{cmpopts.EquateEmpty()}
	prop := func(seed uint64) bool {
		s := contribution.NewMemStore(&contribution.Options{DongPlaces: 2})
		contributiontest.Populate(t, s, seed, 150)
		rng := rand.New(rand.NewPCG(seed, 99))
		for range 20 {
			f, by := contributiontest.RandomQuery(rng)
			got, err := s.Totals(ctx, f, by...)
			if err != nil {
				t.Fatalf("Totals: %v", err)
			}
			money, items, n := sumRows(got)
			if !money.Equal(got.Total.Money) || n != got.Total.Entries {
				t.Errorf("seed %d by %v: rows add up to %s over %d entries, total says %s over %d", seed, by, money, n, got.Total.Money, got.Total.Entries)
				return false
			}
			if diff := cmp.Diff(items, itemMap(got.Total.Items), opts); diff != "" {
				t.Errorf("seed %d by %v: item counts of rows vs total (-rows +total):\n%s", seed, by, diff)
				return false
			}
			// The same filter without grouping (by status only, when the
			// filter counts both) gives the same total.
			var flat []contribution.Dim
			if f.Status == 0 {
				flat = []contribution.Dim{contribution.ByStatus}
			}
			whole, err := s.Totals(ctx, f, flat...)
			if err != nil {
				t.Fatalf("Totals: %v", err)
			}
			if diff := cmp.Diff(whole.Total, got.Total, opts); diff != "" {
				t.Errorf("seed %d by %v: grouping changed the total (-flat +grouped):\n%s", seed, by, diff)
				return false
			}
			// The plain sum over the listed entries.
			es, err := s.List(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			plain := decimal.Zero
			plainItems := map[string]int64{}
			for _, e := range es {
				if e.IsItems() {
					plainItems[e.Items.Kind] += e.Items.Count
				} else {
					plain = plain.Add(e.Amount)
				}
			}
			if !plain.Equal(got.Total.Money) || len(es) != got.Total.Entries {
				t.Errorf("seed %d: listed entries sum to %s over %d, total says %s over %d", seed, plain, len(es), got.Total.Money, got.Total.Entries)
				return false
			}
			if diff := cmp.Diff(plainItems, items, opts); diff != "" {
				t.Errorf("seed %d: item counts of listed entries vs rows (-plain +rows):\n%s", seed, diff)
				return false
			}
		}
		return true
	}
	if err := quick.Check(prop, &quick.Config{MaxCount: 30}); err != nil {
		t.Error(err)
	}
}

// TestTotalsOverflowToDecimal posts whole amounts whose int64 sum overflows:
// the total must still be exact.
func TestTotalsOverflowToDecimal(t *testing.T) {
	ctx := context.Background()
	s := contribution.NewMemStore(nil)
	each := decimal.NewFromInt(900_000_000_000_000_000) // 9 × 10^17 đồng
	for i := range 25 {
		e := contribution.Entry{
			Key:         string(rune('a' + i)),
			Date:        thidua2018,
			Contributor: contribution.UnitContributor("cuc"),
			Unit:        "cuc",
			Source:      contribution.Own,
			Status:      contribution.Received,
			Purpose:     contribution.PurposeThePoor,
			Amount:      each,
		}
		if _, err := s.Post(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Totals(ctx, contribution.Filter{Status: contribution.Received}, contribution.ByPurpose)
	if err != nil {
		t.Fatal(err)
	}
	want := decimal.RequireFromString("22500000000000000000")
	if !got.Total.Money.Equal(want) || !got.Rows[0].Money.Equal(want) {
		t.Errorf("total = %s (row %s), want %s", got.Total.Money, got.Rows[0].Money, want)
	}
}
