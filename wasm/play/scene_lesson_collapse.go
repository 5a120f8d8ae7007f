package play

import (
	"image/color"
	"math"
	"strconv"

	"nnplay/core"
	"nnplay/wasm/play/sheet"
)

// Lesson 2's board. Parts 1 and 2: the block of two Linear(1, 1) drawn as x -> h -> y
// beside the one layer x -> y it equals, the algebra with the page's numbers, and both
// functions on one chart. Part 3: the one Linear(2, 1) the 2-4-2-1 network folds into,
// W_eff and b_eff, and its output over the plane.

func (s *Scene) collapseBoard(m *Session) {
	c := collapseOf(m)
	if m.Lesson.Part == 2 {
		s.collapsePlane(m, c)
		return
	}
	sc, r := s.Geo.Scale, s.Geo.Lesson
	small := s.Fonts.Face(Small)
	lh := small.LineHeight
	l1, l2 := m.Net.Layers[0].Linear, m.Net.Layers[1].Linear
	w1, w2, w := l1.Weight[0][0], l2.Weight[0][0], c.One.Weight[0][0]
	// Once an activation stands between the layers, the block is no longer one layer:
	// the one drawn under it is the product W2·W1 alone, without f.
	linear := c.Layers == 1
	if linear {
		s.write(Normal, prioTitle, Ink, r.X, r.Y, alignLeft, Say(CollapseBoardTitle),
			Say(CollapseBoardTitleShort))
	} else {
		s.write(Normal, prioTitle, Ink, r.X, r.Y, alignLeft,
			Say(CollapseBoardTitleAct, between(m).Label()), Say(CollapseBoardTitleActShort))
	}
	oneWords, oneEdge := Say(CollapseOneLayer), "W = "+Num(w)
	if !linear {
		oneWords, oneEdge = Say(CollapseWithoutF), Say(CollapseProduct, Num(w))
	}
	// The two networks, one over the other.
	rad := 13 * sc
	x0 := r.X + 24*sc
	width := math.Min(r.W-48*sc, 440*sc)
	y0 := r.Y + s.boardTitle() + 2*lh + rad
	y1 := y0 + 2*rad + 3*lh
	act := m.Net.Layers[0].Activation()
	bias := func(l *core.Linear, name string) string {
		if !l.HasBias() {
			return ""
		}
		return name + " = " + Num(l.Bias[0])
	}
	s.edge(x0, y0, x0+width/2, y0, rad, w1, "W1 = "+Num(w1))
	s.edge(x0+width/2, y0, x0+width, y0, rad, w2, "W2 = "+Num(w2))
	s.node(x0, y0, rad, "x")
	s.node(x0+width/2, y0, rad, "h")
	s.node(x0+width, y0, rad, "y")
	under := y0 + rad + 2*sc
	if l1.HasBias() {
		s.write(Small, prioReadout, SoftInk, x0+width/2, under, alignCenter, bias(l1, "b1"))
		under += lh
	}
	if _, id := act.(core.Identity); !id {
		s.write(Small, prioFocus, Ink, x0+width/2, under, alignCenter, act.Label())
	}
	s.write(Small, prioReadout, SoftInk, x0+width, y0+rad+2*sc, alignCenter, bias(l2, "b2"))
	s.write(Small, prioReadout, SoftInk, x0, y0-rad-lh-2*sc-lh, alignLeft, Say(CollapseTwoLayers))
	s.edge(x0, y1, x0+width, y1, rad, w, oneEdge)
	s.node(x0, y1, rad, "x")
	s.node(x0+width, y1, rad, "y")
	s.write(Small, prioReadout, SoftInk, x0+width, y1+rad+2*sc, alignCenter, bias(c.One, "b"))
	s.write(Small, prioReadout, SoftInk, x0, y1-rad-lh-2*sc-lh, alignLeft, oneWords)
	// The algebra, with the page's numbers.
	y := y1 + rad + 2*lh + 4*sc
	lines := s.collapseLines(m, c)
	nlh := s.Fonts.Face(Normal).LineHeight
	for _, l := range lines {
		s.write(Normal, prioFocus, Ink, r.X, y, alignLeft, l...)
		y += nlh + 2*sc
	}
	// Both functions of x on one chart, its axes fixed at Playground's [-6, 6] each way,
	// so that the line's slope is W: fitted to the line, every slope would look alike.
	legend := lh + 6*sc
	plot := Rect{X: r.X + 44*sc, Y: y + 8*sc, W: r.W - 52*sc, H: r.Y + r.H - y - 8*sc - lh - legend}
	if plot.H < 40*sc || plot.W < 80*sc {
		return
	}
	in, out := make([]float64, 1), make([]float64, 1)
	tr := core.NewTrace(m.Net)
	net := func(x float64) float64 { in[0] = x; return m.Net.Forward(tr, in)[0] }
	one := func(x float64) float64 { in[0] = x; return c.One.Forward(in, out)[0] }
	p := plotArea{Rect: plot, X0: -InputLimit, X1: InputLimit, Y0: -InputLimit,
		Y1: InputLimit}
	s.axes(p)
	s.graph(p, 960, 0, 2.4, FunctionInk, p.within(net))
	s.dashedLine(p, one(p.X0), one(p.X1), DerivativeInk)
	lx := s.legendLine(plot.X+plot.W*0.2, plot.Y+plot.H+2*sc, FunctionInk, false,
		Say(CollapseTwoLayers))
	s.legendLine(lx, plot.Y+plot.H+2*sc, DerivativeInk, true, oneWords)
}

// collapseLines are the algebra under the networks, each line in its forms: the
// collapse with the page's numbers while the block is linear; once an activation stands
// between the layers, the function it computes and that the collapse does not hold.
func (s *Scene) collapseLines(m *Session, c Collapsed) [][]string {
	l1, l2 := m.Net.Layers[0].Linear, m.Net.Layers[1].Linear
	w1, w2, w := l1.Weight[0][0], l2.Weight[0][0], Num(c.One.Weight[0][0])
	var lines [][]string
	switch {
	case c.Layers > 1:
		f := between(m).Label()
		algebra := Say(CollapseAlgebraAct, f, Num(w2), Num(w1))
		if l1.HasBias() {
			algebra = Say(CollapseAlgebraActBias, f)
		}
		lines = append(lines, []string{algebra, Say(CollapseAlgebraActShort)},
			[]string{Say(CollapseNotLinear), Say(CollapseNotLinearShort)})
	case l1.HasBias():
		b := c.One.Bias[0]
		lines = append(lines,
			[]string{Say(CollapseAlgebraBias, w, signed(Num(b))), Say(CollapseAlgebraBiasShort, w,
				signed(Num(b)))},
			[]string{Say(CollapseWeight, Num(w2), factor(w1), w)},
			[]string{Say(CollapseBias, Num(w2), factor(l1.Bias[0]), signed(Num(l2.Bias[0])), Num(b))})
	default:
		lines = append(lines,
			[]string{Say(CollapseAlgebra, Num(w2), Num(w1), w), Say(CollapseAlgebraShort, w)},
			[]string{Say(CollapseWeight, Num(w2), factor(w1), w)})
	}
	return append(lines, s.gapLine(m, c))
}

// between returns the first activation other than the identity between m's layers, or
// the identity when there is none.
func between(m *Session) core.Activation {
	for _, l := range m.Net.Layers[:len(m.Net.Layers)-1] {
		if _, id := l.Activation().(core.Identity); !id {
			return l.Activation()
		}
	}
	return core.Identity{}
}

// gapLine says whether the network is its one layer: Collapse folds it into one, or an
// activation stands between the layers and the two differ by Gap.
func (s *Scene) gapLine(m *Session, c Collapsed) []string {
	if c.Layers == 1 {
		return []string{Say(CollapseSame, strconv.Itoa(len(m.Net.Layers))), Say(CollapseSameShort)}
	}
	return []string{Say(CollapseGap, between(m).Label(), strconv.Itoa(c.Layers), Num(c.Gap)),
		Say(CollapseGapShort, Num(c.Gap))}
}

// edge draws a small network's edge between two nodes of radius rad, coloured and
// sized by its weight w, with text above its middle.
func (s *Scene) edge(x0, y0, x1, y1, rad, w float64, text string) {
	sc := s.Geo.Scale
	s.Sketch.Lines = append(s.Sketch.Lines, Line{X0: x0 + rad, Y0: y0, X1: x1 - rad, Y1: y1,
		Width: EdgeWidth(w) * sc, Color: EdgeColor(w)})
	lh := s.Fonts.Face(Small).LineHeight
	s.write(Small, prioFocus, Ink, (x0+x1)/2, (y0+y1)/2-lh-5*sc, alignCenter, text)
}

// collapsePlane is part 3's board: W_eff and b_eff of the one layer, drawn as a network
// of one unit whose picture is its output over the plane.
func (s *Scene) collapsePlane(m *Session, c Collapsed) {
	sc, r := s.Geo.Scale, s.Geo.Lesson
	lh := s.Fonts.Face(Small).LineHeight
	one := c.One
	n := strconv.Itoa(len(m.Net.Layers))
	s.write(Normal, prioTitle, Ink, r.X, r.Y, alignLeft, Say(CollapsePlaneTitle, n),
		Say(CollapsePlaneTitleShort, n))
	y := r.Y + s.boardTitle()
	a, b := Num(one.Weight[0][0]), Num(one.Weight[0][1])
	bias := "0"
	if one.HasBias() {
		bias = Num(one.Bias[0])
	}
	for _, l := range [][]string{{Say(CollapseWEff, a, b), Say(CollapseWEffShort, a, b)},
		{Say(CollapseBEff, bias)}, s.gapLine(m, c)} {
		s.write(Small, prioFocus, Ink, r.X, y, alignLeft, l...)
		y += lh
	}
	// One Linear(2, 1): x1 and x2 on the left, its unit on the right, its picture the
	// one layer's output over the plane.
	side := math.Min(r.H-(y-r.Y)-3*lh, math.Min(r.W*0.4, 120*sc))
	if side < 30*sc {
		return
	}
	y += lh
	unit := Rect{X: r.X + r.W*0.55, Y: y, W: side, H: side}
	rad := 11 * sc
	for k, name := range []string{"x1", "x2"} {
		ny := unit.Y + side*(0.25+0.5*float64(k))
		w := one.Weight[0][k]
		s.edge(r.X+30*sc, ny, unit.X+rad, unit.Y+side/2, rad, w, Num(w))
		s.node(r.X+30*sc, ny, rad, name)
	}
	// Folded, the one layer is the network, to the last bit the gap measures: its
	// output over the plane is the plane's picture. Otherwise there is no one layer.
	if c.Layers == 1 {
		s.Sketch.Output = unit
	} else {
		s.Sketch.Boxes = append(s.Sketch.Boxes, Box{Rect: unit, Color: sheet.Neutral})
		s.write(Small, prioReadout, SoftInk, unit.X+side/2, unit.Y+side/2-lh/2, alignCenter,
			Say(CollapseNoOne), "≠").ownedBy(ownBoard)
	}
	s.Sketch.Frames = append(s.Sketch.Frames, Stroke{Rect: unit, Width: sc, Color: Ink})
	s.block(unit, ownBoard)
	s.write(Small, prioReadout, SoftInk, unit.X+side/2, unit.Y+side+2*sc, alignCenter,
		Say(CollapseOneUnit), "Linear(2, 1)")
}

// dashedLine draws the straight line from (p.X0, ya) to (p.X1, yb), clipped to the plot,
// dashed along its length: sampled along x, a steep line's dashes would stretch.
func (s *Scene) dashedLine(p plotArea, ya, yb float64, c color.RGBA) {
	xa, xb := p.X0, p.X1
	if ya != yb { // clip where the line leaves the plot's y range
		at := func(y float64) float64 { return xa + (y-ya)/(yb-ya)*(xb-xa) }
		lo, hi := at(p.Y0), at(p.Y1)
		xa, xb = math.Max(xa, math.Min(lo, hi)), math.Min(xb, math.Max(lo, hi))
	}
	if xa >= xb || math.Min(ya, yb) > p.Y1 || math.Max(ya, yb) < p.Y0 {
		return
	}
	y := func(x float64) float64 { return ya + (x-p.X0)/(p.X1-p.X0)*(yb-ya) }
	x0, y0, x1, y1 := p.X(xa), p.Y(y(xa)), p.X(xb), p.Y(y(xb))
	sc, n := s.Geo.Scale, math.Hypot(x1-x0, y1-y0)
	// One path of dashes, drawn after the curves drawn before it: over a curve it equals,
	// it still shows.
	path := s.Sketch.path(2.4*sc, c)
	for d := 0.0; d < n; d += 14 * sc {
		t0, t1 := d/n, math.Min(d+8*sc, n)/n
		path.Points = append(path.Points,
			PathPoint{X: x0 + (x1-x0)*t0, Y: y0 + (y1-y0)*t0, Move: true},
			PathPoint{X: x0 + (x1-x0)*t1, Y: y0 + (y1-y0)*t1})
	}
}
