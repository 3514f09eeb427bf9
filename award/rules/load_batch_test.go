package rules_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// calls counts the store calls a loader makes.
type calls struct{ n int }

type countOrg struct {
	org.Store
	c *calls
}

func (s countOrg) Unit(ctx context.Context, id org.UnitID) (org.Unit, error) {
	s.c.n++
	return s.Store.Unit(ctx, id)
}
func (s countOrg) Subtree(ctx context.Context, id org.UnitID, d thidua.Date) ([]org.Unit, error) {
	s.c.n++
	return s.Store.Subtree(ctx, id, d)
}
func (s countOrg) People(ctx context.Context, f org.PeopleFilter) ([]org.Person, error) {
	s.c.n++
	return s.Store.People(ctx, f)
}
func (s countOrg) Person(ctx context.Context, id org.PersonID) (org.Person, error) {
	s.c.n++
	return s.Store.Person(ctx, id)
}
func (s countOrg) PersonYears(ctx context.Context, f org.YearFilter) ([]org.PersonYear, error) {
	s.c.n++
	return s.Store.PersonYears(ctx, f)
}
func (s countOrg) UnitYears(ctx context.Context, f org.UnitYearFilter) ([]org.UnitYear, error) {
	s.c.n++
	return s.Store.UnitYears(ctx, f)
}
func (s countOrg) Disciplines(ctx context.Context, f org.DisciplineFilter) ([]org.Discipline, error) {
	s.c.n++
	return s.Store.Disciplines(ctx, f)
}

type countAward struct {
	award.Store
	c *calls
}

func (s countAward) Grants(ctx context.Context, f award.GrantFilter) ([]award.Grant, error) {
	s.c.n++
	return s.Store.Grants(ctx, f)
}
func (s countAward) Grant(ctx context.Context, id string) (award.Grant, error) {
	s.c.n++
	return s.Store.Grant(ctx, id)
}
func (s countAward) Decisions(ctx context.Context, f award.DecisionFilter) ([]award.Decision, error) {
	s.c.n++
	return s.Store.Decisions(ctx, f)
}
func (s countAward) Nominations(ctx context.Context, f award.NominationFilter) ([]award.Nomination, error) {
	s.c.n++
	return s.Store.Nominations(ctx, f)
}

type countCampaign struct {
	campaign.Store
	c *calls
}

func (s countCampaign) Movement(ctx context.Context, id campaign.MovementID) (campaign.Movement, error) {
	s.c.n++
	return s.Store.Movement(ctx, id)
}
func (s countCampaign) InitiativesOf(ctx context.Context, p org.PersonID, f campaign.InitiativeFilter) ([]campaign.Initiative, error) {
	s.c.n++
	return s.Store.InitiativesOf(ctx, p, f)
}
func (s countCampaign) Initiatives(ctx context.Context, f campaign.InitiativeFilter) ([]campaign.Initiative, error) {
	s.c.n++
	return s.Store.Initiatives(ctx, f)
}
func (s countCampaign) InitiativeUses(ctx context.Context, id campaign.InitiativeID) ([]campaign.InitiativeUse, error) {
	s.c.n++
	return s.Store.InitiativeUses(ctx, id)
}
func (s countCampaign) Uses(ctx context.Context, f campaign.UseFilter) ([]campaign.InitiativeUse, error) {
	s.c.n++
	return s.Store.Uses(ctx, f)
}
func (s countCampaign) ClustersOf(ctx context.Context, u org.UnitID, y int) ([]campaign.Cluster, error) {
	s.c.n++
	return s.Store.ClustersOf(ctx, u, y)
}
func (s countCampaign) Clusters(ctx context.Context, f campaign.ClusterFilter) ([]campaign.Cluster, error) {
	s.c.n++
	return s.Store.Clusters(ctx, f)
}

// subtreeFx fills a Cục with n people in each of its two Chi cục, with
// ratings, titles (one revoked), initiatives used for titles, a
// discipline, council ballots and a cluster led by one Chi cục.
func subtreeFx(t *testing.T, n int) *fx {
	f := newFx(t)
	for _, u := range []org.UnitID{"cc-cl", "cc-tm"} {
		for i := range n {
			p := f.person(org.PersonID(fmt.Sprintf("%s-%02d", u, i)), org.Gender(1+i%2), u)
			f.rated(p, 2015, 2019, []org.Rating{org.Excellent, org.CompletedWell, org.Completed}[i%3])
			f.titles(p, 2016, 2018, award.LDTT)
			if i%2 == 0 {
				g := f.grant(award.PersonRecipient(p), award.CSTDCS, 2018, award.Regular, "")
				in := campaign.InitiativeID("SK-" + string(p))
				f.initiative(in, p, campaign.LevelGrassroots, d(2018, time.March, 1), true)
				f.must(f.camp.UseInitiative(f.ctx, in, string(award.CSTDCS), g))
			}
			if i%5 == 1 {
				g := f.grant(award.PersonRecipient(p), award.CSTDCS, 2017, award.Regular, "")
				f.must(f.aw.Revoke(f.ctx, g, award.Revocation{Decision: thidua.DocNumber{Number: 900 + i, Symbol: "QĐ-CTHADS"}, Date: d(2019, time.March, 1), Reason: "Phát hiện sai sót hồ sơ"}))
			}
		}
		f.titles(org.PersonID(u+"-00"), 2019, 2019, award.CSTDCS)
	}
	f.discipline("kl-1", "cc-cl-01", org.CanhCao, d(2018, time.June, 1), 6)
	f.nominate("cc-cl-00", 2018, 10, 11)
	f.grant(award.UnitRecipient("cc-cl"), award.TTLDTT, 2018, award.Regular, "")
	for y := 2015; y <= 2019; y++ {
		f.must(f.org.AddUnitYear(f.ctx, org.UnitYear{Unit: "cc-cl", Year: y, Rating: org.Excellent, ExceededTargets: true}))
	}
	return f
}

// LoadSubtree reads the subtree with set reads but gives each candidate
// exactly what LoadUnit and LoadPerson give, in a number of store calls
// that does not grow with the number of people.
func TestLoadSubtreeBatch(t *testing.T) {
	counts := map[int]int{}
	for _, n := range []int{4, 12} {
		f := subtreeFx(t, n)
		c := &calls{}
		src := rules.Sources{Org: countOrg{f.org, c}, Award: countAward{f.aw, c}, Campaign: countCampaign{f.camp, c}}
		got, err := rules.LoadSubtree(f.ctx, src, "cuc-dt", 2019, 5)
		f.must(err)
		counts[n] = c.n
		if len(got) != 3+2*n {
			t.Fatalf("n=%d: %d candidates, want %d", n, len(got), 3+2*n)
		}
		for _, cand := range got {
			var want rules.Candidate
			if cand.Collective {
				want, err = rules.LoadUnit(f.ctx, f.src(), org.UnitID(cand.ID), thidua.Years(2015, 2019))
				want.Unit = cand.Unit
			} else {
				want, err = rules.LoadPerson(f.ctx, f.src(), org.PersonID(cand.ID), thidua.Years(2015, 2019))
			}
			f.must(err)
			if diff := cmp.Diff(want, cand); diff != "" {
				t.Errorf("n=%d: candidate %s from LoadSubtree differs from its own loader (-want +got):\n%s", n, cand.ID, diff)
			}
		}
	}
	if counts[4] != counts[12] {
		t.Errorf("store calls grow with the people: %d for 8 people, %d for 24", counts[4], counts[12])
	}
}
