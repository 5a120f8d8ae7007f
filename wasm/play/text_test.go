package play

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
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

// TestCopyMaskIsDrawSrc checks copyMask against draw.Draw with draw.Src, inside the
// destination and across each of its edges, from masks that start anywhere.
func TestCopyMaskIsDrawSrc(t *testing.T) {
	mask := image.NewAlpha(image.Rect(3, -2, 12, 9))
	for i := range mask.Pix {
		mask.Pix[i] = uint8(i*37 + 11)
	}
	gray := image.NewGray(mask.Rect) // not an Alpha: copyMask hands it to draw.Draw
	copy(gray.Pix, mask.Pix)
	for _, c := range []struct {
		r  image.Rectangle
		mp image.Point
	}{
		{image.Rect(2, 2, 8, 7), image.Pt(3, -2)},
		{image.Rect(-3, -1, 4, 5), image.Pt(5, 0)},
		{image.Rect(15, 12, 25, 22), image.Pt(3, -2)},
		{image.Rect(1, 1, 9, 9), image.Pt(8, 4)},  // the mask ends first
		{image.Rect(1, 1, 9, 9), image.Pt(0, -5)}, // it starts inside r
	} {
		for _, m := range []image.Image{mask, gray} {
			want := image.NewAlpha(image.Rect(0, 0, 20, 16))
			got := image.NewAlpha(want.Rect)
			for i := range want.Pix {
				want.Pix[i], got.Pix[i] = uint8(i), uint8(i)
			}
			draw.Draw(want, c.r, m, c.mp, draw.Src)
			copyMask(got, c.r, m, c.mp)
			if !bytes.Equal(got.Pix, want.Pix) {
				t.Errorf("%v from %v of a %T: the pixels differ from draw.Draw's", c.r, c.mp, m)
			}
		}
	}
}

// TestAtlasRGBA checks the atlas's RGBA bytes against what ebiten makes of an
// *image.Alpha: each pixel through color.RGBAModel.
func TestAtlasRGBA(t *testing.T) {
	a, err := NewAtlas(13)
	if err != nil {
		t.Fatal(err)
	}
	pix := a.RGBA()
	b := a.Image.Rect
	if len(pix) != 4*b.Dx()*b.Dy() {
		t.Fatalf("%d bytes for a %v image", len(pix), b)
	}
	inked := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.RGBAModel.Convert(a.Image.At(x, y)).(color.RGBA)
			i := 4 * ((y-b.Min.Y)*b.Dx() + x - b.Min.X)
			if got := (color.RGBA{pix[i], pix[i+1], pix[i+2], pix[i+3]}); got != c {
				t.Fatalf("(%d, %d): %v, want %v", x, y, got, c)
			}
			if c.A > 0 {
				inked++
			}
		}
	}
	if inked < 1000 {
		t.Errorf("only %d pixels inked", inked)
	}
}

// TestFontsInOneLanguage: fonts made for one language draw every rune of its messages
// and AtlasRunes exactly as the fonts of every language do; the English ones leave the
// Korean subset's glyphs out, and say that they do not speak Korean.
func TestFontsInOneLanguage(t *testing.T) {
	all, err := NewFonts(1)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range Langs() {
		f, err := NewFontsIn(l, 1)
		if err != nil {
			t.Fatal(err)
		}
		for _, other := range Langs() {
			if got := f.Speaks(other); got != (other == l) {
				t.Errorf("fonts in %s: Speaks(%s) = %v", l.Code(), other.Code(), got)
			}
		}
		for size := range FontSize(len(cssPixels)) {
			a, b := f.Face(size), all.Face(size)
			for _, r := range withAtlasRunes(tableRunes(l)) {
				got, ok := a.Glyphs[r]
				want, wok := b.Glyphs[r]
				if ok != wok || got.Advance != want.Advance || got.DX != want.DX ||
					got.DY != want.DY || got.Src.Size() != want.Src.Size() {
					t.Errorf("fonts in %s, size %d: %q is %+v, want %+v", l.Code(), size,
						r, got, want)
				}
			}
			if l == English {
				if _, ok := a.Glyphs['가']; ok || len(a.Glyphs)*2 > len(b.Glyphs) {
					t.Errorf("fonts in English hold %d glyphs of %d, Hangul among them",
						len(a.Glyphs), len(b.Glyphs))
				}
			}
		}
	}
}
