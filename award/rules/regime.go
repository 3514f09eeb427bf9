package rules

import (
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// Law says which Law on emulation and commendation a regime applies.
type Law int

// Laws.
const (
	Law2003 Law = iota + 1 // Luật Thi đua, khen thưởng 2003 (amended 2005, 2009, 2013)
	Law2022                // Luật Thi đua, khen thưởng 06/2022/QH15
)

// CSTDCSMode says which achievement Chiến sĩ thi đua cơ sở needs besides LĐTT.
type CSTDCSMode int

// CSTĐCS modes.
const (
	// InitiativeRequired: an initiative, an applied science work or
	// ingenuity in combat is mandatory (Luật TĐKT 2003 art. 23; NĐ 91/2017).
	InitiativeRequired CSTDCSMode = iota + 1
	// ExcellentOrInitiative: at least one of "hoàn thành xuất sắc nhiệm vụ",
	// an initiative, a science work, ingenuity in combat (Luật TĐKT 2022
	// art. 23).
	ExcellentOrInitiative
	// ExcellentAndInitiative: both (draft law amending Law 06/2022, 2025).
	ExcellentAndInitiative
)

// Params are the numbers and switches of a regime. Every field may be
// overridden by the caller. Fields documented "[?] unverified" encode a
// rule that no legal text read so far confirms; "[C]" marks one known only
// from secondary sources.
type Params struct {
	Law Law

	// ConsiderInYearAfter chooses how a title or form needing N
	// consecutive years is counted when the text does not say. One reading
	// is that "a title is considered in the year right after the N-th
	// qualifying one"; no text read confirms it ([?] unverified). false
	// (the default, every library regime): the year asked for is the LAST
	// year of the run — CSTĐ cấp bộ asked for 2020 needs CSTĐCS 2018, 2019
	// and 2020, units nominating at year end in the same round as the
	// year's own titles. true: the run ends the year BEFORE the year asked
	// for — CSTĐ cấp bộ asked for 2021 needs CSTĐCS 2018-2020. Set it when
	// a ministry's practice confirms that reading. Where a text pins the
	// counting (CSTDTQAfterSecond) the text wins. Either way a grant's year
	// is the last year of its achievement period (Verdict.Through): the
	// CSTĐ cấp bộ considered in 2021 is granted for 2020.
	ConsiderInYearAfter bool

	// IntervalFromDecision counts the time before the next award from the
	// DECISION of the earlier one (NĐ 65/2014/NĐ-CP, Điều 2 khoản 4: "được
	// tính từ khi có quyết định khen thưởng lần trước") [V]: the years
	// before the year the earlier decision was signed do not count (the
	// year of the decision does: its rating comes after the decision), and
	// neither do the years its achievement period used. false counts from
	// the achievement period written in the earlier decision (NĐ 91/2017
	// and TT 08/2017/TT-BNV [C]; Luật TĐKT 2022, Điều 5). Without a known
	// decision date ([Candidate.Decided]) the period is used.
	IntervalFromDecision bool

	// ReuseAchievements lets an initiative or a feat that already counted
	// for one award count again for another (a different code, or the same
	// code in another year). false, in every library regime: one
	// achievement earns only one form (Luật TĐKT 2022, Điều 5; Luật TĐKT
	// 2003, Điều 6 khoản 2 điểm b as amended by Luật 39/2013/QH13), so an
	// initiative used for CSTĐCS 2023 does not count towards a Bằng khen of
	// 2023, which then needs other initiatives.
	ReuseAchievements bool

	// LĐTT (Luật TĐKT art. 24; NĐ 65/2014 art. 5; NĐ 91/2017 art. 10; TT
	// 01/2024/TT-BNV; TT 15/2025/TT-BNV).
	LDTTMinRating org.Rating // lowest rating for LĐTT: CompletedWell
	// LDTTMinMonths: recruited at least this many whole months before
	// 31/12, else not considered: 10 under NĐ 65/2014 art. 5 [V] and NĐ
	// 91/2017 art. 10; 6 under TT 01/2024/TT-BNV art. 1.5.d and TT
	// 15/2025/TT-BNV art. 2.5 [C]; 0 disables.
	LDTTMinMonths int
	LDTTMaxAbsent int // absent this many counted working days or more excludes: 40 (NĐ 65/2014 art. 5 [V]); 0 disables
	// LDTTTraining counts a year of training of one year or more, rules
	// kept, finished with a "khá" result or better as LĐTT (NĐ 65/2014
	// art. 5 [V]; NĐ 91/2017 art. 10 [C]; TT 15/2025/TT-BNV art. 2.5 [C]).
	// false makes such a year need the rating like any other.
	LDTTTraining bool
	// LDTTNoDiscipline excludes a person disciplined "khiển trách" or
	// heavier during the year (NĐ 65/2014 art. 5 [V]; later regimes [?]).
	LDTTNoDiscipline bool

	// CSTĐCS (Luật TĐKT art. 23). Its quota is in the regime's data
	// (Regime.Codes[award.CSTDCS].Quota): at most 15 % of the individuals
	// awarded LĐTT in the unit, rounded down, under NĐ 91/2017 art. 9.3,
	// which lets each ministry or province set the rate "không quá 15 %"
	// [C], so R2017 has 15 and a ministry lowers it; no cap (Percent 0) in
	// the other regimes: no earlier decree sets one, and none is known
	// under Law 2022 ([?]).
	CSTDCSMode CSTDCSMode
	// CSTDCSQuotaOpen says the law leaves the CSTĐCS rate to each ministry
	// or province (Law 2022 regimes): a verdict then states the rate
	// applied, or that none is ("chưa áp dụng tỷ lệ").
	CSTDCSQuotaOpen bool

	// CSTĐ cấp bộ (art. 22) and toàn quốc (art. 21): the titles they
	// require (3 consecutive CSTĐCS, 2 consecutive CSTĐ cấp bộ) are in the
	// regime's data (Regime.Codes).
	CSTDVotePercent int // council vote of all members: 90 (NĐ 91/2017 art. 45.8); other regimes [?] unverified
	// CSTDTQAfterSecond: CSTĐ toàn quốc is conferred after the year of the
	// second CSTĐ cấp bộ (NĐ 65/2014/NĐ-CP, Điều 3 khoản 4) [V]: asked for
	// year Y, the second CSTĐ cấp bộ period ends in Y-1 at the latest
	// ([Eval.RunEnd] is Y-1 for CSTĐ toàn quốc).
	CSTDTQAfterSecond bool

	// Bằng khen cấp bộ, individual (NĐ 65/2014 art. 24.1.c [V]; Luật TĐKT
	// 2022 art. 74.1.d; NĐ 91/2017 art. 39 [?] unverified). The other
	// alternative of Law 2022, 2 consecutive CSTĐCS, is in the regime's
	// data (Regime.Codes).
	BKBoYears       int // consecutive years "xuất sắc": 2
	BKBoInitiatives int // initiatives applied at grassroots level: 2
	// BKBoFeats adds the other alternatives of NĐ 65/2014/NĐ-CP, Điều 24
	// khoản 1 [V] for a person: a) an outstanding result in the yearly
	// movements of a ministry or province (a Feat of kind Movement), b)
	// achievements of influence in a field of the ministry or province (an
	// AdHocFeat), each recognised at ministry or province level. R2014
	// only: NĐ 91/2017, Điều 39 is not verified [?], Law 2022 art. 74 is
	// known only for point d of khoản 1.
	BKBoFeats bool

	// Bằng khen Thủ tướng, individual (NĐ 65/2014 art. 23.1.c [V]; NĐ
	// 91/2017 art. 38.1.c [C]; Luật TĐKT 2022 art. 73.1.b). What it
	// requires — Bằng khen cấp bộ before the run, 3 CSTĐCS in it under Law
	// 2022 — is in the regime's data (Regime.Codes).
	//
	// BKTTgYears 0 leaves out the run after Bằng khen cấp bộ: the Law 2003
	// criterion before its 2013 amendment (art. 71 as quoted [C], R2010),
	// the requirements of the data alone (Bằng khen cấp bộ and 5
	// consecutive years of CSTĐCS), or an ad hoc feat.
	BKTTgYears       int        // consecutive years after Bằng khen cấp bộ: 5
	BKTTgMinRating   org.Rating // rating every year of the run: Excellent (2014-2023), CompletedWell (Law 2022)
	BKTTgInitiatives int        // grassroots initiatives in the run: 5 (2014-2023), 0 (Law 2022)
	BKTTgApplied     bool       // the initiatives must be applied too ("được công nhận và áp dụng hiệu quả", NĐ 65/2014 art. 23.1.c [V]; kept by NĐ 91/2017 art. 38.1.c [C])
	// BKTTgFeats adds the other alternatives of NĐ 65/2014/NĐ-CP, Điều 23
	// khoản 1 and 3 [V], for a person and a collective alike: a) an
	// outstanding result in a movement reviewed after 3 years or more, b)
	// many or ad hoc achievements of ministry or province influence. R2014
	// only: NĐ 91/2017, Điều 38 is known only for its point c [C], Law 2022
	// art. 73 only for point b of khoản 1 [C].
	BKTTgFeats bool

	// Huân chương Lao động hạng Ba, individual (NĐ 65/2014 art. 17.1.b
	// [V]; Luật TĐKT 2022 art. 44.1.e [C]; R2017 [?] unverified). What it
	// requires — Bằng khen Thủ tướng before the run, 3 CSTĐCS in it under
	// Law 2022 — is in the regime's data (Regime.Codes).
	//
	// HCLD3Years 0 leaves out the run after Bằng khen Thủ tướng: the Law
	// 2003 criterion before its 2013 amendment (art. 44.1 as quoted [C],
	// R2010), 7 consecutive CSTĐCS (the data) within which HCLD3BKBo Bằng
	// khen cấp bộ (2) or one Bằng khen Thủ tướng.
	HCLD3Years       int        // consecutive years after Bằng khen Thủ tướng: 5
	HCLD3MinRating   org.Rating // rating every year of the run: Excellent (2014-2023), CompletedWell (Law 2022)
	HCLD3Excellent   int        // years "xuất sắc" in the run: 1 (Law 2022)
	HCLD3CSTDBoOrMin int        // R2017 [?]: CSTĐ cấp bộ, or ministry-level initiatives, in the run: 2
	// HCLD3Initiatives: initiatives applied at ministry or province level
	// in the run, with no CSTĐ option: 2 (NĐ 65/2014 art. 17.1.b) [V].
	HCLD3Initiatives int
	HCLD3BKBo        int
	// HCLD3LeaderYears is the leadership time, in years, of the
	// long-service basis (quá trình cống hiến) of Huân chương Lao động hạng
	// Ba: Luật TĐKT 2022 art. 44.1.g and NĐ 152/2025 art. 21 count years held
	// in leadership posts [V], NĐ 65/2014 art. 17.3.b 10 years for a Giám
	// đốc Sở or equivalent [V], but which posts count is not modelled: [?]
	// unverified, so it is 0 (the basis is off) in every library regime.
	// When set, it is a separate basis: a verdict eligible only through it
	// has Basis LongService, not Merit. What is checked then is only the
	// years, up to the year asked, whose YearRecord.Post is Deputy or Head
	// (women less, see WomenLessMonths and WomenLessThird), and the general
	// principles; no rating, title or earlier form is required, as no such
	// requirement is confirmed.
	HCLD3LeaderYears int
	// HCLD3Workers enables the workers' and farmers' branch (art. 44.2).
	HCLD3Workers bool

	// Women leaders need less time in post for long-service awards:
	// WomenLessMonths fewer months (36 under NĐ 65/2014/NĐ-CP, Điều 2
	// khoản 3 [V]), or, with WomenLessThird, one third less (NĐ 91/2017
	// art. 3; NĐ 98/2023 art. 4 [C]) — except a woman whose retirement age
	// is set above the general rule ([Candidate.LaterRetirement]), who
	// needs the general time.
	WomenLessMonths int
	WomenLessThird  bool

	// Collectives (Luật TĐKT art. 26–28).
	TTLDTTPercent   int  // more than this percentage of members LĐTT: 50
	TTLDTTNoCanhCao bool // no member disciplined "cảnh cáo"+ (old law); Law 2022 [?]
	TTLDXSPercent   int  // at least this percentage of members LĐTT: 70
	TTLDXSNoCanhCao bool // old law [C]; Law 2022 has no discipline clause
	// Cờ thi đua của Chính phủ: its quota is in the regime's data
	// (Regime.Codes[award.CoChinhPhu].Quota), at most 20 % of those meeting
	// the Cờ bộ standard (NĐ 91/2017 art. 11); other regimes [?].
	//
	// CoCPAmongHolders: Cờ thi đua của Chính phủ is chosen among the
	// holders of the Cờ cấp bộ of the year (NĐ 42/2010 art. 16.2 [V],
	// repealed from 20/08/2014 by NĐ 65/2014 art. 30); false: among the
	// collectives meeting the Cờ cấp bộ standard (NĐ 65/2014 art. 6 [V]).
	CoCPAmongHolders bool
	// Huân chương Lao động hạng Ba, collective. Law 2003 art. 44.2 before
	// its 2013 amendment [C]: 5 consecutive years TTLĐXS (the regime's
	// data) and one Cờ cấp bộ or Bằng khen Thủ tướng. NĐ 65/2014 art.
	// 17.4.b [V] (CollHCLD3AfterBKTTg): at least CollHCLD3Founded years of
	// existence, holds Bằng khen Thủ tướng (the data), then CollHCLD3Years
	// consecutive years "xuất sắc" within which CollHCLD3Flags Cờ cấp bộ,
	// or one Cờ and CollHCLD3FlagBK Bằng khen cấp bộ.
	CollHCLD3Years      int
	CollHCLD3AfterBKTTg bool
	CollHCLD3Founded    int
	CollHCLD3Flags      int
	CollHCLD3FlagBK     int
	CollBKBoYears       int             // [?] unverified: consecutive years "xuất sắc" for a collective Bằng khen cấp bộ: 2
	CollBKTTgYears      int             // consecutive years "xuất sắc" after Bằng khen cấp bộ for a collective Bằng khen Thủ tướng: 5 (NĐ 65/2014 art. 23.3.c [V]; others [?]); the 01 Cờ cấp bộ within them (R2014) is in the regime's data
	WomenFirst          bool            // ties favour women (NĐ 65/2014 art. 2 [V]; NĐ 98/2023 art. 4 [C]; others [?])
	PrizeRoundUpTo      decimal.Decimal // [?] unverified: round prize money up to a multiple of this (0: no rounding)
	// PrizeMultiples are the prize money multiples of the base salary per
	// code (NĐ 98/2023 art. 54 [V]; assumed the same for earlier decrees [?]).
	PrizeMultiples map[award.Code]decimal.Decimal
}

// Rule evaluates the criteria of one award code, adding each to e. A
// [Screen] may call it from several goroutines at once, each with its own
// Eval (ScreenOptions.Workers): it reads the history through e and changes
// nothing else.
type Rule func(e *Eval)

// Regime is a set of rules in force over a period. It is a plain value:
// a caller may change Params, replace or add Rules (a ministry's sector
// award), Codes and Citations without editing the library. A rule sees
// none of it directly: [Eval] gives it copies ([Eval.Params],
// [Eval.Candidate], [Eval.Spec]), so that no rule changes what another
// reads.
type Regime struct {
	Name      string
	In        thidua.Period
	Params    Params
	Rules     map[award.Code]Rule
	Citations map[string]string // criterion ID → legal citation
	// Codes is the data the engine applies by itself to a code: its
	// requirements, its quota, whether it is decided in the year-end round
	// ([CodeSpec]). The library's regimes fill it for their own codes, with
	// the citations of the texts (Chiến sĩ thi đua cơ sở requires Lao động
	// tiên tiến of the year, its quota...); add to it rather than replace
	// it. A ministry's code is first-class through it: a code it adds may
	// require another code, its own or the library's, decided before it in
	// the same [Screen], carry its own quota, and be required by a library
	// code.
	Codes map[award.Code]CodeSpec
}

// Clone returns a deep copy of r, whose maps may be changed freely.
func (r *Regime) Clone() *Regime {
	c := *r
	c.Rules = maps.Clone(r.Rules)
	c.Citations = maps.Clone(r.Citations)
	c.Params.PrizeMultiples = maps.Clone(r.Params.PrizeMultiples)
	if r.Codes != nil {
		c.Codes = make(map[award.Code]CodeSpec, len(r.Codes))
		for k, v := range r.Codes {
			c.Codes[k] = v.clone()
		}
	}
	return &c
}

// Selection says which date picks the regime of a check. The Law does not
// settle which regime applies to a dossier still pending when the law
// changes: Luật TĐKT 06/2022/QH15, Điều 95 keeps only the titles and forms
// already granted before 01/01/2024, and the decrees' transitional clauses
// were not read. The library's default is the date of consideration; a
// caller that reads the transition otherwise chooses ByAchievementYear.
type Selection int

// Selections.
const (
	// ByConsideration (the default) picks the regime in force on the date
	// of consideration: the AsOf date given ([Regimes.CheckAt],
	// ScreenOptions.AsOf), or 31/12 of the year rated when none is given.
	ByConsideration Selection = iota
	// ByAchievementYear picks the regime in force on 31/12 of the year
	// rated, whatever the date of consideration: a 2023 dossier considered
	// in January 2024 stays under R2017.
	ByAchievementYear
)

// Regimes is a registry of regimes, held by the caller. The zero value is
// empty; [DefaultRegimes] returns the library's regimes. Checks may run
// concurrently on one registry as long as nobody adds to it or changes its
// regimes meanwhile.
type Regimes struct {
	list []*Regime
	// Select says which date picks the regime of a check ([Regimes.Pick]);
	// the zero value is ByConsideration.
	Select Selection
}

// Add registers r. A regime whose period overlaps others takes precedence
// over those added before it on the days they share (a draft law switched
// on over the regime it amends). A nil r is not registered: it would
// rate nothing.
func (rs *Regimes) Add(r *Regime) {
	if r != nil {
		rs.list = append(rs.list, r)
	}
}

// All returns the registered regimes in the order they were added (none
// for a nil registry). The slice is a copy; the regimes are shared with
// the registry, so that changing one (adding a rule) changes what the
// registry checks.
func (rs *Regimes) All() []*Regime {
	if rs == nil {
		return nil
	}
	return slices.Clone(rs.list)
}

// Named returns the regime called name, or nil (always for a nil
// registry).
func (rs *Regimes) Named(name string) *Regime {
	if rs == nil {
		return nil
	}
	for _, r := range rs.list {
		if r.Name == name {
			return r
		}
	}
	return nil
}

// For returns the regime in force on d, or nil if none is.
func (rs *Regimes) For(d thidua.Date) *Regime {
	if rs == nil {
		return nil
	}
	for i := len(rs.list) - 1; i >= 0; i-- {
		if rs.list[i].In.Contains(d) {
			return rs.list[i]
		}
	}
	return nil
}

// ForYear returns the regime that rates year y: the one in force on 31/12/y,
// the date of the year-end consideration. Year 2014 is thus rated under
// R2014 (NĐ 65/2014 in force from 20/08/2014), 2017 under R2017 and 2025
// under R2025.
func (rs *Regimes) ForYear(y int) *Regime {
	return rs.For(thidua.Date{Year: y, Month: time.December, Day: 31})
}

// Pick returns the regime of a check of year y considered on asOf, as
// rs.Select says: under ByConsideration the one in force on asOf (on
// 31/12/y when asOf is zero), under ByAchievementYear the one in force on
// 31/12/y.
func (rs *Regimes) Pick(y int, asOf thidua.Date) *Regime {
	if rs == nil {
		return nil
	}
	if rs.Select == ByAchievementYear || asOf.IsZero() {
		return rs.ForYear(y)
	}
	return rs.For(asOf)
}

// Regime names. The law before 01/10/2017 is three regimes: R2010a to
// 31/05/2014 (Luật TĐKT 2003 as amended in 2005 and 2009, NĐ 42/2010 and NĐ
// 39/2012), R2010b from 01/06/2014 (Luật 39/2013/QH13 in force, NĐ 42/2010
// where not contrary to it) and R2014 from 20/08/2014 (NĐ 65/2014 in force,
// repealing large parts of NĐ 42/2010: NĐ 65/2014, Điều 30).
const (
	R2010a       = "R2010a"
	R2010b       = "R2010b"
	R2014        = "R2014"
	R2017        = "R2017"
	R2024        = "R2024"
	R2025        = "R2025"
	DraftLaw2026 = "DraftLaw2026"
)

func date(y int, m time.Month, d int) thidua.Date { return thidua.Date{Year: y, Month: m, Day: d} }

// DefaultRegimes returns a fresh registry with R2010a, R2010b, R2014,
// R2017, R2024 and R2025, selecting by the date of consideration. The
// draft law is not in it: add [NewDraftLaw2026].
func DefaultRegimes() *Regimes {
	rs := &Regimes{}
	rs.Add(NewR2010a())
	rs.Add(NewR2010b())
	rs.Add(NewR2014())
	rs.Add(NewR2017())
	rs.Add(NewR2024())
	rs.Add(NewR2025())
	return rs
}

func prizeMultiples() map[award.Code]decimal.Decimal {
	// NĐ 98/2023 art. 54 (kept by NĐ 152/2025) [V]; the same multiples are
	// assumed for the earlier decrees [?].
	return map[award.Code]decimal.Decimal{
		award.CSTDToanQuoc: decimal.RequireFromString("4.5"),
		award.CSTDBo:       decimal.RequireFromString("3.0"),
		award.CSTDCS:       decimal.RequireFromString("1.0"),
		award.LDTT:         decimal.RequireFromString("0.3"),
		award.TTLDXS:       decimal.RequireFromString("1.5"),
	}
}

// law2003Params are the numbers of Luật TĐKT 2003 as amended in 2013 with
// NĐ 91/2017 (R2017); the other regimes start from them.
func law2003Params() Params {
	return Params{
		Law:                 Law2003,
		LDTTMinRating:       org.CompletedWell,
		LDTTMinMonths:       10,
		LDTTMaxAbsent:       40,
		LDTTTraining:        true,
		LDTTNoDiscipline:    true,
		CSTDCSMode:          InitiativeRequired,
		CSTDVotePercent:     90,
		BKBoYears:           2,
		BKBoInitiatives:     2,
		BKTTgYears:          5,
		BKTTgMinRating:      org.Excellent,
		BKTTgInitiatives:    5,
		BKTTgApplied:        true, // NĐ 91/2017, Điều 38 khoản 1 điểm c keeps NĐ 65/2014's "công nhận và áp dụng hiệu quả" [C]
		HCLD3Years:          5,
		HCLD3MinRating:      org.Excellent,
		HCLD3CSTDBoOrMin:    2,
		WomenLessThird:      true,
		TTLDTTPercent:       50,
		TTLDTTNoCanhCao:     true,
		TTLDXSPercent:       70,
		TTLDXSNoCanhCao:     true,
		CollHCLD3Years:      5,
		CollHCLD3AfterBKTTg: true, // [?] unverified for R2017: the content of NĐ 65/2014 art. 17.4.b
		CollHCLD3Founded:    10,
		CollHCLD3Flags:      2,
		CollHCLD3FlagBK:     2,
		CollBKBoYears:       2,
		CollBKTTgYears:      5,
		WomenFirst:          true,
		PrizeMultiples:      prizeMultiples(),
	}
}

// law2003OldParams are the numbers of R2010a: Luật TĐKT 2003 before its 2013
// amendment with NĐ 42/2010.
func law2003OldParams() Params {
	p := law2003Params()
	p.CoCPAmongHolders = true
	p.BKTTgYears = 0 // Bằng khen cấp bộ and 5 consecutive CSTĐCS (data)
	p.HCLD3Years = 0 // 7 consecutive CSTĐCS (data)
	p.HCLD3BKBo = 2
	p.HCLD3CSTDBoOrMin = 0
	p.WomenLessThird = false // [?] unverified: no reduction known
	p.CollHCLD3AfterBKTTg = false
	p.CollHCLD3Founded, p.CollHCLD3Flags, p.CollHCLD3FlagBK = 0, 0, 0
	return p
}

func law2022Params() Params {
	p := law2003Params()
	p.Law = Law2022
	p.LDTTMinMonths = 6 // TT 01/2024/TT-BNV art. 1.5.d; TT 15/2025/TT-BNV art. 2.5 [C]
	p.CSTDCSMode = ExcellentOrInitiative
	p.CSTDCSQuotaOpen = true // no cap known under NĐ 98/2023 or NĐ 152/2025 [?]
	p.BKTTgMinRating = org.CompletedWell
	p.BKTTgInitiatives = 0
	p.HCLD3MinRating = org.CompletedWell
	p.HCLD3Excellent = 1
	p.HCLD3CSTDBoOrMin = 0
	p.HCLD3LeaderYears = 0 // [?] unverified: the long-service basis is off
	p.HCLD3Workers = true
	p.TTLDTTNoCanhCao = false // [?] unverified
	p.TTLDXSNoCanhCao = false
	// Collective Huân chương Lao động hạng Ba under Law 2022 is not found
	// ([?]): the Law 2003 rule is kept, cited [?].
	p.CollHCLD3AfterBKTTg = false
	p.CollHCLD3Founded, p.CollHCLD3Flags, p.CollHCLD3FlagBK = 0, 0, 0
	return p
}

// Citation strings. A trailing "[?]" marks a source no legal text read
// confirms, "[C]" one known only from secondary sources.
func citations2003(decree string) map[string]string {
	return map[string]string{
		"nguyen-tac.ky-luat":        decree + " [?]",
		"nguyen-tac.dieu-tra":       decree + " [?]",
		"uu-tien-nu":                decree + " [?]",
		"nguyen-tac.mot-thanh-tich": "Luật TĐKT 2003 sửa đổi 2013, Điều 6 khoản 2 điểm b (Luật 39/2013/QH13, Điều 1 khoản 3)",
		"doi-tuong":                 "Luật TĐKT 2003, Điều 23-28",
		"cstdcs.ldtt":               "Luật TĐKT 2003, Điều 23",
		"cstdcs.sang-kien":          "Luật TĐKT 2003, Điều 23",
		"cstdbo.cstdcs":             "Luật TĐKT 2003, Điều 22",
		"cstdbo.sang-kien":          "Luật TĐKT 2003, Điều 22",
		"cstdtq.cstdbo":             "Luật TĐKT 2003, Điều 21",
		"cstdtq.sang-kien":          "Luật TĐKT 2003, Điều 21",
		"hcld3.bkttg":               "Luật TĐKT 2003, Điều 44 [?]",
		"hcld3.lien-tuc":            "Luật TĐKT 2003, Điều 44 [?]",
		"hcld3.cstdbo":              "Luật TĐKT 2003, Điều 44 [?]",
		"hcld3.cong-hien":           "Luật TĐKT 2003, Điều 44 [?]",
		"ttldtt.xep-loai":           "Luật TĐKT 2003, Điều 28",
		"ttldtt.ldtt":               "Luật TĐKT 2003, Điều 28",
		"ttldtt.ky-luat":            "Luật TĐKT 2003, Điều 28",
		"ttldxs.xep-loai":           "Luật TĐKT 2003, Điều 27",
		"ttldxs.hoan-thanh":         "Luật TĐKT 2003, Điều 27",
		"ttldxs.ldtt":               "Luật TĐKT 2003, Điều 27",
		"ttldxs.cstdcs":             "Luật TĐKT 2003, Điều 27",
		"ttldxs.ky-luat":            "Luật TĐKT 2003, Điều 27",
		"hcld3.ttldxs":              "Luật TĐKT 2003, Điều 44 khoản 2 [C]",
		"hcld3.co-hoac-bk":          "Luật TĐKT 2003, Điều 44 khoản 2 [C]",
		"hcld3.dot-xuat":            "Luật TĐKT 2003, Điều 44 khoản 2 [C]",
		"bkbo.tap-the":              "[?] chưa xác minh",
		"bkttg.tap-the":             "[?] chưa xác minh",
		"bkttg.bkbo":                "[?] chưa xác minh",
		"bkttg.tt-bkbo":             "[?] chưa xác minh",
	}
}

// nd65 cites NĐ 65/2014/NĐ-CP.
func nd65(art string) string { return "NĐ 65/2014/NĐ-CP, " + art }

// withND65Content cites texts for a rule whose content is taken from NĐ
// 65/2014 (read in full), unconfirmed for the regime of texts.
func withND65Content(texts, art string) string {
	return texts + " (nội dung theo NĐ 65/2014/NĐ-CP, " + art + ") [?]"
}

func citations2022(decree, art4 string) map[string]string {
	return map[string]string{
		"nguyen-tac.ky-luat":        art4,
		"nguyen-tac.dieu-tra":       art4,
		"uu-tien-nu":                art4,
		"nguyen-tac.mot-thanh-tich": "Luật TĐKT 2022, Điều 5",
		"doi-tuong":                 "Luật TĐKT 2022, Điều 21-28",
		"ldtt.xep-loai":             "Luật TĐKT 2022, Điều 24",
		"ldtt.di-hoc":               "Luật TĐKT 2022, Điều 24; " + decree + " [?]",
		"ldtt.tuyen-dung":           decree + " [?]",
		"ldtt.ngay-nghi":            decree + " [?]",
		"ldtt.ky-luat":              decree + " [?]",
		"cstdcs.ldtt":               "Luật TĐKT 2022, Điều 23",
		"cstdcs.xuat-sac":           "Luật TĐKT 2022, Điều 23",
		"cstdcs.sang-kien":          "Luật TĐKT 2022, Điều 23",
		"cstdcs.ty-le":              "Luật TĐKT 2022, Điều 23; " + decree + " (không quy định tỷ lệ; tỷ lệ do bộ, ngành, tỉnh quy định) [?]",
		"cstdbo.cstdcs":             "Luật TĐKT 2022, Điều 22",
		"cstdbo.sang-kien":          "Luật TĐKT 2022, Điều 22",
		"cstdbo.hoi-dong":           decree + " [?]",
		"cstdtq.cstdbo":             "Luật TĐKT 2022, Điều 21",
		"cstdtq.sang-kien":          "Luật TĐKT 2022, Điều 21",
		"cstdtq.hoi-dong":           decree + " [?]",
		"bkbo.cstdcs":               "Luật TĐKT 2022, Điều 74 khoản 1 điểm d",
		"bkbo.xuat-sac":             "Luật TĐKT 2022, Điều 74 khoản 1 điểm d",
		"bkbo.sang-kien":            "Luật TĐKT 2022, Điều 74 khoản 1 điểm d",
		"bkttg.bkbo":                "Luật TĐKT 2022, Điều 73 khoản 1 điểm b",
		"bkttg.lien-tuc":            "Luật TĐKT 2022, Điều 73 khoản 1 điểm b",
		"bkttg.cstdcs":              "Luật TĐKT 2022, Điều 73 khoản 1 điểm b",
		"hcld3.bkttg":               "Luật TĐKT 2022, Điều 44 khoản 1 điểm e",
		"hcld3.lien-tuc":            "Luật TĐKT 2022, Điều 44 khoản 1 điểm e",
		"hcld3.xuat-sac":            "Luật TĐKT 2022, Điều 44 khoản 1 điểm e",
		"hcld3.cstdcs":              "Luật TĐKT 2022, Điều 44 khoản 1 điểm e",
		"hcld3.cong-hien":           "Luật TĐKT 2022, Điều 44 khoản 1 điểm g; NĐ 98/2023/NĐ-CP, Điều 4 [C]; " + decree + " [?]",
		"hcld3.cong-nhan":           "Luật TĐKT 2022, Điều 44 khoản 2",
		"ttldtt.xep-loai":           "Luật TĐKT 2022, Điều 28 [?]",
		"ttldtt.ldtt":               "Luật TĐKT 2022, Điều 28 [?]",
		"ttldxs.xep-loai":           "Luật TĐKT 2022, Điều 27",
		"ttldxs.hoan-thanh":         "Luật TĐKT 2022, Điều 27",
		"ttldxs.ldtt":               "Luật TĐKT 2022, Điều 27",
		"ttldxs.cstdcs":             "Luật TĐKT 2022, Điều 27",
		"cobo.vuot-chi-tieu":        "Luật TĐKT 2022, Điều 26 [?]",
		"cobo.dan-dau":              "Luật TĐKT 2022, Điều 26 [?]",
		"cocp.tieu-chuan":           "Luật TĐKT 2022, Điều 25 [?]",
		"cocp.ty-le":                "Luật TĐKT 2022, Điều 25 [?]",
		"hcld3.ttldxs":              "Luật TĐKT 2022, Điều 44 [?]",
		"hcld3.co-hoac-bk":          "Luật TĐKT 2022, Điều 44 [?]",
		"hcld3.dot-xuat":            "Luật TĐKT 2022, Điều 44 [?]",
		"bkbo.tap-the":              "Luật TĐKT 2022, Điều 74 [?]",
		"bkttg.tap-the":             "Luật TĐKT 2022, Điều 73 [?]",
		"bkttg.tt-bkbo":             "Luật TĐKT 2022, Điều 73 [?]",
	}
}

// NewR2010a returns the regime of Luật TĐKT 2003 (amended 2005, 2009) with
// NĐ 42/2010/NĐ-CP (amended by NĐ 39/2012/NĐ-CP), in force until
// 31/05/2014. Its own criteria are those of the Law before the 2013
// amendment as quoted by secondary sources [C]: Bằng khen Thủ tướng for
// Bằng khen cấp bộ and 5 consecutive CSTĐCS (art. 71), Huân chương Lao động
// hạng Ba for 7 consecutive CSTĐCS with 2 Bằng khen cấp bộ or 1 Bằng khen
// Thủ tướng (art. 44.1) and, for a collective, 5 consecutive years TTLĐXS
// with 1 Cờ cấp bộ or 1 Bằng khen Thủ tướng (art. 44.2); Cờ thi đua của
// Chính phủ among the Cờ cấp bộ holders (NĐ 42/2010, Điều 16 khoản 2) [V].
// There is no CSTĐCS quota. The other numbers (LĐTT exclusions, the council
// vote, Bằng khen cấp bộ) follow the next regimes and are cited [?].
//
// Bằng khen của Thủ tướng Chính phủ, criterion by criterion:
//   - individual, Bằng khen cấp bộ and 5 consecutive years CSTĐCS (Luật
//     TĐKT 2003, Điều 71 as quoted by a secondary source) [C];
//   - individual, an ad hoc feat (same article) [C];
//   - NĐ 42/2010/NĐ-CP's own article on it: not read [?];
//   - collective, Bằng khen cấp bộ then 5 consecutive years "hoàn thành
//     xuất sắc nhiệm vụ" (CollBKTTgYears): no text read [?], the R2014
//     content without its Cờ (NĐ 65/2014, Điều 23 khoản 3 điểm c).
func NewR2010a() *Regime {
	r := newR2010(R2010a, thidua.Period{From: date(thidua.MinYear, 1, 1), To: date(2014, 5, 31)},
		"Luật TĐKT 2003", "NĐ 42/2010/NĐ-CP")
	r.cite()
	return r
}

// NewR2010b returns the regime in force from 01/06/2014 to 19/08/2014:
// Luật 39/2013/QH13 amending Luật TĐKT 2003 in force, NĐ 42/2010/NĐ-CP
// applied where not contrary to it. The amended articles of the Law were not
// read: the criteria are those of R2010a, every one cited [?].
// Bằng khen của Thủ tướng is therefore the R2010a criterion, [?] throughout.
func NewR2010b() *Regime {
	r := newR2010(R2010b, thidua.Period{From: date(2014, 6, 1), To: date(2014, 8, 19)},
		"Luật TĐKT 2003 sửa đổi 2013 (Luật 39/2013/QH13)", "NĐ 42/2010/NĐ-CP")
	for id, c := range r.Citations {
		if !strings.HasSuffix(c, "[?]") {
			r.Citations[id] = c + " [?]"
		}
	}
	r.cite()
	return r
}

func newR2010(name string, in thidua.Period, law, nd42 string) *Regime {
	like65 := func(art string) string { return withND65Content(nd42, art) }
	c := citations2003(nd42)
	for id, cite := range map[string]string{
		"doi-tuong":                 law + ", Điều 23-28",
		"nguyen-tac.mot-thanh-tich": law + ", Điều 6 [?]",
		"ldtt.xep-loai":             law + ", Điều 24",
		"ldtt.di-hoc":               like65("Điều 5"),
		"ldtt.tuyen-dung":           like65("Điều 5 khoản 6"),
		"ldtt.ngay-nghi":            like65("Điều 5 khoản 6"),
		"ldtt.ky-luat":              like65("Điều 5 khoản 6"),
		"cstdcs.ldtt":               law + ", Điều 23",
		"cstdcs.sang-kien":          law + ", Điều 23",
		"cstdbo.hoi-dong":           nd42 + " (nội dung theo NĐ 91/2017/NĐ-CP, Điều 45 khoản 8) [?]",
		"cstdtq.hoi-dong":           nd42 + " (nội dung theo NĐ 91/2017/NĐ-CP, Điều 45 khoản 8) [?]",
		"bkbo.xuat-sac":             like65("Điều 24 khoản 1 điểm c"),
		"bkbo.sang-kien":            like65("Điều 24 khoản 1 điểm c"),
		"bkttg.bkbo":                law + ", Điều 71 [C]",
		"bkttg.cstdcs":              law + ", Điều 71 [C]",
		"bkttg.dot-xuat":            law + ", Điều 71 [C]",
		"hcld3.cstdcs":              law + ", Điều 44 khoản 1 [C]",
		"hcld3.bk":                  law + ", Điều 44 khoản 1 [C]",
		"cobo.vuot-chi-tieu":        law + ", Điều 26; " + nd42 + " [?]",
		"cobo.dan-dau":              law + ", Điều 26; " + nd42 + " [?]",
		"cocp.tieu-chuan":           nd42 + ", Điều 16 khoản 2",
		"cocp.ty-le":                nd42 + " (nội dung theo NĐ 91/2017/NĐ-CP, Điều 11) [?]",
	} {
		c[id] = cite
	}
	return &Regime{Name: name, In: in, Params: law2003OldParams(), Rules: defaultRules(), Citations: c, Codes: libraryCodes(variant2010)}
}

// NewR2014 returns the regime in force from 20/08/2014 to 30/09/2017:
// Luật TĐKT 2003 as amended by Luật 39/2013/QH13, with NĐ 65/2014/NĐ-CP
// (read in full) and what NĐ 42/2010/NĐ-CP keeps. Its own criteria [V]:
// LĐTT exclusions and training (art. 5), CSTĐCS (art. 4), CSTĐ toàn quốc
// conferred after the year of the second CSTĐ cấp bộ (art. 3), Bằng khen
// cấp bộ (art. 24.1.c) and Thủ tướng (art. 23.1.c, 23.3.c), Huân chương Lao
// động hạng Ba (art. 17.1.b, 17.4.b), Cờ thi đua của Chính phủ among the
// collectives meeting the Cờ cấp bộ standard (art. 6), the interval to the
// next award counted from the earlier decision (art. 2.4), women leaders'
// time 3 years less (art. 2.3). No CSTĐCS quota: the 15 % cap is NĐ
// 91/2017's.
//
// Bằng khen của Thủ tướng Chính phủ (NĐ 65/2014, Điều 23), criterion by
// criterion, each one alternative of the others:
//   - a) outstanding in a movement reviewed after 3 years or more, person
//     (khoản 1) or collective (khoản 3): [V], a Feat of kind Movement;
//   - b) many or ad hoc achievements of ministry or province influence:
//     [V], an AdHocFeat (BKTTgFeats);
//   - c) person: Bằng khen cấp bộ, then 05 consecutive years "hoàn thành
//     xuất sắc nhiệm vụ" with 05 grassroots initiatives recognised and
//     applied: [V]; collective: Bằng khen cấp bộ, then 05 consecutive years
//     "xuất sắc" with 01 Cờ thi đua cấp bộ among them: [V];
//   - the interval counted from the earlier decision (Điều 2 khoản 4) [V];
//   - workers and farmers (khoản 2) [V]: not modelled.
//
// Bằng khen cấp bộ, ngành, tỉnh for a person (NĐ 65/2014, Điều 24 khoản
// 1), each one alternative of the others [V]: a) an outstanding result in
// the yearly movements of the ministry or province, a Feat of kind
// Movement; b) achievements of influence in a field of the ministry or
// province, an AdHocFeat (Params.BKBoFeats; both recognised at ministry or
// province level); c) 02 consecutive years "hoàn thành xuất sắc nhiệm vụ"
// with 02 grassroots initiatives applied.
func NewR2014() *Regime {
	p := law2003Params()
	p.IntervalFromDecision = true
	p.CSTDTQAfterSecond = true
	p.HCLD3CSTDBoOrMin = 0
	p.HCLD3Initiatives = 2
	p.WomenLessThird, p.WomenLessMonths = false, 36
	p.BKTTgFeats, p.BKBoFeats = true, true
	const law = "Luật TĐKT 2003 sửa đổi 2013"
	c := citations2003(nd65("Điều 2"))
	for id, cite := range map[string]string{
		"uu-tien-nu":         nd65("Điều 2"),
		"doi-tuong":          law + ", Điều 23-28",
		"ldtt.xep-loai":      law + ", Điều 24; " + nd65("Điều 5"),
		"ldtt.di-hoc":        nd65("Điều 5"),
		"ldtt.tuyen-dung":    nd65("Điều 5 khoản 6"),
		"ldtt.ngay-nghi":     nd65("Điều 5 khoản 6"),
		"ldtt.ky-luat":       nd65("Điều 5 khoản 6"),
		"cstdcs.ldtt":        nd65("Điều 4"),
		"cstdcs.sang-kien":   nd65("Điều 4"),
		"cstdbo.hoi-dong":    "NĐ 65/2014/NĐ-CP (tỷ lệ theo NĐ 91/2017/NĐ-CP, Điều 45 khoản 8) [?]",
		"cstdtq.cstdbo":      nd65("Điều 3 khoản 4"),
		"cstdtq.sang-kien":   nd65("Điều 3"),
		"cstdtq.hoi-dong":    "NĐ 65/2014/NĐ-CP (tỷ lệ theo NĐ 91/2017/NĐ-CP, Điều 45 khoản 8) [?]",
		"bkbo.xuat-sac":      nd65("Điều 24 khoản 1 điểm c"),
		"bkbo.sang-kien":     nd65("Điều 24 khoản 1 điểm c"),
		"bkbo.tap-the":       law + ", Điều 72; " + nd65("Điều 24 khoản 2") + " [?]",
		"bkttg.bkbo":         nd65("Điều 23 khoản 1 điểm c, Điều 2 khoản 4"),
		"bkttg.lien-tuc":     nd65("Điều 23 khoản 1 điểm c, Điều 2 khoản 4"),
		"bkttg.sang-kien":    nd65("Điều 23 khoản 1 điểm c"),
		"bkttg.tap-the":      nd65("Điều 23 khoản 3 điểm c, Điều 2 khoản 4"),
		"bkttg.tt-bkbo":      nd65("Điều 23 khoản 3 điểm c, Điều 2 khoản 4"),
		"bkttg.co":           nd65("Điều 23 khoản 3 điểm c"),
		"bkbo.phong-trao":    nd65("Điều 24 khoản 1 điểm a"),
		"bkbo.thanh-tich":    nd65("Điều 24 khoản 1 điểm b"),
		"bkttg.phong-trao":   nd65("Điều 23 khoản 1 điểm a, khoản 3 điểm a"),
		"bkttg.dot-xuat":     nd65("Điều 23 khoản 1 điểm b, khoản 3 điểm b"),
		"hcld3.bkttg":        nd65("Điều 17 khoản 1 điểm b, Điều 2 khoản 4"),
		"hcld3.lien-tuc":     nd65("Điều 17 khoản 1 điểm b, Điều 2 khoản 4"),
		"hcld3.sang-kien":    nd65("Điều 17 khoản 1 điểm b"),
		"hcld3.cong-hien":    nd65("Điều 17 khoản 3 điểm b, Điều 2 khoản 3"),
		"hcld3.thanh-lap":    nd65("Điều 17 khoản 4 điểm b"),
		"hcld3.tt-bkttg":     nd65("Điều 17 khoản 4 điểm b, Điều 2 khoản 4"),
		"hcld3.tt-lien-tuc":  nd65("Điều 17 khoản 4 điểm b, Điều 2 khoản 4"),
		"hcld3.tt-co":        nd65("Điều 17 khoản 4 điểm b"),
		"hcld3.dot-xuat":     nd65("Điều 17 khoản 4 điểm a"),
		"cobo.vuot-chi-tieu": law + ", Điều 26 [?]",
		"cobo.dan-dau":       law + ", Điều 26 [?]",
		"cocp.tieu-chuan":    nd65("Điều 6"),
		"cocp.ty-le":         nd65("Điều 6") + " (nội dung theo NĐ 91/2017/NĐ-CP, Điều 11) [?]",
	} {
		c[id] = cite
	}
	r := &Regime{Name: R2014, In: thidua.Period{From: date(2014, 8, 20), To: date(2017, 9, 30)},
		Params: p, Rules: defaultRules(), Citations: c, Codes: libraryCodes(variant2014)}
	r.cite()
	return r
}

// NewR2017 returns the regime of Luật TĐKT 2003 (amended 2005, 2009, 2013)
// with NĐ 91/2017/NĐ-CP and TT 12/2019/TT-BNV, in force 01/10/2017 -
// 31/12/2023. The collective Huân chương Lao động hạng Ba follows NĐ
// 65/2014, Điều 17 khoản 4 under the same amended Law, cited [?].
func NewR2017() *Regime {
	const nd91 = "NĐ 91/2017/NĐ-CP"
	c := citations2003(nd91)
	for id, cite := range map[string]string{
		// The principles of NĐ 91/2017, Điều 3 (as summarised by secondary
		// sources [C]): no award while a discipline, an investigation or a
		// complaint is pending; women and collectives of ≥ 70 % women first.
		"nguyen-tac.ky-luat":  nd91 + ", Điều 3 [C]",
		"nguyen-tac.dieu-tra": nd91 + ", Điều 3 [C]",
		"uu-tien-nu":          nd91 + ", Điều 3 [C]",
		"ldtt.xep-loai":       "Luật TĐKT 2003, Điều 24; " + nd91 + ", Điều 10",
		"ldtt.di-hoc":         nd91 + ", Điều 10 [C]",
		"ldtt.tuyen-dung":     nd91 + ", Điều 10",
		"ldtt.ngay-nghi":      nd91 + ", Điều 10",
		"ldtt.ky-luat":        nd91 + ", Điều 10 [?]",
		"cstdcs.ty-le":        nd91 + ", Điều 9 khoản 3",
		"cstdbo.hoi-dong":     nd91 + ", Điều 45 khoản 8",
		"cstdtq.hoi-dong":     nd91 + ", Điều 45 khoản 8",
		"bkbo.xuat-sac":       nd91 + ", Điều 39 [?]",
		"bkbo.sang-kien":      nd91 + ", Điều 39 [?]",
		"bkttg.bkbo":          nd91 + ", Điều 38 khoản 1 điểm c",
		"bkttg.lien-tuc":      nd91 + ", Điều 38 khoản 1 điểm c",
		"bkttg.sang-kien":     nd91 + ", Điều 38 khoản 1 điểm c",
		"hcld3.cong-hien":     nd91 + ", Điều 3 [C]; Luật TĐKT 2003, Điều 44 [?]",
		"hcld3.thanh-lap":     withND65Content(nd91, "Điều 17 khoản 4 điểm b"),
		"hcld3.tt-bkttg":      withND65Content(nd91, "Điều 17 khoản 4 điểm b"),
		"hcld3.tt-lien-tuc":   withND65Content(nd91, "Điều 17 khoản 4 điểm b"),
		"hcld3.tt-co":         withND65Content(nd91, "Điều 17 khoản 4 điểm b"),
		"hcld3.dot-xuat":      withND65Content(nd91, "Điều 17 khoản 4 điểm a"),
		"cobo.vuot-chi-tieu":  "Luật TĐKT 2003, Điều 26; " + nd91 + ", Điều 12",
		"cobo.dan-dau":        "Luật TĐKT 2003, Điều 26; " + nd91 + ", Điều 12",
		"cocp.tieu-chuan":     nd91 + ", Điều 11",
		"cocp.ty-le":          nd91 + ", Điều 11",
	} {
		c[id] = cite
	}
	r := &Regime{Name: R2017, In: thidua.Period{From: date(2017, 10, 1), To: date(2023, 12, 31)},
		Params: law2003Params(), Rules: defaultRules(), Citations: c, Codes: libraryCodes(variant2017)}
	r.cite()
	return r
}

// NewR2024 returns the regime of Luật TĐKT 06/2022/QH15 with NĐ 98/2023 and
// TT 01/2024/TT-BNV, in force 01/01/2024 - 30/06/2025.
func NewR2024() *Regime {
	c := citations2022("NĐ 98/2023/NĐ-CP", "NĐ 98/2023/NĐ-CP, Điều 4")
	c["ldtt.tuyen-dung"] = "TT 01/2024/TT-BNV, Điều 1 khoản 5 điểm d [C]"
	r := &Regime{Name: R2024, In: thidua.Period{From: date(2024, 1, 1), To: date(2025, 6, 30)},
		Params: law2022Params(), Rules: defaultRules(), Citations: c, Codes: libraryCodes(variant2022)}
	r.cite()
	return r
}

// NewR2025 returns the regime of Luật TĐKT 06/2022/QH15 with NĐ 152/2025 and
// TT 15/2025/TT-BNV, in force from 01/07/2025.
func NewR2025() *Regime {
	c := citations2022("NĐ 152/2025/NĐ-CP", "NĐ 98/2023/NĐ-CP, Điều 4; NĐ 152/2025/NĐ-CP [?]")
	c["ldtt.tuyen-dung"] = "TT 15/2025/TT-BNV, Điều 2 khoản 5 [C]"
	c["ldtt.di-hoc"] = "Luật TĐKT 2022, Điều 24; TT 15/2025/TT-BNV, Điều 2 khoản 5 [C]"
	r := &Regime{Name: R2025, In: thidua.Since(date(2025, 7, 1)),
		Params: law2022Params(), Rules: defaultRules(), Citations: c, Codes: libraryCodes(variant2022)}
	r.cite()
	return r
}

// NewDraftLaw2026 returns the optional regime of the draft law amending Law
// 06/2022 (2025): CSTĐCS needs both "hoàn thành xuất sắc nhiệm vụ" and an
// initiative. Its start date 01/10/2026 is [?] unverified; change In to
// suit. Register it after the default regimes to let it take precedence.
func NewDraftLaw2026() *Regime {
	r := NewR2025()
	r.Name = DraftLaw2026
	r.In = thidua.Since(date(2026, 10, 1))
	r.Params.CSTDCSMode = ExcellentAndInitiative
	r.Citations["cstdcs.xuat-sac"] = "Dự thảo Luật sửa đổi, bổ sung Luật TĐKT (2025), Điều 23"
	r.Citations["cstdcs.sang-kien"] = "Dự thảo Luật sửa đổi, bổ sung Luật TĐKT (2025), Điều 23"
	return r
}

// defaultRules returns the library's rule for every known code.
func defaultRules() map[award.Code]Rule {
	return map[award.Code]Rule{
		award.LDTT:         ruleLDTT,
		award.CSTDCS:       ruleCSTDCS,
		award.CSTDBo:       ruleCSTDBo,
		award.CSTDToanQuoc: ruleCSTDTQ,
		award.TTLDTT:       ruleTTLDTT,
		award.TTLDXS:       ruleTTLDXS,
		award.CoBo:         ruleCoBo,
		award.CoChinhPhu:   ruleCoCP,
		award.BangKhenBo:   ruleBKBo,
		award.BangKhenTTg:  ruleBKTTg,
		award.HCLD3:        ruleHCLD3,
	}
}
