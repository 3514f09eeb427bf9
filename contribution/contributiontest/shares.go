package contributiontest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/org"
)

var (
	lawyer  = contribution.Benefactor("Luật sư Nguyễn Văn An")
	company = contribution.Benefactor("Công ty TNHH Minh Phát")
	donor   = contribution.Benefactor("Bà Lê Thị Hoa")
)

// houseEntry is a house (căn nhà tình nghĩa) worth 100.000.000 đồng,
// built with 50.000.000 đồng of the unit's own money, which is credited
// with the house, and 20.000.000 and 30.000.000 đồng mobilised from a
// lawyer and a company.
func houseEntry(key string) contribution.Entry {
	e := money(key, "0")
	e.Amount = decimal.Decimal{}
	e.Purpose = contribution.PurposeGratitude
	e.Items = contribution.Items{Kind: contribution.KindGratitude, Count: 1, ValuePerItem: decimal.NewFromInt(100_000_000)}
	e.Shares = []contribution.Share{
		{Contributor: contribution.UnitContributor("cuc"), Amount: decimal.NewFromInt(50_000_000), Count: 1},
		{Contributor: lawyer, Source: contribution.Mobilised, Amount: decimal.NewFromInt(20_000_000)},
		{Contributor: company, Source: contribution.Mobilised, Amount: decimal.NewFromInt(30_000_000)},
	}
	return e
}

// sharedMoney is 10.000.000 đồng for new rural development: 6.000.000 of
// the unit's own (its source left to the entry's) and 4.000.000 mobilised
// from a donor.
func sharedMoney(key string) contribution.Entry {
	e := money(key, "10000000")
	e.Shares = []contribution.Share{
		{Contributor: contribution.UnitContributor("cuc"), Amount: decimal.NewFromInt(6_000_000)},
		{Contributor: donor, Source: contribution.Mobilised, Amount: decimal.NewFromInt(4_000_000)},
	}
	return e
}

func dong(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

// rowOf returns the row of t whose key is k.
func rowOf(t *testing.T, tot contribution.Totals, k contribution.GroupKey) contribution.Row {
	t.Helper()
	for _, r := range tot.Rows {
		if r.Key == k {
			return r
		}
	}
	t.Fatalf("no row %+v in %+v", k, tot.Rows)
	return contribution.Row{}
}

func checkRow(t *testing.T, what string, r contribution.Row, money decimal.Decimal, houses int64, value decimal.Decimal, entries int) {
	t.Helper()
	var count int64
	got := decimal.Zero
	for _, it := range r.Items {
		if it.Kind == contribution.KindGratitude {
			count, got = it.Count, it.Value
		}
	}
	if !r.Money.Equal(money) || count != houses || !got.Equal(value) || r.Entries != entries {
		t.Errorf("%s: money %s, %d houses worth %s, %d entries; want %s, %d worth %s, %d",
			what, r.Money, count, got, r.Entries, money, houses, value, entries)
	}
}

func testShares(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	house := mustPost(t, s, houseEntry("house"))
	cash := mustPost(t, s, sharedMoney("cash"))
	plain := mustPost(t, s, money("plain", "1000000")) // the unit alone

	// Stored as posted, the donor's source filled in from the entry.
	if cash.Shares[0].Source != contribution.Own {
		t.Errorf("share without a source stored with source %v, want the entry's (own)", cash.Shares[0].Source)
	}
	for _, want := range []contribution.Entry{house, cash, plain} {
		got, err := s.Entry(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
			t.Errorf("Entry(%s) differs from what Post returned (-post +get):\n%s", want.ID, diff)
		}
	}
	if again := mustPost(t, s, houseEntry("house")); again.ID != house.ID {
		t.Errorf("replay of the house stored a new entry %s", again.ID)
	}
	other := houseEntry("house")
	other.Shares[1].Amount, other.Shares[2].Amount = dong(25_000_000), dong(25_000_000)
	if _, err := s.Post(ctx, other); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("the house's key with other shares: %v, want ErrConflict", err)
	}

	received := contribution.Filter{Status: contribution.Received}
	byContrib, err := s.Totals(ctx, received, contribution.ByContributor)
	if err != nil {
		t.Fatal(err)
	}
	unit := contribution.UnitContributor("cuc")
	// The unit: 6.000.000 + 1.000.000 đồng, and the house with its
	// 50.000.000 đồng share of the value; the others their shares only.
	checkRow(t, "unit", rowOf(t, byContrib, contribution.GroupKey{Contributor: unit}), dong(7_000_000), 1, dong(50_000_000), 3)
	checkRow(t, "lawyer", rowOf(t, byContrib, contribution.GroupKey{Contributor: lawyer}), decimal.Zero, 0, dong(20_000_000), 1)
	checkRow(t, "company", rowOf(t, byContrib, contribution.GroupKey{Contributor: company}), decimal.Zero, 0, dong(30_000_000), 1)
	checkRow(t, "donor", rowOf(t, byContrib, contribution.GroupKey{Contributor: donor}), dong(4_000_000), 0, decimal.Zero, 1)
	checkRow(t, "total by contributor", byContrib.Total, dong(11_000_000), 1, dong(100_000_000), 3)

	byPurpose, err := s.Totals(ctx, received, contribution.ByPurpose)
	if err != nil {
		t.Fatal(err)
	}
	checkRow(t, "house purpose", rowOf(t, byPurpose, contribution.GroupKey{Purpose: contribution.PurposeGratitude}), decimal.Zero, 1, dong(100_000_000), 1)
	checkRow(t, "rural purpose", rowOf(t, byPurpose, contribution.GroupKey{Purpose: contribution.PurposeNewRural}), dong(11_000_000), 0, decimal.Zero, 2)

	bySource, err := s.Totals(ctx, received, contribution.BySource)
	if err != nil {
		t.Fatal(err)
	}
	checkRow(t, "own", rowOf(t, bySource, contribution.GroupKey{Source: contribution.Own}), dong(7_000_000), 1, dong(50_000_000), 3)
	checkRow(t, "mobilised", rowOf(t, bySource, contribution.GroupKey{Source: contribution.Mobilised}), dong(4_000_000), 0, dong(50_000_000), 2)
	checkRow(t, "total by source", bySource.Total, dong(11_000_000), 1, dong(100_000_000), 3)

	mob := received
	mob.Source = contribution.Mobilised
	mobTot, err := s.Totals(ctx, mob)
	if err != nil {
		t.Fatal(err)
	}
	checkRow(t, "mobilised only", mobTot.Total, dong(4_000_000), 0, dong(50_000_000), 2)
	if es, err := s.List(ctx, mob); err != nil || len(es) != 2 || es[0].ID != house.ID || es[1].ID != cash.ID {
		t.Errorf("List of mobilised = %v, %v; want the house and the cash, which have mobilised shares", es, err)
	}
	lawyerOnly := received
	lawyerOnly.Contributors = []contribution.Contributor{lawyer}
	if es, err := s.List(ctx, lawyerOnly); err != nil || len(es) != 1 || es[0].ID != house.ID {
		t.Errorf("List of the lawyer's = %v, %v; want the house", es, err)
	}
	lawTot, err := s.Totals(ctx, lawyerOnly, contribution.ByPurpose)
	if err != nil {
		t.Fatal(err)
	}
	checkRow(t, "lawyer by purpose", lawTot.Total, decimal.Zero, 0, dong(20_000_000), 1)

	// Bad shares: refused naming the field, nothing stored.
	bad := []struct {
		name, field string
		e           func() contribution.Entry
	}{
		{"sum below the amount", "shares", func() contribution.Entry {
			e := sharedMoney("b1")
			e.Shares[1].Amount = dong(3_999_999)
			return e
		}},
		{"sum above the value", "shares", func() contribution.Entry {
			e := houseEntry("b2")
			e.Shares[2].Amount = dong(30_000_001)
			return e
		}},
		{"counts do not add up", "shares", func() contribution.Entry {
			e := houseEntry("b3")
			e.Shares[1].Count = 1
			return e
		}},
		{"duplicate contributor", "shares[1].contributor", func() contribution.Entry {
			e := sharedMoney("b4")
			e.Shares[1].Contributor = contribution.UnitContributor("cuc")
			return e
		}},
		{"duplicate benefactor written otherwise", "shares[2].contributor", func() contribution.Entry {
			e := houseEntry("b5")
			e.Shares[2].Contributor = contribution.Benefactor("  Luật sư  Nguyễn Văn An ")
			return e
		}},
		{"zero money share", "shares[1].amount", func() contribution.Entry {
			e := sharedMoney("b6")
			e.Shares[0].Amount, e.Shares[1].Amount = dong(10_000_000), decimal.Zero
			return e
		}},
		{"negative share", "shares[0].amount", func() contribution.Entry {
			e := sharedMoney("b7")
			e.Shares[0].Amount, e.Shares[1].Amount = dong(-1_000_000), dong(11_000_000)
			return e
		}},
		{"count in a money share", "shares[0].count", func() contribution.Entry {
			e := sharedMoney("b8")
			e.Shares[0].Count = 1
			return e
		}},
		{"amount with no item value", "shares[0].amount", func() contribution.Entry {
			e := houseEntry("b9")
			e.Items.ValuePerItem = decimal.Zero
			return e
		}},
		{"fraction beyond the places", "shares[0].amount", func() contribution.Entry {
			e := sharedMoney("b10")
			e.Shares[0].Amount, e.Shares[1].Amount = decimal.RequireFromString("6000000.001"), decimal.RequireFromString("3999999.999")
			return e
		}},
		{"contributor without its field", "shares[1].contributor", func() contribution.Entry {
			e := sharedMoney("b11")
			e.Shares[1].Contributor = contribution.Contributor{Kind: contribution.ContributorPerson}
			return e
		}},
		{"unknown source", "shares[1].source", func() contribution.Entry {
			e := sharedMoney("b12")
			e.Shares[1].Source = 7
			return e
		}},
		{"too many shares", "shares", func() contribution.Entry {
			e := money("b13", "101")
			for i := range contribution.MaxShares + 1 {
				e.Shares = append(e.Shares, contribution.Share{Contributor: contribution.PersonContributor(org.PersonID(fmt.Sprintf("p%d", i))), Amount: dong(1)})
			}
			return e
		}},
		{"share of nothing", "shares[1]", func() contribution.Entry {
			e := houseEntry("b14")
			e.Shares[1].Amount, e.Shares[2].Amount = decimal.Zero, dong(50_000_000)
			return e
		}},
	}
	before := listAll(t, s)
	for _, tt := range bad {
		_, err := s.Post(ctx, tt.e())
		var te *thidua.Error
		if !errors.Is(err, thidua.ErrInvalid) || !errors.As(err, &te) || te.Field != tt.field {
			t.Errorf("%s: Post error %v, want ErrInvalid on field %q", tt.name, err, tt.field)
		}
	}
	if diff := cmp.Diff(before, listAll(t, s), cmpOpts); diff != "" {
		t.Errorf("refused shares changed the store (-before +after):\n%s", diff)
	}

	// A reversal carries the shares negated and nets each contributor out.
	rev, err := s.Reverse(ctx, contribution.Reversal{Key: "rev-cash", Of: cash.ID, Note: "Ghi nhầm"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rev.Shares) != 2 || !rev.Shares[1].Amount.Equal(dong(-4_000_000)) || rev.Shares[1].Contributor != donor {
		t.Errorf("reversal's shares = %+v, want the cash's negated", rev.Shares)
	}
	byContrib, err = s.Totals(ctx, received, contribution.ByContributor)
	if err != nil {
		t.Fatal(err)
	}
	checkRow(t, "donor after the reversal", rowOf(t, byContrib, contribution.GroupKey{Contributor: donor}), decimal.Zero, 0, decimal.Zero, 2)
	checkRow(t, "unit after the reversal", rowOf(t, byContrib, contribution.GroupKey{Contributor: unit}), dong(1_000_000), 1, dong(50_000_000), 4)

	// Every grouping equals the reference aggregation.
	all := listAll(t, s)
	for _, by := range [][]contribution.Dim{nil, {contribution.BySource, contribution.ByContributor}, {contribution.ByPurpose, contribution.ByKind},
		{contribution.ByUnit, contribution.BySource, contribution.ByYear}} {
		for _, f := range []contribution.Filter{received, mob, lawyerOnly} {
			want, err := contribution.Aggregate(all, f, by...)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Totals(ctx, f, by...)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
				t.Errorf("filter %+v by %v: Totals differ from Aggregate (-want +got):\n%s", f, by, diff)
			}
		}
	}
}
