package rules

import "github.com/thidua-go/thidua/award"

// The library's own codes in each regime's data (Regime.Codes): the titles
// and forms each requires and the quotas, as the texts cited set them.
// Every requirement and quota is cited by the regime's Citations of its ID
// ([Regime.cite]).

// lawVariant says which texts a regime's data follows.
type lawVariant int

const (
	variant2010 lawVariant = iota + 1 // Luật TĐKT 2003 before its 2013 amendment (R2010a, R2010b)
	variant2014                       // NĐ 65/2014/NĐ-CP (R2014)
	variant2017                       // NĐ 91/2017/NĐ-CP (R2017)
	variant2022                       // Luật TĐKT 06/2022/QH15 (R2024, R2025)
)

// libraryCodes returns the data of the library's codes under v.
func libraryCodes(v lawVariant) map[award.Code]CodeSpec {
	cstdcsQuota := 0
	if v == variant2017 {
		cstdcsQuota = 15 // NĐ 91/2017, Điều 9 khoản 3: "không quá 15 %"
	}
	codes := map[award.Code]CodeSpec{
		// Lao động tiên tiến of the same year (Luật TĐKT 2003, Điều 23;
		// NĐ 65/2014, Điều 4; Luật TĐKT 2022, Điều 23).
		award.CSTDCS: {
			Requires: []Requirement{{Code: award.LDTT, Kind: SameYear, ID: "cstdcs.ldtt", For: Individuals}},
			Quota:    Quota{Percent: cstdcsQuota, Of: award.LDTT, Over: PerUnit},
		},
		// 3 consecutive CSTĐCS (Luật TĐKT 2003 and 2022, Điều 22).
		award.CSTDBo: {
			Requires: []Requirement{{Code: award.CSTDCS, Years: 3, ID: "cstdbo.cstdcs", For: Individuals}},
		},
		// 2 consecutive CSTĐ cấp bộ (Luật TĐKT 2003 and 2022, Điều 21; NĐ
		// 65/2014, Điều 3).
		award.CSTDToanQuoc: {
			Requires: []Requirement{{Code: award.CSTDBo, Kind: Periods, Years: 3, Times: 2, ID: "cstdtq.cstdbo", For: Individuals,
				Name: "danh hiệu Chiến sĩ thi đua cấp bộ"}},
		},
		// Chosen among the collectives meeting the Cờ cấp bộ standard, at
		// most 20 % of them (NĐ 91/2017, Điều 11); the rate in the other
		// regimes [?].
		award.CoChinhPhu: {
			Quota: Quota{Percent: 20, Of: award.CoBo, Over: AllScreened},
		},
	}
	// The Bằng khen cấp bộ before a Bằng khen của Thủ tướng, of a person
	// and of a collective (each its own clause).
	bkbo := Requirement{Code: award.BangKhenBo, Kind: Earlier, ID: "bkttg.bkbo", For: Individuals}
	ttBKBo := Requirement{Code: award.BangKhenBo, Kind: Earlier, ID: "bkttg.tt-bkbo", For: Collectives}
	switch v {
	case variant2010:
		// Luật TĐKT 2003, Điều 71 as quoted [C]: Bằng khen cấp bộ and 5
		// consecutive CSTĐCS, or an ad hoc feat; for a collective the
		// Bằng khen cấp bộ before its run [?].
		bkbo.Branch = "thuong-xuyen"
		codes[award.BangKhenTTg] = CodeSpec{Requires: []Requirement{
			bkbo,
			{Code: award.CSTDCS, Years: 5, ID: "bkttg.cstdcs", Branch: "thuong-xuyen", For: Individuals},
			ttBKBo,
		}}
		// Luật TĐKT 2003, Điều 44 as quoted [C]: 7 consecutive CSTĐCS
		// (khoản 1), 5 consecutive years TTLĐXS (khoản 2).
		codes[award.HCLD3] = CodeSpec{Requires: []Requirement{
			{Code: award.CSTDCS, Years: 7, ID: "hcld3.cstdcs", Branch: "thanh-tich", For: Individuals},
			{Code: award.TTLDXS, Years: 5, ID: "hcld3.ttldxs", Branch: "thuong-xuyen", For: Collectives},
		}}
	case variant2014, variant2017:
		bkttg := CodeSpec{Requires: []Requirement{bkbo, ttBKBo}}
		if v == variant2014 {
			// NĐ 65/2014, Điều 23 khoản 1 and 3, điểm c: Bằng khen cấp bộ,
			// then 5 years with 01 Cờ thi đua cấp bộ among them for a
			// collective; one alternative of points a and b.
			bkttg.Requires[0].Branch, bkttg.Requires[1].Branch = "thuong-xuyen", "thuong-xuyen"
			bkttg.Requires = append(bkttg.Requires, Requirement{Code: award.CoBo, Kind: InRun, Times: 1, ID: "bkttg.co", Branch: "thuong-xuyen", For: Collectives})
		}
		codes[award.BangKhenTTg] = bkttg
		// NĐ 65/2014, Điều 17 khoản 1 điểm b and khoản 4 điểm b: Bằng khen
		// Thủ tướng before the run.
		codes[award.HCLD3] = CodeSpec{Requires: []Requirement{
			{Code: award.BangKhenTTg, Kind: Earlier, ID: "hcld3.bkttg", Branch: "thanh-tich", For: Individuals},
			{Code: award.BangKhenTTg, Kind: Earlier, ID: "hcld3.tt-bkttg", Branch: "thuong-xuyen", For: Collectives},
		}}
	case variant2022:
		// Luật TĐKT 2022, Điều 74 khoản 1 điểm d: 2 consecutive CSTĐCS, or
		// 2 consecutive years "xuất sắc" with 2 initiatives.
		codes[award.BangKhenBo] = CodeSpec{Requires: []Requirement{
			{Code: award.CSTDCS, Years: 2, ID: "bkbo.cstdcs", Branch: "cstdcs", For: Individuals},
		}}
		// Luật TĐKT 2022, Điều 73 khoản 1 điểm b: Bằng khen cấp bộ, then 5
		// years with 3 CSTĐCS.
		codes[award.BangKhenTTg] = CodeSpec{Requires: []Requirement{
			bkbo,
			{Code: award.CSTDCS, Kind: InRun, Times: 3, ID: "bkttg.cstdcs", For: Individuals},
			ttBKBo,
		}}
		// Luật TĐKT 2022, Điều 44 khoản 1 điểm e: Bằng khen Thủ tướng, then
		// 5 years with 3 CSTĐCS; for a collective the Law 2003 rule is kept
		// [?].
		codes[award.HCLD3] = CodeSpec{Requires: []Requirement{
			{Code: award.BangKhenTTg, Kind: Earlier, ID: "hcld3.bkttg", Branch: "thanh-tich", For: Individuals},
			{Code: award.CSTDCS, Kind: InRun, Times: 3, ID: "hcld3.cstdcs", Branch: "thanh-tich", For: Individuals},
			{Code: award.TTLDXS, Years: 5, ID: "hcld3.ttldxs", Branch: "thuong-xuyen", For: Collectives},
		}}
	}
	return codes
}

// cite gives every requirement and quota of r's data that has no citation
// the regime's citation of its criterion ID.
func (r *Regime) cite() {
	for code, spec := range r.Codes {
		for i := range spec.Requires {
			q := &spec.Requires[i]
			if q.Citation == "" {
				id := q.ID
				if id == "" {
					id = requireID(code, q.Code)
				}
				q.Citation = r.Citations[id]
			}
		}
		if spec.Quota.Citation == "" {
			spec.Quota.Citation = r.Citations[quotaID(code)]
		}
		r.Codes[code] = spec
	}
}
