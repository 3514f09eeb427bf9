package contribution_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/contribution/contributiontest"
)

func TestMemStore(t *testing.T) {
	contributiontest.RunStoreTests(t, func(t *testing.T) contribution.Store {
		return contribution.NewMemStore(contributiontest.Options())
	})
}

// TestWholeDongByDefault pins the rule the default options apply: amounts
// in whole đồng unless Options.DongPlaces allows places.
func TestWholeDongByDefault(t *testing.T) {
	e := contribution.Entry{
		Key: "k", Date: thidua2018, Contributor: contribution.UnitContributor("cuc"), Unit: "cuc",
		Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeNewRural,
		Amount: decimal.RequireFromString("1000.5"),
	}
	for _, opts := range []*contribution.Options{nil, {}} {
		if _, err := opts.Check(context.Background(), e); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("Check(%v) of 1000,5 đồng: %v, want ErrInvalid", opts, err)
		}
		s := contribution.NewMemStore(opts)
		if _, err := s.Post(context.Background(), e); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("Post of 1000,5 đồng: %v, want ErrInvalid", err)
		}
	}
	if _, err := (&contribution.Options{DongPlaces: 1}).Check(context.Background(), e); err != nil {
		t.Errorf("Check with one place allowed: %v", err)
	}
}

// TestMovementChecksNeedLookup pins what NewMemStore and Options document:
// without a Movements lookup an unknown movement, or a date outside the
// movement's period, is not detected; with one adapted by MovementsFunc it
// is rejected with ErrInvalid alone.
func TestMovementChecksNeedLookup(t *testing.T) {
	lookup := contribution.MovementsFunc(func(_ context.Context, id string) (thidua.Period, error) {
		if id == "m2019" {
			return thidua.Year(2019), nil
		}
		return thidua.Period{}, fmt.Errorf("campaign: movement %q: %w", id, thidua.ErrNotFound)
	})
	tests := []struct {
		name     string
		opts     *contribution.Options
		movement contribution.MovementID
		wantErr  bool
		reason   string
	}{
		{"nil options, unknown movement", nil, "m1990", false, "no lookup: the check is skipped"},
		{"nil options, date outside", nil, "m2019", false, "no lookup: the period is unknown"},
		{"lookup, unknown movement", &contribution.Options{Movements: lookup}, "m1990", true, "the lookup does not know it"},
		{"lookup, date outside", &contribution.Options{Movements: lookup}, "m2019", true, "the entry is dated 2018"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := contribution.NewMemStore(tt.opts)
			e := contribution.Entry{
				Key: "k", Date: thidua2018, Contributor: contribution.UnitContributor("cuc"), Unit: "cuc",
				Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeNewRural,
				Movement: tt.movement, Amount: decimal.NewFromInt(1_000_000),
			}
			_, err := s.Post(context.Background(), e)
			if tt.wantErr {
				if !errors.Is(err, thidua.ErrInvalid) || errors.Is(err, thidua.ErrNotFound) {
					t.Errorf("Post error = %v, want ErrInvalid and not ErrNotFound (%s)", err, tt.reason)
				}
				return
			}
			if err != nil {
				t.Errorf("Post error = %v, want the entry stored (%s)", err, tt.reason)
			}
		})
	}
}
