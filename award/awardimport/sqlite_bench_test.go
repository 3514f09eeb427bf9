package awardimport_test

import (
	"context"
	"testing"

	"github.com/thidua-go/thidua/award/awardimport"
	"github.com/thidua-go/thidua/award/awardsql"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaignsql"
	"github.com/thidua-go/thidua/internal/benchclock"
	"github.com/thidua-go/thidua/internal/sqltest"
	"github.com/thidua-go/thidua/org/orgsql"

	_ "modernc.org/sqlite"
)

// BenchmarkImportXLSXSQLite imports the workbook of BenchmarkImportXLSX
// into the SQL stores on SQLite files.
func BenchmarkImportXLSXSQLite(b *testing.B) {
	ctx := context.Background()
	data := workbook(b, benchBook()...)
	b.ResetTimer()
	cpu, n := benchclock.CPU(), 0
	for b.Loop() {
		b.StopTimer()
		odb, cdb, adb := sqltest.SQLite(b), sqltest.SQLite(b), sqltest.SQLite(b)
		if err := orgsql.Migrate(ctx, odb); err != nil {
			b.Fatal(err)
		}
		if err := campaignsql.Migrate(ctx, cdb); err != nil {
			b.Fatal(err)
		}
		if err := awardsql.Migrate(ctx, adb); err != nil {
			b.Fatal(err)
		}
		os, err := orgsql.Open(ctx, odb)
		if err != nil {
			b.Fatal(err)
		}
		cs, err := campaignsql.Open(ctx, cdb, campaignsql.WithOptions(&campaign.Options{Directory: os}))
		if err != nil {
			b.Fatal(err)
		}
		as, err := awardsql.Open(ctx, adb)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := awardimport.ImportXLSX(ctx, awardimport.Stores{Org: os, Campaign: cs, Award: as}, bytesReader(data), int64(len(data)), awardimport.Options{})
		if err != nil {
			b.Fatalf("%.500v", err)
		}
		if sum.Grants != 50_000 || sum.Org.PersonYears != 100_000 {
			b.Fatalf("summary %+v", sum)
		}
		n++
	}
	b.ReportMetric(float64(benchclock.CPU()-cpu)/float64(n), "cpu-ns/op")
}
