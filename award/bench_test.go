package award_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

func BenchmarkLookup(b *testing.B) {
	cat := award.JusticeCatalogue()
	for b.Loop() {
		if _, err := cat.Lookup("Huân chương Lao động hạng III"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkApply(b *testing.B) {
	tree := testTree()
	n := newNomination(award.CSTDBo, award.PersonRecipient("p1"), "cc1", "bo")
	n, err := n.Apply(act(award.Propose, "cc1", day(2020, 1, 5)), tree)
	if err != nil {
		b.Fatal(err)
	}
	t := to(act(award.Submit, "cc1", day(2020, 1, 6)), "cuc")
	for b.Loop() {
		if _, err := n.Apply(t, tree); err != nil {
			b.Fatal(err)
		}
	}
}

// benchStore holds 10 years of grants for 1000 people and 100 units.
func benchStore(b *testing.B) *award.MemStore {
	ctx := context.Background()
	s := award.NewMemStore()
	for y := 2010; y < 2020; y++ {
		var gs []award.Grant
		for i := range 1000 {
			gs = append(gs, grantOf(fmt.Sprintf("g%d-p%d", y, i), award.LDTT, award.PersonRecipient(org.PersonID(fmt.Sprintf("p%d", i))), y))
		}
		for i := range 100 {
			gs = append(gs, grantOf(fmt.Sprintf("g%d-u%d", y, i), award.TTLDTT, award.UnitRecipient(org.UnitID(fmt.Sprintf("u%d", i))), y))
		}
		d := award.Decision{ID: fmt.Sprintf("d%d", y), Number: thidua.MustParseDocNumber("01/QĐ-BTP"), Date: day(y+1, 1, 10),
			Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: gs}
		if err := s.AddDecision(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

func grantOf(id string, kind award.Code, r award.Recipient, year int) award.Grant {
	return award.Grant{ID: id, Subject: award.Subject{Kind: kind, Recipient: r, Year: year}}
}

func BenchmarkGrantsOfRecipient(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	f := award.GrantFilter{People: []org.PersonID{"p500"}}
	for b.Loop() {
		gs, err := s.Grants(ctx, f)
		if err != nil || len(gs) != 10 {
			b.Fatal(len(gs), err)
		}
	}
}

func BenchmarkGrantsOfUnitsInPeriod(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	f := award.GrantFilter{Units: []org.UnitID{"u1", "u2", "u3", "u4", "u5"}, People: []org.PersonID{"p1", "p2", "p3"},
		Period: thidua.Years(2015, 2019)}
	for b.Loop() {
		gs, err := s.Grants(ctx, f)
		if err != nil || len(gs) != 40 {
			b.Fatal(len(gs), err)
		}
	}
}

func BenchmarkAddDecision(b *testing.B) {
	ctx := context.Background()
	s := award.NewMemStore()
	i := 0
	for b.Loop() {
		i++
		d := award.Decision{ID: fmt.Sprintf("d%d", i), Number: thidua.DocNumber{Number: i, Symbol: "QĐ-BTP"}, Date: day(2020, 1, 10),
			Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{grantOf(fmt.Sprintf("g%d", i), award.LDTT, award.PersonRecipient(org.PersonID(fmt.Sprintf("p%d", i))), 2019)}}
		if err := s.AddDecision(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}

// provinceGrants holds 50.000 grants of 100 decisions to 10.000 people and
// 108 units, as the report benchmarks' province.
func provinceGrants(b *testing.B) (*award.MemStore, []org.PersonID, []org.UnitID) {
	ctx := context.Background()
	s := award.NewMemStore()
	units := make([]org.UnitID, 108)
	for i := range units {
		units[i] = org.UnitID(fmt.Sprintf("u%03d", i))
	}
	people := make([]org.PersonID, 10_000)
	for i := range people {
		people[i] = org.PersonID(fmt.Sprintf("p%05d", i))
	}
	n := 0
	for d := range 100 {
		year := 2015 + d%5
		dec := award.Decision{ID: fmt.Sprintf("d%03d", d), Number: thidua.DocNumber{Number: d + 1, Symbol: "QĐ-BTP"},
			Date: day(year+1, 1, 10), Issuer: "bo", SignerTitle: "Bộ trưởng Bộ Tư pháp"}
		for range 500 {
			r := award.PersonRecipient(people[n%len(people)])
			if n%10 == 0 {
				r = award.UnitRecipient(units[n%len(units)])
			}
			dec.Grants = append(dec.Grants, grantOf(fmt.Sprintf("g%06d", n), award.BangKhenBo, r, year))
			n++
		}
		if err := s.AddDecision(ctx, dec); err != nil {
			b.Fatal(err)
		}
	}
	return s, people, units
}

// BenchmarkGrantsOfProvince reads the grants of every person and unit of
// the province at once, as report.BuildSummary does. Baseline: copying the
// 50.000 grants out of a slice, which any answer must do.
func BenchmarkGrantsOfProvince(b *testing.B) {
	s, people, units := provinceGrants(b)
	ctx := context.Background()
	f := award.GrantFilter{People: people, Units: units, Codes: []award.Code{award.BangKhenBo, award.CSTDBo, award.CoBo},
		DecidedIn: thidua.Years(2015, 2021), IncludeRevoked: true}
	b.Run("memstore", func(b *testing.B) {
		for b.Loop() {
			gs, err := s.Grants(ctx, f)
			if err != nil || len(gs) != 50_000 {
				b.Fatal(len(gs), err)
			}
		}
	})
	all, err := s.Grants(ctx, award.GrantFilter{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("baseline-copy", func(b *testing.B) {
		for b.Loop() {
			out := make([]award.Grant, len(all))
			copy(out, all)
			if len(out) != 50_000 {
				b.Fatal(len(out))
			}
		}
	})
}
