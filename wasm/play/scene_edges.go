package play

import (
	"image/color"
	"math"
	"strings"

	"nnplay/core"
)

// Edge is the edge from input In of Linear layer Layer to its unit Unit.
type Edge struct {
	Layer, Unit, In int
	// Value is what the edge encodes (see EdgeMode): the weight as shown, or dL/dW.
	Value float64
	Line
}

// edges lays out every edge in mode, from its input's frame to its unit's (edgeBetween).
func (s *Scene) edges(m *Session, st stepState, mode EdgeMode) {
	geo, sc := s.Geo, s.Geo.Scale
	top := gradTop(m, st, mode)
	for l, layer := range m.Net.Layers {
		for i, row := range layer.Linear.Weight {
			to := unitFrame(m, Unit{Level: l + 1, Index: i}, geo.Nodes[l+1][i], sc)
			for j := range row {
				from := unitFrame(m, Unit{Level: l, Index: j}, geo.Nodes[l][j], sc)
				width, value, c := s.edgeStyle(m, st, mode, l, i, j, top)
				s.Edges = append(s.Edges, Edge{Layer: l, Unit: i, In: j, Value: value,
					Line: edgeBetween(from, to, width*sc, c)})
			}
		}
	}
}

// edgeOf returns the edge from input j of layer l to its unit i.
func (s *Scene) edgeOf(m *Session, l, i, j int) Edge {
	k := 0
	for q := range l {
		k += m.Layer(q).Linear.In * m.Layer(q).Linear.Out
	}
	return s.Edges[k+i*m.Layer(l).Linear.In+j]
}

// ownEdgeSpots leaves t, the label of the edge from input j of layer l to its unit i,
// only the spots nearer that edge than any other of the unit's labelled ones (inputs
// by), at both its first line and the middle of its tallest form: at 844x390 the second
// input's move, off its edge, stood on the first input's edge and read as its.
func (s *Scene) ownEdgeSpots(m *Session, t *text, l, i, j int, by []int) {
	lh := s.Fonts.Face(t.size).LineHeight
	lines := 1
	for _, f := range s.formsOf(t) {
		lines = max(lines, strings.Count(f, "\n")+1)
	}
	nearest := func(x, y float64) bool {
		own := s.edgeAxis(l, i, j).distance(x, y)
		for _, k := range by {
			if k != j && s.edgeAxis(l, i, k).distance(x, y) < own {
				return false
			}
		}
		return true
	}
	spots := s.spotPool[t.spots[0]:t.spots[1]]
	kept := spots[:0]
	for _, p := range spots {
		if nearest(p.x, p.y+lh/2) && nearest(p.x, p.y+float64(lines)*lh/2) {
			kept = append(kept, p)
		}
	}
	t.spots[1] = t.spots[0] + len(kept)
}

// edgeAxis is the line from the middle of the right side of input j of layer l's
// picture to the middle of the left side of its unit i's, along which edgeLabel places
// the edge's label.
func (s *Scene) edgeAxis(l, i, j int) Line {
	from, to := s.Geo.Nodes[l][j], s.Geo.Nodes[l+1][i]
	return Line{X0: from.X + from.W, Y0: from.Y + from.H/2, X1: to.X, Y1: to.Y + to.H/2}
}

// distance returns how far (x, y) lies from the segment l.
func (l Line) distance(x, y float64) float64 {
	dx, dy := l.X1-l.X0, l.Y1-l.Y0
	k := 0.0
	if n := dx*dx + dy*dy; n > 0 {
		k = math.Max(0, math.Min(1, ((x-l.X0)*dx+(y-l.Y0)*dy)/n))
	}
	return math.Hypot(x-l.X0-k*dx, y-l.Y0-k*dy)
}

// unitFrame is the outline of unit u, whose picture is r: a dark ring when it is
// selected, a hairline otherwise. sc is the canvas's scale.
func unitFrame(m *Session, u Unit, r Rect, sc float64) Stroke {
	if u.Level > 0 && u == m.Selected {
		return Stroke{Rect: Rect{X: r.X - 2*sc, Y: r.Y - 2*sc, W: r.W + 4*sc, H: r.H + 4*sc},
			Width: 3 * sc, Color: SelectRing}
	}
	return Stroke{Rect: r, Width: sc, Color: Hairline}
}

// edgeBetween is the stroke of width w (canvas pixels) from the middle of frame from's
// right side to the middle of frame to's left side, each end drawn back so that nothing
// it paints, its butt ends' corners and its feathered band (ShadedLine) included, passes
// a frame's outer side: its corners meet the frames. Drawn to the pictures, a weight of
// 1000 covered the selected unit's ring by 2 pixels, as edges are drawn over the units.
func edgeBetween(from, to Stroke, w float64, c color.RGBA) Line {
	l := Line{X0: from.X + from.W + from.Width/2, Y0: from.Y + from.H/2,
		X1: to.X - to.Width/2, Y1: to.Y + to.H/2, Width: w, Color: c}
	dx, dy := l.X1-l.X0, l.Y1-l.Y0
	n := math.Hypot(dx, dy)
	if !(dx > 0) || !(n < maxCoord) {
		return l
	}
	half, _ := thin(w)
	// Drawn back by t, an end's outermost point, half a pixel beyond its corner, moves
	// by t·dx/n along x and lies (half+0.5)·|dy|/n + 0.5·dx/n behind the end's middle.
	t := min(0.5+(half+0.5)*math.Abs(dy)/dx, 0.45*n)
	ux, uy := dx/n*t, dy/n*t
	l.X0, l.Y0, l.X1, l.Y1 = l.X0+ux, l.Y0+uy, l.X1-ux, l.Y1-uy
	return l
}

// edgeStyle returns the width (CSS pixels), value and colour of the edge from unit j of
// level l to unit i of level l+1; top is the largest gradient shown.
func (s *Scene) edgeStyle(m *Session, st stepState, mode EdgeMode, l, i, j int,
	top float64) (float64, float64, color.RGBA) {
	switch mode {
	case EdgesGradient:
		gr := m.Diag.Layers[l].WeightGrad[i*m.Layer(l).Linear.In+j]
		return 0.5 + 6*math.Abs(gr)/top, gr, EdgeColor(gr / top)
	case EdgesStepGrad:
		if st.backwardDone(l) {
			gr := st.rec.Trace.Layers[l].WeightGrad(i, j)
			return 0.5 + 6*math.Abs(gr)/top, gr, EdgeColor(gr / top)
		}
	}
	w := s.weight(m, st, l, i, j)
	return EdgeWidth(w), w, EdgeColor(w)
}

// gradTop is the largest |dL/dW| the edges show, for scaling their widths; 1 when
// there is none.
func gradTop(m *Session, st stepState, mode EdgeMode) float64 {
	top := 0.0
	switch mode {
	case EdgesGradient:
		for _, l := range m.Diag.Layers {
			top = math.Max(top, maxAbs(l.WeightGrad))
		}
	case EdgesStepGrad:
		for _, lt := range st.rec.Trace.Layers {
			for i := range lt.DZ {
				for j := range lt.Input {
					top = math.Max(top, math.Abs(lt.WeightGrad(i, j)))
				}
			}
		}
	}
	if !(top > 0) || !core.IsFinite(top) {
		return 1
	}
	return top
}

// maxAbs returns the largest |x| in v, 0 for none.
func maxAbs(v []float64) float64 {
	top := 0.0
	for _, x := range v {
		top = math.Max(top, math.Abs(x))
	}
	return top
}

// edgeWords are an edge label's forms for what it shows (edgeLabel): in full, in two
// lines (a move, for a hovered edge) and brief.
type edgeWords struct {
	kind                edgeShown
	a, b                float64
	dg                  moveDigits // a move's decimals
	lang                Lang
	full, folded, brief string
}

// maxEdgeWords is how many edges' words the scene keeps: the selected unit's labels and
// the hovered edge's.
const maxEdgeWords = 2 * (maxEdgeLabels + 1)

// edgeWordsFor returns the words of a label that shows kind with values a and b
// (edgeShows), made again only when they change: while Play trains fast the scene is
// built every frame, and the gradients on the edges change only with the worker's
// frames ("dL/dw 0.012" cost Net B's scene 6 allocations a frame).
func (s *Scene) edgeWordsFor(kind edgeShown, a, b float64, dg moveDigits) *edgeWords {
	lang := Language()
	for k := range s.edgeWords {
		if w := &s.edgeWords[k]; w.kind == kind && w.a == a && w.b == b && w.lang == lang &&
			w.dg == dg {
			return w
		}
	}
	// The brief form keeps the name, with the number in one significant figure where Num
	// writes an exponent: a bare "-6.9e-07" beside Net A's "dL/dw -4.3e-06" said nothing
	// of what it was (look8), and paused labels read "w 0.09".
	name := WeightLabel
	if kind == showsGrad {
		name = WeightGradLabel
	}
	w := edgeWords{kind: kind, a: a, b: b, dg: dg, lang: lang, full: Say(name, Num(a)),
		brief: Say(name, tightNum(Num(a)))}
	if kind == showsMove {
		w.full, w.folded, w.brief = moveForms(a, b, dg)
	}
	if len(s.edgeWords) < maxEdgeWords {
		s.edgeWords = append(s.edgeWords, w)
		return &s.edgeWords[len(s.edgeWords)-1]
	}
	k := s.edgeWordsNext
	s.edgeWordsNext = (k + 1) % maxEdgeWords
	s.edgeWords[k] = w
	return &s.edgeWords[k]
}
