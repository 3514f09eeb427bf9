package award_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

func ExampleCatalogue_Lookup() {
	cat := award.JusticeCatalogue()
	for _, name := range []string{
		"Chiến sỹ thi đua ngành Tư pháp",
		"Huân chương Lao động hạng III",
		"Cờ Thi đua Ngành Tư pháp",
		"Bằng khen của Bộ trưởng Bộ Tư pháp",
	} {
		k, err := cat.Lookup(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s → %s: %s (%s, cấp %s, %s)\n", name, k.Code, k.Name, k.Family, k.Level, k.Conferrer)
	}
	_, err := cat.Lookup("Huy hiệu Bác Hồ")
	fmt.Println(errors.Is(err, thidua.ErrNotFound))
	// Output:
	// Chiến sỹ thi đua ngành Tư pháp → cstd-bo: Chiến sĩ thi đua cấp bộ, ngành, tỉnh (danh hiệu thi đua, cấp bộ, ngành, tỉnh, Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh)
	// Huân chương Lao động hạng III → hcld-3: Huân chương Lao động hạng Ba (hình thức khen thưởng, cấp Nhà nước, Chủ tịch nước)
	// Cờ Thi đua Ngành Tư pháp → co-bo: Cờ thi đua cấp bộ, ngành, tỉnh (danh hiệu thi đua, cấp bộ, ngành, tỉnh, Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh)
	// Bằng khen của Bộ trưởng Bộ Tư pháp → bang-khen-bo: Bằng khen cấp bộ, ngành, tỉnh (hình thức khen thưởng, cấp bộ, ngành, tỉnh, Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh)
	// true
}

func ExampleCatalogue_Add() {
	// A ministry adds its own Kỷ niệm chương and the names its documents use,
	// without editing the library.
	cat := award.DefaultCatalogue()
	err := cat.Add(award.Kind{
		Code:       "knc-giao-duc",
		Name:       `Kỷ niệm chương "Vì sự nghiệp Giáo dục"`,
		Family:     award.Commendation,
		Recipients: award.Individual,
		Level:      award.LevelMinistry,
		Conferrer:  award.ByMinister,
		Bases:      award.LongService,
		Counter:    "kỷ niệm chương",
	})
	fmt.Println(err)
	fmt.Println(cat.AddAlias("Kỷ niệm chương Giáo dục", "knc-giao-duc"))
	k, _ := cat.Lookup("kỷ niệm chương “vì sự nghiệp giáo dục”")
	fmt.Println(k.Code, k.Name)

	// A name that already means another kind is refused.
	err = cat.AddAlias("Giấy khen", "knc-giao-duc")
	fmt.Println(errors.Is(err, thidua.ErrConflict))
	// Output:
	// <nil>
	// <nil>
	// knc-giao-duc Kỷ niệm chương "Vì sự nghiệp Giáo dục"
	// true
}

// The life of a nomination, end to end: a Chi cục proposes one of its staff
// for "Chiến sỹ thi đua ngành Tư pháp", submits to its Cục, which forwards
// to the Ministry; the Ministry's council votes, the Ministry approves and
// decides, and the grant is later revoked.
func Example_nominationFlow() {
	ctx := context.Background()
	date := func(y int, m time.Month, d int) thidua.Date { return thidua.MustDate(y, m, d) }
	tree := award.NewTree([]org.Unit{
		{ID: "btp", Name: "Bộ Tư pháp"},
		{ID: "tcthads", Name: "Tổng cục Thi hành án dân sự", Parent: "btp"},
		{ID: "cuc-dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Parent: "tcthads"},
		{ID: "cc-cl", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc-dt"},
	}, []org.Person{{
		ID: "p1", FullName: "Nguyễn Văn An",
		Assignments: []org.Assignment{{Unit: "cc-cl", Position: "Chấp hành viên", Period: thidua.Since(date(2012, 3, 1))}},
	}})

	cat := award.JusticeCatalogue()
	kind, _ := cat.Lookup("Chiến sỹ thi đua ngành Tư pháp")
	store := award.NewMemStore(award.WithCatalogue(cat))

	n := award.Nomination{
		ID:        "dn-2019-01",
		Subject:   award.Subject{Kind: kind.Code, Recipient: award.PersonRecipient("p1"), Year: 2019},
		Proposer:  "cc-cl",
		Authority: "btp",
	}
	steps := []award.Transition{
		{Action: award.Propose, By: award.Actor{Unit: "cc-cl"}, On: date(2019, 12, 10),
			Verdict: &award.Verdict{Eligible: true, Summary: "Đủ 03 năm liên tục đạt Chiến sĩ thi đua cơ sở"}},
		{Action: award.Submit, By: award.Actor{Unit: "cc-cl"}, On: date(2019, 12, 12), To: "cuc-dt"},
		{Action: award.Forward, By: award.Actor{Unit: "cuc-dt"}, On: date(2019, 12, 20), To: "btp"},
		// NĐ 91/2017 art. 45.8: at least 90 % of ALL council members.
		{Action: award.RecordVote, By: award.Actor{Unit: "btp", Name: "Hội đồng Thi đua - Khen thưởng"}, On: date(2020, 1, 8),
			Vote: award.Vote{Members: 11, InFavour: 10, Threshold: award.Percent(90)}},
		{Action: award.Approve, By: award.Actor{Unit: "btp"}, On: date(2020, 1, 10), Require: award.Percent(90)},
	}
	for i, t := range steps {
		var err error
		if t.Action == award.Approve {
			// The Cục cannot approve: it is not the authority.
			bad := t
			bad.By.Unit = "cuc-dt"
			_, err := n.Apply(bad, tree)
			var te *award.TransitionError
			fmt.Println(errors.Is(err, thidua.ErrPermission), errors.As(err, &te) && te.Code == award.NotAuthority)
		}
		if n, err = n.Apply(t, tree); err != nil {
			fmt.Println(err)
			return
		}
		if i == 0 {
			err = store.AddNomination(ctx, n)
		} else {
			err = store.UpdateNomination(ctx, n)
		}
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, e := range n.History {
		fmt.Printf("%s %-11s %s → %s (%s)\n", e.On, e.Action, e.From, e.To, e.Holder)
	}

	d := award.Decision{
		ID:          "qd-123-2020",
		Number:      thidua.MustParseDocNumber("123/QĐ-BTP"),
		Date:        date(2020, 1, 15),
		Issuer:      "btp",
		SignerTitle: "Bộ trưởng Bộ Tư pháp",
		Signer:      "Lê Thành Long",
		Grants:      []award.Grant{{ID: "g1", Subject: n.Subject, Nomination: n.ID}},
	}
	if err := store.AddDecision(ctx, d); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Number.Line(), d.SignerTitle)

	err := store.Revoke(ctx, "g1", award.Revocation{Date: date(2021, 3, 1), Reason: "Kê khai không trung thực thành tích"})
	fmt.Println(err)
	held, _ := store.Grants(ctx, award.GrantFilter{People: []org.PersonID{"p1"}})
	all, _ := store.Grants(ctx, award.GrantFilter{People: []org.PersonID{"p1"}, IncludeRevoked: true})
	fmt.Println(len(held), len(all), all[0].Revoked.Reason)
	// Output:
	// true true
	// 2019-12-10 propose     chưa đề nghị → dự thảo (cc-cl)
	// 2019-12-12 submit      dự thảo → đang đề nghị (cuc-dt)
	// 2019-12-20 forward     đang đề nghị → đang đề nghị (btp)
	// 2020-01-08 record vote đang đề nghị → đang đề nghị (btp)
	// 2020-01-10 approve     đang đề nghị → được duyệt (btp)
	// Số: 123/QĐ-BTP Bộ trưởng Bộ Tư pháp
	// <nil>
	// 0 1 Kê khai không trung thực thành tích
}

// Counting for a report: how many collectives received the ministry's flag
// in a period, and how many flags (a recipient may hold several).
func ExampleMemStore_Grants() {
	ctx := context.Background()
	store := award.NewMemStore()
	flag := func(id string, unit org.UnitID, year int) award.Grant {
		return award.Grant{ID: id, Subject: award.Subject{Kind: award.CoBo, Recipient: award.UnitRecipient(unit), Year: year}}
	}
	for i, g := range []award.Grant{flag("g1", "cuc-dt", 2016), flag("g2", "cc-cl", 2017), flag("g3", "cuc-dt", 2019), flag("g4", "cc-tm", 2019)} {
		d := award.Decision{
			ID: fmt.Sprintf("qd%d", i+1), Number: thidua.DocNumber{Number: 100 + i, Symbol: "QĐ-BTP"},
			Date: thidua.MustDate(g.Year+1, time.January, 20), Issuer: "btp", SignerTitle: "Bộ trưởng Bộ Tư pháp",
			Grants: []award.Grant{g},
		}
		if err := store.AddDecision(ctx, d); err != nil {
			fmt.Println(err)
			return
		}
	}
	grants, _ := store.Grants(ctx, award.GrantFilter{
		Units:  []org.UnitID{"cuc-dt", "cc-cl", "cc-tm"},
		Codes:  []award.Code{award.CoBo},
		Period: thidua.Years(2015, 2020),
	})
	units := map[award.Recipient]bool{}
	for _, g := range grants {
		units[g.Recipient] = true
	}
	k, _ := award.DefaultCatalogue().Kind(award.CoBo)
	fmt.Printf("%02d tập thể được tặng cờ thi đua của Bộ Tư pháp (%d %s)\n", len(units), len(grants), k.Counter)
	// Output:
	// 03 tập thể được tặng cờ thi đua của Bộ Tư pháp (4 cờ)
}

// A tree that knows which office each unit holds refuses a nomination
// whose authority cannot confer the award: a Chi cục cannot approve the
// Minister's "Chiến sĩ thi đua cấp bộ" (Luật TĐKT 2022, Chương IV).
func ExampleWithConferrers() {
	since := thidua.Since(thidua.MustDate(2012, time.March, 1))
	offices := award.WithConferrers(func(u org.Unit) award.Conferrer {
		if u.ID == "btp" {
			return award.ByMinister
		}
		return 0 // the head of an agency
	})
	tree := award.NewTree([]org.Unit{
		{ID: "btp", Name: "Bộ Tư pháp"},
		{ID: "cuc-dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Parent: "btp"},
		{ID: "cc-cl", Name: "Chi cục Thi hành án dân sự huyện Cao Lãnh", Parent: "cuc-dt"},
	}, []org.Person{{ID: "p1", Assignments: []org.Assignment{{Unit: "cc-cl", Period: since}}}}, offices)

	propose := award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc-cl"}, On: thidua.MustDate(2019, time.December, 10)}
	for _, authority := range []org.UnitID{"cc-cl", "btp"} {
		n := award.Nomination{ID: "dn-1", Proposer: "cc-cl", Authority: authority,
			Subject: award.Subject{Kind: award.CSTDBo, Recipient: award.PersonRecipient("p1"), Year: 2019}}
		_, err := n.Apply(propose, tree)
		var te *award.TransitionError
		if errors.As(err, &te) {
			fmt.Println(authority, te.Code, errors.Is(err, thidua.ErrPermission))
			continue
		}
		fmt.Println(authority, err)
	}
	// Output:
	// cc-cl wrong-conferrer true
	// btp <nil>
}

// A ministry proposing Bằng khen của Thủ tướng for the staff of its Cục in
// a province first records the opinion (hiệp y) of the province's People's
// Committee (Luật TĐKT 2022, Điều 84 khoản 3; Nghị định 98/2023/NĐ-CP,
// Điều 31): without it the nomination cannot go to the Government.
func ExampleWithProvinces() {
	since := thidua.Since(thidua.MustDate(2012, time.March, 1))
	where := award.WithProvinces(func(u org.Unit) string {
		if u.ID == "cuc-dt" {
			return "Đồng Tháp" // a unit of the ministry located in the province
		}
		return ""
	})
	tree := award.NewTree([]org.Unit{
		{ID: "cp", Name: "Chính phủ"},
		{ID: "btp", Name: "Bộ Tư pháp", Parent: "cp"},
		{ID: "cuc-dt", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp", Parent: "btp"},
	}, []org.Person{{ID: "p1", Assignments: []org.Assignment{{Unit: "cuc-dt", Period: since}}}}, where)

	n := award.Nomination{ID: "dn-1", Proposer: "btp", Authority: "cp",
		Subject: award.Subject{Kind: award.BangKhenTTg, Recipient: award.PersonRecipient("p1"), Period: thidua.Years(2015, 2019)}}
	n, _ = n.Apply(award.Transition{Action: award.Propose, By: award.Actor{Unit: "btp"}, On: thidua.MustDate(2020, time.January, 10)}, tree)
	fmt.Println("cần hiệp y:", n.ConsultProvince)

	submit := award.Transition{Action: award.Submit, By: award.Actor{Unit: "btp"}, On: thidua.MustDate(2020, time.March, 1), To: "cp"}
	_, err := n.Apply(submit, tree)
	var te *award.TransitionError
	fmt.Println(errors.As(err, &te) && te.Code == award.MissingConsultation)

	n, _ = n.Apply(award.Transition{Action: award.Consult, By: award.Actor{Unit: "btp"}, On: thidua.MustDate(2020, time.February, 20),
		Consultation: &award.Consultation{Body: "Ủy ban nhân dân tỉnh Đồng Tháp", Answer: award.Concurs,
			Number: thidua.MustParseDocNumber("125/UBND-TĐKT"), On: thidua.MustDate(2020, time.February, 15)}}, tree)
	n, err = n.Apply(submit, tree)
	c, _ := n.Consulted()
	fmt.Println(err, n.State, "—", c.Body, c.Answer, c.Number, c.On)
	// Output:
	// cần hiệp y: Đồng Tháp
	// true
	// <nil> đang đề nghị — Ủy ban nhân dân tỉnh Đồng Tháp nhất trí 125/UBND-TĐKT 2020-02-15
}
