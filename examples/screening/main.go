package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "screening:", err)
		os.Exit(1)
	}
}

const (
	year     = 2019
	chiCuc   = org.UnitID("cc-cl")
	explain  = org.PersonID("cb03") // full explained verdict for CSTĐ cấp bộ
	earliest = org.PersonID("cb08") // "nearly eligible": earliest year for CSTĐ cấp bộ
)

// codes returns the awards screened, in the order they are printed.
func codes() []award.Code {
	return []award.Code{award.LDTT, award.CSTDCS, award.CSTDBo, award.BangKhenBo, award.TTLDTT, award.TTLDXS, award.CoBo}
}

// regimeText names the texts of each regime (Luật Thi đua, khen thưởng
// 2003 and its amendments; Luật 06/2022/QH15, Điều 94; the decrees named).
func regimeText(name string) string {
	switch name {
	case rules.R2010a:
		return "Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung năm 2005, 2009) và Nghị định 42/2010/NĐ-CP"
	case rules.R2010b:
		return "Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung năm 2005, 2009, 2013) và Nghị định 42/2010/NĐ-CP"
	case rules.R2014:
		return "Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung năm 2005, 2009, 2013) và Nghị định 65/2014/NĐ-CP"
	case rules.R2017:
		return "Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung năm 2005, 2009, 2013) và Nghị định 91/2017/NĐ-CP"
	case rules.R2024:
		return "Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP"
	case rules.R2025:
		return "Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 152/2025/NĐ-CP"
	}
	return name
}

func run(ctx context.Context, w io.Writer) error {
	src, err := build(ctx)
	if err != nil {
		return err
	}
	cands, err := rules.LoadSubtree(ctx, src, chiCuc, year, 5)
	if err != nil {
		return err
	}
	unit, err := src.Org.Unit(ctx, chiCuc)
	if err != nil {
		return err
	}
	parent, err := src.Org.Unit(ctx, unit.Parent)
	if err != nil {
		return err
	}
	people, err := src.Org.People(ctx, org.PeopleFilter{Unit: chiCuc, Subtree: true, During: thidua.Year(year)})
	if err != nil {
		return err
	}
	names := map[string]string{string(chiCuc): unit.Name}
	end := thidua.MustDate(year, time.December, 31)
	for _, p := range people {
		names[string(p.ID)] = p.FullName
		if a, ok := p.PostOn(end); ok {
			names[string(p.ID)] += " (" + a.Position + ")"
		}
	}

	rs := rules.DefaultRegimes()
	res := rules.Screen(rs, cands, year, codes(), nil)

	p := printer{w: w}
	p.f("KẾT QUẢ RÀ SOÁT ĐIỀU KIỆN THI ĐUA, KHEN THƯỞNG NĂM %d\n", year)
	p.f("Đơn vị: %s (%s)\n", unit.Name, parent.Name)
	p.f("Căn cứ: %s (chế độ %s)\n", regimeText(res.Regime), res.Regime)
	nu, np := 0, 0
	for _, c := range cands {
		if c.Collective {
			nu++
		} else {
			np++
		}
	}
	p.f("Ứng viên: %s tập thể và %s cá nhân\n", count(nu), count(np))

	for j, code := range res.Codes {
		var ok, cut, no []string
		for i, row := range res.Rows {
			d := row.Decisions[j]
			if cands[i].Collective != collectiveCode(code) {
				continue
			}
			v, _ := res.Verdict(i, j)
			name := names[row.Candidate]
			switch {
			case d.Eligible && d.Pending:
				ok = append(ok, name+" — "+pendingReason(v))
			case d.Eligible:
				ok = append(ok, name)
			case d.Cut() != "":
				cut = append(cut, name+": "+d.Cut())
			default:
				no = append(no, name+": "+failures(v))
			}
		}
		p.f("\n%d. %s\n", j+1, rules.CodeName(code))
		p.f("   Đủ điều kiện đề nghị: %s\n", count(len(ok)))
		p.list(ok)
		if len(cut) > 0 {
			p.f("   Không đề nghị do vượt tỷ lệ: %s\n", count(len(cut)))
			p.list(cut)
		}
		// The reasons of every failure are printed for the titles a
		// whole unit is screened for; for the higher ones only the count.
		if code == award.LDTT || collectiveCode(code) {
			if len(no) > 0 {
				p.f("   Không đủ điều kiện: %s\n", count(len(no)))
				p.list(no)
			}
		} else {
			p.f("   Không đủ điều kiện: %s\n", count(len(no)))
		}
	}

	// The full explained verdict for one candidate.
	d, found := res.VerdictOf(string(explain), award.CSTDBo)
	if !found {
		return fmt.Errorf("candidate %s not screened", explain)
	}
	p.f("\nGIẢI TRÌNH CHI TIẾT: %s — %s năm %d (%s)\n", names[string(explain)], rules.CodeName(award.CSTDBo), year, res.Regime)
	p.f("Kết luận: %s\n", conclusion(d))
	for _, cr := range d.Criteria {
		p.f("   [%s] %s (%s)\n", mark(cr), cr.Reason, cr.Citation)
	}

	// Earliest year for a candidate cut by the quota, assuming the
	// proposals of this screening are approved.
	c := candidate(cands, earliest)
	if c == nil {
		return fmt.Errorf("candidate %s not loaded", earliest)
	}
	r := c.Ensure(year)
	for j, code := range res.Codes {
		if dd := res.Decision(string(earliest), code); dd != nil && dd.Eligible {
			r.Awards.Add(res.Codes[j])
		}
	}
	y, missing := rules.Earliest(rs, c, award.CSTDBo, year+1)
	p.f("\nDỰ KIẾN SỚM NHẤT: %s — %s\n", names[string(earliest)], rules.CodeName(award.CSTDBo))
	p.f("(giả định các đề nghị năm %d được chấp thuận và các năm sau hoàn thành xuất sắc nhiệm vụ)\n", year)
	if y == 0 {
		p.f("Chưa thể đạt trong %d năm tới\n", rules.EarliestHorizon)
	} else {
		p.f("Sớm nhất: năm %d\n", y)
	}
	p.f("Còn thiếu nếu xét năm %d:\n", year+1)
	for _, cr := range missing {
		p.f("   - %s (%s)\n", cr.Reason, cr.Citation)
	}
	return p.err
}

// printer writes formatted lines and keeps the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) list(items []string) {
	for _, s := range items {
		p.f("   - %s\n", s)
	}
}

// count pads counts below ten to two digits, as official summaries do.
func count(n int) string {
	if n > 0 && n < 10 {
		return fmt.Sprintf("%02d", n)
	}
	return fmt.Sprint(n)
}

func collectiveCode(c award.Code) bool {
	switch c {
	case award.TTLDTT, award.TTLDXS, award.CoBo, award.CoChinhPhu:
		return true
	}
	return false
}

// failures joins the reasons of the criteria that failed.
func failures(v rules.Verdict) string {
	var rs []string
	for _, cr := range v.Failed() {
		rs = append(rs, cr.Reason)
	}
	return strings.Join(rs, "; ")
}

func pendingReason(v rules.Verdict) string {
	var rs []string
	for _, cr := range v.Criteria {
		if cr.Pending {
			rs = append(rs, cr.Reason)
		}
	}
	return strings.Join(rs, "; ")
}

func conclusion(v rules.Verdict) string {
	switch {
	case v.Eligible && v.Pending:
		return "đủ điều kiện, còn chờ các tiêu chí chưa thể xác định"
	case v.Eligible:
		return "đủ điều kiện"
	}
	return "chưa đủ điều kiện"
}

func mark(cr rules.Criterion) string {
	switch {
	case cr.Pending:
		return "chờ"
	case cr.Passed:
		return "đạt"
	}
	return "chưa đạt"
}

func candidate(cs []rules.Candidate, id org.PersonID) *rules.Candidate {
	for i := range cs {
		if cs[i].ID == string(id) && !cs[i].Collective {
			return &cs[i]
		}
	}
	return nil
}

// member is one of the Chi cục's staff and their record for 2015-2019.
type member struct {
	id        org.PersonID
	name      string
	gender    org.Gender
	position  string
	recruited thidua.Date
	ratings   string // one letter a year from 2015: X xuất sắc, T tốt, H hoàn thành, - none
	cstdcs    []int  // years already awarded Chiến sĩ thi đua cơ sở (before 2019)
}

// later returns the later of two dates.
func later(a, b thidua.Date) thidua.Date {
	if a.After(b) {
		return a
	}
	return b
}

func date(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }

// staff returns the Chi cục's staff.
func staff() []member {
	return []member{
		{"cb01", "Võ Văn Thành", org.Male, "Chi cục trưởng", date(1998, time.September, 1), "XXXXX", []int{2015, 2016, 2017}},
		{"cb02", "Nguyễn Thị Hồng Nhung", org.Female, "Phó Chi cục trưởng", date(2003, time.April, 1), "TXTXT", nil},
		{"cb03", "Trần Thị Bích Ngọc", org.Female, "Chấp hành viên", date(2008, time.October, 1), "TTXXX", []int{2017, 2018}},
		{"cb04", "Đặng Văn Phúc", org.Male, "Phó Chi cục trưởng", date(2001, time.February, 1), "TTTTT", nil},
		{"cb05", "Lê Văn Hùng", org.Male, "Chấp hành viên", date(2009, time.June, 1), "TXXXX", []int{2017, 2018}},
		{"cb06", "Huỳnh Thị Mai", org.Female, "Chấp hành viên", date(2011, time.March, 1), "TTTTT", nil},
		{"cb07", "Phan Văn Lộc", org.Male, "Chấp hành viên", date(2010, time.August, 1), "TTTTT", nil},
		{"cb08", "Phạm Thị Thu", org.Female, "Chấp hành viên", date(2012, time.May, 2), "TTTTT", nil},
		{"cb09", "Bùi Văn Nam", org.Male, "Chấp hành viên", date(2013, time.January, 2), "TTTTH", nil},
		{"cb10", "Đỗ Thị Kim Loan", org.Female, "Chấp hành viên", date(2013, time.July, 1), "TTTTT", nil},
		{"cb11", "Nguyễn Văn Tài", org.Male, "Chấp hành viên", date(2014, time.March, 3), "TTTTT", nil},
		{"cb12", "Trương Văn Dũng", org.Male, "Thư ký thi hành án", date(2012, time.September, 4), "TTTTT", nil},
		{"cb13", "Lâm Thị Ngọc Hân", org.Female, "Thư ký thi hành án", date(2014, time.October, 1), "TTTTT", nil},
		{"cb14", "Ngô Văn Khải", org.Male, "Thư ký thi hành án", date(2011, time.December, 1), "TTTTT", nil},
		{"cb15", "Châu Thị Diễm", org.Female, "Thư ký thi hành án", date(2010, time.May, 4), "TTTTT", nil},
		{"cb16", "Tạ Văn Quý", org.Male, "Thư ký thi hành án", date(2014, time.August, 1), "TTTTT", nil},
		{"cb17", "Hồ Thị Thanh Hoà", org.Female, "Kế toán", date(2006, time.March, 1), "TTTTT", nil},
		{"cb18", "Lý Văn Sang", org.Male, "Thủ kho", date(2007, time.June, 1), "TTTTT", nil},
		{"cb19", "Mai Thị Yến", org.Female, "Văn thư", date(2009, time.November, 2), "TTTTT", nil},
		{"cb20", "Dương Minh Trí", org.Male, "Thư ký thi hành án", date(2019, time.June, 3), "----T", nil},
	}
}

// build creates the stores: Bộ Tư pháp → Tổng cục → Cục THADS Đồng Tháp →
// three Chi cục, the Chi cục Cao Lãnh's staff with their ratings, titles,
// initiatives, absences and disciplines of 2015-2019, the unit's own
// records and its emulation cluster of 2019.
func build(ctx context.Context) (rules.Sources, error) {
	orgs := org.NewMemStore()
	cs := campaign.NewMemStore(&campaign.Options{Directory: orgs})
	as := award.NewMemStore(award.WithCatalogue(award.JusticeCatalogue()), award.WithDirectory(orgs))
	src := rules.Sources{Org: orgs, Campaign: cs, Award: as}
	b := builder{ctx: ctx, src: src, awards: as, initiatives: cs}

	since := thidua.Since(date(2009, time.July, 1))
	for _, u := range []org.Unit{
		{ID: "btp", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: since},
		{ID: "tcthads", Name: "Tổng cục Thi hành án dân sự", Level: org.LevelTongCucTHADS, Parent: "btp", Exists: since},
		{ID: "cuc-dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", ShortName: "Cục THADS Đồng Tháp", Level: org.LevelCucTHADSTinh, Parent: "tcthads", Exists: since},
		{ID: chiCuc, Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", ShortName: "Chi cục THADS huyện Cao Lãnh", Level: org.LevelChiCucTHADSHuyen, Parent: "cuc-dt", Exists: since},
		{ID: "cc-tm", Name: "Chi cục Thi hành án dân sự huyện Tháp Mười", Level: org.LevelChiCucTHADSHuyen, Parent: "cuc-dt", Exists: since},
		{ID: "cc-ct", Name: "Chi cục Thi hành án dân sự huyện Châu Thành", Level: org.LevelChiCucTHADSHuyen, Parent: "cuc-dt", Exists: since},
	} {
		b.do(orgs.AddUnit(ctx, u))
	}

	for _, m := range staff() {
		b.do(orgs.AddPerson(ctx, org.Person{ID: m.id, FullName: m.name, Gender: m.gender, Recruited: m.recruited,
			Assignments: []org.Assignment{{Unit: chiCuc, Position: m.position, Period: thidua.Since(later(m.recruited, since.From))}}}))
		for i, r := range m.ratings {
			rating := map[rune]org.Rating{'X': org.Excellent, 'T': org.CompletedWell, 'H': org.Completed}[r]
			if rating == org.NotRated {
				continue
			}
			y := 2015 + i
			b.do(orgs.AddPersonYear(ctx, org.PersonYear{Person: m.id, Year: y, Rating: rating, DaysWorked: 240}))
			if y < year && rating >= org.CompletedWell {
				b.title(award.PersonRecipient(m.id), award.LDTT, y)
			}
		}
		// Each CSTĐCS of the past was earned by a grassroots initiative
		// of its year, which it used (one achievement, one form).
		for _, y := range m.cstdcs {
			g := b.title(award.PersonRecipient(m.id), award.CSTDCS, y)
			id := campaign.InitiativeID(fmt.Sprintf("SK-%d-%s", y, m.id))
			b.initiative(id, m.id, campaign.LevelGrassroots, date(y, time.October, 15), "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp")
			b.do(cs.UseInitiative(ctx, id, string(award.CSTDCS), g))
		}
	}

	// 2019: initiatives, absences and a discipline. One achievement earns
	// one form, within the screening too: cb03's grassroots initiative
	// earns her CSTĐCS 2019 and her ministry-level one counts for CSTĐ cấp
	// bộ; cb05's only initiative earns his CSTĐCS 2019 and cannot count
	// again for CSTĐ cấp bộ.
	b.initiative("SK-2019-cb03", "cb03", campaign.LevelMinistry, date(2019, time.September, 5), "Hội đồng sáng kiến Bộ Tư pháp")
	b.initiative("SK-2019-cb03-cs", "cb03", campaign.LevelGrassroots, date(2019, time.October, 15), "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp")
	b.initiative("SK-2019-cb05", "cb05", campaign.LevelMinistry, date(2019, time.September, 5), "Hội đồng sáng kiến Bộ Tư pháp")
	b.initiative("SK-2019-cb08", "cb08", campaign.LevelGrassroots, date(2019, time.October, 15), "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp")
	b.initiative("SK-2019-cb11", "cb11", campaign.LevelGrassroots, date(2019, time.October, 15), "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp")
	for _, a := range []struct {
		id  org.PersonID
		abs org.Absence
	}{
		{"cb06", org.Absence{Reason: org.AbsenceMaternity, Days: 120}}, // counts as working time
		{"cb07", org.Absence{Reason: org.AbsenceSick, Days: 45}},
	} {
		py, err := orgs.PersonYear(ctx, a.id, year)
		b.do(err)
		py.DaysWorked -= a.abs.Days
		py.Absences = []org.Absence{a.abs}
		b.do(orgs.ReplacePersonYear(ctx, py, thidua.Correction{By: "Tổ thi đua", On: date(year+1, time.January, 10),
			Reason: "Bổ sung ngày nghỉ theo chấm công"}))
	}
	b.do(orgs.AddDiscipline(ctx, org.Discipline{ID: "kl-2019-01", Person: "cb12", Form: org.KhienTrach,
		Decided: date(2019, time.April, 15), InForce: thidua.Period{From: date(2019, time.April, 15), To: date(2020, time.April, 14)},
		Decision: "15/QĐ-CCTHADS"}))

	// Past titles above the grassroots.
	b.title(award.PersonRecipient("cb01"), award.CSTDBo, 2017)
	for y := 2015; y <= 2018; y++ {
		b.title(award.UnitRecipient(chiCuc), award.TTLDXS, y)
	}
	b.title(award.UnitRecipient(chiCuc), award.CoBo, 2017)

	// The unit's own records and its cluster.
	for y := 2015; y <= year; y++ {
		b.do(orgs.AddUnitYear(ctx, org.UnitYear{Unit: chiCuc, Year: y, Rating: org.Excellent, ExceededTargets: y == year}))
	}
	b.do(cs.AddCluster(ctx, campaign.Cluster{ID: "cum-2-2019", Name: "Cụm thi đua số 2", Kind: campaign.Cum, Year: year,
		Members: []org.UnitID{chiCuc, "cc-ct", "cc-tm"},
		Ranking: []campaign.Rank{{Unit: chiCuc, Place: 1}, {Unit: "cc-tm", Place: 2}, {Unit: "cc-ct", Place: 3}}}))
	return src, b.err
}

// builder adds records and keeps the first error.
type builder struct {
	ctx context.Context
	src rules.Sources
	// The stores written to; src reads them.
	awards      award.Store
	initiatives campaign.Store
	n           int
	err         error
}

func (b *builder) do(err error) {
	if b.err == nil && err != nil {
		b.err = err
	}
}

// title records a decision giving code for year to r and returns the
// grant's ID. Titles of the grassroots are conferred by the Cục trưởng,
// the others by the Minister (Luật TĐKT 2022, Điều 80; TT 11/2023/TT-BTP).
func (b *builder) title(r award.Recipient, code award.Code, y int) string {
	b.n++
	id := fmt.Sprintf("g%03d", b.n)
	d := award.Decision{ID: fmt.Sprintf("qd%03d", b.n), Date: date(y+1, time.January, 10),
		Grants: []award.Grant{{ID: id, Subject: award.Subject{Kind: code, Recipient: r, Year: y, Basis: award.Regular}}}}
	switch code {
	case award.LDTT, award.CSTDCS:
		d.Number = thidua.DocNumber{Number: b.n, Symbol: "QĐ-CTHADS"}
		d.Issuer, d.SignerTitle = "cuc-dt", "Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp"
	default:
		d.Number = thidua.DocNumber{Number: b.n, Symbol: "QĐ-BTP"}
		d.Issuer, d.SignerTitle = "btp", "Bộ trưởng Bộ Tư pháp"
	}
	b.do(b.awards.AddDecision(b.ctx, d))
	return id
}

func (b *builder) initiative(id campaign.InitiativeID, author org.PersonID, l campaign.Level, on thidua.Date, by string) {
	b.do(b.initiatives.AddInitiative(b.ctx, campaign.Initiative{ID: id, Title: "Sáng kiến " + string(id),
		Kind: campaign.KindInitiative, Authors: []campaign.Author{{Person: author}}, Level: l, RecognisedBy: by,
		Created: on.AddDays(-90), Recognised: on, Applied: true}))
}
