package orgtest

import (
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
	"golang.org/x/text/unicode/norm"
)

// fix is the correction the suite makes of a mistaken entry.
var fix = thidua.Correction{By: "Trần Văn Tổ", On: d(2026, time.March, 2), Reason: "Nhập nhầm khi tổng hợp"}

// addSpare adds a unit under dtm with nothing depending on it, open since
// the restructuring, and returns it as stored.
func addSpare(t *testing.T, s org.Store) org.Unit {
	t.Helper()
	u := org.Unit{ID: "dtm-kv9", Name: "Phòng Thi hành án dân sự khu vực 9", ShortName: "Phòng THADS KV9",
		Level: org.LevelPhongTHADSKhuVuc, Parent: "dtm", Exists: thidua.Since(merged)}
	noErr(t, "AddUnit", s.AddUnit(bg, u))
	return u
}

// testRenameUnit checks a rename in place is dated: the old names stay in
// force before the day of the rename, for every reader.
func testRenameUnit(t *testing.T, s org.Store) {
	load(t, s)
	u := addSpare(t, s)
	first := d(2026, time.January, 1)
	noErr(t, "RenameUnit", s.RenameUnit(bg, u.ID, first, " Phòng Thi hành án dân sự  khu vực Cao Lãnh ", "Phòng THADS Cao Lãnh", "Quyết định số 5/QĐ-THADS"))
	want := u
	want.Name, want.ShortName = "Phòng Thi hành án dân sự khu vực Cao Lãnh", "Phòng THADS Cao Lãnh"
	want.Former = []org.FormerName{{Name: u.Name, ShortName: u.ShortName, Until: d(2025, time.December, 31), Note: "Quyết định số 5/QĐ-THADS"}}
	got, err := s.Unit(bg, u.ID)
	noErr(t, "Unit", err)
	check(t, "renamed unit", want, got)
	for _, tt := range []struct {
		on          thidua.Date
		name, short string
	}{
		{merged, u.Name, u.ShortName},
		{d(2025, time.December, 31), u.Name, u.ShortName},
		{first, want.Name, want.ShortName},
		{d(2030, time.May, 1), want.Name, want.ShortName},
	} {
		name, short := got.NameOn(tt.on)
		if name != tt.name || short != tt.short {
			t.Errorf("NameOn(%s) = %q, %q; want %q, %q", tt.on, name, short, tt.name, tt.short)
		}
	}
	// Every reader gives the unit with its former names.
	us, err := s.Units(bg, org.UnitFilter{IDs: []org.UnitID{u.ID}})
	noErr(t, "Units", err)
	check(t, "Units of the renamed unit", []org.Unit{want}, us)
	us, err = s.Units(bg, org.UnitFilter{Name: "khu vực Cao Lãnh"})
	noErr(t, "Units", err)
	check(t, "Units by the new name", []org.Unit{want}, us)
	sub, err := s.Subtree(bg, "dtm", d(2026, time.February, 1))
	noErr(t, "Subtree", err)
	for _, x := range sub {
		if x.ID == u.ID {
			check(t, "renamed unit in a subtree", want, x)
		}
	}
	// A caller changing what it read changes nothing stored.
	got.Former[0].Name = "Đổi bởi người gọi"
	again, err := s.Unit(bg, u.ID)
	noErr(t, "Unit", err)
	check(t, "unit after the caller changed its copy", want, again)

	// A second rename keeps both former names, in order; one on or
	// before the last rename is a conflict and changes nothing.
	second := d(2026, time.June, 1)
	noErr(t, "RenameUnit (second)", s.RenameUnit(bg, u.ID, second, "Phòng Thi hành án dân sự khu vực 9", "", ""))
	want.Former = append(want.Former, org.FormerName{Name: want.Name, ShortName: want.ShortName, Until: d(2026, time.May, 31)})
	want.Name, want.ShortName = "Phòng Thi hành án dân sự khu vực 9", ""
	before := snapshot(t, s)
	wantErr(t, "RenameUnit on the day of the last rename", s.RenameUnit(bg, u.ID, second, "Tên khác", "", ""), thidua.ErrConflict)
	wantErr(t, "RenameUnit before the last rename", s.RenameUnit(bg, u.ID, d(2026, time.March, 1), "Tên khác", "", ""), thidua.ErrConflict)
	check(t, "store after refused renames", before, snapshot(t, s))
	got, err = s.Unit(bg, u.ID)
	noErr(t, "Unit", err)
	check(t, "unit renamed twice", want, got)
	if name, _ := got.NameOn(d(2026, time.March, 1)); name != "Phòng Thi hành án dân sự khu vực Cao Lãnh" {
		t.Errorf("NameOn between the renames = %q, want the name of the first rename", name)
	}

	// UpdateUnit keeps the stored former names whatever the caller sends.
	got.Former = nil
	noErr(t, "UpdateUnit", s.UpdateUnit(bg, got))
	got, err = s.Unit(bg, u.ID)
	noErr(t, "Unit", err)
	check(t, "unit after UpdateUnit without former names", want, got)

	// The unit cannot end before its current name took force.
	wantErr(t, "EndUnit before the last rename", s.EndUnit(bg, u.ID, d(2026, time.May, 31)), thidua.ErrInvalid)
	noErr(t, "EndUnit", s.EndUnit(bg, u.ID, d(2026, time.June, 30)))

	// A unit may be added with its former names (a copy, an import).
	withFormer := org.Unit{ID: "dtm-kv8", Name: "Phòng THADS khu vực 8", Level: org.LevelPhongTHADSKhuVuc, Parent: "dtm",
		Exists: thidua.Since(merged), Former: []org.FormerName{{Name: norm.NFD.String("Phòng  THADS Hồng Ngự"), Until: d(2025, time.September, 30)}}}
	noErr(t, "AddUnit with former names", s.AddUnit(bg, withFormer))
	got, err = s.Unit(bg, "dtm-kv8")
	noErr(t, "Unit", err)
	check(t, "unit added with former names, cleaned", []org.FormerName{{Name: "Phòng THADS Hồng Ngự", Until: d(2025, time.September, 30)}}, got.Former)
}

// testCorrectUnit checks a correction of a unit is allowed and recorded.
func testCorrectUnit(t *testing.T, s org.Store) {
	load(t, s)
	h, err := s.UnitHistory(bg, "dt-sadec")
	noErr(t, "UnitHistory", err)
	check(t, "history of a unit never corrected", []org.UnitCorrection(nil), h)
	_, err = s.UnitHistory(bg, "nowhere")
	wantErr(t, "UnitHistory of an unknown unit", err, thidua.ErrNotFound)

	orig, err := s.Unit(bg, "dt-sadec")
	noErr(t, "Unit", err)
	fixed := orig
	fixed.Name = "Chi cục Thi hành án dân sự thành phố Sa Đéc, tỉnh Đồng Tháp"
	c := thidua.Correction{By: norm.NFD.String(" Trần  Văn Tổ"), On: d(2026, time.March, 2), Reason: "Tên ghi thiếu tỉnh"}
	noErr(t, "CorrectUnit", s.CorrectUnit(bg, fixed, c))
	got, err := s.Unit(bg, "dt-sadec")
	noErr(t, "Unit", err)
	check(t, "corrected unit", fixed, got)
	h, err = s.UnitHistory(bg, "dt-sadec")
	noErr(t, "UnitHistory", err)
	cn := thidua.Correction{By: "Trần Văn Tổ", On: c.On, Reason: c.Reason}
	check(t, "history after a correction", []org.UnitCorrection{{Old: orig, Correction: cn}}, h)

	// A correction may fix former names too; the version it replaced is
	// kept whole.
	second := fixed
	second.Former = []org.FormerName{{Name: "Thi hành án dân sự thị xã Sa Đéc", Until: d(2013, time.December, 31)}}
	noErr(t, "CorrectUnit (former names)", s.CorrectUnit(bg, second, fix))
	h, err = s.UnitHistory(bg, "dt-sadec")
	noErr(t, "UnitHistory", err)
	check(t, "history after two corrections", []org.UnitCorrection{{Old: orig, Correction: cn}, {Old: fixed, Correction: fix}}, h)
	all, err := s.History(bg)
	noErr(t, "History", err)
	check(t, "store history", org.History{Units: h}, all)

	// A refused correction keeps nothing.
	before := snapshot(t, s)
	bad := second
	bad.Exists.To = d(2019, time.December, 31) // p2 served until 2020
	wantErr(t, "CorrectUnit orphaning a post", s.CorrectUnit(bg, bad, fix), thidua.ErrInvalid)
	check(t, "store after a refused correction", before, snapshot(t, s))
}

// testEndUnitHistory checks an end is history: EndUnit and UpdateUnit
// neither revive a unit nor move its end; CorrectUnit does, recorded.
func testEndUnitHistory(t *testing.T, s org.Store) {
	load(t, s)
	u := addSpare(t, s)
	end := d(2026, time.March, 31)
	noErr(t, "EndUnit", s.EndUnit(bg, u.ID, end))
	noErr(t, "EndUnit again on the same day", s.EndUnit(bg, u.ID, end))
	ended := u
	ended.Exists.To = end
	before := snapshot(t, s)
	wantErr(t, "EndUnit later (revives the unit)", s.EndUnit(bg, u.ID, d(2026, time.December, 31)), thidua.ErrConflict)
	wantErr(t, "EndUnit earlier", s.EndUnit(bg, u.ID, d(2026, time.January, 31)), thidua.ErrConflict)
	open := ended
	open.Exists = thidua.Since(merged)
	wantErr(t, "UpdateUnit reopening the unit", s.UpdateUnit(bg, open), thidua.ErrConflict)
	check(t, "store after refused ends", before, snapshot(t, s))
	got, err := s.Unit(bg, u.ID)
	noErr(t, "Unit", err)
	check(t, "ended unit", ended, got)

	// A mistaken end is corrected, and the ended version kept.
	noErr(t, "CorrectUnit reopening the unit", s.CorrectUnit(bg, open, fix))
	got, err = s.Unit(bg, u.ID)
	noErr(t, "Unit", err)
	check(t, "reopened unit", open, got)
	h, err := s.UnitHistory(bg, u.ID)
	noErr(t, "UnitHistory", err)
	check(t, "history of the reopened unit", []org.UnitCorrection{{Old: ended, Correction: fix}}, h)
}

// testRecordHistory checks corrections of yearly records keep every
// replaced version with who, when and why.
func testRecordHistory(t *testing.T, s org.Store) {
	load(t, s)
	fx := fixturePersonYears()[3] // p3, 2019
	h, err := s.PersonYearHistory(bg, fx.Person, fx.Year)
	noErr(t, "PersonYearHistory", err)
	check(t, "history of a record never corrected", []org.PersonYearCorrection(nil), h)

	v2 := fx
	v2.Rating, v2.Absences = org.Excellent, nil
	v3 := v2
	v3.DaysWorked = 240
	c2 := thidua.Correction{By: "Lê Thị Kiểm", On: d(2026, time.April, 1), Reason: "Phúc tra ngày công"}
	noErr(t, "ReplacePersonYear", s.ReplacePersonYear(bg, v2, fix))
	noErr(t, "ReplacePersonYear (again)", s.ReplacePersonYear(bg, v3, c2))
	got, err := s.PersonYear(bg, fx.Person, fx.Year)
	noErr(t, "PersonYear", err)
	check(t, "record after two corrections", v3, got)
	h, err = s.PersonYearHistory(bg, fx.Person, fx.Year)
	noErr(t, "PersonYearHistory", err)
	wantPY := []org.PersonYearCorrection{{Old: fx, Correction: fix}, {Old: v2, Correction: c2}}
	check(t, "history of the record", wantPY, h)
	h[0].Old.Absences[0].Days = 99 // a caller's copy
	h, err = s.PersonYearHistory(bg, fx.Person, fx.Year)
	noErr(t, "PersonYearHistory", err)
	check(t, "history after the caller changed its copy", wantPY, h)
	other, err := s.PersonYearHistory(bg, "p3", 2018)
	noErr(t, "PersonYearHistory", err)
	check(t, "history of another year", []org.PersonYearCorrection(nil), other)

	uy := fixtureUnitYears()[1] // dt-caolanh, 2019
	fixedUY := uy
	fixedUY.Rating = org.Excellent
	noErr(t, "ReplaceUnitYear", s.ReplaceUnitYear(bg, fixedUY, fix))
	uh, err := s.UnitYearHistory(bg, uy.Unit, uy.Year)
	noErr(t, "UnitYearHistory", err)
	check(t, "history of the unit record", []org.UnitYearCorrection{{Old: uy, Correction: fix}}, uh)
	uh, err = s.UnitYearHistory(bg, "dt", 2019)
	noErr(t, "UnitYearHistory", err)
	check(t, "history of a unit record never corrected", []org.UnitYearCorrection(nil), uh)

	all, err := s.History(bg)
	noErr(t, "History", err)
	check(t, "store history", org.History{PersonYears: wantPY, UnitYears: []org.UnitYearCorrection{{Old: uy, Correction: fix}}}, all)

	for _, tt := range []struct {
		what string
		err  error
	}{
		{"PersonYearHistory of a year without a record", errOf(s.PersonYearHistory(bg, "p3", 2010))},
		{"PersonYearHistory of an unknown person", errOf(s.PersonYearHistory(bg, "nobody", 2019))},
		{"UnitYearHistory of a year without a record", errOf(s.UnitYearHistory(bg, "dt", 2015))},
		{"UnitYearHistory of an unknown unit", errOf(s.UnitYearHistory(bg, "nowhere", 2019))},
	} {
		wantErr(t, tt.what, tt.err, thidua.ErrNotFound)
	}
}

func errOf[T any](_ T, err error) error { return err }

// testAddHistory checks History and AddHistory: what one store kept,
// another keeps after its records, all or none.
func testAddHistory(t *testing.T, s org.Store) {
	src := org.NewMemStore()
	load(t, src)
	history(t, src)
	h, err := src.History(bg)
	noErr(t, "History", err)
	if len(h.Units) != 1 || len(h.PersonYears) != 2 || len(h.UnitYears) != 1 {
		t.Fatalf("History of the suite's history = %d, %d, %d versions; want 1, 2, 1", len(h.Units), len(h.PersonYears), len(h.UnitYears))
	}
	load(t, s)
	history(t, s)
	before := snapshot(t, s)
	bad := h
	bad.UnitYears = append(bad.UnitYears[:len(bad.UnitYears):len(bad.UnitYears)], org.UnitYearCorrection{Old: org.UnitYear{Unit: "dt", Year: 2015}, Correction: fix})
	wantErr(t, "AddHistory of a record not stored", s.AddHistory(bg, bad), thidua.ErrInvalid)
	bad = h
	bad.PersonYears = []org.PersonYearCorrection{{Old: h.PersonYears[0].Old, Correction: thidua.Correction{By: "x", On: fix.On}}}
	wantErr(t, "AddHistory without a reason", s.AddHistory(bg, bad), thidua.ErrInvalid)
	bad = org.History{Units: []org.UnitCorrection{{Old: org.Unit{ID: "nowhere", Name: "X", Exists: thidua.Since(merged)}, Correction: fix}}}
	wantErr(t, "AddHistory of an unknown unit", s.AddHistory(bg, bad), thidua.ErrInvalid)
	check(t, "store after refused history", before, snapshot(t, s))

	noErr(t, "AddHistory", s.AddHistory(bg, h))
	got, err := s.History(bg)
	noErr(t, "History", err)
	want := org.History{
		Units:       append(append([]org.UnitCorrection{}, h.Units...), h.Units...),
		PersonYears: append(append([]org.PersonYearCorrection{}, h.PersonYears...), h.PersonYears...),
		UnitYears:   append(append([]org.UnitYearCorrection{}, h.UnitYears...), h.UnitYears...),
	}
	check(t, "history kept after the store's own", want, got)
	noErr(t, "AddHistory (none)", s.AddHistory(bg, org.History{}))
}
