package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardimport"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// The province of the speed targets: 10.000 staff rated over ten years.
const (
	benchStaff = 10000
	benchFirst = 2016
	benchLast  = 2025
)

// awardsBook is a decision of Lao động tiên tiến per year for the staff
// bigBook rates "hoàn thành xuất sắc nhiệm vụ" that year (one in five).
func awardsBook(root string, n, first, last int) sheetData {
	awards := sheetData{"Khen thưởng", [][]any{{"Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Mã đơn vị ban hành", "Chức vụ người ký", "Hình thức khen thưởng", "Mã cán bộ", "Mã đơn vị", "Năm"}}}
	for y := first; y < last; y++ {
		no := fmt.Sprintf("%d/QĐ-%s", y-first+1, root)
		head := true
		for i := 1; i <= n; i++ {
			if (i+y)%5 != 0 {
				continue
			}
			row := []any{no, nil, nil, nil, nil, "Lao động tiên tiến", fmt.Sprintf("N%05d", i), nil, y}
			if head {
				row[1], row[2], row[3], row[4] = fmt.Sprintf("20/01/%d", y+1), "Cục Thi hành án dân sự tỉnh An Giang", root, "Cục trưởng"
				head = false
			}
			awards.rows = append(awards.rows, row)
		}
	}
	return awards
}

// runTimed runs the command bin with args, fails b if it fails or writes
// nothing on standard output, and adds the processor time it used (user
// and system) to cpu: on a shared machine the wall time measures the load
// as much as the command.
func runTimed(b *testing.B, cpu *time.Duration, bin string, args ...string) {
	b.Helper()
	p := exec.Command(bin, args...)
	var out, errb bytes.Buffer
	p.Stdout, p.Stderr = &out, &errb
	if err := p.Run(); err != nil || out.Len() == 0 {
		b.Fatalf("%s: %v\n%s%s", args[0], err, out.String(), errb.String())
	}
	*cpu += p.ProcessState.UserTime() + p.ProcessState.SystemTime()
}

// reportCPU reports the command's processor time per run.
func reportCPU(b *testing.B, cpu time.Duration) {
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cmd-cpu-s/op")
}

// reportRatings reports the ratings of the province stored per second.
func reportRatings(b *testing.B) {
	b.ReportMetric(float64(benchStaff*(benchLast-benchFirst+1))/(b.Elapsed().Seconds()/float64(b.N)), "ratings/s")
}

// BenchmarkImport imports a workbook of 10.000 staff with ten years of
// ratings (100.000 rows and more) with the built command into a new SQLite
// file — the target of issue 15 is 20 s — and, when THIDUA_TEST_POSTGRES
// names a server, into a new PostgreSQL schema, beside the same import
// into the memory stores in this process, the baseline: the cost of
// reading and checking the workbook.
func BenchmarkImport(b *testing.B) {
	bin := binary(b)
	dir := b.TempDir()
	book := filepath.Join(dir, "tinh.xlsx")
	writeXLSX(b, book, bigBook("TINH", benchStaff, benchFirst, benchLast)...)
	b.Run("command-sqlite", func(b *testing.B) {
		run := b.TempDir() // a fresh folder for each run of the benchmark
		var cpu time.Duration
		for i := 0; i < b.N; i++ {
			runTimed(b, &cpu, bin, "import", "-db", filepath.Join(run, fmt.Sprintf("import-%d.db", i)), book)
		}
		reportRatings(b)
		reportCPU(b, cpu)
	})
	b.Run("command-postgres", func(b *testing.B) {
		var cpu time.Duration
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			pg, _, _ := pgSchema(b) // a fresh schema for each run
			b.StartTimer()
			runTimed(b, &cpu, bin, "import", "-db", pg, book)
		}
		reportRatings(b)
		reportCPU(b, cpu) // the server's time is not counted
	})
	b.Run("baseline-memory", func(b *testing.B) {
		ctx := context.Background()
		for i := 0; i < b.N; i++ {
			o := org.NewMemStore()
			st := awardimport.Stores{Org: o, Campaign: campaign.NewMemStore(&campaign.Options{Directory: o}), Award: award.NewMemStore()}
			if _, err := awardimport.ImportFile(ctx, st, book, awardimport.Options{}); err != nil {
				b.Fatal(err)
			}
		}
		reportRatings(b)
	})
}

// BenchmarkReportProvince runs the built command for the ten-year summary
// of the province of BenchmarkImport (with 18.000 grants), from a cold
// start of the process each time — the target of issue 15 is 2 s — on the
// SQLite file and, when THIDUA_TEST_POSTGRES names a server, on a
// PostgreSQL schema the command copied it to, beside the baseline of
// starting the command only ("thidua -h").
func BenchmarkReportProvince(b *testing.B) {
	bin := binary(b)
	dir := b.TempDir()
	db := filepath.Join(dir, "tinh.db")
	book := filepath.Join(dir, "tinh.xlsx")
	sheets := append(bigBook("TINH", benchStaff, benchFirst, benchLast), awardsBook("TINH", benchStaff, benchFirst, benchLast))
	writeXLSX(b, book, sheets...)
	if c := run([]string{"import", "-db", db, book}, io.Discard, io.Discard); c != 0 {
		b.Fatalf("import: exit %d", c)
	}
	report := func(db string) func(b *testing.B) {
		return func(b *testing.B) {
			var cpu time.Duration
			for i := 0; i < b.N; i++ {
				runTimed(b, &cpu, bin, "report", "-db", db, "-unit", "TINH", "-from", fmt.Sprint(benchFirst), "-to", fmt.Sprint(benchLast), "-format", "text")
			}
			reportCPU(b, cpu)
		}
	}
	b.Run("command-report", report(db))
	if os.Getenv("THIDUA_TEST_POSTGRES") != "" {
		pg, _, _ := pgSchema(b)
		var cpu time.Duration
		runTimed(b, &cpu, bin, "copy", "-from", db, "-to", pg)
		b.Run("command-report-postgres", report(pg))
	}
	b.Run("baseline-start", func(b *testing.B) {
		var cpu time.Duration
		for i := 0; i < b.N; i++ {
			runTimed(b, &cpu, bin, "-h")
		}
		reportCPU(b, cpu)
	})
}
