package csvw_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/thidua-go/thidua/internal/csvw"
)

func TestNeutralise(t *testing.T) {
	for _, c := range []struct{ in, want, reason string }{
		{"=1+1", "'=1+1", "formula"},
		{"+84 912", "'+84 912", "plus that is not a number"},
		{"-", "'-", "a lone dash"},
		{"- Như trên;", "'- Như trên;", "a list line"},
		{"@SUM(A1)", "'@SUM(A1)", "at sign"},
		{"\tx", "'\tx", "tab"},
		{"\rx", "'\rx", "carriage return"},
		{"-5", "-5", "negative number"},
		{"+3.25", "+3.25", "signed decimal"},
		{"-1+2", "'-1+2", "arithmetic is not a number"},
		{"-.5", "'-.5", "no digit before the point"},
		{"Đồng Tháp", "Đồng Tháp", "text"},
		{"", "", "empty"},
		{"a=b", "a=b", "equals inside"},
	} {
		if got := csvw.Neutralise(c.in); got != c.want {
			t.Errorf("%s: Neutralise(%q) = %q, want %q", c.reason, c.in, got, c.want)
		}
		if got := csvw.Restore(csvw.Neutralise(c.in)); got != c.in {
			t.Errorf("%s: Restore(Neutralise(%q)) = %q", c.reason, c.in, got)
		}
	}
	if got := csvw.Neutralise("'=1"); got != "''=1" {
		t.Errorf("Neutralise(\"'=1\") = %q, want \"''=1\"", got)
	}
	if got := csvw.Restore("'quoted'"); got != "'quoted'" {
		t.Errorf("Restore changed a field it did not neutralise: %q", got)
	}
}

func TestWriter(t *testing.T) {
	var b bytes.Buffer
	w := csvw.NewWriter(&b, &csvw.Options{BOM: true})
	in := [][]string{{"Mã", "Tên"}, {"=HYPERLINK(\"x\")", "-3"}, {"a,b", "dòng\nmới"}}
	if err := w.WriteAll(in); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, csvw.BOM+"Mã,") {
		t.Fatalf("no BOM before the first record: %q", out[:10])
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, csvw.BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"Mã", "Tên"}, {"'=HYPERLINK(\"x\")", "-3"}, {"a,b", "dòng\nmới"}}
	if diff := cmp.Diff(want, recs); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	if in[1][0] != "=HYPERLINK(\"x\")" {
		t.Error("Write modified the caller's record")
	}

	b.Reset()
	if err := csvw.NewWriter(&b, nil).WriteAll([][]string{{"x"}}); err != nil || b.String() != "x\n" {
		t.Errorf("defaults wrote %q, %v", b.String(), err)
	}
	b.Reset()
	if err := csvw.NewWriter(&b, &csvw.Options{BOM: true, Comma: ';', CRLF: true}).Flush(); err != nil || b.String() != csvw.BOM {
		t.Errorf("empty file with BOM: %q, %v", b.String(), err)
	}
}

func FuzzNeutralise(f *testing.F) {
	for _, s := range []string{"=1", "-5", "+", "'=1", "abc", "\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := csvw.Neutralise(s)
		if n != "" && strings.ContainsRune("=+-@\t\r", rune(n[0])) && n != s {
			t.Fatalf("Neutralise(%q) = %q starts with a formula character", s, n)
		}
		if r := csvw.Restore(n); r != s {
			t.Fatalf("Restore(Neutralise(%q)) = %q", s, r)
		}
	})
}

// TestNeutraliseLinear: a field of many apostrophes before a formula is
// neutralised with one allocation (the prefixed copy), not one a level of
// recursion, which made 64 KB of apostrophes cost gigabytes.
func TestNeutraliseLinear(t *testing.T) {
	f := strings.Repeat("'", 1<<12) + "=1+1"
	var got string
	allocs := testing.AllocsPerRun(10, func() { got = csvw.Neutralise(f) })
	if got != "'"+f {
		t.Fatalf("Neutralise of %d apostrophes and a formula: prefix missing", 1<<12)
	}
	if allocs > 1 {
		t.Errorf("Neutralise allocated %v times, want at most 1", allocs)
	}
	if r := csvw.Restore(got); r != f {
		t.Errorf("Restore did not give the field back")
	}
}
