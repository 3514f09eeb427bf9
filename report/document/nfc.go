package document

import (
	"reflect"

	"github.com/thidua-go/thidua/internal/vntext"
)

// maxNFCDepth bounds how deep [nfcData] follows pointers, slices and maps,
// so that a document holding a cycle is copied only that far.
const maxNFCDepth = 64

// nfcData returns a copy of doc whose strings are all in NFC: every
// exported string field, element of a slice or array, key and value of a
// map, followed through pointers and interfaces. It normalises the data a
// template is given, before html/template or the Markdown functions escape
// it: normalising the escaped output instead could join a combining mark
// at the start of a name to the ">" closing a tag (">" followed by U+0338
// composes to "≯", Unicode Standard Annex #15) and turn the rest of the
// name into attributes. doc is returned itself when all its text is NFC
// already.
func nfcData(doc Document) Document {
	v := reflect.ValueOf(doc)
	if !v.IsValid() || !needsNFC(v, 0) {
		return doc
	}
	out, ok := nfcValue(v, 0).Interface().(Document)
	if !ok {
		return doc
	}
	return out
}

// needsNFC reports whether v holds a string that is not in NFC.
func needsNFC(v reflect.Value, depth int) bool {
	if depth > maxNFCDepth {
		return false
	}
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		return vntext.NFC(s) != s
	case reflect.Pointer, reflect.Interface:
		return !v.IsNil() && needsNFC(v.Elem(), depth+1)
	case reflect.Struct:
		t := v.Type()
		for i := range v.NumField() {
			if t.Field(i).IsExported() && needsNFC(v.Field(i), depth+1) {
				return true
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return false // bytes, not text
		}
		for i := range v.Len() {
			if needsNFC(v.Index(i), depth+1) {
				return true
			}
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			if needsNFC(it.Key(), depth+1) || needsNFC(it.Value(), depth+1) {
				return true
			}
		}
	}
	return false
}

// nfcValue returns a copy of v with its strings in NFC (see [nfcData]).
// Unexported fields are copied as they are.
func nfcValue(v reflect.Value, depth int) reflect.Value {
	if depth > maxNFCDepth || !needsNFC(v, depth) {
		return v
	}
	t := v.Type()
	switch v.Kind() {
	case reflect.String:
		out := reflect.New(t).Elem()
		out.SetString(vntext.NFC(v.String()))
		return out
	case reflect.Pointer:
		out := reflect.New(t.Elem())
		out.Elem().Set(nfcValue(v.Elem(), depth+1))
		return out
	case reflect.Interface:
		out := reflect.New(t).Elem()
		out.Set(nfcValue(v.Elem(), depth+1))
		return out
	case reflect.Struct:
		out := reflect.New(t).Elem()
		out.Set(v)
		for i := range v.NumField() {
			if t.Field(i).IsExported() {
				out.Field(i).Set(nfcValue(v.Field(i), depth+1))
			}
		}
		return out
	case reflect.Slice:
		out := reflect.MakeSlice(t, v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(nfcValue(v.Index(i), depth+1))
		}
		return out
	case reflect.Array:
		out := reflect.New(t).Elem()
		for i := range v.Len() {
			out.Index(i).Set(nfcValue(v.Index(i), depth+1))
		}
		return out
	case reflect.Map:
		out := reflect.MakeMapWithSize(t, v.Len())
		it := v.MapRange()
		for it.Next() {
			out.SetMapIndex(nfcValue(it.Key(), depth+1), nfcValue(it.Value(), depth+1))
		}
		return out
	}
	return v
}
