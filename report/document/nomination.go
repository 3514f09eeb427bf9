package document

import (
	"cmp"
	"context"
	"slices"
	"strconv"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/report"
)

// NominationTitle is the default title of a nomination list.
const NominationTitle = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"

// NominationRequest asks for the list of a unit's nominations.
type NominationRequest struct {
	// Proposer is the proposing unit (required).
	Proposer org.UnitID
	// States keeps nominations in these states; nil means the pending
	// ones, award.Draft and award.Submitted.
	States []award.State
	// Codes keeps nominations for these award kinds; nil keeps every kind.
	Codes []award.Code
	// On is the day whose posts describe the people; zero means
	// Heading.Date, or failing that the day of each nomination's latest
	// step.
	On thidua.Date
	// Heading is the document's heading. An empty agency is filled with
	// the proposer, and then an empty parent agency with the proposer's
	// parent; an empty title with NominationTitle.
	Heading Heading
	Signer  Signer
	// Recipients are the lines of "Nơi nhận:" of the office formats
	// ("Như trên;", "Lưu: VT, TĐKT."); none leaves the list out.
	Recipients []string
	// Order says how groups and names are ordered: by rank and name (the
	// default) or as the proposing unit proposed them.
	Order NominationOrder
	// GroupOrder numbers the groups in the order the proposing unit chose:
	// the kinds listed come first, in this order ("1. Đề nghị tặng Bằng
	// khen của Thủ tướng Chính phủ" before a Huân chương), the others
	// follow as Order says. It selects nothing: Codes does. A kind listed
	// twice is an error.
	GroupOrder []award.Code
	// Numbering says how the built-in templates number the groups: "I.",
	// "II." (the default) or "1.", "2.".
	Numbering GroupNumbering
	// Labels are the names the list writes for award kinds, in place of
	// the catalogue's official names ("Bằng khen của Bộ trưởng Bộ Tư
	// pháp").
	Labels map[award.Code]string
	// Verbs are the verbs of the group headings, by kind, in place of
	// [NominationVerb]'s: "phong tặng danh hiệu" for a title of honour.
	Verbs map[award.Code]string
	// Achievement, if set, is the words of the achievement each line
	// states after the candidate, followed by the period of the
	// nomination's subject ([report.AchievementPhrase]): "đã có thành tích
	// xuất sắc" gives "Bà Trần Thị Bình, Giám đốc Sở Tư pháp, đã có thành
	// tích xuất sắc từ năm 2020 đến năm 2024". Empty states none.
	Achievement string
}

// NominationOrder says how a nomination list orders its groups and names.
type NominationOrder int

// Nomination orders.
const (
	// ByRank orders the groups by the kinds' rank, highest level first
	// (award.CompareKinds), and the names alphabetically (people by given
	// name, the Vietnamese way). It is the default.
	ByRank NominationOrder = iota
	// AsProposed orders the groups by their first nomination and the names
	// in the order they were proposed (the day of the proposal, then the
	// store's order), collectives before individuals, as the proposing
	// unit's own list reads.
	AsProposed
)

// GroupNumbering says how a nomination list numbers its groups.
type GroupNumbering int

// Group numberings.
const (
	// RomanGroups numbers the groups "I.", "II.", as the parts of a list
	// (the default).
	RomanGroups GroupNumbering = iota
	// ArabicGroups numbers them "1.", "2.", as a proposing unit's letter
	// lists its proposals: "1. Đề nghị tặng Bằng khen của Thủ tướng Chính
	// phủ: 02 tập thể".
	ArabicGroups
)

// NominationVerb returns the verb a nomination list writes before a kind,
// by the rule of [report.NominationVerb]: "tặng danh hiệu" for an emulation
// title, "tặng" for a flag and for the forms of commendation. Titles of
// honour that are "phong tặng" are the caller's kinds: give their verb in
// NominationRequest.Verbs.
func NominationVerb(k award.Kind) string { return report.NominationVerb(k) }

// Nominee is one candidate of a nomination list.
type Nominee struct {
	// Recipient is the candidate; Nominations the IDs of the nominations
	// that propose it for the award (usually one).
	Recipient   award.Recipient `json:"recipient"`
	Nominations []string        `json:"nominations"`
	// Name is the unit's full name, or for a person the full name.
	Name string `json:"name"`
	// Post is the post a person is named by: the one the proposal states
	// (award.Nomination.Post) as written, else the one the organisation's
	// records give on the list's day ("nguyên …" for a post left). Empty
	// for a collective.
	Post string `json:"post,omitempty"`
	// Achievement is the achievement the line states, when the request
	// asks for it (NominationRequest.Achievement): "đã có thành tích xuất
	// sắc từ năm 2020 đến năm 2024".
	Achievement string `json:"achievement,omitempty"`
	// Line is the text of the list: the unit's name, or "Ông Nguyễn Văn
	// An, Chấp hành viên Chi cục Thi hành án dân sự huyện Cao Lãnh", then
	// the Achievement, if stated, after a comma.
	Line string `json:"line"`
	// Consultation states the consultation (hiệp y) of the nomination,
	// when one is required or recorded ([ConsultationText]); the list
	// writes it after Line. Empty otherwise.
	Consultation string `json:"consultation,omitempty"`
}

// ConsultationText writes the consultation (hiệp y) of n for a list or a
// document: "hiệp y: Ủy ban nhân dân tỉnh Đồng Tháp nhất trí, văn bản số
// 125/UBND-TĐKT ngày 05 tháng 02 năm 2020" for the last answer recorded;
// "chưa có ý kiến hiệp y của Ủy ban nhân dân tỉnh Đồng Tháp" when one is
// required (award.Nomination.ConsultProvince: state-level forms, Luật Thi
// đua, khen thưởng 2022, Điều 84 khoản 3; Nghị định 98/2023/NĐ-CP, Điều
// 31) and none is recorded; "" when none is required or recorded.
func ConsultationText(n award.Nomination) string {
	c, ok := n.Consulted()
	switch {
	case ok:
		s := "hiệp y: " + c.Body + " " + c.Answer.String() + ", văn bản số " + c.Number.String()
		if d := report.DocDate(c.On); d != "" {
			s += " " + d
		}
		return vntext.Clean(s)
	case n.ConsultProvince != "":
		return vntext.Clean("chưa có ý kiến hiệp y của Ủy ban nhân dân tỉnh " + n.ConsultProvince)
	}
	return ""
}

// NominationGroup is the part of a nomination list for one award kind:
// collectives first, then individuals, each in alphabetical (for people,
// Vietnamese name) order, or in proposal order ([AsProposed]).
type NominationGroup struct {
	// Number is the group's number in the list, from 1; Numeral writes it
	// as the request's Numbering says ("II", "2").
	Number  int        `json:"number"`
	Numeral string     `json:"numeral,omitempty"`
	Code    award.Code `json:"code"`
	// Award is the kind's name as the list writes it (the request's label,
	// else the catalogue's name); Verb the verb before it ("tặng", "tặng
	// danh hiệu"; empty means "tặng").
	Award       string      `json:"award"`
	Verb        string      `json:"verb,omitempty"`
	Level       award.Level `json:"level"`
	Collectives []Nominee   `json:"collectives,omitempty"`
	Individuals []Nominee   `json:"individuals,omitempty"`
}

// Line writes the head line of the group: "Đề nghị tặng Huân chương Lao
// động hạng Ba: 02 tập thể và 01 cá nhân", "Đề nghị tặng danh hiệu Chiến sĩ
// thi đua toàn quốc: 01 cá nhân".
func (g NominationGroup) Line() string {
	var parts []string
	if n := len(g.Collectives); n > 0 {
		parts = append(parts, report.Count(n, "tập thể"))
	}
	if n := len(g.Individuals); n > 0 {
		parts = append(parts, report.Count(n, "cá nhân"))
	}
	verb := g.Verb
	if verb == "" {
		verb = "tặng"
	}
	return "Đề nghị " + verb + " " + g.Award + ": " + report.JoinList(parts...)
}

// Title is the group's head line after its numeral: "II. Đề nghị tặng
// Huân chương Lao động hạng Ba: 02 tập thể"; with no numeral, the head line
// alone.
func (g NominationGroup) Title() string {
	if g.Numeral == "" {
		return g.Line()
	}
	return g.Numeral + ". " + g.Line()
}

// Nominees returns the collectives, then the individuals.
func (g NominationGroup) Nominees() []Nominee {
	return append(slices.Clone(g.Collectives), g.Individuals...)
}

// Nominations is the list of nominations of a unit (danh sách đề nghị khen
// thưởng), grouped by award kind, highest level first (award.Kind.Level).
type Nominations struct {
	Heading  Heading           `json:"heading"`
	Proposer string            `json:"proposer"` // the proposing unit's name on the list's day
	Groups   []NominationGroup `json:"groups"`
	Signer   Signer            `json:"signer,omitzero"`
	// Recipients are the lines of "Nơi nhận:" of the office formats
	// ("Như trên;", "Lưu: VT, TĐKT."); none leaves the list out.
	Recipients []string `json:"recipients,omitempty"`
}

// TemplateName implements [Document]: "nominations".
func (l *Nominations) TemplateName() string { return NominationTemplate }

// NominationList builds the nomination list of a unit from the sources. ErrInvalid for missing sources, an empty proposer or an invalid
// heading; ErrNotFound if the proposer is unknown. A nomination whose
// candidate or award kind cannot be read fails the list with the store's
// or catalogue's error, wrapped in a *thidua.Error with op "document:
// nomination list": a list never drops a candidate silently.
func NominationList(ctx context.Context, src Sources, req NominationRequest) (*Nominations, error) {
	const op = "document: nomination list"
	r, err := newReader(ctx, op, src)
	if err != nil {
		return nil, err
	}
	if req.Proposer == "" {
		return nil, thidua.Invalid(op, "nomination request", "", "proposer", "no proposing unit")
	}
	if req.Order != ByRank && req.Order != AsProposed {
		return nil, thidua.Invalid(op, "nomination request", string(req.Proposer), "order", "unknown order %d", int(req.Order))
	}
	if req.Numbering != RomanGroups && req.Numbering != ArabicGroups {
		return nil, thidua.Invalid(op, "nomination request", string(req.Proposer), "numbering", "unknown numbering %d", int(req.Numbering))
	}
	for i, c := range req.GroupOrder {
		if slices.Contains(req.GroupOrder[:i], c) {
			return nil, thidua.Invalid(op, "nomination request", string(req.Proposer), "group order", "kind %q listed twice", c)
		}
	}
	if err := req.Heading.Validate(); err != nil {
		return nil, thidua.E(op, "nomination request", string(req.Proposer), "heading", err)
	}
	on := req.On
	if on.IsZero() {
		on = req.Heading.Date
	}
	// The proposer and the candidates are named as on the list's day.
	u, err := r.unitOn(req.Proposer, on)
	if err != nil {
		return nil, err
	}
	h, err := r.heading(req.Heading, "", u, on)
	if err != nil {
		return nil, err
	}
	if req.Heading.Title == "" {
		h.Title = NominationTitle
	}
	states := req.States
	if states == nil {
		states = []award.State{award.Draft, award.Submitted}
	}
	noms, err := src.Award.Nominations(ctx, award.NominationFilter{Proposer: req.Proposer, States: states, Codes: req.Codes})
	if err != nil {
		return nil, r.wrap("unit", string(req.Proposer), err)
	}
	list := &Nominations{Heading: h, Proposer: u.Name, Signer: cleanSigner(req.Signer), Recipients: cleanLines(req.Recipients)}
	// One nominee per candidate and award kind: a candidate proposed twice
	// (for two years, say) is listed once with both nominations. In
	// proposal order the nominations are read by the day they were
	// proposed, the store's order breaking ties.
	if req.Order == AsProposed {
		slices.SortStableFunc(noms, func(a, b award.Nomination) int { return proposedOn(a).Compare(proposedOn(b)) })
	}
	type group struct {
		kind     award.Kind
		order    []award.Recipient
		nominees map[award.Recipient]*Nominee
	}
	groups := make(map[award.Code]*group)
	var codes []award.Code
	for _, n := range noms {
		g, ok := groups[n.Kind]
		if !ok {
			k, err := r.kind(n.Kind)
			if err != nil {
				return nil, err
			}
			g = &group{kind: k, nominees: make(map[award.Recipient]*Nominee)}
			groups[n.Kind] = g
			codes = append(codes, n.Kind)
		}
		if prev, ok := g.nominees[n.Recipient]; ok {
			prev.Nominations = append(prev.Nominations, n.ID)
			if prev.Consultation == "" {
				prev.Consultation = ConsultationText(n)
			}
			continue
		}
		day := on
		if day.IsZero() && len(n.History) > 0 {
			day = n.History[len(n.History)-1].On
		}
		nm, err := r.nominee(n, day)
		if err != nil {
			return nil, err
		}
		if a := report.AchievementPhrase(req.Achievement, n.Subject); a != "" {
			nm.Achievement, nm.Line = a, nm.Line+", "+a
		}
		g.nominees[n.Recipient] = &nm
		g.order = append(g.order, n.Recipient)
	}
	// The caller's groups first, in its order; the others by rank, or as
	// first proposed.
	chosen := func(c award.Code) int {
		if i := slices.Index(req.GroupOrder, c); i >= 0 {
			return i
		}
		return len(req.GroupOrder)
	}
	slices.SortStableFunc(codes, func(a, b award.Code) int {
		if c := cmp.Compare(chosen(a), chosen(b)); c != 0 || req.Order == AsProposed {
			return c
		}
		return r.compareKinds(groups[a].kind, groups[b].kind)
	})
	names := vntext.NewNameCollator()
	units := unitNameOrder()
	for i, c := range codes {
		g := groups[c]
		out := NominationGroup{Number: i + 1, Numeral: roman(i + 1), Code: g.kind.Code, Award: g.kind.Name, Verb: NominationVerb(g.kind), Level: g.kind.Level}
		if req.Numbering == ArabicGroups {
			out.Numeral = strconv.Itoa(i + 1)
		}
		if l := vntext.Clean(req.Labels[c]); l != "" {
			out.Award = l
			out.Verb = NominationVerb(award.Kind{Name: l, Family: g.kind.Family, Counter: g.kind.Counter})
		}
		if v := vntext.Clean(req.Verbs[c]); v != "" {
			out.Verb = v
		}
		for _, rec := range g.order {
			if nm := *g.nominees[rec]; rec.Unit != "" {
				out.Collectives = append(out.Collectives, nm)
			} else {
				out.Individuals = append(out.Individuals, nm)
			}
		}
		if req.Order == ByRank {
			sortNominees(out.Collectives, units)
			sortNominees(out.Individuals, names.Compare)
		}
		list.Groups = append(list.Groups, out)
	}
	return list, nil
}

// proposedOn is the day a nomination was proposed: the day of its first
// step, zero if it has none.
func proposedOn(n award.Nomination) thidua.Date {
	if len(n.History) == 0 {
		return thidua.Date{}
	}
	return n.History[0].On
}

// nominee describes the candidate of n, with the post a person held on day,
// or the last one held before it.
func (r *reader) nominee(n award.Nomination, day thidua.Date) (Nominee, error) {
	nm := Nominee{Recipient: n.Recipient, Nominations: []string{n.ID}, Consultation: ConsultationText(n)}
	if n.Recipient.Unit != "" {
		u, err := r.unit(n.Recipient.Unit)
		if err != nil {
			return Nominee{}, err
		}
		nm.Name = subjectName(u, day)
		nm.Line = nm.Name
		return nm, nil
	}
	p, err := r.src.Org.Person(r.ctx, n.Recipient.Person)
	if err != nil {
		return Nominee{}, r.wrap("person", string(n.Recipient.Person), err)
	}
	// The post the proposal states, as written; else the organisation's.
	// A person who has left their post is named by the last one held:
	// "nguyên Giám đốc Sở Tư pháp".
	a, former, ok := p.LastPostOn(day)
	post, unit := n.Post, ""
	if post == "" && ok {
		// The unit as named while the post was held: on day, or on the
		// last day of a post left.
		held := day
		if former {
			held = a.Period.To
		}
		u, err := r.unitOn(a.Unit, held)
		if err != nil {
			return Nominee{}, err
		}
		post, unit = a.Position, u.Name
		if former {
			post = report.FormerPost(post)
		}
	}
	nm.Name, nm.Post, nm.Line = p.FullName, vntext.Clean(post+" "+unit), PersonLine(p.Gender, p.FullName, post, unit)
	return nm, nil
}

// sortNominees sorts by name with compare, then by recipient.
func sortNominees(ns []Nominee, compare func(a, b string) int) {
	slices.SortStableFunc(ns, func(a, b Nominee) int {
		return cmp.Or(compare(a.Name, b.Name), cmp.Compare(a.Recipient.String(), b.Recipient.String()))
	})
}
