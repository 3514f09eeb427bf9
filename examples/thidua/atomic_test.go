package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

// TestMain removes the command built by [binary].
func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// binary builds the command once per test run and returns its path.
func binary(tb testing.TB) string {
	tb.Helper()
	binOnce.Do(func() {
		if binDir, binErr = os.MkdirTemp("", "thidua-bin-"); binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "thidua")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		tb.Fatal(binErr)
	}
	return binPath
}

// bigBook is a province's workbook: a department (unit root) with branches
// of 300 staff each, n staff in all, every one rated each year from first
// to last, and the units rated too.
func bigBook(root string, n, first, last int) []sheetData {
	units := sheetData{"Đơn vị", [][]any{
		{"Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên", "Ngày thành lập"},
		{root, "Cục Thi hành án dân sự tỉnh An Giang " + root, "cuc", nil, "01/07/2009"},
	}}
	branches := (n + 299) / 300
	for b := 1; b <= branches; b++ {
		units.rows = append(units.rows, []any{fmt.Sprintf("%s-CC%02d", root, b), fmt.Sprintf("Chi cục Thi hành án dân sự khu vực %d", b), "chi-cuc", root, "01/07/2009"})
	}
	people := sheetData{"Cán bộ", [][]any{{"Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày tuyển dụng", "Mã đơn vị", "Chức vụ", "Từ ngày"}}}
	ratings := sheetData{"Xếp loại", [][]any{{"Mã cán bộ", "Mã đơn vị", "Năm", "Xếp loại"}}}
	family := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ"}
	given := []string{"Văn An", "Thị Hoà", "Minh Tâm", "Thị Lan", "Quốc Bảo", "Ngọc Hân", "Văn Hùng", "Thị Thuỷ", "Đức Thắng", "Kim Chi"}
	for i := 1; i <= n; i++ {
		id := fmt.Sprintf("N%05d", i)
		gender := "Nam"
		if strings.Contains(given[i%10], "Thị") || i%10 == 5 || i%10 == 9 {
			gender = "Nữ"
		}
		people.rows = append(people.rows, []any{id, family[i%6] + " " + given[i%10], gender,
			fmt.Sprintf("%02d/%02d/%d", 1+i%28, 1+i%12, 1965+i%30), "01/01/2010", fmt.Sprintf("%s-CC%02d", root, 1+(i-1)/300), "Chấp hành viên", "01/01/2010"})
		for y := first; y <= last; y++ {
			r := "Hoàn thành tốt nhiệm vụ"
			if (i+y)%5 == 0 {
				r = "Hoàn thành xuất sắc nhiệm vụ"
			}
			ratings.rows = append(ratings.rows, []any{id, nil, y, r})
		}
	}
	for b := 1; b <= branches; b++ {
		for y := first; y <= last; y++ {
			ratings.rows = append(ratings.rows, []any{nil, fmt.Sprintf("%s-CC%02d", root, b), y, "Hoàn thành xuất sắc nhiệm vụ"})
		}
	}
	return []sheetData{units, people, ratings}
}

// dump returns a digest of every row of every table of the SQLite file db,
// rows sorted (the row order of a table is not its content), and the
// number of rows, after checking the file's integrity.
func dump(t *testing.T, db string) (string, int) {
	t.Helper()
	ctx := context.Background()
	h, err := sql.Open("sqlite", sqliteDSN(db))
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	var ok string
	if err := h.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check of %s: %q, %v", db, ok, err)
	}
	conn, err := h.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	tables, err := tableNames(ctx, conn, "main")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.New()
	n := 0
	for _, tb := range tables {
		rows, err := conn.QueryContext(ctx, `SELECT * FROM "`+tb+`"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, fmt.Sprintf("%q", vals))
		}
		rows.Close()
		sort.Strings(lines)
		n += len(lines)
		fmt.Fprintf(sum, "%s %d\n%s\n", tb, len(lines), strings.Join(lines, "\n"))
	}
	return hex.EncodeToString(sum.Sum(nil)), n
}

// filesSize is the size of the files in dir whose names contain part.
func filesSize(dir, part string) int64 {
	es, _ := os.ReadDir(dir)
	var n int64
	for _, e := range es {
		if strings.Contains(e.Name(), part) {
			if fi, err := e.Info(); err == nil {
				n += fi.Size()
			}
		}
	}
	return n
}

// killWhen starts the command bin with args and kills it (SIGKILL) as soon
// as started, given the command's process ID, tells that it works; the test fails if the command
// ends by itself first, or is not killed.
func killWhen(t *testing.T, bin string, args []string, started func(pid int) bool) {
	t.Helper()
	p := exec.Command(bin, args...)
	var out bytes.Buffer
	p.Stdout, p.Stderr = &out, &out
	if err := p.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- p.Wait() }()
	deadline := time.Now().Add(2 * time.Minute)
	for !started(p.Process.Pid) {
		select {
		case err := <-exited:
			t.Fatalf("the command ended (%v) before it could be killed; output:\n%s", err, out.String())
		default:
		}
		if time.Now().After(deadline) {
			p.Process.Kill()
			t.Fatal("the command did not start working in two minutes")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := p.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	if err := <-exited; err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("the command was not killed mid-way: %v\n%s", err, out.String())
	}
}

// TestImportKilled kills the command while it stores a large workbook and
// checks that the database is exactly as before: the same rows in every
// table, and a file SQLite finds whole. A second run of the same import
// then stores it all.
func TestImportKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and imports 30.000 rows")
	}
	bin := binary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	small := filepath.Join(dir, "mau.xlsx")
	writeXLSX(t, small, sampleBook()...)
	if c, _, errs := cmd(t, "import", "-db", db, small); c != 0 {
		t.Fatalf("import of the sample: exit %d: %s", c, errs)
	}
	before, rows := dump(t, db)
	big := filepath.Join(dir, "lon.xlsx")
	writeXLSX(t, big, bigBook("TINH", 3000, 2016, 2025)...)

	base := filesSize(dir, "thidua.db")
	// Storing has started when the files of the database (or of its
	// working copy) have grown by a megabyte.
	killWhen(t, bin, []string{"import", "-db", db, big}, func(int) bool { return filesSize(dir, "thidua.db") >= base+1<<20 })
	after, n := dump(t, db)
	if after != before || n != rows {
		t.Fatalf("the killed import changed the database: %d rows, was %d", n, rows)
	}
	t.Logf("killed mid-import with %d bytes written; %d rows unchanged", filesSize(dir, "thidua.db")-base, rows)
	left, _ := filepath.Glob(filepath.Join(dir, ".thidua.db.work-*"))
	if len(left) == 0 {
		t.Error("the killed import left no working copy: was it killed while it worked on one?")
	}

	// The database is usable: the same import, run to the end, stores
	// everything (3.000 staff and 30.000 ratings more).
	c, o, errs := cmd(t, "import", "-db", db, big)
	if c != 0 {
		t.Fatalf("second import: exit %d\n%s%s", c, o, errs)
	}
	if got := counts(t, db); got[1] != staff+3000 || got[2] != staff*5+30000 {
		t.Errorf("after the import: people, person-years = %d, %d; want %d, %d", got[1], got[2], staff+3000, staff*5+30000)
	}
	// That run removed the working copy of the killed one.
	if left, _ := filepath.Glob(filepath.Join(dir, ".thidua.db.work-*")); len(left) > 0 {
		t.Errorf("working copies of the killed import left: %v", left)
	}
}

// TestImportConflictUnchanged checks that a workbook refused at the swap
// (another program wrote meanwhile) leaves that program's writes: the
// swap compares data_version taken at the snapshot.
func TestSwapRefusesConcurrentWrite(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	if c, _, errs := cmd(t, "init", "-db", db); c != 0 {
		t.Fatalf("init: %s", errs)
	}
	other, err := sql.Open("sqlite", sqliteDSN(db))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	err = atomically(ctx, db, func(*stores) error {
		// Another program records something while the command works.
		_, err := other.ExecContext(ctx, `INSERT INTO thidua_schema (component, version, step, name) VALUES ('khac', 1, 1, 'x')`)
		return err
	})
	if err != errChanged {
		t.Fatalf("atomically after a concurrent write: %v, want errChanged", err)
	}
	var n int
	if err := other.QueryRowContext(ctx, `SELECT COUNT(*) FROM thidua_schema WHERE component = 'khac'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("the other program's row: %d, %v", n, err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".thidua.db.work-*")); len(left) > 0 {
		t.Errorf("working copies left behind: %v", left)
	}
}

// TestSchemaTooNew opens a database a newer program migrated: every
// command refuses it with a message saying so, exit status 1, and the
// database is unchanged.
func TestSchemaTooNew(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	writeXLSX(t, filepath.Join(dir, "d.xlsx"), sampleBook()...)
	if c, _, errs := cmd(t, "import", "-db", db, filepath.Join(dir, "d.xlsx")); c != 0 {
		t.Fatalf("import: %s", errs)
	}
	h, err := sql.Open("sqlite", sqliteDSN(db))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.Exec(`INSERT INTO thidua_schema (component, version, step, name) VALUES ('org', 999, 1, 'future')`); err != nil {
		t.Fatal(err)
	}
	h.Close()
	before, _ := dump(t, db)
	for _, args := range [][]string{
		{"init", "-db", db},
		{"import", "-db", db, filepath.Join(dir, "d.xlsx")},
		{"screen", "-db", db, "-unit", "CUC", "-year", "2023"},
		{"report", "-db", db, "-unit", "CUC", "-from", "2019", "-to", "2023"},
		{"copy", "-from", db, "-to", filepath.Join(dir, "b.db")},
	} {
		c, _, errs := cmd(t, args...)
		if c != exitData || !strings.Contains(errs, "phiên bản thidua mới hơn") || !strings.Contains(errs, "version 999") {
			t.Errorf("%s on a newer database: exit %d, stderr %q", args[0], c, errs)
		}
	}
	if after, _ := dump(t, db); after != before {
		t.Error("a command changed a database of a newer schema")
	}
}

// TestStaleWorkRemoved leaves working copies as a killed command would and
// checks that the next import removes those of processes that are gone,
// with the files SQLite keeps beside them, and nothing else: not the copy
// of a running process, not a file of another database, not a file of
// another pattern.
func TestStaleWorkRemoved(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "thidua.db")
	if c, _, errs := cmd(t, "init", "-db", db); c != 0 {
		t.Fatalf("init: %s", errs)
	}
	// A process that has ended: its ID names no running process (unless
	// the system gave it to another one since, which the check tolerates).
	gone := exec.Command(os.Args[0], "-test.run=^$")
	if err := gone.Run(); err != nil {
		t.Fatal(err)
	}
	dead := gone.Process.Pid
	stale := []string{
		fmt.Sprintf(".thidua.db.work-%d-123456", dead),
		fmt.Sprintf(".thidua.db.work-%d-123456-wal", dead),
		fmt.Sprintf(".thidua.db.work-%d-123456-shm", dead),
		fmt.Sprintf(".thidua.db.work-%d-99-journal", dead),
	}
	kept := []string{
		fmt.Sprintf(".thidua.db.work-%d-777", os.Getppid()), // a running process (go test)
		fmt.Sprintf(".thidua.db.work-%d-777-wal", os.Getppid()),
		fmt.Sprintf(".khac.db.work-%d-123456", dead),    // another database's copy
		fmt.Sprintf(".thidua.db.work-%d-12x", dead),     // not a name the command makes
		fmt.Sprintf(".thidua.db.work-%d-1-extra", dead), // nor this
		".thidua.db.work-123456",                        // nor this (no process ID)
		fmt.Sprintf("thidua.db.work-%d-123456", dead),   // nor this (not hidden)
	}
	for _, n := range append(append([]string{}, stale...), kept...) {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if processAlive(dead) {
		t.Skipf("process ID %d was given to another process", dead)
	}
	writeXLSX(t, filepath.Join(dir, "d.xlsx"), sampleBook()...)
	if c, _, errs := cmd(t, "import", "-db", db, filepath.Join(dir, "d.xlsx")); c != 0 {
		t.Fatalf("import: exit %d: %s", c, errs)
	}
	for _, n := range stale {
		if _, err := os.Stat(filepath.Join(dir, n)); !os.IsNotExist(err) {
			t.Errorf("stale working copy %s not removed: %v", n, err)
		}
	}
	for _, n := range kept {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s removed: %v", n, err)
		}
	}
}
