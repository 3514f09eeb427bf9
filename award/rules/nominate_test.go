package rules_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

func nominationTree() *award.Tree {
	return award.NewTree([]org.Unit{
		{ID: "bo", Name: "Bộ Tư pháp"},
		{ID: "cc1", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "bo"},
	}, []org.Person{
		{ID: "a", FullName: "Nguyễn Văn An", Assignments: []org.Assignment{{Unit: "cc1", Period: thidua.Since(d(2010, 1, 1))}}},
	})
}

// TestVerdictForNomination: a verdict becomes a nomination's verdict in one
// call, and a store gives it back with every criterion, reason and
// citation. The candidate meets CSTĐ cấp bộ 2019 under R2017 (CSTĐCS
// 2017-2019 and an applied ministry-level initiative, Luật TĐKT 2003, Điều
// 22) but for the council's ballot (NĐ 91/2017/NĐ-CP, Điều 45 khoản 8):
// eligible, pending. Its initiative SK-1 already counted for CSTĐCS 2018 and
// is left out (one achievement, one form).
func TestVerdictForNomination(t *testing.T) {
	ctx := context.Background()
	c := rate(person("a"), 2017, 2019, org.Excellent, award.LDTT, award.CSTDCS)
	c.Initiatives = []rules.Initiative{
		{ID: "SK-1", Kind: rules.Improvement, Level: rules.Ministry, Year: 2018, Applied: true, UsedFor: []rules.Use{{Code: award.CSTDCS, Year: 2018}}},
		initiative("SK-2", 2019, rules.Ministry, true),
	}
	v := rules.DefaultRegimes().Check(c, award.CSTDBo, 2019)
	if !v.Eligible || !v.Pending {
		t.Fatalf("verdict eligible %v pending %v, want eligible and pending (council ballot); failed %v", v.Eligible, v.Pending, failed(v))
	}
	nv := v.ForNomination(false)
	if nv.Regime != "R2017" || nv.Through != 2019 || nv.Basis != award.Regular || !nv.Eligible || !nv.Pending || nv.Flagged {
		t.Errorf("nomination verdict %+v, want R2017, through 2019, regular, eligible, pending, not flagged", nv)
	}
	if diff := cmp.Diff(v.Criteria, nv.Criteria); diff != "" {
		t.Errorf("criteria (-engine +nomination):\n%s", diff)
	}
	if cr := criterion(v, "cstdbo.hoi-dong"); cr == nil || !strings.Contains(nv.Summary, "còn chờ: "+cr.Reason) {
		t.Errorf("summary %q, want it to say what the verdict waits for", nv.Summary)
	}
	if cr := criterion(v, "cstdbo.sang-kien"); cr == nil || !strings.Contains(cr.Reason, "SK-1 đã được tính cho danh hiệu Chiến sĩ thi đua cơ sở năm 2018") {
		t.Errorf("initiative criterion %+v, want SK-1 left out as used for CSTĐCS 2018", cr)
	}

	n := award.Nomination{ID: "n1", Subject: award.Subject{Kind: award.CSTDBo, Recipient: award.Recipient{Person: "a"}, Year: 2019},
		Proposer: "cc1", Authority: "bo"}
	n, err := n.Apply(award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc1"}, On: d(2020, 1, 5), Verdict: nv}, nominationTree())
	if err != nil {
		t.Fatal(err)
	}
	s := award.NewMemStore()
	if err := s.AddNomination(ctx, n); err != nil {
		t.Fatal(err)
	}
	got, err := s.Nomination(ctx, "n1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(nv, got.Verdict); diff != "" {
		t.Errorf("stored verdict (-given +read):\n%s", diff)
	}
	if diff := cmp.Diff(nv, got.History[0].Verdict); diff != "" {
		t.Errorf("verdict of the proposing step (-given +read):\n%s", diff)
	}

	// Without the initiative: ineligible (Luật TĐKT 2003, Điều 22), the
	// summary names why, and the nomination goes ahead only flagged.
	c.Initiatives = c.Initiatives[:1]
	v = rules.DefaultRegimes().Check(c, award.CSTDBo, 2019)
	nv = v.ForNomination(false)
	if v.Eligible || !strings.HasPrefix(nv.Summary, "Chưa đủ điều kiện danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh năm 2019: ") ||
		!strings.Contains(nv.Summary, criterion(v, "cstdbo.sang-kien").Reason) {
		t.Errorf("ineligible summary %q, want the failed criterion's reason", nv.Summary)
	}
	n2 := award.Nomination{ID: "n2", Subject: award.Subject{Kind: award.CSTDBo, Recipient: award.Recipient{Person: "a"}, Year: 2019},
		Proposer: "cc1", Authority: "bo"}
	tr := award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc1"}, On: d(2020, 1, 5), Verdict: nv}
	if _, err := n2.Apply(tr, nominationTree()); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("unflagged ineligible verdict: %v, want ErrInvalid", err)
	}
	tr.Verdict = v.ForNomination(true)
	if _, err := n2.Apply(tr, nominationTree()); err != nil {
		t.Errorf("flagged ineligible verdict: %v", err)
	}
}

// TestGrantKindBasis: the engine's kinds and the catalogue's bases name the
// same kinds of commendation (Luật TĐKT 2022, Điều 8), and convert both ways.
func TestGrantKindBasis(t *testing.T) {
	want := map[rules.GrantKind]award.Basis{
		rules.Merit: award.Regular, rules.AdHoc: award.AdHoc, rules.Thematic: award.Thematic,
		rules.LongService: award.LongService, rules.Seniority: award.LengthOfService, rules.External: award.External,
	}
	for k, b := range want {
		if got := k.Basis(); got != b {
			t.Errorf("%d.Basis() = %v, want %v", k, got, b)
		}
		if got, ok := rules.KindOf(b); !ok || got != k {
			t.Errorf("KindOf(%v) = %d, %v; want %d", b, got, ok, k)
		}
	}
	for _, b := range []award.Basis{0, award.Regular | award.AdHoc, 1 << 7} {
		if _, ok := rules.KindOf(b); ok {
			t.Errorf("KindOf(%v) ok, want false (not one known basis)", b)
		}
	}
	if b := rules.GrantKind(99).Basis(); b != 0 {
		t.Errorf("unknown kind's basis %v, want 0", b)
	}
}

// TestLevels: an initiative's recognition level is campaign's own type in
// the rules, and converts to and from the level of an award's authority:
// cơ sở and bộ, ngành, tỉnh are the same scopes; a national recognition is
// the scope of the Government's and the President's awards.
func TestLevels(t *testing.T) {
	var l rules.Level = campaign.LevelMinistry // one type: no conversion needed
	in := rules.Initiative{ID: "SK", Level: l}
	if in.Level != rules.Ministry || in.Level.String() != "bộ, ngành, tỉnh" {
		t.Errorf("level %v, want Ministry named as campaign names it", in.Level)
	}
	for _, tt := range []struct {
		l    rules.Level
		a    award.Level
		back []award.Level
	}{
		{rules.Grassroots, award.LevelGrassroots, []award.Level{award.LevelGrassroots}},
		{rules.Ministry, award.LevelMinistry, []award.Level{award.LevelMinistry}},
		{rules.National, award.LevelGovernment, []award.Level{award.LevelGovernment, award.LevelState}},
	} {
		if got := rules.AwardLevel(tt.l); got != tt.a {
			t.Errorf("AwardLevel(%v) = %v, want %v", tt.l, got, tt.a)
		}
		for _, a := range tt.back {
			if got, ok := rules.LevelOf(a); !ok || got != tt.l {
				t.Errorf("LevelOf(%v) = %v, %v; want %v", a, got, ok, tt.l)
			}
		}
	}
	if _, ok := rules.LevelOf(0); ok {
		t.Errorf("LevelOf(0) ok, want false")
	}
	if got := rules.AwardLevel(0); got != 0 {
		t.Errorf("AwardLevel(0) = %v, want 0", got)
	}
}

// TestGrantOf: a stored grant converts to the engine's with its achievement
// year (the last year of its period) and its kind; one naming a movement
// without a basis cannot be told from the grant alone (a thematic
// movement's award does not count for merit, NĐ 98/2023/NĐ-CP, Điều 4).
func TestGrantOf(t *testing.T) {
	on := d(2021, 3, 1)
	g := award.Grant{ID: "g1", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.Recipient{Person: "a"},
		Period: thidua.Period{From: d(2019, 1, 1), To: d(2020, 12, 31)}, Basis: award.LongService}}
	got, ok := rules.GrantOf(g, on)
	if want := (rules.Grant{Code: award.BangKhenBo, Year: 2020, Kind: rules.LongService, Decided: on}); !ok || got != want {
		t.Errorf("GrantOf = %+v, %v; want %+v, true", got, ok, want)
	}
	g.Basis = 0
	if got, ok := rules.GrantOf(g, thidua.Date{}); !ok || got.Kind != rules.Merit {
		t.Errorf("no basis: %+v, %v; want Merit, true", got, ok)
	}
	g.Movement = "pt-2020"
	if _, ok := rules.GrantOf(g, thidua.Date{}); ok {
		t.Errorf("no basis and a movement: ok, want false (the movement decides)")
	}
}
