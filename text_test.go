package thidua_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/thidua-go/thidua"
)

func TestCheckID(t *testing.T) {
	for _, ok := range []string{"cuc-dt", "Đồng Tháp 1", "x", strings.Repeat("a", thidua.MaxIDLen)} {
		if err := thidua.CheckID("t", "unit", ok, "id", ok); err != nil {
			t.Errorf("CheckID(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"", " ", "   ", " x", "x ", "\tx", "x\n", "a\x00b", "a\x1bb", "\xff", "a\xc3", strings.Repeat("a", thidua.MaxIDLen+1), "\u00a0x"} {
		err := thidua.CheckID("t", "unit", bad, "id", bad)
		var e *thidua.Error
		if !errors.Is(err, thidua.ErrInvalid) || !errors.As(err, &e) || e.Field != "id" {
			t.Errorf("CheckID(%q) = %v, want ErrInvalid naming the field", bad, err)
		}
		if thidua.ValidID(bad) {
			t.Errorf("ValidID(%q) = true", bad)
		}
		if err != nil && len(err.Error()) > 2*thidua.MaxIDLen {
			t.Errorf("error message of %d bytes", len(err.Error()))
		}
	}
}

func TestCheckText(t *testing.T) {
	if err := thidua.CheckText("t", "unit", "u", "name", "", thidua.MaxNameLen); err != nil {
		t.Errorf("empty: %v", err)
	}
	if err := thidua.CheckText("t", "unit", "u", "name", "Cục Thi hành án dân sự\ttỉnh\n", thidua.MaxNameLen); err != nil {
		t.Errorf("plain: %v", err)
	}
	for _, bad := range []string{"Nguy\xe1n", "a\x00b", strings.Repeat("á", thidua.MaxNameLen/2+1)} {
		err := thidua.CheckText("t", "unit", "u", "name", bad, thidua.MaxNameLen)
		var e *thidua.Error
		if !errors.Is(err, thidua.ErrInvalid) || !errors.As(err, &e) || e.Field != "name" {
			t.Errorf("CheckText(%.20q) = %v, want ErrInvalid naming the field", bad, err)
		}
	}
}
