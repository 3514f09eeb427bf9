package awardimport_test

import (
	"context"
	"errors"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardimport"
)

// A decision published without its number ("Quyết định của Thủ tướng Chính
// phủ", chưa rõ số) is recorded as such: the sheet says "chưa rõ số" in the
// number column, its rows group by date and issuer, it takes no part in the
// rule of one number a year, and importing it twice is a conflict.
func TestImportUnknownNumber(t *testing.T) {
	f := fixture()
	awards := sheetData{"Khen thưởng", [][]any{
		{"Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Mã đơn vị ban hành", "Chức vụ người ký", "Hình thức khen thưởng", "Mã cán bộ", "Mã đơn vị", "Năm", "Từ năm", "Đến năm"},
		{"chưa rõ số", "10/06/2024", "Thủ tướng Chính phủ", nil, "Thủ tướng Chính phủ", "Bằng khen của Thủ tướng Chính phủ", "P001", nil, nil, 2019, 2023},
		{"Chưa rõ số", nil, nil, nil, nil, "Bằng khen của Thủ tướng Chính phủ", nil, "CC-CL", nil, 2019, 2023},
		// Another decision of unknown number: another issuer, same day.
		{"chưa rõ", "10/06/2024", "Bộ Tư pháp", "BTP", "Bộ trưởng Bộ Tư pháp", "Bằng khen cấp bộ", "P002", nil, nil, 2022, 2023},
	}}
	s := newStores()
	data := workbook(t, f[0], f[1], awards)
	sum, err := importBytes(t, s, data, awardimport.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := s.award.Decisions(context.Background(), award.DecisionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 {
		t.Fatalf("decisions = %d (%+v), want 2", len(ds), sum)
	}
	grants := map[string]int{}
	for _, d := range ds {
		if !d.NumberUnknown || !d.Number.IsZero() {
			t.Errorf("decision %s: NumberUnknown %v, Number %v; want unknown and zero", d.ID, d.NumberUnknown, d.Number)
		}
		grants[d.SignerTitle] = len(d.Grants)
	}
	if grants["Thủ tướng Chính phủ"] != 2 || grants["Bộ trưởng Bộ Tư pháp"] != 1 {
		t.Errorf("grants by signer = %v, want 2 and 1", grants)
	}
	before := s.counts(t)
	if _, err := importBytes(t, s, data, awardimport.Options{}); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("second import: err = %v, want ErrConflict", err)
	}
	if after := s.counts(t); after != before {
		t.Errorf("second import changed the stores: %v, was %v", after, before)
	}
	// Text that is neither a number nor "chưa rõ số" is still refused.
	bad := sheetData{"Khen thưởng", [][]any{awards.rows[0],
		{"rõ", "10/06/2024", "Bộ Tư pháp", "BTP", "Bộ trưởng Bộ Tư pháp", "Bằng khen cấp bộ", "P002", nil, nil, 2022, 2023}}}
	if _, err := importBytes(t, newStores(), workbook(t, f[0], f[1], bad), awardimport.Options{}); !errors.Is(err, thidua.ErrInvalid) ||
		!problemAt(err, "Khen thưởng", 2, "Số quyết định", "chưa rõ số") {
		t.Errorf("a number of %q: err = %v, want ErrInvalid naming the column", "rõ", err)
	}
}

func TestUnknownNumberText(t *testing.T) {
	for text, want := range map[string]bool{
		"chưa rõ số": true, "  CHƯA RÕ SỐ ": true, "chưa rõ": true, "không rõ số": true, "Không rõ": true,
		"": false, "123/QĐ-BTP": false, "rõ": false, "chưa có": false,
	} {
		if got := awardimport.UnknownNumber(text); got != want {
			t.Errorf("UnknownNumber(%q) = %v, want %v", text, got, want)
		}
	}
}
