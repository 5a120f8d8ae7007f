//go:build js && wasm

package main

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"nnplay/wasm/play"
)

// The drawing toolkit: meshes drawn in one call each (play.Batcher gathers them),
// paths stroked by ebiten's vector package, and the data points' sprite.

func f32(v float64) float32 { return float32(v) }

// meshes is the scratch memory that turns play's meshes into ebiten's.
type meshes struct {
	vs []ebiten.Vertex
	is []uint16
	xy []float32
}

// draw draws mesh m with source image src, one call per part.
func (b *meshes) draw(dst, src *ebiten.Image, m *play.Mesh, op *ebiten.DrawTrianglesOptions) {
	m.Parts(func(vs []play.Vertex, is []uint16) {
		b.vs = b.vs[:0]
		for _, v := range vs {
			b.vs = append(b.vs, ebiten.Vertex{DstX: v.X, DstY: v.Y, SrcX: v.SrcX, SrcY: v.SrcY,
				ColorR: v.R, ColorG: v.G, ColorB: v.B, ColorA: v.A})
		}
		dst.DrawTriangles(b.vs, is, src, op)
	})
}

// path adds a polyline's stroke, made by ebiten's vector package, to m.
func (b *meshes) path(p play.Path, m *play.Mesh) {
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
	m.Triangles(b.xy, b.is, p.Color)
}

// The ways meshes are drawn: the flat shapes and pictures from the sheet (colours
// premultiplied, as ebiten's vector package draws them), the smooth shapes, the glyphs.
var (
	flatOp = ebiten.DrawTrianglesOptions{Filter: ebiten.FilterLinear,
		ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha}
	smoothOp = ebiten.DrawTrianglesOptions{AntiAlias: true}
	textOp   = ebiten.DrawTrianglesOptions{}
)

// whitePixel is the source image for smooth shapes: its one pixel is at (play.SolidSrc,
// play.SolidSrc), where a mesh's solid shapes sample it.
var whitePixel = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
}()

// drawOp is reused by every sprite draw: the page draws on one goroutine.
var drawOp ebiten.DrawImageOptions

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
