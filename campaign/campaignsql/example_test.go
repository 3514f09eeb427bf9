package campaignsql_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	dec "github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaignsql"
	"github.com/thidua-go/thidua/org"
)

func amount(s string) dec.Decimal { return dec.RequireFromString(s) }

// Example keeps a unit's initiatives in a SQLite file, reads the
// initiatives of several people at once, and copies everything into a
// memory store.
func Example() {
	dir, err := os.MkdirTemp("", "campaignsql")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	// WAL, a busy timeout, foreign keys and immediate write transactions.
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "thidua.db")+
		"?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_txlock=immediate")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if err := campaignsql.Migrate(ctx, db); err != nil {
		log.Fatal(err)
	}
	store, err := campaignsql.Open(ctx, db, campaignsql.WithOptions(&campaign.Options{OneUsePerInitiative: false}))
	if err != nil {
		log.Fatal(err)
	}
	add := func(id campaign.InitiativeID, title string, recognised thidua.Date, authors ...campaign.Author) {
		err := store.AddInitiative(ctx, campaign.Initiative{
			ID: id, Title: title, Kind: campaign.KindInitiative, Level: campaign.LevelGrassroots, Authors: authors,
			RecognisedBy: "Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp",
			Created:      recognised.AddDays(-90), Recognised: recognised,
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	add("sk-2019-01", "Giải pháp xác minh điều kiện thi hành án qua ngân hàng",
		thidua.MustDate(2019, time.November, 20), campaign.Author{Person: "nguyen-van-an"})
	add("sk-2020-04", "Quy trình phối hợp thu hồi tài sản trong án tham nhũng",
		thidua.MustDate(2020, time.October, 5),
		campaign.Author{Person: "tran-thi-binh", Share: amount("60")}, campaign.Author{Person: "le-minh-chi", Share: amount("40")})
	if err := store.UseInitiative(ctx, "sk-2019-01", "cstd-co-so", "qd-45-2019"); err != nil {
		log.Fatal(err)
	}

	// The initiatives of a set of people, in one read.
	ins, err := store.Initiatives(ctx, campaign.InitiativeFilter{Authors: []org.PersonID{"nguyen-van-an", "le-minh-chi"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, in := range ins {
		fmt.Println(in.Recognised, in.ID, in.Title)
	}
	// A second use for the same award is refused: one achievement, one form.
	fmt.Println(store.UseInitiative(ctx, "sk-2019-01", "cstd-co-so", "qd-12-2020") != nil)

	mem := campaign.NewMemStore(nil)
	if err := campaign.Copy(ctx, mem, store); err != nil {
		log.Fatal(err)
	}
	uses, _ := mem.Uses(ctx, campaign.UseFilter{})
	fmt.Println(len(uses), "use copied:", uses[0].Initiative, uses[0].Award, uses[0].Grant)
	// Output:
	// 2019-11-20 sk-2019-01 Giải pháp xác minh điều kiện thi hành án qua ngân hàng
	// 2020-10-05 sk-2020-04 Quy trình phối hợp thu hồi tài sản trong án tham nhũng
	// true
	// 1 use copied: sk-2019-01 cstd-co-so qd-45-2019
}
