// Command screening shows the year-end screening (rà soát) of a Chi cục Thi
// hành án dân sự for the emulation titles and forms of 2019: it builds the
// unit, its twenty staff and five years of records through the public store
// APIs (org, campaign, award), loads the candidates with rules.LoadSubtree,
// runs rules.Screen under the regime in force and prints, in Vietnamese, who
// may be proposed for each award, who a quota cut and why, the full
// explained verdict for one candidate and, for another, the earliest year an
// award becomes possible.
//
// The output is deterministic; main_test.go compares it with
// testdata/screening.golden (refresh with go test ./examples/screening -update).
package main
