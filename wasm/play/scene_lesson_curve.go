package play

import "nnplay/core"

// Lesson 3's board: the activation large, f solid and f' dashed over its range, its
// flat and dead regions shaded, the learner's z marked on both curves, with PyTorch's
// class, the formula and the readout above.

// curvePlot is where lesson 3's plot goes in board r, with the text above it and the
// legend below: the pointer drags z on it.
func curvePlot(r Rect, sc, title, lh float64) Rect {
	top := r.Y + title + 2*lh + title + 4*sc
	return Rect{X: r.X + 44*sc, Y: top, W: r.W - 52*sc, H: r.Y + r.H - top - 2*lh - 4*sc}
}

func (s *Scene) curveBoard(c *curveLesson) {
	sc, r := s.Geo.Scale, s.Geo.Lesson
	lh := s.Fonts.Face(Small).LineHeight
	act := c.Act
	s.write(Normal, prioTitle, Ink, r.X, r.Y, alignLeft, "nn."+act.String())
	y := r.Y + s.boardTitle()
	s.write(Small, prioFocus, Ink, r.X, y, alignLeft, Say(CurveFormula, act.Formula()))
	note := Say(CurveNoteIdentity)
	if n, ok := curveNotes[act.Name()]; ok {
		note = Say(n)
	}
	s.write(Small, prioReadout, SoftInk, r.X, y+lh, alignLeft, note)
	z, fz, dfz := c.Z, act.Forward(c.Z), act.Derivative(c.Z)
	plot := curvePlot(r, sc, s.boardTitle(), smallLineHeight(sc))
	if plot.W < 60*sc || plot.H < 40*sc {
		return
	}
	lo, hi := act.Range()
	var ys []float64
	for k := 0; k <= 200; k++ {
		x := lo + (hi-lo)*float64(k)/200
		ys = append(ys, act.Forward(x), act.Derivative(x))
	}
	p := plotArea{Rect: plot, X0: lo, X1: hi}
	p.fit(append(ys, 0)...)
	for _, sp := range core.Spans(act, lo, hi, actSamples+1) {
		if col, ok := RegionShade(sp.Region); ok {
			x0, x1 := p.X(sp.From), p.X(sp.To)
			s.Sketch.Boxes = append(s.Sketch.Boxes, Box{Rect: Rect{X: x0, Y: plot.Y, W: x1 - x0,
				H: plot.H}, Color: col})
		}
	}
	s.axes(p)
	s.graph(p, actSamples, 0, 2.6, FunctionInk, act.Forward)
	s.graph(p, actSamples, 6, 2.6, DerivativeInk, act.Derivative)
	k := &s.Sketch
	k.Lines = append(k.Lines, Line{X0: p.X(z), Y0: plot.Y, X1: p.X(z), Y1: plot.Y + plot.H,
		Width: 1.4 * sc, Color: Ink})
	k.Dots = append(k.Dots, Dot{X: p.X(z), Y: p.Y(fz), R: 5 * sc, Color: FunctionInk},
		Dot{X: p.X(z), Y: p.Y(dfz), R: 5 * sc, Color: DerivativeInk})
	region := Say(regionNames[core.RegionOf(act, z)])
	s.write(Normal, prioFocus, Ink, plot.X, plot.Y-s.Fonts.Face(Normal).LineHeight-4*sc, alignLeft,
		Say(ActivationReadout, Num(z), Num(fz), Num(dfz), region),
		Say(ActivationReadoutShort, Num(z), Num(fz), Num(dfz)))
	by := plot.Y + plot.H + lh + 4*sc
	lx := s.legendLine(plot.X, by, FunctionInk, false, Say(FunctionLegend))
	lx = s.legendLine(lx, by, DerivativeInk, true, Say(DerivativeLegend))
	s.write(Small, prioLegend, SoftInk, lx, by, alignLeft, Say(CurveDragHint))
}
