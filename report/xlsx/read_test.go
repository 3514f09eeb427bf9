package xlsx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
	"testing"
)

var escape = regexp.MustCompile(`_x([0-9A-Fa-f]{4})_`)

// sharedString reads the first shared string of a workbook and undoes the
// _xHHHH_ escaping, as a reader of ECMA-376 does.
func sharedString(t *testing.T, b []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := z.Open("xl/sharedStrings.xml")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(f)
	var sst struct {
		SI []struct {
			T string `xml:"t"`
		} `xml:"si"`
	}
	if err := xml.Unmarshal(data, &sst); err != nil {
		t.Fatal(err)
	}
	if len(sst.SI) == 0 {
		t.Fatal("no shared strings")
	}
	return escape.ReplaceAllStringFunc(sst.SI[0].T, func(m string) string {
		n, _ := strconv.ParseUint(m[2:6], 16, 32)
		return string(rune(n))
	})
}
