//go:build js && wasm

package main

import (
	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// drawActivation draws the selected unit's f(z) and f'(z) with the shaded regions, the
// training points' ticks and the input point's z.
func (c *canvas) drawActivation(dst *ebiten.Image, s *play.Scene) {
	a := &s.Act
	if !a.Shown {
		return
	}
	for _, b := range a.Shades {
		fill(dst, b.Rect, b.Color)
	}
	stroke(dst, a.Frame)
	hairline(dst, a.Axes[0])
	hairline(dst, a.Axes[1])
	for _, t := range a.Ticks {
		hairline(dst, t)
	}
	c.batch.path(dst, a.F)
	c.batch.path(dst, a.DF)
	if a.HasMarker {
		c.batch.line(dst, a.Marker)
		c.batch.circle(dst, a.MarkF)
		c.batch.circle(dst, a.MarkDF)
	}
	for _, l := range a.Legend {
		c.batch.line(dst, l)
	}
}
