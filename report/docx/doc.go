// Package docx writes Word documents (.docx, WordprocessingML) with nothing
// but archive/zip and encoding/xml: a [Document] is a page setup and a body
// of blocks — [Paragraph]s of [Run]s, [Table]s, page breaks — and
// [Document.Write] writes the file. The output depends only on the
// document's content (fixed zip timestamps, no random IDs, no dates), so
// the same document always gives the same bytes.
//
// The defaults are those of Nghị định 30/2020/NĐ-CP, Phụ lục I, for
// administrative documents: A4 portrait, margins 20 mm top and bottom,
// 30 mm left, 15 mm right, Times New Roman 14 pt in black, page numbers
// centred in the top margin from the second page. The font is set in every
// font slot (ascii, hAnsi, eastAsia, cs) of the document defaults and no
// theme font is ever named, so Vietnamese letters outside Basic Latin (ư, ơ,
// ạ…) never fall back to another font; the language is vi-VN.
//
// [Letterhead] and [Signature] build the parts every administrative
// document shares: the heading as a two-column borderless table (issuing
// agency and number line on the left, the national heading and the
// place-and-date line on the right) and, at the end, "Nơi nhận:" at the
// bottom left beside the signature block. The library's standard
// documents are written with them; a ministry developer can write any
// other document the same way.
//
// The parts written follow ECMA-376 Part 1 (WordprocessingML, §17):
// [Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml,
// word/settings.xml, word/_rels/document.xml.rels and two header parts (an
// empty one for the first page, w:titlePg, and one with a PAGE field).
//
// A Document is not safe for concurrent modification; writing a document
// no one modifies is safe from several goroutines.
package docx
