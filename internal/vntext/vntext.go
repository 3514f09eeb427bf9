package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C, as stored text must be.
func NFC(s string) string {
	if composedOnly(s) || norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// composedOnly reports whether every rune of s is below U+0300 (Basic
// Latin to Spacing Modifier Letters) or in Latin Extended Additional
// (U+1E00–U+1EFF, the precomposed Vietnamese letters with tone marks):
// such runes are all NFC_Quick_Check=Yes with combining class 0, so s is
// then in NFC (Unicode UAX #15, quick check) without the table look-ups of
// norm's own check. Vietnamese text in NFC is nearly always of this kind.
func composedOnly(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c < 0xCC && i+1 < len(s) && s[i+1]&0xC0 == 0x80: // U+0080–U+02FF
			i += 2
		case c == 0xE1 && i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB && s[i+2]&0xC0 == 0x80: // U+1E00–U+1EFF
			i += 3
		default:
			return false
		}
	}
	return true
}

// Clean returns s in NFC with runs of white space folded to one space and the
// ends trimmed. Names are stored cleaned.
func Clean(s string) string {
	return strings.Join(strings.Fields(NFC(s)), " ")
}

// Tone marks, as combining characters after NFD decomposition.
const (
	toneGrave = '\u0300' // huyền
	toneAcute = '\u0301' // sắc
	toneTilde = '\u0303' // ngã
	toneHook  = '\u0309' // hỏi
	toneDot   = '\u0323' // nặng
)

func isTone(r rune) bool {
	switch r {
	case toneGrave, toneAcute, toneTilde, toneHook, toneDot:
		return true
	}
	return false
}

// Fold returns a matching key for s: two spellings of the same Vietnamese
// words give the same key. It lower-cases, folds white space, ignores where
// the tone mark sits in a syllable ("Hoà" = "Hòa", "Thuỷ" = "Thủy") by moving
// it to the end of the syllable, and reads a syllable-final "y" right after
// consonants as "i" ("sỹ" = "sĩ", "kỹ" = "kĩ"). The key is for comparing
// only; never display it.
func Fold(s string) string {
	d := norm.NFD.String(strings.ToLower(s))
	var b strings.Builder
	b.Grow(len(d))
	for i, w := range strings.Fields(d) {
		if i > 0 {
			b.WriteByte(' ')
		}
		foldWord(&b, w)
	}
	return b.String()
}

// foldWord writes one word of NFD text with its tone marks moved to the end.
func foldWord(b *strings.Builder, w string) {
	var tone rune
	base := make([]rune, 0, len(w))
	for _, r := range w {
		if isTone(r) {
			tone = r
			continue
		}
		base = append(base, r)
	}
	base = foldFinalY(base)
	for _, r := range base {
		b.WriteRune(r)
	}
	if tone != 0 {
		b.WriteRune(tone)
	}
}

// foldFinalY turns a final "y" into "i" when no other vowel precedes it in
// the syllable ("sy", "ky", "ly", "my", "quy"): the two spellings are
// variants of one another. "uy" with a real vowel u ("thuy") is kept.
func foldFinalY(base []rune) []rune {
	n := len(base)
	if n < 2 || base[n-1] != 'y' {
		return base
	}
	for i := 0; i < n-1; i++ {
		r := base[i]
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if isVowel(r) {
			// The u of "qu" is part of the consonant.
			if r == 'u' && i > 0 && base[i-1] == 'q' {
				continue
			}
			return base
		}
	}
	base[n-1] = 'i'
	return base
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// Equal reports whether a and b are the same words up to the variants
// [Fold] ignores.
func Equal(a, b string) bool { return Fold(a) == Fold(b) }

// GivenName returns the last word of a Vietnamese full name, the name people
// are sorted and addressed by ("Nguyễn Thị Thanh Hoà" → "Hoà").
func GivenName(full string) string {
	f := strings.Fields(full)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// NameCollator orders Vietnamese names: by given name first, then by the full
// name, both with the Vietnamese alphabet (a < ă < â, d < đ, tones ordered).
// A NameCollator is not safe for concurrent use; make one per goroutine.
type NameCollator struct {
	c *collate.Collator
}

// NewNameCollator returns a collator for Vietnamese names.
func NewNameCollator() *NameCollator {
	return &NameCollator{c: collate.New(language.Vietnamese, collate.IgnoreCase)}
}

// Compare returns -1, 0 or +1 as name a sorts before, with or after b.
func (n *NameCollator) Compare(a, b string) int {
	// Fold moves every tone mark to the end of its syllable, so old and new
	// placements sort together; tones remain secondary differences for the
	// collator, after the base letters.
	if c := n.c.CompareString(Fold(GivenName(a)), Fold(GivenName(b))); c != 0 {
		return c
	}
	if c := n.c.CompareString(Fold(a), Fold(b)); c != 0 {
		return c
	}
	return strings.Compare(NFC(a), NFC(b))
}

// Compare is a convenience for a single comparison with a fresh collator.
func Compare(a, b string) int { return NewNameCollator().Compare(a, b) }

// Title returns s with its first letter in upper case, for multi-byte
// letters too ("âm" → "Âm").
func Title(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	u := unicode.ToUpper(r)
	if u == r {
		return s
	}
	return string(u) + s[size:]
}

// TitleAt upper-cases the letter starting at b[i], multi-byte letters
// included, in place when the two encodings have the same length (so that
// the int64 reading of numbers stays within its allocations), otherwise in
// a new slice. It is [Title] for a byte slice being built.
func TitleAt(b []byte, i int) []byte {
	if i >= len(b) {
		return b
	}
	r, size := utf8.DecodeRune(b[i:])
	u := unicode.ToUpper(r)
	if u == r || r == utf8.RuneError {
		return b
	}
	if utf8.RuneLen(u) == size {
		utf8.EncodeRune(b[i:], u)
		return b
	}
	out := make([]byte, 0, len(b)+4)
	out = append(out, b[:i]...)
	out = utf8.AppendRune(out, u)
	return append(out, b[i+size:]...)
}

// shortLen is the most bytes of input [Shorten] keeps.
const shortLen = 64

// Shorten returns s cut to about 64 bytes, at a character boundary, with
// "…" added when cut: the input an error message repeats, so that a
// megabyte of bad input does not make a megabyte of error.
func Shorten(s string) string {
	if len(s) <= shortLen {
		return s
	}
	i := shortLen
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
