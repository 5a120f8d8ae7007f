package play

import "math"

// Rect is an axis-aligned rectangle in canvas pixels.
type Rect struct {
	X, Y, W, H float64
}

// Contains reports whether (x, y) lies inside r.
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Center returns r's centre.
func (r Rect) Center() (float64, float64) { return r.X + r.W/2, r.Y + r.H/2 }

// hair is how much two boxes may share and still count as apart: they may touch.
const hair = 0.01

// Overlaps reports whether r and o share more than a hair of area.
func (r Rect) Overlaps(o Rect) bool {
	return r.X+hair < o.X+o.W && o.X+hair < r.X+r.W && r.Y+hair < o.Y+o.H && o.Y+hair < r.Y+r.H
}

// Within reports whether r lies inside o, to a hair.
func (r Rect) Within(o Rect) bool {
	return r.X >= o.X-hair && r.Y >= o.Y-hair && r.X+r.W <= o.X+o.W+hair &&
		r.Y+r.H <= o.Y+o.H+hair
}

// Inset returns r shrunk by d on every side.
func (r Rect) Inset(d float64) Rect {
	return Rect{r.X + d, r.Y + d, math.Max(0, r.W-2*d), math.Max(0, r.H-2*d)}
}

// Crossed reports whether the segment from (x0, y0) to (x1, y1) passes through r: the
// segment clipped to r (Liang-Barsky) is not empty.
func (r Rect) Crossed(x0, y0, x1, y1 float64) bool {
	dx, dy := x1-x0, y1-y0
	lo, hi := 0.0, 1.0
	for _, c := range [4][2]float64{{-dx, x0 - r.X}, {dx, r.X + r.W - x0}, {-dy, y0 - r.Y},
		{dy, r.Y + r.H - y0}} {
		p, q := c[0], c[1]
		switch {
		case p == 0 && q < 0:
			return false
		case p < 0:
			lo = math.Max(lo, q/p)
		case p > 0:
			hi = math.Min(hi, q/p)
		}
	}
	return lo <= hi
}

// Geometry is where everything goes on the canvas: the network's units, the input
// plane with the output heatmap and the data, the activation view and the loss chart.
// All figures are in canvas pixels; Scale is canvas pixels per CSS pixel.
type Geometry struct {
	Scale float64
	// Area is the part of the canvas not under the side panel.
	Area Rect
	// Net holds the network; Nodes[level][unit] is each unit's square.
	Net   Rect
	Nodes [][]Rect
	// Plane is the input plane [-6, 6]^2 with the output heatmap and the data points.
	Plane Rect
	// ActView shows the selected unit's f(z) and f'(z); Chart the loss history.
	ActView, Chart Rect
	// Bars is the height of the band at the bottom of Net for the gradient bars.
	Bars float64
	// Tabbed is true on a canvas too small for the four views at once (a phone's): it
	// shows one at a time, each in the whole area under a row of Tabs, one per Pane
	// shown (a hidden pane's tab is empty).
	Tabbed bool
	Tabs   [paneCount]Rect
	// Lesson is the open lesson's board, and Hidden the panes the page does not show:
	// in free play the board; in a lesson whatever its scene leaves out (lesson_layout.go).
	Lesson Rect
	Hidden [paneCount]bool

	// Controls is the band above the network for TensorFlow Playground's + and −, and
	// Chips holds, by core.Feature, the place in the input column of each feature the
	// network is not fed (an empty Rect for a fed one): both only in LayoutFor's layout
	// (canvas_controls.go), which shape names.
	Controls Rect
	Chips    []Rect
	shape    shape
}

// Pane is one of the canvas's views, which a tabbed canvas shows one at a time.
type Pane int

const (
	PaneNetwork Pane = iota
	PanePlane
	PaneActivation
	PaneChart
	// PaneLesson is the open lesson's board.
	PaneLesson
	paneCount
)

// paneNames name the panes in the test API; paneWords label their tabs.
var (
	paneNames = [paneCount]string{"network", "plane", "activation", "chart", "lesson"}
	paneWords = [paneCount]Msg{TabNetwork, TabPlane, TabActivation, TabChart, TabLesson}
)

// Shows reports whether pane p is on the canvas when pane current is chosen: every
// pane that is not hidden is, unless the canvas is tabbed.
func (g Geometry) Shows(p, current Pane) bool { return !g.Hidden[p] && (!g.Tabbed || p == current) }

// minChart is the least height, in CSS pixels, of a loss chart worth drawing: below it
// the canvas is tabbed.
const minChart = 90

// minChartBeside is the least height, in CSS pixels, of the loss chart in the column
// beside the network: its title, a plot 20 high, the axis and the legend under it. Below
// it (a phone on its side, 844x390, drew the title alone) the canvas is tabbed.
const minChartBeside = 72

// minPlane is the least side, in CSS pixels, of the input plane beside the network: below
// it (a phone on its side, 640x360, left the plane 14 pixels and the network's units 10)
// the canvas is tabbed.
const minPlane = 90

// minNetH is the least height, in CSS pixels, of the network under the band of its + and
// − (canvas_controls.go): below it the band goes.
const minNetH = 110

// minNet is the least width, in CSS pixels, of a network's column beside the other
// views: below it (a short phone's) the canvas is tabbed.
const minNet = 120

// Layout places a network of the given level sizes (inputs first) in area. It puts
// the plane, activation view and chart in a column to the right on a wide area and
// below the network on a tall one.
func Layout(sizes []int, area Rect, scale float64) Geometry {
	return layout(sizes, nil, area, scale)
}

// layout is Layout, with the band of + and − above the network and the features' chips
// in its input column when fed is not nil: fed[f] says whether feature f is fed.
func layout(sizes []int, fed []bool, area Rect, scale float64) Geometry {
	g := Geometry{Scale: scale, Area: area}
	g.Hidden[PaneLesson] = true
	m := 16 * scale
	inner := area.Inset(m)
	wide := inner.W >= inner.H*0.9
	// Each region keeps a band above it for its title and one below for its axis.
	title, axis := 22*scale, 30*scale
	if wide {
		col := clamp(inner.W*0.42, 240*scale, 520*scale)
		side := math.Min(col, (inner.H-2*title-2*axis-2*m)*0.52)
		g.Plane = Rect{inner.X + inner.W - col + (col-side)/2, inner.Y + title, side, side}
		rest := inner.H - (g.Plane.Y + side + axis - inner.Y) - m
		g.ActView = Rect{inner.X + inner.W - col, g.Plane.Y + side + axis, col, math.Max(0, rest*0.6)}
		g.Chart = Rect{g.ActView.X, g.ActView.Y + g.ActView.H + m, col, math.Max(0, rest*0.4-m)}
		g.Net = Rect{inner.X, inner.Y, inner.W - col - 2*m, inner.H}
		if g.Net.W < minNet*scale || side < minPlane*scale || g.Chart.H < minChartBeside*scale {
			g.tab(inner)
		}
	} else {
		netH := inner.H * 0.56
		g.Net = Rect{inner.X, inner.Y, inner.W, netH}
		below := inner.H - netH - m
		side := math.Max(0, math.Min(below-title-axis, inner.W*0.42))
		g.Plane = Rect{inner.X + 30*scale, inner.Y + netH + m + title, side, side}
		right := g.Plane.X + side + m
		g.ActView = Rect{right, inner.Y + netH + m, inner.X + inner.W - right, side + title + axis}
		bottom := g.Plane.Y + side + axis
		g.Chart = Rect{inner.X, bottom, inner.W, math.Max(0, inner.Y+inner.H-bottom)}
		if g.Chart.H < minChart*scale {
			g.tab(inner)
		}
	}
	// The band of + and − goes where it would leave the network too short for its titles
	// and units (a phone on its side; the panel has the same controls).
	if fed != nil && g.Net.H-controlsBand*scale >= minNetH*scale {
		g.Controls = Rect{X: g.Net.X, Y: g.Net.Y, W: g.Net.W, H: controlsBand * scale}
		g.Net.Y, g.Net.H = g.Net.Y+g.Controls.H, math.Max(0, g.Net.H-g.Controls.H)
	}
	g.Nodes, g.Bars, g.Chips = placeNodes(sizes, fed, g.Net, scale)
	return g
}

// tab lays the canvas out as tabs: a row of them at the top of inner, and every view
// in the whole area under it.
func (g *Geometry) tab(inner Rect) {
	sc := g.Scale
	g.Tabbed = true
	shown := 0
	for _, hidden := range g.Hidden {
		if !hidden {
			shown++
		}
	}
	h, w := 30*sc, inner.W/float64(max(shown, 1))
	x := inner.X
	for p := range g.Tabs {
		if !g.Hidden[p] {
			g.Tabs[p] = Rect{x, inner.Y, w, h}
			x += w
		}
	}
	view := Rect{inner.X, inner.Y + h + 10*sc, inner.W, inner.H - h - 10*sc}
	g.Net, g.ActView, g.Chart, g.Lesson = view, view, view, view
	// The plane keeps a band above it for its title, one to its left for the x2 axis's
	// label and one below for its axis, the input point and the legend.
	side := math.Max(0, math.Min(view.W-60*sc, view.H-22*sc-48*sc))
	g.Plane = Rect{view.X + (view.W-side)/2, view.Y + 22*sc, side, side}
}

// placeNodes spreads the levels over net's width and centres each level's units, the
// column always within net. Above the units stays a band for the column titles, under
// each unit a band for its two lines of numbers (or one), and at the bottom a band for
// the gradient bars, whose height it returns. In a small window the bands shrink, and
// the numbers' band goes before the units get too small to see. With fed, the input
// column holds every feature in Playground's order: a unit for each fed one, and a chip
// for each other, whose places it returns (placeInputs).
// inputNameRoom is the room, in CSS pixels, the input column keeps beside its units for
// the names of the features.
const inputNameRoom = 34

func placeNodes(sizes []int, fed []bool, net Rect, scale float64) (nodes [][]Rect, bars float64,
	chips []Rect) {
	most := 1
	for _, n := range sizes {
		most = max(most, n)
	}
	title, bars := 50*scale, 46*scale
	if net.H < 360*scale {
		title, bars = 40*scale, 30*scale
	}
	usable := net.H - title - bars
	per := usable / float64(most)
	if off := len(fed) - sizes[0]; off > 0 { // the chips take their room first
		per = math.Min(per, (usable-float64(off)*chipPitch*scale)/float64(sizes[0]))
	}
	// The input column keeps room beside its units for the features' names ("x1·x2"):
	// the other columns share what is left, narrower when they are many.
	n, lead := 64*scale, 0.0
	if len(sizes) > 1 {
		lead = math.Min(inputNameRoom*scale, net.W*0.1)
		n = math.Min(n, (net.W-lead)/(float64(len(sizes))*1.9))
	}
	// Under each unit a band for its two lines of numbers, or one; when not even one
	// fits, the units shrink for it down to 18 pixels, then the band goes.
	line := 14 * scale
	numbers := math.Min(30*scale, per-n)
	if numbers < line {
		if per-line >= 18*scale {
			n, numbers = per-line, line
		} else {
			n, numbers = math.Min(n, per*0.8), 0
		}
	}
	n = math.Max(n, 10*scale)
	step := math.Max(n+numbers, per*0.98)
	if numbers == 0 {
		step = math.Max(n*1.25, math.Min(per, n*1.6))
	}
	s := math.Min(step, n+numbers+12*scale) // from one unit's top to the next's
	if numbers == 0 {
		s = step
	}
	nodes = make([][]Rect, len(sizes))
	for l, count := range sizes {
		x := net.X
		if l > 0 {
			x += lead + (net.W-lead-n)*float64(l)/float64(len(sizes)-1)
		}
		top := net.Y + title + (usable-float64(count)*s+s-n-numbers)/2
		nodes[l] = make([]Rect, count)
		for i := range nodes[l] {
			nodes[l][i] = Rect{x, top + float64(i)*s, n, n}
		}
	}
	if fed != nil {
		room := net.W
		if len(sizes) > 1 {
			room = lead + (net.W-lead-n)/float64(len(sizes)-1)
		}
		chips = placeInputs(nodes[0], fed, net.Y+title, usable, s, n+numbers, room, scale)
		if len(sizes) > 1 {
			keepOffEdges(chips, nodes[0], nodes[1], net.X-12*scale, scale)
		}
	}
	return nodes, bars, chips
}

// Pitch returns the distance between neighbouring columns of units, but for the input
// column, which keeps room for the features' names.
func (g Geometry) Pitch() float64 {
	if len(g.Nodes) < 2 || len(g.Nodes[0]) == 0 || len(g.Nodes[1]) == 0 {
		return g.Net.W
	}
	last := len(g.Nodes) - 1 // the input column is wider than the rest: it names features
	if last > 1 && len(g.Nodes[last]) > 0 {
		return g.Nodes[last][0].X - g.Nodes[last-1][0].X
	}
	return g.Nodes[1][0].X - g.Nodes[0][0].X
}

// UnitAt returns the unit whose square holds (x, y).
func (g Geometry) UnitAt(x, y float64) (Unit, bool) {
	for l, level := range g.Nodes {
		for i, r := range level {
			if r.Contains(x, y) {
				return Unit{l, i}, true
			}
		}
	}
	return Unit{}, false
}

// PlaneAt returns the input point (x1, x2) under canvas point (x, y).
func (g Geometry) PlaneAt(x, y float64) (x1, x2 float64, ok bool) {
	if !g.Plane.Contains(x, y) {
		return 0, 0, false
	}
	x1 = -InputLimit + 2*InputLimit*(x-g.Plane.X)/g.Plane.W
	x2 = InputLimit - 2*InputLimit*(y-g.Plane.Y)/g.Plane.H
	return clamp(x1, -InputLimit, InputLimit), clamp(x2, -InputLimit, InputLimit), true
}

// PlanePoint returns where input point (x1, x2) lies on the canvas.
func (g Geometry) PlanePoint(x1, x2 float64) (x, y float64) { return g.Plane.InputPoint(x1, x2) }

// InputPoint returns where input point (x1, x2) lies on r taken as the input plane
// [-6, 6]^2, x1 to the right and x2 up: the big plane or a unit's picture.
func (r Rect) InputPoint(x1, x2 float64) (x, y float64) {
	return r.X + (x1+InputLimit)/(2*InputLimit)*r.W, r.Y + (InputLimit-x2)/(2*InputLimit)*r.H
}

// FreeArea returns the part of a canvas of size w x h that the side panel at p leaves
// free: the panel floats on the right or the left of a wide window and at the bottom
// of a narrow one. All figures are in one unit (the page's CSS pixels).
func FreeArea(w, h float64, p Rect) Rect {
	area := Rect{W: w, H: h}
	switch {
	case p.W > 0 && p.X > w/3: // panel on the right
		area.W = p.X
	case p.W > 0 && p.Y > h/3: // panel at the bottom
		area.H = p.Y
	case p.W > 0 && p.X+p.W < w*2/3: // panel on the left
		area.X, area.W = p.X+p.W, w-(p.X+p.W)
	}
	return area
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }
