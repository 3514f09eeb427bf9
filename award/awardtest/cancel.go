package awardtest

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
)

// testCancelledContext calls every write with a cancelled context: each
// fails with an error matching context.Canceled and the store is
// unchanged.
func testCancelledContext(t *testing.T, newStore func(*testing.T) award.Store) {
	ctx := context.Background()
	s := newStore(t)
	approved(t, s, "n1", award.CSTDBo, p1, 2019)
	n2 := proposed(t, "n2", award.LDTT, p2, 2019, "cc2", "cuc")
	mustOK(t, s.AddNomination(ctx, n2))
	submitted, err := n2.Apply(award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc2"}, On: day(2020, 2, 1), To: "cuc"}, fixture())
	mustOK(t, err)
	mustOK(t, s.AddDecision(ctx, decision("d1", "01/QĐ-CTHADS", day(2020, 1, 10), "cuc", grant("g1", award.CSTDCS, p2, 2019))))
	before := snap(t, s)
	done, cancel := context.WithCancel(ctx)
	cancel()
	for name, f := range map[string]func() error{
		"AddNomination":    func() error { return s.AddNomination(done, proposed(t, "n9", award.LDTT, p3, 2019, "cuc", "cuc")) },
		"UpdateNomination": func() error { return s.UpdateNomination(done, submitted) },
		"AddDecision": func() error {
			return s.AddDecision(done, decision("d9", "09/QĐ-CTHADS", day(2020, 1, 11), "cuc", grant("g9", award.LDTT, p3, 2019)))
		},
		"Revoke": func() error {
			return s.Revoke(done, "g1", award.Revocation{Date: day(2021, 3, 1), Reason: "Kê khai không trung thực", Decision: thidua.MustParseDocNumber("15/QĐ-CTHADS")})
		},
	} {
		if err := f(); !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a cancelled context: %v, want context.Canceled", name, err)
		}
		if diff := cmp.Diff(before, snap(t, s)); diff != "" {
			t.Errorf("%s with a cancelled context changed the store (-before +after):\n%s", name, diff)
		}
	}
}
