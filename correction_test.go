package thidua_test

import (
	"errors"
	"testing"
	"time"

	"github.com/thidua-go/thidua"
)

func TestCorrectionCheck(t *testing.T) {
	ok := thidua.Correction{By: "Trần Văn Tổ", On: thidua.MustDate(2026, time.March, 2), Reason: "Nhập nhầm xếp loại"}
	if err := ok.Validate(); err != nil {
		t.Fatalf("Validate(%+v) = %v", ok, err)
	}
	for _, tt := range []struct {
		name, field string
		c           thidua.Correction
	}{
		{"no one", "correction.by", thidua.Correction{On: ok.On, Reason: ok.Reason}},
		{"blank who", "correction.by", thidua.Correction{By: " \t", On: ok.On, Reason: ok.Reason}},
		{"bad text", "correction.by", thidua.Correction{By: "\xff", On: ok.On, Reason: ok.Reason}},
		{"no day", "correction.on", thidua.Correction{By: ok.By, Reason: ok.Reason}},
		{"31 April", "correction.on", thidua.Correction{By: ok.By, On: thidua.Date{Year: 2026, Month: time.April, Day: 31}, Reason: ok.Reason}},
		{"no reason", "correction.reason", thidua.Correction{By: ok.By, On: ok.On}},
		{"NUL in reason", "correction.reason", thidua.Correction{By: ok.By, On: ok.On, Reason: "a\x00b"}},
	} {
		err := tt.c.Check("test: correct", "record", "r1")
		var te *thidua.Error
		if !errors.Is(err, thidua.ErrInvalid) || !errors.As(err, &te) || te.Field != tt.field {
			t.Errorf("%s: Check = %v, want ErrInvalid naming %s", tt.name, err, tt.field)
		}
	}
	n := thidua.Correction{By: " Trần  Văn Tổ ", On: ok.On, Reason: "Nhập\tnhầm"}.Normalize()
	if n.By != "Trần Văn Tổ" || n.Reason != "Nhập nhầm" {
		t.Errorf("Normalize = %+v", n)
	}
}
