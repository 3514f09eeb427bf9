package awardimport

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/sheet"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgimport"
)

// Directory tells whether units and people exist, in the workbook being
// imported or in the store: [*orgimport.Plan] answers for both.
type Directory interface {
	Unit(ctx context.Context, id org.UnitID) (org.Unit, bool, error)
	Person(ctx context.Context, id org.PersonID) (org.Person, bool, error)
}

// Plan is the award side of a workbook: decisions with their grants,
// checked and ready to store.
type Plan struct {
	s     award.Store
	decs  []award.Decision
	nrows []int
	rows  int
}

// Rows returns the data rows of the award sheet.
func (p *Plan) Rows() int { return p.rows }

// CheckAwards reads and checks the awards sheet of book against s with the
// catalogue cat (nil: award.DefaultCatalogue), recording every problem in
// ps: recipients and issuing units must be in dir, movements in
// movements (nil: no movement may be named). It returns an error only
// when a store fails or ctx is done.
func CheckAwards(ctx context.Context, s award.Store, cat *award.Catalogue, dir Directory, movements campaign.Store, book *orgimport.Workbook, ps *orgimport.Problems) (*Plan, error) {
	if cat == nil {
		cat = award.DefaultCatalogue()
	}
	p := &Plan{s: s}
	t := sheet.Find(book, &awardSpec)
	if t == nil {
		return p, nil
	}
	b := sheet.Bind(t, &awardSpec, ps)
	if b == nil {
		return p, nil
	}
	p.rows = len(b.Rows)
	rr := &ruleReader{s: s, numbers: map[int]map[thidua.DocNumber]string{}}
	type dec struct {
		d       award.Decision
		first   sheet.Row
		rows    []sheet.Row
		bad     bool
		stored  bool
		grantAt map[string]int
		key     string // its key in byKey
	}
	var decs []*dec
	byKey := map[string]*dec{}
	decIDs := map[string]*dec{}
	grantIDs := map[string]int{}
	titles := map[award.TitleKey]int{}
	movementKnown := map[string]bool{}
	type kindErr struct {
		k   award.Kind
		err error
	}
	kindCache := map[string]kindErr{}
	lookupKind := func(text string) (award.Kind, error) {
		if ke, ok := kindCache[text]; ok {
			return ke.k, ke.err
		}
		k, err := cat.Kind(award.Code(text))
		if err != nil {
			k, err = cat.Lookup(text)
		}
		kindCache[text] = kindErr{k, err}
		return k, err
	}
	var titleCodes []award.Code
	type pendingTitle struct {
		key award.TitleKey
		row sheet.Row
		dec *dec
	}
	var pendingTitles []pendingTitle
	for _, r := range b.Rows {
		numText := b.Text(r, gNumber)
		date, okDate := b.Date(r, gDate)
		issuer := b.Text(r, gIssuer)
		issuerUnit := org.UnitID(b.Text(r, gIssuerUnit))
		signerTitle := b.Text(r, gSignerTitle)
		signer := b.Text(r, gSigner)
		kindText := b.Text(r, gKind)
		pid := org.PersonID(b.Text(r, gPerson))
		name := b.Text(r, gName)
		uid := org.UnitID(b.Text(r, gUnit))
		year, okYear := b.Int(r, gYear)
		fromY, okFrom := b.Int(r, gFromYear)
		toY, okTo := b.Int(r, gToYear)
		basis, okBasis := b.Choice(r, gBasis, bases)
		mov := b.Text(r, gMovement)
		gid := b.Text(r, gGrantID)
		did := b.Text(r, gDecisionID)
		bad := (!b.Blank(r, gYear) && !okYear) || (!b.Blank(r, gFromYear) && !okFrom) || (!b.Blank(r, gToYear) && !okTo) ||
			(!b.Blank(r, gBasis) && !okBasis) || (!b.Blank(r, gDate) && !okDate)
		var num thidua.DocNumber
		unknown := false
		switch {
		case numText == "":
			continue
		case UnknownNumber(numText):
			unknown = true
		default:
			n, err := thidua.ParseDocNumber(numText)
			if err != nil {
				b.Problem(r, gNumber, strconv.Quote(numText)+" không phải số, ký hiệu quyết định (như 123/QĐ-BTP, hoặc "+strconv.Quote(NumberUnknownText)+")")
				continue
			}
			num = n
		}
		// The decision: rows with the same number dated in the same year.
		// A row without a date joins the decision of the row above it with
		// the same number. Decisions whose number is unknown are told apart
		// by their date and issuer instead.
		key := num.String()
		if unknown {
			key = "?|" + string(issuerUnit) + "|" + vntext.Fold(issuer)
			if b.Blank(r, gIssuer) && b.Blank(r, gIssuerUnit) {
				key = "?"
			}
			if okDate {
				key += "|" + date.String()
			}
		}
		if okDate {
			key += "|" + strconv.Itoa(date.Year)
		} else if b.Blank(r, gDate) {
			if d := byKey[last(num, unknown)]; d != nil {
				key = d.key
			}
		}
		d := byKey[key]
		if d == nil {
			if !okDate {
				if b.Blank(r, gDate) {
					b.Problem(r, gDate, "thiếu ngày quyết định ở dòng đầu của quyết định "+numText)
				}
				continue
			}
			if did == "" {
				did = num.String() + "|" + date.String()
				if unknown {
					did = unknownNumberID(date, issuerUnit, issuer)
				}
			}
			d = &dec{d: award.Decision{ID: did, Number: num, NumberUnknown: unknown, Date: date, Issuer: issuerUnit, IssuerName: issuer, SignerTitle: signerTitle, Signer: signer},
				first: r, grantAt: map[string]int{}, key: key}
			byKey[key] = d
			byKey[last(num, unknown)] = d
			if prev, dup := decIDs[did]; dup {
				b.Problem(r, gDecisionID, "mã quyết định "+did+" trùng với quyết định ở dòng "+strconv.Itoa(prev.first.N))
				d.bad = true
			}
			decIDs[did] = d
			decs = append(decs, d)
			if issuer == "" && issuerUnit == "" {
				b.Problem(r, gIssuer, "thiếu cơ quan ban hành (hoặc mã đơn vị ban hành) ở dòng đầu của quyết định")
				d.bad = true
			}
			if signerTitle == "" && b.Blank(r, gSignerTitle) {
				b.Problem(r, gSignerTitle, "thiếu chức vụ người ký ở dòng đầu của quyết định")
				d.bad = true
			}
			if issuerUnit != "" {
				if _, ok, err := dir.Unit(ctx, issuerUnit); err != nil {
					return nil, err
				} else if !ok {
					b.Problem(r, gIssuerUnit, "đơn vị "+string(issuerUnit)+" không có trong sheet "+orgimport.SheetUnits+" và trong dữ liệu")
					d.bad = true
				}
			}
			// Importing twice: the decision is already stored.
			if ok, err := rr.HasDecision(ctx, did); err != nil {
				return nil, err
			} else if ok {
				b.ProblemErr(r, gNumber, "quyết định "+num.String()+" đã có trong dữ liệu", thidua.ErrConflict)
				d.bad, d.stored = true, true
			} else if unknown {
				// No number: the rule of one number a year does not apply.
			} else if other, err := rr.NumberedDecision(ctx, num, date.Year); err != nil {
				return nil, err
			} else if other != "" {
				b.ProblemErr(r, gNumber, "quyết định số "+num.String()+" năm "+strconv.Itoa(date.Year)+" đã có trong dữ liệu", thidua.ErrConflict)
				d.bad, d.stored = true, true
			}
		} else {
			differs := func(col int, same bool, what string) {
				if !b.Blank(r, col) && !same {
					b.Problem(r, col, what+" khác với dòng "+strconv.Itoa(d.first.N)+" của cùng quyết định")
					bad = true
				}
			}
			differs(gDate, !okDate || date == d.d.Date, "ngày quyết định")
			differs(gIssuer, issuer == "" || vntext.Equal(issuer, d.d.IssuerName), "cơ quan ban hành")
			differs(gIssuerUnit, issuerUnit == "" || issuerUnit == d.d.Issuer, "đơn vị ban hành")
			differs(gSignerTitle, signerTitle == "" || vntext.Equal(signerTitle, d.d.SignerTitle), "chức vụ người ký")
			differs(gSigner, signer == "" || vntext.Equal(signer, d.d.Signer), "người ký")
			differs(gDecisionID, did == "" || did == d.d.ID, "mã quyết định")
		}
		d.rows = append(d.rows, r)
		if d.stored {
			continue
		}
		// The grant.
		g := award.Grant{}
		if kindText != "" {
			k, err := lookupKind(kindText)
			if err != nil {
				b.Problem(r, gKind, strconv.Quote(kindText)+" không có trong danh mục danh hiệu, hình thức khen thưởng"+didYouMean(err))
				bad = true
			} else {
				g.Kind = k.Code
				if kindText != k.Name && award.Code(kindText) != k.Code && !vntext.Equal(kindText, k.Name) {
					g.Title = kindText
				}
			}
		} else {
			bad = true
		}
		switch {
		case pid != "" && uid != "":
			b.Problem(r, gUnit, "ghi mã cán bộ (khen cá nhân) hoặc mã đơn vị (khen tập thể), không ghi cả hai")
			bad = true
		case pid != "":
			p, ok, err := dir.Person(ctx, pid)
			if err != nil {
				return nil, err
			}
			if !ok {
				b.Problem(r, gPerson, "mã cán bộ "+string(pid)+" không có trong sheet "+orgimport.SheetPeople+" và trong dữ liệu")
				bad = true
			} else if name != "" && p.FullName != "" && name != p.FullName && !vntext.Equal(name, p.FullName) {
				b.Problem(r, gName, "họ tên "+strconv.Quote(name)+" không khớp với mã cán bộ "+string(pid)+" ("+p.FullName+")")
				bad = true
			}
			g.Recipient = award.PersonRecipient(pid)
		case uid != "":
			if _, ok, err := dir.Unit(ctx, uid); err != nil {
				return nil, err
			} else if !ok {
				b.Problem(r, gUnit, "đơn vị "+string(uid)+" không có trong sheet "+orgimport.SheetUnits+" và trong dữ liệu")
				bad = true
			}
			g.Recipient = award.UnitRecipient(uid)
		default:
			b.Problem(r, gPerson, "thiếu người được khen (mã cán bộ) hoặc tập thể được khen (mã đơn vị)")
			bad = true
		}
		if okYear {
			g.Year = year
		}
		switch {
		case okFrom && okTo:
			if fromY > toY {
				b.Problem(r, gToYear, "đến năm trước từ năm")
				bad = true
			} else if fromY < thidua.MinYear || toY > thidua.MaxYear {
				b.Problem(r, gFromYear, "năm ngoài khoảng "+strconv.Itoa(thidua.MinYear)+"–"+strconv.Itoa(thidua.MaxYear))
				bad = true
			} else {
				g.Period = thidua.Years(fromY, toY)
			}
		case okFrom != okTo:
			col := gToYear
			if !okFrom {
				col = gFromYear
			}
			if b.Blank(r, col) {
				b.Problem(r, col, "giai đoạn cần cả từ năm và đến năm")
			}
			bad = true
		}
		if okBasis {
			g.Basis = award.Basis(basis)
		}
		if mov != "" {
			known, seen := movementKnown[mov]
			if !seen {
				if movements != nil {
					_, err := movements.Movement(ctx, campaign.MovementID(mov))
					if err != nil && !errors.Is(err, thidua.ErrNotFound) {
						return nil, err
					}
					known = err == nil
				}
				movementKnown[mov] = known
			}
			if !known {
				b.Problem(r, gMovement, "phong trào "+mov+" không có trong dữ liệu")
				bad = true
			}
			g.Movement = mov
		}
		if gid == "" {
			gid = d.d.ID + "#" + strconv.Itoa(len(d.rows))
		}
		g.ID = gid
		if prev, dup := grantIDs[gid]; dup {
			b.Problem(r, gGrantID, "mã khen thưởng "+gid+" trùng với dòng "+strconv.Itoa(prev))
			bad = true
		}
		grantIDs[gid] = r.N
		if bad {
			d.bad = true
			continue
		}
		// The subject on its own, so that its problem is blamed on its row.
		one := award.Decision{ID: d.d.ID, Number: num, NumberUnknown: unknown, Date: d.d.Date, IssuerName: "-", SignerTitle: "-", Grants: []award.Grant{g}}
		if err := one.Validate(cat); err != nil {
			col, msg := subjectReason(err)
			b.Problem(r, col, msg)
			d.bad = true
			continue
		}
		// A grant ID the store holds is found by award.CheckDecision below,
		// with one read a grant.
		if tk, ok := award.TitleOf(cat, g.Subject); ok {
			if prev, dup := titles[tk]; dup {
				b.Problem(r, gKind, "danh hiệu này năm "+strconv.Itoa(tk.Year)+" đã ghi cho cùng người (tập thể) ở dòng "+strconv.Itoa(prev))
				d.bad = true
				continue
			}
			titles[tk] = r.N
			if !containsCode(titleCodes, tk.Kind) {
				titleCodes = append(titleCodes, tk.Kind)
			}
			pendingTitles = append(pendingTitles, pendingTitle{tk, r, d})
		}
		d.d.Grants = append(d.d.Grants, g)
		d.grantAt[gid] = r.N
	}
	// Titles the store already gives.
	if len(pendingTitles) > 0 {
		if err := rr.loadTitles(ctx, cat, titleCodes); err != nil {
			return nil, err
		}
		for _, pt := range pendingTitles {
			if other := rr.titles[pt.key]; other != "" {
				b.ProblemErr(pt.row, gKind, "người (tập thể) này đã có danh hiệu này năm "+strconv.Itoa(pt.key.Year)+" trong dữ liệu (khen thưởng "+other+")", thidua.ErrConflict)
				pt.dec.bad = true
			}
		}
	}
	for _, d := range decs {
		if d.bad {
			continue
		}
		checked, err := award.CheckDecision(ctx, cat, rr, d.d)
		if fatal(err) {
			return nil, err
		}
		if err != nil {
			var e *thidua.Error
			row := d.first
			if errors.As(err, &e) && e.Kind == "grant" {
				if n, ok := d.grantAt[e.ID]; ok {
					for _, r := range d.rows {
						if r.N == n {
							row = r
						}
					}
				}
			}
			switch {
			case errors.Is(err, thidua.ErrConflict) && e != nil && e.Kind == "grant" && strings.HasSuffix(err.Error(), "ID exists"):
				b.ProblemErr(row, gGrantID, "mã khen thưởng "+e.ID+" đã có trong dữ liệu", thidua.ErrConflict)
			case errors.Is(err, thidua.ErrConflict):
				b.ProblemErr(row, -1, "trùng với dữ liệu đã có ("+err.Error()+")", thidua.ErrConflict)
			default:
				b.ProblemErr(row, -1, "quyết định không hợp lệ ("+err.Error()+")", thidua.ErrInvalid)
			}
			continue
		}
		p.decs = append(p.decs, checked)
		p.nrows = append(p.nrows, len(d.rows))
	}
	return p, nil
}

func containsCode(cs []award.Code, c award.Code) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

func fatal(err error) bool {
	return err != nil && !errors.Is(err, thidua.ErrInvalid) && !errors.Is(err, thidua.ErrConflict) && !errors.Is(err, thidua.ErrNotFound)
}

// subjectReason turns an error of a grant's subject into the column to
// blame and a Vietnamese message.
func subjectReason(err error) (int, string) {
	var e *thidua.Error
	detail := err.Error()
	field := ""
	if errors.As(err, &e) {
		field = e.Field
		if e.Err != nil {
			detail = strings.TrimPrefix(e.Err.Error(), thidua.ErrInvalid.Error()+": ")
		}
	}
	switch field {
	case "kind":
		return gKind, "hình thức khen thưởng không có trong danh mục (" + detail + ")"
	case "recipient":
		return gKind, "hình thức này không trao cho đối tượng này (" + detail + ")"
	case "year":
		return gYear, "năm thành tích không hợp lệ: danh hiệu thi đua cần năm; hình thức khen thưởng cần năm hoặc giai đoạn (" + detail + ")"
	case "basis":
		return gBasis, "loại hình khen thưởng không dùng cho hình thức này (" + detail + ")"
	case "period":
		return gFromYear, "giai đoạn không hợp lệ (" + detail + ")"
	}
	return -1, "khen thưởng không hợp lệ (" + detail + ")"
}

// Store writes the decisions with their grants. progress, if not nil, is
// called with done+the rows stored so far and total.
func (p *Plan) Store(ctx context.Context, done, total int, progress func(done, total int)) (decisions, grants int, err error) {
	step := max(total/100, 1)
	last := done
	for i, d := range p.decs {
		if err := p.s.AddDecision(ctx, d); err != nil {
			return decisions, grants, fmt.Errorf("%w: %w", orgimport.ErrPartial, err)
		}
		decisions++
		grants += len(d.Grants)
		done += p.nrows[i]
		if progress != nil && (done-last >= step || done == total) {
			last = done
			progress(done, total)
		}
	}
	return decisions, grants, nil
}

// ruleReader answers award.RuleReader from the store's public methods,
// reading the numbers of a year's decisions and the titles once.
type ruleReader struct {
	s       award.Store
	numbers map[int]map[thidua.DocNumber]string
	titles  map[award.TitleKey]string
}

var _ award.RuleReader = (*ruleReader)(nil)

func (r *ruleReader) Nomination(ctx context.Context, id string) (award.Nomination, error) {
	return r.s.Nomination(ctx, id)
}

func (r *ruleReader) OpenTitle(ctx context.Context, k award.TitleKey) (string, error) { return "", nil }

func (r *ruleReader) TitleGrant(ctx context.Context, k award.TitleKey) (string, error) {
	return r.titles[k], nil
}

func (r *ruleReader) NominationGrant(ctx context.Context, nomination string) (string, error) {
	return "", nil
}

func (r *ruleReader) HasDecision(ctx context.Context, id string) (bool, error) {
	ds, err := r.s.Decisions(ctx, award.DecisionFilter{IDs: []string{id}, WithoutGrants: true})
	return len(ds) > 0, err
}

func (r *ruleReader) NumberedDecision(ctx context.Context, number thidua.DocNumber, year int) (string, error) {
	m, ok := r.numbers[year]
	if !ok {
		ds, err := r.s.Decisions(ctx, award.DecisionFilter{Period: thidua.Year(year), WithoutGrants: true})
		if err != nil {
			return "", err
		}
		m = make(map[thidua.DocNumber]string, len(ds))
		for _, d := range ds {
			m[d.Number] = d.ID
		}
		r.numbers[year] = m
	}
	return m[number], nil
}

func (r *ruleReader) HasGrant(ctx context.Context, id string) (bool, error) {
	_, err := r.s.Grant(ctx, id)
	if errors.Is(err, thidua.ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// loadTitles reads the grants, not revoked, of the title kinds codes.
func (r *ruleReader) loadTitles(ctx context.Context, cat *award.Catalogue, codes []award.Code) error {
	gs, err := r.s.Grants(ctx, award.GrantFilter{Codes: codes})
	if err != nil {
		return err
	}
	r.titles = make(map[award.TitleKey]string, len(gs))
	for _, g := range gs {
		if tk, ok := award.TitleOf(cat, g.Subject); ok {
			r.titles[tk] = g.ID
		}
	}
	return nil
}

// didYouMean returns the names a failed catalogue lookup suggests, as the
// end of a problem's message: "; có phải là “A”, “B” hay “C”?", or "".
func didYouMean(err error) string {
	var ne *award.NameError
	if !errors.As(err, &ne) || len(ne.Suggestions) == 0 {
		return ""
	}
	q := make([]string, len(ne.Suggestions))
	for i, s := range ne.Suggestions {
		q[i] = "“" + s + "”"
	}
	list := q[len(q)-1]
	if len(q) > 1 {
		list = strings.Join(q[:len(q)-1], ", ") + " hay " + list
	}
	return "; có phải là " + list + "?"
}

// last is the key, in the import's map of decisions, of the latest decision
// with number num (or of unknown number): a row without a date joins it.
func last(num thidua.DocNumber, unknown bool) string {
	if unknown {
		return "?|last"
	}
	return num.String() + "|last"
}

// NumberUnknownText is what the "Số quyết định" column holds for a decision
// published without its number ([award.Decision.NumberUnknown]).
const NumberUnknownText = "chưa rõ số"

// UnknownNumber reports whether the text of a decision's number cell says
// that the number is not known: "chưa rõ số", "chưa rõ", "không rõ số" or
// "không rõ", in any case. Nothing else is:
// an empty cell is a missing number, never an unknown one.
func UnknownNumber(text string) bool {
	switch vntext.Fold(strings.TrimSpace(text)) {
	case vntext.Fold(NumberUnknownText), vntext.Fold("chưa rõ"), vntext.Fold("không rõ số"), vntext.Fold("không rõ"):
		return true
	}
	return false
}

// unknownNumberID names a decision of unknown number by its date and
// issuer, the same on every import of the same rows, so that a second
// import finds it stored: "chưa-rõ-số|2023-05-01|<issuing unit>", or a hash
// of the issuer's name when it has no unit ID.
func unknownNumberID(date thidua.Date, unit org.UnitID, issuer string) string {
	who := string(unit)
	if who == "" {
		h := fnv.New64a()
		h.Write([]byte(vntext.Fold(issuer)))
		who = strconv.FormatUint(h.Sum64(), 36)
	}
	return "chưa-rõ-số|" + date.String() + "|" + who
}
