package rules_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/rules"
	"github.com/thidua-go/thidua/org"
)

// colleagues are n people of unit u rated "hoàn thành tốt" in year y
// (Lao động tiên tiến) without initiatives: the CSTĐCS quota base.
func colleagues(u string, n, y int) []rules.Candidate {
	cs := make([]rules.Candidate, n)
	for i := range cs {
		c := person(fmt.Sprintf("%s-%02d", u, i+1))
		c.Unit = u
		rate(c, y, y, org.CompletedWell)
		cs[i] = *c
	}
	return cs
}

// screenOne screens c among six colleagues (seven LĐTT: one CSTĐCS under
// the 15 % of NĐ 91/2017, Điều 9 khoản 3) and returns c's decisions.
func screenOne(t *testing.T, c *rules.Candidate, y int, codes ...award.Code) map[award.Code]*decided {
	t.Helper()
	c.Unit = "u"
	cs := append([]rules.Candidate{*c}, colleagues("u", 6, y)...)
	r := rules.Screen(rules.DefaultRegimes(), cs, y, codes, nil)
	out := map[award.Code]*decided{}
	for _, code := range codes {
		out[code] = decision(&r, c.ID, code)
	}
	return out
}

// One achievement earns one form (Luật TĐKT 2022, Điều 5; Luật TĐKT 2003,
// Điều 6 khoản 2 điểm b as amended by Luật 39/2013/QH13), within one
// screening too. Year 2023, NĐ 91/2017: CSTĐCS needs LĐTT and an
// initiative recognised at grassroots level (Điều 9); Bằng khen cấp bộ
// needs two years "hoàn thành xuất sắc" with two grassroots initiatives
// applied (Điều 39). The initiative of 2023 that earns the CSTĐCS does not
// count again for the Bằng khen of the same round.
func TestScreenOneAchievementOneForm(t *testing.T) {
	build := func(ins ...rules.Initiative) *rules.Candidate {
		c := rate(person("a"), 2022, 2023, org.Excellent)
		c.Ensure(2023).Score = 90
		c.Initiatives = ins
		return c
	}
	skA := initiative("SK-A", 2023, rules.Grassroots, true)
	skB := initiative("SK-B", 2022, rules.Grassroots, true)
	skC := initiative("SK-C", 2023, rules.Grassroots, true)

	ds := screenOne(t, build(skA, skB), 2023, award.CSTDCS, award.BangKhenBo)
	cs := ds[award.CSTDCS]
	if !cs.Eligible {
		t.Fatalf("CSTĐCS 2023 with LĐTT and an initiative: %+v", cs.Failed())
	}
	bk := ds[award.BangKhenBo]
	if bk.Eligible {
		t.Fatal("the initiative that earned CSTĐCS 2023 counted again for the Bằng khen cấp bộ of the same screening")
	}
	cr := criterion(bk.Verdict, "bkbo.sang-kien")
	if cr == nil || cr.Passed || cr.Facts.Have != 1 || !slices.Equal(cr.Facts.Excluded, []string{"SK-A"}) {
		t.Fatalf("bkbo.sang-kien = %+v", cr)
	}
	for _, want := range []string{"sáng kiến SK-A đã được tính cho danh hiệu Chiến sĩ thi đua cơ sở năm 2023", "mỗi thành tích chỉ được khen một hình thức"} {
		if !strings.Contains(cr.Reason, want) {
			t.Errorf("reason %q lacks %q", cr.Reason, want)
		}
	}
	// Screening the Bằng khen alone decides the CSTĐCS it needs first, with
	// the same effect.
	if alone := screenOne(t, build(skA, skB), 2023, award.BangKhenBo)[award.BangKhenBo]; alone.Eligible {
		t.Error("Bằng khen screened alone counted the initiative of the CSTĐCS decided for it")
	}
	// A third initiative: the Bằng khen has its two.
	if bk := screenOne(t, build(skA, skB, skC), 2023, award.CSTDCS, award.BangKhenBo)[award.BangKhenBo]; !bk.Eligible {
		t.Errorf("two initiatives left after the CSTĐCS: %+v", bk.Failed())
	}
	// Cut by the quota, the CSTĐCS uses nothing: a colleague with a better
	// score takes the only place, and the Bằng khen counts SK-A.
	c := build(skA, skB)
	c.Unit = "u"
	b := rate(person("b"), 2023, 2023, org.Excellent)
	b.Unit = "u"
	b.Ensure(2023).Score = 99
	b.Initiatives = []rules.Initiative{initiative("SK-X", 2023, rules.Grassroots, false)}
	r := rules.Screen(rules.DefaultRegimes(), append([]rules.Candidate{*c, *b}, colleagues("u", 5, 2023)...), 2023,
		[]award.Code{award.CSTDCS, award.BangKhenBo}, nil)
	if d := decision(&r, "a", award.CSTDCS); d.Eligible || d.Cut == "" {
		t.Fatalf("a's CSTĐCS should be cut by the quota: %+v", d)
	}
	if d := decision(&r, "a", award.BangKhenBo); !d.Eligible {
		t.Errorf("CSTĐCS cut by the quota still held its initiative: %+v", d.Failed())
	}
}

// The same counting for CSTĐ cấp bộ (Luật TĐKT 2003, Điều 22; NĐ 91/2017,
// Điều 9: three consecutive CSTĐCS and an initiative applied across the
// ministry): the only initiative of 2023 earns the CSTĐCS of 2023 and does
// not count again; with a grassroots initiative besides, the CSTĐCS uses
// that one and the ministry-level one counts for CSTĐ cấp bộ.
func TestScreenOneFormCSTDBo(t *testing.T) {
	build := func(ins ...rules.Initiative) *rules.Candidate {
		c := rate(person("m"), 2021, 2022, org.Excellent, award.LDTT, award.CSTDCS)
		rate(c, 2023, 2023, org.Excellent)
		c.Ensure(2023).Score = 90
		c.Initiatives = ins
		return c
	}
	skM := initiative("SK-M", 2023, rules.Ministry, true)
	skG := initiative("SK-G", 2023, rules.Grassroots, false)
	ds := screenOne(t, build(skM), 2023, award.CSTDCS, award.CSTDBo)
	if !ds[award.CSTDCS].Eligible {
		t.Fatalf("CSTĐCS 2023: %+v", ds[award.CSTDCS].Failed())
	}
	v := ds[award.CSTDBo]
	cr := criterion(v.Verdict, "cstdbo.sang-kien")
	if v.Eligible || cr == nil || !strings.Contains(cr.Reason, "sáng kiến SK-M đã được tính cho danh hiệu Chiến sĩ thi đua cơ sở năm 2023") {
		t.Fatalf("CSTĐ cấp bộ counted the initiative of CSTĐCS 2023: eligible %v, %+v", v.Eligible, cr)
	}
	ds = screenOne(t, build(skM, skG), 2023, award.CSTDCS, award.CSTDBo)
	v = ds[award.CSTDBo]
	if !ds[award.CSTDCS].Eligible {
		t.Fatalf("CSTĐCS 2023: %+v", ds[award.CSTDCS].Failed())
	}
	// The CSTĐCS uses the grassroots initiative, the ministry one is left.
	if !v.Eligible || !v.Pending {
		t.Errorf("CSTĐ cấp bộ with SK-M free, waiting for the council's ballot: eligible %v pending %v, %+v", v.Eligible, v.Pending, v.Failed())
	}
}

// Under Luật TĐKT 2022, Điều 23 a CSTĐCS rests on LĐTT and one of a year
// "hoàn thành xuất sắc nhiệm vụ" or an initiative: granted for the rating,
// it uses no initiative, and the Bằng khen cấp bộ of the same round
// (Điều 74 khoản 1 điểm d: two years "hoàn thành xuất sắc" with two
// initiatives applied) counts both.
func TestScreenOneFormRatingCarries(t *testing.T) {
	c := rate(person("r"), 2024, 2025, org.Excellent)
	c.Initiatives = []rules.Initiative{initiative("SK-A", 2025, rules.Grassroots, true), initiative("SK-B", 2024, rules.Grassroots, true)}
	ds := screenOne(t, c, 2025, award.CSTDCS, award.BangKhenBo)
	if !ds[award.CSTDCS].Eligible {
		t.Fatalf("CSTĐCS 2025: %+v", ds[award.CSTDCS].Failed())
	}
	if v := ds[award.BangKhenBo]; !v.Eligible {
		t.Errorf("CSTĐCS carried by the rating held an initiative: %+v", v.Verdict.Failed())
	}
}

// A feat earns one form too (Luật TĐKT 2022, Điều 5; Luật TĐKT 2003,
// Điều 6 khoản 2 điểm b as amended by Luật 39/2013/QH13). Year 2015, NĐ
// 65/2014: a collective's Bằng khen của Thủ tướng may rest on an ad hoc
// achievement of ministry or province influence (Điều 23 khoản 3 điểm b),
// and so may its Huân chương Lao động hạng Ba (Điều 17 khoản 4 điểm a). A
// collective with one such feat screened for both in the same round earns
// the Bằng khen (decided first) on it, and the Huân chương then lacks a
// feat, its reason naming the one already used; with two feats it earns
// both, each on its own.
func TestScreenOneFeatOneForm(t *testing.T) {
	const y = 2015
	feat := func(id string) rules.Feat {
		return rules.Feat{ID: id, Kind: rules.AdHocFeat, Level: rules.Ministry, Year: y}
	}
	screen := func(feats ...rules.Feat) (bk, hc *decided) {
		c := &rules.Candidate{ID: "t", Collective: true, Feats: feats}
		rate(c, y-1, y, org.Excellent)
		r := rules.Screen(rules.DefaultRegimes(), []rules.Candidate{*c}, y, []award.Code{award.HCLD3, award.BangKhenTTg}, nil)
		return decision(&r, "t", award.BangKhenTTg), decision(&r, "t", award.HCLD3)
	}

	bk, hc := screen(feat("TT-1"))
	if !bk.Eligible {
		t.Fatalf("Bằng khen của Thủ tướng on the ad hoc feat: not eligible, failed %v", failed(bk.Verdict))
	}
	if hc.Eligible {
		t.Errorf("Huân chương Lao động hạng Ba on the feat the Bằng khen used: eligible")
	}
	cr := criterion(hc.Verdict, "hcld3.dot-xuat")
	want := "thành tích TT-1 đã được tính cho Bằng khen của Thủ tướng Chính phủ năm 2015"
	if cr == nil || cr.Passed || !strings.Contains(cr.Reason, want) || !slices.Equal(cr.Facts.Excluded, []string{"TT-1"}) {
		t.Errorf("hcld3.dot-xuat %+v, want failed, TT-1 excluded, reason naming %q", cr, want)
	}

	bk, hc = screen(feat("TT-1"), feat("TT-2"))
	if !bk.Eligible || !hc.Eligible {
		t.Errorf("two feats: Bằng khen eligible %v, Huân chương eligible %v (failed %v), want both", bk.Eligible, hc.Eligible, failed(hc.Verdict))
	}
	if got := criterion(bk.Verdict, "bkttg.dot-xuat"); got == nil || !strings.Contains(got.Reason, "TT-1") {
		t.Errorf("bkttg.dot-xuat %+v, want TT-1", got)
	}
	if got := criterion(hc.Verdict, "hcld3.dot-xuat"); got == nil || !strings.Contains(got.Reason, "TT-2") {
		t.Errorf("hcld3.dot-xuat %+v, want TT-2", got)
	}

	// Checked alone, the feat recorded as used for the Bằng khen of 2014
	// does not count for the Huân chương of 2015 either.
	used := feat("TT-1")
	used.UsedFor = []rules.Use{{Code: award.BangKhenTTg, Year: 2014}}
	c := &rules.Candidate{ID: "t", Collective: true, Feats: []rules.Feat{used}}
	rate(c, y-1, y, org.Excellent)
	v := rules.DefaultRegimes().Check(c, award.HCLD3, y)
	cr = criterion(v, "hcld3.dot-xuat")
	if v.Eligible || cr == nil || !strings.Contains(cr.Reason, "thành tích TT-1 đã được tính cho Bằng khen của Thủ tướng Chính phủ năm 2014") {
		t.Errorf("Check with the feat recorded as used: eligible %v, hcld3.dot-xuat %+v", v.Eligible, cr)
	}
}

// An eligible verdict says which initiatives and feats it counted, so that
// the grant made on it records their use (one achievement, one form: Luật
// TĐKT 2022, Điều 5), and a nomination keeps them (Verdict.ForNomination).
// Year 2023, NĐ 91/2017: the CSTĐCS counts one initiative of 2023 (Điều
// 9), the Bằng khen cấp bộ the two others (Điều 39); cut by the 15 % quota
// of Điều 9 khoản 3, a CSTĐCS uses none. Year 2015, NĐ 65/2014, Điều 23
// khoản 3 điểm b: the collective's Bằng khen của Thủ tướng counts its ad hoc
// feat.
func TestScreenVerdictUses(t *testing.T) {
	c := rate(person("a"), 2022, 2023, org.Excellent)
	c.Ensure(2023).Score = 90
	c.Initiatives = []rules.Initiative{initiative("SK-A", 2023, rules.Grassroots, true),
		initiative("SK-B", 2022, rules.Grassroots, true), initiative("SK-C", 2023, rules.Grassroots, true)}
	ds := screenOne(t, c, 2023, award.CSTDCS, award.BangKhenBo)
	cs, bk := ds[award.CSTDCS], ds[award.BangKhenBo]
	if !cs.Eligible || !slices.Equal(cs.Used, []rules.Achievement{{ID: "SK-A"}}) {
		t.Errorf("CSTĐCS: eligible %v, used %v; want SK-A", cs.Eligible, cs.Used)
	}
	var got []string
	for _, a := range bk.Used {
		if !a.Feat {
			got = append(got, a.ID)
		}
	}
	slices.Sort(got)
	if !bk.Eligible || len(bk.Used) != 2 || !slices.Equal(got, []string{"SK-B", "SK-C"}) {
		t.Errorf("Bằng khen cấp bộ: eligible %v, used %v; want the initiatives SK-B and SK-C", bk.Eligible, bk.Used)
	}
	n := bk.ForNomination(false)
	if slices.Sort(n.Initiatives); !slices.Equal(n.Initiatives, got) || n.Feats != nil {
		t.Errorf("ForNomination: initiatives %v feats %v, want %v", n.Initiatives, n.Feats, got)
	}

	// Cut by the quota: b scores higher and takes the only place.
	a := rate(person("a"), 2023, 2023, org.Excellent)
	a.Unit, a.Initiatives = "u", []rules.Initiative{initiative("SK-A", 2023, rules.Grassroots, false)}
	b := rate(person("b"), 2023, 2023, org.Excellent)
	b.Unit, b.Initiatives = "u", []rules.Initiative{initiative("SK-X", 2023, rules.Grassroots, false)}
	b.Ensure(2023).Score = 99
	r := rules.Screen(rules.DefaultRegimes(), append([]rules.Candidate{*a, *b}, colleagues("u", 5, 2023)...), 2023, []award.Code{award.CSTDCS}, nil)
	if d := decision(&r, "a", award.CSTDCS); d.Eligible || d.Used != nil {
		t.Errorf("a's CSTĐCS cut by the quota: eligible %v, used %v; want none", d.Eligible, d.Used)
	}
	if d := decision(&r, "b", award.CSTDCS); !d.Eligible || !slices.Equal(d.Used, []rules.Achievement{{ID: "SK-X"}}) {
		t.Errorf("b's CSTĐCS: eligible %v, used %v; want SK-X", d.Eligible, d.Used)
	}

	coll := &rules.Candidate{ID: "t", Collective: true, Feats: []rules.Feat{{ID: "TT-1", Kind: rules.AdHocFeat, Level: rules.Ministry, Year: 2015}}}
	rate(coll, 2014, 2015, org.Excellent)
	v := rules.DefaultRegimes().Check(coll, award.BangKhenTTg, 2015)
	if !v.Eligible || !slices.Equal(v.Used, []rules.Achievement{{ID: "TT-1", Feat: true}}) {
		t.Errorf("Bằng khen của Thủ tướng on the feat: eligible %v, used %v", v.Eligible, v.Used)
	}
	if n := v.ForNomination(false); !slices.Equal(n.Feats, []string{"TT-1"}) || n.Initiatives != nil {
		t.Errorf("ForNomination: feats %v initiatives %v, want TT-1", n.Feats, n.Initiatives)
	}
}
