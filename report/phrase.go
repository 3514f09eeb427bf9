package report

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/internal/vntext"
)

// PhraseOptions control the words the summary renderers put around the
// figures. The figures themselves always come from the [Summary]; the
// options only supply the narrative around them. A nil *PhraseOptions, and
// every zero field, means the defaults documented on each field.
type PhraseOptions struct {
	// Count pads counts below 10 ("01 tập thể") unless NoPad is set, and
	// per phrase as its Pad map says ("5 năm" beside "03 tập thể").
	Count CountOptions
	// Turns writes the grants of a kind that went to fewer distinct
	// recipients than grants as turns: "219 lượt cá nhân" (219 Bằng khen
	// to fewer people), where by default the count is "219 cá nhân".
	Turns bool
	// ExactMoney writes amounts exactly. By default an amount is written
	// as a lower bound with two significant digits: 50.350.000 is "hơn
	// 50.000.000 đồng" and 110.000.000 stays "110.000.000 đồng".
	ExactMoney bool
	// Subject names the units in the awards sentence; default "<unit> và
	// các đơn vị trực thuộc".
	Subject string
	// Intro opens the achievements paragraph; default "Trong <05 năm
	// (2015 - 2020)>, <subject> đã đạt được nhiều thành tích nổi bật như".
	// It leads into the contributions with ": "; with none to list it ends
	// its own sentence, without a final "như".
	Intro string
	// OwnLead opens the own contributions; default "Đã đóng góp".
	OwnLead string
	// MobilisedLead opens the mobilised contributions; default "vận động
	// các nhà hảo tâm ủng hộ đóng góp".
	MobilisedLead string
	// AwardLead opens the awards; default "Ghi nhận kết quả thực hiện,
	// <subject> đã được cơ quan cấp có thẩm quyền biểu dương và tặng
	// thưởng".
	AwardLead string
	// Purposes are the words after an amount given for a purpose, by
	// purpose code, merged over [DefaultPurposePhrases]; a purpose with no
	// phrase is written "cho <purpose name>".
	Purposes map[string]string
	// ItemVerbs are the verbs before a count of items, by item kind code,
	// merged over [DefaultItemVerbs]; default "xây".
	ItemVerbs map[string]string
	// Pipeline words the dossier pipeline ([PhraseOptions.PipelineSentence]):
	// the council's name, whom the dossiers were put before. Its Count is
	// replaced by the Count above.
	Pipeline PipelinePhraseOptions
}

// DefaultPurposePhrases returns the words written after an amount for the
// ready-made purposes of package contribution. Every call returns a new map.
func DefaultPurposePhrases() map[string]string {
	return map[string]string{
		contribution.PurposeNewRural:     "để hỗ trợ cho các xã xây dựng nông thôn mới",
		contribution.PurposeGratitude:    "để xây nhà tình nghĩa",
		contribution.PurposeCharity:      "để xây nhà tình thương",
		contribution.PurposeRuralRoads:   "để làm cầu, đường giao thông nông thôn",
		contribution.PurposePoorStudents: "để giúp các em học sinh nghèo hiếu học",
		contribution.PurposeDisaster:     "để khắc phục hậu quả thiên tai",
		contribution.PurposeThePoor:      "để giúp đỡ người nghèo",
	}
}

// DefaultItemVerbs returns the verbs written before counts of the ready-made
// item kinds of package contribution. Every call returns a new map.
func DefaultItemVerbs() map[string]string {
	return map[string]string{
		contribution.KindBridge:      "xây",
		contribution.KindRoad:        "làm",
		contribution.KindGratitude:   "xây",
		contribution.KindCharity:     "xây",
		contribution.KindScholarship: "trao",
		contribution.KindGift:        "trao",
	}
}

func (o *PhraseOptions) orDefault() *PhraseOptions {
	if o == nil {
		return &PhraseOptions{}
	}
	return o
}

// count writes n items with the options' padding.
func (o *PhraseOptions) count(n int, classifier string) string {
	return o.orDefault().Count.Count(n, classifier)
}

// Money writes an amount as the options say: a lower bound with two
// significant digits by default ("hơn 50.000.000 đồng"), or exactly; amounts
// under 1.000 đồng are always exact.
func (o *PhraseOptions) Money(amount decimal.Decimal) string {
	// Below a thousand đồng a rounded figure says nothing useful.
	if o.orDefault().ExactMoney || amount.LessThan(decimal.NewFromInt(1000)) {
		return FormatMoney(amount)
	}
	digits := len(amount.Truncate(0).Abs().BigInt().String())
	step := decimal.New(1, int32(max(digits-2, 0)))
	s, err := FormatMoneyApprox(amount, MoneyOptions{Bound: BoundAtLeast, Step: step})
	if err != nil { // cannot happen with these options
		return FormatMoney(amount)
	}
	return s
}

// SubjectOf returns the options' subject or the default one for s.
func (o *PhraseOptions) SubjectOf(s *Summary) string {
	if o := o.orDefault(); o.Subject != "" {
		return o.Subject
	}
	return s.Unit.Display() + " và các đơn vị trực thuộc"
}

func orString(s, def string) string {
	if s != "" {
		return s
	}
	return def
}

// purposePhrase returns the words after an amount for a purpose.
func (o *PhraseOptions) purposePhrase(code, name string) string {
	if p, ok := o.orDefault().Purposes[code]; ok {
		return p
	}
	if p, ok := DefaultPurposePhrases()[code]; ok {
		return p
	}
	return "cho " + strings.ToLower(name)
}

// itemVerb returns the verb before a count of items of a kind.
func (o *PhraseOptions) itemVerb(kind string) string {
	if v, ok := o.orDefault().ItemVerbs[kind]; ok {
		return v
	}
	if v, ok := DefaultItemVerbs()[kind]; ok {
		return v
	}
	return "xây"
}

// ContributionPhrases returns the clauses on contributions, own first:
// "Đã đóng góp hơn 50.000.000 đồng để hỗ trợ cho các xã xây dựng nông thôn
// mới" and "vận động các nhà hảo tâm ủng hộ đóng góp xây 12 cây cầu, 25 căn
// nhà tình nghĩa, 60 căn nhà tình thương và hỗ trợ 110.000.000 đồng để giúp
// các em học sinh nghèo hiếu học". A source with nothing is left out.
func (o *PhraseOptions) ContributionPhrases(s *Summary) []string {
	opt := o.orDefault()
	var out []string
	if p := opt.sourcePhrase(s.Contributions.Own, "đóng góp"); p != "" {
		out = append(out, orString(opt.OwnLead, "Đã đóng góp")+" "+p)
	}
	if p := opt.sourcePhrase(s.Contributions.Mobilised, "hỗ trợ"); p != "" {
		out = append(out, orString(opt.MobilisedLead, "vận động các nhà hảo tâm ủng hộ đóng góp")+" "+p)
	}
	return out
}

// sourcePhrase lists the items (each run of one verb sharing it) and then
// the money of one source; moneyVerb introduces money after items.
func (o *PhraseOptions) sourcePhrase(src SourceSummary, moneyVerb string) string {
	var parts []string
	verb := ""
	for _, it := range src.Items {
		c := o.count(int(it.Count), it.Classifier)
		if v := o.itemVerb(it.Kind); v != verb {
			c = v + " " + c
			verb = v
		}
		parts = append(parts, c)
	}
	for _, m := range src.Money {
		p := o.Money(m.Amount) + " " + o.purposePhrase(m.Purpose, m.PurposeName)
		if len(parts) > 0 {
			p = moneyVerb + " " + p
		}
		parts = append(parts, p)
	}
	return JoinList(parts...)
}

// AwardPhrase writes the grants of one kind: "Cờ Thi đua ngành Tư pháp cho
// 10 tập thể (Cục Thi hành án dân sự 03 lần và Chi cục Thi hành án dân sự
// cấp huyện 07 lần)", "Bằng khen của Bộ trưởng Bộ Tư pháp và Chủ tịch Ủy ban
// nhân dân Tỉnh cho 19 tập thể và 49 cá nhân". Counts are grants; when a
// collective received an emulation title (a flag, say) more than once, the
// grants are broken down by unit level, as official summaries do. With
// Turns set, grants that outnumber their recipients are turns: "219 lượt
// cá nhân".
func (o *PhraseOptions) AwardPhrase(a AwardTally) string {
	opt := o.orDefault()
	var who []string
	if a.Collectives.Grants > 0 {
		head := opt.grantCount(a.Collectives, "tập thể")
		if a.Family == award.Title && a.Repeated() {
			tallies := make([]Tally, 0, len(a.ByLevel))
			for _, l := range a.ByLevel {
				tallies = append(tallies, Tally{Label: l.Label(), N: l.Grants})
			}
			head = opt.Count.Breakdown(head, "lần", tallies...)
		}
		who = append(who, head)
	}
	if a.Individuals.Grants > 0 {
		who = append(who, opt.grantCount(a.Individuals, "cá nhân"))
	}
	return a.Label + " cho " + JoinList(who...)
}

// grantCount writes the grants of c, as turns when the options ask for
// them and the grants outnumber the recipients.
func (o *PhraseOptions) grantCount(c RecipientCount, classifier string) string {
	if o.orDefault().Turns {
		return o.GrantTurns(c, classifier)
	}
	return o.count(c.Grants, classifier)
}

// GrantTurns writes the grants of c as turns when they outnumber the
// distinct recipients, "219 lượt cá nhân", and as a plain count otherwise,
// "12 cá nhân".
func (o *PhraseOptions) GrantTurns(c RecipientCount, classifier string) string {
	if c.Grants > c.Recipients {
		return o.count(c.Grants, "lượt "+classifier)
	}
	return o.count(c.Grants, classifier)
}

// AwardPhrases writes every tally of the summary with [AwardPhrase].
func (o *PhraseOptions) AwardPhrases(s *Summary) []string {
	out := make([]string, len(s.Awards))
	for i, a := range s.Awards {
		out[i] = o.AwardPhrase(a)
	}
	return out
}

// withoutConferrer drops a final "của <conferrer>" from a label when the
// sentence names the conferrer already: "Cờ Thi đua của Chính phủ" proposed
// to "Thủ tướng Chính phủ" is "Cờ Thi đua".
func withoutConferrer(label, conferrer string) string {
	i := strings.LastIndex(label, " của ")
	if i < 0 {
		return label
	}
	owner := vntext.Fold(label[i+len(" của "):])
	if c := vntext.Fold(conferrer); owner != "" && (c == owner || strings.HasSuffix(c, " "+owner)) {
		return label[:i]
	}
	return label
}

// recipientsPhrase describes nominated recipients: collectives by name,
// people whose post is in the summary's own unit by post ("nguyên Cục
// trưởng Cục Thi hành án dân sự"), the others counted by post ("01 đồng
// chí Chi cục trưởng"). A post held by several of them is said once,
// counted ("02 đồng chí Phó Giám đốc Sở Tư pháp").
func (o *PhraseOptions) recipientsPhrase(s *Summary, ps []PendingInfo) string {
	var named []string
	posts := make(map[string]int)
	var order []string
	add := func(post string) {
		if posts[post] == 0 {
			order = append(order, post)
		}
		posts[post]++
	}
	for _, p := range ps {
		switch r := p.Recipient; {
		case r.Unit != nil:
			named = append(named, r.Unit.Display())
		case r.Person != nil && r.Person.Post != "" && r.Person.PostUnit.ID == s.Unit.ID:
			d := r.Person.Post + " " + r.Person.PostUnit.Display()
			if r.Person.Former {
				d = FormerPost(d)
			}
			add("\x00" + d)
		case r.Person != nil:
			add(orString(r.Person.Post, "cá nhân"))
		}
	}
	for _, post := range order {
		switch n := posts[post]; {
		case post == "cá nhân":
			named = append(named, o.count(n, "cá nhân"))
		case strings.HasPrefix(post, "\x00") && n == 1:
			named = append(named, post[1:])
		case strings.HasPrefix(post, "\x00"):
			named = append(named, o.count(n, "đồng chí "+post[1:]))
		default:
			named = append(named, o.count(n, "đồng chí "+post))
		}
	}
	return JoinList(named...)
}

// HighlightSentence writes the sentence on the highlighted year and the
// pending nominations: "Đặc biệt, năm 2019 Cục Thi hành án dân sự được tặng
// thưởng Cờ Thi đua Ngành Tư pháp và đang đề nghị Thủ tướng Chính phủ tặng Cờ
// Thi đua, đồng thời đang đề nghị tặng Huân chương Lao động hạng Ba cho
// nguyên Cục trưởng Cục Thi hành án dân sự và Bằng khen của Thủ tướng Chính
// phủ cho 01 đồng chí Chi cục trưởng." It is empty when there is nothing to
// say. Pending nominations are never counted as grants.
//
// The others' nominations name the authority asked when neither the label
// nor the kind does ("đề nghị Bộ trưởng Bộ Tư pháp tặng danh hiệu Chiến sĩ
// thi đua cấp bộ, ngành, tỉnh cho …"), never the kind's generic office; a
// title is proposed with its verb ([NominationVerb]). Kinds are said
// together for the same units and people, never for the same words.
func (o *PhraseOptions) HighlightSentence(s *Summary) string {
	var head string
	if len(s.Highlights) > 0 {
		labels := make([]string, 0, len(s.Highlights))
		for _, g := range s.Highlights {
			if !slices.Contains(labels, g.Label) {
				labels = append(labels, g.Label)
			}
		}
		head = "năm " + strconv.Itoa(s.Highlights[0].AchievementYear()) + " " + s.Unit.Display() + " được tặng thưởng " + JoinList(labels...)
	}
	var own []string
	// The others' nominations by the authority the sentence names, then
	// by kind, each in the order first met. An authority is named, and
	// left out of the labels, when one of the kinds asked of it needs it
	// named; the others are said together, "đang đề nghị tặng …".
	named := make(map[string]bool)
	for _, p := range s.Pending {
		if !p.Own && p.namedAuthority() != "" {
			named[p.Authority] = true
		}
	}
	type kindKey struct{ label, authority, verb string }
	var asked []string
	kinds := make(map[string][]kindKey)
	byKind := make(map[kindKey][]PendingInfo)
	for _, p := range s.Pending {
		if p.Own {
			own = append(own, PendingProposal(p.Authority, p.proposed(withoutConferrer(p.Label, p.Authority))))
			continue
		}
		a, label := "", p.Label
		if named[p.Authority] {
			a, label = p.Authority, withoutConferrer(p.Label, p.Authority)
		}
		k := kindKey{label, p.Authority, p.Verb}
		if byKind[k] == nil {
			if kinds[a] == nil {
				asked = append(asked, a)
			}
			kinds[a] = append(kinds[a], k)
		}
		byKind[k] = append(byKind[k], p)
	}
	if len(own) > 0 {
		if head == "" {
			head = s.Unit.Display()
			// "Cục … đang đề nghị …" reads without "và".
			head += " " + JoinList(own...)
		} else {
			head += " và " + JoinList(own...)
		}
	}
	// Kinds proposed for the same recipients name them once: "Huân chương
	// Lao động hạng Ba và Chiến sĩ thi đua toàn quốc cho nguyên Giám đốc
	// Sở Tư pháp", not the post once per kind. The same recipients are the
	// same units and people, not the same words: two Chấp hành viên
	// proposed for two kinds are named once each.
	var rest []string
	for _, a := range asked {
		var whom []string
		byWhom := make(map[string][]string)
		phrase := make(map[string]string)
		for _, k := range kinds[a] {
			ps := byKind[k]
			w := recipientIdentity(ps)
			if byWhom[w] == nil {
				whom = append(whom, w)
				phrase[w] = o.recipientsPhrase(s, ps)
			}
			byWhom[w] = append(byWhom[w], ps[0].proposed(k.label))
		}
		var items []string
		for _, w := range whom {
			items = append(items, JoinList(byWhom[w]...)+" cho "+phrase[w])
		}
		p := PendingProposal(a, JoinList(items...))
		if len(rest) > 0 {
			p = strings.TrimPrefix(p, "đang ")
		}
		rest = append(rest, p)
	}
	switch {
	case head == "" && len(rest) == 0:
		return ""
	case head == "":
		return "Đặc biệt, " + strings.Join(rest, "; ") + "."
	case len(rest) == 0:
		return "Đặc biệt, " + head + "."
	}
	return "Đặc biệt, " + head + ", đồng thời " + strings.Join(rest, "; ") + "."
}

// proposed writes the award of a nomination after "tặng": the label, after
// the rest of its verb ("danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh").
func (p PendingInfo) proposed(label string) string {
	if w, ok := strings.CutPrefix(p.Verb, "tặng "); ok {
		return w + " " + label
	}
	return label
}

// namedAuthority is the authority a sentence on others' nominations names:
// the one asked, unless the label names it already ("Bằng khen của Thủ
// tướng Chính phủ") or it is the kind's own office, the only one that
// confers it (the Chủ tịch nước a Huân chương) or the generic office of an
// unknown authority: "đang đề nghị tặng Huân chương Lao động hạng Ba",
// "đang đề nghị Bộ trưởng Bộ Tư pháp tặng danh hiệu Chiến sĩ thi đua cấp
// bộ, ngành, tỉnh".
func (p PendingInfo) namedAuthority() string {
	if p.Authority == p.Conferrer || withoutConferrer(p.Label, p.Authority) != p.Label {
		return ""
	}
	return p.Authority
}

// recipientIdentity is a key of the recipients of ps: the same units and
// people give the same key, whatever their posts.
func recipientIdentity(ps []PendingInfo) string {
	ids := make([]string, 0, len(ps))
	for _, p := range ps {
		switch r := p.Recipient; {
		case r.Unit != nil:
			ids = append(ids, "u\x00"+string(r.Unit.ID))
		case r.Person != nil:
			ids = append(ids, "p\x00"+string(r.Person.ID))
		}
	}
	slices.Sort(ids)
	return strings.Join(slices.Compact(ids), "\x01")
}

// AchievementsParagraph writes the paragraph of achievements in the style of
// the provincial summaries: contributions, then grants by kind, then the
// highlighted year and pending nominations.
func (o *PhraseOptions) AchievementsParagraph(s *Summary) string {
	opt := o.orDefault()
	subject := opt.SubjectOf(s)
	var b strings.Builder
	intro := opt.Intro
	if intro == "" {
		intro = "Trong " + opt.Count.PeriodYears(s.Period) + ", " + subject + " đã đạt được nhiều thành tích nổi bật như"
	}
	var clauses []string
	cs := opt.ContributionPhrases(s)
	if len(cs) > 0 {
		clauses = append(clauses, strings.Join(cs, "; ")+".")
	}
	if as := opt.AwardPhrases(s); len(as) > 0 {
		lead := orString(opt.AwardLead, "Ghi nhận kết quả thực hiện, "+subject+" đã được cơ quan cấp có thẩm quyền biểu dương và tặng thưởng")
		clauses = append(clauses, lead+" "+strings.Join(as, "; ")+".")
	}
	if h := opt.HighlightSentence(s); h != "" {
		clauses = append(clauses, h)
	}
	switch {
	case len(clauses) == 0:
		b.WriteString(intro + ": chưa có số liệu.")
	case len(cs) == 0:
		// Nothing to list after "như:": the intro ends its own sentence
		// and the awards follow, never a dangling "như: Ghi nhận …".
		b.WriteString(strings.TrimSuffix(strings.TrimRight(intro, " :"), " như") + ".")
		for _, c := range clauses {
			b.WriteString(" " + vntext.Title(c))
		}
	default:
		b.WriteString(intro + ": " + vntext.Title(clauses[0]))
		for _, c := range clauses[1:] {
			b.WriteString(" " + c)
		}
	}
	return vntext.NFC(b.String())
}

// ThemeTitles returns the titles of the movements of more than one calendar
// year that the units took part in or launched, regular movements first,
// each in quotation marks: "“Ngành Tư pháp chung sức góp phần xây dựng
// nông thôn mới”".
func ThemeTitles(s *Summary) []string {
	var ms []MovementInfo
	for _, m := range slices.Concat(s.Movements.Joined, s.Movements.Launched) {
		if m.Period.To.Year > m.Period.From.Year {
			ms = append(ms, m)
		}
	}
	slices.SortStableFunc(ms, func(x, y MovementInfo) int {
		return cmp.Or(cmp.Compare(kindRank(x.Kind), kindRank(y.Kind)), x.Period.From.Compare(y.Period.From))
	})
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = "“" + m.Title + "”"
	}
	return out
}

// YearlyLaunchers returns who launched the movements of a single year that
// the units took part in, from the top of the hierarchy down: "Bộ Tư
// pháp", "Tổng cục Thi hành án dân sự", "Ủy ban nhân dân tỉnh Đồng Tháp".
func YearlyLaunchers(s *Summary) []string {
	var ms []MovementInfo
	for _, m := range s.Movements.Joined {
		if m.Period.To.Year == m.Period.From.Year {
			ms = append(ms, m)
		}
	}
	slices.SortStableFunc(ms, func(x, y MovementInfo) int {
		return cmp.Or(cmp.Compare(rankKey(x.LauncherRank), rankKey(y.LauncherRank)), cmp.Compare(x.Launcher, y.Launcher))
	})
	var out []string
	for _, m := range ms {
		if !slices.Contains(out, m.Launcher) {
			out = append(out, m.Launcher)
		}
	}
	return out
}

// SubunitsPhrase words the units under the summary's unit by level
// (Summary.Subunits, with the request's labels and o's padding): "có 06
// phòng chuyên môn và 09 Phòng Thi hành án dân sự khu vực trực thuộc", or
// "" when they were not counted or there are none.
func (o *PhraseOptions) SubunitsPhrase(s *Summary) string {
	ts := make([]Tally, len(s.Subunits))
	for i, c := range s.Subunits {
		ts[i] = Tally{Label: c.Label, N: c.N}
	}
	return o.orDefault().Count.SubunitsPhrase(ts...)
}

// DriveRange writes how many peak drives were launched in the years that had
// any: "từ 01 đến 03" when the number varied, "02" when it did not, "" when
// there were none.
func (o *PhraseOptions) DriveRange(s *Summary) string {
	if len(s.Movements.Drives) == 0 {
		return ""
	}
	lo, hi := s.Movements.DriveRange()
	n := o.orDefault().Count
	if lo == hi {
		return n.Number(hi)
	}
	return "từ " + n.Number(lo) + " đến " + n.Number(hi)
}

// MovementsParagraph writes the movements the units took part in and the
// peak drives they launched each year, or "" if there were none.
func (o *PhraseOptions) MovementsParagraph(s *Summary) string {
	var sentences []string
	if ts := ThemeTitles(s); len(ts) > 0 {
		sentences = append(sentences, "Nội dung thi đua được phát động, tổ chức thực hiện thường xuyên với các chủ đề như: Phong trào thi đua "+strings.Join(ts, "; ")+".")
	}
	var yearly []string
	if ls := YearlyLaunchers(s); len(ls) > 0 {
		yearly = append(yearly, "tổ chức phát động theo chủ đề thi đua do "+JoinList(ls...)+" phát động")
	}
	if r := o.DriveRange(s); r != "" {
		yearly = append(yearly, "phát động "+r+" đợt cao điểm")
	}
	if len(yearly) > 0 {
		sentences = append(sentences, "Hằng năm, "+s.Unit.Display()+" đều "+strings.Join(yearly, ", đồng thời ")+".")
	}
	return vntext.NFC(strings.Join(sentences, " "))
}

// rankKey orders unknown ranks (-1) after every known one.
func rankKey(r int) int {
	if r < 0 {
		return math.MaxInt
	}
	return r
}

func kindRank(k string) int {
	switch k {
	case "thường xuyên":
		return 0
	case "chuyên đề":
		return 1
	}
	return 2
}
