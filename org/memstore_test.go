package org_test

import (
	"testing"

	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgtest"
)

func TestMemStore(t *testing.T) {
	orgtest.RunStoreTests(t, func() org.Store { return org.NewMemStore() })
}
