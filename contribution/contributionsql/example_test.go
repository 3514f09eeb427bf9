package contributionsql_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/shopspring/decimal"
	_ "modernc.org/sqlite"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/contribution/contributionsql"
)

// A unit keeps its contribution ledger in a SQLite file: migrate once,
// open the store, post entries (idempotently), and read totals back —
// after reopening the file too.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "ledger")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	dsn := "file:" + filepath.Join(dir, "ledger.db") +
		"?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_txlock=immediate"

	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		log.Fatal(err)
	}
	if err := contributionsql.Migrate(ctx, db); err != nil {
		log.Fatal(err)
	}
	store, err := contributionsql.Open(ctx, db)
	if err != nil {
		log.Fatal(err)
	}
	gift := contribution.Entry{
		Key:         "2019/nha-tinh-nghia/01",
		Date:        thidua.MustDate(2019, 9, 2),
		Contributor: contribution.Benefactor("Công ty TNHH Minh Phát"),
		Unit:        "cuc-thads",
		Source:      contribution.Mobilised,
		Status:      contribution.Received,
		Purpose:     contribution.PurposeGratitude,
		Items:       contribution.Items{Kind: contribution.KindGratitude, Count: 25},
	}
	own := contribution.Entry{
		Key:         "2019/nong-thon-moi/01",
		Date:        thidua.MustDate(2019, 3, 15),
		Contributor: contribution.UnitContributor("cuc-thads"),
		Unit:        "cuc-thads",
		Source:      contribution.Own,
		Status:      contribution.Received,
		Purpose:     contribution.PurposeNewRural,
		Amount:      decimal.NewFromInt(50_350_000),
	}
	for _, e := range []contribution.Entry{own, gift, own} { // the repeat stores nothing
		if _, err := store.Post(ctx, e); err != nil {
			log.Fatal(err)
		}
	}
	db.Close()

	// Another run of the program.
	db, err = sql.Open("sqlite", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	store, err = contributionsql.Open(ctx, db)
	if err != nil {
		log.Fatal(err)
	}
	tot, err := store.Totals(ctx, contribution.Filter{Status: contribution.Received, Period: thidua.Year(2019)}, contribution.BySource)
	if err != nil {
		log.Fatal(err)
	}
	kinds := contribution.NewItemKinds()
	for _, r := range tot.Rows {
		fmt.Printf("%s: %s", r.Key.Source.Name(), contribution.FormatDong(r.Money))
		for _, it := range r.Items {
			k, _ := kinds.Lookup(it.Kind)
			fmt.Printf(", %s", k.Count(it.Count))
		}
		fmt.Printf(" (%d entries)\n", r.Entries)
	}
	// Output:
	// Đóng góp: 50.350.000 đồng (1 entries)
	// Vận động: 0 đồng, 25 căn nhà tình nghĩa (1 entries)
}
