package report

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// IssuerOffice returns the office a decision is counted and cited under:
// the issuing authority, not the person who happened to sign. A decision
// signed "KT. Bộ trưởng" by a Thứ trưởng is the Bộ trưởng's, and one
// authority's decisions are one issuer however their signer's title is
// spelt ("Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"). The rule:
//
//   - a decision of an issuing unit (award.Decision.Issuer) is named by
//     ScopeRequest.Authorities for that unit if given; else by the signer's
//     title of the latest decision of that unit in the scope signed by its
//     head (the office as the authority's own decisions write it, "Chủ
//     tịch Ủy ban nhân dân Tỉnh"); else, none being signed by the head, by
//     [AuthorityOffice] of the unit's name on AsOf;
//   - a decision without an issuing unit is named by its signer's title,
//     else by its issuer's name (award.Decision.IssuerName).
//
// The head of a unit is told by the first words of its name as
// [AuthorityOffice] tells them (a Bộ is headed by its Bộ trưởng, an Ủy ban
// nhân dân by its Chủ tịch: Luật Thi đua, khen thưởng 2022, Điều 80); a
// title of another unit is the head's unless it is a deputy's ("Phó …") or
// signed for another ("KT.", "TL.", "TUQ.", "Q."). d must be a decision of
// the scope's grants (as [CountedGrant.Decision] is).
func (s *Scope) IssuerOffice(d *award.Decision) string {
	if d.Issuer == "" {
		return orString(d.SignerTitle, d.IssuerName)
	}
	if a, ok := s.req.Authorities[d.Issuer]; ok {
		if a = vntext.Clean(a); a != "" {
			return a
		}
	}
	if i, ok := s.issuerHeads[d.Issuer]; ok {
		return s.decisions[i].SignerTitle
	}
	if u, ok := s.allUnits[d.Issuer]; ok {
		if name, _ := u.NameOn(s.req.AsOf); vntext.Clean(name) != "" {
			return AuthorityOffice(award.ByHead, name)
		}
	}
	return orString(d.SignerTitle, d.IssuerName)
}

// noteIssuer records decision i of the scope, if its unit's head signed
// it, as the one naming its issuer ([Scope.IssuerOffice]) when it is the
// latest so far (by date, then ID).
func (s *Scope) noteIssuer(i int32) {
	d := &s.decisions[i]
	if d.Issuer == "" {
		return
	}
	if j, ok := s.issuerHeads[d.Issuer]; ok {
		e := &s.decisions[j]
		if compareDecisions(e, d) > 0 {
			return
		}
	}
	// Signers' titles repeat: each is told once per issuer.
	key := signer{d.Issuer, d.SignerTitle}
	head, known := s.signedByHead[key]
	if !known {
		name := ""
		if u, ok := s.allUnits[d.Issuer]; ok {
			name, _ = u.NameOn(d.Date)
		}
		head = signedByHead(d.SignerTitle, name)
		if s.signedByHead == nil {
			s.signedByHead = make(map[signer]bool)
		}
		s.signedByHead[key] = head
	}
	if !head {
		return
	}
	if s.issuerHeads == nil {
		s.issuerHeads = make(map[org.UnitID]int32)
	}
	s.issuerHeads[d.Issuer] = i
}

// compareDecisions orders decisions by date, then ID: the order that
// tells an issuer's first decision ([Scope.IssuersInOrder]) and the latest
// decision naming it ([Scope.IssuerOffice]).
func compareDecisions(x, y *award.Decision) int {
	return cmp.Or(x.Date.Compare(y.Date), strings.Compare(x.ID, y.ID))
}

// IssuersInOrder sorts the decisions ds of the scope by date, then ID, and
// returns their offices ([Scope.IssuerOffice]) in that order, each once:
// the issuers in the order of their first decision, as a tally, a label
// and a row of the statistics table name them. ds may repeat a decision;
// it is sorted in place. Each d of ds must be a decision of the scope's
// grants (as [CountedGrant.Decision] is).
func (s *Scope) IssuersInOrder(ds []*award.Decision) []string {
	issuers, _ := issuersInOrder(s, ds, func(d *award.Decision) *award.Decision { return d })
	return issuers
}

// issuersInOrder is [Scope.IssuersInOrder] of ds, each element naming its
// decision by dec; of[i] is the index in issuers of the office of ds[i]
// as sorted.
func issuersInOrder[D any](s *Scope, ds []D, dec func(D) *award.Decision) (issuers []string, of []int) {
	slices.SortFunc(ds, func(x, y D) int { return compareDecisions(dec(x), dec(y)) })
	of = make([]int, len(ds))
	var last *award.Decision
	for i, x := range ds {
		d := dec(x)
		if d == last { // a repeat: sorted next to the first
			of[i] = of[i-1]
			continue
		}
		last = d
		is := s.IssuerOffice(d)
		j := slices.Index(issuers, is)
		if j < 0 {
			j = len(issuers)
			issuers = append(issuers, is)
		}
		of[i] = j
	}
	return issuers, of
}

// signer is a signer's title on the decisions of an issuing unit.
type signer struct {
	unit  org.UnitID
	title string
}

// signedByHead reports whether title is the office of the head of the
// unit named unitName (empty when unknown): it begins with the head's
// title [AuthorityOffice] gives the unit, or, for a unit not told by its
// name, it is neither a deputy's nor signed for another.
func signedByHead(title, unitName string) bool {
	t := vntext.Fold(title)
	if t == "" {
		return false
	}
	if head, ok := headOf(unitName); ok {
		h := vntext.Fold(head)
		return t == h || strings.HasPrefix(t, h+" ")
	}
	if IsDeputyPost(title) {
		return false
	}
	switch strings.TrimRight(strings.Fields(t)[0], ".") {
	case "kt", "tl", "tuq", "q":
		return false
	}
	return true
}

// headOf returns the title of the head of the agency named name, by the
// first words of the name (officeHeads); false for an agency not listed.
func headOf(name string) (string, bool) {
	if strings.TrimSpace(name) == "" {
		return "", false
	}
	folded := vntext.Fold(name) + " "
	for i, prefix := range foldedPrefixes() {
		if strings.HasPrefix(folded, prefix) {
			return officeHeads[i].head, true
		}
	}
	return "", false
}

// foldedPrefixes are the prefixes of officeHeads folded, each followed by
// a space.
var foldedPrefixes = sync.OnceValue(func() []string {
	out := make([]string, len(officeHeads))
	for i, h := range officeHeads {
		out[i] = vntext.Fold(h.prefix) + " "
	}
	return out
})

// FillIssuers writes a label's "{issuers}" ([IssuersPlaceholder]) as the
// offices given, joined with "và", empty ones left out: "Bằng khen của
// {issuers}" with "Bộ trưởng Bộ Tư pháp" is "Bằng khen của Bộ trưởng Bộ
// Tư pháp". With no office, "của {issuers}" is dropped: "Bằng khen". It is
// the one rule of the labels of tallies, of the unit's own awards, of
// pending nominations and of the statistics table's rows.
func FillIssuers(label string, issuers ...string) string {
	offices := JoinList(issuers...)
	if offices == "" {
		label = strings.ReplaceAll(label, " của "+IssuersPlaceholder, "")
	}
	return strings.ReplaceAll(label, IssuersPlaceholder, offices)
}

// CompareBases orders bases as summaries name them ([AwardTally].ByBasis):
// regular, ad hoc, thematic, long service, length of service, external,
// then unstated (0).
func CompareBases(x, y award.Basis) int { return cmp.Compare(basisRank(x), basisRank(y)) }
