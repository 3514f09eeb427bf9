package report

import (
	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// Summary is the period summary of a unit (with its subtree and the units it
// succeeded): what it was awarded, what it proposed, what it contributed and
// mobilised, which movements it ran and which initiatives it had recognised.
// It is a plain value with stable field names, encodable as JSON, that the
// renderers, custom templates and other services read directly.
//
// Counts of grants never include revoked grants, and pending nominations
// are listed apart, never counted as grants.
type Summary struct {
	// Unit is the unit the summary is about, as named on AsOf (or, if it did
	// not exist then, its predecessor in force).
	Unit UnitInfo `json:"unit"`
	// Period is the period summarised; AsOf is the day the summary speaks
	// from (pending nominations, "nguyên" posts).
	Period thidua.Period `json:"period"`
	AsOf   thidua.Date   `json:"as_of"`
	// Units are the units covered: the unit, its predecessors and their
	// subtrees, with the names in force during the period, by level then ID.
	Units []UnitInfo `json:"units"`
	// Awards are the grants of the period by award kind, highest level first.
	Awards []AwardTally `json:"awards"`
	// Highlights are the grants of the highlighted year to the unit itself.
	Highlights []GrantInfo `json:"highlights,omitempty"`
	// Own are the award kinds the unit itself (with the units it
	// succeeded) received in the period, in the order of Awards, each with
	// its achievement years: "Tập thể lao động xuất sắc các năm 2021, 2022,
	// 2023". By decision date (the default selection) the years are those
	// of the grants decided in the period, and may lie before it: the
	// title of 2019 decided in January 2020 makes "các năm 2019, 2020, …"
	// in a summary of 2020–2024. A summary that must name only the
	// period's years selects by achievement year
	// ([SelectByAchievementYear]), with AsOf after the period to take in
	// the titles of its last year.
	Own []OwnAward `json:"own,omitempty"`
	// Pending are the nominations under consideration on AsOf ("đang đề
	// nghị"), the unit's own first.
	Pending []PendingInfo `json:"pending,omitempty"`
	// PendingTallies count the nominations of Pending by award kind and
	// authority asked, in the order of Pending: "đang đề nghị Thủ tướng
	// Chính phủ tặng Bằng khen cho 02 cá nhân". They are never grants.
	PendingTallies []PendingTally `json:"pending_tallies,omitempty"`
	// Contributions are the received contributions of the period.
	Contributions ContributionSummary `json:"contributions"`
	// Movements are the movements launched or joined during the period.
	Movements MovementSummary `json:"movements"`
	// Initiatives count the initiatives of the units' people recognised in
	// the period, by level.
	Initiatives []InitiativeTally `json:"initiatives,omitempty"`
	// Results are the unit's results on the targets the request named, in
	// its order (targets without a result for the year left out).
	Results []ResultInfo `json:"results,omitempty"`
	// Decisions are the decisions of the grants counted, by date and
	// number, when the request asked for them (SummaryRequest.ListDecisions).
	Decisions []DecisionInfo `json:"decisions,omitempty"`
	// Pipeline counts the nominations of the period by stage, when the
	// request asked for it (SummaryRequest.Pipeline).
	Pipeline *Pipeline `json:"pipeline,omitempty"`
	// Subunits count the units under the unit on AsOf by level, in the
	// order the levels first appear, when the request asked
	// (SummaryRequest.Subunits).
	Subunits []SubunitCount `json:"subunits,omitempty"`
}

// SubunitCount is how many units of a level are under the summary's unit:
// "06 phòng chuyên môn".
type SubunitCount struct {
	Level string `json:"level"` // level code
	Label string `json:"label"` // the words after the number
	N     int    `json:"n"`
}

// UnitInfo describes a unit in a summary.
type UnitInfo struct {
	ID        org.UnitID `json:"id"`
	Name      string     `json:"name"`
	ShortName string     `json:"short_name,omitempty"`
	Level     string     `json:"level,omitempty"`      // level code
	LevelName string     `json:"level_name,omitempty"` // from the scale, e.g. "Chi cục Thi hành án dân sự cấp huyện"
	LevelRank int        `json:"level_rank"`
	// Former reports that the unit no longer exists on the summary's AsOf
	// (a district office the 2025 restructuring ended): see
	// [UnitInfo.Called].
	Former bool `json:"former,omitempty"`
}

// Called names the unit as of the summary's AsOf: its name, or for a
// unit that no longer exists, in style ("huyện Tháp Mười cũ", "nguyên
// Chi cục Thi hành án dân sự huyện Tháp Mười").
func (u UnitInfo) Called(style FormerStyle) string {
	return formerIn(u.Name, u.Former, style)
}

// Display returns the short name, or the name if there is none.
func (u UnitInfo) Display() string {
	if u.ShortName != "" {
		return u.ShortName
	}
	return u.Name
}

// PersonInfo describes a person in a summary, with the post that identifies
// them on the summary's AsOf day.
type PersonInfo struct {
	ID       org.PersonID `json:"id"`
	FullName string       `json:"full_name"`
	Gender   org.Gender   `json:"gender"`
	// Post is the person's post on AsOf, or the last one held before it;
	// PostUnit is where. Former reports that the post was no longer held on
	// AsOf ("nguyên Cục trưởng").
	Post     string   `json:"post,omitempty"`
	PostUnit UnitInfo `json:"post_unit"`
	Former   bool     `json:"former,omitempty"`
}

// Recipient is the unit or person a grant or nomination is for; exactly one
// of Unit and Person is set.
type Recipient struct {
	Unit   *UnitInfo   `json:"unit,omitempty"`
	Person *PersonInfo `json:"person,omitempty"`
}

// Name returns the display name of the unit or the person's full name.
func (r Recipient) Name() string {
	switch {
	case r.Unit != nil:
		return r.Unit.Display()
	case r.Person != nil:
		return r.Person.FullName
	}
	return ""
}

// RecipientCount is a number of distinct recipients and of grants: "03 tập thể … (4
// cờ)" has 3 recipients and 4 grants.
type RecipientCount struct {
	Recipients int `json:"recipients"`
	Grants     int `json:"grants"`
}

// IsZero reports whether nothing was counted.
func (c RecipientCount) IsZero() bool { return c.Grants == 0 }

// LevelCount counts grants to collectives of one unit level. When a single
// unit of the level received them, Unit names it.
type LevelCount struct {
	Level     string `json:"level"`
	LevelName string `json:"level_name"`
	LevelRank int    `json:"level_rank"`
	// Unit is the only recipient of the level, if there is only one.
	Unit *UnitInfo `json:"unit,omitempty"`
	RecipientCount
}

// Label returns the unit's short name if a single unit of the level
// received the grants, the level's name otherwise.
func (l LevelCount) Label() string {
	if l.Unit != nil {
		return l.Unit.Display()
	}
	if l.LevelName != "" {
		return l.LevelName
	}
	return l.Level
}

// YearCount counts the grants of one year: the year of the decision, as
// statistics tables count them, or the achievement year when the request
// selects grants by it ([SelectByAchievementYear]). The highlighted year of
// a summary is always the year of the achievement: the flag for 2019 is
// decided in 2020.
type YearCount struct {
	Year        int            `json:"year"`
	Collectives RecipientCount `json:"collectives"`
	Individuals RecipientCount `json:"individuals"`
}

// AwardTally is the grants of one award kind in the period.
type AwardTally struct {
	Code award.Code `json:"code"`
	// Name is the catalogue's official name; Label the name the report
	// writes ("Cờ Thi đua ngành Tư pháp"), after the request's labels and
	// with "{issuers}" replaced by the issuers' titles.
	Name    string       `json:"name"`
	Label   string       `json:"label"`
	Family  award.Family `json:"family"`
	Level   award.Level  `json:"level"`
	Counter string       `json:"counter,omitempty"` // classifier of a grant: "cờ", "bằng khen"
	// Conferrer is the office that confers the kind: "Thủ tướng Chính phủ".
	Conferrer string `json:"conferrer,omitempty"`
	// Issuers are the signers' offices of the decisions, in the order of
	// their first decision: "Bộ trưởng Bộ Tư pháp", "Chủ tịch Ủy ban nhân
	// dân Tỉnh".
	Issuers []string `json:"issuers,omitempty"`
	// Collectives and Individuals count distinct recipients and grants; a
	// unit renamed during the period is one recipient under both names.
	Collectives RecipientCount `json:"collectives"`
	Individuals RecipientCount `json:"individuals"`
	ByLevel     []LevelCount   `json:"by_level,omitempty"` // collectives' grants by unit level, top first
	ByYear      []YearCount    `json:"by_year,omitempty"`
	// ByIssuer counts the grants by the office that signed their decisions,
	// in the order of Issuers: "Bằng khen của Bộ trưởng Bộ Tư pháp cho 04
	// tập thể và 09 cá nhân; Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
	// cho 07 tập thể".
	ByIssuer []IssuerCount `json:"by_issuer,omitempty"`
	// ByBasis counts the grants by their basis (Luật Thi đua, khen thưởng
	// 2022, Điều 8): regular, ad hoc, thematic, …, unstated last.
	ByBasis []BasisCount `json:"by_basis,omitempty"`
	// Years are the achievement years of the grants, ascending; by
	// decision date they may lie before the period (see Summary.Own).
	Years []int `json:"years,omitempty"`
	// Recipients are the distinct recipients with their achievement
	// years, collectives first, each by name, when the request asked for
	// them (SummaryRequest.ListRecipients).
	Recipients []RecipientYears `json:"recipients,omitempty"`
	// Grants are the grants counted, by year, recipient, decision date and
	// ID, when the request asked for them (SummaryRequest.ListGrants).
	Grants []GrantInfo `json:"grants,omitempty"`
}

// IssuerCount is the grants of one kind signed by one office.
type IssuerCount struct {
	Issuer      string         `json:"issuer"` // "Bộ trưởng Bộ Tư pháp"
	Collectives RecipientCount `json:"collectives"`
	Individuals RecipientCount `json:"individuals"`
	// ByBasis splits them by basis: "05 Bằng khen chuyên đề của Bộ trưởng
	// Bộ Tư pháp".
	ByBasis []BasisCount `json:"by_basis,omitempty"`
}

// Total returns the grants counted, collectives and individuals.
func (c IssuerCount) Total() int { return c.Collectives.Grants + c.Individuals.Grants }

// BasisCount is the grants of one basis.
type BasisCount struct {
	// Basis is the grants' basis; 0 when the decision did not state one.
	Basis award.Basis `json:"basis"`
	// Name is the word reports use: "công trạng" (regular), "đột xuất",
	// "chuyên đề", "" for an unstated basis ([BasisName]).
	Name        string         `json:"name"`
	Collectives RecipientCount `json:"collectives"`
	Individuals RecipientCount `json:"individuals"`
}

// Total returns the grants counted, collectives and individuals.
func (c BasisCount) Total() int { return c.Collectives.Grants + c.Individuals.Grants }

// BasisName returns the word summaries write for a basis (Luật Thi đua, khen
// thưởng 2022, Điều 8): "công trạng" for regular work (thường xuyên, theo
// công trạng và thành tích đạt được), "đột xuất", "chuyên đề" (theo đợt,
// chuyên đề), "cống hiến" (quá trình cống hiến), "niên hạn", "đối ngoại";
// "" for no basis or a set of several.
func BasisName(b award.Basis) string {
	switch b {
	case award.Regular:
		return "công trạng"
	case award.AdHoc:
		return "đột xuất"
	case award.Thematic:
		return "chuyên đề"
	case award.LongService:
		return "cống hiến"
	case award.LengthOfService:
		return "niên hạn"
	case award.External:
		return "đối ngoại"
	}
	return ""
}

// RecipientYears is one recipient of a kind with the achievement years of
// its grants: "Chiến sĩ thi đua cấp tỉnh năm 2020 và năm 2023".
type RecipientYears struct {
	Recipient Recipient `json:"recipient"`
	Years     []int     `json:"years"`
	Grants    int       `json:"grants"`
}

// OwnAward is one kind the summary's unit itself received, with the
// achievement years.
type OwnAward struct {
	Code   award.Code   `json:"code"`
	Label  string       `json:"label"`
	Family award.Family `json:"family"`
	Years  []int        `json:"years"`
	Grants int          `json:"grants"`
}

// PendingTally counts the nominations of one kind before one authority.
type PendingTally struct {
	Code  award.Code `json:"code"`
	Label string     `json:"label"`
	// Authority is the office asked to confer ([PendingInfo.Authority]).
	Authority string `json:"authority"`
	// Own reports that the nominations are for the summary's unit itself.
	Own         bool `json:"own,omitempty"`
	Collectives int  `json:"collectives"`
	Individuals int  `json:"individuals"`
}

// Repeated reports whether some collective received the kind more than once
// in the period, so that the number of grants differs from the number of
// collectives.
func (a AwardTally) Repeated() bool { return a.Collectives.Grants != a.Collectives.Recipients }

// GrantInfo is one grant in a summary, with its decision.
type GrantInfo struct {
	ID        string     `json:"id"`
	Code      award.Code `json:"code"`
	Label     string     `json:"label"` // the report's name of the kind
	Recipient Recipient  `json:"recipient"`
	Year      int        `json:"year,omitempty"`
	// Period is the achievement period, when the grant has one.
	Period     thidua.Period    `json:"period,omitzero"`
	DecisionID string           `json:"decision_id"`
	Decision   thidua.DocNumber `json:"decision"`
	// NumberUnknown reports a decision recorded without its number
	// (award.Decision.NumberUnknown): Decision is then zero.
	NumberUnknown bool        `json:"number_unknown,omitempty"`
	DecisionDate  thidua.Date `json:"decision_date"`
	Issuer        string      `json:"issuer"` // signer's office
	// Basis is the grant's basis, 0 if not stated.
	Basis award.Basis `json:"basis,omitempty"`
}

// AchievementYear returns the year the grant is for: Year, else the last
// year of Period (award.Subject.AchievementYear).
func (g GrantInfo) AchievementYear() int {
	return award.Subject{Year: g.Year, Period: g.Period}.AchievementYear()
}

// PendingInfo is a nomination under consideration.
type PendingInfo struct {
	ID        string     `json:"id"`
	Code      award.Code `json:"code"`
	Label     string     `json:"label"`
	Conferrer string     `json:"conferrer"` // the kind's office: "Thủ tướng Chính phủ"
	// Authority is the office actually asked to confer: the head of the
	// nomination's authority unit ("Bộ trưởng Bộ Tư pháp", "Chủ tịch Ủy
	// ban nhân dân tỉnh Đồng Tháp"), from SummaryRequest.Authorities or
	// [AuthorityOffice]; the kind's office when the authority is unknown.
	Authority string `json:"authority"`
	// Verb is the verb the proposal is worded with when it is not the
	// plain "tặng" ([NominationVerb]): "tặng danh hiệu" for an emulation
	// title.
	Verb      string    `json:"verb,omitempty"`
	Recipient Recipient `json:"recipient"`
	// Own reports that the nomination is for the summary's unit itself.
	Own bool `json:"own,omitempty"`
	// Submitted is the day the nomination was first submitted.
	Submitted thidua.Date `json:"submitted"`
}

// MoneyLine is an amount of money for one purpose.
type MoneyLine struct {
	Purpose     string          `json:"purpose"`      // code
	PurposeName string          `json:"purpose_name"` // Vietnamese name
	Amount      decimal.Decimal `json:"amount"`       // đồng, exact
}

// ItemLine is a number of items of one kind.
type ItemLine struct {
	Kind       string          `json:"kind"`       // code
	Name       string          `json:"name"`       // "Cầu"
	Classifier string          `json:"classifier"` // "cây cầu"
	Count      int64           `json:"count"`
	Value      decimal.Decimal `json:"value"` // known value of the items, đồng
}

// SourceSummary is what one source (own contributions or mobilised ones)
// brought in.
type SourceSummary struct {
	Money  []MoneyLine     `json:"money,omitempty"` // by purpose
	Items  []ItemLine      `json:"items,omitempty"` // by kind
	Total  decimal.Decimal `json:"total"`           // money, đồng
	ByYear []YearAmount    `json:"by_year,omitempty"`
}

// YearAmount is the money of one year.
type YearAmount struct {
	Year   int             `json:"year"`
	Amount decimal.Decimal `json:"amount"`
}

// ContributionSummary is the received contributions of the period, own
// (đóng góp) and mobilised (vận động) apart.
type ContributionSummary struct {
	Own       SourceSummary `json:"own"`
	Mobilised SourceSummary `json:"mobilised"`
}

// IsZero reports whether nothing was contributed.
func (c ContributionSummary) IsZero() bool {
	return len(c.Own.Money)+len(c.Own.Items)+len(c.Mobilised.Money)+len(c.Mobilised.Items) == 0
}

// MovementInfo names a movement.
type MovementInfo struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Kind     string `json:"kind"` // "thường xuyên", "chuyên đề", "đợt cao điểm"
	Launcher string `json:"launcher"`
	// LauncherRank is the rank of the launcher's unit level (0 at the top),
	// -1 if unknown; reports list launchers from the top down.
	LauncherRank int           `json:"launcher_rank"`
	Period       thidua.Period `json:"period"`
}

// DriveYear counts the peak drives launched in one year.
type DriveYear struct {
	Year   int `json:"year"`
	Drives int `json:"drives"`
}

// MovementSummary is the movements of the period.
type MovementSummary struct {
	// Launched are the movements (not drives) launched by the units covered.
	Launched []MovementInfo `json:"launched,omitempty"`
	// Joined are movements launched by others that the units took part in.
	Joined []MovementInfo `json:"joined,omitempty"`
	// Drives counts the peak drives launched by the units, per year of the
	// period (years with none included).
	Drives []DriveYear `json:"drives,omitempty"`
}

// DriveRange returns the fewest and the most drives launched in a year of
// the period, among the years that had any (0, 0 if none had).
func (m MovementSummary) DriveRange() (lo, hi int) {
	for _, d := range m.Drives {
		if d.Drives > 0 && (lo == 0 || d.Drives < lo) {
			lo = d.Drives
		}
		if d.Drives > hi {
			hi = d.Drives
		}
	}
	return lo, hi
}

// InitiativeTally counts initiatives recognised at one level.
type InitiativeTally struct {
	Level     string `json:"level"`
	LevelName string `json:"level_name"`
	Count     int    `json:"count"`
	Applied   int    `json:"applied"`
}
