package contribution

import (
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vnnum"
	"github.com/thidua-go/thidua/internal/vntext"
)

// Purpose is what a contribution is for: a stable code stored with each
// entry and the Vietnamese name reports print.
type Purpose struct {
	Code string `json:"code"` // stable code, e.g. "nong-thon-moi"
	Name string `json:"name"` // Vietnamese name, e.g. "Xây dựng nông thôn mới"
}

// Ready-made purpose codes, the ones [NewPurposes] knows.
const (
	PurposeNewRural     = "nong-thon-moi"   // Xây dựng nông thôn mới
	PurposeGratitude    = "nha-tinh-nghia"  // Nhà tình nghĩa
	PurposeCharity      = "nha-tinh-thuong" // Nhà tình thương
	PurposeRuralRoads   = "cau-duong"       // Cầu, đường giao thông nông thôn
	PurposePoorStudents = "hoc-sinh-ngheo"  // Học sinh nghèo hiếu học
	PurposeDisaster     = "thien-tai"       // Thiên tai
	PurposeThePoor      = "vi-nguoi-ngheo"  // Vì người nghèo
)

// ItemKind is a kind of thing built or given (a bridge, a house, a
// scholarship), with the classifier phrase written after a count:
// "12 cây cầu", "25 căn nhà tình nghĩa".
type ItemKind struct {
	Code       string `json:"code"`       // stable code, e.g. "cau"
	Name       string `json:"name"`       // Vietnamese name, e.g. "Cầu"
	Classifier string `json:"classifier"` // written after a count, e.g. "cây cầu"
}

// Ready-made item kind codes, the ones [NewItemKinds] knows.
const (
	KindBridge      = "cau"             // cây cầu
	KindRoad        = "duong"           // tuyến đường
	KindGratitude   = "nha-tinh-nghia"  // căn nhà tình nghĩa
	KindCharity     = "nha-tinh-thuong" // căn nhà tình thương
	KindScholarship = "hoc-bong"        // suất học bổng
	KindGift        = "qua"             // phần quà
)

// registry is an ordered set of values keyed by code.
type registry[T any] struct {
	list  []T
	index map[string]int
}

func (r *registry[T]) add(op, code string, v T) error {
	if code == "" || strings.ContainsAny(code, " \t\r\n") {
		return thidua.Invalid(op, "", code, "code", "code must be non-empty without spaces")
	}
	if _, dup := r.index[code]; dup {
		return thidua.Conflict(op, "", code, "code already registered")
	}
	if r.index == nil {
		r.index = make(map[string]int)
	}
	r.index[code] = len(r.list)
	r.list = append(r.list, v)
	return nil
}

func (r *registry[T]) lookup(code string) (T, int, bool) {
	i, ok := r.index[code]
	if !ok {
		var zero T
		return zero, -1, false
	}
	return r.list[i], i, true
}

func (r *registry[T]) clone() registry[T] {
	c := registry[T]{list: append([]T(nil), r.list...), index: make(map[string]int, len(r.index))}
	for k, v := range r.index {
		c.index[k] = v
	}
	return c
}

// Purposes is a registry of contribution purposes. It is a value the caller
// holds and may extend with [Purposes.Add]; stores take a copy when they are
// created, so add purposes before creating the store. A Purposes is not safe
// for concurrent modification.
type Purposes struct{ r registry[Purpose] }

// NewPurposes returns a registry holding the common purposes of emulation
// movements, in this order: xây dựng nông thôn mới, nhà tình nghĩa, nhà tình
// thương, cầu và đường giao thông nông thôn, học sinh nghèo hiếu học, thiên
// tai, vì người nghèo.
func NewPurposes() *Purposes {
	p := &Purposes{}
	for _, v := range []Purpose{
		{PurposeNewRural, "Xây dựng nông thôn mới"},
		{PurposeGratitude, "Nhà tình nghĩa"},
		{PurposeCharity, "Nhà tình thương"},
		{PurposeRuralRoads, "Cầu, đường giao thông nông thôn"},
		{PurposePoorStudents, "Học sinh nghèo hiếu học"},
		{PurposeDisaster, "Thiên tai"},
		{PurposeThePoor, "Vì người nghèo"},
	} {
		if err := p.Add(v); err != nil {
			panic(err) // unreachable: the list above is valid
		}
	}
	return p
}

// Add registers a purpose. The code must be non-empty without spaces and the
// name non-empty (stored in NFC); errors wrap thidua.ErrInvalid, or
// thidua.ErrConflict if the code is already registered.
func (p *Purposes) Add(v Purpose) error {
	const op = "contribution: add purpose"
	v.Name = vntext.Clean(v.Name)
	if v.Name == "" {
		return thidua.Invalid(op, "purpose", v.Code, "name", "name must not be empty")
	}
	return p.r.add(op, v.Code, v)
}

// Lookup returns the purpose with the code, and false if there is none.
func (p *Purposes) Lookup(code string) (Purpose, bool) {
	v, _, ok := p.r.lookup(code)
	return v, ok
}

// All returns the registered purposes in the order they were added.
func (p *Purposes) All() []Purpose { return append([]Purpose(nil), p.r.list...) }

// Clone returns an independent copy of p.
func (p *Purposes) Clone() *Purposes { return &Purposes{r: p.r.clone()} }

// ItemKinds is a registry of item kinds, held and extended by the caller like
// [Purposes]. An ItemKinds is not safe for concurrent modification.
type ItemKinds struct{ r registry[ItemKind] }

// NewItemKinds returns a registry holding the common kinds: cây cầu, tuyến
// đường, căn nhà tình nghĩa, căn nhà tình thương, suất học bổng, phần quà.
func NewItemKinds() *ItemKinds {
	k := &ItemKinds{}
	for _, v := range []ItemKind{
		{KindBridge, "Cầu", "cây cầu"},
		{KindRoad, "Đường giao thông", "tuyến đường"},
		{KindGratitude, "Nhà tình nghĩa", "căn nhà tình nghĩa"},
		{KindCharity, "Nhà tình thương", "căn nhà tình thương"},
		{KindScholarship, "Học bổng", "suất học bổng"},
		{KindGift, "Quà", "phần quà"},
	} {
		if err := k.Add(v); err != nil {
			panic(err) // unreachable: the list above is valid
		}
	}
	return k
}

// Add registers an item kind. Code, name and classifier must be non-empty
// (text is stored in NFC); errors wrap thidua.ErrInvalid, or
// thidua.ErrConflict if the code is already registered.
func (k *ItemKinds) Add(v ItemKind) error {
	const op = "contribution: add item kind"
	v.Name = vntext.Clean(v.Name)
	v.Classifier = vntext.Clean(v.Classifier)
	if v.Name == "" || v.Classifier == "" {
		return thidua.Invalid(op, "item kind", v.Code, "name", "name and classifier must not be empty")
	}
	return k.r.add(op, v.Code, v)
}

// Lookup returns the item kind with the code, and false if there is none.
func (k *ItemKinds) Lookup(code string) (ItemKind, bool) {
	v, _, ok := k.r.lookup(code)
	return v, ok
}

// All returns the registered kinds in the order they were added.
func (k *ItemKinds) All() []ItemKind { return append([]ItemKind(nil), k.r.list...) }

// Clone returns an independent copy of k.
func (k *ItemKinds) Clone() *ItemKinds { return &ItemKinds{r: k.r.clone()} }

// Count writes n items of kind k the way official summaries do
// (VIETNAMESE.md §Counts), the same as report.Count: padded to two digits
// below 10 and grouped from 1.000: "03 cây cầu", "12 cây cầu",
// "1.000 cây cầu".
func (k ItemKind) Count(n int64) string { return vnnum.Count(n, k.Classifier, true) }
