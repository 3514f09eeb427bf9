package scope

import (
	"github.com/thidua-go/thidua"
)

// Credits reports whether an achievement of a person counts for a set of
// units, the person having held posts there over the periods posts (their
// posts in those units, no others): a post there during the achievement
// span or on the day it was recognised (the decision's date). A person who
// moved in after earning an award elsewhere brings no credit, and one who
// left keeps the credit earned before.
func Credits(posts []thidua.Period, span thidua.Period, recognised thidua.Date) bool {
	for _, p := range posts {
		if (!span.IsZero() && p.Overlaps(span)) || (!recognised.IsZero() && p.Contains(recognised)) {
			return true
		}
	}
	return false
}
