package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the golden file")

func TestAchievementReport(t *testing.T) {
	var buf bytes.Buffer
	if err := run(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !norm.NFC.IsNormalString(out) {
		t.Errorf("output is not NFC")
	}
	// The parts Nghị định 30/2020 and the forms of NĐ 98/2023 require.
	for _, want := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đồng Tháp, ngày 02 tháng 3 năm 2021", "BÁO CÁO THÀNH TÍCH", "Phạm Thị Dung"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	path := filepath.Join("testdata", "achievement.golden")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./examples/achievement -update)", err)
	}
	if diff := cmp.Diff(string(want), out); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
}
