package award_test

import (
	"context"
	"fmt"
	"log"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// ExampleCopy moves a store holding a nomination mid-way and a revoked
// grant into another store (here another MemStore; an awardsql.Store the
// same way), which goes on from where the first stood.
func ExampleCopy() {
	ctx := context.Background()
	tree := award.NewTree([]org.Unit{{ID: "cuc"}, {ID: "cc1", Parent: "cuc"}},
		[]org.Person{{ID: "p1", Assignments: []org.Assignment{{Unit: "cc1", Period: thidua.Since(thidua.MustDate(2015, 1, 1))}}}})
	src := award.NewMemStore()
	n := award.Nomination{ID: "dn1", Subject: award.Subject{Kind: award.LDTT, Recipient: award.PersonRecipient("p1"), Year: 2024},
		Proposer: "cc1", Authority: "cuc"}
	for i, t := range []award.Transition{
		{Action: award.Propose, By: award.Actor{Unit: "cc1"}, On: thidua.MustDate(2025, 1, 6)},
		{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: thidua.MustDate(2025, 1, 8), To: "cuc"},
	} {
		var err error
		if n, err = n.Apply(t, tree); err != nil {
			log.Fatal(err)
		}
		if i == 0 {
			err = src.AddNomination(ctx, n)
		} else {
			err = src.UpdateNomination(ctx, n)
		}
		if err != nil {
			log.Fatal(err)
		}
	}
	d := award.Decision{ID: "qd1", Number: thidua.MustParseDocNumber("3/QĐ-CTHADS"), Date: thidua.MustDate(2024, 5, 2), Issuer: "cuc",
		SignerTitle: "Cục trưởng", Grants: []award.Grant{{ID: "g1", Subject: award.Subject{Kind: award.GiayKhen, Recipient: award.PersonRecipient("p1"), Year: 2023}}}}
	if err := src.AddDecision(ctx, d); err != nil {
		log.Fatal(err)
	}
	if err := src.Revoke(ctx, "g1", award.Revocation{Date: thidua.MustDate(2024, 9, 1), Reason: "Kê khai không trung thực"}); err != nil {
		log.Fatal(err)
	}

	dst := award.NewMemStore()
	if err := award.Copy(ctx, dst, src); err != nil {
		log.Fatal(err)
	}
	got, _ := dst.Nomination(ctx, "dn1")
	fmt.Println(got.State, len(got.History), "steps")
	g, _ := dst.Grant(ctx, "g1")
	fmt.Println(g.Decision, "revoked on", g.Revoked.Date, "-", g.Revoked.Reason)
	// The copy goes on: the Cục approves.
	next, err := got.Apply(award.Transition{Action: award.Approve, By: award.Actor{Unit: "cuc"}, On: thidua.MustDate(2025, 1, 20)}, tree)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(dst.UpdateNomination(ctx, next), next.State)
	// Output:
	// đang đề nghị 2 steps
	// qd1 revoked on 2024-09-01 - Kê khai không trung thực
	// <nil> được duyệt
}
