package org_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// TestCountByLevel counts the units of a provincial office of the 2025
// organisation (data of the test's own): 6 departments (phòng chuyên môn)
// and 9 regional offices (Phòng THADS khu vực) under it, a team under one
// office, and a district branch that ended on 30/06/2025.
func TestCountByLevel(t *testing.T) {
	ctx := context.Background()
	s := org.NewMemStore()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	since := thidua.Since(thidua.MustDate(2025, 7, 1))
	must(s.AddUnit(ctx, org.Unit{ID: "T", Name: "Thi hành án dân sự tỉnh Đồng Tháp", Level: "tinh", Exists: thidua.Since(thidua.MustDate(2009, 7, 1))}))
	must(s.AddUnit(ctx, org.Unit{ID: "CC", Name: "Chi cục Thi hành án dân sự huyện Tháp Mười", Level: "chi-cuc", Parent: "T",
		Exists: thidua.Period{From: thidua.MustDate(2009, 7, 1), To: thidua.MustDate(2025, 6, 30)}}))
	for i := 1; i <= 9; i++ {
		must(s.AddUnit(ctx, org.Unit{ID: org.UnitID(fmt.Sprintf("KV%d", i)), Name: fmt.Sprintf("Phòng Thi hành án dân sự khu vực %d", i), Level: "phong-kv", Parent: "T", Exists: since}))
	}
	for i := 1; i <= 6; i++ {
		must(s.AddUnit(ctx, org.Unit{ID: org.UnitID(fmt.Sprintf("P%d", i)), Name: fmt.Sprintf("Phòng chuyên môn %d", i), Level: "phong", Parent: "T", Exists: since}))
	}
	must(s.AddUnit(ctx, org.Unit{ID: "KV1-TO", Name: "Tổ công tác", Level: "to", Parent: "KV1", Exists: since}))

	tests := []struct {
		name   string
		on     thidua.Date
		direct bool
		want   []org.LevelCount
	}{
		// Depth first by ID: KV1 (and its team), …, P1 …
		{"Direct", thidua.MustDate(2025, 12, 31), true, []org.LevelCount{{Level: "phong-kv", N: 9}, {Level: "phong", N: 6}}},
		{"Subtree", thidua.MustDate(2025, 12, 31), false, []org.LevelCount{{Level: "phong-kv", N: 9}, {Level: "to", N: 1}, {Level: "phong", N: 6}}},
		// Before the restructuring only the district branch was there.
		{"Before", thidua.MustDate(2025, 6, 30), true, []org.LevelCount{{Level: "chi-cuc", N: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := org.CountByLevel(ctx, s, "T", tt.on, tt.direct)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("CountByLevel (-want +got):\n%s", d)
			}
		})
	}
	if _, err := org.CountByLevel(ctx, s, "NONE", thidua.MustDate(2025, 12, 31), true); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("unknown root: %v, want ErrNotFound", err)
	}
	if _, err := org.CountByLevel(ctx, s, "T", thidua.Date{}, true); !errors.Is(err, thidua.ErrInvalid) {
		t.Errorf("no date: %v, want ErrInvalid", err)
	}
}
