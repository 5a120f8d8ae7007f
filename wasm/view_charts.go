//go:build js && wasm

package main

import (
	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// drawChart draws the loss curves.
func (c *canvas) drawChart(dst *ebiten.Image, s *play.Scene) {
	ch := &s.Chart
	if !ch.Shown {
		return
	}
	stroke(dst, ch.Frame)
	c.batch.path(dst, ch.Train)
	c.batch.path(dst, ch.Test)
	for _, l := range ch.Legend {
		c.batch.line(dst, l)
	}
}

// drawLossBox draws the frame of the Step's loss box and rings its sample on the plane.
func (c *canvas) drawLossBox(dst *ebiten.Image, s *play.Scene) {
	if b := &s.LossBox; b.Shown {
		stroke(dst, b.Frame)
	}
	if b := &s.LossBox; b.Ringed {
		c.batch.ring(dst, b.Sample)
	}
}

// drawPanels draws the tabs and the divergence banner: boxes filled and framed.
func drawPanels(dst *ebiten.Image, s *play.Scene) {
	for _, p := range s.Panels {
		fill(dst, p.Fill.Rect, p.Fill.Color)
		stroke(dst, p.Frame)
	}
}
