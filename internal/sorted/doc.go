// Package sorted keeps the in-memory stores' lists in order as records are
// added: the records added since the last read are sorted and merged in, in
// time linear in the list, instead of sorting the whole list on every read.
package sorted
