package award_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// Decide is the checked path of decisions: a grant to a person the
// organisation does not hold is refused, and nothing is stored.
func ExampleDecide() {
	ctx := context.Background()
	people := org.NewMemStore()
	_ = people.AddUnit(ctx, org.Unit{ID: "btp", Name: "Bộ Tư pháp", Exists: thidua.Since(thidua.MustDate(2000, time.January, 1))})
	_ = people.AddPerson(ctx, org.Person{ID: "an", FullName: "Nguyễn Văn An",
		Assignments: []org.Assignment{{Unit: "btp", Position: "Chuyên viên", Period: thidua.Since(thidua.MustDate(2010, time.January, 1))}}})

	store := award.NewMemStore()
	d := award.Decision{
		ID: "qd1", Number: thidua.MustParseDocNumber("410/QĐ-BTP"), Date: thidua.MustDate(2025, time.March, 3),
		Issuer: "btp", SignerTitle: "Bộ trưởng Bộ Tư pháp",
		Grants: []award.Grant{
			{ID: "g1", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient("an"), Year: 2024}},
			{ID: "g2", Subject: award.Subject{Kind: award.BangKhenBo, Recipient: award.PersonRecipient("binh"), Year: 2024}},
		},
	}
	_, err := award.Decide(ctx, store, people, d)
	fmt.Println(errors.Is(err, thidua.ErrInvalid))
	_, err = store.Decision(ctx, "qd1")
	fmt.Println(errors.Is(err, thidua.ErrNotFound))

	d.Grants = d.Grants[:1]
	got, err := award.Decide(ctx, store, people, d)
	fmt.Println(got.Number, len(got.Grants), err)
	// Output:
	// true
	// true
	// 410/QĐ-BTP 1 <nil>
}
