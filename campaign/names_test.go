package campaign_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
)

func TestNames(t *testing.T) {
	tests := []struct {
		v    fmt.Stringer
		want string
	}{
		{campaign.Regular, "thường xuyên"},
		{campaign.Thematic, "chuyên đề"},
		{campaign.PeakDrive, "đợt cao điểm"},
		{campaign.Kind(9), "Kind(9)"},
		{campaign.Percent, "tỷ lệ"},
		{campaign.Count, "số lượng"},
		{campaign.Money, "số tiền"},
		{campaign.NoResult, "chưa có kết quả"},
		{campaign.Missed, "không đạt"},
		{campaign.Met, "đạt"},
		{campaign.Exceeded, "vượt"},
		{campaign.Individual, "cá nhân"},
		{campaign.Collective, "tập thể"},
		{campaign.Cum, "cụm thi đua"},
		{campaign.Khoi, "khối thi đua"},
		{campaign.KindInitiative, "sáng kiến"},
		{campaign.KindScienceWork, "đề tài khoa học"},
		{campaign.LevelGrassroots, "cơ sở"},
		{campaign.LevelMinistry, "bộ, ngành, tỉnh"},
		{campaign.LevelNational, "toàn quốc"},
		{campaign.UnitParticipant("cuc-dt"), "unit:cuc-dt"},
		{campaign.PersonParticipant("an"), "person:an"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.v.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTargetValidate(t *testing.T) {
	tests := []struct {
		name   string
		target campaign.Target
		ok     bool
	}{
		{"Percent", campaign.Target{ID: "v", Name: "Về việc", Measure: campaign.Percent, Value: dec("96.2")}, true},
		{"Money", campaign.Target{ID: "t", Name: "Số tiền", Measure: campaign.Money, Value: dec("50000000")}, true},
		{"MoneyAbove100", campaign.Target{ID: "t", Name: "Số tiền", Measure: campaign.Money, Value: dec("110000000")}, true},
		{"NoID", campaign.Target{Name: "Về việc", Measure: campaign.Percent, Value: dec("96")}, false},
		{"NoName", campaign.Target{ID: "v", Measure: campaign.Percent, Value: dec("96")}, false},
		{"NoMeasure", campaign.Target{ID: "v", Name: "Về việc", Value: dec("96")}, false},
		{"PercentAbove100", campaign.Target{ID: "v", Name: "Về việc", Measure: campaign.Percent, Value: dec("100.1")}, false},
		{"NegativeCount", campaign.Target{ID: "v", Name: "Số việc", Measure: campaign.Count, Value: dec("-1")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.target.Validate()
			if tt.ok != (err == nil) || (err != nil && !errors.Is(err, thidua.ErrInvalid)) {
				t.Errorf("Validate() = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}
