package document_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/golden"
	"github.com/thidua-go/thidua/report/document"
)

// documents builds the standard documents of the fixture.
func documents(t *testing.T) map[string]document.Document {
	t.Helper()
	ctx := context.Background()
	src := newFixture(t).sources()
	signer := document.Signer{Title: "Cục trưởng", Name: "Nguyễn Văn An"}
	collective, err := document.CollectiveReport(ctx, src, document.CollectiveRequest{
		Unit:   "cuc-dt",
		Period: thidua.Years(2016, 2020),
		Heading: document.Heading{
			Number: thidua.MustParseDocNumber("05/BC-CTHADS"), Place: "Đồng Tháp", Date: day(2021, time.January, 15),
		},
		Proposed: award.HCLD2,
		Address:  "Số 5, đường Nguyễn Huệ, phường 1, thành phố Cao Lãnh, tỉnh Đồng Tháp",
		Details:  []document.Field{{Label: "Điện thoại", Value: "0277 3851 234"}},
		History:  []string{"Cục Thi hành án dân sự tỉnh Đồng Tháp được thành lập theo Quyết định số 1059/QĐ-BTP  ngày 30/9/2009."},
		Sections: []document.Section{
			{Title: "Chức năng, nhiệm vụ được giao", Paragraphs: []string{"Tổ chức thi hành án dân sự trên địa bàn tỉnh."}},
			{Title: "Kết quả đạt được", Paragraphs: []string{"Năm 2020 thi hành xong 96,2% số việc có điều kiện.", "Thu hồi cho ngân sách nhà nước hơn 50.000.000 đồng."}},
		},
		Signer: signer,
	})
	if err != nil {
		t.Fatal(err)
	}
	individual, err := document.IndividualReport(ctx, src, document.IndividualRequest{
		Person:   "p-an",
		Period:   thidua.Years(2016, 2020),
		Heading:  document.Heading{Place: "Đồng Tháp", Date: day(2021, time.January, 15)},
		Proposed: award.HCLD3,
		Details:  []document.Field{{Label: "Quê quán", Value: "huyện Cao Lãnh, tỉnh Đồng Tháp"}, {Label: "Trình độ chuyên môn", Value: "Cử nhân Luật"}},
		Sections: []document.Section{{Title: "Quyền hạn, nhiệm vụ được giao", Paragraphs: []string{"Phụ trách chung Cục Thi hành án dân sự tỉnh."}}},
		Signer:   document.Signer{Title: "Người báo cáo thành tích", Name: "Nguyễn Văn An"},
	})
	if err != nil {
		t.Fatal(err)
	}
	noms, err := document.NominationList(ctx, src, document.NominationRequest{
		Proposer: "cuc-dt",
		Heading: document.Heading{
			Number: thidua.MustParseDocNumber("12/TTr-CTHADS"), Place: "Đồng Tháp", Date: day(2021, time.January, 25),
		},
		Signer: signer,
	})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := document.StatisticsTable(ctx, src, document.StatisticsRequest{
		Unit:    "cuc-dt",
		Period:  thidua.Years(2019, 2020),
		Heading: document.Heading{Place: "Đồng Tháp", Date: day(2021, time.February, 5)},
	})
	if err != nil {
		t.Fatal(err)
	}
	return map[string]document.Document{"collective": collective, "individual": individual, "nominations": noms, "statistics": stats}
}

func TestGolden(t *testing.T) {
	docs := documents(t)
	r, err := document.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	formats := map[document.Format]string{document.Text: "txt", document.HTML: "html", document.Markdown: "md", document.CSV: "csv"}
	for name, doc := range docs {
		for f, ext := range formats {
			if f == document.CSV && name != "statistics" {
				continue
			}
			t.Run(name+"."+ext, func(t *testing.T) {
				var buf bytes.Buffer
				if err := r.Render(&buf, f, doc); err != nil {
					t.Fatal(err)
				}
				got := buf.String()
				if !norm.NFC.IsNormalString(got) {
					t.Error("output is not NFC")
				}
				path := filepath.Join("testdata", name+"."+ext+".golden")
				golden.Check(t, path, []byte(got))
			})
		}
	}
}
