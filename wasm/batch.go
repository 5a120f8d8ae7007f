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
	cr, cg, cb, ca := color4(clr)
	for i := n; i < len(vs); i++ {
		vs[i].SrcX, vs[i].SrcY = 1, 1
		vs[i].ColorR, vs[i].ColorG, vs[i].ColorB, vs[i].ColorA = cr, cg, cb, ca
	}
	b.vs, b.is = vs, is
}

// color4 is a colour as vertex components.
func color4(clr color.Color) (r, g, b, a float32) {
	cr, cg, cb, ca := clr.RGBA()
	return float32(cr) / 0xffff, float32(cg) / 0xffff, float32(cb) / 0xffff, float32(ca) / 0xffff
}

// vertex appends one vertex of colour c and returns its index.
func (b *batch) vertex(x, y float32, c [4]float32) uint16 {
	b.vs = append(b.vs, ebiten.Vertex{DstX: x, DstY: y, SrcX: 1, SrcY: 1, ColorR: c[0], ColorG: c[1], ColorB: c[2], ColorA: c[3]})
	return uint16(len(b.vs) - 1)
}

// room flushes when n more vertices would not fit.
func (b *batch) room(dst *ebiten.Image, n int) {
	if len(b.vs)+n > maxVertices {
		b.flush(dst)
	}
}

// line adds a straight stroke as one quad: lines and circles are written straight into
// the batch, without vector.Path, so a frame of them allocates nothing.
func (b *batch) line(dst *ebiten.Image, x0, y0, x1, y1, width float32, clr color.Color) {
	dx, dy := x1-x0, y1-y0
	n := float32(math.Hypot(float64(dx), float64(dy)))
	if n == 0 || width <= 0 {
		return
	}
	nx, ny := -dy/n*width/2, dx/n*width/2
	r, g, bl, a := color4(clr)
	c := [4]float32{r, g, bl, a}
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
func (b *batch) circle(dst *ebiten.Image, x, y, rad float32, clr color.Color) {
	n := segments(rad)
	r, g, bl, a := color4(clr)
	c := [4]float32{r, g, bl, a}
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
func (b *batch) ring(dst *ebiten.Image, x, y, rad, width float32, clr color.Color) {
	n := segments(rad)
	r, g, bl, a := color4(clr)
	c := [4]float32{r, g, bl, a}
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
	b.reset()
}
