package sheet

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// A worksheet part is most of a workbook's bytes. encoding/xml reads it
// at a few tens of megabytes a second; the scanner below reads the plain
// XML that spreadsheet applications write (elements, attributes in
// quotes, the five predefined entities and character references,
// comments, processing instructions, CDATA) several times faster, and
// hands anything else — a DOCTYPE, an unknown entity, a tag it cannot
// parse, tags that do not nest — to encoding/xml, whose errors are the
// ones reported. Both feed the same reader of cells through [tokens].

const (
	tokStart = iota + 1
	tokEnd
	tokText
)

// token is a start tag, an end tag (a self-closing tag gives both) or text.
// Names are local: a namespace prefix is dropped. Text and attributes are
// valid until the next call.
type token struct {
	kind  int
	local string
	attrs []xml.Attr
	text  []byte
}

func (t *token) attr(local string) string {
	for _, a := range t.attrs {
		if a.Name.Local == local && a.Name.Space == "" { // not r:id, not xmlns:r
			return a.Value
		}
	}
	return ""
}

type tokens interface {
	next() (token, error) // io.EOF at the end
}

// xmlTokens reads tokens with encoding/xml.
type xmlTokens struct{ d *xml.Decoder }

func (x xmlTokens) next() (token, error) {
	for {
		tok, err := x.d.RawToken()
		if err != nil {
			return token{}, err
		}
		switch e := tok.(type) {
		case xml.StartElement:
			return token{kind: tokStart, local: e.Name.Local, attrs: e.Attr}, nil
		case xml.EndElement:
			return token{kind: tokEnd, local: e.Name.Local}, nil
		case xml.CharData:
			return token{kind: tokText, text: e}, nil
		}
	}
}

// errFallback makes the caller read the part again with encoding/xml.
var errFallback = errors.New("sheet: fall back to encoding/xml")

// fastTokens scans b.
type fastTokens struct {
	b       []byte
	i       int
	stack   []string
	pending bool // the end tag of a self-closing element is due
	attrs   []xml.Attr
	text    []byte
	names   map[string]string // interned local names
}

func newFastTokens(b []byte) *fastTokens {
	return &fastTokens{b: b, names: make(map[string]string)}
}

func (f *fastTokens) intern(b []byte) string {
	if s, ok := f.names[string(b)]; ok {
		return s
	}
	s := string(b)
	f.names[s] = s
	return s
}

func (f *fastTokens) next() (token, error) {
	if f.pending {
		f.pending = false
		name := f.stack[len(f.stack)-1]
		f.stack = f.stack[:len(f.stack)-1]
		return token{kind: tokEnd, local: name}, nil
	}
	for f.i < len(f.b) {
		b := f.b[f.i:]
		if b[0] != '<' {
			j := bytes.IndexByte(b, '<')
			if j < 0 {
				j = len(b)
			}
			raw := b[:j]
			f.i += j
			if len(f.stack) == 0 {
				if len(bytes.TrimLeft(raw, " \t\r\n")) != 0 {
					return token{}, errFallback // text outside the root
				}
				continue
			}
			txt, ok := f.unescape(raw)
			if !ok {
				return token{}, errFallback
			}
			return token{kind: tokText, text: txt}, nil
		}
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			j := bytes.Index(b, []byte("?>"))
			if j < 0 {
				return token{}, errFallback
			}
			f.i += j + 2
		case bytes.HasPrefix(b, []byte("<!--")):
			j := bytes.Index(b[4:], []byte("-->"))
			if j < 0 {
				return token{}, errFallback
			}
			f.i += 4 + j + 3
		case bytes.HasPrefix(b, []byte("<![CDATA[")):
			j := bytes.Index(b, []byte("]]>"))
			if j < 0 || len(f.stack) == 0 {
				return token{}, errFallback
			}
			f.i += j + 3
			if !utf8.Valid(b[9:j]) {
				return token{}, errFallback
			}
			return token{kind: tokText, text: b[9:j]}, nil
		case bytes.HasPrefix(b, []byte("</")):
			j := bytes.IndexByte(b, '>')
			if j < 0 {
				return token{}, errFallback
			}
			name := bytes.TrimRight(b[2:j], " \t\r\n")
			local, ok := localName(name)
			if !ok || len(f.stack) == 0 || f.stack[len(f.stack)-1] != string(local) {
				return token{}, errFallback
			}
			f.i += j + 1
			s := f.stack[len(f.stack)-1]
			f.stack = f.stack[:len(f.stack)-1]
			return token{kind: tokEnd, local: s}, nil
		case len(b) > 1 && b[1] == '!':
			return token{}, errFallback // DOCTYPE and the like
		default:
			return f.start(b)
		}
	}
	if len(f.stack) != 0 {
		return token{}, errFallback
	}
	return token{}, io.EOF
}

// start reads a start tag at b.
func (f *fastTokens) start(b []byte) (token, error) {
	k := 1
	for k < len(b) && !isSpace(b[k]) && b[k] != '>' && b[k] != '/' {
		k++
	}
	local, ok := localName(b[1:k])
	if !ok {
		return token{}, errFallback
	}
	name := f.intern(local)
	f.attrs = f.attrs[:0]
	for {
		for k < len(b) && isSpace(b[k]) {
			k++
		}
		if k >= len(b) {
			return token{}, errFallback
		}
		switch b[k] {
		case '>':
			f.i += k + 1
			f.stack = append(f.stack, name)
			return token{kind: tokStart, local: name, attrs: f.attrs}, nil
		case '/':
			if k+1 >= len(b) || b[k+1] != '>' {
				return token{}, errFallback
			}
			f.i += k + 2
			f.stack = append(f.stack, name)
			f.pending = true
			return token{kind: tokStart, local: name, attrs: f.attrs}, nil
		}
		// name="value"
		a := k
		for k < len(b) && b[k] != '=' && !isSpace(b[k]) && b[k] != '>' {
			k++
		}
		nameEnd := k
		an, ok := localName(b[a:k])
		if !ok || bytes.HasPrefix(b[a:k], []byte("xmlns")) && (k-a == 5 || b[a+5] == ':') {
			if !ok {
				return token{}, errFallback
			}
			an = nil // a namespace declaration: not an attribute
		}
		for k < len(b) && isSpace(b[k]) {
			k++
		}
		if k >= len(b) || b[k] != '=' {
			return token{}, errFallback
		}
		k++
		for k < len(b) && isSpace(b[k]) {
			k++
		}
		if k >= len(b) || (b[k] != '"' && b[k] != '\'') {
			return token{}, errFallback
		}
		q := b[k]
		e := bytes.IndexByte(b[k+1:], q)
		if e < 0 {
			return token{}, errFallback
		}
		raw := b[k+1 : k+1+e]
		if bytes.IndexByte(raw, '<') >= 0 {
			return token{}, errFallback
		}
		val, ok := f.unescape(raw)
		if !ok {
			return token{}, errFallback
		}
		space := ""
		if an == nil {
			k += 1 + e + 1
			continue
		}
		if bytes.IndexByte(b[a:nameEnd], ':') >= 0 {
			space = "x" // a prefixed attribute (r:id); the prefix itself is not needed
		}
		f.attrs = append(f.attrs, xml.Attr{Name: xml.Name{Space: space, Local: f.intern(an)}, Value: string(val)})
		k += 1 + e + 1
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// localName returns name without its prefix, and false if it is not a
// plain name.
func localName(name []byte) ([]byte, bool) {
	if len(name) == 0 {
		return nil, false
	}
	if j := bytes.IndexByte(name, ':'); j >= 0 {
		if j == 0 || bytes.IndexByte(name[j+1:], ':') >= 0 {
			return nil, false
		}
		name = name[j+1:]
	}
	if len(name) == 0 {
		return nil, false
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return nil, false
		}
	}
	if c := name[0]; c >= '0' && c <= '9' || c == '-' || c == '.' {
		return nil, false
	}
	return name, true
}

// unescape decodes the predefined entities and character references of
// raw, and normalises line ends as XML does; false for anything else or
// for text that is not UTF-8 or holds a character XML forbids.
func (f *fastTokens) unescape(raw []byte) ([]byte, bool) {
	if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 {
		for _, c := range raw {
			if c < 0x20 && c != '\t' && c != '\n' || c >= 0x80 {
				return f.unescapeSlow(raw)
			}
		}
		return raw, true
	}
	return f.unescapeSlow(raw)
}

func (f *fastTokens) unescapeSlow(raw []byte) ([]byte, bool) {
	out := f.text[:0]
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&':
			j := bytes.IndexByte(raw[i:], ';')
			if j < 0 {
				return nil, false
			}
			ent := string(raw[i+1 : i+j])
			i += j + 1
			switch ent {
			case "lt":
				out = append(out, '<')
			case "gt":
				out = append(out, '>')
			case "amp":
				out = append(out, '&')
			case "quot":
				out = append(out, '"')
			case "apos":
				out = append(out, '\'')
			default:
				if len(ent) < 2 || ent[0] != '#' {
					return nil, false
				}
				var n uint64
				var err error
				if ent[1] == 'x' {
					n, err = strconv.ParseUint(ent[2:], 16, 32)
				} else {
					n, err = strconv.ParseUint(ent[1:], 10, 32)
				}
				if err != nil || !isXMLChar(rune(n)) {
					return nil, false
				}
				out = utf8.AppendRune(out, rune(n))
			}
		case c == '\r':
			out = append(out, '\n')
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		case c < 0x80:
			if c < 0x20 && c != '\t' && c != '\n' {
				return nil, false
			}
			out = append(out, c)
			i++
		default:
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 || !isXMLChar(r) {
				return nil, false
			}
			out = append(out, raw[i:i+size]...)
			i += size
		}
	}
	f.text = out
	return out, true
}

// isXMLChar reports whether r may appear in an XML document (XML 1.0, §2.2).
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
