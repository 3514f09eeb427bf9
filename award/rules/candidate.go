package rules

import (
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// Set is a small set of the award codes the library knows (the constants of
// package award). It holds the merit-based titles and forms conferred for one
// year's achievements. Codes a sector adds itself are not representable in a
// Set; they live in [Candidate.Grants].
type Set uint32

// Bits of the known codes.
const (
	bLDTT Set = 1 << iota
	bCSTDCS
	bCSTDBo
	bCSTDToanQuoc
	bTTLDTT
	bTTLDXS
	bCoBo
	bCoChinhPhu
	bGiayKhen
	bBangKhenBo
	bBangKhenTTg
	bHCLD3
	bHCLD2
	bHCLD1
	bHCDocLap3
	bKyNiemChuong
)

// bit returns the bit of a known code, or 0.
func bit(c award.Code) Set {
	switch c {
	case award.LDTT:
		return bLDTT
	case award.CSTDCS:
		return bCSTDCS
	case award.CSTDBo:
		return bCSTDBo
	case award.CSTDToanQuoc:
		return bCSTDToanQuoc
	case award.TTLDTT:
		return bTTLDTT
	case award.TTLDXS:
		return bTTLDXS
	case award.CoBo:
		return bCoBo
	case award.CoChinhPhu:
		return bCoChinhPhu
	case award.GiayKhen:
		return bGiayKhen
	case award.BangKhenBo:
		return bBangKhenBo
	case award.BangKhenTTg:
		return bBangKhenTTg
	case award.HCLD3:
		return bHCLD3
	case award.HCLD2:
		return bHCLD2
	case award.HCLD1:
		return bHCLD1
	case award.HCDocLap3:
		return bHCDocLap3
	case award.KyNiemChuong:
		return bKyNiemChuong
	}
	return 0
}

// SetOf returns the set of the given codes; unknown codes are ignored.
func SetOf(codes ...award.Code) Set {
	var s Set
	for _, c := range codes {
		s |= bit(c)
	}
	return s
}

// Has reports whether code is in s.
func (s Set) Has(code award.Code) bool {
	b := bit(code)
	return b != 0 && s&b != 0
}

// Add adds code to s. It reports false, leaving s unchanged, for a code the
// library does not know.
func (s *Set) Add(code award.Code) bool {
	b := bit(code)
	*s |= b
	return b != 0
}

// Post is the kind of post a person held in a year, for long-service rules.
type Post int

// Posts, lowest first.
const (
	Staff  Post = iota // no leadership post
	Deputy             // cấp phó (deputy head)
	Head               // cấp trưởng (head)
)

// Votes is the secret ballot of the emulation council (Hội đồng thi đua,
// khen thưởng) on a proposal: For of Members council members voted in favour.
// Members == 0 means no ballot yet.
type Votes struct {
	For     int
	Members int
}

// Ballots are the council's secret ballots of one year, one per award
// proposed: CSTĐ cấp bộ and CSTĐ toàn quốc each need their own ballot with
// at least 90 % of all council members in favour (NĐ 91/2017 art. 45.8), so
// the vote on one never stands for the other.
type Ballots struct {
	CSTDBo       Votes // ballot on the year's Chiến sĩ thi đua cấp bộ proposal
	CSTDToanQuoc Votes // ballot on the year's Chiến sĩ thi đua toàn quốc proposal
}

// Of returns the ballot on code's proposal: zero (no ballot yet) for a code
// without a ballot field.
func (b Ballots) Of(code award.Code) Votes {
	switch code {
	case award.CSTDBo:
		return b.CSTDBo
	case award.CSTDToanQuoc:
		return b.CSTDToanQuoc
	}
	return Votes{}
}

// Set records v as the ballot on code's proposal. It reports false,
// leaving b unchanged, for a code without a ballot field.
func (b *Ballots) Set(code award.Code, v Votes) bool {
	switch code {
	case award.CSTDBo:
		b.CSTDBo = v
	case award.CSTDToanQuoc:
		b.CSTDToanQuoc = v
	default:
		return false
	}
	return true
}

func (v Votes) valid() bool { return v.For >= 0 && v.For <= v.Members }

// Members are the counts of a collective's members in a year, the inputs of
// the collective titles (Luật TĐKT art. 27, 28).
type Members struct {
	Total       int // members of the collective
	LDTT        int // members awarded Lao động tiên tiến
	CSTDCS      int // members awarded Chiến sĩ thi đua cơ sở
	Completed   int // members rated "hoàn thành nhiệm vụ" or better, or awarded LĐTT (a year of training counted as LĐTT)
	Disciplined int // members disciplined "cảnh cáo" or heavier in the year
}

// YearRecord is what happened to a candidate in one calendar year.
type YearRecord struct {
	Rating org.Rating // annual quality rating (xếp loại chất lượng)
	// Training marks a year spent in training of one year or more finished
	// with a "khá" result or better; it counts as LĐTT time (NĐ 91/2017
	// art. 10) [C].
	Training bool
	// DaysAbsent counts the working days absent that count against LĐTT:
	// maternity leave and treatment of injuries from combat or rescue are
	// excluded (see [CountedAbsence]).
	DaysAbsent int
	// MaternityDays and InjuryDays are the days of maternity leave and of
	// treatment of injuries from combat or rescue in the year: they count
	// as working time (NĐ 65/2014/NĐ-CP, Điều 5; NĐ 91/2017/NĐ-CP, Điều
	// 10; NĐ 98/2023/NĐ-CP, Điều 4) and are not in DaysAbsent; a reason
	// says they were counted as work.
	MaternityDays, InjuryDays int
	// Awards are the merit-based titles and forms conferred for this year's
	// achievements (for a multi-year form, the last year of its period).
	// Thematic and ad hoc awards are not here: see [Candidate.Add].
	Awards Set
	// Score is the unit's comparison result (points or votes of the
	// emulation council); quotas select higher scores first.
	Score int
	Post  Post // leadership post held for most of the year
	// Ballots are the council's ballots on this year's proposals, one per
	// award (CSTĐ cấp bộ, CSTĐ toàn quốc).
	Ballots Ballots
	// Collectives only.
	ExceededTargets bool    // vượt chỉ tiêu
	ClusterLead     bool    // led its khối/cụm thi đua
	Members         Members // member counts
}

// Level is the scope at which an initiative or feat is recognised: the
// type campaign.Level, which the campaign store keeps initiatives with, so
// that an initiative loaded into a [Candidate] keeps its level as it is.
// It is not award.Level, the level of an award's conferring authority (cơ
// sở, bộ, Chính phủ, Nhà nước): [AwardLevel] and [LevelOf] convert between
// the two scopes. Nor is it org.Level, a step of a unit scale.
type Level = campaign.Level

// Levels, lowest first.
const (
	Grassroots = campaign.LevelGrassroots // cấp cơ sở
	Ministry   = campaign.LevelMinistry   // cấp bộ, ngành, tỉnh
	National   = campaign.LevelNational   // toàn quốc
)

// InitiativeKind says what kind of achievement an [Initiative] is.
type InitiativeKind int

// Initiative kinds (Luật TĐKT 2022 art. 23).
const (
	Improvement     InitiativeKind = iota + 1 // sáng kiến
	ScienceWork                               // đề tài, công trình khoa học
	CombatIngenuity                           // mưu trí, sáng tạo trong chiến đấu
)

// Use records that an achievement already earned an award.
type Use struct {
	Code award.Code
	Year int
}

// Initiative is an initiative, a science work or an act of ingenuity in
// combat, recognised in Year at Level.
type Initiative struct {
	ID      string
	Kind    InitiativeKind
	Level   Level
	Year    int
	Applied bool // accepted and applied (nghiệm thu, áp dụng)
	// UsedFor lists the awards this achievement already earned. One
	// achievement earns only one form (Luật TĐKT 2022 art. 5): it is not
	// counted again for the same code in another year.
	UsedFor []Use
}

// usedBy returns the award that already counted in, other than code for
// year y itself, and whether there is one. One achievement earns only one
// form (Luật TĐKT 2022, Điều 5; Luật TĐKT 2003, Điều 6 khoản 2 điểm b as
// amended by Luật 39/2013/QH13): an initiative used for CSTĐCS 2023 counts
// neither for a Bằng khen of 2023 nor for CSTĐCS of another year.
func usedBy(uses []Use, code award.Code, y int) (Use, bool) {
	for _, u := range uses {
		if u.Code != code || u.Year != y {
			return u, true
		}
	}
	return Use{}, false
}

// FeatKind is the kind of a one-off achievement of Luật TĐKT 2022 art. 44.2.
type FeatKind int

// Feat kinds.
const (
	AdHocFeat    FeatKind = iota + 1 // lập được chiến công, thành tích đột xuất
	Movement                         // thành tích xuất sắc trong phong trào thi đua ≥ 5 năm
	Invention                        // phát minh, sáng chế, công trình được ứng dụng
	Contribution                     // đóng góp lớn về kinh tế - xã hội, từ thiện
)

// Feat is a one-off achievement recognised in Year at Level.
type Feat struct {
	ID      string
	Kind    FeatKind
	Level   Level
	Year    int
	UsedFor []Use
}

// Discipline is a disciplinary sanction in force over a period.
type Discipline struct {
	Form    org.DisciplineForm
	InForce thidua.Period
}

// ProceedingKind says what is pending against a candidate.
type ProceedingKind int

// Proceeding kinds (NĐ 98/2023 art. 4).
const (
	Investigation ProceedingKind = iota + 1 // điều tra, xem xét kỷ luật
	Inspection                              // thanh tra, kiểm tra
	Complaint                               // khiếu nại, tố cáo chưa giải quyết
)

// Proceeding is an investigation, inspection or complaint open over a period
// (use thidua.Since for one still open).
type Proceeding struct {
	Kind ProceedingKind
	Open thidua.Period
}

// GrantKind is the kind of a commendation (Luật TĐKT 2022 art. 8), as the
// engine reads a [Grant]. It is not award.Basis, which names the same kinds
// as bits: GrantKind's zero value is Merit, so that a Grant written without
// a kind counts as the law's regular commendation does, while a Basis of 0
// states no basis and a [award.Kind] lists several. [GrantKind.Basis] and
// [KindOf] convert.
type GrantKind uint8

// Grant kinds. Only Merit grants count towards merit-based higher awards
// (NĐ 98/2023 art. 4).
const (
	Merit       GrantKind = iota // thường xuyên, công trạng
	AdHoc                        // đột xuất
	Thematic                     // theo đợt, chuyên đề
	LongService                  // quá trình cống hiến
	Seniority                    // niên hạn
	External                     // đối ngoại
)

// Grant is an award received, as the engine reads it: Year is the (last)
// year of its achievement period. It is not award.Grant, the record a store
// keeps (its decision, nomination, recipient, revocation): the engine needs
// only the code, the year, the kind and the decision's date, and a revoked
// award.Grant becomes a [Revoked], not a Grant. [GrantOf] converts.
type Grant struct {
	Code award.Code
	Year int
	Kind GrantKind
	// Decided is the day the decision conferring it was signed, if known:
	// under NĐ 65/2014/NĐ-CP, Điều 2 khoản 4 the time before the next award
	// counts from it (Params.IntervalFromDecision).
	Decided thidua.Date
}

// Decided is the day the decision conferring an award was signed, for the
// rules that count the interval to the next award from the earlier
// decision (NĐ 65/2014/NĐ-CP, Điều 2 khoản 4).
type Decided struct {
	Code award.Code
	Year int         // the (last) year of the achievement period, as in Grant.Year
	On   thidua.Date // the day the decision was signed
}

// Revoked is a grant that was cancelled (Luật TĐKT 2022, Chương VII; Luật
// TĐKT 2003, Điều 77-78): it counts for nothing, and the reasons say so
// where its year would otherwise read as simply missing.
type Revoked struct {
	Code     award.Code
	Year     int              // the (last) year of the achievement period, as in Grant.Year
	On       thidua.Date      // the day it was cancelled, if known
	Decision thidua.DocNumber // the number of the decision that cancelled it, if known
}

// Candidate is the history of a person or a collective, the whole input of
// the eligibility rules. Years[i] is the record of calendar year
// FirstYear+i; a year outside Years has no record (nothing achieved).
type Candidate struct {
	ID         string
	Unit       string // unit whose quota applies (the rating unit); for a collective, its parent
	Collective bool
	Gender     org.Gender // for a collective, Female means a women's collective
	Recruited  thidua.Date
	Deceased   bool
	// Worker marks a worker or farmer directly producing, for Huân chương
	// Lao động hạng Ba under Luật TĐKT 2022 art. 44.2.
	Worker      bool
	FirstYear   int
	Years       []YearRecord
	Disciplines []Discipline
	Proceedings []Proceeding
	Initiatives []Initiative
	Feats       []Feat
	// Grants holds the awards that are not in a year's Awards set: thematic,
	// ad hoc and other non-merit grants, and codes a sector added itself.
	Grants []Grant
	// Decided holds the decision dates known for the awards of Years and
	// Grants ([Candidate.Add] records Grant.Decided here).
	Decided []Decided
	// Revoked lists the grants that were cancelled: they are in neither
	// Years nor Grants.
	Revoked []Revoked
	// Founded is the day a collective was founded (Huân chương Lao động
	// hạng Ba needs at least 10 years of existence, NĐ 65/2014/NĐ-CP, Điều
	// 17 khoản 4 điểm b); zero if unknown.
	Founded thidua.Date
	// LaterRetirement marks a woman whose retirement age is set above the
	// general rule: the one-third reduction of the leadership time women
	// need does not apply to her (NĐ 91/2017/NĐ-CP, Điều 3; NĐ 98/2023/NĐ-CP,
	// Điều 4 [C]).
	LaterRetirement bool
}

// decidedOn returns the day the decision conferring code for year y was
// signed, if known; of several, the earliest.
func (c *Candidate) decidedOn(code award.Code, y int) (thidua.Date, bool) {
	var on thidua.Date
	for _, d := range c.Decided {
		if d.Code == code && d.Year == y && !d.On.IsZero() && (on.IsZero() || d.On.Before(on)) {
			on = d.On
		}
	}
	return on, !on.IsZero()
}

// Year returns the record of calendar year y, or nil if there is none.
func (c *Candidate) Year(y int) *YearRecord {
	i := y - c.FirstYear
	if i < 0 || i >= len(c.Years) {
		return nil
	}
	return &c.Years[i]
}

// Ensure returns the record of year y, extending Years (and moving
// FirstYear back) with empty records as needed.
func (c *Candidate) Ensure(y int) *YearRecord {
	if len(c.Years) == 0 {
		c.FirstYear = y
		c.Years = make([]YearRecord, 1, 12)
		return &c.Years[0]
	}
	if y < c.FirstYear {
		n := c.FirstYear - y
		ys := make([]YearRecord, n+len(c.Years))
		copy(ys[n:], c.Years)
		c.Years, c.FirstYear = ys, y
	}
	for y-c.FirstYear >= len(c.Years) {
		c.Years = append(c.Years, YearRecord{})
	}
	return &c.Years[y-c.FirstYear]
}

// Add records a grant: a merit grant of a known code goes into the Awards
// set of its year, anything else into Grants, so that thematic and ad hoc
// awards never count towards merit-based higher awards. A grant of a year
// outside thidua.MinYear..thidua.MaxYear goes into Grants too: Years is
// not extended that far.
//
// A known decision date (Grant.Decided) is kept in Decided.
func (c *Candidate) Add(g Grant) {
	if !g.Decided.IsZero() {
		c.Decided = append(c.Decided, Decided{Code: g.Code, Year: g.Year, On: g.Decided})
	}
	if g.Kind == Merit && bit(g.Code) != 0 && g.Year >= thidua.MinYear && g.Year <= thidua.MaxYear {
		c.Ensure(g.Year).Awards.Add(g.Code)
		return
	}
	c.Grants = append(c.Grants, g) // kept, though no year record can hold its year
}

// holds reports whether the candidate holds a merit award code, of bit b
// (0 for a code outside [Set]), for year y.
func (c *Candidate) holds(code award.Code, b Set, y int) bool {
	if r := c.Year(y); r != nil && r.Awards&b != 0 {
		return true
	}
	for _, g := range c.Grants {
		if g.Code == code && g.Year == y && g.Kind == Merit {
			return true
		}
	}
	return false
}

// union returns every award of the candidate's year records.
func (c *Candidate) union() Set {
	var u Set
	for i := range c.Years {
		u |= c.Years[i].Awards
	}
	return u
}

// Received reports whether the candidate ever received code, of any kind.
func (c *Candidate) Received(code award.Code) bool {
	b := bit(code)
	if b != 0 {
		for i := range c.Years {
			if c.Years[i].Awards&b != 0 {
				return true
			}
		}
	}
	for _, g := range c.Grants {
		if g.Code == code {
			return true
		}
	}
	return false
}

// CountedAbsence returns the days of absence that count against LĐTT:
// maternity leave and treatment of injuries from combat or rescue count as
// working time (NĐ 91/2017 art. 10; NĐ 98/2023 art. 4) and are left out.
func CountedAbsence(abs []org.Absence) int {
	return org.PersonYear{Absences: abs}.AbsentDays()
}

// Validate reports the first inconsistency of c, as a *thidua.Error wrapping
// thidua.ErrInvalid: an empty ID, years outside the supported range,
// unknown ratings, negative counts, invalid periods or levels. The rules
// never panic on such input, but their verdicts would mean little.
func (c *Candidate) Validate() error {
	const op = "rules: validate candidate"
	bad := func(field, format string, args ...any) error {
		return thidua.Invalid(op, "candidate", c.ID, field, format, args...)
	}
	if c.ID == "" {
		return bad("ID", "empty candidate ID")
	}
	if len(c.Years) > 0 && (c.FirstYear < thidua.MinYear || c.FirstYear+len(c.Years)-1 > thidua.MaxYear) {
		return bad("FirstYear", "years %d-%d outside %d-%d", c.FirstYear, c.FirstYear+len(c.Years)-1, thidua.MinYear, thidua.MaxYear)
	}
	if !c.Recruited.IsZero() {
		if err := c.Recruited.Validate(); err != nil {
			return thidua.E(op, "candidate", c.ID, "Recruited", err)
		}
	}
	for i := range c.Years {
		r := &c.Years[i]
		y := c.FirstYear + i
		switch {
		case r.Rating < org.NotRated || r.Rating > org.Excellent:
			return bad("Years", "year %d: unknown rating %d", y, r.Rating)
		case r.DaysAbsent < 0 || r.MaternityDays < 0 || r.InjuryDays < 0:
			return bad("Years", "year %d: negative days absent", y)
		case !r.Ballots.CSTDBo.valid():
			return bad("Years", "year %d: CSTĐ cấp bộ ballot: %d votes of %d members", y, r.Ballots.CSTDBo.For, r.Ballots.CSTDBo.Members)
		case !r.Ballots.CSTDToanQuoc.valid():
			return bad("Years", "year %d: CSTĐ toàn quốc ballot: %d votes of %d members", y, r.Ballots.CSTDToanQuoc.For, r.Ballots.CSTDToanQuoc.Members)
		case r.Members.Total < 0 || r.Members.LDTT > r.Members.Total || r.Members.CSTDCS > r.Members.Total ||
			r.Members.Completed > r.Members.Total || r.Members.Disciplined > r.Members.Total ||
			r.Members.LDTT < 0 || r.Members.CSTDCS < 0 || r.Members.Completed < 0 || r.Members.Disciplined < 0:
			return bad("Years", "year %d: member counts out of range", y)
		}
	}
	if !c.Founded.IsZero() {
		if err := c.Founded.Validate(); err != nil {
			return thidua.E(op, "candidate", c.ID, "Founded", err)
		}
	}
	for _, d := range c.Decided {
		if err := d.On.Validate(); err != nil {
			return thidua.E(op, "candidate", c.ID, "Decided", err)
		}
	}
	for _, d := range c.Disciplines {
		if err := d.InForce.Validate(); err != nil {
			return thidua.E(op, "candidate", c.ID, "Disciplines", err)
		}
	}
	for _, p := range c.Proceedings {
		if err := p.Open.Validate(); err != nil {
			return thidua.E(op, "candidate", c.ID, "Proceedings", err)
		}
	}
	for _, in := range c.Initiatives {
		if in.Level < Grassroots || in.Level > National {
			return bad("Initiatives", "initiative %q: unknown level %d", in.ID, in.Level)
		}
	}
	return nil
}
