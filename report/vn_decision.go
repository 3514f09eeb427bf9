package report

import (
	"cmp"
	"slices"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/vntext"
)

// DecisionInfo is one decision (quyết định) with the grants a document
// counts in it: its number, date and issuer, as the texts that cite it
// write them.
type DecisionInfo struct {
	ID string `json:"id"`
	// Number is the number and symbol, "410/QĐ-BTP"; zero when
	// NumberUnknown (award.Decision.NumberUnknown): a decision a text
	// names only as "Quyết định của Thủ tướng Chính phủ".
	Number        thidua.DocNumber `json:"number"`
	NumberUnknown bool             `json:"number_unknown,omitempty"`
	Date          thidua.Date      `json:"date"`
	// Issuer is the office it is issued under ("Bộ trưởng Bộ Tư pháp"):
	// in a summary the issuing authority ([Scope.IssuerOffice], so that a
	// decision signed "KT. Bộ trưởng" is the Bộ trưởng's); from
	// [DecisionOf], which has no scope, the signer's title, or the issuing
	// body's name when no title is recorded.
	Issuer string `json:"issuer"`
	// Collectives and Individuals count the grants counted in it, to
	// units and to people.
	Collectives int `json:"collectives"`
	Individuals int `json:"individuals"`
	// Awards are the names of the kinds it gave, as the summary labels
	// them, in the summary's order of kinds.
	Awards []string `json:"awards,omitempty"`
}

// DecisionOf describes an award decision for the phrases of this file, with
// no grants counted: its number (or that it is unknown), date and issuer
// (the signer's title, else the issuing body's name).
func DecisionOf(d award.Decision) DecisionInfo {
	issuer := vntext.Clean(d.SignerTitle)
	if issuer == "" {
		issuer = vntext.Clean(d.IssuerName)
	}
	return DecisionInfo{ID: d.ID, Number: d.Number, NumberUnknown: d.NumberUnknown || d.Number.IsZero(), Date: d.Date, Issuer: issuer}
}

// DecisionOptions control how decisions are written. The zero value writes
// the date as news do, padded ("ngày 05/03/2024"), the issuer after "của",
// and pads counts as [CountOptions] does.
type DecisionOptions struct {
	// Count pads the counts ("05 Quyết định", "03 tập thể").
	Count CountOptions
	// NoDate leaves the date out; NoPadDate writes it unpadded
	// ("ngày 5/3/2024", [NewsDateNoPad]).
	NoDate    bool
	NoPadDate bool
	// NoIssuer leaves the issuer out of a decision whose number is known
	// (one whose number is unknown is named by its issuer).
	NoIssuer bool
}

// DecisionPhrase writes a decision as a text cites it:
//
//	"Quyết định số 410/QĐ-BTP ngày 05/03/2024 của Bộ trưởng Bộ Tư pháp"
//	number unknown → "Quyết định ngày 01/06/2024 của Thủ tướng Chính phủ"
//	the same with NoDate → "Quyết định của Thủ tướng Chính phủ"
func DecisionPhrase(d DecisionInfo, o DecisionOptions) string {
	s := "Quyết định"
	known := !d.NumberUnknown && !d.Number.IsZero()
	if known {
		s += " số " + d.Number.String()
	}
	if !o.NoDate && !d.Date.IsZero() {
		if o.NoPadDate {
			s += " ngày " + NewsDateNoPad(d.Date)
		} else {
			s += " ngày " + NewsDate(d.Date)
		}
	}
	if d.Issuer != "" && (!known || !o.NoIssuer) {
		s += " của " + d.Issuer
	}
	return s
}

// RecipientsPhrase writes counts of collectives and individuals: "05 tập
// thể và 10 cá nhân", "10 cá nhân"; "" when both are zero.
func (o DecisionOptions) RecipientsPhrase(collectives, individuals int) string {
	var parts []string
	if collectives > 0 {
		parts = append(parts, o.Count.Count(collectives, "tập thể"))
	}
	if individuals > 0 {
		parts = append(parts, o.Count.Count(individuals, "cá nhân"))
	}
	return JoinList(parts...)
}

// DecisionTallyPhrase writes a decision with what it gave: "Quyết định số
// 410/QĐ-BTP ngày 05/03/2024 của Bộ trưởng Bộ Tư pháp tặng Bằng khen cho
// 05 tập thể và 10 cá nhân"; without awards named, "… cho 05 tập thể và
// 10 cá nhân"; with nothing counted, the decision alone.
func DecisionTallyPhrase(d DecisionInfo, o DecisionOptions) string {
	s := DecisionPhrase(d, o)
	if a := JoinList(d.Awards...); a != "" {
		s += " tặng " + a
	}
	if r := o.RecipientsPhrase(d.Collectives, d.Individuals); r != "" {
		s += " cho " + r
	}
	return s
}

// DecisionRangePhrase writes where a set of decisions is, as texts do:
//
//	one decision                                   → "tại Quyết định số 410/QĐ-BTP"
//	three or more with consecutive numbers of one
//	symbol, dated in one year                      → "tại 05 Quyết định, từ số 410/QĐ-BTP đến số 414/QĐ-BTP"
//	otherwise, listed by symbol and number          → "tại 03 Quyết định số 410/QĐ-BTP, 412/QĐ-BTP và 415/QĐ-BTP"
//	with decisions whose number is unknown          → "tại 03 Quyết định (số 410/QĐ-BTP, số 412/QĐ-BTP và Quyết định của Thủ tướng Chính phủ)"
//
// Numbers restart every year, so a run across two years, or a number
// repeated, is listed, never said as a range; two consecutive numbers are
// listed too ("số 410/QĐ-BTP và 411/QĐ-BTP"). Decisions given twice (same
// ID) count once; none gives "".
func DecisionRangePhrase(ds []DecisionInfo, o DecisionOptions) string {
	ds = distinctDecisions(ds)
	if len(ds) == 0 {
		return ""
	}
	if len(ds) == 1 {
		return "tại " + DecisionPhrase(ds[0], DecisionOptions{NoDate: true, NoIssuer: true})
	}
	head := "tại " + o.Count.Count(len(ds), "Quyết định")
	var numbered, unknown []DecisionInfo
	for _, d := range ds {
		if d.NumberUnknown || d.Number.IsZero() {
			unknown = append(unknown, d)
		} else {
			numbered = append(numbered, d)
		}
	}
	slices.SortStableFunc(numbered, func(a, b DecisionInfo) int {
		return cmp.Or(cmp.Compare(a.Date.Year, b.Date.Year), cmp.Compare(a.Number.Symbol, b.Number.Symbol),
			cmp.Compare(a.Number.Year, b.Number.Year), cmp.Compare(a.Number.Number, b.Number.Number))
	})
	if len(unknown) == 0 && len(numbered) >= 3 && consecutive(numbered) {
		return head + ", từ số " + numbered[0].Number.String() + " đến số " + numbered[len(numbered)-1].Number.String()
	}
	if len(unknown) == 0 {
		items := make([]string, len(numbered))
		for i, d := range numbered {
			items[i] = d.Number.String()
		}
		return head + " số " + JoinList(items...)
	}
	var items []string
	for _, d := range numbered {
		items = append(items, "số "+d.Number.String())
	}
	for _, d := range unknown {
		items = append(items, DecisionPhrase(d, DecisionOptions{NoDate: true}))
	}
	return head + " (" + JoinList(items...) + ")"
}

// DecisionsTallyPhrase writes what a set of decisions gave and where: "25
// tập thể và 40 cá nhân tại 05 Quyết định, từ số 410/QĐ-BTP đến số
// 414/QĐ-BTP" (the counts summed, the decisions as [DecisionRangePhrase]
// writes them).
func DecisionsTallyPhrase(ds []DecisionInfo, o DecisionOptions) string {
	ds = distinctDecisions(ds)
	var c, i int
	for _, d := range ds {
		c += d.Collectives
		i += d.Individuals
	}
	r, at := o.RecipientsPhrase(c, i), DecisionRangePhrase(ds, o)
	if r == "" {
		return at
	}
	if at == "" {
		return r
	}
	return r + " " + at
}

// ParseDecisionNumbers reads decision numbers as texts write them
// ("410/QĐ-BTP", "Số: 05/QĐ-UBND") into numbered decisions without a date,
// taken to be of one year, for [DecisionRangePhrase]. The error is the
// first bad number's, wrapping thidua.ErrInvalid.
func ParseDecisionNumbers(numbers ...string) ([]DecisionInfo, error) {
	out := make([]DecisionInfo, 0, len(numbers))
	for _, s := range numbers {
		n, err := thidua.ParseDocNumber(s)
		if err != nil {
			return nil, err
		}
		out = append(out, DecisionInfo{ID: n.String(), Number: n})
	}
	return out, nil
}

// consecutive reports whether sorted numbered decisions run without a gap
// or repeat under one symbol, in one year of numbering.
func consecutive(ds []DecisionInfo) bool {
	for i := 1; i < len(ds); i++ {
		a, b := ds[i-1], ds[i]
		if a.Date.Year != b.Date.Year || a.Number.Symbol != b.Number.Symbol || a.Number.Year != b.Number.Year || b.Number.Number != a.Number.Number+1 {
			return false
		}
	}
	return true
}

// distinctDecisions keeps the first of decisions with the same ID (those
// without an ID all kept).
func distinctDecisions(ds []DecisionInfo) []DecisionInfo {
	seen := make(map[string]bool, len(ds))
	out := make([]DecisionInfo, 0, len(ds))
	for _, d := range ds {
		if d.ID != "" && seen[d.ID] {
			continue
		}
		seen[d.ID] = true
		out = append(out, d)
	}
	return out
}
