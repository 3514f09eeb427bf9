package document_test

import (
	"context"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report/document"
)

// bigSources is a Cục with 20 Chi cục of 25 people each (500 people), every
// person with a Lao động tiên tiến for each of five years (2.500 grants in
// five decisions), and every Chi cục with a Giấy khen.
func bigSources(b *testing.B) document.Sources {
	ctx := context.Background()
	since := thidua.Since(day(2000, time.January, 1))
	os := org.NewMemStore()
	as := award.NewMemStore()
	if err := os.AddUnit(ctx, org.Unit{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Exists: since}); err != nil {
		b.Fatal(err)
	}
	grants := map[int][]award.Grant{}
	for u := range 20 {
		uid := org.UnitID(fmt.Sprintf("cc-%02d", u))
		if err := os.AddUnit(ctx, org.Unit{ID: uid, Name: fmt.Sprintf("Chi cục Thi hành án dân sự số %d", u), Parent: "cuc", Exists: since}); err != nil {
			b.Fatal(err)
		}
		grants[2020] = append(grants[2020], award.Grant{ID: "gk-" + string(uid), Subject: award.Subject{Kind: award.GiayKhen, Recipient: award.UnitRecipient(uid), Year: 2019}})
		for p := range 25 {
			pid := org.PersonID(fmt.Sprintf("p-%02d-%02d", u, p))
			if err := os.AddPerson(ctx, org.Person{ID: pid, FullName: fmt.Sprintf("Nguyễn Văn %c%d", 'A'+p, u), Gender: org.Male,
				Assignments: []org.Assignment{{Unit: uid, Position: "Chấp hành viên", Period: since}}}); err != nil {
				b.Fatal(err)
			}
			for y := 2016; y <= 2020; y++ {
				grants[y+1] = append(grants[y+1], award.Grant{ID: fmt.Sprintf("g-%s-%d", pid, y), Subject: award.Subject{Kind: award.LDTT, Recipient: award.PersonRecipient(pid), Year: y}})
			}
		}
	}
	for y, gs := range grants {
		if err := as.AddDecision(ctx, award.Decision{ID: fmt.Sprint("qd-", y), Number: thidua.DocNumber{Number: 1, Symbol: "QĐ-CTHADS"},
			Date: day(y, time.January, 10), Issuer: "cuc", SignerTitle: "Cục trưởng", Grants: gs}); err != nil {
			b.Fatal(err)
		}
	}
	return document.Sources{Org: os, Award: as}
}

func BenchmarkStatisticsTable(b *testing.B) {
	src := bigSources(b)
	ctx := context.Background()
	req := document.StatisticsRequest{Unit: "cuc", Period: thidua.Years(2016, 2021)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := document.StatisticsTable(ctx, src, req); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderIndividualText(b *testing.B) {
	src := bigSources(b)
	ctx := context.Background()
	rep, err := document.IndividualReport(ctx, src, document.IndividualRequest{Person: "p-00-00", Period: thidua.Years(2016, 2020)})
	if err != nil {
		b.Fatal(err)
	}
	r, err := document.NewRenderer()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Render(io.Discard, document.Text, rep); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNewRenderer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := document.NewRenderer(); err != nil {
			b.Fatal(err)
		}
	}
}
