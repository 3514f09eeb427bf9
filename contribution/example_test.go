package contribution_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/org"
)

// The contributions of the civil judgment enforcement offices of Đồng Tháp
// in 2015–2020, as the provincial summary of 22/06/2020 reports them: "Đã
// đóng góp hơn 50.000.000 đồng để hỗ trợ cho các xã xây dựng nông thôn mới
// …; vận động các nhà hảo tâm ủng hộ đóng góp xây 12 cây cầu, 25 căn nhà
// tình nghĩa, 60 căn nhà tình thương và hỗ trợ 110.000.000 đồng để giúp các
// em học sinh nghèo hiếu học". The ledger keeps the exact 50.350.000 đồng
// behind "hơn 50.000.000 đồng".
func ExampleStore_dongThap() {
	ctx := context.Background()
	purposes, kinds := contribution.NewPurposes(), contribution.NewItemKinds()
	s := contribution.NewMemStore(&contribution.Options{Purposes: purposes, ItemKinds: kinds})

	const cuc org.UnitID = "cuc-thads-dong-thap"
	const movement contribution.MovementID = "tu-phap-nong-thon-moi" // "Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới"
	post := func(e contribution.Entry) {
		e.Unit, e.Status, e.Movement = cuc, contribution.Received, movement
		if _, err := s.Post(ctx, e); err != nil {
			panic(err)
		}
	}
	// Own contributions, year by year, to communes building new rural areas.
	for i, amount := range []string{"9.500.000", "10.000.000", "10.250.000", "10.300.000", "10.300.000"} {
		d, err := contribution.ParseDong(amount)
		if err != nil {
			panic(err)
		}
		post(contribution.Entry{
			Key:         fmt.Sprintf("ntm-%d", 2016+i),
			Date:        thidua.MustDate(2016+i, time.May, 19),
			Contributor: contribution.UnitContributor(cuc),
			Source:      contribution.Own,
			Purpose:     contribution.PurposeNewRural,
			Beneficiary: "Các xã xây dựng nông thôn mới",
			Amount:      d,
		})
	}
	// Mobilised from benefactors.
	benefactors := contribution.Benefactor("Các nhà hảo tâm")
	mobilised := []struct {
		key, purpose, kind string
		count              int64
		amount             int64
	}{
		{"cau", contribution.PurposeRuralRoads, contribution.KindBridge, 12, 0},
		{"nha-tinh-nghia", contribution.PurposeGratitude, contribution.KindGratitude, 25, 0},
		{"nha-tinh-thuong", contribution.PurposeCharity, contribution.KindCharity, 60, 0},
		{"hoc-sinh", contribution.PurposePoorStudents, "", 0, 110_000_000},
	}
	for _, m := range mobilised {
		e := contribution.Entry{
			Key:         "vd-" + m.key,
			Date:        thidua.MustDate(2019, time.December, 20),
			Contributor: benefactors,
			Source:      contribution.Mobilised,
			Purpose:     m.purpose,
		}
		if m.kind != "" {
			e.Items = contribution.Items{Kind: m.kind, Count: m.count}
		} else {
			e.Amount = decimal.NewFromInt(m.amount)
		}
		post(e)
	}

	show := func(r contribution.Row) string {
		var parts []string
		if !r.Money.IsZero() {
			parts = append(parts, contribution.FormatDong(r.Money))
		}
		for _, it := range r.Items {
			k, _ := kinds.Lookup(it.Kind)
			parts = append(parts, k.Count(it.Count))
		}
		return strings.Join(parts, ", ")
	}
	f := contribution.Filter{Status: contribution.Received, Period: thidua.Years(2015, 2020)}
	bySource, err := s.Totals(ctx, f, contribution.BySource)
	if err != nil {
		panic(err)
	}
	for _, r := range bySource.Rows {
		fmt.Printf("%s: %s\n", r.Key.Source.Name(), show(r))
	}
	fmt.Println()
	byPurpose, err := s.Totals(ctx, f, contribution.BySource, contribution.ByPurpose)
	if err != nil {
		panic(err)
	}
	for _, r := range byPurpose.Rows {
		p, _ := purposes.Lookup(r.Key.Purpose)
		fmt.Printf("%s – %s: %s\n", r.Key.Source.Name(), p.Name, show(r))
	}
	// Output:
	// Đóng góp: 50.350.000 đồng
	// Vận động: 110.000.000 đồng, 12 cây cầu, 25 căn nhà tình nghĩa, 60 căn nhà tình thương
	//
	// Đóng góp – Xây dựng nông thôn mới: 50.350.000 đồng
	// Vận động – Cầu, đường giao thông nông thôn: 12 cây cầu
	// Vận động – Học sinh nghèo hiếu học: 110.000.000 đồng
	// Vận động – Nhà tình nghĩa: 25 căn nhà tình nghĩa
	// Vận động – Nhà tình thương: 60 căn nhà tình thương
}

// A correction never edits the account: a reversing entry cancels the
// original, history shows both, and totals net them out.
func ExampleStore_reverse() {
	ctx := context.Background()
	s := contribution.NewMemStore(nil)
	e, err := s.Post(ctx, contribution.Entry{
		Key:         "2019-hs-01",
		Date:        thidua.MustDate(2019, time.September, 5),
		Contributor: contribution.PersonContributor("nguyen-van-a"),
		Unit:        "chi-cuc-cao-lanh",
		Source:      contribution.Own,
		Status:      contribution.Received,
		Purpose:     contribution.PurposePoorStudents,
		Amount:      decimal.NewFromInt(5_000_000),
	})
	if err != nil {
		panic(err)
	}
	if _, err := s.Reverse(ctx, contribution.Reversal{Key: "2019-hs-01-huy", Of: e.ID, Note: "Ghi trùng"}); err != nil {
		panic(err)
	}
	h, _ := s.History(ctx, e.ID)
	for _, x := range h {
		fmt.Printf("%s %s %q\n", x.ID, contribution.FormatDong(x.Amount), x.Note)
	}
	t, _ := s.Totals(ctx, contribution.Filter{Status: contribution.Received})
	fmt.Println("tổng:", contribution.FormatDong(t.Total.Money), "qua", t.Total.Entries, "bút toán")
	// Output:
	// e1 5.000.000 đồng ""
	// e2 -5.000.000 đồng "Ghi trùng"
	// tổng: 0 đồng qua 2 bút toán
}

// A service walks a large ledger a page at a time, so that it holds one
// page in memory whatever the size of the ledger: each page starts after
// the last entry of the one before, and an empty next ends the walk.
// ScanEntries does the same for a function called with each entry.
func ExampleStore_page() {
	ctx := context.Background()
	s := contribution.NewMemStore(nil)
	for i := 1; i <= 5; i++ {
		e, err := s.Post(ctx, contribution.Entry{
			Key: fmt.Sprintf("hs-%d", i), Date: thidua.MustDate(2019, time.September, i), Contributor: contribution.UnitContributor("cuc"),
			Unit: "cuc", Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposePoorStudents,
			Amount: decimal.NewFromInt(int64(i) * 1_000_000),
		})
		if err != nil {
			log.Fatal(err)
		}
		if i == 2 {
			if _, err := s.Reverse(ctx, contribution.Reversal{Key: "hs-2-huy", Of: e.ID, Note: "Ghi trùng"}); err != nil {
				log.Fatal(err)
			}
		}
	}
	var after contribution.EntryID
	for {
		page, next, err := s.Page(ctx, contribution.Filter{Status: contribution.Received}, after, 2)
		if err != nil {
			log.Fatal(err)
		}
		for _, e := range page {
			fmt.Printf("%s %s %s\n", e.ID, e.Key, contribution.FormatDong(e.Amount))
		}
		if next == "" {
			break
		}
		fmt.Println("-- next after", next)
		after = next
	}
	if _, _, err := s.Page(ctx, contribution.Filter{}, "", contribution.MaxPageSize+1); errors.Is(err, thidua.ErrInvalid) {
		fmt.Println(err)
	}

	var sum decimal.Decimal
	err := contribution.ScanEntries(ctx, s, contribution.Filter{Status: contribution.Received}, func(e contribution.Entry) error {
		sum = sum.Add(e.Amount)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("tổng:", contribution.FormatDong(sum))
	// Output:
	// e1 hs-1 1.000.000 đồng
	// e2 hs-2 2.000.000 đồng
	// -- next after e2
	// e3 hs-2-huy -2.000.000 đồng
	// e4 hs-3 3.000.000 đồng
	// -- next after e4
	// e5 hs-4 4.000.000 đồng
	// e6 hs-5 5.000.000 đồng
	// contribution: page: limit: thidua: invalid input: page of 10001 entries, want 1 to 10000
	// tổng: 13.000.000 đồng
}

func ExampleParseDong() {
	for _, s := range []string{"50.000.000 đồng", "50,000,000", "1.23.4"} {
		d, err := contribution.ParseDong(s)
		fmt.Println(d, err)
	}
	// Output:
	// 50000000 <nil>
	// 0 contribution: parse dong amount "50,000,000": thidua: invalid input: more than one comma: thousands grouped the English way? write 50.000.000
	// 0 contribution: parse dong amount "1.23.4": thidua: invalid input: group "23" must have exactly 3 digits
}

func ExampleSplit() {
	parts, _ := contribution.SplitEven(decimal.NewFromInt(110_000_000), 3)
	for _, p := range parts {
		fmt.Println(contribution.FormatDong(p))
	}
	// Output:
	// 36.666.667 đồng
	// 36.666.667 đồng
	// 36.666.666 đồng
}

// Copy moves a ledger to another store — here from one memory store to
// another; package contributionsql has the SQL stores — with its reversals,
// keeping IDs and order.
func ExampleCopy() {
	ctx := context.Background()
	src := contribution.NewMemStore(nil)
	e, err := src.Post(ctx, contribution.Entry{
		Key: "1", Date: thidua.MustDate(2020, 1, 10), Contributor: contribution.UnitContributor("cuc"), Unit: "cuc",
		Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeThePoor,
		Amount: decimal.NewFromInt(2_000_000),
	})
	if err != nil {
		log.Fatal(err)
	}
	if _, err := src.Reverse(ctx, contribution.Reversal{Key: "2", Of: e.ID, Note: "Ghi trùng"}); err != nil {
		log.Fatal(err)
	}
	dst := contribution.NewMemStore(nil)
	if err := contribution.Copy(ctx, dst, src); err != nil {
		log.Fatal(err)
	}
	h, err := dst.History(ctx, e.ID)
	if err != nil {
		log.Fatal(err)
	}
	for _, x := range h {
		fmt.Printf("%s %s, reverses %q\n", x.ID, contribution.FormatDong(x.Amount), x.Reverses)
	}
	// Output:
	// e1 2.000.000 đồng, reverses ""
	// e2 -2.000.000 đồng, reverses "e1"
}

// A house built with money of the unit, a lawyer and a company: each is
// credited its share, while the house counts once for its purpose.
func ExampleShare() {
	ctx := context.Background()
	s := contribution.NewMemStore(nil)
	unit := contribution.UnitContributor("cuc")
	_, err := s.Post(ctx, contribution.Entry{
		Key: "house", Date: thidua.MustDate(2024, 3, 14), Contributor: unit, Unit: "cuc",
		Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeGratitude,
		Items: contribution.Items{Kind: contribution.KindGratitude, Count: 1, ValuePerItem: decimal.NewFromInt(100_000_000)},
		Shares: []contribution.Share{
			{Contributor: unit, Amount: decimal.NewFromInt(50_000_000), Count: 1},
			{Contributor: contribution.Benefactor("Luật sư Nguyễn Văn An"), Source: contribution.Mobilised, Amount: decimal.NewFromInt(20_000_000)},
			{Contributor: contribution.Benefactor("Công ty TNHH Minh Phát"), Source: contribution.Mobilised, Amount: decimal.NewFromInt(30_000_000)},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	received := contribution.Filter{Status: contribution.Received}
	t, err := s.Totals(ctx, received, contribution.ByContributor)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range t.Rows {
		it := r.Items[0]
		fmt.Printf("%s%s%s: %d căn, %s\n", r.Key.Contributor.Unit, r.Key.Contributor.Person, r.Key.Contributor.Name, it.Count, contribution.FormatDong(it.Value))
	}
	t, err = s.Totals(ctx, received, contribution.ByPurpose)
	if err != nil {
		log.Fatal(err)
	}
	it := t.Rows[0].Items[0]
	fmt.Printf("%s: %d căn, %s, %d entry\n", t.Rows[0].Key.Purpose, it.Count, contribution.FormatDong(it.Value), t.Rows[0].Entries)

	// Shares that do not add up to the entry are refused.
	_, err = s.Post(ctx, contribution.Entry{
		Key: "cash", Date: thidua.MustDate(2024, 3, 14), Contributor: unit, Unit: "cuc",
		Source: contribution.Own, Status: contribution.Received, Purpose: contribution.PurposeNewRural,
		Amount: decimal.NewFromInt(10_000_000),
		Shares: []contribution.Share{{Contributor: unit, Amount: decimal.NewFromInt(9_000_000)}},
	})
	fmt.Println(errors.Is(err, thidua.ErrInvalid))
	// Output:
	// cuc: 1 căn, 50.000.000 đồng
	// Công ty TNHH Minh Phát: 0 căn, 30.000.000 đồng
	// Luật sư Nguyễn Văn An: 0 căn, 20.000.000 đồng
	// nha-tinh-nghia: 1 căn, 100.000.000 đồng, 1 entry
	// true
}
