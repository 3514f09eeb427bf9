package campaigntest

import (
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/hostile"
)

// The cluster populate ranks, corrects once, and leaves ranked; and the
// one it leaves unranked.
const (
	rankedCluster   campaign.ClusterID = "cum-dbscl-2019"
	unrankedCluster campaign.ClusterID = "cum-dbscl-2020"
)

// testRankingHistory replaces and clears a decided ranking as corrections:
// every version replaced stays readable, with who, when and why, in order;
// what a reader gets is a copy.
func testRankingHistory(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	p := populate(t, ctx, s)
	got, err := s.RankingHistory(ctx, rankedCluster)
	mustAdd(t, err)
	if dd := diff(p.history.Rankings, got); dd != "" {
		t.Errorf("RankingHistory after one correction (-want +got):\n%s", dd)
	}
	if h, err := s.RankingHistory(ctx, unrankedCluster); err != nil || len(h) != 0 {
		t.Errorf("RankingHistory of a cluster never ranked = %v, %v; want none", h, err)
	}
	_, err = s.RankingHistory(ctx, "khong-co")
	wantErr(t, err, thidua.ErrNotFound)

	// A decided ranking is not set again, nor cleared, without a
	// correction.
	before, err := s.Cluster(ctx, rankedCluster)
	mustAdd(t, err)
	wantErr(t, s.SetRanking(ctx, rankedCluster, []campaign.Rank{{Unit: unitCucAG, Place: 1}, {Unit: unitCucDT, Place: 2}}), thidua.ErrConflict)
	wantErr(t, s.SetRanking(ctx, rankedCluster, nil), thidua.ErrInvalid)
	wantErr(t, s.SetRanking(ctx, rankedCluster, []campaign.Rank{}), thidua.ErrInvalid)
	if c, _ := s.Cluster(ctx, rankedCluster); !cmp.Equal(before.Ranking, c.Ranking) {
		t.Errorf("refused SetRanking changed the ranking to %v", c.Ranking)
	}

	// Cleared by a correction: the reason is cleaned, the cleared ranking
	// kept.
	clear := thidua.Correction{By: "  Trần Thị   Bình ", On: d(2020, 3, 2), Reason: "Hu\u0309y   kết quả: chấm điểm lại theo Đoàn kiểm tra "}
	mustAdd(t, s.ReplaceRanking(ctx, rankedCluster, nil, clear))
	c, err := s.Cluster(ctx, rankedCluster)
	mustAdd(t, err)
	if len(c.Ranking) != 0 {
		t.Errorf("ranking after a clearing correction = %v, want none", c.Ranking)
	}
	if lead, _ := campaign.Leads(ctx, s, unitCucDT, 2019); lead {
		t.Errorf("Leads after the ranking was cleared = true")
	}
	want := append(slices.Clone(p.history.Rankings), campaign.RankingCorrection{
		Cluster: rankedCluster, Old: before.Ranking,
		Correction: thidua.Correction{By: "Trần Thị Bình", On: d(2020, 3, 2), Reason: "Hủy kết quả: chấm điểm lại theo Đoàn kiểm tra"},
	})
	got, err = s.RankingHistory(ctx, rankedCluster)
	mustAdd(t, err)
	if dd := diff(want, got); dd != "" {
		t.Errorf("RankingHistory after clearing (-want +got):\n%s", dd)
	}

	// Cleared, the cluster is ranked again as for the first time; a second
	// correction comes after the others.
	again := []campaign.Rank{{Unit: unitCucDT, Place: 1, Total: 9600}, {Unit: unitCucAG, Place: 1, Total: 9600}}
	wantErr(t, s.ReplaceRanking(ctx, rankedCluster, again, clear), thidua.ErrNotFound) // nothing to replace
	mustAdd(t, s.SetRanking(ctx, rankedCluster, again))
	third := []campaign.Rank{{Unit: unitCucDT, Place: 1, Total: 9700}, {Unit: unitCucAG, Place: 2, Total: 9600}}
	fix := thidua.Correction{By: "nguyen-van-an", On: d(2020, 3, 10), Reason: "Cộng điểm thưởng tiêu chí 3"}
	mustAdd(t, s.ReplaceRanking(ctx, rankedCluster, third, fix))
	want = append(want, campaign.RankingCorrection{Cluster: rankedCluster, Old: again, Correction: fix})
	got, err = s.RankingHistory(ctx, rankedCluster)
	mustAdd(t, err)
	if dd := diff(want, got); dd != "" {
		t.Errorf("RankingHistory after three corrections (-want +got):\n%s", dd)
	}
	if c, _ := s.Cluster(ctx, rankedCluster); !cmp.Equal(third, c.Ranking) {
		t.Errorf("ranking after the correction = %v, want %v", c.Ranking, third)
	}
	h, err := s.History(ctx)
	mustAdd(t, err)
	if dd := diff(campaign.History{Rankings: want}, h); dd != "" {
		t.Errorf("History (-want +got):\n%s", dd)
	}

	// What a reader gets is a copy.
	got[0].Old[0].Place = 99
	h.Rankings[1].Old = nil
	if again, _ := s.RankingHistory(ctx, rankedCluster); !cmp.Equal(want, again) {
		t.Errorf("changing a returned history changed the store: %v", again)
	}
}

// testRankingHistoryErrors: a correction without who, when or why, or
// with hostile text, a ranking unchanged, invalid or of an unknown or
// unranked cluster is refused, and the store is unchanged.
func testRankingHistoryErrors(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	populate(t, ctx, s)
	ok := thidua.Correction{By: "Trần Thị Bình", On: d(2020, 3, 2), Reason: "Chấm lại"}
	swapped := []campaign.Rank{{Unit: unitCucAG, Place: 1}, {Unit: unitCucDT, Place: 2}}
	current, err := s.Cluster(ctx, rankedCluster)
	mustAdd(t, err)
	edit := func(f func(*thidua.Correction)) thidua.Correction {
		c := ok
		f(&c)
		return c
	}
	tests := []struct {
		name    string
		id      campaign.ClusterID
		ranking []campaign.Rank
		c       thidua.Correction
		want    error
		field   string
	}{
		{"ClearWithoutReason", rankedCluster, nil, edit(func(c *thidua.Correction) { c.Reason = "" }), thidua.ErrInvalid, "correction.reason"},
		{"BlankReason", rankedCluster, swapped, edit(func(c *thidua.Correction) { c.Reason = " \t " }), thidua.ErrInvalid, "correction.reason"},
		{"WithoutWho", rankedCluster, nil, edit(func(c *thidua.Correction) { c.By = "" }), thidua.ErrInvalid, "correction.by"},
		{"WithoutDate", rankedCluster, nil, edit(func(c *thidua.Correction) { c.On = thidua.Date{} }), thidua.ErrInvalid, "correction.on"},
		{"ZeroCorrection", rankedCluster, nil, thidua.Correction{}, thidua.ErrInvalid, "correction.by"},
		{"ReasonBadUTF8", rankedCluster, swapped, edit(func(c *thidua.Correction) { c.Reason = hostile.BadUTF8 }), thidua.ErrInvalid, "correction.reason"},
		{"ReasonHuge", rankedCluster, swapped, edit(func(c *thidua.Correction) { c.Reason = hostile.HugeNote }), thidua.ErrInvalid, "correction.reason"},
		{"WhoHuge", rankedCluster, swapped, edit(func(c *thidua.Correction) { c.By = hostile.HugeName }), thidua.ErrInvalid, "correction.by"},
		{"Unchanged", rankedCluster, current.Ranking, ok, thidua.ErrInvalid, "ranking"},
		{"NotAMember", rankedCluster, []campaign.Rank{{Unit: unitLapVo, Place: 1}}, ok, thidua.ErrInvalid, "ranking"},
		{"PlacesOutOfOrder", rankedCluster, []campaign.Rank{{Unit: unitCucDT, Place: 2}, {Unit: unitCucAG, Place: 1}}, ok, thidua.ErrInvalid, "ranking"},
		{"UnknownCluster", "khong-co", swapped, ok, thidua.ErrNotFound, ""},
		{"Unranked", unrankedCluster, swapped, ok, thidua.ErrNotFound, ""},
	}
	before, err := campaign.TakeSnapshot(ctx, s)
	mustAdd(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.ReplaceRanking(ctx, tt.id, tt.ranking, tt.c)
			wantErr(t, err, tt.want)
			if tt.field != "" {
				hostile.Want(t, err, tt.field)
			}
			after, err := campaign.TakeSnapshot(ctx, s)
			mustAdd(t, err)
			if dd := cmp.Diff(before, after, snapshotOpts); dd != "" {
				t.Errorf("store changed by a refused ReplaceRanking (-before +after):\n%s", dd)
			}
		})
	}
}

// testAddHistory restores versions: appended after those kept, all or
// none, each checked.
func testAddHistory(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	p := populate(t, ctx, s)
	c := thidua.Correction{By: "Trần Thị Bình", On: d(2020, 3, 2), Reason: "Chấm lại"}
	valid := campaign.RankingCorrection{Cluster: unrankedCluster, Old: []campaign.Rank{{Unit: unitCucAG, Place: 1}}, Correction: c}
	bad := func(f func(*campaign.RankingCorrection)) campaign.History {
		rc := valid
		rc.Old = slices.Clone(valid.Old)
		f(&rc)
		// A valid version first: nothing of h is kept.
		return campaign.History{Rankings: []campaign.RankingCorrection{valid, rc}}
	}
	tests := []struct {
		name  string
		h     campaign.History
		field string
	}{
		{"UnknownCluster", bad(func(rc *campaign.RankingCorrection) { rc.Cluster = "khong-co" }), "cluster"},
		{"BlankCluster", bad(func(rc *campaign.RankingCorrection) { rc.Cluster = " " }), "cluster"},
		{"EmptyOld", bad(func(rc *campaign.RankingCorrection) { rc.Old = nil }), "old"},
		{"OldNotAMember", bad(func(rc *campaign.RankingCorrection) { rc.Old[0].Unit = unitLapVo }), "ranking"},
		{"NoReason", bad(func(rc *campaign.RankingCorrection) { rc.Correction.Reason = "" }), "correction.reason"},
		{"NoDate", bad(func(rc *campaign.RankingCorrection) { rc.Correction.On = thidua.Date{} }), "correction.on"},
		{"ByBadUTF8", bad(func(rc *campaign.RankingCorrection) { rc.Correction.By = hostile.BadUTF8 }), "correction.by"},
	}
	before, err := campaign.TakeSnapshot(ctx, s)
	mustAdd(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hostile.Want(t, s.AddHistory(ctx, tt.h), tt.field)
			after, err := campaign.TakeSnapshot(ctx, s)
			mustAdd(t, err)
			if dd := cmp.Diff(before, after, snapshotOpts); dd != "" {
				t.Errorf("store changed by a refused AddHistory (-before +after):\n%s", dd)
			}
		})
	}
	mustAdd(t, s.AddHistory(ctx, campaign.History{}))
	second := campaign.RankingCorrection{Cluster: rankedCluster, Old: []campaign.Rank{{Unit: unitCucDT, Place: 1}}, Correction: c}
	mustAdd(t, s.AddHistory(ctx, campaign.History{Rankings: []campaign.RankingCorrection{second, valid}}))
	h, err := s.History(ctx)
	mustAdd(t, err)
	want := campaign.History{Rankings: []campaign.RankingCorrection{p.history.Rankings[0], second, valid}} // by cluster ID, then as kept
	if dd := diff(want, h); dd != "" {
		t.Errorf("History after AddHistory (-want +got):\n%s", dd)
	}
}

// testConcurrentCorrections: writers correct one ranking at once. Each
// either succeeds or finds the ranking changed (ErrConflict); every
// version replaced is kept exactly once, none is lost.
func testConcurrentCorrections(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	p := populate(t, ctx, s)
	start, err := s.Cluster(ctx, rankedCluster)
	mustAdd(t, err)
	const n = 12
	rankingOf := func(i int) []campaign.Rank {
		return []campaign.Rank{{Unit: unitCucDT, Place: 1, Total: campaign.Points(10000 + i)}, {Unit: unitCucAG, Place: 2}}
	}
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = s.ReplaceRanking(ctx, rankedCluster, rankingOf(i), thidua.Correction{By: "người sửa", On: d(2020, 4, 1), Reason: "Sửa lần " + string(rune('a'+i))})
		}()
	}
	wg.Wait()
	won := 0
	for i, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, thidua.ErrConflict):
			t.Errorf("writer %d: %v, want nil or ErrConflict", i, err)
		}
	}
	if won == 0 {
		t.Fatal("no concurrent correction succeeded")
	}
	h, err := s.RankingHistory(ctx, rankedCluster)
	mustAdd(t, err)
	kept := h[len(p.history.Rankings):]
	if len(kept) != won {
		t.Fatalf("%d corrections succeeded, %d versions kept", won, len(kept))
	}
	// The versions form one chain: the first replaced is the ranking
	// before, each next one is what a winner wrote, and the current
	// ranking is the last winner's.
	now, err := s.Cluster(ctx, rankedCluster)
	mustAdd(t, err)
	chain := [][]campaign.Rank{}
	for _, rc := range kept {
		chain = append(chain, rc.Old)
	}
	chain = append(chain, now.Ranking)
	if !cmp.Equal(chain[0], start.Ranking) {
		t.Errorf("first version kept = %v, want the ranking before %v", chain[0], start.Ranking)
	}
	seen := map[string]bool{}
	for _, r := range chain[1:] {
		key := r[0].Total.String()
		if seen[key] || r[0].Total < 10000 || r[0].Total >= 10000+n {
			t.Errorf("version %v is not one written once by a winner", r)
		}
		seen[key] = true
		i := int(r[0].Total - 10000)
		if errs[i] != nil {
			t.Errorf("version of writer %d kept, but it failed: %v", i, errs[i])
		}
	}
}
