//go:build js && wasm

package main

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// batch collects anti-aliased strokes and fills, each with its own colour in its
// vertices, and draws them in one call. In ebiten every anti-aliased draw renders
// through an offscreen pass of its own; a frame of a thousand separate circles and
// lines costs hundreds of milliseconds in a software-rendered browser, one batch a few.
type batch struct {
	vs []ebiten.Vertex
	is []uint16
}

// maxVertices keeps a batch within the uint16 indices of one draw call.
const maxVertices = 60000

func (b *batch) reset() { b.vs, b.is = b.vs[:0], b.is[:0] }

// add appends the path's triangles in colour clr, stroked when width > 0, filled
// otherwise, flushing to dst first when the batch is full.
func (b *batch) add(dst *ebiten.Image, p *vector.Path, width float32, clr color.Color) {
	n, ni := len(b.vs), len(b.is)
	var vs []ebiten.Vertex
	var is []uint16
	if width > 0 {
		vs, is = p.AppendVerticesAndIndicesForStroke(b.vs, b.is, &vector.StrokeOptions{Width: width, LineJoin: vector.LineJoinRound})
	} else {
		vs, is = p.AppendVerticesAndIndicesForFilling(b.vs, b.is)
	}
	if len(vs) > maxVertices && n > 0 {
		b.vs, b.is = vs[:n], is[:ni]
		b.flush(dst)
		b.add(dst, p, width, clr)
		return
	}
	r, g, bl, a := clr.RGBA()
	cr, cg, cb, ca := float32(r)/0xffff, float32(g)/0xffff, float32(bl)/0xffff, float32(a)/0xffff
	for i := n; i < len(vs); i++ {
		vs[i].SrcX, vs[i].SrcY = 1, 1
		vs[i].ColorR, vs[i].ColorG, vs[i].ColorB, vs[i].ColorA = cr, cg, cb, ca
	}
	b.vs, b.is = vs, is
}

// line adds a straight stroke.
func (b *batch) line(dst *ebiten.Image, x0, y0, x1, y1, width float32, clr color.Color) {
	var p vector.Path
	p.MoveTo(x0, y0)
	p.LineTo(x1, y1)
	b.add(dst, &p, width, clr)
}

// circle adds a filled circle.
func (b *batch) circle(dst *ebiten.Image, x, y, r float32, clr color.Color) {
	var p vector.Path
	p.Arc(x, y, r, 0, 2*math.Pi, vector.Clockwise)
	p.Close()
	b.add(dst, &p, 0, clr)
}

// ring adds a stroked circle.
func (b *batch) ring(dst *ebiten.Image, x, y, r, width float32, clr color.Color) {
	var p vector.Path
	p.Arc(x, y, r, 0, 2*math.Pi, vector.Clockwise)
	p.Close()
	b.add(dst, &p, width, clr)
}

// flush draws everything collected, in order, and empties the batch.
func (b *batch) flush(dst *ebiten.Image) {
	if len(b.is) > 0 {
		dst.DrawTriangles(b.vs, b.is, whitePixel, &ebiten.DrawTrianglesOptions{AntiAlias: true})
	}
	b.reset()
}
