package awardimport_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardimport"
	"github.com/thidua-go/thidua/internal/benchclock"
	"github.com/thidua-go/thidua/org"
)

// benchBook is the benchmark's workbook: 10 000 people in 100 units,
// 100 000 rating rows (ten years each) and 50 000 award rows (Lao động
// tiên tiến for five years each, 100 decisions of 500 grants).
func benchBook() []sheetData {
	units := sheetData{"Đơn vị", [][]any{{"Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Ngày thành lập"}, {"ROOT", "Bộ", nil, "01/01/1990"}}}
	for u := range 100 {
		units.rows = append(units.rows, []any{fmt.Sprintf("U%03d", u), fmt.Sprintf("Đơn vị số %d", u), "ROOT", "01/01/2000"})
	}
	people := sheetData{"Cán bộ", [][]any{{"Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Mã đơn vị", "Chức vụ", "Từ ngày"}}}
	ratings := sheetData{"Xếp loại", [][]any{{"Mã cán bộ", "Năm", "Xếp loại", "Số ngày làm việc"}}}
	awards := sheetData{"Khen thưởng", [][]any{{"Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Chức vụ người ký", "Hình thức khen thưởng", "Mã cán bộ", "Năm"}}}
	words := []string{"HTXSNV", "HTTNV", "Hoàn thành nhiệm vụ", "HTTNV"}
	for i := range 10_000 {
		id := fmt.Sprintf("P%05d", i)
		g := "Nam"
		if i%2 == 1 {
			g = "Nữ"
		}
		people.rows = append(people.rows, []any{id, "Nguyễn Văn " + id, g, thidua.MustDate(1970+i%30, time.Month(1+i%12), 1+i%28), fmt.Sprintf("U%03d", i%100), "Chuyên viên", "01/01/2010"})
		for y := 2014; y < 2024; y++ {
			ratings.rows = append(ratings.rows, []any{id, y, words[(i+y)%4], 240})
		}
	}
	n := 0
	for y := 2019; y < 2024; y++ {
		for i := range 10_000 {
			num := fmt.Sprintf("%d/QĐ-BTP", 1+n/500)
			if n%500 == 0 {
				awards.rows = append(awards.rows, []any{num, thidua.MustDate(y+1, 1, 15), "Bộ Tư pháp", "Bộ trưởng", "Lao động tiên tiến", fmt.Sprintf("P%05d", i), y})
			} else {
				awards.rows = append(awards.rows, []any{num, nil, nil, nil, "Lao động tiên tiến", fmt.Sprintf("P%05d", i), y})
			}
			n++
		}
	}
	return []sheetData{units, people, ratings, awards}
}

// BenchmarkImportXLSX imports 10 000 people, 100 000 ratings and 50 000
// awards from an XLSX file into the memory stores (target ≤ 5 s);
// BenchmarkDirectStore builds the same records through the Store API, the
// baseline.
func BenchmarkImportXLSX(b *testing.B) {
	data := workbook(b, benchBook()...)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	cpu, n := benchclock.CPU(), 0
	for b.Loop() {
		s := newStores()
		sum, err := importBytes(b, s, data, awardimport.Options{})
		if err != nil {
			b.Fatalf("%.500v", err)
		}
		if sum.Grants != 50_000 || sum.Org.PersonYears != 100_000 {
			b.Fatalf("summary %+v", sum)
		}
		n++
	}
	b.ReportMetric(float64(benchclock.CPU()-cpu)/float64(n), "cpu-ns/op")
}

func BenchmarkDirectStore(b *testing.B) {
	ctx := context.Background()
	type rec struct {
		units  []org.Unit
		people []org.Person
		years  []org.PersonYear
		decs   []award.Decision
	}
	var r rec
	r.units = append(r.units, org.Unit{ID: "ROOT", Name: "Bộ", Exists: thidua.Since(thidua.MustDate(1990, 1, 1))})
	for u := range 100 {
		r.units = append(r.units, org.Unit{ID: org.UnitID(fmt.Sprintf("U%03d", u)), Name: fmt.Sprintf("Đơn vị số %d", u), Parent: "ROOT", Exists: thidua.Since(thidua.MustDate(2000, 1, 1))})
	}
	ratings := []org.Rating{org.Excellent, org.CompletedWell, org.Completed, org.CompletedWell}
	for i := range 10_000 {
		id := org.PersonID(fmt.Sprintf("P%05d", i))
		r.people = append(r.people, org.Person{ID: id, FullName: "Nguyễn Văn " + string(id), Gender: org.Gender(1 + i%2), BirthDate: thidua.MustDate(1970+i%30, time.Month(1+i%12), 1+i%28),
			Assignments: []org.Assignment{{Unit: org.UnitID(fmt.Sprintf("U%03d", i%100)), Position: "Chuyên viên", Period: thidua.Since(thidua.MustDate(2010, 1, 1))}}})
		for y := 2014; y < 2024; y++ {
			r.years = append(r.years, org.PersonYear{Person: id, Year: y, Rating: ratings[(i+y)%4], DaysWorked: 240})
		}
	}
	n := 0
	for y := 2019; y < 2024; y++ {
		for i := range 10_000 {
			if n%500 == 0 {
				r.decs = append(r.decs, award.Decision{ID: fmt.Sprintf("d%d", n/500), Number: thidua.DocNumber{Number: 1 + n/500, Symbol: "QĐ-BTP"},
					Date: thidua.MustDate(y+1, 1, 15), IssuerName: "Bộ Tư pháp", SignerTitle: "Bộ trưởng"})
			}
			d := &r.decs[len(r.decs)-1]
			d.Grants = append(d.Grants, award.Grant{ID: fmt.Sprintf("g%d", n), Subject: award.Subject{Kind: award.LDTT, Recipient: award.PersonRecipient(org.PersonID(fmt.Sprintf("P%05d", i))), Year: y}})
			n++
		}
	}
	b.ResetTimer()
	cpu, n := benchclock.CPU(), 0
	defer func() { b.ReportMetric(float64(benchclock.CPU()-cpu)/float64(n), "cpu-ns/op") }()
	for b.Loop() {
		n++
		s := newStores()
		for _, u := range r.units {
			if err := s.org.AddUnit(ctx, u); err != nil {
				b.Fatal(err)
			}
		}
		for _, p := range r.people {
			if err := s.org.AddPerson(ctx, p); err != nil {
				b.Fatal(err)
			}
		}
		if err := s.org.AddPersonYears(ctx, r.years); err != nil {
			b.Fatal(err)
		}
		for _, d := range r.decs {
			if err := s.award.AddDecision(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
