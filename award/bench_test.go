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
