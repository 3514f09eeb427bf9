package org_test

import (
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

func TestLastPostOn(t *testing.T) {
	d := func(y int, m time.Month, dd int) thidua.Date { return thidua.MustDate(y, m, dd) }
	p := org.Person{ID: "p", FullName: "Nguyễn Văn Hòa", Assignments: []org.Assignment{
		{Unit: "phong", Position: "Trưởng phòng", Period: thidua.Period{From: d(2010, 1, 1), To: d(2014, 12, 31)}},
		{Unit: "so", Position: "Giám đốc", Period: thidua.Period{From: d(2015, 1, 1), To: d(2024, 12, 31)}},
	}}
	tests := []struct {
		on       thidua.Date
		position string
		former   bool
		ok       bool
	}{
		{d(2009, 6, 1), "", false, false},
		{d(2012, 6, 1), "Trưởng phòng", false, true},
		{d(2024, 12, 31), "Giám đốc", false, true},
		{d(2025, 3, 31), "Giám đốc", true, true},
	}
	for _, tt := range tests {
		a, former, ok := p.LastPostOn(tt.on)
		if a.Position != tt.position || former != tt.former || ok != tt.ok {
			t.Errorf("LastPostOn(%s) = %q, %v, %v; want %q, %v, %v", tt.on, a.Position, former, ok, tt.position, tt.former, tt.ok)
		}
	}
}
