package main

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/internal/golden"
	"github.com/thidua-go/thidua/internal/sqltest"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// seedFigures are the figures of the achievements paragraph of the article
// (shared/seed/dongthap-thads-2015-2020.txt), in its words.
var seedFigures = []string{
	"hơn 50.000.000 đồng",
	"12 cây cầu",
	"25 căn nhà tình nghĩa",
	"60 căn nhà tình thương",
	"110.000.000 đồng",
	"Huân chương Lao động hạng Ba cho 01 tập thể",
	"Cờ Thi đua ngành Tư pháp cho 10 tập thể (Cục Thi hành án dân sự 03 lần và Chi cục Thi hành án dân sự cấp huyện 07 lần)",
	"Bằng khen của Bộ trưởng Bộ Tư pháp và Chủ tịch Ủy ban nhân dân Tỉnh cho 19 tập thể và 49 cá nhân",
	"Chiến sỹ thi đua ngành Tư pháp cho 03 cá nhân",
	"năm 2019 Cục Thi hành án dân sự được tặng thưởng Cờ Thi đua Ngành Tư pháp",
	"đang đề nghị Thủ tướng Chính phủ tặng Cờ Thi đua",
	"đang đề nghị tặng Huân chương Lao động hạng Ba cho nguyên Cục trưởng Cục Thi hành án dân sự và Bằng khen của Thủ tướng Chính phủ cho 01 đồng chí Chi cục trưởng",
	"trong 05 năm qua",
	"phát động từ 01 đến 03 đợt cao điểm",
}

// memory builds the example's stores in memory.
func memory(t *testing.T) *stores {
	t.Helper()
	s, err := build(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func render(t *testing.T, format string) string {
	t.Helper()
	return renderFrom(t, memory(t), format)
}

func renderFrom(t *testing.T, s *stores, format string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := run(context.Background(), &buf, s, format); err != nil {
		t.Fatalf("run(%s): %v", format, err)
	}
	return buf.String()
}

func TestArticleStatesEveryFigure(t *testing.T) {
	out := render(t, "article")
	for _, f := range seedFigures {
		if !strings.Contains(out, f) {
			t.Errorf("output lacks %q", f)
		}
	}
	// The figures are the article's own words: check them against the seed
	// when the shared folder is beside the repository.
	seed, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "seed", "dongthap-thads-2015-2020.txt"))
	if err != nil {
		t.Logf("seed article not found (%v); checked against the copied figures only", err)
		return
	}
	// The published text has a no-break space after "năm 2019"; the
	// library writes ordinary spaces.
	text := strings.ReplaceAll(string(seed), "\u00a0", " ")
	for _, f := range seedFigures {
		if !strings.Contains(text, f) {
			t.Errorf("figure %q is not in the seed article", f)
		}
	}
	// The whole achievements paragraph, word for word.
	const first, last = "Với quyết tâm chung", "Chi cục trưởng."
	i := strings.Index(text, first)
	j := strings.Index(text[max(i, 0):], last)
	k := strings.Index(out, first)
	if i < 0 || j < 0 || k < 0 {
		t.Fatalf("achievements paragraph not found (seed %d, %d; output %d)", i, j, k)
	}
	want := text[i : i+j+len(last)]
	got := strings.TrimSpace(out[k:])
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("achievements paragraph differs from the article (-article +output):\n%s", diff)
	}
}

func TestGolden(t *testing.T) {
	for _, format := range []string{"article", "text", "markdown", "html", "csv", "json"} {
		t.Run(format, func(t *testing.T) {
			got := render(t, format)
			path := filepath.Join("testdata", "dongthap."+format+".golden")
			golden.Check(t, path, []byte(got))
		})
	}
}

// The figures come from the data: one more flag for a branch, and the
// sentence counts it.
func TestFiguresFollowTheData(t *testing.T) {
	ctx := context.Background()
	s, err := build(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d := &decision{id: "btp-2020-bs", number: "300/QĐ-BTP", date: day(2020, 3, 2), issuer: boTuPhap, signer: "Bộ trưởng Bộ Tư pháp"}
	d.give(award.CoBo, award.UnitRecipient("cc-tam-nong"), 2019)
	err = s.award.AddDecision(ctx, award.Decision{ID: d.id, Number: mustDoc(t, d.number), Date: d.date, Issuer: d.issuer, SignerTitle: d.signer, Grants: d.grants})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := report.BuildSummary(ctx, s.sources(), request())
	if err != nil {
		t.Fatal(err)
	}
	got := phrases().AwardPhrases(sum)[1]
	want := "Cờ Thi đua ngành Tư pháp cho 11 tập thể (Cục Thi hành án dân sự 03 lần và Chi cục Thi hành án dân sự cấp huyện 08 lần)"
	if got != want {
		t.Errorf("after one more flag:\n got %q\nwant %q", got, want)
	}
}

func mustDoc(t *testing.T, s string) thidua.DocNumber {
	t.Helper()
	n, err := thidua.ParseDocNumber(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// A ministry's own template file renders with no Go code.
func TestCustomTemplateFile(t *testing.T) {
	var buf bytes.Buffer
	if err := runTemplate(context.Background(), &buf, memory(t), filepath.Join("templates", "tom-tat.tmpl")); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "tom-tat.golden")
	golden.Check(t, path, buf.Bytes())
	if err := runTemplate(context.Background(), &buf, memory(t), filepath.Join("templates", "khong-co.tmpl")); err == nil {
		t.Errorf("a missing template file did not fail")
	}
}

// With -db the data is kept in a SQLite file: the first run stores it, the
// second reads it back, and both print the same bytes as the memory stores
// in every format.
func TestSQLiteFileGivesTheSameOutput(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dongthap.db")
	mem := memory(t)
	for run := 1; run <= 2; run++ {
		s, closeDB, err := load(ctx, path)
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		for _, format := range []string{"article", "text", "markdown", "html", "csv", "json"} {
			want := renderFrom(t, mem, format)
			if got := renderFrom(t, s, format); got != want {
				t.Errorf("run %d, %s from SQLite differs from memory (-want +got):\n%s", run, format, cmp.Diff(want, got))
			}
		}
		if err := closeDB(); err != nil {
			t.Fatal(err)
		}
	}
	// The second run read the file: nothing was copied twice.
	s, closeDB, err := load(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer closeDB()
	for _, check := range []struct {
		name      string
		mem, file func(*stores) (int, error)
	}{
		{"units", countUnits, countUnits},
		{"entries", countEntries, countEntries},
	} {
		m, err1 := check.mem(mem)
		f, err2 := check.file(s)
		if err1 != nil || err2 != nil || m != f || m == 0 {
			t.Errorf("%s: memory %d (%v), file %d (%v)", check.name, m, err1, f, err2)
		}
	}
}

func countUnits(s *stores) (int, error) {
	us, err := s.org.Units(context.Background(), org.UnitFilter{})
	return len(us), err
}

func countEntries(s *stores) (int, error) {
	es, err := s.contribution.List(context.Background(), contribution.Filter{})
	return len(es), err
}

// The copy functions move the example's data from memory to SQLite and on
// to PostgreSQL (when THIDUA_TEST_POSTGRES names a server) unchanged: the
// summary from PostgreSQL has the same bytes.
func TestCopyMemorySQLitePostgres(t *testing.T) {
	ctx := context.Background()
	lite, closeDB, err := load(ctx, filepath.Join(t.TempDir(), "dongthap.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer closeDB()
	pg, err := openStores(ctx, sqltest.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := copyStores(ctx, pg, lite); err != nil {
		t.Fatal(err)
	}
	mem := memory(t)
	for _, format := range []string{"article", "json"} {
		if want, got := renderFrom(t, mem, format), renderFrom(t, pg, format); got != want {
			t.Errorf("%s from PostgreSQL differs from memory (-want +got):\n%s", format, cmp.Diff(want, got))
		}
	}
}

// A file with only part of the data (a first run interrupted between the
// copies of the stores) is refused, not summarised.
func TestInterruptedFileIsRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dongthap.db")
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	s, err := openStores(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if err := org.Copy(ctx, s.org, memory(t).org); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, _, err := load(ctx, path); err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Fatalf("load of a half-filled file = %v, want an error", err)
	}
}
