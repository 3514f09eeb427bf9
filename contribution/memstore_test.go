package contribution_test

import (
	"testing"

	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/contribution/contributiontest"
)

func TestMemStore(t *testing.T) {
	contributiontest.RunStoreTests(t, func(t *testing.T, opts *contribution.Options) contribution.Store {
		return contribution.NewMemStore(opts)
	})
}
