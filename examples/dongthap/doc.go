// Command dongthap rebuilds, as data entered through the library's public
// API, the civil judgment enforcement system of Đồng Tháp province in
// 2015–2020 — the provincial department (Cục), its offices and twelve
// district branches (Chi cục), the movements they ran, the contributions they
// made and mobilised, the awards they received and the proposals still under
// consideration — and prints the summary published on 22/06/2020, every
// figure counted from the data.
//
// Run it with
//
//	go run ./examples/dongthap
//
// The -format flag picks another renderer: text (the built-in paragraph
// style), markdown, html, csv or json. The default, article, runs the
// custom template summary.tmpl beside this file. With -template FILE the
// program runs any template file (html/template for a .html file,
// text/template otherwise): a ministry developer writes a new report that
// way, without touching Go code; templates/tom-tat.tmpl is one.
//
// With -db FILE the data is kept in a SQLite file (modernc.org/sqlite, pure
// Go): the first run creates the schemas of the four SQL stores (orgsql,
// campaignsql, awardsql, contributionsql) and copies the data built in
// memory into the file with the domains' Copy functions; every later run
// reads the file back and prints the same summary, byte for byte:
//
//	go run ./examples/dongthap -db dongthap.db
package main
