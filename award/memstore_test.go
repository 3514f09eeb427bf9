package award_test

import (
	"testing"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardtest"
)

func TestMemStore(t *testing.T) {
	awardtest.RunStoreTests(t, func() award.Store { return award.NewMemStore() })
}
