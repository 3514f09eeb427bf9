package campaign_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name            string
		m               campaign.Measure
		cur, prev       string
		delta, relative string
		hasRelative     bool
	}{
		// 24.200 against 22.050: 2.150 more, 2150/22050 = 9,7505…%.
		{"CountUp", campaign.Count, "24200", "22050", "2150", "9.75056689", true},
		{"CountDown", campaign.Count, "900", "1000", "-100", "-10", true},
		// A rate: the difference is in percentage points.
		{"RatePoints", campaign.Percent, "82.4", "82", "0.4", "0.48780488", true},
		{"FromZero", campaign.Count, "5", "0", "5", "0", false},
		{"Same", campaign.Money, "1000000", "1000000", "0", "0", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := campaign.Compare(tt.m, dec(tt.cur), dec(tt.prev))
			if !c.Delta.Equal(dec(tt.delta)) || !c.Relative.Equal(dec(tt.relative)) || c.HasRelative != tt.hasRelative {
				t.Errorf("Compare = delta %s, relative %s (%v); want %s, %s (%v)", c.Delta, c.Relative, c.HasRelative, tt.delta, tt.relative, tt.hasRelative)
			}
		})
	}
}

func TestRankResults(t *testing.T) {
	v := map[org.UnitID]decimal.Decimal{"A": dec("90"), "B": dec("95"), "C": dec("95"), "D": dec("80")}
	peers := []org.UnitID{"A", "B", "C", "D", "E"}
	tests := []struct {
		unit  org.UnitID
		lower bool
		want  campaign.Standing
	}{
		{"B", false, campaign.Standing{Position: 1, Of: 5, Ranked: 4, Tied: true}},
		{"C", false, campaign.Standing{Position: 1, Of: 5, Ranked: 4, Tied: true}},
		{"A", false, campaign.Standing{Position: 3, Of: 5, Ranked: 4}},
		{"D", false, campaign.Standing{Position: 4, Of: 5, Ranked: 4}},
		{"D", true, campaign.Standing{Position: 1, Of: 5, Ranked: 4}},
		{"B", true, campaign.Standing{Position: 3, Of: 5, Ranked: 4, Tied: true}},
		// No result: counted among the peers, not ranked.
		{"E", false, campaign.Standing{Position: 0, Of: 5, Ranked: 4}},
	}
	for _, tt := range tests {
		got, err := campaign.RankResults(v, tt.unit, peers, tt.lower)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("RankResults(%s, lower %v) = %+v, want %+v", tt.unit, tt.lower, got, tt.want)
		}
	}
	if _, err := campaign.RankResults(v, "Z", peers, false); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("a unit outside its peers: %v, want ErrInvalid", err)
	}
}

// restructured is the 2025 restructuring of the provinces on data of the
// test's own: 63 departments (Cục THADS tỉnh C01…C63) until 30/06/2025,
// then 34 provincial offices (THADS tỉnh T01…T34): T01…T29 each merge two
// departments (C01+C02, C03+C04, …, C57+C58) and T30…T34 carry on C59…C63
// under a new name. The 2024 results are C_i: 20.000 + 100·i cases done
// and a rate of 80 + i/10 %; the 2025 results are T_j: 45.000 + 10·j cases
// and a rate of 85 + j/10 %.
func restructured(t *testing.T) (*org.MemStore, *campaign.MemStore) {
	t.Helper()
	ctx := context.Background()
	o := org.NewMemStore(org.WithScale(org.JusticeScale()))
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	since := thidua.Since(thidua.MustDate(2009, 7, 1))
	merger := thidua.MustDate(2025, 7, 1)
	must(o.AddUnit(ctx, org.Unit{ID: "BO", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: since}))
	for i := 1; i <= 63; i++ {
		must(o.AddUnit(ctx, org.Unit{ID: org.UnitID(fmt.Sprintf("C%02d", i)), Name: fmt.Sprintf("Cục Thi hành án dân sự tỉnh số %d", i),
			Level: org.LevelCucTHADSTinh, Parent: "BO", Exists: since}))
	}
	for j := 1; j <= 34; j++ {
		must(o.AddUnit(ctx, org.Unit{ID: org.UnitID(fmt.Sprintf("T%02d", j)), Name: fmt.Sprintf("Thi hành án dân sự tỉnh số %d", j),
			Level: org.LevelTHADSTinh, Parent: "BO", Exists: thidua.Since(merger)}))
	}
	for i := 1; i <= 63; i++ {
		must(o.EndUnit(ctx, org.UnitID(fmt.Sprintf("C%02d", i)), merger.AddDays(-1)))
	}
	for j := 1; j <= 29; j++ {
		must(o.AddSuccession(ctx, org.Succession{Kind: org.Merge, Date: merger,
			From: []org.UnitID{org.UnitID(fmt.Sprintf("C%02d", 2*j-1)), org.UnitID(fmt.Sprintf("C%02d", 2*j))}, To: []org.UnitID{org.UnitID(fmt.Sprintf("T%02d", j))}}))
	}
	for j := 30; j <= 34; j++ {
		must(o.AddSuccession(ctx, org.Succession{Kind: org.Rename, Date: merger,
			From: []org.UnitID{org.UnitID(fmt.Sprintf("C%02d", j+29))}, To: []org.UnitID{org.UnitID(fmt.Sprintf("T%02d", j))}}))
	}
	c := campaign.NewMemStore(&campaign.Options{Directory: o})
	must(c.AddMovement(ctx, campaign.Movement{ID: "THA", Title: "Thi đua thi hành án dân sự giai đoạn 2021 - 2025", Kind: campaign.Regular,
		Launcher: campaign.Launcher{Unit: "BO"}, Period: thidua.Years(2021, 2025),
		Targets: []campaign.Target{
			{ID: "viec", Name: "Số việc thi hành xong", Measure: campaign.Count, Value: dec("1000")},
			{ID: "tyle", Name: "Tỷ lệ thi hành xong về việc", Measure: campaign.Percent, Value: dec("80")},
		}}))
	add := func(u string, year int, viec, tyle decimal.Decimal) {
		must(c.AddResult(ctx, campaign.Result{Movement: "THA", Target: "viec", Year: year, Participant: campaign.UnitParticipant(org.UnitID(u)), Actual: viec}))
		must(c.AddResult(ctx, campaign.Result{Movement: "THA", Target: "tyle", Year: year, Participant: campaign.UnitParticipant(org.UnitID(u)), Actual: tyle}))
	}
	for i := 1; i <= 63; i++ {
		add(fmt.Sprintf("C%02d", i), 2024, decimal.NewFromInt(int64(20000+100*i)), decimal.New(int64(800+i), -1))
	}
	for j := 1; j <= 34; j++ {
		add(fmt.Sprintf("T%02d", j), 2025, decimal.NewFromInt(int64(45000+10*j)), decimal.New(int64(850+j), -1))
	}
	// C05 also has a 2023 result, for a comparison of a unit with itself.
	add("C05", 2023, dec("19000"), dec("81"))
	return o, c
}

func TestYearOnYearAfterMerger(t *testing.T) {
	ctx := context.Background()
	o, c := restructured(t)
	tests := []struct {
		name  string
		req   campaign.YearOnYearRequest
		prev  string
		base  []org.UnitID
		delta string
	}{
		// T01 merges C01 and C02: base 20.100 + 20.200 = 40.300;
		// 45.010 − 40.300 = 4.710.
		{"Merged", campaign.YearOnYearRequest{Movement: "THA", Target: "viec", Unit: "T01", Year: 2025}, "40300", []org.UnitID{"C01", "C02"}, "4710"},
		// A rate is summed too when merged units report it apart; the
		// caller chooses the count targets for a merged comparison.
		// T30 carries on C59 alone: 45.300 − 25.900 = 19.400.
		{"Renamed", campaign.YearOnYearRequest{Movement: "THA", Target: "viec", Unit: "T30", Year: 2025}, "25900", []org.UnitID{"C59"}, "19400"},
		// C05 against itself: 20.500 − 19.000 = 1.500.
		{"Own", campaign.YearOnYearRequest{Movement: "THA", Target: "viec", Unit: "C05", Year: 2024}, "19000", []org.UnitID{"C05"}, "1500"},
		// Rate in points: 80,5 − 81 = −0,5.
		{"OwnRate", campaign.YearOnYearRequest{Movement: "THA", Target: "tyle", Unit: "C05", Year: 2024}, "81", []org.UnitID{"C05"}, "-0.5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := campaign.YearOnYear(ctx, c, o, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Previous.Equal(dec(tt.prev)) || !got.Delta.Equal(dec(tt.delta)) || got.Year != tt.req.Year {
				t.Errorf("YearOnYear = previous %s, delta %s, year %d; want %s, %s, %d", got.Previous, got.Delta, got.Year, tt.prev, tt.delta, tt.req.Year)
			}
			if d := cmp.Diff(tt.base, got.BaseUnits); d != "" {
				t.Errorf("base units (-want +got):\n%s", d)
			}
		})
	}
	// No base: C05 has no 2022 result and no predecessor.
	if _, err := campaign.YearOnYear(ctx, c, o, campaign.YearOnYearRequest{Movement: "THA", Target: "viec", Unit: "C05", Year: 2023}); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("no base: %v, want ErrNotFound", err)
	}
	if _, err := campaign.YearOnYear(ctx, c, o, campaign.YearOnYearRequest{Movement: "THA", Target: "nope", Unit: "C05", Year: 2024}); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("unknown target: %v, want ErrNotFound", err)
	}
}

func TestRankAmongPeersFollowsOrganisation(t *testing.T) {
	ctx := context.Background()
	o, c := restructured(t)
	tests := []struct {
		req  campaign.RankRequest
		want campaign.Standing
	}{
		// 2024: 63 departments; C05's 20.500 cases is beaten by C06…C63.
		{campaign.RankRequest{Movement: "THA", Target: "viec", Unit: "C05", Year: 2024}, campaign.Standing{Position: 59, Of: 63, Ranked: 63}},
		// On 30/06/2025 the 63 are still in force.
		{campaign.RankRequest{Movement: "THA", Target: "tyle", Unit: "C63", Year: 2024, On: thidua.MustDate(2025, 6, 30)}, campaign.Standing{Position: 1, Of: 63, Ranked: 63}},
		// 2025: 34 provincial offices; T31 has the 4th best rate.
		{campaign.RankRequest{Movement: "THA", Target: "tyle", Unit: "T31", Year: 2025}, campaign.Standing{Position: 4, Of: 34, Ranked: 34}},
	}
	for _, tt := range tests {
		got, err := campaign.RankAmongPeers(ctx, c, o, tt.req)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("RankAmongPeers(%s %d) = %+v, want %+v", tt.req.Unit, tt.req.Year, got, tt.want)
		}
	}
	// C05 is not in force at the end of 2025.
	if _, err := campaign.RankAmongPeers(ctx, c, o, campaign.RankRequest{Movement: "THA", Target: "viec", Unit: "C05", Year: 2025}); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("a unit no longer in force: %v, want ErrInvalid", err)
	}
}
