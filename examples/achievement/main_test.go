package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/thidua-go/thidua/internal/golden"
)

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
	golden.Check(t, path, []byte(out))
}
