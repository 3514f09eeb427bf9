package report

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/org"
)

// ChangeOptions control how [ChangePhrase] words a year-on-year change.
// The zero value writes a count with no classifier, two decimals at most.
type ChangeOptions struct {
	// Classifier follows the figure: "việc", "đồng". Ignored for a rate.
	Classifier string
	// Places is how many decimals the figures keep (trailing zeros
	// dropped); zero means 2.
	Places int
	// Points words the change of a rate as "điểm phần trăm" ("tăng 0,4
	// điểm phần trăm"); without it, as units publish it, "tăng 0,4%".
	Points bool
	// NoRelative leaves out the relative change of a count or an amount
	// ("(tăng 9,75%)").
	NoRelative bool
	// NoBase leaves out "so với cùng kỳ năm …".
	NoBase bool
}

// ChangePhrase words a change ([campaign.Compare], [campaign.YearOnYear])
// as yearly reports do:
//
//	count 24.200 against 22.050, "việc"  → "tăng 2.150 việc (tăng 9,75%) so với cùng kỳ năm 2024"
//	rate 82,4% against 82%              → "tăng 0,4% so với cùng kỳ năm 2024"
//	the same with Points                → "tăng 0,4 điểm phần trăm so với cùng kỳ năm 2024"
//	no change                           → "bằng cùng kỳ năm 2024"
//
// A change rounded to nothing at Places is said as no change. The year
// compared with is c.Year-1; with c.Year zero, "so với cùng kỳ" alone.
func ChangePhrase(c campaign.Change, o ChangeOptions) string {
	places := o.Places
	if places <= 0 {
		places = 2
	}
	base := "cùng kỳ"
	if c.Year != 0 {
		base += " năm " + strconv.Itoa(c.Year-1)
	}
	delta := c.Delta.Round(int32(clampPlaces(places)))
	if delta.IsZero() {
		if o.NoBase {
			return "không thay đổi"
		}
		return "bằng " + base
	}
	verb := "tăng "
	if delta.IsNegative() {
		verb = "giảm "
	}
	s := verb + FormatTrimmed(delta.Abs(), places)
	switch {
	case c.Measure == campaign.Percent && o.Points:
		s += " điểm phần trăm"
	case c.Measure == campaign.Percent:
		s += "%"
	default:
		cl := o.Classifier
		if cl == "" && c.Measure == campaign.Money {
			cl = "đồng"
		}
		if cl != "" {
			s += " " + cl
		}
		if c.HasRelative && !o.NoRelative {
			s += " (" + verb + FormatTrimmed(c.Relative.Abs(), places) + "%)"
		}
	}
	if !o.NoBase {
		s += " so với " + base
	}
	return s
}

// RankPhrase words a rank among peers: "xếp thứ 4/34". A participant
// without a result (Position zero) gives "".
func RankPhrase(s campaign.Standing) string {
	if s.Position <= 0 {
		return ""
	}
	return "xếp thứ " + strconv.Itoa(s.Position) + "/" + strconv.Itoa(s.Of)
}

// SubunitsPhrase words the units under a unit by level ([org.CountByLevel],
// each level with the caller's classifier): "có 06 phòng chuyên môn và 09
// Phòng Thi hành án dân sự khu vực trực thuộc". Levels counting zero are
// left out; with none left it returns "".
func SubunitsPhrase(parts ...Tally) string {
	return CountOptions{}.SubunitsPhrase(parts...)
}

// SubunitsPhrase is like the function [SubunitsPhrase], with o's padding.
func (o CountOptions) SubunitsPhrase(parts ...Tally) string {
	items := make([]string, 0, len(parts))
	for _, p := range parts {
		if p.N > 0 {
			items = append(items, o.Count(p.N, p.Label))
		}
	}
	if len(items) == 0 {
		return ""
	}
	return "có " + JoinList(items...) + " trực thuộc"
}

// Approximation words, chosen by the caller: each rounds its own way, and
// is written only when the figure shown differs from the exact one.
const (
	ApproxMore   = "hơn"    // rounds down: "hơn 12.000 việc" for 12.345
	ApproxAbove  = "trên"   // rounds down: "trên 12.000 việc"
	ApproxNearly = "gần"    // rounds up: "gần 12.000 việc" for 11.870
	ApproxAbout  = "khoảng" // rounds to the nearest: "khoảng 80%" for 79,6%
	ApproxCirca  = "xấp xỉ" // rounds to the nearest: "xấp xỉ 80%"
)

// ApproxOptions control [FormatApprox].
type ApproxOptions struct {
	// Word is one of the Approx words.
	Word string
	// Step, if positive, is the multiple the figure is rounded to: 1.000
	// shows 12.345 as "hơn 12.000".
	Step decimal.Decimal
	// Places is how many decimals the figure keeps when Step is not set.
	Places int
}

// approxDirection is the one rule of the approximation words: -1 rounds
// down, +1 up, 0 to the nearest.
func approxDirection(word string) (int, bool) {
	switch word {
	case ApproxMore, ApproxAbove:
		return -1, true
	case ApproxNearly:
		return 1, true
	case ApproxAbout, ApproxCirca:
		return 0, true
	}
	return 0, false
}

// FormatApprox writes a count or a figure rounded as o.Word says, with the
// word only when the figure shown differs from v, followed by the
// classifier ("việc", or "%" for a rate, written without a space):
//
//	12.345, hơn, Step 1.000, "việc"  → "hơn 12.000 việc"
//	12.000, hơn, Step 1.000, "việc"  → "12.000 việc"
//	79,6, khoảng, 0 places, "%"      → "khoảng 80%"
//	11.870, gần, Step 1.000, "việc"  → "gần 12.000 việc"
//
// An unknown word, negative Places or Step give an error wrapping
// [thidua.ErrInvalid].
func FormatApprox(v decimal.Decimal, classifier string, o ApproxOptions) (string, error) {
	const op = "report: format approx"
	dir, ok := approxDirection(o.Word)
	switch {
	case !ok:
		return "", thidua.Invalid(op, "approx options", "", "Word", "unknown word %q (want hơn, trên, gần, khoảng or xấp xỉ)", o.Word)
	case o.Places < 0 || o.Places > maxPlaces:
		return "", thidua.Invalid(op, "approx options", "", "Places", "places %d outside 0..%d", o.Places, maxPlaces)
	case o.Step.Sign() < 0:
		return "", thidua.Invalid(op, "approx options", "", "Step", "negative step %s", o.Step.String())
	}
	shown := roundTo(v, o.Step, int32(o.Places), dir)
	s := FormatTrimmed(shown, o.Places)
	if !shown.Equal(v) {
		s = o.Word + " " + s
	}
	switch classifier {
	case "":
	case "%":
		s += "%"
	default:
		s += " " + classifier
	}
	return s, nil
}

// roundTo rounds v to a multiple of step, or to places decimals when step
// is not positive: down (dir < 0), up (dir > 0) or to the nearest, halves
// away from zero (dir 0). It is the one rounding of the approximate
// figures, counts and money alike.
func roundTo(v, step decimal.Decimal, places int32, dir int) decimal.Decimal {
	if step.Sign() > 0 {
		q, r := v.QuoRem(step, 0) // q truncated toward zero, exact
		one := decimal.NewFromInt(int64(r.Sign()))
		switch {
		case dir < 0 && r.Sign() < 0, dir > 0 && r.Sign() > 0:
			q = q.Add(one)
		case dir == 0 && r.Abs().Add(r.Abs()).Cmp(step) >= 0:
			q = q.Add(one)
		}
		return q.Mul(step)
	}
	switch {
	case dir < 0:
		return v.RoundFloor(places)
	case dir > 0:
		return v.RoundCeil(places)
	}
	return v.Round(places)
}

// FormerStyle says how a unit or place that no longer exists is named.
type FormerStyle int

// Styles of a former name.
const (
	// FormerNguyen writes "nguyên …": "nguyên Chi cục Thi hành án dân sự
	// huyện Tháp Mười".
	FormerNguyen FormerStyle = iota
	// FormerCu writes "… cũ", as news does of the places the 2025
	// restructuring merged: "huyện Tháp Mười cũ".
	FormerCu
)

// FormerPlace names a unit or place that no longer exists with "cũ":
// FormerPlace("huyện Tháp Mười") is "huyện Tháp Mười cũ".
func FormerPlace(name string) string { return name + " cũ" }

// FormerName names u as of the date on: its name when it exists on that
// day or later, otherwise as style says ("nguyên …" or "… cũ"), since it
// no longer exists. A unit that exists only later is named as it is.
func FormerName(u org.Unit, on thidua.Date, style FormerStyle) string {
	return formerIn(u.Name, endedBy(u, on), style)
}

// endedBy reports whether u no longer exists on the date on: it ended
// before it.
func endedBy(u org.Unit, on thidua.Date) bool {
	return !u.Exists.IsZero() && u.Exists.To.Before(on)
}

// formerIn names a unit or place: name, or when former, in style.
func formerIn(name string, former bool, style FormerStyle) string {
	switch {
	case !former:
		return name
	case style == FormerCu:
		return FormerPlace(name)
	}
	return FormerPost(name)
}

// NewsDateNoPad writes d as news articles often do, without leading
// zeros: "14/3/2023" (beside [NewsDate]'s "14/03/2023"). The zero Date
// gives "".
func NewsDateNoPad(d thidua.Date) string {
	if d.IsZero() {
		return ""
	}
	return strconv.Itoa(d.Day) + "/" + strconv.Itoa(int(d.Month)) + "/" + strconv.Itoa(d.Year)
}

// ResultSentence words a result of a summary as yearly reports do: the
// target, the year, the figure, its change from the year before and its
// rank when known:
//
//	"Số việc thi hành xong năm 2025: 45.010 việc, tăng 4.710 việc (tăng
//	11,69%) so với cùng kỳ năm 2024, xếp thứ 1/34."
func ResultSentence(r ResultInfo) string { return ResultClause(r) + "." }

// ResultClause is [ResultSentence] without its final full stop, for a
// result stated inside a longer sentence.
func ResultClause(r ResultInfo) string {
	parts := []string{r.Figure()}
	if c := r.ChangePhrase(); c != "" {
		parts = append(parts, c)
	}
	if p := r.RankPhrase(); p != "" {
		parts = append(parts, p)
	}
	return r.Target.Name + " năm " + strconv.Itoa(r.Year) + ": " + strings.Join(parts, ", ")
}

// Figure writes the result as its wording asks: "24.200 việc", "82,4%",
// "1.500.000.000 đồng".
func (r ResultInfo) Figure() string {
	o := r.Wording
	places := o.Places
	if places <= 0 {
		places = 2
	}
	switch r.Target.Measure {
	case campaign.Percent:
		return FormatTrimmed(r.Actual, places) + "%"
	case campaign.Money:
		return FormatMoney(r.Actual)
	}
	fig := FormatTrimmed(r.Actual, places)
	if o.Classifier != "" {
		fig += " " + o.Classifier
	}
	return fig
}

// ChangePhrase words the change from the year before ([ChangePhrase]),
// or "" when the year before has no result.
func (r ResultInfo) ChangePhrase() string {
	if r.Change == nil {
		return ""
	}
	return ChangePhrase(*r.Change, r.Wording)
}

// RankPhrase words the rank among peers ([RankPhrase]), or "" when not
// asked or not ranked.
func (r ResultInfo) RankPhrase() string {
	if r.Standing == nil {
		return ""
	}
	return RankPhrase(*r.Standing)
}

// ResultSentences words every result of s ([ResultSentence]).
func ResultSentences(s *Summary) []string {
	out := make([]string, len(s.Results))
	for i, r := range s.Results {
		out[i] = ResultSentence(r)
	}
	return out
}
