package contribution_test

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
)

func TestPurposesRegistry(t *testing.T) {
	p := contribution.NewPurposes()
	got, ok := p.Lookup(contribution.PurposeGratitude)
	if want := (contribution.Purpose{Code: "nha-tinh-nghia", Name: "Nhà tình nghĩa"}); !ok || got != want {
		t.Errorf("Lookup(nha-tinh-nghia) = %+v, %v; want %+v", got, ok, want)
	}
	tests := []struct {
		name string
		add  contribution.Purpose
		want error
	}{
		{"new purpose", contribution.Purpose{Code: "dền-ơn", Name: "Đền ơn đáp nghĩa"}, nil},
		{"duplicate code", contribution.Purpose{Code: contribution.PurposeCharity, Name: "Khác"}, thidua.ErrConflict},
		{"empty code", contribution.Purpose{Name: "Khác"}, thidua.ErrInvalid},
		{"code with space", contribution.Purpose{Code: "a b", Name: "Khác"}, thidua.ErrInvalid},
		{"empty name", contribution.Purpose{Code: "khac", Name: " "}, thidua.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := p.Add(tt.add); !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Errorf("Add(%+v) error = %v, want %v", tt.add, err, tt.want)
			}
		})
	}
	if n := len(p.All()); n != 8 {
		t.Errorf("%d purposes after one addition, want 8", n)
	}
	c := p.Clone()
	if err := c.Add(contribution.Purpose{Code: "only-in-clone", Name: "Bản sao"}); err != nil {
		t.Fatal(err)
	}
	if _, ok := p.Lookup("only-in-clone"); ok {
		t.Error("adding to a clone changed the original")
	}
}

func TestItemKinds(t *testing.T) {
	k := contribution.NewItemKinds()
	// Expected forms from VIETNAMESE.md §Counts and §Numbers: counts below
	// 10 padded to two digits, thousands grouped with dots.
	tests := []struct {
		name, code string
		n          int64
		want       string
		reason     string
	}{
		{"bridges", contribution.KindBridge, 12, "12 cây cầu", "10 and above unchanged"},
		{"gratitude houses", contribution.KindGratitude, 25, "25 căn nhà tình nghĩa", "the seed article's figure"},
		{"charity houses", contribution.KindCharity, 60, "60 căn nhà tình thương", "the seed article's figure"},
		{"three scholarships", contribution.KindScholarship, 3, "03 suất học bổng", "counts below 10 are padded"},
		{"three bridges", contribution.KindBridge, 3, "03 cây cầu", "counts below 10 are padded"},
		{"zero", contribution.KindGift, 0, "00 phần quà", "0 is below 10 too"},
		{"ten", contribution.KindRoad, 10, "10 tuyến đường", "no padding from 10"},
		{"a thousand", contribution.KindBridge, 1000, "1.000 cây cầu", "thousands grouped with a dot"},
		{"net negative", contribution.KindBridge, -3, "-3 cây cầu", "a reversal may leave a negative net; not padded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, ok := k.Lookup(tt.code)
			if !ok {
				t.Fatalf("kind %q missing", tt.code)
			}
			if diff := cmp.Diff(tt.want, kind.Count(tt.n)); diff != "" {
				t.Errorf("Count(%d) (-want +got) (%s):\n%s", tt.n, tt.reason, diff)
			}
		})
	}
	if err := k.Add(contribution.ItemKind{Code: "giếng", Name: "Giếng nước", Classifier: ""}); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("kind without classifier: error = %v, want ErrInvalid", err)
	}
}

// The store copies the registries it is given: a purpose added afterwards is
// unknown to it, and one added before is known.
func TestStoreCopiesRegistries(t *testing.T) {
	ctx := context.Background()
	p := contribution.NewPurposes()
	if err := p.Add(contribution.Purpose{Code: "den-on", Name: "Đền ơn đáp nghĩa"}); err != nil {
		t.Fatal(err)
	}
	s := contribution.NewMemStore(&contribution.Options{Purposes: p})
	if err := p.Add(contribution.Purpose{Code: "sau", Name: "Thêm sau"}); err != nil {
		t.Fatal(err)
	}
	e := contribution.Entry{
		Key: "1", Date: thidua2018, Contributor: contribution.UnitContributor("u"), Unit: "u",
		Source: contribution.Own, Status: contribution.Received, Purpose: "den-on", Amount: decimal.NewFromInt(1000),
	}
	if _, err := s.Post(ctx, e); err != nil {
		t.Errorf("purpose added before the store: %v", err)
	}
	e.Key, e.Purpose = "2", "sau"
	if _, err := s.Post(ctx, e); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("purpose added after the store: error = %v, want ErrInvalid", err)
	}
}

type failingMovements struct{ err error }

func (f failingMovements) MovementPeriod(context.Context, string) (thidua.Period, error) {
	return thidua.Period{}, f.err
}

// A lookup that fails for another reason than "not found" is not the
// caller's bad input.
func TestCheckMovementLookupFailure(t *testing.T) {
	down := errors.New("campaign store down")
	o := &contribution.Options{Movements: failingMovements{down}}
	e := contribution.Entry{
		Key: "1", Date: thidua2018, Contributor: contribution.UnitContributor("u"), Unit: "u", Movement: "m",
		Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeThePoor, Amount: decimal.NewFromInt(1000),
	}
	_, err := o.Check(context.Background(), e)
	if !errors.Is(err, down) || errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("Check error = %v, want the lookup's error and not ErrInvalid", err)
	}
	got, err := (*contribution.Options)(nil).Check(context.Background(), e)
	if err != nil || got.Movement != "m" {
		t.Errorf("nil options: Check = %+v, %v; want no movement check", got, err)
	}
}

func TestMovementsFunc(t *testing.T) {
	ctx := context.Background()
	period := thidua.Years(2016, 2020)
	m := contribution.MovementsFunc(func(_ context.Context, id string) (thidua.Period, error) {
		if id != "ntm" {
			return thidua.Period{}, thidua.ErrNotFound
		}
		return period, nil
	})
	s := contribution.NewMemStore(&contribution.Options{Movements: m})
	e := contribution.Entry{Key: "k1", Date: thidua.MustDate(2015, 12, 31), Unit: "cuc", Contributor: contribution.UnitContributor("cuc"),
		Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeNewRural, Movement: "ntm",
		Amount: decimal.NewFromInt(1_000_000)}
	if _, err := s.Post(ctx, e); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("entry before the movement: %v, want ErrInvalid", err)
	}
	e.Date = thidua.MustDate(2016, 1, 1)
	if _, err := s.Post(ctx, e); err != nil {
		t.Errorf("entry on the movement's first day: %v", err)
	}
}
