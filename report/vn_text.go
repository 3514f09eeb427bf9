package report

import (
	"slices"

	"github.com/thidua-go/thidua/internal/vntext"
)

// The text helpers below are thin wrappers over the library's one
// implementation in internal/vntext, exported for report templates and
// callers outside the module.

// NFC returns s in Unicode normalisation form C, as stored text must be.
func NFC(s string) string { return vntext.NFC(s) }

// CleanText returns s in NFC with runs of white space folded to one space
// and the ends trimmed.
func CleanText(s string) string { return vntext.Clean(s) }

// FoldKey returns a matching key for s in which old and new tone placement
// ("Hoà"/"Hòa", "Thuỷ"/"Thủy"), "sỹ"/"sĩ", case and spacing do not matter.
// The key is for comparing only; display what the user gave.
func FoldKey(s string) string { return vntext.Fold(s) }

// SameText reports whether a and b are the same words up to the variants
// [FoldKey] ignores: SameText("Chiến sỹ", "chiến sĩ") is true.
func SameText(a, b string) bool { return vntext.Equal(a, b) }

// GivenName returns the last word of a Vietnamese full name, the name
// people are sorted by: "Nguyễn Thị Thanh Hoà" → "Hoà".
func GivenName(full string) string { return vntext.GivenName(full) }

// Capitalize returns s with its first letter in upper case, multi-byte
// letters included: "âm một" → "Âm một".
func Capitalize(s string) string { return vntext.Title(s) }

// NameCollator orders Vietnamese names: by given name, then by full name,
// with the Vietnamese alphabet (a < ă < â, d < đ, tones ordered). A
// NameCollator is not safe for concurrent use; make one per goroutine.
type NameCollator struct {
	c *vntext.NameCollator
}

// NewNameCollator returns a collator for Vietnamese names.
func NewNameCollator() *NameCollator {
	return &NameCollator{c: vntext.NewNameCollator()}
}

// Compare returns -1, 0 or +1 as name a sorts before, with or after b.
func (n *NameCollator) Compare(a, b string) int { return n.c.Compare(a, b) }

// CompareNames compares two names in Vietnamese name order with a fresh
// collator; to sort many names use [SortNames] or a [NameCollator].
func CompareNames(a, b string) int { return vntext.Compare(a, b) }

// SortNames returns a sorted copy of names in Vietnamese name order (by
// given name, then full name). The argument is not modified.
func SortNames(names []string) []string {
	out := slices.Clone(names)
	slices.SortStableFunc(out, NewNameCollator().Compare)
	return out
}
