package campaignimport

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/internal/sheet"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgimport"
)

// SheetInitiatives is the name of the initiatives sheet.
const SheetInitiatives = "Sáng kiến"

// Columns of the initiatives sheet.
const (
	iID = iota
	iTitle
	iKind
	iLevel
	iBody
	iNumber
	iCreated
	iRecognised
	iApplied
	iAuthor
	iShare
)

var initiativeSpec = sheet.Spec{
	Name:    SheetInitiatives,
	Aliases: []string{"Sáng kiến, đề tài", "Sáng kiến kinh nghiệm", "Đề tài khoa học"},
	Help:    "Mỗi dòng một tác giả của một sáng kiến (hoặc đề tài khoa học). Sáng kiến có nhiều tác giả ghi nhiều dòng cùng mã sáng kiến (hoặc cùng tên và ngày công nhận); các cột của sáng kiến chỉ cần ghi ở dòng đầu.",
	Cols: []sheet.Col{
		iID:    {Header: "Mã sáng kiến", Type: sheet.CodeCol, Help: "không bắt buộc; để trống thì nhận biết sáng kiến theo tên và ngày công nhận"},
		iTitle: {Header: "Tên sáng kiến", Aliases: []string{"Tên sáng kiến, đề tài", "Tên đề tài"}, Help: "bắt buộc ở dòng đầu của sáng kiến"},
		iKind: {Header: "Loại", Aliases: []string{"Loại sáng kiến"}, Help: "sáng kiến (mặc định), đề tài khoa học, sáng tạo trong chiến đấu",
			List: []string{"sáng kiến", "đề tài khoa học", "sáng tạo trong chiến đấu"}},
		iLevel: {Header: "Cấp công nhận", Aliases: []string{"Phạm vi ảnh hưởng", "Cấp"}, Help: "cơ sở; bộ, ngành, tỉnh; toàn quốc",
			List: []string{"cơ sở", "cấp bộ", "cấp tỉnh", "toàn quốc"}},
		iBody:       {Header: "Cơ quan công nhận", Aliases: []string{"Hội đồng công nhận"}, Help: "ví dụ Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Đồng Tháp"},
		iNumber:     {Header: "Số quyết định", Aliases: []string{"Số QĐ công nhận", "Số QĐ"}, Type: sheet.CodeCol, Help: "ví dụ 45/QĐ-CTHADS"},
		iCreated:    {Header: "Ngày áp dụng", Aliases: []string{"Ngày tạo ra", "Ngày áp dụng lần đầu"}, Type: sheet.DateCol, Help: "để trống thì là ngày công nhận"},
		iRecognised: {Header: "Ngày công nhận", Aliases: []string{"Ngày quyết định"}, Type: sheet.DateCol, Help: "bắt buộc ở dòng đầu của sáng kiến"},
		iApplied:    {Header: "Áp dụng hiệu quả", Aliases: []string{"Hiệu quả"}, Type: sheet.BoolCol, Help: "ghi x nếu đã áp dụng có hiệu quả"},
		iAuthor:     {Header: "Mã cán bộ", Aliases: []string{"Mã tác giả", "Mã CBCC"}, Required: true, Type: sheet.CodeCol, Help: "mã cán bộ của tác giả"},
		iShare:      {Header: "Tỷ lệ đóng góp", Aliases: []string{"Tỷ lệ", "Tỷ lệ đóng góp (%)"}, Type: sheet.DecimalCol, Help: "phần trăm; tác giả duy nhất để trống; các tác giả cộng lại đúng 100"},
	},
}

var kinds = sheet.NewChoices(
	sheet.Choice{Value: int(campaign.KindInitiative), Names: []string{"sáng kiến", "sáng kiến kinh nghiệm", "giải pháp"}},
	sheet.Choice{Value: int(campaign.KindScienceWork), Names: []string{"đề tài khoa học", "đề tài", "công trình khoa học", "đề tài nghiên cứu khoa học", "công trình nghiên cứu khoa học"}},
	sheet.Choice{Value: int(campaign.KindCombat), Names: []string{"sáng tạo trong chiến đấu"}},
)

var levels = sheet.NewChoices(
	sheet.Choice{Value: int(campaign.LevelGrassroots), Names: []string{"cơ sở", "cấp cơ sở"}},
	sheet.Choice{Value: int(campaign.LevelMinistry), Names: []string{"bộ, ngành, tỉnh", "cấp bộ", "cấp tỉnh", "cấp ngành", "bộ", "tỉnh", "ngành"}},
	sheet.Choice{Value: int(campaign.LevelNational), Names: []string{"toàn quốc", "cấp toàn quốc", "quốc gia"}},
)

// Specs returns the sheets of the campaign side, for a template.
func Specs() []*orgimport.Spec { return []*orgimport.Spec{&initiativeSpec} }

// People tells whether a person exists, in the workbook being imported or
// in the store: [*orgimport.Plan] answers for both.
type People interface {
	Person(ctx context.Context, id org.PersonID) (org.Person, bool, error)
}

// StorePeople answers People from an org.Store alone, for an import of the
// initiatives sheet on its own.
func StorePeople(s org.Store) People { return storePeople{s} }

type storePeople struct{ s org.Store }

func (sp storePeople) Person(ctx context.Context, id org.PersonID) (org.Person, bool, error) {
	p, err := sp.s.Person(ctx, id)
	if errors.Is(err, thidua.ErrNotFound) {
		return org.Person{}, false, nil
	}
	return p, err == nil, err
}

// Summary counts what an import stored.
type Summary struct {
	Initiatives, Authors int
}

// Plan is the campaign side of a workbook, checked and ready to store.
type Plan struct {
	s     campaign.Store
	ins   []campaign.Initiative
	nrows []int
	rows  int
}

// Rows returns the data rows of the campaign sheets.
func (p *Plan) Rows() int { return p.rows }

// Import checks the initiatives sheet of book against s (authors must be in
// people) and, if every row passes, stores them. Otherwise it stores
// nothing and returns an [*orgimport.Error] listing every problem.
func Import(ctx context.Context, s campaign.Store, people People, book *orgimport.Workbook, progress func(done, total int)) (Summary, error) {
	var ps orgimport.Problems
	p, err := Check(ctx, s, people, book, &ps)
	if err != nil {
		return Summary{}, err
	}
	if err := ps.Err(); err != nil {
		return Summary{}, err
	}
	return p.Store(ctx, 0, p.Rows(), progress)
}

// Check reads and checks the initiatives sheet of book, recording every
// problem in ps. It returns an error only when a store fails or ctx is
// done.
func Check(ctx context.Context, s campaign.Store, people People, book *orgimport.Workbook, ps *orgimport.Problems) (*Plan, error) {
	p := &Plan{s: s}
	t := sheet.Find(book, &initiativeSpec)
	if t == nil {
		return p, nil
	}
	b := sheet.Bind(t, &initiativeSpec, ps)
	if b == nil {
		return p, nil
	}
	p.rows = len(b.Rows)
	type cand struct {
		in      campaign.Initiative
		first   sheet.Row
		rows    int
		bad     bool
		authors map[org.PersonID]int
		shares  bool // some author has a share
	}
	var cands []*cand
	byID := map[campaign.InitiativeID]*cand{}
	for _, r := range b.Rows {
		id := campaign.InitiativeID(b.Text(r, iID))
		title := b.Text(r, iTitle)
		kind, okKind := b.Choice(r, iKind, kinds)
		level, okLevel := b.Choice(r, iLevel, levels)
		body := b.Text(r, iBody)
		num := b.Text(r, iNumber)
		created, okCreated := b.Date(r, iCreated)
		recog, okRecog := b.Date(r, iRecognised)
		applied := b.Bool(r, iApplied)
		author := org.PersonID(b.Text(r, iAuthor))
		share, okShare := b.Decimal(r, iShare)
		bad := (!b.Blank(r, iKind) && !okKind) || (!b.Blank(r, iLevel) && !okLevel) ||
			(!b.Blank(r, iCreated) && !okCreated) || (!b.Blank(r, iRecognised) && !okRecog) || (!b.Blank(r, iShare) && !okShare)
		if num != "" {
			if _, err := thidua.ParseDocNumber(num); err != nil {
				b.Problem(r, iNumber, strconv.Quote(num)+" không phải số, ký hiệu văn bản (như 45/QĐ-CTHADS)")
				bad = true
			}
		}
		if id == "" {
			if title == "" || !okRecog {
				b.Problem(r, iID, "thiếu mã sáng kiến, hoặc tên sáng kiến và ngày công nhận")
				continue
			}
			id = titleKey(title, recog)
		}
		cd, seen := byID[id]
		if !seen {
			if _, err := s.Initiative(ctx, id); err == nil {
				b.ProblemErr(r, iID, "sáng kiến "+strconv.Quote(string(id))+" đã có trong dữ liệu", thidua.ErrConflict)
				byID[id] = &cand{bad: true}
				continue
			} else if !errors.Is(err, thidua.ErrNotFound) {
				return nil, err
			}
			need := func(col int, ok bool, what string) {
				if !ok && b.Blank(r, col) {
					b.Problem(r, col, "thiếu "+what+" ở dòng đầu của sáng kiến")
					bad = true
				}
			}
			need(iTitle, title != "", "tên sáng kiến")
			need(iLevel, okLevel, "cấp công nhận")
			need(iBody, body != "", "cơ quan công nhận")
			need(iRecognised, okRecog, "ngày công nhận")
			if !okKind {
				kind = int(campaign.KindInitiative)
			}
			if !okCreated {
				created = recog
			}
			cd = &cand{in: campaign.Initiative{ID: id, Title: title, Kind: campaign.InitiativeKind(kind), Level: campaign.Level(level),
				RecognisedBy: body, Decision: num, Created: created, Recognised: recog, Applied: applied}, first: r, authors: map[org.PersonID]int{}}
			byID[id] = cd
			cands = append(cands, cd)
		} else if cd.authors != nil {
			differs := func(col int, same bool, what string) {
				if !b.Blank(r, col) && !same {
					b.Problem(r, col, what+" khác với dòng "+strconv.Itoa(cd.first.N)+" của cùng sáng kiến")
					bad = true
				}
			}
			differs(iTitle, title == "" || vntext.Equal(title, cd.in.Title), "tên sáng kiến")
			differs(iKind, !okKind || campaign.InitiativeKind(kind) == cd.in.Kind, "loại")
			differs(iLevel, !okLevel || campaign.Level(level) == cd.in.Level, "cấp công nhận")
			differs(iBody, body == "" || vntext.Equal(body, cd.in.RecognisedBy), "cơ quan công nhận")
			differs(iNumber, num == "" || num == cd.in.Decision, "số quyết định")
			differs(iRecognised, !okRecog || recog == cd.in.Recognised, "ngày công nhận")
		} else {
			continue
		}
		cd.rows++
		if bad {
			cd.bad = true
		}
		if author == "" {
			cd.bad = true
			continue
		}
		if _, ok, err := people.Person(ctx, author); err != nil {
			return nil, err
		} else if !ok {
			b.Problem(r, iAuthor, "mã cán bộ "+string(author)+" không có trong sheet "+orgimport.SheetPeople+" và trong dữ liệu")
			cd.bad = true
			continue
		}
		if prev, dup := cd.authors[author]; dup {
			b.Problem(r, iAuthor, "tác giả "+string(author)+" đã ghi ở dòng "+strconv.Itoa(prev))
			cd.bad = true
			continue
		}
		cd.authors[author] = r.N
		if !okShare {
			share = decimal.Zero
		} else {
			cd.shares = true
		}
		cd.in.Authors = append(cd.in.Authors, campaign.Author{Person: author, Share: share})
	}
	for _, cd := range cands {
		if cd.bad {
			continue
		}
		if err := cd.in.Validate(); err != nil {
			var e *thidua.Error
			col := iShare
			msg := "sáng kiến không hợp lệ (" + err.Error() + ")"
			if errors.As(err, &e) {
				switch e.Field {
				case "authors":
					msg = "tỷ lệ đóng góp của các tác giả phải lớn hơn 0 và cộng lại đúng 100% (" + strings.TrimPrefix(e.Err.Error(), thidua.ErrInvalid.Error()+": ") + ")"
				case "recognised":
					col, msg = iRecognised, "ngày công nhận trước ngày áp dụng"
				default:
					col = -1
				}
			}
			b.Problem(cd.first, col, msg)
			continue
		}
		p.ins = append(p.ins, cd.in)
		p.nrows = append(p.nrows, cd.rows)
	}
	return p, nil
}

// Store writes the initiatives. progress, if not nil, is called with
// done+the rows stored so far and total.
func (p *Plan) Store(ctx context.Context, done, total int, progress func(done, total int)) (Summary, error) {
	var sum Summary
	for i, in := range p.ins {
		if err := p.s.AddInitiative(ctx, in); err != nil {
			return sum, fmt.Errorf("%w: %w", orgimport.ErrPartial, err)
		}
		sum.Initiatives++
		sum.Authors += len(in.Authors)
		done += p.nrows[i]
		if progress != nil {
			progress(done, total)
		}
	}
	return sum, nil
}

// titleKey is the ID of an initiative given without one: the matching key
// of its title, in NFC as all stored text (Fold leaves the tone marks
// decomposed), and the day it was recognised. A title whose key would
// make the ID longer than thidua.MaxIDLen keeps the start of its key and a
// digest of the whole, so that a long title is still an ID, the same at
// every import, and two long titles sharing their start are two IDs.
func titleKey(title string, recog thidua.Date) campaign.InitiativeID {
	key, day := vntext.NFC(vntext.Fold(title)), "|"+recog.String()
	if len(key)+len(day) <= thidua.MaxIDLen {
		return campaign.InitiativeID(key + day)
	}
	sum := sha256.Sum256([]byte(key))
	digest := "~" + hex.EncodeToString(sum[:8])
	cut := thidua.MaxIDLen - len(day) - len(digest)
	for cut > 0 && !utf8.RuneStart(key[cut]) {
		cut--
	}
	return campaign.InitiativeID(vntext.NFC(key[:cut]) + digest + day)
}
