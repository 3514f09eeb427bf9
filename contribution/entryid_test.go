package contribution_test

import (
	"errors"
	"testing"

	"github.com/thidua-go/thidua/contribution"
)

func TestNextEntryID(t *testing.T) {
	taken := map[contribution.EntryID]bool{"e7": true, "e7-2": true}
	got, err := contribution.NextEntryID(7, func(id contribution.EntryID) (bool, error) { return taken[id], nil })
	if err != nil || got != "e7-3" {
		t.Fatalf("NextEntryID(7) = %q, %v; want e7-3", got, err)
	}
	if got, _ := contribution.NextEntryID(8, func(id contribution.EntryID) (bool, error) { return taken[id], nil }); got != "e8" {
		t.Fatalf("NextEntryID(8) = %q, want e8", got)
	}
	boom := errors.New("boom")
	if _, err := contribution.NextEntryID(1, func(contribution.EntryID) (bool, error) { return false, boom }); !errors.Is(err, boom) {
		t.Fatalf("error = %v, want boom", err)
	}
}
