//go:build js && wasm

package main

import (
	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// canvas turns a scene into pixels. It owns what lives on the GPU: the font atlases,
// every unit's picture and the layer of data points.
type canvas struct {
	fonts  *play.Fonts
	faces  [2]face
	batch  batch // this frame's anti-aliased shapes
	textVS []ebiten.Vertex
	textIS []uint16
	pics   play.Pictures
	units  [][]*ebiten.Image // every unit's picture: [level][unit]
	plane  *ebiten.Image     // the output unit at full resolution
	points *ebiten.Image     // the data points, drawn once per data set and layout
	shown  play.PointsKey    // what points shows
}

// newCanvas makes a canvas whose text is rasterised for scale canvas pixels per CSS
// pixel.
func newCanvas(scale float64) *canvas {
	c := &canvas{plane: ebiten.NewImage(play.HeatmapSize, play.HeatmapSize)}
	c.setScale(scale)
	return c
}

// setScale rasterises the text again for another device scale.
func (c *canvas) setScale(scale float64) {
	fonts, err := play.NewFonts(scale)
	if err != nil {
		panic(err) // the embedded Go font always parses
	}
	c.fonts = fonts
	for size := range c.faces {
		a := fonts.Face(play.FontSize(size))
		c.faces[size] = face{img: ebiten.NewImageFromImage(a.Image), atlas: a}
	}
}

// refresh uploads every unit's picture after the heatmaps were recomputed.
func (c *canvas) refresh(m *play.Session) {
	if c.pics.Refresh(m) {
		for _, level := range c.units {
			for _, img := range level {
				img.Deallocate()
			}
		}
		c.units = make([][]*ebiten.Image, len(c.pics.Units))
		for l, level := range c.pics.Units {
			for range level {
				c.units[l] = append(c.units[l], ebiten.NewImage(play.ThumbSize, play.ThumbSize))
			}
		}
	}
	for l, level := range c.pics.Units {
		for i, pix := range level {
			c.units[l][i].WritePixels(pix)
		}
	}
	c.plane.WritePixels(c.pics.Plane)
}

// paint draws the scene: the flat shapes and pictures view by view, then every
// anti-aliased shape in one batch, then the backdrops of labels, then all text. One
// anti-aliased draw per frame keeps a software-rendered browser fast.
func (c *canvas) paint(dst *ebiten.Image, s *play.Scene) {
	dst.Fill(play.Background)
	c.drawNetwork(dst, s)
	c.drawPulses(dst, s)
	c.drawPlane(dst, s)
	c.drawActivation(dst, s)
	c.drawChart(dst, s)
	c.drawSketch(dst, s)
	c.drawLossBox(dst, s)
	drawPanels(dst, s)
	c.batch.flush(dst)
	for _, r := range s.Backdrops {
		fill(dst, r, play.White)
	}
	c.texts(dst, s.Labels)
}
