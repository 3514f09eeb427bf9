package orgimport

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/sheet"
	"github.com/thidua-go/thidua/internal/vntext"
	"github.com/thidua-go/thidua/org"
)

// Options tune an import of the organisation sheets.
type Options struct {
	// Scale, if set, is the unit scale of the store: the level of a unit
	// may be written as a level's code or its name, and is checked as a
	// store made with org.WithScale checks it. Without it the level is
	// kept as written.
	Scale *org.Scale
	// Progress, if not nil, is called while records are stored with the
	// rows done and the rows in all (see [Plan.Rows]).
	Progress func(done, total int)
}

// Summary counts what an import stored.
type Summary struct {
	Units, People, Posts, PersonYears, UnitYears, Disciplines int
}

// Plan is the organisation side of a workbook, checked against the store
// and ready to be stored in dependency order. The import of a whole
// workbook (package award/awardimport) checks every domain before it
// stores any.
type Plan struct {
	ov          *overlay
	units       []item[org.Unit]
	people      []item[org.Person]
	personYears []item[org.PersonYear]
	unitYears   []item[org.UnitYear]
	discs       []item[org.Discipline]
	rows        int
	// failed holds the IDs of workbook records that did not pass, so that
	// records naming them are not blamed twice.
	failedUnits  map[org.UnitID]bool
	failedPeople map[org.PersonID]bool
}

type item[T any] struct {
	v    T
	rows int
}

// Import checks the organisation sheets of book (units, people with their
// posts, ratings, absences, disciplines; see [Specs]) against s and, if
// every row passes, stores them all. Otherwise it stores nothing and
// returns an [*Error] listing every problem. Sheets the workbook lacks are
// skipped.
func Import(ctx context.Context, s org.Store, book *Workbook, opts Options) (Summary, error) {
	var ps Problems
	p, err := Check(ctx, s, book, opts, &ps)
	if err != nil {
		return Summary{}, err
	}
	if err := ps.Err(); err != nil {
		return Summary{}, err
	}
	return p.Store(ctx, 0, p.Rows(), opts.Progress)
}

// Check reads and checks the organisation sheets of book against s,
// recording every problem in ps, and returns the plan of what to store. It
// returns an error only when the store fails or ctx is done. The plan is
// returned even when there are problems, so that the sheets of other
// domains can be checked against it ([Plan.Unit], [Plan.Person]).
func Check(ctx context.Context, s org.Store, book *Workbook, opts Options, ps *Problems) (*Plan, error) {
	p := &Plan{ov: newOverlay(s), failedUnits: map[org.UnitID]bool{}, failedPeople: map[org.PersonID]bool{}}
	c := checker{ctx: ctx, p: p, ps: ps, scale: opts.Scale}
	steps := []struct {
		spec *Spec
		fn   func(*sheet.Bound) error
	}{
		{&unitSpec, c.units}, {&peopleSpec, c.people}, {&ratingSpec, c.ratings},
		{&absenceSpec, c.absences}, {&disciplineSpec, c.disciplines},
	}
	c.pending = map[yearKey]*pendingYear{}
	for _, st := range steps {
		t := sheet.Find(book, st.spec)
		if t == nil {
			continue
		}
		b := sheet.Bind(t, st.spec, ps)
		if b == nil {
			continue
		}
		p.rows += len(b.Rows)
		if err := st.fn(b); err != nil {
			return nil, err
		}
	}
	if err := c.finishYears(); err != nil {
		return nil, err
	}
	return p, nil
}

// Rows returns the data rows of the organisation sheets.
func (p *Plan) Rows() int { return p.rows }

// Unit returns the unit id as the workbook or the store has it, and
// whether it exists in either. A unit of the workbook that did not pass
// its checks is reported as existing, so that rows naming it are not
// blamed for its problem.
func (p *Plan) Unit(ctx context.Context, id org.UnitID) (org.Unit, bool, error) {
	if p.failedUnits[id] {
		return org.Unit{ID: id}, true, nil
	}
	return p.ov.FindUnit(ctx, id)
}

// Person returns the person id as the workbook or the store has it, and
// whether they exist in either (see [Plan.Unit] for records that did not
// pass).
func (p *Plan) Person(ctx context.Context, id org.PersonID) (org.Person, bool, error) {
	if p.failedPeople[id] {
		return org.Person{ID: id}, true, nil
	}
	return p.ov.FindPerson(ctx, id)
}

// Store writes the plan to the store in dependency order: units (parents
// first), people, yearly records, disciplines. progress, if not nil, is
// called with done+the rows stored so far and total. The plan must have
// come from Check with no problems.
func (p *Plan) Store(ctx context.Context, done, total int, progress func(done, total int)) (Summary, error) {
	s := p.ov.s
	var sum Summary
	step := max(total/100, 1)
	last := done
	tick := func(n int) {
		done += n
		if progress != nil && (done-last >= step || done == total) {
			last = done
			progress(done, total)
		}
	}
	for _, it := range p.units {
		if err := s.AddUnit(ctx, it.v); err != nil {
			return sum, stored(err)
		}
		sum.Units++
		tick(it.rows)
	}
	for _, it := range p.people {
		if err := s.AddPerson(ctx, it.v); err != nil {
			return sum, stored(err)
		}
		sum.People++
		sum.Posts += len(it.v.Assignments)
		tick(it.rows)
	}
	// Yearly records in batches, each stored all or none.
	for start := 0; start < len(p.personYears); start += yearBatch {
		batch := p.personYears[start:min(start+yearBatch, len(p.personYears))]
		pys := make([]org.PersonYear, len(batch))
		rows := 0
		for i, it := range batch {
			pys[i] = it.v
			rows += it.rows
		}
		if err := s.AddPersonYears(ctx, pys); err != nil {
			return sum, stored(err)
		}
		sum.PersonYears += len(pys)
		tick(rows)
	}
	for _, it := range p.unitYears {
		if err := s.AddUnitYear(ctx, it.v); err != nil {
			return sum, stored(err)
		}
		sum.UnitYears++
		tick(it.rows)
	}
	for _, it := range p.discs {
		if err := s.AddDiscipline(ctx, it.v); err != nil {
			return sum, stored(err)
		}
		sum.Disciplines++
		tick(it.rows)
	}
	return sum, nil
}

// yearBatch is the number of yearly records stored in one call.
const yearBatch = 5000

// ErrPartial is wrapped by the error of a write that failed after the
// checks passed: the store changed while the workbook was imported (another
// writer) or refused what its checks had accepted, and the records before
// the failed one are stored.
var ErrPartial = errors.New("orgimport: store refused a checked record; records before it are stored")

func stored(err error) error { return fmt.Errorf("%w: %w", ErrPartial, err) }

type checker struct {
	ctx         context.Context
	p           *Plan
	ps          *Problems
	scale       *org.Scale
	pending     map[yearKey]*pendingYear
	order       []yearKey
	yearsDone   bool
	ratingSheet *sheet.Bound
}

type pendingYear struct {
	py      org.PersonYear
	row     sheet.Row
	reasons map[org.AbsenceReason]int // reason → row
	rows    int
	bad     bool
}

// reason turns an error of the org checks into a Vietnamese message and the
// column to blame.
func reason(err error) (field, msg string) {
	var e *thidua.Error
	detail := err.Error()
	if errors.As(err, &e) {
		field = e.Field
		if e.Err != nil {
			detail = e.Err.Error()
		}
	}
	detail = strings.TrimPrefix(strings.TrimPrefix(detail, thidua.ErrInvalid.Error()+": "), thidua.ErrConflict.Error()+": ")
	vn, ok := fieldWords[field]
	if !ok {
		vn = "dữ liệu không hợp lệ"
	}
	return field, vn + " (" + detail + ")"
}

var fieldWords = map[string]string{
	"id":                   "mã không hợp lệ",
	"name":                 "tên không hợp lệ",
	"exists":               "thời gian tồn tại không khớp với đơn vị cấp trên, đơn vị cấp dưới hoặc chức vụ",
	"parent":               "đơn vị cấp trên không hợp lệ",
	"level":                "cấp đơn vị không hợp lệ",
	"full_name":            "họ tên không hợp lệ",
	"gender":               "giới tính không hợp lệ",
	"birth_date":           "ngày sinh không hợp lệ",
	"recruited":            "ngày tuyển dụng phải sau ngày sinh",
	"assignments.unit":     "đơn vị của chức vụ không hợp lệ",
	"assignments.position": "thiếu chức vụ",
	"assignments.period":   "thời gian giữ chức vụ không hợp lệ: nằm ngoài thời gian tồn tại của đơn vị, trước ngày tuyển dụng, hoặc trùng với một chức vụ chuyên trách khác",
	"year":                 "năm không thuộc thời gian công tác",
	"unit":                 "đơn vị xếp loại không phải nơi người đó công tác trong năm",
	"rating":               "xếp loại không hợp lệ",
	"days_worked":          "số ngày làm việc và nghỉ vượt quá số ngày trong năm",
	"absences":             "ngày nghỉ không hợp lệ",
	"person":               "cán bộ không hợp lệ",
	"form":                 "hình thức kỷ luật không hợp lệ",
	"decided":              "ngày quyết định kỷ luật phải trước khi hết hiệu lực",
	"in_force":             "thời gian hiệu lực không hợp lệ",
}

// blame records err, from a check of the record read from row, at the
// column fields maps its field to (the row's first column otherwise).
func (c *checker) blame(b *sheet.Bound, row sheet.Row, err error, cols map[string]int) {
	field, msg := reason(err)
	col, ok := cols[field]
	if !ok {
		col = -1
	}
	sentinel := thidua.ErrInvalid
	if errors.Is(err, thidua.ErrConflict) {
		sentinel = thidua.ErrConflict
	}
	b.ProblemErr(row, col, msg, sentinel)
}

// fatal reports whether err is a failure of the store or of ctx rather
// than of the record.
func fatal(err error) bool {
	return err != nil && !errors.Is(err, thidua.ErrInvalid) && !errors.Is(err, thidua.ErrConflict) && !errors.Is(err, thidua.ErrNotFound)
}

func (c *checker) units(b *sheet.Bound) error {
	type cand struct {
		u   org.Unit
		row sheet.Row
	}
	var cands []*cand
	byID := map[org.UnitID]*cand{}
	for _, r := range b.Rows {
		id := org.UnitID(b.Text(r, uCode))
		u := org.Unit{ID: id, Name: b.Text(r, uName), ShortName: b.Text(r, uShort), Parent: org.UnitID(b.Text(r, uParent))}
		from, okFrom := b.Date(r, uFrom)
		to, okTo := b.Date(r, uTo)
		if !b.Blank(r, uTo) && !okTo {
			okFrom = false
		}
		if !okTo {
			to = thidua.Forever()
		}
		u.Exists = thidua.Period{From: from, To: to}
		if okFrom && to.Before(from) {
			b.Problem(r, uTo, "ngày kết thúc trước ngày thành lập")
			okFrom = false
		}
		if lvl := b.Text(r, uLevel); lvl != "" {
			u.Level = c.level(b, r, lvl)
		}
		if id == "" {
			continue
		}
		if prev, dup := byID[id]; dup {
			b.Problem(r, uCode, "mã đơn vị "+string(id)+" trùng với dòng "+strconv.Itoa(prev.row.N))
			continue
		}
		if _, ok, err := c.p.ov.FindUnit(c.ctx, id); err != nil {
			return err
		} else if ok {
			b.ProblemErr(r, uCode, "đơn vị "+string(id)+" đã có trong dữ liệu", thidua.ErrConflict)
			continue
		}
		cd := &cand{u: u, row: r}
		byID[id] = cd
		if u.Name == "" || !okFrom {
			c.p.failedUnits[id] = true
			continue
		}
		cands = append(cands, cd)
	}
	// Parents first: a unit is checked once its parent from the workbook
	// passed; a parent cycle leaves its units unchecked.
	state := map[org.UnitID]int{} // 1 visiting, 2 done
	var visit func(cd *cand) error
	visit = func(cd *cand) error {
		id := cd.u.ID
		if state[id] != 0 {
			if state[id] == 1 {
				b.Problem(cd.row, uParent, "vòng lặp đơn vị cấp trên qua đơn vị "+string(id))
				c.p.failedUnits[id] = true
			}
			return nil
		}
		state[id] = 1
		defer func() { state[id] = 2 }()
		if par := cd.u.Parent; par != "" {
			if pc, ok := byID[par]; ok {
				if err := visit(pc); err != nil {
					return err
				}
				if c.p.failedUnits[par] {
					c.p.failedUnits[id] = true
					return nil
				}
			} else if _, ok, err := c.p.ov.FindUnit(c.ctx, par); err != nil {
				return err
			} else if !ok {
				b.Problem(cd.row, uParent, "đơn vị cấp trên "+string(par)+" không có trong sheet "+SheetUnits+" và trong dữ liệu")
				c.p.failedUnits[id] = true
				return nil
			}
		}
		if c.p.failedUnits[id] {
			return nil
		}
		u, err := org.CheckAddUnit(c.ctx, c.p.ov, c.scale, cd.u)
		if fatal(err) {
			return err
		}
		if err != nil {
			c.blame(b, cd.row, err, map[string]int{"id": uCode, "name": uName, "exists": uFrom, "parent": uParent, "level": uLevel})
			c.p.failedUnits[id] = true
			return nil
		}
		c.p.ov.units[id] = u
		c.p.units = append(c.p.units, item[org.Unit]{u, 1})
		return nil
	}
	for _, cd := range cands {
		if err := visit(cd); err != nil {
			return err
		}
	}
	return nil
}

// level returns the level code written as lvl: with a scale, a level's
// code or name.
func (c *checker) level(b *sheet.Bound, r sheet.Row, lvl string) string {
	if c.scale == nil {
		return lvl
	}
	if l, ok := c.scale.Lookup(lvl); ok {
		return l.Code
	}
	var names []string
	for _, l := range c.scale.Levels() {
		if vntext.Equal(l.Name, lvl) || strings.EqualFold(l.Code, lvl) {
			return l.Code
		}
		names = append(names, l.Name)
	}
	b.Problem(r, uLevel, strconv.Quote(lvl)+" không phải cấp đơn vị trong thang; ghi một trong: "+strings.Join(names, "; "))
	return lvl
}

// unitRef checks that a unit named in row r, column col exists in the
// workbook or the store.
func (c *checker) unitRef(b *sheet.Bound, r sheet.Row, col int, id org.UnitID) (bool, error) {
	_, ok, err := c.p.Unit(c.ctx, id)
	if err != nil {
		return false, err
	}
	if !ok {
		b.Problem(r, col, "đơn vị "+string(id)+" không có trong sheet "+SheetUnits+" và trong dữ liệu")
	}
	return ok, nil
}

func (c *checker) personRef(b *sheet.Bound, r sheet.Row, col int, id org.PersonID) (org.Person, bool, error) {
	p, ok, err := c.p.Person(c.ctx, id)
	if err != nil {
		return p, false, err
	}
	if !ok {
		b.Problem(r, col, "mã cán bộ "+string(id)+" không có trong sheet "+SheetPeople+" và trong dữ liệu")
	}
	return p, ok, nil
}

func (c *checker) people(b *sheet.Bound) error {
	type cand struct {
		p     org.Person
		first sheet.Row
		rows  int
		bad   bool
		posts map[string]int // unit|position|from → row
	}
	var cands []*cand
	byID := map[org.PersonID]*cand{}
	for _, r := range b.Rows {
		id := org.PersonID(b.Text(r, pCode))
		name := b.Text(r, pName)
		g, _ := b.Choice(r, pGender, genders)
		birth, okBirth := b.Date(r, pBirth)
		rec, okRec := b.Date(r, pRecruited)
		bad := (!b.Blank(r, pBirth) && !okBirth) || (!b.Blank(r, pRecruited) && !okRec) || (!b.Blank(r, pGender) && g == 0)
		unit := org.UnitID(b.Text(r, pUnit))
		pos := b.Text(r, pPosition)
		from, okFrom := b.Date(r, pFrom)
		to, okTo := b.Date(r, pTo)
		conc := b.Bool(r, pConcurrent)
		if id == "" {
			continue
		}
		cd, seen := byID[id]
		if !seen {
			if _, ok, err := c.p.ov.FindPerson(c.ctx, id); err != nil {
				return err
			} else if ok {
				b.ProblemErr(r, pCode, "cán bộ "+string(id)+" đã có trong dữ liệu", thidua.ErrConflict)
				byID[id] = &cand{bad: true, first: r}
				continue
			}
			if name == "" && b.Blank(r, pName) {
				b.Problem(r, pName, "thiếu họ và tên ở dòng đầu của mã cán bộ "+string(id))
				bad = true
			}
			cd = &cand{p: org.Person{ID: id, FullName: name, Gender: org.Gender(g), BirthDate: birth, Recruited: rec}, first: r, posts: map[string]int{}}
			byID[id] = cd
			cands = append(cands, cd)
		} else {
			// Later rows add posts; the person's own columns, if filled,
			// must agree with the first row.
			same := func(col int, ok bool, msg string) {
				if !b.Blank(r, col) && !ok {
					b.Problem(r, col, msg+" khác với dòng "+strconv.Itoa(cd.first.N)+" cùng mã cán bộ")
					cd.bad = true
				}
			}
			if cd.posts == nil { // a stored person, already reported
				continue
			}
			same(pName, name == "" || vntext.Equal(name, cd.p.FullName), "họ tên")
			same(pGender, g == 0 || org.Gender(g) == cd.p.Gender, "giới tính")
			same(pBirth, !okBirth || birth == cd.p.BirthDate, "ngày sinh")
			same(pRecruited, !okRec || rec == cd.p.Recruited, "ngày tuyển dụng")
		}
		cd.rows++
		if bad {
			cd.bad = true
		}
		if unit == "" {
			if pos != "" || okFrom {
				b.Problem(r, pUnit, "chức vụ ghi mà thiếu mã đơn vị")
				cd.bad = true
			}
			continue
		}
		ok, err := c.unitRef(b, r, pUnit, unit)
		if err != nil {
			return err
		}
		switch {
		case !ok:
			cd.bad = true
		case c.p.failedUnits[unit]:
			cd.bad = true // the unit's own problem is reported
		}
		if pos == "" {
			if b.Blank(r, pPosition) {
				b.Problem(r, pPosition, "thiếu chức vụ")
			}
			cd.bad = true
		}
		if !okFrom {
			if b.Blank(r, pFrom) {
				b.Problem(r, pFrom, "thiếu ngày bắt đầu giữ chức vụ")
			}
			cd.bad = true
			continue
		}
		if !okTo {
			if !b.Blank(r, pTo) {
				cd.bad = true
				continue
			}
			to = thidua.Forever()
		}
		if to.Before(from) {
			b.Problem(r, pTo, "ngày kết thúc trước ngày bắt đầu giữ chức vụ")
			cd.bad = true
			continue
		}
		key := string(unit) + "\x00" + vntext.Fold(pos) + "\x00" + from.String()
		if prev, dup := cd.posts[key]; dup {
			b.Problem(r, pPosition, "chức vụ này trùng với dòng "+strconv.Itoa(prev))
			cd.bad = true
			continue
		}
		cd.posts[key] = r.N
		cd.p.Assignments = append(cd.p.Assignments, org.Assignment{Unit: unit, Position: pos, Period: thidua.Period{From: from, To: to}, Concurrent: conc})
	}
	for _, cd := range cands {
		id := cd.p.ID
		if cd.bad {
			c.p.failedPeople[id] = true
			continue
		}
		p, err := org.CheckAddPerson(c.ctx, c.p.ov, cd.p)
		if fatal(err) {
			return err
		}
		if err != nil {
			c.blame(b, cd.first, err, map[string]int{"id": pCode, "full_name": pName, "gender": pGender, "birth_date": pBirth,
				"recruited": pRecruited, "assignments.unit": pUnit, "assignments.position": pPosition, "assignments.period": pFrom})
			c.p.failedPeople[id] = true
			continue
		}
		c.p.ov.people[id] = p
		c.p.people = append(c.p.people, item[org.Person]{p, cd.rows})
	}
	return nil
}

func (c *checker) ratings(b *sheet.Bound) error {
	c.ratingSheet = b
	unitRows := map[unitYearKey]int{}
	var uys []struct {
		uy  org.UnitYear
		row sheet.Row
	}
	for _, r := range b.Rows {
		pid := org.PersonID(b.Text(r, rPerson))
		name := b.Text(r, rName)
		unit := org.UnitID(b.Text(r, rUnit))
		year, okYear := b.Int(r, rYear)
		rt, okRating := b.Choice(r, rRating, ratings)
		days, okDays := b.Int(r, rDays)
		exceeded := b.Bool(r, rExceeded)
		bad := !okYear || !okRating || (!b.Blank(r, rDays) && !okDays)
		if okYear && (year < thidua.MinYear || year > thidua.MaxYear) {
			b.Problem(r, rYear, "năm "+strconv.Itoa(year)+" ngoài khoảng "+strconv.Itoa(thidua.MinYear)+"–"+strconv.Itoa(thidua.MaxYear))
			bad = true
		}
		if okDays && days < 0 {
			b.Problem(r, rDays, "số ngày làm việc âm")
			bad = true
		}
		if unit != "" {
			ok, err := c.unitRef(b, r, rUnit, unit)
			if err != nil {
				return err
			}
			bad = bad || !ok || c.p.failedUnits[unit]
		}
		switch {
		case pid != "":
			p, ok, err := c.personRef(b, r, rPerson, pid)
			if err != nil {
				return err
			}
			if !ok || c.p.failedPeople[pid] {
				bad = true
			} else if name != "" && name != p.FullName && !vntext.Equal(name, p.FullName) {
				b.Problem(r, rName, "họ tên "+strconv.Quote(name)+" không khớp với mã cán bộ "+string(pid)+" ("+p.FullName+")")
				bad = true
			}
			if exceeded {
				b.Problem(r, rExceeded, "vượt chỉ tiêu chỉ ghi cho tập thể")
				bad = true
			}
			if !okYear {
				continue
			}
			k := yearKey{pid, year}
			if prev, dup := c.pending[k]; dup {
				b.Problem(r, rYear, "cán bộ "+string(pid)+" đã có xếp loại năm "+strconv.Itoa(year)+" ở dòng "+strconv.Itoa(prev.row.N))
				prev.bad = true
				continue
			}
			c.pending[k] = &pendingYear{py: org.PersonYear{Person: pid, Year: year, Unit: unit, Rating: org.Rating(rt), DaysWorked: days}, row: r, rows: 1, bad: bad}
			c.order = append(c.order, k)
		case unit != "":
			if okDays {
				b.Problem(r, rDays, "số ngày làm việc chỉ ghi cho cá nhân")
				bad = true
			}
			if !okYear {
				continue
			}
			k := unitYearKey{unit, year}
			if prev, dup := unitRows[k]; dup {
				b.Problem(r, rYear, "đơn vị "+string(unit)+" đã có xếp loại năm "+strconv.Itoa(year)+" ở dòng "+strconv.Itoa(prev))
				continue
			}
			unitRows[k] = r.N
			if !bad {
				uys = append(uys, struct {
					uy  org.UnitYear
					row sheet.Row
				}{org.UnitYear{Unit: unit, Year: year, Rating: org.Rating(rt), ExceededTargets: exceeded}, r})
			}
		default:
			b.Problem(r, rPerson, "thiếu mã cán bộ (xếp loại cá nhân) hoặc mã đơn vị (xếp loại tập thể)")
		}
	}
	for _, x := range uys {
		uy, err := org.CheckUnitYear(c.ctx, c.p.ov, x.uy, false)
		if fatal(err) {
			return err
		}
		if err != nil {
			c.blame(b, x.row, err, map[string]int{"unit": rUnit, "year": rYear, "rating": rRating})
			continue
		}
		c.p.ov.uyears[unitYearKey{uy.Unit, uy.Year}] = true
		c.p.unitYears = append(c.p.unitYears, item[org.UnitYear]{uy, 1})
	}
	return nil
}

func (c *checker) absences(b *sheet.Bound) error {
	for _, r := range b.Rows {
		pid := org.PersonID(b.Text(r, aPerson))
		year, okYear := b.Int(r, aYear)
		rs, okReason := b.Choice(r, aReason, absenceReasons)
		days, okDays := b.Int(r, aDays)
		if okDays && days <= 0 {
			b.Problem(r, aDays, "số ngày nghỉ phải lớn hơn 0")
			okDays = false
		}
		if pid == "" || !okYear {
			continue
		}
		py, ok := c.pending[yearKey{pid, year}]
		if !ok {
			if _, known, err := c.personRef(b, r, aPerson, pid); err != nil {
				return err
			} else if known {
				b.Problem(r, aYear, "cán bộ "+string(pid)+" chưa có dòng xếp loại năm "+strconv.Itoa(year)+" trong sheet "+SheetRatings)
			}
			continue
		}
		py.rows++
		if !okReason || !okDays {
			py.bad = true
			continue
		}
		reason := org.AbsenceReason(rs)
		if py.reasons == nil {
			py.reasons = map[org.AbsenceReason]int{}
		}
		if prev, dup := py.reasons[reason]; dup {
			b.Problem(r, aReason, "lý do nghỉ này đã ghi cho cán bộ "+string(pid)+" năm "+strconv.Itoa(year)+" ở dòng "+strconv.Itoa(prev))
			py.bad = true
			continue
		}
		py.reasons[reason] = r.N
		py.py.Absences = append(py.py.Absences, org.Absence{Reason: reason, Days: days})
	}
	return nil
}

// finishYears checks the people's yearly records, with their absences, in
// the order of the ratings sheet.
func (c *checker) finishYears() error {
	if c.yearsDone {
		return nil
	}
	c.yearsDone = true
	for _, k := range c.order {
		pend := c.pending[k]
		if pend.bad {
			continue
		}
		py, err := org.CheckPersonYear(c.ctx, c.p.ov, pend.py, false)
		if fatal(err) {
			return err
		}
		if err != nil {
			c.blame(c.ratingSheet, pend.row, err, map[string]int{"person": rPerson, "unit": rUnit, "year": rYear, "rating": rRating, "days_worked": rDays, "absences": rDays})
			continue
		}
		c.p.ov.years[k] = true
		c.p.personYears = append(c.p.personYears, item[org.PersonYear]{py, pend.rows})
	}
	return nil
}

func (c *checker) disciplines(b *sheet.Bound) error {
	rows := map[string]int{}
	for _, r := range b.Rows {
		id := b.Text(r, dID)
		pid := org.PersonID(b.Text(r, dPerson))
		form, okForm := b.Choice(r, dForm, disciplineForms)
		num := b.Text(r, dNumber)
		decided, okDecided := b.Date(r, dDecided)
		from, okFrom := b.Date(r, dFrom)
		to, okTo := b.Date(r, dTo)
		bad := !okForm || !okDecided || !okTo || (!b.Blank(r, dFrom) && !okFrom)
		if num != "" {
			if _, err := thidua.ParseDocNumber(num); err != nil {
				b.Problem(r, dNumber, strconv.Quote(num)+" không phải số, ký hiệu văn bản (như 12/QĐ-CTHADS)")
				bad = true
			}
		}
		if pid == "" {
			continue
		}
		if _, ok, err := c.personRef(b, r, dPerson, pid); err != nil {
			return err
		} else if !ok || c.p.failedPeople[pid] {
			bad = true
		}
		if id == "" {
			key := num
			if key == "" && okDecided {
				key = decided.String()
			}
			id = string(pid) + "/" + key
		}
		if prev, dup := rows[id]; dup {
			b.Problem(r, dID, "quyết định kỷ luật trùng với dòng "+strconv.Itoa(prev))
			continue
		}
		rows[id] = r.N
		if bad {
			continue
		}
		if !okFrom {
			from = decided
		}
		d := org.Discipline{ID: id, Person: pid, Form: org.DisciplineForm(form), Decided: decided, InForce: thidua.Period{From: from, To: to}, Decision: num}
		if to.Before(from) {
			b.Problem(r, dTo, "ngày hết hiệu lực trước ngày bắt đầu hiệu lực")
			continue
		}
		d, err := org.CheckAddDiscipline(c.ctx, c.p.ov, d)
		if fatal(err) {
			return err
		}
		if err != nil {
			if errors.Is(err, thidua.ErrConflict) {
				b.ProblemErr(r, dID, "quyết định kỷ luật "+id+" đã có trong dữ liệu", thidua.ErrConflict)
				continue
			}
			c.blame(b, r, err, map[string]int{"id": dID, "person": dPerson, "form": dForm, "decided": dDecided, "in_force": dTo})
			continue
		}
		c.p.ov.discs[id] = true
		c.p.discs = append(c.p.discs, item[org.Discipline]{d, 1})
	}
	return nil
}
