//go:build js && wasm

package main

import (
	"image"
	"image/color"
	"math"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// canvas turns a scene into pixels. It owns what lives on the GPU: the font atlases,
// the sheet of the units' pictures and the layer of data points; play.Batcher decides
// what goes into each draw call.
type canvas struct {
	fonts  *play.Fonts
	faces  [2]*ebiten.Image // each size of text's atlas
	batch  play.Batcher
	meshes meshes
	pics   play.Pictures
	sheet  *ebiten.Image  // pics's texture: the sheet shown and the next
	points *ebiten.Image  // the data points, drawn once per data set and layout
	discs  *ebiten.Image  // the sprites' sheet (play.SpriteSheet), made when first drawn
	dots   play.Mesh      // the data points' or a disc's sprites, drawn at once
	shown  play.PointsKey // what points shows
}

// newCanvas makes a canvas whose text is rasterised for scale canvas pixels per CSS
// pixel, in language l.
func newCanvas(scale float64, l play.Lang) *canvas {
	// ebiten's WebGL context, made when the game runs, goes without multisampling: the
	// scene's shapes are smoothed in their meshes (play's feather), and it cost 15-20 ms
	// of a software renderer's frame at 1280x800 (cmd/benchpage -play).
	js.Global().Get("Function").New("c", `const get = c.getContext; c.getContext = (t, a) =>
get.call(c, t, Object.assign({}, a, {antialias: false}))`).Invoke(canvasEl)
	c := &canvas{}
	c.batch.Pics, c.pics.GPU = &c.pics, c
	c.setFonts(scale, l)
	return c
}

// setFonts rasterises the text again for another device scale or language.
func (c *canvas) setFonts(scale float64, l play.Lang) {
	fonts, err := play.NewFontsIn(l, scale)
	if err != nil {
		panic(err) // the embedded fonts always parse
	}
	c.fonts, c.batch.Fonts = fonts, fonts
	for size := range c.faces {
		a := fonts.Face(play.FontSize(size))
		c.faces[size] = renew(c.faces[size], a.Image.Rect.Dx(), a.Image.Rect.Dy())
		c.faces[size].WritePixels(a.RGBA())
	}
}

// Make and Write make the canvas the pictures' texture (play.SheetImage).
func (c *canvas) Make(w, h int) { c.sheet = renew(c.sheet, w, h) }
func (c *canvas) Write(pix []byte, x0, y0, x1, y1 int) {
	c.sheet.SubImage(image.Rect(x0, y0, x1, y1)).(*ebiten.Image).WritePixels(pix)
}

// renew frees old, if any, and returns a new image of w x h pixels.
func renew(old *ebiten.Image, w, h int) *ebiten.Image {
	if old != nil {
		old.Deallocate()
	}
	return ebiten.NewImage(w, h)
}

// painter is the canvas painting one frame on dst: play.Batcher calls it.
type painter struct {
	*canvas
	dst ebiten.FinalScreen // the canvas, or an image (*ebiten.Image is one)
	// screen is true when dst is the canvas, which ebiten has cleared to transparent
	// and whose CSS background (web/style.css) is play.Background.
	screen bool
}

// Clear fills dst with c, but the canvas with play.Background: the browser shows the
// canvas's CSS background through it. A pass over every canvas pixel was 6-8 ms of the
// 40-50 SwiftShader spent on a frame of Net B or the deep stack at 1280x800.
func (p painter) Clear(c color.RGBA) {
	if !p.screen || c != play.Background {
		p.dst.Fill(c)
	}
}

func (p painter) DrawSmooth(m *play.Mesh) { p.meshes.draw(p.dst, p.solid(), m, &smoothOp) }
func (p painter) DrawLines(m *play.Mesh)  { p.meshes.draw(p.dst, nil, m, nil) }
func (p painter) Shades() bool            { return p.meshes.lines != nil }

// DrawSprites draws the pulses from the sprites' sheet.
func (p painter) DrawSprites(m *play.Mesh) { p.meshes.draw(p.dst, p.sprites(), m, &flatOp) }

// Disc draws a filled circle from the sprites' sheet at once.
func (p painter) Disc(d play.Dot) {
	p.dots.Sprites(d)
	p.DrawSprites(&p.dots)
}

// sprites returns the sprites' sheet (play.SpriteSheet), which it makes the first time.
// The sheet has a texture of its own (Unmanaged): on ebiten's shared atlas it lands where
// the page's earlier images leave room, and its linear-filtered edges came out
// differently there (a reset page's dots against a fresh page's, with Chromium's
// software compositor).
func (c *canvas) sprites() *ebiten.Image {
	if c.discs == nil {
		w, h, pix := play.SpriteSheet()
		c.discs = ebiten.NewImageWithOptions(image.Rect(0, 0, w, h),
			&ebiten.NewImageOptions{Unmanaged: true})
		c.discs.WritePixels(pix)
	}
	return c.discs
}

// DrawFlat draws from the sheet; before the first sweep, which makes it, the batch
// holds only solid shapes (Batcher leaves the pictures out), and the white pixel will do.
func (p painter) DrawFlat(m *play.Mesh) {
	p.meshes.draw(p.dst, p.solid(), m, &flatOp)
}

// solid is the image whose white block solid shapes sample: the sheet, once made.
func (p painter) solid() *ebiten.Image {
	if p.sheet == nil {
		return whitePixel
	}
	return p.sheet
}

func (p painter) DrawText(m *play.Mesh, size play.FontSize) {
	p.meshes.draw(p.dst, p.faces[size], m, &textOp)
}

// Points draws the data points: they change only with the data and the layout, so they
// are drawn once into a layer of their own, and each frame copies the layer.
func (p painter) Points(pl *play.PlaneView) {
	r := pl.Rect
	if p.shown != pl.PointsKey {
		p.points = renew(p.points, int(math.Ceil(r.W)), int(math.Ceil(r.H)))
		p.dots.Sprites(pl.Points...)
		p.meshes.draw(p.points, p.sprites(), &p.dots, &flatOp)
		p.shown = pl.PointsKey
	}
	drawOp = ebiten.DrawImageOptions{}
	drawOp.GeoM.Translate(r.X, r.Y)
	p.dst.DrawImage(p.points, &drawOp)
}
