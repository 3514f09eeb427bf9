package orgsql_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgsql"
)

// A unit keeps its organisation in a SQLite file: migrate at every start,
// open, write, and read the records of many people at once.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "orgsql-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	// modernc.org/sqlite, registered as "sqlite" by the blank import in
	// this package's tests; foreign keys on, WAL, a busy timeout and
	// immediate write transactions.
	dsn := "file:" + filepath.Join(dir, "thidua.db") +
		"?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	if err := orgsql.Migrate(ctx, db); err != nil {
		fmt.Println(err)
		return
	}
	s, err := orgsql.Open(ctx, db, orgsql.WithScale(org.JusticeScale()))
	if err != nil {
		fmt.Println(err)
		return
	}

	d := thidua.MustDate
	old := thidua.Period{From: d(2009, time.October, 1), To: d(2025, time.June, 30)}
	for _, u := range []org.Unit{
		{ID: "btp", Name: "Bộ Tư pháp", Level: org.LevelBo, Exists: thidua.Since(d(1945, time.August, 28))},
		{ID: "dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Level: org.LevelCucTHADSTinh, Parent: "btp", Exists: old},
		{ID: "dt-sadec", Name: "Chi cục Thi hành án dân sự thành phố Sa Đéc", Level: org.LevelChiCucTHADSHuyen, Parent: "dt", Exists: old},
	} {
		if err := s.AddUnit(ctx, u); err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, p := range []org.Person{
		{ID: "an", FullName: "Nguyễn Văn An", Gender: org.Male, Assignments: []org.Assignment{
			{Unit: "dt", Position: "Cục trưởng", Period: thidua.Years(2012, 2020)}}},
		{ID: "hoa", FullName: "Trần Thị Hoà", Gender: org.Female, Assignments: []org.Assignment{
			{Unit: "dt-sadec", Position: "Chi cục trưởng", Period: thidua.Years(2010, 2020)}}},
	} {
		if err := s.AddPerson(ctx, p); err != nil {
			fmt.Println(err)
			return
		}
	}
	// A year of ratings in one transaction; the rating unit is filled in.
	err = s.AddPersonYears(ctx, []org.PersonYear{
		{Person: "an", Year: 2019, Rating: org.Excellent, DaysWorked: 250},
		{Person: "hoa", Year: 2019, Rating: org.CompletedWell, DaysWorked: 240},
		{Person: "an", Year: 2020, Rating: org.Excellent, DaysWorked: 248},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	// The same rules as the memory store: a Bộ under a Cục is refused.
	err = s.AddUnit(ctx, org.Unit{ID: "x", Name: "Bộ X", Level: org.LevelBo, Parent: "dt", Exists: old})
	fmt.Println("refused:", err != nil)

	// The records of a set of people for a span of years: one query.
	pys, err := s.PersonYears(ctx, org.YearFilter{People: []org.PersonID{"hoa", "an"}, From: 2019, To: 2020})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, py := range pys {
		fmt.Println(py.Person, py.Year, py.Unit, py.Rating)
	}
	// Output:
	// refused: true
	// an 2019 dt Hoàn thành xuất sắc nhiệm vụ
	// an 2020 dt Hoàn thành xuất sắc nhiệm vụ
	// hoa 2019 dt-sadec Hoàn thành tốt nhiệm vụ
}
