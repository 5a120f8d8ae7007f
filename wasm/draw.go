//go:build js && wasm

package main

import (
	"image"
	"image/color"

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

// batch collects a frame's anti-aliased shapes in a mesh (play.Mesh), each with its
// colour in its vertices, and draws them in one call.
type batch struct {
	play.Mesh
	vs []ebiten.Vertex // scratch: a path's stroke, a part of a mesh
	is []uint16
	xy []float32
}

// path adds a polyline, stroked by ebiten's vector package.
func (b *batch) path(p play.Path) {
	var vp vector.Path
	for _, pt := range p.Points {
		if pt.Move {
			vp.MoveTo(f32(pt.X), f32(pt.Y))
		} else {
			vp.LineTo(f32(pt.X), f32(pt.Y))
		}
	}
	opts := &vector.StrokeOptions{Width: f32(p.Width), LineJoin: vector.LineJoinRound}
	b.vs, b.is = vp.AppendVerticesAndIndicesForStroke(b.vs[:0], b.is[:0], opts)
	b.xy = b.xy[:0]
	for _, v := range b.vs {
		b.xy = append(b.xy, v.DstX, v.DstY)
	}
	b.Triangles(b.xy, b.is, p.Color)
}

// draw draws mesh m with source image src, one call per part, and empties it.
func (b *batch) draw(dst, src *ebiten.Image, m *play.Mesh, antiAlias bool) {
	m.Parts(func(vs []play.Vertex, is []uint16) {
		b.vs = b.vs[:0]
		for _, v := range vs {
			b.vs = append(b.vs, ebiten.Vertex{DstX: v.X, DstY: v.Y, SrcX: v.SrcX, SrcY: v.SrcY,
				ColorR: v.R, ColorG: v.G, ColorB: v.B, ColorA: v.A})
		}
		dst.DrawTriangles(b.vs, is, src, &ebiten.DrawTrianglesOptions{AntiAlias: antiAlias})
	})
	m.Reset()
}

// whitePixel is the source image for filled shapes: its one pixel is at (play.SolidSrc,
// play.SolidSrc), where a mesh's solid shapes sample it.
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
		c.glyphs.Text(labels, play.FontSize(size), f.atlas)
		c.batch.draw(dst, f.img, &c.glyphs, false)
	}
}
