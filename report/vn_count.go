package report

import (
	"strings"

	"github.com/thidua-go/thidua/internal/vnnum"
)

// CountOptions control how counts are written. The zero value pads counts
// below 10 to two digits, as official summaries do ("01 tập thể", "07
// lần"); a CountOptions is a plain value, safe for concurrent use (its Pad
// map is only read).
type CountOptions struct {
	// NoPad writes counts below 10 without the leading zero ("3 tập thể").
	NoPad bool
	// Pad chooses the padding per phrase, by classifier, over NoPad:
	// published texts pad "03 tập thể" yet may write "5 năm", which is
	// Pad: map[string]bool{"năm": false}. A classifier not in the map
	// follows NoPad.
	Pad map[string]bool
}

// pads reports whether counts of classifier are padded.
func (o CountOptions) pads(classifier string) bool {
	if p, ok := o.Pad[classifier]; ok {
		return p
	}
	return !o.NoPad
}

// Count writes n followed by its classifier, padded below 10:
// Count(1, "tập thể") is "01 tập thể", Count(12, "cây cầu") "12 cây cầu".
func Count(n int, classifier string) string { return CountOptions{}.Count(n, classifier) }

// PadCount writes n padded to two digits below 10: "03"; 10 and above (and
// negative numbers) are written as they are, grouped: "10", "1.200".
func PadCount(n int) string { return CountOptions{}.Number(n) }

// Number writes the count n alone: "03" (or "3" with NoPad), "1.200".
func (o CountOptions) Number(n int) string { return vnnum.Count(int64(n), "", !o.NoPad) }

// Count writes n followed by the classifier ("01 tập thể"); with an empty
// classifier it writes the number alone.
func (o CountOptions) Count(n int, classifier string) string {
	return vnnum.Count(int64(n), classifier, o.pads(classifier))
}

// JoinList joins items the Vietnamese way, with commas and a final "và":
// "A", "A và B", "A, B và C". Empty items are skipped (they carry no text).
func JoinList(items ...string) string {
	return joinWith(items, "và")
}

// joinWith joins the non-empty items with ", " and the conjunction before
// the last one.
func joinWith(items []string, conj string) string {
	var kept []string
	for _, it := range items {
		if it != "" {
			kept = append(kept, it)
		}
	}
	switch len(kept) {
	case 0:
		return ""
	case 1:
		return kept[0]
	}
	return strings.Join(kept[:len(kept)-1], ", ") + " " + conj + " " + kept[len(kept)-1]
}

// Tally is one line of a breakdown: a label and how many times it counts,
// as in "Cục Thi hành án dân sự 03 lần".
type Tally struct {
	Label string
	N     int
}

// Breakdown writes head followed, in brackets, by the tallies joined with
// [JoinList], each as label, count and classifier:
//
//	Breakdown("10 tập thể", "lần", Tally{"Cục Thi hành án dân sự", 3},
//		Tally{"Chi cục Thi hành án dân sự cấp huyện", 7})
//	→ "10 tập thể (Cục Thi hành án dân sự 03 lần và Chi cục Thi hành án dân sự cấp huyện 07 lần)"
//
// With no tallies it returns head alone.
func Breakdown(head, classifier string, parts ...Tally) string {
	return CountOptions{}.Breakdown(head, classifier, parts...)
}

// Breakdown is like the function [Breakdown], with o's padding.
func (o CountOptions) Breakdown(head, classifier string, parts ...Tally) string {
	items := make([]string, 0, len(parts))
	for _, p := range parts {
		c := o.Count(p.N, classifier)
		if p.Label != "" {
			c = p.Label + " " + c
		}
		items = append(items, c)
	}
	return Bracket(head, JoinList(items...))
}

// Bracket writes head followed by inner in brackets, "head (inner)", or
// head alone when inner is empty: Bracket("03 tập thể", "4 cờ") is
// "03 tập thể (4 cờ)".
func Bracket(head, inner string) string {
	switch {
	case inner == "":
		return head
	case head == "":
		return "(" + inner + ")"
	}
	return head + " (" + inner + ")"
}
