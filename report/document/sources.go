package document

import (
	"cmp"
	"context"
	"strconv"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// Sources are the stores the builders read. Org and Award are required. A
// nil Catalogue means award.DefaultCatalogue(); a nil Campaign store leaves
// the initiatives out of achievement reports.
//
// The stores are read through the narrow interfaces of package report; the
// stores of org, award and campaign (memory or SQL) satisfy them.
type Sources struct {
	Org       report.OrgReader
	Award     report.AwardReader
	Catalogue *award.Catalogue
	Campaign  report.CampaignReader
}

// report returns the sources as package report takes them.
func (s Sources) report() report.Sources {
	return report.Sources{Org: s.Org, Award: s.Award, Catalogue: s.Catalogue, Campaign: s.Campaign}
}

// reader reads the stores for one document, caching units so that each is
// read once.
type reader struct {
	ctx   context.Context
	op    string
	src   Sources
	units map[org.UnitID]org.Unit
}

// newReader checks the sources and returns a reader for operation op.
func newReader(ctx context.Context, op string, src Sources) (*reader, error) {
	if src.Org == nil || src.Award == nil {
		return nil, thidua.Invalid(op, "sources", "", "", "the org and award stores are required")
	}
	if src.Catalogue == nil {
		src.Catalogue = award.DefaultCatalogue()
	}
	r := &reader{
		ctx: ctx, op: op, src: src,
		units: make(map[org.UnitID]org.Unit),
	}
	return r, nil
}

// wrap wraps a store error with the reader's operation and the record it
// was about; errors.Is still finds the store's sentinel.
func (r *reader) wrap(kind, id string, err error) error {
	return thidua.E(r.op, kind, id, "", err)
}

// unit returns the unit with the ID, from the cache if it was read.
func (r *reader) unit(id org.UnitID) (org.Unit, error) {
	if u, ok := r.units[id]; ok {
		return u, nil
	}
	u, err := r.src.Org.Unit(r.ctx, id)
	if err != nil {
		return org.Unit{}, r.wrap("unit", string(id), err)
	}
	r.units[id] = u
	return u, nil
}

// unitOn returns the unit with the ID named as on the day d: the name and
// short name in force that day (org.Unit.NameOn), so that a document dated
// before a rename, or about a period before it, names the unit as it was
// then, and one dated after it by its new name. A zero d keeps the current
// names.
func (r *reader) unitOn(id org.UnitID, d thidua.Date) (org.Unit, error) {
	u, err := r.unit(id)
	if err != nil || d.IsZero() {
		return u, err
	}
	return u.NamedOn(d), nil
}

// subjectName names u, the unit a document is about, as on the day d: its
// name in force that day, and "nguyên …" if it no longer existed then
// (report.FormerName).
func subjectName(u org.Unit, d thidua.Date) string {
	if d.IsZero() {
		return u.Name
	}
	return report.FormerName(u.NamedOn(d), d, report.FormerNguyen)
}

// kind returns the catalogue's kind for code. A code the catalogue does not
// know is an error wrapping thidua.ErrInvalid: the document could not name
// the award.
func (r *reader) kind(code award.Code) (award.Kind, error) {
	k, err := r.src.Catalogue.Kind(code)
	if err != nil {
		return award.Kind{}, thidua.Invalid(r.op, "kind", string(code), "", "award kind unknown to the catalogue")
	}
	return k, nil
}

// compareKinds orders award kinds as award.CompareKinds does, the order of
// the period summaries too.
func (r *reader) compareKinds(a, b award.Kind) int { return award.CompareKinds(a, b) }

// postOf describes the post a person held on d in a unit's words:
// "Chấp hành viên Chi cục Thi hành án dân sự huyện Cao Lãnh". It returns ""
// if the person held no post that day. Units that cannot be read are left
// out of the text rather than failing the document.
func (r *reader) postOf(p org.Person, d thidua.Date) (post string, unit org.Unit, err error) {
	a, ok := p.PostOn(d)
	if !ok {
		return "", org.Unit{}, nil
	}
	u, err := r.unitOn(a.Unit, d)
	if err != nil {
		return "", org.Unit{}, err
	}
	return a.Position, u, nil
}

// Honorific returns the form of address a document puts before a person's
// name: "Ông" for a man, "Bà" for a woman, "" if the gender is unknown.
func Honorific(g org.Gender) string {
	switch g {
	case org.Male:
		return "Ông"
	case org.Female:
		return "Bà"
	}
	return ""
}

// PersonLine writes a person as nomination lists do: "Ông Nguyễn Văn An,
// Chấp hành viên Chi cục Thi hành án dân sự huyện Cao Lãnh". The honorific
// is left out for an unknown gender, the post when it is empty.
func PersonLine(g org.Gender, fullName, post, unitName string) string {
	s := vntext.Clean(fullName)
	if h := Honorific(g); h != "" {
		s = h + " " + s
	}
	if p := vntext.Clean(post + " " + unitName); p != "" {
		s += ", " + p
	}
	return s
}

// yearSpan writes the achievement year or period of a grant for a table
// column: "2019", "2016 - 2020".
func yearSpan(s award.Subject) string {
	if s.Year != 0 && s.Period.IsZero() {
		return strconv.Itoa(s.Year)
	}
	sp := s.Span()
	if sp.From.Year == sp.To.Year {
		return strconv.Itoa(sp.From.Year)
	}
	return strconv.Itoa(sp.From.Year) + " - " + strconv.Itoa(sp.To.Year)
}

// checkPeriod checks a request's period: set and valid. The error wraps
// thidua.ErrInvalid.
func checkPeriod(op, kind, id string, p thidua.Period) error {
	if p.IsZero() {
		return thidua.Invalid(op, kind, id, "period", "no period")
	}
	if err := p.Validate(); err != nil {
		return thidua.E(op, kind, id, "period", err)
	}
	if p.IsOpen() {
		return thidua.Invalid(op, kind, id, "period", "the period must be closed")
	}
	return nil
}

// cleanAll returns the non-empty cleaned strings of ss.
func cleanAll(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = vntext.Clean(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// unitNameOrder returns a comparison of unit names in Vietnamese
// alphabetical order of the whole name (a < ă < â, d < đ), not by the last
// word as people are sorted. It holds a collator: one per goroutine.
func unitNameOrder() func(a, b string) int {
	c := collate.New(language.Vietnamese, collate.IgnoreCase)
	return func(a, b string) int { return cmp.Or(c.CompareString(a, b), cmp.Compare(a, b)) }
}
