package report_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// pipelineStores holds a Sở with n people and n nominations of 2024, each
// proposed, sent, voted on and approved, every fourth returned instead.
func pipelineStores(b *testing.B, n int) report.Sources {
	b.Helper()
	ctx := context.Background()
	o := org.NewMemStore()
	a := award.NewMemStore()
	must := func(err error) {
		if err != nil {
			b.Fatal(err)
		}
	}
	since := thidua.Since(thidua.MustDate(2010, 1, 1))
	must(o.AddUnit(ctx, org.Unit{ID: "UB", Name: "Ủy ban nhân dân tỉnh", Exists: since}))
	must(o.AddUnit(ctx, org.Unit{ID: "SO", Name: "Sở Tư pháp", Parent: "UB", Exists: since}))
	people := make([]org.Person, n)
	for i := range people {
		people[i] = org.Person{ID: org.PersonID(fmt.Sprintf("p%05d", i)), FullName: "Người", Assignments: []org.Assignment{{Unit: "SO", Position: "Chuyên viên", Period: since}}}
		must(o.AddPerson(ctx, people[i]))
	}
	tree := award.NewTree([]org.Unit{{ID: "UB"}, {ID: "SO", Parent: "UB"}}, people)
	for i := range n {
		p := people[i].ID
		nm := award.Nomination{ID: fmt.Sprintf("n%05d", i), Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient(p), Year: 2023},
			Proposer: "SO", Authority: "UB"}
		steps := []award.Transition{
			{Action: award.Propose, By: award.Actor{Unit: "SO"}, On: thidua.MustDate(2024, 3, 1)},
			{Action: award.Submit, By: award.Actor{Unit: "SO"}, On: thidua.MustDate(2024, 3, 5), To: "UB"},
			{Action: award.RecordVote, By: award.Actor{Unit: "UB"}, On: thidua.MustDate(2024, 3, 10), Vote: award.Vote{Members: 11, InFavour: 10, Threshold: award.Percent(90)}},
			{Action: award.Approve, By: award.Actor{Unit: "UB"}, On: thidua.MustDate(2024, 3, 12)},
		}
		if i%4 == 0 {
			steps = append(steps[:2], award.Transition{Action: award.Return, By: award.Actor{Unit: "UB"}, On: thidua.MustDate(2024, 3, 8), Reason: "Hồ sơ chưa đầy đủ"})
		}
		for j, t := range steps {
			var err error
			if nm, err = nm.Apply(t, tree); err != nil {
				b.Fatal(err)
			}
			if j == 0 {
				must(a.AddNomination(ctx, nm))
			} else {
				must(a.UpdateNomination(ctx, nm))
			}
		}
	}
	return report.Sources{Org: o, Award: a}
}

// BenchmarkBuildPipeline counts 5.000 nominations by stage through a
// scope; the baseline reads the same nominations from the memory store and
// walks their histories in a plain loop (what any count must do at least).
func BenchmarkBuildPipeline(b *testing.B) {
	ctx := context.Background()
	src := pipelineStores(b, 5000)
	b.Run("baseline", func(b *testing.B) {
		for b.Loop() {
			ns, err := src.Award.Nominations(ctx, award.NominationFilter{})
			if err != nil {
				b.Fatal(err)
			}
			steps := 0
			for _, n := range ns {
				for _, e := range n.History {
					if e.Action == award.Return {
						steps++
					}
				}
			}
			if steps != 1250 {
				b.Fatalf("returned %d", steps)
			}
		}
	})
	b.Run("pipeline", func(b *testing.B) {
		sc, err := report.NewScope(ctx, src, report.ScopeRequest{Unit: "SO", Period: thidua.Year(2024)})
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			p, err := report.BuildPipeline(ctx, sc, report.PipelineOptions{})
			if err != nil {
				b.Fatal(err)
			}
			if p.Total.Proposed != 5000 || p.Total.Returned != 1250 {
				b.Fatalf("counts %+v", p.Total)
			}
		}
	})
}
