package campaign_test

import (
	"testing"

	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaigntest"
)

func TestMemStore(t *testing.T) {
	campaigntest.RunStoreTests(t, func(t *testing.T, dir campaign.Directory) campaign.Store {
		return campaign.NewMemStore(&campaign.Options{Directory: dir})
	})
}
