//go:build js && wasm

package main

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// drawPlane draws the output over the input plane, the data points and the input point.
func (c *canvas) drawPlane(dst *ebiten.Image, s *play.Scene) {
	p := &s.Plane
	if !p.Shown {
		return
	}
	r := p.Rect
	picture(dst, c.plane, r)
	stroke(dst, p.Frame)
	// The points change only with the data and the layout: they are drawn once into a
	// layer of their own, and each frame copies the layer.
	if c.shown != p.PointsKey {
		if c.points != nil {
			c.points.Deallocate()
		}
		c.points = ebiten.NewImage(int(math.Ceil(r.W)), int(math.Ceil(r.H)))
		for _, d := range p.Points {
			disc(c.points, d)
		}
		c.shown = p.PointsKey
	}
	drawOp = ebiten.DrawImageOptions{}
	drawOp.GeoM.Translate(r.X, r.Y)
	dst.DrawImage(c.points, &drawOp)
	c.batch.line(dst, p.Cross[0])
	c.batch.line(dst, p.Cross[1])
	c.batch.ring(dst, p.CrossRing)
	for _, d := range p.Legend {
		disc(dst, d)
	}
}
