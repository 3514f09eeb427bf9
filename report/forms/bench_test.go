package forms_test

import (
	"context"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
	"github.com/thidua-go/thidua/report/forms"
)

// bigProvince is a province: 30 departments and districts of 20 units
// each (631 units), 20 people per unit (12.600 people), 50.400 grants of
// 2024 in 126 decisions (state- and province-level forms and titles, to
// units and people), and 300 movements of 2024.
func bigProvince(b *testing.B) document.Sources {
	ctx := context.Background()
	since := thidua.Since(day(2000, time.January, 1))
	o := org.NewMemStore()
	cat := award.DefaultCatalogue()
	a := award.NewMemStore(award.WithCatalogue(cat))
	c := campaign.NewMemStore(&campaign.Options{Directory: o})
	must := func(err error) {
		if err != nil {
			b.Fatal(err)
		}
	}
	must(o.AddUnit(ctx, org.Unit{ID: "tinh", Name: "Ủy ban nhân dân tỉnh Đồng Tháp", Exists: since}))
	var units []org.UnitID
	var people []org.PersonID
	for d := range 30 {
		did := org.UnitID(fmt.Sprintf("d%02d", d))
		must(o.AddUnit(ctx, org.Unit{ID: did, Name: fmt.Sprintf("Sở số %d", d), Parent: "tinh", Exists: since}))
		units = append(units, did)
		for s := range 20 {
			sid := org.UnitID(fmt.Sprintf("d%02d-%02d", d, s))
			must(o.AddUnit(ctx, org.Unit{ID: sid, Name: fmt.Sprintf("Phòng %d của sở %d", s, d), Parent: did, Exists: since}))
			units = append(units, sid)
			for p := range 20 {
				pid := org.PersonID(fmt.Sprintf("%s-%02d", sid, p))
				g := org.Male
				if p%2 == 1 {
					g = org.Female
				}
				must(o.AddPerson(ctx, org.Person{ID: pid, FullName: fmt.Sprintf("Nguyễn Văn %d", p), Gender: g,
					Assignments: []org.Assignment{{Unit: sid, Position: "Chuyên viên", Period: since}}}))
				people = append(people, pid)
			}
		}
	}
	kinds := []struct {
		code  award.Code
		basis award.Basis
	}{{award.BangKhenBo, award.Regular}, {award.CSTDBo, award.Regular}, {award.BangKhenTTg, award.Regular},
		{award.HCLD3, award.LongService}, {award.CSTDCS, award.Regular}, {award.LDTT, award.Regular}}
	n := 0
	for d := range 126 {
		var gs []award.Grant
		for range 400 {
			k := kinds[n%len(kinds)]
			// Each person gets each kind once; a unit gets a kind for
			// several achievement years.
			r := award.PersonRecipient(people[(n/len(kinds))%len(people)])
			year := 2023
			if n%5 == 0 && (k.code == award.BangKhenBo || k.code == award.BangKhenTTg || k.code == award.HCLD3) {
				u := (n / 5) % len(units)
				r, year = award.UnitRecipient(units[u]), 2023-(n/5)/len(units)
			}
			gs = append(gs, award.Grant{ID: fmt.Sprint("g", n), Subject: award.Subject{Kind: k.code, Recipient: r, Year: year, Period: periodFor(k.code, year), Basis: k.basis}})
			n++
		}
		must(a.AddDecision(ctx, award.Decision{ID: fmt.Sprint("qd", d), Number: thidua.DocNumber{Number: d + 1, Symbol: "QĐ-UBND"},
			Date: day(2024, time.March, 1+d%28), Issuer: "tinh", SignerTitle: "Chủ tịch Ủy ban nhân dân tỉnh", Grants: gs}))
	}
	for m := range 300 {
		mv := campaign.Movement{ID: campaign.MovementID(fmt.Sprint("m", m)), Title: fmt.Sprint("Phong trào ", m), Kind: campaign.Kind(1 + m%2),
			Launcher: campaign.Launcher{Unit: units[m%len(units)]}, Period: thidua.Period{From: day(2024, time.Month(1+m%12), 1), To: day(2024+m%6, 12, 31)}}
		must(c.AddMovement(ctx, mv))
	}
	return document.Sources{Org: o, Award: a, Catalogue: cat, Campaign: c}
}

func periodFor(c award.Code, year int) thidua.Period {
	if c == award.HCLD3 {
		return thidua.Years(year-4, year)
	}
	return thidua.Period{}
}

// BenchmarkProvinceForms computes biểu 0601, 0602 and 0603 for a province
// and writes them as one workbook (target ≤ 200 ms). Baselines in the same
// run: reading the counted grants alone (the store work every table of
// grants does), and the statistics table of the same year.
func BenchmarkProvinceForms(b *testing.B) {
	src := bigProvince(b)
	ctx := context.Background()
	req := forms.Request{Unit: "tinh", Year: 2024, Body: "province"}
	b.Run("forms+xlsx", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			res, err := forms.Compute(ctx, src, req, forms.Forms2023()...)
			if err != nil {
				b.Fatal(err)
			}
			if err := forms.WriteXLSX(io.Discard, res...); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("baseline-counted-grants", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := document.CountedGrants(ctx, src, "tinh", thidua.Years(2024, 2024), nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("baseline-statistics-table", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := document.StatisticsTable(ctx, src, document.StatisticsRequest{Unit: "tinh", Period: thidua.Years(2024, 2024)}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
