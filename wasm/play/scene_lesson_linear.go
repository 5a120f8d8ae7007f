package play

import (
	"math"
	"strconv"
	"strings"

	"nnplay/wasm/play/sheet"
)

// Lesson 1's board: x as a row over the weight matrix W, so each row of W sits under
// the x it multiplies, then + b and = Y beside it, one colour per entry:
//
//	      x  [ ][ ][ ][ ][ ][ ][ ][ ][ ][ ]        b    Y
//	      W  [ ][ ][ ][ ][ ][ ][ ][ ][ ][ ]   +   [ ] = [ ]
//	         ... five rows
//	Y[1] = w·x + b = ...
//
// matrixGeo is where the cells go; the pointer reads it too.
type matrixGeo struct {
	W          [5][10]Rect
	X          [10]Rect
	B, Y       [5]Rect
	Cell       float64    // the width of a cell of x and W
	High       float64    // the height of every cell: Cell, or more on a narrow tall board
	Wide       float64    // the width of b's and Y's cells: room for a value where W's is small
	Plus, Eq   [2]float64 // where "+" and "=" go: x of their centre, y of their top
	Top, Below float64    // the y of the captions' line and of the first line under W
	LabelX     float64    // the right end of the row names "x" and "W"
}

// valueWidth is the width, in CSS pixels, of a cell that holds a value of six characters
// ("-12.3", "-5.37") in Small type.
const valueWidth = 40

// matrixLayout places the cells in board r, its title taking the first line of height
// title.
func matrixLayout(r Rect, sc, title float64, bias bool) matrixGeo {
	var g matrixGeo
	label, sym := 26*sc, 26*sc
	cols := 12.0 // ten of W, b and Y
	syms := 2.0
	if !bias {
		cols, syms = 11, 1
	}
	// The board's height holds: the title, the captions, x, a gap, five rows of W and
	// three lines of text under them.
	// No cap: at 1920x1080 cells of 72 px filled only the board's upper-left part.
	cell := math.Min((r.W-label-syms*sym-8*sc)/cols, (r.H-title-3*44*sc)/6.6)
	cell = math.Max(8*sc, cell)
	// b and Y are the lesson's point, so their cells keep room for a value such as
	// "-12.3" or "-5.37" in Small type: narrower than that, they take it from W's
	// columns, which show their values only on a pick.
	wide := math.Max(cell, valueWidth*sc)
	if wide > cell {
		cell = math.Max(8*sc, math.Min(cell, (r.W-label-syms*sym-8*sc-(cols-10)*wide)/10))
	}
	// A phone's board is narrow and tall: its columns bound the cells, which then take
	// up to twice their width in height, where square cells left half the board empty
	// (390x844).
	high := math.Max(cell, math.Min(math.Min(2*cell, 72*sc), (r.H-title-3*44*sc)/6.6))
	g.Cell, g.High, g.Wide = cell, high, wide
	x0 := r.X + label
	g.LabelX = x0 - 6*sc
	g.Top = r.Y + title + 6*sc
	y := g.Top + 16*sc
	for j := range g.X {
		g.X[j] = Rect{x0 + float64(j)*cell, y, cell, high}
	}
	y += high + 10*sc
	for i := range g.W {
		for j := range g.W[i] {
			g.W[i][j] = Rect{x0 + float64(j)*cell, y + float64(i)*high, cell, high}
		}
	}
	x := x0 + 10*cell
	if bias {
		g.Plus = [2]float64{x + sym/2, y + 2*high}
		x += sym
		for i := range g.B {
			g.B[i] = Rect{x, y + float64(i)*high, wide, high}
		}
		x += wide
	}
	g.Eq = [2]float64{x + sym/2, y + 2*high}
	x += sym
	for i := range g.Y {
		g.Y[i] = Rect{x, y + float64(i)*high, wide, high}
	}
	g.Below = y + 5*high + 8*sc
	return g
}

// at returns the cell at canvas point (x, y).
func (g *matrixGeo) at(x, y float64, bias bool) (Cell, bool) {
	for i := range g.W {
		for j, r := range g.W[i] {
			if r.Contains(x, y) {
				return Cell{On: true, Kind: CellW, Row: i, Col: j}, true
			}
		}
		if bias && g.B[i].Contains(x, y) {
			return Cell{On: true, Kind: CellB, Row: i, Col: -1}, true
		}
		if g.Y[i].Contains(x, y) {
			return Cell{On: true, Kind: CellY, Row: i, Col: -1}, true
		}
	}
	for j, r := range g.X {
		if r.Contains(x, y) {
			return Cell{On: true, Kind: CellX, Row: -1, Col: j}, true
		}
	}
	return Cell{}, false
}

func (s *Scene) linearBoard(m *Session, l *linearLesson) {
	k, sc, r := &s.Sketch, s.Geo.Scale, s.Geo.Lesson
	lin := l.Layer
	bias := lin.HasBias()
	g := matrixLayout(r, sc, s.boardTitle(), bias)
	small, normal := s.Fonts.Face(Small), s.Fonts.Face(Normal)
	head, short := Say(LinearBoardTitle, lin.String()), Say(LinearBoardTitleShort)
	if !bias {
		head, short = Say(LinearBoardTitleNoBias, lin.String()), Say(LinearBoardTitleShortNoBias)
	}
	s.write(Normal, prioTitle, Ink, r.X, r.Y, alignLeft, head, short)
	y := l.Y()
	scaleW, scaleX, scaleY := rowScale(lin.Weight...), rowScale(LinearX), rowScale(y)
	// Numbers go in the cells of x, b and Y when they fit; W's show on hover and pick.
	value := func(c Rect, v, scale float64) {
		k.Boxes = append(k.Boxes, Box{Rect: c, Color: sheet.Mix(White, sheet.Diverging(v/scale), 0.5)})
		k.Frames = append(k.Frames, Stroke{Rect: c, Width: sc, Color: Hairline})
		s.block(c, ownCells)
		text := cellNum(v)
		if small.Width(text)+4*sc <= c.W {
			s.write(Small, prioValue, Ink, c.X+c.W/2, c.Y+(c.H-small.LineHeight)/2, alignCenter,
				text).ownedBy(ownCells)
		}
	}
	for j, c := range g.X {
		value(c, LinearX[j], scaleX)
	}
	for i := range g.W {
		for j, c := range g.W[i] {
			k.Boxes = append(k.Boxes, Box{Rect: c, Color: sheet.Diverging(lin.Weight[i][j] / scaleW)})
			k.Frames = append(k.Frames, Stroke{Rect: c, Width: sc, Color: White})
			s.block(c, ownCells)
		}
		if bias {
			value(g.B[i], lin.Bias[i], rowScale(lin.Bias))
		}
		value(g.Y[i], y[i], scaleY)
	}
	capY := g.X[0].Y + (g.High-normal.LineHeight)/2
	s.write(Normal, prioTitle, Ink, g.LabelX, capY, alignRight, "x")
	s.write(Normal, prioTitle, Ink, g.LabelX, g.W[2][0].Y+(g.High-normal.LineHeight)/2,
		alignRight, "W")
	s.write(Small, prioReadout, SoftInk, g.X[0].X, g.Top, alignLeft,
		Say(LinearCaptionX), "x")
	s.write(Small, prioReadout, SoftInk, g.W[4][0].X, g.Below, alignLeft,
		Say(LinearCaptionW), "5×10")
	for _, sym := range []struct {
		at   [2]float64
		text string
		show bool
	}{{g.Plus, "+", bias}, {g.Eq, "=", true}} {
		if sym.show {
			s.write(Normal, prioTitle, Ink, sym.at[0], sym.at[1]+(g.High-normal.LineHeight)/2,
				alignCenter, sym.text)
		}
	}
	capBY := g.W[0][0].Y - small.LineHeight - 2*sc
	if bias {
		s.write(Small, prioReadout, SoftInk, g.B[0].X+g.Wide/2, capBY, alignCenter, "b")
	}
	s.write(Small, prioReadout, SoftInk, g.Y[0].X+g.Wide/2, capBY, alignCenter, "Y")
	s.linearPick(l, &g, y)
}

// linearPick frames the picked row (and cell) and the hovered cell, writes the hovered
// or picked value beside it and the picked row's sum under the matrix.
func (s *Scene) linearPick(l *linearLesson, g *matrixGeo, y []float64) {
	k, sc := &s.Sketch, s.Geo.Scale
	lin := l.Layer
	i := l.Row
	row := Rect{X: g.W[i][0].X, Y: g.W[i][0].Y, W: 10 * g.Cell, H: g.High}
	k.Frames = append(k.Frames, Stroke{Rect: row, Width: 2 * sc, Color: SelectRing},
		Stroke{Rect: g.Y[i], Width: 2 * sc, Color: SelectRing})
	if lin.HasBias() {
		k.Frames = append(k.Frames, Stroke{Rect: g.B[i], Width: 2 * sc, Color: SelectRing})
	}
	show := l.Hover
	if !show.On && l.Col >= 0 {
		show = Cell{On: true, Kind: CellW, Row: i, Col: l.Col}
	}
	if l.Col >= 0 {
		k.Frames = append(k.Frames, Stroke{Rect: g.W[i][l.Col].Inset(-sc), Width: 3 * sc,
			Color: SelectRing}, Stroke{Rect: g.X[l.Col], Width: 2 * sc, Color: SelectRing})
	}
	if show.On {
		var c Rect
		var text string
		switch show.Kind {
		case CellW:
			c, text = g.W[show.Row][show.Col], Say(LinearCellW, strconv.Itoa(show.Row),
				strconv.Itoa(show.Col), cellNum(lin.Weight[show.Row][show.Col]))
		case CellX:
			c, text = g.X[show.Col], Say(LinearCellX, strconv.Itoa(show.Col), cellNum(LinearX[show.Col]))
		case CellB:
			c, text = g.B[show.Row], Say(LinearCellB, strconv.Itoa(show.Row), cellNum(lin.Bias[show.Row]))
		case CellY:
			c, text = g.Y[show.Row], Say(LinearCellY, strconv.Itoa(show.Row), cellNum(y[show.Row]))
		}
		if show.Kind != CellX || show.Col != l.Col {
			k.Frames = append(k.Frames, Stroke{Rect: c, Width: 2 * sc, Color: Ink})
		}
		lh := s.Fonts.Face(Small).LineHeight
		// On its backdrop, the value may cover the cells next to this one.
		s.write(Small, prioFocus, Ink, c.X+c.W/2, c.Y-lh-4*sc, alignCenter, text).
			at(spot{c.X + c.W/2, c.Y + c.H + 3*sc, alignCenter},
				spot{c.X + c.W + 4*sc, c.Y + (c.H-lh)/2, alignLeft},
				spot{c.X - 4*sc, c.Y + (c.H-lh)/2, alignRight}).
			backdrop(3*sc, sc).ownedBy(ownCells)
	}
	// The picked row's sum: every term, in two lines, or in words. Its numbers are
	// rounded as the cells are: where the terms as written add up to another result than
	// the one written, it says "≈" (look12: 6.87 as written, "= 6.84").
	terms := make([]string, 0, 11)
	written := 0.0
	for j, w := range lin.Weight[i] {
		t := signed(cellNum(w)) + "×" + shortNum(LinearX[j])
		if j == 0 {
			t = cellNum(w) + "×" + shortNum(LinearX[j])
		}
		terms = append(terms, t)
		written += asWritten(w) * LinearX[j]
	}
	b := ""
	if lin.HasBias() {
		b = " " + signed(cellNum(lin.Bias[i]))
		written += asWritten(lin.Bias[i])
	}
	n := strconv.Itoa(i)
	sum := LinearSum
	if cellNum(written) != cellNum(y[i]) {
		sum = LinearSumRounded
	}
	full := Say(sum, n, strings.Join(terms, " ")+b, cellNum(y[i]))
	folded := Say(sum, n, strings.Join(terms[:5], " ")+"\n"+strings.Join(terms[5:], " ")+b,
		cellNum(y[i]))
	short := Say(LinearSumShort, n, cellNum(y[i]))
	if !lin.HasBias() {
		short = Say(LinearSumShortNoBias, n, cellNum(y[i]))
	}
	lh := s.Fonts.Face(Small).LineHeight
	s.write(Small, prioFocus, Ink, g.W[4][0].X, g.Below+lh+4*sc, alignLeft, full, folded, short)
}

// cellNum writes a number of lesson 1's matrices, in a cell, a hovered cell's value and
// the picked row's sum alike: a whole number as one ("3"), any other as Num ("-5.37").
// The sum read "1.00×1 + 1.00×2 … = 3.00" beside a cell of "3" (look11).
func cellNum(v float64) string {
	if v == math.Trunc(v) {
		return shortNum(v)
	}
	return Num(v)
}

// asWritten is v as cellNum writes it, read back.
func asWritten(v float64) float64 {
	w, _ := strconv.ParseFloat(cellNum(v), 64)
	return w
}
