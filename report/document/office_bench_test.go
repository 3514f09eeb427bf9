package document_test

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
)

// longReport is a collective achievement report of about 20 A4 pages:
// 12 sections of 6 paragraphs of about 110 words, five years of ratings,
// and tables of 60 titles and 60 forms of commendation. Its DOCX was
// checked with LibreOffice at 20 pages.
func longReport() *document.AchievementReport {
	para := strings.Repeat("Đơn vị đã tổ chức thực hiện tốt các nhiệm vụ chính trị được giao, "+
		"thi hành dứt điểm nhiều vụ việc phức tạp, kéo dài, thu hồi cho ngân sách nhà nước số tiền lớn; ", 4)
	rep := &document.AchievementReport{
		Heading: document.Heading{Parent: "Bộ Tư pháp", Agency: "Cục Thi hành án dân sự tỉnh Đồng Tháp",
			Number: thidua.MustParseDocNumber("05/BC-CTHADS"), Place: "Đồng Tháp", Date: day(2021, time.January, 15),
			Title: "Báo cáo thành tích", Subtitle: "Đề nghị tặng Huân chương Lao động hạng Nhì"},
		Period: thidua.Years(2016, 2020),
		Unit: &document.UnitDetails{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Staff: 250, Women: 90,
			Leaders: []document.Leader{{FullName: "Nguyễn Văn An", Gender: org.Male, Position: "Cục trưởng"}}},
		Signer:     document.Signer{Title: "Cục trưởng", Name: "Nguyễn Văn An"},
		Recipients: []string{"Tổng cục Thi hành án dân sự;", "Lưu: VT, TĐKT."},
	}
	for s := range 12 {
		sec := document.Section{Title: fmt.Sprintf("Kết quả thực hiện nhiệm vụ năm %d", 2009+s)}
		for range 6 {
			sec.Paragraphs = append(sec.Paragraphs, para)
		}
		rep.Sections = append(rep.Sections, sec)
	}
	for y := 2016; y <= 2020; y++ {
		rep.Ratings = append(rep.Ratings, document.YearRating{Year: y, Rating: org.Excellent})
	}
	for i := range 60 {
		row := document.AwardRow{Code: award.CoBo, Award: "Cờ thi đua cấp bộ, ngành, tỉnh", Years: fmt.Sprint(1961 + i),
			Decision: thidua.MustParseDocNumber(fmt.Sprintf("%d/QĐ-BTP", 100+i)), DecisionDate: day(1962+i, time.January, 15),
			Issuer: "Bộ trưởng Bộ Tư pháp"}
		rep.Titles = append(rep.Titles, row)
		row.Award = "Bằng khen cấp bộ, ngành, tỉnh"
		rep.Forms = append(rep.Forms, row)
	}
	return rep
}

// BenchmarkAchievement20Pages writes the 20-page report as DOCX (target
// ≤ 50 ms) and, as baselines in the same run, as plain text and HTML
// through the templates, and as XLSX.
func BenchmarkAchievement20Pages(b *testing.B) {
	rep := longReport()
	r, err := document.NewRenderer()
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range []document.Format{document.DOCX, document.Text, document.HTML, document.XLSX} {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := r.Render(io.Discard, f, rep); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
