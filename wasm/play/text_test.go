package play

import (
	"bytes"
	"fmt"
	"testing"

	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"

	"nnplay/wasm/play/latinfont"
)

// TestLatinSubsetDrawsAsTheGoFont checks that the canvas's Latin font, a subset of the
// Go font (package latinfont), holds every character of the atlas that the whole Go font
// has, and that the atlas drawn from it is the atlas drawn from the whole font, pixel for
// pixel and glyph for glyph, at the sizes the page uses at device scales 1, 1.5 and 2.
func TestLatinSubsetDrawsAsTheGoFont(t *testing.T) {
	var buf sfnt.Buffer
	whole, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	subset, err := sfnt.Parse(latinfont.TTF)
	if err != nil {
		t.Fatal(err)
	}
	has := func(f *sfnt.Font, r rune) bool {
		i, err := f.GlyphIndex(&buf, r)
		return err == nil && i != 0
	}
	var missing []rune
	for _, r := range atlasRunes() {
		if has(whole, r) && !has(subset, r) {
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 {
		t.Fatalf("the Go font's subset lacks %q, which the canvas draws: run make font to "+
			"make it (wasm/play/latinfont) again", string(missing))
	}
	for _, size := range []float64{11, 13, 16.5, 19.5, 22, 26} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			want, err := newAtlas(goregular.TTF, size)
			if err != nil {
				t.Fatal(err)
			}
			got, err := NewAtlas(size)
			if err != nil {
				t.Fatal(err)
			}
			if got.Ascent != want.Ascent || got.LineHeight != want.LineHeight {
				t.Errorf("ascent %g and line height %g, want %g and %g", got.Ascent,
					got.LineHeight, want.Ascent, want.LineHeight)
			}
			if len(got.Glyphs) != len(want.Glyphs) {
				t.Errorf("%d glyphs, want %d", len(got.Glyphs), len(want.Glyphs))
			}
			for r, g := range want.Glyphs {
				if got.Glyphs[r] != g {
					t.Errorf("%q: %+v, want %+v", r, got.Glyphs[r], g)
				}
			}
			if got.Image.Rect != want.Image.Rect || !bytes.Equal(got.Image.Pix, want.Image.Pix) {
				t.Error("the atlas's pixels differ from the whole Go font's")
			}
		})
	}
}
