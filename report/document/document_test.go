package document_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
)

func TestHeadingLines(t *testing.T) {
	tests := []struct {
		name      string
		h         document.Heading
		agency    []string
		number    string
		placeDate string
	}{{
		name:      "ministry and department, Vietnamese capitals",
		h:         document.Heading{Parent: "Bộ Tư pháp", Agency: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Number: thidua.DocNumber{Number: 5, Symbol: "QĐ-UBND"}, Place: "Đồng Tháp", Date: day(2024, time.February, 5)},
		agency:    []string{"BỘ TƯ PHÁP", "CỤC THI HÀNH ÁN DÂN SỰ TỈNH ĐỒNG THÁP"},
		number:    "Số: 05/QĐ-UBND",
		placeDate: "Đồng Tháp, ngày 05 tháng 02 năm 2024", // NĐ 30/2020: leading zero for days 1–9 and months 1–2
	}, {
		name:      "no leading zero from March, number above 9",
		h:         document.Heading{Agency: "Ủy ban nhân dân tỉnh Đồng Tháp", Number: thidua.MustParseDocNumber("123/QĐ-BTP"), Place: "Đồng Tháp", Date: day(2020, time.June, 22)},
		agency:    []string{"ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"},
		number:    "Số: 123/QĐ-BTP",
		placeDate: "Đồng Tháp, ngày 22 tháng 6 năm 2020",
	}, {
		name:      "decomposed input and extra spaces come out clean NFC",
		h:         document.Heading{Agency: "Cu\u0323c  Thi ha\u0300nh a\u0301n ", Date: day(2017, time.October, 1)},
		agency:    []string{"CỤC THI HÀNH ÁN"},
		placeDate: "ngày 01 tháng 10 năm 2017",
	}, {
		name: "nothing set: no lines",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.agency, tt.h.AgencyLines()); diff != "" {
				t.Errorf("AgencyLines (-want +got):\n%s", diff)
			}
			if got := tt.h.NumberLine(); got != tt.number {
				t.Errorf("NumberLine = %q, want %q", got, tt.number)
			}
			if got := tt.h.PlaceDateLine(); got != tt.placeDate {
				t.Errorf("PlaceDateLine = %q, want %q", got, tt.placeDate)
			}
		})
	}
}

func TestHeadingText(t *testing.T) {
	h := document.Heading{Parent: "Bộ Tư pháp", Agency: "Cục Thi hành án dân sự tỉnh Đồng Tháp",
		Number: thidua.MustParseDocNumber("05/QĐ-CTHADS"), Place: "Đồng Tháp", Date: day(2024, time.February, 5)}
	want := "" +
		"             BỘ TƯ PHÁP                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"CỤC THI HÀNH ÁN DÂN SỰ TỈNH ĐỒNG THÁP           Độc lập - Tự do - Hạnh phúc\n" +
		"              --------                                ---------------\n" +
		"          Số: 05/QĐ-CTHADS                  Đồng Tháp, ngày 05 tháng 02 năm 2024\n"
	// The right column ends at the edge of the 80-character page.
	last := strings.Split(want, "\n")[3]
	if n := utf8.RuneCountInString(last); n != 80 {
		t.Fatalf("test line has %d characters", n)
	}
	if diff := cmp.Diff(want, document.HeadingText(h)); diff != "" {
		t.Errorf("HeadingText (-want +got):\n%s", diff)
	}
}

func TestPersonLine(t *testing.T) {
	tests := []struct {
		name   string
		gender org.Gender
		full   string
		post   string
		unit   string
		want   string
	}{
		{"a man is Ông", org.Male, "Nguyễn Văn An", "Cục trưởng", "Cục Thi hành án dân sự tỉnh Đồng Tháp", "Ông Nguyễn Văn An, Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp"},
		{"a woman is Bà", org.Female, "Trần Thị Bình", "Chấp hành viên", "Chi cục Thi hành án dân sự huyện Cao Lãnh", "Bà Trần Thị Bình, Chấp hành viên Chi cục Thi hành án dân sự huyện Cao Lãnh"},
		{"unknown gender: no honorific", org.GenderUnknown, "Lê Hoà", "Chuyên viên", "", "Lê Hoà, Chuyên viên"},
		{"no post: name alone", org.Female, "Võ Thị Hoà", "", "", "Bà Võ Thị Hoà"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := document.PersonLine(tt.gender, tt.full, tt.post, tt.unit); got != tt.want {
				t.Errorf("PersonLine = %q, want %q", got, tt.want)
			}
		})
	}
	if document.Honorific(org.Male) != "Ông" || document.Honorific(org.Female) != "Bà" || document.Honorific(org.GenderUnknown) != "" {
		t.Error("Honorific: want Ông, Bà and nothing")
	}
}

func TestNominationGroupLine(t *testing.T) {
	names := func(n int) []document.Nominee { return make([]document.Nominee, n) }
	tests := []struct {
		name  string
		units int
		folks int
		want  string
	}{
		{"collectives only, padded count", 2, 0, "Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể"},
		{"both, joined with và", 2, 1, "Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể và 01 cá nhân"},
		{"individuals only", 0, 3, "Đề nghị tặng Huân chương Lao động hạng Ba: 03 cá nhân"},
		{"ten and above unpadded", 12, 10, "Đề nghị tặng Huân chương Lao động hạng Ba: 12 tập thể và 10 cá nhân"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := document.NominationGroup{Award: "Huân chương Lao động hạng Ba", Collectives: names(tt.units), Individuals: names(tt.folks)}
			if got := g.Line(); got != tt.want {
				t.Errorf("Line = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNominationList(t *testing.T) {
	ctx := context.Background()
	src := newFixture(t).sources()
	tests := []struct {
		name string
		req  document.NominationRequest
		want []string // group lines, then "  " + nominee lines
	}{{
		name: "pending by default, highest level first, rejected left out",
		req:  document.NominationRequest{Proposer: "cuc-dt", On: day(2021, time.January, 25)},
		want: []string{
			"Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể và 01 cá nhân",
			"  Chi cục Thi hành án dân sự huyện Cao Lãnh",
			"  Chi cục Thi hành án dân sự huyện Tháp Mười",
			"  Ông Nguyễn Văn An, Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp",
			"Đề nghị tặng Bằng khen của Thủ tướng Chính phủ: 02 cá nhân",
			"  Bà Trần Thị Bình, Phó Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp",
			"  Bà Võ Thị Hoà, Chuyên viên Cục Thi hành án dân sự tỉnh Đồng Tháp",
			"Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh: 01 cá nhân",
			"  Ông Lê Văn Cường, Chi cục trưởng Chi cục Thi hành án dân sự huyện Cao Lãnh",
		},
	}, {
		name: "states filter: the rejected one",
		req:  document.NominationRequest{Proposer: "cuc-dt", States: []award.State{award.Rejected}},
		want: []string{
			"Đề nghị tặng Bằng khen của Thủ tướng Chính phủ: 01 cá nhân",
			"  Ông Huỳnh Văn Em, Chấp hành viên Chi cục Thi hành án dân sự huyện Tháp Mười",
		},
	}, {
		name: "codes filter",
		req:  document.NominationRequest{Proposer: "cuc-dt", Codes: []award.Code{award.CSTDBo}},
		want: []string{
			"Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh: 01 cá nhân",
			"  Ông Lê Văn Cường, Chi cục trưởng Chi cục Thi hành án dân sự huyện Cao Lãnh",
		},
	}, {
		name: "a unit that proposed nothing",
		req:  document.NominationRequest{Proposer: "cc-cl"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := document.NominationList(ctx, src, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, g := range l.Groups {
				got = append(got, g.Line())
				for _, n := range g.Nominees() {
					got = append(got, "  "+n.Line)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
}

// A candidate proposed twice for the same award is listed once, with both
// nominations.
func TestNominationListMergesCandidate(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	n := award.Nomination{ID: "dn-cstd-cuong-2019", Subject: award.Subject{Kind: award.CSTDBo, Recipient: award.PersonRecipient("p-cuong"), Year: 2019},
		Proposer: "cuc-dt", Authority: "btp"}
	if _, err := award.Start(ctx, f.award, f.org, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc-dt"}, On: day(2021, time.January, 21)}); err != nil {
		t.Fatal(err)
	}
	l, err := document.NominationList(ctx, f.sources(), document.NominationRequest{Proposer: "cuc-dt", Codes: []award.Code{award.CSTDBo}})
	if err != nil {
		t.Fatal(err)
	}
	want := []document.NominationGroup{{
		Number: 1, Numeral: "I", Code: award.CSTDBo, Award: "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", Verb: "tặng danh hiệu", Level: award.LevelMinistry,
		Individuals: []document.Nominee{{
			Recipient: award.PersonRecipient("p-cuong"), Nominations: []string{"dn-cstd-cuong", "dn-cstd-cuong-2019"},
			Name: "Lê Văn Cường", Post: "Chi cục trưởng Chi cục Thi hành án dân sự huyện Cao Lãnh",
			Line: "Ông Lê Văn Cường, Chi cục trưởng Chi cục Thi hành án dân sự huyện Cao Lãnh",
		}},
	}}
	if diff := cmp.Diff(want, l.Groups); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
}

func TestIndividualReportLeavesOutRevoked(t *testing.T) {
	ctx := context.Background()
	rep, err := document.IndividualReport(ctx, newFixture(t).sources(), document.IndividualRequest{Person: "p-dung", Period: thidua.Years(2019, 2020)})
	if err != nil {
		t.Fatal(err)
	}
	// The Bằng khen of 45/QĐ-UBND was revoked: only the title remains.
	wantTitles := []document.AwardRow{{
		Grant: "g-ldtt-dung", Code: award.LDTT, Award: "Lao động tiên tiến", Years: "2019",
		Decision: thidua.MustParseDocNumber("15/QĐ-CTHADS"), DecisionDate: day(2020, time.January, 10),
		Issuer: "Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp",
	}}
	if diff := cmp.Diff(wantTitles, rep.Titles); diff != "" {
		t.Errorf("titles (-want +got):\n%s", diff)
	}
	if len(rep.Forms) != 0 {
		t.Errorf("forms = %v, want none (the only one was revoked)", rep.Forms)
	}
	wantPerson := &document.PersonDetails{
		ID: "p-dung", FullName: "Phạm Thị Dung", Gender: org.Female, Recruited: day(2008, time.August, 1),
		Post: "Chấp hành viên", Unit: "Chi cục Thi hành án dân sự huyện Cao Lãnh",
	}
	if diff := cmp.Diff(wantPerson, rep.Person); diff != "" {
		t.Errorf("person (-want +got):\n%s", diff)
	}
	wantHeading := document.Heading{
		Parent: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Agency: "Chi cục Thi hành án dân sự huyện Cao Lãnh",
		Title: document.AchievementTitle,
	}
	if diff := cmp.Diff(wantHeading, rep.Heading); diff != "" {
		t.Errorf("heading (-want +got):\n%s", diff)
	}
}

func TestCollectiveReportDetails(t *testing.T) {
	ctx := context.Background()
	src := newFixture(t).sources()
	tests := []struct {
		name string
		req  document.CollectiveRequest
		want document.UnitDetails
	}{{
		name: "the Cục alone; default leadership posts",
		req:  document.CollectiveRequest{Unit: "cuc-dt", Period: thidua.Years(2019, 2020)},
		want: document.UnitDetails{
			ID: "cuc-dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", ShortName: "Cục THADS Đồng Tháp",
			Leaders: []document.Leader{
				{Person: "p-an", FullName: "Nguyễn Văn An", Gender: org.Male, Position: "Cục trưởng"},
				{Person: "p-binh", FullName: "Trần Thị Bình", Gender: org.Female, Position: "Phó Cục trưởng"},
			},
			Staff: 3, Women: 2,
			Subunits: []string{"Chi cục Thi hành án dân sự huyện Cao Lãnh", "Chi cục Thi hành án dân sự huyện Tháp Mười"},
		},
	}, {
		name: "with its subunits; leadership posts given, spelled differently",
		req: document.CollectiveRequest{Unit: "cuc-dt", Period: thidua.Years(2019, 2020), IncludeSubunits: true,
			LeaderPosts: []string{"cục trưởng"}},
		want: document.UnitDetails{
			ID: "cuc-dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", ShortName: "Cục THADS Đồng Tháp",
			Leaders: []document.Leader{{Person: "p-an", FullName: "Nguyễn Văn An", Gender: org.Male, Position: "Cục trưởng"}},
			Staff:   6, Women: 3,
			Subunits: []string{"Chi cục Thi hành án dân sự huyện Cao Lãnh", "Chi cục Thi hành án dân sự huyện Tháp Mười"},
		},
	}, {
		name: "a Chi cục on a day before its head took office",
		req:  document.CollectiveRequest{Unit: "cc-cl", Period: thidua.Years(2014, 2014), On: day(2014, time.June, 30)},
		want: document.UnitDetails{ID: "cc-cl", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Staff: 1, Women: 1},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := document.CollectiveReport(ctx, src, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&tt.want, rep.Unit); diff != "" {
				t.Errorf("unit details (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStatisticsCodes(t *testing.T) {
	ctx := context.Background()
	st, err := document.StatisticsTable(ctx, newFixture(t).sources(), document.StatisticsRequest{
		Unit: "cc-cl", Period: thidua.Years(2019, 2020), Codes: []award.Code{award.CoChinhPhu, award.CoBo, award.LDTT},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []document.StatRow{
		{Code: award.CoChinhPhu, Award: "Cờ thi đua của Chính phủ", Collective: true, Years: []document.Counts{{}, {}}},
		{Code: award.CoBo, Award: "Cờ thi đua cấp bộ, ngành, tỉnh", Collective: true, Years: []document.Counts{{}, {Collectives: 1}}, Total: document.Counts{Collectives: 1}},
		// p-dung's LĐTT; her revoked Bằng khen is not asked for anyway.
		{Code: award.LDTT, Award: "Lao động tiên tiến", Individual: true, Years: []document.Counts{{}, {Individuals: 1}}, Total: document.Counts{Individuals: 1}},
	}
	if diff := cmp.Diff(want, st.Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if got, want := st.Totals.Total, (document.Counts{Collectives: 1, Individuals: 1}); got != want {
		t.Errorf("total = %+v, want %+v", got, want)
	}
	if st.Heading.Subtitle != "Giai đoạn 2019 - 2020" {
		t.Errorf("subtitle = %q", st.Heading.Subtitle)
	}
}

func TestBadInput(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	src := f.sources()
	years := thidua.Years(2019, 2020)
	badHeading := document.Heading{Number: thidua.DocNumber{Number: 0, Symbol: "QĐ-BTP"}}
	tests := []struct {
		name  string
		build func() error
		want  error
	}{
		{"unknown unit", func() error {
			_, err := document.CollectiveReport(ctx, src, document.CollectiveRequest{Unit: "nowhere", Period: years})
			return err
		}, thidua.ErrNotFound},
		{"unknown person", func() error {
			_, err := document.IndividualReport(ctx, src, document.IndividualRequest{Person: "nobody", Period: years})
			return err
		}, thidua.ErrNotFound},
		{"unknown proposer", func() error {
			_, err := document.NominationList(ctx, src, document.NominationRequest{Proposer: "nowhere"})
			return err
		}, thidua.ErrNotFound},
		{"unknown unit for statistics", func() error {
			_, err := document.StatisticsTable(ctx, src, document.StatisticsRequest{Unit: "nowhere", Period: years})
			return err
		}, thidua.ErrNotFound},
		{"empty period, collective", func() error {
			_, err := document.CollectiveReport(ctx, src, document.CollectiveRequest{Unit: "cuc-dt"})
			return err
		}, thidua.ErrInvalid},
		{"empty period, individual", func() error {
			_, err := document.IndividualReport(ctx, src, document.IndividualRequest{Person: "p-an"})
			return err
		}, thidua.ErrInvalid},
		{"empty period, statistics", func() error {
			_, err := document.StatisticsTable(ctx, src, document.StatisticsRequest{Unit: "cuc-dt"})
			return err
		}, thidua.ErrInvalid},
		{"open period: the table would have thousands of columns", func() error {
			_, err := document.StatisticsTable(ctx, src, document.StatisticsRequest{Unit: "cuc-dt", Period: thidua.Since(day(2019, time.January, 1))})
			return err
		}, thidua.ErrInvalid},
		{"period ending before it starts", func() error {
			_, err := document.CollectiveReport(ctx, src, document.CollectiveRequest{Unit: "cuc-dt",
				Period: thidua.Period{From: day(2020, time.January, 1), To: day(2019, time.January, 1)}})
			return err
		}, thidua.ErrInvalid},
		{"no unit", func() error {
			_, err := document.CollectiveReport(ctx, src, document.CollectiveRequest{Period: years})
			return err
		}, thidua.ErrInvalid},
		{"no person", func() error {
			_, err := document.IndividualReport(ctx, src, document.IndividualRequest{Period: years})
			return err
		}, thidua.ErrInvalid},
		{"no proposer", func() error {
			_, err := document.NominationList(ctx, src, document.NominationRequest{})
			return err
		}, thidua.ErrInvalid},
		{"no stores", func() error {
			_, err := document.CollectiveReport(ctx, document.Sources{}, document.CollectiveRequest{Unit: "cuc-dt", Period: years})
			return err
		}, thidua.ErrInvalid},
		{"proposed award unknown to the catalogue", func() error {
			_, err := document.IndividualReport(ctx, src, document.IndividualRequest{Person: "p-an", Period: years, Proposed: "huy-hieu"})
			return err
		}, thidua.ErrInvalid},
		{"statistics row unknown to the catalogue", func() error {
			_, err := document.StatisticsTable(ctx, src, document.StatisticsRequest{Unit: "cuc-dt", Period: years, Codes: []award.Code{"huy-hieu"}})
			return err
		}, thidua.ErrInvalid},
		{"bad document number in the heading", func() error {
			_, err := document.NominationList(ctx, src, document.NominationRequest{Proposer: "cuc-dt", Heading: badHeading})
			return err
		}, thidua.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.build()
			if !errors.Is(err, tt.want) {
				t.Fatalf("error = %v, want %v", err, tt.want)
			}
			var e *thidua.Error
			if !errors.As(err, &e) || !strings.HasPrefix(e.Op, "document: ") {
				t.Errorf("error %v is not a *thidua.Error of package document", err)
			}
		})
	}
}

// A cancelled context stops the builders with its error.
func TestContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := document.StatisticsTable(ctx, newFixture(t).sources(), document.StatisticsRequest{Unit: "cuc-dt", Period: thidua.Years(2019, 2020)})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
}

func TestEscaping(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	const evil = "Nguyễn <script>alert(1)</script> *Tư*"
	if err := f.org.AddPerson(ctx, org.Person{ID: "p-evil", FullName: evil, Gender: org.Male,
		Assignments: []org.Assignment{{Unit: "cc-tm", Position: "Thư ký", Period: thidua.Since(day(2015, time.January, 1))}}}); err != nil {
		t.Fatal(err)
	}
	rep, err := document.IndividualReport(ctx, f.sources(), document.IndividualRequest{Person: "p-evil", Period: thidua.Years(2019, 2020),
		Sections: []document.Section{{Title: "Kết quả", Paragraphs: []string{"a < b & c"}}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		f       document.Format
		want    []string
		notWant []string
	}{
		{document.HTML, []string{"Nguyễn &lt;script&gt;alert(1)&lt;/script&gt; *Tư*", "a &lt; b &amp; c"}, []string{"<script>"}},
		{document.Markdown, []string{`Nguyễn &lt;script&gt;alert(1)&lt;/script&gt; \*Tư\*`, "a &lt; b &amp; c"}, []string{"<script>"}},
		{document.Text, []string{evil, "a < b & c"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.f.String(), func(t *testing.T) {
			var buf bytes.Buffer
			if err := document.Render(&buf, tt.f, rep); err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.want {
				if !strings.Contains(buf.String(), s) {
					t.Errorf("output lacks %q", s)
				}
			}
			for _, s := range tt.notWant {
				if strings.Contains(buf.String(), s) {
					t.Errorf("output contains %q:\n%s", s, buf.String())
				}
			}
		})
	}
}

// Narrative given decomposed (NFD) is written in NFC.
func TestNarrativeNFC(t *testing.T) {
	ctx := context.Background()
	rep, err := document.CollectiveReport(ctx, newFixture(t).sources(), document.CollectiveRequest{
		Unit: "cc-cl", Period: thidua.Years(2019, 2020),
		Sections: []document.Section{{Title: "Ke\u0302\u0301t qua\u0309", Paragraphs: []string{"  Thi ha\u0300nh  xong  "}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []document.Section{{Title: "Kết quả", Paragraphs: []string{"Thi hành xong"}}}
	if diff := cmp.Diff(want, rep.Sections); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
}

// A unit carries on the history of the unit it was renamed from: its
// statistics and its achievement report count the predecessor's grants.
func TestDocumentsFollowPredecessors(t *testing.T) {
	ctx := context.Background()
	d := thidua.MustDate
	o := org.NewMemStore()
	cat := award.JusticeCatalogue()
	a := award.NewMemStore(award.WithCatalogue(cat))
	for _, u := range []org.Unit{
		{ID: "btp", Name: "Bộ Tư pháp", Exists: thidua.Since(d(1981, 10, 1))},
		{ID: "cuc-cu", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Parent: "btp", Exists: thidua.Period{From: d(2009, 10, 1), To: d(2025, 6, 30)}},
		{ID: "thads", Name: "Thi hành án dân sự tỉnh Đồng Tháp", Parent: "btp", Exists: thidua.Since(d(2025, 7, 1))},
	} {
		if err := o.AddUnit(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	if err := o.AddSuccession(ctx, org.Succession{Kind: org.Rename, Date: d(2025, 7, 1), From: []org.UnitID{"cuc-cu"}, To: []org.UnitID{"thads"}}); err != nil {
		t.Fatal(err)
	}
	if err := a.AddDecision(ctx, award.Decision{ID: "qd", Number: thidua.MustParseDocNumber("12/QĐ-BTP"), Date: d(2020, 1, 15), Issuer: "btp",
		SignerTitle: "Bộ trưởng Bộ Tư pháp", Grants: []award.Grant{{ID: "g", Subject: award.Subject{Kind: award.CoBo, Recipient: award.UnitRecipient("cuc-cu"), Year: 2019}}}}); err != nil {
		t.Fatal(err)
	}
	src := document.Sources{Org: o, Award: a, Catalogue: cat}
	st, err := document.StatisticsTable(ctx, src, document.StatisticsRequest{Unit: "thads", Period: thidua.Years(2019, 2020)})
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Totals.Total; got != (document.Counts{Collectives: 1}) {
		t.Errorf("statistics of the successor: total %+v, want the predecessor's flag", got)
	}
	rep, err := document.CollectiveReport(ctx, src, document.CollectiveRequest{Unit: "thads", Period: thidua.Years(2015, 2025),
		Heading: document.Heading{Place: "Đồng Tháp", Date: d(2025, 9, 1)}})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(rep.Titles); n != 1 {
		t.Errorf("achievement report of the successor lists %d titles, want the predecessor's flag", n)
	}
}

// The consultation (hiệp y) a state-level form needs when a ministry
// proposes it for a unit located in a province (Luật Thi đua, khen thưởng
// 2022, Điều 84 khoản 3; Nghị định 98/2023/NĐ-CP, Điều 31) is shown in the
// nomination list: missing, then the answer with its document.
func TestNominationListConsultation(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	n := award.Nomination{ID: "dn-bkttg-cuong", Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: award.PersonRecipient("p-cuong"),
		Period: thidua.Years(2019, 2020)}, Proposer: "cuc-dt", Authority: "btp", ConsultProvince: "Đồng Tháp"}
	if _, err := award.Start(ctx, f.award, f.org, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc-dt"}, On: day(2021, time.January, 21)}); err != nil {
		t.Fatal(err)
	}
	line := func() (string, string) {
		t.Helper()
		l, err := document.NominationList(ctx, f.sources(), document.NominationRequest{Proposer: "cuc-dt", Codes: []award.Code{award.BangKhenTTg}})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := document.Render(&b, document.Text, l); err != nil {
			t.Fatal(err)
		}
		for _, nm := range l.Groups[0].Individuals {
			if nm.Recipient.Person == "p-cuong" {
				return nm.Consultation, b.String()
			}
			if nm.Consultation != "" {
				t.Errorf("%s: consultation %q, want none (none required or recorded)", nm.Name, nm.Consultation)
			}
		}
		t.Fatal("p-cuong not listed")
		return "", ""
	}
	want := "chưa có ý kiến hiệp y của Ủy ban nhân dân tỉnh Đồng Tháp"
	if got, text := line(); got != want || !strings.Contains(text, "huyện Cao Lãnh ("+want+")") {
		t.Errorf("before the answer: %q, want %q; text:\n%s", got, want, text)
	}
	if _, err := award.Advance(ctx, f.award, f.org, n.ID, award.Transition{Action: award.Consult, By: award.Actor{Unit: "cuc-dt"}, On: day(2021, time.February, 10),
		Consultation: &award.Consultation{Body: "Ủy ban nhân dân tỉnh Đồng Tháp", Answer: award.Concurs,
			Number: thidua.DocNumber{Number: 125, Symbol: "UBND-TĐKT"}, On: day(2021, time.February, 5)}}); err != nil {
		t.Fatal(err)
	}
	want = "hiệp y: Ủy ban nhân dân tỉnh Đồng Tháp nhất trí, văn bản số 125/UBND-TĐKT ngày 05 tháng 02 năm 2021"
	if got, text := line(); got != want || !strings.Contains(text, "("+want+")") {
		t.Errorf("after the answer: %q, want %q; text:\n%s", got, want, text)
	}
}
