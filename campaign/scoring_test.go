package campaign_test

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

const pt = campaign.Point

func flatTable() campaign.ScoreTable {
	return campaign.ScoreTable{ID: "t", Name: "Bảng chấm điểm", Criteria: []campaign.Criterion{
		{ID: "1", Name: "Kết quả thi hành án", Max: 40 * pt},
		{ID: "2", Name: "Công tác tổ chức", Max: 30 * pt},
		{ID: "3", Name: "Phong trào thi đua", Max: 30 * pt},
	}}
}

func mustScorer(t testing.TB, tb campaign.ScoreTable) *campaign.Scorer {
	t.Helper()
	s, err := campaign.NewScorer(tb)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRankTies(t *testing.T) {
	s := mustScorer(t, flatTable())
	sheets := []campaign.Sheet{
		{Unit: "b", Label: "Cục THADS Bến Tre", Points: []campaign.Points{36 * pt, 29 * pt, 25 * pt}},
		{Unit: "c", Label: "Cục THADS Cà Mau", Points: []campaign.Points{38 * pt, 27 * pt, 25 * pt}},
		{Unit: "d", Label: "Cục THADS Đồng Tháp", Points: []campaign.Points{40 * pt, 30 * pt, 25 * pt}},
		{Unit: "a", Label: "Cục THADS An Giang", Points: []campaign.Points{38 * pt, 27 * pt, 25 * pt}},
	}
	got, err := s.Rank(sheets)
	if err != nil {
		t.Fatal(err)
	}
	// Đồng Tháp leads with 95. An Giang, Cà Mau and Bến Tre all have 90:
	// on criterion 1 An Giang and Cà Mau (38) beat Bến Tre (36); An Giang
	// and Cà Mau are equal everywhere and fall back to unit ID order.
	want := []campaign.Rank{
		{Unit: "d", Place: 1, Total: 95 * pt, Explanation: "Tổng điểm 95."},
		{Unit: "a", Place: 2, Total: 90 * pt, Explanation: "Tổng điểm 90. Bằng điểm với Cục THADS Cà Mau ở mọi tiêu chí; xếp trên theo thứ tự mã đơn vị."},
		{Unit: "c", Place: 3, Total: 90 * pt, Explanation: "Tổng điểm 90. Bằng điểm với Cục THADS An Giang ở mọi tiêu chí; xếp dưới theo thứ tự mã đơn vị. Bằng điểm với Cục THADS Bến Tre; xếp trên do điểm tiêu chí 1 cao hơn (38 so với 36)."},
		{Unit: "b", Place: 4, Total: 90 * pt, Explanation: "Tổng điểm 90. Bằng điểm với Cục THADS Cà Mau; xếp dưới do điểm tiêu chí 1 thấp hơn (36 so với 38)."},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Rank (-want +got):\n%s", d)
	}
	// The input order does not matter.
	rev := []campaign.Sheet{sheets[3], sheets[2], sheets[1], sheets[0]}
	got2, _ := s.Rank(rev)
	if d := cmp.Diff(got, got2); d != "" {
		t.Errorf("Rank depends on input order (-first +second):\n%s", d)
	}
}

func TestRankNestedCaps(t *testing.T) {
	tb := campaign.ScoreTable{ID: "t", Name: "Bảng", Criteria: []campaign.Criterion{
		{ID: "1", Name: "Chuyên môn", Max: 10 * pt, Children: []campaign.Criterion{
			{ID: "1.1", Name: "Về việc", Max: 8 * pt},
			{ID: "1.2", Name: "Về tiền", Children: []campaign.Criterion{
				{ID: "1.2.1", Name: "Thu", Max: 3 * pt},
				{ID: "1.2.2", Name: "Chi", Max: 2*pt + 50},
			}},
		}},
		{ID: "2", Name: "Khác", Max: 5 * pt},
	}}
	s := mustScorer(t, tb)
	if got, want := s.Max(), 15*pt; got != want {
		t.Errorf("Max = %s, want %s", got, want)
	}
	if d := cmp.Diff([]string{"1.1", "1.2.1", "1.2.2", "2"}, s.Leaves()); d != "" {
		t.Errorf("Leaves (-want +got):\n%s", d)
	}
	tests := []struct {
		name   string
		points map[string]campaign.Points
		want   campaign.Points
	}{
		{"UnderCap", map[string]campaign.Points{"1.1": 5 * pt, "1.2.1": 2 * pt, "2": 4 * pt}, 11 * pt},
		// 8 + 3 + 2,5 = 13,5 on criterion 1, capped at 10.
		{"CappedParent", map[string]campaign.Points{"1.1": 8 * pt, "1.2.1": 3 * pt, "1.2.2": 2*pt + 50, "2": 5 * pt}, 15 * pt},
		{"Quarter", map[string]campaign.Points{"1.2.2": 25}, 25},
		{"Empty", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Total(campaign.Scorecard{Table: "t", Unit: "u", Points: tt.points})
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Total = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestRankErrors(t *testing.T) {
	s := mustScorer(t, flatTable())
	tests := []struct {
		name   string
		sheets []campaign.Sheet
	}{
		{"WrongLength", []campaign.Sheet{{Unit: "a", Points: []campaign.Points{1}}}},
		{"AboveMax", []campaign.Sheet{{Unit: "a", Points: []campaign.Points{41 * pt, 0, 0}}}},
		{"Negative", []campaign.Sheet{{Unit: "a", Points: []campaign.Points{0, -1, 0}}}},
		{"NoUnit", []campaign.Sheet{{Points: []campaign.Points{0, 0, 0}}}},
		{"UnitTwice", []campaign.Sheet{{Unit: "a", Points: []campaign.Points{0, 0, 0}}, {Unit: "a", Points: []campaign.Points{0, 0, 0}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.Rank(tt.sheets); !errors.Is(err, thidua.ErrInvalid) {
				t.Errorf("Rank error = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestPoints(t *testing.T) {
	tests := []struct {
		dec  string
		want campaign.Points
		text string
	}{
		{"95", 9500, "95"},
		{"9.5", 950, "9,5"},
		{"0.25", 25, "0,25"},
		{"0.05", 5, "0,05"},
		{"-1.5", -150, "-1,5"},
		{"0", 0, "0"},
		{"12.50", 1250, "12,5"},
	}
	for _, tt := range tests {
		t.Run(tt.dec, func(t *testing.T) {
			got, err := campaign.PointsFromDecimal(decimal.RequireFromString(tt.dec))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || got.String() != tt.text {
				t.Errorf("PointsFromDecimal(%s) = %d %q, want %d %q", tt.dec, got, got, tt.want, tt.text)
			}
			if !got.Decimal().Equal(decimal.RequireFromString(tt.dec)) {
				t.Errorf("Decimal() = %s, want %s", got.Decimal(), tt.dec)
			}
		})
	}
	for _, bad := range []string{"0.125", "1e20"} {
		if _, err := campaign.PointsFromDecimal(decimal.RequireFromString(bad)); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("PointsFromDecimal(%s) error = %v, want ErrInvalid", bad, err)
		}
	}
}

func FuzzPointsRoundTrip(f *testing.F) {
	for _, v := range []int64{0, 1, 25, 950, -150, 1 << 40} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v int64) {
		if v > 1<<53 || v < -(1<<53) {
			return
		}
		p := campaign.Points(v)
		back, err := campaign.PointsFromDecimal(p.Decimal())
		if err != nil || back != p {
			t.Fatalf("round trip %d: got %d, %v", v, back, err)
		}
		// String is the decimal's text with a comma for the point.
		want := p.Decimal().String()
		if got := p.String(); got != replaceDot(want) {
			t.Fatalf("String(%d) = %q, want %q", v, got, replaceDot(want))
		}
	})
}

func replaceDot(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '.' {
			b[i] = ','
		}
	}
	return string(b)
}

func TestClusterLeads(t *testing.T) {
	tests := []struct {
		name    string
		ranking []campaign.Rank
		unit    org.UnitID
		want    bool
	}{
		{"First", []campaign.Rank{{Unit: "a", Place: 1}, {Unit: "b", Place: 2}}, "a", true},
		{"Second", []campaign.Rank{{Unit: "a", Place: 1}, {Unit: "b", Place: 2}}, "b", false},
		{"SharedFirstByHand", []campaign.Rank{{Unit: "a", Place: 1}, {Unit: "b", Place: 1}, {Unit: "c", Place: 3}}, "b", true},
		{"Unranked", nil, "a", false},
		{"NotMember", []campaign.Rank{{Unit: "a", Place: 1}}, "z", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := campaign.Cluster{ID: "c", Name: "Cụm", Kind: campaign.Cum, Year: 2019, Members: []org.UnitID{"a", "b", "c"}, Ranking: tt.ranking}
			if err := c.Validate(); err != nil {
				t.Fatal(err)
			}
			if got := c.Leads(tt.unit); got != tt.want {
				t.Errorf("Leads(%s) = %v, want %v", tt.unit, got, tt.want)
			}
		})
	}
}

// TestScorerBounds: criteria maxima that would wrap the int64 sum are
// refused, so that no unit with 0,01 points can rank first.
func TestScorerBounds(t *testing.T) {
	wrap := campaign.ScoreTable{ID: "t", Name: "Bảng", Criteria: []campaign.Criterion{
		{ID: "1", Name: "Một", Max: 1 << 62},
		{ID: "2", Name: "Hai", Max: 1 << 62},
		{ID: "3", Name: "Ba", Max: 1 << 62},
		{ID: "4", Name: "Bốn", Max: 1 << 62},
		{ID: "5", Name: "Năm", Max: 1},
	}}
	if _, err := campaign.NewScorer(wrap); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("NewScorer with maxima 1<<62: error = %v, want ErrInvalid", err)
	}
	big := flatTable()
	big.Criteria[0].Max = campaign.MaxPoints
	if _, err := campaign.NewScorer(big); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("NewScorer totalling above MaxPoints: error = %v, want ErrInvalid", err)
	}
	big.Criteria = big.Criteria[:1]
	if s, err := campaign.NewScorer(big); err != nil || s.Max() != campaign.MaxPoints {
		t.Errorf("NewScorer totalling MaxPoints: %v, want accepted", err)
	}
}

// TestPointsFromDecimalExponent: a huge exponent is refused before any
// rescaling (which would build a number of 10⁹ digits).
func TestPointsFromDecimalExponent(t *testing.T) {
	for _, d := range []decimal.Decimal{decimal.New(1, -1_000_000_000), decimal.New(1, 1_000_000_000)} {
		if _, err := campaign.PointsFromDecimal(d); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("PointsFromDecimal(1e%d) error = %v, want ErrInvalid", d.Exponent(), err)
		}
	}
}

// TestValidateIDsWithoutDirectory: without a directory to look units and
// people up in, the one rule for IDs still refuses blank, padded and
// invalid IDs.
func TestValidateIDsWithoutDirectory(t *testing.T) {
	p := thidua.Year(2019)
	m := campaign.Movement{ID: "m", Title: "Phong trào", Kind: campaign.Regular, Launcher: campaign.Launcher{Name: "UBND"}, Period: p}
	for _, bad := range []org.UnitID{"  ", " x", "\xff"} {
		mm := m
		mm.Participants = []org.UnitID{bad}
		if err := mm.Validate(); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("movement with participant %q: error = %v, want ErrInvalid", bad, err)
		}
		c := campaign.Cluster{ID: "c", Name: "Cụm", Kind: campaign.Cum, Year: 2019, Members: []org.UnitID{"a", bad}}
		if err := c.Validate(); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("cluster with member %q: error = %v, want ErrInvalid", bad, err)
		}
	}
	s := campaign.NewMemStore(nil)
	ctx := context.Background()
	if err := s.AddMovement(ctx, m); err != nil {
		t.Fatal(err)
	}
	in := campaign.Initiative{ID: "sk", Title: "Sáng kiến", Kind: campaign.KindInitiative, Level: campaign.LevelGrassroots,
		RecognisedBy: "Hội đồng", Authors: []campaign.Author{{Person: "a"}}, Created: thidua.MustDate(2019, 1, 1), Recognised: thidua.MustDate(2019, 2, 1)}
	if err := s.AddInitiative(ctx, in); err != nil {
		t.Fatal(err)
	}
	if err := s.UseInitiative(ctx, "sk", "cstd-co-so", " "); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf(`UseInitiative grant " ": error = %v, want ErrInvalid`, err)
	}
	if uses, _ := s.Uses(ctx, campaign.UseFilter{}); len(uses) != 0 {
		t.Errorf("after refused uses the store holds %v", uses)
	}
}
