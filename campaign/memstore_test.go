package campaign_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/thidua-go/thidua"

	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaigntest"
)

func TestMemStore(t *testing.T) {
	campaigntest.RunStoreTests(t, func(t *testing.T) campaign.Store {
		return campaign.NewMemStore(campaigntest.Options())
	})
}

func TestMemStoreOneUse(t *testing.T) {
	campaigntest.RunOneUseTests(t, func(t *testing.T) campaign.Store {
		opts := campaigntest.Options()
		opts.OneUsePerInitiative = true
		return campaign.NewMemStore(opts)
	})
}

// TestOneUsePerInitiative checks both readings of "one achievement earns
// only one form" (Luật TĐKT 2022 art. 5): by default an
// initiative is used once per award code; with OneUsePerInitiative, once in
// all.
func TestOneUsePerInitiative(t *testing.T) {
	type use struct{ award, grant string }
	tests := []struct {
		name    string
		reason  string
		oneUse  bool
		uses    []use
		want    []error // error of each use, in order
		wantRec []campaign.InitiativeUse
	}{
		{
			name:   "PerAwardSecondAward",
			reason: "by default the initiative behind a CSTĐCS may back a Bằng khen cấp bộ",
			uses:   []use{{"cstd-co-so", "qd-2019-45"}, {"bang-khen-bo", "qd-2021-07"}},
			want:   []error{nil, nil},
			wantRec: []campaign.InitiativeUse{
				{Initiative: "sk-1", Award: "bang-khen-bo", Grant: "qd-2021-07"},
				{Initiative: "sk-1", Award: "cstd-co-so", Grant: "qd-2019-45"},
			},
		},
		{
			name:    "PerAwardSameAward",
			reason:  "never twice for the same award",
			uses:    []use{{"cstd-co-so", "qd-2019-45"}, {"cstd-co-so", "qd-2020-12"}},
			want:    []error{nil, thidua.ErrConflict},
			wantRec: []campaign.InitiativeUse{{Initiative: "sk-1", Award: "cstd-co-so", Grant: "qd-2019-45"}},
		},
		{
			name:    "OneUseSecondAward",
			reason:  "one achievement, one form: a second award is refused",
			oneUse:  true,
			uses:    []use{{"cstd-co-so", "qd-2019-45"}, {"bang-khen-bo", "qd-2021-07"}},
			want:    []error{nil, thidua.ErrConflict},
			wantRec: []campaign.InitiativeUse{{Initiative: "sk-1", Award: "cstd-co-so", Grant: "qd-2019-45"}},
		},
		{
			name:    "OneUseSameAward",
			reason:  "the same award twice is refused too",
			oneUse:  true,
			uses:    []use{{"cstd-co-so", "qd-2019-45"}, {"cstd-co-so", "qd-2020-12"}},
			want:    []error{nil, thidua.ErrConflict},
			wantRec: []campaign.InitiativeUse{{Initiative: "sk-1", Award: "cstd-co-so", Grant: "qd-2019-45"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := campaign.NewMemStore(&campaign.Options{OneUsePerInitiative: tt.oneUse})
			in := campaign.Initiative{
				ID: "sk-1", Title: "Giải pháp xác minh điều kiện thi hành án", Kind: campaign.KindInitiative,
				Authors: []campaign.Author{{Person: "nguyen-van-an"}}, Level: campaign.LevelGrassroots,
				RecognisedBy: "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp",
				Created:      thidua.MustDate(2019, time.July, 1), Recognised: thidua.MustDate(2019, time.November, 20),
			}
			if err := s.AddInitiative(ctx, in); err != nil {
				t.Fatal(err)
			}
			var got []error
			for _, u := range tt.uses {
				got = append(got, s.UseInitiative(ctx, "sk-1", u.award, u.grant))
			}
			if dd := cmp.Diff(tt.want, got, cmpopts.EquateErrors()); dd != "" {
				t.Errorf("%s: UseInitiative errors (-want +got):\n%s", tt.reason, dd)
			}
			rec, err := s.InitiativeUses(ctx, "sk-1")
			if err != nil {
				t.Fatal(err)
			}
			if dd := cmp.Diff(tt.wantRec, rec); dd != "" {
				t.Errorf("InitiativeUses (-want +got):\n%s", dd)
			}
		})
	}
}
