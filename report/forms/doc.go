// Package forms computes the yearly statistics forms of emulation and
// commendation of the home-affairs statistics regime (Thông tư
// 02/2023/TT-BNV, biểu mẫu 06) from the stores, and writes them as
// workbooks laid out as the forms are: biểu 0601.N (số phong trào thi
// đua), 0602.N (số lượng khen thưởng cấp nhà nước) and 0603.N (số lượng
// khen thưởng cấp bộ, ban, ngành, đoàn thể trung ương và tỉnh).
//
// A form is data, not code: a [Form] is a table of rows and columns, each
// [Line] carrying the conditions ([Cond]) a fact must meet to be counted
// in it, and a cell counts the facts that meet the conditions of its row
// and of its column. The facts are the movements launched in the year
// (source [Movements]) or the grants decided in the year that count for
// the unit (source [Grants], by the rule of document.CountedGrants), each
// described by attributes — the level that launched a movement, its
// duration and kind; the award, its level, the recipient, the kind of
// commendation. A new circular (Thông tư 18/2025/TT-BNV re-issued the
// regime) is a new table, built in Go or decoded from JSON.
//
// Some rows need data the library does not keep: whether a collective is
// an enterprise, households, the rank of a person's post (leaders at
// ministry or department level, workers), commendations for the
// resistance wars, and whether a movement was launched for an emulation
// cluster (cụm, khối). A cell that depends on an attribute its source does
// not provide, or on award kinds the catalogue does not hold, is left
// empty — not zero — in the result and in every output, so that it is
// filled by hand rather than reported as nothing. [Form.Unknown] lists why.
//
// Forms 0604.N (organisations doing emulation work) and 0605.N (their
// staff: women, age bands, education, years in the work) need data the
// library does not keep and are not provided.
package forms
