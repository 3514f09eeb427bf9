package campaigntest

import (
	"context"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/hostile"
	"github.com/thidua-go/thidua/org"
)

// hostileOp is one write of hostile input.
type hostileOp func(ctx context.Context, s campaign.Store) error

func addMovement(edit func(*campaign.Movement)) hostileOp {
	return func(ctx context.Context, s campaign.Store) error {
		m := thematicMovement()
		m.ID = "pt-moi"
		m.Targets = []campaign.Target{{ID: "so-viec", Name: "Số việc", Measure: campaign.Count, Value: dec("10")}}
		edit(&m)
		return s.AddMovement(ctx, m)
	}
}

func register(edit func(*campaign.Registration)) hostileOp {
	return func(ctx context.Context, s campaign.Store) error {
		r := registration(campaign.UnitParticipant(unitCaoLanh), 2019, d(2019, 1, 20), "ttld-xuat-sac")
		edit(&r)
		return s.Register(ctx, r)
	}
}

func addResult(edit func(*campaign.Result)) hostileOp {
	return func(ctx context.Context, s campaign.Store) error {
		r := result("ton", campaign.UnitParticipant(unitCaoLanh), "10")
		edit(&r)
		return s.AddResult(ctx, r)
	}
}

func addScoreTable(edit func(*campaign.ScoreTable)) hostileOp {
	return func(ctx context.Context, s campaign.Store) error {
		t := scoreTable()
		t.ID = "bang-diem-moi"
		edit(&t)
		return s.AddScoreTable(ctx, t)
	}
}

func addCluster(edit func(*campaign.Cluster)) hostileOp {
	return func(ctx context.Context, s campaign.Store) error {
		c := cluster("khoi-moi-2021", campaign.Khoi, 2021, unitCucDT, unitCucAG)
		edit(&c)
		return s.AddCluster(ctx, c)
	}
}

func setRanking(edit func([]campaign.Rank)) hostileOp {
	return func(ctx context.Context, s campaign.Store) error {
		r := []campaign.Rank{{Unit: unitCucDT, Place: 1, Total: 100 * campaign.Point}, {Unit: unitCucAG, Place: 2, Total: 90 * campaign.Point}}
		edit(r)
		return s.SetRanking(ctx, "cum-dbscl-2020", r)
	}
}

func addInitiative(edit func(*campaign.Initiative)) hostileOp {
	return func(ctx context.Context, s campaign.Store) error {
		in := initiative("sk-moi", campaign.LevelGrassroots, d(2021, 3, 1), author(personAn, "60"), author(personBinh, "40"))
		edit(&in)
		return s.AddInitiative(ctx, in)
	}
}

// testHostileInput feeds the store invalid UTF-8, blank and padded IDs,
// values that would overflow or take unbounded time, and text over the
// limits: each call fails with ErrInvalid naming the field, and the store
// is unchanged.
func testHostileInput(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	populate(t, ctx, s)
	type row struct {
		name  string
		op    hostileOp
		field string
	}
	pt := campaign.Point
	rows := []row{
		// Invalid UTF-8 wherever text enters.
		{"movement title utf8", addMovement(func(m *campaign.Movement) { m.Title = hostile.BadUTF8 }), "title"},
		{"launcher name utf8", addMovement(func(m *campaign.Movement) { m.Launcher.Name = hostile.BadUTF8 }), "launcher.name"},
		{"target name utf8", addMovement(func(m *campaign.Movement) { m.Targets[0].Name = hostile.BadUTF8 }), "targets[0]"},
		{"registration note utf8", register(func(r *campaign.Registration) { r.Note = hostile.BadUTF8 }), "note"},
		{"score table name utf8", addScoreTable(func(t *campaign.ScoreTable) { t.Name = hostile.BadUTF8 }), "name"},
		{"criterion name utf8", addScoreTable(func(t *campaign.ScoreTable) { t.Criteria[2].Name = hostile.BadUTF8 }), "criteria"},
		{"cluster name utf8", addCluster(func(c *campaign.Cluster) { c.Name = hostile.BadUTF8 }), "name"},
		{"ranking explanation utf8", setRanking(func(r []campaign.Rank) { r[0].Explanation = hostile.BadUTF8 }), "ranking"},
		{"initiative title utf8", addInitiative(func(in *campaign.Initiative) { in.Title = hostile.BadUTF8 }), "title"},
		{"initiative body utf8", addInitiative(func(in *campaign.Initiative) { in.RecognisedBy = hostile.BadUTF8 }), "recognised_by"},
		{"initiative decision utf8", addInitiative(func(in *campaign.Initiative) { in.Decision = hostile.BadUTF8 }), "decision"},

		// Overflow and values that would take unbounded time.
		{"criterion max 1<<62", addScoreTable(func(t *campaign.ScoreTable) { t.Criteria[2].Max = 1 << 62 }), "criteria"},
		{"criteria wrap", addScoreTable(func(t *campaign.ScoreTable) {
			t.Criteria = []campaign.Criterion{
				{ID: "1", Name: "Một", Max: math.MaxInt64},
				{ID: "2", Name: "Hai", Max: math.MaxInt64},
				{ID: "3", Name: "Ba", Max: 2},
			}
		}), "criteria"},
		{"children wrap", addScoreTable(func(t *campaign.ScoreTable) {
			t.Criteria = []campaign.Criterion{{ID: "1", Name: "Một", Children: []campaign.Criterion{
				{ID: "1.1", Name: "Một", Max: 1 << 62}, {ID: "1.2", Name: "Hai", Max: 1 << 62},
			}}}
		}), "criteria"},
		{"table above MaxPoints", addScoreTable(func(t *campaign.ScoreTable) {
			t.Criteria = []campaign.Criterion{
				{ID: "1", Name: "Một", Max: campaign.MaxPoints},
				{ID: "2", Name: "Hai", Max: pt},
			}
		}), "criteria"},
		{"ranking place past members", setRanking(func(r []campaign.Rank) { r[1].Place = math.MaxInt }), "ranking"},
		{"ranking total 1<<62", setRanking(func(r []campaign.Rank) { r[0].Total = 1 << 62 }), "ranking"},
		{"target value 1e30", addMovement(func(m *campaign.Movement) { m.Targets[0].Value = dec("1e30") }), "targets[0]"},
		{"result 1e-100000", addResult(func(r *campaign.Result) { r.Actual = decimal.New(1, -100_000) }), "actual"},
		{"result 1e19", addResult(func(r *campaign.Result) { r.Actual = dec("1e19") }), "actual"},
		{"share 7 places", addInitiative(func(in *campaign.Initiative) {
			in.Authors = []campaign.Author{author(personAn, "33.3333333"), author(personBinh, "33.3333333"), author(personChi, "33.3333334")}
		}), "authors"},

		// Size.
		{"movement title huge", addMovement(func(m *campaign.Movement) { m.Title = hostile.HugeTitle }), "title"},
		{"launcher name huge", addMovement(func(m *campaign.Movement) { m.Launcher.Name = hostile.HugeName }), "launcher.name"},
		{"registration note huge", register(func(r *campaign.Registration) { r.Note = hostile.HugeNote }), "note"},
		{"cluster name huge", addCluster(func(c *campaign.Cluster) { c.Name = hostile.HugeTitle }), "name"},
		{"initiative title huge", addInitiative(func(in *campaign.Initiative) { in.Title = hostile.HugeTitle }), "title"},
		{"ranking explanation huge", setRanking(func(r []campaign.Rank) { r[0].Explanation = hostile.HugeNote }), "ranking"},
	}
	for kind, id := range hostile.IDs() {
		rows = append(rows,
			row{"movement id " + kind, addMovement(func(m *campaign.Movement) { m.ID = campaign.MovementID(id) }), "id"},
			row{"movement parent " + kind, addMovement(func(m *campaign.Movement) { m.Parent = campaign.MovementID(id) }), "parent"},
			row{"launcher unit " + kind, addMovement(func(m *campaign.Movement) { m.Launcher.Unit = org.UnitID(id) }), "launcher.unit"},
			row{"participant unit " + kind, addMovement(func(m *campaign.Movement) { m.Participants = []org.UnitID{org.UnitID(id)} }), "participants"},
			row{"target id " + kind, addMovement(func(m *campaign.Movement) { m.Targets[0].ID = id }), "targets[0]"},
			row{"registration movement " + kind, register(func(r *campaign.Registration) { r.Movement = campaign.MovementID(id) }), "movement"},
			row{"registration participant " + kind, register(func(r *campaign.Registration) { r.Participant = campaign.UnitParticipant(org.UnitID(id)) }), "participant"},
			row{"registration title " + kind, register(func(r *campaign.Registration) { r.Titles = []string{id} }), "titles"},
			row{"result target " + kind, addResult(func(r *campaign.Result) { r.Target = id }), "target"},
			row{"result participant " + kind, addResult(func(r *campaign.Result) { r.Participant = campaign.PersonParticipant(org.PersonID(id)) }), "participant"},
			row{"score table id " + kind, addScoreTable(func(t *campaign.ScoreTable) { t.ID = campaign.ScoreTableID(id) }), "id"},
			row{"criterion id " + kind, addScoreTable(func(t *campaign.ScoreTable) { t.Criteria[2].ID = id }), "criteria"},
			row{"scorecard unit " + kind, func(ctx context.Context, s campaign.Store) error {
				return s.AddScores(ctx, card(org.UnitID(id), map[string]campaign.Points{"3": pt}))
			}, "unit"},
			row{"cluster id " + kind, addCluster(func(c *campaign.Cluster) { c.ID = campaign.ClusterID(id) }), "id"},
			row{"cluster member " + kind, addCluster(func(c *campaign.Cluster) { c.Members[1] = org.UnitID(id) }), "members"},
			row{"cluster table " + kind, addCluster(func(c *campaign.Cluster) { c.Table = campaign.ScoreTableID(id) }), "table"},
			row{"initiative id " + kind, addInitiative(func(in *campaign.Initiative) { in.ID = campaign.InitiativeID(id) }), "id"},
			row{"initiative author " + kind, addInitiative(func(in *campaign.Initiative) { in.Authors[1].Person = org.PersonID(id) }), "authors"},
			row{"use award " + kind, func(ctx context.Context, s campaign.Store) error {
				return s.UseInitiative(ctx, "sk-2020-02", id, "qd-2021-01")
			}, "award"},
			row{"use grant " + kind, func(ctx context.Context, s campaign.Store) error {
				return s.UseInitiative(ctx, "sk-2020-02", "cstd-co-so", id)
			}, "grant"},
		)
	}
	before, err := campaign.TakeSnapshot(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.op(ctx, s)
			hostile.Want(t, err, tt.field)
			after, err := campaign.TakeSnapshot(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			if dd := cmp.Diff(before, after, snapshotOpts); dd != "" {
				t.Errorf("store changed by a failed call (-before +after):\n%s", dd)
			}
		})
	}
}
