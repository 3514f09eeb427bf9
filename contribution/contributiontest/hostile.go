package contributiontest

import (
	"context"
	"math"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/internal/hostile"
	"github.com/thidua-go/thidua/org"
)

// testHostileInput posts and reverses with the shared hostile values
// (internal/hostile: invalid UTF-8, blank, padded, control and oversized
// IDs, text one byte over the limits) in every ID and text field of an
// entry, its items and its shares, and with counts and amounts past the
// bounds of an entry (int64 overflow, too many shares, decimals of huge
// exponents): each fails with
// ErrInvalid naming the field, and the ledger is unchanged.
func testHostileInput(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	first := mustPost(t, s, money("k0", "1000000"))
	mustPost(t, s, items("k1", contribution.KindBridge, 2))

	// The shared hostile values: blank, padded, control characters, NUL,
	// invalid UTF-8, one byte over thidua.MaxIDLen.
	badIDs := hostile.IDs()
	type row struct {
		name  string
		edit  func(*contribution.Entry)
		field string
	}
	// share returns an edit that gives the money entry two shares, the
	// second edited by f.
	share := func(f func(*contribution.Share)) func(*contribution.Entry) {
		return func(e *contribution.Entry) {
			sh := contribution.Share{Contributor: contribution.Benefactor("Công ty X"), Source: contribution.Mobilised, Amount: decimal.NewFromInt(400_000)}
			f(&sh)
			e.Shares = []contribution.Share{{Contributor: contribution.UnitContributor(e.Unit), Amount: decimal.NewFromInt(600_000)}, sh}
		}
	}
	rows := []row{
		{"beneficiary utf8", func(e *contribution.Entry) { e.Beneficiary = hostile.BadUTF8 }, "beneficiary"},
		{"note utf8", func(e *contribution.Entry) { e.Note = "\xc3" }, "note"},
		{"benefactor utf8", func(e *contribution.Entry) { e.Contributor = contribution.Benefactor(hostile.BadUTF8) }, "contributor.name"},
		{"beneficiary huge", func(e *contribution.Entry) { e.Beneficiary = hostile.HugeName }, "beneficiary"},
		{"note huge", func(e *contribution.Entry) { e.Note = hostile.HugeNote }, "note"},
		{"benefactor huge", func(e *contribution.Entry) { e.Contributor = contribution.Benefactor(hostile.HugeName) }, "contributor.name"},
		{"note NUL", func(e *contribution.Entry) { e.Note = "a\x00b" }, "note"},
		{"contents utf8", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindGift, 10)
			e.Items.Contents = hostile.BadUTF8
		}, "items.contents"},
		{"contents huge", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindGift, 10)
			e.Items.Contents = hostile.HugeNote
		}, "items.contents"},
		{"amount over the bound", func(e *contribution.Entry) {
			e.Amount = decimal.NewFromInt(contribution.MaxDong).Add(decimal.NewFromInt(1))
		}, "amount"},
		{"amount max int64", func(e *contribution.Entry) { e.Amount = decimal.NewFromInt(math.MaxInt64) }, "amount"},
		{"amount 10^100", func(e *contribution.Entry) { e.Amount = decimal.New(1, 100) }, "amount"},
		// Decimals whose exponent alone is huge: comparing or printing one
		// takes time and memory in proportion to the exponent.
		{"amount 10^(10^7)", func(e *contribution.Entry) { e.Amount = decimal.New(1, 10_000_000) }, "amount"},
		{"amount 10^(10^9)", func(e *contribution.Entry) { e.Amount = decimal.New(1, 1_000_000_000) }, "amount"},
		{"amount -10^(10^7)", func(e *contribution.Entry) { e.Amount = decimal.New(-1, 10_000_000) }, "amount"},
		{"amount 10^-(10^7)", func(e *contribution.Entry) { e.Amount = decimal.New(1, -10_000_000) }, "amount"},
		{"amount 10^-(10^9)", func(e *contribution.Entry) { e.Amount = decimal.New(15, -1_000_000_000) }, "amount"},
		{"value per item 10^(10^7)", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindBridge, 2)
			e.Items.ValuePerItem = decimal.New(1, 10_000_000)
		}, "items.value_per_item"},
		{"value per item 10^-(10^7)", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindBridge, 2)
			e.Items.ValuePerItem = decimal.New(1, -10_000_000)
		}, "items.value_per_item"},
		{"stated total 10^(10^7)", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindGift, 10)
			e.Items.StatedTotal = decimal.New(1, 10_000_000)
		}, "items.stated_total"},
		{"item count max int64", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindBridge, math.MaxInt64)
		}, "items.count"},
		{"item count over the bound", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindBridge, contribution.MaxItemCount+1)
		}, "items.count"},
		{"items worth over the bound", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindBridge, contribution.MaxItemCount)
			e.Items.ValuePerItem = decimal.NewFromInt(contribution.MaxDong / 100)
		}, "items.value_per_item"},
		{"stated total max int64", func(e *contribution.Entry) {
			*e = items(e.Key, contribution.KindGift, 10)
			e.Items.StatedTotal = decimal.NewFromInt(math.MaxInt64)
		}, "items.stated_total"},
		{"share name utf8", share(func(sh *contribution.Share) { sh.Contributor = contribution.Benefactor(hostile.BadUTF8) }), "shares[1].contributor.name"},
		{"share name huge", share(func(sh *contribution.Share) { sh.Contributor = contribution.Benefactor(hostile.HugeName) }), "shares[1].contributor.name"},
		{"share amount max int64", share(func(sh *contribution.Share) { sh.Amount = decimal.NewFromInt(math.MaxInt64) }), "shares[1].amount"},
		{"share amount 10^(10^7)", share(func(sh *contribution.Share) { sh.Amount = decimal.New(1, 10_000_000) }), "shares[1].amount"},
		{"share amount 10^-(10^7)", share(func(sh *contribution.Share) { sh.Amount = decimal.New(1, -10_000_000) }), "shares[1].amount"},
		{"share count max int64", share(func(sh *contribution.Share) { sh.Count = math.MaxInt64 }), "shares[1].count"},
		{"too many shares", func(e *contribution.Entry) {
			e.Shares = make([]contribution.Share, contribution.MaxShares+1)
			for i := range e.Shares {
				e.Shares[i] = contribution.Share{Contributor: contribution.Benefactor("Nhà hảo tâm " + strconv.Itoa(i)), Amount: decimal.NewFromInt(1)}
			}
		}, "shares"},
	}
	for kind, id := range badIDs {
		rows = append(rows,
			row{"key " + kind, func(e *contribution.Entry) { e.Key = id }, "key"},
			row{"unit " + kind, func(e *contribution.Entry) { e.Unit = org.UnitID(id) }, "unit"},
			row{"contributor unit " + kind, func(e *contribution.Entry) { e.Contributor = contribution.UnitContributor(org.UnitID(id)) }, "contributor.unit"},
			row{"contributor person " + kind, func(e *contribution.Entry) { e.Contributor = contribution.PersonContributor(org.PersonID(id)) }, "contributor.person"},
			row{"movement " + kind, func(e *contribution.Entry) { e.Movement = contribution.MovementID(id) }, "movement"},
			row{"fulfils " + kind, func(e *contribution.Entry) { e.Fulfils = contribution.EntryID(id) }, "fulfils"},
			row{"purpose " + kind, func(e *contribution.Entry) { e.Purpose = id }, "purpose"},
			row{"item kind " + kind, func(e *contribution.Entry) {
				*e = items(e.Key, contribution.KindBridge, 2)
				e.Items.Kind = id
			}, "items.kind"},
			row{"share unit " + kind, share(func(sh *contribution.Share) {
				sh.Contributor, sh.Source = contribution.UnitContributor(org.UnitID(id)), contribution.Own
			}), "shares[1].contributor.unit"},
		)
	}
	check := func(t *testing.T, name, field string, err error, before []contribution.Entry) {
		t.Helper()
		hostile.Want(t, err, field)
		if len(err.Error()) > 4*thidua.MaxIDLen {
			t.Errorf("%s: error message of %d bytes", name, len(err.Error()))
		}
		if diff := cmp.Diff(before, listAll(t, s), cmpOpts); diff != "" {
			t.Errorf("%s: ledger changed (-before +after):\n%s", name, diff)
		}
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			before := listAll(t, s)
			e := money("k-new", "1000000")
			tt.edit(&e)
			_, err := s.Post(ctx, e)
			check(t, tt.name, tt.field, err, before)
		})
	}
	for kind, id := range badIDs {
		t.Run("reverse key "+kind, func(t *testing.T) {
			before := listAll(t, s)
			_, err := s.Reverse(ctx, contribution.Reversal{Key: id, Of: first.ID})
			check(t, "reverse key", "key", err, before)
		})
		t.Run("reverse of "+kind, func(t *testing.T) {
			before := listAll(t, s)
			_, err := s.Reverse(ctx, contribution.Reversal{Key: "rev", Of: contribution.EntryID(id)})
			check(t, "reverse of", "of", err, before)
		})
	}
	for what, note := range map[string]string{"utf8": hostile.BadUTF8, "huge": hostile.HugeNote, "NUL": "a\x00b"} {
		t.Run("reverse note "+what, func(t *testing.T) {
			before := listAll(t, s)
			_, err := s.Reverse(ctx, contribution.Reversal{Key: "rev", Of: first.ID, Note: note})
			check(t, "reverse note", "note", err, before)
		})
	}
}
