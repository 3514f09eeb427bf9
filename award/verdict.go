package award

import (
	"slices"
	"strconv"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
)

// MaxCriteria bounds the criteria a [Verdict] carries: the engine lists a
// few dozen at most for one award.
const MaxCriteria = 256

// Criterion is one condition an eligibility check looked at, passed or not,
// with its reason in Vietnamese (NFC) and its legal citation. The rules
// engine (package award/rules) lists them in its verdicts, and a
// nomination's [Verdict] keeps them as they were: rules.Criterion is this
// type.
type Criterion struct {
	ID       string `json:"id"`
	Passed   bool   `json:"passed"`
	Pending  bool   `json:"pending,omitempty"` // cannot be decided from the history (a council vote, a quota): not a failure
	Branch   string `json:"branch,omitempty"`  // "" for a mandatory criterion; otherwise the alternative it belongs to
	Reason   string `json:"reason"`
	Citation string `json:"citation,omitempty"`
	Facts    Facts  `json:"facts,omitzero"`
}

// Facts are the structured numbers behind a [Criterion]; rules.Facts is
// this type.
type Facts struct {
	Have    int   `json:"have,omitempty"`
	Need    int   `json:"need,omitempty"`
	Years   []int `json:"years,omitempty"`   // years that counted
	Missing []int `json:"missing,omitempty"` // years that were needed and did not qualify
	// Uncounted are years that qualified but lie before the window start
	// (already used by an earlier grant of the same code, or touched by a
	// discipline): they do not count, and are not missing either.
	Uncounted []int    `json:"uncounted,omitempty"`
	Excluded  []string `json:"excluded,omitempty"` // achievements left out (already used: one achievement, one form)
}

// Equal reports whether f and g hold the same numbers; a nil list equals
// an empty one.
func (f Facts) Equal(g Facts) bool {
	return f.Have == g.Have && f.Need == g.Need && slices.Equal(f.Years, g.Years) && slices.Equal(f.Missing, g.Missing) &&
		slices.Equal(f.Uncounted, g.Uncounted) && slices.Equal(f.Excluded, g.Excluded)
}

// Equal reports whether c and d are the same criterion.
func (c Criterion) Equal(d Criterion) bool {
	return c.ID == d.ID && c.Passed == d.Passed && c.Pending == d.Pending && c.Branch == d.Branch &&
		c.Reason == d.Reason && c.Citation == d.Citation && c.Facts.Equal(d.Facts)
}

// Equal reports whether v and w are the same verdict, criteria compared one
// by one.
func (v Verdict) Equal(w Verdict) bool {
	return v.Eligible == w.Eligible && v.Summary == w.Summary && v.Flagged == w.Flagged && v.Regime == w.Regime &&
		v.Through == w.Through && v.Pending == w.Pending && v.Basis == w.Basis &&
		slices.EqualFunc(v.Criteria, w.Criteria, Criterion.Equal) &&
		slices.Equal(v.Initiatives, w.Initiatives) && slices.Equal(v.Feats, w.Feats)
}

// Clone returns a copy of v sharing nothing with it.
func (v Verdict) Clone() Verdict {
	v.Initiatives, v.Feats = slices.Clone(v.Initiatives), slices.Clone(v.Feats)
	if v.Criteria == nil {
		return v
	}
	v.Criteria = slices.Clone(v.Criteria)
	for i := range v.Criteria {
		f := &v.Criteria[i].Facts
		f.Years, f.Missing, f.Uncounted, f.Excluded = slices.Clone(f.Years), slices.Clone(f.Missing), slices.Clone(f.Uncounted), slices.Clone(f.Excluded)
	}
	return v
}

// cleaned returns a copy of v with its texts cleaned as Apply cleans them
// (NFC, trimmed) and empty lists as nil, the form every store keeps.
func (v Verdict) cleaned() Verdict {
	v = v.Clone()
	v.Summary, v.Regime = vntext.Clean(v.Summary), vntext.Clean(v.Regime)
	if len(v.Criteria) == 0 {
		v.Criteria = nil
	}
	v.Initiatives, v.Feats = nilIfEmpty(v.Initiatives), nilIfEmpty(v.Feats)
	for i := range v.Criteria {
		c := &v.Criteria[i]
		c.Branch, c.Reason, c.Citation = vntext.Clean(c.Branch), vntext.Clean(c.Reason), vntext.Clean(c.Citation)
		f := &c.Facts
		f.Years, f.Missing, f.Uncounted, f.Excluded = nilIfEmpty(f.Years), nilIfEmpty(f.Missing), nilIfEmpty(f.Uncounted), nilIfEmpty(f.Excluded)
	}
	return v
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// check applies the library's text rules to v: the summary, the regime,
// each criterion's ID, branch, reason and citation (field
// "verdict.criteria[i].reason"), at most [MaxCriteria] criteria and as
// many initiatives and feats, each a valid ID, a basis
// that is one known basis or none, a year in the supported range or none,
// and no negative count. The error wraps
// thidua.ErrInvalid.
func (v *Verdict) check(op, id string) error {
	const kind = "nomination"
	if err := checkFields(op, kind, id,
		textField{field: "verdict.summary", value: v.Summary, max: thidua.MaxNoteLen},
		textField{field: "verdict.regime", value: v.Regime, max: thidua.MaxNameLen},
	); err != nil {
		return err
	}
	switch {
	case len(v.Criteria) > MaxCriteria:
		return thidua.Invalid(op, kind, id, "verdict.criteria", "%d criteria, more than %d", len(v.Criteria), MaxCriteria)
	case len(v.Initiatives) > MaxCriteria:
		return thidua.Invalid(op, kind, id, "verdict.initiatives", "%d initiatives, more than %d", len(v.Initiatives), MaxCriteria)
	case len(v.Feats) > MaxCriteria:
		return thidua.Invalid(op, kind, id, "verdict.feats", "%d feats, more than %d", len(v.Feats), MaxCriteria)
	case v.Basis != 0 && !v.Basis.single():
		return thidua.Invalid(op, kind, id, "verdict.basis", "basis %d is not one known basis", v.Basis)
	case v.Through != 0 && (v.Through < thidua.MinYear || v.Through > thidua.MaxYear):
		return thidua.Invalid(op, kind, id, "verdict.through", "year %d outside %d-%d", v.Through, thidua.MinYear, thidua.MaxYear)
	}
	for _, e := range v.Initiatives {
		if err := thidua.CheckID(op, kind, id, "verdict.initiatives", e); err != nil {
			return err
		}
	}
	for _, e := range v.Feats {
		if err := thidua.CheckID(op, kind, id, "verdict.feats", e); err != nil {
			return err
		}
	}
	for i := range v.Criteria {
		c := &v.Criteria[i]
		at := "verdict.criteria[" + strconv.Itoa(i) + "]."
		if err := checkFields(op, kind, id,
			textField{field: at + "id", value: c.ID},
			textField{field: at + "branch", value: c.Branch, max: thidua.MaxNameLen},
			textField{field: at + "reason", value: c.Reason, max: thidua.MaxNoteLen},
			textField{field: at + "citation", value: c.Citation, max: thidua.MaxNameLen},
		); err != nil {
			return err
		}
		f := &c.Facts
		if f.Have < 0 || f.Need < 0 {
			return thidua.Invalid(op, kind, id, at+"facts", "negative count")
		}
		for _, e := range f.Excluded {
			if err := thidua.CheckID(op, kind, id, at+"facts.excluded", e); err != nil {
				return err
			}
		}
	}
	return nil
}
