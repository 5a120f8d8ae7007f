package play

// The pointer on a lesson's board: in lesson 1 a press on a cell of the matrix picks it
// and resting on one shows its value; in lesson 3 a press on the plot puts z there and
// a drag moves it along the axis.

// lessonEvent carries out a pointer event on the open lesson's board and reports
// whether the board took it; the rest of the canvas handles the events it leaves.
func (p *Pointer) lessonEvent(kind string, m *Session, g Geometry, x, y float64) (Command,
	bool) {
	if m.Lesson == nil || m.Lesson.def().pointer == nil || !g.Shows(PaneLesson, m.Pane) {
		return nil, false
	}
	return m.Lesson.def().pointer(p, kind, m, g, x, y)
}

// linearPointer picks and hovers the cells of lesson 1's matrix.
func linearPointer(_ *Pointer, kind string, m *Session, g Geometry, x, y float64) (Command,
	bool) {
	l := m.Lesson.Linear
	mg := matrixLayout(g.Lesson, g.Scale, boardTitleHeight(g.Scale), l.Layer.HasBias())
	c, on := mg.at(x, y, l.Layer.HasBias())
	switch kind {
	case "pointerdown":
		if !on {
			return nil, false
		}
		row := c.Row
		if c.Kind == CellX {
			row = l.Row
		}
		return PickCell{Row: row, Col: c.Col}, true
	case "pointermove":
		if c != l.Hover {
			return HoverCell{Cell: c}, true
		}
		return nil, on
	}
	return nil, false
}

// curvePointer puts z where the pointer presses on lesson 3's plot and moves it while
// the pointer drags, held within the plot.
func (p *Pointer) curvePointer(kind string, m *Session, g Geometry, x, y float64) (Command,
	bool) {
	c := m.Lesson.Curve
	plot := curvePlot(g.Lesson, g.Scale, boardTitleHeight(g.Scale), smallLineHeight(g.Scale))
	lo, hi := c.Act.Range()
	area := plotArea{Rect: plot, X0: lo, X1: hi}
	switch kind {
	case "pointerdown":
		if !plot.Contains(x, y) {
			return nil, false
		}
		p.lessonDrag = true
	case "pointermove":
		if !p.lessonDrag {
			return nil, false
		}
	default:
		was := p.lessonDrag
		p.lessonDrag = false
		return nil, was
	}
	return SetCurveZ{Z: area.XAt(x)}, true
}
