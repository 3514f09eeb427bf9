package awardimport

import (
	"testing"

	"github.com/thidua-go/thidua/award"
)

// TestDidYouMean: a problem about an unknown award name ends with the
// names the catalogue suggests, in Vietnamese; none when nothing is close.
func TestDidYouMean(t *testing.T) {
	cat := award.DefaultCatalogue()
	_, err := cat.Lookup("Tập thể lao động suất sắc")
	if got, want := didYouMean(err), "; có phải là “Tập thể lao động xuất sắc”"; len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("didYouMean = %q, want it to start %q", got, want)
	}
	_, err = cat.Lookup("Huy hiệu")
	if got := didYouMean(err); got != "" {
		t.Errorf("didYouMean(nothing close) = %q", got)
	}
	if got := didYouMean(nil); got != "" {
		t.Errorf("didYouMean(nil) = %q", got)
	}
}
