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

// plainGroup is one group's totals computed in the test, the slow obvious
// way, from listed entries: nothing of the package's aggregation is used.
type plainGroup struct {
	Money   decimal.Decimal
	Entries int
	Items   map[string]plainItem
}

type plainItem struct {
	Count, Unvalued int64
	Value           decimal.Decimal
}

// groupOf returns the group of e under the dimensions in by, as the
// GroupKey documentation defines it.
func groupOf(e contribution.Entry, by []contribution.Dim) contribution.GroupKey {
	var k contribution.GroupKey
	for _, d := range by {
		switch d {
		case contribution.ByPurpose:
			k.Purpose = e.Purpose
		case contribution.BySource:
			k.Source = e.Source
		case contribution.ByStatus:
			k.Status = e.Status
		case contribution.ByYear:
			k.Year = e.Date.Year
		case contribution.ByUnit:
			k.Unit = e.Unit
		case contribution.ByMovement:
			k.Movement = e.Movement
		case contribution.ByKind:
			k.Kind = e.Items.Kind
		case contribution.ByContributor:
			k.Contributor = e.Contributor
		}
	}
	return k
}

// plainTotals adds up es per group of by with plain decimal arithmetic.
// An entry with shares adds each share that f's contributors and source
// keep to the group of the share's contributor and source, and counts once
// in each group it reaches.
func plainTotals(es []contribution.Entry, f contribution.Filter, by []contribution.Dim) map[contribution.GroupKey]plainGroup {
	out := map[contribution.GroupKey]plainGroup{}
	for _, e := range es {
		type part struct {
			k            contribution.GroupKey
			money, value decimal.Decimal
			count, unv   int64
		}
		var parts []part
		if e.Shares == nil {
			p := part{k: groupOf(e, by), money: e.Amount, count: e.Items.Count}
			if e.IsItems() {
				p.money = decimal.Zero
				if e.Items.ValuePerItem.IsZero() {
					p.unv = e.Items.Count
				} else {
					p.value = e.Items.ValuePerItem.Mul(decimal.NewFromInt(e.Items.Count))
				}
			}
			parts = append(parts, p)
		}
		for _, sh := range e.Shares {
			kept := f.Source == 0 || f.Source == sh.Source
			if f.Contributors != nil {
				in := false
				for _, c := range f.Contributors {
					in = in || c == sh.Contributor
				}
				kept = kept && in
			}
			if !kept {
				continue
			}
			one := e
			one.Contributor, one.Source = sh.Contributor, sh.Source
			p := part{k: groupOf(one, by), count: sh.Count}
			switch {
			case !e.IsItems():
				p.money = sh.Amount
			case e.Items.ValuePerItem.IsZero():
				p.unv = sh.Count
			default:
				p.value = sh.Amount
			}
			parts = append(parts, p)
		}
		counted := map[contribution.GroupKey]bool{}
		for _, p := range parts {
			g, ok := out[p.k]
			if !ok {
				g = plainGroup{Money: decimal.Zero, Items: map[string]plainItem{}}
			}
			if !counted[p.k] {
				counted[p.k] = true
				g.Entries++
			}
			if e.IsItems() {
				it := g.Items[e.Items.Kind]
				if it.Value.IsZero() {
					it.Value = decimal.Zero
				}
				it.Count += p.count
				it.Unvalued += p.unv
				it.Value = it.Value.Add(p.value)
				g.Items[e.Items.Kind] = it
			} else {
				g.Money = g.Money.Add(p.money)
			}
			out[p.k] = g
		}
	}
	return out
}

// rowGroups turns rows into the shape plainTotals returns.
func rowGroups(rows []contribution.Row) map[contribution.GroupKey]plainGroup {
	out := map[contribution.GroupKey]plainGroup{}
	for _, r := range rows {
		g := plainGroup{Money: r.Money, Entries: r.Entries, Items: map[string]plainItem{}}
		for _, it := range r.Items {
			g.Items[it.Kind] = plainItem{Count: it.Count, Unvalued: it.Unvalued, Value: it.Value}
		}
		out[r.Key] = g
	}
	return out
}

// TestTotalsSumOfParts checks, for random ledgers and random queries, that
// every row equals the plain decimal sum of the listed entries of its group
// (computed here, not by the package), that the total equals the plain sum
// of all listed entries, and that a grouping does not change the total.
func TestTotalsSumOfParts(t *testing.T) {
	ctx := context.Background()
	opts := cmp.Options{cmpopts.EquateEmpty(), cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })}
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
			es, err := s.List(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			// Each row against the plain sum of its group's listed entries.
			if diff := cmp.Diff(plainTotals(es, f, by), rowGroups(got.Rows), opts); diff != "" {
				t.Errorf("seed %d filter %+v by %v: rows vs plain sums of listed entries (-plain +rows):\n%s", seed, f, by, diff)
				return false
			}
			// The total against the plain sum of all listed entries.
			want := plainTotals(es, f, nil)
			if len(want) == 0 {
				want[contribution.GroupKey{}] = plainGroup{Money: decimal.Zero} // the total of nothing
			}
			if diff := cmp.Diff(want, rowGroups([]contribution.Row{got.Total}), opts); diff != "" {
				t.Errorf("seed %d filter %+v by %v: total vs plain sum of listed entries (-plain +total):\n%s", seed, f, by, diff)
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
