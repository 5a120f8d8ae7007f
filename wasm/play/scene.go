package play

import (
	"image/color"
)

// Scene is what the canvas shows at one moment: every unit, edge, pulse, curve and
// label, placed in canvas pixels. Update builds it (Build) after the model, the layout
// or the animation moved; Draw only turns it into pixels, in this order: the flat
// shapes and pictures view by view, then the smooth shapes (lines, dots, rings, paths)
// in the same order, then the Backdrops, then the Labels. Its slices are reused from
// one Build to the next, so a steady frame allocates little.
type Scene struct {
	Geo   Geometry
	Fonts *Fonts

	// EdgeMode says what the edges encode. Edges are the network's, layer by layer,
	// unit by unit, input by input.
	EdgeMode EdgeMode
	Edges    []Edge
	// Units are every unit, level by level (inputs first).
	Units []UnitView
	// Pulses are the dots moving along the edges.
	Pulses []Pulse
	// GradBars are, under each layer, the size of its gradient.
	GradBars []GradBar

	Plane   PlaneView
	Act     ActView
	Chart   ChartView
	LossBox LossBox
	Banner  Banner

	// Labels are every text the canvas draws, with its box; Backdrops are white boxes
	// drawn under the labels that sit on busy ground.
	Labels    []Label
	Backdrops []Rect

	weightParam []int // each layer's weight's index in Net.Parameters(), during a Step
}

// Label is one text the canvas draws.
type Label struct {
	Text string
	Size FontSize
	// Box is where the text goes, in canvas pixels: its left, its top, its advance
	// width and its line height.
	Box   Rect
	Color color.RGBA
}

// Line is a straight stroke from (X0, Y0) to (X1, Y1), Width canvas pixels wide.
type Line struct {
	X0, Y0, X1, Y1, Width float64
	Color                 color.RGBA
}

// Dot is a filled circle.
type Dot struct {
	X, Y, R float64
	Color   color.RGBA
}

// Ring is a stroked circle.
type Ring struct {
	X, Y, R, Width float64
	Color          color.RGBA
}

// Box is a filled rectangle.
type Box struct {
	Rect
	Color color.RGBA
}

// Stroke is a stroked rectangle.
type Stroke struct {
	Rect
	Width float64
	Color color.RGBA
}

// Path is a polyline of Width canvas pixels; a point with Move set starts a new run.
type Path struct {
	Points []PathPoint
	Width  float64
	Color  color.RGBA
}

// PathPoint is one point of a Path.
type PathPoint struct {
	X, Y float64
	Move bool
}

// curve appends to pts the polyline through samples 0 to n: at(k) returns sample k's
// point and whether it can be drawn (a sample that cannot breaks the line). With
// dash > 0 every other run of dash samples is left out: a dashed line.
func curve(pts []PathPoint, n, dash int, at func(k int) (x, y float64, ok bool)) []PathPoint {
	started := false
	for k := 0; k <= n; k++ {
		x, y, ok := at(k)
		if !ok || (dash > 0 && (k/dash)%2 == 1) {
			started = false
			continue
		}
		pts = append(pts, PathPoint{X: x, Y: y, Move: !started})
		started = true
	}
	return pts
}

// align says where a label's x is: its left end, its centre or its right end.
type align int

const (
	alignLeft align = iota
	alignCenter
	alignRight
)

// label adds a text with its top at y, aligned at x, and returns its box.
func (s *Scene) label(size FontSize, text string, x, y float64, c color.RGBA, a align) Rect {
	f := s.Fonts.Face(size)
	w := f.Width(text)
	switch a {
	case alignCenter:
		x -= w / 2
	case alignRight:
		x -= w
	}
	box := Rect{X: x, Y: y, W: w, H: f.LineHeight}
	s.Labels = append(s.Labels, Label{Text: text, Size: size, Box: box, Color: c})
	return box
}

// Build computes the scene of m laid out in geo, with text measured in fonts; clock is
// the seconds since the page started, which moves the pulses of slow Play.
func (s *Scene) Build(m *Session, geo Geometry, fonts *Fonts, clock float64) {
	s.Geo, s.Fonts = geo, fonts
	s.Labels, s.Backdrops = s.Labels[:0], s.Backdrops[:0]
	v := m.View()
	st := s.step(m)
	s.network(m, v, st)
	s.pulses(m, st, clock)
	s.plane(m)
	s.activation(m, v, st)
	s.chart(m, v)
	s.lossBox(m, st)
	s.banner(m)
}

// banner writes, over the network, why training stopped.
func (s *Scene) banner(m *Session) {
	b := &s.Banner
	b.Shown = m.Diverged != nil
	if !b.Shown {
		return
	}
	f, sc, geo := s.Fonts.Face(Normal), s.Geo.Scale, s.Geo
	text := Say(DivergedBanner)
	x, y := geo.Net.X, geo.Net.Y+f.LineHeight*3.6
	r := Rect{X: x, Y: y, W: f.Width(text) + 16*sc, H: f.LineHeight + 8*sc}
	b.Fill, b.Frame = Box{Rect: r, Color: BannerFill}, Stroke{Rect: r, Width: sc, Color: BannerEdge}
	s.label(Normal, text, x+8*sc, y+4*sc, BannerInk, alignLeft)
}

// Banner is the divergence banner: a box over the network with the message in it.
type Banner struct {
	Shown bool
	Fill  Box
	Frame Stroke
}
