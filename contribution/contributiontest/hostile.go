package contributiontest

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/org"
)

// testHostileInput posts and reverses with invalid UTF-8, blank, padded and
// oversized IDs, text over the limits and counts or amounts past the bounds
// of an entry: each fails with ErrInvalid naming the field, and the ledger
// is unchanged.
func testHostileInput(t *testing.T, newStore NewStore) {
	ctx := context.Background()
	s := newStore(t)
	first := mustPost(t, s, money("k0", "1000000"))
	mustPost(t, s, items("k1", contribution.KindBridge, 2))

	hugeID := strings.Repeat("k", thidua.MaxIDLen+1)
	badIDs := map[string]string{"blank": "   ", "padded": " k", "trailing": "k ", "control": "k\x00", "utf8": "k\xff", "huge": hugeID}
	type row struct {
		name  string
		edit  func(*contribution.Entry)
		field string
	}
	rows := []row{
		{"beneficiary utf8", func(e *contribution.Entry) { e.Beneficiary = "X\xe3 T\xffn" }, "beneficiary"},
		{"note utf8", func(e *contribution.Entry) { e.Note = "\xc3" }, "note"},
		{"benefactor utf8", func(e *contribution.Entry) { e.Contributor = contribution.Benefactor("C\xf4ng ty") }, "contributor.name"},
		{"beneficiary huge", func(e *contribution.Entry) { e.Beneficiary = strings.Repeat("x", thidua.MaxNameLen+1) }, "beneficiary"},
		{"note huge", func(e *contribution.Entry) { e.Note = strings.Repeat("x", thidua.MaxNoteLen+1) }, "note"},
		{"benefactor huge", func(e *contribution.Entry) {
			e.Contributor = contribution.Benefactor(strings.Repeat("á", thidua.MaxNameLen))
		}, "contributor.name"},
		{"note NUL", func(e *contribution.Entry) { e.Note = "a\x00b" }, "note"},
		{"amount over the bound", func(e *contribution.Entry) {
			e.Amount = decimal.NewFromInt(contribution.MaxDong).Add(decimal.NewFromInt(1))
		}, "amount"},
		{"amount max int64", func(e *contribution.Entry) { e.Amount = decimal.NewFromInt(math.MaxInt64) }, "amount"},
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
	}
	for kind, id := range badIDs {
		rows = append(rows,
			row{"key " + kind, func(e *contribution.Entry) { e.Key = id }, "key"},
			row{"unit " + kind, func(e *contribution.Entry) { e.Unit = org.UnitID(id) }, "unit"},
			row{"contributor unit " + kind, func(e *contribution.Entry) { e.Contributor = contribution.UnitContributor(org.UnitID(id)) }, "contributor.unit"},
			row{"movement " + kind, func(e *contribution.Entry) { e.Movement = contribution.MovementID(id) }, "movement"},
			row{"fulfils " + kind, func(e *contribution.Entry) { e.Fulfils = contribution.EntryID(id) }, "fulfils"},
		)
	}
	check := func(t *testing.T, name, field string, err error, before []contribution.Entry) {
		t.Helper()
		if !errors.Is(err, thidua.ErrInvalid) {
			t.Fatalf("%s: error = %v, want ErrInvalid", name, err)
		}
		var te *thidua.Error
		if !errors.As(err, &te) || te.Field != field {
			t.Errorf("%s: error %v does not name field %q", name, err, field)
		}
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
	t.Run("reverse note utf8", func(t *testing.T) {
		before := listAll(t, s)
		_, err := s.Reverse(ctx, contribution.Reversal{Key: "rev", Of: first.ID, Note: "\xff"})
		check(t, "reverse note", "note", err, before)
	})
}
