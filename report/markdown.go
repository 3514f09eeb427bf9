package report

import "strings"

// MarkdownEscape makes text safe inside Markdown, table cells included: the
// characters Markdown gives a meaning to are escaped with a backslash, the
// ones HTML does (<, >, &) are written as entities, since Markdown passes
// raw HTML through, and line breaks become spaces so that a table row stays
// on its line. Templates call it as md.
func MarkdownEscape(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\\', '`', '*', '_', '[', ']', '|', '#', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
