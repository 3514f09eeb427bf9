package campaigntest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// NewStore returns a new, empty store for the (sub)test t, configured with
// [Options]: it checks units and people against [Directory], uses
// [campaign.DefaultTitleRecipients] for pledged titles and allows one use
// of an initiative per award code. It may register cleanup with t.
type NewStore func(t *testing.T) campaign.Store

// Options returns the options the stores under test are made with: the
// fixture [Directory] and otherwise the defaults. Pass them to the store's
// constructor in the factory, e.g.
//
//	campaigntest.RunStoreTests(t, func(t *testing.T) campaign.Store {
//		return campaign.NewMemStore(campaigntest.Options())
//	})
func Options() *campaign.Options {
	return &campaign.Options{Directory: Directory()}
}

// Directory returns the directory the suite's records refer to: a few units
// and people of the civil judgment enforcement system of Đồng Tháp (Bộ Tư
// pháp, Tổng cục and the Cục of Đồng Tháp and An Giang, two Chi cục, and
// the provincial People's Committee).
func Directory() campaign.Directory { return fixtures() }

// RunStoreTests runs the conformance suite against stores made by
// newStore, each subtest on a fresh store (some, such as the copy tests,
// take two). The stores must be made with [Options].
func RunStoreTests(t *testing.T, newStore NewStore) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(*testing.T, NewStore)
	}{
		{"Movements", testMovements},
		{"MovementErrors", testMovementErrors},
		{"MovementQueries", testMovementQueries},
		{"Registrations", testRegistrations},
		{"RegistrationErrors", testRegistrationErrors},
		{"Results", testResults},
		{"ResultErrors", testResultErrors},
		{"ScoreTables", testScoreTables},
		{"ScoreErrors", testScoreErrors},
		{"Clusters", testClusters},
		{"ClusterErrors", testClusterErrors},
		{"RankingHistory", testRankingHistory},
		{"RankingHistoryErrors", testRankingHistoryErrors},
		{"AddHistory", testAddHistory},
		{"ConcurrentCorrections", testConcurrentCorrections},
		{"Initiatives", testInitiatives},
		{"InitiativeErrors", testInitiativeErrors},
		{"InitiativeUses", testInitiativeUses},
		{"FilterErrors", testFilterErrors},
		{"CleanText", testCleanText},
		{"HostileInput", testHostileInput},
		{"DefensiveCopies", testDefensiveCopies},
		{"CancelledContext", testCancelledContext},
		{"Concurrency", testConcurrency},
		{"ListEverything", testListEverything},
		{"ListErrors", testListErrors},
		{"SetReads", testSetReads},
		{"Copy", testCopy},
		{"CopyConflict", testCopyConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, newStore) })
	}
}

// Fixture units: Bộ Tư pháp → Tổng cục THADS → Cục THADS Đồng Tháp → two
// Chi cục; Cục THADS An Giang under the Tổng cục; UBND tỉnh Đồng Tháp on
// its own.
const (
	unitBTP      org.UnitID   = "btp"
	unitTongCuc  org.UnitID   = "tc-thads"
	unitCucDT    org.UnitID   = "cuc-thads-dong-thap"
	unitCaoLanh  org.UnitID   = "cc-thads-cao-lanh"
	unitLapVo    org.UnitID   = "cc-thads-lap-vo"
	unitCucAG    org.UnitID   = "cuc-thads-an-giang"
	unitUBND     org.UnitID   = "ubnd-dong-thap"
	unitUnknown  org.UnitID   = "khong-ton-tai"
	personAn     org.PersonID = "nguyen-van-an"      // Chấp hành viên, Chi cục Cao Lãnh
	personBinh   org.PersonID = "tran-thi-binh"      // Phó Cục trưởng, Cục THADS Đồng Tháp
	personChi    org.PersonID = "le-minh-chi"        // Cục THADS An Giang
	personDao    org.PersonID = "pham-thi-dao"       // Ủy ban nhân dân tỉnh, outside the justice sector
	personUnknwn org.PersonID = "khong-co-nguoi-nay" // not in the directory
)

// directory is a fixed [campaign.Directory] for the suite.
type directory struct {
	units  map[org.UnitID]org.Unit
	people map[org.PersonID]org.Person
}

// Unit returns the fixture unit, or an error wrapping thidua.ErrNotFound.
func (d directory) Unit(_ context.Context, id org.UnitID) (org.Unit, error) {
	u, ok := d.units[id]
	if !ok {
		return org.Unit{}, thidua.NotFound("campaigntest: unit", "unit", string(id))
	}
	return u, nil
}

// Person returns the fixture person, or an error wrapping thidua.ErrNotFound.
func (d directory) Person(_ context.Context, id org.PersonID) (org.Person, error) {
	p, ok := d.people[id]
	if !ok {
		return org.Person{}, thidua.NotFound("campaigntest: person", "person", string(id))
	}
	return p, nil
}

func fixtures() directory {
	always := thidua.Since(d(2000, 1, 1))
	units := []org.Unit{
		{ID: unitBTP, Name: "Bộ Tư pháp", Exists: always},
		{ID: unitTongCuc, Name: "Tổng cục Thi hành án dân sự", ShortName: "Tổng cục THADS", Parent: unitBTP, Exists: always},
		{ID: unitCucDT, Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", ShortName: "Cục THADS Đồng Tháp", Parent: unitTongCuc, Exists: always},
		{ID: unitCaoLanh, Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", ShortName: "Chi cục THADS Cao Lãnh", Parent: unitCucDT, Exists: always},
		{ID: unitLapVo, Name: "Chi cục Thi hành án dân sự huyện Lấp Vò", ShortName: "Chi cục THADS Lấp Vò", Parent: unitCucDT, Exists: always},
		{ID: unitCucAG, Name: "Cục Thi hành án dân sự tỉnh An Giang", ShortName: "Cục THADS An Giang", Parent: unitTongCuc, Exists: always},
		{ID: unitUBND, Name: "Ủy ban nhân dân tỉnh Đồng Tháp", Exists: always},
	}
	people := []org.Person{
		{ID: personAn, FullName: "Nguyễn Văn An", Gender: org.Male,
			Assignments: []org.Assignment{{Unit: unitCaoLanh, Position: "Chấp hành viên", Period: always}}},
		{ID: personBinh, FullName: "Trần Thị Bình", Gender: org.Female,
			Assignments: []org.Assignment{{Unit: unitCucDT, Position: "Phó Cục trưởng", Period: always}}},
		{ID: personChi, FullName: "Lê Minh Chí", Gender: org.Male,
			Assignments: []org.Assignment{{Unit: unitCucAG, Position: "Chấp hành viên", Period: always}}},
		{ID: personDao, FullName: "Phạm Thị Đào", Gender: org.Female,
			Assignments: []org.Assignment{{Unit: unitUBND, Position: "Chuyên viên", Period: always}}},
	}
	dir := directory{units: map[org.UnitID]org.Unit{}, people: map[org.PersonID]org.Person{}}
	for _, u := range units {
		dir.units[u.ID] = u
	}
	for _, p := range people {
		dir.people[p.ID] = p
	}
	return dir
}

func d(y int, m time.Month, day int) thidua.Date { return thidua.MustDate(y, m, day) }

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// open returns a fresh store on the fixture directory.
func open(t *testing.T, newStore NewStore) (campaign.Store, context.Context) {
	t.Helper()
	return newStore(t), context.Background()
}

// regularMovement is the 2016–2020 movement of the justice sector, with a
// registration window in the first quarter of each year and two targets.
func regularMovement() campaign.Movement {
	var windows []thidua.Period
	for y := 2016; y <= 2020; y++ {
		windows = append(windows, thidua.Period{From: d(y, 1, 1), To: d(y, 3, 31)})
	}
	return campaign.Movement{
		ID:           "pt-2016-2020",
		Title:        "Toàn ngành Tư pháp đoàn kết, kỷ cương, sáng tạo, tích cực thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao giai đoạn 2016 - 2020",
		Kind:         campaign.Regular,
		Launcher:     campaign.Launcher{Unit: unitBTP, Name: "Bộ Tư pháp"},
		Period:       thidua.Years(2016, 2020),
		Registration: windows,
		Participants: []org.UnitID{unitTongCuc},
		Targets: []campaign.Target{
			{ID: "viec", Name: "Tỷ lệ thi hành xong về việc", Measure: campaign.Percent, Value: dec("96")},
			{ID: "tien", Name: "Tỷ lệ thi hành xong về tiền", Measure: campaign.Percent, Value: dec("96.2")},
			{ID: "ton", Name: "Số việc tồn đọng", Measure: campaign.Count, Value: dec("120"), LowerIsBetter: true},
		},
	}
}

func thematicMovement() campaign.Movement {
	return campaign.Movement{
		ID:       "pt-nong-thon-moi",
		Title:    "Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới",
		Kind:     campaign.Thematic,
		Launcher: campaign.Launcher{Unit: unitBTP, Name: "Bộ Tư pháp"},
		Period:   thidua.Years(2016, 2020),
	}
}

func provinceMovement() campaign.Movement {
	return campaign.Movement{
		ID:       "pt-ubnd-2021",
		Title:    "Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2021",
		Kind:     campaign.Regular,
		Launcher: campaign.Launcher{Name: "Ủy ban nhân dân tỉnh Đồng Tháp"},
		Period:   thidua.Year(2021),
	}
}

func driveOf(parent campaign.Movement, id campaign.MovementID, p thidua.Period) campaign.Movement {
	return campaign.Movement{
		ID:       id,
		Title:    "Đợt cao điểm tập trung thi hành án",
		Kind:     campaign.PeakDrive,
		Launcher: campaign.Launcher{Unit: unitCucDT},
		Period:   p,
		Parent:   parent.ID,
	}
}

func mustAdd(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
}

// wantErr checks that err matches want (errors.Is) and is a *thidua.Error.
func wantErr(t *testing.T, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("error = %v, want one matching %v", err, want)
	}
	var te *thidua.Error
	if !errors.As(err, &te) {
		t.Errorf("error %v is not a *thidua.Error", err)
	}
}

// diff compares with decimals by value and errors by errors.Is.
func diff(want, got any) string {
	return cmp.Diff(want, got, cmpopts.EquateEmpty(), cmpopts.EquateErrors())
}

func testMovements(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	m := regularMovement()
	mustAdd(t, s.AddMovement(ctx, m))
	got, err := s.Movement(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if dd := diff(m, got); dd != "" {
		t.Errorf("Movement read back (-want +got):\n%s", dd)
	}
	wantErr(t, s.AddMovement(ctx, m), thidua.ErrConflict)
	_, err = s.Movement(ctx, "khong-co")
	wantErr(t, err, thidua.ErrNotFound)

	drive := driveOf(m, "dot-2019", thidua.Period{From: d(2019, 9, 1), To: d(2019, 9, 30)})
	mustAdd(t, s.AddMovement(ctx, drive))
	if got, _ := s.Movement(ctx, drive.ID); got.Kind.CountsForMerit() {
		t.Errorf("a peak drive counts for merit; want not (NĐ 98/2023 art. 4)")
	}
}

func testMovementErrors(t *testing.T, newStore NewStore) {
	parent := regularMovement()
	tests := []struct {
		name   string
		reason string
		edit   func(*campaign.Movement)
	}{
		{"EmptyTitle", "a movement needs a title", func(m *campaign.Movement) { m.Title = "" }},
		{"NoKind", "the zero kind is not a kind", func(m *campaign.Movement) { m.Kind = 0 }},
		{"NoLauncher", "someone launched the movement", func(m *campaign.Movement) { m.Launcher = campaign.Launcher{} }},
		{"BadPeriod", "a period ends after it starts", func(m *campaign.Movement) {
			m.Period = thidua.Period{From: d(2020, 1, 1), To: d(2019, 1, 1)}
		}},
		{"DriveWithoutParent", "a peak drive is inside a movement", func(m *campaign.Movement) { m.Parent = "" }},
		{"UnknownParent", "the parent must exist", func(m *campaign.Movement) { m.Parent = "khong-co" }},
		{"DriveBeforeParent", "a drive lies within its parent's period", func(m *campaign.Movement) {
			m.Period = thidua.Period{From: d(2015, 12, 1), To: d(2016, 1, 31)}
		}},
		{"DriveAfterParent", "a drive lies within its parent's period", func(m *campaign.Movement) {
			m.Period = thidua.Period{From: d(2020, 12, 1), To: d(2021, 1, 31)}
		}},
		{"UnknownLauncherUnit", "the launcher unit must be known", func(m *campaign.Movement) {
			m.Launcher = campaign.Launcher{Unit: unitUnknown}
		}},
		{"UnknownParticipant", "participating units must be known", func(m *campaign.Movement) {
			m.Participants = []org.UnitID{unitCucDT, unitUnknown}
		}},
		{"DuplicateParticipant", "a unit takes part once", func(m *campaign.Movement) {
			m.Participants = []org.UnitID{unitCucDT, unitCucDT}
		}},
		{"DuplicateTarget", "target IDs are unique", func(m *campaign.Movement) {
			m.Targets = []campaign.Target{
				{ID: "viec", Name: "Tỷ lệ về việc", Measure: campaign.Percent, Value: dec("96")},
				{ID: "viec", Name: "Tỷ lệ về tiền", Measure: campaign.Percent, Value: dec("96.2")},
			}
		}},
		{"PercentAbove100", "a percentage target is at most 100", func(m *campaign.Movement) {
			m.Targets = []campaign.Target{{ID: "viec", Name: "Tỷ lệ về việc", Measure: campaign.Percent, Value: dec("100.5")}}
		}},
		{"NegativeTarget", "a target value is not negative", func(m *campaign.Movement) {
			m.Targets = []campaign.Target{{ID: "tien", Name: "Số tiền", Measure: campaign.Money, Value: dec("-1")}}
		}},
		{"RegistrationWindowInverted", "windows are valid periods", func(m *campaign.Movement) {
			m.Registration = []thidua.Period{{From: d(2019, 3, 1), To: d(2019, 1, 1)}}
		}},
		{"RegistrationWindowBeforePeriod", "one registers for a movement during it, not years before", func(m *campaign.Movement) {
			m.Registration = []thidua.Period{{From: d(2010, 1, 1), To: d(2010, 3, 31)}}
		}},
		{"RegistrationWindowPastPeriodEnd", "a window lies within the movement's period", func(m *campaign.Movement) {
			m.Registration = []thidua.Period{{From: d(2019, 9, 15), To: d(2019, 10, 15)}}
		}},
		{"BlankTitle", "a title of spaces is no title", func(m *campaign.Movement) { m.Title = " \t\n " }},
		{"BlankLauncherName", "a launcher name of spaces names no one", func(m *campaign.Movement) {
			m.Launcher = campaign.Launcher{Name: "   "}
		}},
		{"BlankTargetName", "a target has a name", func(m *campaign.Movement) {
			m.Targets = []campaign.Target{{ID: "viec", Name: "  ", Measure: campaign.Percent, Value: dec("96")}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ctx := open(t, newStore)
			mustAdd(t, s.AddMovement(ctx, parent))
			m := driveOf(parent, "dot-loi", thidua.Period{From: d(2019, 9, 1), To: d(2019, 9, 30)})
			tt.edit(&m)
			err := s.AddMovement(ctx, m)
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("%s: AddMovement error = %v, want ErrInvalid", tt.reason, err)
			}
			_, err = s.Movement(ctx, m.ID)
			wantErr(t, err, thidua.ErrNotFound)
			all, err := s.Movements(ctx, campaign.MovementFilter{})
			if err != nil || len(all) != 1 {
				t.Errorf("after a rejected add: %d movements (err %v), want the parent only", len(all), err)
			}
		})
	}
}

func ids(ms []campaign.Movement) []campaign.MovementID {
	out := []campaign.MovementID{}
	for _, m := range ms {
		out = append(out, m.ID)
	}
	return out
}

func testMovementQueries(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	reg := regularMovement()
	mustAdd(t, s.AddMovement(ctx, reg))
	mustAdd(t, s.AddMovement(ctx, thematicMovement()))
	mustAdd(t, s.AddMovement(ctx, provinceMovement()))
	mustAdd(t, s.AddMovement(ctx, driveOf(reg, "dot-2019-2", thidua.Period{From: d(2019, 9, 1), To: d(2019, 9, 30)})))
	mustAdd(t, s.AddMovement(ctx, driveOf(reg, "dot-2019-1", thidua.Period{From: d(2019, 5, 1), To: d(2019, 6, 30)})))
	mustAdd(t, s.AddMovement(ctx, driveOf(reg, "dot-2017", thidua.Period{From: d(2017, 8, 1), To: d(2017, 8, 31)})))

	tests := []struct {
		name   string
		filter campaign.MovementFilter
		want   []campaign.MovementID
	}{
		{"All", campaign.MovementFilter{}, []campaign.MovementID{"dot-2017", "dot-2019-1", "dot-2019-2", "pt-2016-2020", "pt-nong-thon-moi", "pt-ubnd-2021"}},
		{"ActiveIn2021", campaign.MovementFilter{During: thidua.Year(2021)}, []campaign.MovementID{"pt-ubnd-2021"}},
		{"ActiveInJune2019", campaign.MovementFilter{During: thidua.Period{From: d(2019, 6, 15), To: d(2019, 7, 15)}},
			[]campaign.MovementID{"dot-2019-1", "pt-2016-2020", "pt-nong-thon-moi"}},
		{"LaunchedByBTP", campaign.MovementFilter{LauncherUnit: unitBTP}, []campaign.MovementID{"pt-2016-2020", "pt-nong-thon-moi"}},
		{"LaunchedByNameOtherSpelling", campaign.MovementFilter{LauncherName: "UỶ BAN NHÂN DÂN  tỉnh Đồng Tháp"}, []campaign.MovementID{"pt-ubnd-2021"}},
		{"DrivesOfMovement", campaign.MovementFilter{Parent: reg.ID}, []campaign.MovementID{"dot-2017", "dot-2019-1", "dot-2019-2"}},
		{"DrivesIn2019", campaign.MovementFilter{Parent: reg.ID, During: thidua.Year(2019)}, []campaign.MovementID{"dot-2019-1", "dot-2019-2"}},
		{"Thematic", campaign.MovementFilter{Kind: campaign.Thematic}, []campaign.MovementID{"pt-nong-thon-moi"}},
		{"None", campaign.MovementFilter{During: thidua.Year(2010)}, []campaign.MovementID{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Movements(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if dd := diff(tt.want, ids(got)); dd != "" {
				t.Errorf("Movements (-want +got):\n%s", dd)
			}
		})
	}
}

func registration(p campaign.Participant, year int, date thidua.Date, titles ...string) campaign.Registration {
	return campaign.Registration{Movement: "pt-2016-2020", Year: year, Participant: p, Date: date, Titles: titles}
}

func testRegistrations(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	mustAdd(t, s.AddMovement(ctx, regularMovement()))
	mustAdd(t, s.AddMovement(ctx, thematicMovement()))
	regs := []campaign.Registration{
		registration(campaign.PersonParticipant(personAn), 2019, d(2019, 1, 15), "ldtt", "cstd-co-so"),
		registration(campaign.UnitParticipant(unitCucDT), 2019, d(2019, 2, 20), "ttld-xuat-sac", "co-bo"),
		registration(campaign.UnitParticipant(unitCaoLanh), 2019, d(2019, 3, 31), "ttld-xuat-sac"),
		registration(campaign.UnitParticipant(unitCucDT), 2018, d(2018, 1, 1), "ttld-xuat-sac"),
		{Movement: "pt-nong-thon-moi", Year: 2019, Participant: campaign.UnitParticipant(unitCucDT), Date: d(2019, 6, 1),
			Titles: []string{"co-bo"}, Note: "Đóng góp xây dựng cầu bê tông"},
		registration(campaign.PersonParticipant(personBinh), 2019, d(2019, 1, 10), "ldtt"),
		// At the launch of a five-year movement a participant may register
		// for a later year of it: the 2016 window serves 2018.
		registration(campaign.PersonParticipant(personAn), 2018, d(2016, 2, 1), "ldtt"),
	}
	for _, r := range regs {
		mustAdd(t, s.Register(ctx, r))
	}
	got, err := s.Registration(ctx, "pt-2016-2020", 2019, campaign.UnitParticipant(unitCucDT))
	if err != nil {
		t.Fatal(err)
	}
	if dd := diff(regs[1], got); dd != "" {
		t.Errorf("Registration read back (-want +got):\n%s", dd)
	}
	_, err = s.Registration(ctx, "pt-2016-2020", 2020, campaign.UnitParticipant(unitCucDT))
	wantErr(t, err, thidua.ErrNotFound)

	tests := []struct {
		name   string
		filter campaign.RegistrationFilter
		want   []campaign.Registration
	}{
		{"OfParticipant", campaign.RegistrationFilter{Participant: campaign.UnitParticipant(unitCucDT)},
			[]campaign.Registration{regs[3], regs[1], regs[4]}},
		{"OfPerson", campaign.RegistrationFilter{Participant: campaign.PersonParticipant(personAn)},
			[]campaign.Registration{regs[6], regs[0]}},
		{"OfMovementAndYear", campaign.RegistrationFilter{Movement: "pt-2016-2020", Year: 2019},
			[]campaign.Registration{regs[2], regs[1], regs[0], regs[5]}},
		{"OfMovement", campaign.RegistrationFilter{Movement: "pt-nong-thon-moi"}, []campaign.Registration{regs[4]}},
		{"NoneFor2020", campaign.RegistrationFilter{Year: 2020}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Registrations(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if dd := diff(tt.want, got); dd != "" {
				t.Errorf("Registrations (-want +got):\n%s", dd)
			}
		})
	}
}

func testRegistrationErrors(t *testing.T, newStore NewStore) {
	an := campaign.PersonParticipant(personAn)
	dt := campaign.UnitParticipant(unitCucDT)
	tests := []struct {
		name   string
		reason string
		reg    campaign.Registration
		want   error
	}{
		{"BeforeWindow", "registration closes outside the window",
			registration(dt, 2019, d(2018, 12, 31), "ttld-xuat-sac"), thidua.ErrInvalid},
		{"AfterWindow", "the 2019 window closes on 31/03/2019",
			registration(dt, 2019, d(2019, 4, 1), "ttld-xuat-sac"), thidua.ErrInvalid},
		{"YearOutsideMovement", "the movement ends in 2020",
			registration(dt, 2021, d(2020, 1, 15), "ttld-xuat-sac"), thidua.ErrInvalid},
		{"YearBeforeMovement", "the movement starts in 2016",
			registration(dt, 2015, d(2016, 1, 15), "ttld-xuat-sac"), thidua.ErrInvalid},
		{"DateAfterPledgedYear", "a pledge for 2018 is made in 2018 or before, not in the 2019 window",
			registration(an, 2018, d(2019, 1, 15), "ldtt"), thidua.ErrInvalid},
		{"TitleNameNotCode", "titles are pledged by code, not by name",
			registration(an, 2019, d(2019, 1, 15), "Tập thể lao động xuất sắc"), thidua.ErrInvalid},
		{"TitleCodeUpperCase", "codes are spelled as the title table spells them",
			registration(an, 2019, d(2019, 1, 15), "TTLD-XUAT-SAC"), thidua.ErrInvalid},
		{"FormNotTitle", "Bằng khen is a form of commendation, not an emulation title one pledges (Luật TĐKT arts. 21–28)",
			registration(an, 2019, d(2019, 1, 15), "ldtt", "bang-khen-bo"), thidua.ErrInvalid},
		{"UnknownTitleCode", "xyz is no title",
			registration(dt, 2020, d(2020, 1, 15), "xyz"), thidua.ErrInvalid},
		{"UnknownMovement", "the movement must exist",
			campaign.Registration{Movement: "khong-co", Year: 2019, Participant: dt, Date: d(2019, 1, 15), Titles: []string{"ttld-xuat-sac"}}, thidua.ErrInvalid},
		{"UnknownUnit", "the participant must be known",
			registration(campaign.UnitParticipant(unitUnknown), 2019, d(2019, 1, 15), "ttld-xuat-sac"), thidua.ErrInvalid},
		{"UnknownPerson", "the participant must be known",
			registration(campaign.PersonParticipant(personUnknwn), 2019, d(2019, 1, 15), "ldtt"), thidua.ErrInvalid},
		{"UnitNotParticipating", "UBND tỉnh is not under the Tổng cục THADS",
			registration(campaign.UnitParticipant(unitUBND), 2019, d(2019, 1, 15), "ttld-xuat-sac"), thidua.ErrInvalid},
		{"PersonNotParticipating", "her only post is outside the participating units",
			registration(campaign.PersonParticipant(personDao), 2019, d(2019, 1, 15), "ldtt"), thidua.ErrInvalid},
		{"CollectiveTitleForPerson", "Tập thể lao động xuất sắc is a collective title (Luật TĐKT art. 27)",
			registration(an, 2019, d(2019, 1, 15), "ttld-xuat-sac"), thidua.ErrInvalid},
		{"FlagForPerson", "Cờ thi đua is a collective title (art. 26)",
			registration(an, 2019, d(2019, 1, 15), "ldtt", "co-bo"), thidua.ErrInvalid},
		{"IndividualTitleForUnit", "Chiến sĩ thi đua cơ sở is an individual title (art. 23)",
			registration(dt, 2019, d(2019, 1, 15), "cstd-co-so"), thidua.ErrInvalid},
		{"NoTitle", "a registration pledges a title", registration(dt, 2019, d(2019, 1, 15)), thidua.ErrInvalid},
		{"TitleTwice", "a title is pledged once",
			registration(dt, 2019, d(2019, 1, 15), "ttld-xuat-sac", "ttld-xuat-sac"), thidua.ErrInvalid},
		{"BothParticipants", "a registration is for a unit or a person",
			registration(campaign.Participant{Unit: unitCucDT, Person: personAn}, 2019, d(2019, 1, 15), "ldtt"), thidua.ErrInvalid},
		{"NoParticipant", "a registration is for someone",
			registration(campaign.Participant{}, 2019, d(2019, 1, 15), "ldtt"), thidua.ErrInvalid},
		{"Duplicate", "one registration per movement, year and participant",
			registration(dt, 2019, d(2019, 3, 1), "ttld-tien-tien"), thidua.ErrConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ctx := open(t, newStore)
			mustAdd(t, s.AddMovement(ctx, regularMovement()))
			first := registration(dt, 2019, d(2019, 1, 15), "ttld-xuat-sac")
			mustAdd(t, s.Register(ctx, first))
			err := s.Register(ctx, tt.reg)
			if !errors.Is(err, tt.want) {
				t.Fatalf("%s: Register error = %v, want %v", tt.reason, err, tt.want)
			}
			got, err := s.Registrations(ctx, campaign.RegistrationFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if dd := diff([]campaign.Registration{first}, got); dd != "" {
				t.Errorf("stored data changed by a rejected registration (-want +got):\n%s", dd)
			}
		})
	}
}

func result(target string, p campaign.Participant, actual string) campaign.Result {
	return campaign.Result{Movement: "pt-2016-2020", Target: target, Year: 2019, Participant: p, Actual: dec(actual)}
}

func testResults(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	m := regularMovement()
	mustAdd(t, s.AddMovement(ctx, m))
	dt, cl := campaign.UnitParticipant(unitCucDT), campaign.UnitParticipant(unitCaoLanh)
	in := []campaign.Result{
		result("tien", dt, "97.15"),
		result("viec", dt, "96"),
		result("ton", dt, "85"),
		result("viec", cl, "95.4"),
	}
	for _, r := range in {
		mustAdd(t, s.AddResult(ctx, r))
	}
	wantErr(t, s.AddResult(ctx, result("viec", dt, "99")), thidua.ErrConflict)

	got, err := s.Results(ctx, campaign.RegistrationFilter{Participant: dt, Year: 2019})
	if err != nil {
		t.Fatal(err)
	}
	// Ordered by the movement's targets: viec, tien, ton.
	if dd := diff([]campaign.Result{in[1], in[0], in[2]}, got); dd != "" {
		t.Errorf("Results (-want +got):\n%s", dd)
	}
	outs := campaign.Assess(m.Targets, got)
	type short struct {
		Target string
		Status campaign.Status
		Margin decimal.Decimal
	}
	var gotShort []short
	for _, o := range outs {
		gotShort = append(gotShort, short{o.Target.ID, o.Status, o.Margin})
	}
	want := []short{
		{"viec", campaign.Met, dec("0")},
		{"tien", campaign.Exceeded, dec("0.95")},
		{"ton", campaign.Exceeded, dec("35")}, // 85 cases left against a ceiling of 120
	}
	if dd := diff(want, gotShort); dd != "" {
		t.Errorf("Assess (-want +got):\n%s", dd)
	}
	all, err := s.Results(ctx, campaign.RegistrationFilter{Movement: m.ID})
	if err != nil || len(all) != 4 {
		t.Errorf("Results of the movement: %d results (err %v), want 4", len(all), err)
	}
}

func testResultErrors(t *testing.T, newStore NewStore) {
	dt := campaign.UnitParticipant(unitCucDT)
	tests := []struct {
		name   string
		reason string
		edit   func(*campaign.Result)
	}{
		{"UnknownMovement", "the movement must exist", func(r *campaign.Result) { r.Movement = "khong-co" }},
		{"UnknownTarget", "the target must be one of the movement's", func(r *campaign.Result) { r.Target = "khac" }},
		{"YearOutside", "the movement ends in 2020", func(r *campaign.Result) { r.Year = 2021 }},
		{"PercentAbove100", "a percentage is at most 100", func(r *campaign.Result) { r.Actual = dec("100.01") }},
		{"Negative", "a percentage is not negative", func(r *campaign.Result) { r.Actual = dec("-1") }},
		{"UnknownUnit", "the participant must be known", func(r *campaign.Result) { r.Participant = campaign.UnitParticipant(unitUnknown) }},
		{"NoParticipant", "a result is someone's", func(r *campaign.Result) { r.Participant = campaign.Participant{} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ctx := open(t, newStore)
			mustAdd(t, s.AddMovement(ctx, regularMovement()))
			r := result("viec", dt, "96.5")
			tt.edit(&r)
			if err := s.AddResult(ctx, r); !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("%s: AddResult error = %v, want ErrInvalid", tt.reason, err)
			}
			got, err := s.Results(ctx, campaign.RegistrationFilter{})
			if err != nil || len(got) != 0 {
				t.Errorf("after a rejected result: %v (err %v), want none", got, err)
			}
		})
	}
}

// scoreTable is a small table: criterion 1 (40 points) has two children;
// criterion 2 (capped at 30 from 35) has two; criterion 3 is a leaf of 30.
func scoreTable() campaign.ScoreTable {
	p := campaign.Point
	return campaign.ScoreTable{
		ID:   "bang-diem-2019",
		Name: "Bảng chấm điểm thi đua Cụm Đồng bằng sông Cửu Long năm 2019",
		Criteria: []campaign.Criterion{
			{ID: "1", Name: "Kết quả thi hành án", Children: []campaign.Criterion{
				{ID: "1.1", Name: "Tỷ lệ thi hành xong về việc", Max: 20 * p},
				{ID: "1.2", Name: "Tỷ lệ thi hành xong về tiền", Max: 20 * p},
			}},
			{ID: "2", Name: "Công tác tổ chức cán bộ", Max: 30 * p, Children: []campaign.Criterion{
				{ID: "2.1", Name: "Kỷ luật, kỷ cương", Max: 20 * p},
				{ID: "2.2", Name: "Đào tạo, bồi dưỡng", Max: 15 * p},
			}},
			{ID: "3", Name: "Phong trào thi đua", Max: 30 * p},
		},
	}
}

func card(u org.UnitID, pts map[string]campaign.Points) campaign.Scorecard {
	return campaign.Scorecard{Table: "bang-diem-2019", Unit: u, Points: pts}
}

func testScoreTables(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	tbl := scoreTable()
	mustAdd(t, s.AddScoreTable(ctx, tbl))
	wantErr(t, s.AddScoreTable(ctx, tbl), thidua.ErrConflict)
	got, err := s.ScoreTable(ctx, tbl.ID)
	if err != nil {
		t.Fatal(err)
	}
	if dd := diff(tbl, got); dd != "" {
		t.Errorf("ScoreTable read back (-want +got):\n%s", dd)
	}
	_, err = s.ScoreTable(ctx, "khong-co")
	wantErr(t, err, thidua.ErrNotFound)

	p := campaign.Point
	cards := []campaign.Scorecard{
		card(unitCucDT, map[string]campaign.Points{"1.1": 19 * p, "1.2": 18*p + 50, "2.1": 20 * p, "2.2": 15 * p, "3": 28 * p}),
		card(unitCucAG, map[string]campaign.Points{"1.1": 20 * p, "1.2": 20 * p, "2.1": 18 * p, "3": 25 * p}),
	}
	for _, c := range cards {
		mustAdd(t, s.AddScores(ctx, c))
	}
	all, err := s.Scores(ctx, tbl.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Ordered by unit ID: An Giang before Đồng Tháp.
	if dd := diff([]campaign.Scorecard{cards[1], cards[0]}, all); dd != "" {
		t.Errorf("Scores (-want +got):\n%s", dd)
	}
	_, err = s.Scores(ctx, "khong-co")
	wantErr(t, err, thidua.ErrNotFound)
}

func testScoreErrors(t *testing.T, newStore NewStore) {
	p := campaign.Point
	t.Run("Table", func(t *testing.T) {
		tests := []struct {
			name string
			edit func(*campaign.ScoreTable)
		}{
			{"NoCriteria", func(tb *campaign.ScoreTable) { tb.Criteria = nil }},
			{"NoName", func(tb *campaign.ScoreTable) { tb.Name = "" }},
			{"LeafWithoutMax", func(tb *campaign.ScoreTable) { tb.Criteria[2].Max = 0 }},
			{"NegativeMax", func(tb *campaign.ScoreTable) { tb.Criteria[2].Max = -p }},
			{"CapAboveChildren", func(tb *campaign.ScoreTable) { tb.Criteria[1].Max = 36 * p }},
			{"DuplicateID", func(tb *campaign.ScoreTable) { tb.Criteria[1].Children[1].ID = "1.1" }},
			{"CriterionWithoutName", func(tb *campaign.ScoreTable) { tb.Criteria[0].Children[0].Name = "" }},
			{"BlankName", func(tb *campaign.ScoreTable) { tb.Name = "  \t" }},
			{"BlankCriterionName", func(tb *campaign.ScoreTable) { tb.Criteria[0].Children[0].Name = "\u00a0 " }},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s, ctx := open(t, newStore)
				tb := scoreTable()
				tt.edit(&tb)
				if err := s.AddScoreTable(ctx, tb); !errors.Is(err, thidua.ErrInvalid) {
					t.Fatalf("AddScoreTable error = %v, want ErrInvalid", err)
				}
				_, err := s.ScoreTable(ctx, tb.ID)
				wantErr(t, err, thidua.ErrNotFound)
			})
		}
	})
	t.Run("Scores", func(t *testing.T) {
		good := card(unitCucDT, map[string]campaign.Points{"1.1": 19 * p})
		tests := []struct {
			name   string
			reason string
			card   campaign.Scorecard
			want   error
		}{
			{"AboveMax", "criterion 1.1 is worth at most 20 points",
				card(unitCucAG, map[string]campaign.Points{"1.1": 20*p + 1}), thidua.ErrInvalid},
			{"Negative", "scores are not negative",
				card(unitCucAG, map[string]campaign.Points{"3": -50}), thidua.ErrInvalid},
			{"ParentCriterion", "criterion 2 is scored through 2.1 and 2.2",
				card(unitCucAG, map[string]campaign.Points{"2": 10 * p}), thidua.ErrInvalid},
			{"UnknownCriterion", "criterion 4 does not exist",
				card(unitCucAG, map[string]campaign.Points{"4": p}), thidua.ErrInvalid},
			{"UnknownTable", "the table must exist",
				campaign.Scorecard{Table: "khong-co", Unit: unitCucAG}, thidua.ErrInvalid},
			{"UnknownUnit", "the unit must be known",
				card(unitUnknown, map[string]campaign.Points{"3": p}), thidua.ErrInvalid},
			{"Duplicate", "a unit is scored once on a table",
				card(unitCucDT, map[string]campaign.Points{"3": p}), thidua.ErrConflict},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s, ctx := open(t, newStore)
				mustAdd(t, s.AddScoreTable(ctx, scoreTable()))
				mustAdd(t, s.AddScores(ctx, good))
				if err := s.AddScores(ctx, tt.card); !errors.Is(err, tt.want) {
					t.Fatalf("%s: AddScores error = %v, want %v", tt.reason, err, tt.want)
				}
				got, err := s.Scores(ctx, "bang-diem-2019")
				if err != nil {
					t.Fatal(err)
				}
				if dd := diff([]campaign.Scorecard{good}, got); dd != "" {
					t.Errorf("stored scores changed by a rejected scorecard (-want +got):\n%s", dd)
				}
			})
		}
	})
}

func cluster(id campaign.ClusterID, kind campaign.ClusterKind, year int, members ...org.UnitID) campaign.Cluster {
	return campaign.Cluster{ID: id, Name: "Cụm thi đua " + string(id), Kind: kind, Year: year, Members: members}
}

func testClusters(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	mustAdd(t, s.AddScoreTable(ctx, scoreTable()))
	cum := cluster("cum-dbscl-2019", campaign.Cum, 2019, unitCucDT, unitCucAG)
	cum.Table = "bang-diem-2019"
	khoi := cluster("khoi-cuc-2019", campaign.Khoi, 2019, unitCucDT)
	next := cluster("cum-dbscl-2020", campaign.Cum, 2020, unitCucDT, unitCucAG)
	for _, c := range []campaign.Cluster{cum, khoi, next} {
		mustAdd(t, s.AddCluster(ctx, c))
	}
	wantErr(t, s.AddCluster(ctx, cum), thidua.ErrConflict)
	got, err := s.Cluster(ctx, cum.ID)
	if err != nil {
		t.Fatal(err)
	}
	if dd := diff(cum, got); dd != "" {
		t.Errorf("Cluster read back (-want +got):\n%s", dd)
	}
	_, err = s.Cluster(ctx, "khong-co")
	wantErr(t, err, thidua.ErrNotFound)

	of, err := s.ClustersOf(ctx, unitCucDT, 2019)
	if err != nil {
		t.Fatal(err)
	}
	var ofIDs []campaign.ClusterID
	for _, c := range of {
		ofIDs = append(ofIDs, c.ID)
	}
	if dd := diff([]campaign.ClusterID{"cum-dbscl-2019", "khoi-cuc-2019"}, ofIDs); dd != "" {
		t.Errorf("ClustersOf (-want +got):\n%s", dd)
	}
	if of, _ := s.ClustersOf(ctx, unitCaoLanh, 2019); len(of) != 0 {
		t.Errorf("ClustersOf a unit in no cluster = %v, want none", of)
	}

	// Unranked: nobody leads.
	if lead, err := campaign.Leads(ctx, s, unitCucDT, 2019); err != nil || lead {
		t.Errorf("Leads before ranking = %v, %v; want false", lead, err)
	}
	p := campaign.Point
	// Đồng Tháp 19+18.5 + min(35,30) + 28 = 95.5; An Giang 20+20+18+25 = 83.
	mustAdd(t, s.AddScores(ctx, card(unitCucDT, map[string]campaign.Points{"1.1": 19 * p, "1.2": 18*p + 50, "2.1": 20 * p, "2.2": 15 * p, "3": 28 * p})))
	mustAdd(t, s.AddScores(ctx, card(unitCucAG, map[string]campaign.Points{"1.1": 20 * p, "1.2": 20 * p, "2.1": 18 * p, "3": 25 * p})))
	ranks, err := campaign.RankCluster(ctx, s, cum.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantRanks := []campaign.Rank{
		{Unit: unitCucDT, Place: 1, Total: 9550, Explanation: "Tổng điểm 95,5."},
		{Unit: unitCucAG, Place: 2, Total: 8300, Explanation: "Tổng điểm 83."},
	}
	if dd := diff(wantRanks, ranks); dd != "" {
		t.Errorf("RankCluster (-want +got):\n%s", dd)
	}
	mustAdd(t, s.SetRanking(ctx, cum.ID, ranks))
	for _, tc := range []struct {
		unit org.UnitID
		year int
		want bool
	}{{unitCucDT, 2019, true}, {unitCucAG, 2019, false}, {unitCucDT, 2020, false}, {unitCaoLanh, 2019, false}} {
		if lead, err := campaign.Leads(ctx, s, tc.unit, tc.year); err != nil || lead != tc.want {
			t.Errorf("Leads(%s, %d) = %v, %v; want %v", tc.unit, tc.year, lead, err, tc.want)
		}
	}
	wantErr(t, s.SetRanking(ctx, "khong-co", ranks), thidua.ErrNotFound)
	wantErr(t, s.SetRanking(ctx, khoi.ID, ranks), thidua.ErrInvalid) // An Giang is not in the khối
	got, _ = s.Cluster(ctx, khoi.ID)
	if len(got.Ranking) != 0 {
		t.Errorf("rejected SetRanking stored %v", got.Ranking)
	}
	wantErr(t, s.SetRanking(ctx, cum.ID, []campaign.Rank{{Unit: unitCucDT, Place: 2}, {Unit: unitCucAG, Place: 1}}), thidua.ErrInvalid)
	wantErr(t, s.SetRanking(ctx, cum.ID, []campaign.Rank{{Unit: unitCucDT, Place: 1}, {Unit: unitCucDT, Place: 2}}), thidua.ErrInvalid)
	if got, _ := s.Cluster(ctx, cum.ID); !got.Leads(unitCucDT) {
		t.Errorf("rejected SetRanking changed the stored ranking: %v", got.Ranking)
	}
	_, err = campaign.RankCluster(ctx, s, khoi.ID, nil)
	wantErr(t, err, thidua.ErrInvalid) // the khối has no scoring table
	_, err = campaign.RankCluster(ctx, s, "khong-co", nil)
	wantErr(t, err, thidua.ErrNotFound)
	mustAdd(t, s.AddCluster(ctx, campaign.Cluster{ID: "cum-thieu-diem", Name: "Cụm thiếu điểm", Kind: campaign.Cum, Year: 2021,
		Members: []org.UnitID{unitCucDT, unitLapVo}, Table: "bang-diem-2019"}))
	_, err = campaign.RankCluster(ctx, s, "cum-thieu-diem", nil)
	wantErr(t, err, thidua.ErrInvalid) // Lấp Vò has no scores
	// A decided ranking is history: it is cleared only as a correction,
	// with a reason.
	wantErr(t, s.SetRanking(ctx, cum.ID, nil), thidua.ErrInvalid)
	wantErr(t, s.ReplaceRanking(ctx, cum.ID, nil, thidua.Correction{By: "Trần Thị Bình", On: d(2020, 2, 1)}), thidua.ErrInvalid)
	if lead, _ := campaign.Leads(ctx, s, unitCucDT, 2019); !lead {
		t.Errorf("a ranking cleared without a reason was cleared")
	}
	mustAdd(t, s.ReplaceRanking(ctx, cum.ID, nil, thidua.Correction{By: "Trần Thị Bình", On: d(2020, 2, 1), Reason: "Hủy kết quả xếp hạng để chấm lại"}))
	if lead, _ := campaign.Leads(ctx, s, unitCucDT, 2019); lead {
		t.Errorf("Leads after clearing the ranking = true")
	}
}

func testClusterErrors(t *testing.T, newStore NewStore) {
	tests := []struct {
		name    string
		reason  string
		cluster campaign.Cluster
		want    error
	}{
		{"SameKindSameYear", "a unit is in one cụm a year",
			cluster("cum-khac", campaign.Cum, 2019, unitCucAG, unitCucDT), thidua.ErrConflict},
		{"SameID", "cluster IDs are unique",
			cluster("cum-dbscl-2019", campaign.Cum, 2020, unitCucAG), thidua.ErrConflict},
		{"UnknownMember", "members must be known",
			cluster("cum-moi", campaign.Cum, 2019, unitCucAG, unitUnknown), thidua.ErrInvalid},
		{"DuplicateMember", "a unit is listed once",
			cluster("cum-moi", campaign.Cum, 2019, unitCucAG, unitCucAG), thidua.ErrInvalid},
		{"NoMembers", "a cluster has members", cluster("cum-moi", campaign.Cum, 2019), thidua.ErrInvalid},
		{"NoKind", "cụm or khối", cluster("cum-moi", 0, 2019, unitCucAG), thidua.ErrInvalid},
		{"BlankName", "a name of spaces is no name", func() campaign.Cluster {
			c := cluster("cum-moi", campaign.Cum, 2019, unitCucAG)
			c.Name = "   "
			return c
		}(), thidua.ErrInvalid},
		{"UnknownTable", "the table must exist", func() campaign.Cluster {
			c := cluster("cum-moi", campaign.Cum, 2019, unitCucAG)
			c.Table = "khong-co"
			return c
		}(), thidua.ErrInvalid},
		{"RankingOfNonMember", "a ranking ranks members", func() campaign.Cluster {
			c := cluster("cum-moi", campaign.Cum, 2019, unitCucAG)
			c.Ranking = []campaign.Rank{{Unit: unitCaoLanh, Place: 1}}
			return c
		}(), thidua.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ctx := open(t, newStore)
			first := cluster("cum-dbscl-2019", campaign.Cum, 2019, unitCucDT, unitLapVo)
			mustAdd(t, s.AddCluster(ctx, first))
			if err := s.AddCluster(ctx, tt.cluster); !errors.Is(err, tt.want) {
				t.Fatalf("%s: AddCluster error = %v, want %v", tt.reason, err, tt.want)
			}
			if tt.cluster.ID != first.ID {
				_, err := s.Cluster(ctx, tt.cluster.ID)
				wantErr(t, err, thidua.ErrNotFound)
			}
			got, _ := s.Cluster(ctx, first.ID)
			if dd := diff(first, got); dd != "" {
				t.Errorf("first cluster changed (-want +got):\n%s", dd)
			}
			of, _ := s.ClustersOf(ctx, unitCucAG, 2019)
			if len(of) != 0 {
				t.Errorf("rejected cluster left membership: %v", of)
			}
		})
	}
}

func initiative(id campaign.InitiativeID, level campaign.Level, recognised thidua.Date, authors ...campaign.Author) campaign.Initiative {
	return campaign.Initiative{
		ID:           id,
		Title:        "Giải pháp nâng cao hiệu quả xác minh điều kiện thi hành án " + string(id),
		Kind:         campaign.KindInitiative,
		Authors:      authors,
		Level:        level,
		RecognisedBy: "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp",
		Created:      recognised.AddDays(-120),
		Recognised:   recognised,
		Applied:      true,
	}
}

func author(p org.PersonID, share string) campaign.Author {
	a := campaign.Author{Person: p}
	if share != "" {
		a.Share = dec(share)
	}
	return a
}

func initiativeIDs(in []campaign.Initiative) []campaign.InitiativeID {
	out := []campaign.InitiativeID{}
	for _, x := range in {
		out = append(out, x.ID)
	}
	return out
}

func testInitiatives(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	all := []campaign.Initiative{
		initiative("sk-2019-03", campaign.LevelGrassroots, d(2019, 11, 20), author(personAn, "")),
		initiative("sk-2018-07", campaign.LevelMinistry, d(2018, 12, 5), author(personAn, "60"), author(personBinh, "40")),
		initiative("sk-2019-01", campaign.LevelGrassroots, d(2019, 11, 20), author(personBinh, "33.34"), author(personAn, "33.33"), author(personChi, "33.33")),
		initiative("sk-2020-02", campaign.LevelNational, d(2020, 6, 1), author(personAn, "100")),
		initiative("sk-2016-01", campaign.LevelGrassroots, d(2016, 10, 1), author(personChi, "")),
	}
	for _, in := range all {
		mustAdd(t, s.AddInitiative(ctx, in))
	}
	wantErr(t, s.AddInitiative(ctx, all[0]), thidua.ErrConflict)
	got, err := s.Initiative(ctx, "sk-2018-07")
	if err != nil {
		t.Fatal(err)
	}
	if dd := diff(all[1], got); dd != "" {
		t.Errorf("Initiative read back (-want +got):\n%s", dd)
	}
	_, err = s.Initiative(ctx, "khong-co")
	wantErr(t, err, thidua.ErrNotFound)
	if sh := got.ShareOf(personBinh); !sh.Equal(dec("40")) {
		t.Errorf("ShareOf(Bình) = %s, want 40", sh)
	}
	if sh := all[0].ShareOf(personAn); !sh.Equal(dec("100")) {
		t.Errorf("ShareOf(sole author) = %s, want 100", sh)
	}

	tests := []struct {
		name   string
		person org.PersonID
		filter campaign.InitiativeFilter
		want   []campaign.InitiativeID
	}{
		{"All", personAn, campaign.InitiativeFilter{}, []campaign.InitiativeID{"sk-2018-07", "sk-2019-01", "sk-2019-03", "sk-2020-02"}},
		{"In2019", personAn, campaign.InitiativeFilter{Recognised: thidua.Year(2019)}, []campaign.InitiativeID{"sk-2019-01", "sk-2019-03"}},
		{"MinistryOrAbove", personAn, campaign.InitiativeFilter{MinLevel: campaign.LevelMinistry}, []campaign.InitiativeID{"sk-2018-07", "sk-2020-02"}},
		{"MinistryOrAboveIn2016To2019", personAn, campaign.InitiativeFilter{Recognised: thidua.Years(2016, 2019), MinLevel: campaign.LevelMinistry}, []campaign.InitiativeID{"sk-2018-07"}},
		{"PeriodEndsIncluded", personAn, campaign.InitiativeFilter{Recognised: thidua.Period{From: d(2018, 12, 5), To: d(2019, 11, 20)}},
			[]campaign.InitiativeID{"sk-2018-07", "sk-2019-01", "sk-2019-03"}},
		{"PeriodJustMissing", personAn, campaign.InitiativeFilter{Recognised: thidua.Period{From: d(2018, 12, 6), To: d(2019, 11, 19)}},
			[]campaign.InitiativeID{}},
		{"OtherAuthor", personChi, campaign.InitiativeFilter{}, []campaign.InitiativeID{"sk-2016-01", "sk-2019-01"}},
		{"NoInitiatives", personUnknwn, campaign.InitiativeFilter{}, []campaign.InitiativeID{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.InitiativesOf(ctx, tt.person, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if dd := diff(tt.want, initiativeIDs(got)); dd != "" {
				t.Errorf("InitiativesOf (-want +got):\n%s", dd)
			}
		})
	}
}

func testInitiativeErrors(t *testing.T, newStore NewStore) {
	good := func() campaign.Initiative {
		return initiative("sk-moi", campaign.LevelGrassroots, d(2019, 11, 20), author(personAn, "50"), author(personBinh, "50"))
	}
	tests := []struct {
		name   string
		reason string
		edit   func(*campaign.Initiative)
	}{
		{"NoAuthor", "an initiative has an author", func(in *campaign.Initiative) { in.Authors = nil }},
		{"SharesBelow100", "shares sum to 100 %", func(in *campaign.Initiative) {
			in.Authors = []campaign.Author{author(personAn, "60"), author(personBinh, "30")}
		}},
		{"SharesAbove100", "shares sum to 100 %", func(in *campaign.Initiative) {
			in.Authors = []campaign.Author{author(personAn, "60"), author(personBinh, "40.01")}
		}},
		{"SoleAuthorPartShare", "a sole author holds 100 %", func(in *campaign.Initiative) {
			in.Authors = []campaign.Author{author(personAn, "90")}
		}},
		{"ZeroShareAmongSeveral", "every co-author has a share", func(in *campaign.Initiative) {
			in.Authors = []campaign.Author{author(personAn, "100"), author(personBinh, "")}
		}},
		{"NegativeShare", "shares are positive", func(in *campaign.Initiative) {
			in.Authors = []campaign.Author{author(personAn, "110"), author(personBinh, "-10")}
		}},
		{"AuthorTwice", "an author is listed once", func(in *campaign.Initiative) {
			in.Authors = []campaign.Author{author(personAn, "50"), author(personAn, "50")}
		}},
		{"UnknownAuthor", "authors must be known", func(in *campaign.Initiative) {
			in.Authors = []campaign.Author{author(personAn, "50"), author(personUnknwn, "50")}
		}},
		{"RecognisedBeforeCreated", "recognition follows creation", func(in *campaign.Initiative) {
			in.Recognised = in.Created.AddDays(-1)
		}},
		{"NoLevel", "a recognition level is required", func(in *campaign.Initiative) { in.Level = 0 }},
		{"NoBody", "a recognising body is required", func(in *campaign.Initiative) { in.RecognisedBy = "" }},
		{"NoTitle", "a title is required", func(in *campaign.Initiative) { in.Title = "" }},
		{"BlankTitle", "a title of spaces is no title", func(in *campaign.Initiative) { in.Title = " \n " }},
		{"BlankBody", "a recognising body of spaces is none", func(in *campaign.Initiative) { in.RecognisedBy = "  " }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ctx := open(t, newStore)
			in := good()
			tt.edit(&in)
			if err := s.AddInitiative(ctx, in); !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("%s: AddInitiative error = %v, want ErrInvalid", tt.reason, err)
			}
			_, err := s.Initiative(ctx, in.ID)
			wantErr(t, err, thidua.ErrNotFound)
			if got, _ := s.InitiativesOf(ctx, personAn, campaign.InitiativeFilter{}); len(got) != 0 {
				t.Errorf("rejected initiative indexed under its author: %v", initiativeIDs(got))
			}
		})
	}
}

func testInitiativeUses(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	mustAdd(t, s.AddInitiative(ctx, initiative("sk-1", campaign.LevelGrassroots, d(2019, 11, 20), author(personAn, ""))))
	mustAdd(t, s.UseInitiative(ctx, "sk-1", "cstd-co-so", "qd-2019-45"))
	// One achievement, one form (Luật TĐKT 2022 art. 5): a second use for
	// the same award is refused, whatever the grant.
	wantErr(t, s.UseInitiative(ctx, "sk-1", "cstd-co-so", "qd-2020-12"), thidua.ErrConflict)
	wantErr(t, s.UseInitiative(ctx, "sk-1", "cstd-co-so", "qd-2019-45"), thidua.ErrConflict)
	mustAdd(t, s.UseInitiative(ctx, "sk-1", "bang-khen-bo", "qd-2021-07"))
	wantErr(t, s.UseInitiative(ctx, "khong-co", "cstd-co-so", "qd-1"), thidua.ErrNotFound)
	wantErr(t, s.UseInitiative(ctx, "sk-1", "", "qd-1"), thidua.ErrInvalid)
	wantErr(t, s.UseInitiative(ctx, "sk-1", "ldtt", ""), thidua.ErrInvalid)
	got, err := s.InitiativeUses(ctx, "sk-1")
	if err != nil {
		t.Fatal(err)
	}
	want := []campaign.InitiativeUse{
		{Initiative: "sk-1", Award: "bang-khen-bo", Grant: "qd-2021-07"},
		{Initiative: "sk-1", Award: "cstd-co-so", Grant: "qd-2019-45"},
	}
	if dd := diff(want, got); dd != "" {
		t.Errorf("InitiativeUses (-want +got):\n%s", dd)
	}
	_, err = s.InitiativeUses(ctx, "khong-co")
	wantErr(t, err, thidua.ErrNotFound)
}

// testFilterErrors checks that a filter that cannot be meant (an inverted
// period, a period with one end only, an unknown kind or level) is an error,
// not an empty result that looks like "nothing matched".
func testFilterErrors(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	mustAdd(t, s.AddMovement(ctx, regularMovement()))
	mustAdd(t, s.AddInitiative(ctx, initiative("sk-1", campaign.LevelGrassroots, d(2019, 11, 20), author(personAn, ""))))
	inverted := thidua.Period{From: d(2020, 1, 1), To: d(2019, 1, 1)}
	fromOnly := thidua.Period{From: d(2019, 1, 1)}
	toOnly := thidua.Period{To: d(2019, 12, 31)}
	tests := []struct {
		name   string
		reason string
		query  func() error
	}{
		{"MovementsInvertedPeriod", "a period ends after it starts", func() error {
			_, err := s.Movements(ctx, campaign.MovementFilter{During: inverted})
			return err
		}},
		{"MovementsPeriodFromOnly", "a half-set period is not a period", func() error {
			_, err := s.Movements(ctx, campaign.MovementFilter{During: fromOnly})
			return err
		}},
		{"MovementsPeriodToOnly", "a half-set period is not a period", func() error {
			_, err := s.Movements(ctx, campaign.MovementFilter{During: toOnly})
			return err
		}},
		{"MovementsUnknownKind", "there are three kinds of movement", func() error {
			_, err := s.Movements(ctx, campaign.MovementFilter{Kind: 9})
			return err
		}},
		{"InitiativesInvertedPeriod", "a period ends after it starts", func() error {
			_, err := s.InitiativesOf(ctx, personAn, campaign.InitiativeFilter{Recognised: inverted})
			return err
		}},
		{"InitiativesPeriodFromOnly", "a half-set period is not a period", func() error {
			_, err := s.InitiativesOf(ctx, personAn, campaign.InitiativeFilter{Recognised: fromOnly})
			return err
		}},
		{"InitiativesPeriodToOnly", "a half-set period is not a period", func() error {
			_, err := s.InitiativesOf(ctx, personAn, campaign.InitiativeFilter{Recognised: toOnly})
			return err
		}},
		{"InitiativesUnknownLevel", "there are three recognition levels", func() error {
			_, err := s.InitiativesOf(ctx, personAn, campaign.InitiativeFilter{MinLevel: campaign.LevelNational + 1})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.query()
			if !errors.Is(err, thidua.ErrInvalid) {
				t.Fatalf("%s: error = %v, want ErrInvalid", tt.reason, err)
			}
			wantErr(t, err, thidua.ErrInvalid)
		})
	}
}

// testCleanText checks that names, titles and notes are stored cleaned:
// Unicode NFC, runs of white space folded to one space, ends trimmed.
func testCleanText(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	// "Thi đua" with the tone marks as combining characters (NFD).
	const nfd = "Thi \u0111ua  ye\u0302u  nu\u031bo\u031b\u0301c"
	const clean = "Thi đua yêu nước"

	m := regularMovement()
	m.Title = "  " + nfd + "\t"
	m.Launcher.Name = " Bộ   Tư pháp "
	m.Targets = m.Targets[:1]
	m.Targets[0].Name = "Tỷ lệ  thi hành xong\nvề việc "
	mustAdd(t, s.AddMovement(ctx, m))
	r := registration(campaign.UnitParticipant(unitCucDT), 2019, d(2019, 1, 15), "ttld-xuat-sac")
	r.Note = "  Đăng ký   thi đua\tnăm 2019 "
	mustAdd(t, s.Register(ctx, r))
	tb := scoreTable()
	tb.Name = " Bảng chấm điểm  2019 "
	tb.Criteria[0].Children[0].Name = " Tỷ lệ  về việc "
	mustAdd(t, s.AddScoreTable(ctx, tb))
	c := cluster("cum-1", campaign.Cum, 2019, unitCucDT)
	c.Name = "Cụm  thi đua\u00a0số 1 "
	mustAdd(t, s.AddCluster(ctx, c))
	in := initiative("sk-1", campaign.LevelGrassroots, d(2019, 11, 20), author(personAn, ""))
	in.Title = nfd + " "
	in.RecognisedBy = " Hội đồng  sáng kiến "
	in.Decision = " 45/QĐ-CTHADS "
	mustAdd(t, s.AddInitiative(ctx, in))

	gotM, err := s.Movement(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	gotR, err := s.Registration(ctx, r.Movement, r.Year, r.Participant)
	if err != nil {
		t.Fatal(err)
	}
	gotT, err := s.ScoreTable(ctx, tb.ID)
	if err != nil {
		t.Fatal(err)
	}
	gotC, err := s.Cluster(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	gotI, err := s.Initiative(ctx, in.ID)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want string
	}{
		{"MovementTitle", gotM.Title, clean},
		{"LauncherName", gotM.Launcher.Name, "Bộ Tư pháp"},
		{"TargetName", gotM.Targets[0].Name, "Tỷ lệ thi hành xong về việc"},
		{"RegistrationNote", gotR.Note, "Đăng ký thi đua năm 2019"},
		{"ScoreTableName", gotT.Name, "Bảng chấm điểm 2019"},
		{"CriterionName", gotT.Criteria[0].Children[0].Name, "Tỷ lệ về việc"},
		{"ClusterName", gotC.Name, "Cụm thi đua số 1"},
		{"InitiativeTitle", gotI.Title, clean},
		{"RecognisedBy", gotI.RecognisedBy, "Hội đồng sáng kiến"},
		{"Decision", gotI.Decision, "45/QĐ-CTHADS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if dd := cmp.Diff(tt.want, tt.got); dd != "" {
				t.Errorf("stored text (-want +got):\n%s", dd)
			}
		})
	}
}

func testDefensiveCopies(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	m := regularMovement()
	mustAdd(t, s.AddMovement(ctx, m))
	m.Participants[0] = unitUBND
	m.Targets[0].Value = dec("1")
	m.Registration[0].To = d(2016, 12, 31)
	got, _ := s.Movement(ctx, m.ID)
	if dd := diff(regularMovement(), got); dd != "" {
		t.Errorf("store shares the input's slices (-want +got):\n%s", dd)
	}
	got.Targets[0].ID = "changed"
	got.Participants[0] = unitUBND
	again, _ := s.Movement(ctx, m.ID)
	if dd := diff(regularMovement(), again); dd != "" {
		t.Errorf("store shares the output's slices (-want +got):\n%s", dd)
	}

	r := registration(campaign.UnitParticipant(unitCucDT), 2019, d(2019, 1, 15), "ttld-xuat-sac")
	mustAdd(t, s.Register(ctx, r))
	r.Titles[0] = "co-chinh-phu"
	gr, _ := s.Registration(ctx, r.Movement, 2019, r.Participant)
	if gr.Titles[0] != "ttld-xuat-sac" {
		t.Errorf("registration titles shared with the caller: %v", gr.Titles)
	}

	mustAdd(t, s.AddScoreTable(ctx, scoreTable()))
	pts := map[string]campaign.Points{"3": 10 * campaign.Point}
	mustAdd(t, s.AddScores(ctx, card(unitCucDT, pts)))
	pts["3"] = 30 * campaign.Point
	cards, _ := s.Scores(ctx, "bang-diem-2019")
	cards[0].Points["1.1"] = campaign.Point
	cards, _ = s.Scores(ctx, "bang-diem-2019")
	if dd := diff(map[string]campaign.Points{"3": 10 * campaign.Point}, cards[0].Points); dd != "" {
		t.Errorf("scorecard map shared (-want +got):\n%s", dd)
	}

	in := initiative("sk-1", campaign.LevelGrassroots, d(2019, 11, 20), author(personAn, "50"), author(personBinh, "50"))
	mustAdd(t, s.AddInitiative(ctx, in))
	in.Authors[0].Person = personChi
	gi, _ := s.InitiativesOf(ctx, personAn, campaign.InitiativeFilter{})
	if len(gi) != 1 || gi[0].Authors[0].Person != personAn {
		t.Errorf("initiative authors shared with the caller: %v", gi)
	}
	gi[0].Authors[1].Person = personChi
	gi, _ = s.InitiativesOf(ctx, personBinh, campaign.InitiativeFilter{})
	if len(gi) != 1 || gi[0].Authors[1].Person != personBinh {
		t.Errorf("initiative authors shared with a reader: %v", gi)
	}

	c := cluster("cum-1", campaign.Cum, 2019, unitCucDT, unitCucAG)
	mustAdd(t, s.AddCluster(ctx, c))
	c.Members[0] = unitLapVo
	gc, _ := s.Cluster(ctx, "cum-1")
	gc.Members[1] = unitLapVo
	gc, _ = s.Cluster(ctx, "cum-1")
	if dd := diff([]org.UnitID{unitCucDT, unitCucAG}, gc.Members); dd != "" {
		t.Errorf("cluster members shared (-want +got):\n%s", dd)
	}
}

func testCancelledContext(t *testing.T, newStore NewStore) {
	s, _ := open(t, newStore)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	calls := map[string]func() error{
		"AddMovement": func() error { return s.AddMovement(ctx, regularMovement()) },
		"Movements":   func() error { _, err := s.Movements(ctx, campaign.MovementFilter{}); return err },
		"Register": func() error {
			return s.Register(ctx, registration(campaign.UnitParticipant(unitCucDT), 2019, d(2019, 1, 15), "co-bo"))
		},
		"AddInitiative": func() error {
			return s.AddInitiative(ctx, initiative("sk", campaign.LevelGrassroots, d(2019, 1, 1), author(personAn, "")))
		},
		"InitiativesOf": func() error { _, err := s.InitiativesOf(ctx, personAn, campaign.InitiativeFilter{}); return err },
		"AddScoreTable": func() error { return s.AddScoreTable(ctx, scoreTable()) },
		"AddCluster":    func() error { return s.AddCluster(ctx, cluster("c", campaign.Cum, 2019, unitCucDT)) },
		"UseInitiative": func() error { return s.UseInitiative(ctx, "sk", "ldtt", "g") },
		"SetRanking":    func() error { return s.SetRanking(ctx, "c", []campaign.Rank{{Unit: unitCucDT, Place: 1}}) },
		"ReplaceRanking": func() error {
			return s.ReplaceRanking(ctx, "c", nil, thidua.Correction{By: "x", On: d(2020, 1, 1), Reason: "y"})
		},
		"RankingHistory": func() error { _, err := s.RankingHistory(ctx, "c"); return err },
		"History":        func() error { _, err := s.History(ctx); return err },
		"AddHistory":     func() error { return s.AddHistory(ctx, campaign.History{}) },
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a cancelled context: error = %v, want context.Canceled", name, err)
		}
	}
	all, _ := s.Movements(context.Background(), campaign.MovementFilter{})
	if len(all) != 0 {
		t.Errorf("cancelled AddMovement stored %v", ids(all))
	}
}

func testConcurrency(t *testing.T, newStore NewStore) {
	s, ctx := open(t, newStore)
	mustAdd(t, s.AddMovement(ctx, regularMovement()))
	mustAdd(t, s.AddInitiative(ctx, initiative("sk-1", campaign.LevelGrassroots, d(2019, 11, 20), author(personAn, ""))))
	const n = 16
	var wg sync.WaitGroup
	errs := make([]error, 3*n)
	for i := range n {
		wg.Add(3)
		go func() {
			defer wg.Done()
			errs[i] = s.Register(ctx, registration(campaign.UnitParticipant(unitCucDT), 2019, d(2019, 1, 15), "ttld-xuat-sac"))
		}()
		go func() {
			defer wg.Done()
			errs[n+i] = s.UseInitiative(ctx, "sk-1", "cstd-co-so", fmt.Sprintf("qd-%d", i))
		}()
		go func() {
			defer wg.Done()
			errs[2*n+i] = s.AddCluster(ctx, cluster(campaign.ClusterID(fmt.Sprintf("cum-%02d", i)), campaign.Cum, 2019, unitCucDT))
		}()
	}
	wg.Wait()
	for part, name := range []string{"Register", "UseInitiative", "AddCluster"} {
		ok := 0
		for _, err := range errs[part*n : (part+1)*n] {
			switch {
			case err == nil:
				ok++
			case !errors.Is(err, thidua.ErrConflict):
				t.Errorf("%s: unexpected error %v", name, err)
			}
		}
		if ok != 1 {
			t.Errorf("%s raced %d times: %d succeeded, want exactly 1", name, n, ok)
		}
	}
}
