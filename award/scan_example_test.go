package award_test

import (
	"context"
	"fmt"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// Counting the flags of each year without building the list of grants:
// the memory store hands them one at a time.
func ExampleScanGrants() {
	ctx := context.Background()
	store := award.NewMemStore()
	flag := func(id string, unit org.UnitID, year int) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: award.CoBo, Recipient: award.UnitRecipient(unit), Year: year}}
	}
	for i, g := range []award.Grant{flag("g1", "cuc-dt", 2016), flag("g2", "cc-cl", 2016), flag("g3", "cuc-dt", 2019)} {
		d := award.Decision{
			ID: fmt.Sprintf("qd%d", i+1), Number: thidua.DocNumber{Number: 100 + i, Symbol: "QĐ-BTP"},
			Date: thidua.MustDate(g.Year+1, time.January, 20), Issuer: "btp", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{g},
		}
		if err := store.AddDecision(ctx, d); err != nil {
			fmt.Println(err)
			return
		}
	}
	byYear := map[int]int{}
	err := award.ScanGrants(ctx, store, award.GrantFilter{Codes: []award.Code{award.CoBo}}, func(g award.Grant) error {
		byYear[g.Year]++ // the callback must not call the store
		return nil
	})
	fmt.Println(byYear, err)
	// Output:
	// map[2016:2 2019:1] <nil>
}

// Counting each person's grants by the place the caller gave them: the
// scan numbers the recipients, so the count needs no look-up by name, and
// no grant is copied unless asked for.
func ExampleScanFacts() {
	ctx := context.Background()
	store := award.NewMemStore()
	d := award.Decision{
		ID: "qd1", Number: thidua.DocNumber{Number: 12, Symbol: "QĐ-CTHADS"},
		Date: thidua.MustDate(2024, time.January, 15), Issuer: "cuc", SignerTitle: "Cục trưởng Cục Thi hành án dân sự",
	}
	for i, p := range []org.PersonID{"an", "binh", "an"} {
		d.Grants = append(d.Grants, award.Grant{ID: fmt.Sprintf("g%d", i+1),
			Subject: award.Subject{Kind: award.CSTDCS, Recipient: award.PersonRecipient(p), Year: 2023 - i}})
	}
	if err := store.AddDecision(ctx, d); err != nil {
		fmt.Println(err)
		return
	}
	people := []org.PersonID{"an", "binh"}
	counts := make([]int, len(people))
	err := award.ScanFacts(ctx, store, award.GrantFilter{People: people}, func(x award.GrantFacts, _ func() award.Grant) error {
		counts[x.Recipient]++ // the person's place in people
		return nil
	})
	fmt.Println(counts, err)
	// Output:
	// [2 1] <nil>
}
