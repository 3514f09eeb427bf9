package campaign_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestEvaluate(t *testing.T) {
	viec := campaign.Target{ID: "viec", Name: "Tỷ lệ thi hành xong về việc", Measure: campaign.Percent, Value: dec("96")}
	tien := campaign.Target{ID: "tien", Name: "Tỷ lệ thi hành xong về tiền", Measure: campaign.Percent, Value: dec("96.2")}
	ton := campaign.Target{ID: "ton", Name: "Số việc tồn đọng", Measure: campaign.Count, Value: dec("120"), LowerIsBetter: true}
	tests := []struct {
		name   string
		target campaign.Target
		actual string
		status campaign.Status
		margin string
	}{
		{"ExactlyMet", viec, "96", campaign.Met, "0"},
		{"MetWithMoreDigits", viec, "96.00", campaign.Met, "0"},
		{"Exceeded", viec, "97.35", campaign.Exceeded, "1.35"},
		{"MissedByTenth", tien, "96.1", campaign.Missed, "-0.1"},
		{"CeilingUnder", ton, "100", campaign.Exceeded, "20"},
		{"CeilingOver", ton, "121", campaign.Missed, "-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := campaign.Evaluate(tt.target, dec(tt.actual))
			want := campaign.Outcome{Target: tt.target, Actual: dec(tt.actual), Status: tt.status, Margin: dec(tt.margin)}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("Evaluate (-want +got):\n%s", d)
			}
		})
	}
}

func TestAssess(t *testing.T) {
	targets := []campaign.Target{
		{ID: "viec", Name: "Về việc", Measure: campaign.Percent, Value: dec("96")},
		{ID: "tien", Name: "Về tiền", Measure: campaign.Percent, Value: dec("96.2")},
	}
	tests := []struct {
		name         string
		results      []campaign.Result
		statuses     []campaign.Status
		met, exceeds bool
	}{
		{"BothExceeded", []campaign.Result{{Target: "tien", Actual: dec("97")}, {Target: "viec", Actual: dec("98")}},
			[]campaign.Status{campaign.Exceeded, campaign.Exceeded}, true, true},
		{"OneOnlyMet", []campaign.Result{{Target: "viec", Actual: dec("96")}, {Target: "tien", Actual: dec("97")}},
			[]campaign.Status{campaign.Met, campaign.Exceeded}, true, false},
		{"OneMissing", []campaign.Result{{Target: "viec", Actual: dec("98")}},
			[]campaign.Status{campaign.Exceeded, campaign.NoResult}, false, false},
		{"OneMissed", []campaign.Result{{Target: "viec", Actual: dec("98")}, {Target: "tien", Actual: dec("90")}},
			[]campaign.Status{campaign.Exceeded, campaign.Missed}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			outs := campaign.Assess(targets, tt.results)
			var got []campaign.Status
			for _, o := range outs {
				got = append(got, o.Status)
			}
			if d := cmp.Diff(tt.statuses, got); d != "" {
				t.Errorf("statuses (-want +got):\n%s", d)
			}
			if campaign.AllMet(outs) != tt.met || campaign.AllExceeded(outs) != tt.exceeds {
				t.Errorf("AllMet, AllExceeded = %v, %v; want %v, %v", campaign.AllMet(outs), campaign.AllExceeded(outs), tt.met, tt.exceeds)
			}
		})
	}
	if campaign.AllMet(nil) || campaign.AllExceeded(nil) {
		t.Errorf("no targets counts as met")
	}
}

func TestKindCountsForMerit(t *testing.T) {
	// NĐ 98/2023 art. 4: thematic and ad hoc achievements do not count
	// towards merit-based higher awards.
	want := map[campaign.Kind]bool{campaign.Regular: true, campaign.Thematic: false, campaign.PeakDrive: false}
	for k, w := range want {
		if got := k.CountsForMerit(); got != w {
			t.Errorf("%s.CountsForMerit() = %v, want %v", k, got, w)
		}
	}
}

func TestRegistrationOpen(t *testing.T) {
	m := campaign.Movement{Period: thidua.Years(2016, 2020)}
	if !m.RegistrationOpen(thidua.MustDate(2018, 7, 1)) || m.RegistrationOpen(thidua.MustDate(2021, 1, 1)) {
		t.Errorf("without windows, registration is open during the period only")
	}
	m.Registration = []thidua.Period{thidua.Year(2015), {From: thidua.MustDate(2017, 1, 1), To: thidua.MustDate(2017, 1, 31)}}
	tests := []struct {
		date thidua.Date
		want bool
	}{
		{thidua.MustDate(2015, 12, 31), true}, // before the movement starts: allowed by the window
		{thidua.MustDate(2017, 1, 31), true},
		{thidua.MustDate(2017, 2, 1), false},
		{thidua.MustDate(2018, 1, 15), false},
	}
	for _, tt := range tests {
		if got := m.RegistrationOpen(tt.date); got != tt.want {
			t.Errorf("RegistrationOpen(%s) = %v, want %v", tt.date, got, tt.want)
		}
	}
}
