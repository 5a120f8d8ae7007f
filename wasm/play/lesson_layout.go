package play

import "math"

// lessonLayout places a lesson's views in area. A lesson that shows one view gives it
// the whole area. Otherwise, as in free play, the network takes the left and the other
// views a column on the right, top to bottom, in a wide area; in a narrow or short one
// every view is a tab.
func lessonLayout(sizes []int, area Rect, scale float64, v lessonViews) Geometry {
	g := Geometry{Scale: scale, Area: area}
	for p := range g.Hidden {
		g.Hidden[p] = true
	}
	g.Hidden[PaneNetwork] = !v.network
	for _, p := range v.column {
		g.Hidden[p] = false
	}
	gap := 16 * scale
	inner := area.Inset(gap)
	g.Nodes = make([][]Rect, len(sizes))
	switch {
	case !v.network && len(v.column) == 1:
		g.place(v.column[0], inner)
		return g
	case inner.W < inner.H*0.9 || inner.H < 420*scale:
		g.tab(inner)
	default:
		col := clamp(inner.W*0.42, 240*scale, 520*scale)
		g.Net = Rect{inner.X, inner.Y, inner.W - col - 2*gap, inner.H}
		g.column(v.column, Rect{inner.X + inner.W - col, inner.Y, col, inner.H}, gap)
	}
	if v.network {
		g.Nodes, g.Bars, _ = placeNodes(sizes, nil, g.Net, scale)
	}
	return g
}

// place gives view p the rectangle r; the plane keeps a band above it for its title and
// below for its axis and legend.
func (g *Geometry) place(p Pane, r Rect) {
	sc := g.Scale
	switch p {
	case PanePlane:
		side := math.Max(0, math.Min(r.W-60*sc, r.H-22*sc-48*sc))
		g.Plane = Rect{r.X + (r.W-side)/2, r.Y + 22*sc, side, side}
	case PaneActivation:
		g.ActView = r
	case PaneChart:
		g.Chart = r
	case PaneLesson:
		g.Lesson = r
	}
}

// column stacks views in r, top to bottom: the plane square as wide as the column
// allows within its share of the height, the others sharing the rest by their weights
// (the board most).
func (g *Geometry) column(views []Pane, r Rect, gap float64) {
	sc := g.Scale
	title, axis := 22*sc, 30*sc
	weights := map[Pane]float64{PaneActivation: 1, PaneChart: 0.8, PaneLesson: 1.4}
	total, y := 0.0, r.Y
	rest := r.H - gap*float64(len(views)-1)
	for _, p := range views {
		if p == PanePlane {
			share := 0.5
			if len(views) > 2 {
				share = 0.4
			}
			side := math.Max(0, math.Min(r.W, r.H*share-title-axis))
			g.Plane = Rect{r.X + (r.W-side)/2, y + title, side, side}
			y += title + side + axis + gap
			rest -= title + side + axis
			continue
		}
		total += weights[p]
	}
	for _, p := range views {
		if p == PanePlane {
			continue
		}
		h := math.Max(0, rest*weights[p]/total)
		g.place(p, Rect{r.X, y, r.W, h})
		y += h + gap
	}
}
