package main

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua/award/awardimport"
	"github.com/thidua-go/thidua/org"
)

// pgSchema makes a fresh schema on the server THIDUA_TEST_POSTGRES names
// (the test is skipped without one) and returns the URL of the database
// with that schema as its search_path, and a handle on the server.
func pgSchema(t testing.TB) (string, string, *sql.DB) {
	t.Helper()
	base := os.Getenv("THIDUA_TEST_POSTGRES")
	if base == "" {
		t.Skip("THIDUA_TEST_POSTGRES not set")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	schema := fmt.Sprintf("thidua_cli_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE") })
	u, err := withSearchPath(base, schema)
	if err != nil {
		t.Fatal(err)
	}
	return u, schema, admin
}

// pgDump returns a digest of every row of every table of schema (each row
// as PostgreSQL writes it as text, sorted in each table) and the number of
// rows.
func pgDump(t *testing.T, admin *sql.DB, schema string) (string, int) {
	t.Helper()
	tables := queryStrings(t, admin, `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`, schema)
	if len(tables) < 10 {
		t.Fatalf("schema %s has %d tables: %v", schema, len(tables), tables)
	}
	sum := sha256.New()
	n := 0
	for _, tb := range tables {
		lines := queryStrings(t, admin, `SELECT r::text FROM `+ident(schema)+`.`+ident(tb)+` r`)
		sort.Strings(lines)
		n += len(lines)
		fmt.Fprintf(sum, "%s %d\n%s\n", tb, len(lines), strings.Join(lines, "\n"))
	}
	return hex.EncodeToString(sum.Sum(nil)), n
}

// workSchemas lists the private schemas of the commands on the server.
func workSchemas(t *testing.T, admin *sql.DB, prefix string) []string {
	t.Helper()
	return queryStrings(t, admin, `SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1) ORDER BY 1`, prefix)
}

// queryStrings runs a query of one text column and returns its rows.
func queryStrings(t *testing.T, admin *sql.DB, q string, args ...any) []string {
	t.Helper()
	rows, err := admin.Query(q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// pgSample is pgSchema with the sample workbook imported, and a folder
// for the test's files.
func pgSample(t *testing.T) (string, string, *sql.DB, string) {
	t.Helper()
	pg, schema, admin := pgSchema(t)
	dir := t.TempDir()
	writeXLSX(t, filepath.Join(dir, "d.xlsx"), sampleBook()...)
	if c, _, errs := cmd(t, "import", "-db", pg, filepath.Join(dir, "d.xlsx")); c != 0 {
		t.Fatalf("import: exit %d: %s", c, errs)
	}
	return pg, schema, admin, dir
}

// TestPostgresAtomic runs an import on PostgreSQL that stores everything
// and then fails: the stores saw their writes, the database has none of
// them, row for row, and no private schema is left.
func TestPostgresAtomic(t *testing.T) {
	pg, schema, admin, dir := pgSample(t)
	before, rows := pgDump(t, admin, schema)
	want := counts(t, pg)
	big := filepath.Join(dir, "lon.xlsx")
	writeXLSX(t, big, bigBook("TINH", 300, 2021, 2025)...)
	ctx := context.Background()
	boom := errors.New("hỏng sau khi ghi")
	var stored int
	err := atomically(ctx, pg, func(s *stores) error {
		sum, err := awardimport.ImportFile(ctx, awardimport.Stores{Org: s.org, Campaign: s.campaign, Award: s.award}, big, awardimport.Options{Catalogue: s.catalogue})
		if err != nil {
			return err
		}
		// The private schema, whose commits do not wait for the disk.
		var path, sync string
		if err := s.db.QueryRowContext(ctx, "SELECT current_setting('search_path'), current_setting('synchronous_commit')").Scan(&path, &sync); err != nil {
			return err
		}
		if !strings.HasPrefix(path, workSchemaPrefix) || sync != "off" {
			return fmt.Errorf("the stores work on search_path %q, synchronous_commit %q", path, sync)
		}
		if sum.Org.People != 300 {
			return fmt.Errorf("the import stored %d people, want 300", sum.Org.People)
		}
		ps, err := s.org.People(ctx, org.PeopleFilter{})
		stored = len(ps)
		if err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("atomically: %v, want the error of fn", err)
	}
	if stored != want[1]+300 {
		t.Fatalf("the stores read %d people before the command failed, want %d", stored, want[1]+300)
	}
	if after, n := pgDump(t, admin, schema); after != before || n != rows {
		t.Errorf("a failed command changed the database: %d rows, was %d", n, rows)
	}
	if got := counts(t, pg); got != want {
		t.Errorf("after the failed command: %v, was %v", got, want)
	}
	if left := workSchemas(t, admin, workSchemaPrefix+fmt.Sprint(os.Getpid())+"_"); len(left) > 0 {
		t.Errorf("private schemas left: %v", left)
	}

	// The same import, succeeding, is in the database.
	err = atomically(ctx, pg, func(s *stores) error {
		_, err := awardimport.ImportFile(ctx, awardimport.Stores{Org: s.org, Campaign: s.campaign, Award: s.award}, big, awardimport.Options{Catalogue: s.catalogue})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := counts(t, pg); got[1] != want[1]+300 || got[2] != want[2]+1500 {
		t.Errorf("after the import: %v, want %d people and %d person-years", got, want[1]+300, want[2]+1500)
	}
}

// TestPostgresBadLastSheet imports into PostgreSQL a workbook whose last
// sheet has a row the database refuses: nothing of the workbook is
// stored, row for row.
func TestPostgresBadLastSheet(t *testing.T) {
	pg, schema, admin, dir := pgSample(t)
	before, rows := pgDump(t, admin, schema)
	book := append(bigBook("TINH", 300, 2021, 2025), awardsBook("TINH", 300, 2021, 2025))
	// The last row of the last sheet: a decision number the database has
	// already, for another decision.
	last := book[len(book)-1].rows
	last = append(last, []any{"10/QĐ-CTHADS", "20/01/2020", "Cục Thi hành án dân sự tỉnh Đồng Tháp", "CUC", "Cục trưởng", "Lao động tiên tiến", "N00007", nil, 2021})
	book[len(book)-1].rows = last
	bad := filepath.Join(dir, "sai.xlsx")
	writeXLSX(t, bad, book...)
	c, out, errs := cmd(t, "import", "-db", pg, bad)
	if c != exitData {
		t.Fatalf("import of a bad workbook: exit %d, want 1\n%s%s", c, out, errs)
	}
	t.Logf("refused: %s", errs)
	if after, n := pgDump(t, admin, schema); after != before || n != rows {
		t.Errorf("a refused import changed the database: %d rows, was %d", n, rows)
	}
}

// TestPostgresCopyFailsMidway copies into a PostgreSQL database that
// refuses the decisions after it took the units and people: the target is
// as it was, row for row.
func TestPostgresCopyFailsMidway(t *testing.T) {
	pg, schema, admin := pgSchema(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "nguon.db")
	writeXLSX(t, filepath.Join(dir, "d.xlsx"), sampleBook()...)
	if c, _, errs := cmd(t, "import", "-db", src, filepath.Join(dir, "d.xlsx")); c != 0 {
		t.Fatalf("import into SQLite: exit %d: %s", c, errs)
	}
	// The target has other units and people, and a decision numbered as
	// one of the source's.
	awards := awardsBook("TINH", 30, 2019, 2020)
	for _, r := range awards.rows[1:] {
		if r[0] == "1/QĐ-TINH" {
			r[0] = "10/QĐ-CTHADS"
		}
	}
	writeXLSX(t, filepath.Join(dir, "dich.xlsx"), append(bigBook("TINH", 30, 2019, 2020), awards)...)
	if c, _, errs := cmd(t, "import", "-db", pg, filepath.Join(dir, "dich.xlsx")); c != 0 {
		t.Fatalf("import into PostgreSQL: exit %d: %s", c, errs)
	}
	before, rows := pgDump(t, admin, schema)
	c, out, errs := cmd(t, "copy", "-from", src, "-to", pg)
	if c != exitData {
		t.Fatalf("copy onto a clashing decision: exit %d, want 1\n%s%s", c, out, errs)
	}
	if !strings.Contains(out, "Đã sao chép: tổ chức, cán bộ") || !strings.Contains(errs, "khen thưởng") {
		t.Fatalf("the copy did not fail midway, after the units and people:\n%s%s", out, errs)
	}
	t.Logf("refused midway:\n%s%s", out, errs)
	if after, n := pgDump(t, admin, schema); after != before || n != rows {
		t.Errorf("a failed copy changed the target: %d rows, was %d", n, rows)
	}
}

// TestPostgresImportKilled kills the command (SIGKILL) while it stores a
// large workbook into PostgreSQL: the database is row for row as before;
// the next command drops the private schema the killed one left, and
// stores the workbook whole.
func TestPostgresImportKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and imports 30.000 rows")
	}
	pg, schema, admin := pgSchema(t)
	bin := binary(t)
	dir := t.TempDir()
	writeXLSX(t, filepath.Join(dir, "d.xlsx"), sampleBook()...)
	if c, _, errs := cmd(t, "import", "-db", pg, filepath.Join(dir, "d.xlsx")); c != 0 {
		t.Fatalf("import: exit %d: %s", c, errs)
	}
	before, rows := pgDump(t, admin, schema)
	big := filepath.Join(dir, "lon.xlsx")
	writeXLSX(t, big, bigBook("TINH", 3000, 2016, 2025)...)
	// Storing has started when the command's private schema holds rated
	// years of the workbook's staff.
	var prefix string
	stored := 0
	killWhen(t, bin, []string{"import", "-db", pg, big}, func(pid int) bool {
		prefix = fmt.Sprintf("%s%d_", workSchemaPrefix, pid)
		if ws := workSchemas(t, admin, prefix); len(ws) == 1 {
			admin.QueryRow(`SELECT COUNT(*) FROM ` + ident(ws[0]) + `.org_person_years WHERE person LIKE 'N%'`).Scan(&stored) //nolint:errcheck
		}
		return stored >= 1000
	})
	t.Logf("killed with %d yearly records stored in its private schema", stored)
	// The server ends the killed command's session when it sees the
	// connection closed; until then its lock holds the tables.
	if after, n := pgDump(t, admin, schema); after != before || n != rows {
		t.Fatalf("the killed import changed the database: %d rows, was %d", n, rows)
	}
	if left := workSchemas(t, admin, prefix); len(left) != 1 {
		t.Fatalf("private schema of the killed import: %v, want one left", left)
	}
	want := counts(t, pg)
	c, o, errs := cmd(t, "import", "-db", pg, big)
	if c != 0 {
		t.Fatalf("second import: exit %d\n%s%s", c, o, errs)
	}
	if got := counts(t, pg); got[1] != want[1]+3000 || got[2] != want[2]+30000 {
		t.Errorf("after the import: %v, want %d people and %d person-years", got, want[1]+3000, want[2]+30000)
	}
	if left := workSchemas(t, admin, prefix); len(left) > 0 {
		t.Errorf("the next import left the killed one's private schema: %v", left)
	}
}
