// Package latinfont is the Latin font of the page's canvas: a subset of the Go font,
// Go Regular (golang.org/x/image/font/gofont/ttfs/Go-Regular.ttf, © 2016 Bigelow &
// Holmes Inc.; the Go project's BSD license, in LICENSE beside it), that holds only the
// characters the canvas draws with it: play.AtlasRunes and those of the page's strings
// it has. It is 10 KB where the whole font is 148 KB. `make font` makes it again with
// Debian's fonttools (pyftsubset) from the characters `cmd/fontrunes -latin` lists; it
// is committed so that a machine without fonttools builds the page.
// TestLatinSubsetDrawsAsTheGoFont (package play) fails, and says to run make font, when
// a string needs a character the Go font has and the subset lacks.
package latinfont

import _ "embed"

// TTF is the subset, a TrueType font without hinting.
//
//go:embed Go-Regular-subset.ttf
var TTF []byte
