package play

import (
	"math"
	"strconv"
	"strings"
)

// columnTitles names each level over its column: "Layer 1" and its Linear and
// activation ("Linear 2→4, Tanh"). Where a title would run into another, or out of the
// canvas, every column takes the short form ("L1"; the activation only, and without
// its parameter where that is still too wide); where even that does not fit, only the
// selected unit's column names it. Beside the other views the titles keep to the
// network's side: a column's titles too wide for it move in, within the column's share.
func (s *Scene) columnTitles(m *Session) {
	geo, sc := s.Geo, s.Geo.Scale
	small, normal := s.Fonts.Face(Small), s.Fonts.Face(Normal)
	room, wide := s.subtitleRoom() // a column's share, and two where subtitles may stagger
	// Beside the network, the plane's "x2 ↑" stands left of its top, as high as the
	// titles: they keep 6 pixels from it.
	edge := s.textArea(0)
	lo, hi := edge.X, edge.X+edge.W
	if p := geo.Plane; !geo.Tabbed && !geo.Hidden[PanePlane] && p.X > geo.Net.X+geo.Net.W {
		hi = math.Min(hi, p.X-4*sc-small.Width(Say(PlaneAxisY, "x2"))-6*sc)
	}
	half := 0.0 // half a unit's width: every column's units are as wide
	for _, level := range geo.Nodes {
		for _, r := range level {
			half = r.W / 2
		}
	}
	// centre returns where titles w wide go over the column centred at x: there, or
	// moved in from hi.
	centre := func(w, x float64) float64 { return math.Min(x, hi-w/2) }
	// fits says whether a text w wide fits its column, centred at x, and the view: it
	// lies in [lo, hi], centred over the column's units and in its share, clear of the
	// next column's titles.
	fitsIn := func(w, x, room float64) bool {
		c := centre(w, x)
		return w <= room && c-w/2 >= lo && c-w/2 >= x-room/2 && c >= x-half
	}
	fits := func(w, x float64) bool { return fitsIn(w, x, room) }
	// Where an activation is wider than its column's share, every other column's goes a
	// line lower, with two shares' room (subtitleRoom): at 900x500 Net B's six "ReLU"
	// were too wide for theirs and only the selected column named its activation (look15).
	staggered := func(w, x float64) bool { return wide > 0 && fitsIn(w, x, wide) }
	short, bare, crowded := false, false, false
	before := math.Inf(-1) // the right end of the last column's brief title
	for lv, level := range geo.Nodes {
		if len(level) == 0 {
			before = math.Inf(-1)
			continue
		}
		full, brief := s.levelTitle(m, lv)
		short = short || normal.Width(full) > room
		sub, _ := s.levelSubtitle(m, lv)
		bare = bare || lv > 0 && !fits(small.Width(sub), level[0].X+level[0].W/2)
		w := normal.Width(brief)
		x := centre(w, level[0].X+half)
		crowded = crowded || before+textGap*sc > x-w/2
		before = x + w/2
	}
	// The titles take their room in the order they are written: left to right, or, where
	// even the short titles do not fit side by side (crowded), the input's and the output's
	// first, then the selected column's and the last hidden layer's, then the others' in
	// what is left, every other one, say. ("8층" ran into "출력"; without the last hidden
	// layer's, "L1 … L7" then "Out" read as a stack of seven.)
	n := len(geo.Nodes)
	rank := func(lv int) int {
		switch {
		case !crowded || lv == 0 || lv == n-1:
			return 0
		case lv == m.Selected.Level || lv == n-2:
			return 1
		}
		return 2
	}
	for i := range 3 * n {
		lv, level := i%n, geo.Nodes[i%n]
		if len(level) == 0 || rank(lv) != i/n {
			continue
		}
		x, y := level[0].X+level[0].W/2, geo.Net.Y
		full, brief := s.levelTitle(m, lv)
		if short {
			full = brief
		}
		// A narrow page names only the activations, every column alike, a parameter's
		// value left out where even that is too wide: "LeakyReLU(0.01)", "LeakyReLU".
		sub, act := s.levelSubtitle(m, lv)
		if bare && lv > 0 {
			sub = act
		}
		if !fits(small.Width(sub), x) {
			sub, _, _ = strings.Cut(sub, "(")
		}
		// Too wide for its share and for two, a long name takes its short form: "Leaky",
		// "σ". (At 900x500 Net B's "LeakyReLU" named the selected column alone, at 844x390
		// the Sigmoid stack's "Sigmoid" too.) The short forms give way to the numbers the
		// learner points at: a hovered edge's weight on a phone's deep stack.
		shortened := false
		if w := small.Width(sub); lv > 0 && !fits(w, x) && !staggered(w, x) {
			short := ActivationShort(m.Layer(lv - 1).Activation())
			sub, shortened = short, short != sub
		}
		// The title and its subtitle share a centre; the output's moves right, while it
		// still stands over its column, to leave the last hidden layer's its room.
		w := max(normal.Width(full), small.Width(sub))
		cx := centre(w, x)
		if lv == n-1 && crowded && n > 2 {
			_, prev := s.levelTitle(m, n-2)
			wp := normal.Width(prev)
			right := centre(wp, geo.Nodes[n-2][0].X+half) + wp/2
			cx = math.Max(cx, math.Min(right+textGap*sc+w/2, math.Min(x+w/2-sc, hi-w/2)))
		}
		s.write(Normal, prioTitle, Ink, cx, y, alignCenter, full, brief)
		// A subtitle that fits its column keeps its place against the Step's texts (the
		// list of moves, the loss box): left out over one column, the layer read as having
		// no activation.
		prio, sy := prioTitle, y+normal.LineHeight
		if shortened && lv != m.Selected.Level {
			prio = prioReadout
		}
		switch {
		case fits(small.Width(sub), x):
		case staggered(small.Width(sub), x) && lv > 0:
			sy += float64((lv+1)%2) * small.LineHeight
		case lv != m.Selected.Level:
			continue // too narrow even for that: the selected unit's column only
		default:
			prio = prioFocus
		}
		if shortened {
			s.write(Small, prio, SoftInk, cx, sy, alignCenter, sub)
			continue
		}
		s.write(Small, prio, SoftInk, cx, sy, alignCenter, sub, act)
	}
}

// subtitleRoom is how wide a column's subtitle may be: its share of the row, and, where
// every other column's may go a line lower, two shares (0 where they may not). Only
// where both rows stand clear of every column's units: else every other column named
// over half of them read as the others having no activation (a phone's deep stack of
// Sigmoids), and the lower row took the room of a hovered edge's weight.
func (s *Scene) subtitleRoom() (share, staggered float64) {
	geo, sc := s.Geo, s.Geo.Scale
	small, normal := s.Fonts.Face(Small), s.Fonts.Face(Normal)
	foot := geo.Net.Y + normal.LineHeight + 2*small.LineHeight + (clearance+2)*sc
	for _, level := range geo.Nodes[1:] {
		if len(level) > 0 && foot > level[0].Y {
			return geo.Pitch() - 6*sc, 0
		}
	}
	return geo.Pitch() - 6*sc, 2*geo.Pitch() - 6*sc
}

// levelSubtitle returns the subtitle of level lv, "Linear 2→4, Tanh", and its
// activation's label alone.
func (s *Scene) levelSubtitle(m *Session, lv int) (sub, act string) {
	if lv == 0 {
		return Say(FeaturesSubtitle), ""
	}
	layer := m.Layer(lv - 1)
	act = layer.Activation().Label()
	in, out := strconv.Itoa(layer.Linear.In), strconv.Itoa(layer.Linear.Out)
	if !layer.Linear.HasBias() {
		return Say(LinearNoBiasSubtitle, in, out, act), act
	}
	return Say(LinearSubtitle, in, out, act), act
}

// levelTitle returns the title of level lv and its short form.
func (s *Scene) levelTitle(m *Session, lv int) (full, brief string) {
	switch lv {
	case 0:
		return Say(InputTitle), Say(InputTitleShort)
	case len(s.Geo.Nodes) - 1:
		return Say(OutputTitle), Say(OutputTitleShort)
	}
	n := strconv.Itoa(lv)
	return Say(LayerTitle, n), Say(LayerTitleShort, n)
}
