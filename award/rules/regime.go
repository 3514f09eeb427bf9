package rules

import (
	"maps"
	"slices"
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
// rule that DOMAIN.md marks as not confirmed.
type Params struct {
	Law Law

	// ConsiderInYearAfter chooses how a title or form needing N
	// consecutive years is counted. DOMAIN.md §2 says "a title is
	// considered in the year right after the N-th qualifying one" but marks
	// it [?] unverified. false (the default, every library regime): the
	// year asked for is the LAST year of the run — CSTĐ cấp bộ asked for
	// 2020 needs CSTĐCS 2018, 2019 and 2020, units nominating at year end in
	// the same round as the year's own titles. true: the run ends the year
	// BEFORE the year asked for — CSTĐ cấp bộ asked for 2021 needs CSTĐCS
	// 2018-2020. Set it when a ministry's practice confirms that reading.
	ConsiderInYearAfter bool

	// LĐTT (Luật TĐKT art. 24; NĐ 91/2017 art. 10). The recruitment and
	// absence exclusions are kept under Law 2022 as [?] unverified.
	LDTTMinRating org.Rating // lowest rating for LĐTT: CompletedWell
	LDTTMinMonths int        // recruited at least this many whole months before 31/12: 10 [V]; 0 disables
	LDTTMaxAbsent int        // absent this many counted working days or more excludes: 40 [C]; 0 disables
	// LDTTTraining counts a year of training of one year or more finished
	// with a "khá" result or better as LĐTT (NĐ 91/2017 art. 10 [C]; kept
	// under Law 2022 as [?] unverified). false makes such a year need the
	// rating like any other.
	LDTTTraining bool
	// LDTTNoDiscipline excludes a person disciplined "khiển trách" or
	// heavier during the year. [?] unverified (NĐ 91/2017 art. 10).
	LDTTNoDiscipline bool

	// CSTĐCS (Luật TĐKT art. 23).
	CSTDCSMode CSTDCSMode
	// CSTDCSQuotaPercent caps CSTĐCS at this percentage of the individuals
	// awarded LĐTT in the unit, rounded down (NĐ 91/2017 art. 9.3: 15).
	// 0 means no cap. Under Law 2022 the cap is [?] unverified.
	CSTDCSQuotaPercent int

	// CSTĐ cấp bộ (art. 22) and toàn quốc (art. 21).
	CSTDBoYears     int // consecutive CSTĐCS years: 3
	CSTDTQTimes     int // consecutive CSTĐ cấp bộ periods: 2
	CSTDVotePercent int // council vote of all members: 90 (NĐ 91/2017 art. 45.8); Law 2022 [?] unverified

	// Bằng khen cấp bộ, individual (Luật TĐKT 2022 art. 74.1.d; NĐ 91/2017
	// art. 39 [?] unverified).
	BKBoYears        int  // consecutive years: 2
	BKBoInitiatives  int  // initiatives applied at grassroots level: 2
	BKBoCSTDCSBranch bool // 2 consecutive CSTĐCS suffice (Law 2022)

	// Bằng khen Thủ tướng, individual (NĐ 91/2017 art. 38.1.c; Luật TĐKT
	// 2022 art. 73.1.b).
	BKTTgYears       int        // consecutive years after Bằng khen cấp bộ: 5
	BKTTgMinRating   org.Rating // rating every year of the run: Excellent (R2017), CompletedWell (Law 2022)
	BKTTgInitiatives int        // grassroots initiatives in the run: 5 (R2017), 0 (Law 2022)
	BKTTgCSTDCS      int        // CSTĐCS in the run: 0 (R2017), 3 (Law 2022)

	// Huân chương Lao động hạng Ba, individual (Luật TĐKT 2022 art. 44.1.e;
	// R2017 rule [?] unverified).
	HCLD3Years       int        // consecutive years after Bằng khen Thủ tướng: 5
	HCLD3MinRating   org.Rating // rating every year of the run: Excellent (R2017 [?]), CompletedWell (Law 2022)
	HCLD3Excellent   int        // years "xuất sắc" in the run: 1 (Law 2022)
	HCLD3CSTDCS      int        // CSTĐCS in the run: 3 (Law 2022)
	HCLD3CSTDBoOrMin int        // R2017 [?]: CSTĐ cấp bộ, or ministry-level initiatives, in the run: 2
	// HCLD3LeaderYears is the leadership time, in years, of the
	// long-service basis (quá trình cống hiến) of Huân chương Lao động hạng
	// Ba: Luật TĐKT 2022 art. 44.1.g and NĐ 152/2025 art. 21 count years held
	// in leadership posts, women one third less [V], but the number of
	// years is not confirmed: [?] unverified, so it is 0 (the basis is off)
	// in every library regime. When set, it is a separate basis: a verdict
	// eligible only through it has Basis LongService, not Merit. What is
	// checked then is only the years, up to the year asked, whose
	// YearRecord.Post is Deputy or Head (women: two thirds of the time), and
	// the general principles (NĐ 98/2023 art. 4); no rating, title or
	// earlier form is required, as no such requirement is confirmed.
	HCLD3LeaderYears int
	// HCLD3Workers enables the workers' and farmers' branch (art. 44.2).
	HCLD3Workers bool

	// Collectives (Luật TĐKT art. 26–28).
	TTLDTTPercent    int             // more than this percentage of members LĐTT: 50
	TTLDTTNoCanhCao  bool            // no member disciplined "cảnh cáo"+ (old law); Law 2022 [?]
	TTLDXSPercent    int             // at least this percentage of members LĐTT: 70
	TTLDXSNoCanhCao  bool            // old law [C]; Law 2022 has no discipline clause
	CoCPQuotaPercent int             // Cờ thi đua của Chính phủ: at most 20 % of those meeting the Cờ bộ standard (NĐ 91/2017 art. 11); R2010 and Law 2022 [?]
	CoCPAmongHolders bool            // R2010: chosen among Cờ bộ holders of the year (NĐ 42/2010 art. 16.2)
	CollHCLD3Years   int             // consecutive years TTLĐXS for collective HCLĐ3: 5 (Law 2003 art. 44.2); Law 2022 [?]
	CollBKBoYears    int             // [?] unverified: consecutive years "xuất sắc" for a collective Bằng khen cấp bộ: 2
	CollBKTTgYears   int             // [?] unverified: consecutive years "xuất sắc" after Bằng khen cấp bộ for a collective Bằng khen Thủ tướng: 5
	WomenFirst       bool            // ties favour women (NĐ 98/2023 art. 4; earlier regimes [?])
	PrizeRoundUpTo   decimal.Decimal // [?] unverified: round prize money up to a multiple of this (0: no rounding)
	// PrizeMultiples are the prize money multiples of the base salary per
	// code (NĐ 98/2023 art. 54 [V]; assumed the same for earlier decrees [?]).
	PrizeMultiples map[award.Code]decimal.Decimal
}

// Rule evaluates the criteria of one award code, adding each to e.
type Rule func(e *Eval)

// Regime is a set of rules in force over a period. It is a plain value:
// a caller may change Params, replace or add Rules (a ministry's sector
// award) and Citations without editing the library.
type Regime struct {
	Name      string
	In        thidua.Period
	Params    Params
	Rules     map[award.Code]Rule
	Citations map[string]string // criterion ID → legal citation
}

// Clone returns a deep copy of r, whose maps may be changed freely.
func (r *Regime) Clone() *Regime {
	c := *r
	c.Rules = maps.Clone(r.Rules)
	c.Citations = maps.Clone(r.Citations)
	c.Params.PrizeMultiples = maps.Clone(r.Params.PrizeMultiples)
	return &c
}

// Regimes is a registry of regimes, held by the caller. The zero value is
// empty; [DefaultRegimes] returns the library's regimes. Checks may run
// concurrently on one registry as long as nobody adds to it or changes its
// regimes meanwhile.
type Regimes struct {
	list []*Regime
}

// Add registers r. A regime whose period overlaps others takes precedence
// over those added before it on the days they share (a draft law switched
// on over the regime it amends).
func (rs *Regimes) Add(r *Regime) { rs.list = append(rs.list, r) }

// All returns the registered regimes in the order they were added. The
// slice is a copy; the regimes are shared with the registry, so that
// changing one (adding a rule) changes what the registry checks.
func (rs *Regimes) All() []*Regime { return slices.Clone(rs.list) }

// Named returns the regime called name, or nil.
func (rs *Regimes) Named(name string) *Regime {
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
// the date of the year-end consideration. Year 2017 is thus rated under
// R2017 and year 2025 under R2025.
func (rs *Regimes) ForYear(y int) *Regime {
	return rs.For(thidua.Date{Year: y, Month: time.December, Day: 31})
}

// Regime names.
const (
	R2010        = "R2010"
	R2017        = "R2017"
	R2024        = "R2024"
	R2025        = "R2025"
	DraftLaw2026 = "DraftLaw2026"
)

func date(y int, m time.Month, d int) thidua.Date { return thidua.Date{Year: y, Month: m, Day: d} }

// DefaultRegimes returns a fresh registry with R2010, R2017, R2024 and R2025
// (DOMAIN.md §1). The draft law is not in it: add [NewDraftLaw2026].
func DefaultRegimes() *Regimes {
	rs := &Regimes{}
	rs.Add(NewR2010())
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

func law2003Params() Params {
	return Params{
		Law:                Law2003,
		LDTTMinRating:      org.CompletedWell,
		LDTTMinMonths:      10,
		LDTTMaxAbsent:      40,
		LDTTTraining:       true,
		LDTTNoDiscipline:   true,
		CSTDCSMode:         InitiativeRequired,
		CSTDCSQuotaPercent: 15,
		CSTDBoYears:        3,
		CSTDTQTimes:        2,
		CSTDVotePercent:    90,
		BKBoYears:          2,
		BKBoInitiatives:    2,
		BKBoCSTDCSBranch:   false,
		BKTTgYears:         5,
		BKTTgMinRating:     org.Excellent,
		BKTTgInitiatives:   5,
		HCLD3Years:         5,
		HCLD3MinRating:     org.Excellent,
		HCLD3CSTDBoOrMin:   2,
		TTLDTTPercent:      50,
		TTLDTTNoCanhCao:    true,
		TTLDXSPercent:      70,
		TTLDXSNoCanhCao:    true,
		CoCPQuotaPercent:   20,
		CollHCLD3Years:     5,
		CollBKBoYears:      2,
		CollBKTTgYears:     5,
		WomenFirst:         true,
		PrizeMultiples:     prizeMultiples(),
	}
}

func law2022Params() Params {
	p := law2003Params()
	p.Law = Law2022
	p.CSTDCSMode = ExcellentOrInitiative
	p.CSTDCSQuotaPercent = 0 // [?] unverified: no cap known under NĐ 98/2023
	p.BKBoCSTDCSBranch = true
	p.BKTTgMinRating = org.CompletedWell
	p.BKTTgInitiatives = 0
	p.BKTTgCSTDCS = 3
	p.HCLD3MinRating = org.CompletedWell
	p.HCLD3Excellent = 1
	p.HCLD3CSTDCS = 3
	p.HCLD3CSTDBoOrMin = 0
	p.HCLD3LeaderYears = 0 // [?] unverified: the long-service basis is off
	p.HCLD3Workers = true
	p.TTLDTTNoCanhCao = false // [?] unverified
	p.TTLDXSNoCanhCao = false
	return p
}

// Citation strings. A trailing "[?]" marks a source DOMAIN.md does not
// confirm.
func citations2003(decree string) map[string]string {
	return map[string]string{
		"nguyen-tac.ky-luat":  decree + " [?]",
		"nguyen-tac.dieu-tra": decree + " [?]",
		"uu-tien-nu":          decree + " [?]",
		"doi-tuong":           "Luật TĐKT 2003, Điều 23-28",
		"cstdcs.ldtt":         "Luật TĐKT 2003, Điều 23",
		"cstdcs.sang-kien":    "Luật TĐKT 2003, Điều 23",
		"cstdbo.cstdcs":       "Luật TĐKT 2003, Điều 22",
		"cstdbo.sang-kien":    "Luật TĐKT 2003, Điều 22",
		"cstdtq.cstdbo":       "Luật TĐKT 2003, Điều 21",
		"cstdtq.sang-kien":    "Luật TĐKT 2003, Điều 21",
		"hcld3.bkttg":         "Luật TĐKT 2003, Điều 44 [?]",
		"hcld3.lien-tuc":      "Luật TĐKT 2003, Điều 44 [?]",
		"hcld3.cstdbo":        "Luật TĐKT 2003, Điều 44 [?]",
		"ttldtt.xep-loai":     "Luật TĐKT 2003, Điều 28",
		"ttldtt.ldtt":         "Luật TĐKT 2003, Điều 28",
		"ttldtt.ky-luat":      "Luật TĐKT 2003, Điều 28",
		"ttldxs.xep-loai":     "Luật TĐKT 2003, Điều 27",
		"ttldxs.hoan-thanh":   "Luật TĐKT 2003, Điều 27",
		"ttldxs.ldtt":         "Luật TĐKT 2003, Điều 27",
		"ttldxs.cstdcs":       "Luật TĐKT 2003, Điều 27",
		"ttldxs.ky-luat":      "Luật TĐKT 2003, Điều 27",
		"hcld3.ttldxs":        "Luật TĐKT 2003, Điều 44 khoản 2",
		"hcld3.co-hoac-bk":    "Luật TĐKT 2003, Điều 44 khoản 2",
		"hcld3.dot-xuat":      "Luật TĐKT 2003, Điều 44 khoản 2",
		"bkbo.tap-the":        "[?] chưa xác minh",
		"bkttg.tap-the":       "[?] chưa xác minh",
	}
}

func citations2022(decree, art4 string) map[string]string {
	return map[string]string{
		"nguyen-tac.ky-luat":  art4,
		"nguyen-tac.dieu-tra": art4,
		"uu-tien-nu":          art4,
		"doi-tuong":           "Luật TĐKT 2022, Điều 21-28",
		"ldtt.xep-loai":       "Luật TĐKT 2022, Điều 24",
		"ldtt.di-hoc":         "Luật TĐKT 2022, Điều 24; " + decree + " [?]",
		"ldtt.tuyen-dung":     decree + " [?]",
		"ldtt.ngay-nghi":      decree + " [?]",
		"ldtt.ky-luat":        decree + " [?]",
		"cstdcs.ldtt":         "Luật TĐKT 2022, Điều 23",
		"cstdcs.xuat-sac":     "Luật TĐKT 2022, Điều 23",
		"cstdcs.sang-kien":    "Luật TĐKT 2022, Điều 23",
		"cstdcs.ty-le":        decree + " [?]",
		"cstdbo.cstdcs":       "Luật TĐKT 2022, Điều 22",
		"cstdbo.sang-kien":    "Luật TĐKT 2022, Điều 22",
		"cstdbo.hoi-dong":     decree + " [?]",
		"cstdtq.cstdbo":       "Luật TĐKT 2022, Điều 21",
		"cstdtq.sang-kien":    "Luật TĐKT 2022, Điều 21",
		"cstdtq.hoi-dong":     decree + " [?]",
		"bkbo.cstdcs":         "Luật TĐKT 2022, Điều 74 khoản 1 điểm d",
		"bkbo.xuat-sac":       "Luật TĐKT 2022, Điều 74 khoản 1 điểm d",
		"bkbo.sang-kien":      "Luật TĐKT 2022, Điều 74 khoản 1 điểm d",
		"bkttg.bkbo":          "Luật TĐKT 2022, Điều 73 khoản 1 điểm b",
		"bkttg.lien-tuc":      "Luật TĐKT 2022, Điều 73 khoản 1 điểm b",
		"bkttg.cstdcs":        "Luật TĐKT 2022, Điều 73 khoản 1 điểm b",
		"hcld3.bkttg":         "Luật TĐKT 2022, Điều 44 khoản 1 điểm e",
		"hcld3.lien-tuc":      "Luật TĐKT 2022, Điều 44 khoản 1 điểm e",
		"hcld3.xuat-sac":      "Luật TĐKT 2022, Điều 44 khoản 1 điểm e",
		"hcld3.cstdcs":        "Luật TĐKT 2022, Điều 44 khoản 1 điểm e",
		"hcld3.cong-hien":     "Luật TĐKT 2022, Điều 44 khoản 1 điểm g; NĐ 152/2025/NĐ-CP, Điều 21 [?]",
		"hcld3.cong-nhan":     "Luật TĐKT 2022, Điều 44 khoản 2",
		"ttldtt.xep-loai":     "Luật TĐKT 2022, Điều 28 [?]",
		"ttldtt.ldtt":         "Luật TĐKT 2022, Điều 28 [?]",
		"ttldxs.xep-loai":     "Luật TĐKT 2022, Điều 27",
		"ttldxs.hoan-thanh":   "Luật TĐKT 2022, Điều 27",
		"ttldxs.ldtt":         "Luật TĐKT 2022, Điều 27",
		"ttldxs.cstdcs":       "Luật TĐKT 2022, Điều 27",
		"cobo.vuot-chi-tieu":  "Luật TĐKT 2022, Điều 26 [?]",
		"cobo.dan-dau":        "Luật TĐKT 2022, Điều 26 [?]",
		"cocp.tieu-chuan":     "Luật TĐKT 2022, Điều 25 [?]",
		"cocp.ty-le":          "Luật TĐKT 2022, Điều 25 [?]",
		"hcld3.ttldxs":        "Luật TĐKT 2022, Điều 44 [?]",
		"hcld3.co-hoac-bk":    "Luật TĐKT 2022, Điều 44 [?]",
		"hcld3.dot-xuat":      "Luật TĐKT 2022, Điều 44 [?]",
		"bkbo.tap-the":        "Luật TĐKT 2022, Điều 74 [?]",
		"bkttg.tap-the":       "Luật TĐKT 2022, Điều 73 [?]",
	}
}

// NewR2010 returns the regime of Luật TĐKT 2003 with NĐ 42/2010 (amended by
// NĐ 39/2012) and NĐ 65/2014, in force until 30/09/2017. Its citations name
// those texts; the numbers it shares with NĐ 91/2017 (the LĐTT exclusions,
// the council vote, Bằng khen Thủ tướng, the quotas) are not confirmed for
// them and their citations end in "[?]". Only the Cờ thi đua của Chính phủ
// rule "chosen among the Cờ bộ holders" is confirmed (NĐ 42/2010 art. 16.2).
func NewR2010() *Regime {
	p := law2003Params()
	p.CSTDCSQuotaPercent = 15 // [?] unverified: cap believed introduced by NĐ 65/2014
	p.CoCPAmongHolders = true
	const texts = "NĐ 42/2010/NĐ-CP; NĐ 65/2014/NĐ-CP"
	// like91 cites the R2010 texts for a rule whose content is taken from
	// NĐ 91/2017: unverified for R2010.
	like91 := func(art string) string { return texts + " (nội dung theo NĐ 91/2017/NĐ-CP, " + art + ") [?]" }
	c := citations2003("NĐ 42/2010/NĐ-CP")
	c["ldtt.xep-loai"] = "Luật TĐKT 2003, Điều 24"
	c["ldtt.di-hoc"] = like91("Điều 10")
	c["ldtt.tuyen-dung"] = like91("Điều 10")
	c["ldtt.ngay-nghi"] = like91("Điều 10")
	c["ldtt.ky-luat"] = like91("Điều 10")
	c["cstdcs.ty-le"] = like91("Điều 9 khoản 3")
	c["cstdbo.hoi-dong"] = like91("Điều 45 khoản 8")
	c["cstdtq.hoi-dong"] = like91("Điều 45 khoản 8")
	c["bkbo.xuat-sac"] = like91("Điều 39")
	c["bkbo.sang-kien"] = like91("Điều 39")
	c["bkttg.bkbo"] = like91("Điều 38 khoản 1 điểm c")
	c["bkttg.lien-tuc"] = like91("Điều 38 khoản 1 điểm c")
	c["bkttg.sang-kien"] = like91("Điều 38 khoản 1 điểm c")
	c["cobo.vuot-chi-tieu"] = "Luật TĐKT 2003, Điều 26; " + texts + " [?]"
	c["cobo.dan-dau"] = "Luật TĐKT 2003, Điều 26; " + texts + " [?]"
	c["cocp.tieu-chuan"] = "NĐ 42/2010/NĐ-CP, Điều 16 khoản 2"
	c["cocp.ty-le"] = like91("Điều 11")
	return &Regime{Name: R2010, In: thidua.Period{From: date(thidua.MinYear, 1, 1), To: date(2017, 9, 30)},
		Params: p, Rules: defaultRules(), Citations: c}
}

// NewR2017 returns the regime of Luật TĐKT 2003 with NĐ 91/2017 and
// TT 12/2019/TT-BNV, in force 01/10/2017 - 31/12/2023.
func NewR2017() *Regime {
	const nd91 = "NĐ 91/2017/NĐ-CP"
	c := citations2003(nd91)
	for id, cite := range map[string]string{
		"ldtt.xep-loai":      "Luật TĐKT 2003, Điều 24; " + nd91 + ", Điều 10",
		"ldtt.di-hoc":        nd91 + ", Điều 10 [C]",
		"ldtt.tuyen-dung":    nd91 + ", Điều 10",
		"ldtt.ngay-nghi":     nd91 + ", Điều 10",
		"ldtt.ky-luat":       nd91 + ", Điều 10 [?]",
		"cstdcs.ty-le":       nd91 + ", Điều 9 khoản 3",
		"cstdbo.hoi-dong":    nd91 + ", Điều 45 khoản 8",
		"cstdtq.hoi-dong":    nd91 + ", Điều 45 khoản 8",
		"bkbo.xuat-sac":      nd91 + ", Điều 39 [?]",
		"bkbo.sang-kien":     nd91 + ", Điều 39 [?]",
		"bkttg.bkbo":         nd91 + ", Điều 38 khoản 1 điểm c",
		"bkttg.lien-tuc":     nd91 + ", Điều 38 khoản 1 điểm c",
		"bkttg.sang-kien":    nd91 + ", Điều 38 khoản 1 điểm c",
		"cobo.vuot-chi-tieu": "Luật TĐKT 2003, Điều 26; " + nd91 + ", Điều 12",
		"cobo.dan-dau":       "Luật TĐKT 2003, Điều 26; " + nd91 + ", Điều 12",
		"cocp.tieu-chuan":    nd91 + ", Điều 11",
		"cocp.ty-le":         nd91 + ", Điều 11",
	} {
		c[id] = cite
	}
	return &Regime{Name: R2017, In: thidua.Period{From: date(2017, 10, 1), To: date(2023, 12, 31)},
		Params: law2003Params(), Rules: defaultRules(), Citations: c}
}

// NewR2024 returns the regime of Luật TĐKT 06/2022/QH15 with NĐ 98/2023 and
// TT 01/2024/TT-BNV, in force 01/01/2024 - 30/06/2025.
func NewR2024() *Regime {
	return &Regime{Name: R2024, In: thidua.Period{From: date(2024, 1, 1), To: date(2025, 6, 30)},
		Params: law2022Params(), Rules: defaultRules(), Citations: citations2022("NĐ 98/2023/NĐ-CP", "NĐ 98/2023/NĐ-CP, Điều 4")}
}

// NewR2025 returns the regime of Luật TĐKT 06/2022/QH15 with NĐ 152/2025, in
// force from 01/07/2025.
func NewR2025() *Regime {
	return &Regime{Name: R2025, In: thidua.Since(date(2025, 7, 1)),
		Params: law2022Params(), Rules: defaultRules(), Citations: citations2022("NĐ 152/2025/NĐ-CP", "NĐ 98/2023/NĐ-CP, Điều 4; NĐ 152/2025/NĐ-CP [?]")}
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
