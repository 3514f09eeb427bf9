package document_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
)

// listLines writes a list as "n. group line" and "  nominee line".
func listLines(l *document.Nominations) []string {
	var got []string
	for _, g := range l.Groups {
		got = append(got, itoa(g.Number)+". "+g.Line())
		for _, n := range g.Nominees() {
			got = append(got, "  "+n.Line)
		}
	}
	return got
}

func itoa(n int) string { return string(rune('0' + n)) }

// A nomination list in the proposing unit's order: groups as it numbers
// them, names as proposed; titles take "tặng danh hiệu", forms "tặng".
func TestNominationListCallerOrder(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	on := day(2021, time.January, 20)
	// Two nominations proposed before the fixture's: Võ Thị Em for the
	// title ten days earlier, Hoà for the Huân chương five days earlier.
	for _, n := range []struct {
		id   string
		kind award.Code
		who  award.Recipient
		sub  award.Subject
		on   thidua.Date
	}{
		{"x-cstd-em", award.CSTDBo, award.PersonRecipient("p-em"), award.Subject{Year: 2020}, on.AddDays(-10)},
		{"x-hcld-hoa", award.HCLD3, award.PersonRecipient("p-hoa"), award.Subject{Period: thidua.Years(2016, 2020)}, on.AddDays(-5)},
	} {
		sub := n.sub
		sub.Kind, sub.Recipient = n.kind, n.who
		nom := award.Nomination{ID: n.id, Subject: sub, Proposer: "cuc-dt", Authority: "btp"}
		if _, err := award.Start(ctx, f.award, f.org, nom, award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc-dt"}, On: n.on}); err != nil {
			t.Fatal(err)
		}
	}
	src := f.sources()
	day25 := day(2021, time.January, 25)
	cuong := "  Ông Lê Văn Cường, Chi cục trưởng Chi cục Thi hành án dân sự huyện Cao Lãnh"
	em := "  Ông Huỳnh Văn Em, Chấp hành viên Chi cục Thi hành án dân sự huyện Tháp Mười"
	an := "  Ông Nguyễn Văn An, Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp"
	hoa := "  Bà Võ Thị Hoà, Chuyên viên Cục Thi hành án dân sự tỉnh Đồng Tháp"
	binh := "  Bà Trần Thị Bình, Phó Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp"
	cl := "  Chi cục Thi hành án dân sự huyện Cao Lãnh"
	tm := "  Chi cục Thi hành án dân sự huyện Tháp Mười"
	tests := []struct {
		name string
		req  document.NominationRequest
		want []string
	}{{
		name: "as proposed: groups by their first nomination, names as proposed",
		req:  document.NominationRequest{Proposer: "cuc-dt", On: day25, Order: document.AsProposed},
		want: []string{
			"1. Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh: 02 cá nhân", em, cuong,
			"2. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể và 02 cá nhân", cl, tm, hoa, an,
			"3. Đề nghị tặng Bằng khen của Thủ tướng Chính phủ: 02 cá nhân", binh, hoa,
		},
	}, {
		name: "the unit's numbering first, the rest as proposed",
		req: document.NominationRequest{Proposer: "cuc-dt", On: day25, Order: document.AsProposed, GroupOrder: []award.Code{award.BangKhenTTg},
			Labels: map[award.Code]string{award.BangKhenTTg: "Bằng khen của Thủ tướng"}, Verbs: map[award.Code]string{award.CSTDBo: "xét tặng danh hiệu"}},
		want: []string{
			"1. Đề nghị tặng Bằng khen của Thủ tướng: 02 cá nhân", binh, hoa,
			"2. Đề nghị xét tặng danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh: 02 cá nhân", em, cuong,
			"3. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể và 02 cá nhân", cl, tm, hoa, an,
		},
	}, {
		name: "the unit's numbering first, the rest by rank, names alphabetical",
		req:  document.NominationRequest{Proposer: "cuc-dt", On: day25, GroupOrder: []award.Code{award.BangKhenTTg}},
		want: []string{
			"1. Đề nghị tặng Bằng khen của Thủ tướng Chính phủ: 02 cá nhân", binh, hoa,
			"2. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể và 02 cá nhân", cl, tm, an, hoa,
			"3. Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh: 02 cá nhân", cuong, em,
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := document.NominationList(ctx, src, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, listLines(l)); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
	// The built-in templates number the groups as the caller asks: "I."
	// by default, "1." as the unit's letter writes them.
	for _, tt := range []struct {
		numbering document.GroupNumbering
		want      []string
	}{
		{document.RomanGroups, []string{"I. Đề nghị tặng Bằng khen của Thủ tướng Chính phủ: 02 cá nhân", "II. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể và 02 cá nhân"}},
		{document.ArabicGroups, []string{"1. Đề nghị tặng Bằng khen của Thủ tướng Chính phủ: 02 cá nhân", "2. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể và 02 cá nhân"}},
	} {
		l, err := document.NominationList(ctx, src, document.NominationRequest{Proposer: "cuc-dt", On: day25, GroupOrder: []award.Code{award.BangKhenTTg}, Numbering: tt.numbering})
		if err != nil {
			t.Fatal(err)
		}
		for _, format := range []document.Format{document.Text, document.Markdown, document.HTML} {
			var b strings.Builder
			if err := document.Render(&b, format, l); err != nil {
				t.Fatal(err)
			}
			for _, line := range tt.want {
				if !strings.Contains(b.String(), line) {
					t.Errorf("numbering %d, %v: the list lacks %q:\n%s", tt.numbering, format, line, b.String())
				}
			}
		}
		if got := l.Groups[0].Title(); got != tt.want[0] {
			t.Errorf("numbering %d: Title = %q, want %q", tt.numbering, got, tt.want[0])
		}
	}
	for _, req := range []document.NominationRequest{
		{Proposer: "cuc-dt", GroupOrder: []award.Code{award.HCLD3, award.HCLD3}},
		{Proposer: "cuc-dt", Order: document.NominationOrder(7)},
		{Proposer: "cuc-dt", Numbering: document.GroupNumbering(7)},
	} {
		if _, err := document.NominationList(ctx, src, req); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("%+v: err = %v, want ErrInvalid", req, err)
		}
	}
}

func TestNominationVerb(t *testing.T) {
	cat := award.DefaultCatalogue()
	for code, want := range map[award.Code]string{
		award.CSTDToanQuoc: "tặng danh hiệu",
		award.TTLDXS:       "tặng danh hiệu",
		award.CoChinhPhu:   "tặng",
		award.BangKhenTTg:  "tặng",
		award.HCLD3:        "tặng",
	} {
		k, err := cat.Kind(code)
		if err != nil {
			t.Fatal(err)
		}
		if got := document.NominationVerb(k); got != want {
			t.Errorf("NominationVerb(%s) = %q, want %q", code, got, want)
		}
	}
}

// A candidate who has left the post by the list's day is named by the last
// post held, as a former holder.
func TestNominationListFormerPost(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	if err := f.org.AddPerson(ctx, org.Person{ID: "p-giang", FullName: "Đỗ Văn Giang", Gender: org.Male, Recruited: day(1990, time.May, 1),
		Assignments: []org.Assignment{{Unit: "cuc-dt", Position: "Phó Cục trưởng", Period: thidua.Period{From: day(2010, time.May, 1), To: day(2021, time.January, 10)}}}}); err != nil {
		t.Fatal(err)
	}
	n := award.Nomination{ID: "x-hcld-giang", Subject: award.Subject{Kind: award.HCLD3, Recipient: award.PersonRecipient("p-giang"), Period: thidua.Years(2016, 2020)},
		Proposer: "cuc-dt", Authority: "btp"}
	if _, err := award.Start(ctx, f.award, f.org, n, award.Transition{Action: award.Propose, By: award.Actor{Unit: "cuc-dt"}, On: day(2021, time.January, 5)}); err != nil {
		t.Fatal(err)
	}
	for on, want := range map[thidua.Date]string{
		day(2021, time.January, 8):  "Ông Đỗ Văn Giang, Phó Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp",
		day(2021, time.January, 25): "Ông Đỗ Văn Giang, nguyên Phó Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Tháp",
	} {
		l, err := document.NominationList(ctx, f.sources(), document.NominationRequest{Proposer: "cuc-dt", On: on, Codes: []award.Code{award.HCLD3}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, nm := range l.Groups[0].Individuals {
			if nm.Name == "Đỗ Văn Giang" {
				got = append(got, nm.Line)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("on %s: %q, want %q", on, got, want)
		}
	}
}
