package campaign_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// directory is a tiny [campaign.Directory] for the examples: unit short
// names by ID, and no people.
type directory map[org.UnitID]string

// Unit returns a unit carrying only its ID and short name.
func (d directory) Unit(_ context.Context, id org.UnitID) (org.Unit, error) {
	name, ok := d[id]
	if !ok {
		return org.Unit{}, thidua.NotFound("example: unit", "unit", string(id))
	}
	return org.Unit{ID: id, ShortName: name}, nil
}

// Person knows nobody.
func (d directory) Person(_ context.Context, id org.PersonID) (org.Person, error) {
	return org.Person{}, thidua.NotFound("example: person", "person", string(id))
}

// The Cục Thi hành án dân sự tỉnh Đồng Tháp takes part in the justice
// sector's 2016–2020 movement, launches a peak drive inside it, registers
// for 2019 and is ranked first in its cluster.
func Example() {
	ctx := context.Background()
	s := campaign.NewMemStore(nil)

	movement := campaign.Movement{
		ID:       "btp-2016-2020",
		Title:    "Toàn ngành Tư pháp đoàn kết, kỷ cương, sáng tạo, tích cực thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao giai đoạn 2016 - 2020",
		Kind:     campaign.Regular,
		Launcher: campaign.Launcher{Name: "Bộ Tư pháp"},
		Period:   thidua.Years(2016, 2020),
		Registration: []thidua.Period{
			{From: thidua.MustDate(2019, 1, 1), To: thidua.MustDate(2019, 3, 31)},
			{From: thidua.MustDate(2020, 1, 1), To: thidua.MustDate(2020, 3, 31)},
		},
	}
	drive := campaign.Movement{
		ID:       "dt-cao-diem-2019",
		Title:    "Đợt cao điểm tập trung thi hành án năm 2019",
		Kind:     campaign.PeakDrive,
		Launcher: campaign.Launcher{Unit: "cuc-dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp"},
		Period:   thidua.Period{From: thidua.MustDate(2019, 8, 1), To: thidua.MustDate(2019, 9, 30)},
		Parent:   movement.ID,
	}
	for _, m := range []campaign.Movement{movement, drive} {
		if err := s.AddMovement(ctx, m); err != nil {
			fmt.Println(err)
		}
	}
	drives, _ := s.Movements(ctx, campaign.MovementFilter{Parent: movement.ID})
	for _, d := range drives {
		fmt.Printf("%s (%s), counts for merit: %v\n", d.Title, d.Kind, d.Kind.CountsForMerit())
	}

	// Registrations for 2019: the Cục pledges collective titles; a person
	// may not pledge one.
	err := s.Register(ctx, campaign.Registration{
		Movement: movement.ID, Year: 2019, Date: thidua.MustDate(2019, 1, 15),
		Participant: campaign.UnitParticipant("cuc-dt"),
		Titles:      []string{"ttld-xuat-sac", "co-bo"}, // award.TTLDXS, award.CoBo
	})
	fmt.Println("Cục THADS Đồng Tháp registered:", err == nil)
	err = s.Register(ctx, campaign.Registration{
		Movement: movement.ID, Year: 2019, Date: thidua.MustDate(2019, 1, 15),
		Participant: campaign.PersonParticipant("nguyen-van-an"),
		Titles:      []string{"ttld-xuat-sac"},
	})
	fmt.Println("a person pledging a collective title is invalid:", errors.Is(err, thidua.ErrInvalid))

	// The Mekong delta cluster is scored on a three-criterion table.
	table := campaign.ScoreTable{ID: "cum-dbscl-2019", Name: "Bảng chấm điểm Cụm thi đua năm 2019", Criteria: []campaign.Criterion{
		{ID: "1", Name: "Kết quả thi hành án", Max: 40 * campaign.Point},
		{ID: "2", Name: "Công tác tổ chức cán bộ", Max: 30 * campaign.Point},
		{ID: "3", Name: "Phong trào thi đua", Max: 30 * campaign.Point},
	}}
	_ = s.AddScoreTable(ctx, table)
	const pt = campaign.Point
	for _, c := range []struct {
		unit       org.UnitID
		p1, p2, p3 campaign.Points
	}{
		{"cuc-dt", 38*pt + 50, 29 * pt, 27 * pt},
		{"cuc-ag", 37 * pt, 29*pt + 50, 28 * pt},
		{"cuc-tg", 38*pt + 50, 28 * pt, 28 * pt},
	} {
		_ = s.AddScores(ctx, campaign.Scorecard{Table: table.ID, Unit: c.unit,
			Points: map[string]campaign.Points{"1": c.p1, "2": c.p2, "3": c.p3}})
	}
	_ = s.AddCluster(ctx, campaign.Cluster{ID: "cum-dbscl-2019", Name: "Cụm thi đua các tỉnh Đồng bằng sông Cửu Long",
		Kind: campaign.Cum, Year: 2019, Members: []org.UnitID{"cuc-ag", "cuc-dt", "cuc-tg"}, Table: table.ID})
	names := directory{"cuc-dt": "Cục THADS Đồng Tháp", "cuc-ag": "Cục THADS An Giang", "cuc-tg": "Cục THADS Tiền Giang"}
	ranks, err := campaign.RankCluster(ctx, s, "cum-dbscl-2019", names)
	if err != nil {
		fmt.Println(err)
	}
	for _, r := range ranks {
		fmt.Printf("%d. %s: %s\n", r.Place, r.Unit, r.Explanation)
	}
	_ = s.SetRanking(ctx, "cum-dbscl-2019", ranks)
	lead, _ := campaign.Leads(ctx, s, "cuc-dt", 2019)
	fmt.Println("Cục THADS Đồng Tháp leads its cluster in 2019:", lead)
	// Output:
	// Đợt cao điểm tập trung thi hành án năm 2019 (đợt cao điểm), counts for merit: false
	// Cục THADS Đồng Tháp registered: true
	// a person pledging a collective title is invalid: true
	// 1. cuc-dt: Tổng điểm 94,5. Bằng điểm với Cục THADS Tiền Giang; xếp trên do điểm tiêu chí 2 cao hơn (29 so với 28).
	// 2. cuc-tg: Tổng điểm 94,5. Bằng điểm với Cục THADS Đồng Tháp; xếp dưới do điểm tiêu chí 2 thấp hơn (28 so với 29). Bằng điểm với Cục THADS An Giang; xếp trên do điểm tiêu chí 1 cao hơn (38,5 so với 37).
	// 3. cuc-ag: Tổng điểm 94,5. Bằng điểm với Cục THADS Tiền Giang; xếp dưới do điểm tiêu chí 1 thấp hơn (37 so với 38,5).
	// Cục THADS Đồng Tháp leads its cluster in 2019: true
}

// Results against the targets "96% về việc" and "96,2% về tiền".
func ExampleEvaluate() {
	viec := campaign.Target{ID: "viec", Name: "Tỷ lệ thi hành xong về việc", Measure: campaign.Percent, Value: decimal.RequireFromString("96")}
	tien := campaign.Target{ID: "tien", Name: "Tỷ lệ thi hành xong về tiền", Measure: campaign.Percent, Value: decimal.RequireFromString("96.2")}
	for _, o := range []campaign.Outcome{
		campaign.Evaluate(viec, decimal.RequireFromString("97.35")),
		campaign.Evaluate(tien, decimal.RequireFromString("96.1")),
	} {
		fmt.Printf("%s: %s (%s điểm %%)\n", o.Target.Name, o.Status, o.Margin)
	}
	// Output:
	// Tỷ lệ thi hành xong về việc: vượt (1.35 điểm %)
	// Tỷ lệ thi hành xong về tiền: không đạt (-0.1 điểm %)
}

// One achievement earns one form (Luật Thi đua, khen thưởng 2022 art. 5):
// an initiative used for a CSTĐCS grant cannot back a second CSTĐCS grant.
func ExampleMemStore_UseInitiative() {
	ctx := context.Background()
	s := campaign.NewMemStore(nil)
	_ = s.AddInitiative(ctx, campaign.Initiative{
		ID:           "sk-2019-03",
		Title:        "Giải pháp nâng cao hiệu quả xác minh điều kiện thi hành án",
		Kind:         campaign.KindInitiative,
		Authors:      []campaign.Author{{Person: "nguyen-van-an", Share: decimal.NewFromInt(70)}, {Person: "tran-thi-binh", Share: decimal.NewFromInt(30)}},
		Level:        campaign.LevelGrassroots,
		RecognisedBy: "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp",
		Created:      thidua.MustDate(2019, 3, 1),
		Recognised:   thidua.MustDate(2019, 11, 20),
		Applied:      true,
	})
	fmt.Println(s.UseInitiative(ctx, "sk-2019-03", "cstd-co-so", "qd-45-2019"))
	err := s.UseInitiative(ctx, "sk-2019-03", "cstd-co-so", "qd-12-2020")
	fmt.Println(errors.Is(err, thidua.ErrConflict))
	mine, _ := s.InitiativesOf(ctx, "tran-thi-binh", campaign.InitiativeFilter{Recognised: thidua.Year(2019)})
	fmt.Println(mine[0].Title, mine[0].ShareOf("tran-thi-binh"), mine[0].Level)
	// Output:
	// <nil>
	// true
	// Giải pháp nâng cao hiệu quả xác minh điều kiện thi hành án 30 cơ sở
}

// ExampleCopy moves everything a store holds into another one — here from
// memory to memory; the same call copies into a SQL store of package
// campaignsql, in one transaction — and reads the initiatives of a set of
// people at once.
func ExampleCopy() {
	ctx := context.Background()
	src := campaign.NewMemStore(nil)
	for _, in := range []campaign.Initiative{
		{ID: "sk-2019-01", Title: "Giải pháp xác minh điều kiện thi hành án qua ngân hàng", Kind: campaign.KindInitiative,
			Authors: []campaign.Author{{Person: "nguyen-van-an"}}, Level: campaign.LevelGrassroots,
			RecognisedBy: "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp",
			Created:      thidua.MustDate(2019, 6, 1), Recognised: thidua.MustDate(2019, 11, 20)},
		{ID: "sk-2020-04", Title: "Quy trình phối hợp thu hồi tài sản", Kind: campaign.KindInitiative,
			Authors: []campaign.Author{{Person: "tran-thi-binh", Share: decimal.NewFromInt(60)}, {Person: "le-minh-chi", Share: decimal.NewFromInt(40)}},
			Level:   campaign.LevelMinistry, RecognisedBy: "Hội đồng sáng kiến Bộ Tư pháp",
			Created: thidua.MustDate(2020, 3, 1), Recognised: thidua.MustDate(2020, 10, 5)},
	} {
		if err := src.AddInitiative(ctx, in); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := src.UseInitiative(ctx, "sk-2019-01", "cstd-co-so", "qd-45-2019"); err != nil {
		fmt.Println(err)
		return
	}
	dst := campaign.NewMemStore(nil)
	if err := campaign.Copy(ctx, dst, src); err != nil {
		fmt.Println(err)
		return
	}
	a, _ := campaign.TakeSnapshot(ctx, src)
	b, _ := campaign.TakeSnapshot(ctx, dst)
	fmt.Println("same:", cmp.Equal(a, b))

	ins, _ := dst.Initiatives(ctx, campaign.InitiativeFilter{Authors: []org.PersonID{"nguyen-van-an", "le-minh-chi"}})
	for _, in := range ins {
		fmt.Println(in.Recognised, in.ID, in.Level)
	}
	uses, _ := dst.Uses(ctx, campaign.UseFilter{Initiatives: []campaign.InitiativeID{"sk-2019-01", "sk-2020-04"}})
	fmt.Println(uses)
	// Output:
	// same: true
	// 2019-11-20 sk-2019-01 cơ sở
	// 2020-10-05 sk-2020-04 bộ, ngành, tỉnh
	// [{sk-2019-01 cstd-co-so qd-45-2019}]
}

// A cluster's ranking, entered in the wrong order, is corrected and later
// cleared: each version replaced is kept with who changed it, when and
// why, and clearing without a reason is refused.
func ExampleStore_ReplaceRanking() {
	ctx := context.Background()
	s := campaign.NewMemStore(nil)
	_ = s.AddCluster(ctx, campaign.Cluster{ID: "cum-dbscl-2019", Name: "Cụm thi đua các tỉnh Đồng bằng sông Cửu Long",
		Kind: campaign.Cum, Year: 2019, Members: []org.UnitID{"cuc-ag", "cuc-dt"}})
	_ = s.SetRanking(ctx, "cum-dbscl-2019", []campaign.Rank{{Unit: "cuc-ag", Place: 1}, {Unit: "cuc-dt", Place: 2}})
	err := s.SetRanking(ctx, "cum-dbscl-2019", []campaign.Rank{{Unit: "cuc-dt", Place: 1}, {Unit: "cuc-ag", Place: 2}})
	fmt.Println("ranking again is a conflict:", errors.Is(err, thidua.ErrConflict))
	_ = s.ReplaceRanking(ctx, "cum-dbscl-2019", []campaign.Rank{{Unit: "cuc-dt", Place: 1}, {Unit: "cuc-ag", Place: 2}},
		thidua.Correction{By: "Trần Thị Bình", On: thidua.MustDate(2020, 1, 20), Reason: "Nhập nhầm thứ tự xếp hạng"})
	err = s.ReplaceRanking(ctx, "cum-dbscl-2019", nil, thidua.Correction{By: "Trần Thị Bình", On: thidua.MustDate(2020, 3, 2)})
	fmt.Println("clearing without a reason is invalid:", errors.Is(err, thidua.ErrInvalid))
	_ = s.ReplaceRanking(ctx, "cum-dbscl-2019", nil,
		thidua.Correction{By: "Trần Thị Bình", On: thidua.MustDate(2020, 3, 2), Reason: "Chấm điểm lại theo kết luận kiểm tra"})
	c, _ := s.Cluster(ctx, "cum-dbscl-2019")
	fmt.Println("ranked now:", len(c.Ranking) > 0)
	h, _ := s.RankingHistory(ctx, "cum-dbscl-2019")
	for _, rc := range h {
		fmt.Printf("%s, %s (%s): first was %s\n", rc.Correction.On, rc.Correction.By, rc.Correction.Reason, rc.Old[0].Unit)
	}
	// Output:
	// ranking again is a conflict: true
	// clearing without a reason is invalid: true
	// ranked now: false
	// 2020-01-20, Trần Thị Bình (Nhập nhầm thứ tự xếp hạng): first was cuc-ag
	// 2020-03-02, Trần Thị Bình (Chấm điểm lại theo kết luận kiểm tra): first was cuc-dt
}
