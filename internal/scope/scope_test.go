package scope_test

import (
	"testing"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/internal/scope"
)

func TestCredits(t *testing.T) {
	d := thidua.MustDate
	// Worked in An Giang until 2018, then in Lấp Vò (Đồng Tháp): for the
	// units of Đồng Tháp, the post in Lấp Vò is the only one.
	inDongThap := []thidua.Period{thidua.Since(d(2018, 7, 1))}
	tests := []struct {
		name       string
		span       thidua.Period
		recognised thidua.Date
		want       bool
	}{
		{"earned in An Giang, decided there", thidua.Year(2017), d(2018, 1, 15), false},
		{"earned in An Giang, decided after the move", thidua.Year(2017), d(2018, 8, 1), true},
		{"the year of the move", thidua.Year(2018), d(2019, 1, 15), true},
		{"earned in Lấp Vò", thidua.Year(2019), d(2020, 1, 15), true},
		{"no span, decided before the move", thidua.Period{}, d(2016, 5, 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := scope.Credits(inDongThap, tt.span, tt.recognised); got != tt.want {
				t.Errorf("Credits = %v, want %v", got, tt.want)
			}
		})
	}
}
