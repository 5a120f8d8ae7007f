//go:build js && wasm

package main

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"nnplay/wasm/play"
)

// The drawing toolkit: flat shapes drawn at once, anti-aliased shapes batched into one
// draw call, text from the font atlases, and sprites.

func f32(v float64) float32 { return float32(v) }

// fill draws a filled rectangle, without anti-aliasing.
func fill(dst *ebiten.Image, r play.Rect, c color.RGBA) {
	vector.DrawFilledRect(dst, f32(r.X), f32(r.Y), f32(r.W), f32(r.H), c, false)
}

// stroke draws a rectangle's outline, without anti-aliasing.
func stroke(dst *ebiten.Image, s play.Stroke) {
	vector.StrokeRect(dst, f32(s.X), f32(s.Y), f32(s.W), f32(s.H), f32(s.Width), s.Color, false)
}

// hairline draws a line without anti-aliasing.
func hairline(dst *ebiten.Image, l play.Line) {
	vector.StrokeLine(dst, f32(l.X0), f32(l.Y0), f32(l.X1), f32(l.Y1), f32(l.Width), l.Color, false)
}

// batch collects anti-aliased strokes and fills, each with its own colour in its
// vertices, and draws them in one call. In ebiten every anti-aliased draw renders
// through an offscreen pass of its own; a frame of a thousand separate circles and
// lines costs hundreds of milliseconds in a software-rendered browser, one batch a few.
// Lines and circles are written straight into the batch, so a frame of them allocates
// nothing.
type batch struct {
	vs []ebiten.Vertex
	is []uint16
}

// maxVertices keeps a batch within the uint16 indices of one draw call.
const maxVertices = 60000

// path adds a polyline.
func (b *batch) path(dst *ebiten.Image, p play.Path) {
	var vp vector.Path
	for _, pt := range p.Points {
		if pt.Move {
			vp.MoveTo(f32(pt.X), f32(pt.Y))
		} else {
			vp.LineTo(f32(pt.X), f32(pt.Y))
		}
	}
	n, ni := len(b.vs), len(b.is)
	opts := &vector.StrokeOptions{Width: f32(p.Width), LineJoin: vector.LineJoinRound}
	vs, is := vp.AppendVerticesAndIndicesForStroke(b.vs, b.is, opts)
	if len(vs) > maxVertices && n > 0 {
		b.vs, b.is = vs[:n], is[:ni]
		b.flush(dst)
		b.path(dst, p)
		return
	}
	c := color4(p.Color)
	for i := n; i < len(vs); i++ {
		vs[i].SrcX, vs[i].SrcY = 1, 1
		vs[i].ColorR, vs[i].ColorG, vs[i].ColorB, vs[i].ColorA = c[0], c[1], c[2], c[3]
	}
	b.vs, b.is = vs, is
}

// color4 is a colour as vertex components.
func color4(clr color.RGBA) [4]float32 {
	r, g, b, a := clr.RGBA()
	const one = 0xffff
	return [4]float32{float32(r) / one, float32(g) / one, float32(b) / one, float32(a) / one}
}

// vertex appends one vertex of colour c and returns its index.
func (b *batch) vertex(x, y float32, c [4]float32) uint16 {
	b.vs = append(b.vs, ebiten.Vertex{DstX: x, DstY: y, SrcX: 1, SrcY: 1,
		ColorR: c[0], ColorG: c[1], ColorB: c[2], ColorA: c[3]})
	return uint16(len(b.vs) - 1)
}

// room flushes when n more vertices would not fit.
func (b *batch) room(dst *ebiten.Image, n int) {
	if len(b.vs)+n > maxVertices {
		b.flush(dst)
	}
}

// line adds a straight stroke as one quad.
func (b *batch) line(dst *ebiten.Image, l play.Line) {
	x0, y0, x1, y1, width := f32(l.X0), f32(l.Y0), f32(l.X1), f32(l.Y1), f32(l.Width)
	dx, dy := x1-x0, y1-y0
	n := float32(math.Hypot(float64(dx), float64(dy)))
	if n == 0 || width <= 0 {
		return
	}
	nx, ny := -dy/n*width/2, dx/n*width/2
	c := color4(l.Color)
	b.room(dst, 4)
	i0 := b.vertex(x0+nx, y0+ny, c)
	i1 := b.vertex(x1+nx, y1+ny, c)
	i2 := b.vertex(x1-nx, y1-ny, c)
	i3 := b.vertex(x0-nx, y0-ny, c)
	b.is = append(b.is, i0, i1, i2, i0, i2, i3)
}

// segments is how many sides a circle of radius r pixels gets: round to the eye.
func segments(r float32) int { return max(12, min(48, int(r*2))) }

// circle adds a filled circle as a triangle fan.
func (b *batch) circle(dst *ebiten.Image, d play.Dot) {
	x, y, rad := f32(d.X), f32(d.Y), f32(d.R)
	n := segments(rad)
	c := color4(d.Color)
	b.room(dst, n+1)
	mid := b.vertex(x, y, c)
	first := uint16(len(b.vs))
	for k := 0; k < n; k++ {
		s, co := math.Sincos(2 * math.Pi * float64(k) / float64(n))
		b.vertex(x+rad*float32(co), y+rad*float32(s), c)
	}
	for k := 0; k < n; k++ {
		b.is = append(b.is, mid, first+uint16(k), first+uint16((k+1)%n))
	}
}

// ring adds a stroked circle as a band of quads.
func (b *batch) ring(dst *ebiten.Image, r play.Ring) {
	x, y, rad, width := f32(r.X), f32(r.Y), f32(r.R), f32(r.Width)
	n := segments(rad)
	c := color4(r.Color)
	b.room(dst, 2*n)
	first := uint16(len(b.vs))
	for k := 0; k < n; k++ {
		s, co := math.Sincos(2 * math.Pi * float64(k) / float64(n))
		b.vertex(x+(rad+width/2)*float32(co), y+(rad+width/2)*float32(s), c)
		b.vertex(x+(rad-width/2)*float32(co), y+(rad-width/2)*float32(s), c)
	}
	for k := 0; k < n; k++ {
		o, i := first+uint16(2*k), first+uint16(2*k+1)
		o2, i2 := first+uint16(2*((k+1)%n)), first+uint16(2*((k+1)%n)+1)
		b.is = append(b.is, o, o2, i, i, o2, i2)
	}
}

// flush draws everything collected, in order, and empties the batch.
func (b *batch) flush(dst *ebiten.Image) {
	if len(b.is) > 0 {
		dst.DrawTriangles(b.vs, b.is, whitePixel, &ebiten.DrawTrianglesOptions{AntiAlias: true})
	}
	b.vs, b.is = b.vs[:0], b.is[:0]
}

// whitePixel is the source image for filled shapes.
var whitePixel = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
}()

// drawOp is reused by every sprite and picture draw: the page draws on one goroutine,
// and an options value per draw would be thousands of allocations a frame.
var drawOp ebiten.DrawImageOptions

// picture draws img scaled into r.
func picture(dst, img *ebiten.Image, r play.Rect) {
	drawOp = ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	b := img.Bounds()
	drawOp.GeoM.Scale(r.W/float64(b.Dx()), r.H/float64(b.Dy()))
	drawOp.GeoM.Translate(r.X, r.Y)
	dst.DrawImage(img, &drawOp)
}

// discSprite is an anti-aliased white disc drawn once; data points are copies of it,
// scaled and tinted, which ebiten draws together in one call.
var discSprite = func() *ebiten.Image {
	const d = 64
	img := ebiten.NewImage(d, d)
	vector.DrawFilledCircle(img, d/2, d/2, d/2-1, color.White, true)
	return img
}()

// disc draws a filled circle from the sprite.
func disc(dst *ebiten.Image, d play.Dot) {
	s := float64(discSprite.Bounds().Dx())
	drawOp = ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	drawOp.GeoM.Scale(2*d.R/(s-2), 2*d.R/(s-2))
	drawOp.GeoM.Translate(d.X-d.R*s/(s-2), d.Y-d.R*s/(s-2))
	drawOp.ColorScale.ScaleWithColor(d.Color)
	dst.DrawImage(discSprite, &drawOp)
}

// face is one size of text: its atlas uploaded to the GPU.
type face struct {
	img   *ebiten.Image
	atlas *play.Atlas
}

// texts draws the labels: every glyph of a size as quads of one DrawTriangles call on
// its atlas, instead of a draw per glyph.
func (c *canvas) texts(dst *ebiten.Image, labels []play.Label) {
	for size, f := range c.faces {
		vs, is := c.textVS[:0], c.textIS[:0]
		for _, t := range labels {
			if int(t.Size) != size {
				continue
			}
			x, y := math.Round(t.Box.X), math.Round(t.Box.Y+f.atlas.Ascent)
			k := color4(t.Color)
			for _, r := range t.Text {
				gl := f.atlas.Glyph(r)
				if src := gl.Src; !src.Empty() {
					if len(vs)+4 > maxVertices {
						dst.DrawTriangles(vs, is, f.img, &ebiten.DrawTrianglesOptions{})
						vs, is = vs[:0], is[:0]
					}
					x0, y0 := float32(x+gl.DX), float32(y+gl.DY)
					x1, y1 := x0+float32(src.Dx()), y0+float32(src.Dy())
					sx0, sy0, sx1, sy1 := float32(src.Min.X), float32(src.Min.Y), float32(src.Max.X),
						float32(src.Max.Y)
					n := uint16(len(vs))
					vs = append(vs, glyphVertex(x0, y0, sx0, sy0, k), glyphVertex(x1, y0, sx1, sy0, k),
						glyphVertex(x1, y1, sx1, sy1, k), glyphVertex(x0, y1, sx0, sy1, k))
					is = append(is, n, n+1, n+2, n, n+2, n+3)
				}
				x += gl.Advance
			}
		}
		if len(is) > 0 {
			dst.DrawTriangles(vs, is, f.img, &ebiten.DrawTrianglesOptions{})
		}
		c.textVS, c.textIS = vs, is
	}
}

func glyphVertex(x, y, sx, sy float32, c [4]float32) ebiten.Vertex {
	return ebiten.Vertex{DstX: x, DstY: y, SrcX: sx, SrcY: sy,
		ColorR: c[0], ColorG: c[1], ColorB: c[2], ColorA: c[3]}
}
