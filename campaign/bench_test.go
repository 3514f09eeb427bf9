package campaign_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// benchTable has 50 leaf criteria in 10 capped groups of 5.
func benchTable() campaign.ScoreTable {
	tb := campaign.ScoreTable{ID: "bench", Name: "Bảng chấm điểm 50 tiêu chí"}
	for g := range 10 {
		parent := campaign.Criterion{ID: fmt.Sprint(g + 1), Name: fmt.Sprintf("Nhóm %d", g+1), Max: 9 * pt}
		for c := range 5 {
			parent.Children = append(parent.Children, campaign.Criterion{
				ID: fmt.Sprintf("%d.%d", g+1, c+1), Name: fmt.Sprintf("Tiêu chí %d.%d", g+1, c+1), Max: 2 * pt})
		}
		tb.Criteria = append(tb.Criteria, parent)
	}
	return tb
}

// benchCards scores n units with half points only, so that totals tie often
// and the explanations are exercised.
func benchCards(s *campaign.Scorer, n int) []campaign.Scorecard {
	r := rand.New(rand.NewPCG(1, 2))
	leaves := s.Leaves()
	cards := make([]campaign.Scorecard, n)
	for i := range cards {
		pts := make(map[string]campaign.Points, len(leaves))
		for _, l := range leaves {
			pts[l] = campaign.Points(r.IntN(5)) * 50
		}
		cards[i] = campaign.Scorecard{Table: "bench", Unit: org.UnitID(fmt.Sprintf("u%03d", i)), Points: pts}
	}
	return cards
}

// BenchmarkRankCluster ranks a cluster of 100 units on a 50-criterion
// table, from sheets laid out by the scorer (target: under 100 µs).
func BenchmarkRankCluster(b *testing.B) {
	s := mustScorer(b, benchTable())
	cards := benchCards(s, 100)
	sheets := make([]campaign.Sheet, len(cards))
	for i, c := range cards {
		sh, err := s.Sheet(c)
		if err != nil {
			b.Fatal(err)
		}
		sheets[i] = sh
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Rank(sheets); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRankClusterCards is BenchmarkRankCluster starting from
// map-based scorecards, as RankCluster does after reading the store.
func BenchmarkRankClusterCards(b *testing.B) {
	s := mustScorer(b, benchTable())
	cards := benchCards(s, 100)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.RankCards(cards, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInitiativesOf lists the initiatives of 100.000 people recognised
// over 10 years from the memory store; one op lists them for every person
// (target: under 200 ms).
func BenchmarkInitiativesOf(b *testing.B) {
	const people, initiatives = 100_000, 150_000
	ctx := context.Background()
	s := campaign.NewMemStore(nil)
	r := rand.New(rand.NewPCG(3, 4))
	person := func(i int) org.PersonID { return org.PersonID(fmt.Sprintf("p%06d", i)) }
	for i := range initiatives {
		rec := thidua.MustDate(2015+r.IntN(10), time.Month(1+r.IntN(12)), 1+r.IntN(28))
		in := campaign.Initiative{
			ID: campaign.InitiativeID(fmt.Sprintf("sk%06d", i)), Title: "Sáng kiến", Kind: campaign.KindInitiative,
			Level: campaign.Level(1 + r.IntN(3)), RecognisedBy: "Hội đồng sáng kiến",
			Created: rec.AddDays(-90), Recognised: rec,
		}
		switch first := r.IntN(people); r.IntN(3) {
		case 0:
			in.Authors = []campaign.Author{{Person: person(first)}}
		case 1:
			in.Authors = []campaign.Author{{Person: person(first), Share: decimal.NewFromInt(60)}, {Person: person((first + 1) % people), Share: decimal.NewFromInt(40)}}
		default:
			in.Authors = []campaign.Author{{Person: person(first), Share: decimal.NewFromInt(50)}, {Person: person((first + 7) % people), Share: decimal.NewFromInt(30)}, {Person: person((first + 13) % people), Share: decimal.NewFromInt(20)}}
		}
		if err := s.AddInitiative(ctx, in); err != nil {
			b.Fatal(err)
		}
	}
	ids := make([]org.PersonID, people)
	for i := range ids {
		ids[i] = person(i)
	}
	f := campaign.InitiativeFilter{Recognised: thidua.Years(2015, 2024)}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for _, p := range ids {
			list, err := s.InitiativesOf(ctx, p, f)
			if err != nil {
				b.Fatal(err)
			}
			n += len(list)
		}
		if n < initiatives {
			b.Fatalf("listed %d author entries, want at least %d", n, initiatives)
		}
	}
}
