package campaignsql_test

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/sqltest"
	"github.com/thidua-go/thidua/org"
)

// The benchmark volume: a province's year of campaign records — a
// five-year movement with three targets, every one of 10.000 people
// registered for 2019, 200 units registered with results on each target,
// 3.000 initiatives with one to three authors, 1.000 of them used for an
// award, and 20 clusters with scores and rankings.
const (
	benchPeople      = 10_000
	benchUnits       = 200
	benchInitiatives = 3_000
)

func benchPerson(i int) org.PersonID { return org.PersonID(fmt.Sprintf("p%05d", i)) }

// province returns a memory store holding the benchmark volume.
func province(b *testing.B) *campaign.MemStore {
	b.Helper()
	ctx := context.Background()
	s := campaign.NewMemStore(nil)
	must := func(err error) {
		if err != nil {
			b.Fatal(err)
		}
	}
	m := campaign.Movement{
		ID: "pt-2016-2020", Title: "Toàn ngành Tư pháp thi đua hoàn thành xuất sắc nhiệm vụ giai đoạn 2016 - 2020",
		Kind: campaign.Regular, Launcher: campaign.Launcher{Name: "Bộ Tư pháp"}, Period: thidua.Years(2016, 2020),
		Targets: []campaign.Target{
			{ID: "viec", Name: "Tỷ lệ thi hành xong về việc", Measure: campaign.Percent, Value: decimal.NewFromInt(96)},
			{ID: "tien", Name: "Tỷ lệ thi hành xong về tiền", Measure: campaign.Percent, Value: decimal.RequireFromString("96.2")},
			{ID: "ton", Name: "Số việc tồn đọng", Measure: campaign.Count, Value: decimal.NewFromInt(120), LowerIsBetter: true},
		},
	}
	must(s.AddMovement(ctx, m))
	for i := range benchPeople {
		must(s.Register(ctx, campaign.Registration{Movement: m.ID, Year: 2019, Participant: campaign.PersonParticipant(benchPerson(i)),
			Date: thidua.MustDate(2019, 1, 1+i%28), Titles: []string{"ldtt", "cstd-co-so"}[:1+i%2]}))
	}
	table := campaign.ScoreTable{ID: "bang-2019", Name: "Bảng chấm điểm 2019", Criteria: []campaign.Criterion{
		{ID: "1", Name: "Kết quả thi hành án", Max: 60 * campaign.Point}, {ID: "2", Name: "Công tác khác", Max: 40 * campaign.Point}}}
	must(s.AddScoreTable(ctx, table))
	for u := range benchUnits {
		unit := org.UnitID(fmt.Sprintf("u%03d", u))
		must(s.Register(ctx, campaign.Registration{Movement: m.ID, Year: 2019, Participant: campaign.UnitParticipant(unit),
			Date: thidua.MustDate(2019, 1, 15), Titles: []string{"ttld-xuat-sac"}}))
		for k, t := range m.Targets {
			must(s.AddResult(ctx, campaign.Result{Movement: m.ID, Target: t.ID, Year: 2019, Participant: campaign.UnitParticipant(unit),
				Actual: decimal.New(int64(9000+u*4+k), -2)}))
		}
		must(s.AddScores(ctx, campaign.Scorecard{Table: table.ID, Unit: unit,
			Points: map[string]campaign.Points{"1": campaign.Points(4000 + u*10), "2": campaign.Points(3000 + u%7*100)}}))
	}
	for c := range benchUnits / 10 {
		var members []org.UnitID
		for u := c * 10; u < c*10+10; u++ {
			members = append(members, org.UnitID(fmt.Sprintf("u%03d", u)))
		}
		id := campaign.ClusterID(fmt.Sprintf("cum-%02d", c))
		must(s.AddCluster(ctx, campaign.Cluster{ID: id, Name: "Cụm thi đua số " + fmt.Sprint(c+1), Kind: campaign.Cum, Year: 2019,
			Members: members, Table: table.ID}))
		ranks, err := campaign.RankCluster(ctx, s, id, nil)
		must(err)
		must(s.SetRanking(ctx, id, ranks))
	}
	for i := range benchInitiatives {
		in := campaign.Initiative{
			ID: campaign.InitiativeID(fmt.Sprintf("sk-%05d", i)), Title: fmt.Sprintf("Sáng kiến số %d", i),
			Kind: campaign.KindInitiative, Level: campaign.Level(1 + i%3),
			RecognisedBy: "Hội đồng sáng kiến", Created: thidua.MustDate(2016+i%5, 2, 1), Recognised: thidua.MustDate(2016+i%5, 11, 1+i%28),
		}
		switch n := 1 + i%3; n {
		case 1:
			in.Authors = []campaign.Author{{Person: benchPerson(i * 3 % benchPeople)}}
		default:
			share := decimal.NewFromInt(100).Div(decimal.NewFromInt(int64(n))).Truncate(0)
			for k := range n {
				a := campaign.Author{Person: benchPerson((i*3 + k*101) % benchPeople), Share: share}
				if k == 0 {
					a.Share = decimal.NewFromInt(100).Sub(share.Mul(decimal.NewFromInt(int64(n - 1))))
				}
				in.Authors = append(in.Authors, a)
			}
		}
		must(s.AddInitiative(ctx, in))
		if i%3 == 0 {
			must(s.UseInitiative(ctx, in.ID, "cstd-co-so", fmt.Sprintf("qd-%d", i)))
		}
	}
	return s
}

type benchEngine struct {
	name string
	open func(b *testing.B) (campaign.Store, *sqltest.Counter)
}

func benchEngines() []benchEngine {
	engines := []benchEngine{{"memory", func(b *testing.B) (campaign.Store, *sqltest.Counter) { return campaign.NewMemStore(nil), nil }}}
	for _, e := range sqltest.Engines() {
		engines = append(engines, benchEngine{e.Name, func(b *testing.B) (campaign.Store, *sqltest.Counter) {
			var db *sql.DB
			db, c := e.Counting(b)
			return open(b, db, nil), c
		}})
	}
	return engines
}

// BenchmarkLoad copies the province's campaign records from memory into
// an empty store: the memory store is the baseline.
func BenchmarkLoad(b *testing.B) {
	src := province(b)
	ctx := context.Background()
	for _, e := range benchEngines() {
		b.Run(e.name, func(b *testing.B) {
			var queries int64
			for b.Loop() {
				b.StopTimer()
				dst, c := e.open(b)
				if c != nil {
					c.Reset()
				}
				b.StartTimer()
				if err := campaign.Copy(ctx, dst, src); err != nil {
					b.Fatal(err)
				}
				if c != nil {
					queries += c.Load()
				}
			}
			b.ReportMetric(float64(queries)/float64(b.N), "queries/op")
		})
	}
}

// BenchmarkInitiativesOfPeople reads the initiatives of all 10.000 people
// of the province, as a report does: at once with Initiatives and an
// author set, and one person at a time with InitiativesOf (the N+1
// baseline), on the memory store (baseline) and SQL.
func BenchmarkInitiativesOfPeople(b *testing.B) {
	src := province(b)
	ctx := context.Background()
	people := make([]org.PersonID, benchPeople)
	for i := range people {
		people[i] = benchPerson(i)
	}
	span := campaign.InitiativeFilter{Recognised: thidua.Years(2016, 2020)}
	for _, e := range benchEngines() {
		s, c := e.open(b)
		if err := campaign.Copy(ctx, s, src); err != nil {
			b.Fatal(err)
		}
		run := func(name string, read func() int) {
			b.Run(e.name+"/"+name, func(b *testing.B) {
				if c != nil {
					c.Reset()
				}
				for b.Loop() {
					if n := read(); n < benchInitiatives {
						b.Fatalf("read %d initiative-authors, want at least %d", n, benchInitiatives)
					}
				}
				if c != nil {
					b.ReportMetric(float64(c.Load())/float64(b.N), "queries/op")
				}
			})
		}
		run("set", func() int {
			f := span
			f.Authors = people
			ins, err := s.Initiatives(ctx, f)
			if err != nil {
				b.Fatal(err)
			}
			ids := make([]campaign.InitiativeID, len(ins))
			for i, in := range ins {
				ids[i] = in.ID
			}
			if _, err := s.Uses(ctx, campaign.UseFilter{Initiatives: ids}); err != nil {
				b.Fatal(err)
			}
			return len(ins)
		})
		run("per-person", func() int {
			n := 0
			for _, p := range people {
				ins, err := s.InitiativesOf(ctx, p, span)
				if err != nil {
					b.Fatal(err)
				}
				n += len(ins)
			}
			return n
		})
	}
}
