package awardimport_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardimport"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/xlsx"
)

// sheetData is a sheet of a test workbook: its name and rows of cells,
// each a string (a text cell), an int (a number cell), a thidua.Date (a
// date cell) or nil (an empty cell).
type sheetData struct {
	name string
	rows [][]any
}

// workbook writes the sheets as an XLSX file with the library's writer.
func workbook(t testing.TB, sheets ...sheetData) []byte {
	t.Helper()
	wb := xlsx.New()
	for _, sd := range sheets {
		s := wb.AddSheet(sd.name)
		for _, r := range sd.rows {
			cells := make([]xlsx.Cell, len(r))
			for i, v := range r {
				switch v := v.(type) {
				case nil:
					cells[i] = xlsx.Text("")
				case string:
					cells[i] = xlsx.Text(v)
				case int:
					cells[i] = xlsx.Int(v)
				case thidua.Date:
					cells[i] = xlsx.Date(v)
				default:
					t.Fatalf("unsupported cell %T", v)
				}
			}
			s.AddRow(cells...)
		}
	}
	b, err := wb.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type stores struct {
	org      *org.MemStore
	campaign *campaign.MemStore
	award    *award.MemStore
}

func newStores() stores {
	o := org.NewMemStore()
	return stores{o, campaign.NewMemStore(&campaign.Options{Directory: o}), award.NewMemStore()}
}

func (s stores) Stores() awardimport.Stores {
	return awardimport.Stores{Org: s.org, Campaign: s.campaign, Award: s.award}
}

// counts returns how many records of each kind the stores hold.
func (s stores) counts(t testing.TB) [6]int {
	t.Helper()
	ctx := context.Background()
	us, err := s.org.Units(ctx, org.UnitFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ps, _ := s.org.People(ctx, org.PeopleFilter{})
	pys, _ := s.org.PersonYears(ctx, org.YearFilter{})
	ds, _ := s.org.Disciplines(ctx, org.DisciplineFilter{})
	ins, _ := s.campaign.Initiatives(ctx, campaign.InitiativeFilter{})
	gs, _ := s.award.Grants(ctx, award.GrantFilter{IncludeRevoked: true})
	return [6]int{len(us), len(ps), len(pys), len(ds), len(ins), len(gs)}
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

func importBytes(t testing.TB, s stores, data []byte, opts awardimport.Options) (awardimport.Summary, error) {
	t.Helper()
	return awardimport.ImportXLSX(context.Background(), s.Stores(), bytes.NewReader(data), int64(len(data)), opts)
}

func d(s string) thidua.Date { return thidua.MustParseDate(s) }

// fixture is a small workbook with every sheet: three units, three people
// (one with two posts), ratings with abbreviations and full words, an
// absence, a discipline, an initiative with two authors and two decisions.
func fixture() []sheetData {
	return []sheetData{
		{"Đơn vị", [][]any{
			{"DANH SÁCH ĐƠN VỊ"},
			{"STT", "Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Cấp", "Mã đơn vị cấp trên", "Ngày thành lập", "Ngày kết thúc"},
			{1, "CC-CL", "Chi cục Thi hành án dân sự huyện Cao Lãnh", "Chi cục THADS Cao Lãnh", "chi-cuc", "CTHADS-DT", d("2009-07-01"), nil},
			{2, "CTHADS-DT", "Cục Thi hành án dân sự tỉnh Đồng Tháp", "Cục THADS Đồng Tháp", "cuc", "BTP", "01/07/2009", nil},
			{3, "BTP", "Bộ Tư pháp", "", "bo", nil, "01/01/1990", nil},
		}},
		{"Cán bộ", [][]any{
			{"Mã cán bộ", "HỌ VÀ TÊN", "Giới tính", "Ngày sinh", "Ngày tuyển dụng", "Mã đơn vị", "Chức vụ", "Từ ngày", "Đến ngày", "Kiêm nhiệm"},
			{"P001", "Nguyễn Văn An", "Nam", d("1980-03-15"), "01/08/2005", "CTHADS-DT", "Chấp hành viên", "01/01/2010", nil, nil},
			{"P001", nil, nil, nil, nil, "CC-CL", "Phó Chi cục trưởng", "01/01/2018", "31/12/2022", "x"},
			{"P002", "Trần Thị Hoà", "Nữ", "02/09/1985", "01/09/2008", "CC-CL", "Thư ký thi hành án", "01/09/2009", nil, nil},
			{1024, "Lê Văn Bình", "Nam", "10/10/1975", "01/01/2000", "CC-CL", "Chi cục trưởng", "01/01/2012", nil, nil},
		}},
		{"Xếp loại", [][]any{
			{"Mã cán bộ", "Họ và tên", "Mã đơn vị", "Năm", "Xếp loại", "Số ngày làm việc", "Vượt chỉ tiêu"},
			{"P001", "Nguyễn Văn An", nil, 2023, "HTXSNV", 250, nil},
			{"P002", "Trần Thị Hòa", "CC-CL", 2023, "Hoàn thành tốt nhiệm vụ", 130, nil},
			{"1024", nil, nil, 2023, "htnv", 240, nil},
			{nil, nil, "CTHADS-DT", 2023, "Hoàn thành xuất sắc nhiệm vụ", nil, "x"},
		}},
		{"Ngày nghỉ", [][]any{
			{"Mã cán bộ", "Năm", "Lý do nghỉ", "Số ngày"},
			{"P002", 2023, "Nghỉ thai sản", 120},
		}},
		{"Kỷ luật", [][]any{
			{"Mã cán bộ", "Hình thức kỷ luật", "Số quyết định", "Ngày quyết định", "Hiệu lực đến"},
			{"1024", "Khiển trách", "12/QĐ-CTHADS", "15/05/2023", "14/05/2024"},
		}},
		{"Sáng kiến", [][]any{
			{"Mã sáng kiến", "Tên sáng kiến", "Cấp công nhận", "Cơ quan công nhận", "Ngày công nhận", "Mã cán bộ", "Tỷ lệ đóng góp"},
			{"SK-01", "Giải pháp rút ngắn thời gian xác minh điều kiện thi hành án", "cơ sở", "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp", "10/11/2023", "P001", 60},
			{"SK-01", nil, nil, nil, nil, "P002", "40%"},
		}},
		{"Khen thưởng", [][]any{
			{"Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Mã đơn vị ban hành", "Chức vụ người ký", "Hình thức khen thưởng", "Mã cán bộ", "Họ và tên", "Mã đơn vị", "Năm", "Từ năm", "Đến năm"},
			{"15/QĐ-CTHADS", "20/01/2024", "Cục Thi hành án dân sự tỉnh Đồng Tháp", "CTHADS-DT", "Cục trưởng", "Chiến sĩ thi đua cơ sở", "P001", "Nguyễn Văn An", nil, 2023, nil, nil},
			{"15/QĐ-CTHADS", nil, nil, nil, nil, "Lao động tiên tiến", "P002", nil, nil, 2023, nil, nil},
			{"15/QĐ-CTHADS", nil, nil, nil, nil, "Tập thể lao động tiên tiến", nil, nil, "CC-CL", 2023, nil, nil},
			{"123/QĐ-BTP", d("2024-03-01"), "Bộ Tư pháp", "BTP", "Bộ trưởng Bộ Tư pháp", "Bằng khen cấp bộ", "P001", nil, nil, nil, 2019, 2023},
		}},
	}
}
