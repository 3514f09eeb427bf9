package awardsql_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/award/awardsql"
	"github.com/thidua-go/thidua/org"
)

// Example keeps a nomination mid-way and a decision in a SQLite file, and
// reads them back after reopening it.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "awardsql")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	// The recommended DSN for modernc.org/sqlite: foreign keys, WAL, a busy
	// timeout, write transactions that take the lock at once.
	dsn := "file:" + filepath.Join(dir, "thidua.db") +
		"?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		log.Fatal(err)
	}
	if err := awardsql.Migrate(ctx, db); err != nil {
		log.Fatal(err)
	}
	store, err := awardsql.Open(ctx, db)
	if err != nil {
		log.Fatal(err)
	}

	// A Chi cục proposes one of its people for Lao động tiên tiến and
	// submits it to the Cục.
	tree := award.NewTree([]org.Unit{{ID: "cuc", Name: "Cục Thi hành án dân sự tỉnh Đồng Tháp"}, {ID: "cc1", Parent: "cuc"}},
		[]org.Person{{ID: "p1", FullName: "Nguyễn Văn An", Assignments: []org.Assignment{{Unit: "cc1", Period: thidua.Since(thidua.MustDate(2015, 1, 1))}}}})
	n := award.Nomination{ID: "dn-2024-01", Subject: award.Subject{Kind: award.LDTT, Recipient: award.PersonRecipient("p1"), Year: 2024},
		Proposer: "cc1", Authority: "cuc"}
	n, err = n.Apply(award.Transition{Action: award.Propose, By: award.Actor{Unit: "cc1"}, On: thidua.MustDate(2025, 1, 6)}, tree)
	if err != nil {
		log.Fatal(err)
	}
	if err := store.AddNomination(ctx, n); err != nil {
		log.Fatal(err)
	}
	n, err = n.Apply(award.Transition{Action: award.Submit, By: award.Actor{Unit: "cc1"}, On: thidua.MustDate(2025, 1, 8), To: "cuc"}, tree)
	if err != nil {
		log.Fatal(err)
	}
	if err := store.UpdateNomination(ctx, n); err != nil {
		log.Fatal(err)
	}
	err = store.AddDecision(ctx, award.Decision{ID: "qd-15", Number: thidua.MustParseDocNumber("15/QĐ-CTHADS"),
		Date: thidua.MustDate(2025, 1, 20), Issuer: "cuc", SignerTitle: "Cục trưởng",
		Grants: []award.Grant{{ID: "g1", Subject: award.Subject{Kind: award.GiayKhen, Recipient: award.PersonRecipient("p1"), Year: 2024}}}})
	if err != nil {
		log.Fatal(err)
	}
	db.Close()

	// Later, another process opens the same file.
	db, err = sql.Open("sqlite", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	store, err = awardsql.Open(ctx, db)
	if err != nil {
		log.Fatal(err)
	}
	got, err := store.Nomination(ctx, "dn-2024-01")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %s, with %s, %d steps\n", got.ID, got.State, got.Holder, len(got.History))
	gs, err := store.Grants(ctx, award.GrantFilter{People: []org.PersonID{"p1"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, g := range gs {
		fmt.Printf("%s: %s %d, decision %s\n", g.ID, g.Kind.Name(), g.Year, g.Decision)
	}
	// Output:
	// dn-2024-01: đang đề nghị, with cuc, 2 steps
	// g1: Giấy khen 2024, decision qd-15
}
