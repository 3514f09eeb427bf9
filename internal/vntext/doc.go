// Package vntext holds the Vietnamese text helpers that several packages
// share: NFC normalisation, a folding key that makes spelling variants match
// (old and new tone placement, "sỹ"/"sĩ", case, spacing), and the Vietnamese
// ordering of people's names. It is internal: the public faces are
// org's name matching and report's text helpers.
package vntext
