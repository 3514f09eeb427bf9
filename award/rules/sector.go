package rules

import (
	"time"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/org"
)

// TuPhapKNCCode is the code of Kỷ niệm chương "Vì sự nghiệp Tư pháp" in
// award.JusticeCatalogue (award.KNCTuPhap), so that the grants a store keeps
// under it are the ones the rule reads. The library does not register the
// rule: the ministry adds it to its regimes with [TuPhapKNC].
const TuPhapKNCCode = award.KNCTuPhap

// TuPhapKNCParams are the numbers of the Kỷ niệm chương "Vì sự nghiệp Tư
// pháp" rule.
type TuPhapKNCParams struct {
	// From is the date TT 14/2025/TT-BTP applies: 15/09/2025. Before it only
	// the once-per-person and no-posthumous rules of TT 06/2018/TT-BTP are
	// checked.
	From                          thidua.Date
	HeadYears, HeadYearsWomen     int // 5, 3
	DeputyYears, DeputyYearsWomen int // 8, 6
	MinRating                     org.Rating
}

// DefaultTuPhapKNCParams returns the numbers of TT 14/2025/TT-BTP.
func DefaultTuPhapKNCParams() TuPhapKNCParams {
	return TuPhapKNCParams{
		From:      thidua.Date{Year: 2025, Month: time.September, Day: 15},
		HeadYears: 5, HeadYearsWomen: 3, DeputyYears: 8, DeputyYearsWomen: 6,
		MinRating: org.CompletedWell,
	}
}

// TuPhapKNC returns the sector rule of Kỷ niệm chương "Vì sự nghiệp Tư
// pháp": once per person, never posthumously (TT
// 06/2018/TT-BTP); from 15/09/2025 (TT 14/2025/TT-BTP) heads 5 years (women
// 3) or deputies 8 years (women 6) rated "hoàn thành tốt nhiệm vụ" or
// better. Years as head count towards the deputy time. It is for persons
// only, and the general principles apply ([Eval.Principles], NĐ 98/2023
// art. 4): no Kỷ niệm chương while a discipline is in force or an
// investigation, inspection or complaint is pending. A ministry registers
// it under its own code: reg.Rules[TuPhapKNCCode] = TuPhapKNC(p).
func TuPhapKNC(p TuPhapKNCParams) Rule {
	const tt06 = "TT 06/2018/TT-BTP"
	const tt14 = "TT 14/2025/TT-BTP"
	return func(e *Eval) {
		c := e.cand
		src := tt06
		if !e.asOf.Before(p.From) {
			src = tt14
		}
		person := !c.Collective
		e.AddCited("knc.doi-tuong", src, person, Facts{}, func() string {
			if person {
				return "Đối tượng xét: cá nhân"
			}
			return "Kỷ niệm chương chỉ xét tặng cá nhân, không xét tặng tập thể"
		})
		if !person {
			return
		}
		once := !c.Received(e.code)
		e.AddCited("knc.mot-lan", src, once, Facts{}, func() string {
			if once {
				return "Chưa được tặng Kỷ niệm chương (mỗi người chỉ được tặng một lần)"
			}
			return "Đã được tặng Kỷ niệm chương: mỗi người chỉ được tặng một lần"
		})
		alive := !c.Deceased
		e.AddCited("knc.truy-tang", src, alive, Facts{}, func() string {
			if alive {
				return "Không thuộc trường hợp truy tặng"
			}
			return "Không truy tặng Kỷ niệm chương"
		})
		e.Principles()
		if e.asOf.Before(p.From) {
			return
		}
		head, dep := p.HeadYears, p.DeputyYears
		if c.Gender == org.Female {
			head, dep = p.HeadYearsWomen, p.DeputyYearsWomen
		}
		var nh, nd int
		for i := range c.Years {
			r := &c.Years[i]
			if c.FirstYear+i > e.year || r.Rating < p.MinRating {
				continue
			}
			if r.Post >= Head {
				nh++
			}
			if r.Post >= Deputy {
				nd++
			}
		}
		e.Branch("cap-truong")
		rated := " xếp loại từ " + RatingName(p.MinRating) + " trở lên"
		e.AddCited("knc.cap-truong", tt14, nh >= head, Facts{Have: nh, Need: head}, func() string {
			return leaderYears("cấp trưởng", nh) + rated + ", cần " + count(head) + " năm"
		})
		e.Branch("cap-pho")
		e.AddCited("knc.cap-pho", tt14, nd >= dep, Facts{Have: nd, Need: dep}, func() string {
			return leaderYears("cấp phó trở lên", nd) + rated + ", cần " + count(dep) + " năm"
		})
		e.Branch("")
	}
}

// leaderYears writes "Giữ chức vụ cấp trưởng 05 năm", or "Chưa có năm giữ
// chức vụ cấp trưởng" for none.
func leaderYears(post string, n int) string {
	if n == 0 {
		return "Chưa có năm giữ chức vụ " + post
	}
	return "Giữ chức vụ " + post + " " + count(n) + " năm"
}
