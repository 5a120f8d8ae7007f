package play

import (
	"image"
	"image/draw"
	"math"
	"slices"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"nnplay/wasm/play/kofont"
	"nnplay/wasm/play/latinfont"
)

// Atlas is the canvas's glyphs rasterised once into one alpha image, so the canvas draws
// text as copies of small rectangles: crisp at any device scale, and a fraction of the
// size of a text-shaping library. Latin is the Go font's, from a subset of it (package
// latinfont); Hangul comes from a subset of Noto Sans CJK KR (package kofont). Each holds
// only the characters the canvas draws with it.
type Atlas struct {
	Image *image.Alpha
	// Glyphs maps each rune to its place in Image and its metrics.
	Glyphs map[rune]Glyph
	// Ascent is the height above the baseline; LineHeight the distance between lines.
	Ascent, LineHeight float64
}

// Glyph is one rune in an Atlas: Src is its rectangle in the image, drawn with its
// top-left corner at (dot.x + DX, baseline + DY); the pen then moves by Advance.
type Glyph struct {
	Src     image.Rectangle
	DX, DY  float64
	Advance float64
}

// AtlasRunes are the runes the Go font draws: printable ASCII and the few symbols the
// canvas writes.
const AtlasRunes = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`" +
	"abcdefghijklmnopqrstuvwxyz{|}~·×−→←↑↓∂σΣΔ′≈≤≥∞—²"

// Hangul is drawn from the Korean subset (kofont) at hangulScale of the Go font's size
// and hangulDrop of it lower: Noto's Hangul fills its em square, so at the same size a
// syllable stands well above the Go font's capitals; at these it sits on the same
// baseline about as tall as a capital with an accent, as Korean and Latin set together
// do in Noto Sans KR itself.
const (
	hangulScale = 0.92
	hangulDrop  = 0.02
)

// NewAtlas rasterises the canvas's text at size pixels: AtlasRunes from the Go font,
// and every other rune a message of the table uses, in any language, from the Go font
// when it has it and from the Korean subset otherwise. Runes neither has are drawn as
// '?'.
func NewAtlas(size float64) (*Atlas, error) { return newAtlas(latinfont.TTF, size) }

// newAtlas is NewAtlas with the Latin font's data.
func newAtlas(latinTTF []byte, size float64) (*Atlas, error) {
	return rasterise(latinTTF, size, atlasRunes())
}

// rasterise makes an atlas of runes at size pixels, as NewAtlas does.
func rasterise(latinTTF []byte, size float64, runes []rune) (*Atlas, error) {
	latin, err := newFace(latinTTF, size)
	if err != nil {
		return nil, err
	}
	defer latin.Close()
	hangul, err := newFace(kofont.OTF, size*hangulScale)
	if err != nil {
		return nil, err
	}
	defer hangul.Close()
	m := latin.Metrics()
	a := &Atlas{
		Glyphs:     map[rune]Glyph{},
		Ascent:     float64(m.Ascent) / 64,
		LineHeight: float64(m.Height) / 64,
	}
	cell := int(math.Ceil(a.LineHeight)) + 2
	cols := 16
	rows := (len(runes) + cols - 1) / cols
	a.Image = image.NewAlpha(image.Rect(0, 0, cols*cell*2, rows*cell))
	drop := fixed.I(int(math.Round(size * hangulDrop)))
	for k, r := range runes {
		ox, oy := (k%cols)*cell*2, (k/cols)*cell
		dot := fixed.P(ox+1, oy+1+int(math.Ceil(a.Ascent)))
		dr, mask, mp, adv, ok := latin.Glyph(dot, r)
		if !ok {
			dr, mask, mp, adv, ok = hangul.Glyph(fixed.Point26_6{X: dot.X, Y: dot.Y + drop}, r)
		}
		if !ok {
			continue
		}
		copyMask(a.Image, dr, mask, mp)
		a.Glyphs[r] = Glyph{
			Src:     dr,
			DX:      float64(dr.Min.X - dot.X.Floor()),
			DY:      float64(dr.Min.Y - dot.Y.Floor()),
			Advance: float64(adv) / 64,
		}
	}
	a.Glyphs[wordJoiner] = Glyph{} // neither font has it: it draws as nothing
	return a, nil
}

// wordJoiner (U+2060) keeps the panel's "f′(z)" on one line (see lesson_words.go).
const wordJoiner = '\u2060'

// copyMask draws mask's pixels from mp into r of dst, as draw.Draw(dst, r, mask, mp,
// draw.Src) does. The rasteriser's masks are *image.Alpha, which it copies row by row:
// draw.Draw takes its slow path from one Alpha image to another, a third of the time the
// page takes to make its atlases in the browser.
func copyMask(dst *image.Alpha, r image.Rectangle, mask image.Image, mp image.Point) {
	src, ok := mask.(*image.Alpha)
	if !ok {
		draw.Draw(dst, r, mask, mp, draw.Src)
		return
	}
	clip := r.Intersect(dst.Rect).Intersect(src.Rect.Add(r.Min.Sub(mp)))
	mp = mp.Add(clip.Min.Sub(r.Min))
	for y := 0; y < clip.Dy(); y++ {
		d := dst.PixOffset(clip.Min.X, clip.Min.Y+y)
		s := src.PixOffset(mp.X, mp.Y+y)
		copy(dst.Pix[d:d+clip.Dx()], src.Pix[s:s+clip.Dx()])
	}
}

// newFace opens an OpenType font at size pixels.
func newFace(data []byte, size float64) (font.Face, error) {
	f, err := opentype.Parse(data)
	if err != nil {
		return nil, err
	}
	return opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
}

// atlasRunes are AtlasRunes followed by every other rune of the table, once each.
func atlasRunes() []rune { return withAtlasRunes(TableRunes()) }

// withAtlasRunes is AtlasRunes followed by each of more that it lacks.
func withAtlasRunes(more []rune) []rune {
	runes := []rune(AtlasRunes)
	for _, r := range more {
		if !strings.ContainsRune(AtlasRunes, r) {
			runes = append(runes, r)
		}
	}
	return runes
}

// TableRunes returns every rune the messages of the table use, in any language, once
// each and in order: what the canvas may draw and the Korean subset must hold.
func TableRunes() []rune { return tableRunes(Langs()...) }

// tableRunes returns every rune the messages of the table use in the languages langs,
// once each and in order.
func tableRunes(langs ...Lang) []rune {
	seen := map[rune]bool{}
	for m := Msg(0); m < msgEnd; m++ {
		e := m.entry()
		for _, l := range langs {
			for _, r := range e.in(l) {
				seen[r] = true
			}
		}
	}
	runes := make([]rune, 0, len(seen))
	for r := range seen {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	return runes
}

// Glyph returns r's glyph, or '?' for a rune the atlas lacks.
func (a *Atlas) Glyph(r rune) Glyph {
	if g, ok := a.Glyphs[r]; ok {
		return g
	}
	return a.Glyphs['?']
}

// RGBA returns the atlas's image as 8-bit RGBA, premultiplied white at each pixel's
// alpha: what ebiten.NewImageFromImage makes of an *image.Alpha, pixel by pixel through
// its colour model, in a tenth of the time in the browser.
func (a *Atlas) RGBA() []byte {
	b := a.Image.Rect
	pix := make([]byte, 0, 4*b.Dx()*b.Dy())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		i := a.Image.PixOffset(b.Min.X, y)
		for _, v := range a.Image.Pix[i : i+b.Dx()] {
			pix = append(pix, v, v, v, v)
		}
	}
	return pix
}

// Width returns the advance width of s.
func (a *Atlas) Width(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += a.Glyph(r).Advance
	}
	return w
}

// FontSize is one of the canvas's two sizes of text.
type FontSize int

const (
	// Small is 11 CSS pixels: numbers, subtitles, legends.
	Small FontSize = iota
	// Normal is 13 CSS pixels: titles.
	Normal
)

// cssPixels are the sizes' heights in CSS pixels.
var cssPixels = [...]float64{Small: 11, Normal: 13}

// Fonts are the canvas's sizes of text rasterised at one device scale.
type Fonts struct {
	Scale float64
	// Lang is the language whose messages the atlases draw (NewFontsIn); All when they
	// draw every language's.
	Lang  Lang
	All   bool
	faces [len(cssPixels)]*Atlas
}

// NewFonts rasterises the canvas's sizes of text at scale canvas pixels per CSS pixel,
// as NewAtlas does: the glyphs of every language.
func NewFonts(scale float64) (*Fonts, error) {
	f, err := newFonts(scale, atlasRunes())
	if f != nil {
		f.All = true
	}
	return f, err
}

// NewFontsIn is NewFonts with only AtlasRunes and the glyphs of language l's messages.
// A page that speaks English draws no Hangul, and the Korean subset's glyphs are three
// quarters of the atlases': without them the Go program's start before its first frame
// (session, fonts, panel) took 80 ms instead of 102 in headless Chromium here (medians
// of 6 loads over http; 58 instead of 91 from file://).
func NewFontsIn(l Lang, scale float64) (*Fonts, error) {
	f, err := newFonts(scale, withAtlasRunes(tableRunes(l)))
	if f != nil {
		f.Lang = l
	}
	return f, err
}

func newFonts(scale float64, runes []rune) (*Fonts, error) {
	f := &Fonts{Scale: scale}
	for size, px := range cssPixels {
		a, err := rasterise(latinfont.TTF, px*scale, runes)
		if err != nil {
			return nil, err
		}
		f.faces[size] = a
	}
	return f, nil
}

// Speaks reports whether the fonts draw every message of language l.
func (f *Fonts) Speaks(l Lang) bool { return f.All || f.Lang == l }

// Face returns the atlas of a size.
func (f *Fonts) Face(size FontSize) *Atlas { return f.faces[size] }
