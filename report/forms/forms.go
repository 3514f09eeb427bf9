package forms

import (
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
)

// Source is what the cells of a form count.
type Source string

// Sources of facts.
const (
	// Movements are the emulation movements (and drives) launched in the
	// year by the unit or by a unit under it, or joined by them (listed
	// as participants).
	Movements Source = "movements"
	// Grants are the grants of decisions dated in the year that count for
	// the unit (document.CountedGrants), as they stood at the end of the
	// year: one revoked by then is left out.
	Grants Source = "grants"
)

// Attributes of the facts, and their values. A fact has at most one value
// for each attribute; an attribute a source does not provide makes every
// cell that tests it unknown.
const (
	// Movements.
	AttrLaunch   = "launch"   // who launched it: "central", "ministry" (bộ, ngành, tỉnh), "unit"
	AttrScope    = "scope"    // its reach: "national", "ministry", "unit"
	AttrDuration = "duration" // "lt1" (under a year), "1", "1to3", "3to5", "ge5" (years); none if open-ended
	AttrKind     = "kind"     // "regular" (thường xuyên), "thematic" (chuyên đề), "drive" (đợt cao điểm)
	// Grants.
	AttrCode      = "code"      // the award kind's code: "hcld-3"
	AttrAward     = "award"     // the catalogue's name: "Huân chương Lao động hạng Ba"
	AttrLevel     = "level"     // "grassroots", "ministry", "government", "state"
	AttrFamily    = "family"    // "title" (danh hiệu) or "form" (hình thức khen thưởng)
	AttrRecipient = "recipient" // "collective" or "individual"
	AttrBasis     = "basis"     // "regular", "adhoc", "thematic", "long-service", "length-of-service", "external"; none if not stated
	AttrBody      = "body"      // the reporting body: Request.Body, "ministry" or "province"
	AttrGender    = "gender"    // individuals: "male", "female"
	// Attributes no source provides (the library does not keep them);
	// cells that test them are unknown.
	AttrEnterprise = "enterprise" // a collective that is an enterprise
	AttrHousehold  = "household"  // a household recipient
	AttrPostRank   = "post-rank"  // the rank of an individual's post
	AttrResistance = "resistance" // commendation for the resistance wars
	AttrCluster    = "cluster"    // a movement of an emulation cluster or block
)

// provides lists the attributes each source describes its facts with.
var provides = map[Source][]string{
	Movements: {AttrLaunch, AttrScope, AttrDuration, AttrKind},
	Grants:    {AttrCode, AttrAward, AttrLevel, AttrFamily, AttrRecipient, AttrBasis, AttrBody, AttrGender},
}

// Provides reports whether source s describes its facts with attribute a.
func (s Source) Provides(a string) bool { return slices.Contains(provides[s], a) }

// Cond is one condition on a fact: its attribute Attr has one of the
// values In (or, with Prefix, starts with one of them); Not negates it. A
// fact without the attribute fails a condition and passes its negation.
type Cond struct {
	Attr   string   `json:"attr"`
	In     []string `json:"in"`
	Prefix bool     `json:"prefix,omitempty"`
	Not    bool     `json:"not,omitempty"`
}

// attrs are the attributes a fact may hold, in the order of its array.
var attrs = [...]string{AttrLaunch, AttrScope, AttrDuration, AttrKind, AttrCode, AttrAward, AttrLevel, AttrFamily,
	AttrRecipient, AttrBasis, AttrBody, AttrGender, AttrEnterprise, AttrHousehold, AttrPostRank, AttrResistance, AttrCluster}

// fact is one movement or grant described by its attributes, indexed as
// attrs; "" is an attribute the fact does not have.
type fact [len(attrs)]string

func attrIndex(a string) int {
	for i, x := range attrs {
		if x == a {
			return i
		}
	}
	return -1
}

// cond is a Cond compiled against the attribute indexes.
type cond struct {
	Cond
	i int
}

func compile(cs []Cond) []cond {
	out := make([]cond, len(cs))
	for k, c := range cs {
		out[k] = cond{c, attrIndex(c.Attr)}
	}
	return out
}

func (c cond) match(f *fact) bool {
	v := ""
	if c.i >= 0 {
		v = f[c.i]
	}
	hit := false
	if v != "" {
		for _, x := range c.In {
			if v == x || (c.Prefix && strings.HasPrefix(v, x)) {
				hit = true
				break
			}
		}
	}
	return hit != c.Not
}

// Line is a row or a column of a form.
type Line struct {
	// Code is the row's code (mã số "01") or the column's number ("1").
	Code  string `json:"code"`
	Label string `json:"label"`
	// Group is, for columns, a label over the consecutive columns that
	// share it ("Huân chương Lao động" over "Tập thể" and "Cá nhân").
	Group string `json:"group,omitempty"`
	// Indent is, for rows, the depth under the row above: 1 for "Chia
	// theo…" lines, 2 for "Trong đó:".
	Indent int `json:"indent,omitempty"`
	// Where are the conditions a fact must meet to count in the line;
	// none: every fact.
	Where []Cond `json:"where,omitempty"`
	// Heading marks a row that only heads the rows under it: its cells are
	// empty.
	Heading bool `json:"heading,omitempty"`
}

// Form is a statistics form as data: a cell counts the facts of Source
// that meet Where, the conditions of its row and those of its column.
type Form struct {
	// Code is the form's number: "0601.N/BNV-TĐKT".
	Code string `json:"code"`
	// Basis names the text that issues the form: "Thông tư số
	// 02/2023/TT-BNV".
	Basis string `json:"basis"`
	// Title is the form's name in capitals; Measure its unit ("Phong
	// trào", "Lượt").
	Title   string `json:"title"`
	Measure string `json:"measure"`
	Source  Source `json:"source"`
	Where   []Cond `json:"where,omitempty"`
	Rows    []Line `json:"rows"`
	Columns []Line `json:"columns"`
	// Receiver is the body the form is sent to.
	Receiver string `json:"receiver,omitempty"`
	// Notes are remarks printed under the table.
	Notes []string `json:"notes,omitempty"`
}

// Validate checks the form: a code, a title, a known source, at least one
// row and one column, unique row codes, conditions with an attribute and
// values. The error wraps thidua.ErrInvalid.
func (f *Form) Validate() error {
	const op = "forms: validate"
	switch {
	case f == nil:
		return thidua.Invalid(op, "form", "", "", "nil form")
	case f.Code == "" || f.Title == "":
		return thidua.Invalid(op, "form", f.Code, "code", "a form needs a code and a title")
	case provides[f.Source] == nil:
		return thidua.Invalid(op, "form", f.Code, "source", "unknown source %q", f.Source)
	case len(f.Rows) == 0 || len(f.Columns) == 0:
		return thidua.Invalid(op, "form", f.Code, "rows", "a form needs rows and columns")
	}
	seen := make(map[string]bool)
	for _, r := range f.Rows {
		if r.Code != "" && seen[r.Code] {
			return thidua.Invalid(op, "form", f.Code, "rows", "row code %q twice", r.Code)
		}
		seen[r.Code] = true
	}
	for _, l := range append(append(slices.Clone(f.Rows), f.Columns...), Line{Where: f.Where}) {
		for _, c := range l.Where {
			if c.Attr == "" || len(c.In) == 0 {
				return thidua.Invalid(op, "form", f.Code, "where", "line %q: a condition needs an attribute and values", l.Label)
			}
		}
	}
	return nil
}

// Unknown returns, for each line (row or column label) whose cells are
// unknown because the source lacks an attribute, the attribute: why those
// cells are empty. Award kinds missing from a catalogue are found when the
// form is computed ([Result.Unknown]).
func (f *Form) Unknown() map[string]string {
	out := make(map[string]string)
	for _, l := range append(slices.Clone(f.Rows), f.Columns...) {
		for _, c := range l.Where {
			if !f.Source.Provides(c.Attr) {
				out[l.Label] = c.Attr
			}
		}
	}
	return out
}
