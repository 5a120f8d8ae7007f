package play

import (
	"strconv"
	"strings"
)

// columnTitles names each level over its column: "Layer 1" and its Linear and
// activation ("Linear 2→4, Tanh"). Where a title would run into another, or out of the
// canvas, every column takes the short form ("L1"; the activation only, and without
// its parameter where that is still too wide); where even that does not fit, only the
// selected unit's column names it.
func (s *Scene) columnTitles(m *Session) {
	geo, sc := s.Geo, s.Geo.Scale
	small, normal := s.Fonts.Face(Small), s.Fonts.Face(Normal)
	room := geo.Pitch() - 6*sc
	// fits says whether a text w wide fits its column, centred at x, and the view.
	fits := func(w, x float64) bool {
		return w <= room && x-w/2 >= geo.Area.X && x+w/2 <= geo.Area.X+geo.Area.W
	}
	short, bare := false, false
	for lv, level := range geo.Nodes {
		if len(level) == 0 {
			continue
		}
		full, _ := s.levelTitle(m, lv)
		short = short || normal.Width(full) > room
		sub, _ := s.levelSubtitle(m, lv)
		bare = bare || lv > 0 && !fits(small.Width(sub), level[0].X+level[0].W/2)
	}
	for lv, level := range geo.Nodes {
		if len(level) == 0 {
			continue
		}
		x, y := level[0].X+level[0].W/2, geo.Net.Y
		full, brief := s.levelTitle(m, lv)
		if short {
			full = brief
		}
		s.write(Normal, prioTitle, Ink, x, y, alignCenter, full, brief)
		// A narrow page names only the activations, every column alike, a parameter's
		// value left out where even that is too wide: "LeakyReLU(0.01)", "LeakyReLU".
		sub, act := s.levelSubtitle(m, lv)
		if bare && lv > 0 {
			sub = act
		}
		if !fits(small.Width(sub), x) {
			sub, _, _ = strings.Cut(sub, "(")
		}
		prio := prioReadout
		switch {
		case lv == m.Selected.Level:
			prio = prioFocus
		case !fits(small.Width(sub), x):
			continue // too narrow even for that: the selected unit's column only
		}
		s.write(Small, prio, SoftInk, x, y+normal.LineHeight, alignCenter, sub, act)
	}
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
