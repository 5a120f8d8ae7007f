// Package kofont is the Korean font of the page and its figures: a subset of Noto Sans
// CJK KR Regular (font number 1 of Debian's fonts-noto-cjk NotoSansCJK-Regular.ttc,
// version 2.004; © 2014-2021 Adobe; SIL Open Font License 1.1, in OFL.txt beside it)
// that holds only printable ASCII and the characters the page's strings and figures
// use. `make font` makes it again with Debian's fonttools (pyftsubset) from the
// characters cmd/fontrunes lists; it is committed so that a machine without those
// packages builds the page. TestFontsHaveEveryGlyph (package play) fails, and says to
// run make font, when a string needs a character it lacks.
package kofont

import _ "embed"

// OTF is the subset, an OpenType font with CFF outlines.
//
//go:embed NotoSansCJKkr-subset.otf
var OTF []byte
