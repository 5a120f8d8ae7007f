//go:build js && wasm

package main

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// The drawing toolkit: meshes drawn in one call each (play.Batcher gathers them).

// meshes is the scratch memory that turns play's meshes into ebiten's. (ebiten's own
// scratch buffers, which it made anew at the size of each call larger than any before,
// grow geometrically in the copy the page is built with: cmd/ebitenpatch/grow.)
type meshes struct {
	vs    []ebiten.Vertex
	lines *ebiten.Shader // kage.Line after the first frame, nil before or if it failed: Shades
}

// draw draws mesh m with source image src, or without one the line shader, a call a part.
func (b *meshes) draw(dst ebiten.FinalScreen, src *ebiten.Image, m *play.Mesh,
	op *ebiten.DrawTrianglesOptions) {
	m.Parts(func(vs []play.Vertex, is []uint16) {
		b.vs = b.vs[:0]
		for _, v := range vs {
			b.vs = append(b.vs, ebiten.Vertex{DstX: v.X, DstY: v.Y, SrcX: v.SrcX, SrcY: v.SrcY,
				ColorR: v.R, ColorG: v.G, ColorB: v.B, ColorA: v.A, Custom0: v.C0, Custom1: v.C1})
		}
		if src == nil {
			dst.DrawTrianglesShader(b.vs, is, b.lines, nil)
			return
		}
		dst.DrawTriangles(b.vs, is, src, op)
	})
}

// The ways meshes are drawn: the flat shapes and pictures from the sheet, the smooth
// shapes (their edges feathered in their meshes), the glyphs; colours premultiplied.
// A linear draw with mipmaps finds its level from every triangle (1-2 ms of a frame
// of 22,000 in wasm); the sheet's solid shapes pin it to 0 in every call, so it is off.
// The smooth shapes sample only the white block (play.TestSmoothShapesSampleOnePixel):
// a nearest filter reads one texel per pixel where a linear one reads four. (The
// network's edges, long thin triangles that way, go through the page's line shader,
// kage.Line, with the flat calls that hold no picture: meshes.draw without a source.)
var (
	flatOp = ebiten.DrawTrianglesOptions{Filter: ebiten.FilterLinear,
		ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha, DisableMipmaps: true}
	smoothOp = ebiten.DrawTrianglesOptions{
		ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha, DisableMipmaps: true}
	textOp = ebiten.DrawTrianglesOptions{}
)

// whitePixel is the source image for solid shapes before the sheet is made: its one
// pixel is at (play.SolidSrc, play.SolidSrc), where a mesh's solid shapes sample it.
var whitePixel = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
}()

// drawOp is reused by every image draw: the page draws on one goroutine.
var drawOp ebiten.DrawImageOptions
