package report

import (
	"cmp"
	"math"
	"reflect"

	"github.com/shopspring/decimal"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/contribution"
	"github.com/thidua-go/thidua/org"
)

// Funcs returns a fresh function map with the Vietnamese formatters, for
// custom report templates. The result is a plain map[string]any, so it can
// be passed to both text/template's and html/template's Funcs:
//
//	t := template.New("r").Funcs(report.Funcs())
//
// Numbers may be given as any Go integer, a decimal.Decimal (or pointer)
// or a string read by [ParseNumber] ("1.234,5", "50.000.000", "1234"); floats
// are refused (money is never float), and so is "1234.5", which Vietnamese
// would read as grouping. Dates are thidua.Date or "dd/mm/yyyy" /
// ISO strings. Bad arguments stop the template with an error wrapping
// [thidua.ErrInvalid].
//
//	number v                 FormatDecimal           "1.234.567,89"
//	fixed v places           FormatFixed             "96,20"
//	trimmed v places         FormatTrimmed           "96,2"
//	percent v places         FormatPercent           "96,2%"
//	percentFixed v places    FormatPercentFixed      "96,20%"
//	parseNumber s            ParseNumber             decimal.Decimal
//	money v                  FormatMoney             "50.000.000 đồng"
//	moneyIn v unit           FormatMoneyIn           "420,52 triệu đồng"; unit "tỉ" gives "1,5 tỉ đồng", "ngàn tỷ" "1,475 ngàn tỷ đồng"
//	moneyAtLeast v unit p    FormatMoneyApprox       "hơn 50 triệu đồng"
//	moneyAtMost v unit p     FormatMoneyApprox       "gần 50 triệu đồng"
//	moneyApprox v opts       FormatMoneyApprox       (opts a MoneyOptions)
//	moneyWords v             MoneyWords              "Năm mươi triệu đồng"
//	moneyWithWords v         FormatMoneyWithWords    "50.000.000 đồng (Năm mươi triệu đồng)"
//	words v                  DecimalWords            "một trăm lẻ năm"
//	wordsWith v opts         WordOptions.Decimal     (opts a WordOptions)
//	count n classifier       Count                   "01 tập thể"
//	countNoPad n classifier  CountOptions{NoPad}     "1 tập thể"
//	items kind it            ItemsPhrase (no pad)    "100 suất học bổng, mỗi suất 1.000.000 đồng"
//	itemsTotal it unit       ItemsTotal              "khoảng 500 triệu đồng" (a stated total as stated)
//	pad n                    PadCount                "03"
//	join items...            JoinList                "A, B và C" (strings or []string)
//	bracket head inner       Bracket                 "03 tập thể (4 cờ)"
//	pending issuer award     PendingProposal         "đang đề nghị Thủ tướng Chính phủ tặng Cờ Thi đua"
//	former post              FormerPost              "nguyên Cục trưởng"
//	tally label n            Tally{label, n}
//	breakdown head cl t...   Breakdown               "10 tập thể (A 03 lần và B 07 lần)"
//	newsDate d               NewsDate                "22/06/2020"
//	docDate d                DocDate                 "ngày 22 tháng 6 năm 2020"
//	placeDate place d        PlaceDate               "Đồng Tháp, ngày 22 tháng 6 năm 2020"
//	period p                 PeriodPhrase            "giai đoạn 2015 - 2020"
//	periodYears p            PeriodYearsPhrase       "05 năm (2015 - 2020)"
//	yearList years...        YearList                "các năm 2007, 2008, 2009" (ints or []int)
//	yearListEach years...    YearList, EachYear      "năm 2020 và năm 2023" (ints or []int)
//	docNumber n              thidua.DocNumber.String        "05/QĐ-UBND" (n a thidua.DocNumber or string)
//	docNumberLine n          thidua.DocNumber.Line          "Số: 05/QĐ-UBND"
//	newsDateNoPad d          NewsDateNoPad           "14/3/2023"
//	change c classifier      ChangePhrase            "tăng 2.150 việc (tăng 9,75%) so với cùng kỳ năm 2024"
//	changePoints c           ChangePhrase, Points    "tăng 0,4 điểm phần trăm so với cùng kỳ năm 2024"
//	changeWith c opts        ChangePhrase            (opts a ChangeOptions)
//	rank s                   RankPhrase              "xếp thứ 4/34" (s a campaign.Standing)
//	subunits t...            SubunitsPhrase          "có 06 phòng chuyên môn và 09 … trực thuộc" (t tallies)
//	approx v cl word step    FormatApprox            "hơn 12.000 việc" (word hơn, trên, gần, khoảng, xấp xỉ)
//	approxPercent v word p   FormatApprox            "khoảng 80%"
//	formerPlace name         FormerPlace             "huyện Tháp Mười cũ"
//	formerName u d style     FormerName              "nguyên …" or "… cũ" (style "nguyên" or "cũ")
//	achievementSpan p        AchievementSpan         "từ năm 2020 đến năm 2024"
//	achievement words s      AchievementPhrase       "đã có thành tích xuất sắc từ năm 2020 đến năm 2024" (s an award.Subject)
//	decision d               DecisionPhrase          "Quyết định số 410/QĐ-BTP ngày 05/03/2024 của Bộ trưởng Bộ Tư pháp" (d a DecisionInfo or award.Decision)
//	decisionTally d          DecisionTallyPhrase     "Quyết định số … tặng Bằng khen cho 05 tập thể và 10 cá nhân"
//	decisionRange ds...      DecisionRangePhrase     "tại 05 Quyết định, từ số 410/QĐ-BTP đến số 414/QĐ-BTP" (DecisionInfo, []DecisionInfo, award.Decision or numbers "410/QĐ-BTP")
//	pipelinePhrase c opts    PipelinePhrase          "trong tổng số 1.200 hồ sơ đề nghị, …" (c a PipelineCount, opts a PipelinePhraseOptions)
//	nfc, cleanText, fold, capitalize, givenName s; sameText a b; sortNames names
func Funcs() map[string]any {
	return map[string]any{
		"number": func(v any) (string, error) {
			d, err := toDecimal(v)
			return FormatDecimal(d), err
		},
		"fixed":        placesFunc(FormatFixed),
		"trimmed":      placesFunc(FormatTrimmed),
		"percent":      placesFunc(FormatPercent),
		"percentFixed": placesFunc(FormatPercentFixed),
		"parseNumber":  ParseNumber,
		"money": func(v any) (string, error) {
			d, err := toDecimal(v)
			return FormatMoney(d), err
		},
		"moneyIn": func(v, unit any) (string, error) {
			d, err := toDecimal(v)
			if err != nil {
				return "", err
			}
			o, err := toMoneyOptions(unit)
			if err != nil {
				return "", err
			}
			return FormatMoneyApprox(d, o)
		},
		"moneyAtLeast": boundFunc(BoundAtLeast),
		"moneyAtMost":  boundFunc(BoundAtMost),
		"moneyApprox": func(v any, o MoneyOptions) (string, error) {
			d, err := toDecimal(v)
			if err != nil {
				return "", err
			}
			return FormatMoneyApprox(d, o)
		},
		"moneyWords": func(v any) (string, error) {
			d, err := toDecimal(v)
			return MoneyWords(d), err
		},
		"moneyWithWords": func(v any) (string, error) {
			d, err := toDecimal(v)
			return FormatMoneyWithWords(d), err
		},
		"words": func(v any) (string, error) {
			d, err := toDecimal(v)
			return DecimalWords(d), err
		},
		"wordsWith": func(v any, o WordOptions) (string, error) {
			d, err := toDecimal(v)
			return o.Decimal(d), err
		},
		"count": func(n any, classifier string) (string, error) {
			i, err := toInt(n)
			return Count(i, classifier), err
		},
		"items": func(kind contribution.ItemKind, it contribution.Items) string {
			return ItemsPhrase(kind, it, CountOptions{NoPad: true})
		},
		"itemsTotal": func(it contribution.Items, unit any) (string, error) {
			o, err := toMoneyOptions(unit)
			if err != nil {
				return "", err
			}
			return ItemsTotal(it, o)
		},
		"countNoPad": func(n any, classifier string) (string, error) {
			i, err := toInt(n)
			return CountOptions{NoPad: true}.Count(i, classifier), err
		},
		"pad": func(n any) (string, error) {
			i, err := toInt(n)
			return PadCount(i), err
		},
		"join": func(items ...any) (string, error) {
			var ss []string
			for _, it := range items {
				switch v := it.(type) {
				case string:
					ss = append(ss, v)
				case []string:
					ss = append(ss, v...)
				default:
					return "", funcArgError("join", it, "strings or []string")
				}
			}
			return JoinList(ss...), nil
		},
		"bracket": Bracket,
		"pending": PendingProposal,
		"former":  FormerPost,
		"tally": func(label string, n any) (Tally, error) {
			i, err := toInt(n)
			return Tally{Label: label, N: i}, err
		},
		"breakdown": Breakdown,
		"newsDate": func(d any) (string, error) {
			v, err := toDate(d)
			return NewsDate(v), err
		},
		"docDate": func(d any) (string, error) {
			v, err := toDate(d)
			return DocDate(v), err
		},
		"placeDate": func(place string, d any) (string, error) {
			v, err := toDate(d)
			return PlaceDate(place, v), err
		},
		"period":      PeriodPhrase,
		"periodYears": PeriodYearsPhrase,
		"yearList": func(years ...any) (string, error) {
			ys, err := toYears(years)
			return YearList(ys), err
		},
		"yearListEach": func(years ...any) (string, error) {
			ys, err := toYears(years)
			return YearList(ys, EachYear), err
		},
		"docNumber": func(n any) (string, error) {
			v, err := toDocNumber(n)
			return v.String(), err
		},
		"docNumberLine": func(n any) (string, error) {
			v, err := toDocNumber(n)
			if err != nil {
				return "", err
			}
			return v.Line(), nil
		},
		"newsDateNoPad": func(d any) (string, error) {
			v, err := toDate(d)
			return NewsDateNoPad(v), err
		},
		"change": func(c campaign.Change, classifier string) string {
			return ChangePhrase(c, ChangeOptions{Classifier: classifier})
		},
		"changePoints": func(c campaign.Change) string {
			return ChangePhrase(c, ChangeOptions{Points: true})
		},
		"changeWith": ChangePhrase,
		"rank":       RankPhrase,
		"subunits":   SubunitsPhrase,
		"approx": func(v any, classifier, word string, step any) (string, error) {
			d, err := toDecimal(v)
			if err != nil {
				return "", err
			}
			st, err := toDecimal(step)
			if err != nil {
				return "", err
			}
			return FormatApprox(d, classifier, ApproxOptions{Word: word, Step: st})
		},
		"approxPercent": func(v any, word string, places any) (string, error) {
			d, err := toDecimal(v)
			if err != nil {
				return "", err
			}
			p, err := toInt(places)
			if err != nil {
				return "", err
			}
			return FormatApprox(d, "%", ApproxOptions{Word: word, Places: p})
		},
		"formerPlace": FormerPlace,
		"formerName": func(u org.Unit, on any, style string) (string, error) {
			d, err := toDate(on)
			if err != nil {
				return "", err
			}
			switch style {
			case "nguyên":
				return FormerName(u, d, FormerNguyen), nil
			case "cũ":
				return FormerName(u, d, FormerCu), nil
			}
			return "", funcArgError("formerName", style, `"nguyên" or "cũ"`)
		},
		"decision": func(d any) (string, error) {
			ds, err := toDecisions("decision", d)
			if err != nil || len(ds) != 1 {
				return "", cmp.Or(err, funcArgError("decision", d, "one decision"))
			}
			return DecisionPhrase(ds[0], DecisionOptions{}), nil
		},
		"decisionTally": func(d DecisionInfo) string { return DecisionTallyPhrase(d, DecisionOptions{}) },
		"decisionRange": func(ds ...any) (string, error) {
			all, err := toDecisions("decisionRange", ds...)
			return DecisionRangePhrase(all, DecisionOptions{}), err
		},
		"pipelinePhrase":  PipelinePhrase,
		"achievementSpan": AchievementSpan,
		"achievement":     AchievementPhrase,
		"nfc":             NFC,
		"cleanText":       CleanText,
		"fold":            FoldKey,
		"capitalize":      Capitalize,
		"givenName":       GivenName,
		"sameText":        SameText,
		"sortNames":       SortNames,
	}
}

const funcsOp = "report: template func"

func funcArgError(name string, v any, want string) error {
	return thidua.Invalid(funcsOp, "argument", "", name, "got %T, want %s", v, want)
}

func placesFunc(f func(decimal.Decimal, int) string) func(v, places any) (string, error) {
	return func(v, places any) (string, error) {
		d, err := toDecimal(v)
		if err != nil {
			return "", err
		}
		p, err := toInt(places)
		if err != nil {
			return "", err
		}
		return f(d, p), nil
	}
}

func boundFunc(b Bound) func(v, unit, places any) (string, error) {
	return func(v, unit, places any) (string, error) {
		d, err := toDecimal(v)
		if err != nil {
			return "", err
		}
		o, err := toMoneyOptions(unit)
		if err != nil {
			return "", err
		}
		if o.Places, err = toInt(places); err != nil {
			return "", err
		}
		o.Bound = b
		return FormatMoneyApprox(d, o)
	}
}

// toDecimal converts a template argument to a decimal exactly.
func toDecimal(v any) (decimal.Decimal, error) {
	switch x := v.(type) {
	case decimal.Decimal:
		return x, nil
	case *decimal.Decimal:
		if x != nil {
			return *x, nil
		}
	case decimal.NullDecimal:
		if x.Valid {
			return x.Decimal, nil
		}
	case string:
		return ParseNumber(x)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return decimal.NewFromInt(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return decimal.NewFromUint64(rv.Uint()), nil
	}
	return decimal.Decimal{}, funcArgError("number", v, "an integer, a decimal.Decimal or a numeric string")
}

// toInt converts a template argument to an int.
func toInt(v any) (int, error) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if i := rv.Int(); i >= math.MinInt && i <= math.MaxInt {
			return int(i), nil
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if u := rv.Uint(); u <= math.MaxInt {
			return int(u), nil
		}
	}
	return 0, funcArgError("int", v, "an integer")
}

func toDate(v any) (thidua.Date, error) {
	switch x := v.(type) {
	case thidua.Date:
		return x, nil
	case *thidua.Date:
		if x != nil {
			return *x, nil
		}
	case string:
		return thidua.ParseDate(x)
	}
	return thidua.Date{}, funcArgError("date", v, "a thidua.Date or a date string")
}

// toMoneyOptions reads a template's unit argument: the unit, and for a
// unit name the spelling it was written with ("tỉ", "ngàn"), which the
// output keeps.
func toMoneyOptions(v any) (MoneyOptions, error) {
	u, err := toUnit(v)
	if err != nil {
		return MoneyOptions{}, err
	}
	o := MoneyOptions{Unit: u}
	if s, ok := v.(string); ok {
		o.Ti, o.Ngan = SpelledTi(s), SpelledNgan(s)
	}
	return o, nil
}

func toUnit(v any) (MoneyUnit, error) {
	switch x := v.(type) {
	case MoneyUnit:
		if x.valid() {
			return x, nil
		}
	case string:
		return ParseMoneyUnit(x)
	}
	return 0, funcArgError("unit", v, "a MoneyUnit or a unit name")
}

func toDocNumber(v any) (thidua.DocNumber, error) {
	switch x := v.(type) {
	case thidua.DocNumber:
		return x, x.Validate()
	case string:
		return thidua.ParseDocNumber(x)
	}
	return thidua.DocNumber{}, funcArgError("docNumber", v, "a thidua.DocNumber or a string")
}

// toDecisions reads template arguments naming decisions: DecisionInfo,
// []DecisionInfo, award.Decision, or numbers as texts write them
// ("410/QĐ-BTP", [ParseDecisionNumbers]).
func toDecisions(name string, vs ...any) ([]DecisionInfo, error) {
	var out []DecisionInfo
	for _, v := range vs {
		switch x := v.(type) {
		case DecisionInfo:
			out = append(out, x)
		case []DecisionInfo:
			out = append(out, x...)
		case award.Decision:
			out = append(out, DecisionOf(x))
		case string:
			ds, err := ParseDecisionNumbers(x)
			if err != nil {
				return nil, err
			}
			out = append(out, ds...)
		default:
			return nil, funcArgError(name, v, "a DecisionInfo, []DecisionInfo, award.Decision or a number such as 410/QĐ-BTP")
		}
	}
	return out, nil
}

// toYears reads the years of a template's yearList: ints, or slices of
// them.
func toYears(years []any) ([]int, error) {
	var ys []int
	for _, y := range years {
		if s, ok := y.([]int); ok {
			ys = append(ys, s...)
			continue
		}
		i, err := toInt(y)
		if err != nil {
			return nil, err
		}
		ys = append(ys, i)
	}
	return ys, nil
}
