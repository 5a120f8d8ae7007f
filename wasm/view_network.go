//go:build js && wasm

package main

import (
	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// drawNetwork draws the edges, the units with their pictures, frames and bias squares, the
// Step's veils, the dead units and the gradient bars.
func (c *canvas) drawNetwork(dst *ebiten.Image, s *play.Scene) {
	for _, e := range s.Edges {
		c.batch.line(dst, e.Line)
	}
	for _, u := range s.Units {
		picture(dst, c.units[u.Unit.Level][u.Unit.Index], u.Rect)
		stroke(dst, u.Frame)
		if u.HasBias {
			fill(dst, u.Bias.Rect, u.Bias.Color)
			stroke(dst, u.BiasEdge)
		}
		c.batch.ring(dst, u.Dot)
	}
	for _, u := range s.Units {
		if u.Veiled {
			fill(dst, u.Rect, play.Veil)
			if u.Fill.H > 0 {
				fill(dst, u.Fill.Rect, u.Fill.Color)
			}
		}
	}
	for _, u := range s.Units {
		if u.Dead {
			fill(dst, u.Rect, play.DeadVeil)
		}
	}
	for _, b := range s.GradBars {
		fill(dst, b.Track.Rect, b.Track.Color)
		fill(dst, b.Fill.Rect, b.Fill.Color)
	}
}

// drawPulses draws the dots moving along the edges, each on a white disc.
func (c *canvas) drawPulses(dst *ebiten.Image, s *play.Scene) {
	for _, p := range s.Pulses {
		c.batch.circle(dst, play.Dot{X: p.X, Y: p.Y, R: p.Halo, Color: play.White})
		c.batch.circle(dst, play.Dot{X: p.X, Y: p.Y, R: p.R, Color: p.Color})
	}
}
