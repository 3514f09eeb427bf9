package award

import (
	"strconv"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// This file is the consultation step (hiệp y) of a nomination. For the
// state-level forms (orders, medals, state honorary titles, Cờ thi đua của
// Chính phủ, Bằng khen của Thủ tướng Chính phủ: Luật Thi đua, khen thưởng
// 2022, Điều 84 khoản 3) a ministry proposing one of its units located in a
// province (a Cục Thi hành án dân sự tỉnh and its staff) must first obtain
// the opinion of that province's People's Committee (Nghị định
// 98/2023/NĐ-CP, Điều 31 [C]; under the old Law the same forms needed the
// opinion of the provincial People's Committee, Luật Thi đua, khen thưởng
// 2003 as amended, Điều 84 [C]). No text read requires it for a
// ministry-level form. The step is part of the state machine of machine.go:
// the [Consult] action records a [Consultation] in the history, and a
// nomination whose ConsultProvince is set cannot be sent to its authority,
// nor approved, until the last consultation recorded concurs.

// Answer is the answer of the body consulted.
type Answer int

// Answers.
const (
	Concurs Answer = iota + 1 // nhất trí (đồng ý) with the proposal
	Objects                   // không nhất trí: the body objects
)

// String returns the Vietnamese name of the answer.
func (a Answer) String() string {
	switch a {
	case Concurs:
		return "nhất trí"
	case Objects:
		return "không nhất trí"
	}
	return "Answer(" + strconv.Itoa(int(a)) + ")"
}

// Consultation is the record of one consultation (hiệp y) on a nomination:
// who was asked, their answer, and the document that carries it. A
// [Consult] step records one; [Nomination.Consultations] lists them.
type Consultation struct {
	// Body names who was asked, as the answer is signed: "Ủy ban nhân dân
	// tỉnh Đồng Tháp". Required.
	Body string `json:"body"`
	// Unit is the body's unit when it is in the caller's organisation.
	Unit org.UnitID `json:"unit,omitempty"`
	// Asked is the day the opinion was asked for, if known.
	Asked thidua.Date `json:"asked,omitzero"`
	// Answer is what the body answered. Required.
	Answer Answer `json:"answer"`
	// Number is the number and symbol of the answering document ("125/UBND-
	// TCD"). Required.
	Number thidua.DocNumber `json:"number"`
	// On is the date of the answering document. Required; not after the
	// step that records it, nor before Asked.
	On thidua.Date `json:"on"`
	// Note is the substance of the answer, in Vietnamese, if stated.
	Note string `json:"note,omitempty"`
}

// problem says what is missing or impossible in c recorded on the day
// step, or "".
func (c Consultation) problem(step thidua.Date) string {
	switch {
	case strings.TrimSpace(c.Body) == "":
		return "no body consulted"
	case c.Answer != Concurs && c.Answer != Objects:
		return "unknown answer " + strconv.Itoa(int(c.Answer))
	case c.Number.Number <= 0 || strings.TrimSpace(c.Number.Symbol) == "":
		return "no number and symbol of the answering document"
	case c.On.Validate() != nil:
		return "no valid date of the answering document"
	case c.On.After(step):
		return "answer dated " + c.On.String() + ", after the step recording it on " + step.String()
	case !c.Asked.IsZero() && (c.Asked.Validate() != nil || c.Asked.After(c.On)):
		return "asked on " + c.Asked.String() + ", not a valid date before the answer"
	}
	return ""
}

// cleaned returns c with its texts cleaned as Apply cleans texts.
func (c Consultation) cleaned() Consultation {
	c.Body, c.Note = vntext.Clean(c.Body), vntext.Clean(c.Note)
	return c
}

// Consultations returns the consultations recorded on n, in the order of
// its history.
func (n Nomination) Consultations() []Consultation {
	var out []Consultation
	for _, e := range n.History {
		if e.Consultation != nil {
			out = append(out, *e.Consultation)
		}
	}
	return out
}

// Consulted returns the last consultation recorded on n, and false if
// there is none.
func (n Nomination) Consulted() (Consultation, bool) {
	for i := len(n.History) - 1; i >= 0; i-- {
		if c := n.History[i].Consultation; c != nil {
			return *c, true
		}
	}
	return Consultation{}, false
}

// consultProblem says why n may not be sent to its authority or approved
// for want of a consultation, or "": when ConsultProvince is set, the last
// consultation recorded must concur.
func (n Nomination) consultProblem() string {
	if n.ConsultProvince == "" {
		return ""
	}
	c, ok := n.Consulted()
	switch {
	case !ok:
		return "the opinion (hiệp y) of the People's Committee of " + n.ConsultProvince + " has not been recorded"
	case c.Answer != Concurs:
		return c.Body + " did not concur (" + c.Number.String() + ")"
	}
	return ""
}

// LocationView is an optional interface of a [HierarchyView]: it tells
// where the units of a central body (a ministry) are located, for the
// consultation of state-level forms ([Kind.Consultation]). [Tree]
// implements it when made [WithProvinces].
type LocationView interface {
	// Province returns the province where unit u, a unit of a ministry
	// located in a province (a Cục or Chi cục Thi hành án dân sự), is
	// located, and false if u is not such a unit (a unit at the ministry's
	// seat, an agency of the province itself) or the view cannot tell.
	Province(u org.UnitID) (string, bool)
}

// WithProvinces makes the tree tell, with f, the province where each of
// its units is located when it is a ministry's unit located in a province
// ([LocationView]); f returns "" for the others. A nil f is ignored.
func WithProvinces(f func(org.Unit) string) TreeOption {
	return func(c *treeConfig) {
		if f != nil {
			c.province = f
		}
	}
}

// Province implements [LocationView]: false if the tree was made without
// [WithProvinces], does not know u, or u is not located in a province.
func (t *Tree) Province(u org.UnitID) (string, bool) {
	if t == nil || t.province == nil {
		return "", false
	}
	p, ok := t.province[u]
	return p, ok && p != ""
}
