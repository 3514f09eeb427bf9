package org_test

import (
	"testing"

	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgtest"
)

func TestMemStore(t *testing.T) {
	orgtest.RunStoreTests(t, func(*testing.T) org.Store { return org.NewMemStore() })
}

func TestMemStoreScale(t *testing.T) {
	orgtest.RunScaleTests(t, func(_ *testing.T, sc org.Scale) org.Store { return org.NewMemStore(org.WithScale(sc)) })
	// A store with the justice scale passes the whole contract too: the
	// fixture's units follow the scale.
	orgtest.RunStoreTests(t, func(*testing.T) org.Store { return org.NewMemStore(org.WithScale(org.JusticeLocalScale())) })
}
