package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	// Drivers: SQLite (pure Go) for files, pgx for postgres:// URLs.
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardimport"
	"github.com/thidua-go/thidua/award/awardsql"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaignsql"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/contribution/contributionsql"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgimport"
	"github.com/thidua-go/thidua/org/orgsql"
)

// Exit codes.
const (
	exitOK    = 0
	exitData  = 1 // bad data, a store or file error
	exitUsage = 2 // bad command line
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `thidua — emulation and commendation (thi đua, khen thưởng) data from the command line.

Usage:
  thidua init     -db FILE|URL                  create or migrate the database (cơ sở dữ liệu)
  thidua template -o FILE.xlsx                  write the empty import workbook (biểu mẫu nhập liệu)
  thidua import   -db FILE WORKBOOK.xlsx|DIR    import a workbook or a folder of CSV files, all or nothing
  thidua screen   -db FILE -unit ID -year N     screen eligibility (xét điều kiện thi đua, khen thưởng)
  thidua report   -db FILE -unit ID -from Y -to Y -format F -o FILE
                                                period summary (báo cáo tổng kết) and documents
  thidua forms    -db FILE -unit ID -year N -o FILE.xlsx
                                                yearly statistics forms (biểu thống kê, TT 02/2023/TT-BNV)
  thidua copy     -from FILE|URL -to FILE|URL   copy all data between databases

-db is a SQLite file or a postgres:// URL. Run "thidua COMMAND -h" for a command's flags.
Exit status: 0 success, 1 data errors, 2 usage errors.
`

// run runs the command line args (without the program name) and returns
// the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmds := map[string]func(context.Context, []string, io.Writer, io.Writer) int{
		"init": cmdInit, "template": cmdTemplate, "import": cmdImport, "screen": cmdScreen,
		"report": cmdReport, "forms": cmdForms, "copy": cmdCopy,
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "thidua: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	return c(context.Background(), args[1:], stdout, stderr)
}

// newFlags makes the flag set of a command, with its usage text.
func newFlags(name, synopsis, about string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: thidua %s %s\n\n%s\n\nFlags:\n", name, synopsis, about)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args; it returns -1 to go on, or the exit code.
func parse(fs *flag.FlagSet, args []string, stdout io.Writer) int {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	return -1
}

// usageError prints msg and the command's usage and returns exitUsage.
func usageError(fs *flag.FlagSet, format string, a ...any) int {
	fmt.Fprintf(fs.Output(), "thidua %s: %s\n", fs.Name(), fmt.Sprintf(format, a...))
	fs.Usage()
	return exitUsage
}

// fail prints a data or store error and returns exitData. A database
// whose schema is newer than this program knows, or older than it needs,
// is said so in words, with what to do.
func fail(stderr io.Writer, cmd string, err error) int {
	switch {
	case errors.Is(err, orgsql.ErrSchemaTooNew):
		fmt.Fprintf(stderr, "thidua %s: cơ sở dữ liệu do phiên bản thidua mới hơn phiên bản này tạo hoặc nâng cấp; "+
			"phiên bản này không đọc, không ghi vào đó (hãy dùng phiên bản thidua mới hơn).\nChi tiết: %v\n", cmd, err)
	case errors.Is(err, orgsql.ErrSchemaTooOld):
		fmt.Fprintf(stderr, "thidua %s: cơ sở dữ liệu có lược đồ cũ hơn phiên bản này; "+
			"hãy chạy \"thidua init -db …\" để nâng cấp.\nChi tiết: %v\n", cmd, err)
	default:
		fmt.Fprintf(stderr, "thidua %s: lỗi: %v\n", cmd, err)
	}
	return exitData
}

// stores are the four stores of one database.
type stores struct {
	db           *sql.DB
	org          org.Store
	campaign     campaign.Store
	award        award.Store
	contribution contribution.Store
	catalogue    *award.Catalogue
}

func (s *stores) Close() error { return s.db.Close() }

// isPostgres tells whether dsn names a PostgreSQL database.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// sqliteDSN opens path with foreign keys on, the WAL journal, a busy
// timeout and immediate write transactions, as the SQL stores recommend.
func sqliteDSN(path string) string {
	return "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_txlock=immediate"
}

// openDB opens the database dsn names: a postgres:// URL with pgx, anything
// else as a SQLite file. With create false, a SQLite file must exist.
func openDB(dsn string, create bool) (*sql.DB, error) {
	if dsn == "" {
		return nil, errors.New("no database given")
	}
	if isPostgres(dsn) {
		return sql.Open("pgx", dsn)
	}
	if !create {
		if _, err := os.Stat(dsn); err != nil {
			return nil, fmt.Errorf("cơ sở dữ liệu %s chưa có (chạy \"thidua init -db %s\" trước): %w", dsn, dsn, err)
		}
	}
	return sql.Open("sqlite", sqliteDSN(dsn))
}

// migrate creates or migrates the four schemas. A database written by a
// newer version is refused by the stores' Migrate.
func migrate(ctx context.Context, db *sql.DB) error {
	for _, m := range []func(context.Context, *sql.DB) error{orgsql.Migrate, campaignsql.Migrate, awardsql.Migrate, contributionsql.Migrate} {
		if err := m(ctx, db); err != nil {
			return err
		}
	}
	return nil
}

// openStores opens the database and its four stores, migrating the schemas
// when create is set.
func openStores(ctx context.Context, dsn string, create bool) (*stores, error) {
	db, err := openDB(dsn, create)
	if err != nil {
		return nil, err
	}
	s, err := storesOn(ctx, db, create)
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func storesOn(ctx context.Context, db *sql.DB, create bool) (*stores, error) {
	if create {
		if err := migrate(ctx, db); err != nil {
			return nil, err
		}
	}
	s := &stores{db: db, catalogue: award.DefaultCatalogue()}
	var err error
	if s.org, err = orgsql.Open(ctx, db); err != nil {
		return nil, err
	}
	if s.campaign, err = campaignsql.Open(ctx, db, campaignsql.WithOptions(&campaign.Options{Directory: s.org})); err != nil {
		return nil, err
	}
	// Decisions and nominations are checked against the organisation.
	if s.award, err = awardsql.Open(ctx, db, award.WithCatalogue(s.catalogue), award.WithDirectory(s.org)); err != nil {
		return nil, err
	}
	movements := contribution.MovementsFunc(func(ctx context.Context, id string) (thidua.Period, error) {
		m, err := s.campaign.Movement(ctx, campaign.MovementID(id))
		return m.Period, err
	})
	if s.contribution, err = contributionsql.Open(ctx, db, contributionsql.WithOptions(&contribution.Options{Movements: movements})); err != nil {
		return nil, err
	}
	return s, nil
}

func cmdInit(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", "-db FILE|URL", "Creates the database (cơ sở dữ liệu), or migrates it to this version's schema.\nA database written by a newer version is refused.", stderr)
	dbf := fs.String("db", "", "SQLite file or postgres:// URL (required)")
	if c := parse(fs, args, stdout); c >= 0 {
		return c
	}
	if *dbf == "" || fs.NArg() > 0 {
		return usageError(fs, "-db is required and no arguments are taken")
	}
	s, err := openStores(ctx, *dbf, true)
	if err != nil {
		return fail(stderr, "init", err)
	}
	defer s.Close()
	fmt.Fprintf(stdout, "Đã khởi tạo cơ sở dữ liệu %s.\n", *dbf)
	return exitOK
}

func cmdTemplate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("template", "-o FILE.xlsx", "Writes the empty import workbook (biểu mẫu nhập liệu): a sheet of instructions (hướng dẫn),\nthen one sheet per kind of record: units (Đơn vị), staff (Cán bộ), ratings (Xếp loại),\nabsences (Ngày nghỉ), disciplines (Kỷ luật), initiatives (Sáng kiến), awards (Khen thưởng).", stderr)
	out := fs.String("o", "", "the workbook to write (required)")
	sample := fs.Bool("sample", false, "write a filled-in sample workbook (dữ liệu mẫu: 3 units, 60 staff, 2019-2023) instead")
	if c := parse(fs, args, stdout); c >= 0 {
		return c
	}
	if *out == "" || fs.NArg() > 0 {
		return usageError(fs, "-o is required and no arguments are taken")
	}
	write, what := awardimport.WriteTemplate, "biểu mẫu nhập liệu"
	if *sample {
		write, what = writeSample, "dữ liệu mẫu"
	}
	if err := writeFile(*out, write); err != nil {
		return fail(stderr, "template", err)
	}
	fmt.Fprintf(stdout, "Đã ghi %s %s.\n", what, *out)
	return exitOK
}

// writeFile writes a file through write, removing it on error.
func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		os.Remove(name)
		return err
	}
	return f.Close()
}

// isTerminal tells whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func cmdImport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "-db FILE|URL WORKBOOK.xlsx|DIR-of-CSV", "Imports a workbook (.xlsx), one CSV file, or a folder of CSV files named by their sheets\n(\"Cán bộ.csv\"), all or nothing: every row of every sheet is checked before anything is\nstored. On problems, every one is listed as sheet, row, column and message, nothing is\nstored and the exit status is 1.", stderr)
	dbf := fs.String("db", "", "SQLite file or postgres:// URL (required)")
	quiet := fs.Bool("q", false, "no progress line, even on a terminal")
	if c := parse(fs, args, stdout); c >= 0 {
		return c
	}
	if *dbf == "" || fs.NArg() != 1 {
		return usageError(fs, "-db and one workbook are required")
	}
	in := fs.Arg(0)
	st, err := os.Stat(in)
	if err != nil {
		return fail(stderr, "import", err)
	}
	var progress func(done, total int)
	if !*quiet && stderr == io.Writer(os.Stderr) && isTerminal(os.Stderr) {
		var start, shown time.Time
		progress = func(done, total int) {
			now := time.Now()
			if start.IsZero() { // the first call: the checks are over, storing starts
				start = now
			}
			// A line each tenth of a second at most, and the last; the
			// rate once it means something.
			if done != total && now.Sub(shown) < 100*time.Millisecond {
				return
			}
			shown = now
			fmt.Fprintf(stderr, "\rĐã ghi %d/%d dòng", done, total)
			if d := now.Sub(start); d >= 500*time.Millisecond {
				fmt.Fprintf(stderr, " (%.0f dòng/giây)", float64(done)/d.Seconds())
			}
			if done == total {
				fmt.Fprintln(stderr)
			}
		}
	}
	start := time.Now()
	var sum awardimport.Summary
	// The import runs on a copy of the database (of the SQLite file, or in a
	// private PostgreSQL schema), swapped in at the end in one transaction:
	// failed or killed half-way, it leaves the database as it was.
	err = atomically(ctx, *dbf, func(s *stores) error {
		var err error
		opts := awardimport.Options{Catalogue: s.catalogue, Progress: progress}
		ist := awardimport.Stores{Org: s.org, Campaign: s.campaign, Award: s.award}
		if st.IsDir() {
			sum, err = importDir(ctx, ist, in, opts)
		} else {
			sum, err = awardimport.ImportFile(ctx, ist, in, opts)
		}
		return err
	})
	if err != nil {
		var ie *orgimport.Error
		if errors.As(err, &ie) {
			fmt.Fprintf(stderr, "Không nhập được %s: %d lỗi, chưa ghi dữ liệu nào.\n", in, len(ie.Problems))
			fmt.Fprintln(stderr, "Sheet\tDòng\tCột\tLỗi")
			for _, p := range ie.Problems {
				col := p.Col
				if p.Column != "" {
					col += " (" + p.Column + ")"
				}
				fmt.Fprintf(stderr, "%s\t%d\t%s\t%s\n", p.Sheet, p.Row, col, p.Message)
			}
			return exitData
		}
		return fail(stderr, "import", err)
	}
	fmt.Fprintf(stdout, "Đã nhập %s (%d dòng, %s):\n", in, sum.Rows, time.Since(start).Round(time.Millisecond))
	o := sum.Org
	fmt.Fprintf(stdout, "Đơn vị: %d; cán bộ: %d; chức vụ: %d; xếp loại cá nhân: %d; xếp loại tập thể: %d; kỷ luật: %d\n",
		o.Units, o.People, o.Posts, o.PersonYears, o.UnitYears, o.Disciplines)
	fmt.Fprintf(stdout, "Sáng kiến: %d; tác giả: %d\n", sum.Campaign.Initiatives, sum.Campaign.Authors)
	fmt.Fprintf(stdout, "Quyết định khen thưởng: %d; lượt khen thưởng: %d\n", sum.Decisions, sum.Grants)
	return exitOK
}

// importDir imports the CSV files of dir as the sheets of one workbook.
func importDir(ctx context.Context, st awardimport.Stores, dir string, opts awardimport.Options) (awardimport.Summary, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return awardimport.Summary{}, err
	}
	if len(paths) == 0 {
		return awardimport.Summary{}, fmt.Errorf("thư mục %s không có tệp .csv nào", dir)
	}
	sort.Strings(paths)
	var names []string
	var files []io.Reader
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return awardimport.Summary{}, err
		}
		defer f.Close()
		names = append(names, filepath.Base(p))
		files = append(files, f)
	}
	return awardimport.ImportCSV(ctx, st, names, files, opts)
}

// readFile reads a whole text file.
func readFile(name string) (string, error) {
	b, err := os.ReadFile(name)
	return string(b), err
}
