//go:build js && wasm

package main

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// canvas turns a scene into pixels. It owns what lives on the GPU: the font atlases,
// every unit's picture and the layer of data points.
type canvas struct {
	fonts  *play.Fonts
	faces  [2]face
	batch  batch     // this frame's anti-aliased shapes
	glyphs play.Mesh // a size of text's glyphs
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
		img := ebiten.NewImage(a.Image.Rect.Dx(), a.Image.Rect.Dy())
		img.WritePixels(a.RGBA())
		c.faces[size] = face{img: img, atlas: a}
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

// painter is the canvas painting one frame on dst: play.Scene.Paint calls it.
type painter struct {
	*canvas
	dst *ebiten.Image
}

func (p painter) Clear(c color.RGBA)             { p.dst.Fill(c) }
func (p painter) Fill(r play.Rect, c color.RGBA) { fill(p.dst, r, c) }
func (p painter) Stroke(s play.Stroke)           { stroke(p.dst, s) }
func (p painter) Hairline(l play.Line)           { hairline(p.dst, l) }
func (p painter) Line(l play.Line)               { p.batch.Line(l) }
func (p painter) Circle(d play.Dot)              { p.batch.Circle(d) }
func (p painter) Ring(r play.Ring)               { p.batch.Ring(r) }
func (p painter) Path(q play.Path)               { p.batch.path(q) }
func (p painter) Disc(d play.Dot)                { disc(p.dst, d) }
func (p painter) PlanePicture(r play.Rect)       { picture(p.dst, p.plane, r) }
func (p painter) Labels(ls []play.Label)         { p.texts(p.dst, ls) }

func (p painter) Flush() { p.batch.draw(p.dst, whitePixel, &p.batch.Mesh, true) }

func (p painter) UnitPicture(u play.Unit, r play.Rect) {
	picture(p.dst, p.units[u.Level][u.Index], r)
}

// Points draws the data points: they change only with the data and the layout, so they
// are drawn once into a layer of their own, and each frame copies the layer.
func (p painter) Points(pl *play.PlaneView) {
	r := pl.Rect
	if p.shown != pl.PointsKey {
		if p.points != nil {
			p.points.Deallocate()
		}
		p.points = ebiten.NewImage(int(math.Ceil(r.W)), int(math.Ceil(r.H)))
		for _, d := range pl.Points {
			disc(p.points, d)
		}
		p.shown = pl.PointsKey
	}
	drawOp = ebiten.DrawImageOptions{}
	drawOp.GeoM.Translate(r.X, r.Y)
	p.dst.DrawImage(p.points, &drawOp)
}
