package play

import (
	"cmp"
	"math"
	"slices"

	"nnplay/core"
	"nnplay/wasm/play/sheet"
)

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
// badges, the gradient bars and the selected unit's weights; nothing when a tabbed
// canvas shows another pane.
func (s *Scene) network(m *Session, v *View, st stepState) {
	s.Edges, s.Units, s.GradBars = s.Edges[:0], s.Units[:0], s.GradBars[:0]
	s.columnValues, s.rooms = s.columnValues[:0], s.rooms[:0]
	s.barsCaption, s.badgeRefs = -1, s.badgeRefs[:0]
	if !s.shows(m, PaneNetwork) {
		return
	}
	geo, sc := s.Geo, s.Geo.Scale
	normal := s.Fonts.Face(Normal)
	mode := edgeMode(m, st)
	s.EdgeMode = mode
	s.edges(m, st, mode)
	// Where the selected unit's edge labels take the left, the legend goes on the right.
	legendY := geo.Net.Y + normal.LineHeight*2 + 2*sc
	legend := len(s.texts)
	// Owned as a block: it keeps the clearance from the units (flush on the top row at
	// 844x390 it read as lying over it, look8).
	s.write(Small, prioLegend, SoftInk, geo.Net.X, legendY, alignLeft,
		Say(edgeLegends[mode][0]), Say(edgeLegends[mode][1])).
		at(spot{geo.Net.X + geo.Net.W, legendY, alignRight}).ownedBy(ownBlock)
	s.columnTitles(m)
	s.units(m, v.Trace, st)
	s.keepNumbersRoom(m)
	// Else anywhere above the units, off the edges: at 844x390 Net B's short English
	// legend met the selected unit's numbers on the left and the last layer on the right.
	above, _ := s.unitsSpan()
	s.texts[legend].anywhere(Rect{geo.Net.X, geo.Net.Y, geo.Net.W, above - geo.Net.Y})
	// Else under the units (and their bias squares), at the right, or wherever there is
	// room under them, in short (in full it cut the badges' note there to a word): at
	// 390x844 the selected unit's numbers and the column titles left Net B's English
	// legend no room above them in 9 of 12 Step moments.
	below := 0.0
	for _, u := range s.Units {
		below = max(below, s.numbersTop(u))
	}
	under := len(s.texts) + 1
	s.write(Small, prioLegend, SoftInk, geo.Net.X+geo.Net.W, below, alignRight,
		Say(edgeLegends[mode][1])).
		anywhere(Rect{geo.Net.X, below, geo.Net.W, geo.Net.Y + geo.Net.H - below}).
		ownedBy(ownBlock).alt = legend + 1
	// Else over the column titles: at 900x500 in the Step's update, Net B's activations,
	// every other one a line lower (columnTitles), left it no room under them (look15).
	small := s.Fonts.Face(Small)
	s.write(Small, prioLegend, SoftInk, geo.Net.X+geo.Net.W, geo.Net.Y-small.LineHeight-2*sc,
		alignRight, Say(edgeLegends[mode][0]), Say(edgeLegends[mode][1])).
		ownedBy(ownBlock).alt = under
	s.forwardFill(st)
	s.meters(m)
	s.gradBars(m)
	s.controls(m)
	s.pickedEdge(m)
	s.hoveredEdge(m, st) // first: where the selected unit's labels crowd, it still shows
	s.selectedWeights(m, st)
	s.movesList(m, st) // where the edges lack room for them
}

// edgeLegends say what the edges encode, in each mode: in full, else in short.
var edgeLegends = [...][2]Msg{
	EdgesWeight:   {EdgesWeightLegend, EdgesWeightShort},
	EdgesGradient: {EdgesGradientLegend, EdgesGradShort},
	EdgesStepGrad: {EdgesStepLegend, EdgesGradShort},
}

// units lays out every unit: its frame, bias square and input point, and its numbers
// under it (or beside it, where there is no room under it).
func (s *Scene) units(m *Session, tr *core.Trace, st stepState) {
	geo, sc := s.Geo, s.Geo.Scale
	for lv, level := range geo.Nodes {
		first := len(s.Units)
		s.owners = s.owners[:0]
		for i, r := range level {
			u := UnitView{Unit: Unit{Level: lv, Index: i}, Rect: r}
			u.Frame = unitFrame(m, u.Unit, r, sc)
			own := s.block(u.Frame.Rect, len(s.Units))
			if lv > 0 {
				if b, ok := s.bias(m, st, lv-1, i); ok {
					side := math.Max(6*sc, r.W/5)
					sq := Rect{X: r.X - side/2, Y: r.Y + r.H - side/2, W: side, H: side}
					u.HasBias = true
					u.Bias = Box{Rect: sq, Color: sheet.Diverging(b)}
					u.BiasEdge = Stroke{Rect: sq, Width: sc, Color: Ink}
					s.block(sq, own)
				}
			}
			x, y := r.InputPoint(m.Input[0], m.Input[1])
			u.Dot = Ring{X: x, Y: y, R: 2.5 * sc, Width: 1.2 * sc, Color: Ink}
			if lv == 0 {
				u.Value = s.inputLine(m.Features[i], i, tr.X[i]).value
			} else {
				u.Value, u.Detail = s.unitLines(m, st, lv, i, tr)
			}
			s.Units = append(s.Units, u)
			s.owners = append(s.owners, own)
		}
		s.rooms = append(s.rooms, s.numberRoom(lv, first))
		for k, own := range s.owners {
			s.unitNumbers(m, st, first+k, own)
		}
		if lv == 0 {
			s.inputAlts()
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
				Color: translucent(sheet.Diverging(v), 0xe0)}
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
	text        int // its size's text's index in the scene's texts
}

func (s *Scene) gradBars(m *Session) {
	if m.Diag == nil {
		return
	}
	geo, sc, f := s.Geo, s.Geo.Scale, s.Fonts.Face(Small)
	y := geo.Net.Y + geo.Net.H - geo.Bars + f.LineHeight + 8*sc
	// Where one size in words is wider than a column, every bar gives the number only.
	short := false
	for _, ld := range m.Diag.Layers {
		short = short || f.Width(Say(GradBarLabel, Num(ld.GradNorm))) > geo.Pitch()-4*sc
	}
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
		track := Rect{X: x, Y: y, W: w, H: h}
		s.block(track, ownBars)
		s.GradBars = append(s.GradBars, GradBar{Layer: l, Norm: ld.GradNorm,
			Track: Box{Rect: track, Color: GradTrack},
			Fill:  Box{Rect: Rect{X: x, Y: y, W: w * frac, H: h}, Color: GradFill},
		})
		bare := Num(ld.GradNorm)
		full := Say(GradBarLabel, bare)
		if short {
			full = bare
		}
		s.write(Small, prioDetail, SoftInk, r.X+r.W/2, y+h+sc, alignCenter, full,
			bare).group = groupBars
		s.GradBars[len(s.GradBars)-1].text = len(s.texts) - 1
	}
	s.barsCaption = len(s.texts)
	s.write(Small, prioLegend, SoftInk, geo.Net.X, y-f.LineHeight-2*sc, alignLeft,
		Say(GradBarsCaption), Say(GradBarsCaptionShort))
}

// groupBars is the group of the bars' sizes (place.go): all named or all bare. At
// 375x667 Net A's last bar, by the canvas's edge, read a bare "0.05" beside two
// "|dL/dW| 0.04" (look13).
const groupBars = 3

// sayBars leaves out, once the texts are placed, a bare size, "0.02", where the caption
// that says it is |dL/dW| is not placed: the list of moves on a phone took the caption's
// room and left "0.02" unnamed. (A bar a text took took its size with it: takeBars.)
// Without the caption it also leaves out a bar whose size is not placed: at 900x500 the
// list of moves and the loss box took two bars, their sizes and the caption, and the
// third stood as a grey stroke that said nothing.
func (s *Scene) sayBars() {
	caption := s.barsCaption >= 0 && s.texts[s.barsCaption].ok
	bars := s.GradBars[:0]
	for _, g := range s.GradBars {
		t := &s.texts[g.text]
		f := s.formsOf(t)
		t.ok = t.ok && (caption || f[t.form] != f[len(f)-1]) // its last form is the bare size
		if t.ok || caption {
			bars = append(bars, g)
		}
	}
	s.GradBars = bars
}

// selectedWeights writes the selected unit's incoming weights on their edges, the
// largest few (maxEdgeLabels) by what the labels show (labelSize): the weight, its move
// during the Step's update, or its gradient after the backward pass; all in one form
// (groupSelected), else as many as fit in the first (placeFewer).
func (s *Scene) selectedWeights(m *Session, st stepState) {
	u := m.Selected
	if u.Level == 0 {
		return
	}
	h, l := m.Hover, u.Level-1
	sizes := s.labelSizes[:0]
	for j := range m.Layer(l).Linear.In {
		sizes = append(sizes, s.labelSize(m, st, l, u.Index, j))
	}
	s.labelSizes = sizes
	// The largest only: seven inputs' labels stacked in a column between two columns of
	// units, and none read as its own edge's. Of two equal, the first input's.
	by := s.byLabel[:0]
	for j := range sizes {
		by = append(by, j)
	}
	s.byLabel = by
	slices.SortStableFunc(by, func(a, b int) int { return cmp.Compare(sizes[b], sizes[a]) })
	by = by[:min(len(by), maxEdgeLabels)]
	slices.Sort(by) // written in the order of the inputs, as before the ranking
	for _, j := range by {
		if h.Edge && h.Unit == u && h.In == j { // hoveredEdge labels the hovered one
			continue
		}
		t := s.edgeLabel(m, st, l, u.Index, j, false)
		t.group, t.rank = groupSelected, sizes[j]
		s.ownEdgeSpots(m, t, l, u.Index, j, by)
	}
}

// edgeShown is what an edge's label shows: the weight, its move during the Step's
// update, or the gradient the edge draws.
type edgeShown int

const (
	showsWeight edgeShown = iota
	showsMove
	showsGrad
)

// edgeShows returns what the label on the edge from input j of layer l to its unit i
// shows, and its values: the move (old, new) during the Step's update, the gradient (a)
// the edge draws (after the backward pass, or while Play trains fast), else the weight
// (a). edgeLabel writes it and selectedWeights ranks by its size.
func (s *Scene) edgeShows(m *Session, st stepState, l, i, j int) (k edgeShown, a, b float64) {
	if st.showsUpdate() {
		if idx, ok := s.paramIndex(st, l, false); ok {
			n := i*m.Layer(l).Linear.In + j
			return showsMove, st.rec.Old[idx][n], st.rec.New[idx][n]
		}
	} else if s.EdgeMode == EdgesStepGrad && st.backwardDone(l) {
		return showsGrad, st.rec.Trace.Layers[l].WeightGrad(i, j), 0
	} else if s.EdgeMode == EdgesGradient {
		return showsGrad, m.Diag.Layers[l].WeightGrad[i*m.Layer(l).Linear.In+j], 0
	}
	return showsWeight, s.weight(m, st, l, i, j), 0
}

// labelSize returns the size of what edgeLabel writes on the edge from input j of layer
// l to its unit i (edgeShows). (A crowded unit labelled its largest weights in every
// phase, while the backward pass showed gradients and the update moves.)
func (s *Scene) labelSize(m *Session, st stepState, l, i, j int) float64 {
	k, a, b := s.edgeShows(m, st, l, i, j)
	if k == showsMove {
		return math.Abs(b - a)
	}
	return math.Abs(a)
}

// maxEdgeLabels is the most of the selected unit's edges labelled: those whose labels
// show the largest values (labelSize: weights, gradients or moves, by the Step's phase).
// Hovering an edge shows its own; the panel lists them all.
const maxEdgeLabels = 4

// groupSelected is the group of the selected unit's edges' labels (place.go).
const groupSelected = 1

// hoveredEdge writes the weight of the edge the pointer rests on, before any other
// edge's: the selected unit's own too, whose labels a crowded phone leaves out.
func (s *Scene) hoveredEdge(m *Session, st stepState) {
	if h := m.Hover; h.Edge && m.valid(h.Unit) && h.Unit.Level > 0 {
		// Else anywhere near the edge: its units' span, and a few lines around it.
		g, lh := s.Geo, s.Fonts.Face(Small).LineHeight
		from, to := g.Nodes[h.Unit.Level-1][h.In], g.Nodes[h.Unit.Level][h.Unit.Index]
		top := math.Min(from.Y, to.Y) - 3*lh
		near := Rect{X: from.X - 2*lh, Y: top, W: to.X + to.W - from.X + 4*lh,
			H: math.Max(from.Y+from.H, to.Y+to.H) + 3*lh - top}
		t := s.edgeLabel(m, st, h.Unit.Level-1, h.Unit.Index, h.In, true).anywhere(near)
		t.prio, t.owner = prioBlock, ownHovered
	}
}

// edgeLabel writes on the edge from input j of layer l to its unit i what it carries:
// the weight, its move during the Step's update, or its gradient after the backward
// pass; on a white box, somewhere along the edge clear of the units. It returns the
// text asked for. A hovered edge's move may fold into two lines on a phone too.
func (s *Scene) edgeLabel(m *Session, st stepState, l, i, j int, hovered bool) *text {
	geo, sc := s.Geo, s.Geo.Scale
	lh := s.Fonts.Face(Small).LineHeight
	ax := s.edgeAxis(l, i, j)
	x0, y0, x1, y1 := ax.X0, ax.Y0, ax.X1, ax.Y1
	// The text; in two lines, where one is too wide to pass between two columns; brief.
	kind, a, b := s.edgeShows(m, st, l, i, j)
	// A move's decimals: its unit's in full, its own brief, which the crowded phones'
	// edges have room for (the list takes the unit's first); its unit's form.
	var dg moveDigits
	if kind == showsMove {
		unit := s.moveDigitsOf(m, st, Unit{Level: l + 1, Index: i})
		dg.full, dg.change = unit.full, unit.change
	}
	w := s.edgeWordsFor(kind, a, b, dg)
	full, folded, brief := w.full, w.folded, w.brief
	if !hovered { // else in the list, with the moves no edge shows
		folded = ""
	}
	at := func(t, dy float64) spot {
		return spot{x0 + (x1-x0)*t, y0 + (y1-y0)*t - lh/2 + dy, alignCenter}
	}
	// On the edge; else just off it, above or below, between the rows of units and
	// clear of them (place_room.go's clearance). (At 844x390 the second input's move
	// found room only half off its edge at 0.4 of the way, under the first input's
	// value and left of the selected unit's numbers.)
	d := geo.Nodes[l+1][i].H/2 + lh/2 + (2+clearance)*sc
	t := s.write(Small, prioFocus, Ink, at(0.72, 0).x, at(0.72, 0).y, alignCenter, full, folded,
		brief).at(at(0.6, 0), at(0.84, 0), at(0.5, 0), at(0.4, 0), at(0.3, 0), at(0.2, 0),
		at(0.5, -d), at(0.5, d), at(0.72, -d), at(0.72, d), at(0.3, -d), at(0.3, d),
		at(0.5, -d/2), at(0.5, d/2), at(0.72, -d/2), at(0.72, d/2), at(0.3, -d/2),
		at(0.3, d/2), at(0.6, -d/2), at(0.6, d/2), at(0.4, -d/2), at(0.4, d/2)).
		backdrop(3*sc, sc).
		ownedBy(ownEdgeText)
	if st.showsUpdate() && m.Selected == (Unit{Level: l + 1, Index: i}) {
		t.move = j + 1 // the list of moves leaves it out where it is placed
	}
	return t
}
