package play

import (
	"image/color"
	"math"
	"strconv"

	"nnplay/core"
)

// Edge is the edge from input In of Linear layer Layer to its unit Unit.
type Edge struct {
	Layer, Unit, In int
	// Value is what the edge encodes (see EdgeMode): the weight as shown, or dL/dW.
	Value float64
	Line
}

// UnitView is one unit as the canvas shows it: its picture over the input plane (the
// heatmap of its output) in Rect, and what is drawn on it and under it.
type UnitView struct {
	Unit Unit
	Rect Rect
	// Frame outlines the unit: a dark ring when it is selected, a hairline otherwise.
	Frame Stroke
	// Bias is the small square on the unit's corner coloured by its bias as shown;
	// HasBias is false for the inputs and in a layer without bias.
	Bias     Box
	BiasEdge Stroke
	HasBias  bool
	// Dot rings the input point on the unit's picture.
	Dot Ring
	// Value and Detail are the two lines of numbers under the unit (its a and b, or
	// what the Step's phase is about); both empty when the window has no room.
	Value, Detail string
	// Veiled is true while the Step's forward pass has not reached the unit, and Fill
	// is the part of it the pass has filled so far (empty when none).
	Veiled bool
	Fill   Box
	// Dead is true when no gradient reaches the unit on any training point;
	// Saturated is the share of the training points that saturate it.
	Dead      bool
	Saturated float64
}

// network lays out the edges, the column titles, the units with their numbers and
// badges, the gradient bars and the selected unit's weights.
func (s *Scene) network(m *Session, v *View, st stepState) {
	geo, sc := s.Geo, s.Geo.Scale
	small, normal := s.Fonts.Face(Small), s.Fonts.Face(Normal)
	mode := edgeMode(m, st)
	s.EdgeMode = mode
	top := gradTop(m, st, mode)
	s.Edges = s.Edges[:0]
	for l, layer := range m.Net.Layers {
		for i, row := range layer.Linear.Weight {
			to := geo.Nodes[l+1][i]
			for j := range row {
				from := geo.Nodes[l][j]
				width, value, c := s.edgeStyle(m, st, mode, l, i, j, top)
				s.Edges = append(s.Edges, Edge{Layer: l, Unit: i, In: j, Value: value, Line: Line{
					X0: from.X + from.W, Y0: from.Y + from.H/2, X1: to.X, Y1: to.Y + to.H/2,
					Width: width * sc, Color: c,
				}})
			}
		}
	}
	if legend := Say(edgeLegends[mode]); geo.Bars >= 40*sc && small.Width(legend) < geo.Pitch()*2 {
		s.label(Small, legend, geo.Net.X, geo.Net.Y+normal.LineHeight*2+2*sc, SoftInk, alignLeft)
	}
	s.columnTitles(m)
	s.units(m, v.Trace, st)
	s.forwardFill(st)
	s.meters(m)
	s.gradBars(m)
	s.selectedWeights(m, st)
}

// edgeLegends say what the edges encode, in each mode.
var edgeLegends = [...]Msg{
	EdgesWeight:   EdgesWeightLegend,
	EdgesGradient: EdgesGradientLegend,
	EdgesStepGrad: EdgesStepLegend,
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

// columnTitles names each level over its column: "Layer 1" and its Linear and
// activation ("Linear 2→4, Tanh"), shortened to the activation in narrow columns.
func (s *Scene) columnTitles(m *Session) {
	geo, sc := s.Geo, s.Geo.Scale
	small, normal := s.Fonts.Face(Small), s.Fonts.Face(Normal)
	for lv, level := range geo.Nodes {
		if len(level) == 0 {
			continue
		}
		x, y := level[0].X+level[0].W/2, geo.Net.Y
		title, sub := Say(InputTitle), Say(FeaturesSubtitle)
		if lv > 0 {
			layer := m.Layer(lv - 1)
			title = Say(LayerTitle, strconv.Itoa(lv))
			if lv == len(geo.Nodes)-1 {
				title = Say(OutputTitle)
			}
			act := layer.Activation().Label()
			in, out := strconv.Itoa(layer.Linear.In), strconv.Itoa(layer.Linear.Out)
			sub = Say(LinearSubtitle, in, out, act)
			if !layer.Linear.HasBias() {
				sub = Say(LinearNoBiasSubtitle, in, out, act)
			}
			if small.Width(sub) > geo.Pitch()-6*sc {
				sub = act // a narrow column: the activation only
			}
		}
		s.label(Normal, title, x, y, Ink, alignCenter)
		s.label(Small, sub, x, y+normal.LineHeight, SoftInk, alignCenter)
	}
}

// units lays out every unit: its frame, bias square and input point, and its numbers.
func (s *Scene) units(m *Session, tr *core.Trace, st stepState) {
	geo, sc := s.Geo, s.Geo.Scale
	small := s.Fonts.Face(Small)
	s.Units = s.Units[:0]
	for lv, level := range geo.Nodes {
		for i, r := range level {
			u := UnitView{Unit: Unit{Level: lv, Index: i}, Rect: r}
			if lv > 0 && u.Unit == m.Selected {
				u.Frame = Stroke{Rect: Rect{X: r.X - 2*sc, Y: r.Y - 2*sc, W: r.W + 4*sc,
					H: r.H + 4*sc}, Width: 3 * sc, Color: SelectRing}
			} else {
				u.Frame = Stroke{Rect: r, Width: sc, Color: Hairline}
			}
			if lv > 0 {
				if b, ok := s.bias(m, st, lv-1, i); ok {
					side := math.Max(6*sc, r.W/5)
					sq := Rect{X: r.X - side/2, Y: r.Y + r.H - side/2, W: side, H: side}
					u.HasBias = true
					u.Bias = Box{Rect: sq, Color: Diverging(b)}
					u.BiasEdge = Stroke{Rect: sq, Width: sc, Color: Ink}
				}
			}
			x, y := r.InputPoint(m.Input[0], m.Input[1])
			u.Dot = Ring{X: x, Y: y, R: 2.5 * sc, Width: 1.2 * sc, Color: Ink}
			if geo.Numbers > 0 { // a small window has the numbers in the panel only
				cx, ty := r.X+r.W/2, r.Y+r.H+3*sc
				if lv == 0 {
					u.Value = Say(FeatureLine, m.Features[i].String(), Num(tr.X[i]))
					s.label(Small, u.Value, cx, ty, Ink, alignCenter)
				} else {
					u.Value, u.Detail = s.unitLines(m, st, lv, i, tr)
					s.label(Small, u.Value, cx, ty, Ink, alignCenter)
					s.label(Small, u.Detail, cx, ty+small.LineHeight, SoftInk, alignCenter)
				}
			}
			s.Units = append(s.Units, u)
		}
	}
}

// forwardFill shows the Step's forward pass on the units: the units it has not reached
// are veiled, and the layer it is crossing fills from the bottom, in the colour of z
// while the pulses travel and of a = f(z) once they arrive.
func (s *Scene) forwardFill(st stepState) {
	if st.rec == nil {
		return
	}
	k := len(s.Geo.Nodes[0])
	for lv := 1; lv < len(s.Geo.Nodes); lv++ {
		reach := st.forwardReached(lv - 1)
		lt := st.rec.Trace.Layers[lv-1]
		for i := range s.Geo.Nodes[lv] {
			u := &s.Units[k]
			k++
			if reach >= 1 {
				continue
			}
			u.Veiled = true
			if reach == 0 {
				continue
			}
			v := lt.Z[i]
			if reach >= 0.5 {
				v = lt.A[i]
			}
			r, h := u.Rect, u.Rect.H*smooth(reach)
			u.Fill = Box{Rect: Rect{X: r.X, Y: r.Y + r.H - h, W: r.W, H: h},
				Color: translucent(Diverging(v), 0xe0)}
		}
	}
}

// meters greys out dead units and notes how often saturated ones saturate, from 5%.
func (s *Scene) meters(m *Session) {
	if m.Diag == nil {
		return
	}
	sc, f := s.Geo.Scale, s.Fonts.Face(Small)
	k := len(s.Geo.Nodes[0])
	for _, ld := range m.Diag.Layers {
		for i := range ld.Dead {
			u := &s.Units[k]
			k++
			r := u.Rect
			u.Dead, u.Saturated = ld.Dead[i], ld.SaturatedFraction[i]
			switch {
			case u.Dead:
				cx, cy := r.Center()
				s.Backdrops = append(s.Backdrops, Rect{X: cx - 17*sc, Y: cy - f.LineHeight/2 - sc,
					W: 34 * sc, H: f.LineHeight + 2*sc})
				s.label(Small, Say(DeadBadge), cx, cy-f.LineHeight/2, DeadInk, alignCenter)
			case u.Saturated >= 0.05:
				text := Say(SaturatedBadge, strconv.FormatFloat(100*u.Saturated, 'f', 0, 64))
				w := f.Width(text) + 4*sc
				s.Backdrops = append(s.Backdrops, Rect{X: r.X + r.W - w, Y: r.Y, W: w, H: f.LineHeight})
				s.label(Small, text, r.X+r.W-2*sc, r.Y, SaturatedInk, alignRight)
			}
		}
	}
}

// GradBar is, under Linear layer Layer, the size of its gradient over the training set
// (Norm, |dL/dW|) on a log scale from 1e-8 to 10: vanishing gradients show as bars
// that shrink toward the input.
type GradBar struct {
	Layer       int
	Norm        float64
	Track, Fill Box
}

func (s *Scene) gradBars(m *Session) {
	s.GradBars = s.GradBars[:0]
	if m.Diag == nil {
		return
	}
	geo, sc, f := s.Geo, s.Geo.Scale, s.Fonts.Face(Small)
	y := geo.Net.Y + geo.Net.H - geo.Bars + f.LineHeight + 8*sc
	for l, ld := range m.Diag.Layers {
		col := geo.Nodes[l+1]
		if len(col) == 0 {
			continue
		}
		r := col[0]
		w := math.Min(math.Max(r.W*1.3, 56*sc), geo.Pitch()-8*sc)
		x := r.X + r.W/2 - w/2
		frac := 0.0
		if ld.GradNorm > 0 && core.IsFinite(ld.GradNorm) {
			frac = clamp((math.Log10(ld.GradNorm)+8)/9, 0, 1)
		}
		h := 5 * sc
		s.GradBars = append(s.GradBars, GradBar{Layer: l, Norm: ld.GradNorm,
			Track: Box{Rect: Rect{X: x, Y: y, W: w, H: h}, Color: GradTrack},
			Fill:  Box{Rect: Rect{X: x, Y: y, W: w * frac, H: h}, Color: GradFill},
		})
		text := Say(GradBarLabel, Num(ld.GradNorm))
		if f.Width(text) > geo.Pitch()-4*sc {
			text = Num(ld.GradNorm)
		}
		s.label(Small, text, r.X+r.W/2, y+h+sc, SoftInk, alignCenter)
	}
	if geo.Bars >= 40*sc {
		s.label(Small, Say(GradBarsCaption), geo.Net.X, y-f.LineHeight-2*sc, SoftInk, alignLeft)
	}
}

// selectedWeights writes the selected unit's incoming weights on their edges: the
// weight, its move during the Step's update, or its gradient after the backward pass.
func (s *Scene) selectedWeights(m *Session, st stepState) {
	u := m.Selected
	if u.Level == 0 {
		return
	}
	geo, sc, f := s.Geo, s.Geo.Scale, s.Fonts.Face(Small)
	to := geo.Nodes[u.Level][u.Index]
	l := u.Level - 1
	lin := m.Layer(l).Linear
	for j := range lin.Weight[u.Index] {
		from := geo.Nodes[l][j]
		x0, y0 := from.X+from.W, from.Y+from.H/2
		x1, y1 := to.X, to.Y+to.H/2
		x, y := x0+(x1-x0)*0.72, y0+(y1-y0)*0.72
		text := Say(WeightLabel, Num(s.weight(m, st, l, u.Index, j)))
		if st.showsUpdate() {
			if idx, ok := s.paramIndex(st, l, false); ok {
				k := u.Index*lin.In + j
				text = Say(WeightUpdateLabel, FourDecimals(st.rec.Old[idx][k]),
					FourDecimals(st.rec.New[idx][k]))
			}
		} else if s.EdgeMode == EdgesStepGrad && st.backwardDone(l) {
			text = Say(WeightGradLabel, Num(st.rec.Trace.Layers[l].WeightGrad(u.Index, j)))
		}
		tw, th := f.Width(text)+6*sc, f.LineHeight+2*sc
		s.Backdrops = append(s.Backdrops, Rect{X: x - tw/2, Y: y - th/2, W: tw, H: th})
		s.label(Small, text, x, y-th/2+sc, Ink, alignCenter)
	}
}
