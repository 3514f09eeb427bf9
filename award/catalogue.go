package award

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
)

// Family separates the two families of awards the law keeps apart (Luật Thi
// đua, khen thưởng 2022, chapters II and III [C]).
type Family int

// Families.
const (
	// Title is an emulation title (danh hiệu thi đua): Lao động tiên tiến,
	// Chiến sĩ thi đua, Tập thể lao động xuất sắc, Cờ thi đua.
	Title Family = iota + 1
	// Commendation is a form of commendation (hình thức khen thưởng):
	// Huân chương, Bằng khen, Giấy khen, Kỷ niệm chương.
	Commendation
)

// String returns the Vietnamese name of the family.
func (f Family) String() string {
	switch f {
	case Title:
		return "danh hiệu thi đua"
	case Commendation:
		return "hình thức khen thưởng"
	}
	return fmt.Sprintf("Family(%d)", int(f))
}

// Recipients is a set of kinds of recipient, as bits.
type Recipients uint8

// Kinds of recipient.
const (
	Individual Recipients = 1 << iota // cá nhân
	Collective                        // tập thể
	Household                         // hộ gia đình
)

// Has reports whether every kind in r2 is in r.
func (r Recipients) Has(r2 Recipients) bool { return r2 != 0 && r&r2 == r2 }

// String lists the kinds in Vietnamese: "cá nhân, tập thể".
func (r Recipients) String() string {
	var parts []string
	for _, e := range []struct {
		bit  Recipients
		name string
	}{{Individual, "cá nhân"}, {Collective, "tập thể"}, {Household, "hộ gia đình"}} {
		if r&e.bit != 0 {
			parts = append(parts, e.name)
		}
	}
	return strings.Join(parts, ", ")
}

// Level is the level of an award, from the grassroots up: the level of the
// authority that confers it. It is not campaign.Level (the level at which
// an initiative is recognised: cơ sở, bộ, toàn quốc, which package rules
// also uses as rules.Level), a scope of the same ladder that stops at the
// national level where this one tells the Government from the State;
// rules.AwardLevel and rules.LevelOf convert, in package rules, which sees
// both. Nor is it org.Level, a step of a caller's unit scale.
type Level int

// Levels.
const (
	LevelGrassroots Level = iota + 1 // cơ sở
	LevelMinistry                    // bộ, ngành, tỉnh
	LevelGovernment                  // Chính phủ, Thủ tướng Chính phủ
	LevelState                       // Nhà nước (Chủ tịch nước)
)

// String returns the Vietnamese name of the level.
func (l Level) String() string {
	switch l {
	case LevelGrassroots:
		return "cơ sở"
	case LevelMinistry:
		return "bộ, ngành, tỉnh"
	case LevelGovernment:
		return "Chính phủ"
	case LevelState:
		return "Nhà nước"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// Conferrer is the office that confers an award (Luật Thi đua, khen
// thưởng 2022, Chương IV: thẩm quyền quyết định khen thưởng).
type Conferrer int

// Conferrers.
const (
	// ByHead: head of an agency or unit (and the district chair before
	// 01/07/2025, the commune chair after): LĐTT, CSTĐCS, Tập thể lao động
	// tiên tiến, Giấy khen.
	ByHead Conferrer = iota + 1
	// ByMinister: minister or provincial chair: CSTĐ and Cờ thi đua cấp
	// bộ/tỉnh, Tập thể lao động xuất sắc, Bằng khen, Kỷ niệm chương.
	ByMinister
	// ByPrimeMinister: CSTĐ toàn quốc, Cờ thi đua của Chính phủ, Bằng khen
	// của Thủ tướng Chính phủ.
	ByPrimeMinister
	// ByPresident: Huân chương, Huy chương, state honorary titles.
	ByPresident
)

// String returns the Vietnamese title of the office.
func (c Conferrer) String() string {
	switch c {
	case ByHead:
		return "Thủ trưởng cơ quan, đơn vị"
	case ByMinister:
		return "Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh"
	case ByPrimeMinister:
		return "Thủ tướng Chính phủ"
	case ByPresident:
		return "Chủ tịch nước"
	}
	return fmt.Sprintf("Conferrer(%d)", int(c))
}

// Basis is a kind of commendation (loại hình khen thưởng, Law 2022 art. 8),
// as bits: a [Kind] lists the bases it may be given on, a [Grant] names one.
// The rules engine reads the same kinds as rules.GrantKind, whose zero value
// is the regular (merit) kind where a Basis of 0 states none;
// rules.GrantKind.Basis and rules.KindOf convert.
type Basis uint8

// Kinds of commendation (Law 2022 art. 8).
const (
	Regular         Basis = 1 << iota // thường xuyên (công trạng và thành tích)
	AdHoc                             // đột xuất
	Thematic                          // theo đợt, chuyên đề (an emulation movement)
	LongService                       // quá trình cống hiến
	LengthOfService                   // niên hạn (armed forces)
	External                          // đối ngoại
	allBases        = Regular | AdHoc | Thematic | LongService | LengthOfService | External
)

// Has reports whether every basis in b2 is in b.
func (b Basis) Has(b2 Basis) bool { return b2 != 0 && b&b2 == b2 }

// single reports whether b is exactly one known basis.
func (b Basis) single() bool { return b != 0 && b&(b-1) == 0 && b&^allBases == 0 }

// String lists the bases in Vietnamese: "thường xuyên, đột xuất".
func (b Basis) String() string {
	var parts []string
	for _, e := range []struct {
		bit  Basis
		name string
	}{
		{Regular, "thường xuyên"}, {AdHoc, "đột xuất"}, {Thematic, "theo đợt, chuyên đề"},
		{LongService, "quá trình cống hiến"}, {LengthOfService, "niên hạn"}, {External, "đối ngoại"},
	} {
		if b&e.bit != 0 {
			parts = append(parts, e.name)
		}
	}
	return strings.Join(parts, ", ")
}

// Kind is one kind of award in a [Catalogue].
type Kind struct {
	Code       Code       `json:"code"`       // stable code, the key in the catalogue
	Name       string     `json:"name"`       // official name and capitalisation: "Huân chương Lao động hạng Ba"
	Family     Family     `json:"family"`     // emulation title or form of commendation
	Recipients Recipients `json:"recipients"` // who may receive it: individuals, collectives, households
	Level      Level      `json:"level"`      // level of the award, from the grassroots up
	Conferrer  Conferrer  `json:"conferrer"`  // the office that confers it (Luật TĐKT 2022, Chương IV)
	Bases      Basis      `json:"bases"`      // the bases (Law 2022 art. 8) it may be given on
	// Counter is the classifier reports count grants with ("03 cờ",
	// "04 bằng khen"); empty means the generic "lần".
	Counter string `json:"counter,omitempty"`
	// Council is the secret ballot of an emulation council (the one of
	// CouncilOffice, or the authority's own) the kind needs before it is
	// approved, as a share of ALL council members; zero means no ballot is
	// required. [Nomination.Apply] and the stores refuse to approve without
	// a last counted ballot taken at this threshold or a higher one and
	// reaching it. DefaultCatalogue sets 90 % for CSTĐ cấp bộ and CSTĐ toàn
	// quốc (NĐ 91/2017 art. 45.8 [V]); the R2024 value is not confirmed [?]:
	// a caller overrides it in its own catalogue.
	Council Threshold `json:"council,omitzero"`
	// CouncilOffice is the office whose emulation council casts the ballot
	// of Council: for CSTĐ cấp bộ and CSTĐ toàn quốc the council of the
	// ministry or province that proposes, which for CSTĐ toàn quốc votes
	// before proposing to the Prime Minister (NĐ 91/2017 art. 45.8 [C]; the
	// documented default, which a caller may override), so DefaultCatalogue
	// sets ByMinister for both. Approve then counts the last vote of a unit
	// on the nomination's path holding that office, or, when the hierarchy
	// view cannot tell which office a unit holds, the last vote of any unit
	// on the path. Zero: the council of the authority itself.
	CouncilOffice Conferrer `json:"council_office,omitempty"`
	// Consultation marks a state-level form (orders, medals, state honorary
	// titles, Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng Chính phủ:
	// Luật Thi đua, khen thưởng 2022, Điều 84 khoản 3): proposed by a
	// ministry for one of its units located in a province, it needs the
	// opinion (hiệp y) of that province's People's Committee before it goes
	// to the authority (Nghị định 98/2023/NĐ-CP, Điều 31 [C]); see
	// [Nomination.ConsultProvince]. DefaultCatalogue sets it on those kinds
	// only: no text read requires it for a ministry-level form.
	Consultation bool `json:"consultation,omitempty"`
}

// Validate reports whether k is complete: a code (an ID by
// [thidua.CheckID]), a name with a letter in it, names and counter within
// [thidua.MaxNameLen], and known family,
// recipients, level, conferrer and bases, and a valid council threshold if
// one is set. The error wraps thidua.ErrInvalid.
func (k Kind) Validate() error {
	const op = "award: validate"
	id := string(k.Code)
	if err := checkFields(op, "kind", id,
		textField{field: "code", value: id},
		textField{field: "name", value: k.Name, max: thidua.MaxNameLen},
		textField{field: "counter", value: k.Counter, max: thidua.MaxNameLen},
	); err != nil {
		return err
	}
	switch {
	case strings.TrimSpace(k.Name) == "":
		return thidua.Invalid(op, "kind", id, "name", "empty name")
	case !hasLetter(k.Name) || nameKey(k.Name) == "":
		return thidua.Invalid(op, "kind", id, "name", "name %q has no letter", k.Name)
	case k.Family != Title && k.Family != Commendation:
		return thidua.Invalid(op, "kind", id, "family", "unknown family %d", int(k.Family))
	case k.Recipients == 0 || k.Recipients&^(Individual|Collective|Household) != 0:
		return thidua.Invalid(op, "kind", id, "recipients", "bad recipient set %#x", uint8(k.Recipients))
	case k.Level < LevelGrassroots || k.Level > LevelState:
		return thidua.Invalid(op, "kind", id, "level", "unknown level %d", int(k.Level))
	case k.Conferrer < ByHead || k.Conferrer > ByPresident:
		return thidua.Invalid(op, "kind", id, "conferrer", "unknown conferrer %d", int(k.Conferrer))
	case k.Bases == 0 || k.Bases&^allBases != 0:
		return thidua.Invalid(op, "kind", id, "bases", "bad basis set %#x", uint8(k.Bases))
	}
	if !k.Council.IsZero() {
		if err := k.Council.Validate(); err != nil {
			return thidua.E(op, "kind", id, "council", err)
		}
	}
	if k.CouncilOffice != 0 && (k.CouncilOffice < ByHead || k.CouncilOffice > ByPresident) {
		return thidua.Invalid(op, "kind", id, "council office", "unknown conferrer %d", int(k.CouncilOffice))
	}
	return nil
}

// Catalogue is the set of award kinds a caller works with, each reachable by
// its code and by its names. It is a value the caller holds: start from
// [DefaultCatalogue] or [JusticeCatalogue] and add a ministry's own kinds and
// names with [Catalogue.Add] and [Catalogue.AddAlias].
//
// Names match up to the variants real documents use: case, spacing, old and
// new tone placement, "sỹ"/"sĩ", punctuation (quotation marks, commas), and
// Roman or Arabic numerals after "hạng" ("hạng III" = "hạng 3" = "hạng Ba"),
// and the abbreviations UBND (Ủy ban nhân dân), CSTĐ (Chiến sĩ thi đua),
// TTg (Thủ tướng) and TTCP (Thủ tướng Chính phủ). A name the catalogue
// does not have is never guessed: [Catalogue.Lookup] suggests the closest.
//
// A Catalogue may be read from several goroutines at once, but must not be
// changed while it is read. The zero Catalogue is empty and ready to use; a
// nil *Catalogue reads as empty, and its Add, AddAlias, Kind and Lookup
// return an error wrapping thidua.ErrInvalid.
type Catalogue struct {
	kinds   map[Code]Kind
	order   []Code
	names   map[string]Code   // matching key → code
	aliases map[Code][]string // code → names as given, official name first
	open    []openName        // names followed by an issuer's, longest key first
}

// openName is a name [Catalogue.AddAlias] was given ending in "…": its key
// matches itself followed by any words (the name of the issuing body).
type openName struct {
	key  string
	code Code
}

// NewCatalogue returns an empty catalogue.
func NewCatalogue() *Catalogue { return &Catalogue{} }

// Add adds a kind; its official name becomes its first name. A name that
// is only an alias of another kind moves to the new kind: a caller who
// counts "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" apart from the
// ministries' Bằng khen defines it as a kind of its own, and the name then
// denotes that kind, followed by a province's name too when the other kind
// had it open (see [Catalogue.AddAlias]); the other kind keeps its other
// names. ErrInvalid if
// the kind is incomplete (see [Kind.Validate]); ErrConflict if the code is
// already in the catalogue or the name is the official name of another
// kind.
func (c *Catalogue) Add(k Kind) error {
	const op = "award: add"
	if c == nil {
		return thidua.Invalid(op, "kind", string(k.Code), "", "nil catalogue")
	}
	if err := k.Validate(); err != nil {
		return err
	}
	k.Name = vntext.Clean(k.Name)
	k.Counter = vntext.Clean(k.Counter)
	if _, ok := c.kinds[k.Code]; ok {
		return thidua.Conflict(op, "kind", string(k.Code), "code already in the catalogue")
	}
	key := nameKey(k.Name)
	if other, ok := c.names[key]; ok {
		if nameKey(c.kinds[other].Name) == key {
			return thidua.Conflict(op, "kind", string(k.Code), "name %q already names %q", k.Name, other)
		}
		// An alias of another kind: it moves to the new kind.
		c.aliases[other] = slices.DeleteFunc(c.aliases[other], func(a string) bool { return nameKey(a) == key })
	}
	var moved []string // open names of other kinds with the new kind's name: they move too
	for i, o := range c.open {
		if o.key != key {
			continue
		}
		c.open[i].code = k.Code
		c.aliases[o.code] = slices.DeleteFunc(c.aliases[o.code], func(a string) bool {
			b, open := openBase(a)
			if open && nameKey(b) == key {
				moved = append(moved, a)
				return true
			}
			return false
		})
	}
	if c.kinds == nil {
		c.kinds = make(map[Code]Kind)
		c.names = make(map[string]Code)
		c.aliases = make(map[Code][]string)
	}
	c.kinds[k.Code] = k
	c.order = append(c.order, k.Code)
	c.names[key] = k.Code
	c.aliases[k.Code] = append([]string{k.Name}, moved...)
	return nil
}

// AddAlias makes name another name of the kind code, e.g. "Cờ thi đua ngành
// Tư pháp" for [CoBo]. A name ending in "…" (or "...") is open: it stands
// for itself followed by the name of the body that confers the award, so
// "Cờ thi đua xuất sắc của Bộ …" matches "Cờ thi đua xuất sắc của Bộ Công
// an" and any other ministry's; a name the catalogue has in full is
// matched first, and of two open names the longer. Adding a name the kind
// already has is a no-op. ErrNotFound if code is not in the catalogue;
// ErrInvalid for an empty name; ErrConflict if the name already names
// another kind.
func (c *Catalogue) AddAlias(name string, code Code) error {
	const op = "award: add alias"
	if c == nil {
		return thidua.Invalid(op, "kind", string(code), "", "nil catalogue")
	}
	if _, ok := c.kinds[code]; !ok {
		return thidua.NotFound(op, "kind", string(code))
	}
	if err := thidua.CheckText(op, "kind", string(code), "name", name, thidua.MaxNameLen); err != nil {
		return err
	}
	name = vntext.Clean(name)
	base, open := openBase(name)
	key := nameKey(base)
	if key == "" || !hasLetter(base) {
		return thidua.Invalid(op, "kind", string(code), "name", "name %q has no letter", name)
	}
	if open {
		i := slices.IndexFunc(c.open, func(o openName) bool { return o.key == key })
		switch {
		case i >= 0 && c.open[i].code == code:
			return nil
		case i >= 0:
			return thidua.Conflict(op, "kind", string(code), "name %q already names %q", name, c.open[i].code)
		}
		c.open = append(c.open, openName{key, code})
		slices.SortStableFunc(c.open, func(a, b openName) int { return cmp.Compare(len(b.key), len(a.key)) })
		c.aliases[code] = append(c.aliases[code], name)
		return nil
	}
	if other, ok := c.names[key]; ok {
		if other == code {
			return nil
		}
		return thidua.Conflict(op, "kind", string(code), "name %q already names %q", name, other)
	}
	c.names[key] = code
	c.aliases[code] = append(c.aliases[code], name)
	return nil
}

// openBase returns name without a final "…" or "...", and whether it had
// one (an open name of [Catalogue.AddAlias]).
func openBase(name string) (string, bool) {
	for _, end := range []string{"…", "..."} {
		if b, ok := strings.CutSuffix(name, end); ok {
			return strings.TrimSpace(b), true
		}
	}
	return name, false
}

// Kind returns the kind with the code, or an error wrapping ErrNotFound
// (ErrInvalid for a nil catalogue). It makes a *Catalogue a [KindView].
func (c *Catalogue) Kind(code Code) (Kind, error) {
	const op = "award: catalogue"
	if c == nil {
		return Kind{}, thidua.Invalid(op, "kind", string(code), "", "nil catalogue")
	}
	k, ok := c.kinds[code]
	if !ok {
		return Kind{}, thidua.NotFound(op, "kind", string(code))
	}
	return k, nil
}

// Lookup returns the kind a name denotes, official or alias, matched up to
// the variants described on [Catalogue], or a name the catalogue has open
// (see [Catalogue.AddAlias]) followed by the issuer's name. It never
// guesses: for a name no kind has, and for a name with no letter or digit
// ("", "???", "—", invalid UTF-8), it returns an error matching
// ErrNotFound that carries a [*NameError] with the closest names the
// catalogue knows ("did you mean …"), so that a typo is one step from
// fixed. ErrInvalid for a nil catalogue.
func (c *Catalogue) Lookup(name string) (Kind, error) {
	const op = "award: lookup"
	if c == nil {
		return Kind{}, thidua.Invalid(op, "kind", vntext.Shorten(vntext.Clean(name)), "", "nil catalogue")
	}
	key := nameKey(name)
	if key == "" {
		return Kind{}, thidua.E(op, "kind", vntext.Shorten(vntext.Clean(name)), "", &NameError{Name: vntext.Clean(name)})
	}
	if code, ok := c.names[key]; ok {
		return c.kinds[code], nil
	}
	for _, o := range c.open {
		if len(key) > len(o.key) && key[len(o.key)] == ' ' && strings.HasPrefix(key, o.key) || key == o.key {
			return c.kinds[o.code], nil
		}
	}
	return Kind{}, thidua.E(op, "kind", vntext.Shorten(vntext.Clean(name)), "", &NameError{Name: vntext.Clean(name), Suggestions: c.suggest(key)})
}

// NameError is the cause of the error [Catalogue.Lookup] returns for a
// name no kind has: the name, and the closest names the catalogue knows,
// closest first, at most one per kind and [MaxSuggestions] in all (none
// when no name is close). It matches thidua.ErrNotFound with errors.Is;
// get it with errors.As.
type NameError struct {
	Name        string   // the name looked up, cleaned
	Suggestions []string // the closest known names, as the catalogue holds them
}

// MaxSuggestions is the most names a [NameError] suggests.
const MaxSuggestions = 3

// Error returns "thidua: not found", followed by "; did you mean "A", "B"
// or "C"?" when there are suggestions.
func (e *NameError) Error() string {
	msg := thidua.ErrNotFound.Error()
	if len(e.Suggestions) == 0 {
		return msg
	}
	q := make([]string, len(e.Suggestions))
	for i, s := range e.Suggestions {
		q[i] = fmt.Sprintf("%q", s)
	}
	list := q[len(q)-1]
	if len(q) > 1 {
		list = strings.Join(q[:len(q)-1], ", ") + " or " + list
	}
	return msg + "; did you mean " + list + "?"
}

// Unwrap returns thidua.ErrNotFound.
func (e *NameError) Unwrap() error { return thidua.ErrNotFound }

// suggest returns the names of the catalogue closest to key (a name's
// matching key): for each kind its name at the smallest edit distance, in
// characters, when that is at most a third of the length compared; closest
// first, then in the catalogue's order; at most MaxSuggestions. An open
// name is compared with as many words of key as it has.
func (c *Catalogue) suggest(key string) []string {
	type cand struct {
		name string
		dist int
		rank int
	}
	k := []rune(key)
	var best []cand
	for rank, code := range c.order {
		found := cand{dist: -1}
		for _, name := range c.aliases[code] {
			base, open := openBase(name)
			nk := []rune(nameKey(base))
			target := k
			if open {
				target = []rune(firstWords(key, strings.Count(string(nk), " ")+1))
			}
			limit := len(target) / 3
			if d := editDistance(target, nk, limit); d <= limit && (found.dist < 0 || d < found.dist) {
				found = cand{name, d, rank}
			}
		}
		if found.dist >= 0 {
			best = append(best, found)
		}
	}
	slices.SortStableFunc(best, func(a, b cand) int { return cmp.Or(cmp.Compare(a.dist, b.dist), cmp.Compare(a.rank, b.rank)) })
	var out []string
	for _, b := range best[:min(len(best), MaxSuggestions)] {
		out = append(out, b.name)
	}
	return out
}

// firstWords returns the first n words of the space-separated s.
func firstWords(s string, n int) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if n--; n == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// editDistance returns the Levenshtein distance between a and b, or limit+1
// when it is more than limit. It takes time proportional to len(a) times
// len(b), and none when their lengths differ by more than limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit+1)
}

// Kinds returns the kinds in the order they were added.
func (c *Catalogue) Kinds() []Kind {
	if c == nil {
		return nil
	}
	ks := make([]Kind, 0, len(c.order))
	for _, code := range c.order {
		ks = append(ks, c.kinds[code])
	}
	return ks
}

// Names returns the names of the kind code as they were given, the official
// name first, then the aliases in the order they were added; nil if the code
// is unknown.
func (c *Catalogue) Names(code Code) []string {
	if c == nil {
		return nil
	}
	return slices.Clone(c.aliases[code])
}

// Clone returns an independent copy of c; an empty catalogue for a nil c.
func (c *Catalogue) Clone() *Catalogue {
	if c == nil {
		return NewCatalogue()
	}
	d := &Catalogue{order: slices.Clone(c.order)}
	if c.kinds == nil {
		return d
	}
	d.kinds = make(map[Code]Kind, len(c.kinds))
	for k, v := range c.kinds {
		d.kinds[k] = v
	}
	d.names = make(map[string]Code, len(c.names))
	for k, v := range c.names {
		d.names[k] = v
	}
	d.aliases = make(map[Code][]string, len(c.aliases))
	for k, v := range c.aliases {
		d.aliases[k] = slices.Clone(v)
	}
	d.open = slices.Clone(c.open)
	return d
}

// nameKey is the matching key of an award name: vntext.Fold, with
// punctuation (quotation marks, commas, slashes, dashes) read as spaces,
// the numeral after "hạng" spelt as a word and [abbreviations] written
// out.
func nameKey(name string) string {
	name = strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return ' '
		}
		return r
	}, name)
	words := strings.Fields(vntext.Fold(name))
	hang := vntext.Fold("hạng")
	for i := range words {
		if i > 0 && words[i-1] == hang {
			words[i] = rankWord(words[i])
		} else if long, ok := abbreviations[words[i]]; ok {
			words[i] = long
		}
	}
	return strings.Join(words, " ")
}

// abbreviations are the abbreviations award names are written with in
// documents, by their folded form: "Bằng khen của Chủ tịch UBND tỉnh" is
// "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh".
var abbreviations = map[string]string{
	vntext.Fold("UBND"): vntext.Fold("Ủy ban nhân dân"),
	vntext.Fold("CSTĐ"): vntext.Fold("Chiến sĩ thi đua"),
	vntext.Fold("TTg"):  vntext.Fold("Thủ tướng"),
	vntext.Fold("TTCP"): vntext.Fold("Thủ tướng Chính phủ"),
}

// rankWord returns the folded word for a numeral documents write after
// "hạng" (Huân chương ... hạng III = hạng Ba), or w itself.
func rankWord(w string) string {
	switch w {
	case "i", "1":
		return vntext.Fold("nhất")
	case "ii", "2":
		return vntext.Fold("nhì")
	case "iii", "3":
		return vntext.Fold("ba")
	}
	return w
}

// CouncilVote is the council ballot DefaultCatalogue sets on CSTĐ cấp bộ and
// CSTĐ toàn quốc: at least 90 % of ALL members of the emulation council (NĐ
// 91/2017 art. 45.8 [V]). The share under Law 2022 (R2024) is not confirmed
// [?]; a caller that knows another sets [Kind.Council] in its own catalogue.
func CouncilVote() Threshold { return Percent(90) }

// DefaultCatalogue returns a fresh catalogue of the kinds every sector uses,
// with their common alternative names. The assignments of level and
// conferrer follow Law 2022 chapter IV (arts. 78-80) [C]; the bases
// (Law 2022 art. 8) each kind may be given on are a summary of chapters II
// and III and may be refined by a caller's own catalogue. CSTĐ cấp bộ and
// CSTĐ toàn quốc need the council ballot of [CouncilVote].
func DefaultCatalogue() *Catalogue {
	c := NewCatalogue()
	for _, k := range defaultKinds() {
		mustOK(c.Add(k.Kind))
		for _, a := range k.aliases {
			mustOK(c.AddAlias(a, k.Code))
		}
	}
	return c
}

// defaultKind returns the kind of [DefaultCatalogue] with the code, for the
// checks of [Nomination.Apply] when the view supplies no kinds.
func defaultKind(code Code) (Kind, bool) {
	for _, k := range defaultKinds() {
		if k.Code == code {
			return k.Kind, true
		}
	}
	return Kind{}, false
}

// kindNames is a kind with its alternative names.
type kindNames struct {
	Kind
	aliases []string
}

// defaultKinds is the one table of the default kinds and their names.
func defaultKinds() []kindNames {
	const (
		people = Individual
		units  = Collective
		all    = Individual | Collective | Household
		pu     = Individual | Collective
	)
	kind := func(code Code, f Family, r Recipients, l Level, by Conferrer, b Basis, counter string) Kind {
		return Kind{Code: code, Name: code.Name(), Family: f, Recipients: r, Level: l, Conferrer: by, Bases: b, Counter: counter}
	}
	// NĐ 91/2017 art. 45.8 [V]: CSTĐ cấp bộ and toàn quốc need the ballot,
	// cast by the council of the proposing ministry or province [C].
	voted := func(k Kind) Kind { k.Council, k.CouncilOffice = CouncilVote(), ByMinister; return k }
	// Luật TĐKT 2022 art. 84.3; NĐ 98/2023 art. 31 [C]: the state-level
	// forms need the provincial People's Committee's opinion (hiệp y).
	consulted := func(k Kind) Kind { k.Consultation = true; return k }
	return []kindNames{
		// Emulation titles (Law 2022 arts. 21–28).
		{kind(LDTT, Title, people, LevelGrassroots, ByHead, Regular, "danh hiệu"), nil},
		{kind(CSTDCS, Title, people, LevelGrassroots, ByHead, Regular, "danh hiệu"),
			[]string{"Chiến sĩ thi đua cấp cơ sở"}},
		{voted(kind(CSTDBo, Title, people, LevelMinistry, ByMinister, Regular, "danh hiệu")),
			[]string{"Chiến sĩ thi đua cấp bộ", "Chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua tỉnh",
				"Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", "Chiến sĩ thi đua bộ, ban, ngành, tỉnh"}},
		{voted(kind(CSTDToanQuoc, Title, people, LevelGovernment, ByPrimeMinister, Regular, "danh hiệu")), nil},
		{kind(TTLDTT, Title, units, LevelGrassroots, ByHead, Regular, "danh hiệu"), nil},
		{kind(TTLDXS, Title, units, LevelMinistry, ByMinister, Regular, "danh hiệu"), nil},
		// Cờ thi đua may also reward a thematic movement [?] (Law 2022 arts. 25–26).
		{kind(CoBo, Title, units, LevelMinistry, ByMinister, Regular|Thematic, "cờ"),
			[]string{"Cờ thi đua cấp bộ", "Cờ thi đua cấp tỉnh", "Cờ thi đua cấp bộ, ban, ngành, tỉnh",
				"Cờ thi đua của bộ, ban, ngành, tỉnh",
				// A ministry's or a province's flag named by its issuer.
				"Cờ thi đua của Bộ …", "Cờ thi đua xuất sắc của Bộ …", "Cờ thi đua của Ủy ban nhân dân tỉnh …",
				"Cờ thi đua của Ủy ban nhân dân thành phố …"}},
		// "Cờ thi đua của Thủ tướng Chính phủ": the Prime Minister confers
		// it (Law 2022 art. 78), but its name is Cờ thi đua của Chính phủ.
		{consulted(kind(CoChinhPhu, Title, units, LevelGovernment, ByPrimeMinister, Regular|Thematic, "cờ")),
			[]string{"Cờ thi đua Chính phủ", "Cờ thi đua của Thủ tướng Chính phủ", "Cờ thi đua Thủ tướng Chính phủ"}},
		// Forms of commendation (Law 2022 art. 8 lists the forms; chapter III [C]).
		{kind(GiayKhen, Commendation, all, LevelGrassroots, ByHead, Regular|AdHoc|Thematic, "giấy khen"), nil},
		{kind(BangKhenBo, Commendation, all, LevelMinistry, ByMinister, Regular|AdHoc|Thematic|External, "bằng khen"),
			[]string{"Bằng khen cấp bộ", "Bằng khen cấp tỉnh", "Bằng khen của Bộ trưởng",
				// Named by the issuer: a minister, a province's or a
				// centrally-run city's People's Committee or its chair.
				"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh …", "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố …",
				"Bằng khen của Ủy ban nhân dân tỉnh …", "Bằng khen của Ủy ban nhân dân thành phố …",
				"Bằng khen của Bộ trưởng Bộ …", "Bằng khen của Bộ …"}},
		{consulted(kind(BangKhenTTg, Commendation, all, LevelGovernment, ByPrimeMinister, Regular|AdHoc|Thematic|External, "bằng khen")),
			[]string{"Bằng khen Thủ tướng Chính phủ", "Bằng khen Thủ tướng"}},
		{consulted(kind(HCLD3, Commendation, pu, LevelState, ByPresident, Regular|AdHoc|LongService|External, "huân chương")), nil},
		{consulted(kind(HCLD2, Commendation, pu, LevelState, ByPresident, Regular|AdHoc|LongService|External, "huân chương")), nil},
		{consulted(kind(HCLD1, Commendation, pu, LevelState, ByPresident, Regular|AdHoc|LongService|External, "huân chương")), nil},
		{consulted(kind(HCDocLap3, Commendation, pu, LevelState, ByPresident, Regular|LongService|External, "huân chương")), nil},
		{consulted(kind(HCDocLap2, Commendation, pu, LevelState, ByPresident, Regular|LongService|External, "huân chương")), nil},
		{consulted(kind(HCDocLap1, Commendation, pu, LevelState, ByPresident, Regular|LongService|External, "huân chương")), nil},
		// Kỷ niệm chương: conferred by a minister or provincial chair for
		// service to a sector, to Vietnamese and foreigners alike [C].
		{kind(KyNiemChuong, Commendation, people, LevelMinistry, ByMinister, LongService|External, "kỷ niệm chương"), nil},
	}
}

// JusticeCatalogue returns [DefaultCatalogue] with the justice sector's names
// (TT 11/2023/TT-BTP) and its Kỷ niệm chương "Vì sự nghiệp Tư pháp" ([KNCTuPhap];
// TT 06/2018/TT-BTP: once per person, never posthumously [V]).
func JusticeCatalogue() *Catalogue {
	c := DefaultCatalogue()
	mustOK(c.Add(Kind{Code: KNCTuPhap, Name: KNCTuPhap.Name(), Family: Commendation, Recipients: Individual,
		Level: LevelMinistry, Conferrer: ByMinister, Bases: LongService | External, Counter: "kỷ niệm chương"}))
	for _, a := range []struct {
		name string
		code Code
	}{
		{"Cờ thi đua ngành Tư pháp", CoBo},
		{"Cờ thi đua của Bộ Tư pháp", CoBo},
		{"Chiến sĩ thi đua ngành Tư pháp", CSTDBo},
		{"Bằng khen của Bộ trưởng Bộ Tư pháp", BangKhenBo},
		{"Bằng khen Bộ Tư pháp", BangKhenBo},
	} {
		mustOK(c.AddAlias(a.name, a.code))
	}
	return c
}

// mustOK panics on an error in the library's own catalogue data: a
// programming error caught by the tests, never caused by input.
func mustOK(err error) {
	if err != nil {
		panic(err)
	}
}

// CompareKinds orders award kinds as reports and documents list them:
// highest level first; then emulation titles before forms of commendation;
// then kinds for collectives only, for both, for individuals only; then by
// code, which lists a ladder from its top class ("hcld-1", Huân chương Lao
// động hạng Nhất, before "hcld-3", hạng Ba).
func CompareKinds(a, b Kind) int {
	who := func(k Kind) int {
		switch {
		case !k.Recipients.Has(Individual):
			return 0
		case !k.Recipients.Has(Collective):
			return 2
		}
		return 1
	}
	if c := cmp.Compare(b.Level, a.Level); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Family, b.Family); c != 0 {
		return c
	}
	if c := cmp.Compare(who(a), who(b)); c != 0 {
		return c
	}
	return cmp.Compare(a.Code, b.Code)
}
