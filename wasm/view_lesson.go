//go:build js && wasm

package main

import (
	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// drawSketch paints the open lesson's board from the scene's generic shapes.
func (c *canvas) drawSketch(dst *ebiten.Image, s *play.Scene) {
	k := &s.Sketch
	if !k.Shown {
		return
	}
	if k.Output.W > 0 {
		picture(dst, c.plane, k.Output)
	}
	for _, b := range k.Boxes {
		fill(dst, b.Rect, b.Color)
	}
	for _, f := range k.Frames {
		stroke(dst, f)
	}
	for _, l := range k.Hairlines {
		hairline(dst, l)
	}
	for _, l := range k.Lines {
		c.batch.line(dst, l)
	}
	for _, p := range k.Paths {
		c.batch.path(dst, p)
	}
	for _, d := range k.Dots {
		c.batch.circle(dst, d)
	}
}
