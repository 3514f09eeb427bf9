package rules

import (
	"reflect"
	"testing"
	"unsafe"
)

// settable returns f, a field of an addressable struct, as a value that
// can be set even when the field is unexported.
func settable(f reflect.Value) reflect.Value {
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

// fill sets v, and everything in it, to a value other than zero.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
	case reflect.Struct:
		for i := range v.NumField() {
			fill(settable(v.Field(i)))
		}
	case reflect.Array:
		for i := range v.Len() {
			fill(v.Index(i))
		}
	}
}

// Eval.reset clears every field but the alternatives' array (nb = 0 marks
// it empty), the scratch Eval it reuses and the buffers it empties keeping
// their room (found, picks, usedBuf), whatever a field added later: a check never
// sees the state of the previous one.
func TestResetClearsEveryField(t *testing.T) {
	reg := DefaultRegimes().ForYear(2023)
	c := &Candidate{ID: "a"}
	var used Eval
	v := reflect.ValueOf(&used).Elem()
	for i := range v.NumField() {
		fill(settable(v.Field(i)))
	}
	used.reset(reg, c, "LDTT", 2023, used.asOf, false)
	var fresh Eval
	fresh.reset(reg, c, "LDTT", 2023, used.asOf, false)
	w := reflect.ValueOf(&fresh).Elem()
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		switch name {
		case "branches", "scratch":
			continue
		case "found", "picks", "usedBuf":
			if n := settable(v.Field(i)).Len(); n != 0 {
				t.Errorf("reset leaves %d in Eval.%s", n, name)
			}
			continue
		}
		a, b := settable(v.Field(i)).Interface(), settable(w.Field(i)).Interface()
		if !reflect.DeepEqual(a, b) {
			t.Errorf("reset leaves Eval.%s = %v, want %v", name, a, b)
		}
	}
}
