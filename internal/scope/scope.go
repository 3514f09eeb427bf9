package scope

import (
	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/org"
)

// Credits reports whether an achievement of person p counts for the units
// covered says yes to: p held a post in one of them during the achievement
// span or on the day it was recognised (the decision's date). A person who
// moved in after earning an award elsewhere brings no credit, and one who
// left keeps the credit earned before.
func Credits(p org.Person, covered func(org.UnitID) bool, span thidua.Period, recognised thidua.Date) bool {
	for _, a := range p.Assignments {
		if !covered(a.Unit) {
			continue
		}
		if (!span.IsZero() && a.Period.Overlaps(span)) || (!recognised.IsZero() && a.Period.Contains(recognised)) {
			return true
		}
	}
	return false
}
