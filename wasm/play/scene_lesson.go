package play

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	"nnplay/core"
)

// Sketch is the open lesson's board in generic shapes, which the browser paints in this
// order after the other views: the Output picture, Boxes, Frames and Hairlines without
// anti-aliasing, then Lines, Paths and Dots anti-aliased. Its texts are the scene's
// Labels, placed with the rest. Shown is false in free play and when a tabbed canvas
// shows another view.
type Sketch struct {
	Shown bool
	Rect  Rect
	// Output is where the network's output over the plane (the plane's picture) is
	// drawn again, when W > 0.
	Output    Rect
	Boxes     []Box
	Frames    []Stroke
	Hairlines []Line
	Lines     []Line
	Paths     []Path
	Dots      []Dot
	Rings     []Ring // drawn after the dots: a dot may show inside a ring
	// Plots are the board's plot areas, which texts keep clear of.
	Plots []Rect
}

// reset empties the sketch, keeping its memory and its paths' points for the next.
func (k *Sketch) reset() {
	k.Shown, k.Rect, k.Output = false, Rect{}, Rect{}
	k.Boxes, k.Frames = k.Boxes[:0], k.Frames[:0]
	k.Hairlines, k.Lines, k.Dots, k.Plots = k.Hairlines[:0], k.Lines[:0], k.Dots[:0], k.Plots[:0]
	k.Paths, k.Rings = k.Paths[:0], k.Rings[:0]
}

// paint draws the board on p in the order Sketch names.
func (k *Sketch) paint(p Painter) {
	if !k.Shown {
		return
	}
	if k.Output.W > 0 {
		p.PlanePicture(k.Output)
	}
	for _, b := range k.Boxes {
		p.Fill(b.Rect, b.Color)
	}
	for _, f := range k.Frames {
		p.Stroke(f)
	}
	for _, l := range k.Hairlines {
		p.Hairline(l)
	}
	for _, l := range k.Lines {
		p.Line(l)
	}
	for _, q := range k.Paths {
		p.Path(q)
	}
	for _, d := range k.Dots {
		p.Circle(d)
	}
	for _, r := range k.Rings {
		p.Ring(r)
	}
}

// path returns a new path of the sketch, reusing the points of the path that stood in
// its place the last time.
func (k *Sketch) path(width float64, c color.RGBA) *Path {
	if len(k.Paths) < cap(k.Paths) {
		k.Paths = k.Paths[:len(k.Paths)+1]
	} else {
		k.Paths = append(k.Paths, Path{})
	}
	p := &k.Paths[len(k.Paths)-1]
	p.Points, p.Width, p.Color = p.Points[:0], width, c
	return p
}

// The heights the boards' geometry counts with, in canvas pixels at scale sc: of a
// title line and of a line of small text. They hold the fonts' line heights (16 and 13
// CSS pixels) with room to spare, and do not need the fonts: the pointer finds the
// boards' cells and plots with them.
func boardTitleHeight(sc float64) float64 { return 22 * sc }
func smallLineHeight(sc float64) float64  { return 14 * sc }

// boardTitle returns the height of a board's title line.
func (s *Scene) boardTitle() float64 { return boardTitleHeight(s.Geo.Scale) }

// lesson lays out the open lesson's board.
func (s *Scene) lesson(m *Session, st stepState) {
	k := &s.Sketch
	k.reset()
	l, r := m.Lesson, s.Geo.Lesson
	if l == nil || !s.shows(m, PaneLesson) || r.W < 80*s.Geo.Scale || r.H < 80*s.Geo.Scale {
		return
	}
	k.Shown, k.Rect = true, r
	l.def().board(s, m, st)
}

// plotArea maps a range of data, [X0, X1] x [Y0, Y1], into Rect. Lo and Hi are the y
// values its axis names, when they differ from the ends (a range with a margin).
type plotArea struct {
	Rect           Rect
	X0, X1, Y0, Y1 float64
	Lo, Hi         float64
}

// fit sets the plot's y range to hold every finite value of ys with a margin, naming
// their least and greatest on the axis.
func (p *plotArea) fit(ys ...float64) {
	p.Lo, p.Hi = math.Inf(1), math.Inf(-1)
	for _, y := range ys {
		if core.IsFinite(y) {
			p.Lo, p.Hi = math.Min(p.Lo, y), math.Max(p.Hi, y)
		}
	}
	if p.Lo > p.Hi {
		p.Lo, p.Hi = -1, 1
	}
	if p.Hi-p.Lo < 1e-9 {
		p.Lo, p.Hi = p.Lo-math.Max(math.Abs(p.Lo)*0.5, 1), p.Hi+math.Max(math.Abs(p.Hi)*0.5, 1)
	}
	pad := (p.Hi - p.Lo) * 0.08
	p.Y0, p.Y1 = p.Lo-pad, p.Hi+pad
}

// within returns f where its value falls inside the plot's y range, and NaN, which
// breaks a graph's line, where it does not: a line that leaves the plot ends at its
// frame rather than running along it.
func (p plotArea) within(f func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		if y := f(x); y >= p.Y0 && y <= p.Y1 {
			return y
		}
		return math.NaN()
	}
}

// X returns the canvas x of data x.
func (p plotArea) X(x float64) float64 { return p.Rect.X + (x-p.X0)/(p.X1-p.X0)*p.Rect.W }

// Y returns the canvas y of data y, held within the plot.
func (p plotArea) Y(y float64) float64 {
	t := clamp((y-p.Y0)/(p.Y1-p.Y0), 0, 1)
	return p.Rect.Y + p.Rect.H - t*p.Rect.H
}

// XAt returns the data x at canvas x.
func (p plotArea) XAt(x float64) float64 {
	return p.X0 + clamp((x-p.Rect.X)/p.Rect.W, 0, 1)*(p.X1-p.X0)
}

// axes frames the plot, draws its zero lines where they fall inside, and writes the
// ends of both ranges beside it; the plot becomes an obstacle the board's texts may
// cover only when they belong to it.
func (s *Scene) axes(p plotArea) {
	k, sc, r := &s.Sketch, s.Geo.Scale, p.Rect
	lh := s.Fonts.Face(Small).LineHeight
	k.Frames = append(k.Frames, Stroke{Rect: r, Width: sc, Color: Hairline})
	k.Plots = append(k.Plots, r)
	s.block(r, ownBoard)
	if p.Y0 < 0 && p.Y1 > 0 {
		k.Hairlines = append(k.Hairlines, Line{X0: r.X, Y0: p.Y(0), X1: r.X + r.W, Y1: p.Y(0),
			Width: sc, Color: Hairline})
	}
	if p.X0 < 0 && p.X1 > 0 {
		k.Hairlines = append(k.Hairlines, Line{X0: p.X(0), Y0: r.Y, X1: p.X(0), Y1: r.Y + r.H,
			Width: sc, Color: Hairline})
	}
	lo, hi := p.Y0, p.Y1
	if p.Lo < p.Hi {
		lo, hi = p.Lo, p.Hi
	}
	s.write(Small, prioReadout, SoftInk, r.X-4*sc, math.Max(r.Y, p.Y(hi)-lh/2), alignRight,
		axisNum(hi))
	s.write(Small, prioReadout, SoftInk, r.X-4*sc, math.Min(r.Y+r.H-lh, p.Y(lo)-lh/2),
		alignRight, axisNum(lo))
	s.write(Small, prioReadout, SoftInk, r.X, r.Y+r.H+2*sc, alignLeft, axisNum(p.X0))
	s.write(Small, prioReadout, SoftInk, r.X+r.W, r.Y+r.H+2*sc, alignRight, axisNum(p.X1))
}

// graph draws f over the plot's x range as a path of n samples, dashed every dash
// samples when dash > 0; a value that is not a finite number breaks the line.
func (s *Scene) graph(p plotArea, n, dash int, width float64, c color.RGBA,
	f func(x float64) float64) {
	path := s.Sketch.path(width*s.Geo.Scale, c)
	path.Points = curve(path.Points, n, dash, func(k int) (float64, float64, bool) {
		x := p.X0 + (p.X1-p.X0)*float64(k)/float64(n)
		y := f(x)
		return p.X(x), p.Y(y), core.IsFinite(y)
	})
}

// legendLine writes a legend entry at (x, y): a sample of the line in colour c, dashed
// when dashed, then text; it returns the x after it.
func (s *Scene) legendLine(x, y float64, c color.RGBA, dashed bool, text string) float64 {
	sc, f := s.Geo.Scale, s.Fonts.Face(Small)
	ly := y + f.LineHeight/2
	if dashed {
		s.Sketch.Lines = dashes(s.Sketch.Lines, x, ly, 18, 2.2, sc, c)
	} else {
		s.Sketch.Lines = append(s.Sketch.Lines, Line{X0: x, Y0: ly, X1: x + 18*sc, Y1: ly,
			Width: 2.2 * sc, Color: c})
	}
	s.write(Small, prioLegend, SoftInk, x+22*sc, y, alignLeft, text)
	return x + 22*sc + f.Width(text) + 14*sc
}

// node draws a small network's unit: a ring at (x, y) with its name inside.
func (s *Scene) node(x, y, r float64, name string) {
	sc := s.Geo.Scale
	s.Sketch.Dots = append(s.Sketch.Dots, Dot{X: x, Y: y, R: r, Color: Ink},
		Dot{X: x, Y: y, R: r - 1.5*sc, Color: White})
	lh := s.Fonts.Face(Normal).LineHeight
	s.write(Normal, prioTitle, Ink, x, y-lh/2, alignCenter, name).ownedBy(ownBoard)
}

// signed writes n, a number as Num or cellNum wrote it, as one that follows another in a
// sum: "+ 0.25", "- 0.75".
func signed(n string) string {
	if rest, ok := strings.CutPrefix(n, "-"); ok {
		return "- " + rest
	}
	return "+ " + n
}

// factor writes a number as a product's second factor: in parentheses when negative.
func factor(v float64) string {
	if n := Num(v); strings.HasPrefix(n, "-") {
		return "(" + n + ")"
	}
	return Num(v)
}

// axisNum writes an axis's end: a whole number as it is, any other as Num does.
func axisNum(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e6 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return Num(v)
}
