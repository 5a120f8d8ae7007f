package play

import (
	"image/color"
	"math"

	"nnplay/core"
	"nnplay/wasm/play/sheet"
)

// PlaneView is the input plane: the output unit's picture over [-6, 6]² (Rect), the
// data on it and the input point.
type PlaneView struct {
	// Shown is false when a tabbed canvas shows another pane.
	Shown bool
	Rect  Rect
	Frame Stroke
	// Points are the training points, then the test points: each a rim (white for
	// training, dark for test) and then its fill, in the plane's own pixels (from its
	// top-left corner). They change only when PointsKey does.
	Points    []Dot
	PointsKey PointsKey
	// Cross marks the input point: a cross and a ring.
	Cross     [2]Line
	CrossRing Ring
	// Legend shows a training and a test point under the plane, when there is room.
	Legend []Dot
}

// PointsKey says what the plane's points were placed for: the data, the plane and
// whether the test points show.
type PointsKey struct {
	Data  int
	Plane Rect
	Test  bool
}

func (s *Scene) plane(m *Session) {
	p, r, sc := &s.Plane, s.Geo.Plane, s.Geo.Scale
	f, normal := s.Fonts.Face(Small), s.Fonts.Face(Normal)
	p.Shown = s.shows(m, PanePlane) && r.W > 0
	p.Legend = p.Legend[:0]
	if !p.Shown {
		return
	}
	s.block(r, ownPlane)
	p.Rect, p.Frame = r, Stroke{Rect: r, Width: sc, Color: Hairline}
	rad := math.Max(2.2, r.W/110)
	rim := rad + 0.8*sc
	if key := (PointsKey{Data: m.DataGen(), Plane: r, Test: m.ShowTest}); key != p.PointsKey {
		p.Points = p.Points[:0]
		sets := [][]core.Point{m.Train, m.Test}
		if !m.ShowTest {
			sets = sets[:1]
		}
		for k, pts := range sets {
			edge := White
			if k == 1 {
				edge = Ink
			}
			for _, pt := range pts {
				x, y := s.Geo.PlanePoint(pt.X1, pt.X2)
				x, y = x-r.X, y-r.Y
				p.Points = append(p.Points, Dot{X: x, Y: y, R: rim, Color: edge},
					Dot{X: x, Y: y, R: rad, Color: sheet.Diverging(pt.Label)})
			}
		}
		p.PointsKey = key
	}
	x, y := s.Geo.PlanePoint(m.Input[0], m.Input[1])
	p.Cross = [2]Line{
		{X0: x - 9*sc, Y0: y, X1: x + 9*sc, Y1: y, Width: 1.5 * sc, Color: Ink},
		{X0: x, Y0: y - 9*sc, X1: x, Y1: y + 9*sc, Width: 1.5 * sc, Color: Ink},
	}
	p.CrossRing = Ring{X: x, Y: y, R: 5 * sc, Width: 1.5 * sc, Color: Ink}
	by := r.Y + r.H + 2*sc
	s.write(Small, prioReadout, SoftInk, r.X, by, alignLeft, shortNum(-InputLimit))
	s.write(Small, prioReadout, SoftInk, r.X+r.W/2, by, alignCenter, Say(PlaneAxisX, "x1"))
	s.write(Small, prioReadout, SoftInk, r.X+r.W, by, alignRight, shortNum(InputLimit))
	s.write(Small, prioReadout, SoftInk, r.X-4*sc, r.Y, alignRight, Say(PlaneAxisY, "x2"), "x2")
	s.write(Normal, prioTitle, Ink, r.X, r.Y-normal.LineHeight-4*sc, alignLeft, Say(PlaneTitle),
		Say(PlaneTitleShort))
	if r.W < 240*sc { // no room under the plane for the input point and the legend
		return
	}
	s.write(Small, prioLegend, SoftInk, r.X, by+f.LineHeight*1.05, alignLeft,
		s.pointLine.text(m.Input))
	lx, ly := r.X+r.W*0.55, by+f.LineHeight*1.6
	tx := lx + 70*sc
	p.Legend = append(p.Legend, Dot{X: lx, Y: ly, R: rim, Color: White},
		Dot{X: lx, Y: ly, R: rad, Color: sheet.Positive})
	s.write(Small, prioLegend, SoftInk, lx+rad+4*sc, ly-f.LineHeight/2, alignLeft,
		Say(TrainingPoints))
	if m.ShowTest {
		p.Legend = append(p.Legend, Dot{X: tx, Y: ly, R: rim, Color: Ink},
			Dot{X: tx, Y: ly, R: rad, Color: sheet.Positive})
		s.write(Small, prioLegend, SoftInk, tx+rad+4*sc, ly-f.LineHeight/2, alignLeft,
			Say(TestPoints))
	}
}

// ActView is the selected unit's activation: f(z) and f'(z) over [Lo, Hi] in Plot,
// the regions where it saturates or dies shaded, its z at the input point marked and
// its z at every training point as ticks. Shown is false when no unit is selected or
// there is no room.
type ActView struct {
	Shown bool
	Act   core.Activation
	// Z is the unit's z at the input point, Region where it sits on the curve; Chain
	// is the chain rule there once a Step's backward pass reached it (HasChain).
	Z        float64
	Region   core.Region
	Chain    ChainRule
	HasChain bool
	Lo, Hi   float64
	Plot     Rect
	Shades   []Box
	Frame    Stroke
	// Axes are the hairlines z = 0 and f = 0 and Ticks the training points' z, drawn
	// without anti-aliasing; F and DF the curves; Marker and MarkF, MarkDF the input
	// point's z (HasMarker); Legend the line samples under the plot.
	Axes          [2]Line
	Ticks         []Line
	F, DF         Path
	Marker        Line
	MarkF, MarkDF Dot
	HasMarker     bool
	Legend        []Line
}

// zRange returns the z range the activation view plots: the curve's own (Range), widened
// to hold z, by at most that range's width on either side, so that the curve keeps a
// third of the plot. Lesson 4's weight of 40 put z at 59.7, and the sigmoid and its f'
// squeezed into a tenth of the plot; beyond, z is marked at the plot's end, and the
// readout above says it.
func zRange(act core.Activation, z float64) (lo, hi float64) {
	lo, hi = act.Range()
	if !core.IsFinite(z) {
		return lo, hi
	}
	w := hi - lo
	return math.Max(math.Min(lo, z-0.5), lo-w), math.Min(math.Max(hi, z+0.5), hi+w)
}

// actSamples is how finely the view samples the curves and finds the regions.
const actSamples = 240

func (s *Scene) activation(m *Session, v *View, st stepState) {
	a, r, sc := &s.Act, s.Geo.ActView, s.Geo.Scale
	nf, sf := s.Fonts.Face(Normal), s.Fonts.Face(Small)
	u := m.Selected
	a.Shown = false
	if r.W < 40 || r.H < 40 || u.Level == 0 || !s.shows(m, PaneActivation) {
		return
	}
	act := m.Layer(u.Level - 1).Activation()
	z := v.Trace.Layers[u.Level-1].Z[u.Index]
	head := nf.LineHeight*2 + 4*sc
	plot := Rect{X: r.X + 38*sc, Y: r.Y + head, W: r.W - 44*sc, H: r.H - head - sf.LineHeight - 8*sc}
	if plot.W < 20 || plot.H < 20 {
		return
	}
	a.Shown, a.Act, a.Z, a.Plot = true, act, z, plot
	s.block(plot, ownActPlot)
	lo, hi := zRange(act, z)
	a.Lo, a.Hi = lo, hi
	ylo, yhi := 0.0, 1.0
	for k := 0; k <= 200; k++ {
		x := lo + (hi-lo)*float64(k)/200
		for _, y := range [2]float64{act.Forward(x), act.Derivative(x)} {
			if core.IsFinite(y) {
				ylo, yhi = math.Min(ylo, y), math.Max(yhi, y)
			}
		}
	}
	pad := (yhi - ylo) * 0.08
	ylo, yhi = ylo-pad, yhi+pad
	X := func(x float64) float64 { return plot.X + (x-lo)/(hi-lo)*plot.W }
	Y := func(y float64) float64 {
		return plot.Y + plot.H - (math.Max(ylo, math.Min(yhi, y))-ylo)/(yhi-ylo)*plot.H
	}
	a.Shades = a.Shades[:0]
	spans := core.Spans(act, lo, hi, actSamples+1)
	for _, span := range spans {
		if c, ok := RegionShade(span.Region); ok {
			x0, x1 := X(span.From), X(span.To)
			a.Shades = append(a.Shades, Box{Rect: Rect{X: x0, Y: plot.Y, W: x1 - x0, H: plot.H}, Color: c})
		}
	}
	a.Frame = Stroke{Rect: plot, Width: sc, Color: Hairline}
	a.Axes = [2]Line{
		{X0: plot.X, Y0: Y(0), X1: plot.X + plot.W, Y1: Y(0), Width: sc, Color: Hairline},
		{X0: X(0), Y0: plot.Y, X1: X(0), Y1: plot.Y + plot.H, Width: sc, Color: Hairline},
	}
	a.Ticks = a.Ticks[:0]
	bottom := plot.Y + plot.H
	for _, tz := range v.SelectedZ {
		if tz >= lo && tz <= hi {
			a.Ticks = append(a.Ticks, Line{X0: X(tz), Y0: bottom, X1: X(tz), Y1: bottom - 7*sc,
				Width: sc, Color: TickInk})
		}
	}
	sample := func(f func(float64) float64) func(k int) (float64, float64, bool) {
		return func(k int) (float64, float64, bool) {
			x := lo + (hi-lo)*float64(k)/actSamples
			y := f(x)
			return X(x), Y(y), core.IsFinite(y)
		}
	}
	a.F = Path{Points: curve(a.F.Points[:0], actSamples, 0, sample(act.Forward)),
		Width: 2.2 * sc, Color: FunctionInk}
	a.DF = Path{Points: curve(a.DF.Points[:0], actSamples, 6, sample(act.Derivative)),
		Width: 2.2 * sc, Color: DerivativeInk}
	a.HasMarker = core.IsFinite(z)
	if a.HasMarker { // at the plot's end where z lies beyond it (zRange)
		x := X(clamp(z, lo, hi))
		a.Marker = Line{X0: x, Y0: plot.Y, X1: x, Y1: bottom, Width: 1.2 * sc, Color: Ink}
		a.MarkF = Dot{X: x, Y: Y(act.Forward(z)), R: 4 * sc, Color: FunctionInk}
		a.MarkDF = Dot{X: x, Y: Y(act.Derivative(z)), R: 4 * sc, Color: DerivativeInk}
	}
	s.write(Normal, prioTitle, Ink, r.X, r.Y, alignLeft,
		Say(ActivationTitle, m.UnitName(u), act.String()),
		Say(ActivationTitle, m.UnitName(u), ActivationLabel(act)))
	s.shadeKeys(act, spans, X, plot)
	a.Region = core.RegionOf(act, z)
	fz, dfz := Num(act.Forward(z)), Num(act.Derivative(z))
	line := Say(ActivationReadout, Num(z), fz, dfz, Say(regionNames[a.Region]))
	brief := Say(ActivationReadoutShort, Num(z), fz, dfz)
	a.Chain, a.HasChain = chainRule(m, st)
	if a.HasChain {
		da, fp, dz := Num(a.Chain.DA), Num(a.Chain.FPrime), Num(a.Chain.DZ)
		line, brief = Say(ChainRuleLine, da, fp, dz), Say(ChainRuleShort, da, fp, dz)
	}
	if rule, ok := s.updateRule(m, st); ok {
		s.write(Small, prioReadout, SoftInk, r.X, r.Y+nf.LineHeight, alignLeft, rule[:]...)
	} else {
		s.write(Small, prioReadout, SoftInk, r.X, r.Y+nf.LineHeight, alignLeft, line, brief)
	}
	s.write(Small, prioReadout, SoftInk, plot.X-4*sc, plot.Y, alignRight, Num(yhi-pad))
	s.write(Small, prioReadout, SoftInk, plot.X-4*sc, bottom-sf.LineHeight, alignRight,
		Num(ylo+pad))
	by := bottom + 2*sc
	s.write(Small, prioReadout, SoftInk, plot.X, by, alignLeft, Num(lo))
	s.write(Small, prioReadout, SoftInk, plot.X+plot.W, by, alignRight, Num(hi))
	a.Legend = a.Legend[:0]
	// The legend goes between the axis's two numbers, its words measured in the
	// language shown, what the ticks are last, where it fits: fixed offsets ran a long
	// word into the next sample, and kept the legend off a phone's narrow plot.
	words := [3]string{Say(FunctionLegend), Say(DerivativeLegend), Say(TicksLegend)}
	const span, gap = 18, 14 // a line sample's length and the room between entries
	var width [3]float64
	for i, w := range words {
		width[i] = sf.Width(w)
		if i < 2 {
			width[i] += (span + 4) * sc
		}
	}
	from := plot.X + sf.Width(Num(lo)) + 10*sc
	to := plot.X + plot.W - sf.Width(Num(hi)) - 10*sc
	n, room := 0, -gap*sc
	for n < len(words) && room+gap*sc+width[n] <= to-from {
		room += gap*sc + width[n]
		n++
	}
	if n < 2 { // no room for the samples: the curves' names in their colours
		s.curveNames(from, to, by)
		return
	}
	lx, ly := from+(to-from-room)/2, by+sf.LineHeight/2
	a.Legend = append(a.Legend, Line{X0: lx, Y0: ly, X1: lx + span*sc, Y1: ly,
		Width: 2.2 * sc, Color: FunctionInk})
	a.Legend = dashes(a.Legend, lx+width[0]+gap*sc, ly, span, 2.2, sc, DerivativeInk)
	for i, w := range words[:n] {
		tx := lx
		if i < 2 { // right of its sample
			tx += (span + 4) * sc
		}
		s.write(Small, prioLegend, SoftInk, tx, by, alignLeft, w)
		lx += width[i] + gap*sc
	}
}

// curveNames names the f(z) view's curves between from and to on the line at y by
// their words in the curves' colours, which stand for the legend's samples where there
// is no room for them: "f(z)" and "f'(z)", else "f" and "f'", else nothing.
func (s *Scene) curveNames(from, to, y float64) {
	sf, sc := s.Fonts.Face(Small), s.Geo.Scale
	const gap = 10 // the room between the names
	for _, ms := range [2][2]Msg{{FunctionLegend, DerivativeLegend},
		{FunctionLegendShort, DerivativeLegendShort}} {
		f, df := Say(ms[0]), Say(ms[1])
		room := sf.Width(f) + gap*sc + sf.Width(df)
		if room > to-from {
			continue
		}
		x := from + (to-from-room)/2
		s.write(Small, prioLegend, FunctionInk, x, y, alignLeft, f)
		s.write(Small, prioLegend, DerivativeInk, x+sf.Width(f)+gap*sc, y, alignLeft, df)
		return
	}
}

// shadeKeys names each shaded band at its top by what it means (the words of the units'
// badges, and f′ there), and says what a badge counts under the captions below the plot
// (never over the curves: at the plot's foot it hid f(z)), or nowhere when that line is
// not free.
func (s *Scene) shadeKeys(act core.Activation, spans []core.Span, X func(float64) float64,
	plot Rect) {
	sc, lh := s.Geo.Scale, s.Fonts.Face(Small).LineHeight
	keyed := false
	for _, sp := range spans {
		if _, ok := RegionShade(sp.Region); !ok || sp.Region == core.Active {
			continue
		}
		name := Say(regionNames[sp.Region])
		key := Say(ShadeKeyNear, name)
		if sp.Region != core.Saturated {
			key = Say(ShadeKey, name, Num(act.Derivative((sp.From+sp.To)/2)))
		}
		// Centred on its band in the longest form that fits there (its key, its name, its
		// badge's word), else none: a band at the plot's side is often narrower than its
		// key, which ran out of the plot to the canvas's edge, and then, kept in the plot,
		// over the curves beside the band.
		x0, x1 := X(sp.From), X(sp.To)
		width := func(f string) float64 { return s.Fonts.Face(Small).Width(f) + 4*sc }
		var forms [2]string
		n := 0
		for _, f := range [3]string{key, name, Say(regionWord(sp.Region))} {
			if n < len(forms) && width(f) <= x1-x0 && (n == 0 || f != forms[n-1]) {
				forms[n] = f
				n++
			}
		}
		first := len(s.texts)
		for _, f := range forms[:n] {
			t := s.write(Small, prioLegend, Ink, (x0+x1)/2, plot.Y+2*sc, alignCenter, f).
				backdrop(2*sc, 0).ownedBy(ownActPlot)
			if len(s.texts) > first+1 { // the shorter stands for the longer where that is not placed
				t.alt = first + 1
			}
		}
		keyed = keyed || n > 0
	}
	if keyed {
		s.write(Small, prioLegend, SoftInk, plot.X, plot.Y+plot.H+2*sc+lh, alignLeft,
			Say(BadgeKey))
	}
}

// dashes appends a dashed legend sample from (x, y), length CSS pixels long: dashes of
// 3.5 every 6.
func dashes(ls []Line, x, y, length, width, sc float64, c color.RGBA) []Line {
	for k := 0.0; k < length; k += 6 {
		ls = append(ls, Line{X0: x + k*sc, Y0: y, X1: x + (k+3.5)*sc, Y1: y, Width: width * sc,
			Color: c})
	}
	return ls
}

// pointLine is the plane's line that names the input point ("input point (1.495,
// -0.998)"), made again only when the point or the language changes: while training
// plays, the scene is built every frame and the point stays where it is.
type pointLine struct {
	at   [2]float64
	lang Lang
	said string
}

// text returns the line for the input point at.
func (l *pointLine) text(at [2]float64) string {
	if l.said == "" || l.at != at || l.lang != Language() {
		*l = pointLine{at: at, lang: Language(), said: Say(InputPointLine,
			coordNum(at[0], inputDigits), coordNum(at[1], inputDigits))}
	}
	return l.said
}
