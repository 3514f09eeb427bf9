package campaigntest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// population is what populate stores: a bit of every kind of record.
type population struct {
	movements   []campaign.Movement
	regs        []campaign.Registration
	results     []campaign.Result
	table       campaign.ScoreTable
	cards       []campaign.Scorecard
	clusters    []campaign.Cluster // ranked one first
	initiatives []campaign.Initiative
	uses        []campaign.InitiativeUse
	history     campaign.History
}

// populate fills s with movements (a drive whose ID sorts before its
// parent's), registrations of units and people, results, a scoring table
// and scores, clusters (one ranked), initiatives with shared authors, and
// uses.
func populate(t *testing.T, ctx context.Context, s campaign.Store) population {
	t.Helper()
	var p population
	reg := regularMovement()
	// A drive whose ID sorts before its parent's: a copy must add the
	// parent first.
	drive := driveOf(reg, "a-dot-2019", thidua.Period{From: d(2019, 9, 1), To: d(2019, 9, 30)})
	p.movements = []campaign.Movement{drive, reg, thematicMovement(), provinceMovement()}
	for _, m := range []campaign.Movement{reg, drive, thematicMovement(), provinceMovement()} {
		mustAdd(t, s.AddMovement(ctx, m))
	}
	p.regs = []campaign.Registration{
		registration(campaign.UnitParticipant(unitCucDT), 2019, d(2019, 1, 15), "ttld-xuat-sac", "co-bo"),
		registration(campaign.PersonParticipant(personAn), 2019, d(2019, 2, 1), "cstd-co-so"),
		registration(campaign.UnitParticipant(unitCaoLanh), 2020, d(2020, 3, 31), "ttld-tien-tien"),
	}
	p.regs[0].Note = "Đăng ký thi đua năm 2019"
	p.regs = append(p.regs, registration(campaign.PersonParticipant(personBinh), 2019, d(2019, 5, 1), "cstd-co-so"))
	p.regs[3].Movement = thematicMovement().ID
	for _, r := range p.regs {
		mustAdd(t, s.Register(ctx, r))
	}
	p.results = []campaign.Result{
		result("viec", campaign.UnitParticipant(unitCucDT), "97.5"),
		result("tien", campaign.UnitParticipant(unitCucDT), "96.25"),
		result("ton", campaign.UnitParticipant(unitCucDT), "80"),
		result("viec", campaign.PersonParticipant(personAn), "100"),
	}
	for _, r := range []campaign.Result{p.results[2], p.results[3], p.results[0], p.results[1]} {
		mustAdd(t, s.AddResult(ctx, r))
	}
	p.table = scoreTable()
	mustAdd(t, s.AddScoreTable(ctx, p.table))
	pt := campaign.Point
	p.cards = []campaign.Scorecard{
		card(unitCucAG, map[string]campaign.Points{"1.1": 20 * pt, "1.2": 20 * pt, "2.1": 18 * pt, "3": 25 * pt}),
		card(unitCucDT, map[string]campaign.Points{"1.1": 19 * pt, "1.2": 18*pt + 50, "2.1": 20 * pt, "2.2": 15 * pt, "3": 28 * pt}),
	}
	for _, c := range p.cards {
		mustAdd(t, s.AddScores(ctx, c))
	}
	cum := cluster("cum-dbscl-2019", campaign.Cum, 2019, unitCucDT, unitCucAG)
	cum.Table = p.table.ID
	khoi := cluster("khoi-cuc-2019", campaign.Khoi, 2019, unitCucDT)
	next := cluster("cum-dbscl-2020", campaign.Cum, 2020, unitCucAG, unitCucDT)
	for _, c := range []campaign.Cluster{khoi, next, cum} {
		mustAdd(t, s.AddCluster(ctx, c))
	}
	ranks, err := campaign.RankCluster(ctx, s, cum.ID, Directory())
	mustAdd(t, err)
	// First entered by hand in the wrong order, then corrected: the
	// wrong ranking stays in the history.
	wrong := []campaign.Rank{{Unit: unitCucAG, Place: 1, Total: 8300}, {Unit: unitCucDT, Place: 2, Total: 9550}}
	mustAdd(t, s.SetRanking(ctx, cum.ID, wrong))
	fix := thidua.Correction{By: "Trần Thị Bình", On: d(2020, 1, 20), Reason: "Nhập nhầm thứ tự xếp hạng"}
	mustAdd(t, s.ReplaceRanking(ctx, cum.ID, ranks, fix))
	p.history = campaign.History{Rankings: []campaign.RankingCorrection{{Cluster: cum.ID, Old: wrong, Correction: fix}}}
	cum.Ranking = ranks
	p.clusters = []campaign.Cluster{cum, next, khoi}
	p.initiatives = []campaign.Initiative{
		initiative("sk-2016-01", campaign.LevelMinistry, d(2016, 6, 30), author(personChi, "")),
		initiative("sk-2018-07", campaign.LevelMinistry, d(2018, 12, 5), author(personAn, "60"), author(personBinh, "40")),
		initiative("sk-2019-03", campaign.LevelGrassroots, d(2019, 11, 20), author(personAn, "")),
		initiative("sk-2019-01", campaign.LevelNational, d(2019, 11, 20), author(personChi, "33.34"), author(personAn, "33.33"), author(personBinh, "33.33")),
		initiative("sk-2020-02", campaign.LevelGrassroots, d(2020, 5, 4), author(personDao, "")),
	}
	p.initiatives[1].Decision = "45/QĐ-CTHADS"
	p.initiatives[4].Kind = campaign.KindScienceWork
	p.initiatives[4].Applied = false
	for _, in := range p.initiatives {
		mustAdd(t, s.AddInitiative(ctx, in))
	}
	// In listing order: by recognition date, then ID.
	p.initiatives[2], p.initiatives[3] = p.initiatives[3], p.initiatives[2]
	p.uses = []campaign.InitiativeUse{
		{Initiative: "sk-2018-07", Award: "bang-khen-bo", Grant: "qd-2021-07"},
		{Initiative: "sk-2018-07", Award: "cstd-co-so", Grant: "qd-2019-45"},
		{Initiative: "sk-2019-01", Award: "cstd-bo", Grant: "qd-2020-11"},
	}
	for _, u := range []campaign.InitiativeUse{p.uses[2], p.uses[1], p.uses[0]} {
		mustAdd(t, s.UseInitiative(ctx, u.Initiative, u.Award, u.Grant))
	}
	return p
}

// snapshotOpts compares snapshots: decimals by value, nil and empty alike.
var snapshotOpts = cmp.Options{cmpopts.EquateEmpty()}

func testListEverything(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	p := populate(t, ctx, s)
	got, err := campaign.TakeSnapshot(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	want := campaign.Snapshot{
		Movements:     p.movements,
		Registrations: p.regs,
		Results:       p.results,
		ScoreTables:   []campaign.ScoreTable{p.table},
		Scorecards:    p.cards,
		Clusters:      p.clusters,
		Initiatives:   p.initiatives,
		Uses:          p.uses,
		History:       p.history,
	}
	if dd := cmp.Diff(want, got, snapshotOpts); dd != "" {
		t.Errorf("everything the store holds (-want +got):\n%s", dd)
	}
	tests := []struct {
		name   string
		filter campaign.ClusterFilter
		want   []campaign.ClusterID
	}{
		{"Year", campaign.ClusterFilter{Year: 2019}, []campaign.ClusterID{"cum-dbscl-2019", "khoi-cuc-2019"}},
		{"Kind", campaign.ClusterFilter{Kind: campaign.Cum}, []campaign.ClusterID{"cum-dbscl-2019", "cum-dbscl-2020"}},
		{"Both", campaign.ClusterFilter{Year: 2020, Kind: campaign.Khoi}, nil},
	}
	for _, tt := range tests {
		t.Run("Clusters"+tt.name, func(t *testing.T) {
			cs, err := s.Clusters(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			var ids []campaign.ClusterID
			for _, c := range cs {
				ids = append(ids, c.ID)
			}
			if dd := diff(tt.want, ids); dd != "" {
				t.Errorf("Clusters(%+v) (-want +got):\n%s", tt.filter, dd)
			}
		})
	}
	empty, ctx2 := open(t, newStore)
	snap, err := campaign.TakeSnapshot(ctx2, empty)
	if err != nil {
		t.Fatal(err)
	}
	if dd := cmp.Diff(campaign.Snapshot{}, snap, snapshotOpts); dd != "" {
		t.Errorf("an empty store holds something (-want +got):\n%s", dd)
	}
}

func testListErrors(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	tests := []struct {
		name  string
		query func() error
	}{
		{"ClustersUnknownKind", func() error { _, err := s.Clusters(ctx, campaign.ClusterFilter{Kind: 7}); return err }},
		{"ClustersYearOutOfRange", func() error { _, err := s.Clusters(ctx, campaign.ClusterFilter{Year: 20190}); return err }},
		{"InitiativesInvertedPeriod", func() error {
			_, err := s.Initiatives(ctx, campaign.InitiativeFilter{Recognised: thidua.Period{From: d(2020, 1, 1), To: d(2019, 1, 1)}})
			return err
		}},
		{"InitiativesEmptyAuthor", func() error {
			_, err := s.Initiatives(ctx, campaign.InitiativeFilter{Authors: []org.PersonID{personAn, ""}})
			return err
		}},
		{"InitiativesOfWithAuthors", func() error {
			_, err := s.InitiativesOf(ctx, personAn, campaign.InitiativeFilter{Authors: []org.PersonID{personBinh}})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantErr(t, tt.query(), thidua.ErrInvalid) })
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	calls := map[string]func() error{
		"ScoreTables": func() error { _, err := s.ScoreTables(cctx); return err },
		"Clusters":    func() error { _, err := s.Clusters(cctx, campaign.ClusterFilter{}); return err },
		"Initiatives": func() error { _, err := s.Initiatives(cctx, campaign.InitiativeFilter{}); return err },
		"Uses":        func() error { _, err := s.Uses(cctx, campaign.UseFilter{}); return err },
		"Copy":        func() error { return campaign.Copy(cctx, campaign.NewMemStore(Options()), s) },
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a cancelled context: error = %v, want context.Canceled", name, err)
		}
	}
}

// testSetReads checks the set-based reads against the one-at-a-time ones.
func testSetReads(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	populate(t, ctx, s)
	filters := []struct {
		name string
		f    campaign.InitiativeFilter
	}{
		{"All", campaign.InitiativeFilter{}},
		{"Period", campaign.InitiativeFilter{Recognised: thidua.Years(2018, 2019)}},
		{"Level", campaign.InitiativeFilter{MinLevel: campaign.LevelMinistry}},
	}
	sets := [][]org.PersonID{
		{personAn},
		{personAn, personChi},
		{personChi, personDao, personUnknwn, personChi},
		{personUnknwn},
	}
	for _, ff := range filters {
		for _, set := range sets {
			t.Run(ff.name, func(t *testing.T) {
				// The expected answer: the union of each author's
				// initiatives, once each, by recognition date then ID.
				seen := map[campaign.InitiativeID]bool{}
				var want []campaign.Initiative
				for _, p := range set {
					one, err := s.InitiativesOf(ctx, p, ff.f)
					if err != nil {
						t.Fatal(err)
					}
					for _, in := range one {
						if !seen[in.ID] {
							seen[in.ID] = true
							want = append(want, in)
						}
					}
				}
				slices.SortFunc(want, func(a, b campaign.Initiative) int {
					if c := a.Recognised.Compare(b.Recognised); c != 0 {
						return c
					}
					switch {
					case a.ID < b.ID:
						return -1
					case a.ID > b.ID:
						return 1
					}
					return 0
				})
				f := ff.f
				f.Authors = set
				got, err := s.Initiatives(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				if dd := diff(want, got); dd != "" {
					t.Errorf("Initiatives of %v (-want +got):\n%s", set, dd)
				}
			})
		}
	}
	allRegs, err := s.Registrations(ctx, campaign.RegistrationFilter{})
	if err != nil {
		t.Fatal(err)
	}
	allResults, err := s.Results(ctx, campaign.RegistrationFilter{})
	if err != nil {
		t.Fatal(err)
	}
	in := func(f campaign.RegistrationFilter, m campaign.MovementID, year int, p campaign.Participant) bool {
		return (len(f.Movements) == 0 || slices.Contains(f.Movements, m)) &&
			(f.Year == 0 || f.Year == year) &&
			(len(f.Units) == 0 && len(f.People) == 0 ||
				p.IsUnit() && slices.Contains(f.Units, p.Unit) || !p.IsUnit() && slices.Contains(f.People, p.Person))
	}
	regFilters := []struct {
		name    string
		f       campaign.RegistrationFilter
		regs    int // expected counts, from the populated records
		results int
	}{
		{"Movements", campaign.RegistrationFilter{Movements: []campaign.MovementID{"pt-nong-thon-moi", "khong-co"}}, 1, 0},
		{"Units", campaign.RegistrationFilter{Units: []org.UnitID{unitCucDT, unitUnknown}}, 1, 3},
		{"People", campaign.RegistrationFilter{People: []org.PersonID{personAn, personBinh}}, 2, 1},
		{"UnitsAndPeople", campaign.RegistrationFilter{Units: []org.UnitID{unitCaoLanh}, People: []org.PersonID{personBinh}}, 2, 0},
		{"LongSets", campaign.RegistrationFilter{Units: longUnits(unitCucDT), People: []org.PersonID{personAn}}, 2, 4},
		{"AllSets", campaign.RegistrationFilter{Year: 2019, Movements: []campaign.MovementID{"pt-2016-2020"},
			Units: []org.UnitID{unitCaoLanh, unitCucDT}, People: []org.PersonID{personAn}}, 2, 4},
	}
	for _, tt := range regFilters {
		t.Run("Registrations"+tt.name, func(t *testing.T) {
			var want []campaign.Registration
			for _, r := range allRegs {
				if in(tt.f, r.Movement, r.Year, r.Participant) {
					want = append(want, r)
				}
			}
			got, err := s.Registrations(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if dd := diff(want, got); dd != "" || len(got) != tt.regs {
				t.Errorf("Registrations(%+v): %d, want %d (-want +got):\n%s", tt.f, len(got), tt.regs, dd)
			}
			var wantRes []campaign.Result
			for _, r := range allResults {
				if in(tt.f, r.Movement, r.Year, r.Participant) {
					wantRes = append(wantRes, r)
				}
			}
			gotRes, err := s.Results(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if dd := diff(wantRes, gotRes); dd != "" || len(gotRes) != tt.results {
				t.Errorf("Results(%+v): %d, want %d (-want +got):\n%s", tt.f, len(gotRes), tt.results, dd)
			}
		})
	}
	idSets := [][]campaign.InitiativeID{
		{"sk-2019-01", "sk-2018-07"},
		{"sk-2016-01", "khong-co", "sk-2018-07", "sk-2018-07"},
		{"khong-co"},
	}
	for _, ids := range idSets {
		var want []campaign.InitiativeUse
		for _, id := range slices.Compact(slices.Sorted(slices.Values(ids))) {
			uses, err := s.InitiativeUses(ctx, id)
			if errors.Is(err, thidua.ErrNotFound) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, uses...)
		}
		got, err := s.Uses(ctx, campaign.UseFilter{Initiatives: ids})
		if err != nil {
			t.Fatal(err)
		}
		if dd := diff(want, got); dd != "" {
			t.Errorf("Uses of %v (-want +got):\n%s", ids, dd)
		}
	}
}

// testCopy copies a populated store into a fresh one, from the store under
// test to a memory store and back, and checks that each holds the same.
func testCopy(t *testing.T, newStore NewStore) {
	src, ctx := open(t, newStore)
	populate(t, ctx, src)
	want, err := campaign.TakeSnapshot(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	mem := campaign.NewMemStore(Options())
	dst, _ := open(t, newStore)
	steps := []struct {
		name     string
		from, to campaign.Store
	}{
		{"StoreToStore", src, dst},
		{"StoreToMemory", dst, mem},
		{"MemoryToStore", mem, newStore(t)},
	}
	for _, st := range steps {
		if err := campaign.Copy(ctx, st.to, st.from); err != nil {
			t.Fatalf("%s: Copy: %v", st.name, err)
		}
		got, err := campaign.TakeSnapshot(ctx, st.to)
		if err != nil {
			t.Fatal(err)
		}
		if dd := cmp.Diff(want, got, snapshotOpts); dd != "" {
			t.Errorf("%s: copy differs from the source (-want +got):\n%s", st.name, dd)
		}
		// The copy works as the source does: rules and rankings.
		if lead, err := campaign.Leads(ctx, st.to, unitCucDT, 2019); err != nil || !lead {
			t.Errorf("%s: Leads after copy = %v, %v; want true", st.name, lead, err)
		}
		wantErr(t, st.to.UseInitiative(ctx, "sk-2018-07", "cstd-co-so", "qd-khac"), thidua.ErrConflict)
	}
}

// testCopyConflict copies into a store that already holds a record with a
// clashing ID: ErrConflict.
func testCopyConflict(t *testing.T, newStore NewStore) {
	src, ctx := open(t, newStore)
	populate(t, ctx, src)
	dst, _ := open(t, newStore)
	mustAdd(t, dst.AddScoreTable(ctx, scoreTable()))
	wantErr(t, campaign.Copy(ctx, dst, src), thidua.ErrConflict)
	again, _ := open(t, newStore)
	mustAdd(t, campaign.Copy(ctx, again, src))
	wantErr(t, campaign.Copy(ctx, again, src), thidua.ErrConflict)

	// A clash found late, after most records were written: a store that
	// batches (campaign.Batcher) is left as it was.
	late, _ := open(t, newStore)
	mustAdd(t, late.AddInitiative(ctx, initiative("sk-2020-02", campaign.LevelGrassroots, d(2020, 5, 4), author(personBinh, ""))))
	before, err := campaign.TakeSnapshot(ctx, late)
	mustAdd(t, err)
	wantErr(t, campaign.Copy(ctx, late, src), thidua.ErrConflict)
	if _, ok := late.(campaign.Batcher); ok {
		after, err := campaign.TakeSnapshot(ctx, late)
		mustAdd(t, err)
		if dd := cmp.Diff(before, after, snapshotOpts); dd != "" {
			t.Errorf("a failed Copy into a Batcher changed it (-before +after):\n%s", dd)
		}
	}
}

// NewOneUseStore returns a new, empty store for t made with [Options] and
// OneUsePerInitiative set.
type NewOneUseStore func(t *testing.T) campaign.Store

// RunOneUseTests checks a store that allows one use per initiative (see
// [campaign.Options.OneUsePerInitiative]): "one achievement, one form"
// read strictly (Luật Thi đua, khen thưởng 2022, Điều 5).
func RunOneUseTests(t *testing.T, newStore NewOneUseStore) {
	s := newStore(t)
	ctx := context.Background()
	mustAdd(t, s.AddInitiative(ctx, initiative("sk-1", campaign.LevelGrassroots, d(2019, 11, 20), author(personAn, ""))))
	mustAdd(t, s.AddInitiative(ctx, initiative("sk-2", campaign.LevelGrassroots, d(2019, 11, 20), author(personAn, ""))))
	mustAdd(t, s.UseInitiative(ctx, "sk-1", "cstd-co-so", "qd-2019-45"))
	wantErr(t, s.UseInitiative(ctx, "sk-1", "bang-khen-bo", "qd-2021-07"), thidua.ErrConflict)
	wantErr(t, s.UseInitiative(ctx, "sk-1", "cstd-co-so", "qd-2020-12"), thidua.ErrConflict)
	mustAdd(t, s.UseInitiative(ctx, "sk-2", "bang-khen-bo", "qd-2021-07"))
	got, err := s.Uses(ctx, campaign.UseFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := []campaign.InitiativeUse{
		{Initiative: "sk-1", Award: "cstd-co-so", Grant: "qd-2019-45"},
		{Initiative: "sk-2", Award: "bang-khen-bo", Grant: "qd-2021-07"},
	}
	if dd := diff(want, got); dd != "" {
		t.Errorf("uses (-want +got):\n%s", dd)
	}
}

// longUnits returns 40 unknown units and the given ones: a set long
// enough that a store may look it up differently.
func longUnits(known ...org.UnitID) []org.UnitID {
	var out []org.UnitID
	for i := range 40 {
		out = append(out, org.UnitID(fmt.Sprintf("khong-ton-tai-%02d", i)))
	}
	return append(out, known...)
}
