package report

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua/internal/vnnum"
	"github.com/thidua-go/thidua/internal/vntext"
)

// WordOptions choose among the accepted variants of reading numbers aloud
// (đọc số). The zero value reads as official documents do: "lẻ", "tư",
// "lăm", "nghìn", "tỷ", "phẩy", lower case, groups separated by spaces only.
//
// A WordOptions is a plain value: its methods do not modify it and are safe
// for concurrent use.
type WordOptions struct {
	// Linh reads a zero tens digit after hundreds as "linh" instead of "lẻ":
	// 105 "một trăm linh năm".
	Linh bool
	// Bon reads a final 4 after "mươi" as "bốn" instead of "tư":
	// 24 "hai mươi bốn". (14 is always "mười bốn".)
	Bon bool
	// Nham reads a final 5 after "mươi" as "nhăm" instead of "lăm":
	// 25 "hai mươi nhăm". 15 stays "mười lăm" and 105 "một trăm lẻ năm".
	Nham bool
	// Ngan writes "ngàn" instead of "nghìn".
	Ngan bool
	// Ti writes "tỉ" instead of "tỷ".
	Ti bool
	// Cham reads the decimal point as "chấm" instead of "phẩy".
	Cham bool
	// Capitalize writes the first letter in upper case ("Âm một", "Một trăm").
	Capitalize bool
	// GroupSeparator is written right after a scale word (nghìn, triệu, tỷ)
	// when more groups follow, before the space: with "," 75.230.000 reads
	// "bảy mươi lăm triệu, hai trăm ba mươi nghìn".
	GroupSeparator string
}

// Words reads n aloud with the default options (see [WordOptions]):
// 1005 → "một nghìn không trăm lẻ năm", -21 → "âm hai mươi mốt".
func Words(n int64) string { return WordOptions{}.Int(n) }

// DecimalWords reads d aloud with the default options; any size works:
// 12.5 → "mười hai phẩy năm".
func DecimalWords(d decimal.Decimal) string { return WordOptions{}.Decimal(d) }

// Int reads n aloud. Every int64 works, math.MinInt64 included.
func (o WordOptions) Int(n int64) string {
	var buf [512]byte
	return string(o.AppendInt(buf[:0], n))
}

// AppendInt appends the reading of n to b and returns the extended slice.
func (o WordOptions) AppendInt(b []byte, n int64) []byte {
	var tmp [20]byte
	u := uint64(n)
	if n < 0 {
		u = -u // exact for math.MinInt64 too
	}
	return o.appendNumber(b, n < 0, strconv.AppendUint(tmp[:0], u, 10), nil)
}

// Decimal reads d aloud, exactly, whatever its size. The integer part is
// read by groups; the decimals after "phẩy" are read as a number when there
// are two or three of them (3,14 "ba phẩy mười bốn"; 0,05 "không phẩy không
// năm"; 1,005 "một phẩy không trăm lẻ năm") and digit by digit otherwise.
// Trailing zeros of the decimals are not read (12,50 reads as 12,5).
//
// Leading zeros of the decimals are read ("không năm" for ,05), so that
// 0,05 and 0,5 never read alike; the npm package read-vietnamese-number
// drops them (it reads both as "không chấm năm"): a deliberate difference.
func (o WordOptions) Decimal(d decimal.Decimal) string {
	neg, ip, fp := decimalParts(d)
	b := make([]byte, 0, 16*(len(ip)+len(fp))+16)
	return string(o.appendNumber(b, neg, []byte(ip), []byte(fp)))
}

// Digits reads the (non-negative) integer written with the ASCII digits ds
// of any length, and ok=false if ds is empty or holds anything but digits.
// Leading zeros are ignored.
func (o WordOptions) Digits(ds string) (s string, ok bool) {
	if !allDigits(ds) {
		return "", false
	}
	return string(o.appendNumber(make([]byte, 0, 16*len(ds)+16), false, []byte(ds), nil)), true
}

// wordWriter appends space-separated words to b; the reading began at
// b[start]. It is passed and returned by value so that a caller's stack
// buffer does not escape to the heap.
type wordWriter struct {
	b     []byte
	start int
}

func (w wordWriter) word(s string) wordWriter {
	if len(w.b) > w.start {
		w.b = append(w.b, ' ')
	}
	w.b = append(w.b, s...)
	return w
}

// appendNumber appends the reading of the number with integer digits ip
// and fraction digits fp (no trailing zeros), negative if neg.
func (o *WordOptions) appendNumber(b []byte, neg bool, ip, fp []byte) []byte {
	w := wordWriter{b: b, start: len(b)}
	for len(ip) > 1 && ip[0] == '0' {
		ip = ip[1:]
	}
	if neg && (len(ip) > 1 || (len(ip) == 1 && ip[0] != '0') || len(fp) > 0) {
		w = w.word("âm")
	}
	w = o.integer(w, ip)
	if len(fp) > 0 {
		if o.Cham {
			w = w.word("chấm")
		} else {
			w = w.word("phẩy")
		}
		w = o.fraction(w, fp)
	}
	if o.Capitalize {
		return vntext.TitleAt(w.b, w.start)
	}
	return w.b
}

// integer reads the digits ds (no leading zeros) by groups of three.
// Groups above a billion repeat the scale words: the part above 10^9 is read
// as a number followed by "tỷ" (1.234 tỷ reads "một nghìn hai trăm ba mươi
// tư tỷ"); empty groups are skipped; a group after a non-empty one is read
// in full, with "không trăm" and "lẻ" ("một tỷ không trăm lẻ một").
func (o *WordOptions) integer(w wordWriter, ds []byte) wordWriter {
	n := len(ds)
	if n == 0 || (n == 1 && ds[0] == '0') {
		return w.word("không")
	}
	digit := func(k int) byte {
		if k < 0 {
			return 0
		}
		return ds[k] - '0'
	}
	wrote, pending := false, false
	for i := (n+2)/3 - 1; i >= 0; i-- {
		end := n - 3*i // digits of group i are ds[end-3:end]
		h, t, u := digit(end-3), digit(end-2), digit(end-1)
		if h|t|u != 0 {
			if pending && o.GroupSeparator != "" {
				w.b = append(w.b, o.GroupSeparator...)
			}
			w = o.group(w, h, t, u, wrote)
			switch i % 3 {
			case 1:
				w = w.word(vnnum.Thousand(o.Ngan))
			case 2:
				w = w.word("triệu")
			}
			wrote, pending = true, i > 0
		}
		if i%3 == 0 && i > 0 && wrote {
			w = w.word(vnnum.Billion(o.Ti))
			pending = true
		}
	}
	return w
}

// group reads one group of three digits h t u. full reads a zero hundreds
// digit ("không trăm"), as for every group after the first.
func (o *WordOptions) group(w wordWriter, h, t, u byte, full bool) wordWriter {
	if full || h != 0 {
		w = w.word(digitWord(h))
		w = w.word("trăm")
		if t == 0 {
			if u != 0 {
				w = o.odd(w)
				w = w.word(digitWord(u)) // never "lăm"/"tư" after lẻ
			}
			return w
		}
	}
	return o.tensUnits(w, t, u)
}

// odd writes the word for a zero tens digit after hundreds.
func (o *WordOptions) odd(w wordWriter) wordWriter {
	if o.Linh {
		return w.word("linh")
	}
	return w.word("lẻ")
}

// tensUnits reads a two-digit number t u (t may be 0: a single digit).
func (o *WordOptions) tensUnits(w wordWriter, t, u byte) wordWriter {
	switch t {
	case 0:
		w = w.word(digitWord(u))
	case 1:
		w = w.word("mười")
		switch u {
		case 0:
		case 5:
			w = w.word("lăm")
		default:
			w = w.word(digitWord(u)) // 11 "mười một", 14 "mười bốn"
		}
	default:
		w = w.word(digitWord(t))
		w = w.word("mươi")
		switch u {
		case 0:
		case 1:
			w = w.word("mốt")
		case 4:
			if o.Bon {
				w = w.word("bốn")
			} else {
				w = w.word("tư")
			}
		case 5:
			if o.Nham {
				w = w.word("nhăm")
			} else {
				w = w.word("lăm")
			}
		default:
			w = w.word(digitWord(u))
		}
	}
	return w
}

// fraction reads the decimals fp: two or three digits as a number (with a
// leading "không" for 0x and "không trăm" for 0xx), others digit by digit.
func (o *WordOptions) fraction(w wordWriter, fp []byte) wordWriter {
	switch len(fp) {
	case 2:
		t, u := fp[0]-'0', fp[1]-'0'
		if t == 0 {
			w = w.word("không")
		}
		w = o.tensUnits(w, t, u)
	case 3:
		w = o.group(w, fp[0]-'0', fp[1]-'0', fp[2]-'0', true)
	default:
		for _, c := range fp {
			w = w.word(digitWord(c - '0'))
		}
	}
	return w
}

func digitWord(d byte) string {
	switch d {
	case 0:
		return "không"
	case 1:
		return "một"
	case 2:
		return "hai"
	case 3:
		return "ba"
	case 4:
		return "bốn"
	case 5:
		return "năm"
	case 6:
		return "sáu"
	case 7:
		return "bảy"
	case 8:
		return "tám"
	}
	return "chín"
}
