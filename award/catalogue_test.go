package award_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
)

func TestLookup(t *testing.T) {
	cat := award.JusticeCatalogue()
	tests := []struct {
		name   string
		reason string
		want   award.Code
	}{
		// Official names, as decisions write them.
		{"Lao động tiên tiến", "official name", award.LDTT},
		{"Chiến sĩ thi đua cơ sở", "official name", award.CSTDCS},
		{"Cờ thi đua của Chính phủ", "official name", award.CoChinhPhu},
		{"Bằng khen của Thủ tướng Chính phủ", "official name", award.BangKhenTTg},
		{"Huân chương Lao động hạng Ba", "official name", award.HCLD3},
		{"Huân chương Độc lập hạng Ba", "official name", award.HCDocLap3},
		{"Tập thể lao động xuất sắc", "official name", award.TTLDXS},
		{"Giấy khen", "official name", award.GiayKhen},
		// Variants real documents use.
		{"Chiến sỹ thi đua cơ sở", "sỹ = sĩ", award.CSTDCS},
		{"CHIẾN SĨ THI ĐUA TOÀN QUỐC", "capitals", award.CSTDToanQuoc},
		{"  lao   động tiên  tiến ", "spacing and case", award.LDTT},
		{norm.NFD.String("Lao động tiên tiến"), "decomposed text", award.LDTT},
		{"Huân chương Lao động hạng III", "Roman numeral", award.HCLD3},
		{"Huân chương Lao động hạng II", "Roman numeral", award.HCLD2},
		{"Huân chương Lao động hạng I", "Roman numeral", award.HCLD1},
		{"Huân chương Lao động hạng ba", "lower-case rank", award.HCLD3},
		{"Huân chương lao động hạng 3", "Arabic numeral", award.HCLD3},
		{"Huân chương Độc lập hạng nhì", "lower-case rank", award.HCDocLap2},
		// Justice sector names (TT 11/2023/TT-BTP).
		{"Cờ Thi đua ngành Tư pháp", "sector name of the ministry flag", award.CoBo},
		{"Cờ thi đua của Bộ Tư pháp", "sector name of the ministry flag", award.CoBo},
		{"Cờ Thi đua Ngành Tư pháp", "as the seed article writes it", award.CoBo},
		{"Chiến sỹ thi đua ngành Tư pháp", "CSTĐ cấp bộ, as the seed writes it", award.CSTDBo},
		{"Chiến sĩ thi đua ngành Tư pháp", "CSTĐ cấp bộ", award.CSTDBo},
		{"Bằng khen của Bộ trưởng Bộ Tư pháp", "Bằng khen cấp bộ", award.BangKhenBo},
		{`Kỷ niệm chương "Vì sự nghiệp Tư pháp"`, "sector medal", award.KNCTuPhap},
		{"Kỷ niệm chương “Vì sự nghiệp Tư pháp”", "typographic quotes", award.KNCTuPhap},
		{"Kỷ niệm chương Vì sự nghiệp Tư pháp", "no quotes", award.KNCTuPhap},
		{"Kỷ niệm chương", "the generic medal stays distinct", award.KyNiemChuong},
		{"Cờ thi đua cấp bộ ngành tỉnh", "no commas", award.CoBo},
		{"Chiến sĩ thi đua cấp bộ/ngành/tỉnh", "slashes", award.CSTDBo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := cat.Lookup(tt.name)
			if err != nil {
				t.Fatalf("%s: Lookup(%q): %v", tt.reason, tt.name, err)
			}
			if k.Code != tt.want {
				t.Errorf("%s: Lookup(%q) = %q, want %q", tt.reason, tt.name, k.Code, tt.want)
			}
		})
	}

	for _, name := range []string{"", "Huy hiệu", "Huân chương Lao động hạng IV", "Lao động", "Huân chương Lao động"} {
		if k, err := cat.Lookup(name); !errors.Is(err, thidua.ErrNotFound) {
			t.Errorf("Lookup(%q) = %v, %v; want ErrNotFound", name, k.Code, err)
		}
	}
	// The justice names are not in the default catalogue.
	if _, err := award.DefaultCatalogue().Lookup("Cờ thi đua ngành Tư pháp"); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("DefaultCatalogue knows a justice sector name: %v", err)
	}
}

func TestDefaultCatalogue(t *testing.T) {
	cat := award.DefaultCatalogue()
	var titles, forms []award.Code
	for _, k := range cat.Kinds() {
		if err := k.Validate(); err != nil {
			t.Errorf("kind %q: %v", k.Code, err)
		}
		switch k.Family {
		case award.Title:
			titles = append(titles, k.Code)
		case award.Commendation:
			forms = append(forms, k.Code)
		}
	}
	// The two families are kept apart as the law does (Law 2022 chapters II, III).
	wantTitles := []award.Code{award.LDTT, award.CSTDCS, award.CSTDBo, award.CSTDToanQuoc, award.TTLDTT, award.TTLDXS, award.CoBo, award.CoChinhPhu}
	wantForms := []award.Code{award.GiayKhen, award.BangKhenBo, award.BangKhenTTg, award.HCLD3, award.HCLD2, award.HCLD1,
		award.HCDocLap3, award.HCDocLap2, award.HCDocLap1, award.KyNiemChuong}
	if diff := cmp.Diff(wantTitles, titles); diff != "" {
		t.Errorf("titles (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantForms, forms); diff != "" {
		t.Errorf("forms of commendation (-want +got):\n%s", diff)
	}

	// Who confers what: Luật TĐKT 2022, Chương IV.
	tests := []struct {
		code       award.Code
		name       string
		recipients award.Recipients
		level      award.Level
		conferrer  award.Conferrer
		counter    string
	}{
		{award.LDTT, "Lao động tiên tiến", award.Individual, award.LevelGrassroots, award.ByHead, "danh hiệu"},
		{award.CSTDCS, "Chiến sĩ thi đua cơ sở", award.Individual, award.LevelGrassroots, award.ByHead, "danh hiệu"},
		{award.CSTDBo, "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", award.Individual, award.LevelMinistry, award.ByMinister, "danh hiệu"},
		{award.CSTDToanQuoc, "Chiến sĩ thi đua toàn quốc", award.Individual, award.LevelGovernment, award.ByPrimeMinister, "danh hiệu"},
		{award.TTLDTT, "Tập thể lao động tiên tiến", award.Collective, award.LevelGrassroots, award.ByHead, "danh hiệu"},
		{award.TTLDXS, "Tập thể lao động xuất sắc", award.Collective, award.LevelMinistry, award.ByMinister, "danh hiệu"},
		{award.CoBo, "Cờ thi đua cấp bộ, ngành, tỉnh", award.Collective, award.LevelMinistry, award.ByMinister, "cờ"},
		{award.CoChinhPhu, "Cờ thi đua của Chính phủ", award.Collective, award.LevelGovernment, award.ByPrimeMinister, "cờ"},
		{award.GiayKhen, "Giấy khen", award.Individual | award.Collective | award.Household, award.LevelGrassroots, award.ByHead, "giấy khen"},
		{award.BangKhenBo, "Bằng khen cấp bộ, ngành, tỉnh", award.Individual | award.Collective | award.Household, award.LevelMinistry, award.ByMinister, "bằng khen"},
		{award.BangKhenTTg, "Bằng khen của Thủ tướng Chính phủ", award.Individual | award.Collective | award.Household, award.LevelGovernment, award.ByPrimeMinister, "bằng khen"},
		{award.HCLD3, "Huân chương Lao động hạng Ba", award.Individual | award.Collective, award.LevelState, award.ByPresident, "huân chương"},
		{award.HCDocLap3, "Huân chương Độc lập hạng Ba", award.Individual | award.Collective, award.LevelState, award.ByPresident, "huân chương"},
		{award.KyNiemChuong, "Kỷ niệm chương", award.Individual, award.LevelMinistry, award.ByMinister, "kỷ niệm chương"},
	}
	// NĐ 91/2017 art. 45.8 [V]: CSTĐ cấp bộ and toàn quốc need ≥ 90 % of ALL
	// council members; no other default kind needs a ballot.
	for _, k := range cat.Kinds() {
		want := award.Threshold{}
		if k.Code == award.CSTDBo || k.Code == award.CSTDToanQuoc {
			want = award.Threshold{Num: 90, Den: 100}
		}
		if k.Council != want {
			t.Errorf("kind %q: council %v, want %v", k.Code, k.Council, want)
		}
	}
	for _, tt := range tests {
		t.Run(string(tt.code), func(t *testing.T) {
			k, err := cat.Kind(tt.code)
			if err != nil {
				t.Fatal(err)
			}
			got := []any{k.Name, k.Recipients, k.Level, k.Conferrer, k.Counter}
			want := []any{tt.name, tt.recipients, tt.level, tt.conferrer, tt.counter}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("kind %q: name, recipients, level, conferrer, counter (-want +got):\n%s", tt.code, diff)
			}
		})
	}
	if _, err := cat.Kind("nope"); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("Kind(nope) = %v, want ErrNotFound", err)
	}
}

func TestCatalogueIsAValue(t *testing.T) {
	a, b := award.DefaultCatalogue(), award.DefaultCatalogue()
	if err := a.AddAlias("Cờ thi đua ngành Giáo dục", award.CoBo); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Lookup("Cờ thi đua ngành Giáo dục"); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("an alias added to one DefaultCatalogue shows in another: %v", err)
	}
	c := a.Clone()
	if err := c.AddAlias("Cờ thi đua ngành Y tế", award.CoBo); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Lookup("Cờ thi đua ngành Y tế"); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("an alias added to a clone shows in the original: %v", err)
	}
	if _, err := c.Lookup("Cờ thi đua ngành Giáo dục"); err != nil {
		t.Errorf("the clone lost an alias: %v", err)
	}
	names := a.Names(award.CoBo)
	names[0] = "changed"
	if got := a.Names(award.CoBo)[0]; got != "Cờ thi đua cấp bộ, ngành, tỉnh" {
		t.Errorf("Names shares its slice: first name %q", got)
	}
	var zero award.Catalogue
	if _, err := zero.Lookup("Giấy khen"); !errors.Is(err, thidua.ErrNotFound) {
		t.Errorf("zero catalogue Lookup = %v", err)
	}
	if err := zero.Add(award.Kind{Code: "x", Name: "X", Family: award.Title, Recipients: award.Individual,
		Level: award.LevelGrassroots, Conferrer: award.ByHead, Bases: award.Regular}); err != nil {
		t.Errorf("zero catalogue Add: %v", err)
	}
}

func TestCatalogueErrors(t *testing.T) {
	knc := award.Kind{Code: "knc-tu-phap-2", Name: `Kỷ niệm chương "Vì sự nghiệp Hộ tịch"`, Family: award.Commendation,
		Recipients: award.Individual, Level: award.LevelMinistry, Conferrer: award.ByMinister, Bases: award.LongService}
	with := func(f func(*award.Kind)) award.Kind { k := knc; f(&k); return k }
	tests := []struct {
		name   string
		reason string
		call   func(*award.Catalogue) error
		want   error
	}{
		{"duplicate code", "codes are unique",
			func(c *award.Catalogue) error { return c.Add(with(func(k *award.Kind) { k.Code = award.KNCTuPhap })) }, thidua.ErrConflict},
		{"name of another kind", "a name denotes one kind",
			func(c *award.Catalogue) error {
				return c.Add(with(func(k *award.Kind) { k.Name = "Chiến sỹ thi đua cấp bộ, ngành, tỉnh" }))
			}, thidua.ErrConflict},
		{"alias of another kind", "\"Cờ thi đua ngành Tư pháp\" is CoBo",
			func(c *award.Catalogue) error { return c.AddAlias("Cờ Thi đua ngành Tư pháp", award.CoChinhPhu) }, thidua.ErrConflict},
		{"alias variant of another kind", "hạng III is hạng Ba",
			func(c *award.Catalogue) error {
				return c.AddAlias("Huân chương Lao động hạng III", award.HCLD2)
			}, thidua.ErrConflict},
		{"alias to unknown code", "no such kind",
			func(c *award.Catalogue) error { return c.AddAlias("Huy hiệu", "huy-hieu") }, thidua.ErrNotFound},
		{"empty alias", "a name is needed",
			func(c *award.Catalogue) error { return c.AddAlias("  ", award.LDTT) }, thidua.ErrInvalid},
		{"empty code", "a code is needed",
			func(c *award.Catalogue) error { return c.Add(with(func(k *award.Kind) { k.Code = "" })) }, thidua.ErrInvalid},
		{"empty name", "a name is needed",
			func(c *award.Catalogue) error { return c.Add(with(func(k *award.Kind) { k.Name = " " })) }, thidua.ErrInvalid},
		{"no family", "title or commendation",
			func(c *award.Catalogue) error { return c.Add(with(func(k *award.Kind) { k.Family = 0 })) }, thidua.ErrInvalid},
		{"no recipients", "someone receives it",
			func(c *award.Catalogue) error { return c.Add(with(func(k *award.Kind) { k.Recipients = 0 })) }, thidua.ErrInvalid},
		{"unknown level", "levels are fixed",
			func(c *award.Catalogue) error { return c.Add(with(func(k *award.Kind) { k.Level = 9 })) }, thidua.ErrInvalid},
		{"unknown conferrer", "conferrers are fixed",
			func(c *award.Catalogue) error { return c.Add(with(func(k *award.Kind) { k.Conferrer = 0 })) }, thidua.ErrInvalid},
		{"no bases", "Law 2022 art. 8: at least one kind of commendation",
			func(c *award.Catalogue) error { return c.Add(with(func(k *award.Kind) { k.Bases = 0 })) }, thidua.ErrInvalid},
		{"impossible council share", "a ballot needs 0 < num <= den",
			func(c *award.Catalogue) error {
				return c.Add(with(func(k *award.Kind) { k.Council = award.Threshold{Num: 11, Den: 10} }))
			}, thidua.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := award.JusticeCatalogue()
			before := c.Kinds()
			beforeNames := c.Names(award.CoChinhPhu)
			if err := tt.call(c); !errors.Is(err, tt.want) {
				t.Errorf("%s: got %v, want %v", tt.reason, err, tt.want)
			}
			if diff := cmp.Diff(before, c.Kinds()); diff != "" {
				t.Errorf("%s: kinds changed by a failed call (-before +after):\n%s", tt.reason, diff)
			}
			if diff := cmp.Diff(beforeNames, c.Names(award.CoChinhPhu)); diff != "" {
				t.Errorf("%s: names changed by a failed call (-before +after):\n%s", tt.reason, diff)
			}
		})
	}
	// Adding a name the kind already has, in any spelling, changes nothing.
	c := award.JusticeCatalogue()
	if err := c.AddAlias("Chiến sĩ thi đua ngành tư pháp", award.CSTDBo); err != nil {
		t.Errorf("re-adding an alias: %v", err)
	}
	if got := len(c.Names(award.CSTDBo)); got != len(award.JusticeCatalogue().Names(award.CSTDBo)) {
		t.Errorf("re-adding an alias added a name")
	}
}

// TestAddKindNamedByAlias checks that a caller may define a kind of its own
// under a name that was an alias of another: the name moves to the new kind,
// the other kind keeps its official name and its other aliases.
func TestAddKindNamedByAlias(t *testing.T) {
	c := award.JusticeCatalogue()
	before := c.Names(award.BangKhenBo)
	ubnd := award.Kind{Code: "bang-khen-ubnd", Name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", Family: award.Commendation,
		Recipients: award.Individual | award.Collective, Level: award.LevelMinistry, Conferrer: award.ByMinister,
		Bases: award.Regular | award.AdHoc | award.Thematic, Counter: "bằng khen"}
	if err := c.Add(ubnd); err != nil {
		t.Fatalf("Add of a kind named by an alias: %v", err)
	}
	for name, want := range map[string]award.Code{
		"bằng khen của chủ tịch ủy ban nhân dân tỉnh": "bang-khen-ubnd",
		"Bằng khen của Bộ trưởng Bộ Tư pháp":          award.BangKhenBo,
		"Bằng khen cấp bộ, ngành, tỉnh":               award.BangKhenBo,
	} {
		k, err := c.Lookup(name)
		switch {
		case err != nil:
			t.Errorf("Lookup(%q): %v", name, err)
		case k.Code != want:
			t.Errorf("Lookup(%q) = %s, want %s", name, k.Code, want)
		}
	}
	after := c.Names(award.BangKhenBo)
	if len(after) != len(before)-1 || after[0] != before[0] {
		t.Errorf("names of %s: %q, want %q less the moved one", award.BangKhenBo, after, before)
	}
	// The open name, followed by a province's name, moved with it.
	if got := c.Names("bang-khen-ubnd"); len(got) != 2 || got[0] != ubnd.Name || got[1] != ubnd.Name+" …" {
		t.Errorf("names of the new kind: %q", got)
	}
	if k, err := c.Lookup("Bằng khen của Chủ tịch UBND tỉnh Đồng Tháp"); err != nil || k.Code != "bang-khen-ubnd" {
		t.Errorf("Lookup of the moved open name = %v, %v; want bang-khen-ubnd", k.Code, err)
	}
	// The official name of another kind is still refused.
	dup := ubnd
	dup.Code, dup.Name = "x", "Bằng khen cấp bộ, ngành, tỉnh"
	if err := c.Add(dup); !errors.Is(err, thidua.ErrConflict) {
		t.Errorf("Add under another kind's official name: %v, want ErrConflict", err)
	}
}

func TestRecipientsAndBases(t *testing.T) {
	if got := (award.Individual | award.Household).String(); got != "cá nhân, hộ gia đình" {
		t.Errorf("Recipients.String = %q", got)
	}
	if got := (award.Regular | award.Thematic).String(); got != "thường xuyên, theo đợt, chuyên đề" {
		t.Errorf("Basis.String = %q", got)
	}
	if !(award.Individual | award.Collective).Has(award.Collective) || award.Individual.Has(award.Collective) || award.Individual.Has(0) {
		t.Errorf("Recipients.Has")
	}
}

// TestDefaultAliases checks names documents use for the kinds of
// DefaultCatalogue, as official documents write them.
func TestDefaultAliases(t *testing.T) {
	cat := award.DefaultCatalogue()
	tests := []struct {
		name   string
		reason string
		want   award.Code
	}{
		{"Bằng khen Thủ tướng", "short for Bằng khen của Thủ tướng Chính phủ", award.BangKhenTTg},
		{"Bằng khen Thủ tướng Chính phủ", "without \"của\"", award.BangKhenTTg},
		{"Cờ thi đua Chính phủ", "without \"của\"", award.CoChinhPhu},
		{"Chiến sĩ thi đua tỉnh", "CSTĐ of a province", award.CSTDBo},
		{"Chiến sĩ thi đua cấp tỉnh", "CSTĐ of a province", award.CSTDBo},
		{"Chiến sỹ thi đua tỉnh", "sỹ = sĩ", award.CSTDBo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := cat.Lookup(tt.name)
			if err != nil {
				t.Fatalf("%s: Lookup(%q): %v", tt.reason, tt.name, err)
			}
			if k.Code != tt.want {
				t.Errorf("%s: Lookup(%q) = %q, want %q", tt.reason, tt.name, k.Code, tt.want)
			}
		})
	}
}

// TestErrorText checks the wording of errors: the package prefix, no word
// twice.
func TestErrorText(t *testing.T) {
	_, err := award.DefaultCatalogue().Lookup("Huy hiệu")
	thErr := award.Threshold{Num: 3, Den: 2}.Validate()
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"lookup", err, `award: lookup kind "Huy hiệu": thidua: not found`},
		{"threshold", thErr, "award: threshold 3/2: thidua: invalid input: want 0 < num <= den <= 1000000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.err == nil || tt.err.Error() != tt.want {
				t.Errorf("error = %v, want %q", tt.err, tt.want)
			}
		})
	}
	if !errors.Is(thErr, thidua.ErrInvalid) {
		t.Errorf("Threshold.Validate error does not wrap ErrInvalid")
	}
}

// TestCatalogueHostileNames: a kind whose name has no letter ("—" folds to
// an empty key) is refused, and a name that folds to an empty key finds
// nothing, so that "", "???" and invalid UTF-8 never look a kind up.
func TestCatalogueHostileNames(t *testing.T) {
	c := award.DefaultCatalogue()
	kind := func(code award.Code, name string) award.Kind {
		k, err := c.Kind(award.GiayKhen)
		if err != nil {
			t.Fatal(err)
		}
		k.Code, k.Name = code, name
		return k
	}
	bad := []struct {
		name string
		kind award.Kind
	}{
		{"dash name", kind("gach", "—")},
		{"punctuation name", kind("dau", "???")},
		{"invalid UTF-8 name", kind("utf8", "Gi\xffy khen")},
		{"huge name", kind("dai", strings.Repeat("á", thidua.MaxNameLen))},
		{"huge counter", func() award.Kind {
			k := kind("dem", "Giấy khen đặc biệt")
			k.Counter = strings.Repeat("x", thidua.MaxNameLen+1)
			return k
		}()},
		{"padded code", kind(" x", "Giấy khen đặc biệt")},
		{"blank code", kind("   ", "Giấy khen đặc biệt")},
		{"code with a control character", kind("x\ny", "Giấy khen đặc biệt")},
	}
	for _, tt := range bad {
		if err := c.Add(tt.kind); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("Add(%s) error = %v, want ErrInvalid", tt.name, err)
		}
	}
	for _, name := range []string{"—", "???", "\xff", "Gi\xffy"} {
		if err := c.AddAlias(name, award.GiayKhen); !errors.Is(err, thidua.ErrInvalid) {
			t.Errorf("AddAlias(%q) error = %v, want ErrInvalid", name, err)
		}
	}
	for _, name := range []string{"", "???", "\xff", "—", " ", "\u0301"} {
		if k, err := c.Lookup(name); !errors.Is(err, thidua.ErrNotFound) {
			t.Errorf("Lookup(%q) = %v, %v; want ErrNotFound", name, k.Code, err)
		}
	}
	if got := len(c.Kinds()); got != len(award.DefaultCatalogue().Kinds()) {
		t.Errorf("catalogue holds %d kinds after refused adds, want %d", got, len(award.DefaultCatalogue().Kinds()))
	}
}
